/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * ApplicationApprovedEvent
 *
 * Emitted when an application is underwritten and approved.
 */
export type ApplicationApprovedEvent = BasePurchaseWebhookEvent;
/**
 * ApplicationDeniedEvent
 *
 * Emitted when an application is underwritten and denied.
 */
export type ApplicationDeniedEvent = BasePurchaseWebhookEvent;
export type BaseBuyerWebhookEvent = BaseWebhookEvent & {
    /**
     * ID of the buyer the event corresponds to.
     */
    buyer_id: string;
};
export type BasePurchaseWebhookEvent = BaseBuyerWebhookEvent & {
    /**
     * Provided Partner Order ID.
     */
    order_id?: string;
};
/**
 * Vehicle (from [Redocly example](https://redocly.com/docs/resources/discriminator#when-to-use-the-openapi-discriminator))
 */
export type BaseVehicle = {
    /**
     * The type of vehicle.
     */
    vehicleType?: string;
    /**
     * A road, river, air... Where does this vehicle thrive?
     */
    idealTerrain?: string;
    /**
     * How is the vehicle powered.
     */
    powerSource?: string;
    /**
     * The top speed in kilometers per hour rounded to the nearest integer.
     */
    topSpeed?: number;
    /**
     * The 95th percentile range of a trip in kilometers.
     */
    range?: number;
};
export type BaseWebhookEvent = {
    /**
     * Type of the webhook event.
     */
    event_type: 'application_approved' | 'application_denied';
    /**
     * ID of the event.
     */
    event_id: string;
};
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
 * Meow
 */
