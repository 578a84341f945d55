/** The HTTP statuses 300 to 399. */
export type Status3XX =
  | 300
  | 301
  | 302
  | 303
  | 304
  | 305
  | 306
  | 307
  | 308
  | 309
  | 310
  | 311
  | 312
  | 313
  | 314
  | 315
  | 316
  | 317
  | 318
  | 319
  | 320
  | 321
  | 322
  | 323
  | 324
  | 325
  | 326
  | 327
  | 328
  | 329
  | 330
  | 331
  | 332
  | 333
  | 334
  | 335
  | 336
  | 337
  | 338
  | 339
  | 340
  | 341
  | 342
  | 343
  | 344
  | 345
  | 346
  | 347
  | 348
  | 349
  | 350
  | 351
  | 352
  | 353
  | 354
  | 355
  | 356
  | 357
  | 358
  | 359
  | 360
  | 361
  | 362
  | 363
  | 364
  | 365
  | 366
  | 367
  | 368
  | 369
  | 370
  | 371
  | 372
  | 373
  | 374
  | 375
  | 376
  | 377
  | 378
  | 379
  | 380
  | 381
  | 382
  | 383
  | 384
  | 385
  | 386
  | 387
  | 388
  | 389
  | 390
  | 391
  | 392
  | 393
  | 394
  | 395
  | 396
  | 397
  | 398
  | 399;

/** The HTTP statuses 400 to 499. */
export type Status4XX =
  | 400
  | 401
  | 402
  | 403
  | 404
  | 405
  | 406
  | 407
  | 408
  | 409
  | 410
  | 411
  | 412
  | 413
  | 414
  | 415
  | 416
  | 417
  | 418
  | 419
  | 420
  | 421
  | 422
  | 423
  | 424
  | 425
  | 426
  | 427
  | 428
  | 429
  | 430
  | 431
  | 432
  | 433
  | 434
  | 435
  | 436
  | 437
  | 438
  | 439
  | 440
  | 441
  | 442
  | 443
  | 444
  | 445
  | 446
  | 447
  | 448
  | 449
  | 450
  | 451
  | 452
  | 453
  | 454
  | 455
  | 456
  | 457
  | 458
  | 459
  | 460
  | 461
  | 462
  | 463
  | 464
  | 465
  | 466
  | 467
  | 468
  | 469
  | 470
  | 471
  | 472
  | 473
  | 474
  | 475
  | 476
  | 477
  | 478
  | 479
  | 480
  | 481
  | 482
  | 483
  | 484
  | 485
  | 486
  | 487
  | 488
  | 489
  | 490
  | 491
  | 492
  | 493
  | 494
  | 495
  | 496
  | 497
  | 498
  | 499;

/** The HTTP statuses 500 to 599. */
export type Status5XX =
  | 500
  | 501
  | 502
  | 503
  | 504
  | 505
  | 506
  | 507
  | 508
  | 509
  | 510
  | 511
  | 512
  | 513
  | 514
  | 515
  | 516
  | 517
  | 518
  | 519
  | 520
  | 521
  | 522
  | 523
  | 524
  | 525
  | 526
  | 527
  | 528
  | 529
  | 530
  | 531
  | 532
  | 533
  | 534
  | 535
  | 536
  | 537
  | 538
  | 539
  | 540
  | 541
  | 542
  | 543
  | 544
  | 545
  | 546
  | 547
  | 548
  | 549
  | 550
  | 551
  | 552
  | 553
  | 554
  | 555
  | 556
  | 557
  | 558
  | 559
  | 560
  | 561
  | 562
  | 563
  | 564
  | 565
  | 566
  | 567
  | 568
  | 569
  | 570
  | 571
  | 572
  | 573
  | 574
  | 575
  | 576
  | 577
  | 578
  | 579
  | 580
  | 581
  | 582
  | 583
  | 584
  | 585
  | 586
  | 587
  | 588
  | 589
  | 590
  | 591
  | 592
  | 593
  | 594
  | 595
  | 596
  | 597
  | 598
  | 599;

export type Circular = {
  string?: string;
  children?: Circular[];
};

export type StringEnum = 'available' | 'pending' | 'sold';

/**
 * POST /anything/arrays
 */
export type ArraySchemaSupportParameters = { [key: string]: never };

/**
 * Array support
 */
