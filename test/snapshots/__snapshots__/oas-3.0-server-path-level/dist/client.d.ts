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
  | T.GetEmptyOperationServersError
  | T.GetEmptyPathItemServersError
  | T.GetOperationServerVariablesError
  | T.GetPathItemRefServerError
  | T.GetPathItemServerSourceError
  | T.GetRelativeOperationServerError
  | T.GetRelativePathServerError;

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
 * Empty operation-level servers
 *
 * `GET /empty-operation-servers`
 */
export declare function buildGetEmptyOperationServersRequest(parameters?: T.GetEmptyOperationServersParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetEmptyOperationServersRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetEmptyOperationServersResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetEmptyOperationServersResponse, T.GetEmptyOperationServersError>>;

/**
 * Empty path-level servers
 *
 * `GET /empty-path-item-servers`
 */
export declare function buildGetEmptyPathItemServersRequest(parameters?: T.GetEmptyPathItemServersParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetEmptyPathItemServersRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetEmptyPathItemServersResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetEmptyPathItemServersResponse, T.GetEmptyPathItemServersError>>;

/**
 * Operation-level server variables
 *
 * `GET /operation-server-variables`
 */
export declare function buildGetOperationServerVariablesRequest(parameters?: T.GetOperationServerVariablesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOperationServerVariablesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOperationServerVariablesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOperationServerVariablesResponse, T.GetOperationServerVariablesError>>;

/**
 * Path item ref server source
 *
 * `GET /path-item-ref-server`
 */
export declare function buildGetPathItemRefServerRequest(parameters?: T.GetPathItemRefServerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetPathItemRefServerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetPathItemRefServerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetPathItemRefServerResponse, T.GetPathItemRefServerError>>;

/**
 * Path item ref server source
 *
 * `GET /path-item-server-source`
 */
export declare function buildGetPathItemServerSourceRequest(parameters?: T.GetPathItemServerSourceParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetPathItemServerSourceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetPathItemServerSourceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetPathItemServerSourceResponse, T.GetPathItemServerSourceError>>;

/**
 * Relative operation-level server
 *
 * `GET /relative-operation-server`
 */
export declare function buildGetRelativeOperationServerRequest(parameters?: T.GetRelativeOperationServerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetRelativeOperationServerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetRelativeOperationServerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetRelativeOperationServerResponse, T.GetRelativeOperationServerError>>;

/**
 * Relative path-level server
 *
 * `GET /relative-path-server`
 */
export declare function buildGetRelativePathServerRequest(parameters?: T.GetRelativePathServerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetRelativePathServerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetRelativePathServerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetRelativePathServerResponse, T.GetRelativePathServerError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/empty-operation-servers`
   */
  readonly emptyOperationServers: {
    /**
     * Empty operation-level servers
     *
     * `GET /empty-operation-servers`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetEmptyOperationServersResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getEmptyOperationServers;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetEmptyOperationServersResponse, T.GetEmptyOperationServersError>>;
    };
  };
  /**
   * `/empty-path-item-servers`
   */
  readonly emptyPathItemServers: {
    /**
     * Empty path-level servers
     *
     * `GET /empty-path-item-servers`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetEmptyPathItemServersResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getEmptyPathItemServers;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetEmptyPathItemServersResponse, T.GetEmptyPathItemServersError>>;
    };
  };
  /**
   * `/operation-server-variables`
   */
  readonly operationServerVariables: {
    /**
     * Operation-level server variables
     *
     * `GET /operation-server-variables`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetOperationServerVariablesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getOperationServerVariables;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetOperationServerVariablesResponse, T.GetOperationServerVariablesError>>;
    };
  };
  /**
   * `/path-item-ref-server`
   */
  readonly pathItemRefServer: {
    /**
     * Path item ref server source
     *
     * `GET /path-item-ref-server`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetPathItemRefServerResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getPathItemRefServer;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetPathItemRefServerResponse, T.GetPathItemRefServerError>>;
    };
  };
  /**
   * `/path-item-server-source`
   */
  readonly pathItemServerSource: {
    /**
     * Path item ref server source
     *
     * `GET /path-item-server-source`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetPathItemServerSourceResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getPathItemServerSource;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetPathItemServerSourceResponse, T.GetPathItemServerSourceError>>;
    };
  };
  /**
   * `/relative-operation-server`
   */
  readonly relativeOperationServer: {
    /**
     * Relative operation-level server
     *
     * `GET /relative-operation-server`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetRelativeOperationServerResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getRelativeOperationServer;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetRelativeOperationServerResponse, T.GetRelativeOperationServerError>>;
    };
  };
  /**
   * `/relative-path-server`
   */
  readonly relativePathServer: {
    /**
     * Relative path-level server
     *
     * `GET /relative-path-server`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetRelativePathServerResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getRelativePathServer;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetRelativePathServerResponse, T.GetRelativePathServerError>>;
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
