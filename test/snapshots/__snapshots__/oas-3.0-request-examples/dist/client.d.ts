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
 * Within `examples` (parameters)
 *
 * `GET /parameterExamples/{param1}/{param2}`
 */
export declare function buildGetParameterExamplesByParam1ByParam2Request(parameters: T.GetParameterExamplesByParam1ByParam2Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Within `example`
 *
 * `PUT /parameterExamples/{param1}/{param2}`
 */
export declare function buildPutParameterExamplesByParam1ByParam2Request(parameters: T.PutParameterExamplesByParam1ByParam2Parameters, body: T.PutParameterExamplesByParam1ByParam2RequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Within `examples` (mixed)
 *
 * `PATCH /parameterExamples/{param1}/{param2}`
 */
export declare function buildPatchParameterExamplesByParam1ByParam2Request(parameters: T.PatchParameterExamplesByParam1ByParam2Parameters, body: T.PatchParameterExamplesByParam1ByParam2RequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `$ref` within `example`
 *
 * `PUT /requestBody`
 */
export declare function buildPutRequestBodyRequest(parameters: T.PutRequestBodyParameters | undefined, body: T.PutRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Within `examples` (body)
 *
 * `POST /requestBody`
 */
export declare function buildPostRequestBodyRequest(parameters: T.PostRequestBodyParameters | undefined, body: T.PostRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Within `example`
 *
 * `PATCH /requestBody`
 */
export declare function buildPatchRequestBodyRequest(parameters: T.PatchRequestBodyParameters | undefined, body: T.PatchRequestBodyRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Demo handling of formData
 *
 * `POST /requestBody-form-data-example`
 */
export declare function buildDemoFormDataRequest(parameters?: T.DemoFormDataParameters, body?: T.DemoFormDataRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Within `examples`
 *
 * `POST /requestBody-multi-media-types`
 */
export declare function buildPostRequestBodyMultiMediaTypesRequest(parameters: T.PostRequestBodyMultiMediaTypesParameters | undefined, body: T.PostRequestBodyMultiMediaTypesRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Stringified JSON arrays in an `examples` value
 *
 * `PUT /requestBody-primitive-example`
 */
export declare function buildPutRequestBodyPrimitiveExampleRequest(parameters: T.PutRequestBodyPrimitiveExampleParameters | undefined, body: T.PutRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Primitive `example`
 *
 * `POST /requestBody-primitive-example`
 */
export declare function buildPostRequestBodyPrimitiveExampleRequest(parameters: T.PostRequestBodyPrimitiveExampleParameters | undefined, body: T.PostRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Stringified JSON object in an `examples` value
 *
 * `PATCH /requestBody-primitive-example`
 */
export declare function buildPatchRequestBodyPrimitiveExampleRequest(parameters: T.PatchRequestBodyPrimitiveExampleParameters | undefined, body: T.PatchRequestBodyPrimitiveExampleRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/parameterExamples`
     */
    readonly parameterExamples: {
        /**
         * `/parameterExamples/{param1}`
         */
        byParam1(param1: string): {
            /**
             * `/parameterExamples/{param1}/{param2}`
             */
            byParam2(param2: string): {
                /**
                 * Within `examples` (parameters)
                 *
                 * `GET /parameterExamples/{param1}/{param2}`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.GetParameterExamplesByParam1ByParam2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getParameterExamplesByParam1ByParam2;
                };
                /**
                 * Within `example`
                 *
                 * `PUT /parameterExamples/{param1}/{param2}`
                 */
                readonly put: {
                    (body: T.PutParameterExamplesByParam1ByParam2RequestBody, options?: RequestOptions): Promise<T.PutParameterExamplesByParam1ByParam2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.putParameterExamplesByParam1ByParam2;
                };
                /**
                 * Within `examples` (mixed)
                 *
                 * `PATCH /parameterExamples/{param1}/{param2}`
                 */
                readonly patch: {
                    (body: T.PatchParameterExamplesByParam1ByParam2RequestBody, options: RequestOptions & Pick<T.PatchParameterExamplesByParam1ByParam2Parameters, 'query' | 'header'>): Promise<T.PatchParameterExamplesByParam1ByParam2Response>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.patchParameterExamplesByParam1ByParam2;
                };
            };
        };
    };
    /**
     * `/requestBody`
     */
    readonly requestBody: {
        /**
         * `$ref` within `example`
         *
         * `PUT /requestBody`
         */
        readonly put: {
            (body: T.PutRequestBodyRequestBody, options?: RequestOptions): Promise<T.PutRequestBodyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.putRequestBody;
        };
        /**
         * Within `examples` (body)
         *
         * `POST /requestBody`
         */
        readonly post: {
            (body: T.PostRequestBodyRequestBody, options?: RequestOptions): Promise<T.PostRequestBodyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postRequestBody;
        };
        /**
         * Within `example`
         *
         * `PATCH /requestBody`
         */
        readonly patch: {
            (body: T.PatchRequestBodyRequestBody, options?: RequestOptions): Promise<T.PatchRequestBodyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchRequestBody;
        };
    };
    /**
     * `/requestBody-form-data-example`
     */
    readonly requestBodyFormDataExample: {
        /**
         * Demo handling of formData
         *
         * `POST /requestBody-form-data-example`
         */
        readonly post: {
            (body?: T.DemoFormDataRequestBody, options?: RequestOptions): Promise<T.DemoFormDataResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.demoFormData;
        };
    };
    /**
     * `/requestBody-multi-media-types`
     */
    readonly requestBodyMultiMediaTypes: {
        /**
         * Within `examples`
         *
         * `POST /requestBody-multi-media-types`
         */
        readonly post: {
            (body: T.PostRequestBodyMultiMediaTypesRequestBody, options?: RequestOptions): Promise<T.PostRequestBodyMultiMediaTypesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postRequestBodyMultiMediaTypes;
        };
    };
    /**
     * `/requestBody-primitive-example`
     */
    readonly requestBodyPrimitiveExample: {
        /**
         * Stringified JSON arrays in an `examples` value
         *
         * `PUT /requestBody-primitive-example`
         */
        readonly put: {
            (body: T.PutRequestBodyPrimitiveExampleRequestBody, options?: RequestOptions): Promise<T.PutRequestBodyPrimitiveExampleResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.putRequestBodyPrimitiveExample;
        };
        /**
         * Primitive `example`
         *
         * `POST /requestBody-primitive-example`
         */
        readonly post: {
            (body: T.PostRequestBodyPrimitiveExampleRequestBody, options?: RequestOptions): Promise<T.PostRequestBodyPrimitiveExampleResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postRequestBodyPrimitiveExample;
        };
        /**
         * Stringified JSON object in an `examples` value
         *
         * `PATCH /requestBody-primitive-example`
         */
        readonly patch: {
            (body: T.PatchRequestBodyPrimitiveExampleRequestBody, options?: RequestOptions): Promise<T.PatchRequestBodyPrimitiveExampleResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchRequestBodyPrimitiveExample;
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