export type ArraySchemaSupportRequestBody = {
  stock?: unknown[];
  /**
   * This is an `array` with a **markdown** description: [link](ref:action-object)
   */
  'with markdown description'?: unknown[];
  'with title'?: unknown[];
  'array<any>'?: unknown[];
  /**
   * Techncally this is a malformed schema, but we support it (for legacy reasons) and repair it to have `items: {}` when we generate JSON Schema for the form.
   *
   * Though its supported, not all OpenAPI validators allow it though so our support may regress at some point in the future.
   */
  'array<any> (but no `items` property)'?: unknown[];
  'array<string>'?: string[];
  /**
   * Default: null
   */
  'array<string> (with overall `null` default)'?: string[];
  'array<string> (loaded via a $ref)'?: StringEnum[];
  'array<integer>'?: number[];
  'array<number>'?: number[];
  'array<boolean>'?: boolean[];
  'array<object>'?: {
    string?: string;
    integer?: number;
    number?: number;
    boolean?: boolean;
  }[];
  'array<object> (additionalProperties)'?: {
    [key: string]: unknown;
  }[];
  'array<array<object>>'?: {
    string?: string;
  }[][];
};

/**
 * Array support
 */
export type ArraySchemaSupportResponse = undefined;

/** The declared error responses of `arraySchemaSupport`, by status: narrowing on `status` narrows `body`. */
export type ArraySchemaSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/arrays/top-level-payloads
 */
export type ArrayTopLevelObjectsParameters = { [key: string]: never };

/**
 * Top-level payloads (objects)
 */
export type ArrayTopLevelObjectsRequestBody = {
  string?: string;
  integer?: number;
  number?: number;
  boolean?: boolean;
  array?: unknown[];
  object?: {
    [key: string]: unknown;
  };
}[];

/**
 * Top-level payloads (objects)
 */
export type ArrayTopLevelObjectsResponse = undefined;

/** The declared error responses of `arrayTopLevelObjects`, by status: narrowing on `status` narrows `body`. */
export type ArrayTopLevelObjectsError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/arrays/top-level-payloads
 */
export type ArrayTopLevelPrimitivesParameters = { [key: string]: never };

/**
 * Top-level payloads (primitives)
 */
export type ArrayTopLevelPrimitivesRequestBody = string[];

/**
 * Top-level payloads (primitives)
 */
export type ArrayTopLevelPrimitivesResponse = undefined;

/** The declared error responses of `arrayTopLevelPrimitives`, by status: narrowing on `status` narrows `body`. */
export type ArrayTopLevelPrimitivesError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/booleans
 */
export type BooleanSchemaSupportParameters = { [key: string]: never };

/**
 * Boolean support
 */
export type BooleanSchemaSupportRequestBody = {
  stock?: boolean;
  /**
   * This is a `boolean` with a **markdown** description: [link](ref:action-object)
   */
  'description (markdown)'?: boolean;
  title?: boolean;
  /**
   * This boolean should be required.
   */
  required: boolean;
  /**
   * This boolean has a `default` of `false`.
   *
   * Default: false
   */
  default?: boolean;
  /**
   * This boolean has a `default` of `false`.
   *
   * Default: false
   */
  'default (required)': boolean;
  /**
   * Though this is missing a `type` declaration it should be treated as `boolean` because it contains an enum of `true` and `false`.
   */
  'inferred from enum'?: true | false;
};

/**
 * Boolean support
 */
export type BooleanSchemaSupportResponse = undefined;

/** The declared error responses of `booleanSchemaSupport`, by status: narrowing on `status` narrows `body`. */
export type BooleanSchemaSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/booleans
 */
export type BooleanTopLevelParameters = { [key: string]: never };

/**
 * Top-level payloads
 */
export type BooleanTopLevelRequestBody = boolean;

/**
 * Top-level payloads
 */
export type BooleanTopLevelResponse = undefined;

/** The declared error responses of `booleanTopLevel`, by status: narrowing on `status` narrows `body`. */
export type BooleanTopLevelError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/circular
 */
export type CircularHandlingParameters = { [key: string]: never };

/**
 * Nested circular $ref
 */
export type CircularHandlingRequestBody = {
  circular?: Circular;
};

/**
 * Nested circular $ref
 */
export type CircularHandlingResponse = undefined;

/** The declared error responses of `circularHandling`, by status: narrowing on `status` narrows `body`. */
export type CircularHandlingError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/circular
 */
export type CircularTopLevelParameters = { [key: string]: never };

/**
 * Top-level circular $ref
 */
export type CircularTopLevelRequestBody = Circular;

/**
 * Top-level circular $ref
 */
export type CircularTopLevelResponse = undefined;

/** The declared error responses of `circularTopLevel`, by status: narrowing on `status` narrows `body`. */
export type CircularTopLevelError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /anything/numbers
 */
