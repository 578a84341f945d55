/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * Base animal, returned in search results
 */
export type AnimalBase = {
    /**
     * Animal unique ID
     */
    uid: string;
    /**
     * Animal name
     */
    name: string;
    /**
     * Whether it's an earth animal
     */
    earthAnimal?: boolean;
    /**
     * Whether it's an earth insect
     */
    earthInsect?: boolean;
    /**
     * Whether it's an avian
     */
    avian?: boolean;
    /**
     * Whether it's a canine
     */
    canine?: boolean;
    /**
     * Whether it's a feline
     */
    feline?: boolean;
};
/**
 * Response object for animals search
 */
export type AnimalBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of animals matching given criteria
     */
    animals?: AnimalBase[];
};
/**
 * Full animal, returned when queried using UID
 */
export type AnimalFull = {
    /**
     * Animal unique ID
     */
    uid: string;
    /**
     * Animal name
     */
    name: string;
    /**
     * Whether it's an earth animal
     */
    earthAnimal?: boolean;
    /**
     * Whether it's an earth insect
     */
    earthInsect?: boolean;
    /**
     * Whether it's an avian
     */
    avian?: boolean;
    /**
     * Whether it's a canine
     */
    canine?: boolean;
    /**
     * Whether it's a feline
     */
    feline?: boolean;
};
/**
 * Response object for single animal query
 */
export type AnimalFullResponse = {
    animal?: AnimalFull;
};
/**
 * Header animal, embedded in other objects
 */
export type AnimalHeader = {
    /**
     * Animal unique ID
     */
    uid: string;
    /**
     * Animal name
     */
    name: string;
};
/**
 * Base astronomical object, returned in search results
 */
export type AstronomicalObjectBase = {
    /**
     * Astronomical object's unique ID
     */
    uid: string;
    /**
     * Astronomical object name
     */
    name: string;
    astronomicalObjectType: AstronomicalObjectType;
    location?: AstronomicalObjectHeader;
};
/**
 * Response object for astronomical objects search
 */
export type AstronomicalObjectBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of astronomical objects matching given criteria
     */
    astronomicalObjects?: AstronomicalObjectBase[];
};
/**
 * Full astronomical object, returned when queried using UID
 */
export type AstronomicalObjectFull = {
    /**
     * Astronomical object's unique ID
     */
    uid: string;
    /**
     * Astronomical object name
     */
    name: string;
    astronomicalObjectType: AstronomicalObjectType;
    location?: AstronomicalObjectBase;
    /**
     * Astronomical objects located in this astronomical object, like planets in a star system
     */
    astronomicalObjects?: AstronomicalObjectBase[];
};
/**
 * Response object for single astronomical object query
 */
export type AstronomicalObjectFullResponse = {
    astronomicalObject?: AstronomicalObjectFull;
};
/**
 * Header astronomical object, embedded in other objects
 */
export type AstronomicalObjectHeader = {
    /**
     * Astronomical object's unique ID
     */
    uid: string;
    /**
     * Astronomical object name
     */
    name: string;
};
/**
 * Astronomical object type
 */
export type AstronomicalObjectType = 'PLANET' | 'D_CLASS_PLANET' | 'H_CLASS_PLANET' | 'GAS_GIANT_PLANET' | 'K_CLASS_PLANET' | 'L_CLASS_PLANET' | 'M_CLASS_PLANET' | 'Y_CLASS_PLANET' | 'ROGUE_PLANET' | 'ARTIFICIAL_PLANET' | 'ASTEROID' | 'ASTEROIDAL_MOON' | 'ASTEROID_BELT' | 'CLUSTER' | 'COMET' | 'CONSTELLATION' | 'GALAXY' | 'MOON' | 'M_CLASS_MOON' | 'NEBULA' | 'PLANETOID' | 'D_CLASS_PLANETOID' | 'QUASAR' | 'STAR' | 'STAR_SYSTEM' | 'SECTOR' | 'REGION';
/**
 * Blood type
 */
export type BloodType = 'B_NEGATIVE' | 'O_NEGATIVE' | 'T_NEGATIVE';
/**
 * Base book, returned in search results
 */
export type BookBase = {
    /**
     * Book unique ID
     */
    uid: string;
    /**
     * Book title
     */
    title: string;
    /**
     * Year the book was published
     */
    publishedYear?: number;
    /**
     * Month the book was published
     */
    publishedMonth?: number;
    /**
     * Day the book was published
     */
    publishedDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of book story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book story
     */
    yearFrom?: number;
    /**
     * Ending year of book story
     */
    yearTo?: number;
    /**
     * Whether it's a novel
     */
    novel: boolean;
    /**
     * Whether it's a reference book
     */
    referenceBook: boolean;
    /**
     * Whether it's a biography book
     */
    biographyBook: boolean;
    /**
     * Whether it's a role playing book
     */
    rolePlayingBook: boolean;
    /**
     * Whether it's an eBook
     */
    eBook: boolean;
    /**
     * Whether it's an anthology
     */
    anthology: boolean;
    /**
     * Whether it's a novelization
     */
    novelization: boolean;
    /**
     * Whether it's an audiobook, or has been release as an audiobook in addition to other form
     */
    audiobook: boolean;
    /**
     * If it's an audiobook, whether it's been abridged
     */
    audiobookAbridged: boolean;
    /**
     * Year the audiobook was published
     */
    audiobookPublishedYear?: number;
    /**
     * Month the audiobook was published
     */
    audiobookPublishedMonth?: number;
    /**
     * Day the audiobook was published
     */
    audiobookPublishedDay?: number;
    /**
     * Audiobook run time, in minutes
     */
    audiobookRunTime?: number;
    /**
     * Book's production number
     */
    productionNumber?: string;
};
/**
 * Response object for books search
 */
export type BookBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of books matching given criteria
     */
    books?: BookBase[];
};
/**
 * Base book collection, returned in search results
 */
export type BookCollectionBase = {
    /**
     * Book collection unique ID
     */
    uid?: string;
    /**
     * Book collection title
     */
    title?: string;
    /**
     * Year the book collection was published
     */
    publishedYear?: number;
    /**
     * Month the book collection was published
     */
    publishedMonth?: number;
    /**
     * Day the book collection was published
     */
    publishedDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of book collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book collection stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book collection stories
     */
    yearFrom?: number;
    /**
     * Ending year of book collection stories
     */
    yearTo?: number;
};
/**
 * Response object for book collections search
 */
export type BookCollectionBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of book collections matching given criteria
     */
    bookCollections?: BookCollectionBase[];
};
/**
 * Full book collection, returned when queried using UID
 */
export type BookCollectionFull = {
    /**
     * Book collection unique ID
     */
    uid?: string;
    /**
     * Book collection title
     */
    title?: string;
    /**
     * Year the book collection was published
     */
    publishedYear?: number;
    /**
     * Month the book collection was published
     */
    publishedMonth?: number;
    /**
     * Day the book collection was published
     */
    publishedDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of book collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book collection stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book collection stories
     */
    yearFrom?: number;
    /**
     * Ending year of book collection stories
     */
    yearTo?: number;
    /**
     * Book series this book collection is included in
     */
    bookSeries?: BookSeriesBase[];
    /**
     * Authors of the book collection
     */
    authors?: StaffBase[];
    /**
     * Artists involved in the book collection
     */
    artists?: StaffBase[];
    /**
     * Editors involved in the book collection
     */
    editors?: StaffBase[];
    /**
     * Book collection publishers
     */
    publishers?: CompanyBase[];
    /**
     * Characters appearing in the book collection
     */
    characters?: CharacterBase[];
    /**
     * References
     */
    references?: Reference[];
    /**
     * Books included in this book collection
     */
    books?: BookBase[];
};
/**
 * Response object for single book collection query
 */
export type BookCollectionFullResponse = {
    bookCollection?: BookCollectionFull;
};
/**
 * Header book collection, embedded in other objects
 */
export type BookCollectionHeader = {
    /**
     * Book collection unique ID
     */
    uid?: string;
    /**
     * Book collection title
     */
    title?: string;
};
/**
 * Full book, returned when queried using UID
 */
export type BookFull = {
    /**
     * Book unique ID
     */
    uid: string;
    /**
     * Book title
     */
    title: string;
    /**
     * Year the book was published
     */
    publishedYear?: number;
    /**
     * Month the book was published
     */
    publishedMonth?: number;
    /**
     * Day the book was published
     */
    publishedDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of book story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book story
     */
    yearFrom?: number;
    /**
     * Ending year of book story
     */
    yearTo?: number;
    /**
     * Whether it's a novel
     */
    novel: boolean;
    /**
     * Whether it's a reference book
     */
    referenceBook: boolean;
    /**
     * Whether it's a biography book
     */
    biographyBook: boolean;
    /**
     * Whether it's a role playing book
     */
    rolePlayingBook: boolean;
    /**
     * Whether it's an e-book
     */
    eBook: boolean;
    /**
     * Whether it's an anthology
     */
    anthology: boolean;
    /**
     * Whether it's a novelization
     */
    novelization: boolean;
    /**
     * Whether it's an audiobook, or has been release as an audiobook in addition to other form
     */
    audiobook: boolean;
    /**
     * If it's an audiobook, whether it's been abridged
     */
    audiobookAbridged: boolean;
    /**
     * Year the audiobook was published
     */
    audiobookPublishedYear?: number;
    /**
     * Month the audiobook was published
     */
    audiobookPublishedMonth?: number;
    /**
     * Day the audiobook was published
     */
    audiobookPublishedDay?: number;
    /**
     * Audiobook run time, in minutes
     */
    audiobookRunTime?: number;
    /**
     * Book production number
     */
    productionNumber?: string;
    /**
     * Book series this book is included in
     */
    bookSeries?: BookSeriesBase[];
    /**
     * Authors of the book
     */
    authors?: StaffBase[];
    /**
     * Artists involved in the book
     */
    artists?: StaffBase[];
    /**
     * Editors involved in the book
     */
    editors?: StaffBase[];
    /**
     * Audiobook narrators
     */
    audiobookNarrators?: StaffBase[];
    /**
     * Book publishers
     */
    publishers?: CompanyBase[];
    /**
     * Audiobook publishers
     */
    audiobookPublishers?: CompanyBase[];
    /**
     * Characters appearing the book
     */
    characters?: CharacterBase[];
    /**
     * References
     */
    references?: Reference[];
    /**
     * Audiobook references
     */
    audiobookReferences?: Reference[];
    /**
     * Book collections this book is included in
     */
    bookCollections?: BookCollectionBase[];
};
/**
 * Response object for single book query
 */
export type BookFullResponse = {
    book?: BookFull;
};
/**
 * Header book, embedded in other objects
 */
export type BookHeader = {
    /**
     * Book unique ID
     */
    uid: string;
    /**
     * Book title
     */
    title: string;
};
/**
 * Base book series, returned in search results
 */
export type BookSeriesBase = {
    /**
     * Book series unique ID
     */
    uid: string;
    /**
     * Book series title
     */
    title: string;
    /**
     * Year from which the book series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the book series was published
     */
    publishedMonthFrom?: number;
    /**
     * Year to which the book series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the book series was published
     */
    publishedMonthTo?: number;
    /**
     * Number of pages
     */
    numberOfBooks?: number;
    /**
     * Starting year of book series stories
     */
    yearFrom?: number;
    /**
     * Ending year of book series stories
     */
    yearTo?: number;
    /**
     * Whether it's a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it's a e-book series
     */
    eBookSeries?: boolean;
};
/**
 * Response object for book series search
 */
export type BookSeriesBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of book series matching given criteria
     */
    bookSeries?: BookSeriesBase[];
};
/**
 * Full book series, returned when queried using UID
 */
export type BookSeriesFull = {
    /**
     * Book series unique ID
     */
    uid: string;
    /**
     * Book series title
     */
    title: string;
    /**
     * Year from which the book series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the book series was published
     */
    publishedMonthFrom?: number;
    /**
     * Year to which the book series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the book series was published
     */
    publishedMonthTo?: number;
    /**
     * Number of books in book series
     */
    numberOfBooks?: number;
    /**
     * Starting year of book series stories
     */
    yearFrom?: number;
    /**
     * Ending year of book series stories
     */
    yearTo?: number;
    /**
     * Whether it's a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it's a e-book series
     */
    eBookSeries?: boolean;
    /**
     * Book series this book series is included in
     */
    parentSeries?: BookSeriesBase[];
    /**
     * Child book series included in this book series
     */
    childSeries?: BookSeriesBase[];
    /**
     * Companies that published this book series
     */
    publishers?: CompanyBase[];
    /**
     * Books included in this book series
     */
    books?: BookBase[];
};
/**
 * Response object for single book series query
 */
export type BookSeriesFullResponse = {
    bookSeries?: BookSeriesFull;
};
/**
 * Header book series, embedded in other objects
 */
export type BookSeriesHeader = {
    /**
     * Book series unique ID
     */
    uid?: string;
    /**
     * Book series title
     */
    title?: string;
};
/**
 * Base character, returned in search results
 */
export type CharacterBase = {
    /**
     * Character unique ID
     */
    uid: string;
    /**
     * Character name
     */
    name: string;
    gender?: Gender;
    /**
     * Year the character was born
     */
    yearOfBirth?: number;
    /**
     * Month the character was born
     */
    monthOfBirth?: number;
    /**
     * Day the character was born
     */
    dayOfBirth?: number;
    /**
     * Place of birth
     */
    placeOfBirth?: string;
    /**
     * Year the character died
     */
    yearOfDeath?: number;
    /**
     * Month the character died
     */
    monthOfDeath?: number;
    /**
     * Day the character died
     */
    dayOfDeath?: number;
    /**
     * Place of death
     */
    placeOfDeath?: string;
    /**
     * Height in centimeters
     */
    height?: number;
    /**
     * Weight in kilograms
     */
    weight?: number;
    /**
     * Whether this character is deceased
     */
    deceased?: boolean;
    bloodType?: BloodType;
    maritalStatus?: MaritalStatus;
    /**
     * Serial number
     */
    serialNumber?: string;
    /**
     * Hologram activation date
     */
    hologramActivationDate?: string;
    /**
     * Hologram status
     */
    hologramStatus?: string;
    /**
     * Hologram date status
     */
    hologramDateStatus?: string;
    /**
     * Whether this character is a hologram
     */
    hologram?: boolean;
    /**
     * Whether this character is a fictional character (from universe point of view)
     */
    fictionalCharacter?: boolean;
    /**
     * Whether this character is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this character is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for characters search
 */
export type CharacterBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of characters matching given criteria
     */
    characters?: CharacterBase[];
};
/**
 * Full character, returned when queried using UID
 */
export type CharacterFull = {
    /**
     * Character unique ID
     */
    uid: string;
    /**
     * Character name
     */
    name: string;
    gender?: Gender;
    /**
     * Year the character was born
     */
    yearOfBirth?: number;
    /**
     * Month the character was born
     */
    monthOfBirth?: number;
    /**
     * Day the character was born
     */
    dayOfBirth?: number;
    /**
     * Place of birth
     */
    placeOfBirth?: string;
    /**
     * Year the character died
     */
    yearOfDeath?: number;
    /**
     * Month the character died
     */
    monthOfDeath?: number;
    /**
     * Day the character died
     */
    dayOfDeath?: number;
    /**
     * Place of death
     */
    placeOfDeath?: string;
    /**
     * Height in centimeters
     */
    height?: number;
    /**
     * Weight in kilograms
     */
    weight?: number;
    /**
     * Whether this character is deceased
     */
    deceased?: boolean;
    bloodType?: BloodType;
    maritalStatus?: MaritalStatus;
    /**
     * Serial number
     */
    serialNumber?: string;
    /**
     * Hologram activation date
     */
    hologramActivationDate?: string;
    /**
     * Hologram status
     */
    hologramStatus?: string;
    /**
     * Hologram date status
     */
    hologramDateStatus?: string;
    /**
     * Whether this character is a hologram
     */
    hologram?: boolean;
    /**
     * Whether this character is a fictional character (from universe point of view)
     */
    fictionalCharacter?: boolean;
    /**
     * Whether this character is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this character is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Performers who played this character
     */
    performers?: PerformerBase[];
    /**
     * Episodes in which this character appeared
     */
    episodes?: EpisodeBase[];
    /**
     * Movies in which this character appeared
     */
    movies?: MovieBase[];
    /**
     * Species this character belongs to
     */
    characterSpecies?: CharacterSpecies[];
    /**
     * Relations with other characters
     */
    characterRelations?: CharacterRelation[];
    /**
     * Titles this character holds
     */
    titles?: TitleBase[];
    /**
     * Occupations of this character
     */
    occupations?: OccupationBase[];
    /**
     * Organizations this character has affiliation with
     */
    organizations?: OrganizationBase[];
};
/**
 * Response object for single character query
 */
export type CharacterFullResponse = {
    character?: CharacterFull;
};
/**
 * Header character, embedded in other objects
 */
export type CharacterHeader = {
    /**
     * Character unique ID
     */
    uid: string;
    /**
     * Character name
     */
    name: string;
};
/**
 * Relation between characters
 */
export type CharacterRelation = {
    /**
     * Relation type
     */
    type?: string;
    source?: CharacterHeader;
    target?: CharacterHeader;
};
/**
 * Species a character belongs to
 */
export type CharacterSpecies = {
    /**
     * Entity unique ID
     */
    uid?: string;
    /**
     * Species name
     */
    name?: string;
    /**
     * Numerator
     */
    numerator?: number;
    /**
     * Denominator
     */
    denominator?: number;
};
/**
 * Base comic collection, returned in search results
 */
export type ComicCollectionBase = {
    /**
     * Comic collection unique ID
     */
    uid: string;
    /**
     * Comic collection title
     */
    title: string;
    /**
     * Year the comic collection was published
     */
    publishedYear?: number;
    /**
     * Month the comic collection was published
     */
    publishedMonth?: number;
    /**
     * Day the comic collection was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of comic collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic collection stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic collection stories
     */
    yearFrom?: number;
    /**
     * Ending year of comic collection stories
     */
    yearTo?: number;
    /**
     * Whether it's a photonovel collection
     */
    photonovel?: boolean;
};
/**
 * Response object for comic collections search
 */
export type ComicCollectionBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of comic collections matching given criteria
     */
    comicCollections?: ComicCollectionBase[];
};
/**
 * Full comic collection, returned when queried using UID
 */
export type ComicCollectionFull = {
    /**
     * Comic collection unique ID
     */
    uid: string;
    /**
     * Comic collection title
     */
    title: string;
    /**
     * Year the comic collection was published
     */
    publishedYear?: number;
    /**
     * Month the comic collection was published
     */
    publishedMonth?: number;
    /**
     * Day the comic collection was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of comic collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic collection stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic collection stories
     */
    yearFrom?: number;
    /**
     * Ending year of comic collection stories
     */
    yearTo?: number;
    /**
     * Whether it's a photonovel collection
     */
    photonovel?: boolean;
    /**
     * Comic series this comic collection is included in
     */
    comicSeries?: ComicSeriesBase[];
    /**
     * Writers involved in the comic collection
     */
    writers?: StaffBase[];
    /**
     * Artists involved in the comic collection
     */
    artists?: StaffBase[];
    /**
     * Editors involved in the comic collection
     */
    editors?: StaffBase[];
    /**
     * Other staff involved in the comic collection
     */
    staff?: StaffBase[];
    /**
     * Comic collection publishers
     */
    publishers?: CompanyBase[];
    /**
     * Characters appearing in the comic collection
     */
    characters?: CharacterBase[];
    /**
     * References
     */
    references?: Reference[];
    /**
     * Comics included in this comic collection
     */
    comics?: ComicsBase[];
};
/**
 * Response object for single comic collection query
 */
export type ComicCollectionFullResponse = {
    comicCollection?: ComicCollectionFull;
};
/**
 * Header comic collection, embedded in other objects
 */
export type ComicCollectionHeader = {
    /**
     * Comic collection unique ID
     */
    uid: string;
    /**
     * Comic collection title
     */
    title: string;
};
/**
 * Base comic series, returned in search results
 */
export type ComicSeriesBase = {
    /**
     * Comic series unique ID
     */
    uid: string;
    /**
     * Comic series title
     */
    title: string;
    /**
     * Year from which the comic series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the comic series was published
     */
    publishedMonthFrom?: number;
    /**
     * Day from which the comic series was published
     */
    publishedDayFrom?: number;
    /**
     * Year to which the comic series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the comic series was published
     */
    publishedMonthTo?: number;
    /**
     * Day to which the comic series was published
     */
    publishedDayTo?: number;
    /**
     * Number of issues
     */
    numberOfIssues?: number;
    /**
     * Starting stardate of comic series stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic series stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic series stories
     */
    yearFrom?: number;
    /**
     * Ending year of comic series stories
     */
    yearTo?: number;
    /**
     * Whether it's a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it's a photonovel series
     */
    photonovelSeries?: boolean;
};
/**
 * Response object for comic series search
 */
export type ComicSeriesBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of comic series matching given criteria
     */
    comicSeries?: ComicSeriesBase[];
};
/**
 * Full comic series, returned when queried using UID
 */
export type ComicSeriesFull = {
    /**
     * Comic series unique ID
     */
    uid: string;
    /**
     * Comic series title
     */
    title: string;
    /**
     * Year from which the comic series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the comic series was published
     */
    publishedMonthFrom?: number;
    /**
     * Day from which the comic series was published
     */
    publishedDayFrom?: number;
    /**
     * Year to which the comic series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the comic series was published
     */
    publishedMonthTo?: number;
    /**
     * Day to which the comic series was published
     */
    publishedDayTo?: number;
    /**
     * Number of issues
     */
    numberOfIssues?: number;
    /**
     * Starting stardate of comic series stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic series stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic series stories
     */
    yearFrom?: number;
    /**
     * Ending year of comic series stories
     */
    yearTo?: number;
    /**
     * Whether it's a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it's a photonovel series
     */
    photonovelSeries?: boolean;
    /**
     * Comic series this comic series is included in
     */
    parentSeries?: ComicSeriesBase[];
    /**
     * Child comic series included in this comic series
     */
    childSeries?: ComicSeriesBase[];
    /**
     * Companies that published this comic series
     */
    publishers?: CompanyBase[];
    /**
     * Comics included in this comic series
     */
    comics?: ComicsBase[];
};
/**
 * Response object for single comic series query
 */
export type ComicSeriesFullResponse = {
    comicSeries?: ComicSeriesFull;
};
/**
 * Header book series, embedded in other objects
 */
export type ComicSeriesHeader = {
    /**
     * Comic series unique ID
     */
    uid: string;
    /**
     * Comic series title
     */
    title: string;
};
/**
 * Base comic strip, returned in search results
 */
