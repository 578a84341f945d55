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
  | T.GetProjectError
  | T.GetAPIRegistryError
  | T.GetAPISpecificationError
  | T.UploadAPISpecificationError
  | T.UpdateAPISpecificationError
  | T.DeleteAPISpecificationError
  | T.GetCategoriesError
  | T.CreateCategoryError
  | T.GetCategoryError
  | T.UpdateCategoryError
  | T.DeleteCategoryError
  | T.GetCategoryDocsError
  | T.GetChangelogsError
  | T.CreateChangelogError
  | T.GetChangelogError
  | T.UpdateChangelogError
  | T.DeleteChangelogError
  | T.GetCustomPagesError
  | T.CreateCustomPageError
  | T.GetCustomPageError
  | T.UpdateCustomPageError
  | T.DeleteCustomPageError
  | T.CreateDocError
  | T.SearchDocsError
  | T.GetDocError
  | T.UpdateDocError
  | T.DeleteDocError
  | T.GetProductionDocError
  | T.GetOutboundIPsError
  | T.AskOwlbotError
  | T.GetAPISchemaError
  | T.GetVersionsError
  | T.CreateVersionError
  | T.GetVersionError
  | T.UpdateVersionError
  | T.DeleteVersionError;

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
 * Get metadata about the current project
 *
 * `GET /`
 */
