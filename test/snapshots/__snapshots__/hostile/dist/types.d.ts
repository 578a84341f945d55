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

export type AnyEnum =
  | 'plain'
  | 'dq"'
  | "sq'"
  | 0
  | -1
  | 1.5
  | -0.25
  | 1e+21
  | true
  | false
  | null
  | readonly ['a', 1, null]
  | { readonly '"k': 'v'; readonly 'nested': { readonly 'x': readonly [1] } }
  | { readonly '__proto__': { readonly 'polluted': 'yes' }; readonly 'k': 1 };

export type Class = string;

export type Constructor = string;

export type Error = {
  message?: string;
};

export type Mood =
  | 'plain'
  | 'dq"'
  | "sq'"
  | 'back`tick'
  | '${x}'
  | 'back\\slash'
  | 'new\nline'
  | 'nul\u0000'
  | 'ls\u2028ps\u2029'
  | '__proto__'
  | 'constructor'
  | 'toString'
  | '*/ ; globalThis.pwned = 1; /*'
  | '"]; globalThis.pwned = 1; //'
  | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}'
  | '\ud83d\ude00'
  | '';

export type MySchema = number;

/**
 * Ends *\/ ; globalThis.pwned = 1; /* here.
 * \@param x injected tag
 *   \@deprecated indented tag
 * after LS
 * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
 * ```
 * fence
 */
export type MySchema2 = {
  id?: string;
  /**
   * Ends *\/ ; globalThis.pwned = 1; /* here.
   * \@param x injected tag
   *   \@deprecated indented tag
   * after LS
   * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
   * ```
   * fence
   */
  class?: string;
  '1st'?: number;
  'kebab-case'?: string;
  'dot.name'?: string;
  '@odata.type'?: string;
  'with space'?: string;
  'quo"te'?: string;
  "apos'"?: string;
  'back\\slash'?: string;
  'emoji\ud83d\ude00'?: string;
  constructor?: string;
  prototype?: string;
  toString?: string;
  hasOwnProperty?: string;
  'a-b'?: string;
  a_b?: string;
  'a b'?: string;
  aB?: string;
  /**
   * *\/ ; globalThis.pwned = 1; /*
   */
  '"]; globalThis.pwned = 1; //'?: string;
  '*/ ; globalThis.pwned = 1; /*'?: string;
  'line\u2028sep'?: string;
  'nul\u0000byte'?: string;
  '${x}`'?: string;
  slashy?: string;
  regexPayload?: string;
  flagsLike?: string;
  unicodeWord?: string;
  astral?: string;
  mood?: Mood;
  anything?: AnyEnum;
  /**
   * the __proto__ property
   */
  __proto__?: string;
};

/**
 * *\/ ; globalThis.pwned = 1; /*
 */
export type MySchema3 = string;

export type MySchema4 = boolean;

export type MySchema5 = number;

export type Promise = string;

export type Proto = string;

export type Record = string;

export type ToString = string;

export type _1thing = string;

/**
 * GET /items
 */
export type GetItem5Parameters = { [key: string]: never };

export type GetItem5RequestBody = never;

export type GetItem5Response = {
  value?: MySchema2[];
};

/** The declared error responses of `getItem5`, by status: narrowing on `status` narrows `body`. */
export type GetItem5Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /items
 */
export type GlobalThisPwned1Parameters = { [key: string]: never };

export type GlobalThisPwned1RequestBody = never;

export type GlobalThisPwned1Response = undefined;

/** The declared error responses of `globalThisPwned1`, by status: narrowing on `status` narrows `body`. */
export type GlobalThisPwned1Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /items
 */
export type GetItemParameters = { [key: string]: never };

export type GetItemRequestBody = MySchema2;

export type GetItemResponse = MySchema2;

/** The declared error responses of `getItem`, by status: narrowing on `status` narrows `body`. */
export type GetItemError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * DELETE /items
 */
export type DeleteParameters = { [key: string]: never };

export type DeleteRequestBody = never;