export type ComicStripBase = {
    /**
     * Comic strip unique ID
     */
    uid: string;
    /**
     * Comic strip title
     */
    title: string;
    /**
     * Title of the periodical the comic strip was published in
     */
    periodical?: string;
    /**
     * Year from which the comic strip was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the comic strip was published
     */
    publishedMonthFrom?: number;
    /**
     * Day from which the comic strip was published
     */
    publishedDayFrom?: number;
    /**
     * Year to which the comic strip was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the comic strip was published
     */
    publishedMonthTo?: number;
    /**
     * Day to which the comic strip was published
     */
    publishedDayTo?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting year of comic strip story
     */
    yearFrom?: number;
    /**
     * Ending year of comic strip story
     */
    yearTo?: number;
};
/**
 * Response object for comic strip search
 */
export type ComicStripBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of comic strips matching given criteria
     */
    comicStrips?: ComicStripBase[];
};
/**
 * Full comic strip, returned when queried using UID
 */
export type ComicStripFull = {
    /**
     * Comic strip unique ID
     */
    uid: string;
    /**
     * Comic strip title
     */
    title: string;
    /**
     * Title of the periodical the comic strip was published in
     */
    periodical?: string;
    /**
     * Year from which the comic strip was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the comic strip was published
     */
    publishedMonthFrom?: number;
    /**
     * Day from which the comic strip was published
     */
    publishedDayFrom?: number;
    /**
     * Year to which the comic strip was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the comic strip was published
     */
    publishedMonthTo?: number;
    /**
     * Day to which the comic strip was published
     */
    publishedDayTo?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting year of comic strip stories
     */
    yearFrom?: number;
    /**
     * Ending year of comic strip stories
     */
    yearTo?: number;
    /**
     * Comic series this comic strip is included in
     */
    comicSeries?: ComicSeriesBase[];
    /**
     * Writers involved in the comic strip
     */
    writers?: StaffBase[];
    /**
     * Artists involved in the comic strip
     */
    artists?: StaffBase[];
    /**
     * Characters appearing in the comic strip
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single comic strip query
 */
export type ComicStripFullResponse = {
    comicStrip?: ComicStripFull;
};
/**
 * Header comic strip, embedded in other objects
 */
export type ComicStripHeader = {
    /**
     * Comic strip unique ID
     */
    uid: string;
    /**
     * Comic strip title
     */
    title: string;
};
/**
 * Base comics, returned in search results
 */
export type ComicsBase = {
    /**
     * Comics unique ID
     */
    uid: string;
    /**
     * Comics title
     */
    title: string;
    /**
     * Year the comics was published
     */
    publishedYear?: number;
    /**
     * Month the comics was published
     */
    publishedMonth?: number;
    /**
     * Day the comics was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of comic story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic story
     */
    yearFrom?: number;
    /**
     * Ending year of comic story
     */
    yearTo?: number;
    /**
     * Whether it's a photonovel
     */
    photonovel?: boolean;
    /**
     * Whether it's an adaptation of an episode or a movie
     */
    adaptation?: boolean;
};
/**
 * Response object for comics search
 */
export type ComicsBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of comics matching given criteria
     */
    comics?: ComicsBase[];
};
/**
 * Full comics, returned when queried using UID
 */
export type ComicsFull = {
    /**
     * Comics unique ID
     */
    uid: string;
    /**
     * Comics title
     */
    title: string;
    /**
     * Year the comics was published
     */
    publishedYear?: number;
    /**
     * Month the comics was published
     */
    publishedMonth?: number;
    /**
     * Day the comics was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Starting stardate of comic story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic  story
     */
    yearFrom?: number;
    /**
     * Ending year of comic story
     */
    yearTo?: number;
    /**
     * Whether it's a photonovel
     */
    photonovel?: boolean;
    /**
     * Whether it's an adaptation of an episode or a movie
     */
    adaptation?: boolean;
    /**
     * Comic series this comics is included in
     */
    comicSeries?: ComicSeriesBase[];
    /**
     * Writers involved in the comics
     */
    writers?: StaffBase[];
    /**
     * Artists involved in the comics
     */
    artists?: StaffBase[];
    /**
     * Editors involved in the comics
     */
    editors?: StaffBase[];
    /**
     * Other staff involved in the comics
     */
    staff?: StaffBase[];
    /**
     * Comics publishers
     */
    publishers?: CompanyBase[];
    /**
     * Characters appearing in the comics
     */
    characters?: CharacterBase[];
    /**
     * References
     */
    references?: Reference[];
    /**
     * Comic collections this comics is included in
     */
    comicCollections?: ComicCollectionBase[];
};
/**
 * Response object for single comics query
 */
export type ComicsFullResponse = {
    comics?: ComicsFull;
};
/**
 * Header comics, embedded in other objects
 */
export type ComicsHeader = {
    /**
     * Comics unique ID
     */
    uid: string;
    /**
     * Comics title
     */
    title: string;
};
/**
 * Base company, returned in search results
 */
export type CompanyBase = {
    /**
     * Company unique ID
     */
    uid: string;
    /**
     * Company name
     */
    name: string;
    /**
     * Whether it's a broadcaster
     */
    broadcaster?: boolean;
    /**
     * Whether it's a collectible company
     */
    collectibleCompany?: boolean;
    /**
     * Whether it's a conglomerate
     */
    conglomerate?: boolean;
    /**
     * Whether it's a digital visual effects company
     */
    digitalVisualEffectsCompany?: boolean;
    /**
     * Whether it's a distributor
     */
    distributor?: boolean;
    /**
     * Whether it's a game company
     */
    gameCompany?: boolean;
    /**
     * Whether it's a film equipment company
     */
    filmEquipmentCompany?: boolean;
    /**
     * Whether it's a make-up effects studio
     */
    makeUpEffectsStudio?: boolean;
    /**
     * Whether it's a matte painting company
     */
    mattePaintingCompany?: boolean;
    /**
     * Whether it's a model and miniature effects company
     */
    modelAndMiniatureEffectsCompany?: boolean;
    /**
     * Whether it's a post-production company
     */
    postProductionCompany?: boolean;
    /**
     * Whether it's a production company
     */
    productionCompany?: boolean;
    /**
     * Whether it's a prop company
     */
    propCompany?: boolean;
    /**
     * Whether it's a record label
     */
    recordLabel?: boolean;
    /**
     * Whether it's a special effects company
     */
    specialEffectsCompany?: boolean;
    /**
     * Whether it's a TV and film production company
     */
    tvAndFilmProductionCompany?: boolean;
    /**
     * Whether it's a video game company
     */
    videoGameCompany?: boolean;
};
/**
 * Response object for companies search
 */
export type CompanyBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of companies matching given criteria
     */
    companies?: CompanyBase[];
};
/**
 * Full company, returned when queried using UID
 */
export type CompanyFull = {
    /**
     * Company unique ID
     */
    uid: string;
    /**
     * Company name
     */
    name: string;
    /**
     * Whether it's a broadcaster
     */
    broadcaster?: boolean;
    /**
     * Whether it's a collectible company
     */
    collectibleCompany?: boolean;
    /**
     * Whether it's a conglomerate
     */
    conglomerate?: boolean;
    /**
     * Whether it's a digital visual effects company
     */
    digitalVisualEffectsCompany?: boolean;
    /**
     * Whether it's a distributor
     */
    distributor?: boolean;
    /**
     * Whether it's a game company
     */
    gameCompany?: boolean;
    /**
     * Whether it's a film equipment company
     */
    filmEquipmentCompany?: boolean;
    /**
     * Whether it's a make-up effects studio
     */
    makeUpEffectsStudio?: boolean;
    /**
     * Whether it's a matte painting company
     */
    mattePaintingCompany?: boolean;
    /**
     * Whether it's a model and miniature effects company
     */
    modelAndMiniatureEffectsCompany?: boolean;
    /**
     * Whether it's a post-production company
     */
    postProductionCompany?: boolean;
    /**
     * Whether it's a production company
     */
    productionCompany?: boolean;
    /**
     * Whether it's a prop company
     */
    propCompany?: boolean;
    /**
     * Whether it's a record label
     */
    recordLabel?: boolean;
    /**
     * Whether it's a special effects company
     */
    specialEffectsCompany?: boolean;
    /**
     * Whether it's a TV and film production company
     */
    tvAndFilmProductionCompany?: boolean;
    /**
     * Whether it's a video game company
     */
    videoGameCompany?: boolean;
};
/**
 * Response object for single company query
 */
export type CompanyFullResponse = {
    company?: CompanyFull;
};
/**
 * Header company, embedded in other objects
 */
export type CompanyHeader = {
    /**
     * Company unique ID
     */
    uid: string;
    /**
     * Company title
     */
    name: string;
};
/**
 * Base conflict, returned in search results
 */
export type ConflictBase = {
    /**
     * Conflict unique ID
     */
    uid: string;
    /**
     * Conflict name
     */
    name: string;
    /**
     * Starting year of the conflict
     */
    yearFrom?: number;
    /**
     * Ending year of the conflict
     */
    yearTo?: number;
    /**
     * Whether it was an Earth conflict
     */
    earthConflict?: boolean;
    /**
     * Whether this conflict is part of war involving Federation
     */
    federationWar?: boolean;
    /**
     * Whether this conflict is part of war involving the Klingons
     */
    klingonWar?: boolean;
    /**
     * Whether this conflict is a Dominion war battle
     */
    dominionWarBattle?: boolean;
    /**
     * Whether this conflict is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for conflicts search
 */
export type ConflictBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of conflicts matching given criteria
     */
    conflicts?: ConflictBase[];
};
/**
 * Base conflict, returned in search results
 */
export type ConflictFull = {
    /**
     * Conflict unique ID
     */
    uid: string;
    /**
     * Conflict name
     */
    name: string;
    /**
     * Starting year of the conflict
     */
    yearFrom?: number;
    /**
     * Ending year of the conflict
     */
    yearTo?: number;
    /**
     * Whether it is an Earth conflict
     */
    earthConflict?: boolean;
    /**
     * Whether this conflict is a part of war involving Federation
     */
    federationWar?: boolean;
    /**
     * Whether this conflict is a part of war involving the Klingons
     */
    klingonWar?: boolean;
    /**
     * Whether this conflict is a Dominion war battle
     */
    dominionWarBattle?: boolean;
    /**
     * Whether this conflict is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Locations this conflict occurred at
     */
    locations?: LocationBase[];
    /**
     * Organization involved in conflict on first side
     */
    firstSideBelligerents?: OrganizationBase[];
    /**
     * Commanders involved in conflict on first side
     */
    firstSideCommanders?: CharacterBase[];
    /**
     * Organization involved in conflict on second side
     */
    secondSideBelligerents?: OrganizationBase[];
    /**
     * Commanders involved in conflict on second side
     */
    secondSideCommanders?: CharacterBase[];
};
/**
 * Response object for single conflict query
 */
export type ConflictFullResponse = {
    conflict?: ConflictFull;
};
/**
 * Header conflict, embedded in other objects
 */
export type ConflictHeader = {
    /**
     * Conflict unique ID
     */
    uid: string;
    /**
     * Conflict name
     */
    name: string;
};
/**
 * Rating of video release, etc.
 */
export type ContentLanguage = {
    /**
     * Language unique ID
     */
    uid?: string;
    /**
     * Language name
     */
    name?: string;
    /**
     * ISO 639-1 code
     */
    iso6391Code?: string;
};
/**
 * Rating of video release, etc.
 */
export type ContentRating = {
    /**
     * Rating unique ID
     */
    uid?: string;
    contentRatingSystem?: ContentRatingSystem;
    /**
     * Rating within specified content rating system
     */
    rating?: string;
};
/**
 * Content rating system
 */
export type ContentRatingSystem = 'BBFC' | 'OFLC' | 'OFLCNZ' | 'DJCTQ' | 'MDA' | 'MPAA' | 'CHVRS' | 'RCQ' | 'IFCO' | 'FSK' | 'NICAM' | 'MCCYP' | 'EIRIN' | 'HK' | 'CBFC' | 'NMHH' | 'VRC' | 'RSAC' | 'ESRB' | 'ELSPA' | 'PEGI' | 'USK' | 'SELL' | 'ADESE' | 'GSRR' | 'ITUNES';
/**
 * Real-world country
 */
export type Country = {
    /**
     * Country unique ID
     */
    uid?: string;
    /**
     * Country name
     */
    name?: string;
    /**
     * ISO 3166-1 alpha-2 code
     */
    iso31661Alpha2Code?: string;
};
/**
 * Base element, returned in search results
 */
export type ElementBase = {
    /**
     * Element unique ID
     */
    uid: string;
    /**
     * Element name
     */
    name: string;
    /**
     * Element symbol
     */
    symbol?: string;
    /**
     * Element atomic number
     */
    atomicNumber?: number;
    /**
     * Element atomic weight
     */
    atomicWeight?: number;
    /**
     * Whether it's a transuranium
     */
    transuranium?: boolean;
    /**
     * Whether it belongs to Gamma series
     */
    gammaSeries?: boolean;
    /**
     * Whether it belongs to Hypersonic series
     */
    hypersonicSeries?: boolean;
    /**
     * Whether it belongs to Mega series
     */
    megaSeries?: boolean;
    /**
     * Whether it belongs to Omega series
     */
    omegaSeries?: boolean;
    /**
     * Whether it belongs to Transonic series
     */
    transonicSeries?: boolean;
    /**
     * Whether it belongs to World series
     */
    worldSeries?: boolean;
};
/**
 * Response object for elements search
 */
export type ElementBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of elements matching given criteria
     */
    elements?: ElementBase[];
};
/**
 * Full element, returned when queried using UID
 */
export type ElementFull = {
    /**
     * Element unique ID
     */
    uid: string;
    /**
     * Element name
     */
    name: string;
    /**
     * Element symbol
     */
    symbol?: string;
    /**
     * Element atomic number
     */
    atomicNumber?: number;
    /**
     * Element atomic weight
     */
    atomicWeight?: number;
    /**
     * Whether it's a transuranium
     */
    transuranium?: boolean;
    /**
     * Whether it belongs to Gamma series
     */
    gammaSeries?: boolean;
    /**
     * Whether it belongs to Hypersonic series
     */
    hypersonicSeries?: boolean;
    /**
     * Whether it belongs to Mega series
     */
    megaSeries?: boolean;
    /**
     * Whether it belongs to Omega series
     */
    omegaSeries?: boolean;
    /**
     * Whether it belongs to Transonic series
     */
    transonicSeries?: boolean;
    /**
     * Whether it belongs to World series
     */
    worldSeries?: boolean;
};
/**
 * Response object for single element query
 */
export type ElementFullResponse = {
    element?: ElementFull;
};
/**
 * Header element, embedded in other objects
 */
export type ElementHeader = {
    /**
     * Element unique ID
     */
    uid: string;
    /**
     * Element name
     */
    name: string;
};
/**
 * Base episode, returned in search results
 */
export type EpisodeBase = {
    /**
     * Episode unique ID
     */
    uid: string;
    /**
     * Episode title
     */
    title: string;
    /**
     * Episode title in German
     */
    titleGerman?: string;
    /**
     * Episode title in Italian
     */
    titleItalian?: string;
    /**
     * Episode title in Japanese
     */
    titleJapanese?: string;
    series?: SeriesHeader;
    season?: SeasonHeader;
    /**
     * Season number
     */
    seasonNumber?: number;
    /**
     * Episode number in season
     */
    episodeNumber?: number;
    /**
     * Production serial number
     */
    productionSerialNumber?: string;
    /**
     * Whether it's a feature length episode
     */
    featureLength?: boolean;
    /**
     * Starting stardate of episode story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of episode story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of episode story
     */
    yearFrom?: number;
    /**
     * Ending year of episode story
     */
    yearTo?: number;
    /**
     * Date the episode was first aired in the United States
     *
     * Format: date
     */
    usAirDate?: string;
    /**
     * Date the episode script was completed
     *
     * Format: date
     */
    finalScriptDate?: string;
};
/**
 * Response object for episodes search
 */
export type EpisodeBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of episodes matching given criteria
     */
    episodes?: EpisodeBase[];
};
/**
 * Full episode, returned when queried using UID
 */
export type EpisodeFull = {
    /**
     * Episode unique ID
     */
    uid: string;
    /**
     * Episode title
     */
    title: string;
    /**
     * Episode title in German
     */
    titleGerman?: string;
    /**
     * Episode title in Italian
     */
    titleItalian?: string;
    /**
     * Episode title in Japanese
     */
    titleJapanese?: string;
    series?: SeriesBase;
    season?: SeasonBase;
    /**
     * Season number
     */
    seasonNumber?: number;
    /**
     * Episode number in season
     */
    episodeNumber?: number;
    /**
     * Production serial number
     */
    productionSerialNumber?: string;
    /**
     * Whether it's a feature length episode
     */
    featureLength?: boolean;
    /**
     * Starting stardate of episode story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of episode story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of episode story
     */
    yearFrom?: number;
    /**
     * Ending year of episode story
     */
    yearTo?: number;
    /**
     * Date the episode was first aired in the United States
     *
     * Format: date
     */
    usAirDate?: string;
    /**
     * Date the episode script was completed
     *
     * Format: date
     */
    finalScriptDate?: string;
    /**
     * Writers involved in the episode
     */
    writers?: StaffBase[];
    /**
     * Teleplay authors involved in the episode
     */
    teleplayAuthors?: StaffBase[];
    /**
     * Story authors involved in the episode
     */
    storyAuthors?: StaffBase[];
    /**
     * Directors authors involved in the episode
     */
    directors?: StaffBase[];
    /**
     * Performers appearing in the episode
     */
    performers?: PerformerBase[];
    /**
     * Stunt performers appearing in the episode
     */
    stuntPerformers?: PerformerBase[];
    /**
     * Stand-in performers appearing in the episode
     */
    standInPerformers?: PerformerBase[];
    /**
     * Characters appearing in the episode
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single episode query
 */
export type EpisodeFullResponse = {
    episode?: EpisodeFull;
};
/**
 * Header episode, embedded in other objects
 */
export type EpisodeHeader = {
    /**
     * Episode unique ID
     */
    uid: string;
    /**
     * Episode title
     */
    title: string;
};
/**
 * Error object
 */
export type Error = {
    /**
     * Error code
     */
    code?: string;
    /**
     * Error message
     */
    message?: string;
};
/**
 * Base food, returned in search results
 */
export type FoodBase = {
    /**
     * Food unique ID
     */
    uid: string;
    /**
     * Food name
     */
    name: string;
    /**
     * Whether it's of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it's a dessert
     */
    dessert?: boolean;
    /**
     * Whether it's a fruit
     */
    fruit?: boolean;
    /**
     * Whether it's a herb or a spice
     */
    herbOrSpice?: boolean;
    /**
     * Whether it's a sauce
     */
    sauce?: boolean;
    /**
     * Whether it's a soup
     */
    soup?: boolean;
    /**
     * Whether it's a beverage
     */
    beverage?: boolean;
    /**
     * Whether it's an alcoholic beverage
     */
    alcoholicBeverage?: boolean;
    /**
     * Whether it's a juice
     */
    juice?: boolean;
    /**
     * Whether it's a tea
     */
    tea?: boolean;
};
/**
 * Response object for foods search
 */
export type FoodBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of foods matching given criteria
     */
    foods?: FoodBase[];
};
/**
 * Full food, returned when queried using UID
 */
export type FoodFull = {
    /**
     * Food unique ID
     */
    uid: string;
    /**
     * Food name
     */
    name: string;
    /**
     * Whether it's of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it's a dessert
     */
    dessert?: boolean;
    /**
     * Whether it's a fruit
     */
    fruit?: boolean;
    /**
     * Whether it's an herb or a spice
     */
    herbOrSpice?: boolean;
    /**
     * Whether it's a sauce
     */
    sauce?: boolean;
    /**
     * Whether it's a soup
     */
    soup?: boolean;
    /**
     * Whether it's a beverage
     */
    beverage?: boolean;
    /**
     * Whether it's an alcoholic beverage
     */
    alcoholicBeverage?: boolean;
    /**
     * Whether it's a juice
     */
    juice?: boolean;
    /**
     * Whether it's a tea
     */
    tea?: boolean;
};
/**
 * Response object for single food query
 */
export type FoodFullResponse = {
    food?: FoodFull;
};
/**
 * Header food, embedded in other objects
 */
export type FoodHeader = {
    /**
     * Food unique ID
     */
    uid: string;
    /**
     * Food name
     */
    name: string;
};
/**
 * Gender
 */
export type Gender = 'F' | 'M';
/**
 * Genre of video games
 */
export type Genre = {
    /**
     * Genre unique ID
     */
    uid?: string;
    /**
     * Genre name
     */
    name?: string;
};
/**
 * Base literature, returned in search results
 */
export type LiteratureBase = {
    /**
     * Literature unique ID
     */
    uid: string;
    /**
     * Literature title
     */
    title: string;
    /**
     * Whether it's of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it's a Shakespearean work
     */
    shakespeareanWork?: boolean;
    /**
     * Whether it's a report
     */
    report?: boolean;
    /**
     * Whether it's a scientific literature
     */
    scientificLiterature?: boolean;
    /**
     * Whether it's a technical manual
     */
    technicalManual?: boolean;
    /**
     * Whether it's a religious literature
     */
    religiousLiterature?: boolean;
};
/**
 * Response object for literature search
 */
export type LiteratureBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of literature matching given criteria
     */
    literature?: LiteratureBase[];
};
/**
 * Full literature, returned when queried using UID
 */
export type LiteratureFull = {
    /**
     * Literature unique ID
     */
    uid: string;
    /**
     * Literature title
     */
    title: string;
    /**
     * Whether it's of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it's a Shakespearean work
     */
    shakespeareanWork?: boolean;
    /**
     * Whether it's a report
     */
    report?: boolean;
    /**
     * Whether it's a scientific literature
     */
    scientificLiterature?: boolean;
    /**
     * Whether it's a technical manual
     */
    technicalManual?: boolean;
    /**
     * Whether it's a religious literature
     */
    religiousLiterature?: boolean;
};
/**
 * Response object for single literature query
 */
export type LiteratureFullResponse = {
    literature?: LiteratureFull;
};
/**
 * Header literature, embedded in other objects
 */
export type LiteratureHeader = {
    /**
     * Literature unique ID
     */
    uid: string;
    /**
     * Literature title
     */
    title: string;
};
/**
 * Base location, returned in search results
 */
