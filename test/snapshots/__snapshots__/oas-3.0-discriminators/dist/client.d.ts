import type * as T from './types.js';
import * as V from './validators.js';
import { permissions } from './permissions.js';
import {
  buildRequest,
  type BuildOptions,
  type BuiltRequest,
  type OperationSpec,
} from './runtime/request.js';
import { createTransport, type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
import type { BinaryBody, BinaryResponse } from './runtime/body.js';
import {
  ApiError as RuntimeApiError,
  type ApiErrorDetails,
  type ApiErrorOf,
  type ApiResult,
  type ErrorShape,
} from './runtime/errors.js';
import { readResult, type ReadResultOptions } from './runtime/result.js';
export {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from './runtime/errors.js';
export type {
  ApiErrorDetails,
  ApiErrorOf,
  ApiResult,
  ErrorShape,
  RequestSummary,
  RequestValueLocation,
} from './runtime/errors.js';
export type { ReadResultOptions } from './runtime/result.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type {
  ClientOptions,
  FetchLike,
  RequestOptions,
  TokenRequest,
  TokenSource,
} from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';

/** The declared error responses of every operation, by status. */
export type OperationError =
  | T.OneOfWithTopLevelDiscriminatorAndMappingError
  | T.OneOfWithTopLevelDiscriminatorNoMappingError
  | T.PatchEmbeddedDiscriminatorError
  | T.OneOfWithImproperlyPlacedDiscriminatorError
  | T.PatchMappingOfSchemaNamesError
  | T.PatchMappingWithDuplicateSchemasError
  | T.PatchNestedOneOfObjectWithNestedOneOfError
  | T.PatchOneofAllofTopLevelDiscError
  | T.PostPotentiallyUndefinedFormDataError
  | T.RedoclyQuirkError;

/**
 * An error response (non-2xx). `ApiError<T.UpdateUserError>` is a union by status, so checking
 * `error.status` narrows `error.body` to what the operation declares for it; plain `ApiError` is
 * any operation's.
 */
export type ApiError<E extends ErrorShape = OperationError> = ApiErrorOf<E>;

/** The `ApiError` class: `e instanceof ApiError` narrows `e` to an error of one of the operations. */
export interface ApiErrorClass {
  new (message: string, details: ApiErrorDetails<OperationError>): ApiErrorOf<OperationError>;
  readonly prototype: ApiErrorOf<OperationError>;
}

export declare const ApiError: ApiErrorClass;

/**
 * oneOf with discriminator and mapping
 *
 * `PATCH /discriminator-with-mapping`
 */
export declare function buildOneOfWithTopLevelDiscriminatorAndMappingRequest(parameters?: T.OneOfWithTopLevelDiscriminatorAndMappingParameters, body?: T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildOneOfWithTopLevelDiscriminatorAndMappingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readOneOfWithTopLevelDiscriminatorAndMappingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.OneOfWithTopLevelDiscriminatorAndMappingResponse, T.OneOfWithTopLevelDiscriminatorAndMappingError>>;

/**
 * oneOf with top-level discriminator (no mapping)
 *
 * `PATCH /discriminator-with-no-mapping`
 */
export declare function buildOneOfWithTopLevelDiscriminatorNoMappingRequest(parameters?: T.OneOfWithTopLevelDiscriminatorNoMappingParameters, body?: T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildOneOfWithTopLevelDiscriminatorNoMappingRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readOneOfWithTopLevelDiscriminatorNoMappingResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.OneOfWithTopLevelDiscriminatorNoMappingResponse, T.OneOfWithTopLevelDiscriminatorNoMappingError>>;

/**
 * oneOf request with a nested allOf and embedded discriminator
 *
 * `PATCH /embedded-discriminator`
 */
export declare function buildPatchEmbeddedDiscriminatorRequest(parameters?: T.PatchEmbeddedDiscriminatorParameters, body?: T.PatchEmbeddedDiscriminatorRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchEmbeddedDiscriminatorRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchEmbeddedDiscriminatorResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchEmbeddedDiscriminatorResponse, T.PatchEmbeddedDiscriminatorError>>;

/**
 * oneOf with a discriminator that is referencing a property up a level
 *
 * `PATCH /improper-discriminator-placement`
 */
export declare function buildOneOfWithImproperlyPlacedDiscriminatorRequest(parameters?: T.OneOfWithImproperlyPlacedDiscriminatorParameters, body?: T.OneOfWithImproperlyPlacedDiscriminatorRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildOneOfWithImproperlyPlacedDiscriminatorRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readOneOfWithImproperlyPlacedDiscriminatorResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.OneOfWithImproperlyPlacedDiscriminatorResponse, T.OneOfWithImproperlyPlacedDiscriminatorError>>;

/**
 * Discriminator with a schema name mapping
 *
 * `PATCH /mapping-of-schema-names`
 */
export declare function buildPatchMappingOfSchemaNamesRequest(parameters?: T.PatchMappingOfSchemaNamesParameters, body?: T.PatchMappingOfSchemaNamesRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchMappingOfSchemaNamesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchMappingOfSchemaNamesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchMappingOfSchemaNamesResponse, T.PatchMappingOfSchemaNamesError>>;

/**
 * Handle a schema with duplicate mapping schemas
 *
 * `PATCH /mapping-with-duplicate-schemas`
 */
export declare function buildPatchMappingWithDuplicateSchemasRequest(parameters?: T.PatchMappingWithDuplicateSchemasParameters, body?: T.PatchMappingWithDuplicateSchemasRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchMappingWithDuplicateSchemasRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchMappingWithDuplicateSchemasResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchMappingWithDuplicateSchemasResponse, T.PatchMappingWithDuplicateSchemasError>>;

/**
 * oneOf request with a nested oneOf, and embedded discriminator
 *
 * `PATCH /nested-one-of-object-with-nested-one-of`
 */
export declare function buildPatchNestedOneOfObjectWithNestedOneOfRequest(parameters?: T.PatchNestedOneOfObjectWithNestedOneOfParameters, body?: T.PatchNestedOneOfObjectWithNestedOneOfRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchNestedOneOfObjectWithNestedOneOfRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchNestedOneOfObjectWithNestedOneOfResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchNestedOneOfObjectWithNestedOneOfResponse, T.PatchNestedOneOfObjectWithNestedOneOfError>>;

/**
 * oneOf request with a nested allOf and top level discriminator
 *
 * `PATCH /oneof-allof-top-level-disc`
 */
export declare function buildPatchOneofAllofTopLevelDiscRequest(parameters?: T.PatchOneofAllofTopLevelDiscParameters, body?: T.PatchOneofAllofTopLevelDiscRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPatchOneofAllofTopLevelDiscRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPatchOneofAllofTopLevelDiscResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PatchOneofAllofTopLevelDiscResponse, T.PatchOneofAllofTopLevelDiscError>>;

/**
 * Handling for potentially undefined formData
 *
 * `POST /potentially-undefined-formData`
 */
export declare function buildPostPotentiallyUndefinedFormDataRequest(parameters: (T.PostPotentiallyUndefinedFormDataParameters | undefined) | undefined, body: T.PostPotentiallyUndefinedFormDataRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostPotentiallyUndefinedFormDataRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostPotentiallyUndefinedFormDataResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostPotentiallyUndefinedFormDataResponse, T.PostPotentiallyUndefinedFormDataError>>;

/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 *
 * `PATCH /redocly-flavored-discriminator`
 */
export declare function buildRedoclyQuirkRequest(parameters?: T.RedoclyQuirkParameters, body?: T.RedoclyQuirkRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildRedoclyQuirkRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readRedoclyQuirkResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.RedoclyQuirkResponse, T.RedoclyQuirkError>>;

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
      (
        body?: T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody,
        options?: RequestOptions,
      ): Promise<T.OneOfWithTopLevelDiscriminatorAndMappingResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.oneOfWithTopLevelDiscriminatorAndMapping;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.OneOfWithTopLevelDiscriminatorAndMappingResponse, T.OneOfWithTopLevelDiscriminatorAndMappingError>>;
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
      (
        body?: T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody,
        options?: RequestOptions,
      ): Promise<T.OneOfWithTopLevelDiscriminatorNoMappingResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.oneOfWithTopLevelDiscriminatorNoMapping;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.OneOfWithTopLevelDiscriminatorNoMappingResponse, T.OneOfWithTopLevelDiscriminatorNoMappingError>>;
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
      (
        body?: T.PatchEmbeddedDiscriminatorRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchEmbeddedDiscriminatorResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchEmbeddedDiscriminator;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchEmbeddedDiscriminatorRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchEmbeddedDiscriminatorResponse, T.PatchEmbeddedDiscriminatorError>>;
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
      (
        body?: T.OneOfWithImproperlyPlacedDiscriminatorRequestBody,
        options?: RequestOptions,
      ): Promise<T.OneOfWithImproperlyPlacedDiscriminatorResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.oneOfWithImproperlyPlacedDiscriminator;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.OneOfWithImproperlyPlacedDiscriminatorRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.OneOfWithImproperlyPlacedDiscriminatorResponse, T.OneOfWithImproperlyPlacedDiscriminatorError>>;
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
      (
        body?: T.PatchMappingOfSchemaNamesRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchMappingOfSchemaNamesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchMappingOfSchemaNames;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchMappingOfSchemaNamesRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchMappingOfSchemaNamesResponse, T.PatchMappingOfSchemaNamesError>>;
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
      (
        body?: T.PatchMappingWithDuplicateSchemasRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchMappingWithDuplicateSchemasResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchMappingWithDuplicateSchemas;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchMappingWithDuplicateSchemasRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchMappingWithDuplicateSchemasResponse, T.PatchMappingWithDuplicateSchemasError>>;
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
      (
        body?: T.PatchNestedOneOfObjectWithNestedOneOfRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchNestedOneOfObjectWithNestedOneOfResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchNestedOneOfObjectWithNestedOneOf;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchNestedOneOfObjectWithNestedOneOfRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchNestedOneOfObjectWithNestedOneOfResponse, T.PatchNestedOneOfObjectWithNestedOneOfError>>;
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
      (
        body?: T.PatchOneofAllofTopLevelDiscRequestBody,
        options?: RequestOptions,
      ): Promise<T.PatchOneofAllofTopLevelDiscResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.patchOneofAllofTopLevelDisc;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.PatchOneofAllofTopLevelDiscRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PatchOneofAllofTopLevelDiscResponse, T.PatchOneofAllofTopLevelDiscError>>;
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
      (
        body: T.PostPotentiallyUndefinedFormDataRequestBody,
        options?: RequestOptions,
      ): Promise<T.PostPotentiallyUndefinedFormDataResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.postPotentiallyUndefinedFormData;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.PostPotentiallyUndefinedFormDataRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.PostPotentiallyUndefinedFormDataResponse, T.PostPotentiallyUndefinedFormDataError>>;
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
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.RedoclyQuirkRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.RedoclyQuirkResponse, T.RedoclyQuirkError>>;
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