export type DeleteResponse = undefined;

/** The declared error responses of `delete_`, by status: narrowing on `status` narrows `body`. */
export type DeleteError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * GET /items/{id}
 */
export type GetItem2Parameters = {
  path: {
    id: string;
  };
};

export type GetItem2RequestBody = never;

export type GetItem2Response = MySchema2;

/** The declared error responses of `getItem2`, by status: narrowing on `status` narrows `body`. */
export type GetItem2Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * GET /items/{item-id}/sub.path/{odd.name}
 */
export type GetItem3Parameters = {
  path: {
    /**
     * Ends *\/ ; globalThis.pwned = 1; /* here.
     * \@param x injected tag
     *   \@deprecated indented tag
     * after LS
     * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
     * ```
     * fence
     */
    'item-id': string;
    'odd.name':
      | 'plain'
      | 'dq"'
      | "sq'"
      | 'back`tick'
      | '${x}'
      | 'back\\slash'
      | 'new\nline'
      | 'nul\u0000'
      | 'ls\u2028ps\u2029'
      | '__proto__'
      | 'constructor'
      | 'toString'
      | '*/ ; globalThis.pwned = 1; /*'
      | '"]; globalThis.pwned = 1; //'
      | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}'
      | '\ud83d\ude00';
  };
  query?: {
    'q"uery'?: string;
    $filter?: string;
  };
  header?: {
    'X-Odd-Header'?: 'a"b' | '*/ ; globalThis.pwned = 1; /*';
  };
};

/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 */
export type GetItem3RequestBody = never;

/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 */
export type GetItem3Response = MySchema2;

/** The declared error responses of `getItem3`, by status: narrowing on `status` narrows `body`. */
export type GetItem3Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PATCH /items/{item-id}/sub.path/{odd.name}
 */
export type GetItem4Parameters = {
  path: {
    /**
     * Ends *\/ ; globalThis.pwned = 1; /* here.
     * \@param x injected tag
     *   \@deprecated indented tag
     * after LS
     * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
     * ```
     * fence
     */
    'item-id': string;
    'odd.name':
      | 'plain'
      | 'dq"'
      | "sq'"
      | 'back`tick'
      | '${x}'
      | 'back\\slash'
      | 'new\nline'
      | 'nul\u0000'
      | 'ls\u2028ps\u2029'
      | '__proto__'
      | 'constructor'
      | 'toString'
      | '*/ ; globalThis.pwned = 1; /*'
      | '"]; globalThis.pwned = 1; //'
      | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}'
      | '\ud83d\ude00';
  };
};

export type GetItem4RequestBody = MySchema2;

export type GetItem4Response = undefined;

/** The declared error responses of `getItem4`, by status: narrowing on `status` narrows `body`. */
export type GetItem4Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * GET /things/__proto__/constructor
 */
export type Proto2Parameters = { [key: string]: never };

export type Proto2RequestBody = never;

export type Proto2Response = undefined;

/** The declared error responses of `proto`, by status: narrowing on `status` narrows `body`. */
export type Proto2Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * PUT /things/__proto__/constructor
 */
export type ToString2Parameters = { [key: string]: never };

export type ToString2RequestBody = never;

export type ToString2Response = undefined;

/** The declared error responses of `toString`, by status: narrowing on `status` narrows `body`. */
export type ToString2Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * POST /things/__proto__/constructor
 */
export type Constructor2Parameters = { [key: string]: never };

export type Constructor2RequestBody = never;

export type Constructor2Response = undefined;

/** The declared error responses of `constructor_`, by status: narrowing on `status` narrows `body`. */
export type Constructor2Error =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };

/**
 * DELETE /things/__proto__/constructor
 */
export type _1opParameters = { [key: string]: never };

export type _1opRequestBody = never;

export type _1opResponse = undefined;

/** The declared error responses of `_1op`, by status: narrowing on `status` narrows `body`. */
export type _1opError =
  | { readonly status: Status3XX | Status4XX | Status5XX; readonly body: unknown };
