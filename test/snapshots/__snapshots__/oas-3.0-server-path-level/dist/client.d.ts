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
 * Empty operation-level servers
 *
 * `GET /empty-operation-servers`
 */
export declare function buildGetEmptyOperationServersRequest(parameters?: T.GetEmptyOperationServersParameters, options?: BuildOptions): BuiltRequest;
/**
 * Empty path-level servers
 *
 * `GET /empty-path-item-servers`
 */
export declare function buildGetEmptyPathItemServersRequest(parameters?: T.GetEmptyPathItemServersParameters, options?: BuildOptions): BuiltRequest;
/**
 * Operation-level server variables
 *
 * `GET /operation-server-variables`
 */
export declare function buildGetOperationServerVariablesRequest(parameters?: T.GetOperationServerVariablesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Path item ref server source
 *
 * `GET /path-item-ref-server`
 */
export declare function buildGetPathItemRefServerRequest(parameters?: T.GetPathItemRefServerParameters, options?: BuildOptions): BuiltRequest;
/**
 * Path item ref server source
 *
 * `GET /path-item-server-source`
 */
export declare function buildGetPathItemServerSourceRequest(parameters?: T.GetPathItemServerSourceParameters, options?: BuildOptions): BuiltRequest;
/**
 * Relative operation-level server
 *
 * `GET /relative-operation-server`
 */
export declare function buildGetRelativeOperationServerRequest(parameters?: T.GetRelativeOperationServerParameters, options?: BuildOptions): BuiltRequest;
/**
 * Relative path-level server
 *
 * `GET /relative-path-server`
 */
export declare function buildGetRelativePathServerRequest(parameters?: T.GetRelativePathServerParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/empty-operation-servers`
     */
    readonly emptyOperationServers: {
        /**
         * Empty operation-level servers
         *
         * `GET /empty-operation-servers`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetEmptyOperationServersResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getEmptyOperationServers;
        };
    };
    /**
     * `/empty-path-item-servers`
     */
    readonly emptyPathItemServers: {
        /**
         * Empty path-level servers
         *
         * `GET /empty-path-item-servers`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetEmptyPathItemServersResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getEmptyPathItemServers;
        };
    };
    /**
     * `/operation-server-variables`
     */
    readonly operationServerVariables: {
        /**
         * Operation-level server variables
         *
         * `GET /operation-server-variables`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetOperationServerVariablesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getOperationServerVariables;
        };
    };
    /**
     * `/path-item-ref-server`
     */
    readonly pathItemRefServer: {
        /**
         * Path item ref server source
         *
         * `GET /path-item-ref-server`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetPathItemRefServerResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getPathItemRefServer;
        };
    };
    /**
     * `/path-item-server-source`
     */
    readonly pathItemServerSource: {
        /**
         * Path item ref server source
         *
         * `GET /path-item-server-source`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetPathItemServerSourceResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getPathItemServerSource;
        };
    };
    /**
     * `/relative-operation-server`
     */
    readonly relativeOperationServer: {
        /**
         * Relative operation-level server
         *
         * `GET /relative-operation-server`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetRelativeOperationServerResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getRelativeOperationServer;
        };
    };
    /**
     * `/relative-path-server`
     */
    readonly relativePathServer: {
        /**
         * Relative path-level server
         *
         * `GET /relative-path-server`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetRelativePathServerResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getRelativePathServer;
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
