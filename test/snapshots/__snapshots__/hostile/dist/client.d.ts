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
  | T.GetItem5Error
  | T.GlobalThisPwned1Error
  | T.GetItemError
  | T.DeleteError
  | T.GetItem2Error
  | T.GetItem3Error
  | T.GetItem4Error
  | T.Proto2Error
  | T.ToString2Error
  | T.Constructor2Error
  | T._1opError;

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
 * `GET /items`
 */
export declare function buildGetItem5Request(parameters?: T.GetItem5Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetItem5Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetItem5Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetItem5Response, T.GetItem5Error>>;

/**
 * `PUT /items`
 */
export declare function buildGlobalThisPwned1Request(parameters?: T.GlobalThisPwned1Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGlobalThisPwned1Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGlobalThisPwned1Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GlobalThisPwned1Response, T.GlobalThisPwned1Error>>;

/**
 * `POST /items`
 */
export declare function buildGetItemRequest(parameters: (T.GetItemParameters | undefined) | undefined, body: T.GetItemRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetItemRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetItemResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetItemResponse, T.GetItemError>>;

/**
 * `DELETE /items`
 */
export declare function buildDeleteRequest(parameters?: T.DeleteParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteResponse, T.DeleteError>>;

/**
 * `GET /items/{id}`
 */
export declare function buildGetItem2Request(parameters: T.GetItem2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetItem2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetItem2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetItem2Response, T.GetItem2Error>>;

/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 *
 * `GET /items/{item-id}/sub.path/{odd.name}`
 */
export declare function buildGetItem3Request(parameters: T.GetItem3Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetItem3Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetItem3Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetItem3Response, T.GetItem3Error>>;

/**
 * `PATCH /items/{item-id}/sub.path/{odd.name}`
 */
export declare function buildGetItem4Request(parameters: T.GetItem4Parameters, body?: T.GetItem4RequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetItem4Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetItem4Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetItem4Response, T.GetItem4Error>>;

/**
 * `GET /things/__proto__/constructor`
 */
export declare function buildProto2Request(parameters?: T.Proto2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildProto2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readProto2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.Proto2Response, T.Proto2Error>>;

/**
 * `PUT /things/__proto__/constructor`
 */
export declare function buildToString2Request(parameters?: T.ToString2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildToString2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readToString2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ToString2Response, T.ToString2Error>>;

/**
 * `POST /things/__proto__/constructor`
 */
export declare function buildConstructor2Request(parameters?: T.Constructor2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildConstructor2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readConstructor2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.Constructor2Response, T.Constructor2Error>>;

/**
 * `DELETE /things/__proto__/constructor`
 */
export declare function build_1opRequest(parameters?: T._1opParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `build_1opRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function read_1opResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T._1opResponse, T._1opError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/items`
   */
  readonly items: {
    /**
     * `GET /items`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetItem5Response>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getItem5;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.GetItem5Response, T.GetItem5Error>>;
    };
    /**
     * `PUT /items`
     */
    readonly put: {
      (options?: RequestOptions): Promise<T.GlobalThisPwned1Response>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.globalThisPwned1;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GlobalThisPwned1Response, T.GlobalThisPwned1Error>>;
    };
    /**
     * `POST /items`
     */
    readonly post: {
      (body: T.GetItemRequestBody, options?: RequestOptions): Promise<T.GetItemResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getItem;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.GetItemRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.GetItemResponse, T.GetItemError>>;
    };
    /**
     * `DELETE /items`
     */
    readonly delete: {
      (options?: RequestOptions): Promise<T.DeleteResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.delete_;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.DeleteResponse, T.DeleteError>>;
    };
    /**
     * `/items/{id}`
     */
    byId(id: string): {
      /**
       * `GET /items/{id}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetItem2Response>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getItem2;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetItem2Response, T.GetItem2Error>>;
      };
    };
    /**
     * `/items/{item-id}`
     */
    byItemId(itemId: string): {
      /**
       * `/items/{item-id}/sub.path`
       */
      readonly subPath: {
        /**
         * `/items/{item-id}/sub.path/{odd.name}`
         */
        byOddName(
          oddName:
            | 'plain'
            | 'dq"'
            | "sq'"
            | 'back`tick'
            | '${x}'
            | 'back\\slash'
            | 'new\nline'
            | 'nul\u0000'
            | 'ls\u2028ps\u2029'
            | '__proto__'
            | 'constructor'
            | 'toString'
            | '*/ ; globalThis.pwned = 1; /*'
            | '"]; globalThis.pwned = 1; //'
            | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}'
            | '\ud83d\ude00'
        ): {
          /**
           * Summary *\/ ; globalThis.pwned = 1; /* `tick`
           *
           * `GET /items/{item-id}/sub.path/{odd.name}`
           */
          readonly get: {
            (
              options?: RequestOptions & Pick<T.GetItem3Parameters, 'query' | 'header'>
            ): Promise<T.GetItem3Response>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getItem3;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions & Pick<T.GetItem3Parameters, 'query' | 'header'>
            ): Promise<ApiResult<T.GetItem3Response, T.GetItem3Error>>;
          };
          /**
           * `PATCH /items/{item-id}/sub.path/{odd.name}`
           */
          readonly patch: {
            (body?: T.GetItem4RequestBody, options?: RequestOptions): Promise<T.GetItem4Response>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getItem4;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.GetItem4RequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.GetItem4Response, T.GetItem4Error>>;
          };
        };
      };
    };
  };
  /**
   * `/things`
   */
  readonly things: {
    /**
     * `/things/__proto__`
     */
    readonly proto: {
      /**
       * `/things/__proto__/constructor`
       */
      readonly constructor2: {
        /**
         * `GET /things/__proto__/constructor`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.Proto2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.proto;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(options?: RequestOptions): Promise<ApiResult<T.Proto2Response, T.Proto2Error>>;
        };
        /**
         * `PUT /things/__proto__/constructor`
         */
        readonly put: {
          (options?: RequestOptions): Promise<T.ToString2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.toString;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(options?: RequestOptions): Promise<ApiResult<T.ToString2Response, T.ToString2Error>>;
        };
        /**
         * `POST /things/__proto__/constructor`
         */
        readonly post: {
          (options?: RequestOptions): Promise<T.Constructor2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.constructor_;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.Constructor2Response, T.Constructor2Error>>;
        };
        /**
         * `DELETE /things/__proto__/constructor`
         */
        readonly delete: {
          (options?: RequestOptions): Promise<T._1opResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions._1op;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(options?: RequestOptions): Promise<ApiResult<T._1opResponse, T._1opError>>;
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