export type NumberFormatSupportParameters = { [key: string]: never };

/**
 * `format` data types
 */
export type NumberFormatSupportRequestBody = {
  /**
   * Format: int8
   */
  'integer (format: int8)'?: number;
  /**
   * Format: uint8
   */
  'integer (format: uint8)'?: number;
  /**
   * Format: int16
   */
  'integer (format: int16)'?: number;
  /**
   * Format: uint16
   */
  'integer (format: uint16)'?: number;
  /**
   * Format: int32
   */
  'integer (format: int32)'?: number;
  /**
   * This `integer` input has `multipleOf: 2` set on itself to control the increment/decrement value set.
   *
   * Format: int32
   */
  'integer (format: int32, multipleOf: 2)'?: number;
  /**
   * Format: uint32
   */
  'integer (format: uint32)'?: number;
  /**
   * Format: int64
   */
  'integer (format: int64)'?: number;
  /**
   * Format: uint64
   */
  'integer (format: uint64)'?: number;
  /**
   * Format: float
   */
  'number (format: float)'?: number;
  /**
   * Format: double
   */
  'number (format: double)'?: number;
};

/**
 * `format` data types
 */
export type NumberFormatSupportResponse = undefined;

/** The declared error responses of `numberFormatSupport`, by status: narrowing on `status` narrows `body`. */
export type NumberFormatSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/numbers
 */
export type NumberSchemaSupportParameters = { [key: string]: never };

/**
 * Number support
 */
export type NumberSchemaSupportRequestBody = {
  'integer (stock)'?: number;
  /**
   * This is an `integer` with a **markdown** description: [link](ref:action-object)
   */
  'integer (markdown description)'?: number;
  'integer (title)'?: number;
  /**
   * This integer should be required.
   */
  'integer (required)': number;
  /**
   * This integer has a `default` of `1234`.
   *
   * Default: 1234
   */
  'integer (default)'?: number;
  /**
   * This integer has a `default` of `null`.
   *
   * Default: null
   */
  'integer (default null)'?: number;
  /**
   * This integer has a `default` of `1234` and is required.
   *
   * Default: 1234
   */
  'integer (default, required)': number;
  /**
   * This integer is `nullable`.
   */
  'integer (nullable)'?: number | null;
  /**
   * This integer has a `minimum` of `100` and `maximum` of `999`.
   */
  'integer (minimum / maximum)'?: number;
  'number (stock)'?: number;
  /**
   * This is a `number` with a **markdown** description: [link](ref:action-object)
   */
  'number (markdown description)'?: number;
  'number (title)'?: number;
  /**
   * This number should be required.
   */
  'number (required)': number;
  /**
   * This number has a `default` of `12.34`.
   *
   * Default: 12.34
   */
  'number (default)'?: number;
  /**
   * This number has a `default` of `null`.
   *
   * Default: null
   */
  'number (default null)'?: number;
  /**
   * This number has a `default` of `12.34` and is required.
   *
   * Default: 12.34
   */
  'number (default, required)': number;
  /**
   * This number is `nullable`..
   */
  'number (nullable)'?: number | null;
};

/**
 * Number support
 */
export type NumberSchemaSupportResponse = undefined;

/** The declared error responses of `numberSchemaSupport`, by status: narrowing on `status` narrows `body`. */
export type NumberSchemaSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/numbers
 */
export type NumberTopLevelParameters = { [key: string]: never };

/**
 * Top-level payloads
 */
export type NumberTopLevelRequestBody = number;

/**
 * Top-level payloads
 */
export type NumberTopLevelResponse = undefined;

/** The declared error responses of `numberTopLevel`, by status: narrowing on `status` narrows `body`. */
export type NumberTopLevelError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/objects
 */
export type ObjectSchemaSupportParameters = { [key: string]: never };

/**
 * Object support
 */
export type ObjectSchemaSupportRequestBody = {
  object?: {
    string?: string;
    integer?: number;
    number?: number;
    object?: {
      string?: string;
    };
    array?: string[];
  };
  'object (with `title`)'?: {
    string?: string;
    integer?: number;
    number?: number;
    object?: {
      string?: string;
    };
    array?: string[];
  };
  /**
   * Though this object is missing an explicit `type: object` property it should still be recognized as an object because it has `properties`.
   */
  'object (without an explicit `type`)'?: {
    /**
     * Format: int64
     */
    property1?: number;
    /**
     * Format: int64
     */
    property2?: number;
  };
  'object (additionalProperties)'?: {
    [key: string]: unknown;
  };
  /**
   * Because this object is missing a `properties` declaration we should treat it as if `additionalProperties: true` were present on it so the enduser can still use it with the form.
   */
  'object (without `properties`)'?: { [key: string]: unknown };
};

