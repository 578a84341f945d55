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
  | T.PostAnyOfWithTypeError
  | T.PostAnythingAllOfObjectError
  | T.PostAnythingAnyOfObjectError
  | T.PostAnythingAnyOfPrimitiveError
  | T.PostAnythingNestedOneOfObjectRefError
  | T.PostAnythingNestedOneOfObjectWithNestedOneOfError
  | T.PostAnythingNestedOneOfRefError
  | T.PostAnythingOneOfObjectError
  | T.PostAnythingOneOfObjectRefError
  | T.PostAnythingOneOfPrimitiveError
  | T.PostOneOfComplexError
  | T.PostOneOfWithTypeError
  | T.PatchPetsError;

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
 * anyOf With Type
 *
 * `POST /any-of-with-type`
 */
export declare function buildPostAnyOfWithTypeRequest(parameters?: T.PostAnyOfWithTypeParameters, body?: T.PostAnyOfWithTypeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnyOfWithTypeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnyOfWithTypeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnyOfWithTypeResponse, T.PostAnyOfWithTypeError>>;

/**
 * allOf with listed objects
 *
 * `POST /anything/all-of-object`
 */
export declare function buildPostAnythingAllOfObjectRequest(parameters?: T.PostAnythingAllOfObjectParameters, body?: T.PostAnythingAllOfObjectRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingAllOfObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingAllOfObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingAllOfObjectResponse, T.PostAnythingAllOfObjectError>>;

/**
 * anyOf object
 *
 * `POST /anything/any-of-object`
 */
export declare function buildPostAnythingAnyOfObjectRequest(parameters?: T.PostAnythingAnyOfObjectParameters, body?: T.PostAnythingAnyOfObjectRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingAnyOfObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingAnyOfObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingAnyOfObjectResponse, T.PostAnythingAnyOfObjectError>>;

/**
 * anyOf primitive
 *
 * `POST /anything/any-of-primitive`
 */
export declare function buildPostAnythingAnyOfPrimitiveRequest(parameters?: T.PostAnythingAnyOfPrimitiveParameters, body?: T.PostAnythingAnyOfPrimitiveRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingAnyOfPrimitiveRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingAnyOfPrimitiveResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingAnyOfPrimitiveResponse, T.PostAnythingAnyOfPrimitiveError>>;

/**
 * nested oneOf object with $ref pointers
 *
 * `POST /anything/nested-one-of-object-ref`
 */
export declare function buildPostAnythingNestedOneOfObjectRefRequest(parameters?: T.PostAnythingNestedOneOfObjectRefParameters, body?: T.PostAnythingNestedOneOfObjectRefRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingNestedOneOfObjectRefRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingNestedOneOfObjectRefResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingNestedOneOfObjectRefResponse, T.PostAnythingNestedOneOfObjectRefError>>;

/**
 * `POST /anything/nested-one-of-object-with-nested-one-of`
 */
export declare function buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(parameters?: T.PostAnythingNestedOneOfObjectWithNestedOneOfParameters, body?: T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingNestedOneOfObjectWithNestedOneOfResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse, T.PostAnythingNestedOneOfObjectWithNestedOneOfError>>;

/**
 * `POST /anything/nested-one-of-ref`
 */
export declare function buildPostAnythingNestedOneOfRefRequest(parameters: (T.PostAnythingNestedOneOfRefParameters | undefined) | undefined, body: T.PostAnythingNestedOneOfRefRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingNestedOneOfRefRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingNestedOneOfRefResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingNestedOneOfRefResponse, T.PostAnythingNestedOneOfRefError>>;

/**
 * oneOf object
 *
 * `POST /anything/one-of-object`
 */
export declare function buildPostAnythingOneOfObjectRequest(parameters?: T.PostAnythingOneOfObjectParameters, body?: T.PostAnythingOneOfObjectRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingOneOfObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingOneOfObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingOneOfObjectResponse, T.PostAnythingOneOfObjectError>>;

/**
 * oneOf object with $ref pointers
 *
 * `POST /anything/one-of-object-ref`
 */
export declare function buildPostAnythingOneOfObjectRefRequest(parameters?: T.PostAnythingOneOfObjectRefParameters, body?: T.PostAnythingOneOfObjectRefRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingOneOfObjectRefRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingOneOfObjectRefResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingOneOfObjectRefResponse, T.PostAnythingOneOfObjectRefError>>;

/**
 * oneOf primitive
 *
 * `POST /anything/one-of-primitive`
 */
export declare function buildPostAnythingOneOfPrimitiveRequest(parameters?: T.PostAnythingOneOfPrimitiveParameters, body?: T.PostAnythingOneOfPrimitiveRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnythingOneOfPrimitiveRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnythingOneOfPrimitiveResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnythingOneOfPrimitiveResponse, T.PostAnythingOneOfPrimitiveError>>;

/**
 * oneOf object with a complex schema
 *
 * `POST /one-of-complex`
 */
export declare function buildPostOneOfComplexRequest(parameters: (T.PostOneOfComplexParameters | undefined) | undefined, body: T.PostOneOfComplexRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostOneOfComplexRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostOneOfComplexResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostOneOfComplexResponse, T.PostOneOfComplexError>>;

/**
 * One Of With Type
 *
 * `POST /one-of-with-type`
 */
export declare function buildPostOneOfWithTypeRequest(parameters?: T.PostOneOfWithTypeParameters, body?: T.PostOneOfWithTypeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostOneOfWithTypeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostOneOfWithTypeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostOneOfWithTypeResponse, T.PostOneOfWithTypeError>>;

/**
 * oneOf request with a nested allOf
 *
 * `PATCH /pets`
 */
export declare function buildPatchPetsRequest(parameters?: T.PatchPetsParameters, body?: T.PatchPetsRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchPetsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchPetsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchPetsResponse, T.PatchPetsError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/any-of-with-type`
   */
  readonly anyOfWithType: {
    /**
     * anyOf With Type
     *
     * `POST /any-of-with-type`
     */
    readonly post: {
      (
        body?: T.PostAnyOfWithTypeRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostAnyOfWithTypeResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postAnyOfWithType;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PostAnyOfWithTypeRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostAnyOfWithTypeResponse, T.PostAnyOfWithTypeError>>;
    };
  };
  /**
   * `/anything`
   */
  readonly anything: {
    /**
     * `/anything/all-of-object`
     */
    readonly allOfObject: {
      /**
       * allOf with listed objects
       *
       * `POST /anything/all-of-object`
       */
      readonly post: {
        (
          body?: T.PostAnythingAllOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingAllOfObjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingAllOfObject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingAllOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingAllOfObjectResponse, T.PostAnythingAllOfObjectError>>;
      };
    };
    /**
     * `/anything/any-of-object`
     */
    readonly anyOfObject: {
      /**
       * anyOf object
       *
       * `POST /anything/any-of-object`
       */
      readonly post: {
        (
          body?: T.PostAnythingAnyOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingAnyOfObjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingAnyOfObject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingAnyOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingAnyOfObjectResponse, T.PostAnythingAnyOfObjectError>>;
      };
    };
    /**
     * `/anything/any-of-primitive`
     */
    readonly anyOfPrimitive: {
      /**
       * anyOf primitive
       *
       * `POST /anything/any-of-primitive`
       */
      readonly post: {
        (
          body?: T.PostAnythingAnyOfPrimitiveRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingAnyOfPrimitiveResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingAnyOfPrimitive;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingAnyOfPrimitiveRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingAnyOfPrimitiveResponse, T.PostAnythingAnyOfPrimitiveError>>;
      };
    };
    /**
     * `/anything/nested-one-of-object-ref`
     */
    readonly nestedOneOfObjectRef: {
      /**
       * nested oneOf object with $ref pointers
       *
       * `POST /anything/nested-one-of-object-ref`
       */
      readonly post: {
        (
          body?: T.PostAnythingNestedOneOfObjectRefRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingNestedOneOfObjectRefResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingNestedOneOfObjectRef;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingNestedOneOfObjectRefRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingNestedOneOfObjectRefResponse, T.PostAnythingNestedOneOfObjectRefError>>;
      };
    };
    /**
     * `/anything/nested-one-of-object-with-nested-one-of`
     */
    readonly nestedOneOfObjectWithNestedOneOf: {
      /**
       * `POST /anything/nested-one-of-object-with-nested-one-of`
       */
      readonly post: {
        (
          body?: T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingNestedOneOfObjectWithNestedOneOf;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse, T.PostAnythingNestedOneOfObjectWithNestedOneOfError>>;
      };
    };
    /**
     * `/anything/nested-one-of-ref`
     */
    readonly nestedOneOfRef: {
      /**
       * `POST /anything/nested-one-of-ref`
       */
      readonly post: {
        (
          body: T.PostAnythingNestedOneOfRefRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingNestedOneOfRefResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingNestedOneOfRef;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.PostAnythingNestedOneOfRefRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingNestedOneOfRefResponse, T.PostAnythingNestedOneOfRefError>>;
      };
    };
    /**
     * `/anything/one-of-object`
     */
    readonly oneOfObject: {
      /**
       * oneOf object
       *
       * `POST /anything/one-of-object`
       */
      readonly post: {
        (
          body?: T.PostAnythingOneOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingOneOfObjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingOneOfObject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingOneOfObjectRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingOneOfObjectResponse, T.PostAnythingOneOfObjectError>>;
      };
    };
    /**
     * `/anything/one-of-object-ref`
     */
    readonly oneOfObjectRef: {
      /**
       * oneOf object with $ref pointers
       *
       * `POST /anything/one-of-object-ref`
       */
      readonly post: {
        (
          body?: T.PostAnythingOneOfObjectRefRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingOneOfObjectRefResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingOneOfObjectRef;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingOneOfObjectRefRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingOneOfObjectRefResponse, T.PostAnythingOneOfObjectRefError>>;
      };
    };
    /**
     * `/anything/one-of-primitive`
     */
    readonly oneOfPrimitive: {
      /**
       * oneOf primitive
       *
       * `POST /anything/one-of-primitive`
       */
      readonly post: {
        (
          body?: T.PostAnythingOneOfPrimitiveRequestBody,
          options?: RequestOptions,
        ): Promise<T.PostAnythingOneOfPrimitiveResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnythingOneOfPrimitive;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnythingOneOfPrimitiveRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PostAnythingOneOfPrimitiveResponse, T.PostAnythingOneOfPrimitiveError>>;
      };
    };
  };
  /**
   * `/one-of-complex`
   */
  readonly oneOfComplex: {
    /**
     * oneOf object with a complex schema
     *
     * `POST /one-of-complex`
     */
    readonly post: {
      (
        body: T.PostOneOfComplexRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostOneOfComplexResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postOneOfComplex;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PostOneOfComplexRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostOneOfComplexResponse, T.PostOneOfComplexError>>;
    };
  };
  /**
   * `/one-of-with-type`
   */
  readonly oneOfWithType: {
    /**
     * One Of With Type
     *
     * `POST /one-of-with-type`
     */
    readonly post: {
      (
        body?: T.PostOneOfWithTypeRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostOneOfWithTypeResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postOneOfWithType;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PostOneOfWithTypeRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostOneOfWithTypeResponse, T.PostOneOfWithTypeError>>;
    };
  };
  /**
   * `/pets`
   */
  readonly pets: {
    /**
     * oneOf request with a nested allOf
     *
     * `PATCH /pets`
     */
    readonly patch: {
      (body?: T.PatchPetsRequestBody, options?: RequestOptions): Promise<T.PatchPetsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchPets;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchPetsRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchPetsResponse, T.PatchPetsError>>;
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
