/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * GET /apply
 */
export type GetOpenRolesParameters = {
    [key: string]: never;
};
/**
 * Get open roles
 */
export type GetOpenRolesRequestBody = never;
/**
 * Get open roles
 */
export type GetOpenRolesResponse = {
    total: number;
    data: {
        slug: string;
        title: string;
        /**
         * The description for this open position. This content is formatted as HTML.
         */
        description: string;
        /**
         * A short pullquote for the open position.
         */
        pullquote: string;
        /**
         * Where this position is located at.
         */
        location: string;
        /**
         * The internal organization you'll be working in.
         */
        department: string;
        /**
         * The place where you can apply for the position!
         *
         * Format: uri
         */
        url: string;
    }[];
};
/** The declared error responses of `getOpenRoles`, by status: narrowing on `status` narrows `body`. */
export type GetOpenRolesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /apply
 */
export type ApplyToReadMeParameters = {
    [key: string]: never;
};
/**
 * Submit your application!
 */
export type ApplyToReadMeRequestBody = {
    /**
     * Your full name
     */
    name: string;
    /**
     * A valid email we can reach you at.
     *
     * Format: email
     *
     * Default: "you@example.com"
     */
    email?: string;
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
     * Format: uri
     */
    linkedin?: string;
    /**
     * Or Bitbucket, GitLab or anywhere else your code is hosted!
     *
     * Format: uri
     */
    github?: string;
    /**
     * What should we know about you?
     */
    coverLetter?: string;
    /**
     * If you set this to true, we will not actually apply you to the job.
     *
     * Default: false
     */
    dont_really_apply?: boolean;
};
/**
 * Submit your application!
 */
export type ApplyToReadMeResponse = {
    message: string;
    keyvalues: string;
    careers: string;
    'questions?': string;
    poem: string[];
};
/** The declared error responses of `applyToReadMe`, by status: narrowing on `status` narrows `body`. */
export type ApplyToReadMeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches
 */
export type GetBranchesParameters = {
    query?: {
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        per_page?: number;
        /**
         * The sort that should be used for the returned collection.
         */
        sort_by?: 'created' | 'updated' | 'semver';
        /**
         * An optional prefix in the format of `v2.0` used to list all branches with this prefix.
         */
        prefix?: string;
    };
};
/**
 * Get branches
 */
export type GetBranchesRequestBody = never;
/**
 * Get branches
 */
export type GetBranchesResponse = {
    total: number;
    page: number;
    per_page: number;
    paging: {
        next: string;
        previous: string;
        first: string;
        last: string;
    };
    data: {
        /**
         * The name of the version this version was based off of.
         */
        base: string;
        /**
         * A non-semver display name for the version.
         */
        display_name: string;
        /**
         * The semver name for the version.
         */
        name: string;
        privacy: {
            /**
             * Whether the version is public, hidden, or the stable version that's visible by default.
             */
            view: 'default' | 'hidden' | 'public';
        };
        /**
         * Whether the version is released or in beta.
         */
        release_stage: 'beta' | 'release';
        /**
         * Whether the version was created in ReadMe or via Bi-Directional Sync.
         */
        source: 'readme' | 'bidi';
        /**
         * Whether the version is current or deprecated.
         */
        state: 'current' | 'deprecated';
        /**
         * An ISO 8601 formatted date for when the version was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the version resource.
         */
        uri: string;
    }[];
    type: 'version';
} | {
    total: number;
    page: number;
    per_page: number;
    paging: {
        next: string;
        previous: string;
        first: string;
        last: string;
    };
    data: {
        /**
         * The representation of the version the branch was created from or the stable version.
         */
        base: {
            /**
             * The name of the version this version was based off of.
             */
            base: string;
            /**
             * A non-semver display name for the version.
             */
            display_name: string;
            /**
             * The semver name for the version.
             */
            name: string;
            privacy: {
                /**
                 * Whether the version is public, hidden, or the stable version that's visible by default.
                 */
                view: 'default' | 'hidden' | 'public';
            };
            /**
             * Whether the version is released or in beta.
             */
            release_stage: 'beta' | 'release';
            /**
             * Whether the version was created in ReadMe or via Bi-Directional Sync.
             */
            source: 'readme' | 'bidi';
            /**
             * Whether the version is current or deprecated.
             */
            state: 'current' | 'deprecated';
            /**
             * An ISO 8601 formatted date for when the version was last updated.
             *
             * Format: date-time
             */
            updated_at: string;
            /**
             * A URI to the version resource.
             */
            uri: string;
        };
        href: {
            external: {
                /**
                 * A link to the external branch diff on bi-directionally synced projects.
                 */
                diff: string;
                /**
                 * A link to view the external branch on bi-directionally synced projects.
                 */
                view: string;
            };
        };
        /**
         * The name of the branch and its version prefix.
         */
        name: string;
        /**
         * An ISO 8601 formatted date for when the branch was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the branch resource.
         */
        uri: string;
    }[];
    type: 'branch';
};
/** The declared error responses of `getBranches`, by status: narrowing on `status` narrows `body`. */
export type GetBranchesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches
 */
export type CreateBranchParameters = {
    [key: string]: never;
};
/**
 * Create a branch
 */
export type CreateBranchRequestBody = {
    /**
     * The clean string of version we are basing off of.
     */
    base: string;
    /**
     * A non-semver display name for the version.
     */
    display_name?: string;
    /**
     * The semver name for the version.
     */
    name: string;
    privacy?: {
        /**
         * Whether the version is public, hidden, or the stable version that's visible by default.
         *
         * Default: "hidden"
         */
        view?: 'default' | 'hidden' | 'public';
    };
    /**
     * Whether the version is released or in beta.
     *
     * Default: "release"
     */
    release_stage?: 'beta' | 'release';
    /**
     * Whether the version is current or deprecated.
     *
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
} | {
    /**
     * The name of the branch.
     */
    name: string;
};
/**
 * Create a branch
 */
export type CreateBranchResponse = {
    data: {
        /**
         * The name of the version this version was based off of.
         */
        base: string;
        /**
         * A non-semver display name for the version.
         */
        display_name: string;
        /**
         * The semver name for the version.
         */
        name: string;
        privacy: {
            /**
             * Whether the version is public, hidden, or the stable version that's visible by default.
             */
            view: 'default' | 'hidden' | 'public';
        };
        /**
         * Whether the version is released or in beta.
         */
        release_stage: 'beta' | 'release';
        /**
         * Whether the version was created in ReadMe or via Bi-Directional Sync.
         */
        source: 'readme' | 'bidi';
        /**
         * Whether the version is current or deprecated.
         */
        state: 'current' | 'deprecated';
        /**
         * An ISO 8601 formatted date for when the version was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the version resource.
         */
        uri: string;
    };
    type: 'version';
} | {
    data: {
        /**
         * The representation of the version the branch was created from or the stable version.
         */
        base: {
            /**
             * The name of the version this version was based off of.
             */
            base: string;
            /**
             * A non-semver display name for the version.
             */
            display_name: string;
            /**
             * The semver name for the version.
             */
            name: string;
            privacy: {
                /**
                 * Whether the version is public, hidden, or the stable version that's visible by default.
                 */
                view: 'default' | 'hidden' | 'public';
            };
            /**
             * Whether the version is released or in beta.
             */
            release_stage: 'beta' | 'release';
            /**
             * Whether the version was created in ReadMe or via Bi-Directional Sync.
             */
            source: 'readme' | 'bidi';
            /**
             * Whether the version is current or deprecated.
             */
            state: 'current' | 'deprecated';
            /**
             * An ISO 8601 formatted date for when the version was last updated.
             *
             * Format: date-time
             */
            updated_at: string;
            /**
             * A URI to the version resource.
             */
            uri: string;
        };
        href: {
            external: {
                /**
                 * A link to the external branch diff on bi-directionally synced projects.
                 */
                diff: string;
                /**
                 * A link to view the external branch on bi-directionally synced projects.
                 */
                view: string;
            };
        };
        /**
         * The name of the branch and its version prefix.
         */
        name: string;
        /**
         * An ISO 8601 formatted date for when the branch was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the branch resource.
         */
        uri: string;
    };
    type: 'branch';
};
/** The declared error responses of `createBranch`, by status: narrowing on `status` narrows `body`. */
export type CreateBranchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}
 */
export type GetBranchParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get a branch
 */
export type GetBranchRequestBody = never;
/**
 * Get a branch
 */
export type GetBranchResponse = {
    data: {
        /**
         * The name of the version this version was based off of.
         */
        base: string;
        /**
         * A non-semver display name for the version.
         */
        display_name: string;
        /**
         * The semver name for the version.
         */
        name: string;
        privacy: {
            /**
             * Whether the version is public, hidden, or the stable version that's visible by default.
             */
            view: 'default' | 'hidden' | 'public';
        };
        /**
         * Whether the version is released or in beta.
         */
        release_stage: 'beta' | 'release';
        /**
         * Whether the version was created in ReadMe or via Bi-Directional Sync.
         */
        source: 'readme' | 'bidi';
        /**
         * Whether the version is current or deprecated.
         */
        state: 'current' | 'deprecated';
        /**
         * An ISO 8601 formatted date for when the version was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the version resource.
         */
        uri: string;
    };
    type: 'version';
} | {
    data: {
        /**
         * The representation of the version the branch was created from or the stable version.
         */
        base: {
            /**
             * The name of the version this version was based off of.
             */
            base: string;
            /**
             * A non-semver display name for the version.
             */
            display_name: string;
            /**
             * The semver name for the version.
             */
            name: string;
            privacy: {
                /**
                 * Whether the version is public, hidden, or the stable version that's visible by default.
                 */
                view: 'default' | 'hidden' | 'public';
            };
            /**
             * Whether the version is released or in beta.
             */
            release_stage: 'beta' | 'release';
            /**
             * Whether the version was created in ReadMe or via Bi-Directional Sync.
             */
            source: 'readme' | 'bidi';
            /**
             * Whether the version is current or deprecated.
             */
            state: 'current' | 'deprecated';
            /**
             * An ISO 8601 formatted date for when the version was last updated.
             *
             * Format: date-time
             */
            updated_at: string;
            /**
             * A URI to the version resource.
             */
            uri: string;
        };
        href: {
            external: {
                /**
                 * A link to the external branch diff on bi-directionally synced projects.
                 */
                diff: string;
                /**
                 * A link to view the external branch on bi-directionally synced projects.
                 */
                view: string;
            };
        };
        /**
         * The name of the branch and its version prefix.
         */
        name: string;
        /**
         * An ISO 8601 formatted date for when the branch was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the branch resource.
         */
        uri: string;
    };
    type: 'branch';
};
/** The declared error responses of `getBranch`, by status: narrowing on `status` narrows `body`. */
export type GetBranchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}
 */
export type DeleteBranchParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Delete a branch
 */
export type DeleteBranchRequestBody = never;
/**
 * Delete a branch
 */
export type DeleteBranchResponse = undefined;
/** The declared error responses of `deleteBranch`, by status: narrowing on `status` narrows `body`. */
export type DeleteBranchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}
 */
export type UpdateBranchParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Updates an existing branch
 */
export type UpdateBranchRequestBody = {
    /**
     * A non-semver display name for the version.
     */
    display_name?: string;
    /**
     * The semver name for the version.
     */
    name?: string;
    privacy?: {
        /**
         * Whether the version is public, hidden, or the stable version that's visible by default.
         *
         * Default: "hidden"
         */
        view?: 'default' | 'hidden' | 'public';
    };
    /**
     * Default: "release"
     */
    release_stage?: 'beta' | 'release';
    /**
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
} | {
    /**
     * The target rename of the branch and its version prefix.
     */
    name: string;
};
/**
 * Updates an existing branch
 */