export type LocationBase = {
    /**
     * Location unique ID
     */
    uid: string;
    /**
     * Location name
     */
    name: string;
    /**
     * Whether it's an earthly location
     */
    earthlyLocation?: boolean;
    /**
     * Whether it's a fictional location
     */
    fictionalLocation?: boolean;
    /**
     * Whether it's a religious location
     */
    religiousLocation?: boolean;
    /**
     * Whether it's a geographical location
     */
    geographicalLocation?: boolean;
    /**
     * Whether it's a body of water
     */
    bodyOfWater?: boolean;
    /**
     * Whether it's a country
     */
    country?: boolean;
    /**
     * Whether it's a subnational entity
     */
    subnationalEntity?: boolean;
    /**
     * Whether it's a settlement
     */
    settlement?: boolean;
    /**
     * Whether it's a US settlement
     */
    usSettlement?: boolean;
    /**
     * Whether it's a Bajoran settlement
     */
    bajoranSettlement?: boolean;
    /**
     * Whether it's a colony
     */
    colony?: boolean;
    /**
     * Whether it's a landform
     */
    landform?: boolean;
    /**
     * Whether it's a landmark
     */
    landmark?: boolean;
    /**
     * Whether it's a road
     */
    road?: boolean;
    /**
     * Whether it's a structure
     */
    structure?: boolean;
    /**
     * Whether it's a shipyard
     */
    shipyard?: boolean;
    /**
     * Whether it's a building interior
     */
    buildingInterior?: boolean;
    /**
     * Whether it's a establishment
     */
    establishment?: boolean;
    /**
     * Whether it's a medical establishment
     */
    medicalEstablishment?: boolean;
    /**
     * Whether it's a DS9 establishment
     */
    ds9Establishment?: boolean;
    /**
     * Whether it's a school
     */
    school?: boolean;
    /**
     * Whether this location is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this location is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for locations search
 */
export type LocationBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of locations matching given criteria
     */
    locations?: LocationBase[];
};
/**
 * Full location, returned when queried using UID
 */
export type LocationFull = {
    /**
     * Location unique ID
     */
    uid: string;
    /**
     * Location name
     */
    name: string;
    /**
     * Whether it's an earthly location
     */
    earthlyLocation?: boolean;
    /**
     * Whether it's a fictional location
     */
    fictionalLocation?: boolean;
    /**
     * Whether it's a religious location
     */
    religiousLocation?: boolean;
    /**
     * Whether it's a geographical location
     */
    geographicalLocation?: boolean;
    /**
     * Whether it's a body of water
     */
    bodyOfWater?: boolean;
    /**
     * Whether it's a country
     */
    country?: boolean;
    /**
     * Whether it's a subnational entity
     */
    subnationalEntity?: boolean;
    /**
     * Whether it's a settlement
     */
    settlement?: boolean;
    /**
     * Whether it's a US settlement
     */
    usSettlement?: boolean;
    /**
     * Whether it's a Bajoran settlement
     */
    bajoranSettlement?: boolean;
    /**
     * Whether it's a colony
     */
    colony?: boolean;
    /**
     * Whether it's a landform
     */
    landform?: boolean;
    /**
     * Whether it's a landmark
     */
    landmark?: boolean;
    /**
     * Whether it's a road
     */
    road?: boolean;
    /**
     * Whether it's a structure
     */
    structure?: boolean;
    /**
     * Whether it's a shipyard
     */
    shipyard?: boolean;
    /**
     * Whether it's a building interior
     */
    buildingInterior?: boolean;
    /**
     * Whether it's a establishment
     */
    establishment?: boolean;
    /**
     * Whether it's a medical establishment
     */
    medicalEstablishment?: boolean;
    /**
     * Whether it's a DS9 establishment
     */
    ds9Establishment?: boolean;
    /**
     * Whether it's a school
     */
    school?: boolean;
    /**
     * Whether this location is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this location is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for single location query
 */
export type LocationFullResponse = {
    location?: LocationFull;
};
/**
 * Header location, embedded in other objects
 */
export type LocationHeader = {
    /**
     * Location unique ID
     */
    uid: string;
    /**
     * Location name
     */
    name: string;
};
/**
 * Base magazine, returned in search results
 */
export type MagazineBase = {
    /**
     * Magazine unique ID
     */
    uid: string;
    /**
     * Magazine title
     */
    title: string;
    /**
     * Year the magazine was published
     */
    publishedYear?: number;
    /**
     * Month the magazine was published
     */
    publishedMonth?: number;
    /**
     * Day the magazine was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Magazine issue number
     */
    issueNumber?: string;
};
/**
 * Response object for magazine search
 */
export type MagazineBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of magazines matching given criteria
     */
    magazines?: MagazineBase[];
};
/**
 * Full magazine, returned when queried using UID
 */
export type MagazineFull = {
    /**
     * Magazine unique ID
     */
    uid: string;
    /**
     * Magazine title
     */
    title: string;
    /**
     * Year the magazine was published
     */
    publishedYear?: number;
    /**
     * Month the magazine was published
     */
    publishedMonth?: number;
    /**
     * Day the magazine was published
     */
    publishedDay?: number;
    /**
     * Cover publication year
     */
    coverYear?: number;
    /**
     * Cover publication month
     */
    coverMonth?: number;
    /**
     * Cover publication day
     */
    coverDay?: number;
    /**
     * Number of pages
     */
    numberOfPages?: number;
    /**
     * Magazine issue number
     */
    issueNumber?: string;
    /**
     * Magazine series this magazine is included in
     */
    magazineSeries?: MagazineSeriesBase[];
    /**
     * Editors involved in the magazine
     */
    editors?: StaffBase[];
    /**
     * Magazine publishers
     */
    publishers?: CompanyBase[];
};
/**
 * Response object for single magazine query
 */
export type MagazineFullResponse = {
    magazine?: MagazineFull;
};
/**
 * Header magazine, embedded in other objects
 */
export type MagazineHeader = {
    /**
     * Magazine unique ID
     */
    uid: string;
    /**
     * Magazine title
     */
    title: string;
};
/**
 * Base magazine series, returned in search results
 */
export type MagazineSeriesBase = {
    /**
     * Magazine series unique ID
     */
    uid: string;
    /**
     * Magazine series title
     */
    title: string;
    /**
     * Year from which the magazine series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the magazine series was published
     */
    publishedMonthFrom?: number;
    /**
     * Year to which the magazine series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the magazine series was published
     */
    publishedMonthTo?: number;
    /**
     * Number of issues
     */
    numberOfIssues?: number;
};
/**
 * Response object for magazine series search
 */
export type MagazineSeriesBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of magazine series matching given criteria
     */
    magazineSeries?: MagazineSeriesBase[];
};
/**
 * Full magazine series, returned when queried using UID
 */
export type MagazineSeriesFull = {
    /**
     * Magazine series unique ID
     */
    uid: string;
    /**
     * Magazine series title
     */
    title: string;
    /**
     * Year from which the magazine series was published
     */
    publishedYearFrom?: number;
    /**
     * Month from which the magazine series was published
     */
    publishedMonthFrom?: number;
    /**
     * Year to which the magazine series was published
     */
    publishedYearTo?: number;
    /**
     * Month to which the magazine series was published
     */
    publishedMonthTo?: number;
    /**
     * Number of issues
     */
    numberOfIssues?: number;
    /**
     * Companies that published this magazine series
     */
    publishers?: CompanyBase[];
    /**
     * Editors involved in the magazine series
     */
    editors?: StaffBase[];
    /**
     * Magazines included in this magazine series
     */
    magazines?: MagazineBase[];
};
/**
 * Response object for single magazine series query
 */
export type MagazineSeriesFullResponse = {
    magazineSeries?: MagazineSeriesFull;
};
/**
 * Header book series, embedded in other objects
 */
export type MagazineSeriesHeader = {
    /**
     * Magazine series unique ID
     */
    uid: string;
    /**
     * Magazine series title
     */
    title: string;
};
/**
 * Marital status
 */
export type MaritalStatus = 'SINGLE' | 'ENGAGED' | 'MARRIED' | 'DIVORCED' | 'REMARRIED' | 'SEPARATED' | 'WIDOWED' | 'CAPTAINS_WOMAN';
/**
 * Base material, returned in search results
 */
export type MaterialBase = {
    /**
     * Material unique ID
     */
    uid: string;
    /**
     * Material name
     */
    name: string;
    /**
     * Whether it's a chemical compound
     */
    chemicalCompound?: boolean;
    /**
     * Whether it's a biochemical compound
     */
    biochemicalCompound?: boolean;
    /**
     * Whether it's a drug
     */
    drug?: boolean;
    /**
     * Whether it's a poisonous substance
     */
    poisonousSubstance?: boolean;
    /**
     * Whether it's an explosive
     */
    explosive?: boolean;
    /**
     * Whether it's a gemstone
     */
    gemstone?: boolean;
    /**
     * Whether it's an alloy or a composite
     */
    alloyOrComposite?: boolean;
    /**
     * Whether it's a fuel
     */
    fuel?: boolean;
    /**
     * Whether it's a mineral
     */
    mineral?: boolean;
    /**
     * Whether it's a precious material
     */
    preciousMaterial?: boolean;
};
/**
 * Response object for materials search
 */
export type MaterialBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of materials matching given criteria
     */
    materials?: MaterialBase[];
};
/**
 * Full material, returned when queried using UID
 */
export type MaterialFull = {
    /**
     * Material unique ID
     */
    uid: string;
    /**
     * Material name
     */
    name: string;
    /**
     * Whether it's a chemical compound
     */
    chemicalCompound?: boolean;
    /**
     * Whether it's a biochemical compound
     */
    biochemicalCompound?: boolean;
    /**
     * Whether it's a drug
     */
    drug?: boolean;
    /**
     * Whether it's a poisonous substance
     */
    poisonousSubstance?: boolean;
    /**
     * Whether it's an explosive
     */
    explosive?: boolean;
    /**
     * Whether it's a gemstone
     */
    gemstone?: boolean;
    /**
     * Whether it's an alloy or a composite
     */
    alloyOrComposite?: boolean;
    /**
     * Whether it's a fuel
     */
    fuel?: boolean;
    /**
     * Whether it's a mineral
     */
    mineral?: boolean;
    /**
     * Whether it's a precious material
     */
    preciousMaterial?: boolean;
};
/**
 * Response object for single material query
 */
export type MaterialFullResponse = {
    material?: MaterialFull;
};
/**
 * Header material, embedded in other objects
 */
export type MaterialHeader = {
    /**
     * Material unique ID
     */
    uid: string;
    /**
     * Material name
     */
    name: string;
};
/**
 * Base medical condition, returned in search results
 */
export type MedicalConditionBase = {
    /**
     * Medical condition unique ID
     */
    uid: string;
    /**
     * Medical condition name
     */
    name: string;
    /**
     * Whether it's a psychological condition
     */
    psychologicalCondition?: boolean;
};
/**
 * Response object for medical conditions search
 */
export type MedicalConditionBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of medical conditions matching given criteria
     */
    medicalConditions?: MedicalConditionBase[];
};
/**
 * Full medical condition, returned when queried using UID
 */
export type MedicalConditionFull = {
    /**
     * Medical condition unique ID
     */
    uid: string;
    /**
     * Medical condition name
     */
    name: string;
    /**
     * Whether it's a psychological condition
     */
    psychologicalCondition?: boolean;
};
/**
 * Response object for single medical condition query
 */
export type MedicalConditionFullResponse = {
    medicalCondition?: MedicalConditionFull;
};
/**
 * Header medical condition, embedded in other objects
 */
export type MedicalConditionHeader = {
    /**
     * Medical condition unique ID
     */
    uid: string;
    /**
     * Medical condition name
     */
    name: string;
};
/**
 * Base movie, returned in search results
 */
export type MovieBase = {
    /**
     * Movie unique ID
     */
    uid: string;
    /**
     * Movie title
     */
    title: string;
    mainDirector?: StaffHeader;
    /**
     * Movie title in Bulgarian
     */
    titleBulgarian?: string;
    /**
     * Movie title in Catalan
     */
    titleCatalan?: string;
    /**
     * Movie title in Chinese traditional
     */
    titleChineseTraditional?: string;
    /**
     * Movie title in German
     */
    titleGerman?: string;
    /**
     * Movie title in Italian
     */
    titleItalian?: string;
    /**
     * Movie title in Japanese
     */
    titleJapanese?: string;
    /**
     * Movie title in Polish
     */
    titlePolish?: string;
    /**
     * Movie title in Russian
     */
    titleRussian?: string;
    /**
     * Movie title in Serbian
     */
    titleSerbian?: string;
    /**
     * Movie title in Spanish
     */
    titleSpanish?: string;
    /**
     * Starting stardate of movie story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of movie story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of movie story
     */
    yearFrom?: number;
    /**
     * Ending year of movie story
     */
    yearTo?: number;
    /**
     * Date the movie was first released in the United States
     *
     * Format: date
     */
    usReleaseDate?: string;
};
/**
 * Response object for movies search
 */
export type MovieBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of movies matching given criteria
     */
    movies?: MovieBase[];
};
/**
 * Full movie, returned when queried using UID
 */
export type MovieFull = {
    /**
     * Movie unique ID
     */
    uid: string;
    /**
     * Movie title
     */
    title: string;
    mainDirector?: StaffBase;
    /**
     * Movie title in Bulgarian
     */
    titleBulgarian?: string;
    /**
     * Movie title in Catalan
     */
    titleCatalan?: string;
    /**
     * Movie title in Chinese traditional
     */
    titleChineseTraditional?: string;
    /**
     * Movie title in German
     */
    titleGerman?: string;
    /**
     * Movie title in Italian
     */
    titleItalian?: string;
    /**
     * Movie title in Japanese
     */
    titleJapanese?: string;
    /**
     * Movie title in Polish
     */
    titlePolish?: string;
    /**
     * Movie title in Russian
     */
    titleRussian?: string;
    /**
     * Movie title in Serbian
     */
    titleSerbian?: string;
    /**
     * Movie title in Spanish
     */
    titleSpanish?: string;
    /**
     * Starting stardate of movie story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of movie story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of movie story
     */
    yearFrom?: number;
    /**
     * Ending year of movie story
     */
    yearTo?: number;
    /**
     * Date the movie was first released in the United States
     *
     * Format: date
     */
    usReleaseDate?: string;
    /**
     * Writers involved in the movie
     */
    writers?: StaffBase[];
    /**
     * Screenplay authors involved in the movie
     */
    screenplayAuthors?: StaffBase[];
    /**
     * Story authors authors involved in the movie
     */
    storyAuthors?: StaffBase[];
    /**
     * Directors authors involved in the movie
     */
    directors?: StaffBase[];
    /**
     * Producers authors involved in the movie
     */
    producers?: StaffBase[];
    /**
     * Other staff involved in the movie
     */
    staff?: StaffBase[];
    /**
     * Performers appearing in the movie
     */
    performers?: PerformerBase[];
    /**
     * Stunt performers appearing in the movie
     */
    stuntPerformers?: PerformerBase[];
    /**
     * Stand-in performers appearing in the movie
     */
    standInPerformers?: PerformerBase[];
    /**
     * Characters appearing in the movie
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single movie query
 */
export type MovieFullResponse = {
    movie?: MovieFull;
};
/**
 * Header movie, embedded in other objects
 */
export type MovieHeader = {
    /**
     * Movie unique ID
     */
    uid: string;
    /**
     * Movie title
     */
    title: string;
};
/**
 * Base occupations, returned in search results
 */
export type OccupationBase = {
    /**
     * Occupation unique ID
     */
    uid: string;
    /**
     * Occupation name
     */
    name: string;
    /**
     * Whether it's a legal occupation
     */
    legalOccupation?: boolean;
    /**
     * Whether it's a medical occupation
     */
    medicalOccupation?: boolean;
    /**
     * Whether it's a scientific occupation
     */
    scientificOccupation?: boolean;
};
/**
 * Response object for occupations search
 */
export type OccupationBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of occupations matching given criteria
     */
    occupations?: OccupationBase[];
};
/**
 * Full occupation, returned when queried using UID
 */
export type OccupationFull = {
    /**
     * Occupation unique ID
     */
    uid: string;
    /**
     * Occupation name
     */
    name: string;
    /**
     * Whether it's a legal occupation
     */
    legalOccupation?: boolean;
    /**
     * Whether it's a medical occupation
     */
    medicalOccupation?: boolean;
    /**
     * Whether it's a scientific occupation
     */
    scientificOccupation?: boolean;
    /**
     * Characters with this occupation
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single occupation query
 */
export type OccupationFullResponse = {
    occupation?: OccupationFull;
};
/**
 * Header occupation, embedded in other objects
 */
export type OccupationHeader = {
    /**
     * Occupation unique ID
     */
    uid: string;
    /**
     * Occupation name
     */
    name: string;
};
/**
 * Base organization, returned in search results
 */
export type OrganizationBase = {
    /**
     * Organization unique ID
     */
    uid: string;
    /**
     * Organization name
     */
    name: string;
    /**
     * Whether it's a government
     */
    government?: boolean;
    /**
     * Whether it's an intergovernmental organization
     */
    intergovernmentalOrganization?: boolean;
    /**
     * Whether it's a research organization
     */
    researchOrganization?: boolean;
    /**
     * Whether it's a sport organization
     */
    sportOrganization?: boolean;
    /**
     * Whether it's a medical organization
     */
    medicalOrganization?: boolean;
    /**
     * Whether it's a military organization
     */
    militaryOrganization?: boolean;
    /**
     * Whether it's a military unit
     */
    militaryUnit?: boolean;
    /**
     * Whether it's a government agency
     */
    governmentAgency?: boolean;
    /**
     * Whether it's a law enforcement agency
     */
    lawEnforcementAgency?: boolean;
    /**
     * Whether it's a prison or penal colony
     */
    prisonOrPenalColony?: boolean;
    /**
     * Whether this organization is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this location is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for organizations search
 */
export type OrganizationBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of organizations matching given criteria
     */
    organizations?: OrganizationBase[];
};
/**
 * Full organization, returned when queried using UID
 */
export type OrganizationFull = {
    /**
     * Organization unique ID
     */
    uid: string;
    /**
     * Organization name
     */
    name: string;
    /**
     * Whether it's a government
     */
    government?: boolean;
    /**
     * Whether it's an intergovernmental organization
     */
    intergovernmentalOrganization?: boolean;
    /**
     * Whether it's a research organization
     */
    researchOrganization?: boolean;
    /**
     * Whether it's a sport organization
     */
    sportOrganization?: boolean;
    /**
     * Whether it's a medical organization
     */
    medicalOrganization?: boolean;
    /**
     * Whether it's a military organization
     */
    militaryOrganization?: boolean;
    /**
     * Whether it's a military unit
     */
    militaryUnit?: boolean;
    /**
     * Whether it's a government agency
     */
    governmentAgency?: boolean;
    /**
     * Whether it's a law enforcement agency
     */
    lawEnforcementAgency?: boolean;
    /**
     * Whether it's a prison or penal colony
     */
    prisonOrPenalColony?: boolean;
    /**
     * Whether this organization is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this organization is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Characters belonging to this organization
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single organization query
 */
export type OrganizationFullResponse = {
    organization?: OrganizationFull;
};
/**
 * Header organization, embedded in other objects
 */
export type OrganizationHeader = {
    /**
     * Organization unique ID
     */
    uid: string;
    /**
     * Organization name
     */
    name: string;
};
/**
 * Base performer, returned in search results
 */
export type PerformerBase = {
    /**
     * Performer unique ID
     */
    uid: string;
    /**
     * Performer name
     */
    name: string;
    /**
     * Performer birth name
     */
    birthName?: string;
    gender?: Gender;
    /**
     * Date the performer was born
     *
     * Format: date
     */
    dateOfBirth?: string;
    /**
     * Place the performer was born
     */
    placeOfBirth?: string;
    /**
     * Date the performer died
     *
     * Format: date
     */
    dateOfDeath?: string;
    /**
     * Place the performer died
     */
    placeOfDeath?: string;
    /**
     * Whether it's an animal performer
     */
    animalPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Discovery
     */
    disPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Deep Space Nine
     */
    ds9Performer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Enterprise
     */
    entPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in a Star Trek movie
     */
    filmPerformer?: boolean;
    /**
     * Whether it's a stand-in performer
     */
    standInPerformer?: boolean;
    /**
     * Whether it's a stunt performer
     */
    stuntPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Animated Series
     */
    tasPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Next Generation
     */
    tngPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Original Series
     */
    tosPerformer?: boolean;
    /**
     * Whether it's a video game performer
     */
    videoGamePerformer?: boolean;
    /**
     * Whether it's a voice performer
     */
    voicePerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Voyager
     */
    voyPerformer?: boolean;
};
/**
 * Response object for performers search
 */
export type PerformerBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of performers matching given criteria
     */
    performers?: PerformerBase[];
};
/**
 * Full performer, returned when queried using UID
 */
export type PerformerFull = {
    /**
     * Performer unique ID
     */
    uid: string;
    /**
     * Performer name
     */
    name: string;
    /**
     * Performer birth name
     */
    birthName?: string;
    gender?: Gender;
    /**
     * Date the performer was born
     *
     * Format: date
     */
    dateOfBirth?: string;
    /**
     * Place the performer was born
     */
    placeOfBirth?: string;
    /**
     * Date the performer died
     *
     * Format: date
     */
    dateOfDeath?: string;
    /**
     * Place the performer died
     */
    placeOfDeath?: string;
    /**
     * Whether it's an animal performer
     */
    animalPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Discovery
     */
    disPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Deep Space Nine
     */
    ds9Performer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Enterprise
     */
    entPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in a Star Trek movie
     */
    filmPerformer?: boolean;
    /**
     * Whether it's a stand-in performer
     */
    standInPerformer?: boolean;
    /**
     * Whether it's a stunt performer
     */
    stuntPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Animated Series
     */
    tasPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Next Generation
     */
    tngPerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: The Original Series
     */
    tosPerformer?: boolean;
    /**
     * Whether it's a video game performer
     */
    videoGamePerformer?: boolean;
    /**
     * Whether it's a voice performer
     */
    voicePerformer?: boolean;
    /**
     * Whether it's a performer that appeared in Star Trek: Voyager
     */
    voyPerformer?: boolean;
    /**
     * Episodes in which this person appeared as a performer
     */
    episodesPerformances?: EpisodeBase[];
    /**
     * Episodes in which this person appeared as a stunt performer
     */
    episodesStuntPerformances?: EpisodeBase[];
    /**
     * Episodes in which this person appeared as a stand-in performer
     */
    episodesStandInPerformances?: EpisodeBase[];
    /**
     * Movies in which this person appeared as a performer
     */
    moviesPerformances?: MovieBase[];
    /**
     * Movies in which this person appeared as a stunt performer
     */
    moviesStuntPerformances?: MovieBase[];
    /**
     * Movies in which this person appeared as a stand-in performer
     */
    moviesStandInPerformances?: MovieBase[];
    /**
     * Characters played by this performer
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single performer query
 */
export type PerformerFullResponse = {
    performer?: PerformerFull;
};
/**
 * Header performer, embedded in other objects
 */
export type PerformerHeader = {
    /**
     * Performer unique ID
     */
    uid: string;
    /**
     * Performer name
     */
    name: string;
};
/**
 * Platform of video games
 */
export type Platform = {
    /**
     * Platform unique ID
     */
    uid?: string;
    /**
     * Platform name
     */
    name?: string;
};
/**
 * Production run unit
 */
export type ProductionRunUnit = 'BOX' | 'SET';
/**
 * Reference of book, comics, video release, etc.
 */
export type Reference = {
    /**
     * Reference unique ID
     */
    uid?: string;
    referenceType?: ReferenceType;
    /**
     * Reference number
     */
    referenceNumber?: string;
};
/**
 * Reference type
 */
export type ReferenceType = 'ASIN' | 'ISBN';
/**
 * Object describing response page
 */
export type ResponsePage = {
    /**
     * Zero-based page number
     *
     * Format: int32
     */
    pageNumber?: number;
    /**
     * Page size
     *
     * Format: int32
     */
    pageSize?: number;
    /**
     * Number of elements in page
     *
     * Format: int32
     */
    numberOfElements?: number;
    /**
     * Total elements found
     *
     * Format: int32
     */
    totalElements?: number;
    /**
     * Total pages found
     *
     * Format: int32
     */
    totalPages?: number;
    /**
     * Whether it is the first page
     */
    firstPage?: boolean;
    /**
     * Whether it is the last page
     */
    lastPage?: boolean;
};
/**
 * Response sort
 */
export type ResponseSort = {
    /**
     * List of response sort rules
     */
    clauses?: ResponseSortClause[];
};
/**
 * Single response sort clause
 */
export type ResponseSortClause = {
    /**
     * Field name results are sorted by
     */
    name: string;
    direction: ResponseSortDirection;
    /**
     * Order in which this clause was applied
     */
    clauseOrder: number;
};
/**
 * Sort direction
 */
export type ResponseSortDirection = 'ASC' | 'DESC';
/**
 * Base season, returned in search results
 */
export type SeasonBase = {
    /**
     * Season unique ID
     */
    uid: string;
    /**
     * Season title
     */
    title: string;
    series?: SeriesHeader;
    /**
     * Season number in series
     */
    seasonNumber?: number;
    /**
     * Number of episodes in this season
     */
    numberOfEpisodes?: number;
};
/**
 * Response object for seasons search
 */
export type SeasonBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of seasons matching given criteria
     */
    seasons?: SeasonBase[];
};
/**
 * Full location, returned when queried using UID
 */
export type SeasonFull = {
    /**
     * Season unique ID
     */
    uid: string;
    /**
     * Season title
     */
    title: string;
    series?: SeriesBase;
    /**
     * Season number in series
     */
    seasonNumber?: number;
    /**
     * Number of episodes in this season
     */
    numberOfEpisodes?: number;
    /**
     * Episodes in this season
     */
    episodes?: EpisodeBase[];
};
/**
 * Response object for single season query
 */
export type SeasonFullResponse = {
    season?: SeasonFull;
};
/**
 * Header season, embedded in other objects
 */
export type SeasonHeader = {
    /**
     * Season unique ID
     */
    uid: string;
    /**
     * Season title
     */
    title: string;
};
/**
 * Base series, returned in search results
 */
export type SeriesBase = {
    /**
     * Series unique ID
     */
    uid: string;
    /**
     * Series title
     */
    title: string;
    /**
     * Series abbreviation
     */
    abbreviation: string;
    /**
     * Year the series production started
     */
    productionStartYear?: number;
    /**
     * Year the series production ended
     */
    productionEndYear?: number;
    /**
     * Date the series originally ran from
     *
     * Format: date
     */
    originalRunStartDate?: string;
    /**
     * Date the series originally ran to
     *
     * Format: date
     */
    originalRunEndDate?: string;
    /**
     * Number of seasons
     */
    seasonsCount?: number;
    /**
     * Number of episodes
     */
    episodesCount?: number;
    /**
     * Number of feature length episodes
     */
    featureLengthEpisodesCount?: number;
    productionCompany?: CompanyHeader;
    originalBroadcaster?: CompanyHeader;
};
/**
 * Response object for series search
 */
export type SeriesBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of series matching given criteria
     */
    series?: SeriesBase[];
};
/**
 * Full series, returned when queried using UID
 */
