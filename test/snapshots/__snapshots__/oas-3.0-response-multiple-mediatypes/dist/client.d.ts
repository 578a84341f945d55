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
  | T.PostMultipleTypesMultipleExamplesError
  | T.PostMultipleTypesSingleExampleError
  | T.GetSingleTypeMultipleExamplesError
  | T.GetSingleTypeSingleExampleError;

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
 * Multiple response types with multiple examples
 *
 * `POST /multiple-types-multiple-examples`
 */
export declare function buildPostMultipleTypesMultipleExamplesRequest(parameters?: T.PostMultipleTypesMultipleExamplesParameters, body?: T.PostMultipleTypesMultipleExamplesRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMultipleTypesMultipleExamplesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMultipleTypesMultipleExamplesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMultipleTypesMultipleExamplesResponse, T.PostMultipleTypesMultipleExamplesError>>;

/**
 * Multiple response types with a single example
 *
 * `POST /multiple-types-single-example`
 */
export declare function buildPostMultipleTypesSingleExampleRequest(parameters?: T.PostMultipleTypesSingleExampleParameters, body?: T.PostMultipleTypesSingleExampleRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMultipleTypesSingleExampleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMultipleTypesSingleExampleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMultipleTypesSingleExampleResponse, T.PostMultipleTypesSingleExampleError>>;

/**
 * Single media type with multiple examples
 *
 * `GET /single-type-multiple-examples`
 */
export declare function buildGetSingleTypeMultipleExamplesRequest(parameters?: T.GetSingleTypeMultipleExamplesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSingleTypeMultipleExamplesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSingleTypeMultipleExamplesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSingleTypeMultipleExamplesResponse, T.GetSingleTypeMultipleExamplesError>>;

/**
 * Single media type with a single example
 *
 * `GET /single-type-single-example`
 */
export declare function buildGetSingleTypeSingleExampleRequest(parameters?: T.GetSingleTypeSingleExampleParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSingleTypeSingleExampleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSingleTypeSingleExampleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSingleTypeSingleExampleResponse, T.GetSingleTypeSingleExampleError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/multiple-types-multiple-examples`
   */
  readonly multipleTypesMultipleExamples: {
    /**
     * Multiple response types with multiple examples
     *
     * `POST /multiple-types-multiple-examples`
     */
    readonly post: {
      (
        body?: T.PostMultipleTypesMultipleExamplesRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostMultipleTypesMultipleExamplesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postMultipleTypesMultipleExamples;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PostMultipleTypesMultipleExamplesRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostMultipleTypesMultipleExamplesResponse, T.PostMultipleTypesMultipleExamplesError>>;
    };
  };
  /**
   * `/multiple-types-single-example`
   */
  readonly multipleTypesSingleExample: {
    /**
     * Multiple response types with a single example
     *
     * `POST /multiple-types-single-example`
     */
    readonly post: {
      (
        body?: T.PostMultipleTypesSingleExampleRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostMultipleTypesSingleExampleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postMultipleTypesSingleExample;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PostMultipleTypesSingleExampleRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostMultipleTypesSingleExampleResponse, T.PostMultipleTypesSingleExampleError>>;
    };
  };
  /**
   * `/single-type-multiple-examples`
   */
  readonly singleTypeMultipleExamples: {
    /**
     * Single media type with multiple examples
     *
     * `GET /single-type-multiple-examples`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetSingleTypeMultipleExamplesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSingleTypeMultipleExamples;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetSingleTypeMultipleExamplesResponse, T.GetSingleTypeMultipleExamplesError>>;
    };
  };
  /**
   * `/single-type-single-example`
   */
  readonly singleTypeSingleExample: {
    /**
     * Single media type with a single example
     *
     * `GET /single-type-single-example`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetSingleTypeSingleExampleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSingleTypeSingleExample;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetSingleTypeSingleExampleResponse, T.GetSingleTypeSingleExampleError>>;
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
