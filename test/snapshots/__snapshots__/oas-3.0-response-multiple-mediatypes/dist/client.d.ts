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
 * Multiple response types with multiple examples
 *
 * `POST /multiple-types-multiple-examples`
 */
export declare function buildPostMultipleTypesMultipleExamplesRequest(parameters?: T.PostMultipleTypesMultipleExamplesParameters, body?: T.PostMultipleTypesMultipleExamplesRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Multiple response types with a single example
 *
 * `POST /multiple-types-single-example`
 */
export declare function buildPostMultipleTypesSingleExampleRequest(parameters?: T.PostMultipleTypesSingleExampleParameters, body?: T.PostMultipleTypesSingleExampleRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Single media type with multiple examples
 *
 * `GET /single-type-multiple-examples`
 */
export declare function buildGetSingleTypeMultipleExamplesRequest(parameters?: T.GetSingleTypeMultipleExamplesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Single media type with a single example
 *
 * `GET /single-type-single-example`
 */
export declare function buildGetSingleTypeSingleExampleRequest(parameters?: T.GetSingleTypeSingleExampleParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
    /**
     * `/multiple-types-multiple-examples`
     */
    readonly multipleTypesMultipleExamples: {
        /**
         * Multiple response types with multiple examples
         *
         * `POST /multiple-types-multiple-examples`
         */
        readonly post: {
            (body?: T.PostMultipleTypesMultipleExamplesRequestBody, options?: RequestOptions): Promise<T.PostMultipleTypesMultipleExamplesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postMultipleTypesMultipleExamples;
        };
    };
    /**
     * `/multiple-types-single-example`
     */
    readonly multipleTypesSingleExample: {
        /**
         * Multiple response types with a single example
         *
         * `POST /multiple-types-single-example`
         */
        readonly post: {
            (body?: T.PostMultipleTypesSingleExampleRequestBody, options?: RequestOptions): Promise<T.PostMultipleTypesSingleExampleResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postMultipleTypesSingleExample;
        };
    };
    /**
     * `/single-type-multiple-examples`
     */
    readonly singleTypeMultipleExamples: {
        /**
         * Single media type with multiple examples
         *
         * `GET /single-type-multiple-examples`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetSingleTypeMultipleExamplesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSingleTypeMultipleExamples;
        };
    };
    /**
     * `/single-type-single-example`
     */
    readonly singleTypeSingleExample: {
        /**
         * Single media type with a single example
         *
         * `GET /single-type-single-example`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetSingleTypeSingleExampleResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSingleTypeSingleExample;
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
