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
 * `GET /items`
 */
export declare function buildGetItem5Request(parameters?: T.GetItem5Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `PUT /items`
 */
export declare function buildGlobalThisPwned1Request(parameters?: T.GlobalThisPwned1Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /items`
 */
export declare function buildGetItemRequest(parameters: T.GetItemParameters | undefined, body: T.GetItemRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `DELETE /items`
 */
export declare function buildDeleteRequest(parameters?: T.DeleteParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /items/{id}`
 */
export declare function buildGetItem2Request(parameters: T.GetItem2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 *
 * `GET /items/{item-id}/sub.path/{odd.name}`
 */
export declare function buildGetItem3Request(parameters: T.GetItem3Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `PATCH /items/{item-id}/sub.path/{odd.name}`
 */
export declare function buildGetItem4Request(parameters: T.GetItem4Parameters, body?: T.GetItem4RequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /things/__proto__/constructor`
 */
export declare function buildProto2Request(parameters?: T.Proto2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `PUT /things/__proto__/constructor`
 */
export declare function buildToString2Request(parameters?: T.ToString2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /things/__proto__/constructor`
 */
export declare function buildConstructor2Request(parameters?: T.Constructor2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * `DELETE /things/__proto__/constructor`
 */
export declare function build_1opRequest(parameters?: T._1opParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/items`
     */
    readonly items: {
        /**
         * `GET /items`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetItem5Response>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getItem5;
        };
        /**
         * `PUT /items`
         */
        readonly put: {
            (options?: RequestOptions): Promise<T.GlobalThisPwned1Response>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.globalThisPwned1;
        };
        /**
         * `POST /items`
         */
        readonly post: {
            (body: T.GetItemRequestBody, options?: RequestOptions): Promise<T.GetItemResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getItem;
        };
        /**
         * `DELETE /items`
         */
        readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.delete_;
        };
        /**
         * `/items/{id}`
         */
        byId(id: string): {
            /**
             * `GET /items/{id}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetItem2Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getItem2;
            };
        };
        /**
         * `/items/{item-id}`
         */
        byItemId(itemId: string): {
            /**
             * `/items/{item-id}/sub.path`
             */
            readonly subPath: {
                /**
                 * `/items/{item-id}/sub.path/{odd.name}`
                 */
                byOddName(oddName: 'plain' | 'dq"' | "sq'" | 'back`tick' | '${x}' | 'back\\slash' | 'new\nline' | 'nul\u0000' | 'ls\u2028ps\u2029' | '__proto__' | 'constructor' | 'toString' | '*/ ; globalThis.pwned = 1; /*' | '"]; globalThis.pwned = 1; //' | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}' | '\ud83d\ude00'): {
                    /**
                     * Summary *\/ ; globalThis.pwned = 1; /* `tick`
                     *
                     * `GET /items/{item-id}/sub.path/{odd.name}`
                     */
                    readonly get: {
                        (options?: RequestOptions & Pick<T.GetItem3Parameters, 'query' | 'header'>): Promise<T.GetItem3Response>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getItem3;
                    };
                    /**
                     * `PATCH /items/{item-id}/sub.path/{odd.name}`
                     */
                    readonly patch: {
                        (body?: T.GetItem4RequestBody, options?: RequestOptions): Promise<T.GetItem4Response>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getItem4;
                    };
                };
            };
        };
    };
    /**
     * `/things`
     */
    readonly things: {
        /**
         * `/things/__proto__`
         */
        readonly proto: {
            /**
             * `/things/__proto__/constructor`
             */
            readonly constructor2: {
                /**
                 * `GET /things/__proto__/constructor`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.Proto2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.proto;
                };
                /**
                 * `PUT /things/__proto__/constructor`
                 */
                readonly put: {
                    (options?: RequestOptions): Promise<T.ToString2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.toString;
                };
                /**
                 * `POST /things/__proto__/constructor`
                 */
                readonly post: {
                    (options?: RequestOptions): Promise<T.Constructor2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.constructor_;
                };
                /**
                 * `DELETE /things/__proto__/constructor`
                 */
                readonly delete: {
                    (options?: RequestOptions): Promise<T._1opResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions._1op;
                };
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
