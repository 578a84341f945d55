/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type Booking = {
    /**
     * Unique identifier for the booking
     *
     * Format: uuid
     */
    readonly id?: string;
    /**
     * Identifier of the booked trip
     *
     * Format: uuid
     */
    trip_id?: string;
    /**
     * Name of the passenger
     */
    passenger_name?: string;
    /**
     * Indicates whether the passenger has a bicycle.
     */
    has_bicycle?: boolean;
    /**
     * Indicates whether the passenger has a dog.
     */
    has_dog?: boolean;
};
/**
 * Request (write) view of {@link Booking}: without readOnly properties.
 */
export type BookingWritable = {
    /**
     * Identifier of the booked trip
     *
     * Format: uuid
     */
    trip_id?: string;
    /**
     * Name of the passenger
     */
    passenger_name?: string;
    /**
     * Indicates whether the passenger has a bicycle.
     */
    has_bicycle?: boolean;
    /**
     * Indicates whether the passenger has a dog.
     */
    has_dog?: boolean;
};
export type BookingPayment = {
    /**
     * Unique identifier for the payment. This will be a unique identifier for the payment, and is used to reference the payment in other objects.
     *
     * Format: uuid
     */
    readonly id?: string;
    /**
     * Amount intended to be collected by this payment. A positive decimal figure describing the amount to be collected.
     */
    amount?: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
     */
    currency?: 'bam' | 'bgn' | 'chf' | 'eur' | 'gbp' | 'nok' | 'sek' | 'try';
    /**
     * The payment source to take the payment from. This can be a card or a bank account. Some of these properties will be hidden on read to protect PII leaking.
     */
    source?: {
        object?: 'card';
        /**
         * Cardholder's full name as it appears on the card.
         */
        name: string;
        /**
         * The card number, as a string without any separators. On read all but the last four digits will be masked for security.
         */
        number: string;
        /**
         * Two-digit number representing the card's expiration month.
         *
         * Format: int64
         */
        exp_month: number;
        /**
         * Four-digit number representing the card's expiration year.
         *
         * Format: int64
         */
        exp_year: number;
        address_city?: string;
        address_country: string;
        address_post_code?: string;
    } | {
        object?: 'bank_account';
        name: string;
        /**
         * The account number for the bank account, in string form. Must be a current account.
         */
        number: string;
        /**
         * The sort code for the bank account, in string form. Must be a six-digit number.
         */
        sort_code?: string;
        /**
         * The type of entity that holds the account. This can be either `individual` or `company`.
         */
        account_type: 'individual' | 'company';
        /**
         * The name of the bank associated with the routing number.
         */
        bank_name: string;
        /**
         * Two-letter country code (ISO 3166-1 alpha-2).
         */
        country: string;
    };
    /**
     * The status of the payment, one of `pending`, `succeeded`, or `failed`.
     */
    readonly status?: 'pending' | 'succeeded' | 'failed';
};
/**
 * Request (write) view of {@link BookingPayment}: without readOnly properties.
 */
