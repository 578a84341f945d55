import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { Secret } from './runtime/credentials.js';
import type { BinaryResponse } from './runtime/body.js';
export { ApiError, InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { RequestSummary, RequestValueLocation } from './runtime/errors.js';
export { CrossOriginLinkError } from './runtime/paging.js';
export type { ODataAnnotations, PagedIterable, PagingOptions, Selected, SelectedPage, Selecting, } from './runtime/paging.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenSource } from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';
/**
 * Array of objects
 *
 * `GET /anything/array-of-objects`
 */
export declare function buildGetAnythingArrayOfObjectsRequest(parameters?: T.GetAnythingArrayOfObjectsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Array of primitives
 *
 * `GET /anything/array-of-primitives`
 */
export declare function buildGetAnythingArrayOfPrimitivesRequest(parameters?: T.GetAnythingArrayOfPrimitivesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Markdown
 *
 * `GET /anything/markdown`
 */
export declare function buildGetAnythingMarkdownRequest(parameters?: T.GetAnythingMarkdownParameters, options?: BuildOptions): BuiltRequest;
/**
 * Object (also demonstrates readonly/writeonly)
 *
 * `GET /anything/object`
 */
export declare function buildGetAnythingObjectRequest(parameters?: T.GetAnythingObjectParameters, body?: T.GetAnythingObjectRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Polymorphism
 *
 * `GET /anything/polymorphism`
 */
export declare function buildGetAnythingPolymorphismRequest(parameters?: T.GetAnythingPolymorphismParameters, options?: BuildOptions): BuiltRequest;
/**
 * Recursive $ref lookup
 *
 * `GET /anything/recursive`
 */
export declare function buildGetAnythingRecursiveRequest(parameters?: T.GetAnythingRecursiveParameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns as JSON, but is actually a simple string
 *
 * `GET /anything/returns-as-json-but-is-actually-string`
 */
export declare function buildGetAnythingReturnsAsJsonButIsActuallyStringRequest(parameters?: T.GetAnythingReturnsAsJsonButIsActuallyStringParameters, options?: BuildOptions): BuiltRequest;
/**
 * Object
 *
 * `GET /multiple-responses/object`
 */
export declare function buildGetMultipleResponsesObjectRequest(parameters?: T.GetMultipleResponsesObjectParameters, options?: BuildOptions): BuiltRequest;
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
         * `/anything/array-of-objects`
         */
        readonly arrayOfObjects: {
            /**
             * Array of objects
             *
             * `GET /anything/array-of-objects`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingArrayOfObjectsResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingArrayOfObjects;
            };
        };
        /**
         * `/anything/array-of-primitives`
         */
        readonly arrayOfPrimitives: {
            /**
             * Array of primitives
             *
             * `GET /anything/array-of-primitives`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingArrayOfPrimitivesResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingArrayOfPrimitives;
            };
        };
        /**
         * `/anything/markdown`
         */
        readonly markdown: {
            /**
             * Markdown
             *
             * `GET /anything/markdown`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingMarkdownResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingMarkdown;
            };
        };
        /**
         * `/anything/object`
         */
        readonly object: {
            /**
             * Object (also demonstrates readonly/writeonly)
             *
             * `GET /anything/object`
             */
            readonly get: {
                (body?: T.GetAnythingObjectRequestBody, options?: RequestOptions): Promise<T.GetAnythingObjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingObject;
            };
        };
        /**
         * `/anything/polymorphism`
         */
        readonly polymorphism: {
            /**
             * Polymorphism
             *
             * `GET /anything/polymorphism`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingPolymorphismResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingPolymorphism;
            };
        };
        /**
         * `/anything/recursive`
         */
        readonly recursive: {
            /**
             * Recursive $ref lookup
             *
             * `GET /anything/recursive`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingRecursiveResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingRecursive;
            };
        };
        /**
         * `/anything/returns-as-json-but-is-actually-string`
         */
        readonly returnsAsJsonButIsActuallyString: {
            /**
             * Returns as JSON, but is actually a simple string
             *
             * `GET /anything/returns-as-json-but-is-actually-string`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingReturnsAsJsonButIsActuallyString;
            };
        };
    };
    /**
     * `/multiple-responses`
     */
    readonly multipleResponses: {
        /**
         * `/multiple-responses/object`
         */
        readonly object: {
            /**
             * Object
             *
             * `GET /multiple-responses/object`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetMultipleResponsesObjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMultipleResponsesObject;
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
