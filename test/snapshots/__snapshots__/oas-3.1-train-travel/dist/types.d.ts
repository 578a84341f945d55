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
