import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against the response body of `getOpenRoles`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOpenRolesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOpenRolesResponse>;

/**
 * True when a value matches the response body of `getOpenRoles`.
 */
export declare function isGetOpenRolesResponse(value: unknown): value is T.GetOpenRolesResponse;

/**
 * Checks a value against the request body of `applyToReadMe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApplyToReadMeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ApplyToReadMeRequestBody>;

/**
 * True when a value matches the request body of `applyToReadMe`.
 */
export declare function isApplyToReadMeRequestBody(value: unknown): value is T.ApplyToReadMeRequestBody;

/**
 * Checks a value against the response body of `applyToReadMe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApplyToReadMeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ApplyToReadMeResponse>;

/**
 * True when a value matches the response body of `applyToReadMe`.
 */
export declare function isApplyToReadMeResponse(value: unknown): value is T.ApplyToReadMeResponse;

/**
 * Checks a value against the response body of `getBranches`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBranchesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBranchesResponse>;

/**
 * True when a value matches the response body of `getBranches`.
 */
export declare function isGetBranchesResponse(value: unknown): value is T.GetBranchesResponse;

/**
 * Checks a value against the request body of `createBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBranchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBranchRequestBody>;

/**
 * True when a value matches the request body of `createBranch`.
 */
export declare function isCreateBranchRequestBody(value: unknown): value is T.CreateBranchRequestBody;

/**
 * Checks a value against the response body of `createBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateBranchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateBranchResponse>;

/**
 * True when a value matches the response body of `createBranch`.
 */
export declare function isCreateBranchResponse(value: unknown): value is T.CreateBranchResponse;

/**
 * Checks a value against the response body of `getBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBranchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBranchResponse>;

/**
 * True when a value matches the response body of `getBranch`.
 */
export declare function isGetBranchResponse(value: unknown): value is T.GetBranchResponse;

/**
 * Checks a value against the response body of `deleteBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteBranchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteBranchResponse>;

/**
 * True when a value matches the response body of `deleteBranch`.
 */
export declare function isDeleteBranchResponse(value: unknown): value is T.DeleteBranchResponse;

/**
 * Checks a value against the request body of `updateBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateBranchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateBranchRequestBody>;

/**
 * True when a value matches the request body of `updateBranch`.
 */
export declare function isUpdateBranchRequestBody(value: unknown): value is T.UpdateBranchRequestBody;

/**
 * Checks a value against the response body of `updateBranch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateBranchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateBranchResponse>;

/**
 * True when a value matches the response body of `updateBranch`.
 */
export declare function isUpdateBranchResponse(value: unknown): value is T.UpdateBranchResponse;

/**
 * Checks a value against the response body of `getAPIs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPIsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPIsResponse>;

/**
 * True when a value matches the response body of `getAPIs`.
 */
export declare function isGetAPIsResponse(value: unknown): value is T.GetAPIsResponse;

/**
 * Checks a value against the request body of `createAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateAPIRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateAPIRequestBody>;

/**
 * True when a value matches the request body of `createAPI`.
 */
export declare function isCreateAPIRequestBody(value: unknown): value is T.CreateAPIRequestBody;

/**
 * Checks a value against the response body of `createAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateAPIResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateAPIResponse>;

/**
 * True when a value matches the response body of `createAPI`.
 */
export declare function isCreateAPIResponse(value: unknown): value is T.CreateAPIResponse;

/**
 * Checks a value against the response body of `getAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPIResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPIResponse>;

/**
 * True when a value matches the response body of `getAPI`.
 */
export declare function isGetAPIResponse(value: unknown): value is T.GetAPIResponse;

/**
 * Checks a value against the request body of `updateAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPIRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPIRequestBody>;

/**
 * True when a value matches the request body of `updateAPI`.
 */
export declare function isUpdateAPIRequestBody(value: unknown): value is T.UpdateAPIRequestBody;

