import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
export { ApiError, InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { RequestSummary, RequestValueLocation } from './runtime/errors.js';
export { CrossOriginLinkError } from './runtime/paging.js';
export type { ODataAnnotations, PagedIterable, PagingOptions, Selected, SelectedPage, Selecting, } from './runtime/paging.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenSource } from './runtime/transport.js';
/**
 * List available data sets
 *
 * `GET /`
 */
export declare function buildListDataSetsRequest(parameters?: T.ListDataSetsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Provides the general information about the API and the list of fields that can be used to query the dataset.
 *
 * `GET /{dataset}/{version}/fields`
 */
export declare function buildListSearchableFieldsRequest(parameters: T.ListSearchableFieldsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Provides search capability for the data set with the given search criteria.
 *
 * `POST /{dataset}/{version}/records`
 */
export declare function buildPerformSearchRequest(parameters: T.PerformSearchParameters, body?: T.PerformSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
    /**
     * List available data sets
     *
     * `GET /`
     */
    readonly get: {
        (options?: RequestOptions): Promise<T.ListDataSetsResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.listDataSets;
    };
    /**
     * `/{dataset}`
     */
    byDataset(dataset: string): {
        /**
         * `/{dataset}/{version}`
         */
        byVersion(version: string): {
            /**
             * `/{dataset}/{version}/fields`
             */
            readonly fields: {
                /**
                 * Provides the general information about the API and the list of fields that can be used to query the dataset.
                 *
                 * `GET /{dataset}/{version}/fields`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.ListSearchableFieldsResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.listSearchableFields;
                };
            };
            /**
             * `/{dataset}/{version}/records`
             */
            readonly records: {
                /**
                 * Provides search capability for the data set with the given search criteria.
                 *
                 * `POST /{dataset}/{version}/records`
                 */
                readonly post: {
                    (body?: T.PerformSearchRequestBody, options?: RequestOptions): Promise<T.PerformSearchResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.performSearch;
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
