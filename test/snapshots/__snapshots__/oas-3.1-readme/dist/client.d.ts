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
  | T.GetOpenRolesError
  | T.ApplyToReadMeError
  | T.GetBranchesError
  | T.CreateBranchError
  | T.GetBranchError
  | T.DeleteBranchError
  | T.UpdateBranchError
  | T.GetAPIsError
  | T.CreateAPIError
  | T.GetAPIError
  | T.UpdateAPIError
  | T.DeleteAPIError
  | T.CreateCategoryError
  | T.GetCategoriesError
  | T.GetCategoryError
  | T.DeleteCategoryError
  | T.UpdateCategoryError
  | T.GetCategoryPagesError
  | T.GetCustomPagesError
  | T.CreateCustomPageError
  | T.GetCustomPageError
  | T.DeleteCustomPageError
  | T.UpdateCustomPageError
  | T.CreateGuideError
  | T.GetGuideError
  | T.DeleteGuideError
  | T.UpdateGuideError
  | T.GetRecipesError
  | T.CreateRecipeError
  | T.GetRecipeError
  | T.DeleteRecipeError
  | T.UpdateRecipeError
  | T.CreateReferenceError
  | T.GetReferenceError
  | T.DeleteReferenceError
  | T.UpdateReferenceError
  | T.GetChangelogsError
  | T.CreateChangelogError
  | T.GetChangelogError
  | T.DeleteChangelogError
  | T.UpdateChangelogError
  | T.GetImagesError
  | T.UploadImageError
  | T.GetImageError
  | T.GetOutboundIPsError
  | T.AskOwlbotError
  | T.GetProjectError
  | T.GetAPIKeysError
  | T.CreateAPIKeyError
  | T.GetAPIKeyError
  | T.DeleteAPIKeyError
  | T.UpdateAPIKeyError
  | T.SearchError
  | T.ValidateAPIError;

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
 * Get open roles
 *
 * `GET /apply`
 */
