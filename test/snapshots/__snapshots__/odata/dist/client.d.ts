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
  itemsOf,
  pagesOf,
  type PagedIterable,
  type PagingOptions,
  eventualConsistency,
  type Selecting,
  type Selected,
  type SelectedPage,
} from './runtime/paging.js';
import {
  ApiError as RuntimeApiError,
  type ApiErrorDetails,
  type ApiErrorOf,
  type ApiResult,
  type ErrorShape,
} from './runtime/errors.js';
import { readResult, type ReadResultOptions } from './runtime/result.js';
import {
  batchStep,
  createBatchClient as createRuntimeBatchClient,
  type BatchClient,
  type BatchStep,
  type BatchStepOptions,
} from './runtime/batch.js';
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
export { CrossOriginLinkError } from './runtime/paging.js';
export type {
  ODataAnnotations,
  PagedIterable,
  PagingOptions,
  Selected,
  SelectedPage,
  Selecting,
} from './runtime/paging.js';
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
  | T.ListManagedDevicesError
  | T.CreateManagedDeviceError
  | T.GetManagedDeviceError
  | T.UpdateManagedDeviceError;

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

export { batchStep };

export { MAX_BATCH_STEPS } from './runtime/batch.js';
export type {
  BatchClient,
  BatchOptions,
  BatchResults,
  BatchStep,
  BatchStepOptions,
} from './runtime/batch.js';

/**
 * JSON batching: `createBatchClient(options).send([batchStep('a', buildXRequest(...), readXResult), ...])`
 * sends the steps in `POST /$batch` requests of at most 20 (in `dependsOn` order), retries steps
 * answered 429, and resolves with each step's typed result. Takes the same options as `createClient`.
 */
export declare function createBatchClient(options?: ClientOptions): BatchClient;

/** The result of buildListManagedDevicesRequest when `$select` names `S` (the whole entity without `$select`). */
export type ListManagedDevicesResult<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>[
  '$select'
]>[number] = never> = SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>;

/**
 * List managedDevices
 *
 * `GET /deviceManagement/managedDevices`
 */
export declare function buildListManagedDevicesRequest<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(parameters?: Omit<T.ListManagedDevicesParameters, 'query'> & {
    query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
  }, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildListManagedDevicesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readListManagedDevicesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ListManagedDevicesResponse, T.ListManagedDevicesError>>;

/**
 * Create managedDevice
 *
 * `POST /deviceManagement/managedDevices`
 */
export declare function buildCreateManagedDeviceRequest(parameters: (T.CreateManagedDeviceParameters | undefined) | undefined, body: T.CreateManagedDeviceRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateManagedDeviceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateManagedDeviceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateManagedDeviceResponse, T.CreateManagedDeviceError>>;

/** The result of buildGetManagedDeviceRequest when `$select` names `S` (the whole entity without `$select`). */
export type GetManagedDeviceResult<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>[
  '$select'
]>[number] = never> = Selected<T.GetManagedDeviceResponse, S>;

/**
 * Get managedDevice
 *
 * `GET /deviceManagement/managedDevices/{managedDevice-id}`
 */
export declare function buildGetManagedDeviceRequest<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(parameters: Omit<T.GetManagedDeviceParameters, 'query'> & {
    query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>
  }, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetManagedDeviceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetManagedDeviceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetManagedDeviceResponse, T.GetManagedDeviceError>>;

/**
 * Update managedDevice
 *
 * `PATCH /deviceManagement/managedDevices/{managedDevice-id}`
 */
export declare function buildUpdateManagedDeviceRequest(parameters: T.UpdateManagedDeviceParameters, body: T.UpdateManagedDeviceRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateManagedDeviceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateManagedDeviceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateManagedDeviceResponse, T.UpdateManagedDeviceError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/deviceManagement`
   */
  readonly deviceManagement: {
    /**
     * `/deviceManagement/managedDevices`
     */
    readonly managedDevices: {
      /**
       * List managedDevices
       *
       * `GET /deviceManagement/managedDevices`
       */
      readonly get: {
        <S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(
          options?: RequestOptions & {
            query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
          }
        ): Promise<SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>>;
        /** Every page, following `@odata.nextLink` until the last (see `PagingOptions`). */
        pages<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(
          options?: RequestOptions & {
            query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
          } & PagingOptions
        ): PagedIterable<SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>>;
        /** Every item of every page, following `@odata.nextLink` (see `PagingOptions`). */
        items<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(
          options?: RequestOptions & {
            query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
          } & PagingOptions
        ): PagedIterable<Selected<T.ManagedDevice, S>>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.listManagedDevices;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(
          options?: RequestOptions & {
            query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
          }
        ): Promise<ApiResult<SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>, T.ListManagedDevicesError>>;
        /** The same call as a step of a JSON batch (`createBatchClient().send([...])`), not sent now. */
        step<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(
          step: BatchStepOptions,
          options?: RequestOptions & {
            query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>
          },
        ): BatchStep<ApiResult<T.ListManagedDevicesResponse, T.ListManagedDevicesError>>;
      };
      /**
       * Create managedDevice
       *
       * `POST /deviceManagement/managedDevices`
       */
      readonly post: {
        (
          body: T.CreateManagedDeviceRequestBody,
          options?: RequestOptions,
        ): Promise<T.CreateManagedDeviceResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.createManagedDevice;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.CreateManagedDeviceRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.CreateManagedDeviceResponse, T.CreateManagedDeviceError>>;
        /** The same call as a step of a JSON batch (`createBatchClient().send([...])`), not sent now. */
        step(
          step: BatchStepOptions,
          body: T.CreateManagedDeviceRequestBody,
          options?: RequestOptions,
        ): BatchStep<ApiResult<T.CreateManagedDeviceResponse, T.CreateManagedDeviceError>>;
      };
      /**
       * `/deviceManagement/managedDevices/{managedDevice-id}`
       */
      byManagedDeviceId(managedDeviceId: string): {
        /**
         * Get managedDevice
         *
         * `GET /deviceManagement/managedDevices/{managedDevice-id}`
         */
        readonly get: {
          <S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(
            options?: RequestOptions & {
              query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>
            }
          ): Promise<Selected<T.GetManagedDeviceResponse, S>>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getManagedDevice;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(
            options?: RequestOptions & {
              query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>
            }
          ): Promise<ApiResult<Selected<T.GetManagedDeviceResponse, S>, T.GetManagedDeviceError>>;
          /** The same call as a step of a JSON batch (`createBatchClient().send([...])`), not sent now. */
          step<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(
            step: BatchStepOptions,
            options?: RequestOptions & {
              query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>
            },
          ): BatchStep<ApiResult<T.GetManagedDeviceResponse, T.GetManagedDeviceError>>;
        };
        /**
         * Update managedDevice
         *
         * `PATCH /deviceManagement/managedDevices/{managedDevice-id}`
         */
        readonly patch: {
          (
            body: T.UpdateManagedDeviceRequestBody,
            options?: RequestOptions,
          ): Promise<T.UpdateManagedDeviceResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.updateManagedDevice;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.UpdateManagedDeviceRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.UpdateManagedDeviceResponse, T.UpdateManagedDeviceError>>;
          /** The same call as a step of a JSON batch (`createBatchClient().send([...])`), not sent now. */
          step(
            step: BatchStepOptions,
            body: T.UpdateManagedDeviceRequestBody,
            options?: RequestOptions,
          ): BatchStep<ApiResult<T.UpdateManagedDeviceResponse, T.UpdateManagedDeviceError>>;
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
