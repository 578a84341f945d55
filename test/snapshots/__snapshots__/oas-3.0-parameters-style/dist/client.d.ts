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
  | T.FormDataStandardError
  | T.FormDataDeepObjectExplodedError
  | T.FormDataFormExplodedError
  | T.FormDataFormNonExplodedError
  | T.FormDataPipeDelimitedNonExplodedError
  | T.FormDataSpaceDelimitedNonExplodedError
  | T.HeadersStandardError
  | T.HeadersSimpleNonExplodedError
  | T.HeadersSimpleExplodedError
  | T.PathsLabelNonExplodedError
  | T.PathsLabelExplodedError
  | T.PathsMatrixNonExplodedError
  | T.PathsMatrixExplodedError
  | T.PathsSimpleNonExplodedError
  | T.PathsSimpleExplodedError
  | T.PathsStandardError
  | T.QueryStandardError
  | T.QueryDeepObjectNonExplodedError
  | T.QueryFormNonExplodedError
  | T.QueryFormExplodedError
  | T.QueryPipeDelimitedNonExplodedError
  | T.QuerySpaceDelimitedNonExplodedError
  | T.CookiesStandardError
  | T.CookiesFormExplodedError
  | T.CookiesFormNonExplodedError;

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
 * Standard (no encoding)
 *
 * `POST /anything/form-data`
 */
