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
 * Multiple forms of auth are required (&&)
 *
 * `POST /anything/and`
 */
export declare function buildPostAnythingAndRequest(parameters?: T.PostAnythingAndParameters, options?: BuildOptions): BuiltRequest;
/**
 * Two security flows are present, one of which has multiple forms of required auth (&& ||)
 *
 * `POST /anything/and-or`
 */
export declare function buildPostAnythingAndOrRequest(parameters?: T.PostAnythingAndOrParameters, options?: BuildOptions): BuiltRequest;
/**
 * Many security flows are present, each with multiple forms of required auth (&& ||)
 *
 * `POST /anything/many-and-or`
 */
export declare function buildPostAnythingManyAndOrRequest(parameters?: T.PostAnythingManyAndOrParameters, options?: BuildOptions): BuiltRequest;
/**
 * Two forms of auth can be used, only one is required (||)
 *
 * `POST /anything/or`
 */
export declare function buildPostAnythingOrRequest(parameters?: T.PostAnythingOrParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
    /**
     * `/anything`
     */
    readonly anything: {
        /**
         * `/anything/and`
         */
        readonly and: {
            /**
             * Multiple forms of auth are required (&&)
             *
             * `POST /anything/and`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingAndResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingAnd;
            };
        };
        /**
         * `/anything/and-or`
         */
        readonly andOr: {
            /**
             * Two security flows are present, one of which has multiple forms of required auth (&& ||)
             *
             * `POST /anything/and-or`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingAndOrResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingAndOr;
            };
        };
        /**
         * `/anything/many-and-or`
         */
        readonly manyAndOr: {
            /**
             * Many security flows are present, each with multiple forms of required auth (&& ||)
             *
             * `POST /anything/many-and-or`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingManyAndOrResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingManyAndOr;
            };
        };
        /**
         * `/anything/or`
         */
        readonly or: {
            /**
             * Two forms of auth can be used, only one is required (||)
             *
             * `POST /anything/or`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingOrResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOr;
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
