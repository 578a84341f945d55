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
  | T.GetAnythingArrayOfObjectsError
  | T.GetAnythingArrayOfPrimitivesError
  | T.GetAnythingMarkdownError
  | T.GetAnythingObjectError
  | T.GetAnythingPolymorphismError
  | T.GetAnythingRecursiveError
  | T.GetAnythingReturnsAsJsonButIsActuallyStringError
  | T.GetMultipleResponsesObjectError;

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
 * Array of objects
 *
 * `GET /anything/array-of-objects`
 */
export declare function buildGetAnythingArrayOfObjectsRequest(parameters?: T.GetAnythingArrayOfObjectsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingArrayOfObjectsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingArrayOfObjectsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingArrayOfObjectsResponse, T.GetAnythingArrayOfObjectsError>>;

/**
 * Array of primitives
 *
 * `GET /anything/array-of-primitives`
 */
export declare function buildGetAnythingArrayOfPrimitivesRequest(parameters?: T.GetAnythingArrayOfPrimitivesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingArrayOfPrimitivesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingArrayOfPrimitivesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingArrayOfPrimitivesResponse, T.GetAnythingArrayOfPrimitivesError>>;

/**
 * Markdown
 *
 * `GET /anything/markdown`
 */
export declare function buildGetAnythingMarkdownRequest(parameters?: T.GetAnythingMarkdownParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingMarkdownRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingMarkdownResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingMarkdownResponse, T.GetAnythingMarkdownError>>;

/**
 * Object (also demonstrates readonly/writeonly)
 *
 * `GET /anything/object`
 */
export declare function buildGetAnythingObjectRequest(parameters?: T.GetAnythingObjectParameters, body?: T.GetAnythingObjectRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingObjectResponse, T.GetAnythingObjectError>>;

/**
 * Polymorphism
 *
 * `GET /anything/polymorphism`
 */
export declare function buildGetAnythingPolymorphismRequest(parameters?: T.GetAnythingPolymorphismParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingPolymorphismRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingPolymorphismResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingPolymorphismResponse, T.GetAnythingPolymorphismError>>;

/**
 * Recursive $ref lookup
 *
 * `GET /anything/recursive`
 */
export declare function buildGetAnythingRecursiveRequest(parameters?: T.GetAnythingRecursiveParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingRecursiveRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingRecursiveResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingRecursiveResponse, T.GetAnythingRecursiveError>>;

/**
 * Returns as JSON, but is actually a simple string
 *
 * `GET /anything/returns-as-json-but-is-actually-string`
 */
export declare function buildGetAnythingReturnsAsJsonButIsActuallyStringRequest(parameters?: T.GetAnythingReturnsAsJsonButIsActuallyStringParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingReturnsAsJsonButIsActuallyStringRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingReturnsAsJsonButIsActuallyStringResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse, T.GetAnythingReturnsAsJsonButIsActuallyStringError>>;

/**
 * Object
 *
 * `GET /multiple-responses/object`
 */
export declare function buildGetMultipleResponsesObjectRequest(parameters?: T.GetMultipleResponsesObjectParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMultipleResponsesObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMultipleResponsesObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMultipleResponsesObjectResponse, T.GetMultipleResponsesObjectError>>;

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
     * `/anything/array-of-objects`
     */
    readonly arrayOfObjects: {
      /**
       * Array of objects
       *
       * `GET /anything/array-of-objects`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingArrayOfObjectsResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingArrayOfObjects;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingArrayOfObjectsResponse, T.GetAnythingArrayOfObjectsError>>;
      };
    };
    /**
     * `/anything/array-of-primitives`
     */
    readonly arrayOfPrimitives: {
      /**
       * Array of primitives
       *
       * `GET /anything/array-of-primitives`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingArrayOfPrimitivesResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingArrayOfPrimitives;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingArrayOfPrimitivesResponse, T.GetAnythingArrayOfPrimitivesError>>;
      };
    };
    /**
     * `/anything/markdown`
     */
    readonly markdown: {
      /**
       * Markdown
       *
       * `GET /anything/markdown`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingMarkdownResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingMarkdown;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingMarkdownResponse, T.GetAnythingMarkdownError>>;
      };
    };
    /**
     * `/anything/object`
     */
    readonly object: {
      /**
       * Object (also demonstrates readonly/writeonly)
       *
       * `GET /anything/object`
       */
      readonly get: {
        (
          body?: T.GetAnythingObjectRequestBody,
          options?: RequestOptions,
        ): Promise<T.GetAnythingObjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingObject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.GetAnythingObjectRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.GetAnythingObjectResponse, T.GetAnythingObjectError>>;
      };
    };
    /**
     * `/anything/polymorphism`
     */
    readonly polymorphism: {
      /**
       * Polymorphism
       *
       * `GET /anything/polymorphism`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingPolymorphismResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingPolymorphism;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingPolymorphismResponse, T.GetAnythingPolymorphismError>>;
      };
    };
    /**
     * `/anything/recursive`
     */
    readonly recursive: {
      /**
       * Recursive $ref lookup
       *
       * `GET /anything/recursive`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingRecursiveResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingRecursive;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingRecursiveResponse, T.GetAnythingRecursiveError>>;
      };
    };
    /**
     * `/anything/returns-as-json-but-is-actually-string`
     */
    readonly returnsAsJsonButIsActuallyString: {
      /**
       * Returns as JSON, but is actually a simple string
       *
       * `GET /anything/returns-as-json-but-is-actually-string`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingReturnsAsJsonButIsActuallyString;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse, T.GetAnythingReturnsAsJsonButIsActuallyStringError>>;
      };
    };
  };
  /**
   * `/multiple-responses`
   */
  readonly multipleResponses: {
    /**
     * `/multiple-responses/object`
     */
    readonly object: {
      /**
       * Object
       *
       * `GET /multiple-responses/object`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetMultipleResponsesObjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMultipleResponsesObject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetMultipleResponsesObjectResponse, T.GetMultipleResponsesObjectError>>;
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