/**
 * Checks a value against the response body of `updateAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPIResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPIResponse>;

/**
 * True when a value matches the response body of `updateAPI`.
 */
export declare function isUpdateAPIResponse(value: unknown): value is T.UpdateAPIResponse;

/**
 * Checks a value against the response body of `deleteAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteAPIResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteAPIResponse>;

/**
 * True when a value matches the response body of `deleteAPI`.
 */
export declare function isDeleteAPIResponse(value: unknown): value is T.DeleteAPIResponse;

/**
 * Checks a value against the request body of `createCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCategoryRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCategoryRequestBody>;

/**
 * True when a value matches the request body of `createCategory`.
 */
export declare function isCreateCategoryRequestBody(value: unknown): value is T.CreateCategoryRequestBody;

/**
 * Checks a value against the response body of `createCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCategoryResponse>;

/**
 * True when a value matches the response body of `createCategory`.
 */
export declare function isCreateCategoryResponse(value: unknown): value is T.CreateCategoryResponse;

/**
 * Checks a value against the response body of `getCategories`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoriesResponse>;

/**
 * True when a value matches the response body of `getCategories`.
 */
export declare function isGetCategoriesResponse(value: unknown): value is T.GetCategoriesResponse;

/**
 * Checks a value against the response body of `getCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoryResponse>;

/**
 * True when a value matches the response body of `getCategory`.
 */
export declare function isGetCategoryResponse(value: unknown): value is T.GetCategoryResponse;

/**
 * Checks a value against the response body of `deleteCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteCategoryResponse>;

/**
 * True when a value matches the response body of `deleteCategory`.
 */
export declare function isDeleteCategoryResponse(value: unknown): value is T.DeleteCategoryResponse;

/**
 * Checks a value against the request body of `updateCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCategoryRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCategoryRequestBody>;

/**
 * True when a value matches the request body of `updateCategory`.
 */
export declare function isUpdateCategoryRequestBody(value: unknown): value is T.UpdateCategoryRequestBody;

/**
 * Checks a value against the response body of `updateCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCategoryResponse>;

/**
 * True when a value matches the response body of `updateCategory`.
 */
export declare function isUpdateCategoryResponse(value: unknown): value is T.UpdateCategoryResponse;

/**
 * Checks a value against the response body of `getCategoryPages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoryPagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoryPagesResponse>;

/**
 * True when a value matches the response body of `getCategoryPages`.
 */
export declare function isGetCategoryPagesResponse(value: unknown): value is T.GetCategoryPagesResponse;

/**
 * Checks a value against the response body of `getCustomPages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCustomPagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCustomPagesResponse>;

/**
 * True when a value matches the response body of `getCustomPages`.
 */
export declare function isGetCustomPagesResponse(value: unknown): value is T.GetCustomPagesResponse;

/**
 * Checks a value against the request body of `createCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCustomPageRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCustomPageRequestBody>;

/**
 * True when a value matches the request body of `createCustomPage`.
 */
export declare function isCreateCustomPageRequestBody(value: unknown): value is T.CreateCustomPageRequestBody;

/**
 * Checks a value against the response body of `createCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCustomPageResponse>;

/**
 * True when a value matches the response body of `createCustomPage`.
 */
export declare function isCreateCustomPageResponse(value: unknown): value is T.CreateCustomPageResponse;

/**
 * Checks a value against the response body of `getCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCustomPageResponse>;

/**
 * True when a value matches the response body of `getCustomPage`.
 */
export declare function isGetCustomPageResponse(value: unknown): value is T.GetCustomPageResponse;

/**
 * Checks a value against the response body of `deleteCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteCustomPageResponse>;

/**
 * True when a value matches the response body of `deleteCustomPage`.
 */
export declare function isDeleteCustomPageResponse(value: unknown): value is T.DeleteCustomPageResponse;