export type BookingPaymentWritable = {
    /**
     * Amount intended to be collected by this payment. A positive decimal figure describing the amount to be collected.
     */
    amount?: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
     */
    currency?: 'bam' | 'bgn' | 'chf' | 'eur' | 'gbp' | 'nok' | 'sek' | 'try';
    /**
     * The payment source to take the payment from. This can be a card or a bank account. Some of these properties will be hidden on read to protect PII leaking.
     */
    source?: {
        object?: 'card';
        /**
         * Cardholder's full name as it appears on the card.
         */
        name: string;
        /**
         * The card number, as a string without any separators. On read all but the last four digits will be masked for security.
         */
        number: string;
        /**
         * Card security code, 3 or 4 digits usually found on the back of the card.
         */
        cvc: number;
        /**
         * Two-digit number representing the card's expiration month.
         *
         * Format: int64
         */
        exp_month: number;
        /**
         * Four-digit number representing the card's expiration year.
         *
         * Format: int64
         */
        exp_year: number;
        address_line1?: string;
        address_line2?: string;
        address_city?: string;
        address_country: string;
        address_post_code?: string;
    } | {
        object?: 'bank_account';
        name: string;
        /**
         * The account number for the bank account, in string form. Must be a current account.
         */
        number: string;
        /**
         * The sort code for the bank account, in string form. Must be a six-digit number.
         */
        sort_code?: string;
        /**
         * The type of entity that holds the account. This can be either `individual` or `company`.
         */
        account_type: 'individual' | 'company';
        /**
         * The name of the bank associated with the routing number.
         */
        bank_name: string;
        /**
         * Two-letter country code (ISO 3166-1 alpha-2).
         */
        country: string;
    };
};
export type LinksBooking = {
    /**
     * Format: uri
     */
    booking?: string;
};
export type LinksPagination = {
    /**
     * Format: uri
     */
    next?: string;
    /**
     * Format: uri
     */
    prev?: string;
};
export type LinksSelf = {
    /**
     * Format: uri
     */
    self?: string;
};
export type Problem = {
    /**
     * A URI reference that identifies the problem type
     */
    type?: string;
    /**
     * A short, human-readable summary of the problem type
     */
    title?: string;
    /**
     * A human-readable explanation specific to this occurrence of the problem
     */
    detail?: string;
    /**
     * A URI reference that identifies the specific occurrence of the problem
     */
    instance?: string;
    /**
     * The HTTP status code
     */
    status?: number;
};
export type Station = {
    /**
     * Unique identifier for the station.
     *
     * Format: uuid
     */
    id: string;
    /**
     * The name of the station
     */
    name: string;
    /**
     * The address of the station.
     */
    address: string;
    /**
     * The country code of the station.
     *
     * Format: iso-country-code
     */
    country_code: string;
    /**
     * The timezone of the station in the [IANA Time Zone Database format](https://www.iana.org/time-zones).
     */
    timezone?: string;
};
export type Trip = {
    /**
     * Unique identifier for the trip
     *
     * Format: uuid
     */
    id?: string;
    /**
     * The starting station of the trip
     */
    origin?: string;
    /**
     * The destination station of the trip
     */
    destination?: string;
    /**
     * The date and time when the trip departs
     *
     * Format: date-time
     */
    departure_time?: string;
    /**
     * The date and time when the trip arrives
     *
     * Format: date-time
     */
    arrival_time?: string;
    /**
     * The name of the operator of the trip
     */
    operator?: string;
    /**
     * The cost of the trip
     */
    price?: number;
    /**
     * Indicates whether bicycles are allowed on the trip
     */
    bicycles_allowed?: boolean;
    /**
     * Indicates whether dogs are allowed on the trip
     */
    dogs_allowed?: boolean;
};
/**
 * This is a generic request/response wrapper which contains both data and links which serve as hypermedia controls (HATEOAS).
 */
export type WrapperCollection = {
    /**
     * The wrapper for a collection is an array of objects.
     */
    data?: {
        [key: string]: unknown;
    }[];
    /**
     * A set of hypermedia links which serve as controls for the client.
     */
    readonly links?: {
        [key: string]: unknown;
    };
};
/**
 * Request (write) view of {@link WrapperCollection}: without readOnly properties.
 */
export type WrapperCollectionWritable = {
    /**
     * The wrapper for a collection is an array of objects.
     */
    data?: {
        [key: string]: unknown;
    }[];
};
/**
 * GET /bookings
 */
export type GetBookingsParameters = {
    [key: string]: never;
};
/**
 * List existing bookings
 */
export type GetBookingsRequestBody = never;
/**
 * List existing bookings
 */
export type GetBookingsResponse = WrapperCollection & {
    data?: Booking[];
} & {
    links?: LinksSelf & LinksPagination;
};
/** The declared error responses of `getBookings`, by status: narrowing on `status` narrows `body`. */
export type GetBookingsError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * POST /bookings
 */
