import type * as T from './types.js';
import * as V from './validators.js';
import { permissions } from './permissions.js';
import {
  buildRequest,
  type BuildOptions,
  type BuiltRequest,
  type OperationSpec,
} from './runtime/request.js';
import { createTransport, type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
import type { BinaryBody, BinaryResponse } from './runtime/body.js';
import {
  ApiError as RuntimeApiError,
  type ApiErrorDetails,
  type ApiErrorOf,
  type ApiResult,
  type ErrorShape,
} from './runtime/errors.js';
import { readResult, type ReadResultOptions } from './runtime/result.js';
export {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from './runtime/errors.js';
export type {
  ApiErrorDetails,
  ApiErrorOf,
  ApiResult,
  ErrorShape,
  RequestSummary,
  RequestValueLocation,
} from './runtime/errors.js';
export type { ReadResultOptions } from './runtime/result.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type {
  ClientOptions,
  FetchLike,
  RequestOptions,
  TokenRequest,
  TokenSource,
} from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';

/** The declared error responses of every operation, by status. */
export type OperationError =
  | T.GetBookingsError
  | T.CreateBookingError
  | T.GetBookingError
  | T.DeleteBookingError
  | T.CreateBookingPaymentError
  | T.GetStationsError
  | T.GetTripsError;

/**
 * An error response (non-2xx). `ApiError<T.UpdateUserError>` is a union by status, so checking
 * `error.status` narrows `error.body` to what the operation declares for it; plain `ApiError` is
 * any operation's.
 */
export type ApiError<E extends ErrorShape = OperationError> = ApiErrorOf<E>;

/** The `ApiError` class: `e instanceof ApiError` narrows `e` to an error of one of the operations. */
export interface ApiErrorClass {
  new (message: string, details: ApiErrorDetails<OperationError>): ApiErrorOf<OperationError>;
  readonly prototype: ApiErrorOf<OperationError>;
}

export declare const ApiError: ApiErrorClass;

/**
 * List existing bookings
 *
 * `GET /bookings`
 */
export declare function buildGetBookingsRequest(parameters?: T.GetBookingsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookingsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookingsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookingsResponse, T.GetBookingsError>>;

/**
 * Create a booking
 *
 * `POST /bookings`
 */
export declare function buildCreateBookingRequest(parameters: (T.CreateBookingParameters | undefined) | undefined, body: T.CreateBookingRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateBookingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateBookingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateBookingResponse, T.CreateBookingError>>;

/**
 * Get a booking
 *
 * `GET /bookings/{bookingId}`
 */
export declare function buildGetBookingRequest(parameters: T.GetBookingParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookingResponse, T.GetBookingError>>;

/**
 * Delete a booking
 *
 * `DELETE /bookings/{bookingId}`
 */
export declare function buildDeleteBookingRequest(parameters: T.DeleteBookingParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteBookingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteBookingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteBookingResponse, T.DeleteBookingError>>;

/**
 * Pay for a Booking
 *
 * `POST /bookings/{bookingId}/payment`
 */
export declare function buildCreateBookingPaymentRequest(parameters: T.CreateBookingPaymentParameters, body?: T.CreateBookingPaymentRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateBookingPaymentRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateBookingPaymentResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateBookingPaymentResponse, T.CreateBookingPaymentError>>;

/**
 * Get a list of train stations
 *
 * `GET /stations`
 */
export declare function buildGetStationsRequest(parameters?: T.GetStationsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStationsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStationsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStationsResponse, T.GetStationsError>>;

/**
 * Get available train trips
 *
 * `GET /trips`
 */
export declare function buildGetTripsRequest(parameters: T.GetTripsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTripsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTripsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTripsResponse, T.GetTripsError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/bookings`
   */
  readonly bookings: {
    /**
     * List existing bookings
     *
     * `GET /bookings`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetBookingsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getBookings;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.GetBookingsResponse, T.GetBookingsError>>;
    };
    /**
     * Create a booking
     *
     * `POST /bookings`
     */
    readonly post: {
      (
        body: T.CreateBookingRequestBody,
        options?: RequestOptions,
      ): Promise<T.CreateBookingResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createBooking;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateBookingRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateBookingResponse, T.CreateBookingError>>;
    };
    /**
     * `/bookings/{bookingId}`
     */
    byBookingId(bookingId: string): {
      /**
       * Get a booking
       *
       * `GET /bookings/{bookingId}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetBookingResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getBooking;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetBookingResponse, T.GetBookingError>>;
      };
      /**
       * Delete a booking
       *
       * `DELETE /bookings/{bookingId}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteBookingResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteBooking;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteBookingResponse, T.DeleteBookingError>>;
      };
      /**
       * `/bookings/{bookingId}/payment`
       */
      readonly payment: {
        /**
         * Pay for a Booking
         *
         * `POST /bookings/{bookingId}/payment`
         */
        readonly post: {
          (
            body?: T.CreateBookingPaymentRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateBookingPaymentResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createBookingPayment;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.CreateBookingPaymentRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateBookingPaymentResponse, T.CreateBookingPaymentError>>;
        };
      };
    };
  };
  /**
   * `/stations`
   */
  readonly stations: {
    /**
     * Get a list of train stations
     *
     * `GET /stations`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetStationsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getStations;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.GetStationsResponse, T.GetStationsError>>;
    };
  };
  /**
   * `/trips`
   */
  readonly trips: {
    /**
     * Get available train trips
     *
     * `GET /trips`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetTripsParameters, 'query'>): Promise<T.GetTripsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTrips;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTripsParameters, 'query'>
      ): Promise<ApiResult<T.GetTripsResponse, T.GetTripsError>>;
    };
  };
}

/**
 * The credentials this API's security schemes take (`createClient({ credentials })`). Each call
 * sends those its operation's security requirements ask for: the first requirement the given
 * credentials satisfy entirely (any one of them suffices).
 */
export interface Credentials {
  /**
   * A Bearer token (HTTP bearer, OAuth 2, OpenID Connect): sent as `Authorization: Bearer <token>`; without it, `getToken` gives one.
   */
  readonly bearer?: Secret | undefined;
}

/** `createClient`'s options: `ClientOptions` with this API's typed `credentials`. */
export type ApiClientOptions<B extends BinaryResponse = 'blob'> = ClientOptions & {
  readonly credentials?: Credentials | undefined;
  readonly binaryResponse?: B | undefined;
};

/**
 * Create the client.
 *
 * A call validates its request body, then sends the credentials its operation's
 * security asks for (`credentials`; a Bearer token also from `getToken()`), retries
 * 429/503/504 (see `RetryOptions`), and fails with `ApiError` (non-2xx), `NetworkError`,
 * `TimeoutError` or the caller's abort reason.
 */
export declare function createClient<B extends BinaryResponse = 'blob'>(options?: ApiClientOptions<B>): ApiClient<B>;