/**
 * Checks a value against the request body of `updateCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCustomPageRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCustomPageRequestBody>;

/**
 * True when a value matches the request body of `updateCustomPage`.
 */
export declare function isUpdateCustomPageRequestBody(value: unknown): value is T.UpdateCustomPageRequestBody;

/**
 * Checks a value against the response body of `updateCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCustomPageResponse>;

/**
 * True when a value matches the response body of `updateCustomPage`.
 */
export declare function isUpdateCustomPageResponse(value: unknown): value is T.UpdateCustomPageResponse;

/**
 * Checks a value against the request body of `createGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateGuideRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateGuideRequestBody>;

/**
 * True when a value matches the request body of `createGuide`.
 */
export declare function isCreateGuideRequestBody(value: unknown): value is T.CreateGuideRequestBody;

/**
 * Checks a value against the response body of `createGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateGuideResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateGuideResponse>;

/**
 * True when a value matches the response body of `createGuide`.
 */
export declare function isCreateGuideResponse(value: unknown): value is T.CreateGuideResponse;

/**
 * Checks a value against the response body of `getGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetGuideResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetGuideResponse>;

/**
 * True when a value matches the response body of `getGuide`.
 */
export declare function isGetGuideResponse(value: unknown): value is T.GetGuideResponse;

/**
 * Checks a value against the response body of `deleteGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteGuideResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteGuideResponse>;

/**
 * True when a value matches the response body of `deleteGuide`.
 */
export declare function isDeleteGuideResponse(value: unknown): value is T.DeleteGuideResponse;

/**
 * Checks a value against the request body of `updateGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateGuideRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateGuideRequestBody>;

/**
 * True when a value matches the request body of `updateGuide`.
 */
export declare function isUpdateGuideRequestBody(value: unknown): value is T.UpdateGuideRequestBody;

/**
 * Checks a value against the response body of `updateGuide`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateGuideResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateGuideResponse>;

/**
 * True when a value matches the response body of `updateGuide`.
 */
export declare function isUpdateGuideResponse(value: unknown): value is T.UpdateGuideResponse;

/**
 * Checks a value against the response body of `getRecipes`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRecipesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRecipesResponse>;

/**
 * True when a value matches the response body of `getRecipes`.
 */
export declare function isGetRecipesResponse(value: unknown): value is T.GetRecipesResponse;

/**
 * Checks a value against the request body of `createRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateRecipeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateRecipeRequestBody>;

/**
 * True when a value matches the request body of `createRecipe`.
 */
export declare function isCreateRecipeRequestBody(value: unknown): value is T.CreateRecipeRequestBody;

/**
 * Checks a value against the response body of `createRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateRecipeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateRecipeResponse>;

/**
 * True when a value matches the response body of `createRecipe`.
 */
export declare function isCreateRecipeResponse(value: unknown): value is T.CreateRecipeResponse;

/**
 * Checks a value against the response body of `getRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRecipeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRecipeResponse>;

/**
 * True when a value matches the response body of `getRecipe`.
 */
export declare function isGetRecipeResponse(value: unknown): value is T.GetRecipeResponse;

/**
 * Checks a value against the response body of `deleteRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteRecipeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteRecipeResponse>;

/**
 * True when a value matches the response body of `deleteRecipe`.
 */
export declare function isDeleteRecipeResponse(value: unknown): value is T.DeleteRecipeResponse;

/**
 * Checks a value against the request body of `updateRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateRecipeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateRecipeRequestBody>;

/**
 * True when a value matches the request body of `updateRecipe`.
 */
export declare function isUpdateRecipeRequestBody(value: unknown): value is T.UpdateRecipeRequestBody;

/**
 * Checks a value against the response body of `updateRecipe`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateRecipeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateRecipeResponse>;

/**
 * True when a value matches the response body of `updateRecipe`.
 */
export declare function isUpdateRecipeResponse(value: unknown): value is T.UpdateRecipeResponse;

