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
 * Direct self-reference (TreeNode.parent → TreeNode)
 *
 * `POST /direct`
 */
export declare function buildDirectCircularRequest(parameters?: T.DirectCircularParameters, body?: T.DirectCircularRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Two-hop chain (Person → Company → Person)
 *
 * `POST /indirect`
 */
export declare function buildIndirectCircularRequest(parameters?: T.IndirectCircularParameters, body?: T.IndirectCircularRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Multiple self-referencing properties
 *
 * `POST /multiple`
 */
export declare function buildMultipleCircularRequest(parameters?: T.MultipleCircularParameters, body?: T.MultipleCircularRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Circular in oneOf option
 *
 * `POST /polymorphic`
 */
export declare function buildPolymorphicCircularRequest(parameters?: T.PolymorphicCircularParameters, body?: T.PolymorphicCircularRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/direct`
     */
    readonly direct: {
        /**
         * Direct self-reference (TreeNode.parent → TreeNode)
         *
         * `POST /direct`
         */
        readonly post: {
            (body?: T.DirectCircularRequestBody, options?: RequestOptions): Promise<T.DirectCircularResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.directCircular;
        };
    };
    /**
     * `/indirect`
     */
    readonly indirect: {
        /**
         * Two-hop chain (Person → Company → Person)
         *
         * `POST /indirect`
         */
        readonly post: {
            (body?: T.IndirectCircularRequestBody, options?: RequestOptions): Promise<T.IndirectCircularResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.indirectCircular;
        };
    };
    /**
     * `/multiple`
     */
    readonly multiple: {
        /**
         * Multiple self-referencing properties
         *
         * `POST /multiple`
         */
        readonly post: {
            (body?: T.MultipleCircularRequestBody, options?: RequestOptions): Promise<T.MultipleCircularResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.multipleCircular;
        };
    };
    /**
     * `/polymorphic`
     */
    readonly polymorphic: {
        /**
         * Circular in oneOf option
         *
         * `POST /polymorphic`
         */
        readonly post: {
            (body?: T.PolymorphicCircularRequestBody, options?: RequestOptions): Promise<T.PolymorphicCircularResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.polymorphicCircular;
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