export type SeriesFull = {
    /**
     * Series unique ID
     */
    uid: string;
    /**
     * Series title
     */
    title: string;
    /**
     * Series abbreviation
     */
    abbreviation: string;
    /**
     * Year the series production started
     */
    productionStartYear?: number;
    /**
     * Year the series production ended
     */
    productionEndYear?: number;
    /**
     * Date the series originally ran from
     *
     * Format: date
     */
    originalRunStartDate?: string;
    /**
     * Date the series originally ran to
     *
     * Format: date
     */
    originalRunEndDate?: string;
    /**
     * Number of seasons
     */
    seasonsCount?: number;
    /**
     * Number of episodes
     */
    episodesCount?: number;
    /**
     * Number of feature length episodes
     */
    featureLengthEpisodesCount?: number;
    productionCompany?: CompanyBase;
    originalBroadcaster?: CompanyBase;
    /**
     * Episodes in the series
     */
    episodes?: EpisodeBase[];
    /**
     * Seasons in the series
     */
    seasons?: SeasonBase[];
};
/**
 * Response object for single series query
 */
export type SeriesFullResponse = {
    series?: SeriesFull;
};
/**
 * Header series, embedded in other objects
 */
export type SeriesHeader = {
    /**
     * Series unique ID
     */
    uid: string;
    /**
     * Series title
     */
    title: string;
};
/**
 * Base soundtrack, returned in search results
 */
export type SoundtrackBase = {
    /**
     * Soundtrack unique ID
     */
    uid: string;
    /**
     * Soundtrack title
     */
    title: string;
    /**
     * Release date
     *
     * Format: date
     */
    releaseDate?: string;
    /**
     * Length, in seconds
     */
    length?: number;
};
/**
 * Response object for soundtracks search
 */
export type SoundtrackBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of soundtracks matching given criteria
     */
    soundtracks?: SoundtrackBase[];
};
/**
 * Full soundtrack, returned when queried using UID
 */
export type SoundtrackFull = {
    /**
     * Soundtrack unique ID
     */
    uid: string;
    /**
     * Soundtrack title
     */
    title: string;
    /**
     * Release date
     *
     * Format: date
     */
    releaseDate?: string;
    /**
     * Length, in seconds
     */
    length?: number;
    /**
     * Labels this soundtrack was relesed by
     */
    labels?: CompanyBase[];
    /**
     * Composers
     */
    composers?: StaffBase[];
    /**
     * Other musicians that contributed to this soundtrack
     */
    contributors?: StaffBase[];
    /**
     * Orchestrators
     */
    orchestrators?: StaffBase[];
    /**
     * References
     */
    references?: Reference[];
};
/**
 * Response object for single soundtrack query
 */
export type SoundtrackFullResponse = {
    soundtrack?: SoundtrackFull;
};
/**
 * Header soundtrack, embedded in other objects
 */
export type SoundtrackHeader = {
    /**
     * Soundtrack unique ID
     */
    uid: string;
    /**
     * Soundtrack title
     */
    title: string;
};
/**
 * Base spacecraft, returned in search results
 */
export type SpacecraftBase = {
    /**
     * Spacecraft unique ID
     */
    uid: string;
    /**
     * Spacecraft name
     */
    name: string;
    /**
     * Spacecraft registry
     */
    registry?: string;
    /**
     * Status of a spacecraft (in prime reality, if spacecraft was in more than one realities)
     */
    status?: string;
    /**
     * Date the spacecraft status was last known
     */
    dateStatus?: string;
    spacecraftClass?: SpacecraftClassHeader;
    owner?: OrganizationHeader;
    operator?: OrganizationHeader;
};
/**
 * Response object for spacecrafts search
 */
export type SpacecraftBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of spacecrafts matching given criteria
     */
    spacecrafts?: SpacecraftBase[];
};
/**
 * Base spacecraft class, returned in search results
 */
export type SpacecraftClassBase = {
    /**
     * Spacecraft class unique ID
     */
    uid: string;
    /**
     * Spacecraft class name
     */
    name: string;
    /**
     * Number of decks
     */
    numberOfDecks?: number;
    /**
     * Whether it's a warp-capable spacecraft class
     */
    warpCapable?: boolean;
    /**
     * Whether this spacecraft class is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Starting period when this spacecraft class was in use
     */
    activeFrom?: string;
    /**
     * Ending period when this spacecraft class was in use
     */
    activeTo?: string;
    species?: SpeciesHeader;
    owner?: OrganizationHeader;
    operator?: OrganizationHeader;
    affiliation?: OrganizationHeader;
};
/**
 * Response object for spacecraft classes search
 */
export type SpacecraftClassBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of spacecraft classes matching given criteria
     */
    spacecraftClasses?: SpacecraftClassBase[];
};
/**
 * Full spacecraft class, returned when queried using UID
 */
export type SpacecraftClassFull = {
    /**
     * Spacecraft class unique ID
     */
    uid: string;
    /**
     * Spacecraft class name
     */
    name: string;
    /**
     * Number of decks
     */
    numberOfDecks?: number;
    /**
     * Whether it's a warp-capable spacecraft class
     */
    warpCapable?: boolean;
    /**
     * Whether this spacecraft class is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Starting period when this spacecraft class was in use
     */
    activeFrom?: string;
    /**
     * Ending period when this spacecraft class was in use
     */
    activeTo?: string;
    species?: SpeciesHeader;
    owner?: OrganizationBase;
    operator?: OrganizationBase;
    affiliation?: OrganizationBase;
    /**
     * Spacecraft types
     */
    spacecraftTypes?: SpacecraftType[];
    /**
     * Spacecrafts
     */
    spacecrafts?: SpacecraftBase[];
};
/**
 * Response object for single spacecraft class query
 */
export type SpacecraftClassFullResponse = {
    spacecraftClass?: SpacecraftClassFull;
};
/**
 * Header spacecraft class, embedded in other objects
 */
export type SpacecraftClassHeader = {
    /**
     * Spacecraft class unique ID
     */
    uid: string;
    /**
     * Spacecraft class name
     */
    name: string;
};
/**
 * Full spacecraft, returned when queried using UID
 */
export type SpacecraftFull = {
    /**
     * Spacecraft unique ID
     */
    uid: string;
    /**
     * Spacecraft name
     */
    name: string;
    /**
     * Spacecraft registry
     */
    registry?: string;
    /**
     * Status of a spacecraft (in prime reality, if spacecraft was in more than one realities)
     */
    status?: string;
    /**
     * Date the spacecraft status was last known
     */
    dateStatus?: string;
    spacecraftClass?: SpacecraftClassBase;
    owner?: OrganizationBase;
    operator?: OrganizationBase;
    /**
     * Spacecraft types
     */
    spacecraftTypes?: SpacecraftType[];
};
/**
 * Response object for single spacecraft query
 */
export type SpacecraftFullResponse = {
    spacecraft?: SpacecraftFull;
};
/**
 * Header spacecraft, embedded in other objects
 */
export type SpacecraftHeader = {
    /**
     * Spacecraft unique ID
     */
    uid: string;
    /**
     * Spacecraft name
     */
    name: string;
};
/**
 * Rating of video release, etc.
 */
export type SpacecraftType = {
    /**
     * Spacecraft type unique ID
     */
    uid?: string;
    /**
     * Spacecraft type name
     */
    name?: string;
};
/**
 * Base species, returned in search results
 */
export type SpeciesBase = {
    /**
     * Species unique ID
     */
    uid: string;
    /**
     * Species name
     */
    name: string;
    homeworld?: AstronomicalObjectHeader;
    quadrant?: AstronomicalObjectHeader;
    /**
     * Whether it's an extinct species
     */
    extinctSpecies?: boolean;
    /**
     * Whether it's a warp-capable species
     */
    warpCapableSpecies?: boolean;
    /**
     * Whether it's an extra-galactic species
     */
    extraGalacticSpecies?: boolean;
    /**
     * Whether it's a humanoid species
     */
    humanoidSpecies?: boolean;
    /**
     * Whether it's a reptilian species
     */
    reptilianSpecies?: boolean;
    /**
     * Whether it's a non-corporeal species
     */
    nonCorporealSpecies?: boolean;
    /**
     * Whether it's a shapeshifting species
     */
    shapeshiftingSpecies?: boolean;
    /**
     * Whether it's a spaceborne species
     */
    spaceborneSpecies?: boolean;
    /**
     * Whether it's a telepathic species
     */
    telepathicSpecies?: boolean;
    /**
     * Whether it's a trans-dimensional species
     */
    transDimensionalSpecies?: boolean;
    /**
     * Whether it's a unnamed species
     */
    unnamedSpecies?: boolean;
    /**
     * Whether this species is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for species search
 */
export type SpeciesBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of species matching given criteria
     */
    species?: SpeciesBase[];
};
/**
 * Full species, returned when queried using UID
 */
export type SpeciesFull = {
    /**
     * Species unique ID
     */
    uid: string;
    /**
     * Species name
     */
    name: string;
    homeworld?: AstronomicalObjectBase;
    quadrant?: AstronomicalObjectBase;
    /**
     * Whether it's an extinct species
     */
    extinctSpecies?: boolean;
    /**
     * Whether it's a warp-capable species
     */
    warpCapableSpecies?: boolean;
    /**
     * Whether it's an extra-galactic species
     */
    extraGalacticSpecies?: boolean;
    /**
     * Whether it's a humanoid species
     */
    humanoidSpecies?: boolean;
    /**
     * Whether it's a reptilian species
     */
    reptilianSpecies?: boolean;
    /**
     * Whether it's a non-corporeal species
     */
    nonCorporealSpecies?: boolean;
    /**
     * Whether it's a shapeshifting species
     */
    shapeshiftingSpecies?: boolean;
    /**
     * Whether it's a spaceborne species
     */
    spaceborneSpecies?: boolean;
    /**
     * Whether it's a telepathic species
     */
    telepathicSpecies?: boolean;
    /**
     * Whether it's a trans-dimensional species
     */
    transDimensionalSpecies?: boolean;
    /**
     * Whether it's a unnamed species
     */
    unnamedSpecies?: boolean;
    /**
     * Whether this species is from alternate reality
     */
    alternateReality?: boolean;
    /**
     * Characters belonging to the species
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single species query
 */
export type SpeciesFullResponse = {
    species?: SpeciesFull;
};
/**
 * Header species, embedded in other objects
 */
export type SpeciesHeader = {
    /**
     * Species unique ID
     */
    uid: string;
    /**
     * Species name
     */
    name: string;
};
/**
 * Base staff, returned in search results
 */
export type StaffBase = {
    /**
     * Staff unique ID
     */
    uid: string;
    /**
     * Staff name
     */
    name: string;
    /**
     * Staff birth name
     */
    birthName?: string;
    gender?: Gender;
    /**
     * Date the staff was born
     *
     * Format: date
     */
    dateOfBirth?: string;
    /**
     * Place the staff was born
     */
    placeOfBirth?: string;
    /**
     * Date the staff died
     *
     * Format: date
     */
    dateOfDeath?: string;
    /**
     * Place the staff died
     */
    placeOfDeath?: string;
    /**
     * Whether this person if from art department
     */
    artDepartment?: boolean;
    /**
     * Whether this person is an art director
     */
    artDirector?: boolean;
    /**
     * Whether this person is a production designer
     */
    productionDesigner?: boolean;
    /**
     * Whether this person is from camera and electrical department
     */
    cameraAndElectricalDepartment?: boolean;
    /**
     * Whether this person is a cinematographer
     */
    cinematographer?: boolean;
    /**
     * Whether this person is from casting department
     */
    castingDepartment?: boolean;
    /**
     * Whether this person is from costume department
     */
    costumeDepartment?: boolean;
    /**
     * Whether this person is a custume designer
     */
    costumeDesigner?: boolean;
    /**
     * Whether this person is a director
     */
    director?: boolean;
    /**
     * Whether this person is an assistant or secound unit director director
     */
    assistantOrSecondUnitDirector?: boolean;
    /**
     * Whether this person is an exhibit and tttraction staff
     */
    exhibitAndAttractionStaff?: boolean;
    /**
     * Whether this person is a film editor
     */
    filmEditor?: boolean;
    /**
     * Whether this person is a linguist
     */
    linguist?: boolean;
    /**
     * Whether this person is a location staff
     */
    locationStaff?: boolean;
    /**
     * Whether this person is a make-up staff
     */
    makeupStaff?: boolean;
    /**
     * Whether this person is from music department
     */
    musicDepartment?: boolean;
    /**
     * Whether this person is a composer
     */
    composer?: boolean;
    /**
     * Whether this person is a personal assistant
     */
    personalAssistant?: boolean;
    /**
     * Whether this person is a producer
     */
    producer?: boolean;
    /**
     * Whether this person is a production associate
     */
    productionAssociate?: boolean;
    /**
     * Whether this person is a production staff
     */
    productionStaff?: boolean;
    /**
     * Whether this person is a publication staff
     */
    publicationStaff?: boolean;
    /**
     * Whether this person is a science consultant
     */
    scienceConsultant?: boolean;
    /**
     * Whether this person is from sound department
     */
    soundDepartment?: boolean;
    /**
     * Whether this person is a special and visual effects staff
     */
    specialAndVisualEffectsStaff?: boolean;
    /**
     * Whether this person is an author
     */
    author?: boolean;
    /**
     * Whether this person is an audio author
     */
    audioAuthor?: boolean;
    /**
     * Whether this person is a calendar artist
     */
    calendarArtist?: boolean;
    /**
     * Whether this person is a comic artist
     */
    comicArtist?: boolean;
    /**
     * Whether this person is a comic author
     */
    comicAuthor?: boolean;
    /**
     * Whether this person is a comic color artist
     */
    comicColorArtist?: boolean;
    /**
     * Whether this person is a comic interior artist
     */
    comicInteriorArtist?: boolean;
    /**
     * Whether this person is a comic ink artist
     */
    comicInkArtist?: boolean;
    /**
     * Whether this person is a comic pencil artist
     */
    comicPencilArtist?: boolean;
    /**
     * Whether this person is a comic letter artist
     */
    comicLetterArtist?: boolean;
    /**
     * Whether this person is a comic strip artist
     */
    comicStripArtist?: boolean;
    /**
     * Whether this person is a game artist
     */
    gameArtist?: boolean;
    /**
     * Whether this person is a game author
     */
    gameAuthor?: boolean;
    /**
     * Whether this person is a novel artist
     */
    novelArtist?: boolean;
    /**
     * Whether this person is a novel author
     */
    novelAuthor?: boolean;
    /**
     * Whether this person is a reference artist
     */
    referenceArtist?: boolean;
    /**
     * Whether this person is a reference author
     */
    referenceAuthor?: boolean;
    /**
     * Whether this person is a publication artist
     */
    publicationArtist?: boolean;
    /**
     * Whether this person is a publication designer
     */
    publicationDesigner?: boolean;
    /**
     * Whether this person is a publication editor
     */
    publicationEditor?: boolean;
    /**
     * Whether this person is a publication artist
     */
    publicityArtist?: boolean;
    /**
     * Whether this person is a part of CBS digital staff
     */
    cbsDigitalStaff?: boolean;
    /**
     * Whether this person is a part of ILM production staff
     */
    ilmProductionStaff?: boolean;
    /**
     * Whether this person is a special features artist
     */
    specialFeaturesStaff?: boolean;
    /**
     * Whether this person is a story editor
     */
    storyEditor?: boolean;
    /**
     * Whether this person is a studio executive
     */
    studioExecutive?: boolean;
    /**
     * Whether this person is from stunt department
     */
    stuntDepartment?: boolean;
    /**
     * Whether this person is from transportation department
     */
    transportationDepartment?: boolean;
    /**
     * Whether this person is video game production staff
     */
    videoGameProductionStaff?: boolean;
    /**
     * Whether this person is a writer
     */
    writer?: boolean;
};
/**
 * Response object for staff search
 */
export type StaffBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of staff matching given criteria
     */
    staff?: StaffBase[];
};
/**
 * Full staff, returned when queried using UID
 */