export declare function buildGetProjectRequest(parameters?: T.GetProjectParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetProjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetProjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetProjectResponse, T.GetProjectError>>;

/**
 * Retrieve an entry from the API Registry
 *
 * `GET /api-registry/{uuid}`
 */
export declare function buildGetAPIRegistryRequest(parameters: T.GetAPIRegistryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPIRegistryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPIRegistryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPIRegistryResponse, T.GetAPIRegistryError>>;

/**
 * Get metadata
 *
 * `GET /api-specification`
 */
export declare function buildGetAPISpecificationRequest(parameters?: T.GetAPISpecificationParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPISpecificationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPISpecificationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPISpecificationResponse, T.GetAPISpecificationError>>;

/**
 * Upload specification
 *
 * `POST /api-specification`
 */
export declare function buildUploadAPISpecificationRequest(parameters: (T.UploadAPISpecificationParameters | undefined) | undefined, body: T.UploadAPISpecificationRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUploadAPISpecificationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUploadAPISpecificationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UploadAPISpecificationResponse, T.UploadAPISpecificationError>>;

/**
 * Update specification
 *
 * `PUT /api-specification/{id}`
 */
export declare function buildUpdateAPISpecificationRequest(parameters: T.UpdateAPISpecificationParameters, body: T.UpdateAPISpecificationRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateAPISpecificationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateAPISpecificationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateAPISpecificationResponse, T.UpdateAPISpecificationError>>;

/**
 * Delete specification
 *
 * `DELETE /api-specification/{id}`
 */
export declare function buildDeleteAPISpecificationRequest(parameters: T.DeleteAPISpecificationParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteAPISpecificationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteAPISpecificationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteAPISpecificationResponse, T.DeleteAPISpecificationError>>;

/**
 * Get all categories
 *
 * `GET /categories`
 */
export declare function buildGetCategoriesRequest(parameters?: T.GetCategoriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoriesResponse, T.GetCategoriesError>>;

/**
 * Create category
 *
 * `POST /categories`
 */
export declare function buildCreateCategoryRequest(parameters: (T.CreateCategoryParameters | undefined) | undefined, body: T.CreateCategoryRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateCategoryResponse, T.CreateCategoryError>>;

/**
 * Get category
 *
 * `GET /categories/{slug}`
 */
export declare function buildGetCategoryRequest(parameters: T.GetCategoryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoryResponse, T.GetCategoryError>>;

/**
 * Update category
 *
 * `PUT /categories/{slug}`
 */
export declare function buildUpdateCategoryRequest(parameters: T.UpdateCategoryParameters, body: T.UpdateCategoryRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateCategoryResponse, T.UpdateCategoryError>>;

/**
 * Delete category
 *
 * `DELETE /categories/{slug}`
 */
export declare function buildDeleteCategoryRequest(parameters: T.DeleteCategoryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteCategoryResponse, T.DeleteCategoryError>>;

/**
 * Get docs for category
 *
 * `GET /categories/{slug}/docs`
 */
export declare function buildGetCategoryDocsRequest(parameters: T.GetCategoryDocsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoryDocsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoryDocsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoryDocsResponse, T.GetCategoryDocsError>>;

/**
 * Get changelogs
 *
 * `GET /changelogs`
 */
export declare function buildGetChangelogsRequest(parameters?: T.GetChangelogsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetChangelogsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetChangelogsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetChangelogsResponse, T.GetChangelogsError>>;

/**
 * Create changelog
 *
 * `POST /changelogs`
 */
export declare function buildCreateChangelogRequest(parameters: (T.CreateChangelogParameters | undefined) | undefined, body: T.CreateChangelogRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateChangelogResponse, T.CreateChangelogError>>;

/**
 * Get changelog
 *
 * `GET /changelogs/{slug}`
 */
export declare function buildGetChangelogRequest(parameters: T.GetChangelogParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetChangelogResponse, T.GetChangelogError>>;

/**
 * Update changelog
 *
 * `PUT /changelogs/{slug}`
 */
export declare function buildUpdateChangelogRequest(parameters: T.UpdateChangelogParameters, body: T.UpdateChangelogRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateChangelogResponse, T.UpdateChangelogError>>;

/**
 * Delete changelog
 *
 * `DELETE /changelogs/{slug}`
 */
export declare function buildDeleteChangelogRequest(parameters: T.DeleteChangelogParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteChangelogResponse, T.DeleteChangelogError>>;

/**
 * Get custom pages
 *
 * `GET /custompages`
 */
export declare function buildGetCustomPagesRequest(parameters?: T.GetCustomPagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCustomPagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCustomPagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCustomPagesResponse, T.GetCustomPagesError>>;

/**
 * Create custom page
 *
 * `POST /custompages`
 */
export declare function buildCreateCustomPageRequest(parameters: (T.CreateCustomPageParameters | undefined) | undefined, body: T.CreateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateCustomPageResponse, T.CreateCustomPageError>>;

/**
 * Get custom page
 *
 * `GET /custompages/{slug}`
 */
export declare function buildGetCustomPageRequest(parameters: T.GetCustomPageParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCustomPageResponse, T.GetCustomPageError>>;

/**
 * Update custom page
 *
 * `PUT /custompages/{slug}`
 */
export declare function buildUpdateCustomPageRequest(parameters: T.UpdateCustomPageParameters, body: T.UpdateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateCustomPageResponse, T.UpdateCustomPageError>>;

/**
 * Delete custom page
 *
 * `DELETE /custompages/{slug}`
 */
export declare function buildDeleteCustomPageRequest(parameters: T.DeleteCustomPageParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteCustomPageResponse, T.DeleteCustomPageError>>;

/**
 * Create doc
 *
 * `POST /docs`
 */
export declare function buildCreateDocRequest(parameters: (T.CreateDocParameters | undefined) | undefined, body: T.CreateDocRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateDocRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateDocResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateDocResponse, T.CreateDocError>>;

/**
 * Search docs
 *
 * `POST /docs/search`
 */
export declare function buildSearchDocsRequest(parameters: T.SearchDocsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildSearchDocsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readSearchDocsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.SearchDocsResponse, T.SearchDocsError>>;

/**
 * Get doc
 *
 * `GET /docs/{slug}`
 */
export declare function buildGetDocRequest(parameters: T.GetDocParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetDocRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetDocResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetDocResponse, T.GetDocError>>;

/**
 * Update doc
 *
 * `PUT /docs/{slug}`
 */
export declare function buildUpdateDocRequest(parameters: T.UpdateDocParameters, body: T.UpdateDocRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateDocRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateDocResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateDocResponse, T.UpdateDocError>>;

/**
 * Delete doc
 *
 * `DELETE /docs/{slug}`
 */
export declare function buildDeleteDocRequest(parameters: T.DeleteDocParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteDocRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteDocResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteDocResponse, T.DeleteDocError>>;

/**
 * Get production doc
 *
 * `GET /docs/{slug}/production`
 */
export declare function buildGetProductionDocRequest(parameters: T.GetProductionDocParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetProductionDocRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetProductionDocResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetProductionDocResponse, T.GetProductionDocError>>;

/**
 * Get ReadMe’s outbound IP addresses
 *
 * `GET /outbound-ips`
 */
export declare function buildGetOutboundIPsRequest(parameters?: T.GetOutboundIPsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOutboundIPsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOutboundIPsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOutboundIPsResponse, T.GetOutboundIPsError>>;

/**
 * Ask Owlbot AI a question
 *
 * `POST /owlbot/ask`
 */
export declare function buildAskOwlbotRequest(parameters: (T.AskOwlbotParameters | undefined) | undefined, body: T.AskOwlbotRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildAskOwlbotRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readAskOwlbotResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.AskOwlbotResponse, T.AskOwlbotError>>;

/**
 * Get our OpenAPI Definition
 *
 * `GET /schema`
 */
export declare function buildGetAPISchemaRequest(parameters?: T.GetAPISchemaParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPISchemaRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPISchemaResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPISchemaResponse, T.GetAPISchemaError>>;

/**
 * Get versions
 *
 * `GET /version`
 */
export declare function buildGetVersionsRequest(parameters?: T.GetVersionsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVersionsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVersionsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVersionsResponse, T.GetVersionsError>>;

/**
 * Create version
 *
 * `POST /version`
 */
export declare function buildCreateVersionRequest(parameters: (T.CreateVersionParameters | undefined) | undefined, body: T.CreateVersionRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateVersionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateVersionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateVersionResponse, T.CreateVersionError>>;

/**
 * Get version
 *
 * `GET /version/{versionId}`
 */
export declare function buildGetVersionRequest(parameters: T.GetVersionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVersionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVersionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVersionResponse, T.GetVersionError>>;

/**
 * Update version
 *
 * `PUT /version/{versionId}`
 */
export declare function buildUpdateVersionRequest(parameters: T.UpdateVersionParameters, body: T.UpdateVersionRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateVersionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateVersionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateVersionResponse, T.UpdateVersionError>>;

/**
 * Delete version
 *
 * `DELETE /version/{versionId}`
 */
export declare function buildDeleteVersionRequest(parameters: T.DeleteVersionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteVersionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteVersionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteVersionResponse, T.DeleteVersionError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * Get metadata about the current project
   *
   * `GET /`
   */
  readonly get: {
    (options?: RequestOptions): Promise<T.GetProjectResponse>;
    /** Who may call this operation. */
    readonly permissions: typeof permissions.getProject;
    /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
    safe(options?: RequestOptions): Promise<ApiResult<T.GetProjectResponse, T.GetProjectError>>;
  };
  /**
   * `/api-registry`
   */
  readonly apiRegistry: {
    /**
     * `/api-registry/{uuid}`
     */
    byUuid(uuid: string): {
      /**
       * Retrieve an entry from the API Registry
       *
       * `GET /api-registry/{uuid}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetAPIRegistryResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAPIRegistry;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetAPIRegistryResponse, T.GetAPIRegistryError>>;
      };
    };
  };
  /**
   * `/api-specification`
   */
  readonly apiSpecification: {
    /**
     * Get metadata
     *
     * `GET /api-specification`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetAPISpecificationParameters, 'query' | 'header'>
      ): Promise<T.GetAPISpecificationResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getAPISpecification;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetAPISpecificationParameters, 'query' | 'header'>
      ): Promise<ApiResult<T.GetAPISpecificationResponse, T.GetAPISpecificationError>>;
    };
    /**
     * Upload specification
     *
     * `POST /api-specification`
     */
    readonly post: {
      (
        body: T.UploadAPISpecificationRequestBody,
        options?: RequestOptions & Pick<T.UploadAPISpecificationParameters, 'header'>,
      ): Promise<T.UploadAPISpecificationResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.uploadAPISpecification;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.UploadAPISpecificationRequestBody,
        options?: RequestOptions & Pick<T.UploadAPISpecificationParameters, 'header'>,
      ): Promise<ApiResult<T.UploadAPISpecificationResponse, T.UploadAPISpecificationError>>;
    };
    /**
     * `/api-specification/{id}`
     */
    byId(id: string): {
      /**
       * Update specification
       *
       * `PUT /api-specification/{id}`
       */
      readonly put: {
        (
          body: T.UpdateAPISpecificationRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateAPISpecificationResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateAPISpecification;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateAPISpecificationRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateAPISpecificationResponse, T.UpdateAPISpecificationError>>;
      };
      /**
       * Delete specification
       *
       * `DELETE /api-specification/{id}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteAPISpecificationResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteAPISpecification;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteAPISpecificationResponse, T.DeleteAPISpecificationError>>;
      };
    };
  };
  /**
   * `/categories`
   */
  readonly categories: {
    /**
     * Get all categories
     *
     * `GET /categories`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetCategoriesParameters, 'query' | 'header'>
      ): Promise<T.GetCategoriesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getCategories;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetCategoriesParameters, 'query' | 'header'>
      ): Promise<ApiResult<T.GetCategoriesResponse, T.GetCategoriesError>>;
    };
    /**
     * Create category
     *
     * `POST /categories`
     */
    readonly post: {
      (
        body: T.CreateCategoryRequestBody,
        options?: RequestOptions & Pick<T.CreateCategoryParameters, 'header'>,
      ): Promise<T.CreateCategoryResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createCategory;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateCategoryRequestBody,
        options?: RequestOptions & Pick<T.CreateCategoryParameters, 'header'>,
      ): Promise<ApiResult<T.CreateCategoryResponse, T.CreateCategoryError>>;
    };
    /**
     * `/categories/{slug}`
     */
    bySlug(slug: string): {
      /**
       * Get category
       *
       * `GET /categories/{slug}`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetCategoryParameters, 'header'>
        ): Promise<T.GetCategoryResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getCategory;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetCategoryParameters, 'header'>
        ): Promise<ApiResult<T.GetCategoryResponse, T.GetCategoryError>>;
      };
      /**
       * Update category
       *
       * `PUT /categories/{slug}`
       */
      readonly put: {
        (
          body: T.UpdateCategoryRequestBody,
          options?: RequestOptions & Pick<T.UpdateCategoryParameters, 'header'>,
        ): Promise<T.UpdateCategoryResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateCategory;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateCategoryRequestBody,
          options?: RequestOptions & Pick<T.UpdateCategoryParameters, 'header'>,
        ): Promise<ApiResult<T.UpdateCategoryResponse, T.UpdateCategoryError>>;
      };
      /**
       * Delete category
       *
       * `DELETE /categories/{slug}`
       */
      readonly delete: {
        (
          options?: RequestOptions & Pick<T.DeleteCategoryParameters, 'header'>
        ): Promise<T.DeleteCategoryResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteCategory;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.DeleteCategoryParameters, 'header'>
        ): Promise<ApiResult<T.DeleteCategoryResponse, T.DeleteCategoryError>>;
      };
      /**
       * `/categories/{slug}/docs`
       */
      readonly docs: {
        /**
         * Get docs for category
         *
         * `GET /categories/{slug}/docs`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.GetCategoryDocsParameters, 'header'>
          ): Promise<T.GetCategoryDocsResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getCategoryDocs;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.GetCategoryDocsParameters, 'header'>
          ): Promise<ApiResult<T.GetCategoryDocsResponse, T.GetCategoryDocsError>>;
        };
      };
    };
  };
  /**
   * `/changelogs`
   */
  readonly changelogs: {
    /**
     * Get changelogs
     *
     * `GET /changelogs`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetChangelogsParameters, 'query'>
      ): Promise<T.GetChangelogsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getChangelogs;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetChangelogsParameters, 'query'>
      ): Promise<ApiResult<T.GetChangelogsResponse, T.GetChangelogsError>>;
    };
    /**
     * Create changelog
     *
     * `POST /changelogs`
     */
    readonly post: {
      (
        body: T.CreateChangelogRequestBody,
        options?: RequestOptions,
      ): Promise<T.CreateChangelogResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createChangelog;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateChangelogRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateChangelogResponse, T.CreateChangelogError>>;
    };
    /**
     * `/changelogs/{slug}`
     */
    bySlug(slug: string): {
      /**
       * Get changelog
       *
       * `GET /changelogs/{slug}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetChangelogResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getChangelog;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetChangelogResponse, T.GetChangelogError>>;
      };
      /**
       * Update changelog
       *
       * `PUT /changelogs/{slug}`
       */
      readonly put: {
        (
          body: T.UpdateChangelogRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateChangelogResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateChangelog;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateChangelogRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateChangelogResponse, T.UpdateChangelogError>>;
      };
      /**
       * Delete changelog
       *
       * `DELETE /changelogs/{slug}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteChangelogResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteChangelog;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteChangelogResponse, T.DeleteChangelogError>>;
      };
    };
  };
  /**
   * `/custompages`
   */
  readonly custompages: {
    /**
     * Get custom pages
     *
     * `GET /custompages`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetCustomPagesParameters, 'query'>
      ): Promise<T.GetCustomPagesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getCustomPages;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetCustomPagesParameters, 'query'>
      ): Promise<ApiResult<T.GetCustomPagesResponse, T.GetCustomPagesError>>;
    };
    /**
     * Create custom page
     *
     * `POST /custompages`
     */
    readonly post: {
      (
        body: T.CreateCustomPageRequestBody,
        options?: RequestOptions,
      ): Promise<T.CreateCustomPageResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createCustomPage;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateCustomPageRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateCustomPageResponse, T.CreateCustomPageError>>;
    };
    /**
     * `/custompages/{slug}`
     */
    bySlug(slug: string): {
      /**
       * Get custom page
       *
       * `GET /custompages/{slug}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetCustomPageResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getCustomPage;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetCustomPageResponse, T.GetCustomPageError>>;
      };
      /**
       * Update custom page
       *
       * `PUT /custompages/{slug}`
       */
      readonly put: {
        (
          body: T.UpdateCustomPageRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateCustomPageResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateCustomPage;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateCustomPageRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateCustomPageResponse, T.UpdateCustomPageError>>;
      };
      /**
       * Delete custom page
       *
       * `DELETE /custompages/{slug}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteCustomPageResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteCustomPage;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteCustomPageResponse, T.DeleteCustomPageError>>;
      };
    };
  };
  /**
   * `/docs`
   */
  readonly docs: {
    /**
     * Create doc
     *
     * `POST /docs`
     */
    readonly post: {
      (
        body: T.CreateDocRequestBody,
        options?: RequestOptions & Pick<T.CreateDocParameters, 'header'>,
      ): Promise<T.CreateDocResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createDoc;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateDocRequestBody,
        options?: RequestOptions & Pick<T.CreateDocParameters, 'header'>,
      ): Promise<ApiResult<T.CreateDocResponse, T.CreateDocError>>;
    };
    /**
     * `/docs/search`
     */
    readonly search: {
      /**
       * Search docs
       *
       * `POST /docs/search`
       */
      readonly post: {
        (
          options: RequestOptions & Pick<T.SearchDocsParameters, 'query' | 'header'>
        ): Promise<T.SearchDocsResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.searchDocs;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options: RequestOptions & Pick<T.SearchDocsParameters, 'query' | 'header'>
        ): Promise<ApiResult<T.SearchDocsResponse, T.SearchDocsError>>;
      };
    };
    /**
     * `/docs/{slug}`
     */
    bySlug(slug: string): {
      /**
       * Get doc
       *
       * `GET /docs/{slug}`
       */
      readonly get: {
        (options?: RequestOptions & Pick<T.GetDocParameters, 'header'>): Promise<T.GetDocResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getDoc;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetDocParameters, 'header'>
        ): Promise<ApiResult<T.GetDocResponse, T.GetDocError>>;
      };
      /**
       * Update doc
       *
       * `PUT /docs/{slug}`
       */
      readonly put: {
        (
          body: T.UpdateDocRequestBody,
          options?: RequestOptions & Pick<T.UpdateDocParameters, 'header'>,
        ): Promise<T.UpdateDocResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateDoc;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateDocRequestBody,
          options?: RequestOptions & Pick<T.UpdateDocParameters, 'header'>,
        ): Promise<ApiResult<T.UpdateDocResponse, T.UpdateDocError>>;
      };
      /**
       * Delete doc
       *
       * `DELETE /docs/{slug}`
       */
      readonly delete: {
        (
          options?: RequestOptions & Pick<T.DeleteDocParameters, 'header'>
        ): Promise<T.DeleteDocResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteDoc;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.DeleteDocParameters, 'header'>
        ): Promise<ApiResult<T.DeleteDocResponse, T.DeleteDocError>>;
      };
      /**
       * `/docs/{slug}/production`
       */
      readonly production: {
        /**
         * Get production doc
         *
         * `GET /docs/{slug}/production`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.GetProductionDocParameters, 'header'>
          ): Promise<T.GetProductionDocResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getProductionDoc;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.GetProductionDocParameters, 'header'>
          ): Promise<ApiResult<T.GetProductionDocResponse, T.GetProductionDocError>>;
        };
      };
    };
  };
  /**
   * `/outbound-ips`
   */
  readonly outboundIps: {
    /**
     * Get ReadMe’s outbound IP addresses
     *
     * `GET /outbound-ips`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetOutboundIPsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getOutboundIPs;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetOutboundIPsResponse, T.GetOutboundIPsError>>;
    };
  };
  /**
   * `/owlbot`
   */
  readonly owlbot: {
    /**
     * `/owlbot/ask`
     */
    readonly ask: {
      /**
       * Ask Owlbot AI a question
       *
       * `POST /owlbot/ask`
       */
      readonly post: {
        (body: T.AskOwlbotRequestBody, options?: RequestOptions): Promise<T.AskOwlbotResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.askOwlbot;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.AskOwlbotRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.AskOwlbotResponse, T.AskOwlbotError>>;
      };
    };
  };
  /**
   * `/schema`
   */
  readonly schema: {
    /**
     * Get our OpenAPI Definition
     *
     * `GET /schema`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetAPISchemaResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getAPISchema;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetAPISchemaResponse, T.GetAPISchemaError>>;
    };
  };
  /**
   * `/version`
   */
  readonly version: {
    /**
     * Get versions
     *
     * `GET /version`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetVersionsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getVersions;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(options?: RequestOptions): Promise<ApiResult<T.GetVersionsResponse, T.GetVersionsError>>;
    };
    /**
     * Create version
     *
     * `POST /version`
     */
    readonly post: {
      (
        body: T.CreateVersionRequestBody,
        options?: RequestOptions,
      ): Promise<T.CreateVersionResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createVersion;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateVersionRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateVersionResponse, T.CreateVersionError>>;
    };
    /**
     * `/version/{versionId}`
     */
    byVersionId(versionId: string): {
      /**
       * Get version
       *
       * `GET /version/{versionId}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetVersionResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getVersion;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetVersionResponse, T.GetVersionError>>;
      };
      /**
       * Update version
       *
       * `PUT /version/{versionId}`
       */
      readonly put: {
        (
          body: T.UpdateVersionRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateVersionResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateVersion;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateVersionRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateVersionResponse, T.UpdateVersionError>>;
      };
      /**
       * Delete version
       *
       * `DELETE /version/{versionId}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteVersionResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteVersion;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteVersionResponse, T.DeleteVersionError>>;
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
