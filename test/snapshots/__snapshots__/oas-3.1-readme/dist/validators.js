import {
  below,
  depthExceeded,
  fixedIssue,
  MAX_DEPTH,
  MAX_ISSUES,
  report,
  reportFixed,
  ROOT,
  standardSchema
} from "./runtime/validation.js";
import {
  codePointLength
} from "./runtime/validation-json.js";
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateGetOpenRolesResponse(value) {
  const issues = check$GetOpenRolesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetOpenRolesResponse(value) {
  return is$GetOpenRolesResponse(value, 0);
}
function validateApplyToReadMeRequestBody(value) {
  const issues = check$ApplyToReadMeRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApplyToReadMeRequestBody(value) {
  return is$ApplyToReadMeRequestBody(value, 0);
}
function validateApplyToReadMeResponse(value) {
  const issues = check$ApplyToReadMeResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApplyToReadMeResponse(value) {
  return is$ApplyToReadMeResponse(value, 0);
}
function validateGetBranchesResponse(value) {
  const issues = check$GetBranchesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetBranchesResponse(value) {
  return is$GetBranchesResponse(value, 0);
}
function validateCreateBranchRequestBody(value) {
  const issues = check$CreateBranchRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBranchRequestBody(value) {
  return is$CreateBranchRequestBody(value, 0);
}
function validateCreateBranchResponse(value) {
  const issues = check$CreateBranchResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBranchResponse(value) {
  return is$CreateBranchResponse(value, 0);
}
function validateGetBranchResponse(value) {
  const issues = check$GetBranchResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetBranchResponse(value) {
  return is$GetBranchResponse(value, 0);
}
function validateDeleteBranchResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteBranchResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteBranchResponse(value) {
  return value === void 0 || is$DeleteBranchResponse(value, 0);
}
function validateUpdateBranchRequestBody(value) {
  const issues = check$UpdateBranchRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateBranchRequestBody(value) {
  return is$UpdateBranchRequestBody(value, 0);
}
function validateUpdateBranchResponse(value) {
  const issues = check$UpdateBranchResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateBranchResponse(value) {
  return is$UpdateBranchResponse(value, 0);
}
function validateGetAPIsResponse(value) {
  const issues = check$GetAPIsResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPIsResponse(value) {
  return is$GetAPIsResponse(value, 0);
}
function validateCreateAPIRequestBody(value) {
  const issues = check$CreateAPIRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateAPIRequestBody(value) {
  return is$CreateAPIRequestBody(value, 0);
}
function validateCreateAPIResponse(value) {
  const issues = check$CreateAPIResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateAPIResponse(value) {
  return is$CreateAPIResponse(value, 0);
}
function validateGetAPIResponse(value) {
  const issues = check$GetAPIResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPIResponse(value) {
  return is$GetAPIResponse(value, 0);
}
function validateUpdateAPIRequestBody(value) {
  const issues = check$UpdateAPIRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPIRequestBody(value) {
  return is$UpdateAPIRequestBody(value, 0);
}
function validateUpdateAPIResponse(value) {
  const issues = check$UpdateAPIResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPIResponse(value) {
  return is$UpdateAPIResponse(value, 0);
}
function validateDeleteAPIResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteAPIResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteAPIResponse(value) {
  return value === void 0 || is$DeleteAPIResponse(value, 0);
}
function validateCreateCategoryRequestBody(value) {
  const issues = check$CreateCategoryRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCategoryRequestBody(value) {
  return is$CreateCategoryRequestBody(value, 0);
}
function validateCreateCategoryResponse(value) {
  const issues = check$CreateCategoryResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCategoryResponse(value) {
  return is$CreateCategoryResponse(value, 0);
}
function validateGetCategoriesResponse(value) {
  const issues = check$GetCategoriesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoriesResponse(value) {
  return is$GetCategoriesResponse(value, 0);
}
function validateGetCategoryResponse(value) {
  const issues = check$GetCategoryResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoryResponse(value) {
  return is$GetCategoryResponse(value, 0);
}
function validateDeleteCategoryResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteCategoryResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteCategoryResponse(value) {
  return value === void 0 || is$DeleteCategoryResponse(value, 0);
}
function validateUpdateCategoryRequestBody(value) {
  const issues = check$UpdateCategoryRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCategoryRequestBody(value) {
  return is$UpdateCategoryRequestBody(value, 0);
}
function validateUpdateCategoryResponse(value) {
  const issues = check$UpdateCategoryResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCategoryResponse(value) {
  return is$UpdateCategoryResponse(value, 0);
}
function validateGetCategoryPagesResponse(value) {
  const issues = check$GetCategoryPagesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoryPagesResponse(value) {
  return is$GetCategoryPagesResponse(value, 0);
}
function validateGetCustomPagesResponse(value) {
  const issues = check$GetCustomPagesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCustomPagesResponse(value) {
  return is$GetCustomPagesResponse(value, 0);
}
function validateCreateCustomPageRequestBody(value) {
  const issues = check$CreateCustomPageRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCustomPageRequestBody(value) {
  return is$CreateCustomPageRequestBody(value, 0);
}
function validateCreateCustomPageResponse(value) {
  const issues = check$CreateCustomPageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCustomPageResponse(value) {
  return is$CreateCustomPageResponse(value, 0);
}
function validateGetCustomPageResponse(value) {
  const issues = check$GetCustomPageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCustomPageResponse(value) {
  return is$GetCustomPageResponse(value, 0);
}
function validateDeleteCustomPageResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteCustomPageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteCustomPageResponse(value) {
  return value === void 0 || is$DeleteCustomPageResponse(value, 0);
}
function validateUpdateCustomPageRequestBody(value) {
  const issues = check$UpdateCustomPageRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCustomPageRequestBody(value) {
  return is$UpdateCustomPageRequestBody(value, 0);
}
function validateUpdateCustomPageResponse(value) {
  const issues = check$UpdateCustomPageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCustomPageResponse(value) {
  return is$UpdateCustomPageResponse(value, 0);
}
function validateCreateGuideRequestBody(value) {
  const issues = check$CreateGuideRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateGuideRequestBody(value) {
  return is$CreateGuideRequestBody(value, 0);
}
function validateCreateGuideResponse(value) {
  const issues = check$CreateGuideResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateGuideResponse(value) {
  return is$CreateGuideResponse(value, 0);
}
function validateGetGuideResponse(value) {
  const issues = check$GetGuideResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetGuideResponse(value) {
  return is$GetGuideResponse(value, 0);
}
function validateDeleteGuideResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteGuideResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteGuideResponse(value) {
  return value === void 0 || is$DeleteGuideResponse(value, 0);
}
function validateUpdateGuideRequestBody(value) {
  const issues = check$UpdateGuideRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateGuideRequestBody(value) {
  return is$UpdateGuideRequestBody(value, 0);
}
function validateUpdateGuideResponse(value) {
  const issues = check$UpdateGuideResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateGuideResponse(value) {
  return is$UpdateGuideResponse(value, 0);
}
function validateGetRecipesResponse(value) {
  const issues = check$GetRecipesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRecipesResponse(value) {
  return is$GetRecipesResponse(value, 0);
}
function validateCreateRecipeRequestBody(value) {
  const issues = check$CreateRecipeRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateRecipeRequestBody(value) {
  return is$CreateRecipeRequestBody(value, 0);
}
function validateCreateRecipeResponse(value) {
  const issues = check$CreateRecipeResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateRecipeResponse(value) {
  return is$CreateRecipeResponse(value, 0);
}
function validateGetRecipeResponse(value) {
  const issues = check$GetRecipeResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRecipeResponse(value) {
  return is$GetRecipeResponse(value, 0);
}
function validateDeleteRecipeResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteRecipeResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteRecipeResponse(value) {
  return value === void 0 || is$DeleteRecipeResponse(value, 0);
}
function validateUpdateRecipeRequestBody(value) {
  const issues = check$UpdateRecipeRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateRecipeRequestBody(value) {
  return is$UpdateRecipeRequestBody(value, 0);
}
function validateUpdateRecipeResponse(value) {
  const issues = check$UpdateRecipeResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateRecipeResponse(value) {
  return is$UpdateRecipeResponse(value, 0);
}
function validateCreateReferenceRequestBody(value) {
  const issues = check$CreateReferenceRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateReferenceRequestBody(value) {
  return is$CreateReferenceRequestBody(value, 0);
}
function validateCreateReferenceResponse(value) {
  const issues = check$CreateReferenceResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateReferenceResponse(value) {
  return is$CreateReferenceResponse(value, 0);
}
function validateGetReferenceResponse(value) {
  const issues = check$GetReferenceResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetReferenceResponse(value) {
  return is$GetReferenceResponse(value, 0);
}
function validateDeleteReferenceResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteReferenceResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteReferenceResponse(value) {
  return value === void 0 || is$DeleteReferenceResponse(value, 0);
}
function validateUpdateReferenceRequestBody(value) {
  const issues = check$UpdateReferenceRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateReferenceRequestBody(value) {
  return is$UpdateReferenceRequestBody(value, 0);
}
function validateUpdateReferenceResponse(value) {
  const issues = check$UpdateReferenceResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateReferenceResponse(value) {
  return is$UpdateReferenceResponse(value, 0);
}
function validateGetChangelogsResponse(value) {
  const issues = check$GetChangelogsResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetChangelogsResponse(value) {
  return is$GetChangelogsResponse(value, 0);
}
function validateCreateChangelogRequestBody(value) {
  const issues = check$CreateChangelogRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateChangelogRequestBody(value) {
  return is$CreateChangelogRequestBody(value, 0);
}
function validateCreateChangelogResponse(value) {
  const issues = check$CreateChangelogResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateChangelogResponse(value) {
  return is$CreateChangelogResponse(value, 0);
}
function validateGetChangelogResponse(value) {
  const issues = check$GetChangelogResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetChangelogResponse(value) {
  return is$GetChangelogResponse(value, 0);
}
function validateDeleteChangelogResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteChangelogResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteChangelogResponse(value) {
  return value === void 0 || is$DeleteChangelogResponse(value, 0);
}
function validateUpdateChangelogRequestBody(value) {
  const issues = check$UpdateChangelogRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateChangelogRequestBody(value) {
  return is$UpdateChangelogRequestBody(value, 0);
}
function validateUpdateChangelogResponse(value) {
  const issues = check$UpdateChangelogResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateChangelogResponse(value) {
  return is$UpdateChangelogResponse(value, 0);
}
function validateGetImagesResponse(value) {
  const issues = check$GetImagesResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetImagesResponse(value) {
  return is$GetImagesResponse(value, 0);
}
function validateUploadImageRequestBody(value) {
  const issues = check$UploadImageRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadImageRequestBody(value) {
  return is$UploadImageRequestBody(value, 0);
}
function validateUploadImageResponse(value) {
  const issues = check$UploadImageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadImageResponse(value) {
  return is$UploadImageResponse(value, 0);
}
function validateGetImageResponse(value) {
  const issues = check$GetImageResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetImageResponse(value) {
  return is$GetImageResponse(value, 0);
}
function validateGetOutboundIPsResponse(value) {
  const issues = check$GetOutboundIPsResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetOutboundIPsResponse(value) {
  return is$GetOutboundIPsResponse(value, 0);
}
function validateAskOwlbotRequestBody(value) {
  const issues = check$AskOwlbotRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAskOwlbotRequestBody(value) {
  return is$AskOwlbotRequestBody(value, 0);
}
function validateAskOwlbotResponse(value) {
  const issues = check$AskOwlbotResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAskOwlbotResponse(value) {
  return is$AskOwlbotResponse(value, 0);
}
function validateGetProjectResponse(value) {
  const issues = check$GetProjectResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetProjectResponse(value) {
  return is$GetProjectResponse(value, 0);
}
function validateGetAPIKeysResponse(value) {
  const issues = check$GetAPIKeysResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPIKeysResponse(value) {
  return is$GetAPIKeysResponse(value, 0);
}
function validateCreateAPIKeyRequestBody(value) {
  const issues = check$CreateAPIKeyRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateAPIKeyRequestBody(value) {
  return is$CreateAPIKeyRequestBody(value, 0);
}
function validateCreateAPIKeyResponse(value) {
  const issues = check$CreateAPIKeyResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateAPIKeyResponse(value) {
  return is$CreateAPIKeyResponse(value, 0);
}
function validateGetAPIKeyResponse(value) {
  const issues = check$GetAPIKeyResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPIKeyResponse(value) {
  return is$GetAPIKeyResponse(value, 0);
}
function validateDeleteAPIKeyResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$DeleteAPIKeyResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteAPIKeyResponse(value) {
  return value === void 0 || is$DeleteAPIKeyResponse(value, 0);
}
function validateUpdateAPIKeyRequestBody(value) {
  const issues = check$UpdateAPIKeyRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPIKeyRequestBody(value) {
  return is$UpdateAPIKeyRequestBody(value, 0);
}
function validateUpdateAPIKeyResponse(value) {
  const issues = check$UpdateAPIKeyResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPIKeyResponse(value) {
  return is$UpdateAPIKeyResponse(value, 0);
}
function validateSearchResponse(value) {
  const issues = check$SearchResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchResponse(value) {
  return is$SearchResponse(value, 0);
}
function validateValidateAPIRequestBody(value) {
  const issues = check$ValidateAPIRequestBody(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isValidateAPIRequestBody(value) {
  return is$ValidateAPIRequestBody(value, 0);
}
function validateValidateAPIResponse(value) {
  const issues = check$ValidateAPIResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isValidateAPIResponse(value) {
  return is$ValidateAPIResponse(value, 0);
}
const schemas = {
  GetOpenRolesResponse: /* @__PURE__ */ standardSchema(validateGetOpenRolesResponse),
  ApplyToReadMeRequestBody: /* @__PURE__ */ standardSchema(validateApplyToReadMeRequestBody),
  ApplyToReadMeResponse: /* @__PURE__ */ standardSchema(validateApplyToReadMeResponse),
  GetBranchesResponse: /* @__PURE__ */ standardSchema(validateGetBranchesResponse),
  CreateBranchRequestBody: /* @__PURE__ */ standardSchema(validateCreateBranchRequestBody),
  CreateBranchResponse: /* @__PURE__ */ standardSchema(validateCreateBranchResponse),
  GetBranchResponse: /* @__PURE__ */ standardSchema(validateGetBranchResponse),
  DeleteBranchResponse: /* @__PURE__ */ standardSchema(validateDeleteBranchResponse),
  UpdateBranchRequestBody: /* @__PURE__ */ standardSchema(validateUpdateBranchRequestBody),
  UpdateBranchResponse: /* @__PURE__ */ standardSchema(validateUpdateBranchResponse),
  GetAPIsResponse: /* @__PURE__ */ standardSchema(validateGetAPIsResponse),
  CreateAPIRequestBody: /* @__PURE__ */ standardSchema(validateCreateAPIRequestBody),
  CreateAPIResponse: /* @__PURE__ */ standardSchema(validateCreateAPIResponse),
  GetAPIResponse: /* @__PURE__ */ standardSchema(validateGetAPIResponse),
  UpdateAPIRequestBody: /* @__PURE__ */ standardSchema(validateUpdateAPIRequestBody),
  UpdateAPIResponse: /* @__PURE__ */ standardSchema(validateUpdateAPIResponse),
  DeleteAPIResponse: /* @__PURE__ */ standardSchema(validateDeleteAPIResponse),
  CreateCategoryRequestBody: /* @__PURE__ */ standardSchema(validateCreateCategoryRequestBody),
  CreateCategoryResponse: /* @__PURE__ */ standardSchema(validateCreateCategoryResponse),
  GetCategoriesResponse: /* @__PURE__ */ standardSchema(validateGetCategoriesResponse),
  GetCategoryResponse: /* @__PURE__ */ standardSchema(validateGetCategoryResponse),
  DeleteCategoryResponse: /* @__PURE__ */ standardSchema(validateDeleteCategoryResponse),
  UpdateCategoryRequestBody: /* @__PURE__ */ standardSchema(validateUpdateCategoryRequestBody),
  UpdateCategoryResponse: /* @__PURE__ */ standardSchema(validateUpdateCategoryResponse),
  GetCategoryPagesResponse: /* @__PURE__ */ standardSchema(validateGetCategoryPagesResponse),
  GetCustomPagesResponse: /* @__PURE__ */ standardSchema(validateGetCustomPagesResponse),
  CreateCustomPageRequestBody: /* @__PURE__ */ standardSchema(validateCreateCustomPageRequestBody),
  CreateCustomPageResponse: /* @__PURE__ */ standardSchema(validateCreateCustomPageResponse),
  GetCustomPageResponse: /* @__PURE__ */ standardSchema(validateGetCustomPageResponse),
  DeleteCustomPageResponse: /* @__PURE__ */ standardSchema(validateDeleteCustomPageResponse),
  UpdateCustomPageRequestBody: /* @__PURE__ */ standardSchema(validateUpdateCustomPageRequestBody),
  UpdateCustomPageResponse: /* @__PURE__ */ standardSchema(validateUpdateCustomPageResponse),
  CreateGuideRequestBody: /* @__PURE__ */ standardSchema(validateCreateGuideRequestBody),
  CreateGuideResponse: /* @__PURE__ */ standardSchema(validateCreateGuideResponse),
  GetGuideResponse: /* @__PURE__ */ standardSchema(validateGetGuideResponse),
  DeleteGuideResponse: /* @__PURE__ */ standardSchema(validateDeleteGuideResponse),
  UpdateGuideRequestBody: /* @__PURE__ */ standardSchema(validateUpdateGuideRequestBody),
  UpdateGuideResponse: /* @__PURE__ */ standardSchema(validateUpdateGuideResponse),
  GetRecipesResponse: /* @__PURE__ */ standardSchema(validateGetRecipesResponse),
  CreateRecipeRequestBody: /* @__PURE__ */ standardSchema(validateCreateRecipeRequestBody),
  CreateRecipeResponse: /* @__PURE__ */ standardSchema(validateCreateRecipeResponse),
  GetRecipeResponse: /* @__PURE__ */ standardSchema(validateGetRecipeResponse),
  DeleteRecipeResponse: /* @__PURE__ */ standardSchema(validateDeleteRecipeResponse),
  UpdateRecipeRequestBody: /* @__PURE__ */ standardSchema(validateUpdateRecipeRequestBody),
  UpdateRecipeResponse: /* @__PURE__ */ standardSchema(validateUpdateRecipeResponse),
  CreateReferenceRequestBody: /* @__PURE__ */ standardSchema(validateCreateReferenceRequestBody),
  CreateReferenceResponse: /* @__PURE__ */ standardSchema(validateCreateReferenceResponse),
  GetReferenceResponse: /* @__PURE__ */ standardSchema(validateGetReferenceResponse),
  DeleteReferenceResponse: /* @__PURE__ */ standardSchema(validateDeleteReferenceResponse),
  UpdateReferenceRequestBody: /* @__PURE__ */ standardSchema(validateUpdateReferenceRequestBody),
  UpdateReferenceResponse: /* @__PURE__ */ standardSchema(validateUpdateReferenceResponse),
  GetChangelogsResponse: /* @__PURE__ */ standardSchema(validateGetChangelogsResponse),
  CreateChangelogRequestBody: /* @__PURE__ */ standardSchema(validateCreateChangelogRequestBody),
  CreateChangelogResponse: /* @__PURE__ */ standardSchema(validateCreateChangelogResponse),
  GetChangelogResponse: /* @__PURE__ */ standardSchema(validateGetChangelogResponse),
  DeleteChangelogResponse: /* @__PURE__ */ standardSchema(validateDeleteChangelogResponse),
  UpdateChangelogRequestBody: /* @__PURE__ */ standardSchema(validateUpdateChangelogRequestBody),
  UpdateChangelogResponse: /* @__PURE__ */ standardSchema(validateUpdateChangelogResponse),
  GetImagesResponse: /* @__PURE__ */ standardSchema(validateGetImagesResponse),
  UploadImageRequestBody: /* @__PURE__ */ standardSchema(validateUploadImageRequestBody),
  UploadImageResponse: /* @__PURE__ */ standardSchema(validateUploadImageResponse),
  GetImageResponse: /* @__PURE__ */ standardSchema(validateGetImageResponse),
  GetOutboundIPsResponse: /* @__PURE__ */ standardSchema(validateGetOutboundIPsResponse),
  AskOwlbotRequestBody: /* @__PURE__ */ standardSchema(validateAskOwlbotRequestBody),
  AskOwlbotResponse: /* @__PURE__ */ standardSchema(validateAskOwlbotResponse),
  GetProjectResponse: /* @__PURE__ */ standardSchema(validateGetProjectResponse),
  GetAPIKeysResponse: /* @__PURE__ */ standardSchema(validateGetAPIKeysResponse),
  CreateAPIKeyRequestBody: /* @__PURE__ */ standardSchema(validateCreateAPIKeyRequestBody),
  CreateAPIKeyResponse: /* @__PURE__ */ standardSchema(validateCreateAPIKeyResponse),
  GetAPIKeyResponse: /* @__PURE__ */ standardSchema(validateGetAPIKeyResponse),
  DeleteAPIKeyResponse: /* @__PURE__ */ standardSchema(validateDeleteAPIKeyResponse),
  UpdateAPIKeyRequestBody: /* @__PURE__ */ standardSchema(validateUpdateAPIKeyRequestBody),
  UpdateAPIKeyResponse: /* @__PURE__ */ standardSchema(validateUpdateAPIKeyResponse),
  SearchResponse: /* @__PURE__ */ standardSchema(validateSearchResponse),
  ValidateAPIRequestBody: /* @__PURE__ */ standardSchema(validateValidateAPIRequestBody),
  ValidateAPIResponse: /* @__PURE__ */ standardSchema(validateValidateAPIResponse)
};
const allowed$00eb3e = /* @__PURE__ */ new Set(["top-left", "top-center", "top-right", "center-left", "center-center", "center-right", "bottom-left", "bottom-center", "bottom-right"]);
const allowed$0e019b = /* @__PURE__ */ new Set(["base", "display_name", "name", "privacy", "release_stage", "source", "state", "updated_at", "uri"]);
const allowed$0e8aca = /* @__PURE__ */ new Set(["api", "apidesigner", "apieditor", "bidi", "form", "postman", "rdme", "rdme_github", "url"]);
const allowed$16fb6d = /* @__PURE__ */ new Set(["allow_crawlers", "appearance", "category", "content", "metadata", "parent", "privacy", "slug", "state", "title", "type", "connections", "position", "api_config", "api"]);
const allowed$202ea4 = /* @__PURE__ */ new Set(["allow_crawlers", "appearance", "category", "content", "metadata", "parent", "privacy", "slug", "state", "title", "type", "connections", "api", "position"]);
const allowed$4bc86a = /* @__PURE__ */ new Set(["aws", "bing", "google", "heap", "intercom", "postman", "koala", "localize", "recaptcha", "segment", "speakeasy", "stainless", "typekit", "zendesk"]);
const allowed$4cddb7 = /* @__PURE__ */ new Set(["appearance", "connections", "content", "description", "privacy", "title", "links", "slug", "uri"]);
const allowed$55c72b = /* @__PURE__ */ new Set(["created_at", "filename", "legacy_id", "source", "type", "updated_at", "upload", "uri", "schema"]);
const allowed$61a0e4 = /* @__PURE__ */ new Set(["af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ca-central-1", "ca-west-1", "cn-north-1", "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"]);
const allowed$64f6e6 = /* @__PURE__ */ new Set(["home", "guides", "discussions", "changelog", "search_box", "link_url", "custom_page", "user_controls", "reference", "recipes"]);
const allowed$761aa2 = /* @__PURE__ */ new Set(["allow_crawlers", "api_designer", "appearance", "canonical_url", "custom_login", "default_version", "description", "glossary", "health_check", "homepage_url", "integrations", "mcp", "name", "onboarding_completed", "pages", "parent", "plan", "privacy", "redirects", "reference", "seo", "sitemap", "llms_txt", "subdomain", "suggested_edits", "variable_defaults", "webhooks", "id", "features", "git", "permissions", "refactored", "uri"]);
const allowed$9638fc = /* @__PURE__ */ new Set(["additional_properties", "callbacks", "circular_references", "common_parameters", "discriminators", "links", "polymorphism", "references", "server_variables", "style", "webhooks", "xml_requests", "xml_responses", "xml_schemas"]);
const allowed$b53212 = /* @__PURE__ */ new Set(["business", "business2018", "business-annual-2024", "enterprise", "free", "freelaunch", "opensource", "startup", "startup2018", "startup-annual-2024"]);
const allowed$b57921 = /* @__PURE__ */ new Set(["allow_crawlers", "appearance", "category", "content", "metadata", "parent", "privacy", "slug", "state", "title", "type", "api_config", "api", "connections", "href", "links", "project", "renderable", "updated_at", "uri"]);
const allowed$d3ceec = /* @__PURE__ */ new Set(["url", "title", "excerpt", "highlights", "slug", "section", "version", "project", "api", "uri"]);
const allowed$d444b0 = /* @__PURE__ */ new Set(["allow_crawlers", "appearance", "category", "content", "metadata", "parent", "privacy", "slug", "state", "title", "type", "position"]);
const allowed$d4bdbf = /* @__PURE__ */ new Set(["first_page", "left", "links", "logo_link", "page_icons", "right", "sub_nav", "subheader_layout", "version"]);
const allowed$d9be48 = /* @__PURE__ */ new Set(["brand", "changelog", "custom_code", "footer", "header", "layout", "logo", "markdown", "navigation", "table_of_contents", "ai", "whats_next_label"]);
const allowed$e46f0f = /* @__PURE__ */ new Set(["appearance", "content", "metadata", "privacy", "slug", "title", "links", "renderable", "updated_at", "uri"]);
const allowed$e98025 = /* @__PURE__ */ new Set(["author", "content", "created_at", "metadata", "privacy", "slug", "title", "type", "links", "updated_at", "uri"]);
const allowed$eff178 = /* @__PURE__ */ new Set(["allow_crawlers", "appearance", "category", "content", "metadata", "parent", "privacy", "slug", "state", "title", "type", "href", "links", "project", "renderable", "updated_at", "uri"]);
const issue$additional_properties_type_07911d = /* @__PURE__ */ fixedIssue(["additional_properties"], "type", "must be a boolean");
const issue$ai_required_970014 = /* @__PURE__ */ fixedIssue(["ai"], "required", "is required");
const issue$allow_crawlers_enum_92cc54 = /* @__PURE__ */ fixedIssue(["allow_crawlers"], "enum", 'must be one of "enabled", "disabled"');
const issue$allow_crawlers_type_16ecbf = /* @__PURE__ */ fixedIssue(["allow_crawlers"], "type", "must be a string");
const issue$answer_required_05d882 = /* @__PURE__ */ fixedIssue(["answer"], "required", "is required");
const issue$answer_type_06f793 = /* @__PURE__ */ fixedIssue(["answer"], "type", "must be a string");
const issue$anyOf_1827ca = /* @__PURE__ */ fixedIssue([], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$api_config_enum_b9e9f9 = /* @__PURE__ */ fixedIssue(["api_config"], "enum", 'must be one of "authentication", "getting-started", "my-requests"');
const issue$api_config_required_89f69d = /* @__PURE__ */ fixedIssue(["api_config"], "required", "is required");
const issue$api_config_type_cd1489 = /* @__PURE__ */ fixedIssue(["api_config"], "type", "must be a string");
const issue$api_designer_allow_editing_enum_66d986 = /* @__PURE__ */ fixedIssue(["api_designer", "allow_editing"], "enum", 'must be one of "enabled", "disabled"');
const issue$api_designer_allow_editing_type_53a701 = /* @__PURE__ */ fixedIssue(["api_designer", "allow_editing"], "type", "must be a string");
const issue$api_designer_required_8f224c = /* @__PURE__ */ fixedIssue(["api_designer"], "required", "is required");
const issue$api_designer_type_415941 = /* @__PURE__ */ fixedIssue(["api_designer"], "type", "must be an object");
const issue$api_method_required_701438 = /* @__PURE__ */ fixedIssue(["api", "method"], "required", "is required");
const issue$api_method_type_ba6d1f = /* @__PURE__ */ fixedIssue(["api", "method"], "type", "must be a string");
const issue$api_required_564bba = /* @__PURE__ */ fixedIssue(["api"], "required", "is required");
const issue$api_sdk_snippets_enum_b9e139 = /* @__PURE__ */ fixedIssue(["api_sdk_snippets"], "enum", 'must be one of "enabled", "disabled"');
const issue$api_sdk_snippets_type_f52902 = /* @__PURE__ */ fixedIssue(["api_sdk_snippets"], "type", "must be a string");
const issue$api_type_24e12a = /* @__PURE__ */ fixedIssue(["api"], "type", "must be a boolean");
const issue$api_type_eff7e7 = /* @__PURE__ */ fixedIssue(["api"], "type", "must be an object");
const issue$appearance_background_color_pattern_1ee010 = /* @__PURE__ */ fixedIssue(["appearance", "background_color"], "pattern", 'must match the pattern "^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8})$"');
const issue$appearance_background_color_type_a35a33 = /* @__PURE__ */ fixedIssue(["appearance", "background_color"], "type", "must be a string");
const issue$appearance_emoji_required_ff3a30 = /* @__PURE__ */ fixedIssue(["appearance", "emoji"], "required", "is required");
const issue$appearance_emoji_type_e0a22b = /* @__PURE__ */ fixedIssue(["appearance", "emoji"], "type", "must be a string");
const issue$appearance_fullscreen_type_525193 = /* @__PURE__ */ fixedIssue(["appearance", "fullscreen"], "type", "must be a boolean");
const issue$appearance_icon_name_required_23e126 = /* @__PURE__ */ fixedIssue(["appearance", "icon", "name"], "required", "is required");
const issue$appearance_icon_name_type_877bae = /* @__PURE__ */ fixedIssue(["appearance", "icon", "name"], "type", "must be a string");
const issue$appearance_icon_required_4d8ca1 = /* @__PURE__ */ fixedIssue(["appearance", "icon"], "required", "is required");
const issue$appearance_icon_type_enum_1a6e6b = /* @__PURE__ */ fixedIssue(["appearance", "icon", "type"], "enum", 'must be one of "icon", "emoji"');
const issue$appearance_icon_type_fdc60f = /* @__PURE__ */ fixedIssue(["appearance", "icon"], "type", "must be an object");
const issue$appearance_icon_type_required_96a4da = /* @__PURE__ */ fixedIssue(["appearance", "icon", "type"], "required", "is required");
const issue$appearance_icon_type_type_e6bdc2 = /* @__PURE__ */ fixedIssue(["appearance", "icon", "type"], "type", "must be a string");
const issue$appearance_required_41ca10 = /* @__PURE__ */ fixedIssue(["appearance"], "required", "is required");
const issue$appearance_type_213b91 = /* @__PURE__ */ fixedIssue(["appearance"], "type", "must be an object");
const issue$appearance_type_d8d14b = /* @__PURE__ */ fixedIssue(["appearance"], "type", "must be a boolean");
const issue$author_id_required_e1e58f = /* @__PURE__ */ fixedIssue(["author", "id"], "required", "is required");
const issue$author_id_type_2faf67 = /* @__PURE__ */ fixedIssue(["author", "id"], "type", "must be a string");
const issue$author_name_required_8e8125 = /* @__PURE__ */ fixedIssue(["author", "name"], "required", "is required");
const issue$author_name_type_6934e1 = /* @__PURE__ */ fixedIssue(["author", "name"], "type", "must be a string");
const issue$author_required_e3907b = /* @__PURE__ */ fixedIssue(["author"], "required", "is required");
const issue$author_type_6858e8 = /* @__PURE__ */ fixedIssue(["author"], "type", "must be an object");
const issue$aws_required_235b46 = /* @__PURE__ */ fixedIssue(["aws"], "required", "is required");
const issue$base_required_85bec2 = /* @__PURE__ */ fixedIssue(["base"], "required", "is required");
const issue$base_type_4a9350 = /* @__PURE__ */ fixedIssue(["base"], "type", "must be a string");
const issue$bing_required_3d287b = /* @__PURE__ */ fixedIssue(["bing"], "required", "is required");
const issue$bing_type_0d327a = /* @__PURE__ */ fixedIssue(["bing"], "type", "must be an object");
const issue$bing_verify_required_a4e927 = /* @__PURE__ */ fixedIssue(["bing", "verify"], "required", "is required");
const issue$bing_verify_type_e5c363 = /* @__PURE__ */ fixedIssue(["bing", "verify"], "type", "must be a string");
const issue$body_required_471094 = /* @__PURE__ */ fixedIssue(["body"], "required", "is required");
const issue$body_type_35015b = /* @__PURE__ */ fixedIssue(["body"], "type", "must be a string");
const issue$branches_merge_admin_required_7d7cdf = /* @__PURE__ */ fixedIssue(["branches", "merge", "admin"], "required", "is required");
const issue$branches_merge_admin_type_0bc581 = /* @__PURE__ */ fixedIssue(["branches", "merge", "admin"], "type", "must be a boolean");
const issue$branches_merge_editor_required_c3a453 = /* @__PURE__ */ fixedIssue(["branches", "merge", "editor"], "required", "is required");
const issue$branches_merge_editor_type_5d28a6 = /* @__PURE__ */ fixedIssue(["branches", "merge", "editor"], "type", "must be a boolean");
const issue$branches_merge_required_bb47bf = /* @__PURE__ */ fixedIssue(["branches", "merge"], "required", "is required");
const issue$branches_merge_type_5b9692 = /* @__PURE__ */ fixedIssue(["branches", "merge"], "type", "must be an object");
const issue$branches_required_1eb034 = /* @__PURE__ */ fixedIssue(["branches"], "required", "is required");
const issue$branches_type_995839 = /* @__PURE__ */ fixedIssue(["branches"], "type", "must be an object");
const issue$brand_link_color_required_419556 = /* @__PURE__ */ fixedIssue(["brand", "link_color"], "required", "is required");
const issue$brand_link_color_type_c57e67 = /* @__PURE__ */ fixedIssue(["brand", "link_color"], "type", "must be a string");
const issue$brand_primary_color_required_e26735 = /* @__PURE__ */ fixedIssue(["brand", "primary_color"], "required", "is required");
const issue$brand_primary_color_type_d8d2d0 = /* @__PURE__ */ fixedIssue(["brand", "primary_color"], "type", "must be a string");
const issue$brand_required_ff1fed = /* @__PURE__ */ fixedIssue(["brand"], "required", "is required");
const issue$brand_theme_enum_cb3e5b = /* @__PURE__ */ fixedIssue(["brand", "theme"], "enum", 'must be one of "system", "light", "dark"');
const issue$brand_theme_type_fe3d14 = /* @__PURE__ */ fixedIssue(["brand", "theme"], "type", "must be a string");
const issue$brand_type_2c1e53 = /* @__PURE__ */ fixedIssue(["brand"], "type", "must be an object");
const issue$callbacks_type_acd13b = /* @__PURE__ */ fixedIssue(["callbacks"], "type", "must be a boolean");
const issue$canonical_url_format_ae103f = /* @__PURE__ */ fixedIssue(["canonical_url"], "format", "must be a valid uri");
const issue$canonical_url_required_4d0882 = /* @__PURE__ */ fixedIssue(["canonical_url"], "required", "is required");
const issue$canonical_url_type_5b1da8 = /* @__PURE__ */ fixedIssue(["canonical_url"], "type", "must be a string");
const issue$careers_required_0def64 = /* @__PURE__ */ fixedIssue(["careers"], "required", "is required");
const issue$careers_type_37d5a5 = /* @__PURE__ */ fixedIssue(["careers"], "type", "must be a string");
const issue$category_required_fe6d0d = /* @__PURE__ */ fixedIssue(["category"], "required", "is required");
const issue$category_type_46ec91 = /* @__PURE__ */ fixedIssue(["category"], "type", "must be an object");
const issue$category_uri_pattern_f47ced = /* @__PURE__ */ fixedIssue(["category", "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/categories\\\\/(guides|reference)\\\\/((.*))"');
const issue$category_uri_required_356de6 = /* @__PURE__ */ fixedIssue(["category", "uri"], "required", "is required");
const issue$category_uri_type_60c2ee = /* @__PURE__ */ fixedIssue(["category", "uri"], "type", "must be a string");
const issue$changelog_alias_required_5b9c95 = /* @__PURE__ */ fixedIssue(["changelog", "alias"], "required", "is required");
const issue$changelog_alias_type_66d71a = /* @__PURE__ */ fixedIssue(["changelog", "alias"], "type", "must be a string");
const issue$changelog_label_enum_468737 = /* @__PURE__ */ fixedIssue(["changelog", "label"], "enum", 'must be one of "Changelog"');
const issue$changelog_label_required_c82d52 = /* @__PURE__ */ fixedIssue(["changelog", "label"], "required", "is required");
const issue$changelog_label_type_0c55a1 = /* @__PURE__ */ fixedIssue(["changelog", "label"], "type", "must be a string");
const issue$changelog_layout_enum_7b1f08 = /* @__PURE__ */ fixedIssue(["changelog", "layout"], "enum", 'must be one of "collapsed", "continuous"');
const issue$changelog_layout_type_769ab4 = /* @__PURE__ */ fixedIssue(["changelog", "layout"], "type", "must be a string");
const issue$changelog_required_a7bcf3 = /* @__PURE__ */ fixedIssue(["changelog"], "required", "is required");
const issue$changelog_show_author_type_c18097 = /* @__PURE__ */ fixedIssue(["changelog", "show_author"], "type", "must be a boolean");
const issue$changelog_show_exact_date_type_e93b91 = /* @__PURE__ */ fixedIssue(["changelog", "show_exact_date"], "type", "must be a boolean");
const issue$changelog_type_f324de = /* @__PURE__ */ fixedIssue(["changelog"], "type", "must be an object");
const issue$changelog_visibility_enum_ed96a8 = /* @__PURE__ */ fixedIssue(["changelog", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$changelog_visibility_type_3d67da = /* @__PURE__ */ fixedIssue(["changelog", "visibility"], "type", "must be a string");
const issue$circular_references_type_c1d025 = /* @__PURE__ */ fixedIssue(["circular_references"], "type", "must be a boolean");
const issue$code_options_required_914ecd = /* @__PURE__ */ fixedIssue(["code_options"], "required", "is required");
const issue$code_options_type_fb7ee4 = /* @__PURE__ */ fixedIssue(["code_options"], "type", "must be an array");
const issue$color_pattern_fdf303 = /* @__PURE__ */ fixedIssue(["color"], "pattern", 'must match the pattern "^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8})$"');
const issue$color_required_2721a4 = /* @__PURE__ */ fixedIssue(["color"], "required", "is required");
const issue$color_type_13e718 = /* @__PURE__ */ fixedIssue(["color"], "type", "must be a string");
const issue$common_parameters_type_843bb4 = /* @__PURE__ */ fixedIssue(["common_parameters"], "type", "must be a boolean");
const issue$connection_required_aa00f0 = /* @__PURE__ */ fixedIssue(["connection"], "required", "is required");
const issue$connections_recipes_required_010e63 = /* @__PURE__ */ fixedIssue(["connections", "recipes"], "required", "is required");
const issue$connections_recipes_type_fe77e6 = /* @__PURE__ */ fixedIssue(["connections", "recipes"], "type", "must be an array");
const issue$connections_references_required_e89f6d = /* @__PURE__ */ fixedIssue(["connections", "references"], "required", "is required");
const issue$connections_references_type_411704 = /* @__PURE__ */ fixedIssue(["connections", "references"], "type", "must be an array");
const issue$connections_required_578b70 = /* @__PURE__ */ fixedIssue(["connections"], "required", "is required");
const issue$connections_type_dfe020 = /* @__PURE__ */ fixedIssue(["connections"], "type", "must be an object");
const issue$content_body_required_59062e = /* @__PURE__ */ fixedIssue(["content", "body"], "required", "is required");
const issue$content_body_type_807432 = /* @__PURE__ */ fixedIssue(["content", "body"], "type", "must be a string");
const issue$content_required_6c800f = /* @__PURE__ */ fixedIssue(["content"], "required", "is required");
const issue$content_type_ce2684 = /* @__PURE__ */ fixedIssue(["content"], "type", "must be an object");
const issue$content_type_enum_4ac096 = /* @__PURE__ */ fixedIssue(["content", "type"], "enum", 'must be one of "markdown", "html"');
const issue$content_type_type_8c4105 = /* @__PURE__ */ fixedIssue(["content", "type"], "type", "must be a string");
const issue$coverLetter_type_f0e390 = /* @__PURE__ */ fixedIssue(["coverLetter"], "type", "must be a string");
const issue$created_at_format_e0c890 = /* @__PURE__ */ fixedIssue(["created_at"], "format", "must be a valid date-time");
const issue$created_at_required_156e2e = /* @__PURE__ */ fixedIssue(["created_at"], "required", "is required");
const issue$created_at_type_d41067 = /* @__PURE__ */ fixedIssue(["created_at"], "type", "must be a string");
const issue$css_required_c91b32 = /* @__PURE__ */ fixedIssue(["css"], "required", "is required");
const issue$css_type_c7de4b = /* @__PURE__ */ fixedIssue(["css"], "type", "must be a string");
const issue$custom_code_css_enum_f47078 = /* @__PURE__ */ fixedIssue(["custom_code", "css"], "enum", 'must be one of "enabled", "disabled"');
const issue$custom_code_css_type_09bfbf = /* @__PURE__ */ fixedIssue(["custom_code", "css"], "type", "must be a string");
const issue$custom_code_html_enum_96b280 = /* @__PURE__ */ fixedIssue(["custom_code", "html"], "enum", 'must be one of "enabled", "disabled"');
const issue$custom_code_html_type_4f7a11 = /* @__PURE__ */ fixedIssue(["custom_code", "html"], "type", "must be a string");
const issue$custom_code_js_enum_0d273b = /* @__PURE__ */ fixedIssue(["custom_code", "js"], "enum", 'must be one of "enabled", "disabled"');
const issue$custom_code_js_type_91605b = /* @__PURE__ */ fixedIssue(["custom_code", "js"], "type", "must be a string");
const issue$custom_code_required_964bd6 = /* @__PURE__ */ fixedIssue(["custom_code"], "required", "is required");
const issue$custom_code_type_93dfe1 = /* @__PURE__ */ fixedIssue(["custom_code"], "type", "must be an object");
const issue$custom_login_jwt_secret_required_eb4b9e = /* @__PURE__ */ fixedIssue(["custom_login", "jwt_secret"], "required", "is required");
const issue$custom_login_jwt_secret_type_8a8a57 = /* @__PURE__ */ fixedIssue(["custom_login", "jwt_secret"], "type", "must be a string");
const issue$custom_login_login_url_required_6921c6 = /* @__PURE__ */ fixedIssue(["custom_login", "login_url"], "required", "is required");
const issue$custom_login_login_url_type_7d396f = /* @__PURE__ */ fixedIssue(["custom_login", "login_url"], "type", "must be a string");
const issue$custom_login_logout_url_required_ecb959 = /* @__PURE__ */ fixedIssue(["custom_login", "logout_url"], "required", "is required");
const issue$custom_login_logout_url_type_18ca87 = /* @__PURE__ */ fixedIssue(["custom_login", "logout_url"], "type", "must be a string");
const issue$custom_login_required_ad3491 = /* @__PURE__ */ fixedIssue(["custom_login"], "required", "is required");
const issue$custom_login_type_da0077 = /* @__PURE__ */ fixedIssue(["custom_login"], "type", "must be an object");
const issue$dark_mode_required_e25996 = /* @__PURE__ */ fixedIssue(["dark_mode"], "required", "is required");
const issue$data_created_at_format_f1fb03 = /* @__PURE__ */ fixedIssue(["data", "created_at"], "format", "must be a valid date-time");
const issue$data_created_at_required_fee9ca = /* @__PURE__ */ fixedIssue(["data", "created_at"], "required", "is required");
const issue$data_created_at_type_78a1f9 = /* @__PURE__ */ fixedIssue(["data", "created_at"], "type", "must be a string");
const issue$data_label_required_7d5027 = /* @__PURE__ */ fixedIssue(["data", "label"], "required", "is required");
const issue$data_label_type_67a6f1 = /* @__PURE__ */ fixedIssue(["data", "label"], "type", "must be a string");
const issue$data_last_accessed_on_format_550430 = /* @__PURE__ */ fixedIssue(["data", "last_accessed_on"], "format", "must be a valid date-time");
const issue$data_last_accessed_on_required_61424d = /* @__PURE__ */ fixedIssue(["data", "last_accessed_on"], "required", "is required");
const issue$data_last_accessed_on_type_7d63f7 = /* @__PURE__ */ fixedIssue(["data", "last_accessed_on"], "type", "must be a string");
const issue$data_required_423da9 = /* @__PURE__ */ fixedIssue(["data"], "required", "is required");
const issue$data_token_pattern_0f84f8 = /* @__PURE__ */ fixedIssue(["data", "token"], "pattern", 'must match the pattern "rdme_\\\\w+"');
const issue$data_token_required_f6e754 = /* @__PURE__ */ fixedIssue(["data", "token"], "required", "is required");
const issue$data_token_type_b15c34 = /* @__PURE__ */ fixedIssue(["data", "token"], "type", "must be a string");
const issue$data_type_33d84b = /* @__PURE__ */ fixedIssue(["data"], "type", "must be an array");
const issue$data_type_a4419d = /* @__PURE__ */ fixedIssue(["data"], "type", "must be an object");
const issue$data_upload_required_c8c8bf = /* @__PURE__ */ fixedIssue(["data", "upload"], "required", "is required");
const issue$data_upload_status_enum_3b3048 = /* @__PURE__ */ fixedIssue(["data", "upload", "status"], "enum", 'must be one of "pending", "failed", "done", "pending_update", "failed_update"');
const issue$data_upload_status_required_360fce = /* @__PURE__ */ fixedIssue(["data", "upload", "status"], "required", "is required");
const issue$data_upload_status_type_59c83c = /* @__PURE__ */ fixedIssue(["data", "upload", "status"], "type", "must be a string");
const issue$data_upload_type_05bede = /* @__PURE__ */ fixedIssue(["data", "upload"], "type", "must be an object");
const issue$data_uri_pattern_0796b0 = /* @__PURE__ */ fixedIssue(["data", "uri"], "pattern", 'must match the pattern "\\\\/projects\\\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)\\\\/apikeys\\\\/[a-f\\\\d]{24}"');
const issue$data_uri_pattern_cd1790 = /* @__PURE__ */ fixedIssue(["data", "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/apis\\\\/((([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+.(json|yaml|yml)))"');
const issue$data_uri_required_8c38eb = /* @__PURE__ */ fixedIssue(["data", "uri"], "required", "is required");
const issue$data_uri_type_7c208e = /* @__PURE__ */ fixedIssue(["data", "uri"], "type", "must be a string");
const issue$default_type_314805 = /* @__PURE__ */ fixedIssue(["default"], "type", "must be a string");
const issue$default_version_name_pattern_bff9a6 = /* @__PURE__ */ fixedIssue(["default_version", "name"], "pattern", 'must match the pattern "stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?"');
const issue$default_version_name_required_214a83 = /* @__PURE__ */ fixedIssue(["default_version", "name"], "required", "is required");
const issue$default_version_name_type_686294 = /* @__PURE__ */ fixedIssue(["default_version", "name"], "type", "must be a string");
const issue$default_version_required_b9c7aa = /* @__PURE__ */ fixedIssue(["default_version"], "required", "is required");
const issue$default_version_type_57b584 = /* @__PURE__ */ fixedIssue(["default_version"], "type", "must be an object");
const issue$defaults_enum_bd88ac = /* @__PURE__ */ fixedIssue(["defaults"], "enum", 'must be one of "always_use", "use_only_if_required"');
const issue$defaults_type_e97fd0 = /* @__PURE__ */ fixedIssue(["defaults"], "type", "must be a string");
const issue$department_required_e95fca = /* @__PURE__ */ fixedIssue(["department"], "required", "is required");
const issue$department_type_f68d8f = /* @__PURE__ */ fixedIssue(["department"], "type", "must be a string");
const issue$description_required_1f65a1 = /* @__PURE__ */ fixedIssue(["description"], "required", "is required");
const issue$description_type_1fd77a = /* @__PURE__ */ fixedIssue(["description"], "type", "must be a string");
const issue$discriminators_type_b74557 = /* @__PURE__ */ fixedIssue(["discriminators"], "type", "must be a boolean");
const issue$discussions_alias_required_d09088 = /* @__PURE__ */ fixedIssue(["discussions", "alias"], "required", "is required");
const issue$discussions_alias_type_0970d7 = /* @__PURE__ */ fixedIssue(["discussions", "alias"], "type", "must be a string");
const issue$discussions_label_enum_0df2d7 = /* @__PURE__ */ fixedIssue(["discussions", "label"], "enum", 'must be one of "Discussions"');
const issue$discussions_label_required_b25efb = /* @__PURE__ */ fixedIssue(["discussions", "label"], "required", "is required");
const issue$discussions_label_type_b596d3 = /* @__PURE__ */ fixedIssue(["discussions", "label"], "type", "must be a string");
const issue$discussions_required_9e0400 = /* @__PURE__ */ fixedIssue(["discussions"], "required", "is required");
const issue$discussions_type_8dd6ae = /* @__PURE__ */ fixedIssue(["discussions"], "type", "must be an object");
const issue$discussions_visibility_enum_fd468b = /* @__PURE__ */ fixedIssue(["discussions", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$discussions_visibility_type_1f39ff = /* @__PURE__ */ fixedIssue(["discussions", "visibility"], "type", "must be a string");
const issue$display_name_required_c32173 = /* @__PURE__ */ fixedIssue(["display_name"], "required", "is required");
const issue$display_name_type_08fa36 = /* @__PURE__ */ fixedIssue(["display_name"], "type", "must be a string");
const issue$documentation_type_5db7c3 = /* @__PURE__ */ fixedIssue(["documentation"], "type", "must be a boolean");
const issue$domain_type_d5d5cd = /* @__PURE__ */ fixedIssue(["domain"], "type", "must be a boolean");
const issue$dont_really_apply_type_66ee37 = /* @__PURE__ */ fixedIssue(["dont_really_apply"], "type", "must be a boolean");
const issue$dropdown_enum_efe445 = /* @__PURE__ */ fixedIssue(["dropdown"], "enum", 'must be one of "enabled", "disabled"');
const issue$dropdown_type_fa3722 = /* @__PURE__ */ fixedIssue(["dropdown"], "type", "must be a string");
const issue$email_format_97a0cf = /* @__PURE__ */ fixedIssue(["email"], "format", "must be a valid email");
const issue$email_type_fc4ae4 = /* @__PURE__ */ fixedIssue(["email"], "type", "must be a string");
const issue$excerpt_required_376f2d = /* @__PURE__ */ fixedIssue(["excerpt"], "required", "is required");
const issue$excerpt_type_8a9f37 = /* @__PURE__ */ fixedIssue(["excerpt"], "type", "must be a string");
const issue$favicon_required_15119b = /* @__PURE__ */ fixedIssue(["favicon"], "required", "is required");
const issue$features_mdx_enum_cc6b74 = /* @__PURE__ */ fixedIssue(["features", "mdx"], "enum", 'must be one of "enabled", "disabled"');
const issue$features_mdx_type_e6c06a = /* @__PURE__ */ fixedIssue(["features", "mdx"], "type", "must be a string");
const issue$features_required_6d26fe = /* @__PURE__ */ fixedIssue(["features"], "required", "is required");
const issue$features_type_3aa858 = /* @__PURE__ */ fixedIssue(["features"], "type", "must be an object");
const issue$filename_required_5137b1 = /* @__PURE__ */ fixedIssue(["filename"], "required", "is required");
const issue$filename_type_46f21d = /* @__PURE__ */ fixedIssue(["filename"], "type", "must be a string");
const issue$fill_enum_c843cf = /* @__PURE__ */ fixedIssue(["fill"], "enum", 'must be one of "auto", "tile", "tile-x", "tile-y", "cover", "contain"');
const issue$fill_type_e84994 = /* @__PURE__ */ fixedIssue(["fill"], "type", "must be a string");
const issue$first_page_enum_49e935 = /* @__PURE__ */ fixedIssue(["first_page"], "enum", 'must be one of "documentation", "reference", "landing_page"');
const issue$first_page_type_c2440e = /* @__PURE__ */ fixedIssue(["first_page"], "type", "must be a string");
const issue$footer_readme_logo_enum_ca3870 = /* @__PURE__ */ fixedIssue(["footer", "readme_logo"], "enum", 'must be one of "hide", "show"');
const issue$footer_readme_logo_type_e67abc = /* @__PURE__ */ fixedIssue(["footer", "readme_logo"], "type", "must be a string");
const issue$footer_required_90b5f5 = /* @__PURE__ */ fixedIssue(["footer"], "required", "is required");
const issue$footer_type_ba17a6 = /* @__PURE__ */ fixedIssue(["footer"], "type", "must be an object");
const issue$git_required_e452d5 = /* @__PURE__ */ fixedIssue(["git"], "required", "is required");
const issue$github_format_1206b1 = /* @__PURE__ */ fixedIssue(["github"], "format", "must be a valid uri");
const issue$github_type_e2c6af = /* @__PURE__ */ fixedIssue(["github"], "type", "must be a string");
const issue$glossary_type_1a0d20 = /* @__PURE__ */ fixedIssue(["glossary"], "type", "must be an array");
const issue$google_analytics_required_549f8f = /* @__PURE__ */ fixedIssue(["google", "analytics"], "required", "is required");
const issue$google_analytics_type_303513 = /* @__PURE__ */ fixedIssue(["google", "analytics"], "type", "must be a string");
const issue$google_required_aed2e6 = /* @__PURE__ */ fixedIssue(["google"], "required", "is required");
const issue$google_site_verification_required_e15725 = /* @__PURE__ */ fixedIssue(["google", "site_verification"], "required", "is required");
const issue$google_site_verification_type_43eb4e = /* @__PURE__ */ fixedIssue(["google", "site_verification"], "type", "must be a string");
const issue$google_type_7ccc02 = /* @__PURE__ */ fixedIssue(["google"], "type", "must be an object");
const issue$grace_period_enabled_type_63ad69 = /* @__PURE__ */ fixedIssue(["grace_period", "enabled"], "type", "must be a boolean");
const issue$grace_period_end_date_format_c8baac = /* @__PURE__ */ fixedIssue(["grace_period", "end_date"], "format", "must be a valid date-time");
const issue$grace_period_end_date_type_f25ac3 = /* @__PURE__ */ fixedIssue(["grace_period", "end_date"], "type", "must be a string");
const issue$grace_period_required_314ce2 = /* @__PURE__ */ fixedIssue(["grace_period"], "required", "is required");
const issue$grace_period_type_c81c4b = /* @__PURE__ */ fixedIssue(["grace_period"], "type", "must be an object");
const issue$gradient_color_required_bc5acb = /* @__PURE__ */ fixedIssue(["gradient_color"], "required", "is required");
const issue$gradient_color_type_46efe1 = /* @__PURE__ */ fixedIssue(["gradient_color"], "type", "must be a string");
const issue$graphql_label_enum_ee91a1 = /* @__PURE__ */ fixedIssue(["graphql", "label"], "enum", 'must be one of "GraphQL"');
const issue$graphql_label_required_ba5fe0 = /* @__PURE__ */ fixedIssue(["graphql", "label"], "required", "is required");
const issue$graphql_label_type_7436c3 = /* @__PURE__ */ fixedIssue(["graphql", "label"], "type", "must be a string");
const issue$graphql_required_0dea67 = /* @__PURE__ */ fixedIssue(["graphql"], "required", "is required");
const issue$graphql_type_dc899e = /* @__PURE__ */ fixedIssue(["graphql"], "type", "must be an object");
const issue$graphql_visibility_enum_4511f2 = /* @__PURE__ */ fixedIssue(["graphql", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$graphql_visibility_type_767245 = /* @__PURE__ */ fixedIssue(["graphql", "visibility"], "type", "must be a string");
const issue$guides_alias_required_7c3276 = /* @__PURE__ */ fixedIssue(["guides", "alias"], "required", "is required");
const issue$guides_alias_type_a9c365 = /* @__PURE__ */ fixedIssue(["guides", "alias"], "type", "must be a string");
const issue$guides_label_enum_13bd0c = /* @__PURE__ */ fixedIssue(["guides", "label"], "enum", 'must be one of "Guides"');
const issue$guides_label_required_fc0a4c = /* @__PURE__ */ fixedIssue(["guides", "label"], "required", "is required");
const issue$guides_label_type_3226a1 = /* @__PURE__ */ fixedIssue(["guides", "label"], "type", "must be a string");
const issue$guides_required_851e6b = /* @__PURE__ */ fixedIssue(["guides"], "required", "is required");
const issue$guides_type_f33861 = /* @__PURE__ */ fixedIssue(["guides"], "type", "must be an object");
const issue$guides_visibility_enum_a51e7e = /* @__PURE__ */ fixedIssue(["guides", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$guides_visibility_type_f97552 = /* @__PURE__ */ fixedIssue(["guides", "visibility"], "type", "must be a string");
const issue$header_required_553628 = /* @__PURE__ */ fixedIssue(["header"], "required", "is required");
const issue$health_check_required_b32c6f = /* @__PURE__ */ fixedIssue(["health_check"], "required", "is required");
const issue$heap_id_required_981ec7 = /* @__PURE__ */ fixedIssue(["heap", "id"], "required", "is required");
const issue$heap_id_type_39c7d9 = /* @__PURE__ */ fixedIssue(["heap", "id"], "type", "must be a string");
const issue$heap_required_94d868 = /* @__PURE__ */ fixedIssue(["heap"], "required", "is required");
const issue$heap_type_4225e5 = /* @__PURE__ */ fixedIssue(["heap"], "type", "must be an object");
const issue$height_required_202d2a = /* @__PURE__ */ fixedIssue(["height"], "required", "is required");
const issue$height_type_7f9710 = /* @__PURE__ */ fixedIssue(["height"], "type", "must be a number");
const issue$highlights_required_2d78b6 = /* @__PURE__ */ fixedIssue(["highlights"], "required", "is required");
const issue$home_label_enum_3ea2a6 = /* @__PURE__ */ fixedIssue(["home", "label"], "enum", 'must be one of "Home"');
const issue$home_label_required_5d64c5 = /* @__PURE__ */ fixedIssue(["home", "label"], "required", "is required");
const issue$home_label_type_05c027 = /* @__PURE__ */ fixedIssue(["home", "label"], "type", "must be a string");
const issue$home_required_b511d7 = /* @__PURE__ */ fixedIssue(["home"], "required", "is required");
const issue$home_type_a918f6 = /* @__PURE__ */ fixedIssue(["home"], "type", "must be an object");
const issue$home_visibility_enum_989caa = /* @__PURE__ */ fixedIssue(["home", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$home_visibility_type_8f4f50 = /* @__PURE__ */ fixedIssue(["home", "visibility"], "type", "must be a string");
const issue$homepage_url_required_3e6f47 = /* @__PURE__ */ fixedIssue(["homepage_url"], "required", "is required");
const issue$homepage_url_type_cfcac9 = /* @__PURE__ */ fixedIssue(["homepage_url"], "type", "must be a string");
const issue$href_dash_format_d23d9d = /* @__PURE__ */ fixedIssue(["href", "dash"], "format", "must be a valid uri");
const issue$href_dash_required_499ff3 = /* @__PURE__ */ fixedIssue(["href", "dash"], "required", "is required");
const issue$href_dash_type_791017 = /* @__PURE__ */ fixedIssue(["href", "dash"], "type", "must be a string");
const issue$href_external_diff_required_fcf26a = /* @__PURE__ */ fixedIssue(["href", "external", "diff"], "required", "is required");
const issue$href_external_diff_type_0352e8 = /* @__PURE__ */ fixedIssue(["href", "external", "diff"], "type", "must be a string");
const issue$href_external_required_9356e5 = /* @__PURE__ */ fixedIssue(["href", "external"], "required", "is required");
const issue$href_external_type_005fb2 = /* @__PURE__ */ fixedIssue(["href", "external"], "type", "must be an object");
const issue$href_external_view_required_92170b = /* @__PURE__ */ fixedIssue(["href", "external", "view"], "required", "is required");
const issue$href_external_view_type_c5f2af = /* @__PURE__ */ fixedIssue(["href", "external", "view"], "type", "must be a string");
const issue$href_hub_format_3664c1 = /* @__PURE__ */ fixedIssue(["href", "hub"], "format", "must be a valid uri");
const issue$href_hub_required_c18616 = /* @__PURE__ */ fixedIssue(["href", "hub"], "required", "is required");
const issue$href_hub_type_fe98c5 = /* @__PURE__ */ fixedIssue(["href", "hub"], "type", "must be a string");
const issue$href_required_172b07 = /* @__PURE__ */ fixedIssue(["href"], "required", "is required");
const issue$href_type_7b4c3a = /* @__PURE__ */ fixedIssue(["href"], "type", "must be an object");
const issue$html_header_required_55bdbd = /* @__PURE__ */ fixedIssue(["html", "header"], "required", "is required");
const issue$html_header_type_8b3cf5 = /* @__PURE__ */ fixedIssue(["html", "header"], "type", "must be a string");
const issue$html_home_footer_required_105a79 = /* @__PURE__ */ fixedIssue(["html", "home_footer"], "required", "is required");
const issue$html_home_footer_type_f21117 = /* @__PURE__ */ fixedIssue(["html", "home_footer"], "type", "must be a string");
const issue$html_page_footer_required_cd1e9a = /* @__PURE__ */ fixedIssue(["html", "page_footer"], "required", "is required");
const issue$html_page_footer_type_832ffb = /* @__PURE__ */ fixedIssue(["html", "page_footer"], "type", "must be a string");
const issue$html_required_2c9563 = /* @__PURE__ */ fixedIssue(["html"], "required", "is required");
const issue$html_type_8398d8 = /* @__PURE__ */ fixedIssue(["html"], "type", "must be an object");
const issue$id_pattern_9f422c = /* @__PURE__ */ fixedIssue(["id"], "pattern", 'must match the pattern "^[a-f\\\\d]{24}$"');
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$image_required_cb140f = /* @__PURE__ */ fixedIssue(["image"], "required", "is required");
const issue$image_type_d29e7a = /* @__PURE__ */ fixedIssue(["image"], "type", "must be an object");
const issue$image_uri_pattern_e7c9fb = /* @__PURE__ */ fixedIssue(["image", "uri"], "pattern", 'must match the pattern "\\\\/images\\\\/([a-f\\\\d]{24})"');
const issue$image_uri_required_87ce76 = /* @__PURE__ */ fixedIssue(["image", "uri"], "required", "is required");
const issue$image_uri_type_3fa499 = /* @__PURE__ */ fixedIssue(["image", "uri"], "type", "must be a string");
const issue$image_url_format_27c883 = /* @__PURE__ */ fixedIssue(["image", "url"], "format", "must be a valid uri");
const issue$image_url_required_6002d8 = /* @__PURE__ */ fixedIssue(["image", "url"], "required", "is required");
const issue$image_url_type_5cd8a9 = /* @__PURE__ */ fixedIssue(["image", "url"], "type", "must be a string");
const issue$integrations_required_70e07f = /* @__PURE__ */ fixedIssue(["integrations"], "required", "is required");
const issue$intercom_app_id_required_c74ebb = /* @__PURE__ */ fixedIssue(["intercom", "app_id"], "required", "is required");
const issue$intercom_app_id_type_f38530 = /* @__PURE__ */ fixedIssue(["intercom", "app_id"], "type", "must be a string");
const issue$intercom_required_b681b1 = /* @__PURE__ */ fixedIssue(["intercom"], "required", "is required");
const issue$intercom_secure_mode_email_only_type_96712a = /* @__PURE__ */ fixedIssue(["intercom", "secure_mode", "email_only"], "type", "must be a boolean");
const issue$intercom_secure_mode_key_required_1908fe = /* @__PURE__ */ fixedIssue(["intercom", "secure_mode", "key"], "required", "is required");
const issue$intercom_secure_mode_key_type_688657 = /* @__PURE__ */ fixedIssue(["intercom", "secure_mode", "key"], "type", "must be a string");
const issue$intercom_secure_mode_required_40000f = /* @__PURE__ */ fixedIssue(["intercom", "secure_mode"], "required", "is required");
const issue$intercom_secure_mode_type_d94bc8 = /* @__PURE__ */ fixedIssue(["intercom", "secure_mode"], "type", "must be an object");
const issue$intercom_type_267911 = /* @__PURE__ */ fixedIssue(["intercom"], "type", "must be an object");
const issue$job_required_781401 = /* @__PURE__ */ fixedIssue(["job"], "required", "is required");
const issue$job_type_c062ea = /* @__PURE__ */ fixedIssue(["job"], "type", "must be a string");
const issue$js_required_a10564 = /* @__PURE__ */ fixedIssue(["js"], "required", "is required");
const issue$js_type_407b26 = /* @__PURE__ */ fixedIssue(["js"], "type", "must be a string");
const issue$json_editor_enum_d8b827 = /* @__PURE__ */ fixedIssue(["json_editor"], "enum", 'must be one of "enabled", "disabled"');
const issue$json_editor_type_88d57b = /* @__PURE__ */ fixedIssue(["json_editor"], "type", "must be a string");
const issue$jwt_type_00b067 = /* @__PURE__ */ fixedIssue(["jwt"], "type", "must be a boolean");
const issue$keyvalues_required_c59573 = /* @__PURE__ */ fixedIssue(["keyvalues"], "required", "is required");
const issue$keyvalues_type_493491 = /* @__PURE__ */ fixedIssue(["keyvalues"], "type", "must be a string");
const issue$keywords_required_ec10f3 = /* @__PURE__ */ fixedIssue(["keywords"], "required", "is required");
const issue$keywords_type_bf129c = /* @__PURE__ */ fixedIssue(["keywords"], "type", "must be a string");
const issue$koala_key_required_835b11 = /* @__PURE__ */ fixedIssue(["koala", "key"], "required", "is required");
const issue$koala_key_type_dc1bc9 = /* @__PURE__ */ fixedIssue(["koala", "key"], "type", "must be a string");
const issue$koala_required_e869b3 = /* @__PURE__ */ fixedIssue(["koala"], "required", "is required");
const issue$koala_type_69580f = /* @__PURE__ */ fixedIssue(["koala"], "type", "must be an object");
const issue$label_minLength_76f928 = /* @__PURE__ */ fixedIssue(["label"], "minLength", "must be at least 1 character long");
const issue$label_required_837785 = /* @__PURE__ */ fixedIssue(["label"], "required", "is required");
const issue$label_type_ad7315 = /* @__PURE__ */ fixedIssue(["label"], "type", "must be a string");
const issue$layout_full_width_enum_eb08b3 = /* @__PURE__ */ fixedIssue(["layout", "full_width"], "enum", 'must be one of "enabled", "disabled"');
const issue$layout_full_width_type_15855f = /* @__PURE__ */ fixedIssue(["layout", "full_width"], "type", "must be a string");
const issue$layout_required_d2dce4 = /* @__PURE__ */ fixedIssue(["layout"], "required", "is required");
const issue$layout_style_enum_db5b53 = /* @__PURE__ */ fixedIssue(["layout", "style"], "enum", 'must be one of "classic", "modern", "compact", "sidebar"');
const issue$layout_style_type_ee26a4 = /* @__PURE__ */ fixedIssue(["layout", "style"], "type", "must be a string");
const issue$layout_type_10918c = /* @__PURE__ */ fixedIssue(["layout"], "type", "must be an object");
const issue$left_required_0fe54c = /* @__PURE__ */ fixedIssue(["left"], "required", "is required");
const issue$left_type_1f8114 = /* @__PURE__ */ fixedIssue(["left"], "type", "must be an array");
const issue$legacy_id_pattern_3b0a47 = /* @__PURE__ */ fixedIssue(["legacy_id"], "pattern", 'must match the pattern "[a-f\\\\d]{24}"');
const issue$legacy_id_required_55a123 = /* @__PURE__ */ fixedIssue(["legacy_id"], "required", "is required");
const issue$legacy_id_type_bc94c9 = /* @__PURE__ */ fixedIssue(["legacy_id"], "type", "must be a string");
const issue$link_new_tab_required_60178a = /* @__PURE__ */ fixedIssue(["link", "new_tab"], "required", "is required");
const issue$link_new_tab_type_ce9418 = /* @__PURE__ */ fixedIssue(["link", "new_tab"], "type", "must be a boolean");
const issue$link_required_e448c2 = /* @__PURE__ */ fixedIssue(["link"], "required", "is required");
const issue$link_style_enum_15bf4e = /* @__PURE__ */ fixedIssue(["link_style"], "enum", 'must be one of "buttons", "tabs"');
const issue$link_style_type_f4934a = /* @__PURE__ */ fixedIssue(["link_style"], "type", "must be a string");
const issue$link_type_b8d1b3 = /* @__PURE__ */ fixedIssue(["link"], "type", "must be an object");
const issue$link_url_required_6007fe = /* @__PURE__ */ fixedIssue(["link", "url"], "required", "is required");
const issue$link_url_type_45bef4 = /* @__PURE__ */ fixedIssue(["link", "url"], "type", "must be a string");
const issue$linkedin_format_33d7b1 = /* @__PURE__ */ fixedIssue(["linkedin"], "format", "must be a valid uri");
const issue$linkedin_type_183953 = /* @__PURE__ */ fixedIssue(["linkedin"], "type", "must be a string");
const issue$links_original_url_format_5649a4 = /* @__PURE__ */ fixedIssue(["links", "original_url"], "format", "must be a valid uri");
const issue$links_original_url_required_7d863e = /* @__PURE__ */ fixedIssue(["links", "original_url"], "required", "is required");
const issue$links_original_url_type_a0d036 = /* @__PURE__ */ fixedIssue(["links", "original_url"], "type", "must be a string");
const issue$links_project_pattern_c783eb = /* @__PURE__ */ fixedIssue(["links", "project"], "pattern", 'must match the pattern "\\\\/projects\\\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)"');
const issue$links_project_required_cfec4c = /* @__PURE__ */ fixedIssue(["links", "project"], "required", "is required");
const issue$links_project_type_962488 = /* @__PURE__ */ fixedIssue(["links", "project"], "type", "must be a string");
const issue$links_required_8e39df = /* @__PURE__ */ fixedIssue(["links"], "required", "is required");
const issue$links_type_ef1bb6 = /* @__PURE__ */ fixedIssue(["links"], "type", "must be a boolean");
const issue$links_type_fa1509 = /* @__PURE__ */ fixedIssue(["links"], "type", "must be an object");
const issue$llms_txt_enum_42c8fc = /* @__PURE__ */ fixedIssue(["llms_txt"], "enum", 'must be one of "enabled", "disabled"');
const issue$llms_txt_type_e92070 = /* @__PURE__ */ fixedIssue(["llms_txt"], "type", "must be a string");
const issue$localize_key_required_181e14 = /* @__PURE__ */ fixedIssue(["localize", "key"], "required", "is required");
const issue$localize_key_type_599673 = /* @__PURE__ */ fixedIssue(["localize", "key"], "type", "must be a string");
const issue$localize_required_1e8f3d = /* @__PURE__ */ fixedIssue(["localize"], "required", "is required");
const issue$localize_type_c319c0 = /* @__PURE__ */ fixedIssue(["localize"], "type", "must be an object");
const issue$location_required_5fe8a4 = /* @__PURE__ */ fixedIssue(["location"], "required", "is required");
const issue$location_type_769fc9 = /* @__PURE__ */ fixedIssue(["location"], "type", "must be a string");
const issue$logo_link_enum_83f53a = /* @__PURE__ */ fixedIssue(["logo_link"], "enum", 'must be one of "landing_page", "homepage"');
const issue$logo_link_type_647038 = /* @__PURE__ */ fixedIssue(["logo_link"], "type", "must be a string");
const issue$logo_required_9b256a = /* @__PURE__ */ fixedIssue(["logo"], "required", "is required");
const issue$logs_type_def727 = /* @__PURE__ */ fixedIssue(["logs"], "type", "must be a boolean");
const issue$main_required_51a2d1 = /* @__PURE__ */ fixedIssue(["main"], "required", "is required");
const issue$manual_required_7f6b30 = /* @__PURE__ */ fixedIssue(["manual"], "required", "is required");
const issue$manual_status_enum_3d8785 = /* @__PURE__ */ fixedIssue(["manual", "status"], "enum", 'must be one of "up", "down"');
const issue$manual_status_type_fb37a8 = /* @__PURE__ */ fixedIssue(["manual", "status"], "type", "must be a string");
const issue$manual_type_b3c6cb = /* @__PURE__ */ fixedIssue(["manual"], "type", "must be an object");
const issue$manual_url_required_282a2d = /* @__PURE__ */ fixedIssue(["manual", "url"], "required", "is required");
const issue$manual_url_type_9b0a20 = /* @__PURE__ */ fixedIssue(["manual", "url"], "type", "must be a string");
const issue$markdown_callouts_icon_font_enum_ef7a5e = /* @__PURE__ */ fixedIssue(["markdown", "callouts", "icon_font"], "enum", 'must be one of "emojis", "fontawesome"');
const issue$markdown_callouts_icon_font_type_cfd4a6 = /* @__PURE__ */ fixedIssue(["markdown", "callouts", "icon_font"], "type", "must be a string");
const issue$markdown_callouts_required_1e8abe = /* @__PURE__ */ fixedIssue(["markdown", "callouts"], "required", "is required");
const issue$markdown_callouts_type_0fcc10 = /* @__PURE__ */ fixedIssue(["markdown", "callouts"], "type", "must be an object");
const issue$markdown_required_003d4f = /* @__PURE__ */ fixedIssue(["markdown"], "required", "is required");
const issue$markdown_type_d7d1d5 = /* @__PURE__ */ fixedIssue(["markdown"], "type", "must be an object");
const issue$mcp_required_f96274 = /* @__PURE__ */ fixedIssue(["mcp"], "required", "is required");
const issue$mcp_state_enum_ffcbf5 = /* @__PURE__ */ fixedIssue(["mcp", "state"], "enum", 'must be one of "enabled", "disabled"');
const issue$mcp_state_type_5c82f1 = /* @__PURE__ */ fixedIssue(["mcp", "state"], "type", "must be a string");
const issue$mcp_type_4c6abc = /* @__PURE__ */ fixedIssue(["mcp"], "type", "must be an object");
const issue$message_required_cddeac = /* @__PURE__ */ fixedIssue(["message"], "required", "is required");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$metadata_required_a1e739 = /* @__PURE__ */ fixedIssue(["metadata"], "required", "is required");
const issue$method_enum_d0b1d2 = /* @__PURE__ */ fixedIssue(["method"], "enum", 'must be one of "get", "put", "post", "delete", "options", "head", "patch", "trace"');
const issue$method_required_94fdb3 = /* @__PURE__ */ fixedIssue(["method"], "required", "is required");
const issue$method_type_117b16 = /* @__PURE__ */ fixedIssue(["method"], "type", "must be a string");
const issue$metricsSDK_type_1351c6 = /* @__PURE__ */ fixedIssue(["metricsSDK"], "type", "must be a boolean");
const issue$name_minLength_1dfe7a = /* @__PURE__ */ fixedIssue(["name"], "minLength", "must be at least 1 character long");
const issue$name_pattern_38a360 = /* @__PURE__ */ fixedIssue(["name"], "pattern", 'must match the pattern "(v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?"');
const issue$name_pattern_4a2878 = /* @__PURE__ */ fixedIssue(["name"], "pattern", 'must match the pattern "stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?"');
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$navigation_required_5aca32 = /* @__PURE__ */ fixedIssue(["navigation"], "required", "is required");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$next_required_3a7153 = /* @__PURE__ */ fixedIssue(["next"], "required", "is required");
const issue$oauth_flows_enum_b6153b = /* @__PURE__ */ fixedIssue(["oauth_flows"], "enum", 'must be one of "enabled", "disabled"');
const issue$oauth_flows_type_d412b1 = /* @__PURE__ */ fixedIssue(["oauth_flows"], "type", "must be a string");
const issue$onboarding_completed_required_93d002 = /* @__PURE__ */ fixedIssue(["onboarding_completed"], "required", "is required");
const issue$options_chatgpt_enum_2fe157 = /* @__PURE__ */ fixedIssue(["options", "chatgpt"], "enum", 'must be one of "enabled", "disabled"');
const issue$options_chatgpt_type_ec4e4e = /* @__PURE__ */ fixedIssue(["options", "chatgpt"], "type", "must be a string");
const issue$options_claude_enum_94762a = /* @__PURE__ */ fixedIssue(["options", "claude"], "enum", 'must be one of "enabled", "disabled"');
const issue$options_claude_type_89d841 = /* @__PURE__ */ fixedIssue(["options", "claude"], "type", "must be a string");
const issue$options_clipboard_enum_881cfd = /* @__PURE__ */ fixedIssue(["options", "clipboard"], "enum", 'must be one of "enabled", "disabled"');
const issue$options_clipboard_type_3839e5 = /* @__PURE__ */ fixedIssue(["options", "clipboard"], "type", "must be a string");
const issue$options_copilot_enum_a173c6 = /* @__PURE__ */ fixedIssue(["options", "copilot"], "enum", 'must be one of "enabled", "disabled"');
const issue$options_copilot_type_f72aa1 = /* @__PURE__ */ fixedIssue(["options", "copilot"], "type", "must be a string");
const issue$options_required_4be921 = /* @__PURE__ */ fixedIssue(["options"], "required", "is required");
const issue$options_type_047f65 = /* @__PURE__ */ fixedIssue(["options"], "type", "must be an object");
const issue$options_view_as_markdown_enum_527a47 = /* @__PURE__ */ fixedIssue(["options", "view_as_markdown"], "enum", 'must be one of "enabled", "disabled"');
const issue$options_view_as_markdown_type_904bd9 = /* @__PURE__ */ fixedIssue(["options", "view_as_markdown"], "type", "must be a string");
const issue$organization_name_required_acf8d3 = /* @__PURE__ */ fixedIssue(["organization", "name"], "required", "is required");
const issue$organization_name_type_74bce7 = /* @__PURE__ */ fixedIssue(["organization", "name"], "type", "must be a string");
const issue$organization_provider_type_enum_1e0633 = /* @__PURE__ */ fixedIssue(["organization", "provider_type"], "enum", 'must be one of "github", "github_enterprise_server"');
const issue$organization_provider_type_required_a3326f = /* @__PURE__ */ fixedIssue(["organization", "provider_type"], "required", "is required");
const issue$organization_provider_type_type_db4c55 = /* @__PURE__ */ fixedIssue(["organization", "provider_type"], "type", "must be a string");
const issue$organization_required_a04a84 = /* @__PURE__ */ fixedIssue(["organization"], "required", "is required");
const issue$organization_type_4ae6e0 = /* @__PURE__ */ fixedIssue(["organization"], "type", "must be an object");
const issue$overlay_required_91d84f = /* @__PURE__ */ fixedIssue(["overlay"], "required", "is required");
const issue$page_icons_enum_6343f9 = /* @__PURE__ */ fixedIssue(["page_icons"], "enum", 'must be one of "enabled", "disabled"');
const issue$page_icons_type_19c5ea = /* @__PURE__ */ fixedIssue(["page_icons"], "type", "must be a string");
const issue$page_required_a2510d = /* @__PURE__ */ fixedIssue(["page"], "required", "is required");
const issue$page_type_ebfbb2 = /* @__PURE__ */ fixedIssue(["page"], "type", "must be a number");
const issue$pages_not_found_pattern_120280 = /* @__PURE__ */ fixedIssue(["pages", "not_found"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/custom_pages\\\\/([a-f\\\\d]{24}|([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$pages_not_found_required_c496d2 = /* @__PURE__ */ fixedIssue(["pages", "not_found"], "required", "is required");
const issue$pages_not_found_type_73e148 = /* @__PURE__ */ fixedIssue(["pages", "not_found"], "type", "must be a string");
const issue$pages_required_856129 = /* @__PURE__ */ fixedIssue(["pages"], "required", "is required");
const issue$pages_type_167167 = /* @__PURE__ */ fixedIssue(["pages"], "type", "must be an object");
const issue$paging_first_required_483cdf = /* @__PURE__ */ fixedIssue(["paging", "first"], "required", "is required");
const issue$paging_first_type_a2b9ea = /* @__PURE__ */ fixedIssue(["paging", "first"], "type", "must be a string");
const issue$paging_last_required_147200 = /* @__PURE__ */ fixedIssue(["paging", "last"], "required", "is required");
const issue$paging_last_type_916cc5 = /* @__PURE__ */ fixedIssue(["paging", "last"], "type", "must be a string");
const issue$paging_next_required_0c238b = /* @__PURE__ */ fixedIssue(["paging", "next"], "required", "is required");
const issue$paging_next_type_f6fa78 = /* @__PURE__ */ fixedIssue(["paging", "next"], "type", "must be a string");
const issue$paging_previous_required_b24c82 = /* @__PURE__ */ fixedIssue(["paging", "previous"], "required", "is required");
const issue$paging_previous_type_b75b57 = /* @__PURE__ */ fixedIssue(["paging", "previous"], "type", "must be a string");
const issue$paging_required_4c1802 = /* @__PURE__ */ fixedIssue(["paging"], "required", "is required");
const issue$paging_type_a060b3 = /* @__PURE__ */ fixedIssue(["paging"], "type", "must be an object");
const issue$parent_required_e62704 = /* @__PURE__ */ fixedIssue(["parent"], "required", "is required");
const issue$parent_type_416983 = /* @__PURE__ */ fixedIssue(["parent"], "type", "must be an object");
const issue$parent_type_8db1f6 = /* @__PURE__ */ fixedIssue(["parent"], "type", "must be a string");
const issue$parent_uri_pattern_1e668d = /* @__PURE__ */ fixedIssue(["parent", "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/(guides|reference)\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$parent_uri_required_aa2d96 = /* @__PURE__ */ fixedIssue(["parent", "uri"], "required", "is required");
const issue$parent_uri_type_bf0b31 = /* @__PURE__ */ fixedIssue(["parent", "uri"], "type", "must be a string");
const issue$path_enum_0c15b5 = /* @__PURE__ */ fixedIssue(["path"], "enum", 'must be one of "title", "excerpt", "searchContents"');
const issue$path_required_cac17f = /* @__PURE__ */ fixedIssue(["path"], "required", "is required");
const issue$path_type_b9dd73 = /* @__PURE__ */ fixedIssue(["path"], "type", "must be a string");
const issue$per_page_required_480f95 = /* @__PURE__ */ fixedIssue(["per_page"], "required", "is required");
const issue$per_page_type_ea21cc = /* @__PURE__ */ fixedIssue(["per_page"], "type", "must be a number");
const issue$permissions_required_eabea1 = /* @__PURE__ */ fixedIssue(["permissions"], "required", "is required");
const issue$plan_required_b49ce8 = /* @__PURE__ */ fixedIssue(["plan"], "required", "is required");
const issue$poem_required_6643c3 = /* @__PURE__ */ fixedIssue(["poem"], "required", "is required");
const issue$poem_type_438c89 = /* @__PURE__ */ fixedIssue(["poem"], "type", "must be an array");
const issue$polymorphism_type_0a5dce = /* @__PURE__ */ fixedIssue(["polymorphism"], "type", "must be a boolean");
const issue$position_enum_8de4f5 = /* @__PURE__ */ fixedIssue(["position"], "enum", 'must be one of "top-left", "top-center", "top-right", "center-left", "center-center", "center-right", "bottom-left", "bottom-center", "bottom-right"');
const issue$position_type_c92b52 = /* @__PURE__ */ fixedIssue(["position"], "type", "must be a string");
const issue$position_type_df003c = /* @__PURE__ */ fixedIssue(["position"], "type", "must be a number");
const issue$postman_client_id_required_1d464c = /* @__PURE__ */ fixedIssue(["postman", "client_id"], "required", "is required");
const issue$postman_client_id_type_26cfec = /* @__PURE__ */ fixedIssue(["postman", "client_id"], "type", "must be a string");
const issue$postman_client_secret_required_488b5c = /* @__PURE__ */ fixedIssue(["postman", "client_secret"], "required", "is required");
const issue$postman_client_secret_type_a8a4a9 = /* @__PURE__ */ fixedIssue(["postman", "client_secret"], "type", "must be a string");
const issue$postman_key_required_477057 = /* @__PURE__ */ fixedIssue(["postman", "key"], "required", "is required");
const issue$postman_key_type_e59f64 = /* @__PURE__ */ fixedIssue(["postman", "key"], "type", "must be a string");
const issue$postman_required_93bc7a = /* @__PURE__ */ fixedIssue(["postman"], "required", "is required");
const issue$postman_type_cc8238 = /* @__PURE__ */ fixedIssue(["postman"], "type", "must be an object");
const issue$privacy_openapi_enum_c4be75 = /* @__PURE__ */ fixedIssue(["privacy", "openapi"], "enum", 'must be one of "public", "admin"');
const issue$privacy_openapi_type_883f56 = /* @__PURE__ */ fixedIssue(["privacy", "openapi"], "type", "must be a string");
const issue$privacy_password_required_59bd35 = /* @__PURE__ */ fixedIssue(["privacy", "password"], "required", "is required");
const issue$privacy_password_type_460755 = /* @__PURE__ */ fixedIssue(["privacy", "password"], "type", "must be a string");
const issue$privacy_required_35fb64 = /* @__PURE__ */ fixedIssue(["privacy"], "required", "is required");
const issue$privacy_type_dc9598 = /* @__PURE__ */ fixedIssue(["privacy"], "type", "must be an object");
const issue$privacy_view_enum_3f548b = /* @__PURE__ */ fixedIssue(["privacy", "view"], "enum", 'must be one of "public", "admin", "password", "custom_login"');
const issue$privacy_view_enum_6f23be = /* @__PURE__ */ fixedIssue(["privacy", "view"], "enum", 'must be one of "public", "anyone_with_link"');
const issue$privacy_view_enum_f02a3e = /* @__PURE__ */ fixedIssue(["privacy", "view"], "enum", 'must be one of "default", "hidden", "public"');
const issue$privacy_view_required_791fe7 = /* @__PURE__ */ fixedIssue(["privacy", "view"], "required", "is required");
const issue$privacy_view_type_a353f5 = /* @__PURE__ */ fixedIssue(["privacy", "view"], "type", "must be a string");
const issue$private_label_enum_87d5b7 = /* @__PURE__ */ fixedIssue(["private_label"], "enum", 'must be one of "enabled", "disabled"');
const issue$private_label_type_e20d65 = /* @__PURE__ */ fixedIssue(["private_label"], "type", "must be a string");
const issue$project_name_required_8d7d42 = /* @__PURE__ */ fixedIssue(["project", "name"], "required", "is required");
const issue$project_name_type_4ba60f = /* @__PURE__ */ fixedIssue(["project", "name"], "type", "must be a string");
const issue$project_required_5d2fec = /* @__PURE__ */ fixedIssue(["project"], "required", "is required");
const issue$project_subdomain_maxLength_04c352 = /* @__PURE__ */ fixedIssue(["project", "subdomain"], "maxLength", "must be at most 30 characters long");
const issue$project_subdomain_pattern_c0e807 = /* @__PURE__ */ fixedIssue(["project", "subdomain"], "pattern", 'must match the pattern "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"');
const issue$project_subdomain_required_a67bd5 = /* @__PURE__ */ fixedIssue(["project", "subdomain"], "required", "is required");
const issue$project_subdomain_type_05bd2e = /* @__PURE__ */ fixedIssue(["project", "subdomain"], "type", "must be a string");
const issue$project_type_b516a6 = /* @__PURE__ */ fixedIssue(["project"], "type", "must be an object");
const issue$project_uri_pattern_3578cc = /* @__PURE__ */ fixedIssue(["project", "uri"], "pattern", 'must match the pattern "\\\\/projects\\\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)"');
const issue$project_uri_required_a77b94 = /* @__PURE__ */ fixedIssue(["project", "uri"], "required", "is required");
const issue$project_uri_type_6bd0cd = /* @__PURE__ */ fixedIssue(["project", "uri"], "type", "must be a string");
const issue$pronouns_type_cd42cc = /* @__PURE__ */ fixedIssue(["pronouns"], "type", "must be a string");
const issue$provider_enum_f50fdb = /* @__PURE__ */ fixedIssue(["provider"], "enum", 'must be one of "manual", "statuspage", "none"');
const issue$provider_type_c661ee = /* @__PURE__ */ fixedIssue(["provider"], "type", "must be a string");
const issue$pullquote_required_705a45 = /* @__PURE__ */ fixedIssue(["pullquote"], "required", "is required");
const issue$pullquote_type_029022 = /* @__PURE__ */ fixedIssue(["pullquote"], "type", "must be a string");
const issue$question_required_d68d8b = /* @__PURE__ */ fixedIssue(["question"], "required", "is required");
const issue$question_type_5bd5f4 = /* @__PURE__ */ fixedIssue(["question"], "type", "must be a string");
const issue$questions_required_66d1a7 = /* @__PURE__ */ fixedIssue(["questions?"], "required", "is required");
const issue$questions_type_4746ad = /* @__PURE__ */ fixedIssue(["questions?"], "type", "must be a string");
const issue$readme_webhook_login_external_id_require_b40ce0 = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "external_id"], "required", "is required");
const issue$readme_webhook_login_external_id_type_44db8d = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "external_id"], "type", "must be a string");
const issue$readme_webhook_login_region_enum_4192bb = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "region"], "enum", 'must be one of "af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", ... (32 values)');
const issue$readme_webhook_login_region_required_7eedcf = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "region"], "required", "is required");
const issue$readme_webhook_login_region_type_cadd12 = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "region"], "type", "must be a string");
const issue$readme_webhook_login_required_755daa = /* @__PURE__ */ fixedIssue(["readme_webhook_login"], "required", "is required");
const issue$readme_webhook_login_role_arn_required_b16388 = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "role_arn"], "required", "is required");
const issue$readme_webhook_login_role_arn_type_4d869a = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "role_arn"], "type", "must be a string");
const issue$readme_webhook_login_type_c3da38 = /* @__PURE__ */ fixedIssue(["readme_webhook_login"], "type", "must be an object");
const issue$readme_webhook_login_usage_plan_id_requi_2b4198 = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "usage_plan_id"], "required", "is required");
const issue$readme_webhook_login_usage_plan_id_type_9afe7f = /* @__PURE__ */ fixedIssue(["readme_webhook_login", "usage_plan_id"], "type", "must be a string");
const issue$recaptcha_required_9bf012 = /* @__PURE__ */ fixedIssue(["recaptcha"], "required", "is required");
const issue$recaptcha_secret_key_required_2dcd08 = /* @__PURE__ */ fixedIssue(["recaptcha", "secret_key"], "required", "is required");
const issue$recaptcha_secret_key_type_ab26a3 = /* @__PURE__ */ fixedIssue(["recaptcha", "secret_key"], "type", "must be a string");
const issue$recaptcha_site_key_required_30e936 = /* @__PURE__ */ fixedIssue(["recaptcha", "site_key"], "required", "is required");
const issue$recaptcha_site_key_type_c7aa06 = /* @__PURE__ */ fixedIssue(["recaptcha", "site_key"], "type", "must be a string");
const issue$recaptcha_type_38743c = /* @__PURE__ */ fixedIssue(["recaptcha"], "type", "must be an object");
const issue$recipes_alias_required_dc0097 = /* @__PURE__ */ fixedIssue(["recipes", "alias"], "required", "is required");
const issue$recipes_alias_type_556e8e = /* @__PURE__ */ fixedIssue(["recipes", "alias"], "type", "must be a string");
const issue$recipes_label_enum_c287e8 = /* @__PURE__ */ fixedIssue(["recipes", "label"], "enum", 'must be one of "Recipes"');
const issue$recipes_label_required_ff8aff = /* @__PURE__ */ fixedIssue(["recipes", "label"], "required", "is required");
const issue$recipes_label_type_4b5b8b = /* @__PURE__ */ fixedIssue(["recipes", "label"], "type", "must be a string");
const issue$recipes_required_190aaa = /* @__PURE__ */ fixedIssue(["recipes"], "required", "is required");
const issue$recipes_type_2432ea = /* @__PURE__ */ fixedIssue(["recipes"], "type", "must be an object");
const issue$recipes_visibility_enum_d561e5 = /* @__PURE__ */ fixedIssue(["recipes", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$recipes_visibility_type_557c6e = /* @__PURE__ */ fixedIssue(["recipes", "visibility"], "type", "must be a string");
const issue$redirects_required_2f11e1 = /* @__PURE__ */ fixedIssue(["redirects"], "required", "is required");
const issue$redirects_type_b209f6 = /* @__PURE__ */ fixedIssue(["redirects"], "type", "must be an array");
const issue$refactored_migrated_enum_8cd390 = /* @__PURE__ */ fixedIssue(["refactored", "migrated"], "enum", 'must be one of "failed", "processing", "successful", "unknown"');
const issue$refactored_migrated_type_2e6ded = /* @__PURE__ */ fixedIssue(["refactored", "migrated"], "type", "must be a string");
const issue$refactored_required_20f8df = /* @__PURE__ */ fixedIssue(["refactored"], "required", "is required");
const issue$refactored_status_enum_55d725 = /* @__PURE__ */ fixedIssue(["refactored", "status"], "enum", 'must be one of "enabled", "disabled"');
const issue$refactored_status_type_31dd72 = /* @__PURE__ */ fixedIssue(["refactored", "status"], "type", "must be a string");
const issue$refactored_type_030e36 = /* @__PURE__ */ fixedIssue(["refactored"], "type", "must be an object");
const issue$reference_alias_required_cd252d = /* @__PURE__ */ fixedIssue(["reference", "alias"], "required", "is required");
const issue$reference_alias_type_9a22b8 = /* @__PURE__ */ fixedIssue(["reference", "alias"], "type", "must be a string");
const issue$reference_label_enum_a80d06 = /* @__PURE__ */ fixedIssue(["reference", "label"], "enum", 'must be one of "API Reference"');
const issue$reference_label_required_20231d = /* @__PURE__ */ fixedIssue(["reference", "label"], "required", "is required");
const issue$reference_label_type_9f442b = /* @__PURE__ */ fixedIssue(["reference", "label"], "type", "must be a string");
const issue$reference_required_d7733b = /* @__PURE__ */ fixedIssue(["reference"], "required", "is required");
const issue$reference_type_782ca6 = /* @__PURE__ */ fixedIssue(["reference"], "type", "must be an object");
const issue$reference_visibility_enum_778e79 = /* @__PURE__ */ fixedIssue(["reference", "visibility"], "enum", 'must be one of "enabled", "disabled"');
const issue$reference_visibility_type_288906 = /* @__PURE__ */ fixedIssue(["reference", "visibility"], "type", "must be a string");
const issue$references_type_878a9f = /* @__PURE__ */ fixedIssue(["references"], "type", "must be a boolean");
const issue$release_stage_enum_48bdd0 = /* @__PURE__ */ fixedIssue(["release_stage"], "enum", 'must be one of "beta", "release"');
const issue$release_stage_required_a2c7d4 = /* @__PURE__ */ fixedIssue(["release_stage"], "required", "is required");
const issue$release_stage_type_5102c8 = /* @__PURE__ */ fixedIssue(["release_stage"], "type", "must be a string");
const issue$renderable_error_type_ba62ca = /* @__PURE__ */ fixedIssue(["renderable", "error"], "type", "must be a string");
const issue$renderable_message_type_41918e = /* @__PURE__ */ fixedIssue(["renderable", "message"], "type", "must be a string");
const issue$renderable_required_ae4771 = /* @__PURE__ */ fixedIssue(["renderable"], "required", "is required");
const issue$renderable_status_type_0dbbcd = /* @__PURE__ */ fixedIssue(["renderable", "status"], "type", "must be a boolean");
const issue$renderable_type_3bd07d = /* @__PURE__ */ fixedIssue(["renderable"], "type", "must be an object");
const issue$repository_full_name_required_5ab374 = /* @__PURE__ */ fixedIssue(["repository", "full_name"], "required", "is required");
const issue$repository_full_name_type_5c9f3d = /* @__PURE__ */ fixedIssue(["repository", "full_name"], "type", "must be a string");
const issue$repository_name_required_5aef64 = /* @__PURE__ */ fixedIssue(["repository", "name"], "required", "is required");
const issue$repository_name_type_a7050f = /* @__PURE__ */ fixedIssue(["repository", "name"], "type", "must be a string");
const issue$repository_provider_type_enum_18f82a = /* @__PURE__ */ fixedIssue(["repository", "provider_type"], "enum", 'must be one of "github", "github_enterprise_server"');
const issue$repository_provider_type_required_a98281 = /* @__PURE__ */ fixedIssue(["repository", "provider_type"], "required", "is required");
const issue$repository_provider_type_type_16bdf9 = /* @__PURE__ */ fixedIssue(["repository", "provider_type"], "type", "must be a string");
const issue$repository_required_0e0530 = /* @__PURE__ */ fixedIssue(["repository"], "required", "is required");
const issue$repository_type_a1c0c5 = /* @__PURE__ */ fixedIssue(["repository"], "type", "must be an object");
const issue$repository_url_format_803ae1 = /* @__PURE__ */ fixedIssue(["repository", "url"], "format", "must be a valid uri");
const issue$repository_url_required_ab71ea = /* @__PURE__ */ fixedIssue(["repository", "url"], "required", "is required");
const issue$repository_url_type_4b26b1 = /* @__PURE__ */ fixedIssue(["repository", "url"], "type", "must be a string");
const issue$request_history_enum_0a652d = /* @__PURE__ */ fixedIssue(["request_history"], "enum", 'must be one of "enabled", "disabled"');
const issue$request_history_type_db9bb8 = /* @__PURE__ */ fixedIssue(["request_history"], "type", "must be a string");
const issue$response_examples_enum_43c716 = /* @__PURE__ */ fixedIssue(["response_examples"], "enum", 'must be one of "expanded", "collapsed"');
const issue$response_examples_type_f7f07f = /* @__PURE__ */ fixedIssue(["response_examples"], "type", "must be a string");
const issue$response_required_ee159e = /* @__PURE__ */ fixedIssue(["response"], "required", "is required");
const issue$response_schemas_enum_2aa109 = /* @__PURE__ */ fixedIssue(["response_schemas"], "enum", 'must be one of "expanded", "collapsed"');
const issue$response_schemas_type_28ab66 = /* @__PURE__ */ fixedIssue(["response_schemas"], "type", "must be a string");
const issue$response_type_0cb402 = /* @__PURE__ */ fixedIssue(["response"], "type", "must be a string");
const issue$right_required_bd9579 = /* @__PURE__ */ fixedIssue(["right"], "required", "is required");
const issue$right_type_ef5543 = /* @__PURE__ */ fixedIssue(["right"], "type", "must be an array");
const issue$schema_required_2bec07 = /* @__PURE__ */ fixedIssue(["schema"], "required", "is required");
const issue$schema_type_1c3028 = /* @__PURE__ */ fixedIssue(["schema"], "type", "must be an object");
const issue$scheme_type_25a959 = /* @__PURE__ */ fixedIssue(["scheme"], "type", "must be a string");
const issue$score_required_9836c6 = /* @__PURE__ */ fixedIssue(["score"], "required", "is required");
const issue$score_type_90e2ab = /* @__PURE__ */ fixedIssue(["score"], "type", "must be a number");
const issue$sdk_snippets_external_enum_33de82 = /* @__PURE__ */ fixedIssue(["sdk_snippets", "external"], "enum", 'must be one of "active", "disabled", "enabled"');
const issue$sdk_snippets_external_type_f50833 = /* @__PURE__ */ fixedIssue(["sdk_snippets", "external"], "type", "must be a string");
const issue$sdk_snippets_required_a7b8cc = /* @__PURE__ */ fixedIssue(["sdk_snippets"], "required", "is required");
const issue$sdk_snippets_type_8b8e59 = /* @__PURE__ */ fixedIssue(["sdk_snippets"], "type", "must be an object");
const issue$section_enum_3e8d00 = /* @__PURE__ */ fixedIssue(["section"], "enum", 'must be one of "guide", "reference"');
const issue$section_enum_d109fd = /* @__PURE__ */ fixedIssue(["section"], "enum", 'must be one of "guides", "reference", "recipes", "custom_pages", "discuss", "changelog"');
const issue$section_required_ae21ef = /* @__PURE__ */ fixedIssue(["section"], "required", "is required");
const issue$section_type_28a6e9 = /* @__PURE__ */ fixedIssue(["section"], "type", "must be a string");
const issue$segment_domain_required_88145d = /* @__PURE__ */ fixedIssue(["segment", "domain"], "required", "is required");
const issue$segment_domain_type_e0823f = /* @__PURE__ */ fixedIssue(["segment", "domain"], "type", "must be a string");
const issue$segment_key_required_52e7f4 = /* @__PURE__ */ fixedIssue(["segment", "key"], "required", "is required");
const issue$segment_key_type_bdeacf = /* @__PURE__ */ fixedIssue(["segment", "key"], "type", "must be a string");
const issue$segment_required_3b98d0 = /* @__PURE__ */ fixedIssue(["segment"], "required", "is required");
const issue$segment_type_d105da = /* @__PURE__ */ fixedIssue(["segment"], "type", "must be an object");
const issue$seo_overwrite_title_tag_enum_9f80ed = /* @__PURE__ */ fixedIssue(["seo", "overwrite_title_tag"], "enum", 'must be one of "enabled", "disabled"');
const issue$seo_overwrite_title_tag_type_f6650f = /* @__PURE__ */ fixedIssue(["seo", "overwrite_title_tag"], "type", "must be a string");
const issue$seo_required_8cc18c = /* @__PURE__ */ fixedIssue(["seo"], "required", "is required");
const issue$seo_type_d34151 = /* @__PURE__ */ fixedIssue(["seo"], "type", "must be an object");
const issue$server_variables_type_85c41b = /* @__PURE__ */ fixedIssue(["server_variables"], "type", "must be a boolean");
const issue$settings_required_60917b = /* @__PURE__ */ fixedIssue(["settings"], "required", "is required");
const issue$sitemap_enum_cf14b3 = /* @__PURE__ */ fixedIssue(["sitemap"], "enum", 'must be one of "enabled", "disabled"');
const issue$sitemap_type_c86f00 = /* @__PURE__ */ fixedIssue(["sitemap"], "type", "must be a string");
const issue$size_enum_ec349a = /* @__PURE__ */ fixedIssue(["size"], "enum", 'must be one of "default", "large"');
const issue$size_type_d8f6f0 = /* @__PURE__ */ fixedIssue(["size"], "type", "must be a string");
const issue$slug_minLength_0f82e7 = /* @__PURE__ */ fixedIssue(["slug"], "minLength", "must be at least 1 character long");
const issue$slug_pattern_f75e56 = /* @__PURE__ */ fixedIssue(["slug"], "pattern", 'must match the pattern "([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+"');
const issue$slug_required_bfd2d8 = /* @__PURE__ */ fixedIssue(["slug"], "required", "is required");
const issue$slug_type_7a933b = /* @__PURE__ */ fixedIssue(["slug"], "type", "must be a string");
const issue$snippet_required_639755 = /* @__PURE__ */ fixedIssue(["snippet"], "required", "is required");
const issue$source_current_enum_aa8e5a = /* @__PURE__ */ fixedIssue(["source", "current"], "enum", 'must be one of "api", "apidesigner", "apieditor", "bidi", "form", "postman", "rdme", "rdme_github", "url"');
const issue$source_current_required_c4e41f = /* @__PURE__ */ fixedIssue(["source", "current"], "required", "is required");
const issue$source_current_type_18d705 = /* @__PURE__ */ fixedIssue(["source", "current"], "type", "must be a string");
const issue$source_enum_5f0a06 = /* @__PURE__ */ fixedIssue(["source"], "enum", 'must be one of "readme", "bidi"');
const issue$source_enum_8ce542 = /* @__PURE__ */ fixedIssue(["source"], "enum", 'must be one of "server", "security", "custom", ""');
const issue$source_enum_f7e6e9 = /* @__PURE__ */ fixedIssue(["source"], "enum", 'must be one of "api", "apidesigner", "apieditor", "bidi", "form", "postman", "rdme", "rdme_github", "url"');
const issue$source_original_enum_e44b86 = /* @__PURE__ */ fixedIssue(["source", "original"], "enum", 'must be one of "api", "apidesigner", "apieditor", "bidi", "form", "postman", "rdme", "rdme_github", "url"');
const issue$source_original_required_b19d0a = /* @__PURE__ */ fixedIssue(["source", "original"], "required", "is required");
const issue$source_original_type_fa44b6 = /* @__PURE__ */ fixedIssue(["source", "original"], "type", "must be a string");
const issue$source_required_db927a = /* @__PURE__ */ fixedIssue(["source"], "required", "is required");
const issue$source_type_50aa68 = /* @__PURE__ */ fixedIssue(["source"], "type", "must be a string");
const issue$source_type_e537de = /* @__PURE__ */ fixedIssue(["source"], "type", "must be an object");
const issue$sources_required_7da28b = /* @__PURE__ */ fixedIssue(["sources"], "required", "is required");
const issue$sources_type_60c2b3 = /* @__PURE__ */ fixedIssue(["sources"], "type", "must be an array");
const issue$speakeasy_key_required_757751 = /* @__PURE__ */ fixedIssue(["speakeasy", "key"], "required", "is required");
const issue$speakeasy_key_type_f38b64 = /* @__PURE__ */ fixedIssue(["speakeasy", "key"], "type", "must be a string");
const issue$speakeasy_required_1376a2 = /* @__PURE__ */ fixedIssue(["speakeasy"], "required", "is required");
const issue$speakeasy_spec_url_required_e709fa = /* @__PURE__ */ fixedIssue(["speakeasy", "spec_url"], "required", "is required");
const issue$speakeasy_spec_url_type_22ab39 = /* @__PURE__ */ fixedIssue(["speakeasy", "spec_url"], "type", "must be a string");
const issue$speakeasy_type_bf5150 = /* @__PURE__ */ fixedIssue(["speakeasy"], "type", "must be an object");
const issue$stainless_key_required_9b338c = /* @__PURE__ */ fixedIssue(["stainless", "key"], "required", "is required");
const issue$stainless_key_type_992eb8 = /* @__PURE__ */ fixedIssue(["stainless", "key"], "type", "must be a string");
const issue$stainless_name_required_4f621e = /* @__PURE__ */ fixedIssue(["stainless", "name"], "required", "is required");
const issue$stainless_name_type_ac8d00 = /* @__PURE__ */ fixedIssue(["stainless", "name"], "type", "must be a string");
const issue$stainless_required_dcd9ec = /* @__PURE__ */ fixedIssue(["stainless"], "required", "is required");
const issue$stainless_type_9e5380 = /* @__PURE__ */ fixedIssue(["stainless"], "type", "must be an object");
const issue$state_enum_8fd6b6 = /* @__PURE__ */ fixedIssue(["state"], "enum", 'must be one of "current", "deprecated"');
const issue$state_required_0358f3 = /* @__PURE__ */ fixedIssue(["state"], "required", "is required");
const issue$state_type_40fd80 = /* @__PURE__ */ fixedIssue(["state"], "type", "must be a string");
const issue$stats_required_56f738 = /* @__PURE__ */ fixedIssue(["stats"], "required", "is required");
const issue$status_enum_30767c = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "active", "inactive", "none"');
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$statuspage_id_required_8bfacb = /* @__PURE__ */ fixedIssue(["statuspage", "id"], "required", "is required");
const issue$statuspage_id_type_29e8b9 = /* @__PURE__ */ fixedIssue(["statuspage", "id"], "type", "must be a string");
const issue$statuspage_required_1dc14c = /* @__PURE__ */ fixedIssue(["statuspage"], "required", "is required");
const issue$statuspage_type_e1795f = /* @__PURE__ */ fixedIssue(["statuspage"], "type", "must be an object");
const issue$steps_required_1cf129 = /* @__PURE__ */ fixedIssue(["steps"], "required", "is required");
const issue$steps_type_336073 = /* @__PURE__ */ fixedIssue(["steps"], "type", "must be an array");
const issue$style_type_c447cd = /* @__PURE__ */ fixedIssue(["style"], "type", "must be a boolean");
const issue$sub_nav_required_15f177 = /* @__PURE__ */ fixedIssue(["sub_nav"], "required", "is required");
const issue$sub_nav_type_e7acac = /* @__PURE__ */ fixedIssue(["sub_nav"], "type", "must be an array");
const issue$subdomain_maxLength_d10dea = /* @__PURE__ */ fixedIssue(["subdomain"], "maxLength", "must be at most 30 characters long");
const issue$subdomain_pattern_1e6ce9 = /* @__PURE__ */ fixedIssue(["subdomain"], "pattern", 'must match the pattern "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"');
const issue$subdomain_required_ad5a53 = /* @__PURE__ */ fixedIssue(["subdomain"], "required", "is required");
const issue$subdomain_type_3d1df7 = /* @__PURE__ */ fixedIssue(["subdomain"], "type", "must be a string");
const issue$subheader_layout_enum_7eab37 = /* @__PURE__ */ fixedIssue(["subheader_layout"], "enum", 'must be one of "links", "dropdown"');
const issue$subheader_layout_type_11bfb0 = /* @__PURE__ */ fixedIssue(["subheader_layout"], "type", "must be a string");
const issue$suggested_edits_enum_b8e8b9 = /* @__PURE__ */ fixedIssue(["suggested_edits"], "enum", 'must be one of "enabled", "disabled"');
const issue$suggested_edits_type_3b1094 = /* @__PURE__ */ fixedIssue(["suggested_edits"], "type", "must be a string");
const issue$table_of_contents_enum_2250ad = /* @__PURE__ */ fixedIssue(["table_of_contents"], "enum", 'must be one of "enabled", "disabled"');
const issue$table_of_contents_type_8404f4 = /* @__PURE__ */ fixedIssue(["table_of_contents"], "type", "must be a string");
const issue$texts_required_e00831 = /* @__PURE__ */ fixedIssue(["texts"], "required", "is required");
const issue$texts_type_cb10b4 = /* @__PURE__ */ fixedIssue(["texts"], "type", "must be an array");
const issue$title_required_fa43a3 = /* @__PURE__ */ fixedIssue(["title"], "required", "is required");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$total_required_81935b = /* @__PURE__ */ fixedIssue(["total"], "required", "is required");
const issue$total_type_c5fa69 = /* @__PURE__ */ fixedIssue(["total"], "type", "must be a number");
const issue$trial_end_date_format_96052b = /* @__PURE__ */ fixedIssue(["trial", "end_date"], "format", "must be a valid date-time");
const issue$trial_end_date_required_d10b5e = /* @__PURE__ */ fixedIssue(["trial", "end_date"], "required", "is required");
const issue$trial_end_date_type_4295fb = /* @__PURE__ */ fixedIssue(["trial", "end_date"], "type", "must be a string");
const issue$trial_expired_type_1f0fde = /* @__PURE__ */ fixedIssue(["trial", "expired"], "type", "must be a boolean");
const issue$trial_required_a671fd = /* @__PURE__ */ fixedIssue(["trial"], "required", "is required");
const issue$trial_type_582336 = /* @__PURE__ */ fixedIssue(["trial"], "type", "must be an object");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_enum_074ef3 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "none", "added", "fixed", "improved", "deprecated", "removed"');
const issue$type_enum_1e5c6a = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "http", "apiKey", "openIdConnect", "oauth2", ""');
const issue$type_enum_1f5f88 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "solid", "gradient", "line", "overlay"');
const issue$type_enum_4112d9 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "business", "business2018", "business-annual-2024", "enterprise", "free", "freelaunch", "opensource", "startup", "startup2018", "startup-annual-2024"');
const issue$type_enum_70dbac = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "triangles", "blueprint", "grain", "map", "circuits", "custom"');
const issue$type_enum_7dcdbb = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "api_config", "basic", "endpoint", "link", "webhook"');
const issue$type_enum_a4bd5a = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "branch"');
const issue$type_enum_bfbecd = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "openapi", "postman", "swagger", "unknown"');
const issue$type_enum_c0ca07 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "version"');
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_required_2026eb = /* @__PURE__ */ fixedIssue(["type"], "required", "is required");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
const issue$typekit_key_required_de89de = /* @__PURE__ */ fixedIssue(["typekit", "key"], "required", "is required");
const issue$typekit_key_type_2c086d = /* @__PURE__ */ fixedIssue(["typekit", "key"], "type", "must be a string");
const issue$typekit_required_55acda = /* @__PURE__ */ fixedIssue(["typekit"], "required", "is required");
const issue$typekit_type_a95b9b = /* @__PURE__ */ fixedIssue(["typekit"], "type", "must be an object");
const issue$updated_at_format_fbe20e = /* @__PURE__ */ fixedIssue(["updated_at"], "format", "must be a valid date-time");
const issue$updated_at_required_17369b = /* @__PURE__ */ fixedIssue(["updated_at"], "required", "is required");
const issue$updated_at_type_80b3f5 = /* @__PURE__ */ fixedIssue(["updated_at"], "type", "must be a string");
const issue$upload_reason_required_3e6fd8 = /* @__PURE__ */ fixedIssue(["upload", "reason"], "required", "is required");
const issue$upload_reason_type_f53449 = /* @__PURE__ */ fixedIssue(["upload", "reason"], "type", "must be a string");
const issue$upload_required_41e02f = /* @__PURE__ */ fixedIssue(["upload"], "required", "is required");
const issue$upload_status_enum_a306dd = /* @__PURE__ */ fixedIssue(["upload", "status"], "enum", 'must be one of "pending", "failed", "done", "pending_update", "failed_update"');
const issue$upload_status_required_93e1fe = /* @__PURE__ */ fixedIssue(["upload", "status"], "required", "is required");
const issue$upload_status_type_5c863e = /* @__PURE__ */ fixedIssue(["upload", "status"], "type", "must be a string");
const issue$upload_type_9d97e5 = /* @__PURE__ */ fixedIssue(["upload"], "type", "must be an object");
const issue$upload_warnings_required_74b5af = /* @__PURE__ */ fixedIssue(["upload", "warnings"], "required", "is required");
const issue$upload_warnings_type_dd8f27 = /* @__PURE__ */ fixedIssue(["upload", "warnings"], "type", "must be a string");
const issue$uri_pattern_01ef86 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/apis\\\\/((([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+.(json|yaml|yml)))"');
const issue$uri_pattern_0b3b4f = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/branches\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)"');
const issue$uri_pattern_2e0198 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/categories\\\\/(guides|reference)\\\\/((.*))"');
const issue$uri_pattern_341844 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/custom_pages\\\\/([a-f\\\\d]{24}|([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$uri_pattern_3c1f1a = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/(guides|reference)\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$uri_pattern_3c2c79 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/images\\\\/([a-f\\\\d]{24})"');
const issue$uri_pattern_764171 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/projects\\\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)"');
const issue$uri_pattern_a41bd4 = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/changelogs\\\\/([a-f\\\\d]{24}|([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$uri_pattern_ac4dbf = /* @__PURE__ */ fixedIssue(["uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/recipes\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
const issue$uri_required_a09978 = /* @__PURE__ */ fixedIssue(["uri"], "required", "is required");
const issue$uri_type_05c4f2 = /* @__PURE__ */ fixedIssue(["uri"], "type", "must be a string");
const issue$url_format_8c0b2c = /* @__PURE__ */ fixedIssue(["url"], "format", "must be a valid uri");
const issue$url_full_required_44ee06 = /* @__PURE__ */ fixedIssue(["url", "full"], "required", "is required");
const issue$url_full_type_31ab61 = /* @__PURE__ */ fixedIssue(["url", "full"], "type", "must be a string");
const issue$url_relative_required_5ee10e = /* @__PURE__ */ fixedIssue(["url", "relative"], "required", "is required");
const issue$url_relative_type_6dd5f5 = /* @__PURE__ */ fixedIssue(["url", "relative"], "type", "must be a string");
const issue$url_required_7e5b0e = /* @__PURE__ */ fixedIssue(["url"], "required", "is required");
const issue$url_type_4c30e0 = /* @__PURE__ */ fixedIssue(["url"], "type", "must be a string");
const issue$url_type_595513 = /* @__PURE__ */ fixedIssue(["url"], "type", "must be an object");
const issue$version_enum_49d2a7 = /* @__PURE__ */ fixedIssue(["version"], "enum", 'must be one of "enabled", "disabled"');
const issue$version_required_9ce4cd = /* @__PURE__ */ fixedIssue(["version"], "required", "is required");
const issue$version_type_753cce = /* @__PURE__ */ fixedIssue(["version"], "type", "must be a string");
const issue$webhooks_type_c5b297 = /* @__PURE__ */ fixedIssue(["webhooks"], "type", "must be an array");
const issue$webhooks_type_f41fbf = /* @__PURE__ */ fixedIssue(["webhooks"], "type", "must be a boolean");
const issue$whats_next_label_required_d49306 = /* @__PURE__ */ fixedIssue(["whats_next_label"], "required", "is required");
const issue$whats_next_label_type_a069c5 = /* @__PURE__ */ fixedIssue(["whats_next_label"], "type", "must be a string");
const issue$width_required_3b29c5 = /* @__PURE__ */ fixedIssue(["width"], "required", "is required");
const issue$width_type_67c2ea = /* @__PURE__ */ fixedIssue(["width"], "type", "must be a number");
const issue$xml_requests_type_023569 = /* @__PURE__ */ fixedIssue(["xml_requests"], "type", "must be a boolean");
const issue$xml_responses_type_349021 = /* @__PURE__ */ fixedIssue(["xml_responses"], "type", "must be a boolean");
const issue$xml_schemas_type_c92372 = /* @__PURE__ */ fixedIssue(["xml_schemas"], "type", "must be a boolean");
const issue$zendesk_required_e26a63 = /* @__PURE__ */ fixedIssue(["zendesk"], "required", "is required");
const issue$zendesk_subdomain_required_fafbdf = /* @__PURE__ */ fixedIssue(["zendesk", "subdomain"], "required", "is required");
const issue$zendesk_subdomain_type_f5a578 = /* @__PURE__ */ fixedIssue(["zendesk", "subdomain"], "type", "must be a string");
const issue$zendesk_type_3166cf = /* @__PURE__ */ fixedIssue(["zendesk"], "type", "must be an object");
const pattern$0a12d2 = /* @__PURE__ */ new RegExp("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*", "u");
const pattern$53f863 = /* @__PURE__ */ new RegExp("([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+", "u");
const pattern$54983b = /* @__PURE__ */ new RegExp("^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8})$", "u");
const pattern$564e25 = /* @__PURE__ */ new RegExp("\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/categories\\/(guides|reference)\\/((.*))", "u");
const pattern$5b79dc = /* @__PURE__ */ new RegExp("\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/(guides|reference)\\/(([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+)", "u");
const pattern$6404d7 = /* @__PURE__ */ new RegExp("^[a-f\\d]{24}$", "u");
const pattern$6be753 = /* @__PURE__ */ new RegExp("\\/changelogs\\/([a-f\\d]{24}|([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+)", "u");
const pattern$89ead5 = /* @__PURE__ */ new RegExp("\\/projects\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)\\/apikeys\\/[a-f\\d]{24}", "u");
const pattern$903722 = /* @__PURE__ */ new RegExp("\\/images\\/([a-f\\d]{24})", "u");
const pattern$bfb52f = /* @__PURE__ */ new RegExp("rdme_\\w+", "u");
const pattern$c07e7c = /* @__PURE__ */ new RegExp("\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/custom_pages\\/([a-f\\d]{24}|([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+)", "u");
const pattern$ccf52a = /* @__PURE__ */ new RegExp("\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/recipes\\/(([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+)", "u");
const pattern$d0e01d = /* @__PURE__ */ new RegExp("[a-f\\d]{24}", "u");
const pattern$d527fa = /* @__PURE__ */ new RegExp("(v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?", "u");
const pattern$d56d23 = /* @__PURE__ */ new RegExp("\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/apis\\/((([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+.(json|yaml|yml)))", "u");
const pattern$d7b5f7 = /* @__PURE__ */ new RegExp("\\/branches\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)", "u");
const pattern$e17a25 = /* @__PURE__ */ new RegExp("stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?", "u");
const pattern$fcf4d6 = /* @__PURE__ */ new RegExp("\\/projects\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)", "u");
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o1, "pullquote") ? o1.pullquote : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o1, "location") ? o1.location : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  const x7 = hasOwn.call(o1, "department") ? o1.department : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o1, "url") ? o1.url : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  if (!formats.isUri(x8)) return false;
  for (const k9 in o1) {
    if (!hasOwn.call(o1, k9)) continue;
    const x10 = o1[k9];
    if (x10 === void 0) continue;
    if (k9 !== "slug" && k9 !== "title" && k9 !== "description" && k9 !== "pullquote" && k9 !== "location" && k9 !== "department" && k9 !== "url") {
      return false;
    }
  }
  return true;
}
function check$$inline2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x3 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x4 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x5 = hasOwn.call(o1, "pullquote") ? o1.pullquote : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$pullquote_required_705a45);
    } else {
      if (typeof x5 !== "string") {
        s = reportFixed(s, p, issue$pullquote_type_029022);
      }
    }
    const x6 = hasOwn.call(o1, "location") ? o1.location : void 0;
    if (x6 === void 0) {
      s = reportFixed(s, p, issue$location_required_5fe8a4);
    } else {
      if (typeof x6 !== "string") {
        s = reportFixed(s, p, issue$location_type_769fc9);
      }
    }
    const x7 = hasOwn.call(o1, "department") ? o1.department : void 0;
    if (x7 === void 0) {
      s = reportFixed(s, p, issue$department_required_e95fca);
    } else {
      if (typeof x7 !== "string") {
        s = reportFixed(s, p, issue$department_type_f68d8f);
      }
    }
    const x8 = hasOwn.call(o1, "url") ? o1.url : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$url_required_7e5b0e);
    } else {
      if (typeof x8 !== "string") {
        s = reportFixed(s, p, issue$url_type_4c30e0);
      } else {
        if (!formats.isUri(x8)) s = reportFixed(s, p, issue$url_format_8c0b2c);
      }
    }
    for (const k9 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k9)) continue;
      const x10 = o1[k9];
      if (x10 === void 0) continue;
      if (k9 !== "slug" && k9 !== "title" && k9 !== "description" && k9 !== "pullquote" && k9 !== "location" && k9 !== "department" && k9 !== "url") {
        s = report(s, p, [k9], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline2(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline2(x3, d + 1)) s = check$$inline2(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetOpenRolesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline1(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetOpenRolesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline1(x3, d + 1)) s = check$$inline1(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$ApplyToReadMeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  const x3 = o1.email;
  if (x3 !== void 0) {
    property4: {
      if (typeof x3 !== "string") {
        if (hasOwn.call(o1, "email")) return false;
        break property4;
      }
      if (!formats.isEmail(x3)) {
        if (hasOwn.call(o1, "email")) return false;
        break property4;
      }
    }
  }
  const x5 = hasOwn.call(o1, "job") ? o1.job : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = o1.pronouns;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "pronouns")) return false;
  }
  const x8 = o1.linkedin;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "linkedin")) return false;
        break property9;
      }
      if (!formats.isUri(x8)) {
        if (hasOwn.call(o1, "linkedin")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.github;
  if (x10 !== void 0) {
    property11: {
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "github")) return false;
        break property11;
      }
      if (!formats.isUri(x10)) {
        if (hasOwn.call(o1, "github")) return false;
        break property11;
      }
    }
  }
  const x12 = o1.coverLetter;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "coverLetter")) return false;
  }
  const x14 = o1.dont_really_apply;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o1, "dont_really_apply")) return false;
  }
  for (const k16 in o1) {
    if (!hasOwn.call(o1, k16)) continue;
    const x17 = o1[k16];
    if (x17 === void 0) continue;
    if (k16 !== "name" && k16 !== "email" && k16 !== "job" && k16 !== "pronouns" && k16 !== "linkedin" && k16 !== "github" && k16 !== "coverLetter" && k16 !== "dont_really_apply") {
      return false;
    }
  }
  return true;
}
function check$ApplyToReadMeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      } else {
        if (x2.length < 1) s = reportFixed(s, p, issue$name_minLength_1dfe7a);
      }
    }
    const x3 = o1.email;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "email")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$email_type_fc4ae4);
        } else {
          if (!formats.isEmail(x3)) s = reportFixed(s, p, issue$email_format_97a0cf);
        }
      }
    }
    const x4 = hasOwn.call(o1, "job") ? o1.job : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$job_required_781401);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$job_type_c062ea);
      }
    }
    const x5 = o1.pronouns;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "pronouns")) {
        s = reportFixed(s, p, issue$pronouns_type_cd42cc);
      }
    }
    const x6 = o1.linkedin;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "linkedin")) {
        if (typeof x6 !== "string") {
          s = reportFixed(s, p, issue$linkedin_type_183953);
        } else {
          if (!formats.isUri(x6)) s = reportFixed(s, p, issue$linkedin_format_33d7b1);
        }
      }
    }
    const x7 = o1.github;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "github")) {
        if (typeof x7 !== "string") {
          s = reportFixed(s, p, issue$github_type_e2c6af);
        } else {
          if (!formats.isUri(x7)) s = reportFixed(s, p, issue$github_format_1206b1);
        }
      }
    }
    const x8 = o1.coverLetter;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "coverLetter")) {
        s = reportFixed(s, p, issue$coverLetter_type_f0e390);
      }
    }
    const x9 = o1.dont_really_apply;
    if (x9 !== void 0) {
      if (typeof x9 !== "boolean" && hasOwn.call(o1, "dont_really_apply")) {
        s = reportFixed(s, p, issue$dont_really_apply_type_66ee37);
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "name" && k10 !== "email" && k10 !== "job" && k10 !== "pronouns" && k10 !== "linkedin" && k10 !== "github" && k10 !== "coverLetter" && k10 !== "dont_really_apply") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$ApplyToReadMeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "message") ? o1.message : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "keyvalues") ? o1.keyvalues : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "careers") ? o1.careers : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o1, "questions?") ? o1["questions?"] : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o1, "poem") ? o1.poem : void 0;
  if (x6 === void 0) return false;
  if (!Array.isArray(x6)) return false;
  const a7 = x6;
  for (let i8 = 0; i8 < a7.length; i8++) {
    const x9 = a7[i8];
    if (typeof x9 !== "string") return false;
  }
  for (const k10 in o1) {
    if (!hasOwn.call(o1, k10)) continue;
    const x11 = o1[k10];
    if (x11 === void 0) continue;
    if (k10 !== "message" && k10 !== "keyvalues" && k10 !== "careers" && k10 !== "questions?" && k10 !== "poem") {
      return false;
    }
  }
  return true;
}
function check$ApplyToReadMeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "message") ? o1.message : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$message_required_cddeac);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$message_type_eb355f);
      }
    }
    const x3 = hasOwn.call(o1, "keyvalues") ? o1.keyvalues : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$keyvalues_required_c59573);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$keyvalues_type_493491);
      }
    }
    const x4 = hasOwn.call(o1, "careers") ? o1.careers : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$careers_required_0def64);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$careers_type_37d5a5);
      }
    }
    const x5 = hasOwn.call(o1, "questions?") ? o1["questions?"] : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$questions_required_66d1a7);
    } else {
      if (typeof x5 !== "string") {
        s = reportFixed(s, p, issue$questions_type_4746ad);
      }
    }
    const x6 = hasOwn.call(o1, "poem") ? o1.poem : void 0;
    if (x6 === void 0) {
      s = reportFixed(s, p, issue$poem_required_6643c3);
    } else {
      if (!Array.isArray(x6)) {
        s = reportFixed(s, p, issue$poem_type_438c89);
      } else {
        const a7 = x6;
        for (let i8 = 0; i8 < a7.length; i8++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x9 = a7[i8];
          if (typeof x9 !== "string") {
            s = report(s, p, ["poem", i8], "type", "must be a string");
          }
        }
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "message" && k10 !== "keyvalues" && k10 !== "careers" && k10 !== "questions?" && k10 !== "poem") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline5(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "display_name") ? o1.display_name : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$e17a25.test(x4)) return false;
  const x5 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "view") ? o6.view : void 0;
  if (x7 === void 0) return false;
  if (x7 !== "default" && x7 !== "hidden" && x7 !== "public") return false;
  for (const k8 in o6) {
    if (!hasOwn.call(o6, k8)) continue;
    const x9 = o6[k8];
    if (x9 === void 0) continue;
    if (k8 !== "view") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "release_stage") ? o1.release_stage : void 0;
  if (x10 === void 0) return false;
  if (x10 !== "beta" && x10 !== "release") return false;
  const x11 = hasOwn.call(o1, "source") ? o1.source : void 0;
  if (x11 === void 0) return false;
  if (x11 !== "readme" && x11 !== "bidi") return false;
  const x12 = hasOwn.call(o1, "state") ? o1.state : void 0;
  if (x12 === void 0) return false;
  if (x12 !== "current" && x12 !== "deprecated") return false;
  const x13 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "string") return false;
  if (!formats.isDateTime(x13)) return false;
  const x14 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "string") return false;
  if (!pattern$d7b5f7.test(x14)) return false;
  for (const k15 in o1) {
    if (!hasOwn.call(o1, k15)) continue;
    const x16 = o1[k15];
    if (x16 === void 0) continue;
    if (!allowed$0e019b.has(k15)) {
      return false;
    }
  }
  return true;
}
function check$$inline5(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$base_required_85bec2);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$base_type_4a9350);
      }
    }
    const x3 = hasOwn.call(o1, "display_name") ? o1.display_name : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$display_name_required_c32173);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$display_name_type_08fa36);
      }
    }
    const x4 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      } else {
        if (!pattern$e17a25.test(x4)) s = reportFixed(s, p, issue$name_pattern_4a2878);
      }
    }
    const x5 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "view") ? o6.view : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$privacy_view_required_791fe7);
        } else {
          if (x7 !== "default" && x7 !== "hidden" && x7 !== "public") {
            if (typeof x7 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x7 !== "default" && x7 !== "hidden" && x7 !== "public") s = reportFixed(s, p, issue$privacy_view_enum_f02a3e);
            }
          }
        }
        for (const k8 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k8)) continue;
          const x9 = o6[k8];
          if (x9 === void 0) continue;
          if (k8 !== "view") {
            s = report(s, p, ["privacy", k8], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x10 = hasOwn.call(o1, "release_stage") ? o1.release_stage : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$release_stage_required_a2c7d4);
    } else {
      if (x10 !== "beta" && x10 !== "release") {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$release_stage_type_5102c8);
        } else {
          if (x10 !== "beta" && x10 !== "release") s = reportFixed(s, p, issue$release_stage_enum_48bdd0);
        }
      }
    }
    const x11 = hasOwn.call(o1, "source") ? o1.source : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$source_required_db927a);
    } else {
      if (x11 !== "readme" && x11 !== "bidi") {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$source_type_50aa68);
        } else {
          if (x11 !== "readme" && x11 !== "bidi") s = reportFixed(s, p, issue$source_enum_5f0a06);
        }
      }
    }
    const x12 = hasOwn.call(o1, "state") ? o1.state : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$state_required_0358f3);
    } else {
      if (x12 !== "current" && x12 !== "deprecated") {
        if (typeof x12 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x12 !== "current" && x12 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x13 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x13 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x13)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x14 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x14 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$d7b5f7.test(x14)) s = reportFixed(s, p, issue$uri_pattern_0b3b4f);
      }
    }
    for (const k15 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k15)) continue;
      const x16 = o1[k15];
      if (x16 === void 0) continue;
      if (!allowed$0e019b.has(k15)) {
        s = report(s, p, [k15], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline4(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline5(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline4(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline5(x3, d + 1)) s = check$$inline5(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline3(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o6) {
    if (!hasOwn.call(o6, k11)) continue;
    const x12 = o6[k11];
    if (x12 === void 0) continue;
    if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x13 === void 0) return false;
  if (!is$$inline4(x13, d + 1)) return false;
  const x14 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x14 === void 0) return false;
  if (x14 !== "version") return false;
  for (const k15 in o1) {
    if (!hasOwn.call(o1, k15)) continue;
    const x16 = o1[k15];
    if (x16 === void 0) continue;
    if (k15 !== "total" && k15 !== "page" && k15 !== "per_page" && k15 !== "paging" && k15 !== "data" && k15 !== "type") {
      return false;
    }
  }
  return true;
}
function check$$inline3(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$page_required_a2510d);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$page_type_ebfbb2);
      }
    }
    const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$per_page_required_480f95);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$per_page_type_ea21cc);
      }
    }
    const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$paging_required_4c1802);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$paging_type_a060b3);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$paging_next_required_0c238b);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$paging_next_type_f6fa78);
          }
        }
        const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$paging_previous_required_b24c82);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$paging_previous_type_b75b57);
          }
        }
        const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$paging_first_required_483cdf);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$paging_first_type_a2b9ea);
          }
        }
        const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$paging_last_required_147200);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$paging_last_type_916cc5);
          }
        }
        for (const k11 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k11)) continue;
          const x12 = o6[k11];
          if (x12 === void 0) continue;
          if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
            s = report(s, p, ["paging", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline4(x13, d + 1)) s = check$$inline4(x13, below(p, ["data"]), s, d + 1);
    }
    const x14 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x14 !== "version") {
        if (typeof x14 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x14 !== "version") s = reportFixed(s, p, issue$type_enum_c0ca07);
        }
      }
    }
    for (const k15 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k15)) continue;
      const x16 = o1[k15];
      if (x16 === void 0) continue;
      if (k15 !== "total" && k15 !== "page" && k15 !== "per_page" && k15 !== "paging" && k15 !== "data" && k15 !== "type") {
        s = report(s, p, [k15], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline8(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline5(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "href") ? o1.href : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const o4 = x3;
  const x5 = hasOwn.call(o4, "external") ? o4.external : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "diff") ? o6.diff : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "view") ? o6.view : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  for (const k9 in o6) {
    if (!hasOwn.call(o6, k9)) continue;
    const x10 = o6[k9];
    if (x10 === void 0) continue;
    if (k9 !== "diff" && k9 !== "view") {
      return false;
    }
  }
  for (const k11 in o4) {
    if (!hasOwn.call(o4, k11)) continue;
    const x12 = o4[k11];
    if (x12 === void 0) continue;
    if (k11 !== "external") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "string") return false;
  if (!pattern$d527fa.test(x13)) return false;
  const x14 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "string") return false;
  if (!formats.isDateTime(x14)) return false;
  const x15 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x15 === void 0) return false;
  if (typeof x15 !== "string") return false;
  if (!pattern$d7b5f7.test(x15)) return false;
  for (const k16 in o1) {
    if (!hasOwn.call(o1, k16)) continue;
    const x17 = o1[k16];
    if (x17 === void 0) continue;
    if (k16 !== "base" && k16 !== "href" && k16 !== "name" && k16 !== "updated_at" && k16 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline8(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$base_required_85bec2);
    } else {
      if (!is$$inline5(x2, d + 1)) s = check$$inline5(x2, below(p, ["base"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "href") ? o1.href : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$href_required_172b07);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$href_type_7b4c3a);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "external") ? o4.external : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$href_external_required_9356e5);
        } else {
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = reportFixed(s, p, issue$href_external_type_005fb2);
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "diff") ? o6.diff : void 0;
            if (x7 === void 0) {
              s = reportFixed(s, p, issue$href_external_diff_required_fcf26a);
            } else {
              if (typeof x7 !== "string") {
                s = reportFixed(s, p, issue$href_external_diff_type_0352e8);
              }
            }
            const x8 = hasOwn.call(o6, "view") ? o6.view : void 0;
            if (x8 === void 0) {
              s = reportFixed(s, p, issue$href_external_view_required_92170b);
            } else {
              if (typeof x8 !== "string") {
                s = reportFixed(s, p, issue$href_external_view_type_c5f2af);
              }
            }
            for (const k9 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k9)) continue;
              const x10 = o6[k9];
              if (x10 === void 0) continue;
              if (k9 !== "diff" && k9 !== "view") {
                s = report(s, p, ["href", "external", k9], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k11 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k11)) continue;
          const x12 = o4[k11];
          if (x12 === void 0) continue;
          if (k11 !== "external") {
            s = report(s, p, ["href", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x13 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      } else {
        if (!pattern$d527fa.test(x13)) s = reportFixed(s, p, issue$name_pattern_38a360);
      }
    }
    const x14 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x14 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x14)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x15 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x15 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x15 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$d7b5f7.test(x15)) s = reportFixed(s, p, issue$uri_pattern_0b3b4f);
      }
    }
    for (const k16 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k16)) continue;
      const x17 = o1[k16];
      if (x17 === void 0) continue;
      if (k16 !== "base" && k16 !== "href" && k16 !== "name" && k16 !== "updated_at" && k16 !== "uri") {
        s = report(s, p, [k16], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline7(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline8(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline7(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline8(x3, d + 1)) s = check$$inline8(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline6(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o6) {
    if (!hasOwn.call(o6, k11)) continue;
    const x12 = o6[k11];
    if (x12 === void 0) continue;
    if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x13 === void 0) return false;
  if (!is$$inline7(x13, d + 1)) return false;
  const x14 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x14 === void 0) return false;
  if (x14 !== "branch") return false;
  for (const k15 in o1) {
    if (!hasOwn.call(o1, k15)) continue;
    const x16 = o1[k15];
    if (x16 === void 0) continue;
    if (k15 !== "total" && k15 !== "page" && k15 !== "per_page" && k15 !== "paging" && k15 !== "data" && k15 !== "type") {
      return false;
    }
  }
  return true;
}
function check$$inline6(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$page_required_a2510d);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$page_type_ebfbb2);
      }
    }
    const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$per_page_required_480f95);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$per_page_type_ea21cc);
      }
    }
    const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$paging_required_4c1802);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$paging_type_a060b3);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$paging_next_required_0c238b);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$paging_next_type_f6fa78);
          }
        }
        const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$paging_previous_required_b24c82);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$paging_previous_type_b75b57);
          }
        }
        const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$paging_first_required_483cdf);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$paging_first_type_a2b9ea);
          }
        }
        const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$paging_last_required_147200);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$paging_last_type_916cc5);
          }
        }
        for (const k11 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k11)) continue;
          const x12 = o6[k11];
          if (x12 === void 0) continue;
          if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
            s = report(s, p, ["paging", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline7(x13, d + 1)) s = check$$inline7(x13, below(p, ["data"]), s, d + 1);
    }
    const x14 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x14 !== "branch") {
        if (typeof x14 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x14 !== "branch") s = reportFixed(s, p, issue$type_enum_a4bd5a);
        }
      }
    }
    for (const k15 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k15)) continue;
      const x16 = o1[k15];
      if (x16 === void 0) continue;
      if (k15 !== "total" && k15 !== "page" && k15 !== "per_page" && k15 !== "paging" && k15 !== "data" && k15 !== "type") {
        s = report(s, p, [k15], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetBranchesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline3(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline6(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$GetBranchesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline3(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline6(v, d + 1)) break failed7;
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$$inline9(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.display_name;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "display_name")) return false;
  }
  const x5 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  if (!pattern$e17a25.test(x5)) return false;
  const x6 = o1.privacy;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.view;
      if (x9 !== void 0) {
        if (x9 !== "default" && x9 !== "hidden" && x9 !== "public" && hasOwn.call(o8, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property7;
        }
      }
      for (const k11 in o8) {
        if (!hasOwn.call(o8, k11)) continue;
        const x12 = o8[k11];
        if (x12 === void 0) continue;
        if (k11 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property7;
          }
        }
      }
    }
  }
  const x13 = o1.release_stage;
  if (x13 !== void 0) {
    if (x13 !== "beta" && x13 !== "release" && hasOwn.call(o1, "release_stage")) return false;
  }
  const x15 = o1.state;
  if (x15 !== void 0) {
    if (x15 !== "current" && x15 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  for (const k17 in o1) {
    if (!hasOwn.call(o1, k17)) continue;
    const x18 = o1[k17];
    if (x18 === void 0) continue;
    if (k17 !== "base" && k17 !== "display_name" && k17 !== "name" && k17 !== "privacy" && k17 !== "release_stage" && k17 !== "state") {
      return false;
    }
  }
  return true;
}
function check$$inline9(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "base") ? o1.base : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$base_required_85bec2);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$base_type_4a9350);
      }
    }
    const x3 = o1.display_name;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "display_name")) {
        s = reportFixed(s, p, issue$display_name_type_08fa36);
      }
    }
    const x4 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      } else {
        if (!pattern$e17a25.test(x4)) s = reportFixed(s, p, issue$name_pattern_4a2878);
      }
    }
    const x5 = o1.privacy;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o6 = x5;
          const x7 = o6.view;
          if (x7 !== void 0) {
            if (x7 !== "default" && x7 !== "hidden" && x7 !== "public" && hasOwn.call(o6, "view")) {
              if (typeof x7 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x7 !== "default" && x7 !== "hidden" && x7 !== "public") s = reportFixed(s, p, issue$privacy_view_enum_f02a3e);
              }
            }
          }
          for (const k8 in o6) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o6, k8)) continue;
            const x9 = o6[k8];
            if (x9 === void 0) continue;
            if (k8 !== "view") {
              s = report(s, p, ["privacy", k8], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x10 = o1.release_stage;
    if (x10 !== void 0) {
      if (x10 !== "beta" && x10 !== "release" && hasOwn.call(o1, "release_stage")) {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$release_stage_type_5102c8);
        } else {
          if (x10 !== "beta" && x10 !== "release") s = reportFixed(s, p, issue$release_stage_enum_48bdd0);
        }
      }
    }
    const x11 = o1.state;
    if (x11 !== void 0) {
      if (x11 !== "current" && x11 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x11 !== "current" && x11 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "base" && k12 !== "display_name" && k12 !== "name" && k12 !== "privacy" && k12 !== "release_stage" && k12 !== "state") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateBranchRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline9(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed7;
      const o8 = v;
      const x9 = hasOwn.call(o8, "name") ? o8.name : void 0;
      if (x9 === void 0) break failed7;
      if (typeof x9 !== "string") break failed7;
      if (!pattern$d527fa.test(x9)) break failed7;
      for (const k10 in o8) {
        if (!hasOwn.call(o8, k10)) continue;
        const x11 = o8[k10];
        if (x11 === void 0) continue;
        if (k10 !== "name") {
          break failed7;
        }
      }
      break passed5;
    }
    return false;
  }
  return true;
}
function check$CreateBranchRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline9(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed7;
      const o8 = v;
      const x9 = hasOwn.call(o8, "name") ? o8.name : void 0;
      if (x9 === void 0) break failed7;
      if (typeof x9 !== "string") break failed7;
      if (!pattern$d527fa.test(x9)) break failed7;
      for (const k10 in o8) {
        if (!hasOwn.call(o8, k10)) continue;
        const x11 = o8[k10];
        if (x11 === void 0) continue;
        if (k10 !== "name") {
          break failed7;
        }
      }
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$$inline10(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline5(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x3 === void 0) return false;
  if (x3 !== "version") return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "data" && k4 !== "type") {
      return false;
    }
  }
  return true;
}
function check$$inline10(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline5(x2, d + 1)) s = check$$inline5(x2, below(p, ["data"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x3 !== "version") {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x3 !== "version") s = reportFixed(s, p, issue$type_enum_c0ca07);
        }
      }
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "data" && k4 !== "type") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline11(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline8(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x3 === void 0) return false;
  if (x3 !== "branch") return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "data" && k4 !== "type") {
      return false;
    }
  }
  return true;
}
function check$$inline11(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline8(x2, d + 1)) s = check$$inline8(x2, below(p, ["data"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x3 !== "branch") {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x3 !== "branch") s = reportFixed(s, p, issue$type_enum_a4bd5a);
        }
      }
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "data" && k4 !== "type") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateBranchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$CreateBranchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$GetBranchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$GetBranchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$DeleteBranchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteBranchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$$inline12(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.display_name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "display_name")) return false;
  }
  const x4 = o1.name;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "name")) return false;
        break property5;
      }
      if (!pattern$e17a25.test(x4)) {
        if (hasOwn.call(o1, "name")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.privacy;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.view;
      if (x9 !== void 0) {
        if (x9 !== "default" && x9 !== "hidden" && x9 !== "public" && hasOwn.call(o8, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property7;
        }
      }
      for (const k11 in o8) {
        if (!hasOwn.call(o8, k11)) continue;
        const x12 = o8[k11];
        if (x12 === void 0) continue;
        if (k11 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property7;
          }
        }
      }
    }
  }
  const x13 = o1.release_stage;
  if (x13 !== void 0) {
    if (x13 !== "beta" && x13 !== "release" && hasOwn.call(o1, "release_stage")) return false;
  }
  const x15 = o1.state;
  if (x15 !== void 0) {
    if (x15 !== "current" && x15 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  for (const k17 in o1) {
    if (!hasOwn.call(o1, k17)) continue;
    const x18 = o1[k17];
    if (x18 === void 0) continue;
    if (k17 !== "display_name" && k17 !== "name" && k17 !== "privacy" && k17 !== "release_stage" && k17 !== "state") {
      return false;
    }
  }
  return true;
}
function check$$inline12(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.display_name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "display_name")) {
        s = reportFixed(s, p, issue$display_name_type_08fa36);
      }
    }
    const x3 = o1.name;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "name")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$name_type_734500);
        } else {
          if (!pattern$e17a25.test(x3)) s = reportFixed(s, p, issue$name_pattern_4a2878);
        }
      }
    }
    const x4 = o1.privacy;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o5 = x4;
          const x6 = o5.view;
          if (x6 !== void 0) {
            if (x6 !== "default" && x6 !== "hidden" && x6 !== "public" && hasOwn.call(o5, "view")) {
              if (typeof x6 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x6 !== "default" && x6 !== "hidden" && x6 !== "public") s = reportFixed(s, p, issue$privacy_view_enum_f02a3e);
              }
            }
          }
          for (const k7 in o5) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o5, k7)) continue;
            const x8 = o5[k7];
            if (x8 === void 0) continue;
            if (k7 !== "view") {
              s = report(s, p, ["privacy", k7], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x9 = o1.release_stage;
    if (x9 !== void 0) {
      if (x9 !== "beta" && x9 !== "release" && hasOwn.call(o1, "release_stage")) {
        if (typeof x9 !== "string") {
          s = reportFixed(s, p, issue$release_stage_type_5102c8);
        } else {
          if (x9 !== "beta" && x9 !== "release") s = reportFixed(s, p, issue$release_stage_enum_48bdd0);
        }
      }
    }
    const x10 = o1.state;
    if (x10 !== void 0) {
      if (x10 !== "current" && x10 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x10 !== "current" && x10 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "display_name" && k11 !== "name" && k11 !== "privacy" && k11 !== "release_stage" && k11 !== "state") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateBranchRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline12(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed7;
      const o8 = v;
      const x9 = hasOwn.call(o8, "name") ? o8.name : void 0;
      if (x9 === void 0) break failed7;
      if (typeof x9 !== "string") break failed7;
      if (!pattern$d527fa.test(x9)) break failed7;
      for (const k10 in o8) {
        if (!hasOwn.call(o8, k10)) continue;
        const x11 = o8[k10];
        if (x11 === void 0) continue;
        if (k10 !== "name") {
          break failed7;
        }
      }
      break passed5;
    }
    return false;
  }
  return true;
}
function check$UpdateBranchRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline12(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed7;
      const o8 = v;
      const x9 = hasOwn.call(o8, "name") ? o8.name : void 0;
      if (x9 === void 0) break failed7;
      if (typeof x9 !== "string") break failed7;
      if (!pattern$d527fa.test(x9)) break failed7;
      for (const k10 in o8) {
        if (!hasOwn.call(o8, k10)) continue;
        const x11 = o8[k10];
        if (x11 === void 0) continue;
        if (k10 !== "name") {
          break failed7;
        }
      }
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$UpdateBranchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$UpdateBranchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline10(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline11(v, d + 1)) break failed7;
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$$inline14(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (!formats.isDateTime(x2)) return false;
  const x3 = hasOwn.call(o1, "filename") ? o1.filename : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "legacy_id") ? o1.legacy_id : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$d0e01d.test(x4)) return false;
  const x5 = hasOwn.call(o1, "source") ? o1.source : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "current") ? o6.current : void 0;
  if (x7 === void 0) return false;
  if (!allowed$0e8aca.has(x7)) return false;
  const x8 = hasOwn.call(o6, "original") ? o6.original : void 0;
  if (x8 === void 0) return false;
  if (!allowed$0e8aca.has(x8)) return false;
  for (const k9 in o6) {
    if (!hasOwn.call(o6, k9)) continue;
    const x10 = o6[k9];
    if (x10 === void 0) continue;
    if (k9 !== "current" && k9 !== "original") {
      return false;
    }
  }
  const x11 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x11 === void 0) return false;
  if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") return false;
  const x12 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  if (!formats.isDateTime(x12)) return false;
  const x13 = hasOwn.call(o1, "upload") ? o1.upload : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) return false;
  const o14 = x13;
  const x15 = hasOwn.call(o14, "status") ? o14.status : void 0;
  if (x15 === void 0) return false;
  if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") return false;
  const x16 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  const x17 = hasOwn.call(o14, "warnings") ? o14.warnings : void 0;
  if (x17 === void 0) return false;
  if (typeof x17 !== "string") return false;
  for (const k18 in o14) {
    if (!hasOwn.call(o14, k18)) continue;
    const x19 = o14[k18];
    if (x19 === void 0) continue;
    if (k18 !== "status" && k18 !== "reason" && k18 !== "warnings") {
      return false;
    }
  }
  const x20 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x20 === void 0) return false;
  if (typeof x20 !== "string") return false;
  if (!pattern$d56d23.test(x20)) return false;
  for (const k21 in o1) {
    if (!hasOwn.call(o1, k21)) continue;
    const x22 = o1[k21];
    if (x22 === void 0) continue;
    if (k21 !== "created_at" && k21 !== "filename" && k21 !== "legacy_id" && k21 !== "source" && k21 !== "type" && k21 !== "updated_at" && k21 !== "upload" && k21 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline14(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$created_at_required_156e2e);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$created_at_type_d41067);
      } else {
        if (!formats.isDateTime(x2)) s = reportFixed(s, p, issue$created_at_format_e0c890);
      }
    }
    const x3 = hasOwn.call(o1, "filename") ? o1.filename : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$filename_required_5137b1);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$filename_type_46f21d);
      }
    }
    const x4 = hasOwn.call(o1, "legacy_id") ? o1.legacy_id : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$legacy_id_required_55a123);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$legacy_id_type_bc94c9);
      } else {
        if (!pattern$d0e01d.test(x4)) s = reportFixed(s, p, issue$legacy_id_pattern_3b0a47);
      }
    }
    const x5 = hasOwn.call(o1, "source") ? o1.source : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$source_required_db927a);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$source_type_e537de);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "current") ? o6.current : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$source_current_required_c4e41f);
        } else {
          if (!allowed$0e8aca.has(x7)) {
            if (typeof x7 !== "string") {
              s = reportFixed(s, p, issue$source_current_type_18d705);
            } else {
              if (!allowed$0e8aca.has(x7)) s = reportFixed(s, p, issue$source_current_enum_aa8e5a);
            }
          }
        }
        const x8 = hasOwn.call(o6, "original") ? o6.original : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$source_original_required_b19d0a);
        } else {
          if (!allowed$0e8aca.has(x8)) {
            if (typeof x8 !== "string") {
              s = reportFixed(s, p, issue$source_original_type_fa44b6);
            } else {
              if (!allowed$0e8aca.has(x8)) s = reportFixed(s, p, issue$source_original_enum_e44b86);
            }
          }
        }
        for (const k9 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k9)) continue;
          const x10 = o6[k9];
          if (x10 === void 0) continue;
          if (k9 !== "current" && k9 !== "original") {
            s = report(s, p, ["source", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x11 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") s = reportFixed(s, p, issue$type_enum_bfbecd);
        }
      }
    }
    const x12 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x12 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x12)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x13 = hasOwn.call(o1, "upload") ? o1.upload : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$upload_required_41e02f);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$upload_type_9d97e5);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "status") ? o14.status : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$upload_status_required_93e1fe);
        } else {
          if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") {
            if (typeof x15 !== "string") {
              s = reportFixed(s, p, issue$upload_status_type_5c863e);
            } else {
              if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") s = reportFixed(s, p, issue$upload_status_enum_a306dd);
            }
          }
        }
        const x16 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
        if (x16 === void 0) {
          s = reportFixed(s, p, issue$upload_reason_required_3e6fd8);
        } else {
          if (typeof x16 !== "string") {
            s = reportFixed(s, p, issue$upload_reason_type_f53449);
          }
        }
        const x17 = hasOwn.call(o14, "warnings") ? o14.warnings : void 0;
        if (x17 === void 0) {
          s = reportFixed(s, p, issue$upload_warnings_required_74b5af);
        } else {
          if (typeof x17 !== "string") {
            s = reportFixed(s, p, issue$upload_warnings_type_dd8f27);
          }
        }
        for (const k18 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k18)) continue;
          const x19 = o14[k18];
          if (x19 === void 0) continue;
          if (k18 !== "status" && k18 !== "reason" && k18 !== "warnings") {
            s = report(s, p, ["upload", k18], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$d56d23.test(x20)) s = reportFixed(s, p, issue$uri_pattern_01ef86);
      }
    }
    for (const k21 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k21)) continue;
      const x22 = o1[k21];
      if (x22 === void 0) continue;
      if (k21 !== "created_at" && k21 !== "filename" && k21 !== "legacy_id" && k21 !== "source" && k21 !== "type" && k21 !== "updated_at" && k21 !== "upload" && k21 !== "uri") {
        s = report(s, p, [k21], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline13(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline14(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline13(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline14(x3, d + 1)) s = check$$inline14(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetAPIsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline13(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetAPIsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline13(x3, d + 1)) s = check$$inline13(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateAPIRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k20 in o1) {
    if (!hasOwn.call(o1, k20)) continue;
    const x21 = o1[k20];
    if (x21 === void 0) continue;
    if (k20 !== "schema" && k20 !== "upload_source" && k20 !== "url") {
      return false;
    }
  }
  return true;
}
function check$CreateAPIRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "schema" && k17 !== "upload_source" && k17 !== "url") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateAPIResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "upload") ? o3.upload : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "status") ? o5.status : void 0;
  if (x6 === void 0) return false;
  if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") return false;
  for (const k7 in o5) {
    if (!hasOwn.call(o5, k7)) continue;
    const x8 = o5[k7];
    if (x8 === void 0) continue;
    if (k7 !== "status") {
      return false;
    }
  }
  const x9 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  if (!pattern$d56d23.test(x9)) return false;
  for (const k10 in o3) {
    if (!hasOwn.call(o3, k10)) continue;
    const x11 = o3[k10];
    if (x11 === void 0) continue;
    if (k10 !== "upload" && k10 !== "uri") {
      return false;
    }
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateAPIResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_a4419d);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "upload") ? o3.upload : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$data_upload_required_c8c8bf);
        } else {
          if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
            s = reportFixed(s, p, issue$data_upload_type_05bede);
          } else {
            const o5 = x4;
            const x6 = hasOwn.call(o5, "status") ? o5.status : void 0;
            if (x6 === void 0) {
              s = reportFixed(s, p, issue$data_upload_status_required_360fce);
            } else {
              if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") {
                if (typeof x6 !== "string") {
                  s = reportFixed(s, p, issue$data_upload_status_type_59c83c);
                } else {
                  if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") s = reportFixed(s, p, issue$data_upload_status_enum_3b3048);
                }
              }
            }
            for (const k7 in o5) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o5, k7)) continue;
              const x8 = o5[k7];
              if (x8 === void 0) continue;
              if (k7 !== "status") {
                s = report(s, p, ["data", "upload", k7], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        const x9 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$data_uri_required_8c38eb);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$data_uri_type_7c208e);
          } else {
            if (!pattern$d56d23.test(x9)) s = reportFixed(s, p, issue$data_uri_pattern_cd1790);
          }
        }
        for (const k10 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k10)) continue;
          const x11 = o3[k10];
          if (x11 === void 0) continue;
          if (k10 !== "upload" && k10 !== "uri") {
            s = report(s, p, ["data", k10], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "data") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline15(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (!formats.isDateTime(x2)) return false;
  const x3 = hasOwn.call(o1, "filename") ? o1.filename : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "legacy_id") ? o1.legacy_id : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$d0e01d.test(x4)) return false;
  const x5 = hasOwn.call(o1, "source") ? o1.source : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "current") ? o6.current : void 0;
  if (x7 === void 0) return false;
  if (!allowed$0e8aca.has(x7)) return false;
  const x8 = hasOwn.call(o6, "original") ? o6.original : void 0;
  if (x8 === void 0) return false;
  if (!allowed$0e8aca.has(x8)) return false;
  for (const k9 in o6) {
    if (!hasOwn.call(o6, k9)) continue;
    const x10 = o6[k9];
    if (x10 === void 0) continue;
    if (k9 !== "current" && k9 !== "original") {
      return false;
    }
  }
  const x11 = hasOwn.call(o1, "type") ? o1.type : void 0;
  if (x11 === void 0) return false;
  if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") return false;
  const x12 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  if (!formats.isDateTime(x12)) return false;
  const x13 = hasOwn.call(o1, "upload") ? o1.upload : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) return false;
  const o14 = x13;
  const x15 = hasOwn.call(o14, "status") ? o14.status : void 0;
  if (x15 === void 0) return false;
  if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") return false;
  const x16 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  const x17 = hasOwn.call(o14, "warnings") ? o14.warnings : void 0;
  if (x17 === void 0) return false;
  if (typeof x17 !== "string") return false;
  for (const k18 in o14) {
    if (!hasOwn.call(o14, k18)) continue;
    const x19 = o14[k18];
    if (x19 === void 0) continue;
    if (k18 !== "status" && k18 !== "reason" && k18 !== "warnings") {
      return false;
    }
  }
  const x20 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x20 === void 0) return false;
  if (typeof x20 !== "string") return false;
  if (!pattern$d56d23.test(x20)) return false;
  for (const k27 in o1) {
    if (!hasOwn.call(o1, k27)) continue;
    const x28 = o1[k27];
    if (x28 === void 0) continue;
    if (!allowed$55c72b.has(k27)) {
      return false;
    }
  }
  return true;
}
function check$$inline15(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$created_at_required_156e2e);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$created_at_type_d41067);
      } else {
        if (!formats.isDateTime(x2)) s = reportFixed(s, p, issue$created_at_format_e0c890);
      }
    }
    const x3 = hasOwn.call(o1, "filename") ? o1.filename : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$filename_required_5137b1);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$filename_type_46f21d);
      }
    }
    const x4 = hasOwn.call(o1, "legacy_id") ? o1.legacy_id : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$legacy_id_required_55a123);
    } else {
      if (typeof x4 !== "string") {
        s = reportFixed(s, p, issue$legacy_id_type_bc94c9);
      } else {
        if (!pattern$d0e01d.test(x4)) s = reportFixed(s, p, issue$legacy_id_pattern_3b0a47);
      }
    }
    const x5 = hasOwn.call(o1, "source") ? o1.source : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$source_required_db927a);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$source_type_e537de);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "current") ? o6.current : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$source_current_required_c4e41f);
        } else {
          if (!allowed$0e8aca.has(x7)) {
            if (typeof x7 !== "string") {
              s = reportFixed(s, p, issue$source_current_type_18d705);
            } else {
              if (!allowed$0e8aca.has(x7)) s = reportFixed(s, p, issue$source_current_enum_aa8e5a);
            }
          }
        }
        const x8 = hasOwn.call(o6, "original") ? o6.original : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$source_original_required_b19d0a);
        } else {
          if (!allowed$0e8aca.has(x8)) {
            if (typeof x8 !== "string") {
              s = reportFixed(s, p, issue$source_original_type_fa44b6);
            } else {
              if (!allowed$0e8aca.has(x8)) s = reportFixed(s, p, issue$source_original_enum_e44b86);
            }
          }
        }
        for (const k9 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k9)) continue;
          const x10 = o6[k9];
          if (x10 === void 0) continue;
          if (k9 !== "current" && k9 !== "original") {
            s = report(s, p, ["source", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x11 = hasOwn.call(o1, "type") ? o1.type : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$type_required_2026eb);
    } else {
      if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x11 !== "openapi" && x11 !== "postman" && x11 !== "swagger" && x11 !== "unknown") s = reportFixed(s, p, issue$type_enum_bfbecd);
        }
      }
    }
    const x12 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x12 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x12)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x13 = hasOwn.call(o1, "upload") ? o1.upload : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$upload_required_41e02f);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$upload_type_9d97e5);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "status") ? o14.status : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$upload_status_required_93e1fe);
        } else {
          if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") {
            if (typeof x15 !== "string") {
              s = reportFixed(s, p, issue$upload_status_type_5c863e);
            } else {
              if (x15 !== "pending" && x15 !== "failed" && x15 !== "done" && x15 !== "pending_update" && x15 !== "failed_update") s = reportFixed(s, p, issue$upload_status_enum_a306dd);
            }
          }
        }
        const x16 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
        if (x16 === void 0) {
          s = reportFixed(s, p, issue$upload_reason_required_3e6fd8);
        } else {
          if (typeof x16 !== "string") {
            s = reportFixed(s, p, issue$upload_reason_type_f53449);
          }
        }
        const x17 = hasOwn.call(o14, "warnings") ? o14.warnings : void 0;
        if (x17 === void 0) {
          s = reportFixed(s, p, issue$upload_warnings_required_74b5af);
        } else {
          if (typeof x17 !== "string") {
            s = reportFixed(s, p, issue$upload_warnings_type_dd8f27);
          }
        }
        for (const k18 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k18)) continue;
          const x19 = o14[k18];
          if (x19 === void 0) continue;
          if (k18 !== "status" && k18 !== "reason" && k18 !== "warnings") {
            s = report(s, p, ["upload", k18], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$d56d23.test(x20)) s = reportFixed(s, p, issue$uri_pattern_01ef86);
      }
    }
    for (const k26 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k26)) continue;
      const x27 = o1[k26];
      if (x27 === void 0) continue;
      if (!allowed$55c72b.has(k26)) {
        s = report(s, p, [k26], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetAPIResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline15(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetAPIResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline15(x2, d + 1)) s = check$$inline15(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateAPIRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k20 in o1) {
    if (!hasOwn.call(o1, k20)) continue;
    const x21 = o1[k20];
    if (x21 === void 0) continue;
    if (k20 !== "schema" && k20 !== "upload_source" && k20 !== "url") {
      return false;
    }
  }
  return true;
}
function check$UpdateAPIRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "schema" && k17 !== "upload_source" && k17 !== "url") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateAPIResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "upload") ? o3.upload : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "status") ? o5.status : void 0;
  if (x6 === void 0) return false;
  if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") return false;
  for (const k7 in o5) {
    if (!hasOwn.call(o5, k7)) continue;
    const x8 = o5[k7];
    if (x8 === void 0) continue;
    if (k7 !== "status") {
      return false;
    }
  }
  const x9 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  if (!pattern$d56d23.test(x9)) return false;
  for (const k10 in o3) {
    if (!hasOwn.call(o3, k10)) continue;
    const x11 = o3[k10];
    if (x11 === void 0) continue;
    if (k10 !== "upload" && k10 !== "uri") {
      return false;
    }
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateAPIResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_a4419d);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "upload") ? o3.upload : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$data_upload_required_c8c8bf);
        } else {
          if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
            s = reportFixed(s, p, issue$data_upload_type_05bede);
          } else {
            const o5 = x4;
            const x6 = hasOwn.call(o5, "status") ? o5.status : void 0;
            if (x6 === void 0) {
              s = reportFixed(s, p, issue$data_upload_status_required_360fce);
            } else {
              if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") {
                if (typeof x6 !== "string") {
                  s = reportFixed(s, p, issue$data_upload_status_type_59c83c);
                } else {
                  if (x6 !== "pending" && x6 !== "failed" && x6 !== "done" && x6 !== "pending_update" && x6 !== "failed_update") s = reportFixed(s, p, issue$data_upload_status_enum_3b3048);
                }
              }
            }
            for (const k7 in o5) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o5, k7)) continue;
              const x8 = o5[k7];
              if (x8 === void 0) continue;
              if (k7 !== "status") {
                s = report(s, p, ["data", "upload", k7], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        const x9 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$data_uri_required_8c38eb);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$data_uri_type_7c208e);
          } else {
            if (!pattern$d56d23.test(x9)) s = reportFixed(s, p, issue$data_uri_pattern_cd1790);
          }
        }
        for (const k10 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k10)) continue;
          const x11 = o3[k10];
          if (x11 === void 0) continue;
          if (k10 !== "upload" && k10 !== "uri") {
            s = report(s, p, ["data", k10], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "data") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteAPIResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteAPIResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$CreateCategoryRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.section;
  if (x3 !== void 0) {
    if (x3 !== "guide" && x3 !== "reference" && hasOwn.call(o1, "section")) return false;
  }
  for (const k5 in o1) {
    if (!hasOwn.call(o1, k5)) continue;
    const x6 = o1[k5];
    if (x6 === void 0) continue;
    if (k5 !== "title" && k5 !== "section") {
      return false;
    }
  }
  return true;
}
function check$CreateCategoryRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x3 = o1.section;
    if (x3 !== void 0) {
      if (x3 !== "guide" && x3 !== "reference" && hasOwn.call(o1, "section")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$section_type_28a6e9);
        } else {
          if (x3 !== "guide" && x3 !== "reference") s = reportFixed(s, p, issue$section_enum_3e8d00);
        }
      }
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "title" && k4 !== "section") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline16(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.section;
  if (x3 !== void 0) {
    if (x3 !== "guide" && x3 !== "reference" && hasOwn.call(o1, "section")) return false;
  }
  const x5 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "project") ? o6.project : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  if (!pattern$fcf4d6.test(x7)) return false;
  for (const k8 in o6) {
    if (!hasOwn.call(o6, k8)) continue;
    const x9 = o6[k8];
    if (x9 === void 0) continue;
    if (k8 !== "project") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  if (!pattern$564e25.test(x10)) return false;
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "title" && k11 !== "section" && k11 !== "links" && k11 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline16(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x3 = o1.section;
    if (x3 !== void 0) {
      if (x3 !== "guide" && x3 !== "reference" && hasOwn.call(o1, "section")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$section_type_28a6e9);
        } else {
          if (x3 !== "guide" && x3 !== "reference") s = reportFixed(s, p, issue$section_enum_3e8d00);
        }
      }
    }
    const x4 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o5 = x4;
        const x6 = hasOwn.call(o5, "project") ? o5.project : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x6)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k7 in o5) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o5, k7)) continue;
          const x8 = o5[k7];
          if (x8 === void 0) continue;
          if (k7 !== "project") {
            s = report(s, p, ["links", k7], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x9 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x9 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$564e25.test(x9)) s = reportFixed(s, p, issue$uri_pattern_2e0198);
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "title" && k10 !== "section" && k10 !== "links" && k10 !== "uri") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline16(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline16(x2, d + 1)) s = check$$inline16(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline17(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline16(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline17(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline16(x3, d + 1)) s = check$$inline16(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetCategoriesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline17(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetCategoriesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline17(x3, d + 1)) s = check$$inline17(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline16(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline16(x2, d + 1)) s = check$$inline16(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateCategoryRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.title;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x4 = o1.section;
  if (x4 !== void 0) {
    if (x4 !== "guide" && x4 !== "reference" && hasOwn.call(o1, "section")) return false;
  }
  const x6 = o1.position;
  if (x6 !== void 0) {
    if (!Number.isFinite(x6) && hasOwn.call(o1, "position")) return false;
  }
  for (const k8 in o1) {
    if (!hasOwn.call(o1, k8)) continue;
    const x9 = o1[k8];
    if (x9 === void 0) continue;
    if (k8 !== "title" && k8 !== "section" && k8 !== "position") {
      return false;
    }
  }
  return true;
}
function check$UpdateCategoryRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.title;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x3 = o1.section;
    if (x3 !== void 0) {
      if (x3 !== "guide" && x3 !== "reference" && hasOwn.call(o1, "section")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$section_type_28a6e9);
        } else {
          if (x3 !== "guide" && x3 !== "reference") s = reportFixed(s, p, issue$section_enum_3e8d00);
        }
      }
    }
    const x4 = o1.position;
    if (x4 !== void 0) {
      if (!Number.isFinite(x4) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    for (const k5 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k5)) continue;
      const x6 = o1[k5];
      if (x6 === void 0) continue;
      if (k5 !== "title" && k5 !== "section" && k5 !== "position") {
        s = report(s, p, [k5], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline16(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline16(x2, d + 1)) s = check$$inline16(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline19(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "category") ? o1.category : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$564e25.test(x4)) return false;
  for (const k5 in o3) {
    if (!hasOwn.call(o3, k5)) continue;
    const x6 = o3[k5];
    if (x6 === void 0) continue;
    if (k5 !== "uri") {
      return false;
    }
  }
  const x7 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) return false;
  const o8 = x7;
  const x9 = hasOwn.call(o8, "uri") ? o8.uri : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  if (!pattern$5b79dc.test(x9)) return false;
  for (const k10 in o8) {
    if (!hasOwn.call(o8, k10)) continue;
    const x11 = o8[k10];
    if (x11 === void 0) continue;
    if (k10 !== "uri") {
      return false;
    }
  }
  const x12 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  if (x12.length < 1) return false;
  const x17 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x17 === void 0) return false;
  if (typeof x17 !== "string") return false;
  const x18 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x18 === void 0) return false;
  if (typeof x18 !== "string") return false;
  if (!formats.isDateTime(x18)) return false;
  const x19 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x19 === void 0) return false;
  if (typeof x19 !== "string") return false;
  if (!pattern$5b79dc.test(x19)) return false;
  for (const k20 in o1) {
    if (!hasOwn.call(o1, k20)) continue;
    const x21 = o1[k20];
    if (x21 === void 0) continue;
    if (k20 !== "category" && k20 !== "parent" && k20 !== "slug" && k20 !== "title" && k20 !== "updated_at" && k20 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline19(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "category") ? o1.category : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$category_required_fe6d0d);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$category_type_46ec91);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$category_uri_required_356de6);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$category_uri_type_60c2ee);
          } else {
            if (!pattern$564e25.test(x4)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
          }
        }
        for (const k5 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k5)) continue;
          const x6 = o3[k5];
          if (x6 === void 0) continue;
          if (k5 !== "uri") {
            s = report(s, p, ["category", k5], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x7 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
    if (x7 === void 0) {
      s = reportFixed(s, p, issue$parent_required_e62704);
    } else {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        s = reportFixed(s, p, issue$parent_type_416983);
      } else {
        const o8 = x7;
        const x9 = hasOwn.call(o8, "uri") ? o8.uri : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$parent_uri_required_aa2d96);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
          } else {
            if (!pattern$5b79dc.test(x9)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
          }
        }
        for (const k10 in o8) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o8, k10)) continue;
          const x11 = o8[k10];
          if (x11 === void 0) continue;
          if (k10 !== "uri") {
            s = report(s, p, ["parent", k10], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x12 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x12 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
      if (typeof x12 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      } else {
        if (x12.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
      }
    }
    const x17 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x17 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x17 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x18 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x18 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x18 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x18)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x19 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x19 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x19 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$5b79dc.test(x19)) s = reportFixed(s, p, issue$uri_pattern_3c1f1a);
      }
    }
    for (const k20 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k20)) continue;
      const x21 = o1[k20];
      if (x21 === void 0) continue;
      if (k20 !== "category" && k20 !== "parent" && k20 !== "slug" && k20 !== "title" && k20 !== "updated_at" && k20 !== "uri") {
        s = report(s, p, [k20], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline18(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline19(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline18(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline19(x3, d + 1)) s = check$$inline19(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetCategoryPagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline18(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetCategoryPagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline18(x3, d + 1)) s = check$$inline18(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline22(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "image") ? o1.image : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const o4 = x3;
  const x5 = hasOwn.call(o4, "uri") ? o4.uri : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  if (!pattern$903722.test(x5)) return false;
  const x6 = hasOwn.call(o4, "url") ? o4.url : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  if (!formats.isUri(x6)) return false;
  for (const k7 in o4) {
    if (!hasOwn.call(o4, k7)) continue;
    const x8 = o4[k7];
    if (x8 === void 0) continue;
    if (k7 !== "uri" && k7 !== "url") {
      return false;
    }
  }
  const x9 = hasOwn.call(o1, "keywords") ? o1.keywords : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "description" && k11 !== "image" && k11 !== "keywords" && k11 !== "title") {
      return false;
    }
  }
  return true;
}
function check$$inline22(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x3 = hasOwn.call(o1, "image") ? o1.image : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$image_required_cb140f);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$image_type_d29e7a);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "uri") ? o4.uri : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$image_uri_required_87ce76);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$image_uri_type_3fa499);
          } else {
            if (!pattern$903722.test(x5)) s = reportFixed(s, p, issue$image_uri_pattern_e7c9fb);
          }
        }
        const x6 = hasOwn.call(o4, "url") ? o4.url : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$image_url_required_6002d8);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$image_url_type_5cd8a9);
          } else {
            if (!formats.isUri(x6)) s = reportFixed(s, p, issue$image_url_format_27c883);
          }
        }
        for (const k7 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k7)) continue;
          const x8 = o4[k7];
          if (x8 === void 0) continue;
          if (k7 !== "uri" && k7 !== "url") {
            s = report(s, p, ["image", k7], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x9 = hasOwn.call(o1, "keywords") ? o1.keywords : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$keywords_required_ec10f3);
    } else {
      if (typeof x9 !== "string") {
        s = reportFixed(s, p, issue$keywords_type_bf129c);
      }
    }
    const x10 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x10 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "description" && k11 !== "image" && k11 !== "keywords" && k11 !== "title") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline21(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = o3.fullscreen;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o3, "fullscreen")) return false;
  }
  for (const k6 in o3) {
    if (!hasOwn.call(o3, k6)) continue;
    const x7 = o3[k6];
    if (x7 === void 0) continue;
    if (k6 !== "fullscreen") {
      return false;
    }
  }
  const x8 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
  const o9 = x8;
  const x10 = hasOwn.call(o9, "body") ? o9.body : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  const x11 = o9.type;
  if (x11 !== void 0) {
    if (x11 !== "markdown" && x11 !== "html" && hasOwn.call(o9, "type")) return false;
  }
  for (const k13 in o9) {
    if (!hasOwn.call(o9, k13)) continue;
    const x14 = o9[k13];
    if (x14 === void 0) continue;
    if (k13 !== "body" && k13 !== "type") {
      return false;
    }
  }
  const x15 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
  if (x15 === void 0) return false;
  if (!is$$inline22(x15, d + 1)) return false;
  const x16 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) return false;
  const o17 = x16;
  const x18 = o17.view;
  if (x18 !== void 0) {
    if (x18 !== "public" && x18 !== "anyone_with_link" && hasOwn.call(o17, "view")) return false;
  }
  for (const k20 in o17) {
    if (!hasOwn.call(o17, k20)) continue;
    const x21 = o17[k20];
    if (x21 === void 0) continue;
    if (k20 !== "view") {
      return false;
    }
  }
  const x22 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x22 === void 0) return false;
  if (typeof x22 !== "string") return false;
  if (!pattern$53f863.test(x22)) return false;
  const x23 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x23 === void 0) return false;
  if (typeof x23 !== "string") return false;
  const x24 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x24 === void 0) return false;
  if (typeof x24 !== "object" || x24 === null || Array.isArray(x24)) return false;
  const o25 = x24;
  const x26 = hasOwn.call(o25, "project") ? o25.project : void 0;
  if (x26 === void 0) return false;
  if (typeof x26 !== "string") return false;
  if (!pattern$fcf4d6.test(x26)) return false;
  for (const k27 in o25) {
    if (!hasOwn.call(o25, k27)) continue;
    const x28 = o25[k27];
    if (x28 === void 0) continue;
    if (k27 !== "project") {
      return false;
    }
  }
  const x29 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
  if (x29 === void 0) return false;
  if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) return false;
  const o30 = x29;
  const x31 = o30.status;
  if (x31 !== void 0) {
    if (typeof x31 !== "boolean" && hasOwn.call(o30, "status")) return false;
  }
  const x33 = o30.error;
  if (x33 !== void 0) {
    if (typeof x33 !== "string" && hasOwn.call(o30, "error")) return false;
  }
  const x35 = o30.message;
  if (x35 !== void 0) {
    if (typeof x35 !== "string" && hasOwn.call(o30, "message")) return false;
  }
  for (const k37 in o30) {
    if (!hasOwn.call(o30, k37)) continue;
    const x38 = o30[k37];
    if (x38 === void 0) continue;
    if (k37 !== "status" && k37 !== "error" && k37 !== "message") {
      return false;
    }
  }
  const x39 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x39 === void 0) return false;
  if (typeof x39 !== "string") return false;
  if (!formats.isDateTime(x39)) return false;
  const x40 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x40 === void 0) return false;
  if (typeof x40 !== "string") return false;
  if (!pattern$c07e7c.test(x40)) return false;
  for (const k41 in o1) {
    if (!hasOwn.call(o1, k41)) continue;
    const x42 = o1[k41];
    if (x42 === void 0) continue;
    if (!allowed$e46f0f.has(k41)) {
      return false;
    }
  }
  return true;
}
function check$$inline21(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$appearance_type_213b91);
      } else {
        const o3 = x2;
        const x4 = o3.fullscreen;
        if (x4 !== void 0) {
          if (typeof x4 !== "boolean" && hasOwn.call(o3, "fullscreen")) {
            s = reportFixed(s, p, issue$appearance_fullscreen_type_525193);
          }
        }
        for (const k5 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k5)) continue;
          const x6 = o3[k5];
          if (x6 === void 0) continue;
          if (k5 !== "fullscreen") {
            s = report(s, p, ["appearance", k5], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x7 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x7 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        s = reportFixed(s, p, issue$content_type_ce2684);
      } else {
        const o8 = x7;
        const x9 = hasOwn.call(o8, "body") ? o8.body : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$content_body_required_59062e);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$content_body_type_807432);
          }
        }
        const x10 = o8.type;
        if (x10 !== void 0) {
          if (x10 !== "markdown" && x10 !== "html" && hasOwn.call(o8, "type")) {
            if (typeof x10 !== "string") {
              s = reportFixed(s, p, issue$content_type_type_8c4105);
            } else {
              if (x10 !== "markdown" && x10 !== "html") s = reportFixed(s, p, issue$content_type_enum_4ac096);
            }
          }
        }
        for (const k11 in o8) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o8, k11)) continue;
          const x12 = o8[k11];
          if (x12 === void 0) continue;
          if (k11 !== "body" && k11 !== "type") {
            s = report(s, p, ["content", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$metadata_required_a1e739);
    } else {
      if (!is$$inline22(x13, d + 1)) s = check$$inline22(x13, below(p, ["metadata"]), s, d + 1);
    }
    const x14 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o15 = x14;
        const x16 = o15.view;
        if (x16 !== void 0) {
          if (x16 !== "public" && x16 !== "anyone_with_link" && hasOwn.call(o15, "view")) {
            if (typeof x16 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x16 !== "public" && x16 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
            }
          }
        }
        for (const k17 in o15) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o15, k17)) continue;
          const x18 = o15[k17];
          if (x18 === void 0) continue;
          if (k17 !== "view") {
            s = report(s, p, ["privacy", k17], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x19 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x19 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x19 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      } else {
        if (!pattern$53f863.test(x19)) s = reportFixed(s, p, issue$slug_pattern_f75e56);
      }
    }
    const x20 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x21 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x21 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x21 !== "object" || x21 === null || Array.isArray(x21)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o22 = x21;
        const x23 = hasOwn.call(o22, "project") ? o22.project : void 0;
        if (x23 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x23 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x23)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k24 in o22) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o22, k24)) continue;
          const x25 = o22[k24];
          if (x25 === void 0) continue;
          if (k24 !== "project") {
            s = report(s, p, ["links", k24], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x26 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
    if (x26 === void 0) {
      s = reportFixed(s, p, issue$renderable_required_ae4771);
    } else {
      if (typeof x26 !== "object" || x26 === null || Array.isArray(x26)) {
        s = reportFixed(s, p, issue$renderable_type_3bd07d);
      } else {
        const o27 = x26;
        const x28 = o27.status;
        if (x28 !== void 0) {
          if (typeof x28 !== "boolean" && hasOwn.call(o27, "status")) {
            s = reportFixed(s, p, issue$renderable_status_type_0dbbcd);
          }
        }
        const x29 = o27.error;
        if (x29 !== void 0) {
          if (typeof x29 !== "string" && hasOwn.call(o27, "error")) {
            s = reportFixed(s, p, issue$renderable_error_type_ba62ca);
          }
        }
        const x30 = o27.message;
        if (x30 !== void 0) {
          if (typeof x30 !== "string" && hasOwn.call(o27, "message")) {
            s = reportFixed(s, p, issue$renderable_message_type_41918e);
          }
        }
        for (const k31 in o27) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o27, k31)) continue;
          const x32 = o27[k31];
          if (x32 === void 0) continue;
          if (k31 !== "status" && k31 !== "error" && k31 !== "message") {
            s = report(s, p, ["renderable", k31], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x33 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x33 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x33 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x33)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x34 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x34 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x34 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$c07e7c.test(x34)) s = reportFixed(s, p, issue$uri_pattern_341844);
      }
    }
    for (const k35 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k35)) continue;
      const x36 = o1[k35];
      if (x36 === void 0) continue;
      if (!allowed$e46f0f.has(k35)) {
        s = report(s, p, [k35], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline20(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline21(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline20(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline21(x3, d + 1)) s = check$$inline21(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetCustomPagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline20(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetCustomPagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline20(x3, d + 1)) s = check$$inline20(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline23(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.description;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "description")) return false;
  }
  const x4 = o1.image;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "image")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = o6.uri;
      if (x7 !== void 0) {
        property8: {
          if (typeof x7 !== "string") {
            if (hasOwn.call(o6, "uri")) {
              if (hasOwn.call(o1, "image")) return false;
              break property5;
            }
            break property8;
          }
          if (!pattern$903722.test(x7)) {
            if (hasOwn.call(o6, "uri")) {
              if (hasOwn.call(o1, "image")) return false;
              break property5;
            }
            break property8;
          }
        }
      }
      const x9 = o6.url;
      if (x9 !== void 0) {
        property10: {
          if (typeof x9 !== "string") {
            if (hasOwn.call(o6, "url")) {
              if (hasOwn.call(o1, "image")) return false;
              break property5;
            }
            break property10;
          }
          if (!formats.isUri(x9)) {
            if (hasOwn.call(o6, "url")) {
              if (hasOwn.call(o1, "image")) return false;
              break property5;
            }
            break property10;
          }
        }
      }
      for (const k11 in o6) {
        if (!hasOwn.call(o6, k11)) continue;
        const x12 = o6[k11];
        if (x12 === void 0) continue;
        if (k11 !== "uri" && k11 !== "url") {
          {
            if (hasOwn.call(o1, "image")) return false;
            break property5;
          }
        }
      }
    }
  }
  const x13 = o1.keywords;
  if (x13 !== void 0) {
    if (typeof x13 !== "string" && hasOwn.call(o1, "keywords")) return false;
  }
  const x15 = o1.title;
  if (x15 !== void 0) {
    if (typeof x15 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  for (const k17 in o1) {
    if (!hasOwn.call(o1, k17)) continue;
    const x18 = o1[k17];
    if (x18 === void 0) continue;
    if (k17 !== "description" && k17 !== "image" && k17 !== "keywords" && k17 !== "title") {
      return false;
    }
  }
  return true;
}
function check$$inline23(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.description;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "description")) {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x3 = o1.image;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "image")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          s = reportFixed(s, p, issue$image_type_d29e7a);
        } else {
          const o4 = x3;
          const x5 = o4.uri;
          if (x5 !== void 0) {
            if (hasOwn.call(o4, "uri")) {
              if (typeof x5 !== "string") {
                s = reportFixed(s, p, issue$image_uri_type_3fa499);
              } else {
                if (!pattern$903722.test(x5)) s = reportFixed(s, p, issue$image_uri_pattern_e7c9fb);
              }
            }
          }
          const x6 = o4.url;
          if (x6 !== void 0) {
            if (hasOwn.call(o4, "url")) {
              if (typeof x6 !== "string") {
                s = reportFixed(s, p, issue$image_url_type_5cd8a9);
              } else {
                if (!formats.isUri(x6)) s = reportFixed(s, p, issue$image_url_format_27c883);
              }
            }
          }
          for (const k7 in o4) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o4, k7)) continue;
            const x8 = o4[k7];
            if (x8 === void 0) continue;
            if (k7 !== "uri" && k7 !== "url") {
              s = report(s, p, ["image", k7], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x9 = o1.keywords;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, "keywords")) {
        s = reportFixed(s, p, issue$keywords_type_bf129c);
      }
    }
    const x10 = o1.title;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "description" && k11 !== "image" && k11 !== "keywords" && k11 !== "title") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateCustomPageRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.appearance;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.fullscreen;
      if (x5 !== void 0) {
        if (typeof x5 !== "boolean" && hasOwn.call(o4, "fullscreen")) {
          if (hasOwn.call(o1, "appearance")) return false;
          break property3;
        }
      }
      for (const k7 in o4) {
        if (!hasOwn.call(o4, k7)) continue;
        const x8 = o4[k7];
        if (x8 === void 0) continue;
        if (k7 !== "fullscreen") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x9 = o1.content;
  if (x9 !== void 0) {
    property10: {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        if (hasOwn.call(o1, "content")) return false;
        break property10;
      }
      const o11 = x9;
      const x12 = o11.body;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o11, "body")) {
          if (hasOwn.call(o1, "content")) return false;
          break property10;
        }
      }
      const x14 = o11.type;
      if (x14 !== void 0) {
        if (x14 !== "markdown" && x14 !== "html" && hasOwn.call(o11, "type")) {
          if (hasOwn.call(o1, "content")) return false;
          break property10;
        }
      }
      for (const k16 in o11) {
        if (!hasOwn.call(o11, k16)) continue;
        const x17 = o11[k16];
        if (x17 === void 0) continue;
        if (k16 !== "body" && k16 !== "type") {
          {
            if (hasOwn.call(o1, "content")) return false;
            break property10;
          }
        }
      }
    }
  }
  const x18 = o1.metadata;
  if (x18 !== void 0) {
    if (!is$$inline23(x18, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x20 = o1.privacy;
  if (x20 !== void 0) {
    property21: {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property21;
      }
      const o22 = x20;
      const x23 = o22.view;
      if (x23 !== void 0) {
        if (x23 !== "public" && x23 !== "anyone_with_link" && hasOwn.call(o22, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property21;
        }
      }
      for (const k25 in o22) {
        if (!hasOwn.call(o22, k25)) continue;
        const x26 = o22[k25];
        if (x26 === void 0) continue;
        if (k25 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property21;
          }
        }
      }
    }
  }
  const x27 = o1.slug;
  if (x27 !== void 0) {
    property28: {
      if (typeof x27 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property28;
      }
      if (!pattern$53f863.test(x27)) {
        if (hasOwn.call(o1, "slug")) return false;
        break property28;
      }
    }
  }
  const x29 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x29 === void 0) return false;
  if (typeof x29 !== "string") return false;
  for (const k30 in o1) {
    if (!hasOwn.call(o1, k30)) continue;
    const x31 = o1[k30];
    if (x31 === void 0) continue;
    if (k30 !== "appearance" && k30 !== "content" && k30 !== "metadata" && k30 !== "privacy" && k30 !== "slug" && k30 !== "title") {
      return false;
    }
  }
  return true;
}
function check$CreateCustomPageRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.appearance;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o3 = x2;
          const x4 = o3.fullscreen;
          if (x4 !== void 0) {
            if (typeof x4 !== "boolean" && hasOwn.call(o3, "fullscreen")) {
              s = reportFixed(s, p, issue$appearance_fullscreen_type_525193);
            }
          }
          for (const k5 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k5)) continue;
            const x6 = o3[k5];
            if (x6 === void 0) continue;
            if (k5 !== "fullscreen") {
              s = report(s, p, ["appearance", k5], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x7 = o1.content;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "content")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          s = reportFixed(s, p, issue$content_type_ce2684);
        } else {
          const o8 = x7;
          const x9 = o8.body;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o8, "body")) {
              s = reportFixed(s, p, issue$content_body_type_807432);
            }
          }
          const x10 = o8.type;
          if (x10 !== void 0) {
            if (x10 !== "markdown" && x10 !== "html" && hasOwn.call(o8, "type")) {
              if (typeof x10 !== "string") {
                s = reportFixed(s, p, issue$content_type_type_8c4105);
              } else {
                if (x10 !== "markdown" && x10 !== "html") s = reportFixed(s, p, issue$content_type_enum_4ac096);
              }
            }
          }
          for (const k11 in o8) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o8, k11)) continue;
            const x12 = o8[k11];
            if (x12 === void 0) continue;
            if (k11 !== "body" && k11 !== "type") {
              s = report(s, p, ["content", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = o1.metadata;
    if (x13 !== void 0) {
      if (!is$$inline23(x13, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline23(x13, below(p, ["metadata"]), s, d + 1);
    }
    const x14 = o1.privacy;
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o15 = x14;
          const x16 = o15.view;
          if (x16 !== void 0) {
            if (x16 !== "public" && x16 !== "anyone_with_link" && hasOwn.call(o15, "view")) {
              if (typeof x16 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x16 !== "public" && x16 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k17 in o15) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o15, k17)) continue;
            const x18 = o15[k17];
            if (x18 === void 0) continue;
            if (k17 !== "view") {
              s = report(s, p, ["privacy", k17], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x19 = o1.slug;
    if (x19 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x19 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (!pattern$53f863.test(x19)) s = reportFixed(s, p, issue$slug_pattern_f75e56);
        }
      }
    }
    const x20 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    for (const k21 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k21)) continue;
      const x22 = o1[k21];
      if (x22 === void 0) continue;
      if (k21 !== "appearance" && k21 !== "content" && k21 !== "metadata" && k21 !== "privacy" && k21 !== "slug" && k21 !== "title") {
        s = report(s, p, [k21], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline21(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline21(x2, d + 1)) s = check$$inline21(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline21(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline21(x2, d + 1)) s = check$$inline21(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateCustomPageRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.appearance;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.fullscreen;
      if (x5 !== void 0) {
        if (typeof x5 !== "boolean" && hasOwn.call(o4, "fullscreen")) {
          if (hasOwn.call(o1, "appearance")) return false;
          break property3;
        }
      }
      for (const k7 in o4) {
        if (!hasOwn.call(o4, k7)) continue;
        const x8 = o4[k7];
        if (x8 === void 0) continue;
        if (k7 !== "fullscreen") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x9 = o1.content;
  if (x9 !== void 0) {
    property10: {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        if (hasOwn.call(o1, "content")) return false;
        break property10;
      }
      const o11 = x9;
      const x12 = o11.body;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o11, "body")) {
          if (hasOwn.call(o1, "content")) return false;
          break property10;
        }
      }
      const x14 = o11.type;
      if (x14 !== void 0) {
        if (x14 !== "markdown" && x14 !== "html" && hasOwn.call(o11, "type")) {
          if (hasOwn.call(o1, "content")) return false;
          break property10;
        }
      }
      for (const k16 in o11) {
        if (!hasOwn.call(o11, k16)) continue;
        const x17 = o11[k16];
        if (x17 === void 0) continue;
        if (k16 !== "body" && k16 !== "type") {
          {
            if (hasOwn.call(o1, "content")) return false;
            break property10;
          }
        }
      }
    }
  }
  const x18 = o1.metadata;
  if (x18 !== void 0) {
    if (!is$$inline23(x18, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x20 = o1.privacy;
  if (x20 !== void 0) {
    property21: {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property21;
      }
      const o22 = x20;
      const x23 = o22.view;
      if (x23 !== void 0) {
        if (x23 !== "public" && x23 !== "anyone_with_link" && hasOwn.call(o22, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property21;
        }
      }
      for (const k25 in o22) {
        if (!hasOwn.call(o22, k25)) continue;
        const x26 = o22[k25];
        if (x26 === void 0) continue;
        if (k25 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property21;
          }
        }
      }
    }
  }
  const x27 = o1.slug;
  if (x27 !== void 0) {
    property28: {
      if (typeof x27 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property28;
      }
      if (!pattern$53f863.test(x27)) {
        if (hasOwn.call(o1, "slug")) return false;
        break property28;
      }
    }
  }
  const x29 = o1.title;
  if (x29 !== void 0) {
    if (typeof x29 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  for (const k31 in o1) {
    if (!hasOwn.call(o1, k31)) continue;
    const x32 = o1[k31];
    if (x32 === void 0) continue;
    if (k31 !== "appearance" && k31 !== "content" && k31 !== "metadata" && k31 !== "privacy" && k31 !== "slug" && k31 !== "title") {
      return false;
    }
  }
  return true;
}
function check$UpdateCustomPageRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.appearance;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o3 = x2;
          const x4 = o3.fullscreen;
          if (x4 !== void 0) {
            if (typeof x4 !== "boolean" && hasOwn.call(o3, "fullscreen")) {
              s = reportFixed(s, p, issue$appearance_fullscreen_type_525193);
            }
          }
          for (const k5 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k5)) continue;
            const x6 = o3[k5];
            if (x6 === void 0) continue;
            if (k5 !== "fullscreen") {
              s = report(s, p, ["appearance", k5], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x7 = o1.content;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "content")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          s = reportFixed(s, p, issue$content_type_ce2684);
        } else {
          const o8 = x7;
          const x9 = o8.body;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o8, "body")) {
              s = reportFixed(s, p, issue$content_body_type_807432);
            }
          }
          const x10 = o8.type;
          if (x10 !== void 0) {
            if (x10 !== "markdown" && x10 !== "html" && hasOwn.call(o8, "type")) {
              if (typeof x10 !== "string") {
                s = reportFixed(s, p, issue$content_type_type_8c4105);
              } else {
                if (x10 !== "markdown" && x10 !== "html") s = reportFixed(s, p, issue$content_type_enum_4ac096);
              }
            }
          }
          for (const k11 in o8) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o8, k11)) continue;
            const x12 = o8[k11];
            if (x12 === void 0) continue;
            if (k11 !== "body" && k11 !== "type") {
              s = report(s, p, ["content", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = o1.metadata;
    if (x13 !== void 0) {
      if (!is$$inline23(x13, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline23(x13, below(p, ["metadata"]), s, d + 1);
    }
    const x14 = o1.privacy;
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o15 = x14;
          const x16 = o15.view;
          if (x16 !== void 0) {
            if (x16 !== "public" && x16 !== "anyone_with_link" && hasOwn.call(o15, "view")) {
              if (typeof x16 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x16 !== "public" && x16 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k17 in o15) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o15, k17)) continue;
            const x18 = o15[k17];
            if (x18 === void 0) continue;
            if (k17 !== "view") {
              s = report(s, p, ["privacy", k17], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x19 = o1.slug;
    if (x19 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x19 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (!pattern$53f863.test(x19)) s = reportFixed(s, p, issue$slug_pattern_f75e56);
        }
      }
    }
    const x20 = o1.title;
    if (x20 !== void 0) {
      if (typeof x20 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    for (const k21 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k21)) continue;
      const x22 = o1[k21];
      if (x22 === void 0) continue;
      if (k21 !== "appearance" && k21 !== "content" && k21 !== "metadata" && k21 !== "privacy" && k21 !== "slug" && k21 !== "title") {
        s = report(s, p, [k21], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline21(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline21(x2, d + 1)) s = check$$inline21(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline27(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = hasOwn.call(o7, "slug") ? o7.slug : void 0;
      if (x8 === void 0) break failed6;
      if (typeof x8 !== "string") break failed6;
      const x9 = hasOwn.call(o7, "title") ? o7.title : void 0;
      if (x9 === void 0) break failed6;
      if (typeof x9 !== "string") break failed6;
      const x10 = hasOwn.call(o7, "type") ? o7.type : void 0;
      if (x10 === void 0) break failed6;
      if (x10 !== "basic" && x10 !== "endpoint") break failed6;
      for (const k11 in o7) {
        if (!hasOwn.call(o7, k11)) continue;
        const x12 = o7[k11];
        if (x12 === void 0) continue;
        if (k11 !== "slug" && k11 !== "title" && k11 !== "type") {
          break failed6;
        }
      }
      break passed5;
    }
    failed13: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed13;
      const o14 = v;
      const x15 = hasOwn.call(o14, "title") ? o14.title : void 0;
      if (x15 === void 0) break failed13;
      if (typeof x15 !== "string") break failed13;
      const x16 = hasOwn.call(o14, "type") ? o14.type : void 0;
      if (x16 === void 0) break failed13;
      if (x16 !== "link") break failed13;
      const x17 = hasOwn.call(o14, "url") ? o14.url : void 0;
      if (x17 === void 0) break failed13;
      if (typeof x17 !== "string") break failed13;
      for (const k18 in o14) {
        if (!hasOwn.call(o14, k18)) continue;
        const x19 = o14[k18];
        if (x19 === void 0) continue;
        if (k18 !== "title" && k18 !== "type" && k18 !== "url") {
          break failed13;
        }
      }
      break passed5;
    }
    return false;
  }
  return true;
}
function check$$inline27(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = hasOwn.call(o7, "slug") ? o7.slug : void 0;
      if (x8 === void 0) break failed6;
      if (typeof x8 !== "string") break failed6;
      const x9 = hasOwn.call(o7, "title") ? o7.title : void 0;
      if (x9 === void 0) break failed6;
      if (typeof x9 !== "string") break failed6;
      const x10 = hasOwn.call(o7, "type") ? o7.type : void 0;
      if (x10 === void 0) break failed6;
      if (x10 !== "basic" && x10 !== "endpoint") break failed6;
      for (const k11 in o7) {
        if (!hasOwn.call(o7, k11)) continue;
        const x12 = o7[k11];
        if (x12 === void 0) continue;
        if (k11 !== "slug" && k11 !== "title" && k11 !== "type") {
          break failed6;
        }
      }
      break passed5;
    }
    failed13: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed13;
      const o14 = v;
      const x15 = hasOwn.call(o14, "title") ? o14.title : void 0;
      if (x15 === void 0) break failed13;
      if (typeof x15 !== "string") break failed13;
      const x16 = hasOwn.call(o14, "type") ? o14.type : void 0;
      if (x16 === void 0) break failed13;
      if (x16 !== "link") break failed13;
      const x17 = hasOwn.call(o14, "url") ? o14.url : void 0;
      if (x17 === void 0) break failed13;
      if (typeof x17 !== "string") break failed13;
      for (const k18 in o14) {
        if (!hasOwn.call(o14, k18)) continue;
        const x19 = o14[k18];
        if (x19 === void 0) continue;
        if (k18 !== "title" && k18 !== "type" && k18 !== "url") {
          break failed13;
        }
      }
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$$inline26(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline27(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline26(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline27(x3, d + 1)) s = check$$inline27(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline25(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.description;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "description")) return false;
  }
  const x4 = o1.pages;
  if (x4 !== void 0) {
    if (!is$$inline26(x4, d + 1) && hasOwn.call(o1, "pages")) return false;
  }
  for (const k6 in o1) {
    if (!hasOwn.call(o1, k6)) continue;
    const x7 = o1[k6];
    if (x7 === void 0) continue;
    if (k6 !== "description" && k6 !== "pages") {
      return false;
    }
  }
  return true;
}
function check$$inline25(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.description;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "description")) {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x3 = o1.pages;
    if (x3 !== void 0) {
      if (!is$$inline26(x3, d + 1) && hasOwn.call(o1, "pages")) s = check$$inline26(x3, below(p, ["pages"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "description" && k4 !== "pages") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline24(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.body;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "body")) return false;
  }
  const x4 = o1.excerpt;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "excerpt")) return false;
  }
  const x6 = o1.link;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "link")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.url;
      if (x9 !== void 0) {
        if (typeof x9 !== "string" && hasOwn.call(o8, "url")) {
          if (hasOwn.call(o1, "link")) return false;
          break property7;
        }
      }
      const x11 = o8.new_tab;
      if (x11 !== void 0) {
        if (typeof x11 !== "boolean" && hasOwn.call(o8, "new_tab")) {
          if (hasOwn.call(o1, "link")) return false;
          break property7;
        }
      }
      for (const k13 in o8) {
        if (!hasOwn.call(o8, k13)) continue;
        const x14 = o8[k13];
        if (x14 === void 0) continue;
        if (k13 !== "url" && k13 !== "new_tab") {
          {
            if (hasOwn.call(o1, "link")) return false;
            break property7;
          }
        }
      }
    }
  }
  const x15 = o1.next;
  if (x15 !== void 0) {
    if (!is$$inline25(x15, d + 1) && hasOwn.call(o1, "next")) return false;
  }
  for (const k17 in o1) {
    if (!hasOwn.call(o1, k17)) continue;
    const x18 = o1[k17];
    if (x18 === void 0) continue;
    if (k17 !== "body" && k17 !== "excerpt" && k17 !== "link" && k17 !== "next") {
      return false;
    }
  }
  return true;
}
function check$$inline24(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.body;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "body")) {
        s = reportFixed(s, p, issue$body_type_35015b);
      }
    }
    const x3 = o1.excerpt;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "excerpt")) {
        s = reportFixed(s, p, issue$excerpt_type_8a9f37);
      }
    }
    const x4 = o1.link;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "link")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          s = reportFixed(s, p, issue$link_type_b8d1b3);
        } else {
          const o5 = x4;
          const x6 = o5.url;
          if (x6 !== void 0) {
            if (typeof x6 !== "string" && hasOwn.call(o5, "url")) {
              s = reportFixed(s, p, issue$link_url_type_45bef4);
            }
          }
          const x7 = o5.new_tab;
          if (x7 !== void 0) {
            if (typeof x7 !== "boolean" && hasOwn.call(o5, "new_tab")) {
              s = reportFixed(s, p, issue$link_new_tab_type_ce9418);
            }
          }
          for (const k8 in o5) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o5, k8)) continue;
            const x9 = o5[k8];
            if (x9 === void 0) continue;
            if (k8 !== "url" && k8 !== "new_tab") {
              s = report(s, p, ["link", k8], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x10 = o1.next;
    if (x10 !== void 0) {
      if (!is$$inline25(x10, d + 1) && hasOwn.call(o1, "next")) s = check$$inline25(x10, below(p, ["next"]), s, d + 1);
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "body" && k11 !== "excerpt" && k11 !== "link" && k11 !== "next") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline28(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.description;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "description")) return false;
  }
  const x4 = o1.keywords;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "keywords")) return false;
  }
  const x6 = o1.title;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x8 = o1.image;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        if (hasOwn.call(o1, "image")) return false;
        break property9;
      }
      const o10 = x8;
      const x11 = o10.uri;
      if (x11 !== void 0) {
        property12: {
          if (typeof x11 !== "string") {
            if (hasOwn.call(o10, "uri")) {
              if (hasOwn.call(o1, "image")) return false;
              break property9;
            }
            break property12;
          }
          if (!pattern$903722.test(x11)) {
            if (hasOwn.call(o10, "uri")) {
              if (hasOwn.call(o1, "image")) return false;
              break property9;
            }
            break property12;
          }
        }
      }
      for (const k13 in o10) {
        if (!hasOwn.call(o10, k13)) continue;
        const x14 = o10[k13];
        if (x14 === void 0) continue;
        if (k13 !== "uri") {
          {
            if (hasOwn.call(o1, "image")) return false;
            break property9;
          }
        }
      }
    }
  }
  for (const k15 in o1) {
    if (!hasOwn.call(o1, k15)) continue;
    const x16 = o1[k15];
    if (x16 === void 0) continue;
    if (k15 !== "description" && k15 !== "keywords" && k15 !== "title" && k15 !== "image") {
      return false;
    }
  }
  return true;
}
function check$$inline28(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.description;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "description")) {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x3 = o1.keywords;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "keywords")) {
        s = reportFixed(s, p, issue$keywords_type_bf129c);
      }
    }
    const x4 = o1.title;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x5 = o1.image;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "image")) {
        if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
          s = reportFixed(s, p, issue$image_type_d29e7a);
        } else {
          const o6 = x5;
          const x7 = o6.uri;
          if (x7 !== void 0) {
            if (hasOwn.call(o6, "uri")) {
              if (typeof x7 !== "string") {
                s = reportFixed(s, p, issue$image_uri_type_3fa499);
              } else {
                if (!pattern$903722.test(x7)) s = reportFixed(s, p, issue$image_uri_pattern_e7c9fb);
              }
            }
          }
          for (const k8 in o6) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o6, k8)) continue;
            const x9 = o6[k8];
            if (x9 === void 0) continue;
            if (k8 !== "uri") {
              s = report(s, p, ["image", k8], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "description" && k10 !== "keywords" && k10 !== "title" && k10 !== "image") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateGuideRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = o1.appearance;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = o6.icon;
      if (x7 !== void 0) {
        property8: {
          if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
            if (hasOwn.call(o6, "icon")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property5;
            }
            break property8;
          }
          const o9 = x7;
          const x10 = o9.name;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o9, "name")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          const x12 = o9.type;
          if (x12 !== void 0) {
            if (x12 !== "icon" && x12 !== "emoji" && hasOwn.call(o9, "type")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          for (const k14 in o9) {
            if (!hasOwn.call(o9, k14)) continue;
            const x15 = o9[k14];
            if (x15 === void 0) continue;
            if (k14 !== "name" && k14 !== "type") {
              {
                if (hasOwn.call(o6, "icon")) {
                  if (hasOwn.call(o1, "appearance")) return false;
                  break property5;
                }
                break property8;
              }
            }
          }
        }
      }
      for (const k16 in o6) {
        if (!hasOwn.call(o6, k16)) continue;
        const x17 = o6[k16];
        if (x17 === void 0) continue;
        if (k16 !== "icon") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property5;
          }
        }
      }
    }
  }
  const x18 = hasOwn.call(o1, "category") ? o1.category : void 0;
  if (x18 === void 0) return false;
  if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) return false;
  const o19 = x18;
  const x20 = hasOwn.call(o19, "uri") ? o19.uri : void 0;
  if (x20 === void 0) return false;
  if (typeof x20 !== "string") return false;
  if (!pattern$564e25.test(x20)) return false;
  for (const k21 in o19) {
    if (!hasOwn.call(o19, k21)) continue;
    const x22 = o19[k21];
    if (x22 === void 0) continue;
    if (k21 !== "uri") {
      return false;
    }
  }
  const x23 = o1.content;
  if (x23 !== void 0) {
    if (!is$$inline24(x23, d + 1) && hasOwn.call(o1, "content")) return false;
  }
  const x25 = o1.metadata;
  if (x25 !== void 0) {
    if (!is$$inline28(x25, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x27 = o1.parent;
  if (x27 !== void 0) {
    property28: {
      if (typeof x27 !== "object" || x27 === null || Array.isArray(x27)) {
        if (hasOwn.call(o1, "parent")) return false;
        break property28;
      }
      const o29 = x27;
      const x30 = o29.uri;
      if (x30 !== void 0) {
        property31: {
          if (typeof x30 !== "string") {
            if (hasOwn.call(o29, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property28;
            }
            break property31;
          }
          if (!pattern$5b79dc.test(x30)) {
            if (hasOwn.call(o29, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property28;
            }
            break property31;
          }
        }
      }
      for (const k32 in o29) {
        if (!hasOwn.call(o29, k32)) continue;
        const x33 = o29[k32];
        if (x33 === void 0) continue;
        if (k32 !== "uri") {
          {
            if (hasOwn.call(o1, "parent")) return false;
            break property28;
          }
        }
      }
    }
  }
  const x34 = o1.privacy;
  if (x34 !== void 0) {
    property35: {
      if (typeof x34 !== "object" || x34 === null || Array.isArray(x34)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property35;
      }
      const o36 = x34;
      const x37 = o36.view;
      if (x37 !== void 0) {
        if (x37 !== "public" && x37 !== "anyone_with_link" && hasOwn.call(o36, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property35;
        }
      }
      for (const k39 in o36) {
        if (!hasOwn.call(o36, k39)) continue;
        const x40 = o36[k39];
        if (x40 === void 0) continue;
        if (k39 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property35;
          }
        }
      }
    }
  }
  const x41 = o1.slug;
  if (x41 !== void 0) {
    property42: {
      if (typeof x41 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property42;
      }
      if (x41.length < 1) {
        if (hasOwn.call(o1, "slug")) return false;
        break property42;
      }
    }
  }
  const x47 = o1.state;
  if (x47 !== void 0) {
    if (x47 !== "current" && x47 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x49 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x49 === void 0) return false;
  if (typeof x49 !== "string") return false;
  const x50 = o1.type;
  if (x50 !== void 0) {
    if (x50 !== "api_config" && x50 !== "basic" && x50 !== "endpoint" && x50 !== "link" && x50 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x52 = o1.position;
  if (x52 !== void 0) {
    if (!Number.isFinite(x52) && hasOwn.call(o1, "position")) return false;
  }
  for (const k54 in o1) {
    if (!hasOwn.call(o1, k54)) continue;
    const x55 = o1[k54];
    if (x55 === void 0) continue;
    if (!allowed$d444b0.has(k54)) {
      return false;
    }
  }
  return true;
}
function check$CreateGuideRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = o1.appearance;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o4 = x3;
          const x5 = o4.icon;
          if (x5 !== void 0) {
            if (hasOwn.call(o4, "icon")) {
              if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
                s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
              } else {
                const o6 = x5;
                const x7 = o6.name;
                if (x7 !== void 0) {
                  if (typeof x7 !== "string" && hasOwn.call(o6, "name")) {
                    s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
                  }
                }
                const x8 = o6.type;
                if (x8 !== void 0) {
                  if (x8 !== "icon" && x8 !== "emoji" && hasOwn.call(o6, "type")) {
                    if (typeof x8 !== "string") {
                      s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                    } else {
                      if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                    }
                  }
                }
                for (const k9 in o6) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o6, k9)) continue;
                  const x10 = o6[k9];
                  if (x10 === void 0) continue;
                  if (k9 !== "name" && k9 !== "type") {
                    s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
          for (const k11 in o4) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o4, k11)) continue;
            const x12 = o4[k11];
            if (x12 === void 0) continue;
            if (k11 !== "icon") {
              s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "category") ? o1.category : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$category_required_fe6d0d);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$category_type_46ec91);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "uri") ? o14.uri : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$category_uri_required_356de6);
        } else {
          if (typeof x15 !== "string") {
            s = reportFixed(s, p, issue$category_uri_type_60c2ee);
          } else {
            if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
          }
        }
        for (const k16 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k16)) continue;
          const x17 = o14[k16];
          if (x17 === void 0) continue;
          if (k16 !== "uri") {
            s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x18 = o1.content;
    if (x18 !== void 0) {
      if (!is$$inline24(x18, d + 1) && hasOwn.call(o1, "content")) s = check$$inline24(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = o1.metadata;
    if (x19 !== void 0) {
      if (!is$$inline28(x19, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline28(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = o1.parent;
    if (x20 !== void 0) {
      if (hasOwn.call(o1, "parent")) {
        if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
          s = reportFixed(s, p, issue$parent_type_416983);
        } else {
          const o21 = x20;
          const x22 = o21.uri;
          if (x22 !== void 0) {
            if (hasOwn.call(o21, "uri")) {
              if (typeof x22 !== "string") {
                s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
              } else {
                if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
              }
            }
          }
          for (const k23 in o21) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o21, k23)) continue;
            const x24 = o21[k23];
            if (x24 === void 0) continue;
            if (k23 !== "uri") {
              s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x25 = o1.privacy;
    if (x25 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o26 = x25;
          const x27 = o26.view;
          if (x27 !== void 0) {
            if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
              if (typeof x27 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k28 in o26) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o26, k28)) continue;
            const x29 = o26[k28];
            if (x29 === void 0) continue;
            if (k28 !== "view") {
              s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x30 = o1.slug;
    if (x30 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        }
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
        }
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x36 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x36 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = o1.position;
    if (x38 !== void 0) {
      if (!Number.isFinite(x38) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    for (const k39 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k39)) continue;
      const x40 = o1[k39];
      if (x40 === void 0) continue;
      if (!allowed$d444b0.has(k39)) {
        s = report(s, p, [k39], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline33(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = hasOwn.call(o7, "slug") ? o7.slug : void 0;
      if (x8 === void 0) break failed6;
      if (typeof x8 !== "string") break failed6;
      const x9 = hasOwn.call(o7, "title") ? o7.title : void 0;
      if (x9 === void 0) break failed6;
      if (typeof x9 !== "string") break failed6;
      const x10 = hasOwn.call(o7, "type") ? o7.type : void 0;
      if (x10 === void 0) break failed6;
      if (x10 !== "basic" && x10 !== "endpoint") break failed6;
      for (const k11 in o7) {
        if (!hasOwn.call(o7, k11)) continue;
        const x12 = o7[k11];
        if (x12 === void 0) continue;
        if (k11 !== "slug" && k11 !== "title" && k11 !== "type") {
          break failed6;
        }
      }
      break passed5;
    }
    failed13: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed13;
      const o14 = v;
      const x15 = hasOwn.call(o14, "title") ? o14.title : void 0;
      if (x15 === void 0) break failed13;
      if (typeof x15 !== "string") break failed13;
      const x16 = hasOwn.call(o14, "type") ? o14.type : void 0;
      if (x16 === void 0) break failed13;
      if (x16 !== "link") break failed13;
      const x17 = hasOwn.call(o14, "url") ? o14.url : void 0;
      if (x17 === void 0) break failed13;
      if (typeof x17 !== "string") break failed13;
      for (const k18 in o14) {
        if (!hasOwn.call(o14, k18)) continue;
        const x19 = o14[k18];
        if (x19 === void 0) continue;
        if (k18 !== "title" && k18 !== "type" && k18 !== "url") {
          break failed13;
        }
      }
      break passed5;
    }
    return false;
  }
  return true;
}
function check$$inline33(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = hasOwn.call(o7, "slug") ? o7.slug : void 0;
      if (x8 === void 0) break failed6;
      if (typeof x8 !== "string") break failed6;
      const x9 = hasOwn.call(o7, "title") ? o7.title : void 0;
      if (x9 === void 0) break failed6;
      if (typeof x9 !== "string") break failed6;
      const x10 = hasOwn.call(o7, "type") ? o7.type : void 0;
      if (x10 === void 0) break failed6;
      if (x10 !== "basic" && x10 !== "endpoint") break failed6;
      for (const k11 in o7) {
        if (!hasOwn.call(o7, k11)) continue;
        const x12 = o7[k11];
        if (x12 === void 0) continue;
        if (k11 !== "slug" && k11 !== "title" && k11 !== "type") {
          break failed6;
        }
      }
      break passed5;
    }
    failed13: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed13;
      const o14 = v;
      const x15 = hasOwn.call(o14, "title") ? o14.title : void 0;
      if (x15 === void 0) break failed13;
      if (typeof x15 !== "string") break failed13;
      const x16 = hasOwn.call(o14, "type") ? o14.type : void 0;
      if (x16 === void 0) break failed13;
      if (x16 !== "link") break failed13;
      const x17 = hasOwn.call(o14, "url") ? o14.url : void 0;
      if (x17 === void 0) break failed13;
      if (typeof x17 !== "string") break failed13;
      for (const k18 in o14) {
        if (!hasOwn.call(o14, k18)) continue;
        const x19 = o14[k18];
        if (x19 === void 0) continue;
        if (k18 !== "title" && k18 !== "type" && k18 !== "url") {
          break failed13;
        }
      }
      break passed5;
    }
    s = reportFixed(s, p, issue$anyOf_1827ca);
  }
  return s;
}
function is$$inline32(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline33(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline32(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline33(x3, d + 1)) s = check$$inline33(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline31(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "pages") ? o1.pages : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline32(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "description" && k4 !== "pages") {
      return false;
    }
  }
  return true;
}
function check$$inline31(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x3 = hasOwn.call(o1, "pages") ? o1.pages : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$pages_required_856129);
    } else {
      if (!is$$inline32(x3, d + 1)) s = check$$inline32(x3, below(p, ["pages"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "description" && k4 !== "pages") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline30(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "body") ? o1.body : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "excerpt") ? o1.excerpt : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "link") ? o1.link : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "url") ? o5.url : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  const x7 = hasOwn.call(o5, "new_tab") ? o5.new_tab : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "boolean") return false;
  for (const k8 in o5) {
    if (!hasOwn.call(o5, k8)) continue;
    const x9 = o5[k8];
    if (x9 === void 0) continue;
    if (k8 !== "url" && k8 !== "new_tab") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "next") ? o1.next : void 0;
  if (x10 === void 0) return false;
  if (!is$$inline31(x10, d + 1)) return false;
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "body" && k11 !== "excerpt" && k11 !== "link" && k11 !== "next") {
      return false;
    }
  }
  return true;
}
function check$$inline30(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "body") ? o1.body : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$body_required_471094);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$body_type_35015b);
      }
    }
    const x3 = hasOwn.call(o1, "excerpt") ? o1.excerpt : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$excerpt_required_376f2d);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$excerpt_type_8a9f37);
      }
    }
    const x4 = hasOwn.call(o1, "link") ? o1.link : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$link_required_e448c2);
    } else {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        s = reportFixed(s, p, issue$link_type_b8d1b3);
      } else {
        const o5 = x4;
        const x6 = hasOwn.call(o5, "url") ? o5.url : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$link_url_required_6007fe);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$link_url_type_45bef4);
          }
        }
        const x7 = hasOwn.call(o5, "new_tab") ? o5.new_tab : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$link_new_tab_required_60178a);
        } else {
          if (typeof x7 !== "boolean") {
            s = reportFixed(s, p, issue$link_new_tab_type_ce9418);
          }
        }
        for (const k8 in o5) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o5, k8)) continue;
          const x9 = o5[k8];
          if (x9 === void 0) continue;
          if (k8 !== "url" && k8 !== "new_tab") {
            s = report(s, p, ["link", k8], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x10 = hasOwn.call(o1, "next") ? o1.next : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$next_required_3a7153);
    } else {
      if (!is$$inline31(x10, d + 1)) s = check$$inline31(x10, below(p, ["next"]), s, d + 1);
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "body" && k11 !== "excerpt" && k11 !== "link" && k11 !== "next") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline29(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "icon") ? o5.icon : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
  const o7 = x6;
  const x8 = hasOwn.call(o7, "name") ? o7.name : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o7, "type") ? o7.type : void 0;
  if (x9 === void 0) return false;
  if (x9 !== "icon" && x9 !== "emoji") return false;
  for (const k10 in o7) {
    if (!hasOwn.call(o7, k10)) continue;
    const x11 = o7[k10];
    if (x11 === void 0) continue;
    if (k10 !== "name" && k10 !== "type") {
      return false;
    }
  }
  for (const k12 in o5) {
    if (!hasOwn.call(o5, k12)) continue;
    const x13 = o5[k12];
    if (x13 === void 0) continue;
    if (k12 !== "icon") {
      return false;
    }
  }
  const x14 = hasOwn.call(o1, "category") ? o1.category : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
  const o15 = x14;
  const x16 = hasOwn.call(o15, "uri") ? o15.uri : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  if (!pattern$564e25.test(x16)) return false;
  for (const k17 in o15) {
    if (!hasOwn.call(o15, k17)) continue;
    const x18 = o15[k17];
    if (x18 === void 0) continue;
    if (k17 !== "uri") {
      return false;
    }
  }
  const x19 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x19 === void 0) return false;
  if (!is$$inline30(x19, d + 1)) return false;
  const x20 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
  if (x20 === void 0) return false;
  if (!is$$inline22(x20, d + 1)) return false;
  const x21 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "object" || x21 === null || Array.isArray(x21)) return false;
  const o22 = x21;
  const x23 = hasOwn.call(o22, "uri") ? o22.uri : void 0;
  if (x23 === void 0) return false;
  if (typeof x23 !== "string") return false;
  if (!pattern$5b79dc.test(x23)) return false;
  for (const k24 in o22) {
    if (!hasOwn.call(o22, k24)) continue;
    const x25 = o22[k24];
    if (x25 === void 0) continue;
    if (k24 !== "uri") {
      return false;
    }
  }
  const x26 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x26 === void 0) return false;
  if (typeof x26 !== "object" || x26 === null || Array.isArray(x26)) return false;
  const o27 = x26;
  const x28 = o27.view;
  if (x28 !== void 0) {
    if (x28 !== "public" && x28 !== "anyone_with_link" && hasOwn.call(o27, "view")) return false;
  }
  for (const k30 in o27) {
    if (!hasOwn.call(o27, k30)) continue;
    const x31 = o27[k30];
    if (x31 === void 0) continue;
    if (k30 !== "view") {
      return false;
    }
  }
  const x32 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x32 === void 0) return false;
  if (typeof x32 !== "string") return false;
  if (x32.length < 1) return false;
  const x37 = o1.state;
  if (x37 !== void 0) {
    if (x37 !== "current" && x37 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x39 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x39 === void 0) return false;
  if (typeof x39 !== "string") return false;
  const x40 = o1.type;
  if (x40 !== void 0) {
    if (x40 !== "api_config" && x40 !== "basic" && x40 !== "endpoint" && x40 !== "link" && x40 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x42 = hasOwn.call(o1, "href") ? o1.href : void 0;
  if (x42 === void 0) return false;
  if (typeof x42 !== "object" || x42 === null || Array.isArray(x42)) return false;
  const o43 = x42;
  const x44 = hasOwn.call(o43, "dash") ? o43.dash : void 0;
  if (x44 === void 0) return false;
  if (typeof x44 !== "string") return false;
  if (!formats.isUri(x44)) return false;
  const x45 = hasOwn.call(o43, "hub") ? o43.hub : void 0;
  if (x45 === void 0) return false;
  if (typeof x45 !== "string") return false;
  if (!formats.isUri(x45)) return false;
  for (const k46 in o43) {
    if (!hasOwn.call(o43, k46)) continue;
    const x47 = o43[k46];
    if (x47 === void 0) continue;
    if (k46 !== "dash" && k46 !== "hub") {
      return false;
    }
  }
  const x48 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x48 === void 0) return false;
  if (typeof x48 !== "object" || x48 === null || Array.isArray(x48)) return false;
  const o49 = x48;
  const x50 = hasOwn.call(o49, "project") ? o49.project : void 0;
  if (x50 === void 0) return false;
  if (typeof x50 !== "string") return false;
  if (!pattern$fcf4d6.test(x50)) return false;
  for (const k51 in o49) {
    if (!hasOwn.call(o49, k51)) continue;
    const x52 = o49[k51];
    if (x52 === void 0) continue;
    if (k51 !== "project") {
      return false;
    }
  }
  const x53 = hasOwn.call(o1, "project") ? o1.project : void 0;
  if (x53 === void 0) return false;
  if (typeof x53 !== "object" || x53 === null || Array.isArray(x53)) return false;
  const o54 = x53;
  const x55 = hasOwn.call(o54, "name") ? o54.name : void 0;
  if (x55 === void 0) return false;
  if (typeof x55 !== "string") return false;
  const x56 = hasOwn.call(o54, "subdomain") ? o54.subdomain : void 0;
  if (x56 === void 0) return false;
  if (typeof x56 !== "string") return false;
  if (x56.length > 30 && (x56.length > 60 || codePointLength(x56) > 30) || !pattern$0a12d2.test(x56)) return false;
  const x57 = hasOwn.call(o54, "uri") ? o54.uri : void 0;
  if (x57 === void 0) return false;
  if (typeof x57 !== "string") return false;
  if (!pattern$fcf4d6.test(x57)) return false;
  for (const k58 in o54) {
    if (!hasOwn.call(o54, k58)) continue;
    const x59 = o54[k58];
    if (x59 === void 0) continue;
    if (k58 !== "name" && k58 !== "subdomain" && k58 !== "uri") {
      return false;
    }
  }
  const x60 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
  if (x60 === void 0) return false;
  if (typeof x60 !== "object" || x60 === null || Array.isArray(x60)) return false;
  const o61 = x60;
  const x62 = o61.status;
  if (x62 !== void 0) {
    if (typeof x62 !== "boolean" && hasOwn.call(o61, "status")) return false;
  }
  const x64 = o61.error;
  if (x64 !== void 0) {
    if (typeof x64 !== "string" && hasOwn.call(o61, "error")) return false;
  }
  const x66 = o61.message;
  if (x66 !== void 0) {
    if (typeof x66 !== "string" && hasOwn.call(o61, "message")) return false;
  }
  for (const k68 in o61) {
    if (!hasOwn.call(o61, k68)) continue;
    const x69 = o61[k68];
    if (x69 === void 0) continue;
    if (k68 !== "status" && k68 !== "error" && k68 !== "message") {
      return false;
    }
  }
  const x70 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x70 === void 0) return false;
  if (typeof x70 !== "string") return false;
  if (!formats.isDateTime(x70)) return false;
  const x71 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x71 === void 0) return false;
  if (typeof x71 !== "string") return false;
  if (!pattern$5b79dc.test(x71)) return false;
  for (const k72 in o1) {
    if (!hasOwn.call(o1, k72)) continue;
    const x73 = o1[k72];
    if (x73 === void 0) continue;
    if (!allowed$eff178.has(k72)) {
      return false;
    }
  }
  return true;
}
function check$$inline29(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$appearance_type_213b91);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "icon") ? o4.icon : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$appearance_icon_required_4d8ca1);
        } else {
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "name") ? o6.name : void 0;
            if (x7 === void 0) {
              s = reportFixed(s, p, issue$appearance_icon_name_required_23e126);
            } else {
              if (typeof x7 !== "string") {
                s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
              }
            }
            const x8 = hasOwn.call(o6, "type") ? o6.type : void 0;
            if (x8 === void 0) {
              s = reportFixed(s, p, issue$appearance_icon_type_required_96a4da);
            } else {
              if (x8 !== "icon" && x8 !== "emoji") {
                if (typeof x8 !== "string") {
                  s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                } else {
                  if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                }
              }
            }
            for (const k9 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k9)) continue;
              const x10 = o6[k9];
              if (x10 === void 0) continue;
              if (k9 !== "name" && k9 !== "type") {
                s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k11 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k11)) continue;
          const x12 = o4[k11];
          if (x12 === void 0) continue;
          if (k11 !== "icon") {
            s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "category") ? o1.category : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$category_required_fe6d0d);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$category_type_46ec91);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "uri") ? o14.uri : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$category_uri_required_356de6);
        } else {
          if (typeof x15 !== "string") {
            s = reportFixed(s, p, issue$category_uri_type_60c2ee);
          } else {
            if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
          }
        }
        for (const k16 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k16)) continue;
          const x17 = o14[k16];
          if (x17 === void 0) continue;
          if (k16 !== "uri") {
            s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x18 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x18 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (!is$$inline30(x18, d + 1)) s = check$$inline30(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
    if (x19 === void 0) {
      s = reportFixed(s, p, issue$metadata_required_a1e739);
    } else {
      if (!is$$inline22(x19, d + 1)) s = check$$inline22(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$parent_required_e62704);
    } else {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        s = reportFixed(s, p, issue$parent_type_416983);
      } else {
        const o21 = x20;
        const x22 = hasOwn.call(o21, "uri") ? o21.uri : void 0;
        if (x22 === void 0) {
          s = reportFixed(s, p, issue$parent_uri_required_aa2d96);
        } else {
          if (typeof x22 !== "string") {
            s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
          } else {
            if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
          }
        }
        for (const k23 in o21) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o21, k23)) continue;
          const x24 = o21[k23];
          if (x24 === void 0) continue;
          if (k23 !== "uri") {
            s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x25 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x25 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o26 = x25;
        const x27 = o26.view;
        if (x27 !== void 0) {
          if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
            if (typeof x27 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
            }
          }
        }
        for (const k28 in o26) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o26, k28)) continue;
          const x29 = o26[k28];
          if (x29 === void 0) continue;
          if (k28 !== "view") {
            s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x30 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x30 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x30 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
      if (typeof x30 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      } else {
        if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x36 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x36 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = hasOwn.call(o1, "href") ? o1.href : void 0;
    if (x38 === void 0) {
      s = reportFixed(s, p, issue$href_required_172b07);
    } else {
      if (typeof x38 !== "object" || x38 === null || Array.isArray(x38)) {
        s = reportFixed(s, p, issue$href_type_7b4c3a);
      } else {
        const o39 = x38;
        const x40 = hasOwn.call(o39, "dash") ? o39.dash : void 0;
        if (x40 === void 0) {
          s = reportFixed(s, p, issue$href_dash_required_499ff3);
        } else {
          if (typeof x40 !== "string") {
            s = reportFixed(s, p, issue$href_dash_type_791017);
          } else {
            if (!formats.isUri(x40)) s = reportFixed(s, p, issue$href_dash_format_d23d9d);
          }
        }
        const x41 = hasOwn.call(o39, "hub") ? o39.hub : void 0;
        if (x41 === void 0) {
          s = reportFixed(s, p, issue$href_hub_required_c18616);
        } else {
          if (typeof x41 !== "string") {
            s = reportFixed(s, p, issue$href_hub_type_fe98c5);
          } else {
            if (!formats.isUri(x41)) s = reportFixed(s, p, issue$href_hub_format_3664c1);
          }
        }
        for (const k42 in o39) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o39, k42)) continue;
          const x43 = o39[k42];
          if (x43 === void 0) continue;
          if (k42 !== "dash" && k42 !== "hub") {
            s = report(s, p, ["href", k42], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x44 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x44 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x44 !== "object" || x44 === null || Array.isArray(x44)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o45 = x44;
        const x46 = hasOwn.call(o45, "project") ? o45.project : void 0;
        if (x46 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x46 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x46)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k47 in o45) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o45, k47)) continue;
          const x48 = o45[k47];
          if (x48 === void 0) continue;
          if (k47 !== "project") {
            s = report(s, p, ["links", k47], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x49 = hasOwn.call(o1, "project") ? o1.project : void 0;
    if (x49 === void 0) {
      s = reportFixed(s, p, issue$project_required_5d2fec);
    } else {
      if (typeof x49 !== "object" || x49 === null || Array.isArray(x49)) {
        s = reportFixed(s, p, issue$project_type_b516a6);
      } else {
        const o50 = x49;
        const x51 = hasOwn.call(o50, "name") ? o50.name : void 0;
        if (x51 === void 0) {
          s = reportFixed(s, p, issue$project_name_required_8d7d42);
        } else {
          if (typeof x51 !== "string") {
            s = reportFixed(s, p, issue$project_name_type_4ba60f);
          }
        }
        const x52 = hasOwn.call(o50, "subdomain") ? o50.subdomain : void 0;
        if (x52 === void 0) {
          s = reportFixed(s, p, issue$project_subdomain_required_a67bd5);
        } else {
          if (typeof x52 !== "string") {
            s = reportFixed(s, p, issue$project_subdomain_type_05bd2e);
          } else {
            if (x52.length > 30 && (x52.length > 60 || codePointLength(x52) > 30)) s = reportFixed(s, p, issue$project_subdomain_maxLength_04c352);
            if (!pattern$0a12d2.test(x52)) s = reportFixed(s, p, issue$project_subdomain_pattern_c0e807);
          }
        }
        const x53 = hasOwn.call(o50, "uri") ? o50.uri : void 0;
        if (x53 === void 0) {
          s = reportFixed(s, p, issue$project_uri_required_a77b94);
        } else {
          if (typeof x53 !== "string") {
            s = reportFixed(s, p, issue$project_uri_type_6bd0cd);
          } else {
            if (!pattern$fcf4d6.test(x53)) s = reportFixed(s, p, issue$project_uri_pattern_3578cc);
          }
        }
        for (const k54 in o50) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o50, k54)) continue;
          const x55 = o50[k54];
          if (x55 === void 0) continue;
          if (k54 !== "name" && k54 !== "subdomain" && k54 !== "uri") {
            s = report(s, p, ["project", k54], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x56 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
    if (x56 === void 0) {
      s = reportFixed(s, p, issue$renderable_required_ae4771);
    } else {
      if (typeof x56 !== "object" || x56 === null || Array.isArray(x56)) {
        s = reportFixed(s, p, issue$renderable_type_3bd07d);
      } else {
        const o57 = x56;
        const x58 = o57.status;
        if (x58 !== void 0) {
          if (typeof x58 !== "boolean" && hasOwn.call(o57, "status")) {
            s = reportFixed(s, p, issue$renderable_status_type_0dbbcd);
          }
        }
        const x59 = o57.error;
        if (x59 !== void 0) {
          if (typeof x59 !== "string" && hasOwn.call(o57, "error")) {
            s = reportFixed(s, p, issue$renderable_error_type_ba62ca);
          }
        }
        const x60 = o57.message;
        if (x60 !== void 0) {
          if (typeof x60 !== "string" && hasOwn.call(o57, "message")) {
            s = reportFixed(s, p, issue$renderable_message_type_41918e);
          }
        }
        for (const k61 in o57) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o57, k61)) continue;
          const x62 = o57[k61];
          if (x62 === void 0) continue;
          if (k61 !== "status" && k61 !== "error" && k61 !== "message") {
            s = report(s, p, ["renderable", k61], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x63 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x63 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x63 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x63)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x64 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x64 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x64 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$5b79dc.test(x64)) s = reportFixed(s, p, issue$uri_pattern_3c1f1a);
      }
    }
    for (const k65 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k65)) continue;
      const x66 = o1[k65];
      if (x66 === void 0) continue;
      if (!allowed$eff178.has(k65)) {
        s = report(s, p, [k65], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateGuideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline29(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateGuideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline29(x2, d + 1)) s = check$$inline29(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetGuideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline29(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetGuideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline29(x2, d + 1)) s = check$$inline29(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteGuideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteGuideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateGuideRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = o1.appearance;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = o6.icon;
      if (x7 !== void 0) {
        property8: {
          if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
            if (hasOwn.call(o6, "icon")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property5;
            }
            break property8;
          }
          const o9 = x7;
          const x10 = o9.name;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o9, "name")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          const x12 = o9.type;
          if (x12 !== void 0) {
            if (x12 !== "icon" && x12 !== "emoji" && hasOwn.call(o9, "type")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          for (const k14 in o9) {
            if (!hasOwn.call(o9, k14)) continue;
            const x15 = o9[k14];
            if (x15 === void 0) continue;
            if (k14 !== "name" && k14 !== "type") {
              {
                if (hasOwn.call(o6, "icon")) {
                  if (hasOwn.call(o1, "appearance")) return false;
                  break property5;
                }
                break property8;
              }
            }
          }
        }
      }
      for (const k16 in o6) {
        if (!hasOwn.call(o6, k16)) continue;
        const x17 = o6[k16];
        if (x17 === void 0) continue;
        if (k16 !== "icon") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property5;
          }
        }
      }
    }
  }
  const x18 = o1.category;
  if (x18 !== void 0) {
    property19: {
      if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) {
        if (hasOwn.call(o1, "category")) return false;
        break property19;
      }
      const o20 = x18;
      const x21 = o20.uri;
      if (x21 !== void 0) {
        property22: {
          if (typeof x21 !== "string") {
            if (hasOwn.call(o20, "uri")) {
              if (hasOwn.call(o1, "category")) return false;
              break property19;
            }
            break property22;
          }
          if (!pattern$564e25.test(x21)) {
            if (hasOwn.call(o20, "uri")) {
              if (hasOwn.call(o1, "category")) return false;
              break property19;
            }
            break property22;
          }
        }
      }
      for (const k23 in o20) {
        if (!hasOwn.call(o20, k23)) continue;
        const x24 = o20[k23];
        if (x24 === void 0) continue;
        if (k23 !== "uri") {
          {
            if (hasOwn.call(o1, "category")) return false;
            break property19;
          }
        }
      }
    }
  }
  const x25 = o1.content;
  if (x25 !== void 0) {
    if (!is$$inline24(x25, d + 1) && hasOwn.call(o1, "content")) return false;
  }
  const x27 = o1.metadata;
  if (x27 !== void 0) {
    if (!is$$inline28(x27, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x29 = o1.parent;
  if (x29 !== void 0) {
    property30: {
      if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) {
        if (hasOwn.call(o1, "parent")) return false;
        break property30;
      }
      const o31 = x29;
      const x32 = o31.uri;
      if (x32 !== void 0) {
        property33: {
          if (typeof x32 !== "string") {
            if (hasOwn.call(o31, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property30;
            }
            break property33;
          }
          if (!pattern$5b79dc.test(x32)) {
            if (hasOwn.call(o31, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property30;
            }
            break property33;
          }
        }
      }
      for (const k34 in o31) {
        if (!hasOwn.call(o31, k34)) continue;
        const x35 = o31[k34];
        if (x35 === void 0) continue;
        if (k34 !== "uri") {
          {
            if (hasOwn.call(o1, "parent")) return false;
            break property30;
          }
        }
      }
    }
  }
  const x36 = o1.privacy;
  if (x36 !== void 0) {
    property37: {
      if (typeof x36 !== "object" || x36 === null || Array.isArray(x36)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property37;
      }
      const o38 = x36;
      const x39 = o38.view;
      if (x39 !== void 0) {
        if (x39 !== "public" && x39 !== "anyone_with_link" && hasOwn.call(o38, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property37;
        }
      }
      for (const k41 in o38) {
        if (!hasOwn.call(o38, k41)) continue;
        const x42 = o38[k41];
        if (x42 === void 0) continue;
        if (k41 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property37;
          }
        }
      }
    }
  }
  const x43 = o1.slug;
  if (x43 !== void 0) {
    property44: {
      if (typeof x43 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property44;
      }
      if (x43.length < 1) {
        if (hasOwn.call(o1, "slug")) return false;
        break property44;
      }
    }
  }
  const x49 = o1.state;
  if (x49 !== void 0) {
    if (x49 !== "current" && x49 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x51 = o1.title;
  if (x51 !== void 0) {
    if (typeof x51 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x53 = o1.type;
  if (x53 !== void 0) {
    if (x53 !== "api_config" && x53 !== "basic" && x53 !== "endpoint" && x53 !== "link" && x53 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x55 = o1.position;
  if (x55 !== void 0) {
    if (!Number.isFinite(x55) && hasOwn.call(o1, "position")) return false;
  }
  for (const k57 in o1) {
    if (!hasOwn.call(o1, k57)) continue;
    const x58 = o1[k57];
    if (x58 === void 0) continue;
    if (!allowed$d444b0.has(k57)) {
      return false;
    }
  }
  return true;
}
function check$UpdateGuideRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = o1.appearance;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o4 = x3;
          const x5 = o4.icon;
          if (x5 !== void 0) {
            if (hasOwn.call(o4, "icon")) {
              if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
                s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
              } else {
                const o6 = x5;
                const x7 = o6.name;
                if (x7 !== void 0) {
                  if (typeof x7 !== "string" && hasOwn.call(o6, "name")) {
                    s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
                  }
                }
                const x8 = o6.type;
                if (x8 !== void 0) {
                  if (x8 !== "icon" && x8 !== "emoji" && hasOwn.call(o6, "type")) {
                    if (typeof x8 !== "string") {
                      s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                    } else {
                      if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                    }
                  }
                }
                for (const k9 in o6) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o6, k9)) continue;
                  const x10 = o6[k9];
                  if (x10 === void 0) continue;
                  if (k9 !== "name" && k9 !== "type") {
                    s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
          for (const k11 in o4) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o4, k11)) continue;
            const x12 = o4[k11];
            if (x12 === void 0) continue;
            if (k11 !== "icon") {
              s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = o1.category;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "category")) {
        if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
          s = reportFixed(s, p, issue$category_type_46ec91);
        } else {
          const o14 = x13;
          const x15 = o14.uri;
          if (x15 !== void 0) {
            if (hasOwn.call(o14, "uri")) {
              if (typeof x15 !== "string") {
                s = reportFixed(s, p, issue$category_uri_type_60c2ee);
              } else {
                if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
              }
            }
          }
          for (const k16 in o14) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o14, k16)) continue;
            const x17 = o14[k16];
            if (x17 === void 0) continue;
            if (k16 !== "uri") {
              s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x18 = o1.content;
    if (x18 !== void 0) {
      if (!is$$inline24(x18, d + 1) && hasOwn.call(o1, "content")) s = check$$inline24(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = o1.metadata;
    if (x19 !== void 0) {
      if (!is$$inline28(x19, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline28(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = o1.parent;
    if (x20 !== void 0) {
      if (hasOwn.call(o1, "parent")) {
        if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
          s = reportFixed(s, p, issue$parent_type_416983);
        } else {
          const o21 = x20;
          const x22 = o21.uri;
          if (x22 !== void 0) {
            if (hasOwn.call(o21, "uri")) {
              if (typeof x22 !== "string") {
                s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
              } else {
                if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
              }
            }
          }
          for (const k23 in o21) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o21, k23)) continue;
            const x24 = o21[k23];
            if (x24 === void 0) continue;
            if (k23 !== "uri") {
              s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x25 = o1.privacy;
    if (x25 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o26 = x25;
          const x27 = o26.view;
          if (x27 !== void 0) {
            if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
              if (typeof x27 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k28 in o26) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o26, k28)) continue;
            const x29 = o26[k28];
            if (x29 === void 0) continue;
            if (k28 !== "view") {
              s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x30 = o1.slug;
    if (x30 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        }
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
        }
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = o1.title;
    if (x36 !== void 0) {
      if (typeof x36 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = o1.position;
    if (x38 !== void 0) {
      if (!Number.isFinite(x38) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    for (const k39 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k39)) continue;
      const x40 = o1[k39];
      if (x40 === void 0) continue;
      if (!allowed$d444b0.has(k39)) {
        s = report(s, p, [k39], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateGuideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline29(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateGuideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline29(x2, d + 1)) s = check$$inline29(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline37(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "code_options") ? o1.code_options : void 0;
  if (x2 === void 0) return false;
  if (!Array.isArray(x2)) return false;
  const a3 = x2;
  for (let i4 = 0; i4 < a3.length; i4++) {
    const x5 = a3[i4];
    if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
    const o6 = x5;
    const x7 = hasOwn.call(o6, "code") ? o6.code : void 0;
    if (x7 === void 0) return false;
    if (typeof x7 !== "string") return false;
    const x8 = hasOwn.call(o6, "language") ? o6.language : void 0;
    if (x8 === void 0) return false;
    if (typeof x8 !== "string") return false;
    const x9 = o6.name;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o6, "name")) return false;
    }
    const x11 = o6.highlighted_syntax;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o6, "highlighted_syntax")) return false;
    }
    for (const k13 in o6) {
      if (!hasOwn.call(o6, k13)) continue;
      const x14 = o6[k13];
      if (x14 === void 0) continue;
      if (k13 !== "code" && k13 !== "language" && k13 !== "name" && k13 !== "highlighted_syntax") {
        return false;
      }
    }
  }
  for (const k15 in o1) {
    if (!hasOwn.call(o1, k15)) continue;
    const x16 = o1[k15];
    if (x16 === void 0) continue;
    if (k15 !== "code_options") {
      return false;
    }
  }
  return true;
}
function check$$inline37(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "code_options") ? o1.code_options : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$code_options_required_914ecd);
    } else {
      if (!Array.isArray(x2)) {
        s = reportFixed(s, p, issue$code_options_type_fb7ee4);
      } else {
        const a3 = x2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x5 = a3[i4];
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = report(s, p, ["code_options", i4], "type", "must be an object");
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "code") ? o6.code : void 0;
            if (x7 === void 0) {
              s = report(s, p, ["code_options", i4, "code"], "required", "is required");
            } else {
              if (typeof x7 !== "string") {
                s = report(s, p, ["code_options", i4, "code"], "type", "must be a string");
              }
            }
            const x8 = hasOwn.call(o6, "language") ? o6.language : void 0;
            if (x8 === void 0) {
              s = report(s, p, ["code_options", i4, "language"], "required", "is required");
            } else {
              if (typeof x8 !== "string") {
                s = report(s, p, ["code_options", i4, "language"], "type", "must be a string");
              }
            }
            const x9 = o6.name;
            if (x9 !== void 0) {
              if (typeof x9 !== "string" && hasOwn.call(o6, "name")) {
                s = report(s, p, ["code_options", i4, "name"], "type", "must be a string");
              }
            }
            const x10 = o6.highlighted_syntax;
            if (x10 !== void 0) {
              if (typeof x10 !== "string" && hasOwn.call(o6, "highlighted_syntax")) {
                s = report(s, p, ["code_options", i4, "highlighted_syntax"], "type", "must be a string");
              }
            }
            for (const k11 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k11)) continue;
              const x12 = o6[k11];
              if (x12 === void 0) continue;
              if (k11 !== "code" && k11 !== "language" && k11 !== "name" && k11 !== "highlighted_syntax") {
                s = report(s, p, ["code_options", i4, k11], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "code_options") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline36(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "steps") ? o1.steps : void 0;
  if (x2 === void 0) return false;
  if (!Array.isArray(x2)) return false;
  const a3 = x2;
  for (let i4 = 0; i4 < a3.length; i4++) {
    const x5 = a3[i4];
    if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
    const o6 = x5;
    const x7 = hasOwn.call(o6, "title") ? o6.title : void 0;
    if (x7 === void 0) return false;
    if (typeof x7 !== "string") return false;
    const x8 = hasOwn.call(o6, "body") ? o6.body : void 0;
    if (x8 === void 0) return false;
    if (typeof x8 !== "string") return false;
    const x9 = hasOwn.call(o6, "line_numbers") ? o6.line_numbers : void 0;
    if (x9 === void 0) return false;
    if (!Array.isArray(x9)) return false;
    const a10 = x9;
    for (let i11 = 0; i11 < a10.length; i11++) {
      const x12 = a10[i11];
      if (typeof x12 !== "string") return false;
    }
    for (const k13 in o6) {
      if (!hasOwn.call(o6, k13)) continue;
      const x14 = o6[k13];
      if (x14 === void 0) continue;
      if (k13 !== "title" && k13 !== "body" && k13 !== "line_numbers") {
        return false;
      }
    }
  }
  const x15 = hasOwn.call(o1, "snippet") ? o1.snippet : void 0;
  if (x15 === void 0) return false;
  if (!is$$inline37(x15, d + 1)) return false;
  const x16 = hasOwn.call(o1, "response") ? o1.response : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  for (const k17 in o1) {
    if (!hasOwn.call(o1, k17)) continue;
    const x18 = o1[k17];
    if (x18 === void 0) continue;
    if (k17 !== "steps" && k17 !== "snippet" && k17 !== "response") {
      return false;
    }
  }
  return true;
}
function check$$inline36(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "steps") ? o1.steps : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$steps_required_1cf129);
    } else {
      if (!Array.isArray(x2)) {
        s = reportFixed(s, p, issue$steps_type_336073);
      } else {
        const a3 = x2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x5 = a3[i4];
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = report(s, p, ["steps", i4], "type", "must be an object");
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "title") ? o6.title : void 0;
            if (x7 === void 0) {
              s = report(s, p, ["steps", i4, "title"], "required", "is required");
            } else {
              if (typeof x7 !== "string") {
                s = report(s, p, ["steps", i4, "title"], "type", "must be a string");
              }
            }
            const x8 = hasOwn.call(o6, "body") ? o6.body : void 0;
            if (x8 === void 0) {
              s = report(s, p, ["steps", i4, "body"], "required", "is required");
            } else {
              if (typeof x8 !== "string") {
                s = report(s, p, ["steps", i4, "body"], "type", "must be a string");
              }
            }
            const x9 = hasOwn.call(o6, "line_numbers") ? o6.line_numbers : void 0;
            if (x9 === void 0) {
              s = report(s, p, ["steps", i4, "line_numbers"], "required", "is required");
            } else {
              if (!Array.isArray(x9)) {
                s = report(s, p, ["steps", i4, "line_numbers"], "type", "must be an array");
              } else {
                const a10 = x9;
                for (let i11 = 0; i11 < a10.length; i11++) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  const x12 = a10[i11];
                  if (typeof x12 !== "string") {
                    s = report(s, p, ["steps", i4, "line_numbers", i11], "type", "must be a string");
                  }
                }
              }
            }
            for (const k13 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k13)) continue;
              const x14 = o6[k13];
              if (x14 === void 0) continue;
              if (k13 !== "title" && k13 !== "body" && k13 !== "line_numbers") {
                s = report(s, p, ["steps", i4, k13], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    const x15 = hasOwn.call(o1, "snippet") ? o1.snippet : void 0;
    if (x15 === void 0) {
      s = reportFixed(s, p, issue$snippet_required_639755);
    } else {
      if (!is$$inline37(x15, d + 1)) s = check$$inline37(x15, below(p, ["snippet"]), s, d + 1);
    }
    const x16 = hasOwn.call(o1, "response") ? o1.response : void 0;
    if (x16 === void 0) {
      s = reportFixed(s, p, issue$response_required_ee159e);
    } else {
      if (typeof x16 !== "string") {
        s = reportFixed(s, p, issue$response_type_0cb402);
      }
    }
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "steps" && k17 !== "snippet" && k17 !== "response") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline35(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = o3.background_color;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o3, "background_color")) return false;
        break property5;
      }
      if (!pattern$54983b.test(x4)) {
        if (hasOwn.call(o3, "background_color")) return false;
        break property5;
      }
    }
  }
  const x6 = hasOwn.call(o3, "emoji") ? o3.emoji : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  for (const k7 in o3) {
    if (!hasOwn.call(o3, k7)) continue;
    const x8 = o3[k7];
    if (x8 === void 0) continue;
    if (k7 !== "background_color" && k7 !== "emoji") {
      return false;
    }
  }
  const x9 = hasOwn.call(o1, "connections") ? o1.connections : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) return false;
  const o10 = x9;
  const x11 = hasOwn.call(o10, "references") ? o10.references : void 0;
  if (x11 === void 0) return false;
  if (!Array.isArray(x11)) return false;
  const a12 = x11;
  for (let i13 = 0; i13 < a12.length; i13++) {
    const x14 = a12[i13];
    if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
    const o15 = x14;
    const x16 = hasOwn.call(o15, "uri") ? o15.uri : void 0;
    if (x16 === void 0) return false;
    if (typeof x16 !== "string") return false;
    if (!pattern$5b79dc.test(x16)) return false;
    for (const k17 in o15) {
      if (!hasOwn.call(o15, k17)) continue;
      const x18 = o15[k17];
      if (x18 === void 0) continue;
      if (k17 !== "uri") {
        return false;
      }
    }
  }
  for (const k19 in o10) {
    if (!hasOwn.call(o10, k19)) continue;
    const x20 = o10[k19];
    if (x20 === void 0) continue;
    if (k19 !== "references") {
      return false;
    }
  }
  const x21 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x21 === void 0) return false;
  if (!is$$inline36(x21, d + 1)) return false;
  const x22 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x22 === void 0) return false;
  if (typeof x22 !== "string") return false;
  const x23 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x23 === void 0) return false;
  if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) return false;
  const o24 = x23;
  const x25 = hasOwn.call(o24, "view") ? o24.view : void 0;
  if (x25 === void 0) return false;
  if (x25 !== "public" && x25 !== "anyone_with_link") return false;
  for (const k26 in o24) {
    if (!hasOwn.call(o24, k26)) continue;
    const x27 = o24[k26];
    if (x27 === void 0) continue;
    if (k26 !== "view") {
      return false;
    }
  }
  const x28 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x28 === void 0) return false;
  if (typeof x28 !== "string") return false;
  const x29 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x29 === void 0) return false;
  if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) return false;
  const o30 = x29;
  const x31 = hasOwn.call(o30, "project") ? o30.project : void 0;
  if (x31 === void 0) return false;
  if (typeof x31 !== "string") return false;
  if (!pattern$fcf4d6.test(x31)) return false;
  for (const k32 in o30) {
    if (!hasOwn.call(o30, k32)) continue;
    const x33 = o30[k32];
    if (x33 === void 0) continue;
    if (k32 !== "project") {
      return false;
    }
  }
  const x34 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x34 === void 0) return false;
  if (typeof x34 !== "string") return false;
  const x35 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x35 === void 0) return false;
  if (typeof x35 !== "string") return false;
  if (!pattern$ccf52a.test(x35)) return false;
  for (const k36 in o1) {
    if (!hasOwn.call(o1, k36)) continue;
    const x37 = o1[k36];
    if (x37 === void 0) continue;
    if (!allowed$4cddb7.has(k36)) {
      return false;
    }
  }
  return true;
}
function check$$inline35(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$appearance_type_213b91);
      } else {
        const o3 = x2;
        const x4 = o3.background_color;
        if (x4 !== void 0) {
          if (hasOwn.call(o3, "background_color")) {
            if (typeof x4 !== "string") {
              s = reportFixed(s, p, issue$appearance_background_color_type_a35a33);
            } else {
              if (!pattern$54983b.test(x4)) s = reportFixed(s, p, issue$appearance_background_color_pattern_1ee010);
            }
          }
        }
        const x5 = hasOwn.call(o3, "emoji") ? o3.emoji : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$appearance_emoji_required_ff3a30);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$appearance_emoji_type_e0a22b);
          }
        }
        for (const k6 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k6)) continue;
          const x7 = o3[k6];
          if (x7 === void 0) continue;
          if (k6 !== "background_color" && k6 !== "emoji") {
            s = report(s, p, ["appearance", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "connections") ? o1.connections : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$connections_required_578b70);
    } else {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        s = reportFixed(s, p, issue$connections_type_dfe020);
      } else {
        const o9 = x8;
        const x10 = hasOwn.call(o9, "references") ? o9.references : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$connections_references_required_e89f6d);
        } else {
          if (!Array.isArray(x10)) {
            s = reportFixed(s, p, issue$connections_references_type_411704);
          } else {
            const a11 = x10;
            for (let i12 = 0; i12 < a11.length; i12++) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              const x13 = a11[i12];
              if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
                s = report(s, p, ["connections", "references", i12], "type", "must be an object");
              } else {
                const o14 = x13;
                const x15 = hasOwn.call(o14, "uri") ? o14.uri : void 0;
                if (x15 === void 0) {
                  s = report(s, p, ["connections", "references", i12, "uri"], "required", "is required");
                } else {
                  if (typeof x15 !== "string") {
                    s = report(s, p, ["connections", "references", i12, "uri"], "type", "must be a string");
                  } else {
                    if (!pattern$5b79dc.test(x15)) s = report(s, p, ["connections", "references", i12, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/(guides|reference)\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                  }
                }
                for (const k16 in o14) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o14, k16)) continue;
                  const x17 = o14[k16];
                  if (x17 === void 0) continue;
                  if (k16 !== "uri") {
                    s = report(s, p, ["connections", "references", i12, k16], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
        }
        for (const k18 in o9) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o9, k18)) continue;
          const x19 = o9[k18];
          if (x19 === void 0) continue;
          if (k18 !== "references") {
            s = report(s, p, ["connections", k18], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (!is$$inline36(x20, d + 1)) s = check$$inline36(x20, below(p, ["content"]), s, d + 1);
    }
    const x21 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x21 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x21 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x22 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x22 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o23 = x22;
        const x24 = hasOwn.call(o23, "view") ? o23.view : void 0;
        if (x24 === void 0) {
          s = reportFixed(s, p, issue$privacy_view_required_791fe7);
        } else {
          if (x24 !== "public" && x24 !== "anyone_with_link") {
            if (typeof x24 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x24 !== "public" && x24 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
            }
          }
        }
        for (const k25 in o23) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o23, k25)) continue;
          const x26 = o23[k25];
          if (x26 === void 0) continue;
          if (k25 !== "view") {
            s = report(s, p, ["privacy", k25], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x27 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x27 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x27 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x28 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x28 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o29 = x28;
        const x30 = hasOwn.call(o29, "project") ? o29.project : void 0;
        if (x30 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x30 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x30)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k31 in o29) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o29, k31)) continue;
          const x32 = o29[k31];
          if (x32 === void 0) continue;
          if (k31 !== "project") {
            s = report(s, p, ["links", k31], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x33 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x33 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x33 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x34 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x34 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x34 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$ccf52a.test(x34)) s = reportFixed(s, p, issue$uri_pattern_ac4dbf);
      }
    }
    for (const k35 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k35)) continue;
      const x36 = o1[k35];
      if (x36 === void 0) continue;
      if (!allowed$4cddb7.has(k35)) {
        s = report(s, p, [k35], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline34(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline35(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline34(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline35(x3, d + 1)) s = check$$inline35(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetRecipesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline34(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetRecipesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline34(x3, d + 1)) s = check$$inline34(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline39(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.code_options;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "code_options")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if (hasOwn.call(o1, "code_options")) return false;
          break property3;
        }
        const o7 = x6;
        const x8 = o7.code;
        if (x8 !== void 0) {
          if (typeof x8 !== "string" && hasOwn.call(o7, "code")) {
            if (hasOwn.call(o1, "code_options")) return false;
            break property3;
          }
        }
        const x10 = o7.language;
        if (x10 !== void 0) {
          if (typeof x10 !== "string" && hasOwn.call(o7, "language")) {
            if (hasOwn.call(o1, "code_options")) return false;
            break property3;
          }
        }
        const x12 = o7.name;
        if (x12 !== void 0) {
          if (typeof x12 !== "string" && hasOwn.call(o7, "name")) {
            if (hasOwn.call(o1, "code_options")) return false;
            break property3;
          }
        }
        const x14 = o7.highlighted_syntax;
        if (x14 !== void 0) {
          if (typeof x14 !== "string" && hasOwn.call(o7, "highlighted_syntax")) {
            if (hasOwn.call(o1, "code_options")) return false;
            break property3;
          }
        }
        for (const k16 in o7) {
          if (!hasOwn.call(o7, k16)) continue;
          const x17 = o7[k16];
          if (x17 === void 0) continue;
          if (k16 !== "code" && k16 !== "language" && k16 !== "name" && k16 !== "highlighted_syntax") {
            {
              if (hasOwn.call(o1, "code_options")) return false;
              break property3;
            }
          }
        }
      }
    }
  }
  for (const k18 in o1) {
    if (!hasOwn.call(o1, k18)) continue;
    const x19 = o1[k18];
    if (x19 === void 0) continue;
    if (k18 !== "code_options") {
      return false;
    }
  }
  return true;
}
function check$$inline39(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.code_options;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "code_options")) {
        if (!Array.isArray(x2)) {
          s = reportFixed(s, p, issue$code_options_type_fb7ee4);
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            const x5 = a3[i4];
            if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
              s = report(s, p, ["code_options", i4], "type", "must be an object");
            } else {
              const o6 = x5;
              const x7 = o6.code;
              if (x7 !== void 0) {
                if (typeof x7 !== "string" && hasOwn.call(o6, "code")) {
                  s = report(s, p, ["code_options", i4, "code"], "type", "must be a string");
                }
              }
              const x8 = o6.language;
              if (x8 !== void 0) {
                if (typeof x8 !== "string" && hasOwn.call(o6, "language")) {
                  s = report(s, p, ["code_options", i4, "language"], "type", "must be a string");
                }
              }
              const x9 = o6.name;
              if (x9 !== void 0) {
                if (typeof x9 !== "string" && hasOwn.call(o6, "name")) {
                  s = report(s, p, ["code_options", i4, "name"], "type", "must be a string");
                }
              }
              const x10 = o6.highlighted_syntax;
              if (x10 !== void 0) {
                if (typeof x10 !== "string" && hasOwn.call(o6, "highlighted_syntax")) {
                  s = report(s, p, ["code_options", i4, "highlighted_syntax"], "type", "must be a string");
                }
              }
              for (const k11 in o6) {
                if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                if (!hasOwn.call(o6, k11)) continue;
                const x12 = o6[k11];
                if (x12 === void 0) continue;
                if (k11 !== "code" && k11 !== "language" && k11 !== "name" && k11 !== "highlighted_syntax") {
                  s = report(s, p, ["code_options", i4, k11], "additionalProperties", "is not an allowed property");
                }
              }
            }
          }
        }
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "code_options") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline38(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.steps;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "steps")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if (hasOwn.call(o1, "steps")) return false;
          break property3;
        }
        const o7 = x6;
        const x8 = o7.title;
        if (x8 !== void 0) {
          if (typeof x8 !== "string" && hasOwn.call(o7, "title")) {
            if (hasOwn.call(o1, "steps")) return false;
            break property3;
          }
        }
        const x10 = o7.body;
        if (x10 !== void 0) {
          if (typeof x10 !== "string" && hasOwn.call(o7, "body")) {
            if (hasOwn.call(o1, "steps")) return false;
            break property3;
          }
        }
        const x12 = o7.line_numbers;
        if (x12 !== void 0) {
          property13: {
            if (!Array.isArray(x12)) {
              if (hasOwn.call(o7, "line_numbers")) {
                if (hasOwn.call(o1, "steps")) return false;
                break property3;
              }
              break property13;
            }
            const a14 = x12;
            for (let i15 = 0; i15 < a14.length; i15++) {
              const x16 = a14[i15];
              if (typeof x16 !== "string") {
                if (hasOwn.call(o7, "line_numbers")) {
                  if (hasOwn.call(o1, "steps")) return false;
                  break property3;
                }
                break property13;
              }
            }
          }
        }
        for (const k17 in o7) {
          if (!hasOwn.call(o7, k17)) continue;
          const x18 = o7[k17];
          if (x18 === void 0) continue;
          if (k17 !== "title" && k17 !== "body" && k17 !== "line_numbers") {
            {
              if (hasOwn.call(o1, "steps")) return false;
              break property3;
            }
          }
        }
      }
    }
  }
  const x19 = o1.snippet;
  if (x19 !== void 0) {
    if (!is$$inline39(x19, d + 1) && hasOwn.call(o1, "snippet")) return false;
  }
  const x21 = o1.response;
  if (x21 !== void 0) {
    if (typeof x21 !== "string" && hasOwn.call(o1, "response")) return false;
  }
  for (const k23 in o1) {
    if (!hasOwn.call(o1, k23)) continue;
    const x24 = o1[k23];
    if (x24 === void 0) continue;
    if (k23 !== "steps" && k23 !== "snippet" && k23 !== "response") {
      return false;
    }
  }
  return true;
}
function check$$inline38(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.steps;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "steps")) {
        if (!Array.isArray(x2)) {
          s = reportFixed(s, p, issue$steps_type_336073);
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            const x5 = a3[i4];
            if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
              s = report(s, p, ["steps", i4], "type", "must be an object");
            } else {
              const o6 = x5;
              const x7 = o6.title;
              if (x7 !== void 0) {
                if (typeof x7 !== "string" && hasOwn.call(o6, "title")) {
                  s = report(s, p, ["steps", i4, "title"], "type", "must be a string");
                }
              }
              const x8 = o6.body;
              if (x8 !== void 0) {
                if (typeof x8 !== "string" && hasOwn.call(o6, "body")) {
                  s = report(s, p, ["steps", i4, "body"], "type", "must be a string");
                }
              }
              const x9 = o6.line_numbers;
              if (x9 !== void 0) {
                if (hasOwn.call(o6, "line_numbers")) {
                  if (!Array.isArray(x9)) {
                    s = report(s, p, ["steps", i4, "line_numbers"], "type", "must be an array");
                  } else {
                    const a10 = x9;
                    for (let i11 = 0; i11 < a10.length; i11++) {
                      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                      const x12 = a10[i11];
                      if (typeof x12 !== "string") {
                        s = report(s, p, ["steps", i4, "line_numbers", i11], "type", "must be a string");
                      }
                    }
                  }
                }
              }
              for (const k13 in o6) {
                if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                if (!hasOwn.call(o6, k13)) continue;
                const x14 = o6[k13];
                if (x14 === void 0) continue;
                if (k13 !== "title" && k13 !== "body" && k13 !== "line_numbers") {
                  s = report(s, p, ["steps", i4, k13], "additionalProperties", "is not an allowed property");
                }
              }
            }
          }
        }
      }
    }
    const x15 = o1.snippet;
    if (x15 !== void 0) {
      if (!is$$inline39(x15, d + 1) && hasOwn.call(o1, "snippet")) s = check$$inline39(x15, below(p, ["snippet"]), s, d + 1);
    }
    const x16 = o1.response;
    if (x16 !== void 0) {
      if (typeof x16 !== "string" && hasOwn.call(o1, "response")) {
        s = reportFixed(s, p, issue$response_type_0cb402);
      }
    }
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "steps" && k17 !== "snippet" && k17 !== "response") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateRecipeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.appearance;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.background_color;
      if (x5 !== void 0) {
        property6: {
          if (typeof x5 !== "string") {
            if (hasOwn.call(o4, "background_color")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property3;
            }
            break property6;
          }
          if (!pattern$54983b.test(x5)) {
            if (hasOwn.call(o4, "background_color")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property3;
            }
            break property6;
          }
        }
      }
      const x7 = o4.emoji;
      if (x7 !== void 0) {
        if (typeof x7 !== "string" && hasOwn.call(o4, "emoji")) {
          if (hasOwn.call(o1, "appearance")) return false;
          break property3;
        }
      }
      for (const k9 in o4) {
        if (!hasOwn.call(o4, k9)) continue;
        const x10 = o4[k9];
        if (x10 === void 0) continue;
        if (k9 !== "background_color" && k9 !== "emoji") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x11 = o1.connections;
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) {
        if (hasOwn.call(o1, "connections")) return false;
        break property12;
      }
      const o13 = x11;
      const x14 = o13.references;
      if (x14 !== void 0) {
        property15: {
          if (!Array.isArray(x14)) {
            if (hasOwn.call(o13, "references")) {
              if (hasOwn.call(o1, "connections")) return false;
              break property12;
            }
            break property15;
          }
          const a16 = x14;
          for (let i17 = 0; i17 < a16.length; i17++) {
            const x18 = a16[i17];
            if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) {
              if (hasOwn.call(o13, "references")) {
                if (hasOwn.call(o1, "connections")) return false;
                break property12;
              }
              break property15;
            }
            const o19 = x18;
            const x20 = o19.uri;
            if (x20 !== void 0) {
              property21: {
                if (typeof x20 !== "string") {
                  if (hasOwn.call(o19, "uri")) {
                    if (hasOwn.call(o13, "references")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property12;
                    }
                    break property15;
                  }
                  break property21;
                }
                if (!pattern$5b79dc.test(x20)) {
                  if (hasOwn.call(o19, "uri")) {
                    if (hasOwn.call(o13, "references")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property12;
                    }
                    break property15;
                  }
                  break property21;
                }
              }
            }
            for (const k22 in o19) {
              if (!hasOwn.call(o19, k22)) continue;
              const x23 = o19[k22];
              if (x23 === void 0) continue;
              if (k22 !== "uri") {
                {
                  if (hasOwn.call(o13, "references")) {
                    if (hasOwn.call(o1, "connections")) return false;
                    break property12;
                  }
                  break property15;
                }
              }
            }
          }
        }
      }
      for (const k24 in o13) {
        if (!hasOwn.call(o13, k24)) continue;
        const x25 = o13[k24];
        if (x25 === void 0) continue;
        if (k24 !== "references") {
          {
            if (hasOwn.call(o1, "connections")) return false;
            break property12;
          }
        }
      }
    }
  }
  const x26 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x26 === void 0) return false;
  if (!is$$inline38(x26, d + 1)) return false;
  const x27 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x27 === void 0) return false;
  if (typeof x27 !== "string") return false;
  const x28 = o1.privacy;
  if (x28 !== void 0) {
    property29: {
      if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property29;
      }
      const o30 = x28;
      const x31 = o30.view;
      if (x31 !== void 0) {
        if (x31 !== "public" && x31 !== "anyone_with_link" && hasOwn.call(o30, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property29;
        }
      }
      for (const k33 in o30) {
        if (!hasOwn.call(o30, k33)) continue;
        const x34 = o30[k33];
        if (x34 === void 0) continue;
        if (k33 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property29;
          }
        }
      }
    }
  }
  const x35 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x35 === void 0) return false;
  if (typeof x35 !== "string") return false;
  for (const k36 in o1) {
    if (!hasOwn.call(o1, k36)) continue;
    const x37 = o1[k36];
    if (x37 === void 0) continue;
    if (k36 !== "appearance" && k36 !== "connections" && k36 !== "content" && k36 !== "description" && k36 !== "privacy" && k36 !== "title") {
      return false;
    }
  }
  return true;
}
function check$CreateRecipeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.appearance;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o3 = x2;
          const x4 = o3.background_color;
          if (x4 !== void 0) {
            if (hasOwn.call(o3, "background_color")) {
              if (typeof x4 !== "string") {
                s = reportFixed(s, p, issue$appearance_background_color_type_a35a33);
              } else {
                if (!pattern$54983b.test(x4)) s = reportFixed(s, p, issue$appearance_background_color_pattern_1ee010);
              }
            }
          }
          const x5 = o3.emoji;
          if (x5 !== void 0) {
            if (typeof x5 !== "string" && hasOwn.call(o3, "emoji")) {
              s = reportFixed(s, p, issue$appearance_emoji_type_e0a22b);
            }
          }
          for (const k6 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k6)) continue;
            const x7 = o3[k6];
            if (x7 === void 0) continue;
            if (k6 !== "background_color" && k6 !== "emoji") {
              s = report(s, p, ["appearance", k6], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x8 = o1.connections;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "connections")) {
        if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
          s = reportFixed(s, p, issue$connections_type_dfe020);
        } else {
          const o9 = x8;
          const x10 = o9.references;
          if (x10 !== void 0) {
            if (hasOwn.call(o9, "references")) {
              if (!Array.isArray(x10)) {
                s = reportFixed(s, p, issue$connections_references_type_411704);
              } else {
                const a11 = x10;
                for (let i12 = 0; i12 < a11.length; i12++) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  const x13 = a11[i12];
                  if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
                    s = report(s, p, ["connections", "references", i12], "type", "must be an object");
                  } else {
                    const o14 = x13;
                    const x15 = o14.uri;
                    if (x15 !== void 0) {
                      if (hasOwn.call(o14, "uri")) {
                        if (typeof x15 !== "string") {
                          s = report(s, p, ["connections", "references", i12, "uri"], "type", "must be a string");
                        } else {
                          if (!pattern$5b79dc.test(x15)) s = report(s, p, ["connections", "references", i12, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/(guides|reference)\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                        }
                      }
                    }
                    for (const k16 in o14) {
                      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                      if (!hasOwn.call(o14, k16)) continue;
                      const x17 = o14[k16];
                      if (x17 === void 0) continue;
                      if (k16 !== "uri") {
                        s = report(s, p, ["connections", "references", i12, k16], "additionalProperties", "is not an allowed property");
                      }
                    }
                  }
                }
              }
            }
          }
          for (const k18 in o9) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o9, k18)) continue;
            const x19 = o9[k18];
            if (x19 === void 0) continue;
            if (k18 !== "references") {
              s = report(s, p, ["connections", k18], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (!is$$inline38(x20, d + 1)) s = check$$inline38(x20, below(p, ["content"]), s, d + 1);
    }
    const x21 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x21 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x21 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x22 = o1.privacy;
    if (x22 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o23 = x22;
          const x24 = o23.view;
          if (x24 !== void 0) {
            if (x24 !== "public" && x24 !== "anyone_with_link" && hasOwn.call(o23, "view")) {
              if (typeof x24 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x24 !== "public" && x24 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k25 in o23) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o23, k25)) continue;
            const x26 = o23[k25];
            if (x26 === void 0) continue;
            if (k25 !== "view") {
              s = report(s, p, ["privacy", k25], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x27 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x27 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x27 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    for (const k28 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k28)) continue;
      const x29 = o1[k28];
      if (x29 === void 0) continue;
      if (k28 !== "appearance" && k28 !== "connections" && k28 !== "content" && k28 !== "description" && k28 !== "privacy" && k28 !== "title") {
        s = report(s, p, [k28], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateRecipeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline35(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateRecipeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline35(x2, d + 1)) s = check$$inline35(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetRecipeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline35(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetRecipeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline35(x2, d + 1)) s = check$$inline35(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteRecipeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteRecipeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateRecipeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.appearance;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.background_color;
      if (x5 !== void 0) {
        property6: {
          if (typeof x5 !== "string") {
            if (hasOwn.call(o4, "background_color")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property3;
            }
            break property6;
          }
          if (!pattern$54983b.test(x5)) {
            if (hasOwn.call(o4, "background_color")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property3;
            }
            break property6;
          }
        }
      }
      const x7 = o4.emoji;
      if (x7 !== void 0) {
        if (typeof x7 !== "string" && hasOwn.call(o4, "emoji")) {
          if (hasOwn.call(o1, "appearance")) return false;
          break property3;
        }
      }
      for (const k9 in o4) {
        if (!hasOwn.call(o4, k9)) continue;
        const x10 = o4[k9];
        if (x10 === void 0) continue;
        if (k9 !== "background_color" && k9 !== "emoji") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x11 = o1.connections;
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) {
        if (hasOwn.call(o1, "connections")) return false;
        break property12;
      }
      const o13 = x11;
      const x14 = o13.references;
      if (x14 !== void 0) {
        property15: {
          if (!Array.isArray(x14)) {
            if (hasOwn.call(o13, "references")) {
              if (hasOwn.call(o1, "connections")) return false;
              break property12;
            }
            break property15;
          }
          const a16 = x14;
          for (let i17 = 0; i17 < a16.length; i17++) {
            const x18 = a16[i17];
            if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) {
              if (hasOwn.call(o13, "references")) {
                if (hasOwn.call(o1, "connections")) return false;
                break property12;
              }
              break property15;
            }
            const o19 = x18;
            const x20 = o19.uri;
            if (x20 !== void 0) {
              property21: {
                if (typeof x20 !== "string") {
                  if (hasOwn.call(o19, "uri")) {
                    if (hasOwn.call(o13, "references")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property12;
                    }
                    break property15;
                  }
                  break property21;
                }
                if (!pattern$5b79dc.test(x20)) {
                  if (hasOwn.call(o19, "uri")) {
                    if (hasOwn.call(o13, "references")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property12;
                    }
                    break property15;
                  }
                  break property21;
                }
              }
            }
            for (const k22 in o19) {
              if (!hasOwn.call(o19, k22)) continue;
              const x23 = o19[k22];
              if (x23 === void 0) continue;
              if (k22 !== "uri") {
                {
                  if (hasOwn.call(o13, "references")) {
                    if (hasOwn.call(o1, "connections")) return false;
                    break property12;
                  }
                  break property15;
                }
              }
            }
          }
        }
      }
      for (const k24 in o13) {
        if (!hasOwn.call(o13, k24)) continue;
        const x25 = o13[k24];
        if (x25 === void 0) continue;
        if (k24 !== "references") {
          {
            if (hasOwn.call(o1, "connections")) return false;
            break property12;
          }
        }
      }
    }
  }
  const x26 = o1.content;
  if (x26 !== void 0) {
    if (!is$$inline38(x26, d + 1) && hasOwn.call(o1, "content")) return false;
  }
  const x28 = o1.description;
  if (x28 !== void 0) {
    if (typeof x28 !== "string" && hasOwn.call(o1, "description")) return false;
  }
  const x30 = o1.privacy;
  if (x30 !== void 0) {
    property31: {
      if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property31;
      }
      const o32 = x30;
      const x33 = o32.view;
      if (x33 !== void 0) {
        if (x33 !== "public" && x33 !== "anyone_with_link" && hasOwn.call(o32, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property31;
        }
      }
      for (const k35 in o32) {
        if (!hasOwn.call(o32, k35)) continue;
        const x36 = o32[k35];
        if (x36 === void 0) continue;
        if (k35 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property31;
          }
        }
      }
    }
  }
  const x37 = o1.title;
  if (x37 !== void 0) {
    if (typeof x37 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x39 = o1.position;
  if (x39 !== void 0) {
    if (!Number.isFinite(x39) && hasOwn.call(o1, "position")) return false;
  }
  for (const k41 in o1) {
    if (!hasOwn.call(o1, k41)) continue;
    const x42 = o1[k41];
    if (x42 === void 0) continue;
    if (k41 !== "appearance" && k41 !== "connections" && k41 !== "content" && k41 !== "description" && k41 !== "privacy" && k41 !== "title" && k41 !== "position") {
      return false;
    }
  }
  return true;
}
function check$UpdateRecipeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.appearance;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o3 = x2;
          const x4 = o3.background_color;
          if (x4 !== void 0) {
            if (hasOwn.call(o3, "background_color")) {
              if (typeof x4 !== "string") {
                s = reportFixed(s, p, issue$appearance_background_color_type_a35a33);
              } else {
                if (!pattern$54983b.test(x4)) s = reportFixed(s, p, issue$appearance_background_color_pattern_1ee010);
              }
            }
          }
          const x5 = o3.emoji;
          if (x5 !== void 0) {
            if (typeof x5 !== "string" && hasOwn.call(o3, "emoji")) {
              s = reportFixed(s, p, issue$appearance_emoji_type_e0a22b);
            }
          }
          for (const k6 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k6)) continue;
            const x7 = o3[k6];
            if (x7 === void 0) continue;
            if (k6 !== "background_color" && k6 !== "emoji") {
              s = report(s, p, ["appearance", k6], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x8 = o1.connections;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "connections")) {
        if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
          s = reportFixed(s, p, issue$connections_type_dfe020);
        } else {
          const o9 = x8;
          const x10 = o9.references;
          if (x10 !== void 0) {
            if (hasOwn.call(o9, "references")) {
              if (!Array.isArray(x10)) {
                s = reportFixed(s, p, issue$connections_references_type_411704);
              } else {
                const a11 = x10;
                for (let i12 = 0; i12 < a11.length; i12++) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  const x13 = a11[i12];
                  if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
                    s = report(s, p, ["connections", "references", i12], "type", "must be an object");
                  } else {
                    const o14 = x13;
                    const x15 = o14.uri;
                    if (x15 !== void 0) {
                      if (hasOwn.call(o14, "uri")) {
                        if (typeof x15 !== "string") {
                          s = report(s, p, ["connections", "references", i12, "uri"], "type", "must be a string");
                        } else {
                          if (!pattern$5b79dc.test(x15)) s = report(s, p, ["connections", "references", i12, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/(guides|reference)\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                        }
                      }
                    }
                    for (const k16 in o14) {
                      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                      if (!hasOwn.call(o14, k16)) continue;
                      const x17 = o14[k16];
                      if (x17 === void 0) continue;
                      if (k16 !== "uri") {
                        s = report(s, p, ["connections", "references", i12, k16], "additionalProperties", "is not an allowed property");
                      }
                    }
                  }
                }
              }
            }
          }
          for (const k18 in o9) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o9, k18)) continue;
            const x19 = o9[k18];
            if (x19 === void 0) continue;
            if (k18 !== "references") {
              s = report(s, p, ["connections", k18], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x20 = o1.content;
    if (x20 !== void 0) {
      if (!is$$inline38(x20, d + 1) && hasOwn.call(o1, "content")) s = check$$inline38(x20, below(p, ["content"]), s, d + 1);
    }
    const x21 = o1.description;
    if (x21 !== void 0) {
      if (typeof x21 !== "string" && hasOwn.call(o1, "description")) {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x22 = o1.privacy;
    if (x22 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o23 = x22;
          const x24 = o23.view;
          if (x24 !== void 0) {
            if (x24 !== "public" && x24 !== "anyone_with_link" && hasOwn.call(o23, "view")) {
              if (typeof x24 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x24 !== "public" && x24 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k25 in o23) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o23, k25)) continue;
            const x26 = o23[k25];
            if (x26 === void 0) continue;
            if (k25 !== "view") {
              s = report(s, p, ["privacy", k25], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x27 = o1.title;
    if (x27 !== void 0) {
      if (typeof x27 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x28 = o1.position;
    if (x28 !== void 0) {
      if (!Number.isFinite(x28) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    for (const k29 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k29)) continue;
      const x30 = o1[k29];
      if (x30 === void 0) continue;
      if (k29 !== "appearance" && k29 !== "connections" && k29 !== "content" && k29 !== "description" && k29 !== "privacy" && k29 !== "title" && k29 !== "position") {
        s = report(s, p, [k29], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateRecipeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline35(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateRecipeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline35(x2, d + 1)) s = check$$inline35(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline41(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.additional_properties;
  if (x2 !== void 0) {
    if (typeof x2 !== "boolean" && hasOwn.call(o1, "additional_properties")) return false;
  }
  const x4 = o1.callbacks;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "callbacks")) return false;
  }
  const x6 = o1.circular_references;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "circular_references")) return false;
  }
  const x8 = o1.common_parameters;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "common_parameters")) return false;
  }
  const x10 = o1.discriminators;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "discriminators")) return false;
  }
  const x12 = o1.links;
  if (x12 !== void 0) {
    if (typeof x12 !== "boolean" && hasOwn.call(o1, "links")) return false;
  }
  const x14 = o1.polymorphism;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o1, "polymorphism")) return false;
  }
  const x16 = o1.references;
  if (x16 !== void 0) {
    if (typeof x16 !== "boolean" && hasOwn.call(o1, "references")) return false;
  }
  const x18 = o1.server_variables;
  if (x18 !== void 0) {
    if (typeof x18 !== "boolean" && hasOwn.call(o1, "server_variables")) return false;
  }
  const x20 = o1.style;
  if (x20 !== void 0) {
    if (typeof x20 !== "boolean" && hasOwn.call(o1, "style")) return false;
  }
  const x22 = o1.webhooks;
  if (x22 !== void 0) {
    if (typeof x22 !== "boolean" && hasOwn.call(o1, "webhooks")) return false;
  }
  const x24 = o1.xml_requests;
  if (x24 !== void 0) {
    if (typeof x24 !== "boolean" && hasOwn.call(o1, "xml_requests")) return false;
  }
  const x26 = o1.xml_responses;
  if (x26 !== void 0) {
    if (typeof x26 !== "boolean" && hasOwn.call(o1, "xml_responses")) return false;
  }
  const x28 = o1.xml_schemas;
  if (x28 !== void 0) {
    if (typeof x28 !== "boolean" && hasOwn.call(o1, "xml_schemas")) return false;
  }
  for (const k30 in o1) {
    if (!hasOwn.call(o1, k30)) continue;
    const x31 = o1[k30];
    if (x31 === void 0) continue;
    if (!allowed$9638fc.has(k30)) {
      return false;
    }
  }
  return true;
}
function check$$inline41(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.additional_properties;
    if (x2 !== void 0) {
      if (typeof x2 !== "boolean" && hasOwn.call(o1, "additional_properties")) {
        s = reportFixed(s, p, issue$additional_properties_type_07911d);
      }
    }
    const x3 = o1.callbacks;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "callbacks")) {
        s = reportFixed(s, p, issue$callbacks_type_acd13b);
      }
    }
    const x4 = o1.circular_references;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean" && hasOwn.call(o1, "circular_references")) {
        s = reportFixed(s, p, issue$circular_references_type_c1d025);
      }
    }
    const x5 = o1.common_parameters;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "common_parameters")) {
        s = reportFixed(s, p, issue$common_parameters_type_843bb4);
      }
    }
    const x6 = o1.discriminators;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "discriminators")) {
        s = reportFixed(s, p, issue$discriminators_type_b74557);
      }
    }
    const x7 = o1.links;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "links")) {
        s = reportFixed(s, p, issue$links_type_ef1bb6);
      }
    }
    const x8 = o1.polymorphism;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o1, "polymorphism")) {
        s = reportFixed(s, p, issue$polymorphism_type_0a5dce);
      }
    }
    const x9 = o1.references;
    if (x9 !== void 0) {
      if (typeof x9 !== "boolean" && hasOwn.call(o1, "references")) {
        s = reportFixed(s, p, issue$references_type_878a9f);
      }
    }
    const x10 = o1.server_variables;
    if (x10 !== void 0) {
      if (typeof x10 !== "boolean" && hasOwn.call(o1, "server_variables")) {
        s = reportFixed(s, p, issue$server_variables_type_85c41b);
      }
    }
    const x11 = o1.style;
    if (x11 !== void 0) {
      if (typeof x11 !== "boolean" && hasOwn.call(o1, "style")) {
        s = reportFixed(s, p, issue$style_type_c447cd);
      }
    }
    const x12 = o1.webhooks;
    if (x12 !== void 0) {
      if (typeof x12 !== "boolean" && hasOwn.call(o1, "webhooks")) {
        s = reportFixed(s, p, issue$webhooks_type_f41fbf);
      }
    }
    const x13 = o1.xml_requests;
    if (x13 !== void 0) {
      if (typeof x13 !== "boolean" && hasOwn.call(o1, "xml_requests")) {
        s = reportFixed(s, p, issue$xml_requests_type_023569);
      }
    }
    const x14 = o1.xml_responses;
    if (x14 !== void 0) {
      if (typeof x14 !== "boolean" && hasOwn.call(o1, "xml_responses")) {
        s = reportFixed(s, p, issue$xml_responses_type_349021);
      }
    }
    const x15 = o1.xml_schemas;
    if (x15 !== void 0) {
      if (typeof x15 !== "boolean" && hasOwn.call(o1, "xml_schemas")) {
        s = reportFixed(s, p, issue$xml_schemas_type_c92372);
      }
    }
    for (const k16 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k16)) continue;
      const x17 = o1[k16];
      if (x17 === void 0) continue;
      if (!allowed$9638fc.has(k16)) {
        s = report(s, p, [k16], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline40(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.method;
  if (x2 !== void 0) {
    if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace" && hasOwn.call(o1, "method")) return false;
  }
  const x4 = o1.path;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "path")) return false;
  }
  const x12 = o1.stats;
  if (x12 !== void 0) {
    if (!is$$inline41(x12, d + 1) && hasOwn.call(o1, "stats")) return false;
  }
  const x14 = o1.source;
  if (x14 !== void 0) {
    if (!allowed$0e8aca.has(x14) && hasOwn.call(o1, "source")) return false;
  }
  const x16 = o1.uri;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "string") {
        if (hasOwn.call(o1, "uri")) return false;
        break property17;
      }
      if (!pattern$d56d23.test(x16)) {
        if (hasOwn.call(o1, "uri")) return false;
        break property17;
      }
    }
  }
  for (const k18 in o1) {
    if (!hasOwn.call(o1, k18)) continue;
    const x19 = o1[k18];
    if (x19 === void 0) continue;
    if (k18 !== "method" && k18 !== "path" && k18 !== "schema" && k18 !== "stats" && k18 !== "source" && k18 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline40(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.method;
    if (x2 !== void 0) {
      if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace" && hasOwn.call(o1, "method")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$method_type_117b16);
        } else {
          if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace") s = reportFixed(s, p, issue$method_enum_d0b1d2);
        }
      }
    }
    const x3 = o1.path;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "path")) {
        s = reportFixed(s, p, issue$path_type_b9dd73);
      }
    }
    const x9 = o1.stats;
    if (x9 !== void 0) {
      if (!is$$inline41(x9, d + 1) && hasOwn.call(o1, "stats")) s = check$$inline41(x9, below(p, ["stats"]), s, d + 1);
    }
    const x10 = o1.source;
    if (x10 !== void 0) {
      if (!allowed$0e8aca.has(x10) && hasOwn.call(o1, "source")) {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$source_type_50aa68);
        } else {
          if (!allowed$0e8aca.has(x10)) s = reportFixed(s, p, issue$source_enum_f7e6e9);
        }
      }
    }
    const x11 = o1.uri;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "uri")) {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$uri_type_05c4f2);
        } else {
          if (!pattern$d56d23.test(x11)) s = reportFixed(s, p, issue$uri_pattern_01ef86);
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "method" && k12 !== "path" && k12 !== "schema" && k12 !== "stats" && k12 !== "source" && k12 !== "uri") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateReferenceRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = o1.appearance;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = o6.icon;
      if (x7 !== void 0) {
        property8: {
          if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
            if (hasOwn.call(o6, "icon")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property5;
            }
            break property8;
          }
          const o9 = x7;
          const x10 = o9.name;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o9, "name")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          const x12 = o9.type;
          if (x12 !== void 0) {
            if (x12 !== "icon" && x12 !== "emoji" && hasOwn.call(o9, "type")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          for (const k14 in o9) {
            if (!hasOwn.call(o9, k14)) continue;
            const x15 = o9[k14];
            if (x15 === void 0) continue;
            if (k14 !== "name" && k14 !== "type") {
              {
                if (hasOwn.call(o6, "icon")) {
                  if (hasOwn.call(o1, "appearance")) return false;
                  break property5;
                }
                break property8;
              }
            }
          }
        }
      }
      for (const k16 in o6) {
        if (!hasOwn.call(o6, k16)) continue;
        const x17 = o6[k16];
        if (x17 === void 0) continue;
        if (k16 !== "icon") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property5;
          }
        }
      }
    }
  }
  const x18 = hasOwn.call(o1, "category") ? o1.category : void 0;
  if (x18 === void 0) return false;
  if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) return false;
  const o19 = x18;
  const x20 = hasOwn.call(o19, "uri") ? o19.uri : void 0;
  if (x20 === void 0) return false;
  if (typeof x20 !== "string") return false;
  if (!pattern$564e25.test(x20)) return false;
  for (const k21 in o19) {
    if (!hasOwn.call(o19, k21)) continue;
    const x22 = o19[k21];
    if (x22 === void 0) continue;
    if (k21 !== "uri") {
      return false;
    }
  }
  const x23 = o1.content;
  if (x23 !== void 0) {
    if (!is$$inline24(x23, d + 1) && hasOwn.call(o1, "content")) return false;
  }
  const x25 = o1.metadata;
  if (x25 !== void 0) {
    if (!is$$inline28(x25, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x27 = o1.parent;
  if (x27 !== void 0) {
    property28: {
      if (typeof x27 !== "object" || x27 === null || Array.isArray(x27)) {
        if (hasOwn.call(o1, "parent")) return false;
        break property28;
      }
      const o29 = x27;
      const x30 = o29.uri;
      if (x30 !== void 0) {
        property31: {
          if (typeof x30 !== "string") {
            if (hasOwn.call(o29, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property28;
            }
            break property31;
          }
          if (!pattern$5b79dc.test(x30)) {
            if (hasOwn.call(o29, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property28;
            }
            break property31;
          }
        }
      }
      for (const k32 in o29) {
        if (!hasOwn.call(o29, k32)) continue;
        const x33 = o29[k32];
        if (x33 === void 0) continue;
        if (k32 !== "uri") {
          {
            if (hasOwn.call(o1, "parent")) return false;
            break property28;
          }
        }
      }
    }
  }
  const x34 = o1.privacy;
  if (x34 !== void 0) {
    property35: {
      if (typeof x34 !== "object" || x34 === null || Array.isArray(x34)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property35;
      }
      const o36 = x34;
      const x37 = o36.view;
      if (x37 !== void 0) {
        if (x37 !== "public" && x37 !== "anyone_with_link" && hasOwn.call(o36, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property35;
        }
      }
      for (const k39 in o36) {
        if (!hasOwn.call(o36, k39)) continue;
        const x40 = o36[k39];
        if (x40 === void 0) continue;
        if (k39 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property35;
          }
        }
      }
    }
  }
  const x41 = o1.slug;
  if (x41 !== void 0) {
    property42: {
      if (typeof x41 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property42;
      }
      if (x41.length < 1) {
        if (hasOwn.call(o1, "slug")) return false;
        break property42;
      }
    }
  }
  const x47 = o1.state;
  if (x47 !== void 0) {
    if (x47 !== "current" && x47 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x49 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x49 === void 0) return false;
  if (typeof x49 !== "string") return false;
  const x50 = o1.type;
  if (x50 !== void 0) {
    if (x50 !== "api_config" && x50 !== "basic" && x50 !== "endpoint" && x50 !== "link" && x50 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x52 = o1.connections;
  if (x52 !== void 0) {
    property53: {
      if (typeof x52 !== "object" || x52 === null || Array.isArray(x52)) {
        if (hasOwn.call(o1, "connections")) return false;
        break property53;
      }
      const o54 = x52;
      const x55 = o54.recipes;
      if (x55 !== void 0) {
        property56: {
          if (!Array.isArray(x55)) {
            if (hasOwn.call(o54, "recipes")) {
              if (hasOwn.call(o1, "connections")) return false;
              break property53;
            }
            break property56;
          }
          const a57 = x55;
          for (let i58 = 0; i58 < a57.length; i58++) {
            const x59 = a57[i58];
            if (typeof x59 !== "object" || x59 === null || Array.isArray(x59)) {
              if (hasOwn.call(o54, "recipes")) {
                if (hasOwn.call(o1, "connections")) return false;
                break property53;
              }
              break property56;
            }
            const o60 = x59;
            const x61 = o60.uri;
            if (x61 !== void 0) {
              property62: {
                if (typeof x61 !== "string") {
                  if (hasOwn.call(o60, "uri")) {
                    if (hasOwn.call(o54, "recipes")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property53;
                    }
                    break property56;
                  }
                  break property62;
                }
                if (!pattern$ccf52a.test(x61)) {
                  if (hasOwn.call(o60, "uri")) {
                    if (hasOwn.call(o54, "recipes")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property53;
                    }
                    break property56;
                  }
                  break property62;
                }
              }
            }
            for (const k63 in o60) {
              if (!hasOwn.call(o60, k63)) continue;
              const x64 = o60[k63];
              if (x64 === void 0) continue;
              if (k63 !== "uri") {
                {
                  if (hasOwn.call(o54, "recipes")) {
                    if (hasOwn.call(o1, "connections")) return false;
                    break property53;
                  }
                  break property56;
                }
              }
            }
          }
        }
      }
      for (const k65 in o54) {
        if (!hasOwn.call(o54, k65)) continue;
        const x66 = o54[k65];
        if (x66 === void 0) continue;
        if (k65 !== "recipes") {
          {
            if (hasOwn.call(o1, "connections")) return false;
            break property53;
          }
        }
      }
    }
  }
  const x67 = o1.position;
  if (x67 !== void 0) {
    if (!Number.isFinite(x67) && hasOwn.call(o1, "position")) return false;
  }
  const x69 = o1.api_config;
  if (x69 !== void 0) {
    if (x69 !== "authentication" && x69 !== "getting-started" && x69 !== "my-requests" && hasOwn.call(o1, "api_config")) return false;
  }
  const x71 = o1.api;
  if (x71 !== void 0) {
    if (!is$$inline40(x71, d + 1) && hasOwn.call(o1, "api")) return false;
  }
  for (const k73 in o1) {
    if (!hasOwn.call(o1, k73)) continue;
    const x74 = o1[k73];
    if (x74 === void 0) continue;
    if (!allowed$16fb6d.has(k73)) {
      return false;
    }
  }
  return true;
}
function check$CreateReferenceRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = o1.appearance;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o4 = x3;
          const x5 = o4.icon;
          if (x5 !== void 0) {
            if (hasOwn.call(o4, "icon")) {
              if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
                s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
              } else {
                const o6 = x5;
                const x7 = o6.name;
                if (x7 !== void 0) {
                  if (typeof x7 !== "string" && hasOwn.call(o6, "name")) {
                    s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
                  }
                }
                const x8 = o6.type;
                if (x8 !== void 0) {
                  if (x8 !== "icon" && x8 !== "emoji" && hasOwn.call(o6, "type")) {
                    if (typeof x8 !== "string") {
                      s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                    } else {
                      if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                    }
                  }
                }
                for (const k9 in o6) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o6, k9)) continue;
                  const x10 = o6[k9];
                  if (x10 === void 0) continue;
                  if (k9 !== "name" && k9 !== "type") {
                    s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
          for (const k11 in o4) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o4, k11)) continue;
            const x12 = o4[k11];
            if (x12 === void 0) continue;
            if (k11 !== "icon") {
              s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "category") ? o1.category : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$category_required_fe6d0d);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$category_type_46ec91);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "uri") ? o14.uri : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$category_uri_required_356de6);
        } else {
          if (typeof x15 !== "string") {
            s = reportFixed(s, p, issue$category_uri_type_60c2ee);
          } else {
            if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
          }
        }
        for (const k16 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k16)) continue;
          const x17 = o14[k16];
          if (x17 === void 0) continue;
          if (k16 !== "uri") {
            s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x18 = o1.content;
    if (x18 !== void 0) {
      if (!is$$inline24(x18, d + 1) && hasOwn.call(o1, "content")) s = check$$inline24(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = o1.metadata;
    if (x19 !== void 0) {
      if (!is$$inline28(x19, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline28(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = o1.parent;
    if (x20 !== void 0) {
      if (hasOwn.call(o1, "parent")) {
        if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
          s = reportFixed(s, p, issue$parent_type_416983);
        } else {
          const o21 = x20;
          const x22 = o21.uri;
          if (x22 !== void 0) {
            if (hasOwn.call(o21, "uri")) {
              if (typeof x22 !== "string") {
                s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
              } else {
                if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
              }
            }
          }
          for (const k23 in o21) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o21, k23)) continue;
            const x24 = o21[k23];
            if (x24 === void 0) continue;
            if (k23 !== "uri") {
              s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x25 = o1.privacy;
    if (x25 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o26 = x25;
          const x27 = o26.view;
          if (x27 !== void 0) {
            if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
              if (typeof x27 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k28 in o26) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o26, k28)) continue;
            const x29 = o26[k28];
            if (x29 === void 0) continue;
            if (k28 !== "view") {
              s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x30 = o1.slug;
    if (x30 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        }
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
        }
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x36 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x36 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = o1.connections;
    if (x38 !== void 0) {
      if (hasOwn.call(o1, "connections")) {
        if (typeof x38 !== "object" || x38 === null || Array.isArray(x38)) {
          s = reportFixed(s, p, issue$connections_type_dfe020);
        } else {
          const o39 = x38;
          const x40 = o39.recipes;
          if (x40 !== void 0) {
            if (hasOwn.call(o39, "recipes")) {
              if (!Array.isArray(x40)) {
                s = reportFixed(s, p, issue$connections_recipes_type_fe77e6);
              } else {
                const a41 = x40;
                for (let i42 = 0; i42 < a41.length; i42++) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  const x43 = a41[i42];
                  if (typeof x43 !== "object" || x43 === null || Array.isArray(x43)) {
                    s = report(s, p, ["connections", "recipes", i42], "type", "must be an object");
                  } else {
                    const o44 = x43;
                    const x45 = o44.uri;
                    if (x45 !== void 0) {
                      if (hasOwn.call(o44, "uri")) {
                        if (typeof x45 !== "string") {
                          s = report(s, p, ["connections", "recipes", i42, "uri"], "type", "must be a string");
                        } else {
                          if (!pattern$ccf52a.test(x45)) s = report(s, p, ["connections", "recipes", i42, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/recipes\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                        }
                      }
                    }
                    for (const k46 in o44) {
                      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                      if (!hasOwn.call(o44, k46)) continue;
                      const x47 = o44[k46];
                      if (x47 === void 0) continue;
                      if (k46 !== "uri") {
                        s = report(s, p, ["connections", "recipes", i42, k46], "additionalProperties", "is not an allowed property");
                      }
                    }
                  }
                }
              }
            }
          }
          for (const k48 in o39) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o39, k48)) continue;
            const x49 = o39[k48];
            if (x49 === void 0) continue;
            if (k48 !== "recipes") {
              s = report(s, p, ["connections", k48], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x50 = o1.position;
    if (x50 !== void 0) {
      if (!Number.isFinite(x50) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    const x51 = o1.api_config;
    if (x51 !== void 0) {
      if (x51 !== "authentication" && x51 !== "getting-started" && x51 !== "my-requests" && hasOwn.call(o1, "api_config")) {
        if (typeof x51 !== "string") {
          s = reportFixed(s, p, issue$api_config_type_cd1489);
        } else {
          if (x51 !== "authentication" && x51 !== "getting-started" && x51 !== "my-requests") s = reportFixed(s, p, issue$api_config_enum_b9e9f9);
        }
      }
    }
    const x52 = o1.api;
    if (x52 !== void 0) {
      if (!is$$inline40(x52, d + 1) && hasOwn.call(o1, "api")) s = check$$inline40(x52, below(p, ["api"]), s, d + 1);
    }
    for (const k53 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k53)) continue;
      const x54 = o1[k53];
      if (x54 === void 0) continue;
      if (!allowed$16fb6d.has(k53)) {
        s = report(s, p, [k53], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline44(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.additional_properties;
  if (x2 !== void 0) {
    if (typeof x2 !== "boolean" && hasOwn.call(o1, "additional_properties")) return false;
  }
  const x4 = o1.callbacks;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "callbacks")) return false;
  }
  const x6 = o1.circular_references;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "circular_references")) return false;
  }
  const x8 = o1.common_parameters;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "common_parameters")) return false;
  }
  const x10 = o1.discriminators;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "discriminators")) return false;
  }
  const x12 = o1.links;
  if (x12 !== void 0) {
    if (typeof x12 !== "boolean" && hasOwn.call(o1, "links")) return false;
  }
  const x14 = o1.polymorphism;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o1, "polymorphism")) return false;
  }
  const x16 = o1.references;
  if (x16 !== void 0) {
    if (typeof x16 !== "boolean" && hasOwn.call(o1, "references")) return false;
  }
  const x18 = o1.server_variables;
  if (x18 !== void 0) {
    if (typeof x18 !== "boolean" && hasOwn.call(o1, "server_variables")) return false;
  }
  const x20 = o1.style;
  if (x20 !== void 0) {
    if (typeof x20 !== "boolean" && hasOwn.call(o1, "style")) return false;
  }
  const x22 = o1.webhooks;
  if (x22 !== void 0) {
    if (typeof x22 !== "boolean" && hasOwn.call(o1, "webhooks")) return false;
  }
  const x24 = o1.xml_requests;
  if (x24 !== void 0) {
    if (typeof x24 !== "boolean" && hasOwn.call(o1, "xml_requests")) return false;
  }
  const x26 = o1.xml_responses;
  if (x26 !== void 0) {
    if (typeof x26 !== "boolean" && hasOwn.call(o1, "xml_responses")) return false;
  }
  const x28 = o1.xml_schemas;
  if (x28 !== void 0) {
    if (typeof x28 !== "boolean" && hasOwn.call(o1, "xml_schemas")) return false;
  }
  for (const k30 in o1) {
    if (!hasOwn.call(o1, k30)) continue;
    const x31 = o1[k30];
    if (x31 === void 0) continue;
    if (!allowed$9638fc.has(k30)) {
      return false;
    }
  }
  return true;
}
function check$$inline44(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.additional_properties;
    if (x2 !== void 0) {
      if (typeof x2 !== "boolean" && hasOwn.call(o1, "additional_properties")) {
        s = reportFixed(s, p, issue$additional_properties_type_07911d);
      }
    }
    const x3 = o1.callbacks;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "callbacks")) {
        s = reportFixed(s, p, issue$callbacks_type_acd13b);
      }
    }
    const x4 = o1.circular_references;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean" && hasOwn.call(o1, "circular_references")) {
        s = reportFixed(s, p, issue$circular_references_type_c1d025);
      }
    }
    const x5 = o1.common_parameters;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "common_parameters")) {
        s = reportFixed(s, p, issue$common_parameters_type_843bb4);
      }
    }
    const x6 = o1.discriminators;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "discriminators")) {
        s = reportFixed(s, p, issue$discriminators_type_b74557);
      }
    }
    const x7 = o1.links;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "links")) {
        s = reportFixed(s, p, issue$links_type_ef1bb6);
      }
    }
    const x8 = o1.polymorphism;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o1, "polymorphism")) {
        s = reportFixed(s, p, issue$polymorphism_type_0a5dce);
      }
    }
    const x9 = o1.references;
    if (x9 !== void 0) {
      if (typeof x9 !== "boolean" && hasOwn.call(o1, "references")) {
        s = reportFixed(s, p, issue$references_type_878a9f);
      }
    }
    const x10 = o1.server_variables;
    if (x10 !== void 0) {
      if (typeof x10 !== "boolean" && hasOwn.call(o1, "server_variables")) {
        s = reportFixed(s, p, issue$server_variables_type_85c41b);
      }
    }
    const x11 = o1.style;
    if (x11 !== void 0) {
      if (typeof x11 !== "boolean" && hasOwn.call(o1, "style")) {
        s = reportFixed(s, p, issue$style_type_c447cd);
      }
    }
    const x12 = o1.webhooks;
    if (x12 !== void 0) {
      if (typeof x12 !== "boolean" && hasOwn.call(o1, "webhooks")) {
        s = reportFixed(s, p, issue$webhooks_type_f41fbf);
      }
    }
    const x13 = o1.xml_requests;
    if (x13 !== void 0) {
      if (typeof x13 !== "boolean" && hasOwn.call(o1, "xml_requests")) {
        s = reportFixed(s, p, issue$xml_requests_type_023569);
      }
    }
    const x14 = o1.xml_responses;
    if (x14 !== void 0) {
      if (typeof x14 !== "boolean" && hasOwn.call(o1, "xml_responses")) {
        s = reportFixed(s, p, issue$xml_responses_type_349021);
      }
    }
    const x15 = o1.xml_schemas;
    if (x15 !== void 0) {
      if (typeof x15 !== "boolean" && hasOwn.call(o1, "xml_schemas")) {
        s = reportFixed(s, p, issue$xml_schemas_type_c92372);
      }
    }
    for (const k16 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k16)) continue;
      const x17 = o1[k16];
      if (x17 === void 0) continue;
      if (!allowed$9638fc.has(k16)) {
        s = report(s, p, [k16], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline43(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "method") ? o1.method : void 0;
  if (x2 === void 0) return false;
  if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace") return false;
  const x3 = hasOwn.call(o1, "path") ? o1.path : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x10 = hasOwn.call(o1, "stats") ? o1.stats : void 0;
  if (x10 === void 0) return false;
  if (!is$$inline44(x10, d + 1)) return false;
  const x11 = hasOwn.call(o1, "source") ? o1.source : void 0;
  if (x11 === void 0) return false;
  if (!allowed$0e8aca.has(x11)) return false;
  const x12 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  if (!pattern$d56d23.test(x12)) return false;
  for (const k13 in o1) {
    if (!hasOwn.call(o1, k13)) continue;
    const x14 = o1[k13];
    if (x14 === void 0) continue;
    if (k13 !== "method" && k13 !== "path" && k13 !== "schema" && k13 !== "stats" && k13 !== "source" && k13 !== "uri") {
      return false;
    }
  }
  return true;
}
function check$$inline43(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "method") ? o1.method : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$method_required_94fdb3);
    } else {
      if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace") {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$method_type_117b16);
        } else {
          if (x2 !== "get" && x2 !== "put" && x2 !== "post" && x2 !== "delete" && x2 !== "options" && x2 !== "head" && x2 !== "patch" && x2 !== "trace") s = reportFixed(s, p, issue$method_enum_d0b1d2);
        }
      }
    }
    const x3 = hasOwn.call(o1, "path") ? o1.path : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$path_required_cac17f);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$path_type_b9dd73);
      }
    }
    const x9 = hasOwn.call(o1, "stats") ? o1.stats : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$stats_required_56f738);
    } else {
      if (!is$$inline44(x9, d + 1)) s = check$$inline44(x9, below(p, ["stats"]), s, d + 1);
    }
    const x10 = hasOwn.call(o1, "source") ? o1.source : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$source_required_db927a);
    } else {
      if (!allowed$0e8aca.has(x10)) {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$source_type_50aa68);
        } else {
          if (!allowed$0e8aca.has(x10)) s = reportFixed(s, p, issue$source_enum_f7e6e9);
        }
      }
    }
    const x11 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x11 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$d56d23.test(x11)) s = reportFixed(s, p, issue$uri_pattern_01ef86);
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "method" && k12 !== "path" && k12 !== "schema" && k12 !== "stats" && k12 !== "source" && k12 !== "uri") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline42(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "icon") ? o5.icon : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
  const o7 = x6;
  const x8 = hasOwn.call(o7, "name") ? o7.name : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o7, "type") ? o7.type : void 0;
  if (x9 === void 0) return false;
  if (x9 !== "icon" && x9 !== "emoji") return false;
  for (const k10 in o7) {
    if (!hasOwn.call(o7, k10)) continue;
    const x11 = o7[k10];
    if (x11 === void 0) continue;
    if (k10 !== "name" && k10 !== "type") {
      return false;
    }
  }
  for (const k12 in o5) {
    if (!hasOwn.call(o5, k12)) continue;
    const x13 = o5[k12];
    if (x13 === void 0) continue;
    if (k12 !== "icon") {
      return false;
    }
  }
  const x14 = hasOwn.call(o1, "category") ? o1.category : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
  const o15 = x14;
  const x16 = hasOwn.call(o15, "uri") ? o15.uri : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  if (!pattern$564e25.test(x16)) return false;
  for (const k17 in o15) {
    if (!hasOwn.call(o15, k17)) continue;
    const x18 = o15[k17];
    if (x18 === void 0) continue;
    if (k17 !== "uri") {
      return false;
    }
  }
  const x19 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x19 === void 0) return false;
  if (!is$$inline30(x19, d + 1)) return false;
  const x20 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
  if (x20 === void 0) return false;
  if (!is$$inline22(x20, d + 1)) return false;
  const x21 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "object" || x21 === null || Array.isArray(x21)) return false;
  const o22 = x21;
  const x23 = hasOwn.call(o22, "uri") ? o22.uri : void 0;
  if (x23 === void 0) return false;
  if (typeof x23 !== "string") return false;
  if (!pattern$5b79dc.test(x23)) return false;
  for (const k24 in o22) {
    if (!hasOwn.call(o22, k24)) continue;
    const x25 = o22[k24];
    if (x25 === void 0) continue;
    if (k24 !== "uri") {
      return false;
    }
  }
  const x26 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x26 === void 0) return false;
  if (typeof x26 !== "object" || x26 === null || Array.isArray(x26)) return false;
  const o27 = x26;
  const x28 = o27.view;
  if (x28 !== void 0) {
    if (x28 !== "public" && x28 !== "anyone_with_link" && hasOwn.call(o27, "view")) return false;
  }
  for (const k30 in o27) {
    if (!hasOwn.call(o27, k30)) continue;
    const x31 = o27[k30];
    if (x31 === void 0) continue;
    if (k30 !== "view") {
      return false;
    }
  }
  const x32 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x32 === void 0) return false;
  if (typeof x32 !== "string") return false;
  if (x32.length < 1) return false;
  const x37 = o1.state;
  if (x37 !== void 0) {
    if (x37 !== "current" && x37 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x39 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x39 === void 0) return false;
  if (typeof x39 !== "string") return false;
  const x40 = o1.type;
  if (x40 !== void 0) {
    if (x40 !== "api_config" && x40 !== "basic" && x40 !== "endpoint" && x40 !== "link" && x40 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x42 = hasOwn.call(o1, "api_config") ? o1.api_config : void 0;
  if (x42 === void 0) return false;
  if (x42 !== "authentication" && x42 !== "getting-started" && x42 !== "my-requests") return false;
  const x43 = hasOwn.call(o1, "api") ? o1.api : void 0;
  if (x43 === void 0) return false;
  if (!is$$inline43(x43, d + 1)) return false;
  const x44 = hasOwn.call(o1, "connections") ? o1.connections : void 0;
  if (x44 === void 0) return false;
  if (typeof x44 !== "object" || x44 === null || Array.isArray(x44)) return false;
  const o45 = x44;
  const x46 = hasOwn.call(o45, "recipes") ? o45.recipes : void 0;
  if (x46 === void 0) return false;
  if (!Array.isArray(x46)) return false;
  const a47 = x46;
  for (let i48 = 0; i48 < a47.length; i48++) {
    const x49 = a47[i48];
    if (typeof x49 !== "object" || x49 === null || Array.isArray(x49)) return false;
    const o50 = x49;
    const x51 = hasOwn.call(o50, "uri") ? o50.uri : void 0;
    if (x51 === void 0) return false;
    if (typeof x51 !== "string") return false;
    if (!pattern$ccf52a.test(x51)) return false;
    for (const k52 in o50) {
      if (!hasOwn.call(o50, k52)) continue;
      const x53 = o50[k52];
      if (x53 === void 0) continue;
      if (k52 !== "uri") {
        return false;
      }
    }
  }
  for (const k54 in o45) {
    if (!hasOwn.call(o45, k54)) continue;
    const x55 = o45[k54];
    if (x55 === void 0) continue;
    if (k54 !== "recipes") {
      return false;
    }
  }
  const x56 = hasOwn.call(o1, "href") ? o1.href : void 0;
  if (x56 === void 0) return false;
  if (typeof x56 !== "object" || x56 === null || Array.isArray(x56)) return false;
  const o57 = x56;
  const x58 = hasOwn.call(o57, "dash") ? o57.dash : void 0;
  if (x58 === void 0) return false;
  if (typeof x58 !== "string") return false;
  if (!formats.isUri(x58)) return false;
  const x59 = hasOwn.call(o57, "hub") ? o57.hub : void 0;
  if (x59 === void 0) return false;
  if (typeof x59 !== "string") return false;
  if (!formats.isUri(x59)) return false;
  for (const k60 in o57) {
    if (!hasOwn.call(o57, k60)) continue;
    const x61 = o57[k60];
    if (x61 === void 0) continue;
    if (k60 !== "dash" && k60 !== "hub") {
      return false;
    }
  }
  const x62 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x62 === void 0) return false;
  if (typeof x62 !== "object" || x62 === null || Array.isArray(x62)) return false;
  const o63 = x62;
  const x64 = hasOwn.call(o63, "project") ? o63.project : void 0;
  if (x64 === void 0) return false;
  if (typeof x64 !== "string") return false;
  if (!pattern$fcf4d6.test(x64)) return false;
  for (const k65 in o63) {
    if (!hasOwn.call(o63, k65)) continue;
    const x66 = o63[k65];
    if (x66 === void 0) continue;
    if (k65 !== "project") {
      return false;
    }
  }
  const x67 = hasOwn.call(o1, "project") ? o1.project : void 0;
  if (x67 === void 0) return false;
  if (typeof x67 !== "object" || x67 === null || Array.isArray(x67)) return false;
  const o68 = x67;
  const x69 = hasOwn.call(o68, "name") ? o68.name : void 0;
  if (x69 === void 0) return false;
  if (typeof x69 !== "string") return false;
  const x70 = hasOwn.call(o68, "subdomain") ? o68.subdomain : void 0;
  if (x70 === void 0) return false;
  if (typeof x70 !== "string") return false;
  if (x70.length > 30 && (x70.length > 60 || codePointLength(x70) > 30) || !pattern$0a12d2.test(x70)) return false;
  const x71 = hasOwn.call(o68, "uri") ? o68.uri : void 0;
  if (x71 === void 0) return false;
  if (typeof x71 !== "string") return false;
  if (!pattern$fcf4d6.test(x71)) return false;
  for (const k72 in o68) {
    if (!hasOwn.call(o68, k72)) continue;
    const x73 = o68[k72];
    if (x73 === void 0) continue;
    if (k72 !== "name" && k72 !== "subdomain" && k72 !== "uri") {
      return false;
    }
  }
  const x74 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
  if (x74 === void 0) return false;
  if (typeof x74 !== "object" || x74 === null || Array.isArray(x74)) return false;
  const o75 = x74;
  const x76 = o75.status;
  if (x76 !== void 0) {
    if (typeof x76 !== "boolean" && hasOwn.call(o75, "status")) return false;
  }
  const x78 = o75.error;
  if (x78 !== void 0) {
    if (typeof x78 !== "string" && hasOwn.call(o75, "error")) return false;
  }
  const x80 = o75.message;
  if (x80 !== void 0) {
    if (typeof x80 !== "string" && hasOwn.call(o75, "message")) return false;
  }
  for (const k82 in o75) {
    if (!hasOwn.call(o75, k82)) continue;
    const x83 = o75[k82];
    if (x83 === void 0) continue;
    if (k82 !== "status" && k82 !== "error" && k82 !== "message") {
      return false;
    }
  }
  const x84 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x84 === void 0) return false;
  if (typeof x84 !== "string") return false;
  if (!formats.isDateTime(x84)) return false;
  const x85 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x85 === void 0) return false;
  if (typeof x85 !== "string") return false;
  if (!pattern$5b79dc.test(x85)) return false;
  for (const k86 in o1) {
    if (!hasOwn.call(o1, k86)) continue;
    const x87 = o1[k86];
    if (x87 === void 0) continue;
    if (!allowed$b57921.has(k86)) {
      return false;
    }
  }
  return true;
}
function check$$inline42(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$appearance_type_213b91);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "icon") ? o4.icon : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$appearance_icon_required_4d8ca1);
        } else {
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "name") ? o6.name : void 0;
            if (x7 === void 0) {
              s = reportFixed(s, p, issue$appearance_icon_name_required_23e126);
            } else {
              if (typeof x7 !== "string") {
                s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
              }
            }
            const x8 = hasOwn.call(o6, "type") ? o6.type : void 0;
            if (x8 === void 0) {
              s = reportFixed(s, p, issue$appearance_icon_type_required_96a4da);
            } else {
              if (x8 !== "icon" && x8 !== "emoji") {
                if (typeof x8 !== "string") {
                  s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                } else {
                  if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                }
              }
            }
            for (const k9 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k9)) continue;
              const x10 = o6[k9];
              if (x10 === void 0) continue;
              if (k9 !== "name" && k9 !== "type") {
                s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k11 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k11)) continue;
          const x12 = o4[k11];
          if (x12 === void 0) continue;
          if (k11 !== "icon") {
            s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "category") ? o1.category : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$category_required_fe6d0d);
    } else {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        s = reportFixed(s, p, issue$category_type_46ec91);
      } else {
        const o14 = x13;
        const x15 = hasOwn.call(o14, "uri") ? o14.uri : void 0;
        if (x15 === void 0) {
          s = reportFixed(s, p, issue$category_uri_required_356de6);
        } else {
          if (typeof x15 !== "string") {
            s = reportFixed(s, p, issue$category_uri_type_60c2ee);
          } else {
            if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
          }
        }
        for (const k16 in o14) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o14, k16)) continue;
          const x17 = o14[k16];
          if (x17 === void 0) continue;
          if (k16 !== "uri") {
            s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x18 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x18 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (!is$$inline30(x18, d + 1)) s = check$$inline30(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
    if (x19 === void 0) {
      s = reportFixed(s, p, issue$metadata_required_a1e739);
    } else {
      if (!is$$inline22(x19, d + 1)) s = check$$inline22(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$parent_required_e62704);
    } else {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        s = reportFixed(s, p, issue$parent_type_416983);
      } else {
        const o21 = x20;
        const x22 = hasOwn.call(o21, "uri") ? o21.uri : void 0;
        if (x22 === void 0) {
          s = reportFixed(s, p, issue$parent_uri_required_aa2d96);
        } else {
          if (typeof x22 !== "string") {
            s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
          } else {
            if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
          }
        }
        for (const k23 in o21) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o21, k23)) continue;
          const x24 = o21[k23];
          if (x24 === void 0) continue;
          if (k23 !== "uri") {
            s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x25 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x25 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o26 = x25;
        const x27 = o26.view;
        if (x27 !== void 0) {
          if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
            if (typeof x27 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
            }
          }
        }
        for (const k28 in o26) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o26, k28)) continue;
          const x29 = o26[k28];
          if (x29 === void 0) continue;
          if (k28 !== "view") {
            s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x30 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x30 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x30 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
      if (typeof x30 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      } else {
        if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x36 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x36 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = hasOwn.call(o1, "api_config") ? o1.api_config : void 0;
    if (x38 === void 0) {
      s = reportFixed(s, p, issue$api_config_required_89f69d);
    } else {
      if (x38 !== "authentication" && x38 !== "getting-started" && x38 !== "my-requests") {
        if (typeof x38 !== "string") {
          s = reportFixed(s, p, issue$api_config_type_cd1489);
        } else {
          if (x38 !== "authentication" && x38 !== "getting-started" && x38 !== "my-requests") s = reportFixed(s, p, issue$api_config_enum_b9e9f9);
        }
      }
    }
    const x39 = hasOwn.call(o1, "api") ? o1.api : void 0;
    if (x39 === void 0) {
      s = reportFixed(s, p, issue$api_required_564bba);
    } else {
      if (!is$$inline43(x39, d + 1)) s = check$$inline43(x39, below(p, ["api"]), s, d + 1);
    }
    const x40 = hasOwn.call(o1, "connections") ? o1.connections : void 0;
    if (x40 === void 0) {
      s = reportFixed(s, p, issue$connections_required_578b70);
    } else {
      if (typeof x40 !== "object" || x40 === null || Array.isArray(x40)) {
        s = reportFixed(s, p, issue$connections_type_dfe020);
      } else {
        const o41 = x40;
        const x42 = hasOwn.call(o41, "recipes") ? o41.recipes : void 0;
        if (x42 === void 0) {
          s = reportFixed(s, p, issue$connections_recipes_required_010e63);
        } else {
          if (!Array.isArray(x42)) {
            s = reportFixed(s, p, issue$connections_recipes_type_fe77e6);
          } else {
            const a43 = x42;
            for (let i44 = 0; i44 < a43.length; i44++) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              const x45 = a43[i44];
              if (typeof x45 !== "object" || x45 === null || Array.isArray(x45)) {
                s = report(s, p, ["connections", "recipes", i44], "type", "must be an object");
              } else {
                const o46 = x45;
                const x47 = hasOwn.call(o46, "uri") ? o46.uri : void 0;
                if (x47 === void 0) {
                  s = report(s, p, ["connections", "recipes", i44, "uri"], "required", "is required");
                } else {
                  if (typeof x47 !== "string") {
                    s = report(s, p, ["connections", "recipes", i44, "uri"], "type", "must be a string");
                  } else {
                    if (!pattern$ccf52a.test(x47)) s = report(s, p, ["connections", "recipes", i44, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/recipes\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                  }
                }
                for (const k48 in o46) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o46, k48)) continue;
                  const x49 = o46[k48];
                  if (x49 === void 0) continue;
                  if (k48 !== "uri") {
                    s = report(s, p, ["connections", "recipes", i44, k48], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
        }
        for (const k50 in o41) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o41, k50)) continue;
          const x51 = o41[k50];
          if (x51 === void 0) continue;
          if (k50 !== "recipes") {
            s = report(s, p, ["connections", k50], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x52 = hasOwn.call(o1, "href") ? o1.href : void 0;
    if (x52 === void 0) {
      s = reportFixed(s, p, issue$href_required_172b07);
    } else {
      if (typeof x52 !== "object" || x52 === null || Array.isArray(x52)) {
        s = reportFixed(s, p, issue$href_type_7b4c3a);
      } else {
        const o53 = x52;
        const x54 = hasOwn.call(o53, "dash") ? o53.dash : void 0;
        if (x54 === void 0) {
          s = reportFixed(s, p, issue$href_dash_required_499ff3);
        } else {
          if (typeof x54 !== "string") {
            s = reportFixed(s, p, issue$href_dash_type_791017);
          } else {
            if (!formats.isUri(x54)) s = reportFixed(s, p, issue$href_dash_format_d23d9d);
          }
        }
        const x55 = hasOwn.call(o53, "hub") ? o53.hub : void 0;
        if (x55 === void 0) {
          s = reportFixed(s, p, issue$href_hub_required_c18616);
        } else {
          if (typeof x55 !== "string") {
            s = reportFixed(s, p, issue$href_hub_type_fe98c5);
          } else {
            if (!formats.isUri(x55)) s = reportFixed(s, p, issue$href_hub_format_3664c1);
          }
        }
        for (const k56 in o53) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o53, k56)) continue;
          const x57 = o53[k56];
          if (x57 === void 0) continue;
          if (k56 !== "dash" && k56 !== "hub") {
            s = report(s, p, ["href", k56], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x58 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x58 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x58 !== "object" || x58 === null || Array.isArray(x58)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o59 = x58;
        const x60 = hasOwn.call(o59, "project") ? o59.project : void 0;
        if (x60 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x60 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x60)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k61 in o59) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o59, k61)) continue;
          const x62 = o59[k61];
          if (x62 === void 0) continue;
          if (k61 !== "project") {
            s = report(s, p, ["links", k61], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x63 = hasOwn.call(o1, "project") ? o1.project : void 0;
    if (x63 === void 0) {
      s = reportFixed(s, p, issue$project_required_5d2fec);
    } else {
      if (typeof x63 !== "object" || x63 === null || Array.isArray(x63)) {
        s = reportFixed(s, p, issue$project_type_b516a6);
      } else {
        const o64 = x63;
        const x65 = hasOwn.call(o64, "name") ? o64.name : void 0;
        if (x65 === void 0) {
          s = reportFixed(s, p, issue$project_name_required_8d7d42);
        } else {
          if (typeof x65 !== "string") {
            s = reportFixed(s, p, issue$project_name_type_4ba60f);
          }
        }
        const x66 = hasOwn.call(o64, "subdomain") ? o64.subdomain : void 0;
        if (x66 === void 0) {
          s = reportFixed(s, p, issue$project_subdomain_required_a67bd5);
        } else {
          if (typeof x66 !== "string") {
            s = reportFixed(s, p, issue$project_subdomain_type_05bd2e);
          } else {
            if (x66.length > 30 && (x66.length > 60 || codePointLength(x66) > 30)) s = reportFixed(s, p, issue$project_subdomain_maxLength_04c352);
            if (!pattern$0a12d2.test(x66)) s = reportFixed(s, p, issue$project_subdomain_pattern_c0e807);
          }
        }
        const x67 = hasOwn.call(o64, "uri") ? o64.uri : void 0;
        if (x67 === void 0) {
          s = reportFixed(s, p, issue$project_uri_required_a77b94);
        } else {
          if (typeof x67 !== "string") {
            s = reportFixed(s, p, issue$project_uri_type_6bd0cd);
          } else {
            if (!pattern$fcf4d6.test(x67)) s = reportFixed(s, p, issue$project_uri_pattern_3578cc);
          }
        }
        for (const k68 in o64) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o64, k68)) continue;
          const x69 = o64[k68];
          if (x69 === void 0) continue;
          if (k68 !== "name" && k68 !== "subdomain" && k68 !== "uri") {
            s = report(s, p, ["project", k68], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x70 = hasOwn.call(o1, "renderable") ? o1.renderable : void 0;
    if (x70 === void 0) {
      s = reportFixed(s, p, issue$renderable_required_ae4771);
    } else {
      if (typeof x70 !== "object" || x70 === null || Array.isArray(x70)) {
        s = reportFixed(s, p, issue$renderable_type_3bd07d);
      } else {
        const o71 = x70;
        const x72 = o71.status;
        if (x72 !== void 0) {
          if (typeof x72 !== "boolean" && hasOwn.call(o71, "status")) {
            s = reportFixed(s, p, issue$renderable_status_type_0dbbcd);
          }
        }
        const x73 = o71.error;
        if (x73 !== void 0) {
          if (typeof x73 !== "string" && hasOwn.call(o71, "error")) {
            s = reportFixed(s, p, issue$renderable_error_type_ba62ca);
          }
        }
        const x74 = o71.message;
        if (x74 !== void 0) {
          if (typeof x74 !== "string" && hasOwn.call(o71, "message")) {
            s = reportFixed(s, p, issue$renderable_message_type_41918e);
          }
        }
        for (const k75 in o71) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o71, k75)) continue;
          const x76 = o71[k75];
          if (x76 === void 0) continue;
          if (k75 !== "status" && k75 !== "error" && k75 !== "message") {
            s = report(s, p, ["renderable", k75], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x77 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x77 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x77 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x77)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x78 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x78 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x78 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$5b79dc.test(x78)) s = reportFixed(s, p, issue$uri_pattern_3c1f1a);
      }
    }
    for (const k79 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k79)) continue;
      const x80 = o1[k79];
      if (x80 === void 0) continue;
      if (!allowed$b57921.has(k79)) {
        s = report(s, p, [k79], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateReferenceResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline42(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateReferenceResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline42(x2, d + 1)) s = check$$inline42(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetReferenceResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline42(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetReferenceResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline42(x2, d + 1)) s = check$$inline42(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteReferenceResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteReferenceResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateReferenceRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = o1.appearance;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "appearance")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = o6.icon;
      if (x7 !== void 0) {
        property8: {
          if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
            if (hasOwn.call(o6, "icon")) {
              if (hasOwn.call(o1, "appearance")) return false;
              break property5;
            }
            break property8;
          }
          const o9 = x7;
          const x10 = o9.name;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o9, "name")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          const x12 = o9.type;
          if (x12 !== void 0) {
            if (x12 !== "icon" && x12 !== "emoji" && hasOwn.call(o9, "type")) {
              if (hasOwn.call(o6, "icon")) {
                if (hasOwn.call(o1, "appearance")) return false;
                break property5;
              }
              break property8;
            }
          }
          for (const k14 in o9) {
            if (!hasOwn.call(o9, k14)) continue;
            const x15 = o9[k14];
            if (x15 === void 0) continue;
            if (k14 !== "name" && k14 !== "type") {
              {
                if (hasOwn.call(o6, "icon")) {
                  if (hasOwn.call(o1, "appearance")) return false;
                  break property5;
                }
                break property8;
              }
            }
          }
        }
      }
      for (const k16 in o6) {
        if (!hasOwn.call(o6, k16)) continue;
        const x17 = o6[k16];
        if (x17 === void 0) continue;
        if (k16 !== "icon") {
          {
            if (hasOwn.call(o1, "appearance")) return false;
            break property5;
          }
        }
      }
    }
  }
  const x18 = o1.category;
  if (x18 !== void 0) {
    property19: {
      if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) {
        if (hasOwn.call(o1, "category")) return false;
        break property19;
      }
      const o20 = x18;
      const x21 = o20.uri;
      if (x21 !== void 0) {
        property22: {
          if (typeof x21 !== "string") {
            if (hasOwn.call(o20, "uri")) {
              if (hasOwn.call(o1, "category")) return false;
              break property19;
            }
            break property22;
          }
          if (!pattern$564e25.test(x21)) {
            if (hasOwn.call(o20, "uri")) {
              if (hasOwn.call(o1, "category")) return false;
              break property19;
            }
            break property22;
          }
        }
      }
      for (const k23 in o20) {
        if (!hasOwn.call(o20, k23)) continue;
        const x24 = o20[k23];
        if (x24 === void 0) continue;
        if (k23 !== "uri") {
          {
            if (hasOwn.call(o1, "category")) return false;
            break property19;
          }
        }
      }
    }
  }
  const x25 = o1.content;
  if (x25 !== void 0) {
    if (!is$$inline24(x25, d + 1) && hasOwn.call(o1, "content")) return false;
  }
  const x27 = o1.metadata;
  if (x27 !== void 0) {
    if (!is$$inline28(x27, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x29 = o1.parent;
  if (x29 !== void 0) {
    property30: {
      if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) {
        if (hasOwn.call(o1, "parent")) return false;
        break property30;
      }
      const o31 = x29;
      const x32 = o31.uri;
      if (x32 !== void 0) {
        property33: {
          if (typeof x32 !== "string") {
            if (hasOwn.call(o31, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property30;
            }
            break property33;
          }
          if (!pattern$5b79dc.test(x32)) {
            if (hasOwn.call(o31, "uri")) {
              if (hasOwn.call(o1, "parent")) return false;
              break property30;
            }
            break property33;
          }
        }
      }
      for (const k34 in o31) {
        if (!hasOwn.call(o31, k34)) continue;
        const x35 = o31[k34];
        if (x35 === void 0) continue;
        if (k34 !== "uri") {
          {
            if (hasOwn.call(o1, "parent")) return false;
            break property30;
          }
        }
      }
    }
  }
  const x36 = o1.privacy;
  if (x36 !== void 0) {
    property37: {
      if (typeof x36 !== "object" || x36 === null || Array.isArray(x36)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property37;
      }
      const o38 = x36;
      const x39 = o38.view;
      if (x39 !== void 0) {
        if (x39 !== "public" && x39 !== "anyone_with_link" && hasOwn.call(o38, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property37;
        }
      }
      for (const k41 in o38) {
        if (!hasOwn.call(o38, k41)) continue;
        const x42 = o38[k41];
        if (x42 === void 0) continue;
        if (k41 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property37;
          }
        }
      }
    }
  }
  const x43 = o1.slug;
  if (x43 !== void 0) {
    property44: {
      if (typeof x43 !== "string") {
        if (hasOwn.call(o1, "slug")) return false;
        break property44;
      }
      if (x43.length < 1) {
        if (hasOwn.call(o1, "slug")) return false;
        break property44;
      }
    }
  }
  const x49 = o1.state;
  if (x49 !== void 0) {
    if (x49 !== "current" && x49 !== "deprecated" && hasOwn.call(o1, "state")) return false;
  }
  const x51 = o1.title;
  if (x51 !== void 0) {
    if (typeof x51 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x53 = o1.type;
  if (x53 !== void 0) {
    if (x53 !== "api_config" && x53 !== "basic" && x53 !== "endpoint" && x53 !== "link" && x53 !== "webhook" && hasOwn.call(o1, "type")) return false;
  }
  const x55 = o1.connections;
  if (x55 !== void 0) {
    property56: {
      if (typeof x55 !== "object" || x55 === null || Array.isArray(x55)) {
        if (hasOwn.call(o1, "connections")) return false;
        break property56;
      }
      const o57 = x55;
      const x58 = o57.recipes;
      if (x58 !== void 0) {
        property59: {
          if (!Array.isArray(x58)) {
            if (hasOwn.call(o57, "recipes")) {
              if (hasOwn.call(o1, "connections")) return false;
              break property56;
            }
            break property59;
          }
          const a60 = x58;
          for (let i61 = 0; i61 < a60.length; i61++) {
            const x62 = a60[i61];
            if (typeof x62 !== "object" || x62 === null || Array.isArray(x62)) {
              if (hasOwn.call(o57, "recipes")) {
                if (hasOwn.call(o1, "connections")) return false;
                break property56;
              }
              break property59;
            }
            const o63 = x62;
            const x64 = o63.uri;
            if (x64 !== void 0) {
              property65: {
                if (typeof x64 !== "string") {
                  if (hasOwn.call(o63, "uri")) {
                    if (hasOwn.call(o57, "recipes")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property56;
                    }
                    break property59;
                  }
                  break property65;
                }
                if (!pattern$ccf52a.test(x64)) {
                  if (hasOwn.call(o63, "uri")) {
                    if (hasOwn.call(o57, "recipes")) {
                      if (hasOwn.call(o1, "connections")) return false;
                      break property56;
                    }
                    break property59;
                  }
                  break property65;
                }
              }
            }
            for (const k66 in o63) {
              if (!hasOwn.call(o63, k66)) continue;
              const x67 = o63[k66];
              if (x67 === void 0) continue;
              if (k66 !== "uri") {
                {
                  if (hasOwn.call(o57, "recipes")) {
                    if (hasOwn.call(o1, "connections")) return false;
                    break property56;
                  }
                  break property59;
                }
              }
            }
          }
        }
      }
      for (const k68 in o57) {
        if (!hasOwn.call(o57, k68)) continue;
        const x69 = o57[k68];
        if (x69 === void 0) continue;
        if (k68 !== "recipes") {
          {
            if (hasOwn.call(o1, "connections")) return false;
            break property56;
          }
        }
      }
    }
  }
  const x70 = o1.api;
  if (x70 !== void 0) {
    if (!is$$inline40(x70, d + 1) && hasOwn.call(o1, "api")) return false;
  }
  const x72 = o1.position;
  if (x72 !== void 0) {
    if (!Number.isFinite(x72) && hasOwn.call(o1, "position")) return false;
  }
  for (const k74 in o1) {
    if (!hasOwn.call(o1, k74)) continue;
    const x75 = o1[k74];
    if (x75 === void 0) continue;
    if (!allowed$202ea4.has(k74)) {
      return false;
    }
  }
  return true;
}
function check$UpdateReferenceRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = o1.appearance;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "appearance")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          s = reportFixed(s, p, issue$appearance_type_213b91);
        } else {
          const o4 = x3;
          const x5 = o4.icon;
          if (x5 !== void 0) {
            if (hasOwn.call(o4, "icon")) {
              if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
                s = reportFixed(s, p, issue$appearance_icon_type_fdc60f);
              } else {
                const o6 = x5;
                const x7 = o6.name;
                if (x7 !== void 0) {
                  if (typeof x7 !== "string" && hasOwn.call(o6, "name")) {
                    s = reportFixed(s, p, issue$appearance_icon_name_type_877bae);
                  }
                }
                const x8 = o6.type;
                if (x8 !== void 0) {
                  if (x8 !== "icon" && x8 !== "emoji" && hasOwn.call(o6, "type")) {
                    if (typeof x8 !== "string") {
                      s = reportFixed(s, p, issue$appearance_icon_type_type_e6bdc2);
                    } else {
                      if (x8 !== "icon" && x8 !== "emoji") s = reportFixed(s, p, issue$appearance_icon_type_enum_1a6e6b);
                    }
                  }
                }
                for (const k9 in o6) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  if (!hasOwn.call(o6, k9)) continue;
                  const x10 = o6[k9];
                  if (x10 === void 0) continue;
                  if (k9 !== "name" && k9 !== "type") {
                    s = report(s, p, ["appearance", "icon", k9], "additionalProperties", "is not an allowed property");
                  }
                }
              }
            }
          }
          for (const k11 in o4) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o4, k11)) continue;
            const x12 = o4[k11];
            if (x12 === void 0) continue;
            if (k11 !== "icon") {
              s = report(s, p, ["appearance", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = o1.category;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "category")) {
        if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
          s = reportFixed(s, p, issue$category_type_46ec91);
        } else {
          const o14 = x13;
          const x15 = o14.uri;
          if (x15 !== void 0) {
            if (hasOwn.call(o14, "uri")) {
              if (typeof x15 !== "string") {
                s = reportFixed(s, p, issue$category_uri_type_60c2ee);
              } else {
                if (!pattern$564e25.test(x15)) s = reportFixed(s, p, issue$category_uri_pattern_f47ced);
              }
            }
          }
          for (const k16 in o14) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o14, k16)) continue;
            const x17 = o14[k16];
            if (x17 === void 0) continue;
            if (k16 !== "uri") {
              s = report(s, p, ["category", k16], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x18 = o1.content;
    if (x18 !== void 0) {
      if (!is$$inline24(x18, d + 1) && hasOwn.call(o1, "content")) s = check$$inline24(x18, below(p, ["content"]), s, d + 1);
    }
    const x19 = o1.metadata;
    if (x19 !== void 0) {
      if (!is$$inline28(x19, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline28(x19, below(p, ["metadata"]), s, d + 1);
    }
    const x20 = o1.parent;
    if (x20 !== void 0) {
      if (hasOwn.call(o1, "parent")) {
        if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
          s = reportFixed(s, p, issue$parent_type_416983);
        } else {
          const o21 = x20;
          const x22 = o21.uri;
          if (x22 !== void 0) {
            if (hasOwn.call(o21, "uri")) {
              if (typeof x22 !== "string") {
                s = reportFixed(s, p, issue$parent_uri_type_bf0b31);
              } else {
                if (!pattern$5b79dc.test(x22)) s = reportFixed(s, p, issue$parent_uri_pattern_1e668d);
              }
            }
          }
          for (const k23 in o21) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o21, k23)) continue;
            const x24 = o21[k23];
            if (x24 === void 0) continue;
            if (k23 !== "uri") {
              s = report(s, p, ["parent", k23], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x25 = o1.privacy;
    if (x25 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o26 = x25;
          const x27 = o26.view;
          if (x27 !== void 0) {
            if (x27 !== "public" && x27 !== "anyone_with_link" && hasOwn.call(o26, "view")) {
              if (typeof x27 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x27 !== "public" && x27 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k28 in o26) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o26, k28)) continue;
            const x29 = o26[k28];
            if (x29 === void 0) continue;
            if (k28 !== "view") {
              s = report(s, p, ["privacy", k28], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x30 = o1.slug;
    if (x30 !== void 0) {
      if (hasOwn.call(o1, "slug")) {
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        }
        if (typeof x30 !== "string") {
          s = reportFixed(s, p, issue$slug_type_7a933b);
        } else {
          if (x30.length < 1) s = reportFixed(s, p, issue$slug_minLength_0f82e7);
        }
      }
    }
    const x35 = o1.state;
    if (x35 !== void 0) {
      if (x35 !== "current" && x35 !== "deprecated" && hasOwn.call(o1, "state")) {
        if (typeof x35 !== "string") {
          s = reportFixed(s, p, issue$state_type_40fd80);
        } else {
          if (x35 !== "current" && x35 !== "deprecated") s = reportFixed(s, p, issue$state_enum_8fd6b6);
        }
      }
    }
    const x36 = o1.title;
    if (x36 !== void 0) {
      if (typeof x36 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x37 = o1.type;
    if (x37 !== void 0) {
      if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook" && hasOwn.call(o1, "type")) {
        if (typeof x37 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x37 !== "api_config" && x37 !== "basic" && x37 !== "endpoint" && x37 !== "link" && x37 !== "webhook") s = reportFixed(s, p, issue$type_enum_7dcdbb);
        }
      }
    }
    const x38 = o1.connections;
    if (x38 !== void 0) {
      if (hasOwn.call(o1, "connections")) {
        if (typeof x38 !== "object" || x38 === null || Array.isArray(x38)) {
          s = reportFixed(s, p, issue$connections_type_dfe020);
        } else {
          const o39 = x38;
          const x40 = o39.recipes;
          if (x40 !== void 0) {
            if (hasOwn.call(o39, "recipes")) {
              if (!Array.isArray(x40)) {
                s = reportFixed(s, p, issue$connections_recipes_type_fe77e6);
              } else {
                const a41 = x40;
                for (let i42 = 0; i42 < a41.length; i42++) {
                  if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                  const x43 = a41[i42];
                  if (typeof x43 !== "object" || x43 === null || Array.isArray(x43)) {
                    s = report(s, p, ["connections", "recipes", i42], "type", "must be an object");
                  } else {
                    const o44 = x43;
                    const x45 = o44.uri;
                    if (x45 !== void 0) {
                      if (hasOwn.call(o44, "uri")) {
                        if (typeof x45 !== "string") {
                          s = report(s, p, ["connections", "recipes", i42, "uri"], "type", "must be a string");
                        } else {
                          if (!pattern$ccf52a.test(x45)) s = report(s, p, ["connections", "recipes", i42, "uri"], "pattern", 'must match the pattern "\\\\/(versions|branches)\\\\/((v{0,1})(stable|([0-9]+)(?:\\\\.([0-9]+))?(?:\\\\.([0-9]+))?(-.*)?)(_(.*))?)\\\\/recipes\\\\/(([a-z0-9-_ ]|[^\\\\\\\\x00-\\\\\\\\x7F])+)"');
                        }
                      }
                    }
                    for (const k46 in o44) {
                      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                      if (!hasOwn.call(o44, k46)) continue;
                      const x47 = o44[k46];
                      if (x47 === void 0) continue;
                      if (k46 !== "uri") {
                        s = report(s, p, ["connections", "recipes", i42, k46], "additionalProperties", "is not an allowed property");
                      }
                    }
                  }
                }
              }
            }
          }
          for (const k48 in o39) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o39, k48)) continue;
            const x49 = o39[k48];
            if (x49 === void 0) continue;
            if (k48 !== "recipes") {
              s = report(s, p, ["connections", k48], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x50 = o1.api;
    if (x50 !== void 0) {
      if (!is$$inline40(x50, d + 1) && hasOwn.call(o1, "api")) s = check$$inline40(x50, below(p, ["api"]), s, d + 1);
    }
    const x51 = o1.position;
    if (x51 !== void 0) {
      if (!Number.isFinite(x51) && hasOwn.call(o1, "position")) {
        s = reportFixed(s, p, issue$position_type_df003c);
      }
    }
    for (const k52 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k52)) continue;
      const x53 = o1[k52];
      if (x53 === void 0) continue;
      if (!allowed$202ea4.has(k52)) {
        s = report(s, p, [k52], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateReferenceResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline42(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateReferenceResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline42(x2, d + 1)) s = check$$inline42(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline46(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "author") ? o1.author : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "id") ? o3.id : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o3, "name") ? o3.name : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  for (const k6 in o3) {
    if (!hasOwn.call(o3, k6)) continue;
    const x7 = o3[k6];
    if (x7 === void 0) continue;
    if (k6 !== "id" && k6 !== "name") {
      return false;
    }
  }
  const x8 = hasOwn.call(o1, "content") ? o1.content : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
  const o9 = x8;
  const x10 = hasOwn.call(o9, "body") ? o9.body : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o9) {
    if (!hasOwn.call(o9, k11)) continue;
    const x12 = o9[k11];
    if (x12 === void 0) continue;
    if (k11 !== "body") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "string") return false;
  if (!formats.isDateTime(x13)) return false;
  const x14 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
  if (x14 === void 0) return false;
  if (!is$$inline22(x14, d + 1)) return false;
  const x15 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x15 === void 0) return false;
  if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) return false;
  const o16 = x15;
  const x17 = o16.view;
  if (x17 !== void 0) {
    if (x17 !== "public" && x17 !== "anyone_with_link" && hasOwn.call(o16, "view")) return false;
  }
  for (const k19 in o16) {
    if (!hasOwn.call(o16, k19)) continue;
    const x20 = o16[k19];
    if (x20 === void 0) continue;
    if (k19 !== "view") {
      return false;
    }
  }
  const x21 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "string") return false;
  const x22 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x22 === void 0) return false;
  if (typeof x22 !== "string") return false;
  const x23 = o1.type;
  if (x23 !== void 0) {
    if (x23 !== "none" && x23 !== "added" && x23 !== "fixed" && x23 !== "improved" && x23 !== "deprecated" && x23 !== "removed" && hasOwn.call(o1, "type")) return false;
  }
  const x25 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x25 === void 0) return false;
  if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) return false;
  const o26 = x25;
  const x27 = hasOwn.call(o26, "project") ? o26.project : void 0;
  if (x27 === void 0) return false;
  if (typeof x27 !== "string") return false;
  if (!pattern$fcf4d6.test(x27)) return false;
  for (const k28 in o26) {
    if (!hasOwn.call(o26, k28)) continue;
    const x29 = o26[k28];
    if (x29 === void 0) continue;
    if (k28 !== "project") {
      return false;
    }
  }
  const x30 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
  if (x30 === void 0) return false;
  if (typeof x30 !== "string") return false;
  if (!formats.isDateTime(x30)) return false;
  const x31 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x31 === void 0) return false;
  if (typeof x31 !== "string") return false;
  if (!pattern$6be753.test(x31)) return false;
  for (const k32 in o1) {
    if (!hasOwn.call(o1, k32)) continue;
    const x33 = o1[k32];
    if (x33 === void 0) continue;
    if (!allowed$e98025.has(k32)) {
      return false;
    }
  }
  return true;
}
function check$$inline46(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "author") ? o1.author : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$author_required_e3907b);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$author_type_6858e8);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "id") ? o3.id : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$author_id_required_e1e58f);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$author_id_type_2faf67);
          }
        }
        const x5 = hasOwn.call(o3, "name") ? o3.name : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$author_name_required_8e8125);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$author_name_type_6934e1);
          }
        }
        for (const k6 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k6)) continue;
          const x7 = o3[k6];
          if (x7 === void 0) continue;
          if (k6 !== "id" && k6 !== "name") {
            s = report(s, p, ["author", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "content") ? o1.content : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$content_required_6c800f);
    } else {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        s = reportFixed(s, p, issue$content_type_ce2684);
      } else {
        const o9 = x8;
        const x10 = hasOwn.call(o9, "body") ? o9.body : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$content_body_required_59062e);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$content_body_type_807432);
          }
        }
        for (const k11 in o9) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o9, k11)) continue;
          const x12 = o9[k11];
          if (x12 === void 0) continue;
          if (k11 !== "body") {
            s = report(s, p, ["content", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "created_at") ? o1.created_at : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$created_at_required_156e2e);
    } else {
      if (typeof x13 !== "string") {
        s = reportFixed(s, p, issue$created_at_type_d41067);
      } else {
        if (!formats.isDateTime(x13)) s = reportFixed(s, p, issue$created_at_format_e0c890);
      }
    }
    const x14 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$metadata_required_a1e739);
    } else {
      if (!is$$inline22(x14, d + 1)) s = check$$inline22(x14, below(p, ["metadata"]), s, d + 1);
    }
    const x15 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x15 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o16 = x15;
        const x17 = o16.view;
        if (x17 !== void 0) {
          if (x17 !== "public" && x17 !== "anyone_with_link" && hasOwn.call(o16, "view")) {
            if (typeof x17 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x17 !== "public" && x17 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
            }
          }
        }
        for (const k18 in o16) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o16, k18)) continue;
          const x19 = o16[k18];
          if (x19 === void 0) continue;
          if (k18 !== "view") {
            s = report(s, p, ["privacy", k18], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x21 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x21 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x21 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x22 = o1.type;
    if (x22 !== void 0) {
      if (x22 !== "none" && x22 !== "added" && x22 !== "fixed" && x22 !== "improved" && x22 !== "deprecated" && x22 !== "removed" && hasOwn.call(o1, "type")) {
        if (typeof x22 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x22 !== "none" && x22 !== "added" && x22 !== "fixed" && x22 !== "improved" && x22 !== "deprecated" && x22 !== "removed") s = reportFixed(s, p, issue$type_enum_074ef3);
        }
      }
    }
    const x23 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x23 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o24 = x23;
        const x25 = hasOwn.call(o24, "project") ? o24.project : void 0;
        if (x25 === void 0) {
          s = reportFixed(s, p, issue$links_project_required_cfec4c);
        } else {
          if (typeof x25 !== "string") {
            s = reportFixed(s, p, issue$links_project_type_962488);
          } else {
            if (!pattern$fcf4d6.test(x25)) s = reportFixed(s, p, issue$links_project_pattern_c783eb);
          }
        }
        for (const k26 in o24) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o24, k26)) continue;
          const x27 = o24[k26];
          if (x27 === void 0) continue;
          if (k26 !== "project") {
            s = report(s, p, ["links", k26], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x28 = hasOwn.call(o1, "updated_at") ? o1.updated_at : void 0;
    if (x28 === void 0) {
      s = reportFixed(s, p, issue$updated_at_required_17369b);
    } else {
      if (typeof x28 !== "string") {
        s = reportFixed(s, p, issue$updated_at_type_80b3f5);
      } else {
        if (!formats.isDateTime(x28)) s = reportFixed(s, p, issue$updated_at_format_fbe20e);
      }
    }
    const x29 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x29 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x29 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$6be753.test(x29)) s = reportFixed(s, p, issue$uri_pattern_a41bd4);
      }
    }
    for (const k30 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k30)) continue;
      const x31 = o1[k30];
      if (x31 === void 0) continue;
      if (!allowed$e98025.has(k30)) {
        s = report(s, p, [k30], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline45(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline46(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline45(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline46(x3, d + 1)) s = check$$inline46(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetChangelogsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o6) {
    if (!hasOwn.call(o6, k11)) continue;
    const x12 = o6[k11];
    if (x12 === void 0) continue;
    if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x13 === void 0) return false;
  if (!is$$inline45(x13, d + 1)) return false;
  for (const k14 in o1) {
    if (!hasOwn.call(o1, k14)) continue;
    const x15 = o1[k14];
    if (x15 === void 0) continue;
    if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetChangelogsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$page_required_a2510d);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$page_type_ebfbb2);
      }
    }
    const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$per_page_required_480f95);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$per_page_type_ea21cc);
      }
    }
    const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$paging_required_4c1802);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$paging_type_a060b3);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$paging_next_required_0c238b);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$paging_next_type_f6fa78);
          }
        }
        const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$paging_previous_required_b24c82);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$paging_previous_type_b75b57);
          }
        }
        const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$paging_first_required_483cdf);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$paging_first_type_a2b9ea);
          }
        }
        const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$paging_last_required_147200);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$paging_last_type_916cc5);
          }
        }
        for (const k11 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k11)) continue;
          const x12 = o6[k11];
          if (x12 === void 0) continue;
          if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
            s = report(s, p, ["paging", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline45(x13, d + 1)) s = check$$inline45(x13, below(p, ["data"]), s, d + 1);
    }
    for (const k14 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k14)) continue;
      const x15 = o1[k14];
      if (x15 === void 0) continue;
      if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
        s = report(s, p, [k14], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateChangelogRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.author;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "author")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.id;
      if (x5 !== void 0) {
        if (typeof x5 !== "string" && hasOwn.call(o4, "id")) {
          if (hasOwn.call(o1, "author")) return false;
          break property3;
        }
      }
      for (const k7 in o4) {
        if (!hasOwn.call(o4, k7)) continue;
        const x8 = o4[k7];
        if (x8 === void 0) continue;
        if (k7 !== "id") {
          {
            if (hasOwn.call(o1, "author")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x9 = o1.content;
  if (x9 !== void 0) {
    property10: {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        if (hasOwn.call(o1, "content")) return false;
        break property10;
      }
      const o11 = x9;
      const x12 = o11.body;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o11, "body")) {
          if (hasOwn.call(o1, "content")) return false;
          break property10;
        }
      }
      for (const k14 in o11) {
        if (!hasOwn.call(o11, k14)) continue;
        const x15 = o11[k14];
        if (x15 === void 0) continue;
        if (k14 !== "body") {
          {
            if (hasOwn.call(o1, "content")) return false;
            break property10;
          }
        }
      }
    }
  }
  const x16 = o1.created_at;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "string") {
        if (hasOwn.call(o1, "created_at")) return false;
        break property17;
      }
      if (!formats.isDateTime(x16)) {
        if (hasOwn.call(o1, "created_at")) return false;
        break property17;
      }
    }
  }
  const x18 = o1.metadata;
  if (x18 !== void 0) {
    if (!is$$inline23(x18, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x20 = o1.privacy;
  if (x20 !== void 0) {
    property21: {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property21;
      }
      const o22 = x20;
      const x23 = o22.view;
      if (x23 !== void 0) {
        if (x23 !== "public" && x23 !== "anyone_with_link" && hasOwn.call(o22, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property21;
        }
      }
      for (const k25 in o22) {
        if (!hasOwn.call(o22, k25)) continue;
        const x26 = o22[k25];
        if (x26 === void 0) continue;
        if (k25 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property21;
          }
        }
      }
    }
  }
  const x27 = o1.slug;
  if (x27 !== void 0) {
    if (typeof x27 !== "string" && hasOwn.call(o1, "slug")) return false;
  }
  const x29 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x29 === void 0) return false;
  if (typeof x29 !== "string") return false;
  const x30 = o1.type;
  if (x30 !== void 0) {
    if (x30 !== "none" && x30 !== "added" && x30 !== "fixed" && x30 !== "improved" && x30 !== "deprecated" && x30 !== "removed" && hasOwn.call(o1, "type")) return false;
  }
  for (const k32 in o1) {
    if (!hasOwn.call(o1, k32)) continue;
    const x33 = o1[k32];
    if (x33 === void 0) continue;
    if (k32 !== "author" && k32 !== "content" && k32 !== "created_at" && k32 !== "metadata" && k32 !== "privacy" && k32 !== "slug" && k32 !== "title" && k32 !== "type") {
      return false;
    }
  }
  return true;
}
function check$CreateChangelogRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.author;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "author")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$author_type_6858e8);
        } else {
          const o3 = x2;
          const x4 = o3.id;
          if (x4 !== void 0) {
            if (typeof x4 !== "string" && hasOwn.call(o3, "id")) {
              s = reportFixed(s, p, issue$author_id_type_2faf67);
            }
          }
          for (const k5 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k5)) continue;
            const x6 = o3[k5];
            if (x6 === void 0) continue;
            if (k5 !== "id") {
              s = report(s, p, ["author", k5], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x7 = o1.content;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "content")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          s = reportFixed(s, p, issue$content_type_ce2684);
        } else {
          const o8 = x7;
          const x9 = o8.body;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o8, "body")) {
              s = reportFixed(s, p, issue$content_body_type_807432);
            }
          }
          for (const k10 in o8) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o8, k10)) continue;
            const x11 = o8[k10];
            if (x11 === void 0) continue;
            if (k10 !== "body") {
              s = report(s, p, ["content", k10], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x12 = o1.created_at;
    if (x12 !== void 0) {
      if (hasOwn.call(o1, "created_at")) {
        if (typeof x12 !== "string") {
          s = reportFixed(s, p, issue$created_at_type_d41067);
        } else {
          if (!formats.isDateTime(x12)) s = reportFixed(s, p, issue$created_at_format_e0c890);
        }
      }
    }
    const x13 = o1.metadata;
    if (x13 !== void 0) {
      if (!is$$inline23(x13, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline23(x13, below(p, ["metadata"]), s, d + 1);
    }
    const x14 = o1.privacy;
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o15 = x14;
          const x16 = o15.view;
          if (x16 !== void 0) {
            if (x16 !== "public" && x16 !== "anyone_with_link" && hasOwn.call(o15, "view")) {
              if (typeof x16 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x16 !== "public" && x16 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k17 in o15) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o15, k17)) continue;
            const x18 = o15[k17];
            if (x18 === void 0) continue;
            if (k17 !== "view") {
              s = report(s, p, ["privacy", k17], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x19 = o1.slug;
    if (x19 !== void 0) {
      if (typeof x19 !== "string" && hasOwn.call(o1, "slug")) {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x20 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x20 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x21 = o1.type;
    if (x21 !== void 0) {
      if (x21 !== "none" && x21 !== "added" && x21 !== "fixed" && x21 !== "improved" && x21 !== "deprecated" && x21 !== "removed" && hasOwn.call(o1, "type")) {
        if (typeof x21 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x21 !== "none" && x21 !== "added" && x21 !== "fixed" && x21 !== "improved" && x21 !== "deprecated" && x21 !== "removed") s = reportFixed(s, p, issue$type_enum_074ef3);
        }
      }
    }
    for (const k22 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k22)) continue;
      const x23 = o1[k22];
      if (x23 === void 0) continue;
      if (k22 !== "author" && k22 !== "content" && k22 !== "created_at" && k22 !== "metadata" && k22 !== "privacy" && k22 !== "slug" && k22 !== "title" && k22 !== "type") {
        s = report(s, p, [k22], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline46(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline46(x2, d + 1)) s = check$$inline46(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline46(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline46(x2, d + 1)) s = check$$inline46(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateChangelogRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.author;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        if (hasOwn.call(o1, "author")) return false;
        break property3;
      }
      const o4 = x2;
      const x5 = o4.id;
      if (x5 !== void 0) {
        if (typeof x5 !== "string" && hasOwn.call(o4, "id")) {
          if (hasOwn.call(o1, "author")) return false;
          break property3;
        }
      }
      const x7 = o4.name;
      if (x7 !== void 0) {
        if (typeof x7 !== "string" && hasOwn.call(o4, "name")) {
          if (hasOwn.call(o1, "author")) return false;
          break property3;
        }
      }
      for (const k9 in o4) {
        if (!hasOwn.call(o4, k9)) continue;
        const x10 = o4[k9];
        if (x10 === void 0) continue;
        if (k9 !== "id" && k9 !== "name") {
          {
            if (hasOwn.call(o1, "author")) return false;
            break property3;
          }
        }
      }
    }
  }
  const x11 = o1.content;
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) {
        if (hasOwn.call(o1, "content")) return false;
        break property12;
      }
      const o13 = x11;
      const x14 = o13.body;
      if (x14 !== void 0) {
        if (typeof x14 !== "string" && hasOwn.call(o13, "body")) {
          if (hasOwn.call(o1, "content")) return false;
          break property12;
        }
      }
      for (const k16 in o13) {
        if (!hasOwn.call(o13, k16)) continue;
        const x17 = o13[k16];
        if (x17 === void 0) continue;
        if (k16 !== "body") {
          {
            if (hasOwn.call(o1, "content")) return false;
            break property12;
          }
        }
      }
    }
  }
  const x18 = o1.created_at;
  if (x18 !== void 0) {
    property19: {
      if (typeof x18 !== "string") {
        if (hasOwn.call(o1, "created_at")) return false;
        break property19;
      }
      if (!formats.isDateTime(x18)) {
        if (hasOwn.call(o1, "created_at")) return false;
        break property19;
      }
    }
  }
  const x20 = o1.metadata;
  if (x20 !== void 0) {
    if (!is$$inline23(x20, d + 1) && hasOwn.call(o1, "metadata")) return false;
  }
  const x22 = o1.privacy;
  if (x22 !== void 0) {
    property23: {
      if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
        if (hasOwn.call(o1, "privacy")) return false;
        break property23;
      }
      const o24 = x22;
      const x25 = o24.view;
      if (x25 !== void 0) {
        if (x25 !== "public" && x25 !== "anyone_with_link" && hasOwn.call(o24, "view")) {
          if (hasOwn.call(o1, "privacy")) return false;
          break property23;
        }
      }
      for (const k27 in o24) {
        if (!hasOwn.call(o24, k27)) continue;
        const x28 = o24[k27];
        if (x28 === void 0) continue;
        if (k27 !== "view") {
          {
            if (hasOwn.call(o1, "privacy")) return false;
            break property23;
          }
        }
      }
    }
  }
  const x29 = o1.slug;
  if (x29 !== void 0) {
    if (typeof x29 !== "string" && hasOwn.call(o1, "slug")) return false;
  }
  const x31 = o1.title;
  if (x31 !== void 0) {
    if (typeof x31 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x33 = o1.type;
  if (x33 !== void 0) {
    if (x33 !== "none" && x33 !== "added" && x33 !== "fixed" && x33 !== "improved" && x33 !== "deprecated" && x33 !== "removed" && hasOwn.call(o1, "type")) return false;
  }
  for (const k35 in o1) {
    if (!hasOwn.call(o1, k35)) continue;
    const x36 = o1[k35];
    if (x36 === void 0) continue;
    if (k35 !== "author" && k35 !== "content" && k35 !== "created_at" && k35 !== "metadata" && k35 !== "privacy" && k35 !== "slug" && k35 !== "title" && k35 !== "type") {
      return false;
    }
  }
  return true;
}
function check$UpdateChangelogRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.author;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "author")) {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
          s = reportFixed(s, p, issue$author_type_6858e8);
        } else {
          const o3 = x2;
          const x4 = o3.id;
          if (x4 !== void 0) {
            if (typeof x4 !== "string" && hasOwn.call(o3, "id")) {
              s = reportFixed(s, p, issue$author_id_type_2faf67);
            }
          }
          const x5 = o3.name;
          if (x5 !== void 0) {
            if (typeof x5 !== "string" && hasOwn.call(o3, "name")) {
              s = reportFixed(s, p, issue$author_name_type_6934e1);
            }
          }
          for (const k6 in o3) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o3, k6)) continue;
            const x7 = o3[k6];
            if (x7 === void 0) continue;
            if (k6 !== "id" && k6 !== "name") {
              s = report(s, p, ["author", k6], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x8 = o1.content;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "content")) {
        if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
          s = reportFixed(s, p, issue$content_type_ce2684);
        } else {
          const o9 = x8;
          const x10 = o9.body;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o9, "body")) {
              s = reportFixed(s, p, issue$content_body_type_807432);
            }
          }
          for (const k11 in o9) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o9, k11)) continue;
            const x12 = o9[k11];
            if (x12 === void 0) continue;
            if (k11 !== "body") {
              s = report(s, p, ["content", k11], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x13 = o1.created_at;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "created_at")) {
        if (typeof x13 !== "string") {
          s = reportFixed(s, p, issue$created_at_type_d41067);
        } else {
          if (!formats.isDateTime(x13)) s = reportFixed(s, p, issue$created_at_format_e0c890);
        }
      }
    }
    const x14 = o1.metadata;
    if (x14 !== void 0) {
      if (!is$$inline23(x14, d + 1) && hasOwn.call(o1, "metadata")) s = check$$inline23(x14, below(p, ["metadata"]), s, d + 1);
    }
    const x15 = o1.privacy;
    if (x15 !== void 0) {
      if (hasOwn.call(o1, "privacy")) {
        if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
          s = reportFixed(s, p, issue$privacy_type_dc9598);
        } else {
          const o16 = x15;
          const x17 = o16.view;
          if (x17 !== void 0) {
            if (x17 !== "public" && x17 !== "anyone_with_link" && hasOwn.call(o16, "view")) {
              if (typeof x17 !== "string") {
                s = reportFixed(s, p, issue$privacy_view_type_a353f5);
              } else {
                if (x17 !== "public" && x17 !== "anyone_with_link") s = reportFixed(s, p, issue$privacy_view_enum_6f23be);
              }
            }
          }
          for (const k18 in o16) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            if (!hasOwn.call(o16, k18)) continue;
            const x19 = o16[k18];
            if (x19 === void 0) continue;
            if (k18 !== "view") {
              s = report(s, p, ["privacy", k18], "additionalProperties", "is not an allowed property");
            }
          }
        }
      }
    }
    const x20 = o1.slug;
    if (x20 !== void 0) {
      if (typeof x20 !== "string" && hasOwn.call(o1, "slug")) {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x21 = o1.title;
    if (x21 !== void 0) {
      if (typeof x21 !== "string" && hasOwn.call(o1, "title")) {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x22 = o1.type;
    if (x22 !== void 0) {
      if (x22 !== "none" && x22 !== "added" && x22 !== "fixed" && x22 !== "improved" && x22 !== "deprecated" && x22 !== "removed" && hasOwn.call(o1, "type")) {
        if (typeof x22 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x22 !== "none" && x22 !== "added" && x22 !== "fixed" && x22 !== "improved" && x22 !== "deprecated" && x22 !== "removed") s = reportFixed(s, p, issue$type_enum_074ef3);
        }
      }
    }
    for (const k23 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k23)) continue;
      const x24 = o1[k23];
      if (x24 === void 0) continue;
      if (k23 !== "author" && k23 !== "content" && k23 !== "created_at" && k23 !== "metadata" && k23 !== "privacy" && k23 !== "slug" && k23 !== "title" && k23 !== "type") {
        s = report(s, p, [k23], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline46(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline46(x2, d + 1)) s = check$$inline46(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline48(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "width") ? o1.width : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "height") ? o1.height : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "color") ? o1.color : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  if (!pattern$54983b.test(x5)) return false;
  const x6 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
  const o7 = x6;
  const x8 = hasOwn.call(o7, "original_url") ? o7.original_url : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  if (!formats.isUri(x8)) return false;
  for (const k9 in o7) {
    if (!hasOwn.call(o7, k9)) continue;
    const x10 = o7[k9];
    if (x10 === void 0) continue;
    if (k9 !== "original_url") {
      return false;
    }
  }
  const x11 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x11 === void 0) return false;
  if (typeof x11 !== "string") return false;
  if (!pattern$903722.test(x11)) return false;
  const x12 = hasOwn.call(o1, "url") ? o1.url : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  if (!formats.isUri(x12)) return false;
  for (const k13 in o1) {
    if (!hasOwn.call(o1, k13)) continue;
    const x14 = o1[k13];
    if (x14 === void 0) continue;
    if (k13 !== "name" && k13 !== "width" && k13 !== "height" && k13 !== "color" && k13 !== "links" && k13 !== "uri" && k13 !== "url") {
      return false;
    }
  }
  return true;
}
function check$$inline48(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      }
    }
    const x3 = hasOwn.call(o1, "width") ? o1.width : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$width_required_3b29c5);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$width_type_67c2ea);
      }
    }
    const x4 = hasOwn.call(o1, "height") ? o1.height : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$height_required_202d2a);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$height_type_7f9710);
      }
    }
    const x5 = hasOwn.call(o1, "color") ? o1.color : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$color_required_2721a4);
    } else {
      if (typeof x5 !== "string") {
        s = reportFixed(s, p, issue$color_type_13e718);
      } else {
        if (!pattern$54983b.test(x5)) s = reportFixed(s, p, issue$color_pattern_fdf303);
      }
    }
    const x6 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x6 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        s = reportFixed(s, p, issue$links_type_fa1509);
      } else {
        const o7 = x6;
        const x8 = hasOwn.call(o7, "original_url") ? o7.original_url : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$links_original_url_required_7d863e);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$links_original_url_type_a0d036);
          } else {
            if (!formats.isUri(x8)) s = reportFixed(s, p, issue$links_original_url_format_5649a4);
          }
        }
        for (const k9 in o7) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o7, k9)) continue;
          const x10 = o7[k9];
          if (x10 === void 0) continue;
          if (k9 !== "original_url") {
            s = report(s, p, ["links", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x11 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x11 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$903722.test(x11)) s = reportFixed(s, p, issue$uri_pattern_3c2c79);
      }
    }
    const x12 = hasOwn.call(o1, "url") ? o1.url : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$url_required_7e5b0e);
    } else {
      if (typeof x12 !== "string") {
        s = reportFixed(s, p, issue$url_type_4c30e0);
      } else {
        if (!formats.isUri(x12)) s = reportFixed(s, p, issue$url_format_8c0b2c);
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "name" && k13 !== "width" && k13 !== "height" && k13 !== "color" && k13 !== "links" && k13 !== "uri" && k13 !== "url") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline47(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline48(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline47(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline48(x3, d + 1)) s = check$$inline48(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$GetImagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o6) {
    if (!hasOwn.call(o6, k11)) continue;
    const x12 = o6[k11];
    if (x12 === void 0) continue;
    if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x13 === void 0) return false;
  if (!is$$inline47(x13, d + 1)) return false;
  for (const k14 in o1) {
    if (!hasOwn.call(o1, k14)) continue;
    const x15 = o1[k14];
    if (x15 === void 0) continue;
    if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetImagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$page_required_a2510d);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$page_type_ebfbb2);
      }
    }
    const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$per_page_required_480f95);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$per_page_type_ea21cc);
      }
    }
    const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$paging_required_4c1802);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$paging_type_a060b3);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$paging_next_required_0c238b);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$paging_next_type_f6fa78);
          }
        }
        const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$paging_previous_required_b24c82);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$paging_previous_type_b75b57);
          }
        }
        const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$paging_first_required_483cdf);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$paging_first_type_a2b9ea);
          }
        }
        const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$paging_last_required_147200);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$paging_last_type_916cc5);
          }
        }
        for (const k11 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k11)) continue;
          const x12 = o6[k11];
          if (x12 === void 0) continue;
          if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
            s = report(s, p, ["paging", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline47(x13, d + 1)) s = check$$inline47(x13, below(p, ["data"]), s, d + 1);
    }
    for (const k14 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k14)) continue;
      const x15 = o1[k14];
      if (x15 === void 0) continue;
      if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
        s = report(s, p, [k14], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UploadImageRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k8 in o1) {
    if (!hasOwn.call(o1, k8)) continue;
    const x9 = o1[k8];
    if (x9 === void 0) continue;
    if (k8 !== "file") {
      return false;
    }
  }
  return true;
}
function check$UploadImageRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    for (const k7 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k7)) continue;
      const x8 = o1[k7];
      if (x8 === void 0) continue;
      if (k7 !== "file") {
        s = report(s, p, [k7], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UploadImageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline48(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UploadImageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline48(x2, d + 1)) s = check$$inline48(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetImageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline48(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetImageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline48(x2, d + 1)) s = check$$inline48(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetOutboundIPsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!Array.isArray(x2)) return false;
  const a3 = x2;
  for (let i4 = 0; i4 < a3.length; i4++) {
    const x5 = a3[i4];
    if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
    const o6 = x5;
    const x7 = hasOwn.call(o6, "ip_address") ? o6.ip_address : void 0;
    if (x7 === void 0) return false;
    if (typeof x7 !== "string") return false;
    for (const k8 in o6) {
      if (!hasOwn.call(o6, k8)) continue;
      const x9 = o6[k8];
      if (x9 === void 0) continue;
      if (k8 !== "ip_address") {
        return false;
      }
    }
  }
  for (const k10 in o1) {
    if (!hasOwn.call(o1, k10)) continue;
    const x11 = o1[k10];
    if (x11 === void 0) continue;
    if (k10 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetOutboundIPsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_33d84b);
      } else {
        const a3 = x2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x5 = a3[i4];
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = report(s, p, ["data", i4], "type", "must be an object");
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "ip_address") ? o6.ip_address : void 0;
            if (x7 === void 0) {
              s = report(s, p, ["data", i4, "ip_address"], "required", "is required");
            } else {
              if (typeof x7 !== "string") {
                s = report(s, p, ["data", i4, "ip_address"], "type", "must be a string");
              }
            }
            for (const k8 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k8)) continue;
              const x9 = o6[k8];
              if (x9 === void 0) continue;
              if (k8 !== "ip_address") {
                s = report(s, p, ["data", i4, k8], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "data") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$AskOwlbotRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "question") ? o1.question : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "question") {
      return false;
    }
  }
  return true;
}
function check$AskOwlbotRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "question") ? o1.question : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$question_required_d68d8b);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$question_type_5bd5f4);
      }
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "question") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline49(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "answer") ? o1.answer : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "sources") ? o1.sources : void 0;
  if (x3 === void 0) return false;
  if (!Array.isArray(x3)) return false;
  const a4 = x3;
  for (let i5 = 0; i5 < a4.length; i5++) {
    const x6 = a4[i5];
    if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
    const o7 = x6;
    const x8 = hasOwn.call(o7, "title") ? o7.title : void 0;
    if (x8 === void 0) return false;
    if (typeof x8 !== "string") return false;
    const x9 = hasOwn.call(o7, "url") ? o7.url : void 0;
    if (x9 === void 0) return false;
    if (typeof x9 !== "string") return false;
    for (const k10 in o7) {
      if (!hasOwn.call(o7, k10)) continue;
      const x11 = o7[k10];
      if (x11 === void 0) continue;
      if (k10 !== "title" && k10 !== "url") {
        return false;
      }
    }
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "answer" && k12 !== "sources") {
      return false;
    }
  }
  return true;
}
function check$$inline49(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "answer") ? o1.answer : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$answer_required_05d882);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$answer_type_06f793);
      }
    }
    const x3 = hasOwn.call(o1, "sources") ? o1.sources : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$sources_required_7da28b);
    } else {
      if (!Array.isArray(x3)) {
        s = reportFixed(s, p, issue$sources_type_60c2b3);
      } else {
        const a4 = x3;
        for (let i5 = 0; i5 < a4.length; i5++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x6 = a4[i5];
          if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
            s = report(s, p, ["sources", i5], "type", "must be an object");
          } else {
            const o7 = x6;
            const x8 = hasOwn.call(o7, "title") ? o7.title : void 0;
            if (x8 === void 0) {
              s = report(s, p, ["sources", i5, "title"], "required", "is required");
            } else {
              if (typeof x8 !== "string") {
                s = report(s, p, ["sources", i5, "title"], "type", "must be a string");
              }
            }
            const x9 = hasOwn.call(o7, "url") ? o7.url : void 0;
            if (x9 === void 0) {
              s = report(s, p, ["sources", i5, "url"], "required", "is required");
            } else {
              if (typeof x9 !== "string") {
                s = report(s, p, ["sources", i5, "url"], "type", "must be a string");
              }
            }
            for (const k10 in o7) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o7, k10)) continue;
              const x11 = o7[k10];
              if (x11 === void 0) continue;
              if (k10 !== "title" && k10 !== "url") {
                s = report(s, p, ["sources", i5, k10], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "answer" && k12 !== "sources") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$AskOwlbotResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline49(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$AskOwlbotResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline49(x2, d + 1)) s = check$$inline49(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline52(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "css") ? o1.css : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "js") ? o1.js : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = hasOwn.call(o1, "html") ? o1.html : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "header") ? o5.header : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  const x7 = hasOwn.call(o5, "home_footer") ? o5.home_footer : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o5, "page_footer") ? o5.page_footer : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  for (const k9 in o5) {
    if (!hasOwn.call(o5, k9)) continue;
    const x10 = o5[k9];
    if (x10 === void 0) continue;
    if (k9 !== "header" && k9 !== "home_footer" && k9 !== "page_footer") {
      return false;
    }
  }
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "css" && k11 !== "js" && k11 !== "html") {
      return false;
    }
  }
  return true;
}
function check$$inline52(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "css") ? o1.css : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$css_required_c91b32);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$css_type_c7de4b);
      }
    }
    const x3 = hasOwn.call(o1, "js") ? o1.js : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$js_required_a10564);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$js_type_407b26);
      }
    }
    const x4 = hasOwn.call(o1, "html") ? o1.html : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$html_required_2c9563);
    } else {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        s = reportFixed(s, p, issue$html_type_8398d8);
      } else {
        const o5 = x4;
        const x6 = hasOwn.call(o5, "header") ? o5.header : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$html_header_required_55bdbd);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$html_header_type_8b3cf5);
          }
        }
        const x7 = hasOwn.call(o5, "home_footer") ? o5.home_footer : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$html_home_footer_required_105a79);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$html_home_footer_type_f21117);
          }
        }
        const x8 = hasOwn.call(o5, "page_footer") ? o5.page_footer : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$html_page_footer_required_cd1e9a);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$html_page_footer_type_832ffb);
          }
        }
        for (const k9 in o5) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o5, k9)) continue;
          const x10 = o5[k9];
          if (x10 === void 0) continue;
          if (k9 !== "header" && k9 !== "home_footer" && k9 !== "page_footer") {
            s = report(s, p, ["html", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "css" && k11 !== "js" && k11 !== "html") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline54(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "image") ? o1.image : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline48(x2, d + 1)) return false;
  const x3 = o1.type;
  if (x3 !== void 0) {
    if (x3 !== "triangles" && x3 !== "blueprint" && x3 !== "grain" && x3 !== "map" && x3 !== "circuits" && x3 !== "custom" && hasOwn.call(o1, "type")) return false;
  }
  const x5 = o1.fill;
  if (x5 !== void 0) {
    if (x5 !== "auto" && x5 !== "tile" && x5 !== "tile-x" && x5 !== "tile-y" && x5 !== "cover" && x5 !== "contain" && hasOwn.call(o1, "fill")) return false;
  }
  const x7 = o1.position;
  if (x7 !== void 0) {
    if (!allowed$00eb3e.has(x7) && hasOwn.call(o1, "position")) return false;
  }
  for (const k9 in o1) {
    if (!hasOwn.call(o1, k9)) continue;
    const x10 = o1[k9];
    if (x10 === void 0) continue;
    if (k9 !== "image" && k9 !== "type" && k9 !== "fill" && k9 !== "position") {
      return false;
    }
  }
  return true;
}
function check$$inline54(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "image") ? o1.image : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$image_required_cb140f);
    } else {
      if (!is$$inline48(x2, d + 1)) s = check$$inline48(x2, below(p, ["image"]), s, d + 1);
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (x3 !== "triangles" && x3 !== "blueprint" && x3 !== "grain" && x3 !== "map" && x3 !== "circuits" && x3 !== "custom" && hasOwn.call(o1, "type")) {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x3 !== "triangles" && x3 !== "blueprint" && x3 !== "grain" && x3 !== "map" && x3 !== "circuits" && x3 !== "custom") s = reportFixed(s, p, issue$type_enum_70dbac);
        }
      }
    }
    const x4 = o1.fill;
    if (x4 !== void 0) {
      if (x4 !== "auto" && x4 !== "tile" && x4 !== "tile-x" && x4 !== "tile-y" && x4 !== "cover" && x4 !== "contain" && hasOwn.call(o1, "fill")) {
        if (typeof x4 !== "string") {
          s = reportFixed(s, p, issue$fill_type_e84994);
        } else {
          if (x4 !== "auto" && x4 !== "tile" && x4 !== "tile-x" && x4 !== "tile-y" && x4 !== "cover" && x4 !== "contain") s = reportFixed(s, p, issue$fill_enum_c843cf);
        }
      }
    }
    const x5 = o1.position;
    if (x5 !== void 0) {
      if (!allowed$00eb3e.has(x5) && hasOwn.call(o1, "position")) {
        if (typeof x5 !== "string") {
          s = reportFixed(s, p, issue$position_type_c92b52);
        } else {
          if (!allowed$00eb3e.has(x5)) s = reportFixed(s, p, issue$position_enum_8de4f5);
        }
      }
    }
    for (const k6 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k6)) continue;
      const x7 = o1[k6];
      if (x7 === void 0) continue;
      if (k6 !== "image" && k6 !== "type" && k6 !== "fill" && k6 !== "position") {
        s = report(s, p, [k6], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline53(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.type;
  if (x2 !== void 0) {
    if (x2 !== "solid" && x2 !== "gradient" && x2 !== "line" && x2 !== "overlay" && hasOwn.call(o1, "type")) return false;
  }
  const x4 = hasOwn.call(o1, "gradient_color") ? o1.gradient_color : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = o1.link_style;
  if (x5 !== void 0) {
    if (x5 !== "buttons" && x5 !== "tabs" && hasOwn.call(o1, "link_style")) return false;
  }
  const x7 = hasOwn.call(o1, "overlay") ? o1.overlay : void 0;
  if (x7 === void 0) return false;
  if (!is$$inline54(x7, d + 1)) return false;
  for (const k8 in o1) {
    if (!hasOwn.call(o1, k8)) continue;
    const x9 = o1[k8];
    if (x9 === void 0) continue;
    if (k8 !== "type" && k8 !== "gradient_color" && k8 !== "link_style" && k8 !== "overlay") {
      return false;
    }
  }
  return true;
}
function check$$inline53(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.type;
    if (x2 !== void 0) {
      if (x2 !== "solid" && x2 !== "gradient" && x2 !== "line" && x2 !== "overlay" && hasOwn.call(o1, "type")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x2 !== "solid" && x2 !== "gradient" && x2 !== "line" && x2 !== "overlay") s = reportFixed(s, p, issue$type_enum_1f5f88);
        }
      }
    }
    const x3 = hasOwn.call(o1, "gradient_color") ? o1.gradient_color : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$gradient_color_required_bc5acb);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$gradient_color_type_46efe1);
      }
    }
    const x4 = o1.link_style;
    if (x4 !== void 0) {
      if (x4 !== "buttons" && x4 !== "tabs" && hasOwn.call(o1, "link_style")) {
        if (typeof x4 !== "string") {
          s = reportFixed(s, p, issue$link_style_type_f4934a);
        } else {
          if (x4 !== "buttons" && x4 !== "tabs") s = reportFixed(s, p, issue$link_style_enum_15bf4e);
        }
      }
    }
    const x5 = hasOwn.call(o1, "overlay") ? o1.overlay : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$overlay_required_91d84f);
    } else {
      if (!is$$inline54(x5, d + 1)) s = check$$inline54(x5, below(p, ["overlay"]), s, d + 1);
    }
    for (const k6 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k6)) continue;
      const x7 = o1[k6];
      if (x7 === void 0) continue;
      if (k6 !== "type" && k6 !== "gradient_color" && k6 !== "link_style" && k6 !== "overlay") {
        s = report(s, p, [k6], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline55(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "dark_mode") ? o1.dark_mode : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline48(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "main") ? o1.main : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline48(x3, d + 1)) return false;
  const x4 = hasOwn.call(o1, "favicon") ? o1.favicon : void 0;
  if (x4 === void 0) return false;
  if (!is$$inline48(x4, d + 1)) return false;
  const x5 = o1.size;
  if (x5 !== void 0) {
    if (x5 !== "default" && x5 !== "large" && hasOwn.call(o1, "size")) return false;
  }
  for (const k7 in o1) {
    if (!hasOwn.call(o1, k7)) continue;
    const x8 = o1[k7];
    if (x8 === void 0) continue;
    if (k7 !== "dark_mode" && k7 !== "main" && k7 !== "favicon" && k7 !== "size") {
      return false;
    }
  }
  return true;
}
function check$$inline55(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "dark_mode") ? o1.dark_mode : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$dark_mode_required_e25996);
    } else {
      if (!is$$inline48(x2, d + 1)) s = check$$inline48(x2, below(p, ["dark_mode"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "main") ? o1.main : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$main_required_51a2d1);
    } else {
      if (!is$$inline48(x3, d + 1)) s = check$$inline48(x3, below(p, ["main"]), s, d + 1);
    }
    const x4 = hasOwn.call(o1, "favicon") ? o1.favicon : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$favicon_required_15119b);
    } else {
      if (!is$$inline48(x4, d + 1)) s = check$$inline48(x4, below(p, ["favicon"]), s, d + 1);
    }
    const x5 = o1.size;
    if (x5 !== void 0) {
      if (x5 !== "default" && x5 !== "large" && hasOwn.call(o1, "size")) {
        if (typeof x5 !== "string") {
          s = reportFixed(s, p, issue$size_type_d8f6f0);
        } else {
          if (x5 !== "default" && x5 !== "large") s = reportFixed(s, p, issue$size_enum_ec349a);
        }
      }
    }
    for (const k6 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k6)) continue;
      const x7 = o1[k6];
      if (x7 === void 0) continue;
      if (k6 !== "dark_mode" && k6 !== "main" && k6 !== "favicon" && k6 !== "size") {
        s = report(s, p, [k6], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline57(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "changelog") ? o1.changelog : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "label") ? o3.label : void 0;
  if (x4 === void 0) return false;
  if (x4 !== "Changelog") return false;
  const x5 = hasOwn.call(o3, "alias") ? o3.alias : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = o3.visibility;
  if (x6 !== void 0) {
    if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o3, "visibility")) return false;
  }
  for (const k8 in o3) {
    if (!hasOwn.call(o3, k8)) continue;
    const x9 = o3[k8];
    if (x9 === void 0) continue;
    if (k8 !== "label" && k8 !== "alias" && k8 !== "visibility") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "discussions") ? o1.discussions : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) return false;
  const o11 = x10;
  const x12 = hasOwn.call(o11, "label") ? o11.label : void 0;
  if (x12 === void 0) return false;
  if (x12 !== "Discussions") return false;
  const x13 = hasOwn.call(o11, "alias") ? o11.alias : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "string") return false;
  const x14 = o11.visibility;
  if (x14 !== void 0) {
    if (x14 !== "enabled" && x14 !== "disabled" && hasOwn.call(o11, "visibility")) return false;
  }
  for (const k16 in o11) {
    if (!hasOwn.call(o11, k16)) continue;
    const x17 = o11[k16];
    if (x17 === void 0) continue;
    if (k16 !== "label" && k16 !== "alias" && k16 !== "visibility") {
      return false;
    }
  }
  const x18 = hasOwn.call(o1, "home") ? o1.home : void 0;
  if (x18 === void 0) return false;
  if (typeof x18 !== "object" || x18 === null || Array.isArray(x18)) return false;
  const o19 = x18;
  const x20 = hasOwn.call(o19, "label") ? o19.label : void 0;
  if (x20 === void 0) return false;
  if (x20 !== "Home") return false;
  const x21 = o19.visibility;
  if (x21 !== void 0) {
    if (x21 !== "enabled" && x21 !== "disabled" && hasOwn.call(o19, "visibility")) return false;
  }
  for (const k23 in o19) {
    if (!hasOwn.call(o19, k23)) continue;
    const x24 = o19[k23];
    if (x24 === void 0) continue;
    if (k23 !== "label" && k23 !== "visibility") {
      return false;
    }
  }
  const x25 = hasOwn.call(o1, "graphql") ? o1.graphql : void 0;
  if (x25 === void 0) return false;
  if (typeof x25 !== "object" || x25 === null || Array.isArray(x25)) return false;
  const o26 = x25;
  const x27 = hasOwn.call(o26, "label") ? o26.label : void 0;
  if (x27 === void 0) return false;
  if (x27 !== "GraphQL") return false;
  const x28 = o26.visibility;
  if (x28 !== void 0) {
    if (x28 !== "enabled" && x28 !== "disabled" && hasOwn.call(o26, "visibility")) return false;
  }
  for (const k30 in o26) {
    if (!hasOwn.call(o26, k30)) continue;
    const x31 = o26[k30];
    if (x31 === void 0) continue;
    if (k30 !== "label" && k30 !== "visibility") {
      return false;
    }
  }
  const x32 = hasOwn.call(o1, "guides") ? o1.guides : void 0;
  if (x32 === void 0) return false;
  if (typeof x32 !== "object" || x32 === null || Array.isArray(x32)) return false;
  const o33 = x32;
  const x34 = hasOwn.call(o33, "label") ? o33.label : void 0;
  if (x34 === void 0) return false;
  if (x34 !== "Guides") return false;
  const x35 = hasOwn.call(o33, "alias") ? o33.alias : void 0;
  if (x35 === void 0) return false;
  if (typeof x35 !== "string") return false;
  const x36 = o33.visibility;
  if (x36 !== void 0) {
    if (x36 !== "enabled" && x36 !== "disabled" && hasOwn.call(o33, "visibility")) return false;
  }
  for (const k38 in o33) {
    if (!hasOwn.call(o33, k38)) continue;
    const x39 = o33[k38];
    if (x39 === void 0) continue;
    if (k38 !== "label" && k38 !== "alias" && k38 !== "visibility") {
      return false;
    }
  }
  const x40 = hasOwn.call(o1, "recipes") ? o1.recipes : void 0;
  if (x40 === void 0) return false;
  if (typeof x40 !== "object" || x40 === null || Array.isArray(x40)) return false;
  const o41 = x40;
  const x42 = hasOwn.call(o41, "label") ? o41.label : void 0;
  if (x42 === void 0) return false;
  if (x42 !== "Recipes") return false;
  const x43 = hasOwn.call(o41, "alias") ? o41.alias : void 0;
  if (x43 === void 0) return false;
  if (typeof x43 !== "string") return false;
  const x44 = o41.visibility;
  if (x44 !== void 0) {
    if (x44 !== "enabled" && x44 !== "disabled" && hasOwn.call(o41, "visibility")) return false;
  }
  for (const k46 in o41) {
    if (!hasOwn.call(o41, k46)) continue;
    const x47 = o41[k46];
    if (x47 === void 0) continue;
    if (k46 !== "label" && k46 !== "alias" && k46 !== "visibility") {
      return false;
    }
  }
  const x48 = hasOwn.call(o1, "reference") ? o1.reference : void 0;
  if (x48 === void 0) return false;
  if (typeof x48 !== "object" || x48 === null || Array.isArray(x48)) return false;
  const o49 = x48;
  const x50 = hasOwn.call(o49, "label") ? o49.label : void 0;
  if (x50 === void 0) return false;
  if (x50 !== "API Reference") return false;
  const x51 = hasOwn.call(o49, "alias") ? o49.alias : void 0;
  if (x51 === void 0) return false;
  if (typeof x51 !== "string") return false;
  const x52 = o49.visibility;
  if (x52 !== void 0) {
    if (x52 !== "enabled" && x52 !== "disabled" && hasOwn.call(o49, "visibility")) return false;
  }
  for (const k54 in o49) {
    if (!hasOwn.call(o49, k54)) continue;
    const x55 = o49[k54];
    if (x55 === void 0) continue;
    if (k54 !== "label" && k54 !== "alias" && k54 !== "visibility") {
      return false;
    }
  }
  for (const k56 in o1) {
    if (!hasOwn.call(o1, k56)) continue;
    const x57 = o1[k56];
    if (x57 === void 0) continue;
    if (k56 !== "changelog" && k56 !== "discussions" && k56 !== "home" && k56 !== "graphql" && k56 !== "guides" && k56 !== "recipes" && k56 !== "reference") {
      return false;
    }
  }
  return true;
}
function check$$inline57(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "changelog") ? o1.changelog : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$changelog_required_a7bcf3);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$changelog_type_f324de);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "label") ? o3.label : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$changelog_label_required_c82d52);
        } else {
          if (x4 !== "Changelog") {
            if (typeof x4 !== "string") {
              s = reportFixed(s, p, issue$changelog_label_type_0c55a1);
            } else {
              if (x4 !== "Changelog") s = reportFixed(s, p, issue$changelog_label_enum_468737);
            }
          }
        }
        const x5 = hasOwn.call(o3, "alias") ? o3.alias : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$changelog_alias_required_5b9c95);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$changelog_alias_type_66d71a);
          }
        }
        const x6 = o3.visibility;
        if (x6 !== void 0) {
          if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o3, "visibility")) {
            if (typeof x6 !== "string") {
              s = reportFixed(s, p, issue$changelog_visibility_type_3d67da);
            } else {
              if (x6 !== "enabled" && x6 !== "disabled") s = reportFixed(s, p, issue$changelog_visibility_enum_ed96a8);
            }
          }
        }
        for (const k7 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k7)) continue;
          const x8 = o3[k7];
          if (x8 === void 0) continue;
          if (k7 !== "label" && k7 !== "alias" && k7 !== "visibility") {
            s = report(s, p, ["changelog", k7], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x9 = hasOwn.call(o1, "discussions") ? o1.discussions : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$discussions_required_9e0400);
    } else {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        s = reportFixed(s, p, issue$discussions_type_8dd6ae);
      } else {
        const o10 = x9;
        const x11 = hasOwn.call(o10, "label") ? o10.label : void 0;
        if (x11 === void 0) {
          s = reportFixed(s, p, issue$discussions_label_required_b25efb);
        } else {
          if (x11 !== "Discussions") {
            if (typeof x11 !== "string") {
              s = reportFixed(s, p, issue$discussions_label_type_b596d3);
            } else {
              if (x11 !== "Discussions") s = reportFixed(s, p, issue$discussions_label_enum_0df2d7);
            }
          }
        }
        const x12 = hasOwn.call(o10, "alias") ? o10.alias : void 0;
        if (x12 === void 0) {
          s = reportFixed(s, p, issue$discussions_alias_required_d09088);
        } else {
          if (typeof x12 !== "string") {
            s = reportFixed(s, p, issue$discussions_alias_type_0970d7);
          }
        }
        const x13 = o10.visibility;
        if (x13 !== void 0) {
          if (x13 !== "enabled" && x13 !== "disabled" && hasOwn.call(o10, "visibility")) {
            if (typeof x13 !== "string") {
              s = reportFixed(s, p, issue$discussions_visibility_type_1f39ff);
            } else {
              if (x13 !== "enabled" && x13 !== "disabled") s = reportFixed(s, p, issue$discussions_visibility_enum_fd468b);
            }
          }
        }
        for (const k14 in o10) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o10, k14)) continue;
          const x15 = o10[k14];
          if (x15 === void 0) continue;
          if (k14 !== "label" && k14 !== "alias" && k14 !== "visibility") {
            s = report(s, p, ["discussions", k14], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x16 = hasOwn.call(o1, "home") ? o1.home : void 0;
    if (x16 === void 0) {
      s = reportFixed(s, p, issue$home_required_b511d7);
    } else {
      if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) {
        s = reportFixed(s, p, issue$home_type_a918f6);
      } else {
        const o17 = x16;
        const x18 = hasOwn.call(o17, "label") ? o17.label : void 0;
        if (x18 === void 0) {
          s = reportFixed(s, p, issue$home_label_required_5d64c5);
        } else {
          if (x18 !== "Home") {
            if (typeof x18 !== "string") {
              s = reportFixed(s, p, issue$home_label_type_05c027);
            } else {
              if (x18 !== "Home") s = reportFixed(s, p, issue$home_label_enum_3ea2a6);
            }
          }
        }
        const x19 = o17.visibility;
        if (x19 !== void 0) {
          if (x19 !== "enabled" && x19 !== "disabled" && hasOwn.call(o17, "visibility")) {
            if (typeof x19 !== "string") {
              s = reportFixed(s, p, issue$home_visibility_type_8f4f50);
            } else {
              if (x19 !== "enabled" && x19 !== "disabled") s = reportFixed(s, p, issue$home_visibility_enum_989caa);
            }
          }
        }
        for (const k20 in o17) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o17, k20)) continue;
          const x21 = o17[k20];
          if (x21 === void 0) continue;
          if (k20 !== "label" && k20 !== "visibility") {
            s = report(s, p, ["home", k20], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x22 = hasOwn.call(o1, "graphql") ? o1.graphql : void 0;
    if (x22 === void 0) {
      s = reportFixed(s, p, issue$graphql_required_0dea67);
    } else {
      if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
        s = reportFixed(s, p, issue$graphql_type_dc899e);
      } else {
        const o23 = x22;
        const x24 = hasOwn.call(o23, "label") ? o23.label : void 0;
        if (x24 === void 0) {
          s = reportFixed(s, p, issue$graphql_label_required_ba5fe0);
        } else {
          if (x24 !== "GraphQL") {
            if (typeof x24 !== "string") {
              s = reportFixed(s, p, issue$graphql_label_type_7436c3);
            } else {
              if (x24 !== "GraphQL") s = reportFixed(s, p, issue$graphql_label_enum_ee91a1);
            }
          }
        }
        const x25 = o23.visibility;
        if (x25 !== void 0) {
          if (x25 !== "enabled" && x25 !== "disabled" && hasOwn.call(o23, "visibility")) {
            if (typeof x25 !== "string") {
              s = reportFixed(s, p, issue$graphql_visibility_type_767245);
            } else {
              if (x25 !== "enabled" && x25 !== "disabled") s = reportFixed(s, p, issue$graphql_visibility_enum_4511f2);
            }
          }
        }
        for (const k26 in o23) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o23, k26)) continue;
          const x27 = o23[k26];
          if (x27 === void 0) continue;
          if (k26 !== "label" && k26 !== "visibility") {
            s = report(s, p, ["graphql", k26], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x28 = hasOwn.call(o1, "guides") ? o1.guides : void 0;
    if (x28 === void 0) {
      s = reportFixed(s, p, issue$guides_required_851e6b);
    } else {
      if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
        s = reportFixed(s, p, issue$guides_type_f33861);
      } else {
        const o29 = x28;
        const x30 = hasOwn.call(o29, "label") ? o29.label : void 0;
        if (x30 === void 0) {
          s = reportFixed(s, p, issue$guides_label_required_fc0a4c);
        } else {
          if (x30 !== "Guides") {
            if (typeof x30 !== "string") {
              s = reportFixed(s, p, issue$guides_label_type_3226a1);
            } else {
              if (x30 !== "Guides") s = reportFixed(s, p, issue$guides_label_enum_13bd0c);
            }
          }
        }
        const x31 = hasOwn.call(o29, "alias") ? o29.alias : void 0;
        if (x31 === void 0) {
          s = reportFixed(s, p, issue$guides_alias_required_7c3276);
        } else {
          if (typeof x31 !== "string") {
            s = reportFixed(s, p, issue$guides_alias_type_a9c365);
          }
        }
        const x32 = o29.visibility;
        if (x32 !== void 0) {
          if (x32 !== "enabled" && x32 !== "disabled" && hasOwn.call(o29, "visibility")) {
            if (typeof x32 !== "string") {
              s = reportFixed(s, p, issue$guides_visibility_type_f97552);
            } else {
              if (x32 !== "enabled" && x32 !== "disabled") s = reportFixed(s, p, issue$guides_visibility_enum_a51e7e);
            }
          }
        }
        for (const k33 in o29) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o29, k33)) continue;
          const x34 = o29[k33];
          if (x34 === void 0) continue;
          if (k33 !== "label" && k33 !== "alias" && k33 !== "visibility") {
            s = report(s, p, ["guides", k33], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x35 = hasOwn.call(o1, "recipes") ? o1.recipes : void 0;
    if (x35 === void 0) {
      s = reportFixed(s, p, issue$recipes_required_190aaa);
    } else {
      if (typeof x35 !== "object" || x35 === null || Array.isArray(x35)) {
        s = reportFixed(s, p, issue$recipes_type_2432ea);
      } else {
        const o36 = x35;
        const x37 = hasOwn.call(o36, "label") ? o36.label : void 0;
        if (x37 === void 0) {
          s = reportFixed(s, p, issue$recipes_label_required_ff8aff);
        } else {
          if (x37 !== "Recipes") {
            if (typeof x37 !== "string") {
              s = reportFixed(s, p, issue$recipes_label_type_4b5b8b);
            } else {
              if (x37 !== "Recipes") s = reportFixed(s, p, issue$recipes_label_enum_c287e8);
            }
          }
        }
        const x38 = hasOwn.call(o36, "alias") ? o36.alias : void 0;
        if (x38 === void 0) {
          s = reportFixed(s, p, issue$recipes_alias_required_dc0097);
        } else {
          if (typeof x38 !== "string") {
            s = reportFixed(s, p, issue$recipes_alias_type_556e8e);
          }
        }
        const x39 = o36.visibility;
        if (x39 !== void 0) {
          if (x39 !== "enabled" && x39 !== "disabled" && hasOwn.call(o36, "visibility")) {
            if (typeof x39 !== "string") {
              s = reportFixed(s, p, issue$recipes_visibility_type_557c6e);
            } else {
              if (x39 !== "enabled" && x39 !== "disabled") s = reportFixed(s, p, issue$recipes_visibility_enum_d561e5);
            }
          }
        }
        for (const k40 in o36) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o36, k40)) continue;
          const x41 = o36[k40];
          if (x41 === void 0) continue;
          if (k40 !== "label" && k40 !== "alias" && k40 !== "visibility") {
            s = report(s, p, ["recipes", k40], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x42 = hasOwn.call(o1, "reference") ? o1.reference : void 0;
    if (x42 === void 0) {
      s = reportFixed(s, p, issue$reference_required_d7733b);
    } else {
      if (typeof x42 !== "object" || x42 === null || Array.isArray(x42)) {
        s = reportFixed(s, p, issue$reference_type_782ca6);
      } else {
        const o43 = x42;
        const x44 = hasOwn.call(o43, "label") ? o43.label : void 0;
        if (x44 === void 0) {
          s = reportFixed(s, p, issue$reference_label_required_20231d);
        } else {
          if (x44 !== "API Reference") {
            if (typeof x44 !== "string") {
              s = reportFixed(s, p, issue$reference_label_type_9f442b);
            } else {
              if (x44 !== "API Reference") s = reportFixed(s, p, issue$reference_label_enum_a80d06);
            }
          }
        }
        const x45 = hasOwn.call(o43, "alias") ? o43.alias : void 0;
        if (x45 === void 0) {
          s = reportFixed(s, p, issue$reference_alias_required_cd252d);
        } else {
          if (typeof x45 !== "string") {
            s = reportFixed(s, p, issue$reference_alias_type_9a22b8);
          }
        }
        const x46 = o43.visibility;
        if (x46 !== void 0) {
          if (x46 !== "enabled" && x46 !== "disabled" && hasOwn.call(o43, "visibility")) {
            if (typeof x46 !== "string") {
              s = reportFixed(s, p, issue$reference_visibility_type_288906);
            } else {
              if (x46 !== "enabled" && x46 !== "disabled") s = reportFixed(s, p, issue$reference_visibility_enum_778e79);
            }
          }
        }
        for (const k47 in o43) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o43, k47)) continue;
          const x48 = o43[k47];
          if (x48 === void 0) continue;
          if (k47 !== "label" && k47 !== "alias" && k47 !== "visibility") {
            s = report(s, p, ["reference", k47], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k49 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k49)) continue;
      const x50 = o1[k49];
      if (x50 === void 0) continue;
      if (k49 !== "changelog" && k49 !== "discussions" && k49 !== "home" && k49 !== "graphql" && k49 !== "guides" && k49 !== "recipes" && k49 !== "reference") {
        s = report(s, p, [k49], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline56(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.first_page;
  if (x2 !== void 0) {
    if (x2 !== "documentation" && x2 !== "reference" && x2 !== "landing_page" && hasOwn.call(o1, "first_page")) return false;
  }
  const x4 = hasOwn.call(o1, "left") ? o1.left : void 0;
  if (x4 === void 0) return false;
  if (!Array.isArray(x4)) return false;
  const a5 = x4;
  for (let i6 = 0; i6 < a5.length; i6++) {
    const x7 = a5[i6];
    if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) return false;
    const o8 = x7;
    const x9 = hasOwn.call(o8, "type") ? o8.type : void 0;
    if (x9 === void 0) return false;
    if (!allowed$64f6e6.has(x9)) return false;
    const x10 = hasOwn.call(o8, "title") ? o8.title : void 0;
    if (x10 === void 0) return false;
    if (typeof x10 !== "string") return false;
    const x11 = hasOwn.call(o8, "url") ? o8.url : void 0;
    if (x11 === void 0) return false;
    if (typeof x11 !== "string") return false;
    const x12 = hasOwn.call(o8, "custom_page") ? o8.custom_page : void 0;
    if (x12 === void 0) return false;
    if (typeof x12 !== "string") return false;
    for (const k13 in o8) {
      if (!hasOwn.call(o8, k13)) continue;
      const x14 = o8[k13];
      if (x14 === void 0) continue;
      if (k13 !== "type" && k13 !== "title" && k13 !== "url" && k13 !== "custom_page") {
        return false;
      }
    }
  }
  const x15 = hasOwn.call(o1, "links") ? o1.links : void 0;
  if (x15 === void 0) return false;
  if (!is$$inline57(x15, d + 1)) return false;
  const x16 = o1.logo_link;
  if (x16 !== void 0) {
    if (x16 !== "landing_page" && x16 !== "homepage" && hasOwn.call(o1, "logo_link")) return false;
  }
  const x18 = o1.page_icons;
  if (x18 !== void 0) {
    if (x18 !== "enabled" && x18 !== "disabled" && hasOwn.call(o1, "page_icons")) return false;
  }
  const x20 = hasOwn.call(o1, "right") ? o1.right : void 0;
  if (x20 === void 0) return false;
  if (!Array.isArray(x20)) return false;
  const a21 = x20;
  for (let i22 = 0; i22 < a21.length; i22++) {
    const x23 = a21[i22];
    if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) return false;
    const o24 = x23;
    const x25 = hasOwn.call(o24, "type") ? o24.type : void 0;
    if (x25 === void 0) return false;
    if (!allowed$64f6e6.has(x25)) return false;
    const x26 = hasOwn.call(o24, "title") ? o24.title : void 0;
    if (x26 === void 0) return false;
    if (typeof x26 !== "string") return false;
    const x27 = hasOwn.call(o24, "url") ? o24.url : void 0;
    if (x27 === void 0) return false;
    if (typeof x27 !== "string") return false;
    const x28 = hasOwn.call(o24, "custom_page") ? o24.custom_page : void 0;
    if (x28 === void 0) return false;
    if (typeof x28 !== "string") return false;
    for (const k29 in o24) {
      if (!hasOwn.call(o24, k29)) continue;
      const x30 = o24[k29];
      if (x30 === void 0) continue;
      if (k29 !== "type" && k29 !== "title" && k29 !== "url" && k29 !== "custom_page") {
        return false;
      }
    }
  }
  const x31 = hasOwn.call(o1, "sub_nav") ? o1.sub_nav : void 0;
  if (x31 === void 0) return false;
  if (!Array.isArray(x31)) return false;
  const a32 = x31;
  for (let i33 = 0; i33 < a32.length; i33++) {
    const x34 = a32[i33];
    if (typeof x34 !== "object" || x34 === null || Array.isArray(x34)) return false;
    const o35 = x34;
    const x36 = hasOwn.call(o35, "type") ? o35.type : void 0;
    if (x36 === void 0) return false;
    if (!allowed$64f6e6.has(x36)) return false;
    const x37 = hasOwn.call(o35, "title") ? o35.title : void 0;
    if (x37 === void 0) return false;
    if (typeof x37 !== "string") return false;
    const x38 = hasOwn.call(o35, "url") ? o35.url : void 0;
    if (x38 === void 0) return false;
    if (typeof x38 !== "string") return false;
    const x39 = hasOwn.call(o35, "custom_page") ? o35.custom_page : void 0;
    if (x39 === void 0) return false;
    if (typeof x39 !== "string") return false;
    for (const k40 in o35) {
      if (!hasOwn.call(o35, k40)) continue;
      const x41 = o35[k40];
      if (x41 === void 0) continue;
      if (k40 !== "type" && k40 !== "title" && k40 !== "url" && k40 !== "custom_page") {
        return false;
      }
    }
  }
  const x42 = o1.subheader_layout;
  if (x42 !== void 0) {
    if (x42 !== "links" && x42 !== "dropdown" && hasOwn.call(o1, "subheader_layout")) return false;
  }
  const x44 = o1.version;
  if (x44 !== void 0) {
    if (x44 !== "enabled" && x44 !== "disabled" && hasOwn.call(o1, "version")) return false;
  }
  for (const k46 in o1) {
    if (!hasOwn.call(o1, k46)) continue;
    const x47 = o1[k46];
    if (x47 === void 0) continue;
    if (!allowed$d4bdbf.has(k46)) {
      return false;
    }
  }
  return true;
}
function check$$inline56(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.first_page;
    if (x2 !== void 0) {
      if (x2 !== "documentation" && x2 !== "reference" && x2 !== "landing_page" && hasOwn.call(o1, "first_page")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$first_page_type_c2440e);
        } else {
          if (x2 !== "documentation" && x2 !== "reference" && x2 !== "landing_page") s = reportFixed(s, p, issue$first_page_enum_49e935);
        }
      }
    }
    const x3 = hasOwn.call(o1, "left") ? o1.left : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$left_required_0fe54c);
    } else {
      if (!Array.isArray(x3)) {
        s = reportFixed(s, p, issue$left_type_1f8114);
      } else {
        const a4 = x3;
        for (let i5 = 0; i5 < a4.length; i5++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x6 = a4[i5];
          if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
            s = report(s, p, ["left", i5], "type", "must be an object");
          } else {
            const o7 = x6;
            const x8 = hasOwn.call(o7, "type") ? o7.type : void 0;
            if (x8 === void 0) {
              s = report(s, p, ["left", i5, "type"], "required", "is required");
            } else {
              if (!allowed$64f6e6.has(x8)) {
                if (typeof x8 !== "string") {
                  s = report(s, p, ["left", i5, "type"], "type", "must be a string");
                } else {
                  if (!allowed$64f6e6.has(x8)) s = report(s, p, ["left", i5, "type"], "enum", 'must be one of "home", "guides", "discussions", "changelog", "search_box", "link_url", "custom_page", "user_controls", "reference", "recipes"');
                }
              }
            }
            const x9 = hasOwn.call(o7, "title") ? o7.title : void 0;
            if (x9 === void 0) {
              s = report(s, p, ["left", i5, "title"], "required", "is required");
            } else {
              if (typeof x9 !== "string") {
                s = report(s, p, ["left", i5, "title"], "type", "must be a string");
              }
            }
            const x10 = hasOwn.call(o7, "url") ? o7.url : void 0;
            if (x10 === void 0) {
              s = report(s, p, ["left", i5, "url"], "required", "is required");
            } else {
              if (typeof x10 !== "string") {
                s = report(s, p, ["left", i5, "url"], "type", "must be a string");
              }
            }
            const x11 = hasOwn.call(o7, "custom_page") ? o7.custom_page : void 0;
            if (x11 === void 0) {
              s = report(s, p, ["left", i5, "custom_page"], "required", "is required");
            } else {
              if (typeof x11 !== "string") {
                s = report(s, p, ["left", i5, "custom_page"], "type", "must be a string");
              }
            }
            for (const k12 in o7) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o7, k12)) continue;
              const x13 = o7[k12];
              if (x13 === void 0) continue;
              if (k12 !== "type" && k12 !== "title" && k12 !== "url" && k12 !== "custom_page") {
                s = report(s, p, ["left", i5, k12], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    const x14 = hasOwn.call(o1, "links") ? o1.links : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$links_required_8e39df);
    } else {
      if (!is$$inline57(x14, d + 1)) s = check$$inline57(x14, below(p, ["links"]), s, d + 1);
    }
    const x15 = o1.logo_link;
    if (x15 !== void 0) {
      if (x15 !== "landing_page" && x15 !== "homepage" && hasOwn.call(o1, "logo_link")) {
        if (typeof x15 !== "string") {
          s = reportFixed(s, p, issue$logo_link_type_647038);
        } else {
          if (x15 !== "landing_page" && x15 !== "homepage") s = reportFixed(s, p, issue$logo_link_enum_83f53a);
        }
      }
    }
    const x16 = o1.page_icons;
    if (x16 !== void 0) {
      if (x16 !== "enabled" && x16 !== "disabled" && hasOwn.call(o1, "page_icons")) {
        if (typeof x16 !== "string") {
          s = reportFixed(s, p, issue$page_icons_type_19c5ea);
        } else {
          if (x16 !== "enabled" && x16 !== "disabled") s = reportFixed(s, p, issue$page_icons_enum_6343f9);
        }
      }
    }
    const x17 = hasOwn.call(o1, "right") ? o1.right : void 0;
    if (x17 === void 0) {
      s = reportFixed(s, p, issue$right_required_bd9579);
    } else {
      if (!Array.isArray(x17)) {
        s = reportFixed(s, p, issue$right_type_ef5543);
      } else {
        const a18 = x17;
        for (let i19 = 0; i19 < a18.length; i19++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x20 = a18[i19];
          if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
            s = report(s, p, ["right", i19], "type", "must be an object");
          } else {
            const o21 = x20;
            const x22 = hasOwn.call(o21, "type") ? o21.type : void 0;
            if (x22 === void 0) {
              s = report(s, p, ["right", i19, "type"], "required", "is required");
            } else {
              if (!allowed$64f6e6.has(x22)) {
                if (typeof x22 !== "string") {
                  s = report(s, p, ["right", i19, "type"], "type", "must be a string");
                } else {
                  if (!allowed$64f6e6.has(x22)) s = report(s, p, ["right", i19, "type"], "enum", 'must be one of "home", "guides", "discussions", "changelog", "search_box", "link_url", "custom_page", "user_controls", "reference", "recipes"');
                }
              }
            }
            const x23 = hasOwn.call(o21, "title") ? o21.title : void 0;
            if (x23 === void 0) {
              s = report(s, p, ["right", i19, "title"], "required", "is required");
            } else {
              if (typeof x23 !== "string") {
                s = report(s, p, ["right", i19, "title"], "type", "must be a string");
              }
            }
            const x24 = hasOwn.call(o21, "url") ? o21.url : void 0;
            if (x24 === void 0) {
              s = report(s, p, ["right", i19, "url"], "required", "is required");
            } else {
              if (typeof x24 !== "string") {
                s = report(s, p, ["right", i19, "url"], "type", "must be a string");
              }
            }
            const x25 = hasOwn.call(o21, "custom_page") ? o21.custom_page : void 0;
            if (x25 === void 0) {
              s = report(s, p, ["right", i19, "custom_page"], "required", "is required");
            } else {
              if (typeof x25 !== "string") {
                s = report(s, p, ["right", i19, "custom_page"], "type", "must be a string");
              }
            }
            for (const k26 in o21) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o21, k26)) continue;
              const x27 = o21[k26];
              if (x27 === void 0) continue;
              if (k26 !== "type" && k26 !== "title" && k26 !== "url" && k26 !== "custom_page") {
                s = report(s, p, ["right", i19, k26], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    const x28 = hasOwn.call(o1, "sub_nav") ? o1.sub_nav : void 0;
    if (x28 === void 0) {
      s = reportFixed(s, p, issue$sub_nav_required_15f177);
    } else {
      if (!Array.isArray(x28)) {
        s = reportFixed(s, p, issue$sub_nav_type_e7acac);
      } else {
        const a29 = x28;
        for (let i30 = 0; i30 < a29.length; i30++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x31 = a29[i30];
          if (typeof x31 !== "object" || x31 === null || Array.isArray(x31)) {
            s = report(s, p, ["sub_nav", i30], "type", "must be an object");
          } else {
            const o32 = x31;
            const x33 = hasOwn.call(o32, "type") ? o32.type : void 0;
            if (x33 === void 0) {
              s = report(s, p, ["sub_nav", i30, "type"], "required", "is required");
            } else {
              if (!allowed$64f6e6.has(x33)) {
                if (typeof x33 !== "string") {
                  s = report(s, p, ["sub_nav", i30, "type"], "type", "must be a string");
                } else {
                  if (!allowed$64f6e6.has(x33)) s = report(s, p, ["sub_nav", i30, "type"], "enum", 'must be one of "home", "guides", "discussions", "changelog", "search_box", "link_url", "custom_page", "user_controls", "reference", "recipes"');
                }
              }
            }
            const x34 = hasOwn.call(o32, "title") ? o32.title : void 0;
            if (x34 === void 0) {
              s = report(s, p, ["sub_nav", i30, "title"], "required", "is required");
            } else {
              if (typeof x34 !== "string") {
                s = report(s, p, ["sub_nav", i30, "title"], "type", "must be a string");
              }
            }
            const x35 = hasOwn.call(o32, "url") ? o32.url : void 0;
            if (x35 === void 0) {
              s = report(s, p, ["sub_nav", i30, "url"], "required", "is required");
            } else {
              if (typeof x35 !== "string") {
                s = report(s, p, ["sub_nav", i30, "url"], "type", "must be a string");
              }
            }
            const x36 = hasOwn.call(o32, "custom_page") ? o32.custom_page : void 0;
            if (x36 === void 0) {
              s = report(s, p, ["sub_nav", i30, "custom_page"], "required", "is required");
            } else {
              if (typeof x36 !== "string") {
                s = report(s, p, ["sub_nav", i30, "custom_page"], "type", "must be a string");
              }
            }
            for (const k37 in o32) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o32, k37)) continue;
              const x38 = o32[k37];
              if (x38 === void 0) continue;
              if (k37 !== "type" && k37 !== "title" && k37 !== "url" && k37 !== "custom_page") {
                s = report(s, p, ["sub_nav", i30, k37], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    const x39 = o1.subheader_layout;
    if (x39 !== void 0) {
      if (x39 !== "links" && x39 !== "dropdown" && hasOwn.call(o1, "subheader_layout")) {
        if (typeof x39 !== "string") {
          s = reportFixed(s, p, issue$subheader_layout_type_11bfb0);
        } else {
          if (x39 !== "links" && x39 !== "dropdown") s = reportFixed(s, p, issue$subheader_layout_enum_7eab37);
        }
      }
    }
    const x40 = o1.version;
    if (x40 !== void 0) {
      if (x40 !== "enabled" && x40 !== "disabled" && hasOwn.call(o1, "version")) {
        if (typeof x40 !== "string") {
          s = reportFixed(s, p, issue$version_type_753cce);
        } else {
          if (x40 !== "enabled" && x40 !== "disabled") s = reportFixed(s, p, issue$version_enum_49d2a7);
        }
      }
    }
    for (const k41 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k41)) continue;
      const x42 = o1[k41];
      if (x42 === void 0) continue;
      if (!allowed$d4bdbf.has(k41)) {
        s = report(s, p, [k41], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline58(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.dropdown;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "dropdown")) return false;
  }
  const x4 = hasOwn.call(o1, "options") ? o1.options : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = o5.chatgpt;
  if (x6 !== void 0) {
    if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o5, "chatgpt")) return false;
  }
  const x8 = o5.claude;
  if (x8 !== void 0) {
    if (x8 !== "enabled" && x8 !== "disabled" && hasOwn.call(o5, "claude")) return false;
  }
  const x10 = o5.clipboard;
  if (x10 !== void 0) {
    if (x10 !== "enabled" && x10 !== "disabled" && hasOwn.call(o5, "clipboard")) return false;
  }
  const x12 = o5.copilot;
  if (x12 !== void 0) {
    if (x12 !== "enabled" && x12 !== "disabled" && hasOwn.call(o5, "copilot")) return false;
  }
  const x14 = o5.view_as_markdown;
  if (x14 !== void 0) {
    if (x14 !== "enabled" && x14 !== "disabled" && hasOwn.call(o5, "view_as_markdown")) return false;
  }
  for (const k16 in o5) {
    if (!hasOwn.call(o5, k16)) continue;
    const x17 = o5[k16];
    if (x17 === void 0) continue;
    if (k16 !== "chatgpt" && k16 !== "claude" && k16 !== "clipboard" && k16 !== "copilot" && k16 !== "view_as_markdown") {
      return false;
    }
  }
  for (const k18 in o1) {
    if (!hasOwn.call(o1, k18)) continue;
    const x19 = o1[k18];
    if (x19 === void 0) continue;
    if (k18 !== "dropdown" && k18 !== "options") {
      return false;
    }
  }
  return true;
}
function check$$inline58(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.dropdown;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "dropdown")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$dropdown_type_fa3722);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$dropdown_enum_efe445);
        }
      }
    }
    const x3 = hasOwn.call(o1, "options") ? o1.options : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$options_required_4be921);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$options_type_047f65);
      } else {
        const o4 = x3;
        const x5 = o4.chatgpt;
        if (x5 !== void 0) {
          if (x5 !== "enabled" && x5 !== "disabled" && hasOwn.call(o4, "chatgpt")) {
            if (typeof x5 !== "string") {
              s = reportFixed(s, p, issue$options_chatgpt_type_ec4e4e);
            } else {
              if (x5 !== "enabled" && x5 !== "disabled") s = reportFixed(s, p, issue$options_chatgpt_enum_2fe157);
            }
          }
        }
        const x6 = o4.claude;
        if (x6 !== void 0) {
          if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o4, "claude")) {
            if (typeof x6 !== "string") {
              s = reportFixed(s, p, issue$options_claude_type_89d841);
            } else {
              if (x6 !== "enabled" && x6 !== "disabled") s = reportFixed(s, p, issue$options_claude_enum_94762a);
            }
          }
        }
        const x7 = o4.clipboard;
        if (x7 !== void 0) {
          if (x7 !== "enabled" && x7 !== "disabled" && hasOwn.call(o4, "clipboard")) {
            if (typeof x7 !== "string") {
              s = reportFixed(s, p, issue$options_clipboard_type_3839e5);
            } else {
              if (x7 !== "enabled" && x7 !== "disabled") s = reportFixed(s, p, issue$options_clipboard_enum_881cfd);
            }
          }
        }
        const x8 = o4.copilot;
        if (x8 !== void 0) {
          if (x8 !== "enabled" && x8 !== "disabled" && hasOwn.call(o4, "copilot")) {
            if (typeof x8 !== "string") {
              s = reportFixed(s, p, issue$options_copilot_type_f72aa1);
            } else {
              if (x8 !== "enabled" && x8 !== "disabled") s = reportFixed(s, p, issue$options_copilot_enum_a173c6);
            }
          }
        }
        const x9 = o4.view_as_markdown;
        if (x9 !== void 0) {
          if (x9 !== "enabled" && x9 !== "disabled" && hasOwn.call(o4, "view_as_markdown")) {
            if (typeof x9 !== "string") {
              s = reportFixed(s, p, issue$options_view_as_markdown_type_904bd9);
            } else {
              if (x9 !== "enabled" && x9 !== "disabled") s = reportFixed(s, p, issue$options_view_as_markdown_enum_527a47);
            }
          }
        }
        for (const k10 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k10)) continue;
          const x11 = o4[k10];
          if (x11 === void 0) continue;
          if (k10 !== "chatgpt" && k10 !== "claude" && k10 !== "clipboard" && k10 !== "copilot" && k10 !== "view_as_markdown") {
            s = report(s, p, ["options", k10], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k12 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (k12 !== "dropdown" && k12 !== "options") {
        s = report(s, p, [k12], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline51(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "brand") ? o1.brand : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "primary_color") ? o3.primary_color : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o3, "link_color") ? o3.link_color : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = o3.theme;
  if (x6 !== void 0) {
    if (x6 !== "system" && x6 !== "light" && x6 !== "dark" && hasOwn.call(o3, "theme")) return false;
  }
  for (const k8 in o3) {
    if (!hasOwn.call(o3, k8)) continue;
    const x9 = o3[k8];
    if (x9 === void 0) continue;
    if (k8 !== "primary_color" && k8 !== "link_color" && k8 !== "theme") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "changelog") ? o1.changelog : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) return false;
  const o11 = x10;
  const x12 = o11.layout;
  if (x12 !== void 0) {
    if (x12 !== "collapsed" && x12 !== "continuous" && hasOwn.call(o11, "layout")) return false;
  }
  const x14 = o11.show_author;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o11, "show_author")) return false;
  }
  const x16 = o11.show_exact_date;
  if (x16 !== void 0) {
    if (typeof x16 !== "boolean" && hasOwn.call(o11, "show_exact_date")) return false;
  }
  for (const k18 in o11) {
    if (!hasOwn.call(o11, k18)) continue;
    const x19 = o11[k18];
    if (x19 === void 0) continue;
    if (k18 !== "layout" && k18 !== "show_author" && k18 !== "show_exact_date") {
      return false;
    }
  }
  const x20 = hasOwn.call(o1, "custom_code") ? o1.custom_code : void 0;
  if (x20 === void 0) return false;
  if (!is$$inline52(x20, d + 1)) return false;
  const x21 = hasOwn.call(o1, "footer") ? o1.footer : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "object" || x21 === null || Array.isArray(x21)) return false;
  const o22 = x21;
  const x23 = o22.readme_logo;
  if (x23 !== void 0) {
    if (x23 !== "hide" && x23 !== "show" && hasOwn.call(o22, "readme_logo")) return false;
  }
  for (const k25 in o22) {
    if (!hasOwn.call(o22, k25)) continue;
    const x26 = o22[k25];
    if (x26 === void 0) continue;
    if (k25 !== "readme_logo") {
      return false;
    }
  }
  const x27 = hasOwn.call(o1, "header") ? o1.header : void 0;
  if (x27 === void 0) return false;
  if (!is$$inline53(x27, d + 1)) return false;
  const x28 = hasOwn.call(o1, "layout") ? o1.layout : void 0;
  if (x28 === void 0) return false;
  if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) return false;
  const o29 = x28;
  const x30 = o29.full_width;
  if (x30 !== void 0) {
    if (x30 !== "enabled" && x30 !== "disabled" && hasOwn.call(o29, "full_width")) return false;
  }
  const x32 = o29.style;
  if (x32 !== void 0) {
    if (x32 !== "classic" && x32 !== "modern" && x32 !== "compact" && x32 !== "sidebar" && hasOwn.call(o29, "style")) return false;
  }
  for (const k34 in o29) {
    if (!hasOwn.call(o29, k34)) continue;
    const x35 = o29[k34];
    if (x35 === void 0) continue;
    if (k34 !== "full_width" && k34 !== "style") {
      return false;
    }
  }
  const x36 = hasOwn.call(o1, "logo") ? o1.logo : void 0;
  if (x36 === void 0) return false;
  if (!is$$inline55(x36, d + 1)) return false;
  const x37 = hasOwn.call(o1, "markdown") ? o1.markdown : void 0;
  if (x37 === void 0) return false;
  if (typeof x37 !== "object" || x37 === null || Array.isArray(x37)) return false;
  const o38 = x37;
  const x39 = hasOwn.call(o38, "callouts") ? o38.callouts : void 0;
  if (x39 === void 0) return false;
  if (typeof x39 !== "object" || x39 === null || Array.isArray(x39)) return false;
  const o40 = x39;
  const x41 = o40.icon_font;
  if (x41 !== void 0) {
    if (x41 !== "emojis" && x41 !== "fontawesome" && hasOwn.call(o40, "icon_font")) return false;
  }
  for (const k43 in o40) {
    if (!hasOwn.call(o40, k43)) continue;
    const x44 = o40[k43];
    if (x44 === void 0) continue;
    if (k43 !== "icon_font") {
      return false;
    }
  }
  for (const k45 in o38) {
    if (!hasOwn.call(o38, k45)) continue;
    const x46 = o38[k45];
    if (x46 === void 0) continue;
    if (k45 !== "callouts") {
      return false;
    }
  }
  const x47 = hasOwn.call(o1, "navigation") ? o1.navigation : void 0;
  if (x47 === void 0) return false;
  if (!is$$inline56(x47, d + 1)) return false;
  const x48 = o1.table_of_contents;
  if (x48 !== void 0) {
    if (x48 !== "enabled" && x48 !== "disabled" && hasOwn.call(o1, "table_of_contents")) return false;
  }
  const x50 = hasOwn.call(o1, "ai") ? o1.ai : void 0;
  if (x50 === void 0) return false;
  if (!is$$inline58(x50, d + 1)) return false;
  const x51 = hasOwn.call(o1, "whats_next_label") ? o1.whats_next_label : void 0;
  if (x51 === void 0) return false;
  if (typeof x51 !== "string") return false;
  for (const k52 in o1) {
    if (!hasOwn.call(o1, k52)) continue;
    const x53 = o1[k52];
    if (x53 === void 0) continue;
    if (!allowed$d9be48.has(k52)) {
      return false;
    }
  }
  return true;
}
function check$$inline51(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "brand") ? o1.brand : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$brand_required_ff1fed);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$brand_type_2c1e53);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "primary_color") ? o3.primary_color : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$brand_primary_color_required_e26735);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$brand_primary_color_type_d8d2d0);
          }
        }
        const x5 = hasOwn.call(o3, "link_color") ? o3.link_color : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$brand_link_color_required_419556);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$brand_link_color_type_c57e67);
          }
        }
        const x6 = o3.theme;
        if (x6 !== void 0) {
          if (x6 !== "system" && x6 !== "light" && x6 !== "dark" && hasOwn.call(o3, "theme")) {
            if (typeof x6 !== "string") {
              s = reportFixed(s, p, issue$brand_theme_type_fe3d14);
            } else {
              if (x6 !== "system" && x6 !== "light" && x6 !== "dark") s = reportFixed(s, p, issue$brand_theme_enum_cb3e5b);
            }
          }
        }
        for (const k7 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k7)) continue;
          const x8 = o3[k7];
          if (x8 === void 0) continue;
          if (k7 !== "primary_color" && k7 !== "link_color" && k7 !== "theme") {
            s = report(s, p, ["brand", k7], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x9 = hasOwn.call(o1, "changelog") ? o1.changelog : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$changelog_required_a7bcf3);
    } else {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        s = reportFixed(s, p, issue$changelog_type_f324de);
      } else {
        const o10 = x9;
        const x11 = o10.layout;
        if (x11 !== void 0) {
          if (x11 !== "collapsed" && x11 !== "continuous" && hasOwn.call(o10, "layout")) {
            if (typeof x11 !== "string") {
              s = reportFixed(s, p, issue$changelog_layout_type_769ab4);
            } else {
              if (x11 !== "collapsed" && x11 !== "continuous") s = reportFixed(s, p, issue$changelog_layout_enum_7b1f08);
            }
          }
        }
        const x12 = o10.show_author;
        if (x12 !== void 0) {
          if (typeof x12 !== "boolean" && hasOwn.call(o10, "show_author")) {
            s = reportFixed(s, p, issue$changelog_show_author_type_c18097);
          }
        }
        const x13 = o10.show_exact_date;
        if (x13 !== void 0) {
          if (typeof x13 !== "boolean" && hasOwn.call(o10, "show_exact_date")) {
            s = reportFixed(s, p, issue$changelog_show_exact_date_type_e93b91);
          }
        }
        for (const k14 in o10) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o10, k14)) continue;
          const x15 = o10[k14];
          if (x15 === void 0) continue;
          if (k14 !== "layout" && k14 !== "show_author" && k14 !== "show_exact_date") {
            s = report(s, p, ["changelog", k14], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x16 = hasOwn.call(o1, "custom_code") ? o1.custom_code : void 0;
    if (x16 === void 0) {
      s = reportFixed(s, p, issue$custom_code_required_964bd6);
    } else {
      if (!is$$inline52(x16, d + 1)) s = check$$inline52(x16, below(p, ["custom_code"]), s, d + 1);
    }
    const x17 = hasOwn.call(o1, "footer") ? o1.footer : void 0;
    if (x17 === void 0) {
      s = reportFixed(s, p, issue$footer_required_90b5f5);
    } else {
      if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
        s = reportFixed(s, p, issue$footer_type_ba17a6);
      } else {
        const o18 = x17;
        const x19 = o18.readme_logo;
        if (x19 !== void 0) {
          if (x19 !== "hide" && x19 !== "show" && hasOwn.call(o18, "readme_logo")) {
            if (typeof x19 !== "string") {
              s = reportFixed(s, p, issue$footer_readme_logo_type_e67abc);
            } else {
              if (x19 !== "hide" && x19 !== "show") s = reportFixed(s, p, issue$footer_readme_logo_enum_ca3870);
            }
          }
        }
        for (const k20 in o18) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o18, k20)) continue;
          const x21 = o18[k20];
          if (x21 === void 0) continue;
          if (k20 !== "readme_logo") {
            s = report(s, p, ["footer", k20], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x22 = hasOwn.call(o1, "header") ? o1.header : void 0;
    if (x22 === void 0) {
      s = reportFixed(s, p, issue$header_required_553628);
    } else {
      if (!is$$inline53(x22, d + 1)) s = check$$inline53(x22, below(p, ["header"]), s, d + 1);
    }
    const x23 = hasOwn.call(o1, "layout") ? o1.layout : void 0;
    if (x23 === void 0) {
      s = reportFixed(s, p, issue$layout_required_d2dce4);
    } else {
      if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
        s = reportFixed(s, p, issue$layout_type_10918c);
      } else {
        const o24 = x23;
        const x25 = o24.full_width;
        if (x25 !== void 0) {
          if (x25 !== "enabled" && x25 !== "disabled" && hasOwn.call(o24, "full_width")) {
            if (typeof x25 !== "string") {
              s = reportFixed(s, p, issue$layout_full_width_type_15855f);
            } else {
              if (x25 !== "enabled" && x25 !== "disabled") s = reportFixed(s, p, issue$layout_full_width_enum_eb08b3);
            }
          }
        }
        const x26 = o24.style;
        if (x26 !== void 0) {
          if (x26 !== "classic" && x26 !== "modern" && x26 !== "compact" && x26 !== "sidebar" && hasOwn.call(o24, "style")) {
            if (typeof x26 !== "string") {
              s = reportFixed(s, p, issue$layout_style_type_ee26a4);
            } else {
              if (x26 !== "classic" && x26 !== "modern" && x26 !== "compact" && x26 !== "sidebar") s = reportFixed(s, p, issue$layout_style_enum_db5b53);
            }
          }
        }
        for (const k27 in o24) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o24, k27)) continue;
          const x28 = o24[k27];
          if (x28 === void 0) continue;
          if (k27 !== "full_width" && k27 !== "style") {
            s = report(s, p, ["layout", k27], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x29 = hasOwn.call(o1, "logo") ? o1.logo : void 0;
    if (x29 === void 0) {
      s = reportFixed(s, p, issue$logo_required_9b256a);
    } else {
      if (!is$$inline55(x29, d + 1)) s = check$$inline55(x29, below(p, ["logo"]), s, d + 1);
    }
    const x30 = hasOwn.call(o1, "markdown") ? o1.markdown : void 0;
    if (x30 === void 0) {
      s = reportFixed(s, p, issue$markdown_required_003d4f);
    } else {
      if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
        s = reportFixed(s, p, issue$markdown_type_d7d1d5);
      } else {
        const o31 = x30;
        const x32 = hasOwn.call(o31, "callouts") ? o31.callouts : void 0;
        if (x32 === void 0) {
          s = reportFixed(s, p, issue$markdown_callouts_required_1e8abe);
        } else {
          if (typeof x32 !== "object" || x32 === null || Array.isArray(x32)) {
            s = reportFixed(s, p, issue$markdown_callouts_type_0fcc10);
          } else {
            const o33 = x32;
            const x34 = o33.icon_font;
            if (x34 !== void 0) {
              if (x34 !== "emojis" && x34 !== "fontawesome" && hasOwn.call(o33, "icon_font")) {
                if (typeof x34 !== "string") {
                  s = reportFixed(s, p, issue$markdown_callouts_icon_font_type_cfd4a6);
                } else {
                  if (x34 !== "emojis" && x34 !== "fontawesome") s = reportFixed(s, p, issue$markdown_callouts_icon_font_enum_ef7a5e);
                }
              }
            }
            for (const k35 in o33) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o33, k35)) continue;
              const x36 = o33[k35];
              if (x36 === void 0) continue;
              if (k35 !== "icon_font") {
                s = report(s, p, ["markdown", "callouts", k35], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k37 in o31) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o31, k37)) continue;
          const x38 = o31[k37];
          if (x38 === void 0) continue;
          if (k37 !== "callouts") {
            s = report(s, p, ["markdown", k37], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x39 = hasOwn.call(o1, "navigation") ? o1.navigation : void 0;
    if (x39 === void 0) {
      s = reportFixed(s, p, issue$navigation_required_5aca32);
    } else {
      if (!is$$inline56(x39, d + 1)) s = check$$inline56(x39, below(p, ["navigation"]), s, d + 1);
    }
    const x40 = o1.table_of_contents;
    if (x40 !== void 0) {
      if (x40 !== "enabled" && x40 !== "disabled" && hasOwn.call(o1, "table_of_contents")) {
        if (typeof x40 !== "string") {
          s = reportFixed(s, p, issue$table_of_contents_type_8404f4);
        } else {
          if (x40 !== "enabled" && x40 !== "disabled") s = reportFixed(s, p, issue$table_of_contents_enum_2250ad);
        }
      }
    }
    const x41 = hasOwn.call(o1, "ai") ? o1.ai : void 0;
    if (x41 === void 0) {
      s = reportFixed(s, p, issue$ai_required_970014);
    } else {
      if (!is$$inline58(x41, d + 1)) s = check$$inline58(x41, below(p, ["ai"]), s, d + 1);
    }
    const x42 = hasOwn.call(o1, "whats_next_label") ? o1.whats_next_label : void 0;
    if (x42 === void 0) {
      s = reportFixed(s, p, issue$whats_next_label_required_d49306);
    } else {
      if (typeof x42 !== "string") {
        s = reportFixed(s, p, issue$whats_next_label_type_a069c5);
      }
    }
    for (const k43 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k43)) continue;
      const x44 = o1[k43];
      if (x44 === void 0) continue;
      if (!allowed$d9be48.has(k43)) {
        s = report(s, p, [k43], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline60(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "manual") ? o1.manual : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = o3.status;
  if (x4 !== void 0) {
    if (x4 !== "up" && x4 !== "down" && hasOwn.call(o3, "status")) return false;
  }
  const x6 = hasOwn.call(o3, "url") ? o3.url : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  for (const k7 in o3) {
    if (!hasOwn.call(o3, k7)) continue;
    const x8 = o3[k7];
    if (x8 === void 0) continue;
    if (k7 !== "status" && k7 !== "url") {
      return false;
    }
  }
  const x9 = hasOwn.call(o1, "statuspage") ? o1.statuspage : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) return false;
  const o10 = x9;
  const x11 = hasOwn.call(o10, "id") ? o10.id : void 0;
  if (x11 === void 0) return false;
  if (typeof x11 !== "string") return false;
  for (const k12 in o10) {
    if (!hasOwn.call(o10, k12)) continue;
    const x13 = o10[k12];
    if (x13 === void 0) continue;
    if (k12 !== "id") {
      return false;
    }
  }
  for (const k14 in o1) {
    if (!hasOwn.call(o1, k14)) continue;
    const x15 = o1[k14];
    if (x15 === void 0) continue;
    if (k14 !== "manual" && k14 !== "statuspage") {
      return false;
    }
  }
  return true;
}
function check$$inline60(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "manual") ? o1.manual : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$manual_required_7f6b30);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$manual_type_b3c6cb);
      } else {
        const o3 = x2;
        const x4 = o3.status;
        if (x4 !== void 0) {
          if (x4 !== "up" && x4 !== "down" && hasOwn.call(o3, "status")) {
            if (typeof x4 !== "string") {
              s = reportFixed(s, p, issue$manual_status_type_fb37a8);
            } else {
              if (x4 !== "up" && x4 !== "down") s = reportFixed(s, p, issue$manual_status_enum_3d8785);
            }
          }
        }
        const x5 = hasOwn.call(o3, "url") ? o3.url : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$manual_url_required_282a2d);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$manual_url_type_9b0a20);
          }
        }
        for (const k6 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k6)) continue;
          const x7 = o3[k6];
          if (x7 === void 0) continue;
          if (k6 !== "status" && k6 !== "url") {
            s = report(s, p, ["manual", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "statuspage") ? o1.statuspage : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$statuspage_required_1dc14c);
    } else {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        s = reportFixed(s, p, issue$statuspage_type_e1795f);
      } else {
        const o9 = x8;
        const x10 = hasOwn.call(o9, "id") ? o9.id : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$statuspage_id_required_8bfacb);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$statuspage_id_type_29e8b9);
          }
        }
        for (const k11 in o9) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o9, k11)) continue;
          const x12 = o9[k11];
          if (x12 === void 0) continue;
          if (k11 !== "id") {
            s = report(s, p, ["statuspage", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "manual" && k13 !== "statuspage") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline59(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.provider;
  if (x2 !== void 0) {
    if (x2 !== "manual" && x2 !== "statuspage" && x2 !== "none" && hasOwn.call(o1, "provider")) return false;
  }
  const x4 = hasOwn.call(o1, "settings") ? o1.settings : void 0;
  if (x4 === void 0) return false;
  if (!is$$inline60(x4, d + 1)) return false;
  for (const k5 in o1) {
    if (!hasOwn.call(o1, k5)) continue;
    const x6 = o1[k5];
    if (x6 === void 0) continue;
    if (k5 !== "provider" && k5 !== "settings") {
      return false;
    }
  }
  return true;
}
function check$$inline59(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.provider;
    if (x2 !== void 0) {
      if (x2 !== "manual" && x2 !== "statuspage" && x2 !== "none" && hasOwn.call(o1, "provider")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$provider_type_c661ee);
        } else {
          if (x2 !== "manual" && x2 !== "statuspage" && x2 !== "none") s = reportFixed(s, p, issue$provider_enum_f50fdb);
        }
      }
    }
    const x3 = hasOwn.call(o1, "settings") ? o1.settings : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$settings_required_60917b);
    } else {
      if (!is$$inline60(x3, d + 1)) s = check$$inline60(x3, below(p, ["settings"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "provider" && k4 !== "settings") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline62(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "readme_webhook_login") ? o1.readme_webhook_login : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "external_id") ? o3.external_id : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o3, "region") ? o3.region : void 0;
  if (x5 === void 0) return false;
  if (!allowed$61a0e4.has(x5)) return false;
  const x6 = hasOwn.call(o3, "role_arn") ? o3.role_arn : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  const x7 = hasOwn.call(o3, "usage_plan_id") ? o3.usage_plan_id : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  for (const k8 in o3) {
    if (!hasOwn.call(o3, k8)) continue;
    const x9 = o3[k8];
    if (x9 === void 0) continue;
    if (k8 !== "external_id" && k8 !== "region" && k8 !== "role_arn" && k8 !== "usage_plan_id") {
      return false;
    }
  }
  for (const k10 in o1) {
    if (!hasOwn.call(o1, k10)) continue;
    const x11 = o1[k10];
    if (x11 === void 0) continue;
    if (k10 !== "readme_webhook_login") {
      return false;
    }
  }
  return true;
}
function check$$inline62(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "readme_webhook_login") ? o1.readme_webhook_login : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$readme_webhook_login_required_755daa);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$readme_webhook_login_type_c3da38);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "external_id") ? o3.external_id : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$readme_webhook_login_external_id_require_b40ce0);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$readme_webhook_login_external_id_type_44db8d);
          }
        }
        const x5 = hasOwn.call(o3, "region") ? o3.region : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$readme_webhook_login_region_required_7eedcf);
        } else {
          if (!allowed$61a0e4.has(x5)) {
            if (typeof x5 !== "string") {
              s = reportFixed(s, p, issue$readme_webhook_login_region_type_cadd12);
            } else {
              if (!allowed$61a0e4.has(x5)) s = reportFixed(s, p, issue$readme_webhook_login_region_enum_4192bb);
            }
          }
        }
        const x6 = hasOwn.call(o3, "role_arn") ? o3.role_arn : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$readme_webhook_login_role_arn_required_b16388);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$readme_webhook_login_role_arn_type_4d869a);
          }
        }
        const x7 = hasOwn.call(o3, "usage_plan_id") ? o3.usage_plan_id : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$readme_webhook_login_usage_plan_id_requi_2b4198);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$readme_webhook_login_usage_plan_id_type_9afe7f);
          }
        }
        for (const k8 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k8)) continue;
          const x9 = o3[k8];
          if (x9 === void 0) continue;
          if (k8 !== "external_id" && k8 !== "region" && k8 !== "role_arn" && k8 !== "usage_plan_id") {
            s = report(s, p, ["readme_webhook_login", k8], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "readme_webhook_login") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline61(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "aws") ? o1.aws : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline62(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "bing") ? o1.bing : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const o4 = x3;
  const x5 = hasOwn.call(o4, "verify") ? o4.verify : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  for (const k6 in o4) {
    if (!hasOwn.call(o4, k6)) continue;
    const x7 = o4[k6];
    if (x7 === void 0) continue;
    if (k6 !== "verify") {
      return false;
    }
  }
  const x8 = hasOwn.call(o1, "google") ? o1.google : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
  const o9 = x8;
  const x10 = hasOwn.call(o9, "analytics") ? o9.analytics : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  const x11 = hasOwn.call(o9, "site_verification") ? o9.site_verification : void 0;
  if (x11 === void 0) return false;
  if (typeof x11 !== "string") return false;
  for (const k12 in o9) {
    if (!hasOwn.call(o9, k12)) continue;
    const x13 = o9[k12];
    if (x13 === void 0) continue;
    if (k12 !== "analytics" && k12 !== "site_verification") {
      return false;
    }
  }
  const x14 = hasOwn.call(o1, "heap") ? o1.heap : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
  const o15 = x14;
  const x16 = hasOwn.call(o15, "id") ? o15.id : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  for (const k17 in o15) {
    if (!hasOwn.call(o15, k17)) continue;
    const x18 = o15[k17];
    if (x18 === void 0) continue;
    if (k17 !== "id") {
      return false;
    }
  }
  const x19 = hasOwn.call(o1, "intercom") ? o1.intercom : void 0;
  if (x19 === void 0) return false;
  if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) return false;
  const o20 = x19;
  const x21 = hasOwn.call(o20, "app_id") ? o20.app_id : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "string") return false;
  const x22 = hasOwn.call(o20, "secure_mode") ? o20.secure_mode : void 0;
  if (x22 === void 0) return false;
  if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) return false;
  const o23 = x22;
  const x24 = hasOwn.call(o23, "key") ? o23.key : void 0;
  if (x24 === void 0) return false;
  if (typeof x24 !== "string") return false;
  const x25 = o23.email_only;
  if (x25 !== void 0) {
    if (typeof x25 !== "boolean" && hasOwn.call(o23, "email_only")) return false;
  }
  for (const k27 in o23) {
    if (!hasOwn.call(o23, k27)) continue;
    const x28 = o23[k27];
    if (x28 === void 0) continue;
    if (k27 !== "key" && k27 !== "email_only") {
      return false;
    }
  }
  for (const k29 in o20) {
    if (!hasOwn.call(o20, k29)) continue;
    const x30 = o20[k29];
    if (x30 === void 0) continue;
    if (k29 !== "app_id" && k29 !== "secure_mode") {
      return false;
    }
  }
  const x31 = hasOwn.call(o1, "postman") ? o1.postman : void 0;
  if (x31 === void 0) return false;
  if (typeof x31 !== "object" || x31 === null || Array.isArray(x31)) return false;
  const o32 = x31;
  const x33 = hasOwn.call(o32, "key") ? o32.key : void 0;
  if (x33 === void 0) return false;
  if (typeof x33 !== "string") return false;
  const x34 = hasOwn.call(o32, "client_id") ? o32.client_id : void 0;
  if (x34 === void 0) return false;
  if (typeof x34 !== "string") return false;
  const x35 = hasOwn.call(o32, "client_secret") ? o32.client_secret : void 0;
  if (x35 === void 0) return false;
  if (typeof x35 !== "string") return false;
  for (const k36 in o32) {
    if (!hasOwn.call(o32, k36)) continue;
    const x37 = o32[k36];
    if (x37 === void 0) continue;
    if (k36 !== "key" && k36 !== "client_id" && k36 !== "client_secret") {
      return false;
    }
  }
  const x38 = hasOwn.call(o1, "koala") ? o1.koala : void 0;
  if (x38 === void 0) return false;
  if (typeof x38 !== "object" || x38 === null || Array.isArray(x38)) return false;
  const o39 = x38;
  const x40 = hasOwn.call(o39, "key") ? o39.key : void 0;
  if (x40 === void 0) return false;
  if (typeof x40 !== "string") return false;
  for (const k41 in o39) {
    if (!hasOwn.call(o39, k41)) continue;
    const x42 = o39[k41];
    if (x42 === void 0) continue;
    if (k41 !== "key") {
      return false;
    }
  }
  const x43 = hasOwn.call(o1, "localize") ? o1.localize : void 0;
  if (x43 === void 0) return false;
  if (typeof x43 !== "object" || x43 === null || Array.isArray(x43)) return false;
  const o44 = x43;
  const x45 = hasOwn.call(o44, "key") ? o44.key : void 0;
  if (x45 === void 0) return false;
  if (typeof x45 !== "string") return false;
  for (const k46 in o44) {
    if (!hasOwn.call(o44, k46)) continue;
    const x47 = o44[k46];
    if (x47 === void 0) continue;
    if (k46 !== "key") {
      return false;
    }
  }
  const x48 = hasOwn.call(o1, "recaptcha") ? o1.recaptcha : void 0;
  if (x48 === void 0) return false;
  if (typeof x48 !== "object" || x48 === null || Array.isArray(x48)) return false;
  const o49 = x48;
  const x50 = hasOwn.call(o49, "site_key") ? o49.site_key : void 0;
  if (x50 === void 0) return false;
  if (typeof x50 !== "string") return false;
  const x51 = hasOwn.call(o49, "secret_key") ? o49.secret_key : void 0;
  if (x51 === void 0) return false;
  if (typeof x51 !== "string") return false;
  for (const k52 in o49) {
    if (!hasOwn.call(o49, k52)) continue;
    const x53 = o49[k52];
    if (x53 === void 0) continue;
    if (k52 !== "site_key" && k52 !== "secret_key") {
      return false;
    }
  }
  const x54 = hasOwn.call(o1, "segment") ? o1.segment : void 0;
  if (x54 === void 0) return false;
  if (typeof x54 !== "object" || x54 === null || Array.isArray(x54)) return false;
  const o55 = x54;
  const x56 = hasOwn.call(o55, "key") ? o55.key : void 0;
  if (x56 === void 0) return false;
  if (typeof x56 !== "string") return false;
  const x57 = hasOwn.call(o55, "domain") ? o55.domain : void 0;
  if (x57 === void 0) return false;
  if (typeof x57 !== "string") return false;
  for (const k58 in o55) {
    if (!hasOwn.call(o55, k58)) continue;
    const x59 = o55[k58];
    if (x59 === void 0) continue;
    if (k58 !== "key" && k58 !== "domain") {
      return false;
    }
  }
  const x60 = hasOwn.call(o1, "speakeasy") ? o1.speakeasy : void 0;
  if (x60 === void 0) return false;
  if (typeof x60 !== "object" || x60 === null || Array.isArray(x60)) return false;
  const o61 = x60;
  const x62 = hasOwn.call(o61, "key") ? o61.key : void 0;
  if (x62 === void 0) return false;
  if (typeof x62 !== "string") return false;
  const x63 = hasOwn.call(o61, "spec_url") ? o61.spec_url : void 0;
  if (x63 === void 0) return false;
  if (typeof x63 !== "string") return false;
  for (const k64 in o61) {
    if (!hasOwn.call(o61, k64)) continue;
    const x65 = o61[k64];
    if (x65 === void 0) continue;
    if (k64 !== "key" && k64 !== "spec_url") {
      return false;
    }
  }
  const x66 = hasOwn.call(o1, "stainless") ? o1.stainless : void 0;
  if (x66 === void 0) return false;
  if (typeof x66 !== "object" || x66 === null || Array.isArray(x66)) return false;
  const o67 = x66;
  const x68 = hasOwn.call(o67, "key") ? o67.key : void 0;
  if (x68 === void 0) return false;
  if (typeof x68 !== "string") return false;
  const x69 = hasOwn.call(o67, "name") ? o67.name : void 0;
  if (x69 === void 0) return false;
  if (typeof x69 !== "string") return false;
  for (const k70 in o67) {
    if (!hasOwn.call(o67, k70)) continue;
    const x71 = o67[k70];
    if (x71 === void 0) continue;
    if (k70 !== "key" && k70 !== "name") {
      return false;
    }
  }
  const x72 = hasOwn.call(o1, "typekit") ? o1.typekit : void 0;
  if (x72 === void 0) return false;
  if (typeof x72 !== "object" || x72 === null || Array.isArray(x72)) return false;
  const o73 = x72;
  const x74 = hasOwn.call(o73, "key") ? o73.key : void 0;
  if (x74 === void 0) return false;
  if (typeof x74 !== "string") return false;
  for (const k75 in o73) {
    if (!hasOwn.call(o73, k75)) continue;
    const x76 = o73[k75];
    if (x76 === void 0) continue;
    if (k75 !== "key") {
      return false;
    }
  }
  const x77 = hasOwn.call(o1, "zendesk") ? o1.zendesk : void 0;
  if (x77 === void 0) return false;
  if (typeof x77 !== "object" || x77 === null || Array.isArray(x77)) return false;
  const o78 = x77;
  const x79 = hasOwn.call(o78, "subdomain") ? o78.subdomain : void 0;
  if (x79 === void 0) return false;
  if (typeof x79 !== "string") return false;
  for (const k80 in o78) {
    if (!hasOwn.call(o78, k80)) continue;
    const x81 = o78[k80];
    if (x81 === void 0) continue;
    if (k80 !== "subdomain") {
      return false;
    }
  }
  for (const k82 in o1) {
    if (!hasOwn.call(o1, k82)) continue;
    const x83 = o1[k82];
    if (x83 === void 0) continue;
    if (!allowed$4bc86a.has(k82)) {
      return false;
    }
  }
  return true;
}
function check$$inline61(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "aws") ? o1.aws : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$aws_required_235b46);
    } else {
      if (!is$$inline62(x2, d + 1)) s = check$$inline62(x2, below(p, ["aws"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "bing") ? o1.bing : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$bing_required_3d287b);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$bing_type_0d327a);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "verify") ? o4.verify : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$bing_verify_required_a4e927);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$bing_verify_type_e5c363);
          }
        }
        for (const k6 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k6)) continue;
          const x7 = o4[k6];
          if (x7 === void 0) continue;
          if (k6 !== "verify") {
            s = report(s, p, ["bing", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "google") ? o1.google : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$google_required_aed2e6);
    } else {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        s = reportFixed(s, p, issue$google_type_7ccc02);
      } else {
        const o9 = x8;
        const x10 = hasOwn.call(o9, "analytics") ? o9.analytics : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$google_analytics_required_549f8f);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$google_analytics_type_303513);
          }
        }
        const x11 = hasOwn.call(o9, "site_verification") ? o9.site_verification : void 0;
        if (x11 === void 0) {
          s = reportFixed(s, p, issue$google_site_verification_required_e15725);
        } else {
          if (typeof x11 !== "string") {
            s = reportFixed(s, p, issue$google_site_verification_type_43eb4e);
          }
        }
        for (const k12 in o9) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o9, k12)) continue;
          const x13 = o9[k12];
          if (x13 === void 0) continue;
          if (k12 !== "analytics" && k12 !== "site_verification") {
            s = report(s, p, ["google", k12], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x14 = hasOwn.call(o1, "heap") ? o1.heap : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$heap_required_94d868);
    } else {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        s = reportFixed(s, p, issue$heap_type_4225e5);
      } else {
        const o15 = x14;
        const x16 = hasOwn.call(o15, "id") ? o15.id : void 0;
        if (x16 === void 0) {
          s = reportFixed(s, p, issue$heap_id_required_981ec7);
        } else {
          if (typeof x16 !== "string") {
            s = reportFixed(s, p, issue$heap_id_type_39c7d9);
          }
        }
        for (const k17 in o15) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o15, k17)) continue;
          const x18 = o15[k17];
          if (x18 === void 0) continue;
          if (k17 !== "id") {
            s = report(s, p, ["heap", k17], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x19 = hasOwn.call(o1, "intercom") ? o1.intercom : void 0;
    if (x19 === void 0) {
      s = reportFixed(s, p, issue$intercom_required_b681b1);
    } else {
      if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) {
        s = reportFixed(s, p, issue$intercom_type_267911);
      } else {
        const o20 = x19;
        const x21 = hasOwn.call(o20, "app_id") ? o20.app_id : void 0;
        if (x21 === void 0) {
          s = reportFixed(s, p, issue$intercom_app_id_required_c74ebb);
        } else {
          if (typeof x21 !== "string") {
            s = reportFixed(s, p, issue$intercom_app_id_type_f38530);
          }
        }
        const x22 = hasOwn.call(o20, "secure_mode") ? o20.secure_mode : void 0;
        if (x22 === void 0) {
          s = reportFixed(s, p, issue$intercom_secure_mode_required_40000f);
        } else {
          if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
            s = reportFixed(s, p, issue$intercom_secure_mode_type_d94bc8);
          } else {
            const o23 = x22;
            const x24 = hasOwn.call(o23, "key") ? o23.key : void 0;
            if (x24 === void 0) {
              s = reportFixed(s, p, issue$intercom_secure_mode_key_required_1908fe);
            } else {
              if (typeof x24 !== "string") {
                s = reportFixed(s, p, issue$intercom_secure_mode_key_type_688657);
              }
            }
            const x25 = o23.email_only;
            if (x25 !== void 0) {
              if (typeof x25 !== "boolean" && hasOwn.call(o23, "email_only")) {
                s = reportFixed(s, p, issue$intercom_secure_mode_email_only_type_96712a);
              }
            }
            for (const k26 in o23) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o23, k26)) continue;
              const x27 = o23[k26];
              if (x27 === void 0) continue;
              if (k26 !== "key" && k26 !== "email_only") {
                s = report(s, p, ["intercom", "secure_mode", k26], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k28 in o20) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o20, k28)) continue;
          const x29 = o20[k28];
          if (x29 === void 0) continue;
          if (k28 !== "app_id" && k28 !== "secure_mode") {
            s = report(s, p, ["intercom", k28], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x30 = hasOwn.call(o1, "postman") ? o1.postman : void 0;
    if (x30 === void 0) {
      s = reportFixed(s, p, issue$postman_required_93bc7a);
    } else {
      if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
        s = reportFixed(s, p, issue$postman_type_cc8238);
      } else {
        const o31 = x30;
        const x32 = hasOwn.call(o31, "key") ? o31.key : void 0;
        if (x32 === void 0) {
          s = reportFixed(s, p, issue$postman_key_required_477057);
        } else {
          if (typeof x32 !== "string") {
            s = reportFixed(s, p, issue$postman_key_type_e59f64);
          }
        }
        const x33 = hasOwn.call(o31, "client_id") ? o31.client_id : void 0;
        if (x33 === void 0) {
          s = reportFixed(s, p, issue$postman_client_id_required_1d464c);
        } else {
          if (typeof x33 !== "string") {
            s = reportFixed(s, p, issue$postman_client_id_type_26cfec);
          }
        }
        const x34 = hasOwn.call(o31, "client_secret") ? o31.client_secret : void 0;
        if (x34 === void 0) {
          s = reportFixed(s, p, issue$postman_client_secret_required_488b5c);
        } else {
          if (typeof x34 !== "string") {
            s = reportFixed(s, p, issue$postman_client_secret_type_a8a4a9);
          }
        }
        for (const k35 in o31) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o31, k35)) continue;
          const x36 = o31[k35];
          if (x36 === void 0) continue;
          if (k35 !== "key" && k35 !== "client_id" && k35 !== "client_secret") {
            s = report(s, p, ["postman", k35], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x37 = hasOwn.call(o1, "koala") ? o1.koala : void 0;
    if (x37 === void 0) {
      s = reportFixed(s, p, issue$koala_required_e869b3);
    } else {
      if (typeof x37 !== "object" || x37 === null || Array.isArray(x37)) {
        s = reportFixed(s, p, issue$koala_type_69580f);
      } else {
        const o38 = x37;
        const x39 = hasOwn.call(o38, "key") ? o38.key : void 0;
        if (x39 === void 0) {
          s = reportFixed(s, p, issue$koala_key_required_835b11);
        } else {
          if (typeof x39 !== "string") {
            s = reportFixed(s, p, issue$koala_key_type_dc1bc9);
          }
        }
        for (const k40 in o38) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o38, k40)) continue;
          const x41 = o38[k40];
          if (x41 === void 0) continue;
          if (k40 !== "key") {
            s = report(s, p, ["koala", k40], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x42 = hasOwn.call(o1, "localize") ? o1.localize : void 0;
    if (x42 === void 0) {
      s = reportFixed(s, p, issue$localize_required_1e8f3d);
    } else {
      if (typeof x42 !== "object" || x42 === null || Array.isArray(x42)) {
        s = reportFixed(s, p, issue$localize_type_c319c0);
      } else {
        const o43 = x42;
        const x44 = hasOwn.call(o43, "key") ? o43.key : void 0;
        if (x44 === void 0) {
          s = reportFixed(s, p, issue$localize_key_required_181e14);
        } else {
          if (typeof x44 !== "string") {
            s = reportFixed(s, p, issue$localize_key_type_599673);
          }
        }
        for (const k45 in o43) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o43, k45)) continue;
          const x46 = o43[k45];
          if (x46 === void 0) continue;
          if (k45 !== "key") {
            s = report(s, p, ["localize", k45], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x47 = hasOwn.call(o1, "recaptcha") ? o1.recaptcha : void 0;
    if (x47 === void 0) {
      s = reportFixed(s, p, issue$recaptcha_required_9bf012);
    } else {
      if (typeof x47 !== "object" || x47 === null || Array.isArray(x47)) {
        s = reportFixed(s, p, issue$recaptcha_type_38743c);
      } else {
        const o48 = x47;
        const x49 = hasOwn.call(o48, "site_key") ? o48.site_key : void 0;
        if (x49 === void 0) {
          s = reportFixed(s, p, issue$recaptcha_site_key_required_30e936);
        } else {
          if (typeof x49 !== "string") {
            s = reportFixed(s, p, issue$recaptcha_site_key_type_c7aa06);
          }
        }
        const x50 = hasOwn.call(o48, "secret_key") ? o48.secret_key : void 0;
        if (x50 === void 0) {
          s = reportFixed(s, p, issue$recaptcha_secret_key_required_2dcd08);
        } else {
          if (typeof x50 !== "string") {
            s = reportFixed(s, p, issue$recaptcha_secret_key_type_ab26a3);
          }
        }
        for (const k51 in o48) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o48, k51)) continue;
          const x52 = o48[k51];
          if (x52 === void 0) continue;
          if (k51 !== "site_key" && k51 !== "secret_key") {
            s = report(s, p, ["recaptcha", k51], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x53 = hasOwn.call(o1, "segment") ? o1.segment : void 0;
    if (x53 === void 0) {
      s = reportFixed(s, p, issue$segment_required_3b98d0);
    } else {
      if (typeof x53 !== "object" || x53 === null || Array.isArray(x53)) {
        s = reportFixed(s, p, issue$segment_type_d105da);
      } else {
        const o54 = x53;
        const x55 = hasOwn.call(o54, "key") ? o54.key : void 0;
        if (x55 === void 0) {
          s = reportFixed(s, p, issue$segment_key_required_52e7f4);
        } else {
          if (typeof x55 !== "string") {
            s = reportFixed(s, p, issue$segment_key_type_bdeacf);
          }
        }
        const x56 = hasOwn.call(o54, "domain") ? o54.domain : void 0;
        if (x56 === void 0) {
          s = reportFixed(s, p, issue$segment_domain_required_88145d);
        } else {
          if (typeof x56 !== "string") {
            s = reportFixed(s, p, issue$segment_domain_type_e0823f);
          }
        }
        for (const k57 in o54) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o54, k57)) continue;
          const x58 = o54[k57];
          if (x58 === void 0) continue;
          if (k57 !== "key" && k57 !== "domain") {
            s = report(s, p, ["segment", k57], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x59 = hasOwn.call(o1, "speakeasy") ? o1.speakeasy : void 0;
    if (x59 === void 0) {
      s = reportFixed(s, p, issue$speakeasy_required_1376a2);
    } else {
      if (typeof x59 !== "object" || x59 === null || Array.isArray(x59)) {
        s = reportFixed(s, p, issue$speakeasy_type_bf5150);
      } else {
        const o60 = x59;
        const x61 = hasOwn.call(o60, "key") ? o60.key : void 0;
        if (x61 === void 0) {
          s = reportFixed(s, p, issue$speakeasy_key_required_757751);
        } else {
          if (typeof x61 !== "string") {
            s = reportFixed(s, p, issue$speakeasy_key_type_f38b64);
          }
        }
        const x62 = hasOwn.call(o60, "spec_url") ? o60.spec_url : void 0;
        if (x62 === void 0) {
          s = reportFixed(s, p, issue$speakeasy_spec_url_required_e709fa);
        } else {
          if (typeof x62 !== "string") {
            s = reportFixed(s, p, issue$speakeasy_spec_url_type_22ab39);
          }
        }
        for (const k63 in o60) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o60, k63)) continue;
          const x64 = o60[k63];
          if (x64 === void 0) continue;
          if (k63 !== "key" && k63 !== "spec_url") {
            s = report(s, p, ["speakeasy", k63], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x65 = hasOwn.call(o1, "stainless") ? o1.stainless : void 0;
    if (x65 === void 0) {
      s = reportFixed(s, p, issue$stainless_required_dcd9ec);
    } else {
      if (typeof x65 !== "object" || x65 === null || Array.isArray(x65)) {
        s = reportFixed(s, p, issue$stainless_type_9e5380);
      } else {
        const o66 = x65;
        const x67 = hasOwn.call(o66, "key") ? o66.key : void 0;
        if (x67 === void 0) {
          s = reportFixed(s, p, issue$stainless_key_required_9b338c);
        } else {
          if (typeof x67 !== "string") {
            s = reportFixed(s, p, issue$stainless_key_type_992eb8);
          }
        }
        const x68 = hasOwn.call(o66, "name") ? o66.name : void 0;
        if (x68 === void 0) {
          s = reportFixed(s, p, issue$stainless_name_required_4f621e);
        } else {
          if (typeof x68 !== "string") {
            s = reportFixed(s, p, issue$stainless_name_type_ac8d00);
          }
        }
        for (const k69 in o66) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o66, k69)) continue;
          const x70 = o66[k69];
          if (x70 === void 0) continue;
          if (k69 !== "key" && k69 !== "name") {
            s = report(s, p, ["stainless", k69], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x71 = hasOwn.call(o1, "typekit") ? o1.typekit : void 0;
    if (x71 === void 0) {
      s = reportFixed(s, p, issue$typekit_required_55acda);
    } else {
      if (typeof x71 !== "object" || x71 === null || Array.isArray(x71)) {
        s = reportFixed(s, p, issue$typekit_type_a95b9b);
      } else {
        const o72 = x71;
        const x73 = hasOwn.call(o72, "key") ? o72.key : void 0;
        if (x73 === void 0) {
          s = reportFixed(s, p, issue$typekit_key_required_de89de);
        } else {
          if (typeof x73 !== "string") {
            s = reportFixed(s, p, issue$typekit_key_type_2c086d);
          }
        }
        for (const k74 in o72) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o72, k74)) continue;
          const x75 = o72[k74];
          if (x75 === void 0) continue;
          if (k74 !== "key") {
            s = report(s, p, ["typekit", k74], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x76 = hasOwn.call(o1, "zendesk") ? o1.zendesk : void 0;
    if (x76 === void 0) {
      s = reportFixed(s, p, issue$zendesk_required_e26a63);
    } else {
      if (typeof x76 !== "object" || x76 === null || Array.isArray(x76)) {
        s = reportFixed(s, p, issue$zendesk_type_3166cf);
      } else {
        const o77 = x76;
        const x78 = hasOwn.call(o77, "subdomain") ? o77.subdomain : void 0;
        if (x78 === void 0) {
          s = reportFixed(s, p, issue$zendesk_subdomain_required_fafbdf);
        } else {
          if (typeof x78 !== "string") {
            s = reportFixed(s, p, issue$zendesk_subdomain_type_f5a578);
          }
        }
        for (const k79 in o77) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o77, k79)) continue;
          const x80 = o77[k79];
          if (x80 === void 0) continue;
          if (k79 !== "subdomain") {
            s = report(s, p, ["zendesk", k79], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k81 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k81)) continue;
      const x82 = o1[k81];
      if (x82 === void 0) continue;
      if (!allowed$4bc86a.has(k81)) {
        s = report(s, p, [k81], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline63(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.api;
  if (x2 !== void 0) {
    if (typeof x2 !== "boolean" && hasOwn.call(o1, "api")) return false;
  }
  const x4 = o1.appearance;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "appearance")) return false;
  }
  const x6 = o1.documentation;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "documentation")) return false;
  }
  const x8 = o1.domain;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "domain")) return false;
  }
  const x10 = o1.jwt;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "jwt")) return false;
  }
  const x12 = o1.logs;
  if (x12 !== void 0) {
    if (typeof x12 !== "boolean" && hasOwn.call(o1, "logs")) return false;
  }
  const x14 = o1.metricsSDK;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o1, "metricsSDK")) return false;
  }
  for (const k16 in o1) {
    if (!hasOwn.call(o1, k16)) continue;
    const x17 = o1[k16];
    if (x17 === void 0) continue;
    if (k16 !== "api" && k16 !== "appearance" && k16 !== "documentation" && k16 !== "domain" && k16 !== "jwt" && k16 !== "logs" && k16 !== "metricsSDK") {
      return false;
    }
  }
  return true;
}
function check$$inline63(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.api;
    if (x2 !== void 0) {
      if (typeof x2 !== "boolean" && hasOwn.call(o1, "api")) {
        s = reportFixed(s, p, issue$api_type_24e12a);
      }
    }
    const x3 = o1.appearance;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "appearance")) {
        s = reportFixed(s, p, issue$appearance_type_d8d14b);
      }
    }
    const x4 = o1.documentation;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean" && hasOwn.call(o1, "documentation")) {
        s = reportFixed(s, p, issue$documentation_type_5db7c3);
      }
    }
    const x5 = o1.domain;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "domain")) {
        s = reportFixed(s, p, issue$domain_type_d5d5cd);
      }
    }
    const x6 = o1.jwt;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "jwt")) {
        s = reportFixed(s, p, issue$jwt_type_00b067);
      }
    }
    const x7 = o1.logs;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "logs")) {
        s = reportFixed(s, p, issue$logs_type_def727);
      }
    }
    const x8 = o1.metricsSDK;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o1, "metricsSDK")) {
        s = reportFixed(s, p, issue$metricsSDK_type_1351c6);
      }
    }
    for (const k9 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k9)) continue;
      const x10 = o1[k9];
      if (x10 === void 0) continue;
      if (k9 !== "api" && k9 !== "appearance" && k9 !== "documentation" && k9 !== "domain" && k9 !== "jwt" && k9 !== "logs" && k9 !== "metricsSDK") {
        s = report(s, p, [k9], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline64(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.type;
  if (x2 !== void 0) {
    if (!allowed$b53212.has(x2) && hasOwn.call(o1, "type")) return false;
  }
  const x4 = hasOwn.call(o1, "grace_period") ? o1.grace_period : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = o5.enabled;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o5, "enabled")) return false;
  }
  const x8 = o5.end_date;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "string") {
        if (hasOwn.call(o5, "end_date")) return false;
        break property9;
      }
      if (!formats.isDateTime(x8)) {
        if (hasOwn.call(o5, "end_date")) return false;
        break property9;
      }
    }
  }
  for (const k10 in o5) {
    if (!hasOwn.call(o5, k10)) continue;
    const x11 = o5[k10];
    if (x11 === void 0) continue;
    if (k10 !== "enabled" && k10 !== "end_date") {
      return false;
    }
  }
  const x12 = hasOwn.call(o1, "trial") ? o1.trial : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) return false;
  const o13 = x12;
  const x14 = o13.expired;
  if (x14 !== void 0) {
    if (typeof x14 !== "boolean" && hasOwn.call(o13, "expired")) return false;
  }
  const x16 = hasOwn.call(o13, "end_date") ? o13.end_date : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  if (!formats.isDateTime(x16)) return false;
  for (const k17 in o13) {
    if (!hasOwn.call(o13, k17)) continue;
    const x18 = o13[k17];
    if (x18 === void 0) continue;
    if (k17 !== "expired" && k17 !== "end_date") {
      return false;
    }
  }
  for (const k19 in o1) {
    if (!hasOwn.call(o1, k19)) continue;
    const x20 = o1[k19];
    if (x20 === void 0) continue;
    if (k19 !== "type" && k19 !== "grace_period" && k19 !== "trial") {
      return false;
    }
  }
  return true;
}
function check$$inline64(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.type;
    if (x2 !== void 0) {
      if (!allowed$b53212.has(x2) && hasOwn.call(o1, "type")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (!allowed$b53212.has(x2)) s = reportFixed(s, p, issue$type_enum_4112d9);
        }
      }
    }
    const x3 = hasOwn.call(o1, "grace_period") ? o1.grace_period : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$grace_period_required_314ce2);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$grace_period_type_c81c4b);
      } else {
        const o4 = x3;
        const x5 = o4.enabled;
        if (x5 !== void 0) {
          if (typeof x5 !== "boolean" && hasOwn.call(o4, "enabled")) {
            s = reportFixed(s, p, issue$grace_period_enabled_type_63ad69);
          }
        }
        const x6 = o4.end_date;
        if (x6 !== void 0) {
          if (hasOwn.call(o4, "end_date")) {
            if (typeof x6 !== "string") {
              s = reportFixed(s, p, issue$grace_period_end_date_type_f25ac3);
            } else {
              if (!formats.isDateTime(x6)) s = reportFixed(s, p, issue$grace_period_end_date_format_c8baac);
            }
          }
        }
        for (const k7 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k7)) continue;
          const x8 = o4[k7];
          if (x8 === void 0) continue;
          if (k7 !== "enabled" && k7 !== "end_date") {
            s = report(s, p, ["grace_period", k7], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x9 = hasOwn.call(o1, "trial") ? o1.trial : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$trial_required_a671fd);
    } else {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        s = reportFixed(s, p, issue$trial_type_582336);
      } else {
        const o10 = x9;
        const x11 = o10.expired;
        if (x11 !== void 0) {
          if (typeof x11 !== "boolean" && hasOwn.call(o10, "expired")) {
            s = reportFixed(s, p, issue$trial_expired_type_1f0fde);
          }
        }
        const x12 = hasOwn.call(o10, "end_date") ? o10.end_date : void 0;
        if (x12 === void 0) {
          s = reportFixed(s, p, issue$trial_end_date_required_d10b5e);
        } else {
          if (typeof x12 !== "string") {
            s = reportFixed(s, p, issue$trial_end_date_type_4295fb);
          } else {
            if (!formats.isDateTime(x12)) s = reportFixed(s, p, issue$trial_end_date_format_96052b);
          }
        }
        for (const k13 in o10) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o10, k13)) continue;
          const x14 = o10[k13];
          if (x14 === void 0) continue;
          if (k13 !== "expired" && k13 !== "end_date") {
            s = report(s, p, ["trial", k13], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k15 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k15)) continue;
      const x16 = o1[k15];
      if (x16 === void 0) continue;
      if (k15 !== "type" && k15 !== "grace_period" && k15 !== "trial") {
        s = report(s, p, [k15], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline65(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.api_sdk_snippets;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "api_sdk_snippets")) return false;
  }
  const x4 = hasOwn.call(o1, "sdk_snippets") ? o1.sdk_snippets : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = o5.external;
  if (x6 !== void 0) {
    if (x6 !== "active" && x6 !== "disabled" && x6 !== "enabled" && hasOwn.call(o5, "external")) return false;
  }
  for (const k8 in o5) {
    if (!hasOwn.call(o5, k8)) continue;
    const x9 = o5[k8];
    if (x9 === void 0) continue;
    if (k8 !== "external") {
      return false;
    }
  }
  const x10 = o1.defaults;
  if (x10 !== void 0) {
    if (x10 !== "always_use" && x10 !== "use_only_if_required" && hasOwn.call(o1, "defaults")) return false;
  }
  const x12 = o1.json_editor;
  if (x12 !== void 0) {
    if (x12 !== "enabled" && x12 !== "disabled" && hasOwn.call(o1, "json_editor")) return false;
  }
  const x14 = o1.request_history;
  if (x14 !== void 0) {
    if (x14 !== "enabled" && x14 !== "disabled" && hasOwn.call(o1, "request_history")) return false;
  }
  const x16 = o1.oauth_flows;
  if (x16 !== void 0) {
    if (x16 !== "enabled" && x16 !== "disabled" && hasOwn.call(o1, "oauth_flows")) return false;
  }
  const x18 = o1.response_examples;
  if (x18 !== void 0) {
    if (x18 !== "expanded" && x18 !== "collapsed" && hasOwn.call(o1, "response_examples")) return false;
  }
  const x20 = o1.response_schemas;
  if (x20 !== void 0) {
    if (x20 !== "expanded" && x20 !== "collapsed" && hasOwn.call(o1, "response_schemas")) return false;
  }
  for (const k22 in o1) {
    if (!hasOwn.call(o1, k22)) continue;
    const x23 = o1[k22];
    if (x23 === void 0) continue;
    if (k22 !== "api_sdk_snippets" && k22 !== "sdk_snippets" && k22 !== "defaults" && k22 !== "json_editor" && k22 !== "request_history" && k22 !== "oauth_flows" && k22 !== "response_examples" && k22 !== "response_schemas") {
      return false;
    }
  }
  return true;
}
function check$$inline65(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.api_sdk_snippets;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "api_sdk_snippets")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$api_sdk_snippets_type_f52902);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$api_sdk_snippets_enum_b9e139);
        }
      }
    }
    const x3 = hasOwn.call(o1, "sdk_snippets") ? o1.sdk_snippets : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$sdk_snippets_required_a7b8cc);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$sdk_snippets_type_8b8e59);
      } else {
        const o4 = x3;
        const x5 = o4.external;
        if (x5 !== void 0) {
          if (x5 !== "active" && x5 !== "disabled" && x5 !== "enabled" && hasOwn.call(o4, "external")) {
            if (typeof x5 !== "string") {
              s = reportFixed(s, p, issue$sdk_snippets_external_type_f50833);
            } else {
              if (x5 !== "active" && x5 !== "disabled" && x5 !== "enabled") s = reportFixed(s, p, issue$sdk_snippets_external_enum_33de82);
            }
          }
        }
        for (const k6 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k6)) continue;
          const x7 = o4[k6];
          if (x7 === void 0) continue;
          if (k6 !== "external") {
            s = report(s, p, ["sdk_snippets", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = o1.defaults;
    if (x8 !== void 0) {
      if (x8 !== "always_use" && x8 !== "use_only_if_required" && hasOwn.call(o1, "defaults")) {
        if (typeof x8 !== "string") {
          s = reportFixed(s, p, issue$defaults_type_e97fd0);
        } else {
          if (x8 !== "always_use" && x8 !== "use_only_if_required") s = reportFixed(s, p, issue$defaults_enum_bd88ac);
        }
      }
    }
    const x9 = o1.json_editor;
    if (x9 !== void 0) {
      if (x9 !== "enabled" && x9 !== "disabled" && hasOwn.call(o1, "json_editor")) {
        if (typeof x9 !== "string") {
          s = reportFixed(s, p, issue$json_editor_type_88d57b);
        } else {
          if (x9 !== "enabled" && x9 !== "disabled") s = reportFixed(s, p, issue$json_editor_enum_d8b827);
        }
      }
    }
    const x10 = o1.request_history;
    if (x10 !== void 0) {
      if (x10 !== "enabled" && x10 !== "disabled" && hasOwn.call(o1, "request_history")) {
        if (typeof x10 !== "string") {
          s = reportFixed(s, p, issue$request_history_type_db9bb8);
        } else {
          if (x10 !== "enabled" && x10 !== "disabled") s = reportFixed(s, p, issue$request_history_enum_0a652d);
        }
      }
    }
    const x11 = o1.oauth_flows;
    if (x11 !== void 0) {
      if (x11 !== "enabled" && x11 !== "disabled" && hasOwn.call(o1, "oauth_flows")) {
        if (typeof x11 !== "string") {
          s = reportFixed(s, p, issue$oauth_flows_type_d412b1);
        } else {
          if (x11 !== "enabled" && x11 !== "disabled") s = reportFixed(s, p, issue$oauth_flows_enum_b6153b);
        }
      }
    }
    const x12 = o1.response_examples;
    if (x12 !== void 0) {
      if (x12 !== "expanded" && x12 !== "collapsed" && hasOwn.call(o1, "response_examples")) {
        if (typeof x12 !== "string") {
          s = reportFixed(s, p, issue$response_examples_type_f7f07f);
        } else {
          if (x12 !== "expanded" && x12 !== "collapsed") s = reportFixed(s, p, issue$response_examples_enum_43c716);
        }
      }
    }
    const x13 = o1.response_schemas;
    if (x13 !== void 0) {
      if (x13 !== "expanded" && x13 !== "collapsed" && hasOwn.call(o1, "response_schemas")) {
        if (typeof x13 !== "string") {
          s = reportFixed(s, p, issue$response_schemas_type_28ab66);
        } else {
          if (x13 !== "expanded" && x13 !== "collapsed") s = reportFixed(s, p, issue$response_schemas_enum_2aa109);
        }
      }
    }
    for (const k14 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k14)) continue;
      const x15 = o1[k14];
      if (x15 === void 0) continue;
      if (k14 !== "api_sdk_snippets" && k14 !== "sdk_snippets" && k14 !== "defaults" && k14 !== "json_editor" && k14 !== "request_history" && k14 !== "oauth_flows" && k14 !== "response_examples" && k14 !== "response_schemas") {
        s = report(s, p, [k14], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline67(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.default;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "default")) return false;
  }
  const x6 = o1.source;
  if (x6 !== void 0) {
    if (x6 !== "server" && x6 !== "security" && x6 !== "custom" && x6 !== "" && hasOwn.call(o1, "source")) return false;
  }
  const x8 = o1.type;
  if (x8 !== void 0) {
    if (x8 !== "http" && x8 !== "apiKey" && x8 !== "openIdConnect" && x8 !== "oauth2" && x8 !== "" && hasOwn.call(o1, "type")) return false;
  }
  const x10 = o1.scheme;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "scheme")) return false;
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "id" && k12 !== "name" && k12 !== "default" && k12 !== "source" && k12 !== "type" && k12 !== "scheme") {
      return false;
    }
  }
  return true;
}
function check$$inline67(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$id_required_f4322b);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$id_type_d0b34f);
      }
    }
    const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      }
    }
    const x4 = o1.default;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "default")) {
        s = reportFixed(s, p, issue$default_type_314805);
      }
    }
    const x5 = o1.source;
    if (x5 !== void 0) {
      if (x5 !== "server" && x5 !== "security" && x5 !== "custom" && x5 !== "" && hasOwn.call(o1, "source")) {
        if (typeof x5 !== "string") {
          s = reportFixed(s, p, issue$source_type_50aa68);
        } else {
          if (x5 !== "server" && x5 !== "security" && x5 !== "custom" && x5 !== "") s = reportFixed(s, p, issue$source_enum_8ce542);
        }
      }
    }
    const x6 = o1.type;
    if (x6 !== void 0) {
      if (x6 !== "http" && x6 !== "apiKey" && x6 !== "openIdConnect" && x6 !== "oauth2" && x6 !== "" && hasOwn.call(o1, "type")) {
        if (typeof x6 !== "string") {
          s = reportFixed(s, p, issue$type_type_d71169);
        } else {
          if (x6 !== "http" && x6 !== "apiKey" && x6 !== "openIdConnect" && x6 !== "oauth2" && x6 !== "") s = reportFixed(s, p, issue$type_enum_1e5c6a);
        }
      }
    }
    const x7 = o1.scheme;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "scheme")) {
        s = reportFixed(s, p, issue$scheme_type_25a959);
      }
    }
    for (const k8 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k8)) continue;
      const x9 = o1[k8];
      if (x9 === void 0) continue;
      if (k8 !== "id" && k8 !== "name" && k8 !== "default" && k8 !== "source" && k8 !== "type" && k8 !== "scheme") {
        s = report(s, p, [k8], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline66(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline67(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline66(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline67(x3, d + 1)) s = check$$inline67(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline69(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "repository") ? o1.repository : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "provider_type") ? o3.provider_type : void 0;
  if (x4 === void 0) return false;
  if (x4 !== "github" && x4 !== "github_enterprise_server") return false;
  const x5 = hasOwn.call(o3, "name") ? o3.name : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o3, "full_name") ? o3.full_name : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  const x7 = hasOwn.call(o3, "url") ? o3.url : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  if (!formats.isUri(x7)) return false;
  for (const k8 in o3) {
    if (!hasOwn.call(o3, k8)) continue;
    const x9 = o3[k8];
    if (x9 === void 0) continue;
    if (k8 !== "provider_type" && k8 !== "name" && k8 !== "full_name" && k8 !== "url") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "organization") ? o1.organization : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) return false;
  const o11 = x10;
  const x12 = hasOwn.call(o11, "name") ? o11.name : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "string") return false;
  const x13 = hasOwn.call(o11, "provider_type") ? o11.provider_type : void 0;
  if (x13 === void 0) return false;
  if (x13 !== "github" && x13 !== "github_enterprise_server") return false;
  for (const k14 in o11) {
    if (!hasOwn.call(o11, k14)) continue;
    const x15 = o11[k14];
    if (x15 === void 0) continue;
    if (k14 !== "name" && k14 !== "provider_type") {
      return false;
    }
  }
  const x16 = o1.status;
  if (x16 !== void 0) {
    if (x16 !== "active" && x16 !== "inactive" && x16 !== "none" && hasOwn.call(o1, "status")) return false;
  }
  for (const k18 in o1) {
    if (!hasOwn.call(o1, k18)) continue;
    const x19 = o1[k18];
    if (x19 === void 0) continue;
    if (k18 !== "repository" && k18 !== "organization" && k18 !== "status") {
      return false;
    }
  }
  return true;
}
function check$$inline69(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "repository") ? o1.repository : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$repository_required_0e0530);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$repository_type_a1c0c5);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "provider_type") ? o3.provider_type : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$repository_provider_type_required_a98281);
        } else {
          if (x4 !== "github" && x4 !== "github_enterprise_server") {
            if (typeof x4 !== "string") {
              s = reportFixed(s, p, issue$repository_provider_type_type_16bdf9);
            } else {
              if (x4 !== "github" && x4 !== "github_enterprise_server") s = reportFixed(s, p, issue$repository_provider_type_enum_18f82a);
            }
          }
        }
        const x5 = hasOwn.call(o3, "name") ? o3.name : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$repository_name_required_5aef64);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$repository_name_type_a7050f);
          }
        }
        const x6 = hasOwn.call(o3, "full_name") ? o3.full_name : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$repository_full_name_required_5ab374);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$repository_full_name_type_5c9f3d);
          }
        }
        const x7 = hasOwn.call(o3, "url") ? o3.url : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$repository_url_required_ab71ea);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$repository_url_type_4b26b1);
          } else {
            if (!formats.isUri(x7)) s = reportFixed(s, p, issue$repository_url_format_803ae1);
          }
        }
        for (const k8 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k8)) continue;
          const x9 = o3[k8];
          if (x9 === void 0) continue;
          if (k8 !== "provider_type" && k8 !== "name" && k8 !== "full_name" && k8 !== "url") {
            s = report(s, p, ["repository", k8], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x10 = hasOwn.call(o1, "organization") ? o1.organization : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$organization_required_a04a84);
    } else {
      if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
        s = reportFixed(s, p, issue$organization_type_4ae6e0);
      } else {
        const o11 = x10;
        const x12 = hasOwn.call(o11, "name") ? o11.name : void 0;
        if (x12 === void 0) {
          s = reportFixed(s, p, issue$organization_name_required_acf8d3);
        } else {
          if (typeof x12 !== "string") {
            s = reportFixed(s, p, issue$organization_name_type_74bce7);
          }
        }
        const x13 = hasOwn.call(o11, "provider_type") ? o11.provider_type : void 0;
        if (x13 === void 0) {
          s = reportFixed(s, p, issue$organization_provider_type_required_a3326f);
        } else {
          if (x13 !== "github" && x13 !== "github_enterprise_server") {
            if (typeof x13 !== "string") {
              s = reportFixed(s, p, issue$organization_provider_type_type_db4c55);
            } else {
              if (x13 !== "github" && x13 !== "github_enterprise_server") s = reportFixed(s, p, issue$organization_provider_type_enum_1e0633);
            }
          }
        }
        for (const k14 in o11) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o11, k14)) continue;
          const x15 = o11[k14];
          if (x15 === void 0) continue;
          if (k14 !== "name" && k14 !== "provider_type") {
            s = report(s, p, ["organization", k14], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x16 = o1.status;
    if (x16 !== void 0) {
      if (x16 !== "active" && x16 !== "inactive" && x16 !== "none" && hasOwn.call(o1, "status")) {
        if (typeof x16 !== "string") {
          s = reportFixed(s, p, issue$status_type_2b9e05);
        } else {
          if (x16 !== "active" && x16 !== "inactive" && x16 !== "none") s = reportFixed(s, p, issue$status_enum_30767c);
        }
      }
    }
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "repository" && k17 !== "organization" && k17 !== "status") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline68(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "connection") ? o1.connection : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline69(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "connection") {
      return false;
    }
  }
  return true;
}
function check$$inline68(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "connection") ? o1.connection : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$connection_required_aa00f0);
    } else {
      if (!is$$inline69(x2, d + 1)) s = check$$inline69(x2, below(p, ["connection"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "connection") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline71(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.private_label;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "private_label")) return false;
  }
  const x4 = hasOwn.call(o1, "custom_code") ? o1.custom_code : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = o5.css;
  if (x6 !== void 0) {
    if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o5, "css")) return false;
  }
  const x8 = o5.html;
  if (x8 !== void 0) {
    if (x8 !== "enabled" && x8 !== "disabled" && hasOwn.call(o5, "html")) return false;
  }
  const x10 = o5.js;
  if (x10 !== void 0) {
    if (x10 !== "enabled" && x10 !== "disabled" && hasOwn.call(o5, "js")) return false;
  }
  for (const k12 in o5) {
    if (!hasOwn.call(o5, k12)) continue;
    const x13 = o5[k12];
    if (x13 === void 0) continue;
    if (k12 !== "css" && k12 !== "html" && k12 !== "js") {
      return false;
    }
  }
  for (const k14 in o1) {
    if (!hasOwn.call(o1, k14)) continue;
    const x15 = o1[k14];
    if (x15 === void 0) continue;
    if (k14 !== "private_label" && k14 !== "custom_code") {
      return false;
    }
  }
  return true;
}
function check$$inline71(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.private_label;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "private_label")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$private_label_type_e20d65);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$private_label_enum_87d5b7);
        }
      }
    }
    const x3 = hasOwn.call(o1, "custom_code") ? o1.custom_code : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$custom_code_required_964bd6);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$custom_code_type_93dfe1);
      } else {
        const o4 = x3;
        const x5 = o4.css;
        if (x5 !== void 0) {
          if (x5 !== "enabled" && x5 !== "disabled" && hasOwn.call(o4, "css")) {
            if (typeof x5 !== "string") {
              s = reportFixed(s, p, issue$custom_code_css_type_09bfbf);
            } else {
              if (x5 !== "enabled" && x5 !== "disabled") s = reportFixed(s, p, issue$custom_code_css_enum_f47078);
            }
          }
        }
        const x6 = o4.html;
        if (x6 !== void 0) {
          if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o4, "html")) {
            if (typeof x6 !== "string") {
              s = reportFixed(s, p, issue$custom_code_html_type_4f7a11);
            } else {
              if (x6 !== "enabled" && x6 !== "disabled") s = reportFixed(s, p, issue$custom_code_html_enum_96b280);
            }
          }
        }
        const x7 = o4.js;
        if (x7 !== void 0) {
          if (x7 !== "enabled" && x7 !== "disabled" && hasOwn.call(o4, "js")) {
            if (typeof x7 !== "string") {
              s = reportFixed(s, p, issue$custom_code_js_type_91605b);
            } else {
              if (x7 !== "enabled" && x7 !== "disabled") s = reportFixed(s, p, issue$custom_code_js_enum_0d273b);
            }
          }
        }
        for (const k8 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k8)) continue;
          const x9 = o4[k8];
          if (x9 === void 0) continue;
          if (k8 !== "css" && k8 !== "html" && k8 !== "js") {
            s = report(s, p, ["custom_code", k8], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "private_label" && k10 !== "custom_code") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline70(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline71(x2, d + 1)) return false;
  const x3 = hasOwn.call(o1, "branches") ? o1.branches : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const o4 = x3;
  const x5 = hasOwn.call(o4, "merge") ? o4.merge : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "admin") ? o6.admin : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "boolean") return false;
  const x8 = hasOwn.call(o6, "editor") ? o6.editor : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "boolean") return false;
  for (const k9 in o6) {
    if (!hasOwn.call(o6, k9)) continue;
    const x10 = o6[k9];
    if (x10 === void 0) continue;
    if (k9 !== "admin" && k9 !== "editor") {
      return false;
    }
  }
  for (const k11 in o4) {
    if (!hasOwn.call(o4, k11)) continue;
    const x12 = o4[k11];
    if (x12 === void 0) continue;
    if (k11 !== "merge") {
      return false;
    }
  }
  for (const k13 in o1) {
    if (!hasOwn.call(o1, k13)) continue;
    const x14 = o1[k13];
    if (x14 === void 0) continue;
    if (k13 !== "appearance" && k13 !== "branches") {
      return false;
    }
  }
  return true;
}
function check$$inline70(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (!is$$inline71(x2, d + 1)) s = check$$inline71(x2, below(p, ["appearance"]), s, d + 1);
    }
    const x3 = hasOwn.call(o1, "branches") ? o1.branches : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$branches_required_1eb034);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$branches_type_995839);
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "merge") ? o4.merge : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$branches_merge_required_bb47bf);
        } else {
          if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
            s = reportFixed(s, p, issue$branches_merge_type_5b9692);
          } else {
            const o6 = x5;
            const x7 = hasOwn.call(o6, "admin") ? o6.admin : void 0;
            if (x7 === void 0) {
              s = reportFixed(s, p, issue$branches_merge_admin_required_7d7cdf);
            } else {
              if (typeof x7 !== "boolean") {
                s = reportFixed(s, p, issue$branches_merge_admin_type_0bc581);
              }
            }
            const x8 = hasOwn.call(o6, "editor") ? o6.editor : void 0;
            if (x8 === void 0) {
              s = reportFixed(s, p, issue$branches_merge_editor_required_c3a453);
            } else {
              if (typeof x8 !== "boolean") {
                s = reportFixed(s, p, issue$branches_merge_editor_type_5d28a6);
              }
            }
            for (const k9 in o6) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o6, k9)) continue;
              const x10 = o6[k9];
              if (x10 === void 0) continue;
              if (k9 !== "admin" && k9 !== "editor") {
                s = report(s, p, ["branches", "merge", k9], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
        for (const k11 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k11)) continue;
          const x12 = o4[k11];
          if (x12 === void 0) continue;
          if (k11 !== "merge") {
            s = report(s, p, ["branches", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "appearance" && k13 !== "branches") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline50(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.allow_crawlers;
  if (x2 !== void 0) {
    if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) return false;
  }
  const x4 = hasOwn.call(o1, "api_designer") ? o1.api_designer : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = o5.allow_editing;
  if (x6 !== void 0) {
    if (x6 !== "enabled" && x6 !== "disabled" && hasOwn.call(o5, "allow_editing")) return false;
  }
  for (const k8 in o5) {
    if (!hasOwn.call(o5, k8)) continue;
    const x9 = o5[k8];
    if (x9 === void 0) continue;
    if (k8 !== "allow_editing") {
      return false;
    }
  }
  const x10 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
  if (x10 === void 0) return false;
  if (!is$$inline51(x10, d + 1)) return false;
  const x11 = hasOwn.call(o1, "canonical_url") ? o1.canonical_url : void 0;
  if (x11 === void 0) return false;
  if (typeof x11 !== "string") return false;
  if (!formats.isUri(x11)) return false;
  const x12 = hasOwn.call(o1, "custom_login") ? o1.custom_login : void 0;
  if (x12 === void 0) return false;
  if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) return false;
  const o13 = x12;
  const x14 = hasOwn.call(o13, "jwt_secret") ? o13.jwt_secret : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "string") return false;
  const x15 = hasOwn.call(o13, "login_url") ? o13.login_url : void 0;
  if (x15 === void 0) return false;
  if (typeof x15 !== "string") return false;
  const x16 = hasOwn.call(o13, "logout_url") ? o13.logout_url : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  for (const k17 in o13) {
    if (!hasOwn.call(o13, k17)) continue;
    const x18 = o13[k17];
    if (x18 === void 0) continue;
    if (k17 !== "jwt_secret" && k17 !== "login_url" && k17 !== "logout_url") {
      return false;
    }
  }
  const x19 = hasOwn.call(o1, "default_version") ? o1.default_version : void 0;
  if (x19 === void 0) return false;
  if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) return false;
  const o20 = x19;
  const x21 = hasOwn.call(o20, "name") ? o20.name : void 0;
  if (x21 === void 0) return false;
  if (typeof x21 !== "string") return false;
  if (!pattern$e17a25.test(x21)) return false;
  for (const k22 in o20) {
    if (!hasOwn.call(o20, k22)) continue;
    const x23 = o20[k22];
    if (x23 === void 0) continue;
    if (k22 !== "name") {
      return false;
    }
  }
  const x24 = hasOwn.call(o1, "description") ? o1.description : void 0;
  if (x24 === void 0) return false;
  if (typeof x24 !== "string") return false;
  const x25 = o1.glossary;
  if (x25 !== void 0) {
    property26: {
      if (!Array.isArray(x25)) {
        if (hasOwn.call(o1, "glossary")) return false;
        break property26;
      }
      const a27 = x25;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const x29 = a27[i28];
        if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) {
          if (hasOwn.call(o1, "glossary")) return false;
          break property26;
        }
        const o30 = x29;
        const x31 = hasOwn.call(o30, "term") ? o30.term : void 0;
        if (x31 === void 0) {
          if (hasOwn.call(o1, "glossary")) return false;
          break property26;
        }
        if (typeof x31 !== "string") {
          if (hasOwn.call(o1, "glossary")) return false;
          break property26;
        }
        const x32 = hasOwn.call(o30, "definition") ? o30.definition : void 0;
        if (x32 === void 0) {
          if (hasOwn.call(o1, "glossary")) return false;
          break property26;
        }
        if (typeof x32 !== "string") {
          if (hasOwn.call(o1, "glossary")) return false;
          break property26;
        }
        for (const k33 in o30) {
          if (!hasOwn.call(o30, k33)) continue;
          const x34 = o30[k33];
          if (x34 === void 0) continue;
          if (k33 !== "term" && k33 !== "definition") {
            {
              if (hasOwn.call(o1, "glossary")) return false;
              break property26;
            }
          }
        }
      }
    }
  }
  const x35 = hasOwn.call(o1, "health_check") ? o1.health_check : void 0;
  if (x35 === void 0) return false;
  if (!is$$inline59(x35, d + 1)) return false;
  const x36 = hasOwn.call(o1, "homepage_url") ? o1.homepage_url : void 0;
  if (x36 === void 0) return false;
  if (typeof x36 !== "string") return false;
  const x37 = hasOwn.call(o1, "integrations") ? o1.integrations : void 0;
  if (x37 === void 0) return false;
  if (!is$$inline61(x37, d + 1)) return false;
  const x38 = hasOwn.call(o1, "mcp") ? o1.mcp : void 0;
  if (x38 === void 0) return false;
  if (typeof x38 !== "object" || x38 === null || Array.isArray(x38)) return false;
  const o39 = x38;
  const x40 = o39.state;
  if (x40 !== void 0) {
    if (x40 !== "enabled" && x40 !== "disabled" && hasOwn.call(o39, "state")) return false;
  }
  for (const k42 in o39) {
    if (!hasOwn.call(o39, k42)) continue;
    const x43 = o39[k42];
    if (x43 === void 0) continue;
    if (k42 !== "state") {
      return false;
    }
  }
  const x44 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x44 === void 0) return false;
  if (typeof x44 !== "string") return false;
  const x45 = hasOwn.call(o1, "onboarding_completed") ? o1.onboarding_completed : void 0;
  if (x45 === void 0) return false;
  if (!is$$inline63(x45, d + 1)) return false;
  const x46 = hasOwn.call(o1, "pages") ? o1.pages : void 0;
  if (x46 === void 0) return false;
  if (typeof x46 !== "object" || x46 === null || Array.isArray(x46)) return false;
  const o47 = x46;
  const x48 = hasOwn.call(o47, "not_found") ? o47.not_found : void 0;
  if (x48 === void 0) return false;
  if (typeof x48 !== "string") return false;
  if (!pattern$c07e7c.test(x48)) return false;
  for (const k49 in o47) {
    if (!hasOwn.call(o47, k49)) continue;
    const x50 = o47[k49];
    if (x50 === void 0) continue;
    if (k49 !== "not_found") {
      return false;
    }
  }
  const x51 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
  if (x51 === void 0) return false;
  if (typeof x51 !== "string") return false;
  const x52 = hasOwn.call(o1, "plan") ? o1.plan : void 0;
  if (x52 === void 0) return false;
  if (!is$$inline64(x52, d + 1)) return false;
  const x53 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
  if (x53 === void 0) return false;
  if (typeof x53 !== "object" || x53 === null || Array.isArray(x53)) return false;
  const o54 = x53;
  const x55 = o54.openapi;
  if (x55 !== void 0) {
    if (x55 !== "public" && x55 !== "admin" && hasOwn.call(o54, "openapi")) return false;
  }
  const x57 = hasOwn.call(o54, "password") ? o54.password : void 0;
  if (x57 === void 0) return false;
  if (typeof x57 !== "string") return false;
  const x58 = o54.view;
  if (x58 !== void 0) {
    if (x58 !== "public" && x58 !== "admin" && x58 !== "password" && x58 !== "custom_login" && hasOwn.call(o54, "view")) return false;
  }
  for (const k60 in o54) {
    if (!hasOwn.call(o54, k60)) continue;
    const x61 = o54[k60];
    if (x61 === void 0) continue;
    if (k60 !== "openapi" && k60 !== "password" && k60 !== "view") {
      return false;
    }
  }
  const x62 = hasOwn.call(o1, "redirects") ? o1.redirects : void 0;
  if (x62 === void 0) return false;
  if (!Array.isArray(x62)) return false;
  const a63 = x62;
  for (let i64 = 0; i64 < a63.length; i64++) {
    const x65 = a63[i64];
    if (typeof x65 !== "object" || x65 === null || Array.isArray(x65)) return false;
    const o66 = x65;
    const x67 = hasOwn.call(o66, "from") ? o66.from : void 0;
    if (x67 === void 0) return false;
    if (typeof x67 !== "string") return false;
    const x68 = hasOwn.call(o66, "to") ? o66.to : void 0;
    if (x68 === void 0) return false;
    if (typeof x68 !== "string") return false;
    for (const k69 in o66) {
      if (!hasOwn.call(o66, k69)) continue;
      const x70 = o66[k69];
      if (x70 === void 0) continue;
      if (k69 !== "from" && k69 !== "to") {
        return false;
      }
    }
  }
  const x71 = hasOwn.call(o1, "reference") ? o1.reference : void 0;
  if (x71 === void 0) return false;
  if (!is$$inline65(x71, d + 1)) return false;
  const x72 = hasOwn.call(o1, "seo") ? o1.seo : void 0;
  if (x72 === void 0) return false;
  if (typeof x72 !== "object" || x72 === null || Array.isArray(x72)) return false;
  const o73 = x72;
  const x74 = o73.overwrite_title_tag;
  if (x74 !== void 0) {
    if (x74 !== "enabled" && x74 !== "disabled" && hasOwn.call(o73, "overwrite_title_tag")) return false;
  }
  for (const k76 in o73) {
    if (!hasOwn.call(o73, k76)) continue;
    const x77 = o73[k76];
    if (x77 === void 0) continue;
    if (k76 !== "overwrite_title_tag") {
      return false;
    }
  }
  const x78 = o1.sitemap;
  if (x78 !== void 0) {
    if (x78 !== "enabled" && x78 !== "disabled" && hasOwn.call(o1, "sitemap")) return false;
  }
  const x80 = o1.llms_txt;
  if (x80 !== void 0) {
    if (x80 !== "enabled" && x80 !== "disabled" && hasOwn.call(o1, "llms_txt")) return false;
  }
  const x82 = hasOwn.call(o1, "subdomain") ? o1.subdomain : void 0;
  if (x82 === void 0) return false;
  if (typeof x82 !== "string") return false;
  if (x82.length > 30 && (x82.length > 60 || codePointLength(x82) > 30) || !pattern$0a12d2.test(x82)) return false;
  const x83 = o1.suggested_edits;
  if (x83 !== void 0) {
    if (x83 !== "enabled" && x83 !== "disabled" && hasOwn.call(o1, "suggested_edits")) return false;
  }
  const x85 = o1.variable_defaults;
  if (x85 !== void 0) {
    if (!is$$inline66(x85, d + 1) && hasOwn.call(o1, "variable_defaults")) return false;
  }
  const x87 = o1.webhooks;
  if (x87 !== void 0) {
    property88: {
      if (!Array.isArray(x87)) {
        if (hasOwn.call(o1, "webhooks")) return false;
        break property88;
      }
      const a89 = x87;
      for (let i90 = 0; i90 < a89.length; i90++) {
        const x91 = a89[i90];
        if (typeof x91 !== "object" || x91 === null || Array.isArray(x91)) {
          if (hasOwn.call(o1, "webhooks")) return false;
          break property88;
        }
        const o92 = x91;
        const x93 = o92.action;
        if (x93 !== void 0) {
          if (x93 !== "login" && hasOwn.call(o92, "action")) {
            if (hasOwn.call(o1, "webhooks")) return false;
            break property88;
          }
        }
        const x95 = o92.timeout;
        if (x95 !== void 0) {
          if (!Number.isFinite(x95) && hasOwn.call(o92, "timeout")) {
            if (hasOwn.call(o1, "webhooks")) return false;
            break property88;
          }
        }
        const x97 = hasOwn.call(o92, "url") ? o92.url : void 0;
        if (x97 === void 0) {
          if (hasOwn.call(o1, "webhooks")) return false;
          break property88;
        }
        if (typeof x97 !== "string") {
          if (hasOwn.call(o1, "webhooks")) return false;
          break property88;
        }
        if (!formats.isUri(x97)) {
          if (hasOwn.call(o1, "webhooks")) return false;
          break property88;
        }
        for (const k98 in o92) {
          if (!hasOwn.call(o92, k98)) continue;
          const x99 = o92[k98];
          if (x99 === void 0) continue;
          if (k98 !== "action" && k98 !== "timeout" && k98 !== "url") {
            {
              if (hasOwn.call(o1, "webhooks")) return false;
              break property88;
            }
          }
        }
      }
    }
  }
  const x100 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x100 === void 0) return false;
  if (typeof x100 !== "string") return false;
  if (!pattern$6404d7.test(x100)) return false;
  const x101 = hasOwn.call(o1, "features") ? o1.features : void 0;
  if (x101 === void 0) return false;
  if (typeof x101 !== "object" || x101 === null || Array.isArray(x101)) return false;
  const o102 = x101;
  const x103 = o102.mdx;
  if (x103 !== void 0) {
    if (x103 !== "enabled" && x103 !== "disabled" && hasOwn.call(o102, "mdx")) return false;
  }
  for (const k105 in o102) {
    if (!hasOwn.call(o102, k105)) continue;
    const x106 = o102[k105];
    if (x106 === void 0) continue;
    if (k105 !== "mdx") {
      return false;
    }
  }
  const x107 = hasOwn.call(o1, "git") ? o1.git : void 0;
  if (x107 === void 0) return false;
  if (!is$$inline68(x107, d + 1)) return false;
  const x108 = hasOwn.call(o1, "permissions") ? o1.permissions : void 0;
  if (x108 === void 0) return false;
  if (!is$$inline70(x108, d + 1)) return false;
  const x109 = hasOwn.call(o1, "refactored") ? o1.refactored : void 0;
  if (x109 === void 0) return false;
  if (typeof x109 !== "object" || x109 === null || Array.isArray(x109)) return false;
  const o110 = x109;
  const x111 = o110.status;
  if (x111 !== void 0) {
    if (x111 !== "enabled" && x111 !== "disabled" && hasOwn.call(o110, "status")) return false;
  }
  const x113 = o110.migrated;
  if (x113 !== void 0) {
    if (x113 !== "failed" && x113 !== "processing" && x113 !== "successful" && x113 !== "unknown" && hasOwn.call(o110, "migrated")) return false;
  }
  for (const k115 in o110) {
    if (!hasOwn.call(o110, k115)) continue;
    const x116 = o110[k115];
    if (x116 === void 0) continue;
    if (k115 !== "status" && k115 !== "migrated") {
      return false;
    }
  }
  const x117 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x117 === void 0) return false;
  if (typeof x117 !== "string") return false;
  if (!pattern$fcf4d6.test(x117)) return false;
  for (const k118 in o1) {
    if (!hasOwn.call(o1, k118)) continue;
    const x119 = o1[k118];
    if (x119 === void 0) continue;
    if (!allowed$761aa2.has(k118)) {
      return false;
    }
  }
  return true;
}
function check$$inline50(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = o1.allow_crawlers;
    if (x2 !== void 0) {
      if (x2 !== "enabled" && x2 !== "disabled" && hasOwn.call(o1, "allow_crawlers")) {
        if (typeof x2 !== "string") {
          s = reportFixed(s, p, issue$allow_crawlers_type_16ecbf);
        } else {
          if (x2 !== "enabled" && x2 !== "disabled") s = reportFixed(s, p, issue$allow_crawlers_enum_92cc54);
        }
      }
    }
    const x3 = hasOwn.call(o1, "api_designer") ? o1.api_designer : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$api_designer_required_8f224c);
    } else {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = reportFixed(s, p, issue$api_designer_type_415941);
      } else {
        const o4 = x3;
        const x5 = o4.allow_editing;
        if (x5 !== void 0) {
          if (x5 !== "enabled" && x5 !== "disabled" && hasOwn.call(o4, "allow_editing")) {
            if (typeof x5 !== "string") {
              s = reportFixed(s, p, issue$api_designer_allow_editing_type_53a701);
            } else {
              if (x5 !== "enabled" && x5 !== "disabled") s = reportFixed(s, p, issue$api_designer_allow_editing_enum_66d986);
            }
          }
        }
        for (const k6 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k6)) continue;
          const x7 = o4[k6];
          if (x7 === void 0) continue;
          if (k6 !== "allow_editing") {
            s = report(s, p, ["api_designer", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "appearance") ? o1.appearance : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$appearance_required_41ca10);
    } else {
      if (!is$$inline51(x8, d + 1)) s = check$$inline51(x8, below(p, ["appearance"]), s, d + 1);
    }
    const x9 = hasOwn.call(o1, "canonical_url") ? o1.canonical_url : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$canonical_url_required_4d0882);
    } else {
      if (typeof x9 !== "string") {
        s = reportFixed(s, p, issue$canonical_url_type_5b1da8);
      } else {
        if (!formats.isUri(x9)) s = reportFixed(s, p, issue$canonical_url_format_ae103f);
      }
    }
    const x10 = hasOwn.call(o1, "custom_login") ? o1.custom_login : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$custom_login_required_ad3491);
    } else {
      if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
        s = reportFixed(s, p, issue$custom_login_type_da0077);
      } else {
        const o11 = x10;
        const x12 = hasOwn.call(o11, "jwt_secret") ? o11.jwt_secret : void 0;
        if (x12 === void 0) {
          s = reportFixed(s, p, issue$custom_login_jwt_secret_required_eb4b9e);
        } else {
          if (typeof x12 !== "string") {
            s = reportFixed(s, p, issue$custom_login_jwt_secret_type_8a8a57);
          }
        }
        const x13 = hasOwn.call(o11, "login_url") ? o11.login_url : void 0;
        if (x13 === void 0) {
          s = reportFixed(s, p, issue$custom_login_login_url_required_6921c6);
        } else {
          if (typeof x13 !== "string") {
            s = reportFixed(s, p, issue$custom_login_login_url_type_7d396f);
          }
        }
        const x14 = hasOwn.call(o11, "logout_url") ? o11.logout_url : void 0;
        if (x14 === void 0) {
          s = reportFixed(s, p, issue$custom_login_logout_url_required_ecb959);
        } else {
          if (typeof x14 !== "string") {
            s = reportFixed(s, p, issue$custom_login_logout_url_type_18ca87);
          }
        }
        for (const k15 in o11) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o11, k15)) continue;
          const x16 = o11[k15];
          if (x16 === void 0) continue;
          if (k15 !== "jwt_secret" && k15 !== "login_url" && k15 !== "logout_url") {
            s = report(s, p, ["custom_login", k15], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x17 = hasOwn.call(o1, "default_version") ? o1.default_version : void 0;
    if (x17 === void 0) {
      s = reportFixed(s, p, issue$default_version_required_b9c7aa);
    } else {
      if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
        s = reportFixed(s, p, issue$default_version_type_57b584);
      } else {
        const o18 = x17;
        const x19 = hasOwn.call(o18, "name") ? o18.name : void 0;
        if (x19 === void 0) {
          s = reportFixed(s, p, issue$default_version_name_required_214a83);
        } else {
          if (typeof x19 !== "string") {
            s = reportFixed(s, p, issue$default_version_name_type_686294);
          } else {
            if (!pattern$e17a25.test(x19)) s = reportFixed(s, p, issue$default_version_name_pattern_bff9a6);
          }
        }
        for (const k20 in o18) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o18, k20)) continue;
          const x21 = o18[k20];
          if (x21 === void 0) continue;
          if (k20 !== "name") {
            s = report(s, p, ["default_version", k20], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x22 = hasOwn.call(o1, "description") ? o1.description : void 0;
    if (x22 === void 0) {
      s = reportFixed(s, p, issue$description_required_1f65a1);
    } else {
      if (typeof x22 !== "string") {
        s = reportFixed(s, p, issue$description_type_1fd77a);
      }
    }
    const x23 = o1.glossary;
    if (x23 !== void 0) {
      if (hasOwn.call(o1, "glossary")) {
        if (!Array.isArray(x23)) {
          s = reportFixed(s, p, issue$glossary_type_1a0d20);
        } else {
          const a24 = x23;
          for (let i25 = 0; i25 < a24.length; i25++) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            const x26 = a24[i25];
            if (typeof x26 !== "object" || x26 === null || Array.isArray(x26)) {
              s = report(s, p, ["glossary", i25], "type", "must be an object");
            } else {
              const o27 = x26;
              const x28 = hasOwn.call(o27, "term") ? o27.term : void 0;
              if (x28 === void 0) {
                s = report(s, p, ["glossary", i25, "term"], "required", "is required");
              } else {
                if (typeof x28 !== "string") {
                  s = report(s, p, ["glossary", i25, "term"], "type", "must be a string");
                }
              }
              const x29 = hasOwn.call(o27, "definition") ? o27.definition : void 0;
              if (x29 === void 0) {
                s = report(s, p, ["glossary", i25, "definition"], "required", "is required");
              } else {
                if (typeof x29 !== "string") {
                  s = report(s, p, ["glossary", i25, "definition"], "type", "must be a string");
                }
              }
              for (const k30 in o27) {
                if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                if (!hasOwn.call(o27, k30)) continue;
                const x31 = o27[k30];
                if (x31 === void 0) continue;
                if (k30 !== "term" && k30 !== "definition") {
                  s = report(s, p, ["glossary", i25, k30], "additionalProperties", "is not an allowed property");
                }
              }
            }
          }
        }
      }
    }
    const x32 = hasOwn.call(o1, "health_check") ? o1.health_check : void 0;
    if (x32 === void 0) {
      s = reportFixed(s, p, issue$health_check_required_b32c6f);
    } else {
      if (!is$$inline59(x32, d + 1)) s = check$$inline59(x32, below(p, ["health_check"]), s, d + 1);
    }
    const x33 = hasOwn.call(o1, "homepage_url") ? o1.homepage_url : void 0;
    if (x33 === void 0) {
      s = reportFixed(s, p, issue$homepage_url_required_3e6f47);
    } else {
      if (typeof x33 !== "string") {
        s = reportFixed(s, p, issue$homepage_url_type_cfcac9);
      }
    }
    const x34 = hasOwn.call(o1, "integrations") ? o1.integrations : void 0;
    if (x34 === void 0) {
      s = reportFixed(s, p, issue$integrations_required_70e07f);
    } else {
      if (!is$$inline61(x34, d + 1)) s = check$$inline61(x34, below(p, ["integrations"]), s, d + 1);
    }
    const x35 = hasOwn.call(o1, "mcp") ? o1.mcp : void 0;
    if (x35 === void 0) {
      s = reportFixed(s, p, issue$mcp_required_f96274);
    } else {
      if (typeof x35 !== "object" || x35 === null || Array.isArray(x35)) {
        s = reportFixed(s, p, issue$mcp_type_4c6abc);
      } else {
        const o36 = x35;
        const x37 = o36.state;
        if (x37 !== void 0) {
          if (x37 !== "enabled" && x37 !== "disabled" && hasOwn.call(o36, "state")) {
            if (typeof x37 !== "string") {
              s = reportFixed(s, p, issue$mcp_state_type_5c82f1);
            } else {
              if (x37 !== "enabled" && x37 !== "disabled") s = reportFixed(s, p, issue$mcp_state_enum_ffcbf5);
            }
          }
        }
        for (const k38 in o36) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o36, k38)) continue;
          const x39 = o36[k38];
          if (x39 === void 0) continue;
          if (k38 !== "state") {
            s = report(s, p, ["mcp", k38], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x40 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x40 === void 0) {
      s = reportFixed(s, p, issue$name_required_f3024a);
    } else {
      if (typeof x40 !== "string") {
        s = reportFixed(s, p, issue$name_type_734500);
      }
    }
    const x41 = hasOwn.call(o1, "onboarding_completed") ? o1.onboarding_completed : void 0;
    if (x41 === void 0) {
      s = reportFixed(s, p, issue$onboarding_completed_required_93d002);
    } else {
      if (!is$$inline63(x41, d + 1)) s = check$$inline63(x41, below(p, ["onboarding_completed"]), s, d + 1);
    }
    const x42 = hasOwn.call(o1, "pages") ? o1.pages : void 0;
    if (x42 === void 0) {
      s = reportFixed(s, p, issue$pages_required_856129);
    } else {
      if (typeof x42 !== "object" || x42 === null || Array.isArray(x42)) {
        s = reportFixed(s, p, issue$pages_type_167167);
      } else {
        const o43 = x42;
        const x44 = hasOwn.call(o43, "not_found") ? o43.not_found : void 0;
        if (x44 === void 0) {
          s = reportFixed(s, p, issue$pages_not_found_required_c496d2);
        } else {
          if (typeof x44 !== "string") {
            s = reportFixed(s, p, issue$pages_not_found_type_73e148);
          } else {
            if (!pattern$c07e7c.test(x44)) s = reportFixed(s, p, issue$pages_not_found_pattern_120280);
          }
        }
        for (const k45 in o43) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o43, k45)) continue;
          const x46 = o43[k45];
          if (x46 === void 0) continue;
          if (k45 !== "not_found") {
            s = report(s, p, ["pages", k45], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x47 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
    if (x47 === void 0) {
      s = reportFixed(s, p, issue$parent_required_e62704);
    } else {
      if (typeof x47 !== "string") {
        s = reportFixed(s, p, issue$parent_type_8db1f6);
      }
    }
    const x48 = hasOwn.call(o1, "plan") ? o1.plan : void 0;
    if (x48 === void 0) {
      s = reportFixed(s, p, issue$plan_required_b49ce8);
    } else {
      if (!is$$inline64(x48, d + 1)) s = check$$inline64(x48, below(p, ["plan"]), s, d + 1);
    }
    const x49 = hasOwn.call(o1, "privacy") ? o1.privacy : void 0;
    if (x49 === void 0) {
      s = reportFixed(s, p, issue$privacy_required_35fb64);
    } else {
      if (typeof x49 !== "object" || x49 === null || Array.isArray(x49)) {
        s = reportFixed(s, p, issue$privacy_type_dc9598);
      } else {
        const o50 = x49;
        const x51 = o50.openapi;
        if (x51 !== void 0) {
          if (x51 !== "public" && x51 !== "admin" && hasOwn.call(o50, "openapi")) {
            if (typeof x51 !== "string") {
              s = reportFixed(s, p, issue$privacy_openapi_type_883f56);
            } else {
              if (x51 !== "public" && x51 !== "admin") s = reportFixed(s, p, issue$privacy_openapi_enum_c4be75);
            }
          }
        }
        const x52 = hasOwn.call(o50, "password") ? o50.password : void 0;
        if (x52 === void 0) {
          s = reportFixed(s, p, issue$privacy_password_required_59bd35);
        } else {
          if (typeof x52 !== "string") {
            s = reportFixed(s, p, issue$privacy_password_type_460755);
          }
        }
        const x53 = o50.view;
        if (x53 !== void 0) {
          if (x53 !== "public" && x53 !== "admin" && x53 !== "password" && x53 !== "custom_login" && hasOwn.call(o50, "view")) {
            if (typeof x53 !== "string") {
              s = reportFixed(s, p, issue$privacy_view_type_a353f5);
            } else {
              if (x53 !== "public" && x53 !== "admin" && x53 !== "password" && x53 !== "custom_login") s = reportFixed(s, p, issue$privacy_view_enum_3f548b);
            }
          }
        }
        for (const k54 in o50) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o50, k54)) continue;
          const x55 = o50[k54];
          if (x55 === void 0) continue;
          if (k54 !== "openapi" && k54 !== "password" && k54 !== "view") {
            s = report(s, p, ["privacy", k54], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x56 = hasOwn.call(o1, "redirects") ? o1.redirects : void 0;
    if (x56 === void 0) {
      s = reportFixed(s, p, issue$redirects_required_2f11e1);
    } else {
      if (!Array.isArray(x56)) {
        s = reportFixed(s, p, issue$redirects_type_b209f6);
      } else {
        const a57 = x56;
        for (let i58 = 0; i58 < a57.length; i58++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x59 = a57[i58];
          if (typeof x59 !== "object" || x59 === null || Array.isArray(x59)) {
            s = report(s, p, ["redirects", i58], "type", "must be an object");
          } else {
            const o60 = x59;
            const x61 = hasOwn.call(o60, "from") ? o60.from : void 0;
            if (x61 === void 0) {
              s = report(s, p, ["redirects", i58, "from"], "required", "is required");
            } else {
              if (typeof x61 !== "string") {
                s = report(s, p, ["redirects", i58, "from"], "type", "must be a string");
              }
            }
            const x62 = hasOwn.call(o60, "to") ? o60.to : void 0;
            if (x62 === void 0) {
              s = report(s, p, ["redirects", i58, "to"], "required", "is required");
            } else {
              if (typeof x62 !== "string") {
                s = report(s, p, ["redirects", i58, "to"], "type", "must be a string");
              }
            }
            for (const k63 in o60) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o60, k63)) continue;
              const x64 = o60[k63];
              if (x64 === void 0) continue;
              if (k63 !== "from" && k63 !== "to") {
                s = report(s, p, ["redirects", i58, k63], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    const x65 = hasOwn.call(o1, "reference") ? o1.reference : void 0;
    if (x65 === void 0) {
      s = reportFixed(s, p, issue$reference_required_d7733b);
    } else {
      if (!is$$inline65(x65, d + 1)) s = check$$inline65(x65, below(p, ["reference"]), s, d + 1);
    }
    const x66 = hasOwn.call(o1, "seo") ? o1.seo : void 0;
    if (x66 === void 0) {
      s = reportFixed(s, p, issue$seo_required_8cc18c);
    } else {
      if (typeof x66 !== "object" || x66 === null || Array.isArray(x66)) {
        s = reportFixed(s, p, issue$seo_type_d34151);
      } else {
        const o67 = x66;
        const x68 = o67.overwrite_title_tag;
        if (x68 !== void 0) {
          if (x68 !== "enabled" && x68 !== "disabled" && hasOwn.call(o67, "overwrite_title_tag")) {
            if (typeof x68 !== "string") {
              s = reportFixed(s, p, issue$seo_overwrite_title_tag_type_f6650f);
            } else {
              if (x68 !== "enabled" && x68 !== "disabled") s = reportFixed(s, p, issue$seo_overwrite_title_tag_enum_9f80ed);
            }
          }
        }
        for (const k69 in o67) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o67, k69)) continue;
          const x70 = o67[k69];
          if (x70 === void 0) continue;
          if (k69 !== "overwrite_title_tag") {
            s = report(s, p, ["seo", k69], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x71 = o1.sitemap;
    if (x71 !== void 0) {
      if (x71 !== "enabled" && x71 !== "disabled" && hasOwn.call(o1, "sitemap")) {
        if (typeof x71 !== "string") {
          s = reportFixed(s, p, issue$sitemap_type_c86f00);
        } else {
          if (x71 !== "enabled" && x71 !== "disabled") s = reportFixed(s, p, issue$sitemap_enum_cf14b3);
        }
      }
    }
    const x72 = o1.llms_txt;
    if (x72 !== void 0) {
      if (x72 !== "enabled" && x72 !== "disabled" && hasOwn.call(o1, "llms_txt")) {
        if (typeof x72 !== "string") {
          s = reportFixed(s, p, issue$llms_txt_type_e92070);
        } else {
          if (x72 !== "enabled" && x72 !== "disabled") s = reportFixed(s, p, issue$llms_txt_enum_42c8fc);
        }
      }
    }
    const x73 = hasOwn.call(o1, "subdomain") ? o1.subdomain : void 0;
    if (x73 === void 0) {
      s = reportFixed(s, p, issue$subdomain_required_ad5a53);
    } else {
      if (typeof x73 !== "string") {
        s = reportFixed(s, p, issue$subdomain_type_3d1df7);
      } else {
        if (x73.length > 30 && (x73.length > 60 || codePointLength(x73) > 30)) s = reportFixed(s, p, issue$subdomain_maxLength_d10dea);
        if (!pattern$0a12d2.test(x73)) s = reportFixed(s, p, issue$subdomain_pattern_1e6ce9);
      }
    }
    const x74 = o1.suggested_edits;
    if (x74 !== void 0) {
      if (x74 !== "enabled" && x74 !== "disabled" && hasOwn.call(o1, "suggested_edits")) {
        if (typeof x74 !== "string") {
          s = reportFixed(s, p, issue$suggested_edits_type_3b1094);
        } else {
          if (x74 !== "enabled" && x74 !== "disabled") s = reportFixed(s, p, issue$suggested_edits_enum_b8e8b9);
        }
      }
    }
    const x75 = o1.variable_defaults;
    if (x75 !== void 0) {
      if (!is$$inline66(x75, d + 1) && hasOwn.call(o1, "variable_defaults")) s = check$$inline66(x75, below(p, ["variable_defaults"]), s, d + 1);
    }
    const x76 = o1.webhooks;
    if (x76 !== void 0) {
      if (hasOwn.call(o1, "webhooks")) {
        if (!Array.isArray(x76)) {
          s = reportFixed(s, p, issue$webhooks_type_c5b297);
        } else {
          const a77 = x76;
          for (let i78 = 0; i78 < a77.length; i78++) {
            if (s !== void 0 && s.length >= MAX_ISSUES) return s;
            const x79 = a77[i78];
            if (typeof x79 !== "object" || x79 === null || Array.isArray(x79)) {
              s = report(s, p, ["webhooks", i78], "type", "must be an object");
            } else {
              const o80 = x79;
              const x81 = o80.action;
              if (x81 !== void 0) {
                if (x81 !== "login" && hasOwn.call(o80, "action")) {
                  if (typeof x81 !== "string") {
                    s = report(s, p, ["webhooks", i78, "action"], "type", "must be a string");
                  } else {
                    if (x81 !== "login") s = report(s, p, ["webhooks", i78, "action"], "enum", 'must be one of "login"');
                  }
                }
              }
              const x82 = o80.timeout;
              if (x82 !== void 0) {
                if (!Number.isFinite(x82) && hasOwn.call(o80, "timeout")) {
                  s = report(s, p, ["webhooks", i78, "timeout"], "type", "must be a number");
                }
              }
              const x83 = hasOwn.call(o80, "url") ? o80.url : void 0;
              if (x83 === void 0) {
                s = report(s, p, ["webhooks", i78, "url"], "required", "is required");
              } else {
                if (typeof x83 !== "string") {
                  s = report(s, p, ["webhooks", i78, "url"], "type", "must be a string");
                } else {
                  if (!formats.isUri(x83)) s = report(s, p, ["webhooks", i78, "url"], "format", "must be a valid uri");
                }
              }
              for (const k84 in o80) {
                if (s !== void 0 && s.length >= MAX_ISSUES) return s;
                if (!hasOwn.call(o80, k84)) continue;
                const x85 = o80[k84];
                if (x85 === void 0) continue;
                if (k84 !== "action" && k84 !== "timeout" && k84 !== "url") {
                  s = report(s, p, ["webhooks", i78, k84], "additionalProperties", "is not an allowed property");
                }
              }
            }
          }
        }
      }
    }
    const x86 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x86 === void 0) {
      s = reportFixed(s, p, issue$id_required_f4322b);
    } else {
      if (typeof x86 !== "string") {
        s = reportFixed(s, p, issue$id_type_d0b34f);
      } else {
        if (!pattern$6404d7.test(x86)) s = reportFixed(s, p, issue$id_pattern_9f422c);
      }
    }
    const x87 = hasOwn.call(o1, "features") ? o1.features : void 0;
    if (x87 === void 0) {
      s = reportFixed(s, p, issue$features_required_6d26fe);
    } else {
      if (typeof x87 !== "object" || x87 === null || Array.isArray(x87)) {
        s = reportFixed(s, p, issue$features_type_3aa858);
      } else {
        const o88 = x87;
        const x89 = o88.mdx;
        if (x89 !== void 0) {
          if (x89 !== "enabled" && x89 !== "disabled" && hasOwn.call(o88, "mdx")) {
            if (typeof x89 !== "string") {
              s = reportFixed(s, p, issue$features_mdx_type_e6c06a);
            } else {
              if (x89 !== "enabled" && x89 !== "disabled") s = reportFixed(s, p, issue$features_mdx_enum_cc6b74);
            }
          }
        }
        for (const k90 in o88) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o88, k90)) continue;
          const x91 = o88[k90];
          if (x91 === void 0) continue;
          if (k90 !== "mdx") {
            s = report(s, p, ["features", k90], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x92 = hasOwn.call(o1, "git") ? o1.git : void 0;
    if (x92 === void 0) {
      s = reportFixed(s, p, issue$git_required_e452d5);
    } else {
      if (!is$$inline68(x92, d + 1)) s = check$$inline68(x92, below(p, ["git"]), s, d + 1);
    }
    const x93 = hasOwn.call(o1, "permissions") ? o1.permissions : void 0;
    if (x93 === void 0) {
      s = reportFixed(s, p, issue$permissions_required_eabea1);
    } else {
      if (!is$$inline70(x93, d + 1)) s = check$$inline70(x93, below(p, ["permissions"]), s, d + 1);
    }
    const x94 = hasOwn.call(o1, "refactored") ? o1.refactored : void 0;
    if (x94 === void 0) {
      s = reportFixed(s, p, issue$refactored_required_20f8df);
    } else {
      if (typeof x94 !== "object" || x94 === null || Array.isArray(x94)) {
        s = reportFixed(s, p, issue$refactored_type_030e36);
      } else {
        const o95 = x94;
        const x96 = o95.status;
        if (x96 !== void 0) {
          if (x96 !== "enabled" && x96 !== "disabled" && hasOwn.call(o95, "status")) {
            if (typeof x96 !== "string") {
              s = reportFixed(s, p, issue$refactored_status_type_31dd72);
            } else {
              if (x96 !== "enabled" && x96 !== "disabled") s = reportFixed(s, p, issue$refactored_status_enum_55d725);
            }
          }
        }
        const x97 = o95.migrated;
        if (x97 !== void 0) {
          if (x97 !== "failed" && x97 !== "processing" && x97 !== "successful" && x97 !== "unknown" && hasOwn.call(o95, "migrated")) {
            if (typeof x97 !== "string") {
              s = reportFixed(s, p, issue$refactored_migrated_type_2e6ded);
            } else {
              if (x97 !== "failed" && x97 !== "processing" && x97 !== "successful" && x97 !== "unknown") s = reportFixed(s, p, issue$refactored_migrated_enum_8cd390);
            }
          }
        }
        for (const k98 in o95) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o95, k98)) continue;
          const x99 = o95[k98];
          if (x99 === void 0) continue;
          if (k98 !== "status" && k98 !== "migrated") {
            s = report(s, p, ["refactored", k98], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x100 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x100 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x100 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      } else {
        if (!pattern$fcf4d6.test(x100)) s = reportFixed(s, p, issue$uri_pattern_764171);
      }
    }
    for (const k101 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k101)) continue;
      const x102 = o1[k101];
      if (x102 === void 0) continue;
      if (!allowed$761aa2.has(k101)) {
        s = report(s, p, [k101], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetProjectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (!is$$inline50(x2, d + 1)) return false;
  for (const k3 in o1) {
    if (!hasOwn.call(o1, k3)) continue;
    const x4 = o1[k3];
    if (x4 === void 0) continue;
    if (k3 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetProjectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline50(x2, d + 1)) s = check$$inline50(x2, below(p, ["data"]), s, d + 1);
    }
    for (const k3 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k3)) continue;
      const x4 = o1[k3];
      if (x4 === void 0) continue;
      if (k3 !== "data") {
        s = report(s, p, [k3], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline72(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
    const o4 = x3;
    const x5 = hasOwn.call(o4, "token") ? o4.token : void 0;
    if (x5 === void 0) return false;
    if (typeof x5 !== "string") return false;
    if (!pattern$bfb52f.test(x5)) return false;
    const x6 = hasOwn.call(o4, "label") ? o4.label : void 0;
    if (x6 === void 0) return false;
    if (typeof x6 !== "string") return false;
    const x7 = hasOwn.call(o4, "last_accessed_on") ? o4.last_accessed_on : void 0;
    if (x7 === void 0) return false;
    if (typeof x7 !== "string") return false;
    if (!formats.isDateTime(x7)) return false;
    const x8 = hasOwn.call(o4, "created_at") ? o4.created_at : void 0;
    if (x8 === void 0) return false;
    if (typeof x8 !== "string") return false;
    if (!formats.isDateTime(x8)) return false;
    const x9 = hasOwn.call(o4, "uri") ? o4.uri : void 0;
    if (x9 === void 0) return false;
    if (typeof x9 !== "string") return false;
    if (!pattern$89ead5.test(x9)) return false;
    for (const k10 in o4) {
      if (!hasOwn.call(o4, k10)) continue;
      const x11 = o4[k10];
      if (x11 === void 0) continue;
      if (k10 !== "token" && k10 !== "label" && k10 !== "last_accessed_on" && k10 !== "created_at" && k10 !== "uri") {
        return false;
      }
    }
  }
  return true;
}
function check$$inline72(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        s = report(s, p, [i2], "type", "must be an object");
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "token") ? o4.token : void 0;
        if (x5 === void 0) {
          s = report(s, p, [i2, "token"], "required", "is required");
        } else {
          if (typeof x5 !== "string") {
            s = report(s, p, [i2, "token"], "type", "must be a string");
          } else {
            if (!pattern$bfb52f.test(x5)) s = report(s, p, [i2, "token"], "pattern", 'must match the pattern "rdme_\\\\w+"');
          }
        }
        const x6 = hasOwn.call(o4, "label") ? o4.label : void 0;
        if (x6 === void 0) {
          s = report(s, p, [i2, "label"], "required", "is required");
        } else {
          if (typeof x6 !== "string") {
            s = report(s, p, [i2, "label"], "type", "must be a string");
          }
        }
        const x7 = hasOwn.call(o4, "last_accessed_on") ? o4.last_accessed_on : void 0;
        if (x7 === void 0) {
          s = report(s, p, [i2, "last_accessed_on"], "required", "is required");
        } else {
          if (typeof x7 !== "string") {
            s = report(s, p, [i2, "last_accessed_on"], "type", "must be a string");
          } else {
            if (!formats.isDateTime(x7)) s = report(s, p, [i2, "last_accessed_on"], "format", "must be a valid date-time");
          }
        }
        const x8 = hasOwn.call(o4, "created_at") ? o4.created_at : void 0;
        if (x8 === void 0) {
          s = report(s, p, [i2, "created_at"], "required", "is required");
        } else {
          if (typeof x8 !== "string") {
            s = report(s, p, [i2, "created_at"], "type", "must be a string");
          } else {
            if (!formats.isDateTime(x8)) s = report(s, p, [i2, "created_at"], "format", "must be a valid date-time");
          }
        }
        const x9 = hasOwn.call(o4, "uri") ? o4.uri : void 0;
        if (x9 === void 0) {
          s = report(s, p, [i2, "uri"], "required", "is required");
        } else {
          if (typeof x9 !== "string") {
            s = report(s, p, [i2, "uri"], "type", "must be a string");
          } else {
            if (!pattern$89ead5.test(x9)) s = report(s, p, [i2, "uri"], "pattern", 'must match the pattern "\\\\/projects\\\\/(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)\\\\/apikeys\\\\/[a-f\\\\d]{24}"');
          }
        }
        for (const k10 in o4) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o4, k10)) continue;
          const x11 = o4[k10];
          if (x11 === void 0) continue;
          if (k10 !== "token" && k10 !== "label" && k10 !== "last_accessed_on" && k10 !== "created_at" && k10 !== "uri") {
            s = report(s, p, [i2, k10], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
  }
  return s;
}
function is$GetAPIKeysResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
  if (x3 === void 0) return false;
  if (!Number.isFinite(x3)) return false;
  const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
  if (x4 === void 0) return false;
  if (!Number.isFinite(x4)) return false;
  const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  const o6 = x5;
  const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  for (const k11 in o6) {
    if (!hasOwn.call(o6, k11)) continue;
    const x12 = o6[k11];
    if (x12 === void 0) continue;
    if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
      return false;
    }
  }
  const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x13 === void 0) return false;
  if (!is$$inline72(x13, d + 1)) return false;
  for (const k14 in o1) {
    if (!hasOwn.call(o1, k14)) continue;
    const x15 = o1[k14];
    if (x15 === void 0) continue;
    if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetAPIKeysResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "page") ? o1.page : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$page_required_a2510d);
    } else {
      if (!Number.isFinite(x3)) {
        s = reportFixed(s, p, issue$page_type_ebfbb2);
      }
    }
    const x4 = hasOwn.call(o1, "per_page") ? o1.per_page : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$per_page_required_480f95);
    } else {
      if (!Number.isFinite(x4)) {
        s = reportFixed(s, p, issue$per_page_type_ea21cc);
      }
    }
    const x5 = hasOwn.call(o1, "paging") ? o1.paging : void 0;
    if (x5 === void 0) {
      s = reportFixed(s, p, issue$paging_required_4c1802);
    } else {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
        s = reportFixed(s, p, issue$paging_type_a060b3);
      } else {
        const o6 = x5;
        const x7 = hasOwn.call(o6, "next") ? o6.next : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$paging_next_required_0c238b);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$paging_next_type_f6fa78);
          }
        }
        const x8 = hasOwn.call(o6, "previous") ? o6.previous : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$paging_previous_required_b24c82);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$paging_previous_type_b75b57);
          }
        }
        const x9 = hasOwn.call(o6, "first") ? o6.first : void 0;
        if (x9 === void 0) {
          s = reportFixed(s, p, issue$paging_first_required_483cdf);
        } else {
          if (typeof x9 !== "string") {
            s = reportFixed(s, p, issue$paging_first_type_a2b9ea);
          }
        }
        const x10 = hasOwn.call(o6, "last") ? o6.last : void 0;
        if (x10 === void 0) {
          s = reportFixed(s, p, issue$paging_last_required_147200);
        } else {
          if (typeof x10 !== "string") {
            s = reportFixed(s, p, issue$paging_last_type_916cc5);
          }
        }
        for (const k11 in o6) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o6, k11)) continue;
          const x12 = o6[k11];
          if (x12 === void 0) continue;
          if (k11 !== "next" && k11 !== "previous" && k11 !== "first" && k11 !== "last") {
            s = report(s, p, ["paging", k11], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x13 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline72(x13, d + 1)) s = check$$inline72(x13, below(p, ["data"]), s, d + 1);
    }
    for (const k14 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k14)) continue;
      const x15 = o1[k14];
      if (x15 === void 0) continue;
      if (k14 !== "total" && k14 !== "page" && k14 !== "per_page" && k14 !== "paging" && k14 !== "data") {
        s = report(s, p, [k14], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateAPIKeyRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "label") ? o1.label : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  for (const k7 in o1) {
    if (!hasOwn.call(o1, k7)) continue;
    const x8 = o1[k7];
    if (x8 === void 0) continue;
    if (k7 !== "label") {
      return false;
    }
  }
  return true;
}
function check$CreateAPIKeyRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "label") ? o1.label : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$label_required_837785);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$label_type_ad7315);
      }
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$label_type_ad7315);
      } else {
        if (x2.length < 1) s = reportFixed(s, p, issue$label_minLength_76f928);
      }
    }
    for (const k7 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k7)) continue;
      const x8 = o1[k7];
      if (x8 === void 0) continue;
      if (k7 !== "label") {
        s = report(s, p, [k7], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$CreateAPIKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$bfb52f.test(x4)) return false;
  const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  if (!formats.isDateTime(x6)) return false;
  const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  if (!formats.isDateTime(x7)) return false;
  const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  if (!pattern$89ead5.test(x8)) return false;
  for (const k9 in o3) {
    if (!hasOwn.call(o3, k9)) continue;
    const x10 = o3[k9];
    if (x10 === void 0) continue;
    if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
      return false;
    }
  }
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "data") {
      return false;
    }
  }
  return true;
}
function check$CreateAPIKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_a4419d);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$data_token_required_f6e754);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$data_token_type_b15c34);
          } else {
            if (!pattern$bfb52f.test(x4)) s = reportFixed(s, p, issue$data_token_pattern_0f84f8);
          }
        }
        const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$data_label_required_7d5027);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$data_label_type_67a6f1);
          }
        }
        const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$data_last_accessed_on_required_61424d);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$data_last_accessed_on_type_7d63f7);
          } else {
            if (!formats.isDateTime(x6)) s = reportFixed(s, p, issue$data_last_accessed_on_format_550430);
          }
        }
        const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$data_created_at_required_fee9ca);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$data_created_at_type_78a1f9);
          } else {
            if (!formats.isDateTime(x7)) s = reportFixed(s, p, issue$data_created_at_format_f1fb03);
          }
        }
        const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$data_uri_required_8c38eb);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$data_uri_type_7c208e);
          } else {
            if (!pattern$89ead5.test(x8)) s = reportFixed(s, p, issue$data_uri_pattern_0796b0);
          }
        }
        for (const k9 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k9)) continue;
          const x10 = o3[k9];
          if (x10 === void 0) continue;
          if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
            s = report(s, p, ["data", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "data") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$GetAPIKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$bfb52f.test(x4)) return false;
  const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  if (!formats.isDateTime(x6)) return false;
  const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  if (!formats.isDateTime(x7)) return false;
  const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  if (!pattern$89ead5.test(x8)) return false;
  for (const k9 in o3) {
    if (!hasOwn.call(o3, k9)) continue;
    const x10 = o3[k9];
    if (x10 === void 0) continue;
    if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
      return false;
    }
  }
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "data") {
      return false;
    }
  }
  return true;
}
function check$GetAPIKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_a4419d);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$data_token_required_f6e754);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$data_token_type_b15c34);
          } else {
            if (!pattern$bfb52f.test(x4)) s = reportFixed(s, p, issue$data_token_pattern_0f84f8);
          }
        }
        const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$data_label_required_7d5027);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$data_label_type_67a6f1);
          }
        }
        const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$data_last_accessed_on_required_61424d);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$data_last_accessed_on_type_7d63f7);
          } else {
            if (!formats.isDateTime(x6)) s = reportFixed(s, p, issue$data_last_accessed_on_format_550430);
          }
        }
        const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$data_created_at_required_fee9ca);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$data_created_at_type_78a1f9);
          } else {
            if (!formats.isDateTime(x7)) s = reportFixed(s, p, issue$data_created_at_format_f1fb03);
          }
        }
        const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$data_uri_required_8c38eb);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$data_uri_type_7c208e);
          } else {
            if (!pattern$89ead5.test(x8)) s = reportFixed(s, p, issue$data_uri_pattern_0796b0);
          }
        }
        for (const k9 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k9)) continue;
          const x10 = o3[k9];
          if (x10 === void 0) continue;
          if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
            s = report(s, p, ["data", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "data") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$DeleteAPIKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteAPIKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$UpdateAPIKeyRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "label") ? o1.label : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  for (const k7 in o1) {
    if (!hasOwn.call(o1, k7)) continue;
    const x8 = o1[k7];
    if (x8 === void 0) continue;
    if (k7 !== "label") {
      return false;
    }
  }
  return true;
}
function check$UpdateAPIKeyRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "label") ? o1.label : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$label_required_837785);
    } else {
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$label_type_ad7315);
      }
      if (typeof x2 !== "string") {
        s = reportFixed(s, p, issue$label_type_ad7315);
      } else {
        if (x2.length < 1) s = reportFixed(s, p, issue$label_minLength_76f928);
      }
    }
    for (const k7 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k7)) continue;
      const x8 = o1[k7];
      if (x8 === void 0) continue;
      if (k7 !== "label") {
        s = report(s, p, [k7], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$UpdateAPIKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  if (!pattern$bfb52f.test(x4)) return false;
  const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
  if (x6 === void 0) return false;
  if (typeof x6 !== "string") return false;
  if (!formats.isDateTime(x6)) return false;
  const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
  if (x7 === void 0) return false;
  if (typeof x7 !== "string") return false;
  if (!formats.isDateTime(x7)) return false;
  const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  if (!pattern$89ead5.test(x8)) return false;
  for (const k9 in o3) {
    if (!hasOwn.call(o3, k9)) continue;
    const x10 = o3[k9];
    if (x10 === void 0) continue;
    if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
      return false;
    }
  }
  for (const k11 in o1) {
    if (!hasOwn.call(o1, k11)) continue;
    const x12 = o1[k11];
    if (x12 === void 0) continue;
    if (k11 !== "data") {
      return false;
    }
  }
  return true;
}
function check$UpdateAPIKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$data_type_a4419d);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "token") ? o3.token : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$data_token_required_f6e754);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$data_token_type_b15c34);
          } else {
            if (!pattern$bfb52f.test(x4)) s = reportFixed(s, p, issue$data_token_pattern_0f84f8);
          }
        }
        const x5 = hasOwn.call(o3, "label") ? o3.label : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$data_label_required_7d5027);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$data_label_type_67a6f1);
          }
        }
        const x6 = hasOwn.call(o3, "last_accessed_on") ? o3.last_accessed_on : void 0;
        if (x6 === void 0) {
          s = reportFixed(s, p, issue$data_last_accessed_on_required_61424d);
        } else {
          if (typeof x6 !== "string") {
            s = reportFixed(s, p, issue$data_last_accessed_on_type_7d63f7);
          } else {
            if (!formats.isDateTime(x6)) s = reportFixed(s, p, issue$data_last_accessed_on_format_550430);
          }
        }
        const x7 = hasOwn.call(o3, "created_at") ? o3.created_at : void 0;
        if (x7 === void 0) {
          s = reportFixed(s, p, issue$data_created_at_required_fee9ca);
        } else {
          if (typeof x7 !== "string") {
            s = reportFixed(s, p, issue$data_created_at_type_78a1f9);
          } else {
            if (!formats.isDateTime(x7)) s = reportFixed(s, p, issue$data_created_at_format_f1fb03);
          }
        }
        const x8 = hasOwn.call(o3, "uri") ? o3.uri : void 0;
        if (x8 === void 0) {
          s = reportFixed(s, p, issue$data_uri_required_8c38eb);
        } else {
          if (typeof x8 !== "string") {
            s = reportFixed(s, p, issue$data_uri_type_7c208e);
          } else {
            if (!pattern$89ead5.test(x8)) s = reportFixed(s, p, issue$data_uri_pattern_0796b0);
          }
        }
        for (const k9 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k9)) continue;
          const x10 = o3[k9];
          if (x10 === void 0) continue;
          if (k9 !== "token" && k9 !== "label" && k9 !== "last_accessed_on" && k9 !== "created_at" && k9 !== "uri") {
            s = report(s, p, ["data", k9], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    for (const k11 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k11)) continue;
      const x12 = o1[k11];
      if (x12 === void 0) continue;
      if (k11 !== "data") {
        s = report(s, p, [k11], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline76(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "score") ? o1.score : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "path") ? o1.path : void 0;
  if (x3 === void 0) return false;
  if (x3 !== "title" && x3 !== "excerpt" && x3 !== "searchContents") return false;
  const x4 = hasOwn.call(o1, "texts") ? o1.texts : void 0;
  if (x4 === void 0) return false;
  if (!Array.isArray(x4)) return false;
  const a5 = x4;
  for (let i6 = 0; i6 < a5.length; i6++) {
    const x7 = a5[i6];
    if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) return false;
    const o8 = x7;
    const x9 = hasOwn.call(o8, "value") ? o8.value : void 0;
    if (x9 === void 0) return false;
    if (typeof x9 !== "string") return false;
    const x10 = hasOwn.call(o8, "type") ? o8.type : void 0;
    if (x10 === void 0) return false;
    if (x10 !== "hit" && x10 !== "text") return false;
    for (const k11 in o8) {
      if (!hasOwn.call(o8, k11)) continue;
      const x12 = o8[k11];
      if (x12 === void 0) continue;
      if (k11 !== "value" && k11 !== "type") {
        return false;
      }
    }
  }
  for (const k13 in o1) {
    if (!hasOwn.call(o1, k13)) continue;
    const x14 = o1[k13];
    if (x14 === void 0) continue;
    if (k13 !== "score" && k13 !== "path" && k13 !== "texts") {
      return false;
    }
  }
  return true;
}
function check$$inline76(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "score") ? o1.score : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$score_required_9836c6);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$score_type_90e2ab);
      }
    }
    const x3 = hasOwn.call(o1, "path") ? o1.path : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$path_required_cac17f);
    } else {
      if (x3 !== "title" && x3 !== "excerpt" && x3 !== "searchContents") {
        if (typeof x3 !== "string") {
          s = reportFixed(s, p, issue$path_type_b9dd73);
        } else {
          if (x3 !== "title" && x3 !== "excerpt" && x3 !== "searchContents") s = reportFixed(s, p, issue$path_enum_0c15b5);
        }
      }
    }
    const x4 = hasOwn.call(o1, "texts") ? o1.texts : void 0;
    if (x4 === void 0) {
      s = reportFixed(s, p, issue$texts_required_e00831);
    } else {
      if (!Array.isArray(x4)) {
        s = reportFixed(s, p, issue$texts_type_cb10b4);
      } else {
        const a5 = x4;
        for (let i6 = 0; i6 < a5.length; i6++) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          const x7 = a5[i6];
          if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
            s = report(s, p, ["texts", i6], "type", "must be an object");
          } else {
            const o8 = x7;
            const x9 = hasOwn.call(o8, "value") ? o8.value : void 0;
            if (x9 === void 0) {
              s = report(s, p, ["texts", i6, "value"], "required", "is required");
            } else {
              if (typeof x9 !== "string") {
                s = report(s, p, ["texts", i6, "value"], "type", "must be a string");
              }
            }
            const x10 = hasOwn.call(o8, "type") ? o8.type : void 0;
            if (x10 === void 0) {
              s = report(s, p, ["texts", i6, "type"], "required", "is required");
            } else {
              if (x10 !== "hit" && x10 !== "text") {
                if (typeof x10 !== "string") {
                  s = report(s, p, ["texts", i6, "type"], "type", "must be a string");
                } else {
                  if (x10 !== "hit" && x10 !== "text") s = report(s, p, ["texts", i6, "type"], "enum", 'must be one of "hit", "text"');
                }
              }
            }
            for (const k11 in o8) {
              if (s !== void 0 && s.length >= MAX_ISSUES) return s;
              if (!hasOwn.call(o8, k11)) continue;
              const x12 = o8[k11];
              if (x12 === void 0) continue;
              if (k11 !== "value" && k11 !== "type") {
                s = report(s, p, ["texts", i6, k11], "additionalProperties", "is not an allowed property");
              }
            }
          }
        }
      }
    }
    for (const k13 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k13)) continue;
      const x14 = o1[k13];
      if (x14 === void 0) continue;
      if (k13 !== "score" && k13 !== "path" && k13 !== "texts") {
        s = report(s, p, [k13], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline75(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline76(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline75(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline76(x3, d + 1)) s = check$$inline76(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$$inline74(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "url") ? o1.url : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const o3 = x2;
  const x4 = hasOwn.call(o3, "full") ? o3.full : void 0;
  if (x4 === void 0) return false;
  if (typeof x4 !== "string") return false;
  const x5 = hasOwn.call(o3, "relative") ? o3.relative : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  for (const k6 in o3) {
    if (!hasOwn.call(o3, k6)) continue;
    const x7 = o3[k6];
    if (x7 === void 0) continue;
    if (k6 !== "full" && k6 !== "relative") {
      return false;
    }
  }
  const x8 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x8 === void 0) return false;
  if (typeof x8 !== "string") return false;
  const x9 = hasOwn.call(o1, "excerpt") ? o1.excerpt : void 0;
  if (x9 === void 0) return false;
  if (typeof x9 !== "string") return false;
  const x10 = hasOwn.call(o1, "highlights") ? o1.highlights : void 0;
  if (x10 === void 0) return false;
  if (!is$$inline75(x10, d + 1)) return false;
  const x11 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
  if (x11 === void 0) return false;
  if (typeof x11 !== "string") return false;
  const x12 = hasOwn.call(o1, "section") ? o1.section : void 0;
  if (x12 === void 0) return false;
  if (x12 !== "guides" && x12 !== "reference" && x12 !== "recipes" && x12 !== "custom_pages" && x12 !== "discuss" && x12 !== "changelog") return false;
  const x13 = hasOwn.call(o1, "version") ? o1.version : void 0;
  if (x13 === void 0) return false;
  if (typeof x13 !== "string") return false;
  const x14 = hasOwn.call(o1, "project") ? o1.project : void 0;
  if (x14 === void 0) return false;
  if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
  const o15 = x14;
  const x16 = hasOwn.call(o15, "subdomain") ? o15.subdomain : void 0;
  if (x16 === void 0) return false;
  if (typeof x16 !== "string") return false;
  const x17 = hasOwn.call(o15, "name") ? o15.name : void 0;
  if (x17 === void 0) return false;
  if (typeof x17 !== "string") return false;
  for (const k18 in o15) {
    if (!hasOwn.call(o15, k18)) continue;
    const x19 = o15[k18];
    if (x19 === void 0) continue;
    if (k18 !== "subdomain" && k18 !== "name") {
      return false;
    }
  }
  const x20 = hasOwn.call(o1, "api") ? o1.api : void 0;
  if (x20 === void 0) return false;
  if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) return false;
  const o21 = x20;
  const x22 = hasOwn.call(o21, "method") ? o21.method : void 0;
  if (x22 === void 0) return false;
  if (typeof x22 !== "string") return false;
  for (const k23 in o21) {
    if (!hasOwn.call(o21, k23)) continue;
    const x24 = o21[k23];
    if (x24 === void 0) continue;
    if (k23 !== "method") {
      return false;
    }
  }
  const x25 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
  if (x25 === void 0) return false;
  if (typeof x25 !== "string") return false;
  for (const k26 in o1) {
    if (!hasOwn.call(o1, k26)) continue;
    const x27 = o1[k26];
    if (x27 === void 0) continue;
    if (!allowed$d3ceec.has(k26)) {
      return false;
    }
  }
  return true;
}
function check$$inline74(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "url") ? o1.url : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$url_required_7e5b0e);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$url_type_595513);
      } else {
        const o3 = x2;
        const x4 = hasOwn.call(o3, "full") ? o3.full : void 0;
        if (x4 === void 0) {
          s = reportFixed(s, p, issue$url_full_required_44ee06);
        } else {
          if (typeof x4 !== "string") {
            s = reportFixed(s, p, issue$url_full_type_31ab61);
          }
        }
        const x5 = hasOwn.call(o3, "relative") ? o3.relative : void 0;
        if (x5 === void 0) {
          s = reportFixed(s, p, issue$url_relative_required_5ee10e);
        } else {
          if (typeof x5 !== "string") {
            s = reportFixed(s, p, issue$url_relative_type_6dd5f5);
          }
        }
        for (const k6 in o3) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o3, k6)) continue;
          const x7 = o3[k6];
          if (x7 === void 0) continue;
          if (k6 !== "full" && k6 !== "relative") {
            s = report(s, p, ["url", k6], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x8 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x8 === void 0) {
      s = reportFixed(s, p, issue$title_required_fa43a3);
    } else {
      if (typeof x8 !== "string") {
        s = reportFixed(s, p, issue$title_type_ebed80);
      }
    }
    const x9 = hasOwn.call(o1, "excerpt") ? o1.excerpt : void 0;
    if (x9 === void 0) {
      s = reportFixed(s, p, issue$excerpt_required_376f2d);
    } else {
      if (typeof x9 !== "string") {
        s = reportFixed(s, p, issue$excerpt_type_8a9f37);
      }
    }
    const x10 = hasOwn.call(o1, "highlights") ? o1.highlights : void 0;
    if (x10 === void 0) {
      s = reportFixed(s, p, issue$highlights_required_2d78b6);
    } else {
      if (!is$$inline75(x10, d + 1)) s = check$$inline75(x10, below(p, ["highlights"]), s, d + 1);
    }
    const x11 = hasOwn.call(o1, "slug") ? o1.slug : void 0;
    if (x11 === void 0) {
      s = reportFixed(s, p, issue$slug_required_bfd2d8);
    } else {
      if (typeof x11 !== "string") {
        s = reportFixed(s, p, issue$slug_type_7a933b);
      }
    }
    const x12 = hasOwn.call(o1, "section") ? o1.section : void 0;
    if (x12 === void 0) {
      s = reportFixed(s, p, issue$section_required_ae21ef);
    } else {
      if (x12 !== "guides" && x12 !== "reference" && x12 !== "recipes" && x12 !== "custom_pages" && x12 !== "discuss" && x12 !== "changelog") {
        if (typeof x12 !== "string") {
          s = reportFixed(s, p, issue$section_type_28a6e9);
        } else {
          if (x12 !== "guides" && x12 !== "reference" && x12 !== "recipes" && x12 !== "custom_pages" && x12 !== "discuss" && x12 !== "changelog") s = reportFixed(s, p, issue$section_enum_d109fd);
        }
      }
    }
    const x13 = hasOwn.call(o1, "version") ? o1.version : void 0;
    if (x13 === void 0) {
      s = reportFixed(s, p, issue$version_required_9ce4cd);
    } else {
      if (typeof x13 !== "string") {
        s = reportFixed(s, p, issue$version_type_753cce);
      }
    }
    const x14 = hasOwn.call(o1, "project") ? o1.project : void 0;
    if (x14 === void 0) {
      s = reportFixed(s, p, issue$project_required_5d2fec);
    } else {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        s = reportFixed(s, p, issue$project_type_b516a6);
      } else {
        const o15 = x14;
        const x16 = hasOwn.call(o15, "subdomain") ? o15.subdomain : void 0;
        if (x16 === void 0) {
          s = reportFixed(s, p, issue$project_subdomain_required_a67bd5);
        } else {
          if (typeof x16 !== "string") {
            s = reportFixed(s, p, issue$project_subdomain_type_05bd2e);
          }
        }
        const x17 = hasOwn.call(o15, "name") ? o15.name : void 0;
        if (x17 === void 0) {
          s = reportFixed(s, p, issue$project_name_required_8d7d42);
        } else {
          if (typeof x17 !== "string") {
            s = reportFixed(s, p, issue$project_name_type_4ba60f);
          }
        }
        for (const k18 in o15) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o15, k18)) continue;
          const x19 = o15[k18];
          if (x19 === void 0) continue;
          if (k18 !== "subdomain" && k18 !== "name") {
            s = report(s, p, ["project", k18], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x20 = hasOwn.call(o1, "api") ? o1.api : void 0;
    if (x20 === void 0) {
      s = reportFixed(s, p, issue$api_required_564bba);
    } else {
      if (typeof x20 !== "object" || x20 === null || Array.isArray(x20)) {
        s = reportFixed(s, p, issue$api_type_eff7e7);
      } else {
        const o21 = x20;
        const x22 = hasOwn.call(o21, "method") ? o21.method : void 0;
        if (x22 === void 0) {
          s = reportFixed(s, p, issue$api_method_required_701438);
        } else {
          if (typeof x22 !== "string") {
            s = reportFixed(s, p, issue$api_method_type_ba6d1f);
          }
        }
        for (const k23 in o21) {
          if (s !== void 0 && s.length >= MAX_ISSUES) return s;
          if (!hasOwn.call(o21, k23)) continue;
          const x24 = o21[k23];
          if (x24 === void 0) continue;
          if (k23 !== "method") {
            s = report(s, p, ["api", k23], "additionalProperties", "is not an allowed property");
          }
        }
      }
    }
    const x25 = hasOwn.call(o1, "uri") ? o1.uri : void 0;
    if (x25 === void 0) {
      s = reportFixed(s, p, issue$uri_required_a09978);
    } else {
      if (typeof x25 !== "string") {
        s = reportFixed(s, p, issue$uri_type_05c4f2);
      }
    }
    for (const k26 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k26)) continue;
      const x27 = o1[k26];
      if (x27 === void 0) continue;
      if (!allowed$d3ceec.has(k26)) {
        s = report(s, p, [k26], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$$inline73(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline74(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline73(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_ac2ac7);
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      const x3 = a1[i2];
      if (!is$$inline74(x3, d + 1)) s = check$$inline74(x3, below(p, [i2]), s, d + 1);
    }
  }
  return s;
}
function is$SearchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
  if (x2 === void 0) return false;
  if (!Number.isFinite(x2)) return false;
  const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
  if (x3 === void 0) return false;
  if (!is$$inline73(x3, d + 1)) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "total" && k4 !== "data") {
      return false;
    }
  }
  return true;
}
function check$SearchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "total") ? o1.total : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$total_required_81935b);
    } else {
      if (!Number.isFinite(x2)) {
        s = reportFixed(s, p, issue$total_type_c5fa69);
      }
    }
    const x3 = hasOwn.call(o1, "data") ? o1.data : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$data_required_423da9);
    } else {
      if (!is$$inline73(x3, d + 1)) s = check$$inline73(x3, below(p, ["data"]), s, d + 1);
    }
    for (const k4 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "total" && k4 !== "data") {
        s = report(s, p, [k4], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$ValidateAPIRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k20 in o1) {
    if (!hasOwn.call(o1, k20)) continue;
    const x21 = o1[k20];
    if (x21 === void 0) continue;
    if (k20 !== "schema" && k20 !== "upload_source" && k20 !== "url") {
      return false;
    }
  }
  return true;
}
function check$ValidateAPIRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    for (const k17 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k17)) continue;
      const x18 = o1[k17];
      if (x18 === void 0) continue;
      if (k17 !== "schema" && k17 !== "upload_source" && k17 !== "url") {
        s = report(s, p, [k17], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
function is$ValidateAPIResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "schema") ? o1.schema : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  for (const k10 in o1) {
    if (!hasOwn.call(o1, k10)) continue;
    const x11 = o1[k10];
    if (x11 === void 0) continue;
    if (k10 !== "schema") {
      return false;
    }
  }
  return true;
}
function check$ValidateAPIResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    s = reportFixed(s, p, issue$type_fc136b);
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "schema") ? o1.schema : void 0;
    if (x2 === void 0) {
      s = reportFixed(s, p, issue$schema_required_2bec07);
    } else {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) {
        s = reportFixed(s, p, issue$schema_type_1c3028);
      }
    }
    for (const k10 in o1) {
      if (s !== void 0 && s.length >= MAX_ISSUES) return s;
      if (!hasOwn.call(o1, k10)) continue;
      const x11 = o1[k10];
      if (x11 === void 0) continue;
      if (k10 !== "schema") {
        s = report(s, p, [k10], "additionalProperties", "is not an allowed property");
      }
    }
  }
  return s;
}
export {
  ValidationError,
  isApplyToReadMeRequestBody,
  isApplyToReadMeResponse,
  isAskOwlbotRequestBody,
  isAskOwlbotResponse,
  isCreateAPIKeyRequestBody,
  isCreateAPIKeyResponse,
  isCreateAPIRequestBody,
  isCreateAPIResponse,
  isCreateBranchRequestBody,
  isCreateBranchResponse,
  isCreateCategoryRequestBody,
  isCreateCategoryResponse,
  isCreateChangelogRequestBody,
  isCreateChangelogResponse,
  isCreateCustomPageRequestBody,
  isCreateCustomPageResponse,
  isCreateGuideRequestBody,
  isCreateGuideResponse,
  isCreateRecipeRequestBody,
  isCreateRecipeResponse,
  isCreateReferenceRequestBody,
  isCreateReferenceResponse,
  isDeleteAPIKeyResponse,
  isDeleteAPIResponse,
  isDeleteBranchResponse,
  isDeleteCategoryResponse,
  isDeleteChangelogResponse,
  isDeleteCustomPageResponse,
  isDeleteGuideResponse,
  isDeleteRecipeResponse,
  isDeleteReferenceResponse,
  isGetAPIKeyResponse,
  isGetAPIKeysResponse,
  isGetAPIResponse,
  isGetAPIsResponse,
  isGetBranchResponse,
  isGetBranchesResponse,
  isGetCategoriesResponse,
  isGetCategoryPagesResponse,
  isGetCategoryResponse,
  isGetChangelogResponse,
  isGetChangelogsResponse,
  isGetCustomPageResponse,
  isGetCustomPagesResponse,
  isGetGuideResponse,
  isGetImageResponse,
  isGetImagesResponse,
  isGetOpenRolesResponse,
  isGetOutboundIPsResponse,
  isGetProjectResponse,
  isGetRecipeResponse,
  isGetRecipesResponse,
  isGetReferenceResponse,
  isSearchResponse,
  isUpdateAPIKeyRequestBody,
  isUpdateAPIKeyResponse,
  isUpdateAPIRequestBody,
  isUpdateAPIResponse,
  isUpdateBranchRequestBody,
  isUpdateBranchResponse,
  isUpdateCategoryRequestBody,
  isUpdateCategoryResponse,
  isUpdateChangelogRequestBody,
  isUpdateChangelogResponse,
  isUpdateCustomPageRequestBody,
  isUpdateCustomPageResponse,
  isUpdateGuideRequestBody,
  isUpdateGuideResponse,
  isUpdateRecipeRequestBody,
  isUpdateRecipeResponse,
  isUpdateReferenceRequestBody,
  isUpdateReferenceResponse,
  isUploadImageRequestBody,
  isUploadImageResponse,
  isValidateAPIRequestBody,
  isValidateAPIResponse,
  schemas,
  validateApplyToReadMeRequestBody,
  validateApplyToReadMeResponse,
  validateAskOwlbotRequestBody,
  validateAskOwlbotResponse,
  validateCreateAPIKeyRequestBody,
  validateCreateAPIKeyResponse,
  validateCreateAPIRequestBody,
  validateCreateAPIResponse,
  validateCreateBranchRequestBody,
  validateCreateBranchResponse,
  validateCreateCategoryRequestBody,
  validateCreateCategoryResponse,
  validateCreateChangelogRequestBody,
  validateCreateChangelogResponse,
  validateCreateCustomPageRequestBody,
  validateCreateCustomPageResponse,
  validateCreateGuideRequestBody,
  validateCreateGuideResponse,
  validateCreateRecipeRequestBody,
  validateCreateRecipeResponse,
  validateCreateReferenceRequestBody,
  validateCreateReferenceResponse,
  validateDeleteAPIKeyResponse,
  validateDeleteAPIResponse,
  validateDeleteBranchResponse,
  validateDeleteCategoryResponse,
  validateDeleteChangelogResponse,
  validateDeleteCustomPageResponse,
  validateDeleteGuideResponse,
  validateDeleteRecipeResponse,
  validateDeleteReferenceResponse,
  validateGetAPIKeyResponse,
  validateGetAPIKeysResponse,
  validateGetAPIResponse,
  validateGetAPIsResponse,
  validateGetBranchResponse,
  validateGetBranchesResponse,
  validateGetCategoriesResponse,
  validateGetCategoryPagesResponse,
  validateGetCategoryResponse,
  validateGetChangelogResponse,
  validateGetChangelogsResponse,
  validateGetCustomPageResponse,
  validateGetCustomPagesResponse,
  validateGetGuideResponse,
  validateGetImageResponse,
  validateGetImagesResponse,
  validateGetOpenRolesResponse,
  validateGetOutboundIPsResponse,
  validateGetProjectResponse,
  validateGetRecipeResponse,
  validateGetRecipesResponse,
  validateGetReferenceResponse,
  validateSearchResponse,
  validateUpdateAPIKeyRequestBody,
  validateUpdateAPIKeyResponse,
  validateUpdateAPIRequestBody,
  validateUpdateAPIResponse,
  validateUpdateBranchRequestBody,
  validateUpdateBranchResponse,
  validateUpdateCategoryRequestBody,
  validateUpdateCategoryResponse,
  validateUpdateChangelogRequestBody,
  validateUpdateChangelogResponse,
  validateUpdateCustomPageRequestBody,
  validateUpdateCustomPageResponse,
  validateUpdateGuideRequestBody,
  validateUpdateGuideResponse,
  validateUpdateRecipeRequestBody,
  validateUpdateRecipeResponse,
  validateUpdateReferenceRequestBody,
  validateUpdateReferenceResponse,
  validateUploadImageRequestBody,
  validateUploadImageResponse,
  validateValidateAPIRequestBody,
  validateValidateAPIResponse
};
