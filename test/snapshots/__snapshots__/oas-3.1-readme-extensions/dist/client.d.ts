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
 * Custom code samples with the "x-code-samples" extension
 *
 * `GET /x-code-samples`
 */
export declare function buildXCodeSamplesRequest(parameters?: T.XCodeSamplesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Custom code samples with the "x-readme.code-samples" extension
 *
 * `POST /x-code-samples`
 */
export declare function buildXReadmeCodeSamplesRequest(parameters?: T.XReadmeCodeSamplesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 *
 * `POST /x-explorer-enabled`
 */
export declare function buildXReadmeExplorerEnabledRequest(parameters: T.XReadmeExplorerEnabledParameters | undefined, body: T.XReadmeExplorerEnabledRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Disable interactivity with the "x-explorer-enabled" extension
 *
 * `PATCH /x-explorer-enabled`
 */
export declare function buildXExplorerEnabledRequest(parameters: T.XExplorerEnabledParameters | undefined, body: T.XExplorerEnabledRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Static headers with the "x-readme.headers" extension
 *
 * `POST /x-headers`
 */
export declare function buildXReadmeHeadersRequest(parameters?: T.XReadmeHeadersParameters, options?: BuildOptions): BuiltRequest;
/**
 * Static headers with the "x-headers" extension
 *
 * `PATCH /x-headers`
 */
export declare function buildXHeadersRequest(parameters?: T.XHeadersParameters, options?: BuildOptions): BuiltRequest;
/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 *
 * `POST /x-proxy-enabled`
 */
export declare function buildXReadmeProxyEnabledRequest(parameters?: T.XReadmeProxyEnabledParameters, options?: BuildOptions): BuiltRequest;
/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 *
 * `PATCH /x-proxy-enabled`
 */
export declare function buildXProxyEnabledRequest(parameters?: T.XProxyEnabledParameters, options?: BuildOptions): BuiltRequest;
/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 *
 * `GET /x-samples-languages`
 */
export declare function buildXReadmeSamplesLanguagesRequest(parameters?: T.XReadmeSamplesLanguagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Control available code sample languages the "x-samples-languages" extension
 *
 * `POST /x-samples-languages`
 */
export declare function buildXSamplesLanguagesRequest(parameters?: T.XSamplesLanguagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/x-code-samples`
     */
    readonly xCodeSamples: {
        /**
         * Custom code samples with the "x-code-samples" extension
         *
         * `GET /x-code-samples`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.XCodeSamplesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xCodeSamples;
        };
        /**
         * Custom code samples with the "x-readme.code-samples" extension
         *
         * `POST /x-code-samples`
         */
        readonly post: {
            (options?: RequestOptions): Promise<T.XReadmeCodeSamplesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xReadmeCodeSamples;
        };
    };
    /**
     * `/x-explorer-enabled`
     */
    readonly xExplorerEnabled: {
        /**
         * Disable interactivity with the "x-readme.explorer-enabled" extension
         *
         * `POST /x-explorer-enabled`
         */
        readonly post: {
            (body: T.XReadmeExplorerEnabledRequestBody, options?: RequestOptions): Promise<T.XReadmeExplorerEnabledResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xReadmeExplorerEnabled;
        };
        /**
         * Disable interactivity with the "x-explorer-enabled" extension
         *
         * `PATCH /x-explorer-enabled`
         */
        readonly patch: {
            (body: T.XExplorerEnabledRequestBody, options?: RequestOptions): Promise<T.XExplorerEnabledResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xExplorerEnabled;
        };
    };
    /**
     * `/x-headers`
     */
    readonly xHeaders: {
        /**
         * Static headers with the "x-readme.headers" extension
         *
         * `POST /x-headers`
         */
        readonly post: {
            (options?: RequestOptions): Promise<T.XReadmeHeadersResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xReadmeHeaders;
        };
        /**
         * Static headers with the "x-headers" extension
         *
         * `PATCH /x-headers`
         */
        readonly patch: {
            (options?: RequestOptions): Promise<T.XHeadersResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xHeaders;
        };
    };
    /**
     * `/x-proxy-enabled`
     */
    readonly xProxyEnabled: {
        /**
         * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
         *
         * `POST /x-proxy-enabled`
         */
        readonly post: {
            (options?: RequestOptions): Promise<T.XReadmeProxyEnabledResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xReadmeProxyEnabled;
        };
        /**
         * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
         *
         * `PATCH /x-proxy-enabled`
         */
        readonly patch: {
            (options?: RequestOptions): Promise<T.XProxyEnabledResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xProxyEnabled;
        };
    };
    /**
     * `/x-samples-languages`
     */
    readonly xSamplesLanguages: {
        /**
         * Control available code sample languages the "x-readme.samples-languages" extension
         *
         * `GET /x-samples-languages`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.XReadmeSamplesLanguagesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xReadmeSamplesLanguages;
        };
        /**
         * Control available code sample languages the "x-samples-languages" extension
         *
         * `POST /x-samples-languages`
         */
        readonly post: {
            (options?: RequestOptions): Promise<T.XSamplesLanguagesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.xSamplesLanguages;
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
