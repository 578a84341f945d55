/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type Pet = {
    /**
     * Format: int64
     */
    id?: number;
    name: string;
    photoUrls: string[];
    tags?: Tag[];
    /**
     * pet status in the store
     */
    status?: 'available' | 'pending' | 'sold';
};
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
/**
 * GET /x-code-samples
 */
export type XCodeSamplesParameters = {
    [key: string]: never;
};
/**
 * Custom code samples with the "x-code-samples" extension
 */
export type XCodeSamplesRequestBody = never;
/**
 * Custom code samples with the "x-code-samples" extension
 */
export type XCodeSamplesResponse = undefined;
/** The declared error responses of `xCodeSamples`, by status: narrowing on `status` narrows `body`. */
export type XCodeSamplesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-code-samples
 */
export type XReadmeCodeSamplesParameters = {
    [key: string]: never;
};
/**
 * Custom code samples with the "x-readme.code-samples" extension
 */
export type XReadmeCodeSamplesRequestBody = Tag;
/**
 * Custom code samples with the "x-readme.code-samples" extension
 */
export type XReadmeCodeSamplesResponse = unknown;
/** The declared error responses of `xReadmeCodeSamples`, by status: narrowing on `status` narrows `body`. */
export type XReadmeCodeSamplesError = {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-explorer-enabled
 */
export type XReadmeExplorerEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 */
export type XReadmeExplorerEnabledRequestBody = Pet;
/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 */
export type XReadmeExplorerEnabledResponse = undefined;
/** The declared error responses of `xReadmeExplorerEnabled`, by status: narrowing on `status` narrows `body`. */
export type XReadmeExplorerEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /x-explorer-enabled
 */
export type XExplorerEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable interactivity with the "x-explorer-enabled" extension
 */
export type XExplorerEnabledRequestBody = Pet;
/**
 * Disable interactivity with the "x-explorer-enabled" extension
 */
export type XExplorerEnabledResponse = undefined;
/** The declared error responses of `xExplorerEnabled`, by status: narrowing on `status` narrows `body`. */
export type XExplorerEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-headers
 */
export type XReadmeHeadersParameters = {
    [key: string]: never;
};
/**
 * Static headers with the "x-readme.headers" extension
 */
export type XReadmeHeadersRequestBody = never;
/**
 * Static headers with the "x-readme.headers" extension
 */
export type XReadmeHeadersResponse = undefined;
/** The declared error responses of `xReadmeHeaders`, by status: narrowing on `status` narrows `body`. */
export type XReadmeHeadersError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /x-headers
 */
export type XHeadersParameters = {
    [key: string]: never;
};
/**
 * Static headers with the "x-headers" extension
 */
export type XHeadersRequestBody = never;
/**
 * Static headers with the "x-headers" extension
 */
export type XHeadersResponse = undefined;
/** The declared error responses of `xHeaders`, by status: narrowing on `status` narrows `body`. */
export type XHeadersError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-metrics-enabled
 */
export type XReadmeMetricsEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable tracking requests through our API Metrics product with the "x-readme.metrics-enabled" extension
 */
export type XReadmeMetricsEnabledRequestBody = never;
/**
 * Disable tracking requests through our API Metrics product with the "x-readme.metrics-enabled" extension
 */
export type XReadmeMetricsEnabledResponse = undefined;
/** The declared error responses of `xReadmeMetricsEnabled`, by status: narrowing on `status` narrows `body`. */
export type XReadmeMetricsEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /x-metrics-enabled
 */
export type XMetricsEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable tracking requests through our API Metrics product with the "x-metrics-enabled" extension
 */
export type XMetricsEnabledRequestBody = never;
/**
 * Disable tracking requests through our API Metrics product with the "x-metrics-enabled" extension
 */
export type XMetricsEnabledResponse = undefined;
/** The declared error responses of `xMetricsEnabled`, by status: narrowing on `status` narrows `body`. */
export type XMetricsEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-proxy-enabled
 */
export type XReadmeProxyEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 */
export type XReadmeProxyEnabledRequestBody = never;
/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 */
export type XReadmeProxyEnabledResponse = undefined;
/** The declared error responses of `xReadmeProxyEnabled`, by status: narrowing on `status` narrows `body`. */
export type XReadmeProxyEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /x-proxy-enabled
 */
export type XProxyEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 */
export type XProxyEnabledRequestBody = never;
/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 */
export type XProxyEnabledResponse = undefined;
/** The declared error responses of `xProxyEnabled`, by status: narrowing on `status` narrows `body`. */
export type XProxyEnabledError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /x-samples-languages
 */
export type XReadmeSamplesLanguagesParameters = {
    [key: string]: never;
};
/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 */
export type XReadmeSamplesLanguagesRequestBody = never;
/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 */
export type XReadmeSamplesLanguagesResponse = undefined;
/** The declared error responses of `xReadmeSamplesLanguages`, by status: narrowing on `status` narrows `body`. */
export type XReadmeSamplesLanguagesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /x-samples-languages
 */
export type XSamplesLanguagesParameters = {
    [key: string]: never;
};
/**
 * Control available code sample languages the "x-samples-languages" extension
 */
export type XSamplesLanguagesRequestBody = never;
/**
 * Control available code sample languages the "x-samples-languages" extension
 */
export type XSamplesLanguagesResponse = undefined;
/** The declared error responses of `xSamplesLanguages`, by status: narrowing on `status` narrows `body`. */
export type XSamplesLanguagesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