export declare function buildFormDataStandardRequest(parameters?: T.FormDataStandardParameters, body?: T.FormDataStandardRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataStandardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataStandardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataStandardResponse, T.FormDataStandardError>>;

/**
 * deepObject (exploded)
 *
 * `POST /anything/form-data/deepObject`
 */
export declare function buildFormDataDeepObjectExplodedRequest(parameters?: T.FormDataDeepObjectExplodedParameters, body?: T.FormDataDeepObjectExplodedRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataDeepObjectExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataDeepObjectExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataDeepObjectExplodedResponse, T.FormDataDeepObjectExplodedError>>;

/**
 * Form (exploded)
 *
 * `PUT /anything/form-data/form`
 */
export declare function buildFormDataFormExplodedRequest(parameters?: T.FormDataFormExplodedParameters, body?: T.FormDataFormExplodedRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataFormExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataFormExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataFormExplodedResponse, T.FormDataFormExplodedError>>;

/**
 * Form (non-exploded)
 *
 * `POST /anything/form-data/form`
 */
export declare function buildFormDataFormNonExplodedRequest(parameters?: T.FormDataFormNonExplodedParameters, body?: T.FormDataFormNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataFormNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataFormNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataFormNonExplodedResponse, T.FormDataFormNonExplodedError>>;

/**
 * pipeDelimited (non-exploded)
 *
 * `POST /anything/form-data/pipeDelimited`
 */
export declare function buildFormDataPipeDelimitedNonExplodedRequest(parameters?: T.FormDataPipeDelimitedNonExplodedParameters, body?: T.FormDataPipeDelimitedNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataPipeDelimitedNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataPipeDelimitedNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataPipeDelimitedNonExplodedResponse, T.FormDataPipeDelimitedNonExplodedError>>;

/**
 * spaceDelimited (non-exploded)
 *
 * `POST /anything/form-data/spaceDelimited`
 */
export declare function buildFormDataSpaceDelimitedNonExplodedRequest(parameters?: T.FormDataSpaceDelimitedNonExplodedParameters, body?: T.FormDataSpaceDelimitedNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFormDataSpaceDelimitedNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFormDataSpaceDelimitedNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FormDataSpaceDelimitedNonExplodedResponse, T.FormDataSpaceDelimitedNonExplodedError>>;

/**
 * Standard (no style)
 *
 * `GET /anything/headers`
 */
export declare function buildHeadersStandardRequest(parameters?: T.HeadersStandardParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildHeadersStandardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readHeadersStandardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.HeadersStandardResponse, T.HeadersStandardError>>;

/**
 * Simple (non-exploded)
 *
 * `GET /anything/headers/simple`
 */
export declare function buildHeadersSimpleNonExplodedRequest(parameters?: T.HeadersSimpleNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildHeadersSimpleNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readHeadersSimpleNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.HeadersSimpleNonExplodedResponse, T.HeadersSimpleNonExplodedError>>;

/**
 * Simple (exploded)
 *
 * `POST /anything/headers/simple`
 */
export declare function buildHeadersSimpleExplodedRequest(parameters?: T.HeadersSimpleExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildHeadersSimpleExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readHeadersSimpleExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.HeadersSimpleExplodedResponse, T.HeadersSimpleExplodedError>>;

/**
 * Label (non-exploded)
 *
 * `GET /anything/path/label/{primitive}/{array}/{object}`
 */
export declare function buildPathsLabelNonExplodedRequest(parameters: T.PathsLabelNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsLabelNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsLabelNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsLabelNonExplodedResponse, T.PathsLabelNonExplodedError>>;

/**
 * Label (exploded)
 *
 * `POST /anything/path/label/{primitive}/{array}/{object}`
 */
export declare function buildPathsLabelExplodedRequest(parameters: T.PathsLabelExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsLabelExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsLabelExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsLabelExplodedResponse, T.PathsLabelExplodedError>>;

/**
 * Matrix (non-exploded)
 *
 * `GET /anything/path/matrix/{primitive}/{array}/{object}`
 */
export declare function buildPathsMatrixNonExplodedRequest(parameters: T.PathsMatrixNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsMatrixNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsMatrixNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsMatrixNonExplodedResponse, T.PathsMatrixNonExplodedError>>;

/**
 * Matrix (exploded)
 *
 * `POST /anything/path/matrix/{primitive}/{array}/{object}`
 */
export declare function buildPathsMatrixExplodedRequest(parameters: T.PathsMatrixExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsMatrixExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsMatrixExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsMatrixExplodedResponse, T.PathsMatrixExplodedError>>;

/**
 * Simple (non-exploded)
 *
 * `GET /anything/path/simple/{primitive}/{array}/{object}`
 */
export declare function buildPathsSimpleNonExplodedRequest(parameters: T.PathsSimpleNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsSimpleNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsSimpleNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsSimpleNonExplodedResponse, T.PathsSimpleNonExplodedError>>;

/**
 * Simple (exploded)
 *
 * `POST /anything/path/simple/{primitive}/{array}/{object}`
 */
export declare function buildPathsSimpleExplodedRequest(parameters: T.PathsSimpleExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsSimpleExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsSimpleExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsSimpleExplodedResponse, T.PathsSimpleExplodedError>>;

/**
 * Standard (no style)
 *
 * `GET /anything/path/{primitive}/{array}/{object}`
 */
export declare function buildPathsStandardRequest(parameters: T.PathsStandardParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPathsStandardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPathsStandardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PathsStandardResponse, T.PathsStandardError>>;

/**
 * Standard (no style)
 *
 * `GET /anything/query`
 */
export declare function buildQueryStandardRequest(parameters?: T.QueryStandardParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQueryStandardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQueryStandardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QueryStandardResponse, T.QueryStandardError>>;

/**
 * deepObject (exploded)
 *
 * `GET /anything/query/deepObject`
 */
export declare function buildQueryDeepObjectNonExplodedRequest(parameters?: T.QueryDeepObjectNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQueryDeepObjectNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQueryDeepObjectNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QueryDeepObjectNonExplodedResponse, T.QueryDeepObjectNonExplodedError>>;

/**
 * Form (non-exploded)
 *
 * `GET /anything/query/form`
 */
export declare function buildQueryFormNonExplodedRequest(parameters?: T.QueryFormNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQueryFormNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQueryFormNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QueryFormNonExplodedResponse, T.QueryFormNonExplodedError>>;

/**
 * Form (exploded)
 *
 * `POST /anything/query/form`
 */
export declare function buildQueryFormExplodedRequest(parameters?: T.QueryFormExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQueryFormExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQueryFormExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QueryFormExplodedResponse, T.QueryFormExplodedError>>;

/**
 * pipeDelimited (non-exploded)
 *
 * `GET /anything/query/pipeDelimited`
 */
export declare function buildQueryPipeDelimitedNonExplodedRequest(parameters?: T.QueryPipeDelimitedNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQueryPipeDelimitedNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQueryPipeDelimitedNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QueryPipeDelimitedNonExplodedResponse, T.QueryPipeDelimitedNonExplodedError>>;

/**
 * spaceDelimited (non-exploded)
 *
 * `GET /anything/query/spaceDelimited`
 */
export declare function buildQuerySpaceDelimitedNonExplodedRequest(parameters?: T.QuerySpaceDelimitedNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildQuerySpaceDelimitedNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readQuerySpaceDelimitedNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.QuerySpaceDelimitedNonExplodedResponse, T.QuerySpaceDelimitedNonExplodedError>>;

/**
 * Standard (no style)
 *
 * `GET /cookies`
 */
export declare function buildCookiesStandardRequest(parameters?: T.CookiesStandardParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCookiesStandardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCookiesStandardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CookiesStandardResponse, T.CookiesStandardError>>;

/**
 * Form (exploded)
 *
 * `GET /cookies#formExploded`
 */
export declare function buildCookiesFormExplodedRequest(parameters?: T.CookiesFormExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCookiesFormExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCookiesFormExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CookiesFormExplodedResponse, T.CookiesFormExplodedError>>;

/**
 * Form (non-exploded)
 *
 * `GET /cookies#formNonExploded`
 */
export declare function buildCookiesFormNonExplodedRequest(parameters?: T.CookiesFormNonExplodedParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCookiesFormNonExplodedRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCookiesFormNonExplodedResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CookiesFormNonExplodedResponse, T.CookiesFormNonExplodedError>>;

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
     * `/anything/form-data`
     */
    readonly formData: {
      /**
       * Standard (no encoding)
       *
       * `POST /anything/form-data`
       */
      readonly post: {
        (
          body?: T.FormDataStandardRequestBody,
          options?: RequestOptions,
        ): Promise<T.FormDataStandardResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.formDataStandard;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.FormDataStandardRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.FormDataStandardResponse, T.FormDataStandardError>>;
      };
      /**
       * `/anything/form-data/deepObject`
       */
      readonly deepObject: {
        /**
         * deepObject (exploded)
         *
         * `POST /anything/form-data/deepObject`
         */
        readonly post: {
          (
            body?: T.FormDataDeepObjectExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<T.FormDataDeepObjectExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.formDataDeepObjectExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.FormDataDeepObjectExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.FormDataDeepObjectExplodedResponse, T.FormDataDeepObjectExplodedError>>;
        };
      };
      /**
       * `/anything/form-data/form`
       */
      readonly form: {
        /**
         * Form (exploded)
         *
         * `PUT /anything/form-data/form`
         */
        readonly put: {
          (
            body?: T.FormDataFormExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<T.FormDataFormExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.formDataFormExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.FormDataFormExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.FormDataFormExplodedResponse, T.FormDataFormExplodedError>>;
        };
        /**
         * Form (non-exploded)
         *
         * `POST /anything/form-data/form`
         */
        readonly post: {
          (
            body?: T.FormDataFormNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<T.FormDataFormNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.formDataFormNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.FormDataFormNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.FormDataFormNonExplodedResponse, T.FormDataFormNonExplodedError>>;
        };
      };
      /**
       * `/anything/form-data/pipeDelimited`
       */
      readonly pipeDelimited: {
        /**
         * pipeDelimited (non-exploded)
         *
         * `POST /anything/form-data/pipeDelimited`
         */
        readonly post: {
          (
            body?: T.FormDataPipeDelimitedNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<T.FormDataPipeDelimitedNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.formDataPipeDelimitedNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.FormDataPipeDelimitedNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.FormDataPipeDelimitedNonExplodedResponse, T.FormDataPipeDelimitedNonExplodedError>>;
        };
      };
      /**
       * `/anything/form-data/spaceDelimited`
       */
      readonly spaceDelimited: {
        /**
         * spaceDelimited (non-exploded)
         *
         * `POST /anything/form-data/spaceDelimited`
         */
        readonly post: {
          (
            body?: T.FormDataSpaceDelimitedNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<T.FormDataSpaceDelimitedNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.formDataSpaceDelimitedNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.FormDataSpaceDelimitedNonExplodedRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.FormDataSpaceDelimitedNonExplodedResponse, T.FormDataSpaceDelimitedNonExplodedError>>;
        };
      };
    };
    /**
     * `/anything/headers`
     */
    readonly headers: {
      /**
       * Standard (no style)
       *
       * `GET /anything/headers`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.HeadersStandardParameters, 'header'>
        ): Promise<T.HeadersStandardResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.headersStandard;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.HeadersStandardParameters, 'header'>
        ): Promise<ApiResult<T.HeadersStandardResponse, T.HeadersStandardError>>;
      };
      /**
       * `/anything/headers/simple`
       */
      readonly simple: {
        /**
         * Simple (non-exploded)
         *
         * `GET /anything/headers/simple`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.HeadersSimpleNonExplodedParameters, 'header'>
          ): Promise<T.HeadersSimpleNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.headersSimpleNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.HeadersSimpleNonExplodedParameters, 'header'>
          ): Promise<ApiResult<T.HeadersSimpleNonExplodedResponse, T.HeadersSimpleNonExplodedError>>;
        };
        /**
         * Simple (exploded)
         *
         * `POST /anything/headers/simple`
         */
        readonly post: {
          (
            options?: RequestOptions & Pick<T.HeadersSimpleExplodedParameters, 'header'>
          ): Promise<T.HeadersSimpleExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.headersSimpleExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.HeadersSimpleExplodedParameters, 'header'>
          ): Promise<ApiResult<T.HeadersSimpleExplodedResponse, T.HeadersSimpleExplodedError>>;
        };
      };
    };
    /**
     * `/anything/path`
     */
    readonly path: {
      /**
       * `/anything/path/label`
       */
      readonly label: {
        /**
         * `/anything/path/label/{primitive}`
         */
        byPrimitive(primitive: string): {
          /**
           * `/anything/path/label/{primitive}/{array}`
           */
          byArray(array: string[]): {
            /**
             * `/anything/path/label/{primitive}/{array}/{object}`
             */
            byObject(object_: {
                name?: string;
                description?: string;
            }): {
              /**
               * Label (non-exploded)
               *
               * `GET /anything/path/label/{primitive}/{array}/{object}`
               */
              readonly get: {
                (options?: RequestOptions): Promise<T.PathsLabelNonExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsLabelNonExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsLabelNonExplodedResponse, T.PathsLabelNonExplodedError>>;
              };
              /**
               * Label (exploded)
               *
               * `POST /anything/path/label/{primitive}/{array}/{object}`
               */
              readonly post: {
                (options?: RequestOptions): Promise<T.PathsLabelExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsLabelExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsLabelExplodedResponse, T.PathsLabelExplodedError>>;
              };
            };
          };
        };
      };
      /**
       * `/anything/path/matrix`
       */
      readonly matrix: {
        /**
         * `/anything/path/matrix/{primitive}`
         */
        byPrimitive(primitive: string): {
          /**
           * `/anything/path/matrix/{primitive}/{array}`
           */
          byArray(array: string[]): {
            /**
             * `/anything/path/matrix/{primitive}/{array}/{object}`
             */
            byObject(object_: {
                name?: string;
                description?: string;
            }): {
              /**
               * Matrix (non-exploded)
               *
               * `GET /anything/path/matrix/{primitive}/{array}/{object}`
               */
              readonly get: {
                (options?: RequestOptions): Promise<T.PathsMatrixNonExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsMatrixNonExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsMatrixNonExplodedResponse, T.PathsMatrixNonExplodedError>>;
              };
              /**
               * Matrix (exploded)
               *
               * `POST /anything/path/matrix/{primitive}/{array}/{object}`
               */
              readonly post: {
                (options?: RequestOptions): Promise<T.PathsMatrixExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsMatrixExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsMatrixExplodedResponse, T.PathsMatrixExplodedError>>;
              };
            };
          };
        };
      };
      /**
       * `/anything/path/simple`
       */
      readonly simple: {
        /**
         * `/anything/path/simple/{primitive}`
         */
        byPrimitive(primitive: string): {
          /**
           * `/anything/path/simple/{primitive}/{array}`
           */
          byArray(array: string[]): {
            /**
             * `/anything/path/simple/{primitive}/{array}/{object}`
             */
            byObject(object_: {
                name?: string;
                description?: string;
            }): {
              /**
               * Simple (non-exploded)
               *
               * `GET /anything/path/simple/{primitive}/{array}/{object}`
               */
              readonly get: {
                (options?: RequestOptions): Promise<T.PathsSimpleNonExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsSimpleNonExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsSimpleNonExplodedResponse, T.PathsSimpleNonExplodedError>>;
              };
              /**
               * Simple (exploded)
               *
               * `POST /anything/path/simple/{primitive}/{array}/{object}`
               */
              readonly post: {
                (options?: RequestOptions): Promise<T.PathsSimpleExplodedResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.pathsSimpleExploded;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.PathsSimpleExplodedResponse, T.PathsSimpleExplodedError>>;
              };
            };
          };
        };
      };
      /**
       * `/anything/path/{primitive}`
       */
      byPrimitive(primitive: string): {
        /**
         * `/anything/path/{primitive}/{array}`
         */
        byArray(array: string[]): {
          /**
           * `/anything/path/{primitive}/{array}/{object}`
           */
          byObject(object_: {
              name?: string;
              description?: string;
          }): {
            /**
             * Standard (no style)
             *
             * `GET /anything/path/{primitive}/{array}/{object}`
             */
            readonly get: {
              (options?: RequestOptions): Promise<T.PathsStandardResponse>;
              /** Who may call this operation. */
              readonly permissions: typeof permissions.pathsStandard;
              /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
              safe(
                options?: RequestOptions
              ): Promise<ApiResult<T.PathsStandardResponse, T.PathsStandardError>>;
            };
          };
        };
      };
    };
    /**
     * `/anything/query`
     */
    readonly query2: {
      /**
       * Standard (no style)
       *
       * `GET /anything/query`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.QueryStandardParameters, 'query'>
        ): Promise<T.QueryStandardResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.queryStandard;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.QueryStandardParameters, 'query'>
        ): Promise<ApiResult<T.QueryStandardResponse, T.QueryStandardError>>;
      };
      /**
       * `/anything/query/deepObject`
       */
      readonly deepObject: {
        /**
         * deepObject (exploded)
         *
         * `GET /anything/query/deepObject`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.QueryDeepObjectNonExplodedParameters, 'query'>
          ): Promise<T.QueryDeepObjectNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.queryDeepObjectNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.QueryDeepObjectNonExplodedParameters, 'query'>
          ): Promise<ApiResult<T.QueryDeepObjectNonExplodedResponse, T.QueryDeepObjectNonExplodedError>>;
        };
      };
      /**
       * `/anything/query/form`
       */
      readonly form: {
        /**
         * Form (non-exploded)
         *
         * `GET /anything/query/form`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.QueryFormNonExplodedParameters, 'query'>
          ): Promise<T.QueryFormNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.queryFormNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.QueryFormNonExplodedParameters, 'query'>
          ): Promise<ApiResult<T.QueryFormNonExplodedResponse, T.QueryFormNonExplodedError>>;
        };
        /**
         * Form (exploded)
         *
         * `POST /anything/query/form`
         */
        readonly post: {
          (
            options?: RequestOptions & Pick<T.QueryFormExplodedParameters, 'query'>
          ): Promise<T.QueryFormExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.queryFormExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.QueryFormExplodedParameters, 'query'>
          ): Promise<ApiResult<T.QueryFormExplodedResponse, T.QueryFormExplodedError>>;
        };
      };
      /**
       * `/anything/query/pipeDelimited`
       */
      readonly pipeDelimited: {
        /**
         * pipeDelimited (non-exploded)
         *
         * `GET /anything/query/pipeDelimited`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.QueryPipeDelimitedNonExplodedParameters, 'query'>
          ): Promise<T.QueryPipeDelimitedNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.queryPipeDelimitedNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.QueryPipeDelimitedNonExplodedParameters, 'query'>
          ): Promise<ApiResult<T.QueryPipeDelimitedNonExplodedResponse, T.QueryPipeDelimitedNonExplodedError>>;
        };
      };
      /**
       * `/anything/query/spaceDelimited`
       */
      readonly spaceDelimited: {
        /**
         * spaceDelimited (non-exploded)
         *
         * `GET /anything/query/spaceDelimited`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.QuerySpaceDelimitedNonExplodedParameters, 'query'>
          ): Promise<T.QuerySpaceDelimitedNonExplodedResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.querySpaceDelimitedNonExploded;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.QuerySpaceDelimitedNonExplodedParameters, 'query'>
          ): Promise<ApiResult<T.QuerySpaceDelimitedNonExplodedResponse, T.QuerySpaceDelimitedNonExplodedError>>;
        };
      };
    };
  };
  /**
   * `/cookies`
   */
  readonly cookies: {
    /**
     * Standard (no style)
     *
     * `GET /cookies`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.CookiesStandardParameters, 'cookie'>
      ): Promise<T.CookiesStandardResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.cookiesStandard;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.CookiesStandardParameters, 'cookie'>
      ): Promise<ApiResult<T.CookiesStandardResponse, T.CookiesStandardError>>;
    };
  };
  /**
   * `/cookies#formExploded`
   */
  readonly cookiesFormExploded: {
    /**
     * Form (exploded)
     *
     * `GET /cookies#formExploded`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.CookiesFormExplodedParameters, 'cookie'>
      ): Promise<T.CookiesFormExplodedResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.cookiesFormExploded;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.CookiesFormExplodedParameters, 'cookie'>
      ): Promise<ApiResult<T.CookiesFormExplodedResponse, T.CookiesFormExplodedError>>;
    };
  };
  /**
   * `/cookies#formNonExploded`
   */
  readonly cookiesFormNonExploded: {
    /**
     * Form (non-exploded)
     *
     * `GET /cookies#formNonExploded`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.CookiesFormNonExplodedParameters, 'cookie'>
      ): Promise<T.CookiesFormNonExplodedResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.cookiesFormNonExploded;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.CookiesFormNonExplodedParameters, 'cookie'>
      ): Promise<ApiResult<T.CookiesFormNonExplodedResponse, T.CookiesFormNonExplodedError>>;
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
