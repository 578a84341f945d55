/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * POST /anything/form-data
 */
export type FormDataStandardParameters = {
    [key: string]: never;
};
/**
 * Standard (no encoding)
 */
export type FormDataStandardRequestBody = {
    /**
     * A standard primitive.
     */
    primitive?: string;
    /**
     * A standard array.
     */
    array?: string[];
    /**
     * A standard object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Standard (no encoding)
 */
export type FormDataStandardResponse = unknown;
/** The declared error responses of `formDataStandard`, by status: narrowing on `status` narrows `body`. */
export type FormDataStandardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/form-data/deepObject
 */
export type FormDataDeepObjectExplodedParameters = {
    [key: string]: never;
};
/**
 * deepObject (exploded)
 */
export type FormDataDeepObjectExplodedRequestBody = {
    /**
     * A `deepObject` style, non-exploded primitive.
     */
    primitive?: string;
    /**
     * A `deepObject` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `deepObject` style, non-exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * deepObject (exploded)
 */
export type FormDataDeepObjectExplodedResponse = unknown;
/** The declared error responses of `formDataDeepObjectExploded`, by status: narrowing on `status` narrows `body`. */
export type FormDataDeepObjectExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /anything/form-data/form
 */
export type FormDataFormExplodedParameters = {
    [key: string]: never;
};
/**
 * Form (exploded)
 */
export type FormDataFormExplodedRequestBody = {
    /**
     * A `form` style, exploded primitive.
     */
    primitive?: string;
    /**
     * A `form` style, exploded array.
     */
    array?: string[];
    /**
     * A `form` style, exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Form (exploded)
 */
export type FormDataFormExplodedResponse = unknown;
/** The declared error responses of `formDataFormExploded`, by status: narrowing on `status` narrows `body`. */
export type FormDataFormExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/form-data/form
 */
export type FormDataFormNonExplodedParameters = {
    [key: string]: never;
};
/**
 * Form (non-exploded)
 */
export type FormDataFormNonExplodedRequestBody = {
    /**
     * A `form` style, non-exploded primitive.
     */
    primitive?: string;
    /**
     * A `form` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `form` style, non-exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Form (non-exploded)
 */
export type FormDataFormNonExplodedResponse = unknown;
/** The declared error responses of `formDataFormNonExploded`, by status: narrowing on `status` narrows `body`. */
export type FormDataFormNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/form-data/pipeDelimited
 */
export type FormDataPipeDelimitedNonExplodedParameters = {
    [key: string]: never;
};
/**
 * pipeDelimited (non-exploded)
 */
export type FormDataPipeDelimitedNonExplodedRequestBody = {
    /**
     * A `pipeDelimited` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `pipeDelimited` style, non-exploded object.
     *
     * >⚠️ This is currently unsupported.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * pipeDelimited (non-exploded)
 */
export type FormDataPipeDelimitedNonExplodedResponse = unknown;
/** The declared error responses of `formDataPipeDelimitedNonExploded`, by status: narrowing on `status` narrows `body`. */
export type FormDataPipeDelimitedNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/form-data/spaceDelimited
 */
export type FormDataSpaceDelimitedNonExplodedParameters = {
    [key: string]: never;
};
/**
 * spaceDelimited (non-exploded)
 */
export type FormDataSpaceDelimitedNonExplodedRequestBody = {
    /**
     * A `spaceDelimited` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `spaceDelimited` style, non-exploded object.
     *
     * >⚠️ This is currently unsupported.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * spaceDelimited (non-exploded)
 */
export type FormDataSpaceDelimitedNonExplodedResponse = unknown;
/** The declared error responses of `formDataSpaceDelimitedNonExploded`, by status: narrowing on `status` narrows `body`. */
export type FormDataSpaceDelimitedNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/headers
 */
export type HeadersStandardParameters = {
    header?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         *
         * > Because headers cannot be duplicated, for an array'd header parameter to be sent it **must** have a `style` property present.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type HeadersStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type HeadersStandardResponse = unknown;
/** The declared error responses of `headersStandard`, by status: narrowing on `status` narrows `body`. */
export type HeadersStandardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/headers/simple
 */
export type HeadersSimpleNonExplodedParameters = {
    header?: {
        /**
         * A `simple` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `simple` style, non-exploded array.
         */
        array?: string[];
        /**
         * A `simple` style, non-exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (non-exploded)
 */
export type HeadersSimpleNonExplodedRequestBody = never;
/**
 * Simple (non-exploded)
 */
export type HeadersSimpleNonExplodedResponse = unknown;
/** The declared error responses of `headersSimpleNonExploded`, by status: narrowing on `status` narrows `body`. */
export type HeadersSimpleNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/headers/simple
 */
export type HeadersSimpleExplodedParameters = {
    header?: {
        /**
         * A `simple` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `simple` style, exploded array.
         */
        array?: string[];
        /**
         * A `simple` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (exploded)
 */
export type HeadersSimpleExplodedRequestBody = never;
/**
 * Simple (exploded)
 */
export type HeadersSimpleExplodedResponse = unknown;
/** The declared error responses of `headersSimpleExploded`, by status: narrowing on `status` narrows `body`. */
export type HeadersSimpleExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/path/label/{primitive}/{array}/{object}
 */
export type PathsLabelNonExplodedParameters = {
    path: {
        /**
         * A `label` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `label` style, non-exploded array.
         */
        array: string[];
        /**
         * A `label` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Label (non-exploded)
 */
export type PathsLabelNonExplodedRequestBody = never;
/**
 * Label (non-exploded)
 */
export type PathsLabelNonExplodedResponse = unknown;
/** The declared error responses of `pathsLabelNonExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsLabelNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/path/label/{primitive}/{array}/{object}
 */
export type PathsLabelExplodedParameters = {
    path: {
        /**
         * A `label` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `label` style, exploded array.
         */
        array: string[];
        /**
         * A `label` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Label (exploded)
 */
export type PathsLabelExplodedRequestBody = never;
/**
 * Label (exploded)
 */
export type PathsLabelExplodedResponse = unknown;
/** The declared error responses of `pathsLabelExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsLabelExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/path/matrix/{primitive}/{array}/{object}
 */
export type PathsMatrixNonExplodedParameters = {
    path: {
        /**
         * A `matrix` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `matrix` style, non-exploded array.
         */
        array: string[];
        /**
         * A `matrix` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Matrix (non-exploded)
 */
export type PathsMatrixNonExplodedRequestBody = never;
/**
 * Matrix (non-exploded)
 */
export type PathsMatrixNonExplodedResponse = unknown;
/** The declared error responses of `pathsMatrixNonExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsMatrixNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/path/matrix/{primitive}/{array}/{object}
 */
export type PathsMatrixExplodedParameters = {
    path: {
        /**
         * A `matrix` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `matrix` style, exploded array.
         */
        array: string[];
        /**
         * A `matrix` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Matrix (exploded)
 */
export type PathsMatrixExplodedRequestBody = never;
/**
 * Matrix (exploded)
 */
export type PathsMatrixExplodedResponse = unknown;
/** The declared error responses of `pathsMatrixExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsMatrixExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/path/simple/{primitive}/{array}/{object}
 */
export type PathsSimpleNonExplodedParameters = {
    path: {
        /**
         * A `simple` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `simple` style, non-exploded array.
         */
        array: string[];
        /**
         * A `simple` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (non-exploded)
 */
export type PathsSimpleNonExplodedRequestBody = never;
/**
 * Simple (non-exploded)
 */
export type PathsSimpleNonExplodedResponse = unknown;
/** The declared error responses of `pathsSimpleNonExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsSimpleNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/path/simple/{primitive}/{array}/{object}
 */
export type PathsSimpleExplodedParameters = {
    path: {
        /**
         * A `simple` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `simple` style, exploded array.
         */
        array: string[];
        /**
         * A `simple` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (exploded)
 */
export type PathsSimpleExplodedRequestBody = never;
/**
 * Simple (exploded)
 */
export type PathsSimpleExplodedResponse = unknown;
/** The declared error responses of `pathsSimpleExploded`, by status: narrowing on `status` narrows `body`. */
export type PathsSimpleExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/path/{primitive}/{array}/{object}
 */
export type PathsStandardParameters = {
    path: {
        /**
         * A standard primitive.
         */
        primitive: string;
        /**
         * A standard array.
         */
        array: string[];
        /**
         * A standard object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type PathsStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type PathsStandardResponse = unknown;
/** The declared error responses of `pathsStandard`, by status: narrowing on `status` narrows `body`. */
export type PathsStandardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/query
 */
export type QueryStandardParameters = {
    query?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type QueryStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type QueryStandardResponse = unknown;
/** The declared error responses of `queryStandard`, by status: narrowing on `status` narrows `body`. */
export type QueryStandardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/query/deepObject
 */
export type QueryDeepObjectNonExplodedParameters = {
    query?: {
        /**
         * A `deepObject` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * deepObject (exploded)
 */
export type QueryDeepObjectNonExplodedRequestBody = never;
/**
 * deepObject (exploded)
 */
export type QueryDeepObjectNonExplodedResponse = unknown;
/** The declared error responses of `queryDeepObjectNonExploded`, by status: narrowing on `status` narrows `body`. */
export type QueryDeepObjectNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/query/form
 */
export type QueryFormNonExplodedParameters = {
    query?: {
        /**
         * A `form` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, non-exploded array.
         */
        array?: string[];
        /**
         * A `form` style, non-exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (non-exploded)
 */
export type QueryFormNonExplodedRequestBody = never;
/**
 * Form (non-exploded)
 */
export type QueryFormNonExplodedResponse = unknown;
/** The declared error responses of `queryFormNonExploded`, by status: narrowing on `status` narrows `body`. */
export type QueryFormNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/query/form
 */
export type QueryFormExplodedParameters = {
    query?: {
        /**
         * A `form` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, exploded array.
         */
        array?: string[];
        /**
         * A `form` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (exploded)
 */
export type QueryFormExplodedRequestBody = never;
/**
 * Form (exploded)
 */
export type QueryFormExplodedResponse = unknown;
/** The declared error responses of `queryFormExploded`, by status: narrowing on `status` narrows `body`. */
export type QueryFormExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/query/pipeDelimited
 */
export type QueryPipeDelimitedNonExplodedParameters = {
    query?: {
        /**
         * A `pipeDelimited` style, non-exploded primitive.
         */
        array?: string[];
        /**
         * A `pipeDelimited` style, non-exploded object.
         *
         * >⚠️ This is currently unsupported.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * pipeDelimited (non-exploded)
 */
export type QueryPipeDelimitedNonExplodedRequestBody = never;
/**
 * pipeDelimited (non-exploded)
 */
export type QueryPipeDelimitedNonExplodedResponse = unknown;
/** The declared error responses of `queryPipeDelimitedNonExploded`, by status: narrowing on `status` narrows `body`. */
export type QueryPipeDelimitedNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/query/spaceDelimited
 */
export type QuerySpaceDelimitedNonExplodedParameters = {
    query?: {
        /**
         * A `spaceDelimited` style, non-exploded primitive.
         */
        array?: string[];
        /**
         * A `spaceDelimited` style, non-exploded array.
         *
         * >⚠️ This is currently unsupported.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * spaceDelimited (non-exploded)
 */
export type QuerySpaceDelimitedNonExplodedRequestBody = never;
/**
 * spaceDelimited (non-exploded)
 */
export type QuerySpaceDelimitedNonExplodedResponse = unknown;
/** The declared error responses of `querySpaceDelimitedNonExploded`, by status: narrowing on `status` narrows `body`. */
export type QuerySpaceDelimitedNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /cookies
 */
export type CookiesStandardParameters = {
    cookie?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type CookiesStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type CookiesStandardResponse = unknown;
/** The declared error responses of `cookiesStandard`, by status: narrowing on `status` narrows `body`. */
export type CookiesStandardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /cookies#formExploded
 */
export type CookiesFormExplodedParameters = {
    cookie?: {
        /**
         * A `form` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, exploded array.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        array?: string[];
        /**
         * A `form` style, exploded object.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (exploded)
 */
export type CookiesFormExplodedRequestBody = never;
/**
 * Form (exploded)
 */
export type CookiesFormExplodedResponse = unknown;
/** The declared error responses of `cookiesFormExploded`, by status: narrowing on `status` narrows `body`. */
export type CookiesFormExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /cookies#formNonExploded
 */
export type CookiesFormNonExplodedParameters = {
    cookie?: {
        /**
         * A `form` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, non-exploded array.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        array?: string[];
        /**
         * A `form` style, non-exploded object
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (non-exploded)
 */
export type CookiesFormNonExplodedRequestBody = never;
/**
 * Form (non-exploded)
 */
export type CookiesFormNonExplodedResponse = unknown;
/** The declared error responses of `cookiesFormNonExploded`, by status: narrowing on `status` narrows `body`. */
export type CookiesFormNonExplodedError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
