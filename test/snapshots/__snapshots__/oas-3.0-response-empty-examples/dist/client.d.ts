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
 * `GET /examples`
 */
export declare function buildGetExamplesRequest(parameters?: T.GetExamplesParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
    /**
     * `/examples`
     */
    readonly examples: {
        /**
         * `GET /examples`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetExamplesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getExamples;
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
