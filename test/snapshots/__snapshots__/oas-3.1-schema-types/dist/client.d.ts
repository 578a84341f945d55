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
  | T.ArraySchemaSupportError
  | T.ArrayTopLevelObjectsError
  | T.ArrayTopLevelPrimitivesError
  | T.BooleanSchemaSupportError
  | T.BooleanTopLevelError
  | T.CircularHandlingError
  | T.CircularTopLevelError
  | T.MixedSchemaSupportError
  | T.NullSchemaSupportError
  | T.NumberFormatSupportError
  | T.NumberSchemaSupportError
  | T.NumberTopLevelError
  | T.ObjectSchemaSupportError
  | T.QuirksMissingTypeError
  | T.QuirksEntirelyIncompatibleAllOfError
  | T.QuirksIncompatibleNestedAllOfError
  | T.QuirksPartiallyUsableIncompatibleAllOfError
  | T.RawBodyTopLevelError
  | T.RawBodyTopLevelJSONError
  | T.StringFormatSupportError
  | T.StringSchemaSupportError
  | T.StringTopLevelError
  | T.StringTopLevelJSONError;

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
 * Array support
 *
 * `POST /anything/arrays`
 */
export declare function buildArraySchemaSupportRequest(parameters?: T.ArraySchemaSupportParameters, body?: T.ArraySchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildArraySchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readArraySchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ArraySchemaSupportResponse, T.ArraySchemaSupportError>>;

/**
 * Top-level payloads (objects)
 *
 * `POST /anything/arrays/top-level-payloads`
 */
export declare function buildArrayTopLevelObjectsRequest(parameters?: T.ArrayTopLevelObjectsParameters, body?: T.ArrayTopLevelObjectsRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildArrayTopLevelObjectsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readArrayTopLevelObjectsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ArrayTopLevelObjectsResponse, T.ArrayTopLevelObjectsError>>;

/**
 * Top-level payloads (primitives)
 *
 * `PATCH /anything/arrays/top-level-payloads`
 */
export declare function buildArrayTopLevelPrimitivesRequest(parameters?: T.ArrayTopLevelPrimitivesParameters, body?: T.ArrayTopLevelPrimitivesRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildArrayTopLevelPrimitivesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readArrayTopLevelPrimitivesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ArrayTopLevelPrimitivesResponse, T.ArrayTopLevelPrimitivesError>>;

/**
 * Boolean support
 *
 * `POST /anything/booleans`
 */
export declare function buildBooleanSchemaSupportRequest(parameters?: T.BooleanSchemaSupportParameters, body?: T.BooleanSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildBooleanSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readBooleanSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.BooleanSchemaSupportResponse, T.BooleanSchemaSupportError>>;

/**
 * Top-level payloads
 *
 * `PATCH /anything/booleans`
 */
export declare function buildBooleanTopLevelRequest(parameters?: T.BooleanTopLevelParameters, body?: T.BooleanTopLevelRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildBooleanTopLevelRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readBooleanTopLevelResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.BooleanTopLevelResponse, T.BooleanTopLevelError>>;

/**
 * Nested circular $ref
 *
 * `POST /anything/circular`
 */
export declare function buildCircularHandlingRequest(parameters?: T.CircularHandlingParameters, body?: T.CircularHandlingRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCircularHandlingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCircularHandlingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CircularHandlingResponse, T.CircularHandlingError>>;

/**
 * Top-level circular $ref
 *
 * `PATCH /anything/circular`
 */
export declare function buildCircularTopLevelRequest(parameters?: T.CircularTopLevelParameters, body?: T.CircularTopLevelRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCircularTopLevelRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCircularTopLevelResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CircularTopLevelResponse, T.CircularTopLevelError>>;

/**
 * Mixed support
 *
 * `POST /anything/mixed`
 */
export declare function buildMixedSchemaSupportRequest(parameters?: T.MixedSchemaSupportParameters, body?: T.MixedSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildMixedSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readMixedSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.MixedSchemaSupportResponse, T.MixedSchemaSupportError>>;

/**
 * Null support
 *
 * `POST /anything/null`
 */
export declare function buildNullSchemaSupportRequest(parameters?: T.NullSchemaSupportParameters, body?: T.NullSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildNullSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readNullSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.NullSchemaSupportResponse, T.NullSchemaSupportError>>;

/**
 * `format` data types
 *
 * `PUT /anything/numbers`
 */
export declare function buildNumberFormatSupportRequest(parameters?: T.NumberFormatSupportParameters, body?: T.NumberFormatSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildNumberFormatSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readNumberFormatSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.NumberFormatSupportResponse, T.NumberFormatSupportError>>;

/**
 * Number support
 *
 * `POST /anything/numbers`
 */
export declare function buildNumberSchemaSupportRequest(parameters?: T.NumberSchemaSupportParameters, body?: T.NumberSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildNumberSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readNumberSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.NumberSchemaSupportResponse, T.NumberSchemaSupportError>>;

/**
 * Top-level payloads
 *
 * `PATCH /anything/numbers`
 */
export declare function buildNumberTopLevelRequest(parameters?: T.NumberTopLevelParameters, body?: T.NumberTopLevelRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildNumberTopLevelRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readNumberTopLevelResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.NumberTopLevelResponse, T.NumberTopLevelError>>;

/**
 * Object support
 *
 * `POST /anything/objects`
 */
export declare function buildObjectSchemaSupportRequest(parameters?: T.ObjectSchemaSupportParameters, body?: T.ObjectSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildObjectSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readObjectSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ObjectSchemaSupportResponse, T.ObjectSchemaSupportError>>;

/**
 * Missing schema type
 *
 * `POST /anything/quirks`
 */
export declare function buildQuirksMissingTypeRequest(parameters?: T.QuirksMissingTypeParameters, body?: T.QuirksMissingTypeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQuirksMissingTypeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQuirksMissingTypeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QuirksMissingTypeResponse, T.QuirksMissingTypeError>>;

/**
 * Incompatible allOf schemas on a root requestBody
 *
 * `PUT /anything/quirks/polymorphism`
 */
export declare function buildQuirksEntirelyIncompatibleAllOfRequest(parameters: (T.QuirksEntirelyIncompatibleAllOfParameters | undefined) | undefined, body: T.QuirksEntirelyIncompatibleAllOfRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQuirksEntirelyIncompatibleAllOfRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQuirksEntirelyIncompatibleAllOfResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QuirksEntirelyIncompatibleAllOfResponse, T.QuirksEntirelyIncompatibleAllOfError>>;

/**
 * Incompatible nested allOf schemas
 *
 * `POST /anything/quirks/polymorphism`
 */
export declare function buildQuirksIncompatibleNestedAllOfRequest(parameters: (T.QuirksIncompatibleNestedAllOfParameters | undefined) | undefined, body: T.QuirksIncompatibleNestedAllOfRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQuirksIncompatibleNestedAllOfRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQuirksIncompatibleNestedAllOfResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QuirksIncompatibleNestedAllOfResponse, T.QuirksIncompatibleNestedAllOfError>>;

/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 *
 * `PATCH /anything/quirks/polymorphism`
 */
export declare function buildQuirksPartiallyUsableIncompatibleAllOfRequest(parameters: (T.QuirksPartiallyUsableIncompatibleAllOfParameters | undefined) | undefined, body: T.QuirksPartiallyUsableIncompatibleAllOfRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQuirksPartiallyUsableIncompatibleAllOfRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQuirksPartiallyUsableIncompatibleAllOfResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QuirksPartiallyUsableIncompatibleAllOfResponse, T.QuirksPartiallyUsableIncompatibleAllOfError>>;

/**
 * Top-level RAW_BODY (string)
 *
 * `POST /anything/raw_body/top-level-payloads`
 */
export declare function buildRawBodyTopLevelRequest(parameters?: T.RawBodyTopLevelParameters, body?: T.RawBodyTopLevelRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildRawBodyTopLevelRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readRawBodyTopLevelResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.RawBodyTopLevelResponse, T.RawBodyTopLevelError>>;

/**
 * Top-level RAW_BODY (JSON)
 *
 * `PATCH /anything/raw_body/top-level-payloads`
 */
export declare function buildRawBodyTopLevelJSONRequest(parameters?: T.RawBodyTopLevelJSONParameters, body?: T.RawBodyTopLevelJSONRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildRawBodyTopLevelJSONRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readRawBodyTopLevelJSONResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.RawBodyTopLevelJSONResponse, T.RawBodyTopLevelJSONError>>;

/**
 * `format` data types
 *
 * `PUT /anything/strings`
 */
export declare function buildStringFormatSupportRequest(parameters?: T.StringFormatSupportParameters, body?: T.StringFormatSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildStringFormatSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readStringFormatSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.StringFormatSupportResponse, T.StringFormatSupportError>>;

/**
 * String support
 *
 * `POST /anything/strings`
 */
export declare function buildStringSchemaSupportRequest(parameters?: T.StringSchemaSupportParameters, body?: T.StringSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildStringSchemaSupportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readStringSchemaSupportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.StringSchemaSupportResponse, T.StringSchemaSupportError>>;

/**
 * Top-level payloads
 *
 * `POST /anything/strings/top-level-payloads`
 */
export declare function buildStringTopLevelRequest(parameters?: T.StringTopLevelParameters, body?: T.StringTopLevelRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildStringTopLevelRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readStringTopLevelResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.StringTopLevelResponse, T.StringTopLevelError>>;

/**
 * Top-level payloads (JSON)
 *
 * `PATCH /anything/strings/top-level-payloads`
 */
export declare function buildStringTopLevelJSONRequest(parameters?: T.StringTopLevelJSONParameters, body?: T.StringTopLevelJSONRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildStringTopLevelJSONRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readStringTopLevelJSONResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.StringTopLevelJSONResponse, T.StringTopLevelJSONError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/anything`
   */
  readonly anything: {
    /**
     * `/anything/arrays`
     */
    readonly arrays: {
      /**
       * Array support
       *
       * `POST /anything/arrays`
       */
      readonly post: {
        (
          body?: T.ArraySchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.ArraySchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.arraySchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.ArraySchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.ArraySchemaSupportResponse, T.ArraySchemaSupportError>>;
      };
      /**
       * `/anything/arrays/top-level-payloads`
       */
      readonly topLevelPayloads: {
        /**
         * Top-level payloads (objects)
         *
         * `POST /anything/arrays/top-level-payloads`
         */
        readonly post: {
          (
            body?: T.ArrayTopLevelObjectsRequestBody,
            options?: RequestOptions,
          ): Promise<T.ArrayTopLevelObjectsResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.arrayTopLevelObjects;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.ArrayTopLevelObjectsRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.ArrayTopLevelObjectsResponse, T.ArrayTopLevelObjectsError>>;
        };
        /**
         * Top-level payloads (primitives)
         *
         * `PATCH /anything/arrays/top-level-payloads`
         */
        readonly patch: {
          (
            body?: T.ArrayTopLevelPrimitivesRequestBody,
            options?: RequestOptions,
          ): Promise<T.ArrayTopLevelPrimitivesResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.arrayTopLevelPrimitives;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.ArrayTopLevelPrimitivesRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.ArrayTopLevelPrimitivesResponse, T.ArrayTopLevelPrimitivesError>>;
        };
      };
    };
    /**
     * `/anything/booleans`
     */
    readonly booleans: {
      /**
       * Boolean support
       *
       * `POST /anything/booleans`
       */
      readonly post: {
        (
          body?: T.BooleanSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.BooleanSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.booleanSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.BooleanSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.BooleanSchemaSupportResponse, T.BooleanSchemaSupportError>>;
      };
      /**
       * Top-level payloads
       *
       * `PATCH /anything/booleans`
       */
      readonly patch: {
        (
          body?: T.BooleanTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<T.BooleanTopLevelResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.booleanTopLevel;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.BooleanTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.BooleanTopLevelResponse, T.BooleanTopLevelError>>;
      };
    };
    /**
     * `/anything/circular`
     */
    readonly circular: {
      /**
       * Nested circular $ref
       *
       * `POST /anything/circular`
       */
      readonly post: {
        (
          body?: T.CircularHandlingRequestBody,
          options?: RequestOptions,
        ): Promise<T.CircularHandlingResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.circularHandling;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.CircularHandlingRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.CircularHandlingResponse, T.CircularHandlingError>>;
      };
      /**
       * Top-level circular $ref
       *
       * `PATCH /anything/circular`
       */
      readonly patch: {
        (
          body?: T.CircularTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<T.CircularTopLevelResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.circularTopLevel;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.CircularTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.CircularTopLevelResponse, T.CircularTopLevelError>>;
      };
    };
    /**
     * `/anything/mixed`
     */
    readonly mixed: {
      /**
       * Mixed support
       *
       * `POST /anything/mixed`
       */
      readonly post: {
        (
          body?: T.MixedSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.MixedSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.mixedSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.MixedSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.MixedSchemaSupportResponse, T.MixedSchemaSupportError>>;
      };
    };
    /**
     * `/anything/null`
     */
    readonly null: {
      /**
       * Null support
       *
       * `POST /anything/null`
       */
      readonly post: {
        (
          body?: T.NullSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.NullSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.nullSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.NullSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.NullSchemaSupportResponse, T.NullSchemaSupportError>>;
      };
    };
    /**
     * `/anything/numbers`
     */
    readonly numbers: {
      /**
       * `format` data types
       *
       * `PUT /anything/numbers`
       */
      readonly put: {
        (
          body?: T.NumberFormatSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.NumberFormatSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.numberFormatSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.NumberFormatSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.NumberFormatSupportResponse, T.NumberFormatSupportError>>;
      };
      /**
       * Number support
       *
       * `POST /anything/numbers`
       */
      readonly post: {
        (
          body?: T.NumberSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.NumberSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.numberSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.NumberSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.NumberSchemaSupportResponse, T.NumberSchemaSupportError>>;
      };
      /**
       * Top-level payloads
       *
       * `PATCH /anything/numbers`
       */
      readonly patch: {
        (
          body?: T.NumberTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<T.NumberTopLevelResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.numberTopLevel;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.NumberTopLevelRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.NumberTopLevelResponse, T.NumberTopLevelError>>;
      };
    };
    /**
     * `/anything/objects`
     */
    readonly objects: {
      /**
       * Object support
       *
       * `POST /anything/objects`
       */
      readonly post: {
        (
          body?: T.ObjectSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.ObjectSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.objectSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.ObjectSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.ObjectSchemaSupportResponse, T.ObjectSchemaSupportError>>;
      };
    };
    /**
     * `/anything/quirks`
     */
    readonly quirks: {
      /**
       * Missing schema type
       *
       * `POST /anything/quirks`
       */
      readonly post: {
        (
          body?: T.QuirksMissingTypeRequestBody,
          options?: RequestOptions,
        ): Promise<T.QuirksMissingTypeResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.quirksMissingType;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.QuirksMissingTypeRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.QuirksMissingTypeResponse, T.QuirksMissingTypeError>>;
      };
      /**
       * `/anything/quirks/polymorphism`
       */
      readonly polymorphism: {
        /**
         * Incompatible allOf schemas on a root requestBody
         *
         * `PUT /anything/quirks/polymorphism`
         */
        readonly put: {
          (
            body: T.QuirksEntirelyIncompatibleAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<T.QuirksEntirelyIncompatibleAllOfResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.quirksEntirelyIncompatibleAllOf;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.QuirksEntirelyIncompatibleAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.QuirksEntirelyIncompatibleAllOfResponse, T.QuirksEntirelyIncompatibleAllOfError>>;
        };
        /**
         * Incompatible nested allOf schemas
         *
         * `POST /anything/quirks/polymorphism`
         */
        readonly post: {
          (
            body: T.QuirksIncompatibleNestedAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<T.QuirksIncompatibleNestedAllOfResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.quirksIncompatibleNestedAllOf;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.QuirksIncompatibleNestedAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.QuirksIncompatibleNestedAllOfResponse, T.QuirksIncompatibleNestedAllOfError>>;
        };
        /**
         * Incompatible allOf schemas on a root requestBody (with other schema properties)
         *
         * `PATCH /anything/quirks/polymorphism`
         */
        readonly patch: {
          (
            body: T.QuirksPartiallyUsableIncompatibleAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<T.QuirksPartiallyUsableIncompatibleAllOfResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.quirksPartiallyUsableIncompatibleAllOf;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.QuirksPartiallyUsableIncompatibleAllOfRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.QuirksPartiallyUsableIncompatibleAllOfResponse, T.QuirksPartiallyUsableIncompatibleAllOfError>>;
        };
      };
    };
    /**
     * `/anything/raw_body`
     */
    readonly rawBody: {
      /**
       * `/anything/raw_body/top-level-payloads`
       */
      readonly topLevelPayloads: {
        /**
         * Top-level RAW_BODY (string)
         *
         * `POST /anything/raw_body/top-level-payloads`
         */
        readonly post: {
          (
            body?: T.RawBodyTopLevelRequestBody,
            options?: RequestOptions,
          ): Promise<T.RawBodyTopLevelResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.rawBodyTopLevel;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.RawBodyTopLevelRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.RawBodyTopLevelResponse, T.RawBodyTopLevelError>>;
        };
        /**
         * Top-level RAW_BODY (JSON)
         *
         * `PATCH /anything/raw_body/top-level-payloads`
         */
        readonly patch: {
          (
            body?: T.RawBodyTopLevelJSONRequestBody,
            options?: RequestOptions,
          ): Promise<T.RawBodyTopLevelJSONResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.rawBodyTopLevelJSON;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.RawBodyTopLevelJSONRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.RawBodyTopLevelJSONResponse, T.RawBodyTopLevelJSONError>>;
        };
      };
    };
    /**
     * `/anything/strings`
     */
    readonly strings: {
      /**
       * `format` data types
       *
       * `PUT /anything/strings`
       */
      readonly put: {
        (
          body?: T.StringFormatSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.StringFormatSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.stringFormatSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.StringFormatSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.StringFormatSupportResponse, T.StringFormatSupportError>>;
      };
      /**
       * String support
       *
       * `POST /anything/strings`
       */
      readonly post: {
        (
          body?: T.StringSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<T.StringSchemaSupportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.stringSchemaSupport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.StringSchemaSupportRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.StringSchemaSupportResponse, T.StringSchemaSupportError>>;
      };
      /**
       * `/anything/strings/top-level-payloads`
       */
      readonly topLevelPayloads: {
        /**
         * Top-level payloads
         *
         * `POST /anything/strings/top-level-payloads`
         */
        readonly post: {
          (
            body?: T.StringTopLevelRequestBody,
            options?: RequestOptions,
          ): Promise<T.StringTopLevelResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.stringTopLevel;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.StringTopLevelRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.StringTopLevelResponse, T.StringTopLevelError>>;
        };
        /**
         * Top-level payloads (JSON)
         *
         * `PATCH /anything/strings/top-level-payloads`
         */
        readonly patch: {
          (
            body?: T.StringTopLevelJSONRequestBody,
            options?: RequestOptions,
          ): Promise<T.StringTopLevelJSONResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.stringTopLevelJSON;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.StringTopLevelJSONRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.StringTopLevelJSONResponse, T.StringTopLevelJSONError>>;
        };
      };
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