export type CreateBookingParameters = {
    [key: string]: never;
};
/**
 * Create a booking
 */
export type CreateBookingRequestBody = BookingWritable;
/**
 * Create a booking
 */
export type CreateBookingResponse = Booking & {
    links?: LinksSelf;
};
/** The declared error responses of `createBooking`, by status: narrowing on `status` narrows `body`. */
export type CreateBookingError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 404;
    readonly body: Problem;
} | {
    readonly status: 409;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 404 | 409 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * GET /bookings/{bookingId}
 */
export type GetBookingParameters = {
    path: {
        /**
         * The ID of the booking to retrieve.
         */
        bookingId: string;
    };
};
/**
 * Get a booking
 */
export type GetBookingRequestBody = never;
/**
 * Get a booking
 */
export type GetBookingResponse = Booking & {
    links?: LinksSelf;
};
/** The declared error responses of `getBooking`, by status: narrowing on `status` narrows `body`. */
export type GetBookingError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 404;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * DELETE /bookings/{bookingId}
 */
export type DeleteBookingParameters = {
    path: {
        /**
         * The ID of the booking to retrieve.
         */
        bookingId: string;
    };
};
/**
 * Delete a booking
 */
export type DeleteBookingRequestBody = never;
/**
 * Delete a booking
 */
export type DeleteBookingResponse = undefined;
/** The declared error responses of `deleteBooking`, by status: narrowing on `status` narrows `body`. */
export type DeleteBookingError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 404;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 404 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * POST /bookings/{bookingId}/payment
 */
export type CreateBookingPaymentParameters = {
    path: {
        /**
         * The ID of the booking to pay for.
         */
        bookingId: string;
    };
};
/**
 * Pay for a Booking
 */
export type CreateBookingPaymentRequestBody = BookingPaymentWritable;
/**
 * Pay for a Booking
 */
export type CreateBookingPaymentResponse = BookingPayment & {
    links?: LinksBooking;
};
/** The declared error responses of `createBookingPayment`, by status: narrowing on `status` narrows `body`. */
export type CreateBookingPaymentError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * GET /stations
 */
export type GetStationsParameters = {
    [key: string]: never;
};
/**
 * Get a list of train stations
 */
export type GetStationsRequestBody = never;
/**
 * Get a list of train stations
 */
export type GetStationsResponse = WrapperCollection & {
    data?: Station[];
} & {
    links?: LinksSelf & LinksPagination;
};
/** The declared error responses of `getStations`, by status: narrowing on `status` narrows `body`. */
export type GetStationsError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * GET /trips
 */
export type GetTripsParameters = {
    query: {
        /**
         * The ID of the origin station
         */
        origin: string;
        /**
         * The ID of the destination station
         */
        destination: string;
        /**
         * The date and time of the trip in ISO 8601 format in origin station's timezone.
         */
        date: string;
        /**
         * Only return trips where bicycles are known to be allowed
         */
        bicycles?: boolean;
        /**
         * Only return trips where dogs are known to be allowed
         */
        dogs?: boolean;
    };
};
/**
 * Get available train trips
 */
export type GetTripsRequestBody = never;
/**
 * Get available train trips
 */
export type GetTripsResponse = WrapperCollection & {
    data?: Trip[];
} & {
    links?: LinksSelf & LinksPagination;
};
/** The declared error responses of `getTrips`, by status: narrowing on `status` narrows `body`. */
export type GetTripsError = {
    readonly status: 400;
    readonly body: Problem;
} | {
    readonly status: 401;
    readonly body: Problem;
} | {
    readonly status: 403;
    readonly body: Problem;
} | {
    readonly status: 429;
    readonly body: Problem;
} | {
    readonly status: 500;
    readonly body: Problem;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 401 | 403 | 429> | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