export type UpdateBranchResponse = {
    data: {
        /**
         * The name of the version this version was based off of.
         */
        base: string;
        /**
         * A non-semver display name for the version.
         */
        display_name: string;
        /**
         * The semver name for the version.
         */
        name: string;
        privacy: {
            /**
             * Whether the version is public, hidden, or the stable version that's visible by default.
             */
            view: 'default' | 'hidden' | 'public';
        };
        /**
         * Whether the version is released or in beta.
         */
        release_stage: 'beta' | 'release';
        /**
         * Whether the version was created in ReadMe or via Bi-Directional Sync.
         */
        source: 'readme' | 'bidi';
        /**
         * Whether the version is current or deprecated.
         */
        state: 'current' | 'deprecated';
        /**
         * An ISO 8601 formatted date for when the version was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the version resource.
         */
        uri: string;
    };
    type: 'version';
} | {
    data: {
        /**
         * The representation of the version the branch was created from or the stable version.
         */
        base: {
            /**
             * The name of the version this version was based off of.
             */
            base: string;
            /**
             * A non-semver display name for the version.
             */
            display_name: string;
            /**
             * The semver name for the version.
             */
            name: string;
            privacy: {
                /**
                 * Whether the version is public, hidden, or the stable version that's visible by default.
                 */
                view: 'default' | 'hidden' | 'public';
            };
            /**
             * Whether the version is released or in beta.
             */
            release_stage: 'beta' | 'release';
            /**
             * Whether the version was created in ReadMe or via Bi-Directional Sync.
             */
            source: 'readme' | 'bidi';
            /**
             * Whether the version is current or deprecated.
             */
            state: 'current' | 'deprecated';
            /**
             * An ISO 8601 formatted date for when the version was last updated.
             *
             * Format: date-time
             */
            updated_at: string;
            /**
             * A URI to the version resource.
             */
            uri: string;
        };
        href: {
            external: {
                /**
                 * A link to the external branch diff on bi-directionally synced projects.
                 */
                diff: string;
                /**
                 * A link to view the external branch on bi-directionally synced projects.
                 */
                view: string;
            };
        };
        /**
         * The name of the branch and its version prefix.
         */
        name: string;
        /**
         * An ISO 8601 formatted date for when the branch was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the branch resource.
         */
        uri: string;
    };
    type: 'branch';
};
/** The declared error responses of `updateBranch`, by status: narrowing on `status` narrows `body`. */
export type UpdateBranchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/apis
 */
export type GetAPIsParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get all API definitions
 */
export type GetAPIsRequestBody = never;
/**
 * Get all API definitions
 */
export type GetAPIsResponse = {
    total: number;
    data: {
        /**
         * An ISO 8601 formatted date for when the API definition was created.
         *
         * Format: date-time
         */
        created_at: string;
        /**
         * This is the unique identifier, its filename, for the API definition.
         */
        filename: string;
        /**
         * The legacy ID of your API definition. This is only used for legacy rdme CLI workflows and only applies if your project, and this API definition, predates ReadMe Refactored. We consider this value to be deprecated and recommend against relying on it going forward.
         */
        legacy_id: string;
        /**
         * The sources by which this API definition was ingested.
         */
        source: {
            current: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
            original: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
        };
        /**
         * The type of API definition. This will be `unknown` if the API definition has either not yet been processed or failed with validation errors.
         */
        type: 'openapi' | 'postman' | 'swagger' | 'unknown';
        /**
         * An ISO 8601 formatted date for when the API definition was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        upload: {
            /**
             * The status of the API definition upload.
             */
            status: 'pending' | 'failed' | 'done' | 'pending_update' | 'failed_update';
            /**
             * The reason for the upload failure if it failed.
             */
            reason: string;
            /**
             * Any fixable warnings that may exist within the API definition if the upload was ingested without errors.
             */
            warnings: string;
        };
        /**
         * A URI to the API definition resource.
         */
        uri: string;
    }[];
};
/** The declared error responses of `getAPIs`, by status: narrowing on `status` narrows `body`. */
export type GetAPIsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/apis
 */
export type CreateAPIParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create an API definition
 */
export type CreateAPIRequestBody = {
    /**
     * The API definition.
     */
    schema?: unknown;
    /**
     * The source that the API definition is being uploaded through.
     *
     * Default: "form"
     */
    upload_source?: unknown;
    /**
     * The URL where the API definition is hosted.
     */
    url?: unknown;
};
/**
 * Create an API definition
 */
export type CreateAPIResponse = {
    data: {
        upload: {
            /**
             * The status of the API definition upload.
             */
            status: 'pending' | 'failed' | 'done' | 'pending_update' | 'failed_update';
        };
        /**
         * A URI to the API definition resource.
         */
        uri: string;
    };
};
/** The declared error responses of `createAPI`, by status: narrowing on `status` narrows `body`. */
export type CreateAPIError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/apis/{filename}
 */