/**
 * Object support
 */
export type ObjectSchemaSupportResponse = undefined;

/** The declared error responses of `objectSchemaSupport`, by status: narrowing on `status` narrows `body`. */
export type ObjectSchemaSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/quirks
 */
export type QuirksMissingTypeParameters = { [key: string]: never };

/**
 * Missing schema type
 */
export type QuirksMissingTypeRequestBody = {
  /**
   * Though this request body property is missing a `type` declaration we should stil render a `string` input box so that the user can interact with it.
   *
   * Default: "default value"
   */
  'missing type'?: unknown;
  'missing type (on completely empty schema)'?: unknown;
  /**
   * This array property is missing an explicit `type: array` but since it has an `items` declaration we're implicitly treating it as an array.
   */
  'implicit array'?: number[];
  /**
   * This object property is missing an explicit `type: object` but since it has an `properties` declaration we're implicitly treating it as an object.
   */
  'implicit object'?: {
    /**
     * Default: "buster"
     */
    name?: string;
  };
};

/**
 * Missing schema type
 */
export type QuirksMissingTypeResponse = undefined;

/** The declared error responses of `quirksMissingType`, by status: narrowing on `status` narrows `body`. */
export type QuirksMissingTypeError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /anything/quirks/polymorphism
 */
export type QuirksEntirelyIncompatibleAllOfParameters = { [key: string]: never };

/**
 * Incompatible allOf schemas on a root requestBody
 */
export type QuirksEntirelyIncompatibleAllOfRequestBody = never;

/**
 * Incompatible allOf schemas on a root requestBody
 */
export type QuirksEntirelyIncompatibleAllOfResponse = undefined;

/** The declared error responses of `quirksEntirelyIncompatibleAllOf`, by status: narrowing on `status` narrows `body`. */
export type QuirksEntirelyIncompatibleAllOfError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/quirks/polymorphism
 */
export type QuirksIncompatibleNestedAllOfParameters = { [key: string]: never };

/**
 * Incompatible nested allOf schemas
 */
export type QuirksIncompatibleNestedAllOfRequestBody = {
  /**
   * This property consists of an `allOf` of a `string` and an `integer` schema. Since these two schemas are incompatible and we're unable to merge them per the `allOf` rules, we instead eliminate the `allOf` and render out a `string` instead.
   *
   * This is obviously less than ideal but it assures that the user can still interact with the property.
   */
  incompatible?: never;
  /**
   * Unlike the `incompatible` property above this `allOf` consists of two objects that **can** be merged.
   */
  compatible?: {
    name?: string;
  } & {
    name?: unknown;
  };
};

/**
 * Incompatible nested allOf schemas
 */
export type QuirksIncompatibleNestedAllOfResponse = undefined;

/** The declared error responses of `quirksIncompatibleNestedAllOf`, by status: narrowing on `status` narrows `body`. */
export type QuirksIncompatibleNestedAllOfError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/quirks/polymorphism
 */
export type QuirksPartiallyUsableIncompatibleAllOfParameters = { [key: string]: never };

/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 */
export type QuirksPartiallyUsableIncompatibleAllOfRequestBody = never;

/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 */
export type QuirksPartiallyUsableIncompatibleAllOfResponse = undefined;

/** The declared error responses of `quirksPartiallyUsableIncompatibleAllOf`, by status: narrowing on `status` narrows `body`. */
export type QuirksPartiallyUsableIncompatibleAllOfError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/raw_body/top-level-payloads
 */
export type RawBodyTopLevelParameters = { [key: string]: never };

/**
 * Top-level RAW_BODY (string)
 */
export type RawBodyTopLevelRequestBody = {
  RAW_BODY?: string;
};

/**
 * Top-level RAW_BODY (string)
 */
export type RawBodyTopLevelResponse = undefined;

/** The declared error responses of `rawBodyTopLevel`, by status: narrowing on `status` narrows `body`. */
export type RawBodyTopLevelError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/raw_body/top-level-payloads
 */
export type RawBodyTopLevelJSONParameters = { [key: string]: never };

/**
 * Top-level RAW_BODY (JSON)
 */
export type RawBodyTopLevelJSONRequestBody = {
  /**
   * Format: json
   */
  RAW_BODY?: string;
};

/**
 * Top-level RAW_BODY (JSON)
 */
export type RawBodyTopLevelJSONResponse = undefined;