export type StaffFull = {
    /**
     * Staff unique ID
     */
    uid: string;
    /**
     * Staff name
     */
    name: string;
    /**
     * Staff birth name
     */
    birthName?: string;
    gender?: Gender;
    /**
     * Date the staff was born
     *
     * Format: date
     */
    dateOfBirth?: string;
    /**
     * Place the staff was born
     */
    placeOfBirth?: string;
    /**
     * Date the staff died
     *
     * Format: date
     */
    dateOfDeath?: string;
    /**
     * Place the staff died
     */
    placeOfDeath?: string;
    /**
     * Whether this person is from art department
     */
    artDepartment?: boolean;
    /**
     * Whether this person is an art director
     */
    artDirector?: boolean;
    /**
     * Whether this person is a production designer
     */
    productionDesigner?: boolean;
    /**
     * Whether this person is from camera and electrical department
     */
    cameraAndElectricalDepartment?: boolean;
    /**
     * Whether this person is a cinematographer
     */
    cinematographer?: boolean;
    /**
     * Whether this person is from casting department
     */
    castingDepartment?: boolean;
    /**
     * Whether this person is from costume department
     */
    costumeDepartment?: boolean;
    /**
     * Whether this person is a custume designer
     */
    costumeDesigner?: boolean;
    /**
     * Whether this person is a director
     */
    director?: boolean;
    /**
     * Whether this person is an assistant or secound unit director director
     */
    assistantOrSecondUnitDirector?: boolean;
    /**
     * Whether this person is an exhibit and attraction staff
     */
    exhibitAndAttractionStaff?: boolean;
    /**
     * Whether this person is a film editor
     */
    filmEditor?: boolean;
    /**
     * Whether this person is a linguist
     */
    linguist?: boolean;
    /**
     * Whether this person is a location staff
     */
    locationStaff?: boolean;
    /**
     * Whether this person is a make-up staff
     */
    makeupStaff?: boolean;
    /**
     * Whether this person is from music department
     */
    musicDepartment?: boolean;
    /**
     * Whether this person is a composer
     */
    composer?: boolean;
    /**
     * Whether this person is a personal assistant
     */
    personalAssistant?: boolean;
    /**
     * Whether this person is a producer
     */
    producer?: boolean;
    /**
     * Whether this person is a production associate
     */
    productionAssociate?: boolean;
    /**
     * Whether this person is a production staff
     */
    productionStaff?: boolean;
    /**
     * Whether this person is a publication staff
     */
    publicationStaff?: boolean;
    /**
     * Whether this person is a science consultant
     */
    scienceConsultant?: boolean;
    /**
     * Whether this person is from sound department
     */
    soundDepartment?: boolean;
    /**
     * Whether this person is a special and visual effects staff
     */
    specialAndVisualEffectsStaff?: boolean;
    /**
     * Whether this person is an author
     */
    author?: boolean;
    /**
     * Whether this person is an audio author
     */
    audioAuthor?: boolean;
    /**
     * Whether this person is a calendar artist
     */
    calendarArtist?: boolean;
    /**
     * Whether this person is a comic artist
     */
    comicArtist?: boolean;
    /**
     * Whether this person is a comic author
     */
    comicAuthor?: boolean;
    /**
     * Whether this person is a comic color artist
     */
    comicColorArtist?: boolean;
    /**
     * Whether this person is a comic interior artist
     */
    comicInteriorArtist?: boolean;
    /**
     * Whether this person is a comic ink artist
     */
    comicInkArtist?: boolean;
    /**
     * Whether this person is a comic pencil artist
     */
    comicPencilArtist?: boolean;
    /**
     * Whether this person is a comic letter artist
     */
    comicLetterArtist?: boolean;
    /**
     * Whether this person is a comic strip artist
     */
    comicStripArtist?: boolean;
    /**
     * Whether this person is a game artist
     */
    gameArtist?: boolean;
    /**
     * Whether this person is a game author
     */
    gameAuthor?: boolean;
    /**
     * Whether this person is a novel artist
     */
    novelArtist?: boolean;
    /**
     * Whether this person is a novel author
     */
    novelAuthor?: boolean;
    /**
     * Whether this person is a reference artist
     */
    referenceArtist?: boolean;
    /**
     * Whether this person is a reference author
     */
    referenceAuthor?: boolean;
    /**
     * Whether this person is a publication artist
     */
    publicationArtist?: boolean;
    /**
     * Whether this person is a publication designer
     */
    publicationDesigner?: boolean;
    /**
     * Whether this person is a publication editor
     */
    publicationEditor?: boolean;
    /**
     * Whether this person is a publicity artist
     */
    publicityArtist?: boolean;
    /**
     * Whether this person is a part of CBS digital staff
     */
    cbsDigitalStaff?: boolean;
    /**
     * Whether this person is a part of ILM production staff
     */
    ilmProductionStaff?: boolean;
    /**
     * Whether this person is a special features artist
     */
    specialFeaturesStaff?: boolean;
    /**
     * Whether this person is a story editor
     */
    storyEditor?: boolean;
    /**
     * Whether this person is a studio executive
     */
    studioExecutive?: boolean;
    /**
     * Whether this person is from stunt department
     */
    stuntDepartment?: boolean;
    /**
     * Whether this person is from transportation department
     */
    transportationDepartment?: boolean;
    /**
     * Whether this person is video game production staff
     */
    videoGameProductionStaff?: boolean;
    /**
     * Whether this person is a writer
     */
    writer?: boolean;
    /**
     * Episodes written by this person
     */
    writtenEpisodes?: EpisodeBase[];
    /**
     * Episodes to which this person has written teleplay
     */
    teleplayAuthoredEpisodes?: EpisodeBase[];
    /**
     * Episodes to which this person has written story
     */
    storyAuthoredEpisodes?: EpisodeBase[];
    /**
     * Episodes directed by this person
     */
    directedEpisodes?: EpisodeBase[];
    /**
     * Episodes on which this person worked
     */
    episodes?: EpisodeBase[];
    /**
     * Movies written by this person
     */
    writtenMovies?: MovieBase[];
    /**
     * Movies to which this person has written screenplay
     */
    screenplayAuthoredMovies?: MovieBase[];
    /**
     * Movies to which this person has written story
     */
    storyAuthoredMovies?: MovieBase[];
    /**
     * Movies directed by this person
     */
    directedMovies?: MovieBase[];
    /**
     * Movies produced by this person
     */
    producedMovies?: MovieBase[];
    /**
     * Movies on which this person worked
     */
    movies?: MovieBase[];
};
/**
 * Response object for single staff query
 */
export type StaffFullResponse = {
    staff?: StaffFull;
};
/**
 * Header staff, embedded in other objects
 */
export type StaffHeader = {
    /**
     * Staff unique ID
     */
    uid: string;
    /**
     * Staff name
     */
    name: string;
};
/**
 * Base technology, returned in search results
 */
export type TechnologyBase = {
    /**
     * Technology unique ID
     */
    uid: string;
    /**
     * Technology name
     */
    name: string;
    /**
     * Whether it's a Borg technology
     */
    borgTechnology?: boolean;
    /**
     * Whether it's a Borg component
     */
    borgComponent?: boolean;
    /**
     * Whether it's a communications technology
     */
    communicationsTechnology?: boolean;
    /**
     * Whether it's a computer technology
     */
    computerTechnology?: boolean;
    /**
     * Whether it's a technology related to computer programming
     */
    computerProgramming?: boolean;
    /**
     * Whether it's a subroutine
     */
    subroutine?: boolean;
    /**
     * Whether it's a database
     */
    database?: boolean;
    /**
     * Whether it's a energy technology
     */
    energyTechnology?: boolean;
    /**
     * Whether it's a fictional technology
     */
    fictionalTechnology?: boolean;
    /**
     * Whether it's a holographic technology
     */
    holographicTechnology?: boolean;
    /**
     * Whether it's a identification technology
     */
    identificationTechnology?: boolean;
    /**
     * Whether it's a life support technology
     */
    lifeSupportTechnology?: boolean;
    /**
     * Whether it's a sensor technology
     */
    sensorTechnology?: boolean;
    /**
     * Whether it's a shield technology
     */
    shieldTechnology?: boolean;
    /**
     * Whether it's a tool
     */
    tool?: boolean;
    /**
     * Whether it's a culinary tool
     */
    culinaryTool?: boolean;
    /**
     * Whether it's a engineering tool
     */
    engineeringTool?: boolean;
    /**
     * Whether it's a household tool
     */
    householdTool?: boolean;
    /**
     * Whether it's a medical equipment
     */
    medicalEquipment?: boolean;
    /**
     * Whether it's a transporter technology
     */
    transporterTechnology?: boolean;
};
/**
 * Response object for technology search
 */
export type TechnologyBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of technology matching given criteria
     */
    technology?: TechnologyBase[];
};
/**
 * Full technology, returned when queried using UID
 */
export type TechnologyFull = {
    /**
     * Technology unique ID
     */
    uid: string;
    /**
     * Technology name
     */
    name: string;
    /**
     * Whether it's a Borg technology
     */
    borgTechnology?: boolean;
    /**
     * Whether it's a Borg component
     */
    borgComponent?: boolean;
    /**
     * Whether it's a communications technology
     */
    communicationsTechnology?: boolean;
    /**
     * Whether it's a computer technology
     */
    computerTechnology?: boolean;
    /**
     * Whether it's a technology related to computer programming
     */
    computerProgramming?: boolean;
    /**
     * Whether it's a subroutine
     */
    subroutine?: boolean;
    /**
     * Whether it's a database
     */
    database?: boolean;
    /**
     * Whether it's a energy technology
     */
    energyTechnology?: boolean;
    /**
     * Whether it's a fictional technology
     */
    fictionalTechnology?: boolean;
    /**
     * Whether it's a holographic technology
     */
    holographicTechnology?: boolean;
    /**
     * Whether it's a identification technology
     */
    identificationTechnology?: boolean;
    /**
     * Whether it's a life support technology
     */
    lifeSupportTechnology?: boolean;
    /**
     * Whether it's a sensor technology
     */
    sensorTechnology?: boolean;
    /**
     * Whether it's a shield technology
     */
    shieldTechnology?: boolean;
    /**
     * Whether it's a tool
     */
    tool?: boolean;
    /**
     * Whether it's a culinary tool
     */
    culinaryTool?: boolean;
    /**
     * Whether it's a engineering tool
     */
    engineeringTool?: boolean;
    /**
     * Whether it's a household tool
     */
    householdTool?: boolean;
    /**
     * Whether it's a medical equipment
     */
    medicalEquipment?: boolean;
    /**
     * Whether it's a transporter technology
     */
    transporterTechnology?: boolean;
};
/**
 * Response object for single technology query
 */
export type TechnologyFullResponse = {
    technology?: TechnologyFull;
};
/**
 * Header technology, embedded in other objects
 */
export type TechnologyHeader = {
    /**
     * Technology unique ID
     */
    uid: string;
    /**
     * Technology name
     */
    name: string;
};
/**
 * Base title, returned in search results
 */
export type TitleBase = {
    /**
     * Title unique ID
     */
    uid: string;
    /**
     * Title name
     */
    name: string;
    /**
     * Whether it's a military rank
     */
    militaryRank?: boolean;
    /**
     * Whether it's a fleet rank
     */
    fleetRank?: boolean;
    /**
     * Whether it's a religious title
     */
    religiousTitle?: boolean;
    /**
     * Whether it's a position
     */
    position?: boolean;
    /**
     * Whether this title is from mirror universe
     */
    mirror?: boolean;
};
/**
 * Response object for titles search
 */
export type TitleBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of titles matching given criteria
     */
    titles?: TitleBase[];
};
/**
 * Full title, returned when queried using UID
 */
export type TitleFull = {
    /**
     * Title unique ID
     */
    uid: string;
    /**
     * Title name
     */
    name: string;
    /**
     * Whether it's a military rank
     */
    militaryRank?: boolean;
    /**
     * Whether it's a fleet rank
     */
    fleetRank?: boolean;
    /**
     * Whether it's a religious title
     */
    religiousTitle?: boolean;
    /**
     * Whether it's a position
     */
    position?: boolean;
    /**
     * Whether this title is from mirror universe
     */
    mirror?: boolean;
    /**
     * Characters that holds this title
     */
    characters?: CharacterBase[];
};
/**
 * Response object for single title query
 */
export type TitleFullResponse = {
    title?: TitleFull;
};
/**
 * Header title, embedded in other objects
 */
export type TitleHeader = {
    /**
     * Title unique ID
     */
    uid: string;
    /**
     * Title name
     */
    name: string;
};
/**
 * Base trading card, returned in search results
 */
export type TradingCardBase = {
    /**
     * Trading card unique ID
     */
    uid: string;
    /**
     * Trading card name
     */
    name: string;
    /**
     * Trading card number
     */
    number?: string;
    /**
     * Release year, if set was releases over multiple years
     */
    releaseYear?: number;
    /**
     * Production run, if different from trading card set production run
     */
    productionRun?: number;
    tradingCardSet?: TradingCardSetHeader;
    tradingCardDeck?: TradingCardDeckHeader;
};
/**
 * Response object for trading cards search
 */
export type TradingCardBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of trading cards matching given criteria
     */
    tradingCards?: TradingCardBase[];
};
/**
 * Base trading card deck, returned in search results
 */
export type TradingCardDeckBase = {
    /**
     * Trading card deck unique ID
     */
    uid: string;
    /**
     * Trading card deck name
     */
    name: string;
    /**
     * Frequency with which this deck occur in it's set
     */
    frequency?: string;
    tradingCardSet?: TradingCardSetHeader;
};
/**
 * Response object for trading card decks search
 */
export type TradingCardDeckBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of trading card decks matching given criteria
     */
    tradingCardDecks?: TradingCardDeckBase[];
};
/**
 * Full trading card deck, returned when queried using UID
 */
export type TradingCardDeckFull = {
    /**
     * Trading card deck unique ID
     */
    uid: string;
    /**
     * Trading card deck name
     */
    name: string;
    /**
     * Frequency with which this deck occur in it's set
     */
    frequency?: string;
    tradingCardSet?: TradingCardSetHeader;
    /**
     * Trading cards in this deck
     */
    tradingCards?: TradingCardBase[];
};
/**
 * Response object for single trading card deck query
 */
export type TradingCardDeckFullResponse = {
    tradingCardDeck?: TradingCardDeckFull;
};
/**
 * Header trading card deck, embedded in other objects
 */
export type TradingCardDeckHeader = {
    /**
     * Trading card deck unique ID
     */
    uid: string;
    /**
     * Trading card deck name
     */
    name: string;
};
/**
 * Full trading card, returned when queried using UID
 */
export type TradingCardFull = {
    /**
     * Trading card unique ID
     */
    uid: string;
    /**
     * Trading card name
     */
    name: string;
    tradingCardSet?: TradingCardSetBase;
    tradingCardDeck?: TradingCardDeckBase;
    /**
     * Trading card number
     */
    number?: string;
    /**
     * Release year, if set was releases over multiple years
     */
    releaseYear?: number;
    /**
     * Production run, if different from trading card set production run
     */
    productionRun?: number;
};
/**
 * Response object for single trading card query
 */
export type TradingCardFullResponse = {
    tradingCard?: TradingCardFull;
};
/**
 * Header trading card, embedded in other objects
 */
export type TradingCardHeader = {
    /**
     * Trading card unique ID
     */
    uid: string;
    /**
     * Trading card name
     */
    name: string;
};
/**
 * Base trading card set, returned in search results
 */
export type TradingCardSetBase = {
    /**
     * Trading card set unique ID
     */
    uid: string;
    /**
     * Trading card set name
     */
    name: string;
    /**
     * Release year
     */
    releaseYear?: number;
    /**
     * Release month
     */
    releaseMonth?: number;
    /**
     * Release day
     */
    releaseDay?: number;
    /**
     * Cards per deck
     */
    cardsPerPack?: number;
    /**
     * Packs per box
     */
    packsPerBox?: number;
    /**
     * Boxes per case
     */
    boxesPerCase?: number;
    /**
     * Production run
     */
    productionRun?: number;
    productionRunUnit?: ProductionRunUnit;
    /**
     * Card width, in inches
     *
     * Format: double
     */
    cardWidth?: number;
    /**
     * Card height, in inches
     *
     * Format: double
     */
    cardHeight?: number;
};
/**
 * Response object for trading card sets search
 */
export type TradingCardSetBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of trading card sets matching given criteria
     */
    tradingCardSets?: TradingCardSetBase[];
};
/**
 * Full trading card set, returned when queried using UID
 */
export type TradingCardSetFull = {
    /**
     * Trading card set unique ID
     */
    uid: string;
    /**
     * Trading card set name
     */
    name: string;
    /**
     * Release year
     */
    releaseYear?: number;
    /**
     * Release month
     */
    releaseMonth?: number;
    /**
     * Release day
     */
    releaseDay?: number;
    /**
     * Cards per deck
     */
    cardsPerPack?: number;
    /**
     * Packs per box
     */
    packsPerBox?: number;
    /**
     * Boxes per case
     */
    boxesPerCase?: number;
    /**
     * Production run
     */
    productionRun?: number;
    productionRunUnit?: ProductionRunUnit;
    /**
     * Card width, in inches
     *
     * Format: double
     */
    cardWidth?: number;
    /**
     * Card height, in inches
     *
     * Format: double
     */
    cardHeight?: number;
    /**
     * Manufacturers
     */
    manufacturers?: CompanyBase[];
    /**
     * Trading card decks in this set
     */
    tradingCardDecks?: TradingCardDeckBase[];
    /**
     * Trading cards in this set
     */
    tradingCards?: TradingCardBase[];
    /**
     * Countries of origin
     */
    countriesOfOrigin?: Country[];
};
/**
 * Response object for single trading card set query
 */
export type TradingCardSetFullResponse = {
    tradingCardSet?: TradingCardSetFull;
};
/**
 * Header trading card set, embedded in other objects
 */
export type TradingCardSetHeader = {
    /**
     * Trading card set unique ID
     */
    uid: string;
    /**
     * Trading card set name
     */
    name: string;
};
/**
 * Base video game, returned in search results
 */
export type VideoGameBase = {
    /**
     * Video game unique ID
     */
    uid: string;
    /**
     * Video game title
     */
    title: string;
    /**
     * Release date
     *
     * Format: date
     */
    releaseDate?: string;
    /**
     * Starting stardate of video game story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of video game story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of video game story
     */
    yearFrom?: number;
    /**
     * Ending year of video game story
     */
    yearTo?: number;
    /**
     * System requirements
     */
    systemRequirements?: string;
};
/**
 * Response object for video games search
 */
export type VideoGameBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of video games matching given criteria
     */
    videoGames?: VideoGameBase[];
};
/**
 * Full video game, returned when queried using UID
 */
export type VideoGameFull = {
    /**
     * Video game unique ID
     */
    uid: string;
    /**
     * Video game title
     */
    title: string;
    /**
     * Release date
     *
     * Format: date
     */
    releaseDate?: string;
    /**
     * Starting stardate of video game story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of video game story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of video game story
     */
    yearFrom?: number;
    /**
     * Ending year of video game story
     */
    yearTo?: number;
    /**
     * System requirements
     */
    systemRequirements?: string;
    /**
     * Publishers
     */
    publishers?: CompanyBase[];
    /**
     * Developers
     */
    developers?: CompanyBase[];
    /**
     * Platforms
     */
    platforms?: Platform[];
    /**
     * Genres
     */
    genres?: Genre[];
    /**
     * Ratings
     */
    ratings?: ContentRating[];
    /**
     * References
     */
    references?: Reference[];
};
/**
 * Response object for single video game query
 */
export type VideoGameFullResponse = {
    videoGame?: VideoGameFull;
};
/**
 * Header video game, embedded in other objects
 */
export type VideoGameHeader = {
    /**
     * Video game unique ID
     */
    uid: string;
    /**
     * Video game title
     */
    title: string;
};
/**
 * Base video release, returned in search results
 */
export type VideoReleaseBase = {
    /**
     * Video release unique ID
     */
    uid: string;
    /**
     * Video release title
     */
    title: string;
    series?: SeriesHeader;
    season?: SeasonHeader;
    format?: VideoReleaseFormat;
    /**
     * Number of episodes
     */
    numberOfEpisodes?: number;
    /**
     * Number of feature-length episodes
     */
    numberOfFeatureLengthEpisodes?: number;
    /**
     * Number of data carriers (like DVD, VCD, VHS etc.)
     */
    numberOfDataCarriers?: number;
    /**
     * Run time, in minutes
     */
    runTime?: number;
    /**
     * Starting year of video release story
     */
    yearFrom?: number;
    /**
     * Ending year of video release story
     */
    yearTo?: number;
    /**
     * Region free release date
     *
     * Format: date
     */
    regionFreeReleaseDate?: string;
    /**
     * Region 1/A release date
     *
     * Format: date
     */
    region1AReleaseDate?: string;
    /**
     * Region 1 slimline release date
     *
     * Format: date
     */
    region1SlimlineReleaseDate?: string;
    /**
     * Region 2/B release date
     *
     * Format: date
     */
    region2BReleaseDate?: string;
    /**
     * Region 2 slimline release date
     *
     * Format: date
     */
    region2SlimlineReleaseDate?: string;
    /**
     * Region 4 release date
     *
     * Format: date
     */
    region4AReleaseDate?: string;
    /**
     * Region 4 slimline release date
     *
     * Format: date
     */
    region4SlimlineReleaseDate?: string;
    /**
     * Whether this video has been release on Amazon.com
     */
    amazonDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Dailymotion
     */
    dailymotionDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Google Play
     */
    googlePlayDigitalRelease?: boolean;
    /**
     * Whether this video has been release on iTunes
     */
    iTunesDigitalRelease?: boolean;
    /**
     * Whether this video has been release on UltraViolet
     */
    ultraVioletDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Vimeo
     */
    vimeoDigitalRelease?: boolean;
    /**
     * Whether this video has been release on VUDU
     */
    vuduDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Xbox SmartGlass
     */
    xboxSmartGlassDigitalRelease?: boolean;
    /**
     * Whether this video has been release on YouTube
     */
    youTubeDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Netflix
     */
    netflixDigitalRelease?: boolean;
};
/**
 * Response object for video releases search
 */
export type VideoReleaseBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of video releases matching given criteria
     */
    videoReleases?: VideoReleaseBase[];
};
/**
 * Video release format
 */
export type VideoReleaseFormat = 'SUPER_8' | 'BETAMAX' | 'VHS' | 'CED' | 'LD' | 'VHD' | 'VCD' | 'VIDEO_8' | 'DVD' | 'UMD' | 'HD_DVD' | 'BLU_RAY' | 'BLU_RAY_4K_UHD' | 'DIGITAL_FORMAT';
/**
 * Full video release, returned when queried using UID
 */
export type VideoReleaseFull = {
    /**
     * Video release unique ID
     */
    uid: string;
    /**
     * Video release title
     */
    title: string;
    series?: SeriesBase;
    season?: SeasonBase;
    format?: VideoReleaseFormat;
    /**
     * Number of episodes
     */
    numberOfEpisodes?: number;
    /**
     * Number of feature-length episodes
     */
    numberOfFeatureLengthEpisodes?: number;
    /**
     * Number of data carriers (like DVD, VCD, VHS etc.)
     */
    numberOfDataCarriers?: number;
    /**
     * Run time, in minutes
     */
    runTime?: number;
    /**
     * Starting year of video release story
     */
    yearFrom?: number;
    /**
     * Ending year of video release story
     */
    yearTo?: number;
    /**
     * Region free release date
     *
     * Format: date
     */
    regionFreeReleaseDate?: string;
    /**
     * Region 1/A release date
     *
     * Format: date
     */
    region1AReleaseDate?: string;
    /**
     * Region 1 slimline release date
     *
     * Format: date
     */
    region1SlimlineReleaseDate?: string;
    /**
     * Region 2/B release date
     *
     * Format: date
     */
    region2BReleaseDate?: string;
    /**
     * Region 2 slimline release date
     *
     * Format: date
     */
    region2SlimlineReleaseDate?: string;
    /**
     * Region 4 release date
     *
     * Format: date
     */
    region4AReleaseDate?: string;
    /**
     * Region 4 slimline release date
     *
     * Format: date
     */
    region4SlimlineReleaseDate?: string;
    /**
     * Whether this video has been release on Amazon.com
     */
    amazonDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Dailymotion
     */
    dailymotionDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Google Play
     */
    googlePlayDigitalRelease?: boolean;
    /**
     * Whether this video has been release on iTunes
     */
    iTunesDigitalRelease?: boolean;
    /**
     * Whether this video has been release on UltraViolet
     */
    ultraVioletDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Vimeo
     */
    vimeoDigitalRelease?: boolean;
    /**
     * Whether this video has been release on VUDU
     */
    vuduDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Xbox SmartGlass
     */
    xboxSmartGlassDigitalRelease?: boolean;
    /**
     * Whether this video has been release on YouTube
     */
    youTubeDigitalRelease?: boolean;
    /**
     * Whether this video has been release on Netflix
     */
    netflixDigitalRelease?: boolean;
    /**
     * References
     */
    references?: Reference[];
    /**
     * Ratings
     */
    ratings?: ContentRating[];
    /**
     * Languages of audio track
     */
    languages?: ContentLanguage[];
    /**
     * Languages of subtitles
     */
    languagesSubtitles?: ContentLanguage[];
    /**
     * Languages that are available with dubbing
     */
    languagesDubbed?: ContentLanguage[];
};
/**
 * Response object for single video release query
 */