/**
 * Checks a value against the request body of `createReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateReferenceRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateReferenceRequestBody>;

/**
 * True when a value matches the request body of `createReference`.
 */
export declare function isCreateReferenceRequestBody(value: unknown): value is T.CreateReferenceRequestBody;

/**
 * Checks a value against the response body of `createReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateReferenceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateReferenceResponse>;

/**
 * True when a value matches the response body of `createReference`.
 */
export declare function isCreateReferenceResponse(value: unknown): value is T.CreateReferenceResponse;

/**
 * Checks a value against the response body of `getReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetReferenceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetReferenceResponse>;

/**
 * True when a value matches the response body of `getReference`.
 */
export declare function isGetReferenceResponse(value: unknown): value is T.GetReferenceResponse;

/**
 * Checks a value against the response body of `deleteReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteReferenceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteReferenceResponse>;

/**
 * True when a value matches the response body of `deleteReference`.
 */
export declare function isDeleteReferenceResponse(value: unknown): value is T.DeleteReferenceResponse;

/**
 * Checks a value against the request body of `updateReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateReferenceRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateReferenceRequestBody>;

/**
 * True when a value matches the request body of `updateReference`.
 */
export declare function isUpdateReferenceRequestBody(value: unknown): value is T.UpdateReferenceRequestBody;

/**
 * Checks a value against the response body of `updateReference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateReferenceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateReferenceResponse>;

/**
 * True when a value matches the response body of `updateReference`.
 */
export declare function isUpdateReferenceResponse(value: unknown): value is T.UpdateReferenceResponse;

/**
 * Checks a value against the response body of `getChangelogs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetChangelogsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetChangelogsResponse>;

/**
 * True when a value matches the response body of `getChangelogs`.
 */
export declare function isGetChangelogsResponse(value: unknown): value is T.GetChangelogsResponse;

/**
 * Checks a value against the request body of `createChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateChangelogRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateChangelogRequestBody>;

/**
 * True when a value matches the request body of `createChangelog`.
 */
export declare function isCreateChangelogRequestBody(value: unknown): value is T.CreateChangelogRequestBody;

/**
 * Checks a value against the response body of `createChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateChangelogResponse>;

/**
 * True when a value matches the response body of `createChangelog`.
 */
export declare function isCreateChangelogResponse(value: unknown): value is T.CreateChangelogResponse;

/**
 * Checks a value against the response body of `getChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetChangelogResponse>;

/**
 * True when a value matches the response body of `getChangelog`.
 */
export declare function isGetChangelogResponse(value: unknown): value is T.GetChangelogResponse;

/**
 * Checks a value against the response body of `deleteChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteChangelogResponse>;

/**
 * True when a value matches the response body of `deleteChangelog`.
 */
export declare function isDeleteChangelogResponse(value: unknown): value is T.DeleteChangelogResponse;

/**
 * Checks a value against the request body of `updateChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateChangelogRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateChangelogRequestBody>;

/**
 * True when a value matches the request body of `updateChangelog`.
 */
export declare function isUpdateChangelogRequestBody(value: unknown): value is T.UpdateChangelogRequestBody;

/**
 * Checks a value against the response body of `updateChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateChangelogResponse>;

/**
 * True when a value matches the response body of `updateChangelog`.
 */
export declare function isUpdateChangelogResponse(value: unknown): value is T.UpdateChangelogResponse;

/**
 * Checks a value against the response body of `getImages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetImagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetImagesResponse>;

/**
 * True when a value matches the response body of `getImages`.
 */
export declare function isGetImagesResponse(value: unknown): value is T.GetImagesResponse;

/**
 * Checks a value against the request body of `uploadImage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadImageRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadImageRequestBody>;

/**
 * True when a value matches the request body of `uploadImage`.
 */
export declare function isUploadImageRequestBody(value: unknown): value is T.UploadImageRequestBody;

