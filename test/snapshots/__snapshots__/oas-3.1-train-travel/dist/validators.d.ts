import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against `Booking` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooking(value: unknown, options?: ValidateOptions): ValidationResult<T.Booking>;

/**
 * True when a value matches `Booking` as received (writeOnly properties refused).
 */
export declare function isBooking(value: unknown): value is T.Booking;

/**
 * Checks a value against `Booking` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookingWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.BookingWritable>;

/**
 * True when a value matches `Booking` as sent (readOnly properties refused).
 */
export declare function isBookingWritable(value: unknown): value is T.BookingWritable;

/**
 * Checks a value against `BookingPayment` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookingPayment(value: unknown, options?: ValidateOptions): ValidationResult<T.BookingPayment>;

/**
 * True when a value matches `BookingPayment` as received (writeOnly properties refused).
 */
export declare function isBookingPayment(value: unknown): value is T.BookingPayment;

/**
 * Checks a value against `BookingPayment` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookingPaymentWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.BookingPaymentWritable>;

/**
 * True when a value matches `BookingPayment` as sent (readOnly properties refused).
 */
export declare function isBookingPaymentWritable(value: unknown): value is T.BookingPaymentWritable;

/**
 * Checks a value against `LinksBooking`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLinksBooking(value: unknown, options?: ValidateOptions): ValidationResult<T.LinksBooking>;

/**
 * True when a value matches `LinksBooking`.
 */
export declare function isLinksBooking(value: unknown): value is T.LinksBooking;

/**
 * Checks a value against `LinksPagination`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLinksPagination(value: unknown, options?: ValidateOptions): ValidationResult<T.LinksPagination>;

/**
 * True when a value matches `LinksPagination`.
 */
export declare function isLinksPagination(value: unknown): value is T.LinksPagination;

/**
 * Checks a value against `LinksSelf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLinksSelf(value: unknown, options?: ValidateOptions): ValidationResult<T.LinksSelf>;

/**
 * True when a value matches `LinksSelf`.
 */
export declare function isLinksSelf(value: unknown): value is T.LinksSelf;

/**
 * Checks a value against `Problem`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateProblem(value: unknown, options?: ValidateOptions): ValidationResult<T.Problem>;

/**
 * True when a value matches `Problem`.
 */
export declare function isProblem(value: unknown): value is T.Problem;

/**
 * Checks a value against `Station`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStation(value: unknown, options?: ValidateOptions): ValidationResult<T.Station>;

/**
 * True when a value matches `Station`.
 */
export declare function isStation(value: unknown): value is T.Station;

/**
 * Checks a value against `Trip`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTrip(value: unknown, options?: ValidateOptions): ValidationResult<T.Trip>;

/**
 * True when a value matches `Trip`.
 */
export declare function isTrip(value: unknown): value is T.Trip;

/**
 * Checks a value against `WrapperCollection` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWrapperCollection(value: unknown, options?: ValidateOptions): ValidationResult<T.WrapperCollection>;

/**
 * True when a value matches `WrapperCollection` as received (writeOnly properties refused).
 */
export declare function isWrapperCollection(value: unknown): value is T.WrapperCollection;

/**
 * Checks a value against `WrapperCollection` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWrapperCollectionWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.WrapperCollectionWritable>;

/**
 * True when a value matches `WrapperCollection` as sent (readOnly properties refused).
 */
export declare function isWrapperCollectionWritable(value: unknown): value is T.WrapperCollectionWritable;

/**
 * Checks a value against the response body of `getBookings`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookingsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookingsResponse>;

/**
 * True when a value matches the response body of `getBookings`.
 */
export declare function isGetBookingsResponse(value: unknown): value is T.GetBookingsResponse;

/**
 * Checks a value against the request body of `createBooking`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBookingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBookingRequestBody>;

/**
 * True when a value matches the request body of `createBooking`.
 */
export declare function isCreateBookingRequestBody(value: unknown): value is T.CreateBookingRequestBody;

/**
 * Checks a value against the response body of `createBooking`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBookingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBookingResponse>;

/**
 * True when a value matches the response body of `createBooking`.
 */
export declare function isCreateBookingResponse(value: unknown): value is T.CreateBookingResponse;

/**
 * Checks a value against the response body of `getBooking`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookingResponse>;

/**
 * True when a value matches the response body of `getBooking`.
 */
export declare function isGetBookingResponse(value: unknown): value is T.GetBookingResponse;

/**
 * Checks a value against the response body of `deleteBooking`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteBookingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteBookingResponse>;

/**
 * True when a value matches the response body of `deleteBooking`.
 */
export declare function isDeleteBookingResponse(value: unknown): value is T.DeleteBookingResponse;

/**
 * Checks a value against the request body of `createBookingPayment`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBookingPaymentRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBookingPaymentRequestBody>;

/**
 * True when a value matches the request body of `createBookingPayment`.
 */
export declare function isCreateBookingPaymentRequestBody(value: unknown): value is T.CreateBookingPaymentRequestBody;

/**
 * Checks a value against the response body of `createBookingPayment`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBookingPaymentResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBookingPaymentResponse>;

/**
 * True when a value matches the response body of `createBookingPayment`.
 */
export declare function isCreateBookingPaymentResponse(value: unknown): value is T.CreateBookingPaymentResponse;

/**
 * Checks a value against the response body of `getStations`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStationsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStationsResponse>;

/**
 * True when a value matches the response body of `getStations`.
 */
export declare function isGetStationsResponse(value: unknown): value is T.GetStationsResponse;

/**
 * Checks a value against the response body of `getTrips`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTripsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTripsResponse>;

/**
 * True when a value matches the response body of `getTrips`.
 */
export declare function isGetTripsResponse(value: unknown): value is T.GetTripsResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Booking: StandardValidator<T.Booking>;
  readonly BookingWritable: StandardValidator<T.BookingWritable>;
  readonly BookingPayment: StandardValidator<T.BookingPayment>;
  readonly BookingPaymentWritable: StandardValidator<T.BookingPaymentWritable>;
  readonly LinksBooking: StandardValidator<T.LinksBooking>;
  readonly LinksPagination: StandardValidator<T.LinksPagination>;
  readonly LinksSelf: StandardValidator<T.LinksSelf>;
  readonly Problem: StandardValidator<T.Problem>;
  readonly Station: StandardValidator<T.Station>;
  readonly Trip: StandardValidator<T.Trip>;
  readonly WrapperCollection: StandardValidator<T.WrapperCollection>;
  readonly WrapperCollectionWritable: StandardValidator<T.WrapperCollectionWritable>;
  readonly GetBookingsResponse: StandardValidator<T.GetBookingsResponse>;
  readonly CreateBookingRequestBody: StandardValidator<T.CreateBookingRequestBody>;
  readonly CreateBookingResponse: StandardValidator<T.CreateBookingResponse>;
  readonly GetBookingResponse: StandardValidator<T.GetBookingResponse>;
  readonly DeleteBookingResponse: StandardValidator<T.DeleteBookingResponse>;
  readonly CreateBookingPaymentRequestBody: StandardValidator<T.CreateBookingPaymentRequestBody>;
  readonly CreateBookingPaymentResponse: StandardValidator<T.CreateBookingPaymentResponse>;
  readonly GetStationsResponse: StandardValidator<T.GetStationsResponse>;
  readonly GetTripsResponse: StandardValidator<T.GetTripsResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
