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
  | T.GetAnythingApiKeyError
  | T.PutAnythingApiKeyError
  | T.PostAnythingApiKeyError
  | T.PostAnythingBasicError
  | T.PutAnythingBearerError
  | T.PostAnythingBearerError
  | T.PostAnythingMutualTLSError
  | T.PostAnythingNoAuthError
  | T.GetAnythingOauth2Error
  | T.PutAnythingOauth2Error
  | T.PostAnythingOauth2Error
  | T.DeleteAnythingOauth2Error
  | T.PatchAnythingOauth2Error
  | T.PostAnythingOpenIdConnectError
  | T.PostStatus401Error;

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
 * Query parameter
 *
 * `GET /anything/apiKey`
 */
export declare function buildGetAnythingApiKeyRequest(parameters?: T.GetAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingApiKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingApiKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingApiKeyResponse, T.GetAnythingApiKeyError>>;

/**
 * Header
 *
 * `PUT /anything/apiKey`
 */
export declare function buildPutAnythingApiKeyRequest(parameters?: T.PutAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutAnythingApiKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutAnythingApiKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutAnythingApiKeyResponse, T.PutAnythingApiKeyError>>;

/**
 * Cookie
 *
 * `POST /anything/apiKey`
 */
export declare function buildPostAnythingApiKeyRequest(parameters?: T.PostAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingApiKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingApiKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingApiKeyResponse, T.PostAnythingApiKeyError>>;

/**
 * Basic
 *
 * `POST /anything/basic`
 */
export declare function buildPostAnythingBasicRequest(parameters?: T.PostAnythingBasicParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingBasicRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingBasicResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingBasicResponse, T.PostAnythingBasicError>>;

/**
 * Bearer (`jwt` format)
 *
 * `PUT /anything/bearer`
 */
export declare function buildPutAnythingBearerRequest(parameters?: T.PutAnythingBearerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutAnythingBearerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutAnythingBearerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutAnythingBearerResponse, T.PutAnythingBearerError>>;

/**
 * Bearer
 *
 * `POST /anything/bearer`
 */
export declare function buildPostAnythingBearerRequest(parameters?: T.PostAnythingBearerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingBearerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingBearerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingBearerResponse, T.PostAnythingBearerError>>;

/**
 * `mutualTLS` auth
 *
 * `POST /anything/mutualTLS`
 */
export declare function buildPostAnythingMutualTLSRequest(parameters?: T.PostAnythingMutualTLSParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingMutualTLSRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingMutualTLSResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingMutualTLSResponse, T.PostAnythingMutualTLSError>>;

/**
 * No auth requirements
 *
 * `POST /anything/no-auth`
 */
export declare function buildPostAnythingNoAuthRequest(parameters?: T.PostAnythingNoAuthParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingNoAuthRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingNoAuthResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingNoAuthResponse, T.PostAnythingNoAuthError>>;

/**
 * General support (authorizationCode flow type)
 *
 * `GET /anything/oauth2`
 */
export declare function buildGetAnythingOauth2Request(parameters?: T.GetAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnythingOauth2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnythingOauth2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnythingOauth2Response, T.GetAnythingOauth2Error>>;

/**
 * General support (clientCredentials flow type)
 *
 * `PUT /anything/oauth2`
 */
export declare function buildPutAnythingOauth2Request(parameters?: T.PutAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutAnythingOauth2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutAnythingOauth2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutAnythingOauth2Response, T.PutAnythingOauth2Error>>;

/**
 * General support (all flow types)
 *
 * `POST /anything/oauth2`
 */
export declare function buildPostAnythingOauth2Request(parameters?: T.PostAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingOauth2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingOauth2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingOauth2Response, T.PostAnythingOauth2Error>>;

/**
 * General support (password flow type)
 *
 * `DELETE /anything/oauth2`
 */
export declare function buildDeleteAnythingOauth2Request(parameters?: T.DeleteAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteAnythingOauth2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteAnythingOauth2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteAnythingOauth2Response, T.DeleteAnythingOauth2Error>>;

/**
 * General support (implicit flow type)
 *
 * `PATCH /anything/oauth2`
 */
export declare function buildPatchAnythingOauth2Request(parameters?: T.PatchAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchAnythingOauth2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchAnythingOauth2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchAnythingOauth2Response, T.PatchAnythingOauth2Error>>;

/**
 * General support
 *
 * `POST /anything/openIdConnect`
 */
export declare function buildPostAnythingOpenIdConnectRequest(parameters?: T.PostAnythingOpenIdConnectParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingOpenIdConnectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingOpenIdConnectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingOpenIdConnectResponse, T.PostAnythingOpenIdConnectError>>;

/**
 * Forced invalid authentication
 *
 * `POST /status/401`
 */
export declare function buildPostStatus401Request(parameters?: T.PostStatus401Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostStatus401Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostStatus401Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostStatus401Response, T.PostStatus401Error>>;

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
     * `/anything/apiKey`
     */
    readonly apiKey: {
      /**
       * Query parameter
       *
       * `GET /anything/apiKey`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingApiKeyResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingApiKey;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingApiKeyResponse, T.GetAnythingApiKeyError>>;
      };
      /**
       * Header
       *
       * `PUT /anything/apiKey`
       */
      readonly put: {
        (options?: RequestOptions): Promise<T.PutAnythingApiKeyResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.putAnythingApiKey;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PutAnythingApiKeyResponse, T.PutAnythingApiKeyError>>;
      };
      /**
       * Cookie
       *
       * `POST /anything/apiKey`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingApiKeyResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingApiKey;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingApiKeyResponse, T.PostAnythingApiKeyError>>;
      };
    };
    /**
     * `/anything/basic`
     */
    readonly basic: {
      /**
       * Basic
       *
       * `POST /anything/basic`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingBasicResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingBasic;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingBasicResponse, T.PostAnythingBasicError>>;
      };
    };
    /**
     * `/anything/bearer`
     */
    readonly bearer: {
      /**
       * Bearer (`jwt` format)
       *
       * `PUT /anything/bearer`
       */
      readonly put: {
        (options?: RequestOptions): Promise<T.PutAnythingBearerResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.putAnythingBearer;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PutAnythingBearerResponse, T.PutAnythingBearerError>>;
      };
      /**
       * Bearer
       *
       * `POST /anything/bearer`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingBearerResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingBearer;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingBearerResponse, T.PostAnythingBearerError>>;
      };
    };
    /**
     * `/anything/mutualTLS`
     */
    readonly mutualTLS: {
      /**
       * `mutualTLS` auth
       *
       * `POST /anything/mutualTLS`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingMutualTLSResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingMutualTLS;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingMutualTLSResponse, T.PostAnythingMutualTLSError>>;
      };
    };
    /**
     * `/anything/no-auth`
     */
    readonly noAuth: {
      /**
       * No auth requirements
       *
       * `POST /anything/no-auth`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingNoAuthResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingNoAuth;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingNoAuthResponse, T.PostAnythingNoAuthError>>;
      };
    };
    /**
     * `/anything/oauth2`
     */
    readonly oauth2: {
      /**
       * General support (authorizationCode flow type)
       *
       * `GET /anything/oauth2`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAnythingOauth2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnythingOauth2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAnythingOauth2Response, T.GetAnythingOauth2Error>>;
      };
      /**
       * General support (clientCredentials flow type)
       *
       * `PUT /anything/oauth2`
       */
      readonly put: {
        (options?: RequestOptions): Promise<T.PutAnythingOauth2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.putAnythingOauth2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PutAnythingOauth2Response, T.PutAnythingOauth2Error>>;
      };
      /**
       * General support (all flow types)
       *
       * `POST /anything/oauth2`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingOauth2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingOauth2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingOauth2Response, T.PostAnythingOauth2Error>>;
      };
      /**
       * General support (password flow type)
       *
       * `DELETE /anything/oauth2`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteAnythingOauth2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteAnythingOauth2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteAnythingOauth2Response, T.DeleteAnythingOauth2Error>>;
      };
      /**
       * General support (implicit flow type)
       *
       * `PATCH /anything/oauth2`
       */
      readonly patch: {
        (options?: RequestOptions): Promise<T.PatchAnythingOauth2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.patchAnythingOauth2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PatchAnythingOauth2Response, T.PatchAnythingOauth2Error>>;
      };
    };
    /**
     * `/anything/openIdConnect`
     */
    readonly openIdConnect: {
      /**
       * General support
       *
       * `POST /anything/openIdConnect`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostAnythingOpenIdConnectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingOpenIdConnect;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostAnythingOpenIdConnectResponse, T.PostAnythingOpenIdConnectError>>;
      };
    };
  };
  /**
   * `/status`
   */
  readonly status: {
    /**
     * `/status/401`
     */
    readonly _401: {
      /**
       * Forced invalid authentication
       *
       * `POST /status/401`
       */
      readonly post: {
        (options?: RequestOptions): Promise<T.PostStatus401Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postStatus401;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.PostStatus401Response, T.PostStatus401Error>>;
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
   * API keys: one value for every apiKey scheme, or one per scheme by its name in the spec (`apiKey_cookie`, `apiKey_header`, `apiKey_query`).
   */
  readonly apiKey?: Secret | {
    /**
     * Security scheme `apiKey_cookie`: the `api_key` cookie.
     */
    readonly apiKey_cookie?: Secret | undefined;
    /**
     * Security scheme `apiKey_header`: the `X-API-KEY` header.
     */
    readonly apiKey_header?: Secret | undefined;
    /**
     * Security scheme `apiKey_query`: the `apiKey` query parameter.
     */
    readonly apiKey_query?: Secret | undefined;
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