/** The declared error responses of `rawBodyTopLevelJSON`, by status: narrowing on `status` narrows `body`. */
export type RawBodyTopLevelJSONError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /anything/strings
 */
export type StringFormatSupportParameters = { [key: string]: never };

/**
 * `format` data types
 */
export type StringFormatSupportRequestBody = {
  /**
   * Format: binary
   */
  binary?: string;
  /**
   * Format: binary
   *
   * Default: "data:text/plain;name=file1.txt;base64,dGVzdDE="
   */
  'binary (with default)': string;
  /**
   * Strings with `format: blob` should render a `<textarea>`.
   *
   * Format: blob
   */
  blob?: string;
  /**
   * Format: date
   */
  date?: string;
  /**
   * This accepts a pattern of matching `(\d{4})-(\d{2})-(\d{2})`
   *
   * Format: date
   */
  'date (with pattern)'?: string;
  /**
   * Unsupported due to the varying ways that `date-time` is utilized in API definitions for representing dates, the [lack of wide browser support for the input](https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/datetime-local#Browser_compatibility), and that it's not [RFC 3339](https://tools.ietf.org/html/rfc3339) compliant.
   *
   * Format: date-time
   */
  'date-time'?: string;
  /**
   * Strings with `format: html` should render a `<textarea>`.
   *
   * Format: html
   */
  html?: string;
  /**
   * This is a special ReadMe data type to render a `<textarea>` to be parsed as JSON
   *
   * Format: json
   */
  json?: string;
  /**
   * Format: string
   */
  string?: string;
  /**
   * Format: password
   */
  password?: string;
  /**
   * This `format: password` input has a `minLength` and `maxLength` configured.
   *
   * Format: password
   */
  'password (minLength: 5, maxLength: 20)'?: string;
  /**
   * Format: url
   */
  url?: string;
  /**
   * Format: unknown-format
   */
  'unknown-format'?: string;
};

/**
 * `format` data types
 */
export type StringFormatSupportResponse = undefined;

/** The declared error responses of `stringFormatSupport`, by status: narrowing on `status` narrows `body`. */
export type StringFormatSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/strings
 */
export type StringSchemaSupportParameters = { [key: string]: never };

/**
 * String support
 */
export type StringSchemaSupportRequestBody = {
  stock?: string;
  /**
   * This is a string with a **markdown** description: [link](ref:action-object)
   */
  'description (markdown)'?: string;
  title?: string;
  /**
   * This string should be required.
   */
  required: string;
  /**
   * This string has a `default` of `default value`.
   *
   * Default: "default value"
   */
  default?: string;
  /**
   * This string has a `default` of `null`.
   *
   * Default: null
   */
  'default (null)'?: string;
  /**
   * This string has a `default` of `default value` and is required.
   *
   * Default: "default value"
   */
  'default (required)': string;
  /**
   * This string has is `nullable`.
   */
  nullable?: string | null;
  enum?: 'available' | 'pending' | 'sold';
  /**
   * This enum has a `default` of `available`.
   *
   * Default: "available"
   */
  'enum (with default)'?: 'available' | 'pending' | 'sold';
  /**
   * This enum has a `default` of `available` and is required.
   *
   * Default: "available"
   */
  'enum (with default and required)'?: 'available' | 'pending' | 'sold';
  /**
   * This enum has a an empty string (`""`) as one of its available options.
   */
  'enum (with empty option)'?: '' | 'available' | 'pending' | 'sold';
  /**
   * This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.
   *
   * Default: ""
   */
  'enum (with empty option and empty default)'?: '';
};

/**
 * String support
 */
export type StringSchemaSupportResponse = undefined;

/** The declared error responses of `stringSchemaSupport`, by status: narrowing on `status` narrows `body`. */
export type StringSchemaSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/strings/top-level-payloads
 */
export type StringTopLevelParameters = { [key: string]: never };

/**
 * Top-level payloads
 */
export type StringTopLevelRequestBody = string;

/**
 * Top-level payloads
 */
export type StringTopLevelResponse = undefined;

/** The declared error responses of `stringTopLevel`, by status: narrowing on `status` narrows `body`. */
export type StringTopLevelError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /anything/strings/top-level-payloads
 */
export type StringTopLevelJSONParameters = { [key: string]: never };

/**
 * Top-level payloads (JSON)
 */
export type StringTopLevelJSONRequestBody = string;

/**
 * Top-level payloads (JSON)
 */
export type StringTopLevelJSONResponse = undefined;

/** The declared error responses of `stringTopLevelJSON`, by status: narrowing on `status` narrows `body`. */
export type StringTopLevelJSONError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };
