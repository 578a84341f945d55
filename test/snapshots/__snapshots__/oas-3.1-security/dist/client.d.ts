import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
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
 * Query parameter
 *
 * `GET /anything/apiKey`
 */
export declare function buildGetAnythingApiKeyRequest(parameters?: T.GetAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;
/**
 * Header
 *
 * `PUT /anything/apiKey`
 */
export declare function buildPutAnythingApiKeyRequest(parameters?: T.PutAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;
/**
 * Cookie
 *
 * `POST /anything/apiKey`
 */
export declare function buildPostAnythingApiKeyRequest(parameters?: T.PostAnythingApiKeyParameters, options?: BuildOptions): BuiltRequest;
/**
 * Basic
 *
 * `POST /anything/basic`
 */
export declare function buildPostAnythingBasicRequest(parameters?: T.PostAnythingBasicParameters, options?: BuildOptions): BuiltRequest;
/**
 * Bearer (`jwt` format)
 *
 * `PUT /anything/bearer`
 */
export declare function buildPutAnythingBearerRequest(parameters?: T.PutAnythingBearerParameters, options?: BuildOptions): BuiltRequest;
/**
 * Bearer
 *
 * `POST /anything/bearer`
 */
export declare function buildPostAnythingBearerRequest(parameters?: T.PostAnythingBearerParameters, options?: BuildOptions): BuiltRequest;
/**
 * `mutualTLS` auth
 *
 * `POST /anything/mutualTLS`
 */
export declare function buildPostAnythingMutualTLSRequest(parameters?: T.PostAnythingMutualTLSParameters, options?: BuildOptions): BuiltRequest;
/**
 * No auth requirements
 *
 * `POST /anything/no-auth`
 */
export declare function buildPostAnythingNoAuthRequest(parameters?: T.PostAnythingNoAuthParameters, options?: BuildOptions): BuiltRequest;
/**
 * General support (authorizationCode flow type)
 *
 * `GET /anything/oauth2`
 */
export declare function buildGetAnythingOauth2Request(parameters?: T.GetAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * General support (clientCredentials flow type)
 *
 * `PUT /anything/oauth2`
 */
export declare function buildPutAnythingOauth2Request(parameters?: T.PutAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * General support (all flow types)
 *
 * `POST /anything/oauth2`
 */
export declare function buildPostAnythingOauth2Request(parameters?: T.PostAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * General support (password flow type)
 *
 * `DELETE /anything/oauth2`
 */
export declare function buildDeleteAnythingOauth2Request(parameters?: T.DeleteAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * General support (implicit flow type)
 *
 * `PATCH /anything/oauth2`
 */
export declare function buildPatchAnythingOauth2Request(parameters?: T.PatchAnythingOauth2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * General support
 *
 * `POST /anything/openIdConnect`
 */
export declare function buildPostAnythingOpenIdConnectRequest(parameters?: T.PostAnythingOpenIdConnectParameters, options?: BuildOptions): BuiltRequest;
/**
 * Forced invalid authentication
 *
 * `POST /status/401`
 */
export declare function buildPostStatus401Request(parameters?: T.PostStatus401Parameters, options?: BuildOptions): BuiltRequest;
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
         * `/anything/apiKey`
         */
        readonly apiKey: {
            /**
             * Query parameter
             *
             * `GET /anything/apiKey`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingApiKeyResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingApiKey;
            };
            /**
             * Header
             *
             * `PUT /anything/apiKey`
             */
            readonly put: {
                (options?: RequestOptions): Promise<T.PutAnythingApiKeyResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.putAnythingApiKey;
            };
            /**
             * Cookie
             *
             * `POST /anything/apiKey`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingApiKeyResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingApiKey;
            };
        };
        /**
         * `/anything/basic`
         */
        readonly basic: {
            /**
             * Basic
             *
             * `POST /anything/basic`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingBasicResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingBasic;
            };
        };
        /**
         * `/anything/bearer`
         */
        readonly bearer: {
            /**
             * Bearer (`jwt` format)
             *
             * `PUT /anything/bearer`
             */
            readonly put: {
                (options?: RequestOptions): Promise<T.PutAnythingBearerResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.putAnythingBearer;
            };
            /**
             * Bearer
             *
             * `POST /anything/bearer`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingBearerResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingBearer;
            };
        };
        /**
         * `/anything/mutualTLS`
         */
        readonly mutualTLS: {
            /**
             * `mutualTLS` auth
             *
             * `POST /anything/mutualTLS`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingMutualTLSResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingMutualTLS;
            };
        };
        /**
         * `/anything/no-auth`
         */
        readonly noAuth: {
            /**
             * No auth requirements
             *
             * `POST /anything/no-auth`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingNoAuthResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingNoAuth;
            };
        };
        /**
         * `/anything/oauth2`
         */
        readonly oauth2: {
            /**
             * General support (authorizationCode flow type)
             *
             * `GET /anything/oauth2`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAnythingOauth2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnythingOauth2;
            };
            /**
             * General support (clientCredentials flow type)
             *
             * `PUT /anything/oauth2`
             */
            readonly put: {
                (options?: RequestOptions): Promise<T.PutAnythingOauth2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.putAnythingOauth2;
            };
            /**
             * General support (all flow types)
             *
             * `POST /anything/oauth2`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingOauth2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOauth2;
            };
            /**
             * General support (password flow type)
             *
             * `DELETE /anything/oauth2`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteAnythingOauth2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteAnythingOauth2;
            };
            /**
             * General support (implicit flow type)
             *
             * `PATCH /anything/oauth2`
             */
            readonly patch: {
                (options?: RequestOptions): Promise<T.PatchAnythingOauth2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.patchAnythingOauth2;
            };
        };
        /**
         * `/anything/openIdConnect`
         */
        readonly openIdConnect: {
            /**
             * General support
             *
             * `POST /anything/openIdConnect`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostAnythingOpenIdConnectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOpenIdConnect;
            };
        };
    };
    /**
     * `/status`
     */
    readonly status: {
        /**
         * `/status/401`
         */
        readonly _401: {
            /**
             * Forced invalid authentication
             *
             * `POST /status/401`
             */
            readonly post: {
                (options?: RequestOptions): Promise<T.PostStatus401Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postStatus401;
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
     * API keys: one value for every apiKey scheme, or one per scheme by its name in the spec (`apiKey_cookie`, `apiKey_header`, `apiKey_query`).
     */
    readonly apiKey?: Secret | {
        /**
         * Security scheme `apiKey_cookie`: the `api_key` cookie.
         */
        readonly apiKey_cookie?: Secret | undefined;
        /**
         * Security scheme `apiKey_header`: the `X-API-KEY` header.
         */
        readonly apiKey_header?: Secret | undefined;
        /**
         * Security scheme `apiKey_query`: the `apiKey` query parameter.
         */
        readonly apiKey_query?: Secret | undefined;
    } | undefined;
    /**
     * HTTP Basic: sent as `Authorization: Basic <base64(username:password)>`.
     */
    readonly basic?: BasicCredentials | (() => BasicCredentials | undefined | Promise<BasicCredentials | undefined>) | undefined;
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
