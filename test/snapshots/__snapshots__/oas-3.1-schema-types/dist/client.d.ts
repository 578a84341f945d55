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
 * Array support
 *
 * `POST /anything/arrays`
 */
export declare function buildArraySchemaSupportRequest(parameters?: T.ArraySchemaSupportParameters, body?: T.ArraySchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads (objects)
 *
 * `POST /anything/arrays/top-level-payloads`
 */
export declare function buildArrayTopLevelObjectsRequest(parameters?: T.ArrayTopLevelObjectsParameters, body?: T.ArrayTopLevelObjectsRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads (primitives)
 *
 * `PATCH /anything/arrays/top-level-payloads`
 */
export declare function buildArrayTopLevelPrimitivesRequest(parameters?: T.ArrayTopLevelPrimitivesParameters, body?: T.ArrayTopLevelPrimitivesRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Boolean support
 *
 * `POST /anything/booleans`
 */
export declare function buildBooleanSchemaSupportRequest(parameters?: T.BooleanSchemaSupportParameters, body?: T.BooleanSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads
 *
 * `PATCH /anything/booleans`
 */
export declare function buildBooleanTopLevelRequest(parameters?: T.BooleanTopLevelParameters, body?: T.BooleanTopLevelRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Nested circular $ref
 *
 * `POST /anything/circular`
 */
export declare function buildCircularHandlingRequest(parameters?: T.CircularHandlingParameters, body?: T.CircularHandlingRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level circular $ref
 *
 * `PATCH /anything/circular`
 */
export declare function buildCircularTopLevelRequest(parameters?: T.CircularTopLevelParameters, body?: T.CircularTopLevelRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Mixed support
 *
 * `POST /anything/mixed`
 */
export declare function buildMixedSchemaSupportRequest(parameters?: T.MixedSchemaSupportParameters, body?: T.MixedSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Null support
 *
 * `POST /anything/null`
 */
export declare function buildNullSchemaSupportRequest(parameters?: T.NullSchemaSupportParameters, body?: T.NullSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `format` data types
 *
 * `PUT /anything/numbers`
 */
export declare function buildNumberFormatSupportRequest(parameters?: T.NumberFormatSupportParameters, body?: T.NumberFormatSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Number support
 *
 * `POST /anything/numbers`
 */
export declare function buildNumberSchemaSupportRequest(parameters?: T.NumberSchemaSupportParameters, body?: T.NumberSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads
 *
 * `PATCH /anything/numbers`
 */
export declare function buildNumberTopLevelRequest(parameters?: T.NumberTopLevelParameters, body?: T.NumberTopLevelRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Object support
 *
 * `POST /anything/objects`
 */
export declare function buildObjectSchemaSupportRequest(parameters?: T.ObjectSchemaSupportParameters, body?: T.ObjectSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Missing schema type
 *
 * `POST /anything/quirks`
 */
export declare function buildQuirksMissingTypeRequest(parameters?: T.QuirksMissingTypeParameters, body?: T.QuirksMissingTypeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Incompatible allOf schemas on a root requestBody
 *
 * `PUT /anything/quirks/polymorphism`
 */
export declare function buildQuirksEntirelyIncompatibleAllOfRequest(parameters: T.QuirksEntirelyIncompatibleAllOfParameters | undefined, body: T.QuirksEntirelyIncompatibleAllOfRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Incompatible nested allOf schemas
 *
 * `POST /anything/quirks/polymorphism`
 */
export declare function buildQuirksIncompatibleNestedAllOfRequest(parameters: T.QuirksIncompatibleNestedAllOfParameters | undefined, body: T.QuirksIncompatibleNestedAllOfRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 *
 * `PATCH /anything/quirks/polymorphism`
 */
export declare function buildQuirksPartiallyUsableIncompatibleAllOfRequest(parameters: T.QuirksPartiallyUsableIncompatibleAllOfParameters | undefined, body: T.QuirksPartiallyUsableIncompatibleAllOfRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level RAW_BODY (string)
 *
 * `POST /anything/raw_body/top-level-payloads`
 */
export declare function buildRawBodyTopLevelRequest(parameters?: T.RawBodyTopLevelParameters, body?: T.RawBodyTopLevelRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level RAW_BODY (JSON)
 *
 * `PATCH /anything/raw_body/top-level-payloads`
 */
export declare function buildRawBodyTopLevelJSONRequest(parameters?: T.RawBodyTopLevelJSONParameters, body?: T.RawBodyTopLevelJSONRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `format` data types
 *
 * `PUT /anything/strings`
 */
export declare function buildStringFormatSupportRequest(parameters?: T.StringFormatSupportParameters, body?: T.StringFormatSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * String support
 *
 * `POST /anything/strings`
 */
export declare function buildStringSchemaSupportRequest(parameters?: T.StringSchemaSupportParameters, body?: T.StringSchemaSupportRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads
 *
 * `POST /anything/strings/top-level-payloads`
 */
export declare function buildStringTopLevelRequest(parameters?: T.StringTopLevelParameters, body?: T.StringTopLevelRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Top-level payloads (JSON)
 *
 * `PATCH /anything/strings/top-level-payloads`
 */
export declare function buildStringTopLevelJSONRequest(parameters?: T.StringTopLevelJSONParameters, body?: T.StringTopLevelJSONRequestBody, options?: BuildOptions): BuiltRequest;
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
         * `/anything/arrays`
         */
        readonly arrays: {
            /**
             * Array support
             *
             * `POST /anything/arrays`
             */
            readonly post: {
                (body?: T.ArraySchemaSupportRequestBody, options?: RequestOptions): Promise<T.ArraySchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.arraySchemaSupport;
            };
            /**
             * `/anything/arrays/top-level-payloads`
             */
            readonly topLevelPayloads: {
                /**
                 * Top-level payloads (objects)
                 *
                 * `POST /anything/arrays/top-level-payloads`
                 */
                readonly post: {
                    (body?: T.ArrayTopLevelObjectsRequestBody, options?: RequestOptions): Promise<T.ArrayTopLevelObjectsResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.arrayTopLevelObjects;
                };
                /**
                 * Top-level payloads (primitives)
                 *
                 * `PATCH /anything/arrays/top-level-payloads`
                 */
                readonly patch: {
                    (body?: T.ArrayTopLevelPrimitivesRequestBody, options?: RequestOptions): Promise<T.ArrayTopLevelPrimitivesResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.arrayTopLevelPrimitives;
                };
            };
        };
        /**
         * `/anything/booleans`
         */
        readonly booleans: {
            /**
             * Boolean support
             *
             * `POST /anything/booleans`
             */
            readonly post: {
                (body?: T.BooleanSchemaSupportRequestBody, options?: RequestOptions): Promise<T.BooleanSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.booleanSchemaSupport;
            };
            /**
             * Top-level payloads
             *
             * `PATCH /anything/booleans`
             */
            readonly patch: {
                (body?: T.BooleanTopLevelRequestBody, options?: RequestOptions): Promise<T.BooleanTopLevelResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.booleanTopLevel;
            };
        };
        /**
         * `/anything/circular`
         */
        readonly circular: {
            /**
             * Nested circular $ref
             *
             * `POST /anything/circular`
             */
            readonly post: {
                (body?: T.CircularHandlingRequestBody, options?: RequestOptions): Promise<T.CircularHandlingResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.circularHandling;
            };
            /**
             * Top-level circular $ref
             *
             * `PATCH /anything/circular`
             */
            readonly patch: {
                (body?: T.CircularTopLevelRequestBody, options?: RequestOptions): Promise<T.CircularTopLevelResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.circularTopLevel;
            };
        };
        /**
         * `/anything/mixed`
         */
        readonly mixed: {
            /**
             * Mixed support
             *
             * `POST /anything/mixed`
             */
            readonly post: {
                (body?: T.MixedSchemaSupportRequestBody, options?: RequestOptions): Promise<T.MixedSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.mixedSchemaSupport;
            };
        };
        /**
         * `/anything/null`
         */
        readonly null: {
            /**
             * Null support
             *
             * `POST /anything/null`
             */
            readonly post: {
                (body?: T.NullSchemaSupportRequestBody, options?: RequestOptions): Promise<T.NullSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.nullSchemaSupport;
            };
        };
        /**
         * `/anything/numbers`
         */
        readonly numbers: {
            /**
             * `format` data types
             *
             * `PUT /anything/numbers`
             */
            readonly put: {
                (body?: T.NumberFormatSupportRequestBody, options?: RequestOptions): Promise<T.NumberFormatSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.numberFormatSupport;
            };
            /**
             * Number support
             *
             * `POST /anything/numbers`
             */
            readonly post: {
                (body?: T.NumberSchemaSupportRequestBody, options?: RequestOptions): Promise<T.NumberSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.numberSchemaSupport;
            };
            /**
             * Top-level payloads
             *
             * `PATCH /anything/numbers`
             */
            readonly patch: {
                (body?: T.NumberTopLevelRequestBody, options?: RequestOptions): Promise<T.NumberTopLevelResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.numberTopLevel;
            };
        };
        /**
         * `/anything/objects`
         */
        readonly objects: {
            /**
             * Object support
             *
             * `POST /anything/objects`
             */
            readonly post: {
                (body?: T.ObjectSchemaSupportRequestBody, options?: RequestOptions): Promise<T.ObjectSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.objectSchemaSupport;
            };
        };
        /**
         * `/anything/quirks`
         */
        readonly quirks: {
            /**
             * Missing schema type
             *
             * `POST /anything/quirks`
             */
            readonly post: {
                (body?: T.QuirksMissingTypeRequestBody, options?: RequestOptions): Promise<T.QuirksMissingTypeResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.quirksMissingType;
            };
            /**
             * `/anything/quirks/polymorphism`
             */
            readonly polymorphism: {
                /**
                 * Incompatible allOf schemas on a root requestBody
                 *
                 * `PUT /anything/quirks/polymorphism`
                 */
                readonly put: {
                    (body: T.QuirksEntirelyIncompatibleAllOfRequestBody, options?: RequestOptions): Promise<T.QuirksEntirelyIncompatibleAllOfResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.quirksEntirelyIncompatibleAllOf;
                };
                /**
                 * Incompatible nested allOf schemas
                 *
                 * `POST /anything/quirks/polymorphism`
                 */
                readonly post: {
                    (body: T.QuirksIncompatibleNestedAllOfRequestBody, options?: RequestOptions): Promise<T.QuirksIncompatibleNestedAllOfResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.quirksIncompatibleNestedAllOf;
                };
                /**
                 * Incompatible allOf schemas on a root requestBody (with other schema properties)
                 *
                 * `PATCH /anything/quirks/polymorphism`
                 */
                readonly patch: {
                    (body: T.QuirksPartiallyUsableIncompatibleAllOfRequestBody, options?: RequestOptions): Promise<T.QuirksPartiallyUsableIncompatibleAllOfResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.quirksPartiallyUsableIncompatibleAllOf;
                };
            };
        };
        /**
         * `/anything/raw_body`
         */
        readonly rawBody: {
            /**
             * `/anything/raw_body/top-level-payloads`
             */
            readonly topLevelPayloads: {
                /**
                 * Top-level RAW_BODY (string)
                 *
                 * `POST /anything/raw_body/top-level-payloads`
                 */
                readonly post: {
                    (body?: T.RawBodyTopLevelRequestBody, options?: RequestOptions): Promise<T.RawBodyTopLevelResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.rawBodyTopLevel;
                };
                /**
                 * Top-level RAW_BODY (JSON)
                 *
                 * `PATCH /anything/raw_body/top-level-payloads`
                 */
                readonly patch: {
                    (body?: T.RawBodyTopLevelJSONRequestBody, options?: RequestOptions): Promise<T.RawBodyTopLevelJSONResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.rawBodyTopLevelJSON;
                };
            };
        };
        /**
         * `/anything/strings`
         */
        readonly strings: {
            /**
             * `format` data types
             *
             * `PUT /anything/strings`
             */
            readonly put: {
                (body?: T.StringFormatSupportRequestBody, options?: RequestOptions): Promise<T.StringFormatSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.stringFormatSupport;
            };
            /**
             * String support
             *
             * `POST /anything/strings`
             */
            readonly post: {
                (body?: T.StringSchemaSupportRequestBody, options?: RequestOptions): Promise<T.StringSchemaSupportResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.stringSchemaSupport;
            };
            /**
             * `/anything/strings/top-level-payloads`
             */
            readonly topLevelPayloads: {
                /**
                 * Top-level payloads
                 *
                 * `POST /anything/strings/top-level-payloads`
                 */
                readonly post: {
                    (body?: T.StringTopLevelRequestBody, options?: RequestOptions): Promise<T.StringTopLevelResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.stringTopLevel;
                };
                /**
                 * Top-level payloads (JSON)
                 *
                 * `PATCH /anything/strings/top-level-payloads`
                 */
                readonly patch: {
                    (body?: T.StringTopLevelJSONRequestBody, options?: RequestOptions): Promise<T.StringTopLevelJSONResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.stringTopLevelJSON;
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
