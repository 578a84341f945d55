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
  | T.GetAnythingByIdError
  | T.PostAnythingByIdError
  | T.GetAnythingByIdOverrideError
  | T.GetAnythingByIdByActionError
  | T.GetAnythingByIdByActionByIdError;

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
 * [get] Summary
 *
 * `GET /anything/{id}`
 */
export declare function buildGetAnythingByIdRequest(parameters: T.GetAnythingByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingByIdResponse, T.GetAnythingByIdError>>;

/**
 * [post] Summary
 *
 * `POST /anything/{id}`
 */
export declare function buildPostAnythingByIdRequest(parameters: T.PostAnythingByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingByIdResponse, T.PostAnythingByIdError>>;

/**
 * `GET /anything/{id}/override`
 */
export declare function buildGetAnythingByIdOverrideRequest(parameters: T.GetAnythingByIdOverrideParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingByIdOverrideRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingByIdOverrideResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingByIdOverrideResponse, T.GetAnythingByIdOverrideError>>;

/**
 * [get] Summary
 *
 * `GET /anything/{id}/{action}`
 */
export declare function buildGetAnythingByIdByActionRequest(parameters: T.GetAnythingByIdByActionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingByIdByActionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingByIdByActionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingByIdByActionResponse, T.GetAnythingByIdByActionError>>;

/**
 * [get] Summary
 *
 * `GET /anything/{id}/{action}/{id}`
 */
export declare function buildGetAnythingByIdByActionByIdRequest(parameters: T.GetAnythingByIdByActionByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingByIdByActionByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingByIdByActionByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingByIdByActionByIdResponse, T.GetAnythingByIdByActionByIdError>>;

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
     * `/anything/{id}`
     */
    byId(id: (number) & (string)): {
      /**
       * [get] Summary
       *
       * `GET /anything/{id}`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetAnythingByIdParameters, 'header'>
        ): Promise<T.GetAnythingByIdResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingById;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetAnythingByIdParameters, 'header'>
        ): Promise<ApiResult<T.GetAnythingByIdResponse, T.GetAnythingByIdError>>;
      };
      /**
       * [post] Summary
       *
       * `POST /anything/{id}`
       */
      readonly post: {
        (
          options?: RequestOptions & Pick<T.PostAnythingByIdParameters, 'query' | 'header'>
        ): Promise<T.PostAnythingByIdResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingById;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.PostAnythingByIdParameters, 'query' | 'header'>
        ): Promise<ApiResult<T.PostAnythingByIdResponse, T.PostAnythingByIdError>>;
      };
      /**
       * `/anything/{id}/override`
       */
      readonly override: {
        /**
         * `GET /anything/{id}/override`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetAnythingByIdOverrideResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getAnythingByIdOverride;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetAnythingByIdOverrideResponse, T.GetAnythingByIdOverrideError>>;
        };
      };
      /**
       * `/anything/{id}/{action}`
       */
      byAction(action: 'lists' | 'statistics'): {
        /**
         * [get] Summary
         *
         * `GET /anything/{id}/{action}`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetAnythingByIdByActionResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getAnythingByIdByAction;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetAnythingByIdByActionResponse, T.GetAnythingByIdByActionError>>;
        };
        /**
         * `/anything/{id}/{action}/{id}`
         */
        byId(id2: number): {
          /**
           * [get] Summary
           *
           * `GET /anything/{id}/{action}/{id}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetAnythingByIdByActionByIdResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAnythingByIdByActionById;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.GetAnythingByIdByActionByIdResponse, T.GetAnythingByIdByActionByIdError>>;
          };
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
