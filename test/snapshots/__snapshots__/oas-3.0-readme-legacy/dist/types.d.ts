/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type Apply = {
    /**
     * Your full name
     *
     * Default: "Your Name"
     */
    name: string;
    /**
     * A valid email we can reach you at.
     *
     * Format: email
     *
     * Default: "you@example.com"
     */
    email: string;
    /**
     * The job you're looking to apply for (https://readme.com/careers).
     */
    job: string;
    /**
     * Learn more at https://lgbtlifecenter.org/pronouns/
     */
    pronouns?: string;
    /**
     * What have you been up to the past few years?
     *
     * Format: url
     */
    linkedin?: string;
    /**
     * Or Bitbucket, Gitlab or anywhere else your code is hosted!
     *
     * Format: url
     */
    github?: string;
    /**
     * What should we know about you?
     *
     * Format: blob
     */
    coverLetter?: string;
    /**
     * Want to play with the API but not actually apply? Set this to true.
     *
     * Default: false
     */
    dontReallyApply?: boolean;
};
export type BaseError = {
    /**
     * An error code unique to the error received.
     */
    error?: string;
    /**
     * The reason why the error occured.
     */
    message?: string;
    /**
     * A helpful suggestion for how to alleviate the error.
     */
    suggestion?: string;
    /**
     * A [ReadMe Metrics](https://readme.com/metrics/) log URL where you can see more information the request that you made. If we have metrics URLs unavailable for your request, this URL will be a URL to our API Reference.
     *
     * Format: url
     */
    docs?: string;
    /**
     * Information on where you can receive additional assistance from our wonderful support team.
     */
    help?: string;
    /**
     * A short poem we wrote you about your error.
     */
    poem?: string[];
};
export type Category = {
    /**
     * A short title for the category. This is what will show in the sidebar.
     */
    title?: string;
    /**
     * A category can be part of your reference or guide documentation, which is determined by this field.
     *
     * Default: "guide"
     */
    type?: 'reference' | 'guide';
};
export type Changelog = {
    /**
     * Title of the changelog.
     */
    title: string;
    /**
     * Default: ""
     */
    type?: '' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
    /**
     * Body content of the changelog.
     */
    body: string;
    /**
     * Visibility of the changelog.
     *
     * Default: true
     */
    hidden?: boolean;
};
export type CondensedProjectData = {
    name?: string;
    subdomain?: string;
    jwtSecret?: string;
    /**
     * The base URL for the project. If the project is not running under a custom domain, it will be `https://projectSubdomain.readme.io`, otherwise it can either be or `https://example.com` or, in the case of an enterprise child project `https://example.com/projectSubdomain`.
     *
     * Format: url
     */
    baseUrl?: string;
    plan?: string;
};
export type CustomPage = {
    /**
     * Title of the custom page.
     */
    title: string;
    /**
     * Body formatted in Markdown (displayed by default).
     */
    body?: string;
    /**
     * Body formatted in HTML (sanitized, only displayed if `htmlmode` is **true**).
     */
    html?: string;
    /**
     * **true** if `html` should be displayed, **false** if `body` should be displayed.
     *
     * Default: false
     */
    htmlmode?: boolean;
    /**
     * Visibility of the custom page.
     *
     * Default: true
     */
    hidden?: boolean;
};
export type DocSchemaPost = {
    /**
     * Title of the page.
     */
    title?: string;
    /**
     * Type of the page. This can be one of the following:
     * - `basic` (most common)
     * - `link` (page that redirects to an external link)
     * - `error` (page describing an API error) [DEPRECATED]
     */
    type?: 'basic' | 'error' | 'link';
    /**
     * Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).
     */
    body?: string;
    /**
     * Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).
     */
    category?: string;
    /**
     * Visibility of the page.
     */
    hidden?: boolean;
    /**
     * The position of the page in your project sidebar.
     */
    order?: number;
    /**
     * The parent doc's ID, if the page is a subpage.
     */
    parentDoc?: string;
    /**
     * This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.
     *
     * @deprecated
     */
    error?: {
        /**
         * The error code for docs with the `error` type [DEPRECATED].
         */
        code?: string;
    };
    /**
     * The slug of the category this page is associated with. You can get this through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories). This field is an alternative to the `category` field.
     */
    categorySlug?: string;
    /**
     * If this page is a subpage, this field will be the slug of the parent document. You can get this through https://docs.readme.com/main/reference/docs#getdoc. This field is an alternative to the `parentDoc` field.
     */
    parentDocSlug?: string;
    [key: string]: unknown;
} & {
    [key: string]: unknown;
};
export type DocSchemaPut = {
    /**
     * Title of the page.
     */
    title?: string;
    /**
     * Type of the page. This can be one of the following:
     * - `basic` (most common)
     * - `link` (page that redirects to an external link)
     * - `error` (page describing an API error) [DEPRECATED]
     */
    type?: 'basic' | 'error' | 'link';
    /**
     * Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).
     */
    body?: string;
    /**
     * Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).
     */
    category?: string;
    /**
     * Visibility of the page.
     */
    hidden?: boolean;
    /**
     * The position of the page in your project sidebar.
     */
    order?: number;
    /**
     * The parent doc's ID, if the page is a subpage.
     */
    parentDoc?: string;
    /**
     * This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.
     *
     * @deprecated
     */
    error?: {
        /**
         * The error code for docs with the `error` type [DEPRECATED].
         */
        code?: string;
    };
    /**
     * The slug of the category this page is associated with. You can get this through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories). This field is an alternative to the `category` field.
     */
    categorySlug?: string;
    /**
     * If this page is a subpage, this field will be the slug of the parent document. You can get this through https://docs.readme.com/main/reference/docs#getdoc. This field is an alternative to the `parentDoc` field.
     */
    parentDocSlug?: string;
    [key: string]: unknown;
};
export type DocSchemaResponse = {
    /**
     * Title of the page.
     */
    title?: string;
    /**
     * Type of the page. This can be one of the following:
     * - `basic` (most common)
     * - `link` (page that redirects to an external link)
     * - `error` (page describing an API error) [DEPRECATED]
     */
    type?: 'basic' | 'error' | 'link';
    /**
     * Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).
     */
    body?: string;
    /**
     * Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).
     */
    category?: string;
    /**
     * Visibility of the page.
     */
    hidden?: boolean;
    /**
     * The position of the page in your project sidebar.
     */
    order?: number;
    /**
     * The parent doc's ID, if the page is a subpage.
     */
    parentDoc?: string;
    /**
     * This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.
     *
     * @deprecated
     */
    error?: {
        /**
         * The error code for docs with the `error` type [DEPRECATED].
         */
        code?: string;
    };
    [key: string]: unknown;
};
export type ErrorAPIACCESSREVOKED = BaseError & {
    /**
     * Default: "API_ACCESS_REVOKED"
     */
    error?: string;
};
export type ErrorAPIACCESSUNAVAILABLE = BaseError & {
    /**
     * Default: "API_ACCESS_UNAVAILABLE"
     */
    error?: string;
};
export type ErrorAPIKEYEMPTY = BaseError & {
    /**
     * Default: "APIKEY_EMPTY"
     */
    error?: string;
};
export type ErrorAPIKEYMISMATCH = BaseError & {
    /**
     * Default: "APIKEY_MISMATCH"
     */
    error?: string;
};
export type ErrorAPIKEYNOTFOUND = BaseError & {
    /**
     * Default: "APIKEY_NOTFOUND"
     */
    error?: string;
};
export type ErrorAPPLYINVALIDEMAIL = BaseError & {
    /**
     * Default: "APPLY_INVALID_EMAIL"
     */
    error?: string;
};
export type ErrorAPPLYINVALIDJOB = BaseError & {
    /**
     * Default: "APPLY_INVALID_JOB"
     */
    error?: string;
};
export type ErrorAPPLYINVALIDNAME = BaseError & {
    /**
     * Default: "APPLY_INVALID_NAME"
     */
    error?: string;
};
export type ErrorCATEGORYINVALID = BaseError & {
    /**
     * Default: "CATEGORY_INVALID"
     */
    error?: string;
};
export type ErrorCATEGORYNOTFOUND = BaseError & {
    /**
     * Default: "CATEGORY_NOTFOUND"
     */
    error?: string;
};
export type ErrorCHANGELOGINVALID = BaseError & {
    /**
     * Default: "CHANGELOG_INVALID"
     */
    error?: string;
};
export type ErrorCHANGELOGNOTFOUND = BaseError & {
    /**
     * Default: "CHANGELOG_NOTFOUND"
     */
    error?: string;
};
export type ErrorCUSTOMBLOCKNOTFOUND = BaseError & {
    /**
     * Default: "CUSTOMBLOCK_NOTFOUND"
     */
    error?: string;
};
export type ErrorCUSTOMPAGEINVALID = BaseError & {
    /**
     * Default: "CUSTOMPAGE_INVALID"
     */
    error?: string;
};
export type ErrorCUSTOMPAGENOTFOUND = BaseError & {
    /**
     * Default: "CUSTOMPAGE_NOTFOUND"
     */
    error?: string;
};
export type ErrorDOCINVALID = BaseError & {
    /**
     * Default: "DOC_INVALID"
     */
    error?: string;
};
export type ErrorDOCNOTFOUND = BaseError & {
    /**
     * Default: "DOC_NOTFOUND"
     */
    error?: string;
};
export type ErrorENDPOINTNOTFOUND = BaseError & {
    /**
     * Default: "ENDPOINT_NOTFOUND"
     */
    error?: string;
};
export type ErrorINTERNALERROR = BaseError & {
    /**
     * Default: "INTERNAL_ERROR"
     */
    error?: string;
};
export type ErrorOWLBOTINVALID = BaseError & {
    /**
     * Default: "OWLBOT_INVALID"
     */
    error?: string;
};
export type ErrorOWLBOTNOTENABLED = BaseError & {
    /**
     * Default: "OWLBOT_NOT_ENABLED"
     */
    error?: string;
};
export type ErrorOWLBOTNOTENTERPRISE = BaseError & {
    /**
     * Default: "OWLBOT_NOT_ENTERPRISE"
     */
    error?: string;
};
export type ErrorPROJECTNEEDSSTAGING = BaseError & {
    /**
     * Default: "PROJECT_NEEDSSTAGING"
     */
    error?: string;
};
export type ErrorPROJECTNOTCHILD = BaseError & {
    /**
     * Default: "PROJECT_NOT_CHILD"
     */
    error?: string;
};
export type ErrorPROJECTNOTFOUND = BaseError & {
    /**
     * Default: "PROJECT_NOTFOUND"
     */
    error?: string;
};
export type ErrorRATELIMITED = BaseError & {
    /**
     * Default: "RATE_LIMITED"
     */
    error?: string;
};
export type ErrorREGISTRYINVALID = BaseError & {
    /**
     * Default: "REGISTRY_INVALID"
     */
    error?: string;
};
export type ErrorREGISTRYNOTFOUND = BaseError & {
    /**
     * Default: "REGISTRY_NOTFOUND"
     */
    error?: string;
};
export type ErrorSPECFILEEMPTY = BaseError & {
    /**
     * Default: "SPEC_FILE_EMPTY"
     */
    error?: string;
};
export type ErrorSPECIDDUPLICATE = BaseError & {
    /**
     * Default: "SPEC_ID_DUPLICATE"
     */
    error?: string;
};
export type ErrorSPECIDINVALID = BaseError & {
    /**
     * Default: "SPEC_ID_INVALID"
     */
    error?: string;
};
export type ErrorSPECINVALID = BaseError & {
    /**
     * Default: "SPEC_INVALID"
     */
    error?: string;
};
export type ErrorSPECINVALIDSCHEMA = BaseError & {
    /**
     * Default: "SPEC_INVALID_SCHEMA"
     */
    error?: string;
};
export type ErrorSPECINVALIDSUPERHUB = BaseError & {
    /**
     * Default: "SPEC_INVALID_SUPERHUB"
     */
    error?: string;
};
export type ErrorSPECNOTFOUND = BaseError & {
    /**
     * Default: "SPEC_NOTFOUND"
     */
    error?: string;
};
export type ErrorSPECTIMEOUT = BaseError & {
    /**
     * Default: "SPEC_TIMEOUT"
     */
    error?: string;
};
export type ErrorSPECVERSIONNOTFOUND = BaseError & {
    /**
     * Default: "SPEC_VERSION_NOTFOUND"
     */
    error?: string;
};
export type ErrorUNEXPECTEDERROR = BaseError & {
    /**
     * Default: "UNEXPECTED_ERROR"
     */
    error?: string;
};
export type ErrorVERSIONCANTDEMOTESTABLE = BaseError & {
    /**
     * Default: "VERSION_CANT_DEMOTE_STABLE"
     */
    error?: string;
};
export type ErrorVERSIONCANTREMOVESTABLE = BaseError & {
    /**
     * Default: "VERSION_CANT_REMOVE_STABLE"
     */
    error?: string;
};
export type ErrorVERSIONCONFLICTINGFLAGS = BaseError & {
    /**
     * Default: "VERSION_CONFLICTING_FLAGS"
     */
    error?: string;
};
export type ErrorVERSIONDUPLICATE = BaseError & {
    /**
     * Default: "VERSION_DUPLICATE"
     */
    error?: string;
};
export type ErrorVERSIONEMPTY = BaseError & {
    /**
     * Default: "VERSION_EMPTY"
     */
    error?: string;
};
export type ErrorVERSIONFORKEMPTY = BaseError & {
    /**
     * Default: "VERSION_FORK_EMPTY"
     */
    error?: string;
};
export type ErrorVERSIONFORKNOTFOUND = BaseError & {
    /**
     * Default: "VERSION_FORK_NOTFOUND"
     */
    error?: string;
};
export type ErrorVERSIONINVALID = BaseError & {
    /**
     * Default: "VERSION_INVALID"
     */
    error?: string;
};
export type ErrorVERSIONNOTFOUND = BaseError & {
    /**
     * Default: "VERSION_NOTFOUND"
     */
    error?: string;
};
export type IpListEntry = {
    /**
     * The IP address.
     */
    ipAddress?: string;
};
export type JobOpening = {
    /**
     * A slugified version of the job opening title.
     */
    slug?: string;
    /**
     * The job opening position.
     */
    title?: string;
    /**
     * The description for this open position. This content is formatted as HTML.
     */
    description?: string;
    /**
     * A short pullquote for the open position.
     */
    pullquote?: string;
    /**
     * Where this position is located at.
     */
    location?: string;
    /**
     * The internal organization you'll be working in.
     */
    department?: string;
    /**
     * The place where you can apply for the position!
     *
     * Format: url
     */
    url?: string;
};
export type Version = {
    /**
     * Semantic Version
     */
    version: string;
    /**
     * Dubbed name of version.
     */
    codename?: string;
    /**
     * Semantic Version to use as the base fork.
     */
    from: string;
    /**
     * Should this be the **main** version?
     */
    is_stable?: boolean;
    /**
     * Default: true
     */
    is_beta?: boolean;
    /**
     * Should this be publically accessible?
     */
    is_hidden?: boolean;
    /**
     * Should this be deprecated? Only allowed in PUT operations.
     */
    is_deprecated?: boolean;
    /**
     * Status of pdf generations.
     */
    pdfStatus?: string;
};
/**
 * GET /
 */
