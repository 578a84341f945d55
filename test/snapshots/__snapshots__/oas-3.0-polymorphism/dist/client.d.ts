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
 * anyOf With Type
 *
 * `POST /any-of-with-type`
 */
export declare function buildPostAnyOfWithTypeRequest(parameters?: T.PostAnyOfWithTypeParameters, body?: T.PostAnyOfWithTypeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * allOf with listed objects
 *
 * `POST /anything/all-of-object`
 */
export declare function buildPostAnythingAllOfObjectRequest(parameters?: T.PostAnythingAllOfObjectParameters, body?: T.PostAnythingAllOfObjectRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * anyOf object
 *
 * `POST /anything/any-of-object`
 */
export declare function buildPostAnythingAnyOfObjectRequest(parameters?: T.PostAnythingAnyOfObjectParameters, body?: T.PostAnythingAnyOfObjectRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * anyOf primitive
 *
 * `POST /anything/any-of-primitive`
 */
export declare function buildPostAnythingAnyOfPrimitiveRequest(parameters?: T.PostAnythingAnyOfPrimitiveParameters, body?: T.PostAnythingAnyOfPrimitiveRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * nested oneOf object with $ref pointers
 *
 * `POST /anything/nested-one-of-object-ref`
 */
export declare function buildPostAnythingNestedOneOfObjectRefRequest(parameters?: T.PostAnythingNestedOneOfObjectRefParameters, body?: T.PostAnythingNestedOneOfObjectRefRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `POST /anything/nested-one-of-object-with-nested-one-of`
 */
export declare function buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(parameters?: T.PostAnythingNestedOneOfObjectWithNestedOneOfParameters, body?: T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `POST /anything/nested-one-of-ref`
 */
export declare function buildPostAnythingNestedOneOfRefRequest(parameters: T.PostAnythingNestedOneOfRefParameters | undefined, body: T.PostAnythingNestedOneOfRefRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf object
 *
 * `POST /anything/one-of-object`
 */
export declare function buildPostAnythingOneOfObjectRequest(parameters?: T.PostAnythingOneOfObjectParameters, body?: T.PostAnythingOneOfObjectRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf object with $ref pointers
 *
 * `POST /anything/one-of-object-ref`
 */
export declare function buildPostAnythingOneOfObjectRefRequest(parameters?: T.PostAnythingOneOfObjectRefParameters, body?: T.PostAnythingOneOfObjectRefRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf primitive
 *
 * `POST /anything/one-of-primitive`
 */
export declare function buildPostAnythingOneOfPrimitiveRequest(parameters?: T.PostAnythingOneOfPrimitiveParameters, body?: T.PostAnythingOneOfPrimitiveRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf object with a complex schema
 *
 * `POST /one-of-complex`
 */
export declare function buildPostOneOfComplexRequest(parameters: T.PostOneOfComplexParameters | undefined, body: T.PostOneOfComplexRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * One Of With Type
 *
 * `POST /one-of-with-type`
 */
export declare function buildPostOneOfWithTypeRequest(parameters?: T.PostOneOfWithTypeParameters, body?: T.PostOneOfWithTypeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf request with a nested allOf
 *
 * `PATCH /pets`
 */
export declare function buildPatchPetsRequest(parameters?: T.PatchPetsParameters, body?: T.PatchPetsRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/any-of-with-type`
     */
    readonly anyOfWithType: {
        /**
         * anyOf With Type
         *
         * `POST /any-of-with-type`
         */
        readonly post: {
            (body?: T.PostAnyOfWithTypeRequestBody, options?: RequestOptions): Promise<T.PostAnyOfWithTypeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postAnyOfWithType;
        };
    };
    /**
     * `/anything`
     */
    readonly anything: {
        /**
         * `/anything/all-of-object`
         */
        readonly allOfObject: {
            /**
             * allOf with listed objects
             *
             * `POST /anything/all-of-object`
             */
            readonly post: {
                (body?: T.PostAnythingAllOfObjectRequestBody, options?: RequestOptions): Promise<T.PostAnythingAllOfObjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingAllOfObject;
            };
        };
        /**
         * `/anything/any-of-object`
         */
        readonly anyOfObject: {
            /**
             * anyOf object
             *
             * `POST /anything/any-of-object`
             */
            readonly post: {
                (body?: T.PostAnythingAnyOfObjectRequestBody, options?: RequestOptions): Promise<T.PostAnythingAnyOfObjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingAnyOfObject;
            };
        };
        /**
         * `/anything/any-of-primitive`
         */
        readonly anyOfPrimitive: {
            /**
             * anyOf primitive
             *
             * `POST /anything/any-of-primitive`
             */
            readonly post: {
                (body?: T.PostAnythingAnyOfPrimitiveRequestBody, options?: RequestOptions): Promise<T.PostAnythingAnyOfPrimitiveResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingAnyOfPrimitive;
            };
        };
        /**
         * `/anything/nested-one-of-object-ref`
         */
        readonly nestedOneOfObjectRef: {
            /**
             * nested oneOf object with $ref pointers
             *
             * `POST /anything/nested-one-of-object-ref`
             */
            readonly post: {
                (body?: T.PostAnythingNestedOneOfObjectRefRequestBody, options?: RequestOptions): Promise<T.PostAnythingNestedOneOfObjectRefResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingNestedOneOfObjectRef;
            };
        };
        /**
         * `/anything/nested-one-of-object-with-nested-one-of`
         */
        readonly nestedOneOfObjectWithNestedOneOf: {
            /**
             * `POST /anything/nested-one-of-object-with-nested-one-of`
             */
            readonly post: {
                (body?: T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody, options?: RequestOptions): Promise<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingNestedOneOfObjectWithNestedOneOf;
            };
        };
        /**
         * `/anything/nested-one-of-ref`
         */
        readonly nestedOneOfRef: {
            /**
             * `POST /anything/nested-one-of-ref`
             */
            readonly post: {
                (body: T.PostAnythingNestedOneOfRefRequestBody, options?: RequestOptions): Promise<T.PostAnythingNestedOneOfRefResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingNestedOneOfRef;
            };
        };
        /**
         * `/anything/one-of-object`
         */
        readonly oneOfObject: {
            /**
             * oneOf object
             *
             * `POST /anything/one-of-object`
             */
            readonly post: {
                (body?: T.PostAnythingOneOfObjectRequestBody, options?: RequestOptions): Promise<T.PostAnythingOneOfObjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOneOfObject;
            };
        };
        /**
         * `/anything/one-of-object-ref`
         */
        readonly oneOfObjectRef: {
            /**
             * oneOf object with $ref pointers
             *
             * `POST /anything/one-of-object-ref`
             */
            readonly post: {
                (body?: T.PostAnythingOneOfObjectRefRequestBody, options?: RequestOptions): Promise<T.PostAnythingOneOfObjectRefResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOneOfObjectRef;
            };
        };
        /**
         * `/anything/one-of-primitive`
         */
        readonly oneOfPrimitive: {
            /**
             * oneOf primitive
             *
             * `POST /anything/one-of-primitive`
             */
            readonly post: {
                (body?: T.PostAnythingOneOfPrimitiveRequestBody, options?: RequestOptions): Promise<T.PostAnythingOneOfPrimitiveResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnythingOneOfPrimitive;
            };
        };
    };
    /**
     * `/one-of-complex`
     */
    readonly oneOfComplex: {
        /**
         * oneOf object with a complex schema
         *
         * `POST /one-of-complex`
         */
        readonly post: {
            (body: T.PostOneOfComplexRequestBody, options?: RequestOptions): Promise<T.PostOneOfComplexResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postOneOfComplex;
        };
    };
    /**
     * `/one-of-with-type`
     */
    readonly oneOfWithType: {
        /**
         * One Of With Type
         *
         * `POST /one-of-with-type`
         */
        readonly post: {
            (body?: T.PostOneOfWithTypeRequestBody, options?: RequestOptions): Promise<T.PostOneOfWithTypeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postOneOfWithType;
        };
    };
    /**
     * `/pets`
     */
    readonly pets: {
        /**
         * oneOf request with a nested allOf
         *
         * `PATCH /pets`
         */
        readonly patch: {
            (body?: T.PatchPetsRequestBody, options?: RequestOptions): Promise<T.PatchPetsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchPets;
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
