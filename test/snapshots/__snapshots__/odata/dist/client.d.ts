import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import { type PagedIterable, type PagingOptions, type Selecting, type Selected, type SelectedPage } from './runtime/paging.js';
export { ApiError, InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { RequestSummary, RequestValueLocation } from './runtime/errors.js';
export { CrossOriginLinkError } from './runtime/paging.js';
export type { ODataAnnotations, PagedIterable, PagingOptions, Selected, SelectedPage, Selecting, } from './runtime/paging.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenSource } from './runtime/transport.js';
/** The result of buildListManagedDevicesRequest when `$select` names `S` (the whole entity without `$select`). */
export type ListManagedDevicesResult<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never> = SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>;
/**
 * List managedDevices
 *
 * `GET /deviceManagement/managedDevices`
 */
export declare function buildListManagedDevicesRequest<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(parameters?: Omit<T.ListManagedDevicesParameters, 'query'> & {
    query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>;
}, options?: BuildOptions): BuiltRequest;
/**
 * Create managedDevice
 *
 * `POST /deviceManagement/managedDevices`
 */
export declare function buildCreateManagedDeviceRequest(parameters: T.CreateManagedDeviceParameters | undefined, body: T.CreateManagedDeviceRequestBody, options?: BuildOptions): BuiltRequest;
/** The result of buildGetManagedDeviceRequest when `$select` names `S` (the whole entity without `$select`). */
export type GetManagedDeviceResult<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never> = Selected<T.GetManagedDeviceResponse, S>;
/**
 * Get managedDevice
 *
 * `GET /deviceManagement/managedDevices/{managedDevice-id}`
 */
export declare function buildGetManagedDeviceRequest<S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(parameters: Omit<T.GetManagedDeviceParameters, 'query'> & {
    query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>;
}, options?: BuildOptions): BuiltRequest;
/**
 * Update managedDevice
 *
 * `PATCH /deviceManagement/managedDevices/{managedDevice-id}`
 */
export declare function buildUpdateManagedDeviceRequest(parameters: T.UpdateManagedDeviceParameters, body: T.UpdateManagedDeviceRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
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
                <S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(options?: RequestOptions & {
                    query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>;
                }): Promise<SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>>;
                /** Every page, following `@odata.nextLink` until the last (see `PagingOptions`). */
                pages<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(options?: RequestOptions & {
                    query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>;
                } & PagingOptions): PagedIterable<SelectedPage<T.ListManagedDevicesResponse, T.ManagedDevice, S, 'value'>>;
                /** Every item of every page, following `@odata.nextLink` (see `PagingOptions`). */
                items<S extends NonNullable<NonNullable<T.ListManagedDevicesParameters['query']>['$select']>[number] = never>(options?: RequestOptions & {
                    query?: Selecting<NonNullable<T.ListManagedDevicesParameters['query']>, S>;
                } & PagingOptions): PagedIterable<Selected<T.ManagedDevice, S>>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.listManagedDevices;
            };
            /**
             * Create managedDevice
             *
             * `POST /deviceManagement/managedDevices`
             */
            readonly post: {
                (body: T.CreateManagedDeviceRequestBody, options?: RequestOptions): Promise<T.CreateManagedDeviceResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.createManagedDevice;
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
                    <S extends NonNullable<NonNullable<T.GetManagedDeviceParameters['query']>['$select']>[number] = never>(options?: RequestOptions & {
                        query?: Selecting<NonNullable<T.GetManagedDeviceParameters['query']>, S>;
                    }): Promise<Selected<T.GetManagedDeviceResponse, S>>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getManagedDevice;
                };
                /**
                 * Update managedDevice
                 *
                 * `PATCH /deviceManagement/managedDevices/{managedDevice-id}`
                 */
                readonly patch: {
                    (body: T.UpdateManagedDeviceRequestBody, options?: RequestOptions): Promise<T.UpdateManagedDeviceResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.updateManagedDevice;
                };
            };
        };
    };
}
/**
 * Create the client.
 *
 * A call validates its request body, then sends `Authorization: Bearer <token>` with `getToken()`'s
 * token when the operation is secured, retries 429/503/504 (see `RetryOptions`), and fails with
 * `ApiError` (non-2xx), `NetworkError`, `TimeoutError` or the caller's abort reason.
 */
export declare function createClient(options?: ClientOptions): ApiClient;