export type GetProjectParameters = {
    [key: string]: never;
};
/**
 * Get metadata about the current project
 */
export type GetProjectRequestBody = never;
/**
 * Get metadata about the current project
 */
export type GetProjectResponse = CondensedProjectData;
/** The declared error responses of `getProject`, by status: narrowing on `status` narrows `body`. */
export type GetProjectError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /api-registry/{uuid}
 */
export type GetAPIRegistryParameters = {
    path: {
        /**
         * An API Registry UUID. This can be found by navigating to your API Reference page and viewing code snippets for Node with the `api` library.
         */
        uuid: string;
    };
};
/**
 * Retrieve an entry from the API Registry
 */
export type GetAPIRegistryRequestBody = never;
/**
 * Retrieve an entry from the API Registry
 */
export type GetAPIRegistryResponse = {
    [key: string]: unknown;
};
/** The declared error responses of `getAPIRegistry`, by status: narrowing on `status` narrows `body`. */
export type GetAPIRegistryError = {
    readonly status: 404;
    readonly body: ErrorREGISTRYNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /api-specification
 */
export type GetAPISpecificationParameters = {
    query?: {
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        perPage?: number;
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get metadata
 */
export type GetAPISpecificationRequestBody = never;
/**
 * Get metadata
 */
export type GetAPISpecificationResponse = undefined;
/** The declared error responses of `getAPISpecification`, by status: narrowing on `status` narrows `body`. */
export type GetAPISpecificationError = {
    readonly status: 400;
    readonly body: ErrorVERSIONEMPTY;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorVERSIONNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /api-specification
 */
export type UploadAPISpecificationParameters = {
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Upload specification
 */
export type UploadAPISpecificationRequestBody = {
    /**
     * An OpenAPI/Swagger file. We accept JSON or YAML.
     *
     * Format: binary
     */
    spec?: globalThis.Blob | string;
    /**
     * A public URL to an OpenAPI/Swagger definition. We accept JSON or YAML.
     *
     * Format: url
     */
    url?: string;
};
/**
 * Upload specification
 */
export type UploadAPISpecificationResponse = undefined;
/** The declared error responses of `uploadAPISpecification`, by status: narrowing on `status` narrows `body`. */
export type UploadAPISpecificationError = {
    readonly status: 400;
    readonly body: ErrorSPECFILEEMPTY | ErrorSPECINVALID | ErrorSPECINVALIDSCHEMA | ErrorSPECVERSIONNOTFOUND;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 408;
    readonly body: ErrorSPECTIMEOUT;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 408> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /api-specification/{id}
 */
export type UpdateAPISpecificationParameters = {
    path: {
        /**
         * ID of the API specification. The unique ID for each API can be found by navigating to your **API Definitions** page.
         */
        id: string;
    };
};
/**
 * Update specification
 */
export type UpdateAPISpecificationRequestBody = {
    /**
     * An OpenAPI/Swagger file. We accept JSON or YAML.
     *
     * Format: binary
     */
    spec?: globalThis.Blob | string;
    /**
     * A public URL to an OpenAPI/Swagger definition. We accept JSON or YAML.
     *
     * Format: url
     */
    url?: string;
};
/**
 * Update specification
 */
export type UpdateAPISpecificationResponse = undefined;
/** The declared error responses of `updateAPISpecification`, by status: narrowing on `status` narrows `body`. */
export type UpdateAPISpecificationError = {
    readonly status: 400;
    readonly body: ErrorSPECFILEEMPTY | ErrorSPECIDDUPLICATE | ErrorSPECIDINVALID | ErrorSPECINVALID | ErrorSPECINVALIDSCHEMA | ErrorSPECVERSIONNOTFOUND;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: 408;
    readonly body: ErrorSPECTIMEOUT;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404 | 408> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /api-specification/{id}
 */
export type DeleteAPISpecificationParameters = {
    path: {
        /**
         * ID of the API specification. The unique ID for each API can be found by navigating to your **API Definitions** page.
         */
        id: string;
    };
};
/**
 * Delete specification
 */
export type DeleteAPISpecificationRequestBody = never;
/**
 * Delete specification
 */
export type DeleteAPISpecificationResponse = undefined;
/** The declared error responses of `deleteAPISpecification`, by status: narrowing on `status` narrows `body`. */
export type DeleteAPISpecificationError = {
    readonly status: 400;
    readonly body: ErrorSPECIDINVALID;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorSPECNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /categories
 */
export type GetCategoriesParameters = {
    query?: {
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        perPage?: number;
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get all categories
 */
export type GetCategoriesRequestBody = never;
/**
 * Get all categories
 */
export type GetCategoriesResponse = undefined;
/** The declared error responses of `getCategories`, by status: narrowing on `status` narrows `body`. */
export type GetCategoriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /categories
 */
export type CreateCategoryParameters = {
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Create category
 */
export type CreateCategoryRequestBody = Category & {
    [key: string]: unknown;
};
/**
 * Create category
 */
export type CreateCategoryResponse = undefined;
/** The declared error responses of `createCategory`, by status: narrowing on `status` narrows `body`. */
export type CreateCategoryError = {
    readonly status: 400;
    readonly body: ErrorCATEGORYINVALID;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /categories/{slug}
 */
export type GetCategoryParameters = {
    path: {
        /**
         * A URL-safe representation of the category title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the category "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get category
 */
export type GetCategoryRequestBody = never;
/**
 * Get category
 */
export type GetCategoryResponse = undefined;
/** The declared error responses of `getCategory`, by status: narrowing on `status` narrows `body`. */
export type GetCategoryError = {
    readonly status: 404;
    readonly body: ErrorCATEGORYNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /categories/{slug}
 */
export type UpdateCategoryParameters = {
    path: {
        /**
         * A URL-safe representation of the category title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the category "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Update category
 */
export type UpdateCategoryRequestBody = Category;
/**
 * Update category
 */
export type UpdateCategoryResponse = undefined;
/** The declared error responses of `updateCategory`, by status: narrowing on `status` narrows `body`. */
export type UpdateCategoryError = {
    readonly status: 400;
    readonly body: ErrorCATEGORYINVALID;
} | {
    readonly status: 404;
    readonly body: ErrorCATEGORYNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /categories/{slug}
 */
export type DeleteCategoryParameters = {
    path: {
        /**
         * A URL-safe representation of the category title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the category "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Delete category
 */
export type DeleteCategoryRequestBody = never;
/**
 * Delete category
 */
export type DeleteCategoryResponse = undefined;
/** The declared error responses of `deleteCategory`, by status: narrowing on `status` narrows `body`. */
export type DeleteCategoryError = {
    readonly status: 404;
    readonly body: ErrorCATEGORYNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /categories/{slug}/docs
 */
export type GetCategoryDocsParameters = {
    path: {
        /**
         * A URL-safe representation of the category title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the category "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get docs for category
 */
export type GetCategoryDocsRequestBody = never;
/**
 * Get docs for category
 */
export type GetCategoryDocsResponse = undefined;
/** The declared error responses of `getCategoryDocs`, by status: narrowing on `status` narrows `body`. */
export type GetCategoryDocsError = {
    readonly status: 404;
    readonly body: ErrorCATEGORYNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /changelogs
 */
export type GetChangelogsParameters = {
    query?: {
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        perPage?: number;
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
    };
};
/**
 * Get changelogs
 */
export type GetChangelogsRequestBody = never;
/**
 * Get changelogs
 */
export type GetChangelogsResponse = undefined;
/** The declared error responses of `getChangelogs`, by status: narrowing on `status` narrows `body`. */
export type GetChangelogsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /changelogs
 */
export type CreateChangelogParameters = {
    [key: string]: never;
};
/**
 * Create changelog
 */
export type CreateChangelogRequestBody = Changelog;
/**
 * Create changelog
 */
export type CreateChangelogResponse = undefined;
/** The declared error responses of `createChangelog`, by status: narrowing on `status` narrows `body`. */
export type CreateChangelogError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /changelogs/{slug}
 */
export type GetChangelogParameters = {
    path: {
        /**
         * A URL-safe representation of the changelog title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the changelog "Owlet Update", enter the slug "owlet-update".
         */
        slug: string;
    };
};
/**
 * Get changelog
 */
export type GetChangelogRequestBody = never;
/**
 * Get changelog
 */
export type GetChangelogResponse = undefined;
/** The declared error responses of `getChangelog`, by status: narrowing on `status` narrows `body`. */
export type GetChangelogError = {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /changelogs/{slug}
 */
export type UpdateChangelogParameters = {
    path: {
        /**
         * A URL-safe representation of the changelog title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the changelog "Owlet Weekly Update", enter the slug "owlet-weekly-update".
         */
        slug: string;
    };
};
/**
 * Update changelog
 */
export type UpdateChangelogRequestBody = Changelog;
/**
 * Update changelog
 */
export type UpdateChangelogResponse = undefined;
/** The declared error responses of `updateChangelog`, by status: narrowing on `status` narrows `body`. */
export type UpdateChangelogError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /changelogs/{slug}
 */
export type DeleteChangelogParameters = {
    path: {
        /**
         * A URL-safe representation of the changelog title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the changelog "Owlet Weekly Update", enter the slug "owlet-weekly-update".
         */
        slug: string;
    };
};
/**
 * Delete changelog
 */
export type DeleteChangelogRequestBody = never;
/**
 * Delete changelog
 */
export type DeleteChangelogResponse = undefined;
/** The declared error responses of `deleteChangelog`, by status: narrowing on `status` narrows `body`. */
export type DeleteChangelogError = {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /custompages
 */
export type GetCustomPagesParameters = {
    query?: {
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        perPage?: number;
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
    };
};
/**
 * Get custom pages
 */
export type GetCustomPagesRequestBody = never;
/**
 * Get custom pages
 */
export type GetCustomPagesResponse = undefined;
/** The declared error responses of `getCustomPages`, by status: narrowing on `status` narrows `body`. */
export type GetCustomPagesError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /custompages
 */
export type CreateCustomPageParameters = {
    [key: string]: never;
};
/**
 * Create custom page
 */
export type CreateCustomPageRequestBody = CustomPage;
/**
 * Create custom page
 */
export type CreateCustomPageResponse = undefined;
/** The declared error responses of `createCustomPage`, by status: narrowing on `status` narrows `body`. */
export type CreateCustomPageError = {
    readonly status: 400;
    readonly body: ErrorCUSTOMPAGEINVALID;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /custompages/{slug}
 */
export type GetCustomPageParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
};
/**
 * Get custom page
 */
export type GetCustomPageRequestBody = never;
/**
 * Get custom page
 */
export type GetCustomPageResponse = undefined;
/** The declared error responses of `getCustomPage`, by status: narrowing on `status` narrows `body`. */
export type GetCustomPageError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorCUSTOMPAGENOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /custompages/{slug}
 */
export type UpdateCustomPageParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
};
/**
 * Update custom page
 */
export type UpdateCustomPageRequestBody = CustomPage;
/**
 * Update custom page
 */
export type UpdateCustomPageResponse = undefined;
/** The declared error responses of `updateCustomPage`, by status: narrowing on `status` narrows `body`. */
export type UpdateCustomPageError = {
    readonly status: 400;
    readonly body: ErrorCUSTOMPAGEINVALID;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorCUSTOMPAGENOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /custompages/{slug}
 */
export type DeleteCustomPageParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
};
/**
 * Delete custom page
 */
export type DeleteCustomPageRequestBody = never;
/**
 * Delete custom page
 */
export type DeleteCustomPageResponse = undefined;
/** The declared error responses of `deleteCustomPage`, by status: narrowing on `status` narrows `body`. */
export type DeleteCustomPageError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorCUSTOMPAGENOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /docs
 */
export type CreateDocParameters = {
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Create doc
 */
export type CreateDocRequestBody = DocSchemaPost;
/**
 * Create doc
 */
export type CreateDocResponse = DocSchemaResponse;
/** The declared error responses of `createDoc`, by status: narrowing on `status` narrows `body`. */
export type CreateDocError = {
    readonly status: 400;
    readonly body: ErrorDOCINVALID;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /docs/search
 */
export type SearchDocsParameters = {
    query: {
        /**
         * Search string to look for.
         */
        search: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Search docs
 */
export type SearchDocsRequestBody = never;
/**
 * Search docs
 */
export type SearchDocsResponse = undefined;
/** The declared error responses of `searchDocs`, by status: narrowing on `status` narrows `body`. */
export type SearchDocsError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /docs/{slug}
 */
export type GetDocParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get doc
 */
export type GetDocRequestBody = never;
/**
 * Get doc
 */
export type GetDocResponse = DocSchemaResponse;
/** The declared error responses of `getDoc`, by status: narrowing on `status` narrows `body`. */
export type GetDocError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorDOCNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /docs/{slug}
 */
export type UpdateDocParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Update doc
 */
export type UpdateDocRequestBody = DocSchemaPut;
/**
 * Update doc
 */
export type UpdateDocResponse = DocSchemaResponse;
/** The declared error responses of `updateDoc`, by status: narrowing on `status` narrows `body`. */
export type UpdateDocError = {
    readonly status: 400;
    readonly body: ErrorDOCINVALID;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorDOCNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /docs/{slug}
 */
export type DeleteDocParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Delete doc
 */
export type DeleteDocRequestBody = never;
/**
 * Delete doc
 */
export type DeleteDocResponse = undefined;
/** The declared error responses of `deleteDoc`, by status: narrowing on `status` narrows `body`. */
export type DeleteDocError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorDOCNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /docs/{slug}/production
 */
export type GetProductionDocParameters = {
    path: {
        /**
         * A URL-safe representation of the page title. Slugs must be all lowercase, and replace spaces with hyphens. For example, for the title "Getting Started", enter the slug "getting-started".
         */
        slug: string;
    };
    header?: {
        /**
         * Version number of your docs project, for example, v3.0. By default the main project version is used. To see all valid versions for your docs project call https://docs.readme.com/main/reference/version#getversions.
         */
        'x-readme-version'?: string;
    };
};
/**
 * Get production doc
 */
export type GetProductionDocRequestBody = never;
/**
 * Get production doc
 */
export type GetProductionDocResponse = DocSchemaResponse;
/** The declared error responses of `getProductionDoc`, by status: narrowing on `status` narrows `body`. */
export type GetProductionDocError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorDOCNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /outbound-ips
 */
export type GetOutboundIPsParameters = {
    [key: string]: never;
};
/**
 * Get ReadMe’s outbound IP addresses
 */
export type GetOutboundIPsRequestBody = never;
/**
 * Get ReadMe’s outbound IP addresses
 */
export type GetOutboundIPsResponse = IpListEntry[];
/** The declared error responses of `getOutboundIPs`, by status: narrowing on `status` narrows `body`. */
export type GetOutboundIPsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /owlbot/ask
 */
export type AskOwlbotParameters = {
    [key: string]: never;
};
/**
 * Ask Owlbot AI a question
 */
export type AskOwlbotRequestBody = {
    /**
     * The question being asked to Owlbot.
     */
    question: string;
    /**
     * If true the response will be streamed as it is generated.
     */
    stream?: boolean;
};
/**
 * Ask Owlbot AI a question
 */
export type AskOwlbotResponse = string;
/** The declared error responses of `askOwlbot`, by status: narrowing on `status` narrows `body`. */
export type AskOwlbotError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /schema
 */
export type GetAPISchemaParameters = {
    [key: string]: never;
};
/**
 * Get our OpenAPI Definition
 */
export type GetAPISchemaRequestBody = never;
/**
 * Get our OpenAPI Definition
 */
export type GetAPISchemaResponse = {
    [key: string]: unknown;
};
/** The declared error responses of `getAPISchema`, by status: narrowing on `status` narrows `body`. */
export type GetAPISchemaError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /version
 */
export type GetVersionsParameters = {
    [key: string]: never;
};
/**
 * Get versions
 */
export type GetVersionsRequestBody = never;
/**
 * Get versions
 */
export type GetVersionsResponse = undefined;
/** The declared error responses of `getVersions`, by status: narrowing on `status` narrows `body`. */
export type GetVersionsError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /version
 */
export type CreateVersionParameters = {
    [key: string]: never;
};
/**
 * Create version
 */
export type CreateVersionRequestBody = Version;
/**
 * Create version
 */
export type CreateVersionResponse = undefined;
/** The declared error responses of `createVersion`, by status: narrowing on `status` narrows `body`. */
export type CreateVersionError = {
    readonly status: 400;
    readonly body: ErrorVERSIONEMPTY | ErrorVERSIONDUPLICATE | ErrorVERSIONFORKEMPTY;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorVERSIONFORKNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /version/{versionId}
 */
export type GetVersionParameters = {
    path: {
        /**
         * Semver identifier for the project version. For best results, use the formatted `version_clean` value listed in the response from the [Get Versions endpoint](/reference/getversions).
         */
        versionId: string;
    };
};
/**
 * Get version
 */
export type GetVersionRequestBody = never;
/**
 * Get version
 */
export type GetVersionResponse = undefined;
/** The declared error responses of `getVersion`, by status: narrowing on `status` narrows `body`. */
export type GetVersionError = {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorVERSIONNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /version/{versionId}
 */
export type UpdateVersionParameters = {
    path: {
        /**
         * Semver identifier for the project version. For best results, use the formatted `version_clean` value listed in the response from the [Get Versions endpoint](/reference/getversions).
         */
        versionId: string;
    };
};
/**
 * Update version
 */
export type UpdateVersionRequestBody = Version;
/**
 * Update version
 */
export type UpdateVersionResponse = undefined;
/** The declared error responses of `updateVersion`, by status: narrowing on `status` narrows `body`. */
export type UpdateVersionError = {
    readonly status: 400;
    readonly body: ErrorVERSIONCANTDEMOTESTABLE;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorVERSIONNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /version/{versionId}
 */
export type DeleteVersionParameters = {
    path: {
        /**
         * Semver identifier for the project version. For best results, use the formatted `version_clean` value listed in the response from the [Get Versions endpoint](/reference/getversions).
         */
        versionId: string;
    };
};
/**
 * Delete version
 */
export type DeleteVersionRequestBody = never;
/**
 * Delete version
 */
export type DeleteVersionResponse = undefined;
/** The declared error responses of `deleteVersion`, by status: narrowing on `status` narrows `body`. */
export type DeleteVersionError = {
    readonly status: 400;
    readonly body: ErrorVERSIONCANTREMOVESTABLE;
} | {
    readonly status: 401;
    readonly body: ErrorAPIKEYEMPTY | ErrorAPIKEYNOTFOUND;
} | {
    readonly status: 403;
    readonly body: ErrorAPIKEYMISMATCH;
} | {
    readonly status: 404;
    readonly body: ErrorVERSIONNOTFOUND;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404> | Status5XX;
    readonly body: unknown;
};
