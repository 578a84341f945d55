/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * Meow
 */
export type Cat = {
    [key: string]: unknown;
} & Pet & {
    hunts?: boolean;
    age?: number;
};
/**
 * Woof
 */
export type Dog = Pet & {
    bark?: boolean;
    breed?: 'Dingo' | 'Husky' | 'Retriever' | 'Shepherd';
};
/**
 * First type of object
 */
export type Object1 = {
    a?: string;
    b?: string;
};
/**
 * Second type of object
 */
export type Object2 = {
    c?: string;
    d?: string;
};
export type Pet = {
    pet_type: string;
};
export type String1 = string;
export type String2 = string;
/**
 * POST /any-of-with-type
 */
export type PostAnyOfWithTypeParameters = {
    [key: string]: never;
};
/**
 * anyOf With Type
 */
export type PostAnyOfWithTypeRequestBody = {
    event?: string;
};
/**
 * anyOf With Type
 */
export type PostAnyOfWithTypeResponse = undefined;
/** The declared error responses of `postAnyOfWithType`, by status: narrowing on `status` narrows `body`. */
export type PostAnyOfWithTypeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/all-of-object
 */
export type PostAnythingAllOfObjectParameters = {
    [key: string]: never;
};
/**
 * allOf with listed objects
 */
export type PostAnythingAllOfObjectRequestBody = {
    [key: string]: unknown;
} & {
    a?: string;
    b?: string;
} & {
    c?: string;
    d?: string;
};
/**
 * allOf with listed objects
 */
export type PostAnythingAllOfObjectResponse = undefined;
/** The declared error responses of `postAnythingAllOfObject`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingAllOfObjectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/any-of-object
 */
export type PostAnythingAnyOfObjectParameters = {
    [key: string]: never;
};
/**
 * anyOf object
 */
export type PostAnythingAnyOfObjectRequestBody = {
    a?: string;
    b?: string;
} | {
    c?: string;
    d?: string;
};
/**
 * anyOf object
 */
export type PostAnythingAnyOfObjectResponse = undefined;
/** The declared error responses of `postAnythingAnyOfObject`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingAnyOfObjectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/any-of-primitive
 */
export type PostAnythingAnyOfPrimitiveParameters = {
    [key: string]: never;
};
/**
 * anyOf primitive
 */
export type PostAnythingAnyOfPrimitiveRequestBody = string | number;
/**
 * anyOf primitive
 */
export type PostAnythingAnyOfPrimitiveResponse = undefined;
/** The declared error responses of `postAnythingAnyOfPrimitive`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingAnyOfPrimitiveError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/nested-one-of-object-ref
 */
export type PostAnythingNestedOneOfObjectRefParameters = {
    [key: string]: never;
};
/**
 * nested oneOf object with $ref pointers
 */
export type PostAnythingNestedOneOfObjectRefRequestBody = {
    config?: Object1 | Object2;
};
/**
 * nested oneOf object with $ref pointers
 */
export type PostAnythingNestedOneOfObjectRefResponse = undefined;
/** The declared error responses of `postAnythingNestedOneOfObjectRef`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingNestedOneOfObjectRefError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/nested-one-of-object-with-nested-one-of
 */
export type PostAnythingNestedOneOfObjectWithNestedOneOfParameters = {
    [key: string]: never;
};
export type PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody = {
    config?: Object1 | Object2 | Cat | Dog;
};
export type PostAnythingNestedOneOfObjectWithNestedOneOfResponse = undefined;
/** The declared error responses of `postAnythingNestedOneOfObjectWithNestedOneOf`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingNestedOneOfObjectWithNestedOneOfError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/nested-one-of-ref
 */
export type PostAnythingNestedOneOfRefParameters = {
    [key: string]: never;
};
export type PostAnythingNestedOneOfRefRequestBody = {
    config?: String1 | String2;
};
export type PostAnythingNestedOneOfRefResponse = undefined;
/** The declared error responses of `postAnythingNestedOneOfRef`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingNestedOneOfRefError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/one-of-object
 */