export declare function buildGetOpenRolesRequest(parameters?: T.GetOpenRolesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOpenRolesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOpenRolesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOpenRolesResponse, T.GetOpenRolesError>>;

/**
 * Submit your application!
 *
 * `POST /apply`
 */
export declare function buildApplyToReadMeRequest(parameters: (T.ApplyToReadMeParameters | undefined) | undefined, body: T.ApplyToReadMeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildApplyToReadMeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readApplyToReadMeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ApplyToReadMeResponse, T.ApplyToReadMeError>>;

/**
 * Get branches
 *
 * `GET /branches`
 */
export declare function buildGetBranchesRequest(parameters?: T.GetBranchesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBranchesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBranchesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBranchesResponse, T.GetBranchesError>>;

/**
 * Create a branch
 *
 * `POST /branches`
 */
export declare function buildCreateBranchRequest(parameters?: T.CreateBranchParameters, body?: T.CreateBranchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateBranchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateBranchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateBranchResponse, T.CreateBranchError>>;

/**
 * Get a branch
 *
 * `GET /branches/{branch}`
 */
export declare function buildGetBranchRequest(parameters: T.GetBranchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBranchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBranchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBranchResponse, T.GetBranchError>>;

/**
 * Delete a branch
 *
 * `DELETE /branches/{branch}`
 */
export declare function buildDeleteBranchRequest(parameters: T.DeleteBranchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteBranchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteBranchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteBranchResponse, T.DeleteBranchError>>;

/**
 * Updates an existing branch
 *
 * `PATCH /branches/{branch}`
 */
export declare function buildUpdateBranchRequest(parameters: T.UpdateBranchParameters, body?: T.UpdateBranchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateBranchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateBranchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateBranchResponse, T.UpdateBranchError>>;

/**
 * Get all API definitions
 *
 * `GET /branches/{branch}/apis`
 */
export declare function buildGetAPIsRequest(parameters: T.GetAPIsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPIsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPIsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPIsResponse, T.GetAPIsError>>;

/**
 * Create an API definition
 *
 * `POST /branches/{branch}/apis`
 */
export declare function buildCreateAPIRequest(parameters: T.CreateAPIParameters, body?: T.CreateAPIRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateAPIRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateAPIResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateAPIResponse, T.CreateAPIError>>;

/**
 * Get an API definition
 *
 * `GET /branches/{branch}/apis/{filename}`
 */
export declare function buildGetAPIRequest(parameters: T.GetAPIParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPIRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPIResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPIResponse, T.GetAPIError>>;

/**
 * Update an API definition
 *
 * `PUT /branches/{branch}/apis/{filename}`
 */
export declare function buildUpdateAPIRequest(parameters: T.UpdateAPIParameters, body?: T.UpdateAPIRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateAPIRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateAPIResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateAPIResponse, T.UpdateAPIError>>;

/**
 * Delete an API definition
 *
 * `DELETE /branches/{branch}/apis/{filename}`
 */
export declare function buildDeleteAPIRequest(parameters: T.DeleteAPIParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteAPIRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteAPIResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteAPIResponse, T.DeleteAPIError>>;

/**
 * Create a category
 *
 * `POST /branches/{branch}/categories`
 */
export declare function buildCreateCategoryRequest(parameters: T.CreateCategoryParameters, body: T.CreateCategoryRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateCategoryResponse, T.CreateCategoryError>>;

/**
 * Get all categories
 *
 * `GET /branches/{branch}/categories/{section}`
 */
export declare function buildGetCategoriesRequest(parameters: T.GetCategoriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoriesResponse, T.GetCategoriesError>>;

/**
 * Get a category
 *
 * `GET /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildGetCategoryRequest(parameters: T.GetCategoryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoryResponse, T.GetCategoryError>>;

/**
 * Delete a category
 *
 * `DELETE /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildDeleteCategoryRequest(parameters: T.DeleteCategoryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteCategoryResponse, T.DeleteCategoryError>>;

/**
 * Update a category
 *
 * `PATCH /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildUpdateCategoryRequest(parameters: T.UpdateCategoryParameters, body?: T.UpdateCategoryRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateCategoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateCategoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateCategoryResponse, T.UpdateCategoryError>>;

/**
 * Get the pages within a category
 *
 * `GET /branches/{branch}/categories/{section}/{title}/pages`
 */
export declare function buildGetCategoryPagesRequest(parameters: T.GetCategoryPagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCategoryPagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCategoryPagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCategoryPagesResponse, T.GetCategoryPagesError>>;

/**
 * Get all custom pages
 *
 * `GET /branches/{branch}/custom_pages`
 */
export declare function buildGetCustomPagesRequest(parameters: T.GetCustomPagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCustomPagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCustomPagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCustomPagesResponse, T.GetCustomPagesError>>;

/**
 * Create a custom page
 *
 * `POST /branches/{branch}/custom_pages`
 */
export declare function buildCreateCustomPageRequest(parameters: T.CreateCustomPageParameters, body: T.CreateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateCustomPageResponse, T.CreateCustomPageError>>;

/**
 * Get a custom page
 *
 * `GET /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildGetCustomPageRequest(parameters: T.GetCustomPageParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCustomPageResponse, T.GetCustomPageError>>;

/**
 * Delete a custom page
 *
 * `DELETE /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildDeleteCustomPageRequest(parameters: T.DeleteCustomPageParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteCustomPageResponse, T.DeleteCustomPageError>>;

/**
 * Update a custom page
 *
 * `PATCH /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildUpdateCustomPageRequest(parameters: T.UpdateCustomPageParameters, body?: T.UpdateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateCustomPageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateCustomPageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateCustomPageResponse, T.UpdateCustomPageError>>;

/**
 * Create a guides page
 *
 * `POST /branches/{branch}/guides`
 */
export declare function buildCreateGuideRequest(parameters: T.CreateGuideParameters, body: T.CreateGuideRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateGuideRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateGuideResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateGuideResponse, T.CreateGuideError>>;

/**
 * Get a guides page
 *
 * `GET /branches/{branch}/guides/{slug}`
 */
export declare function buildGetGuideRequest(parameters: T.GetGuideParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetGuideRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetGuideResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetGuideResponse, T.GetGuideError>>;

/**
 * Delete a guides page
 *
 * `DELETE /branches/{branch}/guides/{slug}`
 */
export declare function buildDeleteGuideRequest(parameters: T.DeleteGuideParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteGuideRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteGuideResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteGuideResponse, T.DeleteGuideError>>;

/**
 * Update a guides page
 *
 * `PATCH /branches/{branch}/guides/{slug}`
 */
export declare function buildUpdateGuideRequest(parameters: T.UpdateGuideParameters, body?: T.UpdateGuideRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateGuideRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateGuideResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateGuideResponse, T.UpdateGuideError>>;

/**
 * Get all recipes
 *
 * `GET /branches/{branch}/recipes`
 */
export declare function buildGetRecipesRequest(parameters: T.GetRecipesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetRecipesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetRecipesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetRecipesResponse, T.GetRecipesError>>;

/**
 * Create a recipe
 *
 * `POST /branches/{branch}/recipes`
 */
export declare function buildCreateRecipeRequest(parameters: T.CreateRecipeParameters, body: T.CreateRecipeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateRecipeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateRecipeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateRecipeResponse, T.CreateRecipeError>>;

/**
 * Get a recipe
 *
 * `GET /branches/{branch}/recipes/{slug}`
 */
export declare function buildGetRecipeRequest(parameters: T.GetRecipeParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetRecipeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetRecipeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetRecipeResponse, T.GetRecipeError>>;

/**
 * Delete a recipe
 *
 * `DELETE /branches/{branch}/recipes/{slug}`
 */
export declare function buildDeleteRecipeRequest(parameters: T.DeleteRecipeParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteRecipeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteRecipeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteRecipeResponse, T.DeleteRecipeError>>;

/**
 * Update an existing recipe
 *
 * `PATCH /branches/{branch}/recipes/{slug}`
 */
export declare function buildUpdateRecipeRequest(parameters: T.UpdateRecipeParameters, body?: T.UpdateRecipeRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateRecipeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateRecipeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateRecipeResponse, T.UpdateRecipeError>>;

/**
 * Create a reference page
 *
 * `POST /branches/{branch}/reference`
 */
export declare function buildCreateReferenceRequest(parameters: T.CreateReferenceParameters, body: T.CreateReferenceRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateReferenceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateReferenceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateReferenceResponse, T.CreateReferenceError>>;

/**
 * Get a reference page
 *
 * `GET /branches/{branch}/reference/{slug}`
 */
export declare function buildGetReferenceRequest(parameters: T.GetReferenceParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetReferenceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetReferenceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetReferenceResponse, T.GetReferenceError>>;

/**
 * Delete a reference page
 *
 * `DELETE /branches/{branch}/reference/{slug}`
 */
export declare function buildDeleteReferenceRequest(parameters: T.DeleteReferenceParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteReferenceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteReferenceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteReferenceResponse, T.DeleteReferenceError>>;

/**
 * Update a reference page
 *
 * `PATCH /branches/{branch}/reference/{slug}`
 */
export declare function buildUpdateReferenceRequest(parameters: T.UpdateReferenceParameters, body?: T.UpdateReferenceRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateReferenceRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateReferenceResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateReferenceResponse, T.UpdateReferenceError>>;

/**
 * Get all changelog entries
 *
 * `GET /changelogs`
 */
export declare function buildGetChangelogsRequest(parameters?: T.GetChangelogsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetChangelogsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetChangelogsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetChangelogsResponse, T.GetChangelogsError>>;

/**
 * Create a changelog entry
 *
 * `POST /changelogs`
 */
export declare function buildCreateChangelogRequest(parameters: (T.CreateChangelogParameters | undefined) | undefined, body: T.CreateChangelogRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateChangelogResponse, T.CreateChangelogError>>;

/**
 * Get a changelog entry
 *
 * `GET /changelogs/{identifier}`
 */
export declare function buildGetChangelogRequest(parameters: T.GetChangelogParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetChangelogResponse, T.GetChangelogError>>;

/**
 * Delete a changelog entry
 *
 * `DELETE /changelogs/{identifier}`
 */
export declare function buildDeleteChangelogRequest(parameters: T.DeleteChangelogParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteChangelogResponse, T.DeleteChangelogError>>;

/**
 * Update a changelog entry
 *
 * `PATCH /changelogs/{identifier}`
 */
export declare function buildUpdateChangelogRequest(parameters: T.UpdateChangelogParameters, body?: T.UpdateChangelogRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateChangelogRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateChangelogResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateChangelogResponse, T.UpdateChangelogError>>;

/**
 * Get uploaded images
 *
 * `GET /images`
 */
export declare function buildGetImagesRequest(parameters?: T.GetImagesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetImagesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetImagesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetImagesResponse, T.GetImagesError>>;

/**
 * Upload an image
 *
 * `POST /images`
 */
export declare function buildUploadImageRequest(parameters?: T.UploadImageParameters, body?: T.UploadImageRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUploadImageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUploadImageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UploadImageResponse, T.UploadImageError>>;

/**
 * Get an image
 *
 * `GET /images/{identifier}`
 */
export declare function buildGetImageRequest(parameters: T.GetImageParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetImageRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetImageResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetImageResponse, T.GetImageError>>;

/**
 * Get ReadMe's outbound IP addresses
 *
 * `GET /outbound_ips`
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
 * Get project metadata
 *
 * `GET /projects/me`
 */
export declare function buildGetProjectRequest(parameters?: T.GetProjectParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetProjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetProjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetProjectResponse, T.GetProjectError>>;

/**
 * Get your API keys
 *
 * `GET /projects/{subdomain}/apikeys`
 */
export declare function buildGetAPIKeysRequest(parameters: T.GetAPIKeysParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPIKeysRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPIKeysResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPIKeysResponse, T.GetAPIKeysError>>;

/**
 * Create an API key
 *
 * `POST /projects/{subdomain}/apikeys`
 */
export declare function buildCreateAPIKeyRequest(parameters: T.CreateAPIKeyParameters, body: T.CreateAPIKeyRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateAPIKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateAPIKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateAPIKeyResponse, T.CreateAPIKeyError>>;

/**
 * Get an API key
 *
 * `GET /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildGetAPIKeyRequest(parameters: T.GetAPIKeyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAPIKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAPIKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAPIKeyResponse, T.GetAPIKeyError>>;

/**
 * Delete an API key
 *
 * `DELETE /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildDeleteAPIKeyRequest(parameters: T.DeleteAPIKeyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteAPIKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteAPIKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteAPIKeyResponse, T.DeleteAPIKeyError>>;

/**
 * Update an API key
 *
 * `PATCH /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildUpdateAPIKeyRequest(parameters: T.UpdateAPIKeyParameters, body: T.UpdateAPIKeyRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateAPIKeyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateAPIKeyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateAPIKeyResponse, T.UpdateAPIKeyError>>;

/**
 * Perform a search query
 *
 * `GET /search`
 */
export declare function buildSearchRequest(parameters: T.SearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.SearchResponse, T.SearchError>>;

/**
 * Validate an API
 *
 * `POST /validate/api`
 */
export declare function buildValidateAPIRequest(parameters?: T.ValidateAPIParameters, body?: T.ValidateAPIRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildValidateAPIRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readValidateAPIResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ValidateAPIResponse, T.ValidateAPIError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/apply`
   */
  readonly apply: {
    /**
     * Get open roles
     *
     * `GET /apply`
     */
    readonly get: {
      (options?: RequestOptions): Promise<T.GetOpenRolesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getOpenRoles;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions
      ): Promise<ApiResult<T.GetOpenRolesResponse, T.GetOpenRolesError>>;
    };
    /**
     * Submit your application!
     *
     * `POST /apply`
     */
    readonly post: {
      (
        body: T.ApplyToReadMeRequestBody,
        options?: RequestOptions,
      ): Promise<T.ApplyToReadMeResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.applyToReadMe;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.ApplyToReadMeRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.ApplyToReadMeResponse, T.ApplyToReadMeError>>;
    };
  };
  /**
   * `/branches`
   */
  readonly branches: {
    /**
     * Get branches
     *
     * `GET /branches`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetBranchesParameters, 'query'>
      ): Promise<T.GetBranchesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getBranches;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetBranchesParameters, 'query'>
      ): Promise<ApiResult<T.GetBranchesResponse, T.GetBranchesError>>;
    };
    /**
     * Create a branch
     *
     * `POST /branches`
     */
    readonly post: {
      (body?: T.CreateBranchRequestBody, options?: RequestOptions): Promise<T.CreateBranchResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.createBranch;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.CreateBranchRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateBranchResponse, T.CreateBranchError>>;
    };
    /**
     * `/branches/{branch}`
     */
    byBranch(branch: string): {
      /**
       * Get a branch
       *
       * `GET /branches/{branch}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetBranchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getBranch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetBranchResponse, T.GetBranchError>>;
      };
      /**
       * Delete a branch
       *
       * `DELETE /branches/{branch}`
       */
      readonly delete: {
        (options?: RequestOptions): Promise<T.DeleteBranchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deleteBranch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.DeleteBranchResponse, T.DeleteBranchError>>;
      };
      /**
       * Updates an existing branch
       *
       * `PATCH /branches/{branch}`
       */
      readonly patch: {
        (
          body?: T.UpdateBranchRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateBranchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateBranch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.UpdateBranchRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateBranchResponse, T.UpdateBranchError>>;
      };
      /**
       * `/branches/{branch}/apis`
       */
      readonly apis: {
        /**
         * Get all API definitions
         *
         * `GET /branches/{branch}/apis`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetAPIsResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getAPIs;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(options?: RequestOptions): Promise<ApiResult<T.GetAPIsResponse, T.GetAPIsError>>;
        };
        /**
         * Create an API definition
         *
         * `POST /branches/{branch}/apis`
         */
        readonly post: {
          (body?: T.CreateAPIRequestBody, options?: RequestOptions): Promise<T.CreateAPIResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createAPI;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.CreateAPIRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateAPIResponse, T.CreateAPIError>>;
        };
        /**
         * `/branches/{branch}/apis/{filename}`
         */
        byFilename(filename: string): {
          /**
           * Get an API definition
           *
           * `GET /branches/{branch}/apis/{filename}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetAPIResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAPI;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(options?: RequestOptions): Promise<ApiResult<T.GetAPIResponse, T.GetAPIError>>;
          };
          /**
           * Update an API definition
           *
           * `PUT /branches/{branch}/apis/{filename}`
           */
          readonly put: {
            (body?: T.UpdateAPIRequestBody, options?: RequestOptions): Promise<T.UpdateAPIResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateAPI;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.UpdateAPIRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateAPIResponse, T.UpdateAPIError>>;
          };
          /**
           * Delete an API definition
           *
           * `DELETE /branches/{branch}/apis/{filename}`
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteAPIResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.deleteAPI;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.DeleteAPIResponse, T.DeleteAPIError>>;
          };
        };
      };
      /**
       * `/branches/{branch}/categories`
       */
      readonly categories: {
        /**
         * Create a category
         *
         * `POST /branches/{branch}/categories`
         */
        readonly post: {
          (
            body: T.CreateCategoryRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateCategoryResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createCategory;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.CreateCategoryRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateCategoryResponse, T.CreateCategoryError>>;
        };
        /**
         * `/branches/{branch}/categories/{section}`
         */
        bySection(section: 'guides' | 'reference'): {
          /**
           * Get all categories
           *
           * `GET /branches/{branch}/categories/{section}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetCategoriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getCategories;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.GetCategoriesResponse, T.GetCategoriesError>>;
          };
          /**
           * `/branches/{branch}/categories/{section}/{title}`
           */
          byTitle(title: string): {
            /**
             * Get a category
             *
             * `GET /branches/{branch}/categories/{section}/{title}`
             */
            readonly get: {
              (options?: RequestOptions): Promise<T.GetCategoryResponse>;
              /** Who may call this operation. */
              readonly permissions: typeof permissions.getCategory;
              /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
              safe(
                options?: RequestOptions
              ): Promise<ApiResult<T.GetCategoryResponse, T.GetCategoryError>>;
            };
            /**
             * Delete a category
             *
             * `DELETE /branches/{branch}/categories/{section}/{title}`
             */
            readonly delete: {
              (options?: RequestOptions): Promise<T.DeleteCategoryResponse>;
              /** Who may call this operation. */
              readonly permissions: typeof permissions.deleteCategory;
              /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
              safe(
                options?: RequestOptions
              ): Promise<ApiResult<T.DeleteCategoryResponse, T.DeleteCategoryError>>;
            };
            /**
             * Update a category
             *
             * `PATCH /branches/{branch}/categories/{section}/{title}`
             */
            readonly patch: {
              (
                body?: T.UpdateCategoryRequestBody,
                options?: RequestOptions,
              ): Promise<T.UpdateCategoryResponse>;
              /** Who may call this operation. */
              readonly permissions: typeof permissions.updateCategory;
              /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
              safe(
                body?: T.UpdateCategoryRequestBody,
                options?: RequestOptions,
              ): Promise<ApiResult<T.UpdateCategoryResponse, T.UpdateCategoryError>>;
            };
            /**
             * `/branches/{branch}/categories/{section}/{title}/pages`
             */
            readonly pages: {
              /**
               * Get the pages within a category
               *
               * `GET /branches/{branch}/categories/{section}/{title}/pages`
               */
              readonly get: {
                (options?: RequestOptions): Promise<T.GetCategoryPagesResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getCategoryPages;
                /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
                safe(
                  options?: RequestOptions
                ): Promise<ApiResult<T.GetCategoryPagesResponse, T.GetCategoryPagesError>>;
              };
            };
          };
        };
      };
      /**
       * `/branches/{branch}/custom_pages`
       */
      readonly customPages: {
        /**
         * Get all custom pages
         *
         * `GET /branches/{branch}/custom_pages`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetCustomPagesResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getCustomPages;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetCustomPagesResponse, T.GetCustomPagesError>>;
        };
        /**
         * Create a custom page
         *
         * `POST /branches/{branch}/custom_pages`
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
         * `/branches/{branch}/custom_pages/{slug}`
         */
        bySlug(slug: string): {
          /**
           * Get a custom page
           *
           * `GET /branches/{branch}/custom_pages/{slug}`
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
           * Delete a custom page
           *
           * `DELETE /branches/{branch}/custom_pages/{slug}`
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
          /**
           * Update a custom page
           *
           * `PATCH /branches/{branch}/custom_pages/{slug}`
           */
          readonly patch: {
            (
              body?: T.UpdateCustomPageRequestBody,
              options?: RequestOptions,
            ): Promise<T.UpdateCustomPageResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateCustomPage;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.UpdateCustomPageRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateCustomPageResponse, T.UpdateCustomPageError>>;
          };
        };
      };
      /**
       * `/branches/{branch}/guides`
       */
      readonly guides: {
        /**
         * Create a guides page
         *
         * `POST /branches/{branch}/guides`
         */
        readonly post: {
          (
            body: T.CreateGuideRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateGuideResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createGuide;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.CreateGuideRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateGuideResponse, T.CreateGuideError>>;
        };
        /**
         * `/branches/{branch}/guides/{slug}`
         */
        bySlug(slug: string): {
          /**
           * Get a guides page
           *
           * `GET /branches/{branch}/guides/{slug}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetGuideResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getGuide;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(options?: RequestOptions): Promise<ApiResult<T.GetGuideResponse, T.GetGuideError>>;
          };
          /**
           * Delete a guides page
           *
           * `DELETE /branches/{branch}/guides/{slug}`
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteGuideResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.deleteGuide;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.DeleteGuideResponse, T.DeleteGuideError>>;
          };
          /**
           * Update a guides page
           *
           * `PATCH /branches/{branch}/guides/{slug}`
           */
          readonly patch: {
            (
              body?: T.UpdateGuideRequestBody,
              options?: RequestOptions,
            ): Promise<T.UpdateGuideResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateGuide;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.UpdateGuideRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateGuideResponse, T.UpdateGuideError>>;
          };
        };
      };
      /**
       * `/branches/{branch}/recipes`
       */
      readonly recipes: {
        /**
         * Get all recipes
         *
         * `GET /branches/{branch}/recipes`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetRecipesResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getRecipes;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetRecipesResponse, T.GetRecipesError>>;
        };
        /**
         * Create a recipe
         *
         * `POST /branches/{branch}/recipes`
         */
        readonly post: {
          (
            body: T.CreateRecipeRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateRecipeResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createRecipe;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.CreateRecipeRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateRecipeResponse, T.CreateRecipeError>>;
        };
        /**
         * `/branches/{branch}/recipes/{slug}`
         */
        bySlug(slug: string): {
          /**
           * Get a recipe
           *
           * `GET /branches/{branch}/recipes/{slug}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetRecipeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getRecipe;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.GetRecipeResponse, T.GetRecipeError>>;
          };
          /**
           * Delete a recipe
           *
           * `DELETE /branches/{branch}/recipes/{slug}`
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteRecipeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.deleteRecipe;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.DeleteRecipeResponse, T.DeleteRecipeError>>;
          };
          /**
           * Update an existing recipe
           *
           * `PATCH /branches/{branch}/recipes/{slug}`
           */
          readonly patch: {
            (
              body?: T.UpdateRecipeRequestBody,
              options?: RequestOptions,
            ): Promise<T.UpdateRecipeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateRecipe;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.UpdateRecipeRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateRecipeResponse, T.UpdateRecipeError>>;
          };
        };
      };
      /**
       * `/branches/{branch}/reference`
       */
      readonly reference: {
        /**
         * Create a reference page
         *
         * `POST /branches/{branch}/reference`
         */
        readonly post: {
          (
            body: T.CreateReferenceRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateReferenceResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createReference;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.CreateReferenceRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateReferenceResponse, T.CreateReferenceError>>;
        };
        /**
         * `/branches/{branch}/reference/{slug}`
         */
        bySlug(slug: string): {
          /**
           * Get a reference page
           *
           * `GET /branches/{branch}/reference/{slug}`
           */
          readonly get: {
            (
              options?: RequestOptions & Pick<T.GetReferenceParameters, 'query'>
            ): Promise<T.GetReferenceResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getReference;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions & Pick<T.GetReferenceParameters, 'query'>
            ): Promise<ApiResult<T.GetReferenceResponse, T.GetReferenceError>>;
          };
          /**
           * Delete a reference page
           *
           * `DELETE /branches/{branch}/reference/{slug}`
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteReferenceResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.deleteReference;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.DeleteReferenceResponse, T.DeleteReferenceError>>;
          };
          /**
           * Update a reference page
           *
           * `PATCH /branches/{branch}/reference/{slug}`
           */
          readonly patch: {
            (
              body?: T.UpdateReferenceRequestBody,
              options?: RequestOptions,
            ): Promise<T.UpdateReferenceResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateReference;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body?: T.UpdateReferenceRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateReferenceResponse, T.UpdateReferenceError>>;
          };
        };
      };
    };
  };
  /**
   * `/changelogs`
   */
  readonly changelogs: {
    /**
     * Get all changelog entries
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
     * Create a changelog entry
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
     * `/changelogs/{identifier}`
     */
    byIdentifier(identifier: string): {
      /**
       * Get a changelog entry
       *
       * `GET /changelogs/{identifier}`
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
       * Delete a changelog entry
       *
       * `DELETE /changelogs/{identifier}`
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
      /**
       * Update a changelog entry
       *
       * `PATCH /changelogs/{identifier}`
       */
      readonly patch: {
        (
          body?: T.UpdateChangelogRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdateChangelogResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updateChangelog;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.UpdateChangelogRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateChangelogResponse, T.UpdateChangelogError>>;
      };
    };
  };
  /**
   * `/images`
   */
  readonly images: {
    /**
     * Get uploaded images
     *
     * `GET /images`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.GetImagesParameters, 'query'>
      ): Promise<T.GetImagesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getImages;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.GetImagesParameters, 'query'>
      ): Promise<ApiResult<T.GetImagesResponse, T.GetImagesError>>;
    };
    /**
     * Upload an image
     *
     * `POST /images`
     */
    readonly post: {
      (
        body?: T.UploadImageRequestBody,
        options?: RequestOptions & Pick<T.UploadImageParameters, 'query'>,
      ): Promise<T.UploadImageResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.uploadImage;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body?: T.UploadImageRequestBody,
        options?: RequestOptions & Pick<T.UploadImageParameters, 'query'>,
      ): Promise<ApiResult<T.UploadImageResponse, T.UploadImageError>>;
    };
    /**
     * `/images/{identifier}`
     */
    byIdentifier(identifier: string): {
      /**
       * Get an image
       *
       * `GET /images/{identifier}`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetImageResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getImage;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetImageResponse, T.GetImageError>>;
      };
    };
  };
  /**
   * `/outbound_ips`
   */
  readonly outboundIps: {
    /**
     * Get ReadMe's outbound IP addresses
     *
     * `GET /outbound_ips`
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
   * `/projects`
   */
  readonly projects: {
    /**
     * `/projects/me`
     */
    readonly me: {
      /**
       * Get project metadata
       *
       * `GET /projects/me`
       */
      readonly get: {
        (options?: RequestOptions): Promise<T.GetProjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getProject;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetProjectResponse, T.GetProjectError>>;
      };
    };
    /**
     * `/projects/{subdomain}`
     */
    bySubdomain(subdomain: string): {
      /**
       * `/projects/{subdomain}/apikeys`
       */
      readonly apikeys: {
        /**
         * Get your API keys
         *
         * `GET /projects/{subdomain}/apikeys`
         */
        readonly get: {
          (
            options?: RequestOptions & Pick<T.GetAPIKeysParameters, 'query'>
          ): Promise<T.GetAPIKeysResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getAPIKeys;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions & Pick<T.GetAPIKeysParameters, 'query'>
          ): Promise<ApiResult<T.GetAPIKeysResponse, T.GetAPIKeysError>>;
        };
        /**
         * Create an API key
         *
         * `POST /projects/{subdomain}/apikeys`
         */
        readonly post: {
          (
            body: T.CreateAPIKeyRequestBody,
            options?: RequestOptions,
          ): Promise<T.CreateAPIKeyResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.createAPIKey;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.CreateAPIKeyRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.CreateAPIKeyResponse, T.CreateAPIKeyError>>;
        };
        /**
         * `/projects/{subdomain}/apikeys/{api_key_id}`
         */
        byApiKeyId(apiKeyId: string): {
          /**
           * Get an API key
           *
           * `GET /projects/{subdomain}/apikeys/{api_key_id}`
           */
          readonly get: {
            (options?: RequestOptions): Promise<T.GetAPIKeyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAPIKey;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.GetAPIKeyResponse, T.GetAPIKeyError>>;
          };
          /**
           * Delete an API key
           *
           * `DELETE /projects/{subdomain}/apikeys/{api_key_id}`
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.DeleteAPIKeyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.deleteAPIKey;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.DeleteAPIKeyResponse, T.DeleteAPIKeyError>>;
          };
          /**
           * Update an API key
           *
           * `PATCH /projects/{subdomain}/apikeys/{api_key_id}`
           */
          readonly patch: {
            (
              body: T.UpdateAPIKeyRequestBody,
              options?: RequestOptions,
            ): Promise<T.UpdateAPIKeyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updateAPIKey;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body: T.UpdateAPIKeyRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.UpdateAPIKeyResponse, T.UpdateAPIKeyError>>;
          };
        };
      };
    };
  };
  /**
   * `/search`
   */
  readonly search: {
    /**
     * Perform a search query
     *
     * `GET /search`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.SearchParameters, 'query'>): Promise<T.SearchResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.search;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.SearchParameters, 'query'>
      ): Promise<ApiResult<T.SearchResponse, T.SearchError>>;
    };
  };
  /**
   * `/validate`
   */
  readonly validate: {
    /**
     * `/validate/api`
     */
    readonly api: {
      /**
       * Validate an API
       *
       * `POST /validate/api`
       */
      readonly post: {
        (body?: T.ValidateAPIRequestBody, options?: RequestOptions): Promise<T.ValidateAPIResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.validateAPI;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.ValidateAPIRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.ValidateAPIResponse, T.ValidateAPIError>>;
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
