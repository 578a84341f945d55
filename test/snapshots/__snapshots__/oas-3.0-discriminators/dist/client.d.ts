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
 * oneOf with discriminator and mapping
 *
 * `PATCH /discriminator-with-mapping`
 */
export declare function buildOneOfWithTopLevelDiscriminatorAndMappingRequest(parameters?: T.OneOfWithTopLevelDiscriminatorAndMappingParameters, body?: T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf with top-level discriminator (no mapping)
 *
 * `PATCH /discriminator-with-no-mapping`
 */
export declare function buildOneOfWithTopLevelDiscriminatorNoMappingRequest(parameters?: T.OneOfWithTopLevelDiscriminatorNoMappingParameters, body?: T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf request with a nested allOf and embedded discriminator
 *
 * `PATCH /embedded-discriminator`
 */
export declare function buildPatchEmbeddedDiscriminatorRequest(parameters?: T.PatchEmbeddedDiscriminatorParameters, body?: T.PatchEmbeddedDiscriminatorRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf with a discriminator that is referencing a property up a level
 *
 * `PATCH /improper-discriminator-placement`
 */
export declare function buildOneOfWithImproperlyPlacedDiscriminatorRequest(parameters?: T.OneOfWithImproperlyPlacedDiscriminatorParameters, body?: T.OneOfWithImproperlyPlacedDiscriminatorRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Discriminator with a schema name mapping
 *
 * `PATCH /mapping-of-schema-names`
 */
export declare function buildPatchMappingOfSchemaNamesRequest(parameters?: T.PatchMappingOfSchemaNamesParameters, body?: T.PatchMappingOfSchemaNamesRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Handle a schema with duplicate mapping schemas
 *
 * `PATCH /mapping-with-duplicate-schemas`
 */
export declare function buildPatchMappingWithDuplicateSchemasRequest(parameters?: T.PatchMappingWithDuplicateSchemasParameters, body?: T.PatchMappingWithDuplicateSchemasRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf request with a nested oneOf, and embedded discriminator
 *
 * `PATCH /nested-one-of-object-with-nested-one-of`
 */
export declare function buildPatchNestedOneOfObjectWithNestedOneOfRequest(parameters?: T.PatchNestedOneOfObjectWithNestedOneOfParameters, body?: T.PatchNestedOneOfObjectWithNestedOneOfRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * oneOf request with a nested allOf and top level discriminator
 *
 * `PATCH /oneof-allof-top-level-disc`
 */
export declare function buildPatchOneofAllofTopLevelDiscRequest(parameters?: T.PatchOneofAllofTopLevelDiscParameters, body?: T.PatchOneofAllofTopLevelDiscRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Handling for potentially undefined formData
 *
 * `POST /potentially-undefined-formData`
 */
export declare function buildPostPotentiallyUndefinedFormDataRequest(parameters: T.PostPotentiallyUndefinedFormDataParameters | undefined, body: T.PostPotentiallyUndefinedFormDataRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 *
 * `PATCH /redocly-flavored-discriminator`
 */
export declare function buildRedoclyQuirkRequest(parameters?: T.RedoclyQuirkParameters, body?: T.RedoclyQuirkRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/discriminator-with-mapping`
     */
    readonly discriminatorWithMapping: {
        /**
         * oneOf with discriminator and mapping
         *
         * `PATCH /discriminator-with-mapping`
         */
        readonly patch: {
            (body?: T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody, options?: RequestOptions): Promise<T.OneOfWithTopLevelDiscriminatorAndMappingResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.oneOfWithTopLevelDiscriminatorAndMapping;
        };
    };
    /**
     * `/discriminator-with-no-mapping`
     */
    readonly discriminatorWithNoMapping: {
        /**
         * oneOf with top-level discriminator (no mapping)
         *
         * `PATCH /discriminator-with-no-mapping`
         */
        readonly patch: {
            (body?: T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody, options?: RequestOptions): Promise<T.OneOfWithTopLevelDiscriminatorNoMappingResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.oneOfWithTopLevelDiscriminatorNoMapping;
        };
    };
    /**
     * `/embedded-discriminator`
     */
    readonly embeddedDiscriminator: {
        /**
         * oneOf request with a nested allOf and embedded discriminator
         *
         * `PATCH /embedded-discriminator`
         */
        readonly patch: {
            (body?: T.PatchEmbeddedDiscriminatorRequestBody, options?: RequestOptions): Promise<T.PatchEmbeddedDiscriminatorResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchEmbeddedDiscriminator;
        };
    };
    /**
     * `/improper-discriminator-placement`
     */
    readonly improperDiscriminatorPlacement: {
        /**
         * oneOf with a discriminator that is referencing a property up a level
         *
         * `PATCH /improper-discriminator-placement`
         */
        readonly patch: {
            (body?: T.OneOfWithImproperlyPlacedDiscriminatorRequestBody, options?: RequestOptions): Promise<T.OneOfWithImproperlyPlacedDiscriminatorResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.oneOfWithImproperlyPlacedDiscriminator;
        };
    };
    /**
     * `/mapping-of-schema-names`
     */
    readonly mappingOfSchemaNames: {
        /**
         * Discriminator with a schema name mapping
         *
         * `PATCH /mapping-of-schema-names`
         */
        readonly patch: {
            (body?: T.PatchMappingOfSchemaNamesRequestBody, options?: RequestOptions): Promise<T.PatchMappingOfSchemaNamesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchMappingOfSchemaNames;
        };
    };
    /**
     * `/mapping-with-duplicate-schemas`
     */
    readonly mappingWithDuplicateSchemas: {
        /**
         * Handle a schema with duplicate mapping schemas
         *
         * `PATCH /mapping-with-duplicate-schemas`
         */
        readonly patch: {
            (body?: T.PatchMappingWithDuplicateSchemasRequestBody, options?: RequestOptions): Promise<T.PatchMappingWithDuplicateSchemasResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchMappingWithDuplicateSchemas;
        };
    };
    /**
     * `/nested-one-of-object-with-nested-one-of`
     */
    readonly nestedOneOfObjectWithNestedOneOf: {
        /**
         * oneOf request with a nested oneOf, and embedded discriminator
         *
         * `PATCH /nested-one-of-object-with-nested-one-of`
         */
        readonly patch: {
            (body?: T.PatchNestedOneOfObjectWithNestedOneOfRequestBody, options?: RequestOptions): Promise<T.PatchNestedOneOfObjectWithNestedOneOfResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchNestedOneOfObjectWithNestedOneOf;
        };
    };
    /**
     * `/oneof-allof-top-level-disc`
     */
    readonly oneofAllofTopLevelDisc: {
        /**
         * oneOf request with a nested allOf and top level discriminator
         *
         * `PATCH /oneof-allof-top-level-disc`
         */
        readonly patch: {
            (body?: T.PatchOneofAllofTopLevelDiscRequestBody, options?: RequestOptions): Promise<T.PatchOneofAllofTopLevelDiscResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.patchOneofAllofTopLevelDisc;
        };
    };
    /**
     * `/potentially-undefined-formData`
     */
    readonly potentiallyUndefinedFormData: {
        /**
         * Handling for potentially undefined formData
         *
         * `POST /potentially-undefined-formData`
         */
        readonly post: {
            (body: T.PostPotentiallyUndefinedFormDataRequestBody, options?: RequestOptions): Promise<T.PostPotentiallyUndefinedFormDataResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.postPotentiallyUndefinedFormData;
        };
    };
    /**
     * `/redocly-flavored-discriminator`
     */
    readonly redoclyFlavoredDiscriminator: {
        /**
         * Discriminator without `anyOf` or `oneOf` that Redocly supports
         *
         * `PATCH /redocly-flavored-discriminator`
         */
        readonly patch: {
            (body?: T.RedoclyQuirkRequestBody, options?: RequestOptions): Promise<T.RedoclyQuirkResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.redoclyQuirk;
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