/**
 * Checks a value against the response body of `uploadImage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadImageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadImageResponse>;

/**
 * True when a value matches the response body of `uploadImage`.
 */
export declare function isUploadImageResponse(value: unknown): value is T.UploadImageResponse;

/**
 * Checks a value against the response body of `getImage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetImageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetImageResponse>;

/**
 * True when a value matches the response body of `getImage`.
 */
export declare function isGetImageResponse(value: unknown): value is T.GetImageResponse;

/**
 * Checks a value against the response body of `getOutboundIPs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOutboundIPsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOutboundIPsResponse>;

/**
 * True when a value matches the response body of `getOutboundIPs`.
 */
export declare function isGetOutboundIPsResponse(value: unknown): value is T.GetOutboundIPsResponse;

/**
 * Checks a value against the request body of `askOwlbot`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAskOwlbotRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AskOwlbotRequestBody>;

/**
 * True when a value matches the request body of `askOwlbot`.
 */
export declare function isAskOwlbotRequestBody(value: unknown): value is T.AskOwlbotRequestBody;

/**
 * Checks a value against the response body of `askOwlbot`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAskOwlbotResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AskOwlbotResponse>;

/**
 * True when a value matches the response body of `askOwlbot`.
 */
export declare function isAskOwlbotResponse(value: unknown): value is T.AskOwlbotResponse;

/**
 * Checks a value against the response body of `getProject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetProjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetProjectResponse>;

/**
 * True when a value matches the response body of `getProject`.
 */
export declare function isGetProjectResponse(value: unknown): value is T.GetProjectResponse;

/**
 * Checks a value against the response body of `getAPIKeys`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPIKeysResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPIKeysResponse>;

/**
 * True when a value matches the response body of `getAPIKeys`.
 */
export declare function isGetAPIKeysResponse(value: unknown): value is T.GetAPIKeysResponse;

/**
 * Checks a value against the request body of `createAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateAPIKeyRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateAPIKeyRequestBody>;

/**
 * True when a value matches the request body of `createAPIKey`.
 */
export declare function isCreateAPIKeyRequestBody(value: unknown): value is T.CreateAPIKeyRequestBody;

/**
 * Checks a value against the response body of `createAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateAPIKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateAPIKeyResponse>;

/**
 * True when a value matches the response body of `createAPIKey`.
 */
export declare function isCreateAPIKeyResponse(value: unknown): value is T.CreateAPIKeyResponse;

/**
 * Checks a value against the response body of `getAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPIKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPIKeyResponse>;

/**
 * True when a value matches the response body of `getAPIKey`.
 */
export declare function isGetAPIKeyResponse(value: unknown): value is T.GetAPIKeyResponse;

/**
 * Checks a value against the response body of `deleteAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteAPIKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteAPIKeyResponse>;

/**
 * True when a value matches the response body of `deleteAPIKey`.
 */
export declare function isDeleteAPIKeyResponse(value: unknown): value is T.DeleteAPIKeyResponse;

/**
 * Checks a value against the request body of `updateAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPIKeyRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPIKeyRequestBody>;

/**
 * True when a value matches the request body of `updateAPIKey`.
 */
export declare function isUpdateAPIKeyRequestBody(value: unknown): value is T.UpdateAPIKeyRequestBody;

/**
 * Checks a value against the response body of `updateAPIKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPIKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPIKeyResponse>;

/**
 * True when a value matches the response body of `updateAPIKey`.
 */
export declare function isUpdateAPIKeyResponse(value: unknown): value is T.UpdateAPIKeyResponse;

/**
 * Checks a value against the response body of `search`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchResponse>;

/**
 * True when a value matches the response body of `search`.
 */
export declare function isSearchResponse(value: unknown): value is T.SearchResponse;

/**
 * Checks a value against the request body of `validateAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateValidateAPIRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ValidateAPIRequestBody>;

/**
 * True when a value matches the request body of `validateAPI`.
 */
