/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type DataSetList = {
    total?: number;
    apis?: {
        /**
         * To be used as a dataset parameter value
         */
        apiKey?: string;
        /**
         * To be used as a version parameter value
         */
        apiVersionNumber?: string;
        /**
         * The URL describing the dataset's fields
         *
         * Format: uriref
         */
        apiUrl?: string;
        /**
         * A URL to the API console for each API
         *
         * Format: uriref
         */
        apiDocumentationUrl?: string;
    }[];
};
/**
 * GET /
 */
export type ListDataSetsParameters = {
    [key: string]: never;
};
/**
 * List available data sets
 */
export type ListDataSetsRequestBody = never;
/**
 * List available data sets
 */
export type ListDataSetsResponse = DataSetList;
/** The declared error responses of `listDataSets`, by status: narrowing on `status` narrows `body`. */
export type ListDataSetsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /{dataset}/{version}/fields
 */
export type ListSearchableFieldsParameters = {
    path: {
        /**
         * Name of the dataset.
         */
        dataset: string;
        /**
         * Version of the dataset.
         */
        version: string;
    };
};
/**
 * Provides the general information about the API and the list of fields that can be used to query the dataset.
 */
export type ListSearchableFieldsRequestBody = never;
/**
 * Provides the general information about the API and the list of fields that can be used to query the dataset.
 */
export type ListSearchableFieldsResponse = string;
/** The declared error responses of `listSearchableFields`, by status: narrowing on `status` narrows `body`. */
export type ListSearchableFieldsError = {
    readonly status: 404;
    readonly body: string;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /{dataset}/{version}/records
 */
export type PerformSearchParameters = {
    path: {
        /**
         * Version of the dataset.
         */
        version: string;
        /**
         * Name of the dataset. In this case, the default value is oa_citations
         */
        dataset: string;
    };
};
/**
 * Provides search capability for the data set with the given search criteria.
 */
export type PerformSearchRequestBody = {
    /**
     * Uses Lucene Query Syntax in the format of propertyName:value, propertyName:[num1 TO num2] and date range format: propertyName:[yyyyMMdd TO yyyyMMdd]. In the response please see the 'docs' element which has the list of record objects. Each record structure would consist of all the fields and their corresponding values.
     *
     * Default: "*:*"
     */
    criteria: string;
    /**
     * Starting record number. Default value is 0.
     *
     * Default: 0
     */
    start?: number;
    /**
     * Specify number of rows to be returned. If you run the search with default values, in the response you will see 'numFound' attribute which will tell the number of records available in the dataset.
     *
     * Default: 100
     */
    rows?: number;
};
/**
 * Provides search capability for the data set with the given search criteria.
 */
export type PerformSearchResponse = {
    [key: string]: {
        [key: string]: unknown;
    };
}[];
/** The declared error responses of `performSearch`, by status: narrowing on `status` narrows `body`. */
export type PerformSearchError = {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
