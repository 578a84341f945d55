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
  | T.XCodeSamplesError
  | T.XReadmeCodeSamplesError
  | T.XReadmeExplorerEnabledError
  | T.XExplorerEnabledError
  | T.XReadmeHeadersError
  | T.XHeadersError
  | T.XReadmeProxyEnabledError
  | T.XProxyEnabledError
  | T.XReadmeSamplesLanguagesError
  | T.XSamplesLanguagesError;

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
 * Custom code samples with the "x-code-samples" extension
 *
 * `GET /x-code-samples`
 */
export declare function buildXCodeSamplesRequest(parameters?: T.XCodeSamplesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXCodeSamplesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXCodeSamplesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XCodeSamplesResponse, T.XCodeSamplesError>>;

/**
 * Custom code samples with the "x-readme.code-samples" extension
 *
 * `POST /x-code-samples`
 */
export declare function buildXReadmeCodeSamplesRequest(parameters?: T.XReadmeCodeSamplesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXReadmeCodeSamplesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXReadmeCodeSamplesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XReadmeCodeSamplesResponse, T.XReadmeCodeSamplesError>>;

/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 *
 * `POST /x-explorer-enabled`
 */
export declare function buildXReadmeExplorerEnabledRequest(parameters: (T.XReadmeExplorerEnabledParameters | undefined) | undefined, body: T.XReadmeExplorerEnabledRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXReadmeExplorerEnabledRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXReadmeExplorerEnabledResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XReadmeExplorerEnabledResponse, T.XReadmeExplorerEnabledError>>;

/**
 * Disable interactivity with the "x-explorer-enabled" extension
 *
 * `PATCH /x-explorer-enabled`
 */
export declare function buildXExplorerEnabledRequest(parameters: (T.XExplorerEnabledParameters | undefined) | undefined, body: T.XExplorerEnabledRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXExplorerEnabledRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXExplorerEnabledResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XExplorerEnabledResponse, T.XExplorerEnabledError>>;

/**
 * Static headers with the "x-readme.headers" extension
 *
 * `POST /x-headers`
 */
export declare function buildXReadmeHeadersRequest(parameters?: T.XReadmeHeadersParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXReadmeHeadersRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXReadmeHeadersResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XReadmeHeadersResponse, T.XReadmeHeadersError>>;

/**
 * Static headers with the "x-headers" extension
 *
 * `PATCH /x-headers`
 */
export declare function buildXHeadersRequest(parameters?: T.XHeadersParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXHeadersRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXHeadersResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XHeadersResponse, T.XHeadersError>>;

/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 *
 * `POST /x-proxy-enabled`
 */
export declare function buildXReadmeProxyEnabledRequest(parameters?: T.XReadmeProxyEnabledParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXReadmeProxyEnabledRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXReadmeProxyEnabledResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XReadmeProxyEnabledResponse, T.XReadmeProxyEnabledError>>;

/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 *
 * `PATCH /x-proxy-enabled`
 */
export declare function buildXProxyEnabledRequest(parameters?: T.XProxyEnabledParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXProxyEnabledRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXProxyEnabledResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XProxyEnabledResponse, T.XProxyEnabledError>>;

/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 *
 * `GET /x-samples-languages`
 */
export declare function buildXReadmeSamplesLanguagesRequest(parameters?: T.XReadmeSamplesLanguagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXReadmeSamplesLanguagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXReadmeSamplesLanguagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XReadmeSamplesLanguagesResponse, T.XReadmeSamplesLanguagesError>>;

/**
 * Control available code sample languages the "x-samples-languages" extension
 *
 * `POST /x-samples-languages`
 */
export declare function buildXSamplesLanguagesRequest(parameters?: T.XSamplesLanguagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildXSamplesLanguagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readXSamplesLanguagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.XSamplesLanguagesResponse, T.XSamplesLanguagesError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/x-code-samples`
   */
  readonly xCodeSamples: {
    /**
     * Custom code samples with the "x-code-samples" extension
     *
     * `GET /x-code-samples`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.XCodeSamplesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xCodeSamples;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XCodeSamplesResponse, T.XCodeSamplesError>>;
    };
    /**
     * Custom code samples with the "x-readme.code-samples" extension
     *
     * `POST /x-code-samples`
     */
    readonly post: {
      (options?: RequestOptions): Promise<T.XReadmeCodeSamplesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xReadmeCodeSamples;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XReadmeCodeSamplesResponse, T.XReadmeCodeSamplesError>>;
    };
  };
  /**
   * `/x-explorer-enabled`
   */
  readonly xExplorerEnabled: {
    /**
     * Disable interactivity with the "x-readme.explorer-enabled" extension
     *
     * `POST /x-explorer-enabled`
     */
    readonly post: {
      (
        body: T.XReadmeExplorerEnabledRequestBody,
        options?: RequestOptions,
      ): Promise<T.XReadmeExplorerEnabledResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xReadmeExplorerEnabled;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.XReadmeExplorerEnabledRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.XReadmeExplorerEnabledResponse, T.XReadmeExplorerEnabledError>>;
    };
    /**
     * Disable interactivity with the "x-explorer-enabled" extension
     *
     * `PATCH /x-explorer-enabled`
     */
    readonly patch: {
      (
        body: T.XExplorerEnabledRequestBody,
        options?: RequestOptions,
      ): Promise<T.XExplorerEnabledResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xExplorerEnabled;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.XExplorerEnabledRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.XExplorerEnabledResponse, T.XExplorerEnabledError>>;
    };
  };
  /**
   * `/x-headers`
   */
  readonly xHeaders: {
    /**
     * Static headers with the "x-readme.headers" extension
     *
     * `POST /x-headers`
     */
    readonly post: {
      (options?: RequestOptions): Promise<T.XReadmeHeadersResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xReadmeHeaders;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XReadmeHeadersResponse, T.XReadmeHeadersError>>;
    };
    /**
     * Static headers with the "x-headers" extension
     *
     * `PATCH /x-headers`
     */
    readonly patch: {
      (options?: RequestOptions): Promise<T.XHeadersResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xHeaders;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.XHeadersResponse, T.XHeadersError>>;
    };
  };
  /**
   * `/x-proxy-enabled`
   */
  readonly xProxyEnabled: {
    /**
     * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
     *
     * `POST /x-proxy-enabled`
     */
    readonly post: {
      (options?: RequestOptions): Promise<T.XReadmeProxyEnabledResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xReadmeProxyEnabled;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XReadmeProxyEnabledResponse, T.XReadmeProxyEnabledError>>;
    };
    /**
     * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
     *
     * `PATCH /x-proxy-enabled`
     */
    readonly patch: {
      (options?: RequestOptions): Promise<T.XProxyEnabledResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xProxyEnabled;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XProxyEnabledResponse, T.XProxyEnabledError>>;
    };
  };
  /**
   * `/x-samples-languages`
   */
  readonly xSamplesLanguages: {
    /**
     * Control available code sample languages the "x-readme.samples-languages" extension
     *
     * `GET /x-samples-languages`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.XReadmeSamplesLanguagesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xReadmeSamplesLanguages;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XReadmeSamplesLanguagesResponse, T.XReadmeSamplesLanguagesError>>;
    };
    /**
     * Control available code sample languages the "x-samples-languages" extension
     *
     * `POST /x-samples-languages`
     */
    readonly post: {
      (options?: RequestOptions): Promise<T.XSamplesLanguagesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.xSamplesLanguages;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.XSamplesLanguagesResponse, T.XSamplesLanguagesError>>;
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