export declare function isValidateAPIRequestBody(value: unknown): value is T.ValidateAPIRequestBody;

/**
 * Checks a value against the response body of `validateAPI`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateValidateAPIResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ValidateAPIResponse>;

/**
 * True when a value matches the response body of `validateAPI`.
 */
export declare function isValidateAPIResponse(value: unknown): value is T.ValidateAPIResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetOpenRolesResponse: StandardValidator<T.GetOpenRolesResponse>;
  readonly ApplyToReadMeRequestBody: StandardValidator<T.ApplyToReadMeRequestBody>;
  readonly ApplyToReadMeResponse: StandardValidator<T.ApplyToReadMeResponse>;
  readonly GetBranchesResponse: StandardValidator<T.GetBranchesResponse>;
  readonly CreateBranchRequestBody: StandardValidator<T.CreateBranchRequestBody>;
  readonly CreateBranchResponse: StandardValidator<T.CreateBranchResponse>;
  readonly GetBranchResponse: StandardValidator<T.GetBranchResponse>;
  readonly DeleteBranchResponse: StandardValidator<T.DeleteBranchResponse>;
  readonly UpdateBranchRequestBody: StandardValidator<T.UpdateBranchRequestBody>;
  readonly UpdateBranchResponse: StandardValidator<T.UpdateBranchResponse>;
  readonly GetAPIsResponse: StandardValidator<T.GetAPIsResponse>;
  readonly CreateAPIRequestBody: StandardValidator<T.CreateAPIRequestBody>;
  readonly CreateAPIResponse: StandardValidator<T.CreateAPIResponse>;
  readonly GetAPIResponse: StandardValidator<T.GetAPIResponse>;
  readonly UpdateAPIRequestBody: StandardValidator<T.UpdateAPIRequestBody>;
  readonly UpdateAPIResponse: StandardValidator<T.UpdateAPIResponse>;
  readonly DeleteAPIResponse: StandardValidator<T.DeleteAPIResponse>;
  readonly CreateCategoryRequestBody: StandardValidator<T.CreateCategoryRequestBody>;
  readonly CreateCategoryResponse: StandardValidator<T.CreateCategoryResponse>;
  readonly GetCategoriesResponse: StandardValidator<T.GetCategoriesResponse>;
  readonly GetCategoryResponse: StandardValidator<T.GetCategoryResponse>;
  readonly DeleteCategoryResponse: StandardValidator<T.DeleteCategoryResponse>;
  readonly UpdateCategoryRequestBody: StandardValidator<T.UpdateCategoryRequestBody>;
  readonly UpdateCategoryResponse: StandardValidator<T.UpdateCategoryResponse>;
  readonly GetCategoryPagesResponse: StandardValidator<T.GetCategoryPagesResponse>;
  readonly GetCustomPagesResponse: StandardValidator<T.GetCustomPagesResponse>;
  readonly CreateCustomPageRequestBody: StandardValidator<T.CreateCustomPageRequestBody>;
  readonly CreateCustomPageResponse: StandardValidator<T.CreateCustomPageResponse>;
  readonly GetCustomPageResponse: StandardValidator<T.GetCustomPageResponse>;
  readonly DeleteCustomPageResponse: StandardValidator<T.DeleteCustomPageResponse>;
  readonly UpdateCustomPageRequestBody: StandardValidator<T.UpdateCustomPageRequestBody>;
  readonly UpdateCustomPageResponse: StandardValidator<T.UpdateCustomPageResponse>;
  readonly CreateGuideRequestBody: StandardValidator<T.CreateGuideRequestBody>;
  readonly CreateGuideResponse: StandardValidator<T.CreateGuideResponse>;
  readonly GetGuideResponse: StandardValidator<T.GetGuideResponse>;
  readonly DeleteGuideResponse: StandardValidator<T.DeleteGuideResponse>;
  readonly UpdateGuideRequestBody: StandardValidator<T.UpdateGuideRequestBody>;
  readonly UpdateGuideResponse: StandardValidator<T.UpdateGuideResponse>;
  readonly GetRecipesResponse: StandardValidator<T.GetRecipesResponse>;
  readonly CreateRecipeRequestBody: StandardValidator<T.CreateRecipeRequestBody>;
  readonly CreateRecipeResponse: StandardValidator<T.CreateRecipeResponse>;
  readonly GetRecipeResponse: StandardValidator<T.GetRecipeResponse>;
  readonly DeleteRecipeResponse: StandardValidator<T.DeleteRecipeResponse>;
  readonly UpdateRecipeRequestBody: StandardValidator<T.UpdateRecipeRequestBody>;
  readonly UpdateRecipeResponse: StandardValidator<T.UpdateRecipeResponse>;
  readonly CreateReferenceRequestBody: StandardValidator<T.CreateReferenceRequestBody>;
  readonly CreateReferenceResponse: StandardValidator<T.CreateReferenceResponse>;
  readonly GetReferenceResponse: StandardValidator<T.GetReferenceResponse>;
  readonly DeleteReferenceResponse: StandardValidator<T.DeleteReferenceResponse>;
  readonly UpdateReferenceRequestBody: StandardValidator<T.UpdateReferenceRequestBody>;
  readonly UpdateReferenceResponse: StandardValidator<T.UpdateReferenceResponse>;
  readonly GetChangelogsResponse: StandardValidator<T.GetChangelogsResponse>;
  readonly CreateChangelogRequestBody: StandardValidator<T.CreateChangelogRequestBody>;
  readonly CreateChangelogResponse: StandardValidator<T.CreateChangelogResponse>;
  readonly GetChangelogResponse: StandardValidator<T.GetChangelogResponse>;
  readonly DeleteChangelogResponse: StandardValidator<T.DeleteChangelogResponse>;
  readonly UpdateChangelogRequestBody: StandardValidator<T.UpdateChangelogRequestBody>;
  readonly UpdateChangelogResponse: StandardValidator<T.UpdateChangelogResponse>;
  readonly GetImagesResponse: StandardValidator<T.GetImagesResponse>;
  readonly UploadImageRequestBody: StandardValidator<T.UploadImageRequestBody>;
  readonly UploadImageResponse: StandardValidator<T.UploadImageResponse>;
  readonly GetImageResponse: StandardValidator<T.GetImageResponse>;
  readonly GetOutboundIPsResponse: StandardValidator<T.GetOutboundIPsResponse>;
  readonly AskOwlbotRequestBody: StandardValidator<T.AskOwlbotRequestBody>;
  readonly AskOwlbotResponse: StandardValidator<T.AskOwlbotResponse>;
  readonly GetProjectResponse: StandardValidator<T.GetProjectResponse>;
  readonly GetAPIKeysResponse: StandardValidator<T.GetAPIKeysResponse>;
  readonly CreateAPIKeyRequestBody: StandardValidator<T.CreateAPIKeyRequestBody>;
  readonly CreateAPIKeyResponse: StandardValidator<T.CreateAPIKeyResponse>;
  readonly GetAPIKeyResponse: StandardValidator<T.GetAPIKeyResponse>;
  readonly DeleteAPIKeyResponse: StandardValidator<T.DeleteAPIKeyResponse>;
  readonly UpdateAPIKeyRequestBody: StandardValidator<T.UpdateAPIKeyRequestBody>;
  readonly UpdateAPIKeyResponse: StandardValidator<T.UpdateAPIKeyResponse>;
  readonly SearchResponse: StandardValidator<T.SearchResponse>;
  readonly ValidateAPIRequestBody: StandardValidator<T.ValidateAPIRequestBody>;
  readonly ValidateAPIResponse: StandardValidator<T.ValidateAPIResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