export type GetAPIParameters = {
    path: {
        /**
         * The filename of the API definition to retrieve.
         */
        filename: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get an API definition
 */
export type GetAPIRequestBody = never;
/**
 * Get an API definition
 */
export type GetAPIResponse = {
    data: {
        /**
         * An ISO 8601 formatted date for when the API definition was created.
         *
         * Format: date-time
         */
        created_at: string;
        /**
         * This is the unique identifier, its filename, for the API definition.
         */
        filename: string;
        /**
         * The legacy ID of your API definition. This is only used for legacy rdme CLI workflows and only applies if your project, and this API definition, predates ReadMe Refactored. We consider this value to be deprecated and recommend against relying on it going forward.
         */
        legacy_id: string;
        /**
         * The sources by which this API definition was ingested.
         */
        source: {
            current: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
            original: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
        };
        /**
         * The type of API definition. This will be `unknown` if the API definition has either not yet been processed or failed with validation errors.
         */
        type: 'openapi' | 'postman' | 'swagger' | 'unknown';
        /**
         * An ISO 8601 formatted date for when the API definition was last updated.
         *
         * Format: date-time
         */
        updated_at: string;
        upload: {
            /**
             * The status of the API definition upload.
             */
            status: 'pending' | 'failed' | 'done' | 'pending_update' | 'failed_update';
            /**
             * The reason for the upload failure if it failed.
             */
            reason: string;
            /**
             * Any fixable warnings that may exist within the API definition if the upload was ingested without errors.
             */
            warnings: string;
        };
        /**
         * A URI to the API definition resource.
         */
        uri: string;
        /**
         * The API schema.
         */
        schema?: unknown;
    };
};
/** The declared error responses of `getAPI`, by status: narrowing on `status` narrows `body`. */
export type GetAPIError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /branches/{branch}/apis/{filename}
 */
export type UpdateAPIParameters = {
    path: {
        /**
         * The filename of the API definition to retrieve.
         */
        filename: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Update an API definition
 */
export type UpdateAPIRequestBody = {
    /**
     * The API definition.
     */
    schema?: unknown;
    /**
     * The source that the API definition is being uploaded through.
     *
     * Default: "form"
     */
    upload_source?: unknown;
    /**
     * The URL where the API definition is hosted.
     */
    url?: unknown;
};
/**
 * Update an API definition
 */
export type UpdateAPIResponse = {
    data: {
        upload: {
            /**
             * The status of the API definition upload.
             */
            status: 'pending' | 'failed' | 'done' | 'pending_update' | 'failed_update';
        };
        /**
         * A URI to the API definition resource.
         */
        uri: string;
    };
};
/** The declared error responses of `updateAPI`, by status: narrowing on `status` narrows `body`. */
export type UpdateAPIError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/apis/{filename}
 */
export type DeleteAPIParameters = {
    path: {
        /**
         * The filename of the API definition to retrieve.
         */
        filename: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Delete an API definition
 */
export type DeleteAPIRequestBody = never;
/**
 * Delete an API definition
 */
export type DeleteAPIResponse = undefined;
/** The declared error responses of `deleteAPI`, by status: narrowing on `status` narrows `body`. */
export type DeleteAPIError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/categories
 */
export type CreateCategoryParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create a category
 */
export type CreateCategoryRequestBody = {
    /**
     * The category's name.
     */
    title: string;
    /**
     * The section of your documentation where the category resides.
     *
     * Default: "guide"
     */
    section?: 'guide' | 'reference';
};
/**
 * Create a category
 */
export type CreateCategoryResponse = {
    data: {
        /**
         * The category's name.
         */
        title: string;
        /**
         * The section of your documentation where the category resides.
         *
         * Default: "guide"
         */
        section?: 'guide' | 'reference';
        links: {
            /**
             * A URI to the project that this category belongs to.
             */
            project: string;
        };
        /**
         * A URI to the category resource.
         */
        uri: string;
    };
};
/** The declared error responses of `createCategory`, by status: narrowing on `status` narrows `body`. */
export type CreateCategoryError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/categories/{section}
 */
export type GetCategoriesParameters = {
    path: {
        /**
         * The section of your documentation to get categories from.
         */
        section: 'guides' | 'reference';
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get all categories
 */
export type GetCategoriesRequestBody = never;
/**
 * Get all categories
 */
export type GetCategoriesResponse = {
    total: number;
    data: {
        /**
         * The category's name.
         */
        title: string;
        /**
         * The section of your documentation where the category resides.
         *
         * Default: "guide"
         */
        section?: 'guide' | 'reference';
        links: {
            /**
             * A URI to the project that this category belongs to.
             */
            project: string;
        };
        /**
         * A URI to the category resource.
         */
        uri: string;
    }[];
};
/** The declared error responses of `getCategories`, by status: narrowing on `status` narrows `body`. */
export type GetCategoriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/categories/{section}/{title}
 */
export type GetCategoryParameters = {
    path: {
        /**
         * The section of your documentation where the category resides.
         */
        section: 'guides' | 'reference';
        /**
         * The category's name.
         */
        title: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get a category
 */
export type GetCategoryRequestBody = never;
/**
 * Get a category
 */
export type GetCategoryResponse = {
    data: {
        /**
         * The category's name.
         */
        title: string;
        /**
         * The section of your documentation where the category resides.
         *
         * Default: "guide"
         */
        section?: 'guide' | 'reference';
        links: {
            /**
             * A URI to the project that this category belongs to.
             */
            project: string;
        };
        /**
         * A URI to the category resource.
         */
        uri: string;
    };
};
/** The declared error responses of `getCategory`, by status: narrowing on `status` narrows `body`. */
export type GetCategoryError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/categories/{section}/{title}
 */
export type DeleteCategoryParameters = {
    path: {
        /**
         * The section of your documentation where the category resides.
         */
        section: 'guides' | 'reference';
        /**
         * The category's name.
         */
        title: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Delete a category
 */
export type DeleteCategoryRequestBody = never;
/**
 * Delete a category
 */
export type DeleteCategoryResponse = undefined;
/** The declared error responses of `deleteCategory`, by status: narrowing on `status` narrows `body`. */
export type DeleteCategoryError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}/categories/{section}/{title}
 */
export type UpdateCategoryParameters = {
    path: {
        /**
         * The section of your documentation where the category resides.
         */
        section: 'guides' | 'reference';
        /**
         * The category's name.
         */
        title: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Update a category
 */
export type UpdateCategoryRequestBody = {
    /**
     * The category's name.
     */
    title?: string;
    /**
     * The section of your documentation where the category resides.
     *
     * Default: "guide"
     */
    section?: 'guide' | 'reference';
    /**
     * The position of the category in your project's sidebar.
     */
    position?: number;
};
/**
 * Update a category
 */
export type UpdateCategoryResponse = {
    data: {
        /**
         * The category's name.
         */
        title: string;
        /**
         * The section of your documentation where the category resides.
         *
         * Default: "guide"
         */
        section?: 'guide' | 'reference';
        links: {
            /**
             * A URI to the project that this category belongs to.
             */
            project: string;
        };
        /**
         * A URI to the category resource.
         */
        uri: string;
    };
};
/** The declared error responses of `updateCategory`, by status: narrowing on `status` narrows `body`. */
export type UpdateCategoryError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/categories/{section}/{title}/pages
 */
export type GetCategoryPagesParameters = {
    path: {
        /**
         * The section of your documentation where the category resides.
         */
        section: 'guides' | 'reference';
        /**
         * The category's name.
         */
        title: string;
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get the pages within a category
 */
export type GetCategoryPagesRequestBody = never;
/**
 * Get the pages within a category
 */
export type GetCategoryPagesResponse = {
    total: number;
    data: {
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        title: string;
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    }[];
};
/** The declared error responses of `getCategoryPages`, by status: narrowing on `status` narrows `body`. */
export type GetCategoryPagesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/custom_pages
 */
export type GetCustomPagesParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get all custom pages
 */
export type GetCustomPagesRequestBody = never;
/**
 * Get all custom pages
 */
export type GetCustomPagesResponse = {
    total: number;
    data: {
        appearance: {
            /**
             * Whether a html custom page is fullscreen or not.
             *
             * Default: false
             */
            fullscreen?: boolean;
        };
        content: {
            body: string;
            /**
             * The type of content contained in this custom page.
             *
             * Default: "markdown"
             */
            type?: 'markdown' | 'html';
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your custom page metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this custom page.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the custom page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    }[];
};
/** The declared error responses of `getCustomPages`, by status: narrowing on `status` narrows `body`. */
export type GetCustomPagesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/custom_pages
 */
export type CreateCustomPageParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create a custom page
 */
export type CreateCustomPageRequestBody = {
    appearance?: {
        /**
         * Whether a html custom page is fullscreen or not.
         *
         * Default: false
         */
        fullscreen?: boolean;
    };
    content?: {
        body?: string;
        /**
         * The type of content contained in this custom page.
         *
         * Default: "markdown"
         */
        type?: 'markdown' | 'html';
    };
    metadata?: {
        description?: string;
        image?: {
            uri?: string;
            /**
             * Format: uri
             */
            url?: string;
        };
        keywords?: string;
        title?: string;
    };
    privacy?: {
        /**
         * The visibility of this custom page.
         *
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    slug?: string;
    title: string;
};
/**
 * Create a custom page
 */
export type CreateCustomPageResponse = {
    data: {
        appearance: {
            /**
             * Whether a html custom page is fullscreen or not.
             *
             * Default: false
             */
            fullscreen?: boolean;
        };
        content: {
            body: string;
            /**
             * The type of content contained in this custom page.
             *
             * Default: "markdown"
             */
            type?: 'markdown' | 'html';
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your custom page metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this custom page.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the custom page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `createCustomPage`, by status: narrowing on `status` narrows `body`. */
export type CreateCustomPageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/custom_pages/{slug}
 */
export type GetCustomPageParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Get a custom page
 */
export type GetCustomPageRequestBody = never;
/**
 * Get a custom page
 */
export type GetCustomPageResponse = {
    data: {
        appearance: {
            /**
             * Whether a html custom page is fullscreen or not.
             *
             * Default: false
             */
            fullscreen?: boolean;
        };
        content: {
            body: string;
            /**
             * The type of content contained in this custom page.
             *
             * Default: "markdown"
             */
            type?: 'markdown' | 'html';
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your custom page metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this custom page.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the custom page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `getCustomPage`, by status: narrowing on `status` narrows `body`. */
export type GetCustomPageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/custom_pages/{slug}
 */
export type DeleteCustomPageParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Delete a custom page
 */
export type DeleteCustomPageRequestBody = never;
/**
 * Delete a custom page
 */
export type DeleteCustomPageResponse = undefined;
/** The declared error responses of `deleteCustomPage`, by status: narrowing on `status` narrows `body`. */
export type DeleteCustomPageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}/custom_pages/{slug}
 */
export type UpdateCustomPageParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Update a custom page
 */
export type UpdateCustomPageRequestBody = {
    appearance?: {
        /**
         * Whether a html custom page is fullscreen or not.
         *
         * Default: false
         */
        fullscreen?: boolean;
    };
    content?: {
        body?: string;
        /**
         * The type of content contained in this custom page.
         *
         * Default: "markdown"
         */
        type?: 'markdown' | 'html';
    };
    metadata?: {
        description?: string;
        image?: {
            uri?: string;
            /**
             * Format: uri
             */
            url?: string;
        };
        keywords?: string;
        title?: string;
    };
    privacy?: {
        /**
         * The visibility of this custom page.
         *
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    slug?: string;
    title?: string;
};
/**
 * Update a custom page
 */
export type UpdateCustomPageResponse = {
    data: {
        appearance: {
            /**
             * Whether a html custom page is fullscreen or not.
             *
             * Default: false
             */
            fullscreen?: boolean;
        };
        content: {
            body: string;
            /**
             * The type of content contained in this custom page.
             *
             * Default: "markdown"
             */
            type?: 'markdown' | 'html';
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your custom page metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this custom page.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the custom page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `updateCustomPage`, by status: narrowing on `status` narrows `body`. */
export type UpdateCustomPageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/guides
 */
export type CreateGuideParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create a guides page
 */
export type CreateGuideRequestBody = {
    /**
     * Allow indexing by robots.
     *
     * Default: "enabled"
     */
    allow_crawlers?: 'enabled' | 'disabled';
    appearance?: {
        icon?: {
            name?: string;
            type?: 'icon' | 'emoji';
        };
    };
    category: {
        /**
         * A URI to the category resource.
         */
        uri: string;
    };
    content?: {
        body?: string;
        excerpt?: string;
        /**
         * Information about where this page should redirect to; only available when `type` is `link`.
         */
        link?: {
            url?: string;
            new_tab?: boolean;
        };
        next?: {
            description?: string;
            pages?: ({
                slug: string;
                title: string;
                type: 'basic' | 'endpoint';
            } | {
                title: string;
                type: 'link';
                url: string;
            })[];
        };
    };
    metadata?: {
        description?: string;
        keywords?: string;
        title?: string;
        image?: {
            uri?: string;
        };
    };
    parent?: {
        uri?: string;
    };
    privacy?: {
        /**
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    /**
     * The accessible URL slug for the page.
     */
    slug?: string;
    /**
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
    title: string;
    /**
     * Default: "basic"
     */
    type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
    position?: number;
};
/**
 * Create a guides page
 */
export type CreateGuideResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `createGuide`, by status: narrowing on `status` narrows `body`. */
export type CreateGuideError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/guides/{slug}
 */
export type GetGuideParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Get a guides page
 */
export type GetGuideRequestBody = never;
/**
 * Get a guides page
 */
export type GetGuideResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `getGuide`, by status: narrowing on `status` narrows `body`. */
export type GetGuideError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/guides/{slug}
 */
export type DeleteGuideParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Delete a guides page
 */
export type DeleteGuideRequestBody = never;
/**
 * Delete a guides page
 */
export type DeleteGuideResponse = undefined;
/** The declared error responses of `deleteGuide`, by status: narrowing on `status` narrows `body`. */
export type DeleteGuideError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}/guides/{slug}
 */
export type UpdateGuideParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Update a guides page
 */
export type UpdateGuideRequestBody = {
    /**
     * Allow indexing by robots.
     *
     * Default: "enabled"
     */
    allow_crawlers?: 'enabled' | 'disabled';
    appearance?: {
        icon?: {
            name?: string;
            type?: 'icon' | 'emoji';
        };
    };
    category?: {
        /**
         * A URI to the category resource.
         */
        uri?: string;
    };
    content?: {
        body?: string;
        excerpt?: string;
        /**
         * Information about where this page should redirect to; only available when `type` is `link`.
         */
        link?: {
            url?: string;
            new_tab?: boolean;
        };
        next?: {
            description?: string;
            pages?: ({
                slug: string;
                title: string;
                type: 'basic' | 'endpoint';
            } | {
                title: string;
                type: 'link';
                url: string;
            })[];
        };
    };
    metadata?: {
        description?: string;
        keywords?: string;
        title?: string;
        image?: {
            uri?: string;
        };
    };
    parent?: {
        uri?: string;
    };
    privacy?: {
        /**
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    /**
     * The accessible URL slug for the page.
     */
    slug?: string;
    /**
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
    title?: string;
    /**
     * Default: "basic"
     */
    type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
    position?: number;
};
/**
 * Update a guides page
 */
export type UpdateGuideResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `updateGuide`, by status: narrowing on `status` narrows `body`. */
export type UpdateGuideError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/recipes
 */
export type GetRecipesParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Get all recipes
 */
export type GetRecipesRequestBody = never;
/**
 * Get all recipes
 */
export type GetRecipesResponse = {
    total: number;
    data: {
        appearance: {
            /**
             * The color of the recipe card.
             *
             * Default: "#000000"
             */
            background_color?: string;
            /**
             * The Unicode emoji to be displayed within the recipe card.
             */
            emoji: string;
        };
        connections: {
            /**
             * A collection of API reference pages that this recipe will be displayed on.
             */
            references: {
                /**
                 * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
                 */
                uri: string;
            }[];
        };
        content: {
            steps: {
                /**
                 * Title of the step.
                 */
                title: string;
                /**
                 * Content of the step.
                 */
                body: string;
                /**
                 * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
                 */
                line_numbers: string[];
            }[];
            snippet: {
                /**
                 * Array of code snippets to display in the recipe.
                 */
                code_options: {
                    /**
                     * Code to display for the specific language.
                     */
                    code: string;
                    /**
                     * Language of the code snippet.
                     */
                    language: string;
                    /**
                     * Name of the code snippet.
                     */
                    name?: string;
                    /**
                     * Actual syntax highlighter to use on the code snippet.
                     */
                    highlighted_syntax?: string;
                }[];
            };
            /**
             * Example response to display in the recipe.
             */
            response: string;
        };
        description: string;
        privacy: {
            /**
             * Who can view the recipe.
             */
            view: 'public' | 'anyone_with_link';
        };
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        slug: string;
        uri: string;
    }[];
};
/** The declared error responses of `getRecipes`, by status: narrowing on `status` narrows `body`. */
export type GetRecipesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/recipes
 */
export type CreateRecipeParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create a recipe
 */
export type CreateRecipeRequestBody = {
    appearance?: {
        /**
         * The color of the recipe card.
         *
         * Default: "#000000"
         */
        background_color?: string;
        emoji?: string;
    };
    connections?: {
        references?: {
            /**
             * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
             */
            uri?: string;
        }[];
    };
    content: {
        steps?: {
            /**
             * Title of the step.
             */
            title?: string;
            body?: string;
            /**
             * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
             */
            line_numbers?: string[];
        }[];
        snippet?: {
            /**
             * Array of code snippets to display in the recipe.
             */
            code_options?: {
                code?: string;
                /**
                 * Language of the code snippet.
                 */
                language?: string;
                name?: string;
                highlighted_syntax?: string;
            }[];
        };
        response?: string;
    };
    description: string;
    privacy?: {
        /**
         * Who can view the recipe.
         */
        view?: 'public' | 'anyone_with_link';
    };
    title: string;
};
/**
 * Create a recipe
 */
export type CreateRecipeResponse = {
    data: {
        appearance: {
            /**
             * The color of the recipe card.
             *
             * Default: "#000000"
             */
            background_color?: string;
            /**
             * The Unicode emoji to be displayed within the recipe card.
             */
            emoji: string;
        };
        connections: {
            /**
             * A collection of API reference pages that this recipe will be displayed on.
             */
            references: {
                /**
                 * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
                 */
                uri: string;
            }[];
        };
        content: {
            steps: {
                /**
                 * Title of the step.
                 */
                title: string;
                /**
                 * Content of the step.
                 */
                body: string;
                /**
                 * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
                 */
                line_numbers: string[];
            }[];
            snippet: {
                /**
                 * Array of code snippets to display in the recipe.
                 */
                code_options: {
                    /**
                     * Code to display for the specific language.
                     */
                    code: string;
                    /**
                     * Language of the code snippet.
                     */
                    language: string;
                    /**
                     * Name of the code snippet.
                     */
                    name?: string;
                    /**
                     * Actual syntax highlighter to use on the code snippet.
                     */
                    highlighted_syntax?: string;
                }[];
            };
            /**
             * Example response to display in the recipe.
             */
            response: string;
        };
        description: string;
        privacy: {
            /**
             * Who can view the recipe.
             */
            view: 'public' | 'anyone_with_link';
        };
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        slug: string;
        uri: string;
    };
};
/** The declared error responses of `createRecipe`, by status: narrowing on `status` narrows `body`. */
export type CreateRecipeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/recipes/{slug}
 */
export type GetRecipeParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Get a recipe
 */
export type GetRecipeRequestBody = never;
/**
 * Get a recipe
 */
export type GetRecipeResponse = {
    data: {
        appearance: {
            /**
             * The color of the recipe card.
             *
             * Default: "#000000"
             */
            background_color?: string;
            /**
             * The Unicode emoji to be displayed within the recipe card.
             */
            emoji: string;
        };
        connections: {
            /**
             * A collection of API reference pages that this recipe will be displayed on.
             */
            references: {
                /**
                 * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
                 */
                uri: string;
            }[];
        };
        content: {
            steps: {
                /**
                 * Title of the step.
                 */
                title: string;
                /**
                 * Content of the step.
                 */
                body: string;
                /**
                 * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
                 */
                line_numbers: string[];
            }[];
            snippet: {
                /**
                 * Array of code snippets to display in the recipe.
                 */
                code_options: {
                    /**
                     * Code to display for the specific language.
                     */
                    code: string;
                    /**
                     * Language of the code snippet.
                     */
                    language: string;
                    /**
                     * Name of the code snippet.
                     */
                    name?: string;
                    /**
                     * Actual syntax highlighter to use on the code snippet.
                     */
                    highlighted_syntax?: string;
                }[];
            };
            /**
             * Example response to display in the recipe.
             */
            response: string;
        };
        description: string;
        privacy: {
            /**
             * Who can view the recipe.
             */
            view: 'public' | 'anyone_with_link';
        };
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        slug: string;
        uri: string;
    };
};
/** The declared error responses of `getRecipe`, by status: narrowing on `status` narrows `body`. */
export type GetRecipeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/recipes/{slug}
 */
export type DeleteRecipeParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Delete a recipe
 */
export type DeleteRecipeRequestBody = never;
/**
 * Delete a recipe
 */
export type DeleteRecipeResponse = undefined;
/** The declared error responses of `deleteRecipe`, by status: narrowing on `status` narrows `body`. */
export type DeleteRecipeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}/recipes/{slug}
 */
export type UpdateRecipeParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Update an existing recipe
 */
export type UpdateRecipeRequestBody = {
    appearance?: {
        /**
         * The color of the recipe card.
         *
         * Default: "#000000"
         */
        background_color?: string;
        emoji?: string;
    };
    connections?: {
        references?: {
            /**
             * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
             */
            uri?: string;
        }[];
    };
    content?: {
        steps?: {
            /**
             * Title of the step.
             */
            title?: string;
            body?: string;
            /**
             * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
             */
            line_numbers?: string[];
        }[];
        snippet?: {
            /**
             * Array of code snippets to display in the recipe.
             */
            code_options?: {
                code?: string;
                /**
                 * Language of the code snippet.
                 */
                language?: string;
                name?: string;
                highlighted_syntax?: string;
            }[];
        };
        response?: string;
    };
    description?: string;
    privacy?: {
        /**
         * Who can view the recipe.
         */
        view?: 'public' | 'anyone_with_link';
    };
    title?: string;
    /**
     * The position where this recipe should be displayed on your recipe landing page.
     */
    position?: number;
};
/**
 * Update an existing recipe
 */
export type UpdateRecipeResponse = {
    data: {
        appearance: {
            /**
             * The color of the recipe card.
             *
             * Default: "#000000"
             */
            background_color?: string;
            /**
             * The Unicode emoji to be displayed within the recipe card.
             */
            emoji: string;
        };
        connections: {
            /**
             * A collection of API reference pages that this recipe will be displayed on.
             */
            references: {
                /**
                 * URI of the API reference page that this recipe will be connected to. The API reference and recipe must exist within the same version.
                 */
                uri: string;
            }[];
        };
        content: {
            steps: {
                /**
                 * Title of the step.
                 */
                title: string;
                /**
                 * Content of the step.
                 */
                body: string;
                /**
                 * Line numbers to highlight in the code snippet. (e.g. `["1-5", "10"]).
                 */
                line_numbers: string[];
            }[];
            snippet: {
                /**
                 * Array of code snippets to display in the recipe.
                 */
                code_options: {
                    /**
                     * Code to display for the specific language.
                     */
                    code: string;
                    /**
                     * Language of the code snippet.
                     */
                    language: string;
                    /**
                     * Name of the code snippet.
                     */
                    name?: string;
                    /**
                     * Actual syntax highlighter to use on the code snippet.
                     */
                    highlighted_syntax?: string;
                }[];
            };
            /**
             * Example response to display in the recipe.
             */
            response: string;
        };
        description: string;
        privacy: {
            /**
             * Who can view the recipe.
             */
            view: 'public' | 'anyone_with_link';
        };
        title: string;
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        slug: string;
        uri: string;
    };
};
/** The declared error responses of `updateRecipe`, by status: narrowing on `status` narrows `body`. */
export type UpdateRecipeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /branches/{branch}/reference
 */
export type CreateReferenceParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
    };
};
/**
 * Create a reference page
 */
export type CreateReferenceRequestBody = {
    /**
     * Allow indexing by robots.
     *
     * Default: "enabled"
     */
    allow_crawlers?: 'enabled' | 'disabled';
    appearance?: {
        icon?: {
            name?: string;
            type?: 'icon' | 'emoji';
        };
    };
    category: {
        /**
         * A URI to the category resource.
         */
        uri: string;
    };
    content?: {
        body?: string;
        excerpt?: string;
        /**
         * Information about where this page should redirect to; only available when `type` is `link`.
         */
        link?: {
            url?: string;
            new_tab?: boolean;
        };
        next?: {
            description?: string;
            pages?: ({
                slug: string;
                title: string;
                type: 'basic' | 'endpoint';
            } | {
                title: string;
                type: 'link';
                url: string;
            })[];
        };
    };
    metadata?: {
        description?: string;
        keywords?: string;
        title?: string;
        image?: {
            uri?: string;
        };
    };
    parent?: {
        uri?: string;
    };
    privacy?: {
        /**
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    /**
     * The accessible URL slug for the page.
     */
    slug?: string;
    /**
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
    title: string;
    /**
     * Default: "basic"
     */
    type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
    connections?: {
        recipes?: {
            /**
             * URI of the recipe that this API reference is connected to. The recipe and API reference must exist within the same version.
             */
            uri?: string;
        }[];
    };
    position?: number;
    api_config?: 'authentication' | 'getting-started' | 'my-requests';
    api?: {
        /**
         * The endpoint HTTP method.
         */
        method?: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
        /**
         * The endpoint path.
         */
        path?: string;
        schema?: unknown;
        /**
         * OpenAPI features that are utilized within this API operation.
         */
        stats?: {
            /**
             * This API operation uses `additionalProperties` for handling extra schema properties.
             *
             * Default: false
             */
            additional_properties?: boolean;
            /**
             * This API operation has `callbacks` documented.
             *
             * Default: false
             */
            callbacks?: boolean;
            /**
             * This API operation contains `$ref` schema pointers that resolve to itself.
             *
             * Default: false
             */
            circular_references?: boolean;
            /**
             * This API operation utilizes common parameters set at the path level.
             *
             * Default: false
             */
            common_parameters?: boolean;
            /**
             * This API operation utilizes `discriminator` for discriminating between different parts in a polymorphic schema.
             *
             * Default: false
             */
            discriminators?: boolean;
            /**
             * This API operation has `links` documented.
             *
             * Default: false
             */
            links?: boolean;
            /**
             * This API operation contains polymorphic schemas.
             *
             * Default: false
             */
            polymorphism?: boolean;
            /**
             * This API operation, after being dereferenced, has `x-readme-ref-name` entries defining what the original `$ref` schema pointers were named.
             *
             * Default: false
             */
            references?: boolean;
            /**
             * This API operation has composable variables configured for its server definition.
             *
             * Default: false
             */
            server_variables?: boolean;
            /**
             * This API operation has parameters that have specific `style` serializations.
             *
             * Default: false
             */
            style?: boolean;
            /**
             * This API definition has `webhooks` documented.
             *
             * Default: false
             */
            webhooks?: boolean;
            /**
             * This API operation has request bodies that accept XML.
             *
             * Default: false
             */
            xml_requests?: boolean;
            /**
             * This API operation has response payloads that return XML.
             *
             * Default: false
             */
            xml_responses?: boolean;
            /**
             * This API operation has parameters or schemas that can serialize to XML.
             *
             * Default: false
             */
            xml_schemas?: boolean;
        };
        source?: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
        uri?: string;
    };
};
/**
 * Create a reference page
 */
export type CreateReferenceResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        api_config: 'authentication' | 'getting-started' | 'my-requests';
        /**
         * Information about the API that this reference page is attached to.
         */
        api: {
            /**
             * The endpoint HTTP method.
             */
            method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
            /**
             * The endpoint path.
             */
            path: string;
            /**
             * The API schema for this reference endpoint. This schema may be a reduced (i.e., only contains the necessary information for this endpoint) and/or dereferenced version of the full API definition, depending upon the query parameters used for this request.
             */
            schema?: unknown;
            /**
             * OpenAPI features that are utilized within this API operation.
             */
            stats: {
                /**
                 * This API operation uses `additionalProperties` for handling extra schema properties.
                 *
                 * Default: false
                 */
                additional_properties?: boolean;
                /**
                 * This API operation has `callbacks` documented.
                 *
                 * Default: false
                 */
                callbacks?: boolean;
                /**
                 * This API operation contains `$ref` schema pointers that resolve to itself.
                 *
                 * Default: false
                 */
                circular_references?: boolean;
                /**
                 * This API operation utilizes common parameters set at the path level.
                 *
                 * Default: false
                 */
                common_parameters?: boolean;
                /**
                 * This API operation utilizes `discriminator` for discriminating between different parts in a polymorphic schema.
                 *
                 * Default: false
                 */
                discriminators?: boolean;
                /**
                 * This API operation has `links` documented.
                 *
                 * Default: false
                 */
                links?: boolean;
                /**
                 * This API operation contains polymorphic schemas.
                 *
                 * Default: false
                 */
                polymorphism?: boolean;
                /**
                 * This API operation, after being dereferenced, has `x-readme-ref-name` entries defining what the original `$ref` schema pointers were named.
                 *
                 * Default: false
                 */
                references?: boolean;
                /**
                 * This API operation has composable variables configured for its server definition.
                 *
                 * Default: false
                 */
                server_variables?: boolean;
                /**
                 * This API operation has parameters that have specific `style` serializations.
                 *
                 * Default: false
                 */
                style?: boolean;
                /**
                 * This API definition has `webhooks` documented.
                 *
                 * Default: false
                 */
                webhooks?: boolean;
                /**
                 * This API operation has request bodies that accept XML.
                 *
                 * Default: false
                 */
                xml_requests?: boolean;
                /**
                 * This API operation has response payloads that return XML.
                 *
                 * Default: false
                 */
                xml_responses?: boolean;
                /**
                 * This API operation has parameters or schemas that can serialize to XML.
                 *
                 * Default: false
                 */
                xml_schemas?: boolean;
            };
            /**
             * The source by which this API definition was ingested.
             */
            source: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
            /**
             * A URI to the API resource.
             */
            uri: string;
        };
        connections: {
            /**
             * A collection of recipes that are displayed on this API reference.
             */
            recipes: {
                /**
                 * URI of the recipe that this API reference is connected to. The recipe and API reference must exist within the same version.
                 */
                uri: string;
            }[];
        };
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `createReference`, by status: narrowing on `status` narrows `body`. */
export type CreateReferenceError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /branches/{branch}/reference/{slug}
 */
export type GetReferenceParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
    query?: {
        /**
         * Whether or not to dereference the attached API definition. Defaults to `false` if not specified (subject to change while API v2 is still in beta).
         */
        dereference?: 'true' | 'false';
        /**
         * Whether or not to reduce the attached API definition. Defaults to `true` if not specified (subject to change while API v2 is still in beta).
         */
        reduce?: 'true' | 'false';
    };
};
/**
 * Get a reference page
 */
export type GetReferenceRequestBody = never;
/**
 * Get a reference page
 */
export type GetReferenceResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        api_config: 'authentication' | 'getting-started' | 'my-requests';
        /**
         * Information about the API that this reference page is attached to.
         */
        api: {
            /**
             * The endpoint HTTP method.
             */
            method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
            /**
             * The endpoint path.
             */
            path: string;
            /**
             * The API schema for this reference endpoint. This schema may be a reduced (i.e., only contains the necessary information for this endpoint) and/or dereferenced version of the full API definition, depending upon the query parameters used for this request.
             */
            schema?: unknown;
            /**
             * OpenAPI features that are utilized within this API operation.
             */
            stats: {
                /**
                 * This API operation uses `additionalProperties` for handling extra schema properties.
                 *
                 * Default: false
                 */
                additional_properties?: boolean;
                /**
                 * This API operation has `callbacks` documented.
                 *
                 * Default: false
                 */
                callbacks?: boolean;
                /**
                 * This API operation contains `$ref` schema pointers that resolve to itself.
                 *
                 * Default: false
                 */
                circular_references?: boolean;
                /**
                 * This API operation utilizes common parameters set at the path level.
                 *
                 * Default: false
                 */
                common_parameters?: boolean;
                /**
                 * This API operation utilizes `discriminator` for discriminating between different parts in a polymorphic schema.
                 *
                 * Default: false
                 */
                discriminators?: boolean;
                /**
                 * This API operation has `links` documented.
                 *
                 * Default: false
                 */
                links?: boolean;
                /**
                 * This API operation contains polymorphic schemas.
                 *
                 * Default: false
                 */
                polymorphism?: boolean;
                /**
                 * This API operation, after being dereferenced, has `x-readme-ref-name` entries defining what the original `$ref` schema pointers were named.
                 *
                 * Default: false
                 */
                references?: boolean;
                /**
                 * This API operation has composable variables configured for its server definition.
                 *
                 * Default: false
                 */
                server_variables?: boolean;
                /**
                 * This API operation has parameters that have specific `style` serializations.
                 *
                 * Default: false
                 */
                style?: boolean;
                /**
                 * This API definition has `webhooks` documented.
                 *
                 * Default: false
                 */
                webhooks?: boolean;
                /**
                 * This API operation has request bodies that accept XML.
                 *
                 * Default: false
                 */
                xml_requests?: boolean;
                /**
                 * This API operation has response payloads that return XML.
                 *
                 * Default: false
                 */
                xml_responses?: boolean;
                /**
                 * This API operation has parameters or schemas that can serialize to XML.
                 *
                 * Default: false
                 */
                xml_schemas?: boolean;
            };
            /**
             * The source by which this API definition was ingested.
             */
            source: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
            /**
             * A URI to the API resource.
             */
            uri: string;
        };
        connections: {
            /**
             * A collection of recipes that are displayed on this API reference.
             */
            recipes: {
                /**
                 * URI of the recipe that this API reference is connected to. The recipe and API reference must exist within the same version.
                 */
                uri: string;
            }[];
        };
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `getReference`, by status: narrowing on `status` narrows `body`. */
export type GetReferenceError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /branches/{branch}/reference/{slug}
 */
export type DeleteReferenceParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Delete a reference page
 */
export type DeleteReferenceRequestBody = never;
/**
 * Delete a reference page
 */
export type DeleteReferenceResponse = undefined;
/** The declared error responses of `deleteReference`, by status: narrowing on `status` narrows `body`. */
export type DeleteReferenceError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /branches/{branch}/reference/{slug}
 */
export type UpdateReferenceParameters = {
    path: {
        /**
         * Project version number, `stable` for your project's stable version, or a valid branch name.
         */
        branch: string;
        /**
         * A URL-safe representation of the resource.
         */
        slug: string;
    };
};
/**
 * Update a reference page
 */
export type UpdateReferenceRequestBody = {
    /**
     * Allow indexing by robots.
     *
     * Default: "enabled"
     */
    allow_crawlers?: 'enabled' | 'disabled';
    appearance?: {
        icon?: {
            name?: string;
            type?: 'icon' | 'emoji';
        };
    };
    category?: {
        /**
         * A URI to the category resource.
         */
        uri?: string;
    };
    content?: {
        body?: string;
        excerpt?: string;
        /**
         * Information about where this page should redirect to; only available when `type` is `link`.
         */
        link?: {
            url?: string;
            new_tab?: boolean;
        };
        next?: {
            description?: string;
            pages?: ({
                slug: string;
                title: string;
                type: 'basic' | 'endpoint';
            } | {
                title: string;
                type: 'link';
                url: string;
            })[];
        };
    };
    metadata?: {
        description?: string;
        keywords?: string;
        title?: string;
        image?: {
            uri?: string;
        };
    };
    parent?: {
        uri?: string;
    };
    privacy?: {
        /**
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    /**
     * The accessible URL slug for the page.
     */
    slug?: string;
    /**
     * Default: "current"
     */
    state?: 'current' | 'deprecated';
    title?: string;
    /**
     * Default: "basic"
     */
    type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
    connections?: {
        recipes?: {
            /**
             * URI of the recipe that this API reference is connected to. The recipe and API reference must exist within the same version.
             */
            uri?: string;
        }[];
    };
    /**
     * Information about the API that this reference page is attached to. If you wish to detach this page from an API definition, making it a stand page, set `api.uri` to `null`.
     */
    api?: {
        /**
         * The endpoint HTTP method.
         */
        method?: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
        /**
         * The endpoint path.
         */
        path?: string;
        schema?: unknown;
        /**
         * OpenAPI features that are utilized within this API operation.
         */
        stats?: {
            /**
             * This API operation uses `additionalProperties` for handling extra schema properties.
             *
             * Default: false
             */
            additional_properties?: boolean;
            /**
             * This API operation has `callbacks` documented.
             *
             * Default: false
             */
            callbacks?: boolean;
            /**
             * This API operation contains `$ref` schema pointers that resolve to itself.
             *
             * Default: false
             */
            circular_references?: boolean;
            /**
             * This API operation utilizes common parameters set at the path level.
             *
             * Default: false
             */
            common_parameters?: boolean;
            /**
             * This API operation utilizes `discriminator` for discriminating between different parts in a polymorphic schema.
             *
             * Default: false
             */
            discriminators?: boolean;
            /**
             * This API operation has `links` documented.
             *
             * Default: false
             */
            links?: boolean;
            /**
             * This API operation contains polymorphic schemas.
             *
             * Default: false
             */
            polymorphism?: boolean;
            /**
             * This API operation, after being dereferenced, has `x-readme-ref-name` entries defining what the original `$ref` schema pointers were named.
             *
             * Default: false
             */
            references?: boolean;
            /**
             * This API operation has composable variables configured for its server definition.
             *
             * Default: false
             */
            server_variables?: boolean;
            /**
             * This API operation has parameters that have specific `style` serializations.
             *
             * Default: false
             */
            style?: boolean;
            /**
             * This API definition has `webhooks` documented.
             *
             * Default: false
             */
            webhooks?: boolean;
            /**
             * This API operation has request bodies that accept XML.
             *
             * Default: false
             */
            xml_requests?: boolean;
            /**
             * This API operation has response payloads that return XML.
             *
             * Default: false
             */
            xml_responses?: boolean;
            /**
             * This API operation has parameters or schemas that can serialize to XML.
             *
             * Default: false
             */
            xml_schemas?: boolean;
        };
        source?: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
        uri?: string;
    };
    position?: number;
};
/**
 * Update a reference page
 */
export type UpdateReferenceResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        appearance: {
            icon: {
                name: string;
                type: 'icon' | 'emoji';
            };
        };
        category: {
            /**
             * A URI to the category resource.
             */
            uri: string;
        };
        content: {
            body: string;
            excerpt: string;
            /**
             * Information about where this page should redirect to; only available when `type` is `link`.
             */
            link: {
                url: string;
                /**
                 * Should this URL be opened up in a new tab?
                 */
                new_tab: boolean;
            };
            next: {
                description: string;
                pages: ({
                    slug: string;
                    title: string;
                    type: 'basic' | 'endpoint';
                } | {
                    title: string;
                    type: 'link';
                    url: string;
                })[];
            };
        };
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your page metadata.
             */
            keywords: string;
            title: string;
        };
        parent: {
            /**
             * A URI to the parent page resource including the page ID or slug.
             */
            uri: string;
        };
        privacy: {
            /**
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        /**
         * The accessible URL slug for the page.
         */
        slug: string;
        /**
         * Default: "current"
         */
        state?: 'current' | 'deprecated';
        title: string;
        /**
         * Default: "basic"
         */
        type?: 'api_config' | 'basic' | 'endpoint' | 'link' | 'webhook';
        api_config: 'authentication' | 'getting-started' | 'my-requests';
        /**
         * Information about the API that this reference page is attached to.
         */
        api: {
            /**
             * The endpoint HTTP method.
             */
            method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
            /**
             * The endpoint path.
             */
            path: string;
            /**
             * The API schema for this reference endpoint. This schema may be a reduced (i.e., only contains the necessary information for this endpoint) and/or dereferenced version of the full API definition, depending upon the query parameters used for this request.
             */
            schema?: unknown;
            /**
             * OpenAPI features that are utilized within this API operation.
             */
            stats: {
                /**
                 * This API operation uses `additionalProperties` for handling extra schema properties.
                 *
                 * Default: false
                 */
                additional_properties?: boolean;
                /**
                 * This API operation has `callbacks` documented.
                 *
                 * Default: false
                 */
                callbacks?: boolean;
                /**
                 * This API operation contains `$ref` schema pointers that resolve to itself.
                 *
                 * Default: false
                 */
                circular_references?: boolean;
                /**
                 * This API operation utilizes common parameters set at the path level.
                 *
                 * Default: false
                 */
                common_parameters?: boolean;
                /**
                 * This API operation utilizes `discriminator` for discriminating between different parts in a polymorphic schema.
                 *
                 * Default: false
                 */
                discriminators?: boolean;
                /**
                 * This API operation has `links` documented.
                 *
                 * Default: false
                 */
                links?: boolean;
                /**
                 * This API operation contains polymorphic schemas.
                 *
                 * Default: false
                 */
                polymorphism?: boolean;
                /**
                 * This API operation, after being dereferenced, has `x-readme-ref-name` entries defining what the original `$ref` schema pointers were named.
                 *
                 * Default: false
                 */
                references?: boolean;
                /**
                 * This API operation has composable variables configured for its server definition.
                 *
                 * Default: false
                 */
                server_variables?: boolean;
                /**
                 * This API operation has parameters that have specific `style` serializations.
                 *
                 * Default: false
                 */
                style?: boolean;
                /**
                 * This API definition has `webhooks` documented.
                 *
                 * Default: false
                 */
                webhooks?: boolean;
                /**
                 * This API operation has request bodies that accept XML.
                 *
                 * Default: false
                 */
                xml_requests?: boolean;
                /**
                 * This API operation has response payloads that return XML.
                 *
                 * Default: false
                 */
                xml_responses?: boolean;
                /**
                 * This API operation has parameters or schemas that can serialize to XML.
                 *
                 * Default: false
                 */
                xml_schemas?: boolean;
            };
            /**
             * The source by which this API definition was ingested.
             */
            source: 'api' | 'apidesigner' | 'apieditor' | 'bidi' | 'form' | 'postman' | 'rdme' | 'rdme_github' | 'url';
            /**
             * A URI to the API resource.
             */
            uri: string;
        };
        connections: {
            /**
             * A collection of recipes that are displayed on this API reference.
             */
            recipes: {
                /**
                 * URI of the recipe that this API reference is connected to. The recipe and API reference must exist within the same version.
                 */
                uri: string;
            }[];
        };
        href: {
            /**
             * A URL to this page in your ReadMe Dash.
             *
             * Format: uri
             */
            dash: string;
            /**
             * A URL to this page on your ReadMe hub.
             *
             * Format: uri
             */
            hub: string;
        };
        links: {
            /**
             * A URI to the project resource.
             */
            project: string;
        };
        project: {
            /**
             * The name of the project.
             */
            name: string;
            /**
             * The subdomain of the project.
             */
            subdomain: string;
            /**
             * A URI to the project that this page belongs to.
             */
            uri: string;
        };
        renderable: {
            /**
             * A flag for if the resource is renderable or not.
             *
             * Default: true
             */
            status?: boolean;
            /**
             * The rendering error.
             */
            error?: string;
            /**
             * Additional details about the rendering error.
             */
            message?: string;
        };
        /**
         * An ISO 8601 formatted date for when the page was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        /**
         * A URI to the page resource.
         */
        uri: string;
    };
};
/** The declared error responses of `updateReference`, by status: narrowing on `status` narrows `body`. */
export type UpdateReferenceError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /changelogs
 */
export type GetChangelogsParameters = {
    query?: {
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        per_page?: number;
        /**
         * The visibility setting (`privacy.view`) for the changelog entries you wish to retrieve. Defaults to `all`.
         */
        visibility?: 'public' | 'anyone_with_link' | 'all';
    };
};
/**
 * Get all changelog entries
 */
export type GetChangelogsRequestBody = never;
/**
 * Get all changelog entries
 */
export type GetChangelogsResponse = {
    total: number;
    page: number;
    per_page: number;
    paging: {
        next: string;
        previous: string;
        first: string;
        last: string;
    };
    data: {
        author: {
            /**
             * User ID of the changelog author.
             */
            id: string;
            /**
             * Full name of the user who created the changelog.
             */
            name: string;
        };
        content: {
            body: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was created.
         *
         * Format: date-time
         */
        created_at: string;
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your changelog metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this changelog.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        /**
         * The type of changelog that this is.
         *
         * Default: "none"
         */
        type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
        links: {
            /**
             * A URI to the project that this changelog belongs to.
             */
            project: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    }[];
};
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
 * Create a changelog entry
 */
export type CreateChangelogRequestBody = {
    author?: {
        id?: string;
    };
    content?: {
        body?: string;
    };
    /**
     * An ISO 8601 formatted date for when the changelog was created.
     *
     * Format: date-time
     */
    created_at?: string;
    metadata?: {
        description?: string;
        image?: {
            uri?: string;
            /**
             * Format: uri
             */
            url?: string;
        };
        keywords?: string;
        title?: string;
    };
    privacy?: {
        /**
         * The visibility of this changelog.
         *
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    slug?: string;
    title: string;
    /**
     * The type of changelog that this is.
     *
     * Default: "none"
     */
    type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
};
/**
 * Create a changelog entry
 */
export type CreateChangelogResponse = {
    data: {
        author: {
            /**
             * User ID of the changelog author.
             */
            id: string;
            /**
             * Full name of the user who created the changelog.
             */
            name: string;
        };
        content: {
            body: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was created.
         *
         * Format: date-time
         */
        created_at: string;
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your changelog metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this changelog.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        /**
         * The type of changelog that this is.
         *
         * Default: "none"
         */
        type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
        links: {
            /**
             * A URI to the project that this changelog belongs to.
             */
            project: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `createChangelog`, by status: narrowing on `status` narrows `body`. */
export type CreateChangelogError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /changelogs/{identifier}
 */
export type GetChangelogParameters = {
    path: {
        /**
         * The unique identifier for the resource.
         */
        identifier: string;
    };
};
/**
 * Get a changelog entry
 */
export type GetChangelogRequestBody = never;
/**
 * Get a changelog entry
 */
export type GetChangelogResponse = {
    data: {
        author: {
            /**
             * User ID of the changelog author.
             */
            id: string;
            /**
             * Full name of the user who created the changelog.
             */
            name: string;
        };
        content: {
            body: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was created.
         *
         * Format: date-time
         */
        created_at: string;
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your changelog metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this changelog.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        /**
         * The type of changelog that this is.
         *
         * Default: "none"
         */
        type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
        links: {
            /**
             * A URI to the project that this changelog belongs to.
             */
            project: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `getChangelog`, by status: narrowing on `status` narrows `body`. */
export type GetChangelogError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /changelogs/{identifier}
 */
export type DeleteChangelogParameters = {
    path: {
        /**
         * The unique identifier for the resource.
         */
        identifier: string;
    };
};
/**
 * Delete a changelog entry
 */
export type DeleteChangelogRequestBody = never;
/**
 * Delete a changelog entry
 */
export type DeleteChangelogResponse = undefined;
/** The declared error responses of `deleteChangelog`, by status: narrowing on `status` narrows `body`. */
export type DeleteChangelogError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /changelogs/{identifier}
 */
export type UpdateChangelogParameters = {
    path: {
        /**
         * The unique identifier for the resource.
         */
        identifier: string;
    };
};
/**
 * Update a changelog entry
 */
export type UpdateChangelogRequestBody = {
    author?: {
        id?: string;
        name?: string;
    };
    content?: {
        body?: string;
    };
    /**
     * An ISO 8601 formatted date for when the changelog was created.
     *
     * Format: date-time
     */
    created_at?: string;
    metadata?: {
        description?: string;
        image?: {
            uri?: string;
            /**
             * Format: uri
             */
            url?: string;
        };
        keywords?: string;
        title?: string;
    };
    privacy?: {
        /**
         * The visibility of this changelog.
         *
         * Default: "anyone_with_link"
         */
        view?: 'public' | 'anyone_with_link';
    };
    slug?: string;
    title?: string;
    /**
     * The type of changelog that this is.
     *
     * Default: "none"
     */
    type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
};
/**
 * Update a changelog entry
 */
export type UpdateChangelogResponse = {
    data: {
        author: {
            /**
             * User ID of the changelog author.
             */
            id: string;
            /**
             * Full name of the user who created the changelog.
             */
            name: string;
        };
        content: {
            body: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was created.
         *
         * Format: date-time
         */
        created_at: string;
        metadata: {
            description: string;
            image: {
                /**
                 * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                 */
                uri: string;
                /**
                 * Format: uri
                 */
                url: string;
            };
            /**
             * A comma-separated list of keywords to place into your changelog metadata.
             */
            keywords: string;
            title: string;
        };
        privacy: {
            /**
             * The visibility of this changelog.
             *
             * Default: "anyone_with_link"
             */
            view?: 'public' | 'anyone_with_link';
        };
        slug: string;
        title: string;
        /**
         * The type of changelog that this is.
         *
         * Default: "none"
         */
        type?: 'none' | 'added' | 'fixed' | 'improved' | 'deprecated' | 'removed';
        links: {
            /**
             * A URI to the project that this changelog belongs to.
             */
            project: string;
        };
        /**
         * An ISO 8601 formatted date for when the changelog was updated.
         *
         * Format: date-time
         */
        updated_at: string;
        uri: string;
    };
};
/** The declared error responses of `updateChangelog`, by status: narrowing on `status` narrows `body`. */
export type UpdateChangelogError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /images
 */
export type GetImagesParameters = {
    query?: {
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        per_page?: number;
    };
};
/**
 * Get uploaded images
 */
export type GetImagesRequestBody = never;
/**
 * Get uploaded images
 */
export type GetImagesResponse = {
    total: number;
    page: number;
    per_page: number;
    paging: {
        next: string;
        previous: string;
        first: string;
        last: string;
    };
    data: {
        name: string;
        /**
         * The pixel width of the image. This is not present for SVGs.
         */
        width: number;
        /**
         * The pixel height of the image. This is not present for SVGs.
         */
        height: number;
        /**
         * The primary color contained within your image.
         */
        color: string;
        links: {
            /**
             * If your image was resized upon upload this will be a URL to the original file.
             *
             * Format: uri
             */
            original_url: string;
        };
        /**
         * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
         */
        uri: string;
        /**
         * Format: uri
         */
        url: string;
    }[];
};
/** The declared error responses of `getImages`, by status: narrowing on `status` narrows `body`. */
export type GetImagesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /images
 */
export type UploadImageParameters = {
    query?: {
        /**
         * If you wish to resize this image, supply a new height in pixels. Please note that GIFs are exempt and cannot be resized.
         */
        resize_height?: string;
    };
};
/**
 * Upload an image
 */
export type UploadImageRequestBody = {
    file?: unknown;
};
/**
 * Upload an image
 */
export type UploadImageResponse = {
    data: {
        name: string;
        /**
         * The pixel width of the image. This is not present for SVGs.
         */
        width: number;
        /**
         * The pixel height of the image. This is not present for SVGs.
         */
        height: number;
        /**
         * The primary color contained within your image.
         */
        color: string;
        links: {
            /**
             * If your image was resized upon upload this will be a URL to the original file.
             *
             * Format: uri
             */
            original_url: string;
        };
        /**
         * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
         */
        uri: string;
        /**
         * Format: uri
         */
        url: string;
    };
};
/** The declared error responses of `uploadImage`, by status: narrowing on `status` narrows `body`. */
export type UploadImageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /images/{identifier}
 */
export type GetImageParameters = {
    path: {
        /**
         * A unique identifier for the image.
         */
        identifier: string;
    };
};
/**
 * Get an image
 */
export type GetImageRequestBody = never;
/**
 * Get an image
 */
export type GetImageResponse = {
    data: {
        name: string;
        /**
         * The pixel width of the image. This is not present for SVGs.
         */
        width: number;
        /**
         * The pixel height of the image. This is not present for SVGs.
         */
        height: number;
        /**
         * The primary color contained within your image.
         */
        color: string;
        links: {
            /**
             * If your image was resized upon upload this will be a URL to the original file.
             *
             * Format: uri
             */
            original_url: string;
        };
        /**
         * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
         */
        uri: string;
        /**
         * Format: uri
         */
        url: string;
    };
};
/** The declared error responses of `getImage`, by status: narrowing on `status` narrows `body`. */
export type GetImageError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /outbound_ips
 */
export type GetOutboundIPsParameters = {
    [key: string]: never;
};
/**
 * Get ReadMe's outbound IP addresses
 */
export type GetOutboundIPsRequestBody = never;
/**
 * Get ReadMe's outbound IP addresses
 */
export type GetOutboundIPsResponse = {
    data: {
        /**
         * The IP address.
         */
        ip_address: string;
    }[];
};
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
};
/**
 * Ask Owlbot AI a question
 */
export type AskOwlbotResponse = {
    data: {
        answer: string;
        sources: {
            /**
             * The page title for the given source.
             */
            title: string;
            /**
             * A link to the source.
             */
            url: string;
        }[];
    };
};
/** The declared error responses of `askOwlbot`, by status: narrowing on `status` narrows `body`. */
export type AskOwlbotError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /projects/me
 */
export type GetProjectParameters = {
    [key: string]: never;
};
/**
 * Get project metadata
 */
export type GetProjectRequestBody = never;
/**
 * Get project metadata
 */
export type GetProjectResponse = {
    data: {
        /**
         * Allow indexing by robots.
         *
         * Default: "enabled"
         */
        allow_crawlers?: 'enabled' | 'disabled';
        api_designer: {
            /**
             * API Designer is enabled for this project.
             *
             * Default: "enabled"
             */
            allow_editing?: 'enabled' | 'disabled';
        };
        appearance: {
            brand: {
                primary_color: string;
                link_color: string;
                /**
                 * Default: "light"
                 */
                theme?: 'system' | 'light' | 'dark';
            };
            changelog: {
                /**
                 * Default: "collapsed"
                 */
                layout?: 'collapsed' | 'continuous';
                /**
                 * Should the changelog author be shown?
                 *
                 * Default: true
                 */
                show_author?: boolean;
                /**
                 * Should the exact date of the changelog entry be shown, or should it be relative?
                 *
                 * Default: false
                 */
                show_exact_date?: boolean;
            };
            custom_code: {
                /**
                 * A chunk of custom CSS that you can use to override default CSS that we provide.
                 */
                css: string;
                /**
                 * A chunk of custom JS that you can use to override or add new behaviors to your documentation. Please note that we do not do any validation on the code that goes in here so you have the potential to negatively impact your users with broken code.
                 */
                js: string;
                html: {
                    /**
                     * A block of custom HTML that will be added to your `<head>` tag. Good for things like `<meta>` tags or loading external CSS.
                     */
                    header: string;
                    /**
                     * A block of custom HTML that will appear in a `<footer>` element on all of your pages
                     */
                    home_footer: string;
                    /**
                     * A block of custom HTML that will be added before the closing `</body>` tag of your pages.
                     */
                    page_footer: string;
                };
            };
            footer: {
                /**
                 * Default: "show"
                 */
                readme_logo?: 'hide' | 'show';
            };
            header: {
                /**
                 * Default: "solid"
                 */
                type?: 'solid' | 'gradient' | 'line' | 'overlay';
                gradient_color: string;
                /**
                 * The styling setting of the subnav links. This value is only used if `appearance.header.type` is `line`.
                 *
                 * Default: "buttons"
                 */
                link_style?: 'buttons' | 'tabs';
                overlay: {
                    image: {
                        name: string;
                        /**
                         * The pixel width of the image. This is not present for SVGs.
                         */
                        width: number;
                        /**
                         * The pixel height of the image. This is not present for SVGs.
                         */
                        height: number;
                        /**
                         * The primary color contained within your image.
                         */
                        color: string;
                        links: {
                            /**
                             * If your image was resized upon upload this will be a URL to the original file.
                             *
                             * Format: uri
                             */
                            original_url: string;
                        };
                        /**
                         * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                         */
                        uri: string;
                        /**
                         * Format: uri
                         */
                        url: string;
                    };
                    /**
                     * The header overlay type. This value is only used if `appearance.header.type` is `overlay`.
                     *
                     * Default: "triangles"
                     */
                    type?: 'triangles' | 'blueprint' | 'grain' | 'map' | 'circuits' | 'custom';
                    /**
                     * The header fill type. This is only used if `appearance.header.overlay.type` is `custom`.
                     *
                     * Default: "auto"
                     */
                    fill?: 'auto' | 'tile' | 'tile-x' | 'tile-y' | 'cover' | 'contain';
                    /**
                     * The positioning of the header. This is only used if `appearance.header.overlay.type` is `custom`.
                     *
                     * Default: "top-left"
                     */
                    position?: 'top-left' | 'top-center' | 'top-right' | 'center-left' | 'center-center' | 'center-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';
                };
            };
            layout: {
                /**
                 * Should the page layout stretch to use the full page width?
                 *
                 * Default: "disabled"
                 */
                full_width?: 'enabled' | 'disabled';
                /**
                 * The shape and style of your documentation hub pages.
                 *
                 * Default: "classic"
                 */
                style?: 'classic' | 'modern' | 'compact' | 'sidebar';
            };
            logo: {
                dark_mode: {
                    name: string;
                    /**
                     * The pixel width of the image. This is not present for SVGs.
                     */
                    width: number;
                    /**
                     * The pixel height of the image. This is not present for SVGs.
                     */
                    height: number;
                    /**
                     * The primary color contained within your image.
                     */
                    color: string;
                    links: {
                        /**
                         * If your image was resized upon upload this will be a URL to the original file.
                         *
                         * Format: uri
                         */
                        original_url: string;
                    };
                    /**
                     * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                     */
                    uri: string;
                    /**
                     * Format: uri
                     */
                    url: string;
                };
                main: {
                    name: string;
                    /**
                     * The pixel width of the image. This is not present for SVGs.
                     */
                    width: number;
                    /**
                     * The pixel height of the image. This is not present for SVGs.
                     */
                    height: number;
                    /**
                     * The primary color contained within your image.
                     */
                    color: string;
                    links: {
                        /**
                         * If your image was resized upon upload this will be a URL to the original file.
                         *
                         * Format: uri
                         */
                        original_url: string;
                    };
                    /**
                     * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                     */
                    uri: string;
                    /**
                     * Format: uri
                     */
                    url: string;
                };
                favicon: {
                    name: string;
                    /**
                     * The pixel width of the image. This is not present for SVGs.
                     */
                    width: number;
                    /**
                     * The pixel height of the image. This is not present for SVGs.
                     */
                    height: number;
                    /**
                     * The primary color contained within your image.
                     */
                    color: string;
                    links: {
                        /**
                         * If your image was resized upon upload this will be a URL to the original file.
                         *
                         * Format: uri
                         */
                        original_url: string;
                    };
                    /**
                     * A URI to the `getImages` endpoint for this image. If the is a legacy image then this `uri` will be `null`. And if you wish to delete this image then you should set this to `null`.
                     */
                    uri: string;
                    /**
                     * Format: uri
                     */
                    url: string;
                };
                /**
                 * Default: "default"
                 */
                size?: 'default' | 'large';
            };
            markdown: {
                callouts: {
                    /**
                     * Handles the types of icons that are shown in Markdown callouts.
                     *
                     * Default: "emojis"
                     */
                    icon_font?: 'emojis' | 'fontawesome';
                };
            };
            navigation: {
                /**
                 * The page that users will first see when they access your documentation hub.
                 *
                 * Default: "landing_page"
                 */
                first_page?: 'documentation' | 'reference' | 'landing_page';
                /**
                 * The navigation settings for the left side of your projects navigation bar.
                 */
                left: {
                    type: 'home' | 'guides' | 'discussions' | 'changelog' | 'search_box' | 'link_url' | 'custom_page' | 'user_controls' | 'reference' | 'recipes';
                    title: string;
                    url: string;
                    custom_page: string;
                }[];
                links: {
                    changelog: {
                        label: 'Changelog';
                        alias: string;
                        /**
                         * Default: "enabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    discussions: {
                        label: 'Discussions';
                        alias: string;
                        /**
                         * Default: "enabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    home: {
                        label: 'Home';
                        /**
                         * Default: "enabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    graphql: {
                        label: 'GraphQL';
                        /**
                         * Default: "disabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    guides: {
                        label: 'Guides';
                        alias: string;
                        /**
                         * Default: "enabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    recipes: {
                        label: 'Recipes';
                        alias: string;
                        /**
                         * Default: "disabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                    reference: {
                        label: 'API Reference';
                        alias: string;
                        /**
                         * Default: "enabled"
                         */
                        visibility?: 'enabled' | 'disabled';
                    };
                };
                /**
                 * Where users will be directed to when they click on your logo in the navigation bar.
                 *
                 * Default: "homepage"
                 */
                logo_link?: 'landing_page' | 'homepage';
                /**
                 * Should the links in your project navigation bar include icons?
                 *
                 * Default: "enabled"
                 */
                page_icons?: 'enabled' | 'disabled';
                /**
                 * The navigation settings for the right side of your projects navigation bar.
                 */
                right: {
                    type: 'home' | 'guides' | 'discussions' | 'changelog' | 'search_box' | 'link_url' | 'custom_page' | 'user_controls' | 'reference' | 'recipes';
                    title: string;
                    url: string;
                    custom_page: string;
                }[];
                /**
                 * The navigation settings for your projects subnavigation bar.
                 */
                sub_nav: {
                    type: 'home' | 'guides' | 'discussions' | 'changelog' | 'search_box' | 'link_url' | 'custom_page' | 'user_controls' | 'reference' | 'recipes';
                    title: string;
                    url: string;
                    custom_page: string;
                }[];
                /**
                 * Default: "links"
                 */
                subheader_layout?: 'links' | 'dropdown';
                /**
                 * Should your current documentation version be shown in the navigation bar?
                 *
                 * Default: "enabled"
                 */
                version?: 'enabled' | 'disabled';
            };
            /**
             * Should your guides show a table of contents?
             *
             * Default: "enabled"
             */
            table_of_contents?: 'enabled' | 'disabled';
            ai: {
                /**
                 * Should your pages show a share with AI dropdown?
                 *
                 * Default: "disabled"
                 */
                dropdown?: 'enabled' | 'disabled';
                options: {
                    /**
                     * Enable ChatGPT in the AI dropdown.
                     *
                     * Default: "enabled"
                     */
                    chatgpt?: 'enabled' | 'disabled';
                    /**
                     * Enable Claude in the AI dropdown.
                     *
                     * Default: "enabled"
                     */
                    claude?: 'enabled' | 'disabled';
                    /**
                     * Enable "Copy to Clipboard" within in the AI dropdown.
                     *
                     * Default: "enabled"
                     */
                    clipboard?: 'enabled' | 'disabled';
                    /**
                     * Enable Copilot in the AI dropdown.
                     *
                     * Default: "enabled"
                     */
                    copilot?: 'enabled' | 'disabled';
                    /**
                     * Enable "View as Markdown" in the AI dropdown.
                     *
                     * Default: "enabled"
                     */
                    view_as_markdown?: 'enabled' | 'disabled';
                };
            };
            /**
             * What should we call the next steps section of your guides? Defaults to "What's Next".
             */
            whats_next_label: string;
        };
        /**
         * The canonical base URL for your project defaults to your project's base URL, but you can override the canonical base URL with this field.
         *
         * Format: uri
         */
        canonical_url: string;
        custom_login: {
            jwt_secret: string;
            login_url: string;
            logout_url: string;
        };
        default_version: {
            /**
             * The version of your project that users are directed to by default.
             */
            name: string;
        };
        /**
         * The description of your project. This is used in the page meta description and is seen by search engines and sites like Facebook.
         */
        description: string;
        /**
         * List of glossary terms in your project that can be used within your documentation.
         *
         * Default: []
         */
        glossary?: {
            /**
             * Glossary term is what gets displayed in your documentation when embedded.
             */
            term: string;
            /**
             * Glossary definition is revealed to users when they mouse over the glossary term.
             */
            definition: string;
        }[];
        health_check: {
            /**
             * The type of provider you wish to use for for managing your APIs health: manually or through [Atlassian Statuspage](https://www.atlassian.com/software/statuspage).
             *
             * Default: "none"
             */
            provider?: 'manual' | 'statuspage' | 'none';
            settings: {
                manual: {
                    /**
                     * If you are manually managing your APIs health this is a status boolean indicating if your API is up or down.
                     *
                     * Default: "up"
                     */
                    status?: 'up' | 'down';
                    /**
                     * The URL that we will show to your users when your API is down. This is only used when `health_check.provider` is set to `manual`.
                     */
                    url: string;
                };
                statuspage: {
                    /**
                     * If managing your APIs health through [Statuspage](https://www.atlassian.com/software/statuspage) this is your Statuspage ID.
                     */
                    id: string;
                };
            };
        };
        /**
         * The URL for your company's main website. We'll link to it in various places so people can "Go Home".
         */
        homepage_url: string;
        integrations: {
            aws: {
                readme_webhook_login: {
                    external_id: string;
                    region: 'af-south-1' | 'ap-east-1' | 'ap-northeast-1' | 'ap-northeast-2' | 'ap-northeast-3' | 'ap-south-1' | 'ap-south-2' | 'ap-southeast-1' | 'ap-southeast-2' | 'ap-southeast-3' | 'ap-southeast-4' | 'ap-southeast-5' | 'ca-central-1' | 'ca-west-1' | 'cn-north-1' | 'cn-northwest-1' | 'eu-central-1' | 'eu-central-2' | 'eu-north-1' | 'eu-south-1' | 'eu-south-2' | 'eu-west-1' | 'eu-west-2' | 'eu-west-3' | 'il-central-1' | 'me-central-1' | 'me-south-1' | 'sa-east-1' | 'us-east-1' | 'us-east-2' | 'us-west-1' | 'us-west-2';
                    role_arn: string;
                    usage_plan_id: string;
                };
            };
            bing: {
                verify: string;
            };
            google: {
                /**
                 * Your Google Analytics ID. If it starts with UA-, we'll use Universal Analytics otherwise Google Analytics 4.
                 */
                analytics: string;
                site_verification: string;
            };
            heap: {
                id: string;
            };
            intercom: {
                app_id: string;
                secure_mode: {
                    /**
                     * By supplying a secure mode key you will opt into [Intercoms Identity Verification](https://docs.intercom.io/configuring-intercom/enable-secure-mode) system.
                     */
                    key: string;
                    /**
                     * Should ReadMe only identify users by their email addresses? This integrates better with your existing Intercom but is possibly less secure.
                     *
                     * Default: false
                     */
                    email_only?: boolean;
                };
            };
            postman: {
                key: string;
                client_id: string;
                client_secret: string;
            };
            koala: {
                key: string;
            };
            localize: {
                key: string;
            };
            /**
             * https://docs.readme.com/main/docs/recaptcha
             */
            recaptcha: {
                site_key: string;
                secret_key: string;
            };
            segment: {
                key: string;
                /**
                 * If you are proxying [Segment](https://segment.com/) requests through a custom domain this is that domain. More information about this configuration can be found [here](https://docs.readme.com/main/docs/segment#using-a-custom-domain-with-segment).
                 */
                domain: string;
            };
            speakeasy: {
                /**
                 * The API key for Speakeasy.
                 */
                key: string;
                /**
                 * The URL to the Speakeasy spec file.
                 */
                spec_url: string;
            };
            stainless: {
                /**
                 * The API key for Stainless.
                 */
                key: string;
                /**
                 * The name of the Stainless project.
                 */
                name: string;
            };
            typekit: {
                key: string;
            };
            zendesk: {
                subdomain: string;
            };
        };
        /**
         * Configuration for the project's Model Context Protocol (MCP) server.
         */
        mcp: {
            /**
             * The availability of the project's MCP server.
             *
             * Default: "disabled"
             */
            state?: 'enabled' | 'disabled';
        };
        /**
         * The name of the project.
         */
        name: string;
        onboarding_completed: {
            /**
             * Default: false
             */
            api?: boolean;
            /**
             * Default: false
             */
            appearance?: boolean;
            /**
             * Default: false
             */
            documentation?: boolean;
            /**
             * Default: false
             */
            domain?: boolean;
            /**
             * Default: false
             */
            jwt?: boolean;
            /**
             * Default: false
             */
            logs?: boolean;
            /**
             * Default: false
             */
            metricsSDK?: boolean;
        };
        pages: {
            /**
             * The page you wish to be served to your users when they encounter a 404. This can either map to the `uri` of a Custom Page on your project or be set to `null`. If `null` then the default ReadMe 404 page will be served. The version within the `uri` must be mapped to your stable version.
             */
            not_found: string;
        };
        /**
         * Does the project have a parent project (enterprise)? If so, this resolves to the parent's subdomain.
         */
        parent: string;
        plan: {
            /**
             * Default: "free"
             */
            type?: 'business' | 'business2018' | 'business-annual-2024' | 'enterprise' | 'free' | 'freelaunch' | 'opensource' | 'startup' | 'startup2018' | 'startup-annual-2024';
            grace_period: {
                /**
                 * Default: false
                 */
                enabled?: boolean;
                /**
                 * Format: date-time
                 *
                 * Default: null
                 */
                end_date?: string;
            };
            trial: {
                /**
                 * Default: false
                 */
                expired?: boolean;
                /**
                 * The end date for your two week trial.
                 *
                 * Format: date-time
                 */
                end_date: string;
            };
        };
        privacy: {
            /**
             * The visibility your OpenAPI definitions on your project's `/openapi` page.
             *
             * Default: "admin"
             */
            openapi?: 'public' | 'admin';
            /**
             * The project's password for when `privacy.view` is `password`. This field can be set, but it will not be returned by the API.
             */
            password: string;
            /**
             * * `public` - Site is available to the public.
             * * `admin` - Site is only available to users that have project permissions.
             * * `password` - Site is gated behind a password authentication system.
             * * `custom_login` - Users who view your site will be forwarded to a URL of your choice, having them login there and be forwarded back to your ReadMe site.
             *
             * Default: "public"
             */
            view?: 'public' | 'admin' | 'password' | 'custom_login';
        };
        /**
         * A collection of page redirects that ReadMe will permanently redirect users to when attempting to render a 404. Check out our [redirect docs](https://docs.readme.com/main/docs/error-pages#section-redirects) for more information on how they are handled.
         */
        redirects: {
            from: string;
            to: string;
        }[];
        /**
         * Contains options to configure interactive sections on your API Reference pages.
         */
        reference: {
            /**
             * Enable SDK-generated request code snippets.
             *
             * Default: "enabled"
             */
            api_sdk_snippets?: 'enabled' | 'disabled';
            sdk_snippets: {
                /**
                 * State of external SDK snippets feature.
                 *
                 * Default: "disabled"
                 */
                external?: 'active' | 'disabled' | 'enabled';
            };
            /**
             * When `always_use`, any `default` values defined in your API definition are used to populate your request data in the API Explorer, even if the parameter is not marked as `required`.
             *
             * Default: "use_only_if_required"
             */
            defaults?: 'always_use' | 'use_only_if_required';
            /**
             * When `enabled`, allows editing the request body with a JSON editor.
             *
             * Default: "disabled"
             */
            json_editor?: 'enabled' | 'disabled';
            /**
             * When `enabled`, request history for API endpoints are shown.
             *
             * Default: "enabled"
             */
            request_history?: 'enabled' | 'disabled';
            /**
             * When `enabled`, enable the new OAuth Flows experience in the API Reference section.
             *
             * Default: "disabled"
             */
            oauth_flows?: 'enabled' | 'disabled';
            /**
             * When `expanded`, response examples will be expanded by default if a 200 level response exists.
             *
             * Default: "collapsed"
             */
            response_examples?: 'expanded' | 'collapsed';
            /**
             * When `expanded`, response schemas will be expanded by default if a 200 level response schema exists.
             *
             * Default: "collapsed"
             */
            response_schemas?: 'expanded' | 'collapsed';
        };
        seo: {
            /**
             * Overwrite pages' <title> tag with their custom metadata title (if present).
             *
             * Default: "disabled"
             */
            overwrite_title_tag?: 'enabled' | 'disabled';
        };
        /**
         * Expose a `sitemap.xml` directory on your project.
         *
         * Default: "disabled"
         */
        sitemap?: 'enabled' | 'disabled';
        /**
         * Expose an `llms.txt` file to help AI assistants understand your documentation structure.
         *
         * Default: "disabled"
         */
        llms_txt?: 'enabled' | 'disabled';
        /**
         * The subdomain of your project.
         */
        subdomain: string;
        /**
         * Allow users to suggest edits to your documentation.
         *
         * Default: "enabled"
         */
        suggested_edits?: 'enabled' | 'disabled';
        /**
         * Default: []
         */
        variable_defaults?: {
            /**
             * Variable Identifier
             */
            id: string;
            /**
             * The key name of the variable.
             */
            name: string;
            /**
             * The default value of the variable.
             */
            default?: string;
            /**
             * The variables source. This can come from a user input or from syncing an OpenAPI definition.
             *
             * Default: ""
             */
            source?: 'server' | 'security' | 'custom' | '';
            /**
             * If variable `source` is `security`, include the OpenAPI security auth type.
             */
            type?: 'http' | 'apiKey' | 'openIdConnect' | 'oauth2' | '';
            /**
             * If variable `source` is `security`, include the OpenAPI security auth scheme.
             */
            scheme?: string;
        }[];
        /**
         * Default: []
         */
        webhooks?: {
            /**
             * Default: "login"
             */
            action?: 'login';
            /**
             * Default: 5000
             */
            timeout?: number;
            /**
             * Format: uri
             */
            url: string;
        }[];
        /**
         * The unique, immutable, identifier for the project.
         */
        id: string;
        features: {
            /**
             * If this project supports MDX.
             *
             * Default: "disabled"
             */
            mdx?: 'enabled' | 'disabled';
        };
        git: {
            connection: {
                repository: {
                    /**
                     * The type of provider for the repository.
                     */
                    provider_type: 'github' | 'github_enterprise_server';
                    /**
                     * The name of the repository (e.g., `repo-with-content`).
                     */
                    name: string;
                    /**
                     * The full name of the repository (e.g., `owner-org/repo-with-content`).
                     */
                    full_name: string;
                    /**
                     * The URL of the repository (e.g., `https://github.com/owner-org/repo-with-content`).
                     *
                     * Format: uri
                     */
                    url: string;
                };
                organization: {
                    /**
                     * The name of the organization the linked repository is a part of (e.g., `owner-org`).
                     */
                    name: string;
                    /**
                     * The type of provider for the organization.
                     */
                    provider_type: 'github' | 'github_enterprise_server';
                };
                /**
                 * Indicates if the project has a bi-directional sync connection set up. Below is the meaning of each possible value:
                 * - `active` - the project has an external repository connected and the connection to the repository is active.
                 * - `inactive` - the project has an external repository connected but the connection to the repository is inactive.
                 * - `none` - the project is not connected to an external repository.
                 *
                 * Default: "none"
                 */
                status?: 'active' | 'inactive' | 'none';
            };
        };
        permissions: {
            appearance: {
                /**
                 * If this project is allowed to private label their Hub and remove all ReadMe branding.
                 *
                 * Default: "disabled"
                 */
                private_label?: 'enabled' | 'disabled';
                custom_code: {
                    /**
                     * If this project is allowed to utilize custom CSS.
                     *
                     * Default: "disabled"
                     */
                    css?: 'enabled' | 'disabled';
                    /**
                     * If this project is allowed to utilize custom HTML.
                     *
                     * Default: "disabled"
                     */
                    html?: 'enabled' | 'disabled';
                    /**
                     * If this project is allowed to utilize custom JS.
                     *
                     * Default: "disabled"
                     */
                    js?: 'enabled' | 'disabled';
                };
            };
            branches: {
                /**
                 * Role-based access control for merging branches
                 */
                merge: {
                    /**
                     * Whether admin role can perform merges
                     */
                    admin: boolean;
                    /**
                     * Whether editor role can perform merges
                     */
                    editor: boolean;
                };
            };
        };
        refactored: {
            /**
             * Indicates if the project has our new Unified UI experience.
             *
             * Default: "disabled"
             */
            status?: 'enabled' | 'disabled';
            /**
             * Indicates if the project has been migrated from Dash to Superhub.
             *
             * Default: "unknown"
             */
            migrated?: 'failed' | 'processing' | 'successful' | 'unknown';
        };
        /**
         * A URI to the project resource.
         */
        uri: string;
    };
};
/** The declared error responses of `getProject`, by status: narrowing on `status` narrows `body`. */
export type GetProjectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /projects/{subdomain}/apikeys
 */
export type GetAPIKeysParameters = {
    path: {
        /**
         * The subdomain of your project.
         */
        subdomain: string;
    };
    query?: {
        /**
         * Used to specify further pages (starts at 1).
         */
        page?: number;
        /**
         * Number of items to include in pagination (up to 100, defaults to 10).
         */
        per_page?: number;
    };
};
/**
 * Get your API keys
 */
export type GetAPIKeysRequestBody = never;
/**
 * Get your API keys
 */
export type GetAPIKeysResponse = {
    total: number;
    page: number;
    per_page: number;
    paging: {
        next: string;
        previous: string;
        first: string;
        last: string;
    };
    data: {
        token: string;
        label: string;
        /**
         * An ISO 8601 formatted date for when the API key was last accessed.
         *
         * Format: date-time
         */
        last_accessed_on: string;
        /**
         * An ISO 8601 formatted date for when the API key was created.
         *
         * Format: date-time
         */
        created_at: string;
        uri: string;
    }[];
};
/** The declared error responses of `getAPIKeys`, by status: narrowing on `status` narrows `body`. */
export type GetAPIKeysError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /projects/{subdomain}/apikeys
 */
export type CreateAPIKeyParameters = {
    path: {
        /**
         * The subdomain of your project.
         */
        subdomain: string;
    };
};
/**
 * Create an API key
 */
export type CreateAPIKeyRequestBody = {
    label: string;
};
/**
 * Create an API key
 */
export type CreateAPIKeyResponse = {
    data: {
        token: string;
        label: string;
        /**
         * An ISO 8601 formatted date for when the API key was last accessed.
         *
         * Format: date-time
         */
        last_accessed_on: string;
        /**
         * An ISO 8601 formatted date for when the API key was created.
         *
         * Format: date-time
         */
        created_at: string;
        uri: string;
    };
};
/** The declared error responses of `createAPIKey`, by status: narrowing on `status` narrows `body`. */
export type CreateAPIKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /projects/{subdomain}/apikeys/{api_key_id}
 */
export type GetAPIKeyParameters = {
    path: {
        /**
         * The unique identifier for your API key.
         */
        api_key_id: string;
        /**
         * The subdomain of your project.
         */
        subdomain: string;
    };
};
/**
 * Get an API key
 */
export type GetAPIKeyRequestBody = never;
/**
 * Get an API key
 */
export type GetAPIKeyResponse = {
    data: {
        token: string;
        label: string;
        /**
         * An ISO 8601 formatted date for when the API key was last accessed.
         *
         * Format: date-time
         */
        last_accessed_on: string;
        /**
         * An ISO 8601 formatted date for when the API key was created.
         *
         * Format: date-time
         */
        created_at: string;
        uri: string;
    };
};
/** The declared error responses of `getAPIKey`, by status: narrowing on `status` narrows `body`. */
export type GetAPIKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /projects/{subdomain}/apikeys/{api_key_id}
 */
export type DeleteAPIKeyParameters = {
    path: {
        /**
         * The unique identifier for your API key.
         */
        api_key_id: string;
        /**
         * The subdomain of your project.
         */
        subdomain: string;
    };
};
/**
 * Delete an API key
 */
export type DeleteAPIKeyRequestBody = never;
/**
 * Delete an API key
 */
export type DeleteAPIKeyResponse = undefined;
/** The declared error responses of `deleteAPIKey`, by status: narrowing on `status` narrows `body`. */
export type DeleteAPIKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /projects/{subdomain}/apikeys/{api_key_id}
 */
export type UpdateAPIKeyParameters = {
    path: {
        /**
         * The unique identifier for your API key.
         */
        api_key_id: string;
        /**
         * The subdomain of your project.
         */
        subdomain: string;
    };
};
/**
 * Update an API key
 */
export type UpdateAPIKeyRequestBody = {
    label: string;
};
/**
 * Update an API key
 */
export type UpdateAPIKeyResponse = {
    data: {
        token: string;
        label: string;
        /**
         * An ISO 8601 formatted date for when the API key was last accessed.
         *
         * Format: date-time
         */
        last_accessed_on: string;
        /**
         * An ISO 8601 formatted date for when the API key was created.
         *
         * Format: date-time
         */
        created_at: string;
        uri: string;
    };
};
/** The declared error responses of `updateAPIKey`, by status: narrowing on `status` narrows `body`. */
export type UpdateAPIKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /search
 */
export type SearchParameters = {
    query: {
        /**
         * The plain text search query used to search across the project.
         */
        query: string;
        /**
         * The section to search within.
         */
        section?: 'guides' | 'reference' | 'recipes' | 'custom_pages' | 'discuss' | 'changelog';
        /**
         * The version to search within. For enterprise, this only applies to the current project.
         */
        version?: string;
        /**
         * Limit search to only these projects in an Enterprise group.
         */
        projects?: string[];
    };
};
/**
 * Perform a search query
 */
export type SearchRequestBody = never;
/**
 * Perform a search query
 */
export type SearchResponse = {
    total: number;
    data: {
        url: {
            /**
             * The full URL of the page.
             */
            full: string;
            /**
             * The relative URL of the page without the version or base URL.
             */
            relative: string;
        };
        title: string;
        excerpt: string;
        highlights: {
            score: number;
            path: 'title' | 'excerpt' | 'searchContents';
            texts: {
                value: string;
                type: 'hit' | 'text';
            }[];
        }[];
        slug: string;
        section: 'guides' | 'reference' | 'recipes' | 'custom_pages' | 'discuss' | 'changelog';
        /**
         * The semver version number this search is scoped to.
         */
        version: string;
        project: {
            subdomain: string;
            name: string;
        };
        api: {
            method: string;
        };
        uri: string;
    }[];
};
/** The declared error responses of `search`, by status: narrowing on `status` narrows `body`. */
export type SearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /validate/api
 */
export type ValidateAPIParameters = {
    [key: string]: never;
};
/**
 * Validate an API
 */
export type ValidateAPIRequestBody = {
    /**
     * The API definition.
     */
    schema?: unknown;
    /**
     * The source that the API definition is being uploaded through.
     *
     * Default: "form"
     */
    upload_source?: unknown;
    /**
     * The URL where the API definition is hosted.
     */
    url?: unknown;
};
/**
 * Validate an API
 */
export type ValidateAPIResponse = {
    /**
     * The API schema.
     */
    schema: {
        [key: string]: unknown;
    };
};
/** The declared error responses of `validateAPI`, by status: narrowing on `status` narrows `body`. */
export type ValidateAPIError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