export type PostAnythingOneOfObjectParameters = {
    [key: string]: never;
};
/**
 * oneOf object
 */
export type PostAnythingOneOfObjectRequestBody = {
    a?: string;
    b?: string;
} | {
    c?: string;
    d?: string;
};
/**
 * oneOf object
 */
export type PostAnythingOneOfObjectResponse = undefined;
/** The declared error responses of `postAnythingOneOfObject`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingOneOfObjectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/one-of-object-ref
 */
export type PostAnythingOneOfObjectRefParameters = {
    [key: string]: never;
};
/**
 * oneOf object with $ref pointers
 */
export type PostAnythingOneOfObjectRefRequestBody = Object1 | Object2;
/**
 * oneOf object with $ref pointers
 */
export type PostAnythingOneOfObjectRefResponse = undefined;
/** The declared error responses of `postAnythingOneOfObjectRef`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingOneOfObjectRefError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/one-of-primitive
 */
export type PostAnythingOneOfPrimitiveParameters = {
    [key: string]: never;
};
/**
 * oneOf primitive
 */
export type PostAnythingOneOfPrimitiveRequestBody = string | number;
/**
 * oneOf primitive
 */
export type PostAnythingOneOfPrimitiveResponse = undefined;
/** The declared error responses of `postAnythingOneOfPrimitive`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingOneOfPrimitiveError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /one-of-complex
 */
export type PostOneOfComplexParameters = {
    [key: string]: never;
};
/**
 * oneOf object with a complex schema
 */
export type PostOneOfComplexRequestBody = {
    [key: string]: unknown;
} & ({
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
    exemption?: {
        reason: 'LISTING_TYPE_NOT_INCLUDED' | 'LISTING_NOT_TOURIST_ACCOMMODATION';
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        expiration_date: string;
        full_name: string;
        email: string;
        listing_address: string;
        attestation_existing_registration: boolean;
    };
    exemption?: {
        exemption_reason: 'hotel_motel';
        full_name: string;
        email: string;
        attestation_exemption_claim: boolean;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        email: string;
        full_name: string;
        listing_address: string;
        attestation: boolean;
    };
    exemption?: {
        exemption_reason: 'hotel_motel' | 'bed_breakfast_lodging' | 'institutional_business' | 'hospitals';
        listing_address: string;
        attestation: boolean;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        registration_ownership: string;
        email: string;
        full_name: string;
        identification_number: string;
    };
    exemption?: {
        reason: 'listing_not_full_building' | 'listing_is_shared_room' | 'other_exemption_reason';
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration: {
        permit_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    affiliation: {
        attestation_entrepreneur: boolean;
        listing_address: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    categorization: {
        listing_type: 'primary_residence' | 'houseboat' | 'tent' | 'tree_house' | 'hotel_or_hostel' | 'serviced_apartment' | 'trailer' | 'mobile_home' | 'summer_house';
        data_reporting_status?: 'private_activity' | 'business_activity';
        data_reporting_bbr?: string;
        attestation?: boolean;
        attestation_conditional?: boolean;
    };
});
/**
 * oneOf object with a complex schema
 */
export type PostOneOfComplexResponse = undefined;
/** The declared error responses of `postOneOfComplex`, by status: narrowing on `status` narrows `body`. */
export type PostOneOfComplexError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /one-of-with-type
 */
export type PostOneOfWithTypeParameters = {
    [key: string]: never;
};
/**
 * One Of With Type
 */
export type PostOneOfWithTypeRequestBody = {
    event?: string;
};
/**
 * One Of With Type
 */
export type PostOneOfWithTypeResponse = undefined;
/** The declared error responses of `postOneOfWithType`, by status: narrowing on `status` narrows `body`. */
export type PostOneOfWithTypeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /pets
 */
export type PatchPetsParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf
 */
export type PatchPetsRequestBody = Cat | Dog;
/**
 * oneOf request with a nested allOf
 */
export type PatchPetsResponse = undefined;
/** The declared error responses of `patchPets`, by status: narrowing on `status` narrows `body`. */
export type PatchPetsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
