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
  | T.FindPetsError
  | T.AddPetError
  | T.FindPetByIdError
  | T.DeletePetError;

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
 * `GET /pets`
 */
export declare function buildFindPetsRequest(parameters?: T.FindPetsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFindPetsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFindPetsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FindPetsResponse, T.FindPetsError>>;

/**
 * `POST /pets`
 */
export declare function buildAddPetRequest(parameters: (T.AddPetParameters | undefined) | undefined, body: T.AddPetRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildAddPetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readAddPetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.AddPetResponse, T.AddPetError>>;

/**
 * `GET /pets/{id}`
 */
export declare function buildFindPetByIdRequest(parameters: T.FindPetByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFindPetByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFindPetByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FindPetByIdResponse, T.FindPetByIdError>>;

/**
 * `DELETE /pets/{id}`
 */
export declare function buildDeletePetRequest(parameters: T.DeletePetParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeletePetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeletePetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeletePetResponse, T.DeletePetError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/pets`
   */
  readonly pets: {
    /**
     * `GET /pets`
     */
    readonly get: {
      (options?: RequestOptions & Pick<T.FindPetsParameters, 'query'>): Promise<T.FindPetsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.findPets;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.FindPetsParameters, 'query'>
      ): Promise<ApiResult<T.FindPetsResponse, T.FindPetsError>>;
    };
    /**
     * `POST /pets`
     */
    readonly post: {
      (body: T.AddPetRequestBody, options?: RequestOptions): Promise<T.AddPetResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.addPet;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.AddPetRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.AddPetResponse, T.AddPetError>>;
    };
    /**
     * `/pets/{id}`
     */
    byId(id: number): {
      /**
       * `GET /pets/{id}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.FindPetByIdResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.findPetById;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.FindPetByIdResponse, T.FindPetByIdError>>;
      };
      /**
       * `DELETE /pets/{id}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeletePetResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deletePet;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.DeletePetResponse, T.DeletePetError>>;
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
