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
  | T.GetParameterExamplesByParam1ByParam2Error
  | T.PutParameterExamplesByParam1ByParam2Error
  | T.PatchParameterExamplesByParam1ByParam2Error
  | T.PutRequestBodyError
  | T.PostRequestBodyError
  | T.PatchRequestBodyError
  | T.DemoFormDataError
  | T.PostRequestBodyMultiMediaTypesError
  | T.PutRequestBodyPrimitiveExampleError
  | T.PostRequestBodyPrimitiveExampleError
  | T.PatchRequestBodyPrimitiveExampleError;

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
 * Within `examples` (parameters)
 *
 * `GET /parameterExamples/{param1}/{param2}`
 */
export declare function buildGetParameterExamplesByParam1ByParam2Request(parameters: T.GetParameterExamplesByParam1ByParam2Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetParameterExamplesByParam1ByParam2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetParameterExamplesByParam1ByParam2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetParameterExamplesByParam1ByParam2Response, T.GetParameterExamplesByParam1ByParam2Error>>;

/**
 * Within `example`
 *
 * `PUT /parameterExamples/{param1}/{param2}`
 */
export declare function buildPutParameterExamplesByParam1ByParam2Request(parameters: T.PutParameterExamplesByParam1ByParam2Parameters, body: T.PutParameterExamplesByParam1ByParam2RequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutParameterExamplesByParam1ByParam2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutParameterExamplesByParam1ByParam2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutParameterExamplesByParam1ByParam2Response, T.PutParameterExamplesByParam1ByParam2Error>>;

/**
 * Within `examples` (mixed)
 *
 * `PATCH /parameterExamples/{param1}/{param2}`
 */
export declare function buildPatchParameterExamplesByParam1ByParam2Request(parameters: T.PatchParameterExamplesByParam1ByParam2Parameters, body: T.PatchParameterExamplesByParam1ByParam2RequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchParameterExamplesByParam1ByParam2Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchParameterExamplesByParam1ByParam2Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchParameterExamplesByParam1ByParam2Response, T.PatchParameterExamplesByParam1ByParam2Error>>;

/**
 * `$ref` within `example`
 *
 * `PUT /requestBody`
 */
export declare function buildPutRequestBodyRequest(parameters: (T.PutRequestBodyParameters | undefined) | undefined, body: T.PutRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutRequestBodyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutRequestBodyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutRequestBodyResponse, T.PutRequestBodyError>>;

/**
 * Within `examples` (body)
 *
 * `POST /requestBody`
 */
export declare function buildPostRequestBodyRequest(parameters: (T.PostRequestBodyParameters | undefined) | undefined, body: T.PostRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostRequestBodyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostRequestBodyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostRequestBodyResponse, T.PostRequestBodyError>>;

/**
 * Within `example`
 *
 * `PATCH /requestBody`
 */
export declare function buildPatchRequestBodyRequest(parameters: (T.PatchRequestBodyParameters | undefined) | undefined, body: T.PatchRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchRequestBodyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchRequestBodyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchRequestBodyResponse, T.PatchRequestBodyError>>;

/**
 * Demo handling of formData
 *
 * `POST /requestBody-form-data-example`
 */
export declare function buildDemoFormDataRequest(parameters?: T.DemoFormDataParameters, body?: T.DemoFormDataRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDemoFormDataRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDemoFormDataResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DemoFormDataResponse, T.DemoFormDataError>>;

/**
 * Within `examples`
 *
 * `POST /requestBody-multi-media-types`
 */
export declare function buildPostRequestBodyMultiMediaTypesRequest(parameters: (T.PostRequestBodyMultiMediaTypesParameters | undefined) | undefined, body: T.PostRequestBodyMultiMediaTypesRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostRequestBodyMultiMediaTypesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostRequestBodyMultiMediaTypesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostRequestBodyMultiMediaTypesResponse, T.PostRequestBodyMultiMediaTypesError>>;

/**
 * Stringified JSON arrays in an `examples` value
 *
 * `PUT /requestBody-primitive-example`
 */
export declare function buildPutRequestBodyPrimitiveExampleRequest(parameters: (T.PutRequestBodyPrimitiveExampleParameters | undefined) | undefined, body: T.PutRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPutRequestBodyPrimitiveExampleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPutRequestBodyPrimitiveExampleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PutRequestBodyPrimitiveExampleResponse, T.PutRequestBodyPrimitiveExampleError>>;

/**
 * Primitive `example`
 *
 * `POST /requestBody-primitive-example`
 */
export declare function buildPostRequestBodyPrimitiveExampleRequest(parameters: (T.PostRequestBodyPrimitiveExampleParameters | undefined) | undefined, body: T.PostRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostRequestBodyPrimitiveExampleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostRequestBodyPrimitiveExampleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostRequestBodyPrimitiveExampleResponse, T.PostRequestBodyPrimitiveExampleError>>;

/**
 * Stringified JSON object in an `examples` value
 *
 * `PATCH /requestBody-primitive-example`
 */
export declare function buildPatchRequestBodyPrimitiveExampleRequest(parameters: (T.PatchRequestBodyPrimitiveExampleParameters | undefined) | undefined, body: T.PatchRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchRequestBodyPrimitiveExampleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchRequestBodyPrimitiveExampleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchRequestBodyPrimitiveExampleResponse, T.PatchRequestBodyPrimitiveExampleError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/parameterExamples`
   */
  readonly parameterExamples: {
    /**
     * `/parameterExamples/{param1}`
     */
    byParam1(param1: string): {
      /**
       * `/parameterExamples/{param1}/{param2}`
       */
      byParam2(param2: string): {
        /**
         * Within `examples` (parameters)
         *
         * `GET /parameterExamples/{param1}/{param2}`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetParameterExamplesByParam1ByParam2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getParameterExamplesByParam1ByParam2;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetParameterExamplesByParam1ByParam2Response, T.GetParameterExamplesByParam1ByParam2Error>>;
        };
        /**
         * Within `example`
         *
         * `PUT /parameterExamples/{param1}/{param2}`
         */
        readonly put: {
          (
            body: T.PutParameterExamplesByParam1ByParam2RequestBody,
            options?: RequestOptions,
          ): Promise<T.PutParameterExamplesByParam1ByParam2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.putParameterExamplesByParam1ByParam2;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.PutParameterExamplesByParam1ByParam2RequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.PutParameterExamplesByParam1ByParam2Response, T.PutParameterExamplesByParam1ByParam2Error>>;
        };
        /**
         * Within `examples` (mixed)
         *
         * `PATCH /parameterExamples/{param1}/{param2}`
         */
        readonly patch: {
          (
            body: T.PatchParameterExamplesByParam1ByParam2RequestBody,
            options: RequestOptions & Pick<T.PatchParameterExamplesByParam1ByParam2Parameters, 'query' | 'header'>,
          ): Promise<T.PatchParameterExamplesByParam1ByParam2Response>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.patchParameterExamplesByParam1ByParam2;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.PatchParameterExamplesByParam1ByParam2RequestBody,
            options: RequestOptions & Pick<T.PatchParameterExamplesByParam1ByParam2Parameters, 'query' | 'header'>,
          ): Promise<ApiResult<T.PatchParameterExamplesByParam1ByParam2Response, T.PatchParameterExamplesByParam1ByParam2Error>>;
        };
      };
    };
  };
  /**
   * `/requestBody`
   */
  readonly requestBody: {
    /**
     * `$ref` within `example`
     *
     * `PUT /requestBody`
     */
    readonly put: {
      (
        body: T.PutRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<T.PutRequestBodyResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.putRequestBody;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PutRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PutRequestBodyResponse, T.PutRequestBodyError>>;
    };
    /**
     * Within `examples` (body)
     *
     * `POST /requestBody`
     */
    readonly post: {
      (
        body: T.PostRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostRequestBodyResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postRequestBody;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PostRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostRequestBodyResponse, T.PostRequestBodyError>>;
    };
    /**
     * Within `example`
     *
     * `PATCH /requestBody`
     */
    readonly patch: {
      (
        body: T.PatchRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchRequestBodyResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchRequestBody;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PatchRequestBodyRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchRequestBodyResponse, T.PatchRequestBodyError>>;
    };
  };
  /**
   * `/requestBody-form-data-example`
   */
  readonly requestBodyFormDataExample: {
    /**
     * Demo handling of formData
     *
     * `POST /requestBody-form-data-example`
     */
    readonly post: {
      (body?: T.DemoFormDataRequestBody, options?: RequestOptions): Promise<T.DemoFormDataResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.demoFormData;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.DemoFormDataRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.DemoFormDataResponse, T.DemoFormDataError>>;
    };
  };
  /**
   * `/requestBody-multi-media-types`
   */
  readonly requestBodyMultiMediaTypes: {
    /**
     * Within `examples`
     *
     * `POST /requestBody-multi-media-types`
     */
    readonly post: {
      (
        body: T.PostRequestBodyMultiMediaTypesRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostRequestBodyMultiMediaTypesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postRequestBodyMultiMediaTypes;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PostRequestBodyMultiMediaTypesRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostRequestBodyMultiMediaTypesResponse, T.PostRequestBodyMultiMediaTypesError>>;
    };
  };
  /**
   * `/requestBody-primitive-example`
   */
  readonly requestBodyPrimitiveExample: {
    /**
     * Stringified JSON arrays in an `examples` value
     *
     * `PUT /requestBody-primitive-example`
     */
    readonly put: {
      (
        body: T.PutRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<T.PutRequestBodyPrimitiveExampleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.putRequestBodyPrimitiveExample;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PutRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PutRequestBodyPrimitiveExampleResponse, T.PutRequestBodyPrimitiveExampleError>>;
    };
    /**
     * Primitive `example`
     *
     * `POST /requestBody-primitive-example`
     */
    readonly post: {
      (
        body: T.PostRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostRequestBodyPrimitiveExampleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postRequestBodyPrimitiveExample;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PostRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostRequestBodyPrimitiveExampleResponse, T.PostRequestBodyPrimitiveExampleError>>;
    };
    /**
     * Stringified JSON object in an `examples` value
     *
     * `PATCH /requestBody-primitive-example`
     */
    readonly patch: {
      (
        body: T.PatchRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchRequestBodyPrimitiveExampleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchRequestBodyPrimitiveExample;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PatchRequestBodyPrimitiveExampleRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchRequestBodyPrimitiveExampleResponse, T.PatchRequestBodyPrimitiveExampleError>>;
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
