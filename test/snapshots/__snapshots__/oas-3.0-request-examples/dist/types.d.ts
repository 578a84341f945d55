/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type Pet = {
    name?: string;
    petType?: 'Cat' | 'Dog';
};
export type Pets = Pet[];
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
/**
 * Token
 */
export type Token = {
    /**
     * Format: int32
     */
    access_token: number;
    token_type: string;
    /**
     * Format: int32
     */
    expires_in: number;
};
export type User = {
    id?: number;
    email?: string;
    name?: string;
};
/**
 * GET /parameterExamples/{param1}/{param2}
 */
export type GetParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
};
/**
 * Within `examples` (parameters)
 */
export type GetParameterExamplesByParam1ByParam2RequestBody = never;
/**
 * Within `examples` (parameters)
 */
export type GetParameterExamplesByParam1ByParam2Response = User;
/** The declared error responses of `getParameterExamplesByParam1ByParam2`, by status: narrowing on `status` narrows `body`. */
export type GetParameterExamplesByParam1ByParam2Error = {
    readonly status: 400;
    readonly body: string;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: User;
};
/**
 * PUT /parameterExamples/{param1}/{param2}
 */
export type PutParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
};
/**
 * Within `example`
 */
export type PutParameterExamplesByParam1ByParam2RequestBody = User;
/**
 * Within `example`
 */
export type PutParameterExamplesByParam1ByParam2Response = User;
/** The declared error responses of `putParameterExamplesByParam1ByParam2`, by status: narrowing on `status` narrows `body`. */
export type PutParameterExamplesByParam1ByParam2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /parameterExamples/{param1}/{param2}
 */
export type PatchParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
    query?: {
        param3?: string;
        param4?: string;
    };
    header: {
        param5: string;
        param6?: string;
    };
};
/**
 * Within `examples` (mixed)
 */
export type PatchParameterExamplesByParam1ByParam2RequestBody = User;
/**
 * Within `examples` (mixed)
 */
export type PatchParameterExamplesByParam1ByParam2Response = User;
/** The declared error responses of `patchParameterExamplesByParam1ByParam2`, by status: narrowing on `status` narrows `body`. */
export type PatchParameterExamplesByParam1ByParam2Error = {
    readonly status: 400;
    readonly body: string;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: User;
};
/**
 * PUT /requestBody
 */
export type PutRequestBodyParameters = {
    [key: string]: never;
};
/**
 * `$ref` within `example`
 */
export type PutRequestBodyRequestBody = User;
/**
 * `$ref` within `example`
 */
export type PutRequestBodyResponse = User;
/** The declared error responses of `putRequestBody`, by status: narrowing on `status` narrows `body`. */
export type PutRequestBodyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /requestBody
 */
export type PostRequestBodyParameters = {
    [key: string]: never;
};
/**
 * Within `examples` (body)
 */
export type PostRequestBodyRequestBody = User;
/**
 * Within `examples` (body)
 */
export type PostRequestBodyResponse = User;
/** The declared error responses of `postRequestBody`, by status: narrowing on `status` narrows `body`. */
export type PostRequestBodyError = {
    readonly status: 400;
    readonly body: string;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: User;
};
/**
 * PATCH /requestBody
 */
export type PatchRequestBodyParameters = {
    [key: string]: never;
};
/**
 * Within `example`
 */
export type PatchRequestBodyRequestBody = User;
/**
 * Within `example`
 */
export type PatchRequestBodyResponse = User;
/** The declared error responses of `patchRequestBody`, by status: narrowing on `status` narrows `body`. */
export type PatchRequestBodyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /requestBody-form-data-example
 */
export type DemoFormDataParameters = {
    [key: string]: never;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataRequestBody = {
    client_id: string;
    client_secret: string;
    /**
     * Format: int32
     */
    scope?: number;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataResponse = Token;
/** The declared error responses of `demoFormData`, by status: narrowing on `status` narrows `body`. */
export type DemoFormDataError = {
    readonly status: 401;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401> | Status5XX;
    readonly body: unknown;
};
/**
 * POST /requestBody-multi-media-types
 */
export type PostRequestBodyMultiMediaTypesParameters = {
    [key: string]: never;
};
/**
 * Within `examples`
 */
export type PostRequestBodyMultiMediaTypesRequestBody = unknown;
/**
 * Within `examples`
 */
export type PostRequestBodyMultiMediaTypesResponse = string;
/** The declared error responses of `postRequestBodyMultiMediaTypes`, by status: narrowing on `status` narrows `body`. */
export type PostRequestBodyMultiMediaTypesError = {
    readonly status: 400;
    readonly body: string;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /requestBody-primitive-example
 */
export type PutRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Stringified JSON arrays in an `examples` value
 */
export type PutRequestBodyPrimitiveExampleRequestBody = Pets;
/**
 * Stringified JSON arrays in an `examples` value
 */
export type PutRequestBodyPrimitiveExampleResponse = Pets;
/** The declared error responses of `putRequestBodyPrimitiveExample`, by status: narrowing on `status` narrows `body`. */
export type PutRequestBodyPrimitiveExampleError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /requestBody-primitive-example
 */
export type PostRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Primitive `example`
 */
export type PostRequestBodyPrimitiveExampleRequestBody = string;
/**
 * Primitive `example`
 */
export type PostRequestBodyPrimitiveExampleResponse = string;
/** The declared error responses of `postRequestBodyPrimitiveExample`, by status: narrowing on `status` narrows `body`. */
export type PostRequestBodyPrimitiveExampleError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /requestBody-primitive-example
 */
export type PatchRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Stringified JSON object in an `examples` value
 */
export type PatchRequestBodyPrimitiveExampleRequestBody = Pet;
/**
 * Stringified JSON object in an `examples` value
 */
export type PatchRequestBodyPrimitiveExampleResponse = Pet;
/** The declared error responses of `patchRequestBodyPrimitiveExample`, by status: narrowing on `status` narrows `body`. */
export type PatchRequestBodyPrimitiveExampleError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
