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

/**
 * GET /anything/strings
 */
export type NumberEnumSupportParameters = { [key: string]: never };

/**
 * Number enum support
 */
export type NumberEnumSupportRequestBody = {
  /**
   * A regular ol' enum
   */
  enum?: 0 | 1 | 2;
  /**
   * A regular ol' enum
   */
  'enum *required': 0 | 1 | 2;
  /**
   * This enum has a `default` of `1`.
   *
   * Default: 1
   */
  'enum (with default)'?: 0 | 1 | 2;
  /**
   * A required enum with a default (if a field is required it should probably always have a default, eh?)
   *
   * Default: 2
   */
  'enum (with default) *required': 0 | 1 | 2;
  /**
   * This enum has a `example` of `1`.
   */
  'enum (with example)'?: 0 | 1 | 2;
  /**
   * This enum has a `example` of `1` and is required.
   */
  'enum (with example) *required': 0 | 1 | 2;
  /**
   * This enum has an empty string (`""`) as one of its available options.
   */
  'enum (with empty option)'?: 0 | 1 | 2;
  /**
   * This enum has multiple duplicate options, they should get deduped in the UI
   */
  'enum (with duplicate options)'?: 0 | 2;
};

/**
 * Number enum support
 */
export type NumberEnumSupportResponse = undefined;

/** The declared error responses of `numberEnumSupport`, by status: narrowing on `status` narrows `body`. */
export type NumberEnumSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /anything/strings
 */
export type BooleanEnumSupportParameters = { [key: string]: never };

/**
 * Boolean enum support
 */
export type BooleanEnumSupportRequestBody = {
  /**
   * A regular ol' enum
   */
  enum?: true | false;
  /**
   * A regular ol' enum
   */
  'enum *required': true | false;
  /**
   * This enum has a `default` of `false`.
   *
   * Default: false
   */
  'enum (with default)'?: true | false;
  /**
   * A required enum with a default (if a field is required it should probably always have a default, eh?)
   *
   * Default: true
   */
  'enum (with default) *required': true | false;
};

/**
 * Boolean enum support
 */
export type BooleanEnumSupportResponse = undefined;

/** The declared error responses of `booleanEnumSupport`, by status: narrowing on `status` narrows `body`. */
export type BooleanEnumSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /anything/strings
 */
export type StringEnumSupportParameters = { [key: string]: never };

/**
 * String enum support
 */
export type StringEnumSupportRequestBody = {
  /**
   * A regular ol' enum
   */
  enum?: 'available' | 'pending' | 'sold';
  /**
   * A regular ol' enum
   */
  'enum *required': 'available' | 'pending' | 'sold';
  /**
   * This enum has a `default` of `available`.
   *
   * Default: "available"
   */
  'enum (with default)'?: 'available' | 'pending' | 'sold';
  /**
   * A required enum with a default (if a field is required it should probably always have a default, eh?)
   *
   * Default: "available"
   */
  'enum (with default) *required': 'available' | 'pending' | 'sold';
  /**
   * This enum has a `example` of `pending`.
   */
  'enum (with example)'?: 'available' | 'pending' | 'sold';
  /**
   * This enum has a `example` of `pending` and is required.
   */
  'enum (with example) *required': 'available' | 'pending' | 'sold';
  /**
   * This enum has an example that isn't part of the enum, so the option does not get hidden
   */
  'enum (with non-value example)'?: 'available' | 'pending' | 'sold';
  /**
   * This enum has an example that isn't part of the enum, so the option does not get hidden
   */
  'enum (with non-value example) *required': 'available' | 'pending' | 'sold';
  /**
   * This enum has an empty string (`""`) as one of its available options.
   */
  'enum (with empty option)'?: '' | 'available' | 'pending' | 'sold';
  /**
   * This enum has multiple duplicate options, they should get deduped in the UI
   */
  'enum (with duplicate options)'?: '' | 'available';
  /**
   * This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.
   *
   * Default: ""
   */
  'enum (with empty option and empty default)'?: '';
};

/**
 * String enum support
 */
export type StringEnumSupportResponse = undefined;

/** The declared error responses of `stringEnumSupport`, by status: narrowing on `status` narrows `body`. */
export type StringEnumSupportError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };
