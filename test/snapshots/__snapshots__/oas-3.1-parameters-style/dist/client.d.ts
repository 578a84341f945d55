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
 * Standard (no encoding)
 *
 * `POST /anything/form-data`
 */
export declare function buildFormDataStandardRequest(parameters?: T.FormDataStandardParameters, body?: T.FormDataStandardRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * deepObject (exploded)
 *
 * `POST /anything/form-data/deepObject`
 */
export declare function buildFormDataDeepObjectExplodedRequest(parameters?: T.FormDataDeepObjectExplodedParameters, body?: T.FormDataDeepObjectExplodedRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Form (exploded)
 *
 * `PUT /anything/form-data/form`
 */
export declare function buildFormDataFormExplodedRequest(parameters?: T.FormDataFormExplodedParameters, body?: T.FormDataFormExplodedRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Form (non-exploded)
 *
 * `POST /anything/form-data/form`
 */
export declare function buildFormDataFormNonExplodedRequest(parameters?: T.FormDataFormNonExplodedParameters, body?: T.FormDataFormNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * pipeDelimited (non-exploded)
 *
 * `POST /anything/form-data/pipeDelimited`
 */
export declare function buildFormDataPipeDelimitedNonExplodedRequest(parameters?: T.FormDataPipeDelimitedNonExplodedParameters, body?: T.FormDataPipeDelimitedNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * spaceDelimited (non-exploded)
 *
 * `GET /anything/form-data/spaceDelimited`
 */
export declare function buildFormDataSpaceDelimitedNonExplodedRequest(parameters?: T.FormDataSpaceDelimitedNonExplodedParameters, body?: T.FormDataSpaceDelimitedNonExplodedRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Standard (no style)
 *
 * `GET /anything/headers`
 */
export declare function buildHeadersStandardRequest(parameters?: T.HeadersStandardParameters, options?: BuildOptions): BuiltRequest;
/**
 * Simple (non-exploded)
 *
 * `GET /anything/headers/simple`
 */
export declare function buildHeadersSimpleNonExplodedRequest(parameters?: T.HeadersSimpleNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Simple (exploded)
 *
 * `POST /anything/headers/simple`
 */
export declare function buildHeadersSimpleExplodedRequest(parameters?: T.HeadersSimpleExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Label (non-exploded)
 *
 * `GET /anything/path/label/{primitive}/{array}/{object}`
 */
export declare function buildPathsLabelNonExplodedRequest(parameters: T.PathsLabelNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Label (exploded)
 *
 * `POST /anything/path/label/{primitive}/{array}/{object}`
 */
export declare function buildPathsLabelExplodedRequest(parameters: T.PathsLabelExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Matrix (non-exploded)
 *
 * `GET /anything/path/matrix/{primitive}/{array}/{object}`
 */
export declare function buildPathsMatrixNonExplodedRequest(parameters: T.PathsMatrixNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Matrix (exploded)
 *
 * `POST /anything/path/matrix/{primitive}/{array}/{object}`
 */
export declare function buildPathsMatrixExplodedRequest(parameters: T.PathsMatrixExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Simple (non-exploded)
 *
 * `GET /anything/path/simple/{primitive}/{array}/{object}`
 */
export declare function buildPathsSimpleNonExplodedRequest(parameters: T.PathsSimpleNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Simple (exploded)
 *
 * `POST /anything/path/simple/{primitive}/{array}/{object}`
 */
export declare function buildPathsSimpleExplodedRequest(parameters: T.PathsSimpleExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Standard (no style)
 *
 * `GET /anything/path/{primitive}/{array}/{object}`
 */
export declare function buildPathsStandardRequest(parameters: T.PathsStandardParameters, options?: BuildOptions): BuiltRequest;
/**
 * Standard (no style)
 *
 * `GET /anything/query`
 */
export declare function buildQueryStandardRequest(parameters?: T.QueryStandardParameters, options?: BuildOptions): BuiltRequest;
/**
 * deepObject (exploded)
 *
 * `GET /anything/query/deepObject`
 */
export declare function buildQueryDeepObjectNonExplodedRequest(parameters?: T.QueryDeepObjectNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Form (non-exploded)
 *
 * `GET /anything/query/form`
 */
export declare function buildQueryFormNonExplodedRequest(parameters?: T.QueryFormNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Form (exploded)
 *
 * `POST /anything/query/form`
 */
export declare function buildQueryFormExplodedRequest(parameters?: T.QueryFormExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * pipeDelimited (non-exploded)
 *
 * `GET /anything/query/pipeDelimited`
 */
export declare function buildQueryPipeDelimitedNonExplodedRequest(parameters?: T.QueryPipeDelimitedNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * spaceDelimited (non-exploded)
 *
 * `GET /anything/query/spaceDelimited`
 */
export declare function buildQuerySpaceDelimitedNonExplodedRequest(parameters?: T.QuerySpaceDelimitedNonExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Standard (no style)
 *
 * `GET /cookies`
 */
export declare function buildCookiesStandardRequest(parameters?: T.CookiesStandardParameters, options?: BuildOptions): BuiltRequest;
/**
 * Form (exploded)
 *
 * `GET /cookies#formExploded`
 */
export declare function buildCookiesFormExplodedRequest(parameters?: T.CookiesFormExplodedParameters, options?: BuildOptions): BuiltRequest;
/**
 * Form (non-exploded)
 *
 * `GET /cookies#formNonExploded`
 */
export declare function buildCookiesFormNonExplodedRequest(parameters?: T.CookiesFormNonExplodedParameters, options?: BuildOptions): BuiltRequest;
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
         * `/anything/form-data`
         */
        readonly formData: {
            /**
             * Standard (no encoding)
             *
             * `POST /anything/form-data`
             */
            readonly post: {
                (body?: T.FormDataStandardRequestBody, options?: RequestOptions): Promise<T.FormDataStandardResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.formDataStandard;
            };
            /**
             * `/anything/form-data/deepObject`
             */
            readonly deepObject: {
                /**
                 * deepObject (exploded)
                 *
                 * `POST /anything/form-data/deepObject`
                 */
                readonly post: {
                    (body?: T.FormDataDeepObjectExplodedRequestBody, options?: RequestOptions): Promise<T.FormDataDeepObjectExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.formDataDeepObjectExploded;
                };
            };
            /**
             * `/anything/form-data/form`
             */
            readonly form: {
                /**
                 * Form (exploded)
                 *
                 * `PUT /anything/form-data/form`
                 */
                readonly put: {
                    (body?: T.FormDataFormExplodedRequestBody, options?: RequestOptions): Promise<T.FormDataFormExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.formDataFormExploded;
                };
                /**
                 * Form (non-exploded)
                 *
                 * `POST /anything/form-data/form`
                 */
                readonly post: {
                    (body?: T.FormDataFormNonExplodedRequestBody, options?: RequestOptions): Promise<T.FormDataFormNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.formDataFormNonExploded;
                };
            };
            /**
             * `/anything/form-data/pipeDelimited`
             */
            readonly pipeDelimited: {
                /**
                 * pipeDelimited (non-exploded)
                 *
                 * `POST /anything/form-data/pipeDelimited`
                 */
                readonly post: {
                    (body?: T.FormDataPipeDelimitedNonExplodedRequestBody, options?: RequestOptions): Promise<T.FormDataPipeDelimitedNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.formDataPipeDelimitedNonExploded;
                };
            };
            /**
             * `/anything/form-data/spaceDelimited`
             */
            readonly spaceDelimited: {
                /**
                 * spaceDelimited (non-exploded)
                 *
                 * `GET /anything/form-data/spaceDelimited`
                 */
                readonly get: {
                    (body?: T.FormDataSpaceDelimitedNonExplodedRequestBody, options?: RequestOptions): Promise<T.FormDataSpaceDelimitedNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.formDataSpaceDelimitedNonExploded;
                };
            };
        };
        /**
         * `/anything/headers`
         */
        readonly headers: {
            /**
             * Standard (no style)
             *
             * `GET /anything/headers`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.HeadersStandardParameters, 'header'>): Promise<T.HeadersStandardResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.headersStandard;
            };
            /**
             * `/anything/headers/simple`
             */
            readonly simple: {
                /**
                 * Simple (non-exploded)
                 *
                 * `GET /anything/headers/simple`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.HeadersSimpleNonExplodedParameters, 'header'>): Promise<T.HeadersSimpleNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.headersSimpleNonExploded;
                };
                /**
                 * Simple (exploded)
                 *
                 * `POST /anything/headers/simple`
                 */
                readonly post: {
                    (options?: RequestOptions & Pick<T.HeadersSimpleExplodedParameters, 'header'>): Promise<T.HeadersSimpleExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.headersSimpleExploded;
                };
            };
        };
        /**
         * `/anything/path`
         */
        readonly path: {
            /**
             * `/anything/path/label`
             */
            readonly label: {
                /**
                 * `/anything/path/label/{primitive}`
                 */
                byPrimitive(primitive: string): {
                    /**
                     * `/anything/path/label/{primitive}/{array}`
                     */
                    byArray(array: string[]): {
                        /**
                         * `/anything/path/label/{primitive}/{array}/{object}`
                         */
                        byObject(object_: {
                            name?: string;
                            description?: string;
                        }): {
                            /**
                             * Label (non-exploded)
                             *
                             * `GET /anything/path/label/{primitive}/{array}/{object}`
                             */
                            readonly get: {
                                (options?: RequestOptions): Promise<T.PathsLabelNonExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsLabelNonExploded;
                            };
                            /**
                             * Label (exploded)
                             *
                             * `POST /anything/path/label/{primitive}/{array}/{object}`
                             */
                            readonly post: {
                                (options?: RequestOptions): Promise<T.PathsLabelExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsLabelExploded;
                            };
                        };
                    };
                };
            };
            /**
             * `/anything/path/matrix`
             */
            readonly matrix: {
                /**
                 * `/anything/path/matrix/{primitive}`
                 */
                byPrimitive(primitive: string): {
                    /**
                     * `/anything/path/matrix/{primitive}/{array}`
                     */
                    byArray(array: string[]): {
                        /**
                         * `/anything/path/matrix/{primitive}/{array}/{object}`
                         */
                        byObject(object_: {
                            name?: string;
                            description?: string;
                        }): {
                            /**
                             * Matrix (non-exploded)
                             *
                             * `GET /anything/path/matrix/{primitive}/{array}/{object}`
                             */
                            readonly get: {
                                (options?: RequestOptions): Promise<T.PathsMatrixNonExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsMatrixNonExploded;
                            };
                            /**
                             * Matrix (exploded)
                             *
                             * `POST /anything/path/matrix/{primitive}/{array}/{object}`
                             */
                            readonly post: {
                                (options?: RequestOptions): Promise<T.PathsMatrixExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsMatrixExploded;
                            };
                        };
                    };
                };
            };
            /**
             * `/anything/path/simple`
             */
            readonly simple: {
                /**
                 * `/anything/path/simple/{primitive}`
                 */
                byPrimitive(primitive: string): {
                    /**
                     * `/anything/path/simple/{primitive}/{array}`
                     */
                    byArray(array: string[]): {
                        /**
                         * `/anything/path/simple/{primitive}/{array}/{object}`
                         */
                        byObject(object_: {
                            name?: string;
                            description?: string;
                        }): {
                            /**
                             * Simple (non-exploded)
                             *
                             * `GET /anything/path/simple/{primitive}/{array}/{object}`
                             */
                            readonly get: {
                                (options?: RequestOptions): Promise<T.PathsSimpleNonExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsSimpleNonExploded;
                            };
                            /**
                             * Simple (exploded)
                             *
                             * `POST /anything/path/simple/{primitive}/{array}/{object}`
                             */
                            readonly post: {
                                (options?: RequestOptions): Promise<T.PathsSimpleExplodedResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.pathsSimpleExploded;
                            };
                        };
                    };
                };
            };
            /**
             * `/anything/path/{primitive}`
             */
            byPrimitive(primitive: string): {
                /**
                 * `/anything/path/{primitive}/{array}`
                 */
                byArray(array: string[]): {
                    /**
                     * `/anything/path/{primitive}/{array}/{object}`
                     */
                    byObject(object_: {
                        name?: string;
                        description?: string;
                    }): {
                        /**
                         * Standard (no style)
                         *
                         * `GET /anything/path/{primitive}/{array}/{object}`
                         */
                        readonly get: {
                            (options?: RequestOptions): Promise<T.PathsStandardResponse>;
                            /** Who may call this operation. */
                            readonly permissions: typeof permissions.pathsStandard;
                        };
                    };
                };
            };
        };
        /**
         * `/anything/query`
         */
        readonly query2: {
            /**
             * Standard (no style)
             *
             * `GET /anything/query`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.QueryStandardParameters, 'query'>): Promise<T.QueryStandardResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.queryStandard;
            };
            /**
             * `/anything/query/deepObject`
             */
            readonly deepObject: {
                /**
                 * deepObject (exploded)
                 *
                 * `GET /anything/query/deepObject`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.QueryDeepObjectNonExplodedParameters, 'query'>): Promise<T.QueryDeepObjectNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.queryDeepObjectNonExploded;
                };
            };
            /**
             * `/anything/query/form`
             */
            readonly form: {
                /**
                 * Form (non-exploded)
                 *
                 * `GET /anything/query/form`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.QueryFormNonExplodedParameters, 'query'>): Promise<T.QueryFormNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.queryFormNonExploded;
                };
                /**
                 * Form (exploded)
                 *
                 * `POST /anything/query/form`
                 */
                readonly post: {
                    (options?: RequestOptions & Pick<T.QueryFormExplodedParameters, 'query'>): Promise<T.QueryFormExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.queryFormExploded;
                };
            };
            /**
             * `/anything/query/pipeDelimited`
             */
            readonly pipeDelimited: {
                /**
                 * pipeDelimited (non-exploded)
                 *
                 * `GET /anything/query/pipeDelimited`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.QueryPipeDelimitedNonExplodedParameters, 'query'>): Promise<T.QueryPipeDelimitedNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.queryPipeDelimitedNonExploded;
                };
            };
            /**
             * `/anything/query/spaceDelimited`
             */
            readonly spaceDelimited: {
                /**
                 * spaceDelimited (non-exploded)
                 *
                 * `GET /anything/query/spaceDelimited`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.QuerySpaceDelimitedNonExplodedParameters, 'query'>): Promise<T.QuerySpaceDelimitedNonExplodedResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.querySpaceDelimitedNonExploded;
                };
            };
        };
    };
    /**
     * `/cookies`
     */
    readonly cookies: {
        /**
         * Standard (no style)
         *
         * `GET /cookies`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.CookiesStandardParameters, 'cookie'>): Promise<T.CookiesStandardResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.cookiesStandard;
        };
    };
    /**
     * `/cookies#formExploded`
     */
    readonly cookiesFormExploded: {
        /**
         * Form (exploded)
         *
         * `GET /cookies#formExploded`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.CookiesFormExplodedParameters, 'cookie'>): Promise<T.CookiesFormExplodedResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.cookiesFormExploded;
        };
    };
    /**
     * `/cookies#formNonExploded`
     */
    readonly cookiesFormNonExploded: {
        /**
         * Form (non-exploded)
         *
         * `GET /cookies#formNonExploded`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.CookiesFormNonExplodedParameters, 'cookie'>): Promise<T.CookiesFormNonExplodedResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.cookiesFormNonExploded;
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
