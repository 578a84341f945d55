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
  | T.RunAdminTaskError
  | T.ListReportsError
  | T.GetReportError
  | T.DeleteReportError
  | T.GetStatusError;

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
 * `POST /admin`
 */
export declare function buildRunAdminTaskRequest(parameters?: T.RunAdminTaskParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildRunAdminTaskRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readRunAdminTaskResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.RunAdminTaskResponse, T.RunAdminTaskError>>;

/**
 * `GET /reports`
 */
export declare function buildListReportsRequest(parameters?: T.ListReportsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildListReportsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readListReportsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ListReportsResponse, T.ListReportsError>>;

/**
 * `GET /reports/{reportId}`
 */
export declare function buildGetReportRequest(parameters: T.GetReportParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetReportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetReportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetReportResponse, T.GetReportError>>;

/**
 * `DELETE /reports/{reportId}`
 */
export declare function buildDeleteReportRequest(parameters: T.DeleteReportParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteReportRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteReportResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteReportResponse, T.DeleteReportError>>;

/**
 * `GET /status`
 */
export declare function buildGetStatusRequest(parameters?: T.GetStatusParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatusRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatusResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatusResponse, T.GetStatusError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/admin`
   */
  readonly admin: {
    /**
     * `POST /admin`
     */
    readonly post: {
      (options?: RequestOptions): Promise<T.RunAdminTaskResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.runAdminTask;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.RunAdminTaskResponse, T.RunAdminTaskError>>;
    };
  };
  /**
   * `/reports`
   */
  readonly reports: {
    /**
     * `GET /reports`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.ListReportsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.listReports;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.ListReportsResponse, T.ListReportsError>>;
    };
    /**
     * `/reports/{reportId}`
     */
    byReportId(reportId: string): {
      /**
       * `GET /reports/{reportId}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetReportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getReport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetReportResponse, T.GetReportError>>;
      };
      /**
       * `DELETE /reports/{reportId}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteReportResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteReport;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteReportResponse, T.DeleteReportError>>;
      };
    };
  };
  /**
   * `/status`
   */
  readonly status: {
    /**
     * `GET /status`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetStatusResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getStatus;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.GetStatusResponse, T.GetStatusError>>;
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
   * API keys: one value for every apiKey scheme, or one per scheme by its name in the spec (`cookieKey`, `headerKey`, `queryKey`).
   */
  readonly apiKey?: Secret | {
    /**
     * Security scheme `cookieKey`: the `session` cookie.
     */
    readonly cookieKey?: Secret | undefined;
    /**
     * Security scheme `headerKey`: the `X-API-Key` header.
     */
    readonly headerKey?: Secret | undefined;
    /**
     * Security scheme `queryKey`: the `api_key` query parameter.
     */
    readonly queryKey?: Secret | undefined;
  } | undefined;
  /**
   * HTTP Basic: sent as `Authorization: Basic <base64(username:password)>`.
   */
  readonly basic?: BasicCredentials | (() => BasicCredentials | undefined | Promise<BasicCredentials | undefined>) | undefined;
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