export type VideoReleaseFullResponse = {
    videoRelease?: VideoReleaseFull;
};
/**
 * Header video release, embedded in other objects
 */
export type VideoReleaseHeader = {
    /**
     * Video release unique ID
     */
    uid: string;
    /**
     * Video release title
     */
    title: string;
};
/**
 * Base weapon, returned in search results
 */
export type WeaponBase = {
    /**
     * Weapon unique ID
     */
    uid: string;
    /**
     * Weapon name
     */
    name: string;
    /**
     * Whether it's hand-help weapon
     */
    handHeldWeapon?: boolean;
    /**
     * Whether it's a laser technology
     */
    laserTechnology?: boolean;
    /**
     * Whether it's a plasma technology
     */
    plasmaTechnology?: boolean;
    /**
     * Whether it's a photonic technology
     */
    photonicTechnology?: boolean;
    /**
     * Whether it's a phaser technology
     */
    phaserTechnology?: boolean;
    /**
     * Whether this weapon is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this weapon is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for weapons search
 */
export type WeaponBaseResponse = {
    page?: ResponsePage;
    sort?: ResponseSort;
    /**
     * List of weapons matching given criteria
     */
    weapons?: WeaponBase[];
};
/**
 * Full weapon, returned when queried using UID
 */
export type WeaponFull = {
    /**
     * Weapon unique ID
     */
    uid: string;
    /**
     * Weapon name
     */
    name: string;
    /**
     * Whether it's a hand-help weapon
     */
    handHeldWeapon?: boolean;
    /**
     * Whether it's a laser technology
     */
    laserTechnology?: boolean;
    /**
     * Whether it's a plasma technology
     */
    plasmaTechnology?: boolean;
    /**
     * Whether it's a photonic technology
     */
    photonicTechnology?: boolean;
    /**
     * Whether it's a phaser technology
     */
    phaserTechnology?: boolean;
    /**
     * Whether this weapon is from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this weapon is from alternate reality
     */
    alternateReality?: boolean;
};
/**
 * Response object for single weapon query
 */
export type WeaponFullResponse = {
    weapon?: WeaponFull;
};
/**
 * Header weapon, embedded in other objects
 */
export type WeaponHeader = {
    /**
     * Weapon unique ID
     */
    uid: string;
    /**
     * Weapon name
     */
    name: string;
};
/**
 * GET /animal
 */
export type GetAnimalParameters = {
    query: {
        /**
         * Animal unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetAnimalRequestBody = never;
export type GetAnimalResponse = AnimalFullResponse;
/** The declared error responses of `getAnimal`, by status: narrowing on `status` narrows `body`. */
export type GetAnimalError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /animal/search
 */
export type GetAnimalSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetAnimalSearchRequestBody = never;
export type GetAnimalSearchResponse = AnimalBaseResponse;
/** The declared error responses of `getAnimalSearch`, by status: narrowing on `status` narrows `body`. */
export type GetAnimalSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /animal/search
 */
export type PostAnimalSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostAnimalSearchRequestBody = {
    /**
     * Animal name
     */
    name?: string;
    /**
     * Whether it should be an earth animal
     */
    earthAnimal?: boolean;
    /**
     * Whether it should be an earth insect
     */
    earthInsect?: boolean;
    /**
     * Whether it should be an avian
     */
    avian?: boolean;
    /**
     * Whether it should be a canine
     */
    canine?: boolean;
    /**
     * Whether it should be a feline
     */
    feline?: boolean;
};
export type PostAnimalSearchResponse = AnimalBaseResponse;
/** The declared error responses of `postAnimalSearch`, by status: narrowing on `status` narrows `body`. */
export type PostAnimalSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /astronomicalObject
 */
export type GetAstronomicalObjectParameters = {
    query: {
        /**
         * Astronomical object's unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetAstronomicalObjectRequestBody = never;
export type GetAstronomicalObjectResponse = AstronomicalObjectFullResponse;
/** The declared error responses of `getAstronomicalObject`, by status: narrowing on `status` narrows `body`. */
export type GetAstronomicalObjectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /astronomicalObject/search
 */
export type GetAstronomicalObjectSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetAstronomicalObjectSearchRequestBody = never;
export type GetAstronomicalObjectSearchResponse = AstronomicalObjectBaseResponse;
/** The declared error responses of `getAstronomicalObjectSearch`, by status: narrowing on `status` narrows `body`. */
export type GetAstronomicalObjectSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /astronomicalObject/search
 */
export type PostAstronomicalObjectSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostAstronomicalObjectSearchRequestBody = {
    /**
     * Astronomical object name
     */
    name?: string;
    /**
     * Type of astronomical object
     */
    astronomicalObjectType?: string;
    /**
     * Unique ID of astronomical object containing objects being searched
     */
    locationUid?: string;
};
export type PostAstronomicalObjectSearchResponse = AstronomicalObjectBaseResponse;
/** The declared error responses of `postAstronomicalObjectSearch`, by status: narrowing on `status` narrows `body`. */
export type PostAstronomicalObjectSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /book
 */
export type GetBookParameters = {
    query: {
        /**
         * Book unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookRequestBody = never;
export type GetBookResponse = BookFullResponse;
/** The declared error responses of `getBook`, by status: narrowing on `status` narrows `body`. */
export type GetBookError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /book/search
 */
export type GetBookSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookSearchRequestBody = never;
export type GetBookSearchResponse = BookBaseResponse;
/** The declared error responses of `getBookSearch`, by status: narrowing on `status` narrows `body`. */
export type GetBookSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /book/search
 */
export type PostBookSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostBookSearchRequestBody = {
    /**
     * Book title
     */
    title?: string;
    /**
     * Starting year the book was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the book was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
    /**
     * Starting stardate of book story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of book story
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be a novel
     */
    novel?: boolean;
    /**
     * Whether it should be a reference book
     */
    referenceBook?: boolean;
    /**
     * Whether it should be a biography book
     */
    biographyBook?: boolean;
    /**
     * Whether it should be a role playing book
     */
    rolePlayingBook?: boolean;
    /**
     * Whether it should be an e-book
     */
    eBook?: boolean;
    /**
     * Whether it should be an anthology
     */
    anthology?: boolean;
    /**
     * Whether it should be novelization
     */
    novelization?: boolean;
    /**
     * Whether it should be an audiobook
     */
    audiobook?: boolean;
    /**
     * Whether it should be an audiobook, abridged
     */
    audiobookAbridged?: boolean;
    /**
     * Starting year the audiobook was published
     *
     * Format: int32
     */
    audiobookPublishedYearFrom?: number;
    /**
     * Ending year the audiobook was published
     *
     * Format: int32
     */
    audiobookPublishedYearTo?: number;
    /**
     * Minimal audiobook run time, in minutes
     *
     * Format: int32
     */
    audiobookRunTimeFrom?: number;
    /**
     * Maximal audiobook run time, in minutes
     *
     * Format: int32
     */
    audiobookRunTimeTo?: number;
};
export type PostBookSearchResponse = BookBaseResponse;
/** The declared error responses of `postBookSearch`, by status: narrowing on `status` narrows `body`. */
export type PostBookSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /bookCollection
 */
export type GetBookCollectionParameters = {
    query: {
        /**
         * Book collection unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookCollectionRequestBody = never;
export type GetBookCollectionResponse = BookCollectionFullResponse;
/** The declared error responses of `getBookCollection`, by status: narrowing on `status` narrows `body`. */
export type GetBookCollectionError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /bookCollection/search
 */
export type GetBookCollectionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookCollectionSearchRequestBody = never;
export type GetBookCollectionSearchResponse = BookCollectionBaseResponse;
/** The declared error responses of `getBookCollectionSearch`, by status: narrowing on `status` narrows `body`. */
export type GetBookCollectionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /bookCollection/search
 */
export type PostBookCollectionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostBookCollectionSearchRequestBody = {
    /**
     * Book collection title
     */
    title?: string;
    /**
     * Starting year the book collection was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the book collection was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
    /**
     * Starting stardate of book collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of book collections stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of book collection stories
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of book collections stories
     *
     * Format: int32
     */
    yearTo?: number;
};
export type PostBookCollectionSearchResponse = BookCollectionBaseResponse;
/** The declared error responses of `postBookCollectionSearch`, by status: narrowing on `status` narrows `body`. */
export type PostBookCollectionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /bookSeries
 */
export type GetBookSeriesParameters = {
    query: {
        /**
         * Book series unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookSeriesRequestBody = never;
export type GetBookSeriesResponse = BookSeriesFullResponse;
/** The declared error responses of `getBookSeries`, by status: narrowing on `status` narrows `body`. */
export type GetBookSeriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /bookSeries/search
 */
export type GetBookSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetBookSeriesSearchRequestBody = never;
export type GetBookSeriesSearchResponse = BookSeriesBaseResponse;
/** The declared error responses of `getBookSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type GetBookSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /bookSeries/search
 */
export type PostBookSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostBookSeriesSearchRequestBody = {
    /**
     * Book series title
     */
    title?: string;
    /**
     * Starting year the book series was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the book series was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of books
     *
     * Format: int32
     */
    numberOfBooksFrom?: number;
    /**
     * Maximal number of books
     *
     * Format: int32
     */
    numberOfBooksTo?: number;
    /**
     * Starting year of book series stories
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of book series stories
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it should be an e-book series
     */
    eBookSeries?: boolean;
};
export type PostBookSeriesSearchResponse = BookSeriesBaseResponse;
/** The declared error responses of `postBookSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type PostBookSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /character
 */
export type GetCharacterParameters = {
    query: {
        /**
         * Character unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetCharacterRequestBody = never;
export type GetCharacterResponse = CharacterFullResponse;
/** The declared error responses of `getCharacter`, by status: narrowing on `status` narrows `body`. */
export type GetCharacterError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /character/search
 */
export type GetCharacterSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetCharacterSearchRequestBody = never;
export type GetCharacterSearchResponse = CharacterBaseResponse;
/** The declared error responses of `getCharacterSearch`, by status: narrowing on `status` narrows `body`. */
export type GetCharacterSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /character/search
 */
export type PostCharacterSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostCharacterSearchRequestBody = {
    /**
     * Character name
     */
    name?: string;
    /**
     * Character gender
     */
    gender?: string;
    /**
     * Whether it should be a deceased character
     */
    deceased?: boolean;
    /**
     * Whether it should be a hologram
     */
    hologram?: boolean;
    /**
     * Whether it should be a fictional character (from universe point of view)
     */
    fictionalCharacter?: boolean;
    /**
     * Whether it should be a mirror universe character
     */
    mirror?: boolean;
    /**
     * Whether it should be a alternate reality character
     */
    alternateReality?: boolean;
};
export type PostCharacterSearchResponse = CharacterBaseResponse;
/** The declared error responses of `postCharacterSearch`, by status: narrowing on `status` narrows `body`. */
export type PostCharacterSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /comicCollection
 */
export type GetComicCollectionParameters = {
    query: {
        /**
         * Comic collection unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicCollectionRequestBody = never;
export type GetComicCollectionResponse = ComicCollectionFullResponse;
/** The declared error responses of `getComicCollection`, by status: narrowing on `status` narrows `body`. */
export type GetComicCollectionError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /comicCollection/search
 */
export type GetComicCollectionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicCollectionSearchRequestBody = never;
export type GetComicCollectionSearchResponse = ComicCollectionBaseResponse;
/** The declared error responses of `getComicCollectionSearch`, by status: narrowing on `status` narrows `body`. */
export type GetComicCollectionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /comicCollection/search
 */
export type PostComicCollectionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostComicCollectionSearchRequestBody = {
    /**
     * Comic collection title
     */
    title?: string;
    /**
     * Starting year the comic collection was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the comic collection was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
    /**
     * Starting stardate of comic collection stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comic collections stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic collection stories
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of comic collections stories
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be an photonovel collection
     */
    photonovel?: boolean;
};
export type PostComicCollectionSearchResponse = ComicCollectionBaseResponse;
/** The declared error responses of `postComicCollectionSearch`, by status: narrowing on `status` narrows `body`. */
export type PostComicCollectionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /comicSeries
 */
export type GetComicSeriesParameters = {
    query: {
        /**
         * Comic series unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicSeriesRequestBody = never;
export type GetComicSeriesResponse = ComicSeriesFullResponse;
/** The declared error responses of `getComicSeries`, by status: narrowing on `status` narrows `body`. */
export type GetComicSeriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /comicSeries/search
 */
export type GetComicSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicSeriesSearchRequestBody = never;
export type GetComicSeriesSearchResponse = ComicSeriesBaseResponse;
/** The declared error responses of `getComicSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type GetComicSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /comicSeries/search
 */
export type PostComicSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostComicSeriesSearchRequestBody = {
    /**
     * Comic series title
     */
    title?: string;
    /**
     * Starting year the comic series was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the comic series was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of issues
     *
     * Format: int32
     */
    numberOfIssuesFrom?: number;
    /**
     * Maximal number of issues
     *
     * Format: int32
     */
    numberOfIssuesTo?: number;
    /**
     * Starting stardate of comic series stories
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Starting stardate of comic series stories
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comic series stories
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of comic series stories
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be a miniseries
     */
    miniseries?: boolean;
    /**
     * Whether it should be photonovel series
     */
    photonovelSeries?: boolean;
};
export type PostComicSeriesSearchResponse = ComicSeriesBaseResponse;
/** The declared error responses of `postComicSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type PostComicSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /comicStrip
 */
export type GetComicStripParameters = {
    query: {
        /**
         * Comic strip unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicStripRequestBody = never;
export type GetComicStripResponse = ComicStripFullResponse;
/** The declared error responses of `getComicStrip`, by status: narrowing on `status` narrows `body`. */
export type GetComicStripError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /comicStrip/search
 */
export type GetComicStripSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicStripSearchRequestBody = never;
export type GetComicStripSearchResponse = ComicStripBaseResponse;
/** The declared error responses of `getComicStripSearch`, by status: narrowing on `status` narrows `body`. */
export type GetComicStripSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /comicStrip/search
 */
export type PostComicStripSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostComicStripSearchRequestBody = {
    /**
     * Comic strip title
     */
    title?: string;
    /**
     * Starting year the comic strip was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the comic strip was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
    /**
     * Starting year of comic strip story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of comic strip story
     *
     * Format: int32
     */
    yearTo?: number;
};
export type PostComicStripSearchResponse = ComicStripBaseResponse;
/** The declared error responses of `postComicStripSearch`, by status: narrowing on `status` narrows `body`. */
export type PostComicStripSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /comics
 */
export type GetComicsParameters = {
    query: {
        /**
         * Comics unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicsRequestBody = never;
export type GetComicsResponse = ComicsFullResponse;
/** The declared error responses of `getComics`, by status: narrowing on `status` narrows `body`. */
export type GetComicsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /comics/search
 */
export type GetComicsSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetComicsSearchRequestBody = never;
export type GetComicsSearchResponse = ComicsBaseResponse;
/** The declared error responses of `getComicsSearch`, by status: narrowing on `status` narrows `body`. */
export type GetComicsSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /comics/search
 */
export type PostComicsSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostComicsSearchRequestBody = {
    /**
     * Comics title
     */
    title?: string;
    /**
     * Starting year the comics was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the comics was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
    /**
     * Starting stardate of comics story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of comics story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of comics story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of comics story
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be a photonovel
     */
    photonovel?: boolean;
    /**
     * Whether it should be an adaptation of an episode or a movie
     */
    adaptation?: boolean;
};
export type PostComicsSearchResponse = ComicsBaseResponse;
/** The declared error responses of `postComicsSearch`, by status: narrowing on `status` narrows `body`. */
export type PostComicsSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /company
 */
export type GetCompanyParameters = {
    query: {
        /**
         * Company unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetCompanyRequestBody = never;
export type GetCompanyResponse = CompanyFullResponse;
/** The declared error responses of `getCompany`, by status: narrowing on `status` narrows `body`. */
export type GetCompanyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /company/search
 */
export type GetCompanySearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetCompanySearchRequestBody = never;
export type GetCompanySearchResponse = CompanyBaseResponse;
/** The declared error responses of `getCompanySearch`, by status: narrowing on `status` narrows `body`. */
export type GetCompanySearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /company/search
 */
export type PostCompanySearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostCompanySearchRequestBody = {
    /**
     * Company name
     */
    name?: string;
    /**
     * Whether it should be a broadcaster
     */
    broadcaster?: boolean;
    /**
     * Whether it should be a collectible company
     */
    collectibleCompany?: boolean;
    /**
     * Whether it should be a conglomerate
     */
    conglomerate?: boolean;
    /**
     * Whether it should be a digital visual effects company
     */
    digitalVisualEffectsCompany?: boolean;
    /**
     * Whether it should be a distributor
     */
    distributor?: boolean;
    /**
     * Whether it should be a game company
     */
    gameCompany?: boolean;
    /**
     * Whether it should be a film equipment company
     */
    filmEquipmentCompany?: boolean;
    /**
     * Whether it should be a make-up effects studio
     */
    makeUpEffectsStudio?: boolean;
    /**
     * Whether it should be a matte painting company
     */
    mattePaintingCompany?: boolean;
    /**
     * Whether it should be a model and miniature effects company
     */
    modelAndMiniatureEffectsCompany?: boolean;
    /**
     * Whether it should be a post-production company
     */
    postProductionCompany?: boolean;
    /**
     * Whether it should be a production company
     */
    productionCompany?: boolean;
    /**
     * Whether it should be a prop company
     */
    propCompany?: boolean;
    /**
     * Whether it should be a record label
     */
    recordLabel?: boolean;
    /**
     * Whether it should be a special effects company
     */
    specialEffectsCompany?: boolean;
    /**
     * Whether it should be a TV and film production company
     */
    tvAndFilmProductionCompany?: boolean;
    /**
     * Whether it should be a video game company
     */
    videoGameCompany?: boolean;
};
export type PostCompanySearchResponse = CompanyBaseResponse;
/** The declared error responses of `postCompanySearch`, by status: narrowing on `status` narrows `body`. */
export type PostCompanySearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /conflict
 */
export type GetConflictParameters = {
    query: {
        /**
         * Conflict unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetConflictRequestBody = never;
export type GetConflictResponse = ConflictFullResponse;
/** The declared error responses of `getConflict`, by status: narrowing on `status` narrows `body`. */
export type GetConflictError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /conflict/search
 */
export type GetConflictSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetConflictSearchRequestBody = never;
export type GetConflictSearchResponse = ConflictBaseResponse;
/** The declared error responses of `getConflictSearch`, by status: narrowing on `status` narrows `body`. */
export type GetConflictSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /conflict/search
 */
export type PostConflictSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostConflictSearchRequestBody = {
    /**
     * Conflict name
     */
    name?: string;
    /**
     * Starting year of the conflict
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of the conflict
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Whether it should be an Earth conflict
     */
    earthConflict?: boolean;
    /**
     * Whether this conflict should be a part of war involving Federation
     */
    federationWar?: boolean;
    /**
     * Whether this conflict should be a part of war involving the Klingons
     */
    klingonWar?: boolean;
    /**
     * Whether this conflict should be a Dominion war battle
     */
    dominionWarBattle?: boolean;
    /**
     * Whether this conflict should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostConflictSearchResponse = ConflictBaseResponse;
/** The declared error responses of `postConflictSearch`, by status: narrowing on `status` narrows `body`. */
export type PostConflictSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /element
 */
export type GetElementParameters = {
    query: {
        /**
         * Element unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetElementRequestBody = never;
export type GetElementResponse = ElementFullResponse;
/** The declared error responses of `getElement`, by status: narrowing on `status` narrows `body`. */
export type GetElementError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /element/search
 */
export type GetElementSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetElementSearchRequestBody = never;
export type GetElementSearchResponse = ElementBaseResponse;
/** The declared error responses of `getElementSearch`, by status: narrowing on `status` narrows `body`. */
export type GetElementSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /element/search
 */
export type PostElementSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostElementSearchRequestBody = {
    /**
     * Element name
     */
    name?: string;
    /**
     * Element symbol
     */
    symbol?: string;
    /**
     * Whether it should be a transuranium
     */
    transuranium?: boolean;
    /**
     * Whether it should belong to Gamma series
     */
    gammaSeries?: boolean;
    /**
     * Whether it should belong to Hypersonic series
     */
    hypersonicSeries?: boolean;
    /**
     * Whether it should belong to Mega series
     */
    megaSeries?: boolean;
    /**
     * Whether it should belong to Omega series
     */
    omegaSeries?: boolean;
    /**
     * Whether it should belong to Transonic series
     */
    transonicSeries?: boolean;
    /**
     * Whether it should belong to World series
     */
    worldSeries?: boolean;
};
export type PostElementSearchResponse = ElementBaseResponse;
/** The declared error responses of `postElementSearch`, by status: narrowing on `status` narrows `body`. */
export type PostElementSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /episode
 */
export type GetEpisodeParameters = {
    query: {
        /**
         * Episode unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetEpisodeRequestBody = never;
export type GetEpisodeResponse = EpisodeFullResponse;
/** The declared error responses of `getEpisode`, by status: narrowing on `status` narrows `body`. */
export type GetEpisodeError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /episode/search
 */
export type GetEpisodeSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetEpisodeSearchRequestBody = never;
export type GetEpisodeSearchResponse = EpisodeBaseResponse;
/** The declared error responses of `getEpisodeSearch`, by status: narrowing on `status` narrows `body`. */
export type GetEpisodeSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /episode/search
 */
export type PostEpisodeSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostEpisodeSearchRequestBody = {
    /**
     * Episode title
     */
    title?: string;
    /**
     * Minimal season number
     *
     * Format: int32
     */
    seasonNumberFrom?: number;
    /**
     * Maximal season number
     *
     * Format: int32
     */
    seasonNumberTo?: number;
    /**
     * Minimal episode number in season
     *
     * Format: int32
     */
    episodeNumberFrom?: number;
    /**
     * Maximal episode number in season
     *
     * Format: int32
     */
    episodeNumberTo?: number;
    /**
     * Production serial number
     */
    productionSerialNumber?: string;
    /**
     * Whether it should be a feature length episode
     */
    featureLength?: boolean;
    /**
     * Starting stardate of episode story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of episode story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of episode story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of episode story
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Minimal date the episode was first aired in the United States
     *
     * Format: date
     */
    usAirDateFrom?: string;
    /**
     * Maximal date the episode was first aired in the United States
     *
     * Format: date
     */
    usAirDateTo?: string;
    /**
     * Minimal date the episode script was completed
     *
     * Format: date
     */
    finalScriptDateFrom?: string;
    /**
     * Maximal date the episode script was completed
     *
     * Format: date
     */
    finalScriptDateTo?: string;
};
export type PostEpisodeSearchResponse = EpisodeBaseResponse;
/** The declared error responses of `postEpisodeSearch`, by status: narrowing on `status` narrows `body`. */
export type PostEpisodeSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /food
 */
export type GetFoodParameters = {
    query: {
        /**
         * Food unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetFoodRequestBody = never;
export type GetFoodResponse = FoodFullResponse;
/** The declared error responses of `getFood`, by status: narrowing on `status` narrows `body`. */
export type GetFoodError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /food/search
 */
export type GetFoodSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetFoodSearchRequestBody = never;
export type GetFoodSearchResponse = FoodBaseResponse;
/** The declared error responses of `getFoodSearch`, by status: narrowing on `status` narrows `body`. */
export type GetFoodSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /food/search
 */
export type PostFoodSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostFoodSearchRequestBody = {
    /**
     * Food name
     */
    name?: string;
    /**
     * Whether it should be of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it should be a dessert
     */
    dessert?: boolean;
    /**
     * Whether it should be a fruit
     */
    fruit?: boolean;
    /**
     * Whether it should be an herb or a spice
     */
    herbOrSpice?: boolean;
    /**
     * Whether it should be a sauce
     */
    sauce?: boolean;
    /**
     * Whether it should be a soup
     */
    soup?: boolean;
    /**
     * Whether it should be a beverage
     */
    beverage?: boolean;
    /**
     * Whether it should be an alcoholic beverage
     */
    alcoholicBeverage?: boolean;
    /**
     * Whether it should be a juice
     */
    juice?: boolean;
    /**
     * Whether it should be a tea
     */
    tea?: boolean;
};
export type PostFoodSearchResponse = FoodBaseResponse;
/** The declared error responses of `postFoodSearch`, by status: narrowing on `status` narrows `body`. */
export type PostFoodSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /literature
 */
export type GetLiteratureParameters = {
    query: {
        /**
         * Literature unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetLiteratureRequestBody = never;
export type GetLiteratureResponse = LiteratureFullResponse;
/** The declared error responses of `getLiterature`, by status: narrowing on `status` narrows `body`. */
export type GetLiteratureError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /literature/search
 */
export type GetLiteratureSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetLiteratureSearchRequestBody = never;
export type GetLiteratureSearchResponse = LiteratureBaseResponse;
/** The declared error responses of `getLiteratureSearch`, by status: narrowing on `status` narrows `body`. */
export type GetLiteratureSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /literature/search
 */
export type PostLiteratureSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostLiteratureSearchRequestBody = {
    /**
     * Literature title
     */
    title?: string;
    /**
     * Whether it should be of earthly origin
     */
    earthlyOrigin?: boolean;
    /**
     * Whether it should be a Shakespearean work
     */
    shakespeareanWork?: boolean;
    /**
     * Whether it should be a report
     */
    report?: boolean;
    /**
     * Whether it should be a scientific literature
     */
    scientificLiterature?: boolean;
    /**
     * Whether it should be a technical manual
     */
    technicalManual?: boolean;
    /**
     * Whether it should be a religious literature
     */
    religiousLiterature?: boolean;
};
export type PostLiteratureSearchResponse = LiteratureBaseResponse;
/** The declared error responses of `postLiteratureSearch`, by status: narrowing on `status` narrows `body`. */
export type PostLiteratureSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /location
 */
export type GetLocationParameters = {
    query: {
        /**
         * Location unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetLocationRequestBody = never;
export type GetLocationResponse = LocationFullResponse;
/** The declared error responses of `getLocation`, by status: narrowing on `status` narrows `body`. */
export type GetLocationError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /location/search
 */
export type GetLocationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetLocationSearchRequestBody = never;
export type GetLocationSearchResponse = LocationBaseResponse;
/** The declared error responses of `getLocationSearch`, by status: narrowing on `status` narrows `body`. */
export type GetLocationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /location/search
 */
export type PostLocationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostLocationSearchRequestBody = {
    /**
     * Location name
     */
    name?: string;
    /**
     * Whether it should be an earthly location
     */
    earthlyLocation?: boolean;
    /**
     * Whether it should be a fictional location
     */
    fictionalLocation?: boolean;
    /**
     * Whether it should be a religious location
     */
    religiousLocation?: boolean;
    /**
     * Whether it should be a geographical location
     */
    geographicalLocation?: boolean;
    /**
     * Whether it should be a body of water
     */
    bodyOfWater?: boolean;
    /**
     * Whether it should be a country
     */
    country?: boolean;
    /**
     * Whether it should be a subnational entity
     */
    subnationalEntity?: boolean;
    /**
     * Whether it should be a settlement
     */
    settlement?: boolean;
    /**
     * Whether it should be a US settlement
     */
    usSettlement?: boolean;
    /**
     * Whether it should be a Bajoran settlement
     */
    bajoranSettlement?: boolean;
    /**
     * Whether it should be a colony
     */
    colony?: boolean;
    /**
     * Whether it should be a landform
     */
    landform?: boolean;
    /**
     * Whether it should be a landmark
     */
    landmark?: boolean;
    /**
     * Whether it should be a road
     */
    road?: boolean;
    /**
     * Whether it should be a structure
     */
    structure?: boolean;
    /**
     * Whether it should be a shipyard
     */
    shipyard?: boolean;
    /**
     * Whether it should be a building interior
     */
    buildingInterior?: boolean;
    /**
     * Whether it should be a establishment
     */
    establishment?: boolean;
    /**
     * Whether it should be a medical establishment
     */
    medicalEstablishment?: boolean;
    /**
     * Whether it should be a DS9 establishment
     */
    ds9Establishment?: boolean;
    /**
     * Whether it should be a school
     */
    school?: boolean;
    /**
     * Whether this location should be from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this location should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostLocationSearchResponse = LocationBaseResponse;
/** The declared error responses of `postLocationSearch`, by status: narrowing on `status` narrows `body`. */
export type PostLocationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /magazine
 */
export type GetMagazineParameters = {
    query: {
        /**
         * Magazine unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMagazineRequestBody = never;
export type GetMagazineResponse = MagazineFullResponse;
/** The declared error responses of `getMagazine`, by status: narrowing on `status` narrows `body`. */
export type GetMagazineError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /magazine/search
 */
export type GetMagazineSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMagazineSearchRequestBody = never;
export type GetMagazineSearchResponse = MagazineBaseResponse;
/** The declared error responses of `getMagazineSearch`, by status: narrowing on `status` narrows `body`. */
export type GetMagazineSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /magazine/search
 */
export type PostMagazineSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostMagazineSearchRequestBody = {
    /**
     * Magazine title
     */
    title?: string;
    /**
     * Starting year the magazine was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the magazine was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of pages
     *
     * Format: int32
     */
    numberOfPagesFrom?: number;
    /**
     * Maximal number of pages
     *
     * Format: int32
     */
    numberOfPagesTo?: number;
};
export type PostMagazineSearchResponse = MagazineBaseResponse;
/** The declared error responses of `postMagazineSearch`, by status: narrowing on `status` narrows `body`. */
export type PostMagazineSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /magazineSeries
 */
export type GetMagazineSeriesParameters = {
    query: {
        /**
         * Magazine series unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMagazineSeriesRequestBody = never;
export type GetMagazineSeriesResponse = MagazineSeriesFullResponse;
/** The declared error responses of `getMagazineSeries`, by status: narrowing on `status` narrows `body`. */
export type GetMagazineSeriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /magazineSeries/search
 */
export type GetMagazineSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMagazineSeriesSearchRequestBody = never;
export type GetMagazineSeriesSearchResponse = MagazineSeriesBaseResponse;
/** The declared error responses of `getMagazineSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type GetMagazineSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /magazineSeries/search
 */
export type PostMagazineSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostMagazineSeriesSearchRequestBody = {
    /**
     * Magazine series title
     */
    title?: string;
    /**
     * Starting year the magazine series was published
     *
     * Format: int32
     */
    publishedYearFrom?: number;
    /**
     * Ending year the magazine series was published
     *
     * Format: int32
     */
    publishedYearTo?: number;
    /**
     * Minimal number of issues
     *
     * Format: int32
     */
    numberOfIssuesFrom?: number;
    /**
     * Maximal number of issues
     *
     * Format: int32
     */
    numberOfIssuesTo?: number;
};
export type PostMagazineSeriesSearchResponse = MagazineSeriesBaseResponse;
/** The declared error responses of `postMagazineSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type PostMagazineSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /material
 */
export type GetMaterialParameters = {
    query: {
        /**
         * Material unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMaterialRequestBody = never;
export type GetMaterialResponse = MaterialFullResponse;
/** The declared error responses of `getMaterial`, by status: narrowing on `status` narrows `body`. */
export type GetMaterialError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /material/search
 */
export type GetMaterialSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMaterialSearchRequestBody = never;
export type GetMaterialSearchResponse = MaterialBaseResponse;
/** The declared error responses of `getMaterialSearch`, by status: narrowing on `status` narrows `body`. */
export type GetMaterialSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /material/search
 */
export type PostMaterialSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostMaterialSearchRequestBody = {
    /**
     * Material name
     */
    name?: string;
    /**
     * Whether it should be a chemical compound
     */
    chemicalCompound?: boolean;
    /**
     * Whether it should be a biochemical compound
     */
    biochemicalCompound?: boolean;
    /**
     * Whether it should be a drug
     */
    drug?: boolean;
    /**
     * Whether it should be a poisonous substance
     */
    poisonousSubstance?: boolean;
    /**
     * Whether it should be an explosive
     */
    explosive?: boolean;
    /**
     * Whether it should be a gemstone
     */
    gemstone?: boolean;
    /**
     * Whether it should be an alloy or a composite
     */
    alloyOrComposite?: boolean;
    /**
     * Whether it should be a fuel
     */
    fuel?: boolean;
    /**
     * Whether it should be a mineral
     */
    mineral?: boolean;
    /**
     * Whether it should be a precious material
     */
    preciousMaterial?: boolean;
};
export type PostMaterialSearchResponse = MaterialBaseResponse;
/** The declared error responses of `postMaterialSearch`, by status: narrowing on `status` narrows `body`. */
export type PostMaterialSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /medicalCondition
 */
export type GetMedicalConditionParameters = {
    query: {
        /**
         * Medical condition unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMedicalConditionRequestBody = never;
export type GetMedicalConditionResponse = MedicalConditionFullResponse;
/** The declared error responses of `getMedicalCondition`, by status: narrowing on `status` narrows `body`. */
export type GetMedicalConditionError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /medicalCondition/search
 */
export type GetMedicalConditionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMedicalConditionSearchRequestBody = never;
export type GetMedicalConditionSearchResponse = MedicalConditionBaseResponse;
/** The declared error responses of `getMedicalConditionSearch`, by status: narrowing on `status` narrows `body`. */
export type GetMedicalConditionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /medicalCondition/search
 */
export type PostMedicalConditionSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostMedicalConditionSearchRequestBody = {
    /**
     * Medical condition name
     */
    name?: string;
    /**
     * Whether it should be a psychological condition
     */
    psychologicalCondition?: boolean;
};
export type PostMedicalConditionSearchResponse = MedicalConditionBaseResponse;
/** The declared error responses of `postMedicalConditionSearch`, by status: narrowing on `status` narrows `body`. */
export type PostMedicalConditionSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /movie
 */
export type GetMovieParameters = {
    query: {
        /**
         * Movie unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMovieRequestBody = never;
export type GetMovieResponse = MovieFullResponse;
/** The declared error responses of `getMovie`, by status: narrowing on `status` narrows `body`. */
export type GetMovieError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /movie/search
 */
export type GetMovieSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetMovieSearchRequestBody = never;
export type GetMovieSearchResponse = MovieBaseResponse;
/** The declared error responses of `getMovieSearch`, by status: narrowing on `status` narrows `body`. */
export type GetMovieSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /movie/search
 */
export type PostMovieSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostMovieSearchRequestBody = {
    /**
     * Movie title
     */
    title?: string;
    /**
     * Starting stardate of movie story
     *
     * Format: float
     */
    stardateFrom?: number;
    /**
     * Ending stardate of movie story
     *
     * Format: float
     */
    stardateTo?: number;
    /**
     * Starting year of movie story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of movie story
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Minimal date the movie was first released in the United States
     *
     * Format: date
     */
    usReleaseDateFrom?: string;
    /**
     * Maximal date the movie was first released in the United States
     *
     * Format: date
     */
    usReleaseDateTo?: string;
};
export type PostMovieSearchResponse = MovieBaseResponse;
/** The declared error responses of `postMovieSearch`, by status: narrowing on `status` narrows `body`. */
export type PostMovieSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /occupation
 */
export type GetOccupationParameters = {
    query: {
        /**
         * Occupation unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetOccupationRequestBody = never;
export type GetOccupationResponse = OccupationFullResponse;
/** The declared error responses of `getOccupation`, by status: narrowing on `status` narrows `body`. */
export type GetOccupationError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /occupation/search
 */
export type GetOccupationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetOccupationSearchRequestBody = never;
export type GetOccupationSearchResponse = OccupationBaseResponse;
/** The declared error responses of `getOccupationSearch`, by status: narrowing on `status` narrows `body`. */
export type GetOccupationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /occupation/search
 */
export type PostOccupationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostOccupationSearchRequestBody = {
    /**
     * Occupation name
     */
    name?: string;
    /**
     * Whether it should be a legal occupation
     */
    legalOccupation?: boolean;
    /**
     * Whether it should be a medical occupation
     */
    medicalOccupation?: boolean;
    /**
     * Whether it should be a scientific occupation
     */
    scientificOccupation?: boolean;
};
export type PostOccupationSearchResponse = OccupationBaseResponse;
/** The declared error responses of `postOccupationSearch`, by status: narrowing on `status` narrows `body`. */
export type PostOccupationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /organization
 */
export type GetOrganizationParameters = {
    query: {
        /**
         * Organization unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetOrganizationRequestBody = never;
export type GetOrganizationResponse = OrganizationFullResponse;
/** The declared error responses of `getOrganization`, by status: narrowing on `status` narrows `body`. */
export type GetOrganizationError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /organization/search
 */
export type GetOrganizationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetOrganizationSearchRequestBody = never;
export type GetOrganizationSearchResponse = OrganizationBaseResponse;
/** The declared error responses of `getOrganizationSearch`, by status: narrowing on `status` narrows `body`. */
export type GetOrganizationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /organization/search
 */
export type PostOrganizationSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostOrganizationSearchRequestBody = {
    /**
     * Organization name
     */
    name?: string;
    /**
     * Whether it should be a government
     */
    government?: boolean;
    /**
     * Whether it should be an intergovernmental organization
     */
    intergovernmentalOrganization?: boolean;
    /**
     * Whether it should be a research organization
     */
    researchOrganization?: boolean;
    /**
     * Whether it should be a sport organization
     */
    sportOrganization?: boolean;
    /**
     * Whether it should be a medical organization
     */
    medicalOrganization?: boolean;
    /**
     * Whether it should be a military organization
     */
    militaryOrganization?: boolean;
    /**
     * Whether it should be a military unit
     */
    militaryUnit?: boolean;
    /**
     * Whether it should be a government agency
     */
    governmentAgency?: boolean;
    /**
     * Whether it should be a law enforcement agency
     */
    lawEnforcementAgency?: boolean;
    /**
     * Whether it should be a prison or penal colony
     */
    prisonOrPenalColony?: boolean;
    /**
     * Whether this organization should be from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this organization should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostOrganizationSearchResponse = OrganizationBaseResponse;
/** The declared error responses of `postOrganizationSearch`, by status: narrowing on `status` narrows `body`. */
export type PostOrganizationSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /performer
 */
export type GetPerformerParameters = {
    query: {
        /**
         * Performer unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetPerformerRequestBody = never;
export type GetPerformerResponse = PerformerFullResponse;
/** The declared error responses of `getPerformer`, by status: narrowing on `status` narrows `body`. */
export type GetPerformerError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /performer/search
 */
export type GetPerformerSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetPerformerSearchRequestBody = never;
export type GetPerformerSearchResponse = PerformerBaseResponse;
/** The declared error responses of `getPerformerSearch`, by status: narrowing on `status` narrows `body`. */
export type GetPerformerSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /performer/search
 */
export type PostPerformerSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostPerformerSearchRequestBody = {
    /**
     * Performer name
     */
    name?: string;
    /**
     * Performer birth name
     */
    birthName?: string;
    /**
     * Performer gender
     */
    gender?: string;
    /**
     * Minimal date the performer was born
     *
     * Format: date
     */
    dateOfBirthFrom?: string;
    /**
     * Maximal date the performer was born
     *
     * Format: date
     */
    dateOfBirthTo?: string;
    /**
     * Place the performer was born
     */
    placeOfBirth?: string;
    /**
     * Minimal date the performer died
     *
     * Format: date
     */
    dateOfDeathFrom?: string;
    /**
     * Maximal date the performer died
     *
     * Format: date
     */
    dateOfDeathTo?: string;
    /**
     * Place the performer died
     */
    placeOfDeath?: string;
    /**
     * Whether it should be an animal performer
     */
    animalPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: Discovery
     */
    disPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: Deep Space Nine
     */
    ds9Performer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: Enterprise
     */
    entPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in a Star Trek movie
     */
    filmPerformer?: boolean;
    /**
     * Whether it should be a stand-in performer
     */
    standInPerformer?: boolean;
    /**
     * Whether it should be a stunt performer
     */
    stuntPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: The Animated Series
     */
    tasPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: The Next Generation
     */
    tngPerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: The Original Series
     */
    tosPerformer?: boolean;
    /**
     * Whether it should be a video game performer
     */
    videoGamePerformer?: boolean;
    /**
     * Whether it should be a voice performer
     */
    voicePerformer?: boolean;
    /**
     * Whether it should be a performer that appeared in Star Trek: Voyager
     */
    voyPerformer?: boolean;
};
export type PostPerformerSearchResponse = PerformerBaseResponse;
/** The declared error responses of `postPerformerSearch`, by status: narrowing on `status` narrows `body`. */
export type PostPerformerSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /season
 */
export type GetSeasonParameters = {
    query: {
        /**
         * Season unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSeasonRequestBody = never;
export type GetSeasonResponse = SeasonFullResponse;
/** The declared error responses of `getSeason`, by status: narrowing on `status` narrows `body`. */
export type GetSeasonError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /season/search
 */
export type GetSeasonSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSeasonSearchRequestBody = never;
export type GetSeasonSearchResponse = SeasonBaseResponse;
/** The declared error responses of `getSeasonSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSeasonSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /season/search
 */
export type PostSeasonSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSeasonSearchRequestBody = {
    /**
     * Season title
     */
    title?: string;
    /**
     * Minimal season number
     *
     * Format: int32
     */
    seasonNumberFrom?: number;
    /**
     * Maximal season number
     *
     * Format: int32
     */
    seasonNumberTo?: number;
    /**
     * Minimal number of episodes in season
     *
     * Format: int32
     */
    numberOfEpisodesFrom?: number;
    /**
     * Maximal number of episodes in season
     *
     * Format: int32
     */
    numberOfEpisodesTo?: number;
};
export type PostSeasonSearchResponse = SeasonBaseResponse;
/** The declared error responses of `postSeasonSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSeasonSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /series
 */
export type GetSeriesParameters = {
    query: {
        /**
         * Series unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSeriesRequestBody = never;
export type GetSeriesResponse = SeriesFullResponse;
/** The declared error responses of `getSeries`, by status: narrowing on `status` narrows `body`. */
export type GetSeriesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /series/search
 */
export type GetSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSeriesSearchRequestBody = never;
export type GetSeriesSearchResponse = SeriesBaseResponse;
/** The declared error responses of `getSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /series/search
 */
export type PostSeriesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSeriesSearchRequestBody = {
    /**
     * Series title
     */
    title?: string;
    /**
     * Series abbreviation
     */
    abbreviation?: string;
    /**
     * Minimal year the series production started
     *
     * Format: int32
     */
    productionStartYearFrom?: number;
    /**
     * Maximal year the series production started
     *
     * Format: int32
     */
    productionStartYearTo?: number;
    /**
     * Minimal year the series production ended
     *
     * Format: int32
     */
    productionEndYearFrom?: number;
    /**
     * Maximal year the series production ended
     *
     * Format: int32
     */
    productionEndYearTo?: number;
    /**
     * Minimal date the series originally ran from
     *
     * Format: date
     */
    originalRunStartDateFrom?: string;
    /**
     * Maximal date the series originally ran from
     *
     * Format: date
     */
    originalRunStartDateTo?: string;
    /**
     * Minimal date the series originally ran to
     *
     * Format: date
     */
    originalRunEndDateFrom?: string;
    /**
     * Maximal date the series originally ran to
     *
     * Format: date
     */
    originalRunEndDateTo?: string;
};
export type PostSeriesSearchResponse = SeriesBaseResponse;
/** The declared error responses of `postSeriesSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSeriesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /soundtrack
 */
export type GetSoundtrackParameters = {
    query: {
        /**
         * Soundtrack unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSoundtrackRequestBody = never;
export type GetSoundtrackResponse = SoundtrackFullResponse;
/** The declared error responses of `getSoundtrack`, by status: narrowing on `status` narrows `body`. */
export type GetSoundtrackError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /soundtrack/search
 */
export type GetSoundtrackSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSoundtrackSearchRequestBody = never;
export type GetSoundtrackSearchResponse = SoundtrackBaseResponse;
/** The declared error responses of `getSoundtrackSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSoundtrackSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /soundtrack/search
 */
export type PostSoundtrackSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSoundtrackSearchRequestBody = {
    /**
     * Soundtrack title
     */
    title?: string;
    /**
     * Minimal release date
     *
     * Format: date
     */
    releaseDateFrom?: string;
    /**
     * Maximal release date
     *
     * Format: date
     */
    releaseDateTo?: string;
    /**
     * Minimal length, in seconds
     *
     * Format: int32
     */
    lengthFrom?: number;
    /**
     * Maximal length, in seconds
     *
     * Format: int32
     */
    lengthTo?: number;
};
export type PostSoundtrackSearchResponse = SoundtrackBaseResponse;
/** The declared error responses of `postSoundtrackSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSoundtrackSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /spacecraft
 */
export type GetSpacecraftParameters = {
    query: {
        /**
         * Spacecraft unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpacecraftRequestBody = never;
export type GetSpacecraftResponse = SpacecraftFullResponse;
/** The declared error responses of `getSpacecraft`, by status: narrowing on `status` narrows `body`. */
export type GetSpacecraftError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /spacecraft/search
 */
export type GetSpacecraftSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpacecraftSearchRequestBody = never;
export type GetSpacecraftSearchResponse = SpacecraftBaseResponse;
/** The declared error responses of `getSpacecraftSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSpacecraftSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /spacecraft/search
 */
export type PostSpacecraftSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSpacecraftSearchRequestBody = {
    /**
     * Spacecraft name
     */
    name?: string;
};
export type PostSpacecraftSearchResponse = SpacecraftBaseResponse;
/** The declared error responses of `postSpacecraftSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSpacecraftSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /spacecraftClass
 */
export type GetSpacecraftClassParameters = {
    query: {
        /**
         * SpacecraftClass unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpacecraftClassRequestBody = never;
export type GetSpacecraftClassResponse = SpacecraftClassFullResponse;
/** The declared error responses of `getSpacecraftClass`, by status: narrowing on `status` narrows `body`. */
export type GetSpacecraftClassError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /spacecraftClass/search
 */
export type GetSpacecraftClassSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpacecraftClassSearchRequestBody = never;
export type GetSpacecraftClassSearchResponse = SpacecraftClassBaseResponse;
/** The declared error responses of `getSpacecraftClassSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSpacecraftClassSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /spacecraftClass/search
 */
export type PostSpacecraftClassSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSpacecraftClassSearchRequestBody = {
    /**
     * Spacecraft class name
     */
    name?: string;
    /**
     * Whether it should be a warp-capable spacecraft class
     */
    warpCapableSpecies?: boolean;
    /**
     * Whether this spacecraft class should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostSpacecraftClassSearchResponse = SpacecraftClassBaseResponse;
/** The declared error responses of `postSpacecraftClassSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSpacecraftClassSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /species
 */
export type GetSpeciesParameters = {
    query: {
        /**
         * Species unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpeciesRequestBody = never;
export type GetSpeciesResponse = SpeciesFullResponse;
/** The declared error responses of `getSpecies`, by status: narrowing on `status` narrows `body`. */
export type GetSpeciesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /species/search
 */
export type GetSpeciesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetSpeciesSearchRequestBody = never;
export type GetSpeciesSearchResponse = SpeciesBaseResponse;
/** The declared error responses of `getSpeciesSearch`, by status: narrowing on `status` narrows `body`. */
export type GetSpeciesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /species/search
 */
export type PostSpeciesSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostSpeciesSearchRequestBody = {
    /**
     * Species name
     */
    name?: string;
    /**
     * Whether it should be an extinct species
     */
    extinctSpecies?: boolean;
    /**
     * Whether it should be a warp-capable species
     */
    warpCapableSpecies?: boolean;
    /**
     * Whether it should be an extra-galactic species
     */
    extraGalacticSpecies?: boolean;
    /**
     * Whether it should be a humanoid species
     */
    humanoidSpecies?: boolean;
    /**
     * Whether it should be a reptilian species
     */
    reptilianSpecies?: boolean;
    /**
     * Whether it should be a non-corporeal species
     */
    nonCorporealSpecies?: boolean;
    /**
     * Whether it should be a shapeshifting species
     */
    shapeshiftingSpecies?: boolean;
    /**
     * Whether it should be a spaceborne species
     */
    spaceborneSpecies?: boolean;
    /**
     * Whether it should be a telepathic species
     */
    telepathicSpecies?: boolean;
    /**
     * Whether it should be a trans-dimensional species
     */
    transDimensionalSpecies?: boolean;
    /**
     * Whether it should be a unnamed species
     */
    unnamedSpecies?: boolean;
    /**
     * Whether this species should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostSpeciesSearchResponse = SpeciesBaseResponse;
/** The declared error responses of `postSpeciesSearch`, by status: narrowing on `status` narrows `body`. */
export type PostSpeciesSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /staff
 */
export type GetStaffParameters = {
    query: {
        /**
         * Staff unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetStaffRequestBody = never;
export type GetStaffResponse = StaffFullResponse;
/** The declared error responses of `getStaff`, by status: narrowing on `status` narrows `body`. */
export type GetStaffError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /staff/search
 */
export type GetStaffSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetStaffSearchRequestBody = never;
export type GetStaffSearchResponse = StaffBaseResponse;
/** The declared error responses of `getStaffSearch`, by status: narrowing on `status` narrows `body`. */
export type GetStaffSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /staff/search
 */
export type PostStaffSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostStaffSearchRequestBody = {
    /**
     * Staff name
     */
    name?: string;
    /**
     * Staff birth name
     */
    birthName?: string;
    /**
     * Staff gender
     */
    gender?: string;
    /**
     * Minimal date the staff was born
     *
     * Format: date
     */
    dateOfBirthFrom?: string;
    /**
     * Maximal date the staff was born
     *
     * Format: date
     */
    dateOfBirthTo?: string;
    /**
     * Place the staff was born
     */
    placeOfBirth?: string;
    /**
     * Minimal date the staff died
     *
     * Format: date
     */
    dateOfDeathFrom?: string;
    /**
     * Maximal date the staff died
     *
     * Format: date
     */
    dateOfDeathTo?: string;
    /**
     * Place the staff died
     */
    placeOfDeath?: string;
    /**
     * Whether this person should be from art department
     */
    artDepartment?: boolean;
    /**
     * Whether this person should be an art director
     */
    artDirector?: boolean;
    /**
     * Whether this person should be a production designer
     */
    productionDesigner?: boolean;
    /**
     * Whether this person should be from camera and electrical department
     */
    cameraAndElectricalDepartment?: boolean;
    /**
     * Whether this person should be a cinematographer
     */
    cinematographer?: boolean;
    /**
     * Whether this person should be from casting department
     */
    castingDepartment?: boolean;
    /**
     * Whether this person should be from costume department
     */
    costumeDepartment?: boolean;
    /**
     * Whether this person should be a custume designer
     */
    costumeDesigner?: boolean;
    /**
     * Whether this person should be a director
     */
    director?: boolean;
    /**
     * Whether this person should be an assistant or secound unit director director
     */
    assistantOrSecondUnitDirector?: boolean;
    /**
     * Whether this person should be an exhibit and attraction staff
     */
    exhibitAndAttractionStaff?: boolean;
    /**
     * Whether this person should be a film editor
     */
    filmEditor?: boolean;
    /**
     * Whether this person should be a linguist
     */
    linguist?: boolean;
    /**
     * Whether this person should be a location staff
     */
    locationStaff?: boolean;
    /**
     * Whether this person should be a make-up staff
     */
    makeupStaff?: boolean;
    /**
     * Whether this person should be from music department
     */
    musicDepartment?: boolean;
    /**
     * Whether this person should be a composer
     */
    composer?: boolean;
    /**
     * Whether this person should be a personal assistant
     */
    personalAssistant?: boolean;
    /**
     * Whether this person should be a producer
     */
    producer?: boolean;
    /**
     * Whether this person should be a production associate
     */
    productionAssociate?: boolean;
    /**
     * Whether this person should be a production staff
     */
    productionStaff?: boolean;
    /**
     * Whether this person should be a publication staff
     */
    publicationStaff?: boolean;
    /**
     * Whether this person should be a science consultant
     */
    scienceConsultant?: boolean;
    /**
     * Whether this person should be from sound department
     */
    soundDepartment?: boolean;
    /**
     * Whether this person should be a special and visual effects staff
     */
    specialAndVisualEffectsStaff?: boolean;
    /**
     * Whether this person should be an author
     */
    author?: boolean;
    /**
     * Whether this person should be an audio author
     */
    audioAuthor?: boolean;
    /**
     * Whether this person should be a calendar artist
     */
    calendarArtist?: boolean;
    /**
     * Whether this person should be a comic artist
     */
    comicArtist?: boolean;
    /**
     * Whether this person should be a comic author
     */
    comicAuthor?: boolean;
    /**
     * Whether this person should be a comic color artist
     */
    comicColorArtist?: boolean;
    /**
     * Whether this person should be a comic interior artist
     */
    comicInteriorArtist?: boolean;
    /**
     * Whether this person should be a comic ink artist
     */
    comicInkArtist?: boolean;
    /**
     * Whether this person should be a comic pencil artist
     */
    comicPencilArtist?: boolean;
    /**
     * Whether this person should be a comic letter artist
     */
    comicLetterArtist?: boolean;
    /**
     * Whether this person should be a comic strip artist
     */
    comicStripArtist?: boolean;
    /**
     * Whether this person should be a game artist
     */
    gameArtist?: boolean;
    /**
     * Whether this person should be a game author
     */
    gameAuthor?: boolean;
    /**
     * Whether this person should be a novel artist
     */
    novelArtist?: boolean;
    /**
     * Whether this person should be a novel author
     */
    novelAuthor?: boolean;
    /**
     * Whether this person should be a reference artist
     */
    referenceArtist?: boolean;
    /**
     * Whether this person should be a reference author
     */
    referenceAuthor?: boolean;
    /**
     * Whether this person should be a publication artist
     */
    publicationArtist?: boolean;
    /**
     * Whether this person should be a publication designer
     */
    publicationDesigner?: boolean;
    /**
     * Whether this person should be a publication editor
     */
    publicationEditor?: boolean;
    /**
     * Whether this person should be a publicity artist
     */
    publicityArtist?: boolean;
    /**
     * Whether this person should be a part of CBS digital staff
     */
    cbsDigitalStaff?: boolean;
    /**
     * Whether this person should be a part of ILM production staff
     */
    ilmProductionStaff?: boolean;
    /**
     * Whether this person should be a special features artist
     */
    specialFeaturesStaff?: boolean;
    /**
     * Whether this person should be a story editor
     */
    storyEditor?: boolean;
    /**
     * Whether this person should be a studio executive
     */
    studioExecutive?: boolean;
    /**
     * Whether this person should be from stunt department
     */
    stuntDepartment?: boolean;
    /**
     * Whether this person should be from transportation department
     */
    transportationDepartment?: boolean;
    /**
     * Whether this person is video game production staff
     */
    videoGameProductionStaff?: boolean;
    /**
     * Whether this person should be a writer
     */
    writer?: boolean;
};
export type PostStaffSearchResponse = StaffBaseResponse;
/** The declared error responses of `postStaffSearch`, by status: narrowing on `status` narrows `body`. */
export type PostStaffSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /technology
 */
export type GetTechnologyParameters = {
    query: {
        /**
         * Technology unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTechnologyRequestBody = never;
export type GetTechnologyResponse = TechnologyFullResponse;
/** The declared error responses of `getTechnology`, by status: narrowing on `status` narrows `body`. */
export type GetTechnologyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /technology/search
 */
export type GetTechnologySearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTechnologySearchRequestBody = never;
export type GetTechnologySearchResponse = TechnologyBaseResponse;
/** The declared error responses of `getTechnologySearch`, by status: narrowing on `status` narrows `body`. */
export type GetTechnologySearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /technology/search
 */
export type PostTechnologySearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostTechnologySearchRequestBody = {
    /**
     * Technology name
     */
    name?: string;
    /**
     * Whether it should be a Borg technology
     */
    borgTechnology?: boolean;
    /**
     * Whether it should be a Borg component
     */
    borgComponent?: boolean;
    /**
     * Whether it should be a communications technology
     */
    communicationsTechnology?: boolean;
    /**
     * Whether it should be a computer technology
     */
    computerTechnology?: boolean;
    /**
     * Whether it should be a technology related to computer programming
     */
    computerProgramming?: boolean;
    /**
     * Whether it should be a subroutine
     */
    subroutine?: boolean;
    /**
     * Whether it should be a database
     */
    database?: boolean;
    /**
     * Whether it should be a energy technology
     */
    energyTechnology?: boolean;
    /**
     * Whether it should be a fictional technology
     */
    fictionalTechnology?: boolean;
    /**
     * Whether it should be a holographic technology
     */
    holographicTechnology?: boolean;
    /**
     * Whether it should be a identification technology
     */
    identificationTechnology?: boolean;
    /**
     * Whether it should be a life support technology
     */
    lifeSupportTechnology?: boolean;
    /**
     * Whether it should be a sensor technology
     */
    sensorTechnology?: boolean;
    /**
     * Whether it should be a shield technology
     */
    shieldTechnology?: boolean;
    /**
     * Whether it should be a tool
     */
    tool?: boolean;
    /**
     * Whether it should be a culinary tool
     */
    culinaryTool?: boolean;
    /**
     * Whether it should be a engineering tool
     */
    engineeringTool?: boolean;
    /**
     * Whether it should be a household tool
     */
    householdTool?: boolean;
    /**
     * Whether it should be a medical equipment
     */
    medicalEquipment?: boolean;
    /**
     * Whether it's a transporter technology
     */
    transporterTechnology?: boolean;
};
export type PostTechnologySearchResponse = TechnologyBaseResponse;
/** The declared error responses of `postTechnologySearch`, by status: narrowing on `status` narrows `body`. */
export type PostTechnologySearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /title
 */
export type GetTitleParameters = {
    query: {
        /**
         * Title unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTitleRequestBody = never;
export type GetTitleResponse = TitleFullResponse;
/** The declared error responses of `getTitle`, by status: narrowing on `status` narrows `body`. */
export type GetTitleError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /title/search
 */
export type GetTitleSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTitleSearchRequestBody = never;
export type GetTitleSearchResponse = TitleBaseResponse;
/** The declared error responses of `getTitleSearch`, by status: narrowing on `status` narrows `body`. */
export type GetTitleSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /title/search
 */
export type PostTitleSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostTitleSearchRequestBody = {
    /**
     * Title name
     */
    name?: string;
    /**
     * Whether it should be a military rank
     */
    militaryRank?: boolean;
    /**
     * Whether it should be a fleet rank
     */
    fleetRank?: boolean;
    /**
     * Whether it should be a religious title
     */
    religiousTitle?: boolean;
    /**
     * Whether it should be a position
     */
    position?: boolean;
    /**
     * Whether this title should be from mirror universe
     */
    mirror?: boolean;
};
export type PostTitleSearchResponse = TitleBaseResponse;
/** The declared error responses of `postTitleSearch`, by status: narrowing on `status` narrows `body`. */
export type PostTitleSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /tradingCard
 */
export type GetTradingCardParameters = {
    query: {
        /**
         * Trading card unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardRequestBody = never;
export type GetTradingCardResponse = TradingCardFullResponse;
/** The declared error responses of `getTradingCard`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /tradingCard/search
 */
export type GetTradingCardSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardSearchRequestBody = never;
export type GetTradingCardSearchResponse = TradingCardBaseResponse;
/** The declared error responses of `getTradingCardSearch`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /tradingCard/search
 */
export type PostTradingCardSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostTradingCardSearchRequestBody = {
    /**
     * Trading card name
     */
    name?: string;
    /**
     * UID of trading card deck
     */
    tradingCardDeckUid?: string;
    /**
     * UID of trading card set
     */
    tradingCardSetUid?: string;
};
export type PostTradingCardSearchResponse = TradingCardBaseResponse;
/** The declared error responses of `postTradingCardSearch`, by status: narrowing on `status` narrows `body`. */
export type PostTradingCardSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /tradingCardDeck
 */
export type GetTradingCardDeckParameters = {
    query: {
        /**
         * trading card deck unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardDeckRequestBody = never;
export type GetTradingCardDeckResponse = TradingCardDeckFullResponse;
/** The declared error responses of `getTradingCardDeck`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardDeckError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /tradingCardDeck/search
 */
export type GetTradingCardDeckSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardDeckSearchRequestBody = never;
export type GetTradingCardDeckSearchResponse = TradingCardDeckBaseResponse;
/** The declared error responses of `getTradingCardDeckSearch`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardDeckSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /tradingCardDeck/search
 */
export type PostTradingCardDeckSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostTradingCardDeckSearchRequestBody = {
    /**
     * Trading card deck name
     */
    name?: string;
    /**
     * UID of trading card set
     */
    tradingCardSetUid?: string;
};
export type PostTradingCardDeckSearchResponse = TradingCardDeckBaseResponse;
/** The declared error responses of `postTradingCardDeckSearch`, by status: narrowing on `status` narrows `body`. */
export type PostTradingCardDeckSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /tradingCardSet
 */
export type GetTradingCardSetParameters = {
    query: {
        /**
         * Trading card set unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardSetRequestBody = never;
export type GetTradingCardSetResponse = TradingCardSetFullResponse;
/** The declared error responses of `getTradingCardSet`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardSetError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /tradingCardSet/search
 */
export type GetTradingCardSetSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetTradingCardSetSearchRequestBody = never;
export type GetTradingCardSetSearchResponse = TradingCardSetBaseResponse;
/** The declared error responses of `getTradingCardSetSearch`, by status: narrowing on `status` narrows `body`. */
export type GetTradingCardSetSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /tradingCardSet/search
 */
export type PostTradingCardSetSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostTradingCardSetSearchRequestBody = {
    /**
     * Trading card set name
     */
    name?: string;
    /**
     * Starting year the trading card set was released
     *
     * Format: int32
     */
    releaseYearFrom?: number;
    /**
     * Ending year the trading card set was released
     *
     * Format: int32
     */
    releaseYearTo?: number;
    /**
     * Minimal number of cards per deck
     *
     * Format: int32
     */
    cardsPerPackFrom?: number;
    /**
     * Minimal number of cards per deck
     *
     * Format: int32
     */
    cardsPerPackTo?: number;
    /**
     * Minimal number of packs per box
     *
     * Format: int32
     */
    packsPerBoxFrom?: number;
    /**
     * Minimal number of packs per box
     *
     * Format: int32
     */
    packsPerBoxTo?: number;
    /**
     * Minimal number of boxes per case
     *
     * Format: int32
     */
    boxesPerCaseFrom?: number;
    /**
     * Minimal number of boxes per case
     *
     * Format: int32
     */
    boxesPerCaseTo?: number;
    /**
     * Minimal production run
     *
     * Format: int32
     */
    productionRunFrom?: number;
    /**
     * Minimal production run
     *
     * Format: int32
     */
    productionRunTo?: number;
    /**
     * Production run unit
     */
    productionRunUnit?: string;
    /**
     * Minimal card width, in inches
     *
     * Format: double
     */
    cardWidthFrom?: number;
    /**
     * Minimal card width, in inches
     *
     * Format: double
     */
    cardWidthTo?: number;
    /**
     * Minimal card height, in inches
     *
     * Format: double
     */
    cardHeightFrom?: number;
    /**
     * Minimal card height, in inches
     *
     * Format: double
     */
    cardHeightTo?: number;
};
export type PostTradingCardSetSearchResponse = TradingCardSetBaseResponse;
/** The declared error responses of `postTradingCardSetSearch`, by status: narrowing on `status` narrows `body`. */
export type PostTradingCardSetSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /videoGame
 */
export type GetVideoGameParameters = {
    query: {
        /**
         * VideoGame unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetVideoGameRequestBody = never;
export type GetVideoGameResponse = VideoGameFullResponse;
/** The declared error responses of `getVideoGame`, by status: narrowing on `status` narrows `body`. */
export type GetVideoGameError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /videoGame/search
 */
export type GetVideoGameSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetVideoGameSearchRequestBody = never;
export type GetVideoGameSearchResponse = VideoGameBaseResponse;
/** The declared error responses of `getVideoGameSearch`, by status: narrowing on `status` narrows `body`. */
export type GetVideoGameSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /videoGame/search
 */
export type PostVideoGameSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostVideoGameSearchRequestBody = {
    /**
     * Video game title
     */
    title?: string;
    /**
     * Minimal date the video game was first released
     *
     * Format: date
     */
    releaseDateFrom?: string;
    /**
     * Minimal date the video game was first released
     *
     * Format: date
     */
    releaseDateTo?: string;
};
export type PostVideoGameSearchResponse = VideoGameBaseResponse;
/** The declared error responses of `postVideoGameSearch`, by status: narrowing on `status` narrows `body`. */
export type PostVideoGameSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /videoRelease
 */
export type GetVideoReleaseParameters = {
    query: {
        /**
         * Video release unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetVideoReleaseRequestBody = never;
export type GetVideoReleaseResponse = VideoReleaseFullResponse;
/** The declared error responses of `getVideoRelease`, by status: narrowing on `status` narrows `body`. */
export type GetVideoReleaseError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /videoRelease/search
 */
export type GetVideoReleaseSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetVideoReleaseSearchRequestBody = never;
export type GetVideoReleaseSearchResponse = VideoReleaseBaseResponse;
/** The declared error responses of `getVideoReleaseSearch`, by status: narrowing on `status` narrows `body`. */
export type GetVideoReleaseSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /videoRelease/search
 */
export type PostVideoReleaseSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostVideoReleaseSearchRequestBody = {
    /**
     * Video release title
     */
    title?: string;
    /**
     * Starting year of video release story
     *
     * Format: int32
     */
    yearFrom?: number;
    /**
     * Ending year of video release story
     *
     * Format: int32
     */
    yearTo?: number;
    /**
     * Minimal run time, in minutes
     *
     * Format: int32
     */
    runTimeFrom?: number;
    /**
     * Minimal run time, in minutes
     *
     * Format: int32
     */
    runTimeTo?: number;
};
export type PostVideoReleaseSearchResponse = VideoReleaseBaseResponse;
/** The declared error responses of `postVideoReleaseSearch`, by status: narrowing on `status` narrows `body`. */
export type PostVideoReleaseSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /weapon
 */
export type GetWeaponParameters = {
    query: {
        /**
         * Weapon unique ID
         */
        uid: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetWeaponRequestBody = never;
export type GetWeaponResponse = WeaponFullResponse;
/** The declared error responses of `getWeapon`, by status: narrowing on `status` narrows `body`. */
export type GetWeaponError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * GET /weapon/search
 */
export type GetWeaponSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type GetWeaponSearchRequestBody = never;
export type GetWeaponSearchResponse = WeaponBaseResponse;
/** The declared error responses of `getWeaponSearch`, by status: narrowing on `status` narrows `body`. */
export type GetWeaponSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: Error;
};
/**
 * POST /weapon/search
 */
export type PostWeaponSearchParameters = {
    query?: {
        /**
         * Zero-based page number
         */
        pageNumber?: number;
        /**
         * Page size
         */
        pageSize?: number;
        /**
         * Sorting, serialized like this: fieldName,ASC;anotherFieldName,DESC
         */
        sort?: string;
        /**
         * API key
         */
        apiKey?: string;
    };
};
export type PostWeaponSearchRequestBody = {
    /**
     * Weapon name
     */
    name?: string;
    /**
     * Whether it should be a hand-help weapon
     */
    handHeldWeapon?: boolean;
    /**
     * Whether it should be a laser technology
     */
    laserTechnology?: boolean;
    /**
     * Whether it should be a plasma technology
     */
    plasmaTechnology?: boolean;
    /**
     * Whether it should be a photonic technology
     */
    photonicTechnology?: boolean;
    /**
     * Whether it should be a phaser technology
     */
    phaserTechnology?: boolean;
    /**
     * Whether this weapon should be from mirror universe
     */
    mirror?: boolean;
    /**
     * Whether this weapon should be from alternate reality
     */
    alternateReality?: boolean;
};
export type PostWeaponSearchResponse = WeaponBaseResponse;
/** The declared error responses of `postWeaponSearch`, by status: narrowing on `status` narrows `body`. */
export type PostWeaponSearchError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