export type CatNoDisc = {
    [key: string]: unknown;
} & PetNoDisc & {
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
 * Woof
 */
export type DogNoDisc = PetNoDisc & {
    bark?: boolean;
    breed?: 'Dingo' | 'Husky' | 'Retriever' | 'Shepherd';
};
export type ElectricVehicle = BaseVehicle & {
    /**
     * In range kilometers per hour.
     */
    chargeSpeed?: number;
    /**
     * Amps recommended for charging.
     */
    chargeAmps?: number;
    /**
     * Voltage recommended for charging.
     */
    chargeVoltage?: number;
};
export type FueledVehicle = BaseVehicle & {
    /**
     * Capacity of the fuel tank in gallons.
     *
     * Format: double
     */
    tankCapacity?: number;
    /**
     * Miles per gallon on the highway.
     *
     * Format: double
     */
    milesPerGallon?: number;
};
export type GcsImport = {
    gcs_bucket?: string;
    gcs_prefix?: string;
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
/**
 * Schema title option one
 */
export type OptionOneNoDisc = {
    discrim: string;
    optionone?: number;
};
/**
 * Schema title option three
 */
export type OptionThreeNoDisc = {
    discrim: string;
    optionthree?: string;
};
/**
 * Schema title option two
 */
export type OptionTwoNoDisc = {
    discrim: string;
    optiontwo?: string;
};
export type PedaledVehicle = BaseVehicle & {
    /**
     * Type of handlebars
     */
    handlebars?: 'flat' | 'riser' | 'bullhorn' | 'drop' | 'aero' | 'cruiser';
};
export type Pet = {
    pet_type: string;
};
export type PetNoDisc = {
    pet_type: string;
};
export type S3Import = {
    s3_bucket?: string;
    s3_prefix?: string;
};
export type String1 = string;
export type String2 = string;
/**
 * PATCH /discriminator-with-mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingParameters = {
    [key: string]: never;
};
/**
 * oneOf with discriminator and mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * oneOf with discriminator and mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingResponse = undefined;
/** The declared error responses of `oneOfWithTopLevelDiscriminatorAndMapping`, by status: narrowing on `status` narrows `body`. */
export type OneOfWithTopLevelDiscriminatorAndMappingError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /discriminator-with-no-mapping
 */
export type OneOfWithTopLevelDiscriminatorNoMappingParameters = {
    [key: string]: never;
};
/**
 * oneOf with top-level discriminator (no mapping)
 */
export type OneOfWithTopLevelDiscriminatorNoMappingRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * oneOf with top-level discriminator (no mapping)
 */
export type OneOfWithTopLevelDiscriminatorNoMappingResponse = undefined;
/** The declared error responses of `oneOfWithTopLevelDiscriminatorNoMapping`, by status: narrowing on `status` narrows `body`. */
export type OneOfWithTopLevelDiscriminatorNoMappingError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /embedded-discriminator
 */
export type PatchEmbeddedDiscriminatorParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf and embedded discriminator
 */
export type PatchEmbeddedDiscriminatorRequestBody = Cat | Dog;
/**
 * oneOf request with a nested allOf and embedded discriminator
 */
export type PatchEmbeddedDiscriminatorResponse = undefined;
/** The declared error responses of `patchEmbeddedDiscriminator`, by status: narrowing on `status` narrows `body`. */
export type PatchEmbeddedDiscriminatorError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /improper-discriminator-placement
 */
export type OneOfWithImproperlyPlacedDiscriminatorParameters = {
    [key: string]: never;
};
/**
 * oneOf with a discriminator that is referencing a property up a level
 */
export type OneOfWithImproperlyPlacedDiscriminatorRequestBody = {
    connector_type?: 's3Import' | 'gcsImport';
    connector_properties?: {
        [key: string]: unknown;
    } & (GcsImport | S3Import);
};
/**
 * oneOf with a discriminator that is referencing a property up a level
 */
export type OneOfWithImproperlyPlacedDiscriminatorResponse = undefined;
/** The declared error responses of `oneOfWithImproperlyPlacedDiscriminator`, by status: narrowing on `status` narrows `body`. */
export type OneOfWithImproperlyPlacedDiscriminatorError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /mapping-of-schema-names
 */
export type PatchMappingOfSchemaNamesParameters = {
    [key: string]: never;
};
/**
 * Discriminator with a schema name mapping
 */
export type PatchMappingOfSchemaNamesRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * Discriminator with a schema name mapping
 */
export type PatchMappingOfSchemaNamesResponse = undefined;
/** The declared error responses of `patchMappingOfSchemaNames`, by status: narrowing on `status` narrows `body`. */
export type PatchMappingOfSchemaNamesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /mapping-with-duplicate-schemas
 */
export type PatchMappingWithDuplicateSchemasParameters = {
    [key: string]: never;
};
/**
 * Handle a schema with duplicate mapping schemas
 */
export type PatchMappingWithDuplicateSchemasRequestBody = {
    discrimValue?: 'oneA' | 'oneB' | 'oneC' | 'twoA' | 'twoB' | 'three';
} & (OptionOneNoDisc | OptionTwoNoDisc | OptionThreeNoDisc);
/**
 * Handle a schema with duplicate mapping schemas
 */
export type PatchMappingWithDuplicateSchemasResponse = undefined;
/** The declared error responses of `patchMappingWithDuplicateSchemas`, by status: narrowing on `status` narrows `body`. */
export type PatchMappingWithDuplicateSchemasError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /nested-one-of-object-with-nested-one-of
 */
export type PatchNestedOneOfObjectWithNestedOneOfParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested oneOf, and embedded discriminator
 */
export type PatchNestedOneOfObjectWithNestedOneOfRequestBody = {
    config?: Object1 | Object2 | Cat | Dog;
};
/**
 * oneOf request with a nested oneOf, and embedded discriminator
 */
export type PatchNestedOneOfObjectWithNestedOneOfResponse = undefined;
/** The declared error responses of `patchNestedOneOfObjectWithNestedOneOf`, by status: narrowing on `status` narrows `body`. */
export type PatchNestedOneOfObjectWithNestedOneOfError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /oneof-allof-top-level-disc
 */
export type PatchOneofAllofTopLevelDiscParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf and top level discriminator
 */
export type PatchOneofAllofTopLevelDiscRequestBody = CatNoDisc | DogNoDisc;
/**
 * oneOf request with a nested allOf and top level discriminator
 */
export type PatchOneofAllofTopLevelDiscResponse = undefined;
/** The declared error responses of `patchOneofAllofTopLevelDisc`, by status: narrowing on `status` narrows `body`. */
export type PatchOneofAllofTopLevelDiscError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /potentially-undefined-formData
 */
export type PostPotentiallyUndefinedFormDataParameters = {
    [key: string]: never;
};
/**
 * Handling for potentially undefined formData
 */
export type PostPotentiallyUndefinedFormDataRequestBody = ApplicationApprovedEvent | ApplicationDeniedEvent;
/**
 * Handling for potentially undefined formData
 */
export type PostPotentiallyUndefinedFormDataResponse = undefined;
/** The declared error responses of `postPotentiallyUndefinedFormData`, by status: narrowing on `status` narrows `body`. */
export type PostPotentiallyUndefinedFormDataError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /redocly-flavored-discriminator
 */
export type RedoclyQuirkParameters = {
    [key: string]: never;
};
/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 */
export type RedoclyQuirkRequestBody = {
    vehicle?: BaseVehicle;
    /**
     * Some other property that should render alongside the discriminated property
     *
     * Default: "default-value"
     */
    some_other_property?: string;
};
/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 */
export type RedoclyQuirkResponse = undefined;
/** The declared error responses of `redoclyQuirk`, by status: narrowing on `status` narrows `body`. */
export type RedoclyQuirkError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
