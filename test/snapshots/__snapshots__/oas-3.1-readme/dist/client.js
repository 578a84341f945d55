import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const getOpenRolesOperation = {
  method: "GET",
  pathTemplate: "/apply",
  path: ["/apply"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOpenRolesResponse(value),
    "GET /apply response body"
  )
};
function buildGetOpenRolesRequest(parameters = {}, options) {
  return buildRequest(getOpenRolesOperation, parameters, void 0, options);
}
function readGetOpenRolesResult(response, options) {
  return readResult(getOpenRolesOperation, response, options);
}
const applyToReadMeOperation = {
  method: "POST",
  pathTemplate: "/apply",
  path: ["/apply"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateApplyToReadMeRequestBody(value),
    "POST /apply request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateApplyToReadMeResponse(value),
    "POST /apply response body"
  )
};
function buildApplyToReadMeRequest(parameters = {}, body, options) {
  return buildRequest(applyToReadMeOperation, parameters, body, options);
}
function readApplyToReadMeResult(response, options) {
  return readResult(applyToReadMeOperation, response, options);
}
const getBranchesOperation = {
  method: "GET",
  pathTemplate: "/branches",
  path: ["/branches"],
  parameters: [
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "per_page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort_by", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "prefix", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBranchesResponse(value),
    "GET /branches response body"
  )
};
function buildGetBranchesRequest(parameters = {}, options) {
  return buildRequest(getBranchesOperation, parameters, void 0, options);
}
function readGetBranchesResult(response, options) {
  return readResult(getBranchesOperation, response, options);
}
const createBranchOperation = {
  method: "POST",
  pathTemplate: "/branches",
  path: ["/branches"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateBranchRequestBody(value),
    "POST /branches request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateBranchResponse(value),
    "POST /branches response body"
  )
};
function buildCreateBranchRequest(parameters = {}, body, options) {
  return buildRequest(createBranchOperation, parameters, body, options);
}
function readCreateBranchResult(response, options) {
  return readResult(createBranchOperation, response, options);
}
const getBranchOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBranchResponse(value),
    "GET /branches/{branch} response body"
  )
};
function buildGetBranchRequest(parameters, options) {
  return buildRequest(getBranchOperation, parameters, void 0, options);
}
function readGetBranchResult(response, options) {
  return readResult(getBranchOperation, response, options);
}
const deleteBranchOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteBranchRequest(parameters, options) {
  return buildRequest(deleteBranchOperation, parameters, void 0, options);
}
function readDeleteBranchResult(response, options) {
  return readResult(deleteBranchOperation, response, options);
}
const updateBranchOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateBranchRequestBody(value),
    "PATCH /branches/{branch} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateBranchResponse(value),
    "PATCH /branches/{branch} response body"
  )
};
function buildUpdateBranchRequest(parameters, body, options) {
  return buildRequest(updateBranchOperation, parameters, body, options);
}
function readUpdateBranchResult(response, options) {
  return readResult(updateBranchOperation, response, options);
}
const getAPIsOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/apis",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apis"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPIsResponse(value),
    "GET /branches/{branch}/apis response body"
  )
};
function buildGetAPIsRequest(parameters, options) {
  return buildRequest(getAPIsOperation, parameters, void 0, options);
}
function readGetAPIsResult(response, options) {
  return readResult(getAPIsOperation, response, options);
}
const createAPIOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/apis",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apis"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateAPIRequestBody(value),
    "POST /branches/{branch}/apis request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateAPIResponse(value),
    "POST /branches/{branch}/apis response body"
  )
};
function buildCreateAPIRequest(parameters, body, options) {
  return buildRequest(createAPIOperation, parameters, body, options);
}
function readCreateAPIResult(response, options) {
  return readResult(createAPIOperation, response, options);
}
const getAPIOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/apis/{filename}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apis/",
    { "name": "filename", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPIResponse(value),
    "GET /branches/{branch}/apis/{filename} response body"
  )
};
function buildGetAPIRequest(parameters, options) {
  return buildRequest(getAPIOperation, parameters, void 0, options);
}
function readGetAPIResult(response, options) {
  return readResult(getAPIOperation, response, options);
}
const updateAPIOperation = {
  method: "PUT",
  pathTemplate: "/branches/{branch}/apis/{filename}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apis/",
    { "name": "filename", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateAPIRequestBody(value),
    "PUT /branches/{branch}/apis/{filename} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateAPIResponse(value),
    "PUT /branches/{branch}/apis/{filename} response body"
  )
};
function buildUpdateAPIRequest(parameters, body, options) {
  return buildRequest(updateAPIOperation, parameters, body, options);
}
function readUpdateAPIResult(response, options) {
  return readResult(updateAPIOperation, response, options);
}
const deleteAPIOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/apis/{filename}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apis/",
    { "name": "filename", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteAPIRequest(parameters, options) {
  return buildRequest(deleteAPIOperation, parameters, void 0, options);
}
function readDeleteAPIResult(response, options) {
  return readResult(deleteAPIOperation, response, options);
}
const createCategoryOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/categories",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateCategoryRequestBody(value),
    "POST /branches/{branch}/categories request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateCategoryResponse(value),
    "POST /branches/{branch}/categories response body"
  )
};
function buildCreateCategoryRequest(parameters, body, options) {
  return buildRequest(createCategoryOperation, parameters, body, options);
}
function readCreateCategoryResult(response, options) {
  return readResult(createCategoryOperation, response, options);
}
const getCategoriesOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/categories/{section}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories/",
    { "name": "section", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCategoriesResponse(value),
    "GET /branches/{branch}/categories/{section} response body"
  )
};
function buildGetCategoriesRequest(parameters, options) {
  return buildRequest(getCategoriesOperation, parameters, void 0, options);
}
function readGetCategoriesResult(response, options) {
  return readResult(getCategoriesOperation, response, options);
}
const getCategoryOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/categories/{section}/{title}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories/",
    { "name": "section", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "title", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCategoryResponse(value),
    "GET /branches/{branch}/categories/{section}/{title} response body"
  )
};
function buildGetCategoryRequest(parameters, options) {
  return buildRequest(getCategoryOperation, parameters, void 0, options);
}
function readGetCategoryResult(response, options) {
  return readResult(getCategoryOperation, response, options);
}
const deleteCategoryOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/categories/{section}/{title}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories/",
    { "name": "section", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "title", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteCategoryRequest(parameters, options) {
  return buildRequest(deleteCategoryOperation, parameters, void 0, options);
}
function readDeleteCategoryResult(response, options) {
  return readResult(deleteCategoryOperation, response, options);
}
const updateCategoryOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}/categories/{section}/{title}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories/",
    { "name": "section", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "title", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateCategoryRequestBody(value),
    "PATCH /branches/{branch}/categories/{section}/{title} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateCategoryResponse(value),
    "PATCH /branches/{branch}/categories/{section}/{title} response body"
  )
};
function buildUpdateCategoryRequest(parameters, body, options) {
  return buildRequest(updateCategoryOperation, parameters, body, options);
}
function readUpdateCategoryResult(response, options) {
  return readResult(updateCategoryOperation, response, options);
}
const getCategoryPagesOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/categories/{section}/{title}/pages",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/categories/",
    { "name": "section", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "title", "in": "path", "style": "simple", "explode": false, "required": true },
    "/pages"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCategoryPagesResponse(value),
    "GET /branches/{branch}/categories/{section}/{title}/pages response body"
  )
};
function buildGetCategoryPagesRequest(parameters, options) {
  return buildRequest(getCategoryPagesOperation, parameters, void 0, options);
}
function readGetCategoryPagesResult(response, options) {
  return readResult(getCategoryPagesOperation, response, options);
}
const getCustomPagesOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/custom_pages",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/custom_pages"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCustomPagesResponse(value),
    "GET /branches/{branch}/custom_pages response body"
  )
};
function buildGetCustomPagesRequest(parameters, options) {
  return buildRequest(getCustomPagesOperation, parameters, void 0, options);
}
function readGetCustomPagesResult(response, options) {
  return readResult(getCustomPagesOperation, response, options);
}
const createCustomPageOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/custom_pages",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/custom_pages"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateCustomPageRequestBody(value),
    "POST /branches/{branch}/custom_pages request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateCustomPageResponse(value),
    "POST /branches/{branch}/custom_pages response body"
  )
};
function buildCreateCustomPageRequest(parameters, body, options) {
  return buildRequest(createCustomPageOperation, parameters, body, options);
}
function readCreateCustomPageResult(response, options) {
  return readResult(createCustomPageOperation, response, options);
}
const getCustomPageOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/custom_pages/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/custom_pages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCustomPageResponse(value),
    "GET /branches/{branch}/custom_pages/{slug} response body"
  )
};
function buildGetCustomPageRequest(parameters, options) {
  return buildRequest(getCustomPageOperation, parameters, void 0, options);
}
function readGetCustomPageResult(response, options) {
  return readResult(getCustomPageOperation, response, options);
}
const deleteCustomPageOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/custom_pages/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/custom_pages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteCustomPageRequest(parameters, options) {
  return buildRequest(deleteCustomPageOperation, parameters, void 0, options);
}
function readDeleteCustomPageResult(response, options) {
  return readResult(deleteCustomPageOperation, response, options);
}
const updateCustomPageOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}/custom_pages/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/custom_pages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateCustomPageRequestBody(value),
    "PATCH /branches/{branch}/custom_pages/{slug} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateCustomPageResponse(value),
    "PATCH /branches/{branch}/custom_pages/{slug} response body"
  )
};
function buildUpdateCustomPageRequest(parameters, body, options) {
  return buildRequest(updateCustomPageOperation, parameters, body, options);
}
function readUpdateCustomPageResult(response, options) {
  return readResult(updateCustomPageOperation, response, options);
}
const createGuideOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/guides",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/guides"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateGuideRequestBody(value),
    "POST /branches/{branch}/guides request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateGuideResponse(value),
    "POST /branches/{branch}/guides response body"
  )
};
function buildCreateGuideRequest(parameters, body, options) {
  return buildRequest(createGuideOperation, parameters, body, options);
}
function readCreateGuideResult(response, options) {
  return readResult(createGuideOperation, response, options);
}
const getGuideOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/guides/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/guides/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetGuideResponse(value),
    "GET /branches/{branch}/guides/{slug} response body"
  )
};
function buildGetGuideRequest(parameters, options) {
  return buildRequest(getGuideOperation, parameters, void 0, options);
}
function readGetGuideResult(response, options) {
  return readResult(getGuideOperation, response, options);
}
const deleteGuideOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/guides/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/guides/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteGuideRequest(parameters, options) {
  return buildRequest(deleteGuideOperation, parameters, void 0, options);
}
function readDeleteGuideResult(response, options) {
  return readResult(deleteGuideOperation, response, options);
}
const updateGuideOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}/guides/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/guides/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateGuideRequestBody(value),
    "PATCH /branches/{branch}/guides/{slug} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateGuideResponse(value),
    "PATCH /branches/{branch}/guides/{slug} response body"
  )
};
function buildUpdateGuideRequest(parameters, body, options) {
  return buildRequest(updateGuideOperation, parameters, body, options);
}
function readUpdateGuideResult(response, options) {
  return readResult(updateGuideOperation, response, options);
}
const getRecipesOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/recipes",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/recipes"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetRecipesResponse(value),
    "GET /branches/{branch}/recipes response body"
  )
};
function buildGetRecipesRequest(parameters, options) {
  return buildRequest(getRecipesOperation, parameters, void 0, options);
}
function readGetRecipesResult(response, options) {
  return readResult(getRecipesOperation, response, options);
}
const createRecipeOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/recipes",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/recipes"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateRecipeRequestBody(value),
    "POST /branches/{branch}/recipes request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateRecipeResponse(value),
    "POST /branches/{branch}/recipes response body"
  )
};
function buildCreateRecipeRequest(parameters, body, options) {
  return buildRequest(createRecipeOperation, parameters, body, options);
}
function readCreateRecipeResult(response, options) {
  return readResult(createRecipeOperation, response, options);
}
const getRecipeOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/recipes/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/recipes/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetRecipeResponse(value),
    "GET /branches/{branch}/recipes/{slug} response body"
  )
};
function buildGetRecipeRequest(parameters, options) {
  return buildRequest(getRecipeOperation, parameters, void 0, options);
}
function readGetRecipeResult(response, options) {
  return readResult(getRecipeOperation, response, options);
}
const deleteRecipeOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/recipes/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/recipes/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteRecipeRequest(parameters, options) {
  return buildRequest(deleteRecipeOperation, parameters, void 0, options);
}
function readDeleteRecipeResult(response, options) {
  return readResult(deleteRecipeOperation, response, options);
}
const updateRecipeOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}/recipes/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/recipes/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateRecipeRequestBody(value),
    "PATCH /branches/{branch}/recipes/{slug} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateRecipeResponse(value),
    "PATCH /branches/{branch}/recipes/{slug} response body"
  )
};
function buildUpdateRecipeRequest(parameters, body, options) {
  return buildRequest(updateRecipeOperation, parameters, body, options);
}
function readUpdateRecipeResult(response, options) {
  return readResult(updateRecipeOperation, response, options);
}
const createReferenceOperation = {
  method: "POST",
  pathTemplate: "/branches/{branch}/reference",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/reference"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateReferenceRequestBody(value),
    "POST /branches/{branch}/reference request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateReferenceResponse(value),
    "POST /branches/{branch}/reference response body"
  )
};
function buildCreateReferenceRequest(parameters, body, options) {
  return buildRequest(createReferenceOperation, parameters, body, options);
}
function readCreateReferenceResult(response, options) {
  return readResult(createReferenceOperation, response, options);
}
const getReferenceOperation = {
  method: "GET",
  pathTemplate: "/branches/{branch}/reference/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/reference/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "dereference", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "reduce", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetReferenceResponse(value),
    "GET /branches/{branch}/reference/{slug} response body"
  )
};
function buildGetReferenceRequest(parameters, options) {
  return buildRequest(getReferenceOperation, parameters, void 0, options);
}
function readGetReferenceResult(response, options) {
  return readResult(getReferenceOperation, response, options);
}
const deleteReferenceOperation = {
  method: "DELETE",
  pathTemplate: "/branches/{branch}/reference/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/reference/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteReferenceRequest(parameters, options) {
  return buildRequest(deleteReferenceOperation, parameters, void 0, options);
}
function readDeleteReferenceResult(response, options) {
  return readResult(deleteReferenceOperation, response, options);
}
const updateReferenceOperation = {
  method: "PATCH",
  pathTemplate: "/branches/{branch}/reference/{slug}",
  path: [
    "/branches/",
    { "name": "branch", "in": "path", "style": "simple", "explode": false, "required": true },
    "/reference/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateReferenceRequestBody(value),
    "PATCH /branches/{branch}/reference/{slug} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateReferenceResponse(value),
    "PATCH /branches/{branch}/reference/{slug} response body"
  )
};
function buildUpdateReferenceRequest(parameters, body, options) {
  return buildRequest(updateReferenceOperation, parameters, body, options);
}
function readUpdateReferenceResult(response, options) {
  return readResult(updateReferenceOperation, response, options);
}
const getChangelogsOperation = {
  method: "GET",
  pathTemplate: "/changelogs",
  path: ["/changelogs"],
  parameters: [
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "per_page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "visibility", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetChangelogsResponse(value),
    "GET /changelogs response body"
  )
};
function buildGetChangelogsRequest(parameters = {}, options) {
  return buildRequest(getChangelogsOperation, parameters, void 0, options);
}
function readGetChangelogsResult(response, options) {
  return readResult(getChangelogsOperation, response, options);
}
const createChangelogOperation = {
  method: "POST",
  pathTemplate: "/changelogs",
  path: ["/changelogs"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateChangelogRequestBody(value),
    "POST /changelogs request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateChangelogResponse(value),
    "POST /changelogs response body"
  )
};
function buildCreateChangelogRequest(parameters = {}, body, options) {
  return buildRequest(createChangelogOperation, parameters, body, options);
}
function readCreateChangelogResult(response, options) {
  return readResult(createChangelogOperation, response, options);
}
const getChangelogOperation = {
  method: "GET",
  pathTemplate: "/changelogs/{identifier}",
  path: [
    "/changelogs/",
    { "name": "identifier", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetChangelogResponse(value),
    "GET /changelogs/{identifier} response body"
  )
};
function buildGetChangelogRequest(parameters, options) {
  return buildRequest(getChangelogOperation, parameters, void 0, options);
}
function readGetChangelogResult(response, options) {
  return readResult(getChangelogOperation, response, options);
}
const deleteChangelogOperation = {
  method: "DELETE",
  pathTemplate: "/changelogs/{identifier}",
  path: [
    "/changelogs/",
    { "name": "identifier", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteChangelogRequest(parameters, options) {
  return buildRequest(deleteChangelogOperation, parameters, void 0, options);
}
function readDeleteChangelogResult(response, options) {
  return readResult(deleteChangelogOperation, response, options);
}
const updateChangelogOperation = {
  method: "PATCH",
  pathTemplate: "/changelogs/{identifier}",
  path: [
    "/changelogs/",
    { "name": "identifier", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateChangelogRequestBody(value),
    "PATCH /changelogs/{identifier} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateChangelogResponse(value),
    "PATCH /changelogs/{identifier} response body"
  )
};
function buildUpdateChangelogRequest(parameters, body, options) {
  return buildRequest(updateChangelogOperation, parameters, body, options);
}
function readUpdateChangelogResult(response, options) {
  return readResult(updateChangelogOperation, response, options);
}
const getImagesOperation = {
  method: "GET",
  pathTemplate: "/images",
  path: ["/images"],
  parameters: [
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "per_page", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetImagesResponse(value),
    "GET /images response body"
  )
};
function buildGetImagesRequest(parameters = {}, options) {
  return buildRequest(getImagesOperation, parameters, void 0, options);
}
function readGetImagesResult(response, options) {
  return readResult(getImagesOperation, response, options);
}
const uploadImageOperation = {
  method: "POST",
  pathTemplate: "/images",
  path: ["/images"],
  parameters: [
    { "name": "resize_height", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUploadImageRequestBody(value),
    "POST /images request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUploadImageResponse(value),
    "POST /images response body"
  )
};
function buildUploadImageRequest(parameters = {}, body, options) {
  return buildRequest(uploadImageOperation, parameters, body, options);
}
function readUploadImageResult(response, options) {
  return readResult(uploadImageOperation, response, options);
}
const getImageOperation = {
  method: "GET",
  pathTemplate: "/images/{identifier}",
  path: [
    "/images/",
    { "name": "identifier", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetImageResponse(value),
    "GET /images/{identifier} response body"
  )
};
function buildGetImageRequest(parameters, options) {
  return buildRequest(getImageOperation, parameters, void 0, options);
}
function readGetImageResult(response, options) {
  return readResult(getImageOperation, response, options);
}
const getOutboundIPsOperation = {
  method: "GET",
  pathTemplate: "/outbound_ips",
  path: ["/outbound_ips"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOutboundIPsResponse(value),
    "GET /outbound_ips response body"
  )
};
function buildGetOutboundIPsRequest(parameters = {}, options) {
  return buildRequest(getOutboundIPsOperation, parameters, void 0, options);
}
function readGetOutboundIPsResult(response, options) {
  return readResult(getOutboundIPsOperation, response, options);
}
const askOwlbotOperation = {
  method: "POST",
  pathTemplate: "/owlbot/ask",
  path: ["/owlbot/ask"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateAskOwlbotRequestBody(value),
    "POST /owlbot/ask request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateAskOwlbotResponse(value),
    "POST /owlbot/ask response body"
  )
};
function buildAskOwlbotRequest(parameters = {}, body, options) {
  return buildRequest(askOwlbotOperation, parameters, body, options);
}
function readAskOwlbotResult(response, options) {
  return readResult(askOwlbotOperation, response, options);
}
const getProjectOperation = {
  method: "GET",
  pathTemplate: "/projects/me",
  path: ["/projects/me"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetProjectResponse(value),
    "GET /projects/me response body"
  )
};
function buildGetProjectRequest(parameters = {}, options) {
  return buildRequest(getProjectOperation, parameters, void 0, options);
}
function readGetProjectResult(response, options) {
  return readResult(getProjectOperation, response, options);
}
const getAPIKeysOperation = {
  method: "GET",
  pathTemplate: "/projects/{subdomain}/apikeys",
  path: [
    "/projects/",
    { "name": "subdomain", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apikeys"
  ],
  parameters: [
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "per_page", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPIKeysResponse(value),
    "GET /projects/{subdomain}/apikeys response body"
  )
};
function buildGetAPIKeysRequest(parameters, options) {
  return buildRequest(getAPIKeysOperation, parameters, void 0, options);
}
function readGetAPIKeysResult(response, options) {
  return readResult(getAPIKeysOperation, response, options);
}
const createAPIKeyOperation = {
  method: "POST",
  pathTemplate: "/projects/{subdomain}/apikeys",
  path: [
    "/projects/",
    { "name": "subdomain", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apikeys"
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateAPIKeyRequestBody(value),
    "POST /projects/{subdomain}/apikeys request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateAPIKeyResponse(value),
    "POST /projects/{subdomain}/apikeys response body"
  )
};
function buildCreateAPIKeyRequest(parameters, body, options) {
  return buildRequest(createAPIKeyOperation, parameters, body, options);
}
function readCreateAPIKeyResult(response, options) {
  return readResult(createAPIKeyOperation, response, options);
}
const getAPIKeyOperation = {
  method: "GET",
  pathTemplate: "/projects/{subdomain}/apikeys/{api_key_id}",
  path: [
    "/projects/",
    { "name": "subdomain", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apikeys/",
    { "name": "api_key_id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPIKeyResponse(value),
    "GET /projects/{subdomain}/apikeys/{api_key_id} response body"
  )
};
function buildGetAPIKeyRequest(parameters, options) {
  return buildRequest(getAPIKeyOperation, parameters, void 0, options);
}
function readGetAPIKeyResult(response, options) {
  return readResult(getAPIKeyOperation, response, options);
}
const deleteAPIKeyOperation = {
  method: "DELETE",
  pathTemplate: "/projects/{subdomain}/apikeys/{api_key_id}",
  path: [
    "/projects/",
    { "name": "subdomain", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apikeys/",
    { "name": "api_key_id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildDeleteAPIKeyRequest(parameters, options) {
  return buildRequest(deleteAPIKeyOperation, parameters, void 0, options);
}
function readDeleteAPIKeyResult(response, options) {
  return readResult(deleteAPIKeyOperation, response, options);
}
const updateAPIKeyOperation = {
  method: "PATCH",
  pathTemplate: "/projects/{subdomain}/apikeys/{api_key_id}",
  path: [
    "/projects/",
    { "name": "subdomain", "in": "path", "style": "simple", "explode": false, "required": true },
    "/apikeys/",
    { "name": "api_key_id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateAPIKeyRequestBody(value),
    "PATCH /projects/{subdomain}/apikeys/{api_key_id} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateAPIKeyResponse(value),
    "PATCH /projects/{subdomain}/apikeys/{api_key_id} response body"
  )
};
function buildUpdateAPIKeyRequest(parameters, body, options) {
  return buildRequest(updateAPIKeyOperation, parameters, body, options);
}
function readUpdateAPIKeyResult(response, options) {
  return readResult(updateAPIKeyOperation, response, options);
}
const searchOperation = {
  method: "GET",
  pathTemplate: "/search",
  path: ["/search"],
  parameters: [
    { "name": "query", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "section", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "version", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "projects", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateSearchResponse(value),
    "GET /search response body"
  )
};
function buildSearchRequest(parameters, options) {
  return buildRequest(searchOperation, parameters, void 0, options);
}
function readSearchResult(response, options) {
  return readResult(searchOperation, response, options);
}
const validateAPIOperation = {
  method: "POST",
  pathTemplate: "/validate/api",
  path: ["/validate/api"],
  parameters: [],
  baseUrl: "https://api.readme.com/v2",
  accept: "application/json",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateValidateAPIRequestBody(value),
    "POST /validate/api request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateValidateAPIResponse(value),
    "POST /validate/api response body"
  )
};
function buildValidateAPIRequest(parameters = {}, body, options) {
  return buildRequest(validateAPIOperation, parameters, body, options);
}
function readValidateAPIResult(response, options) {
  return readResult(validateAPIOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get apply() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getOpenRolesOperation,
            (build) => buildGetOpenRolesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getOpenRoles,
            safe: (callOptions = {}) => transport.sendResult(
              getOpenRolesOperation,
              (build) => buildGetOpenRolesRequest({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            applyToReadMeOperation,
            (build) => buildApplyToReadMeRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.applyToReadMe,
            safe: (body, callOptions = {}) => transport.sendResult(
              applyToReadMeOperation,
              (build) => buildApplyToReadMeRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get branches() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getBranchesOperation,
            (build) => buildGetBranchesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getBranches,
            safe: (callOptions = {}) => transport.sendResult(
              getBranchesOperation,
              (build) => buildGetBranchesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createBranchOperation,
            (build) => buildCreateBranchRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createBranch,
            safe: (body, callOptions = {}) => transport.sendResult(
              createBranchOperation,
              (build) => buildCreateBranchRequest({}, body, build),
              callOptions
            )
          }
        ),
        byBranch: (branch) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getBranchOperation,
              (build) => buildGetBranchRequest({ path: { branch } }, build),
              callOptions
            ),
            {
              permissions: permissions.getBranch,
              safe: (callOptions = {}) => transport.sendResult(
                getBranchOperation,
                (build) => buildGetBranchRequest({ path: { branch } }, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteBranchOperation,
              (build) => buildDeleteBranchRequest({ path: { branch } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteBranch,
              safe: (callOptions = {}) => transport.sendResult(
                deleteBranchOperation,
                (build) => buildDeleteBranchRequest({ path: { branch } }, build),
                callOptions
              )
            }
          ),
          patch: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateBranchOperation,
              (build) => buildUpdateBranchRequest({ path: { branch } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateBranch,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateBranchOperation,
                (build) => buildUpdateBranchRequest({ path: { branch } }, body, build),
                callOptions
              )
            }
          ),
          get apis() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAPIsOperation,
                  (build) => buildGetAPIsRequest({ path: { branch } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getAPIs,
                  safe: (callOptions = {}) => transport.sendResult(
                    getAPIsOperation,
                    (build) => buildGetAPIsRequest({ path: { branch } }, build),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createAPIOperation,
                  (build) => buildCreateAPIRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createAPI,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createAPIOperation,
                    (build) => buildCreateAPIRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              byFilename: (filename) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getAPIOperation,
                    (build) => buildGetAPIRequest({ path: { filename, branch } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getAPI,
                    safe: (callOptions = {}) => transport.sendResult(
                      getAPIOperation,
                      (build) => buildGetAPIRequest({ path: { filename, branch } }, build),
                      callOptions
                    )
                  }
                ),
                put: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateAPIOperation,
                    (build) => buildUpdateAPIRequest(
                      { path: { filename, branch } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateAPI,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateAPIOperation,
                      (build) => buildUpdateAPIRequest(
                        { path: { filename, branch } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteAPIOperation,
                    (build) => buildDeleteAPIRequest({ path: { filename, branch } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteAPI,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteAPIOperation,
                      (build) => buildDeleteAPIRequest({ path: { filename, branch } }, build),
                      callOptions
                    )
                  }
                )
              })
            };
          },
          get categories() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createCategoryOperation,
                  (build) => buildCreateCategoryRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createCategory,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createCategoryOperation,
                    (build) => buildCreateCategoryRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              bySection: (section) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getCategoriesOperation,
                    (build) => buildGetCategoriesRequest({ path: { section, branch } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getCategories,
                    safe: (callOptions = {}) => transport.sendResult(
                      getCategoriesOperation,
                      (build) => buildGetCategoriesRequest(
                        { path: { section, branch } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                byTitle: (title) => ({
                  get: Object.assign(
                    (callOptions = {}) => transport.send(
                      getCategoryOperation,
                      (build) => buildGetCategoryRequest(
                        { path: { section, title, branch } },
                        build
                      ),
                      callOptions
                    ),
                    {
                      permissions: permissions.getCategory,
                      safe: (callOptions = {}) => transport.sendResult(
                        getCategoryOperation,
                        (build) => buildGetCategoryRequest(
                          { path: { section, title, branch } },
                          build
                        ),
                        callOptions
                      )
                    }
                  ),
                  delete: Object.assign(
                    (callOptions = {}) => transport.send(
                      deleteCategoryOperation,
                      (build) => buildDeleteCategoryRequest(
                        { path: { section, title, branch } },
                        build
                      ),
                      callOptions
                    ),
                    {
                      permissions: permissions.deleteCategory,
                      safe: (callOptions = {}) => transport.sendResult(
                        deleteCategoryOperation,
                        (build) => buildDeleteCategoryRequest(
                          { path: { section, title, branch } },
                          build
                        ),
                        callOptions
                      )
                    }
                  ),
                  patch: Object.assign(
                    (body, callOptions = {}) => transport.send(
                      updateCategoryOperation,
                      (build) => buildUpdateCategoryRequest(
                        { path: { section, title, branch } },
                        body,
                        build
                      ),
                      callOptions
                    ),
                    {
                      permissions: permissions.updateCategory,
                      safe: (body, callOptions = {}) => transport.sendResult(
                        updateCategoryOperation,
                        (build) => buildUpdateCategoryRequest(
                          { path: { section, title, branch } },
                          body,
                          build
                        ),
                        callOptions
                      )
                    }
                  ),
                  get pages() {
                    return {
                      get: Object.assign(
                        (callOptions = {}) => transport.send(
                          getCategoryPagesOperation,
                          (build) => buildGetCategoryPagesRequest(
                            { path: { section, title, branch } },
                            build
                          ),
                          callOptions
                        ),
                        {
                          permissions: permissions.getCategoryPages,
                          safe: (callOptions = {}) => transport.sendResult(
                            getCategoryPagesOperation,
                            (build) => buildGetCategoryPagesRequest(
                              { path: { section, title, branch } },
                              build
                            ),
                            callOptions
                          )
                        }
                      )
                    };
                  }
                })
              })
            };
          },
          get customPages() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getCustomPagesOperation,
                  (build) => buildGetCustomPagesRequest({ path: { branch } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getCustomPages,
                  safe: (callOptions = {}) => transport.sendResult(
                    getCustomPagesOperation,
                    (build) => buildGetCustomPagesRequest({ path: { branch } }, build),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createCustomPageOperation,
                  (build) => buildCreateCustomPageRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createCustomPage,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createCustomPageOperation,
                    (build) => buildCreateCustomPageRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              bySlug: (slug) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getCustomPageOperation,
                    (build) => buildGetCustomPageRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getCustomPage,
                    safe: (callOptions = {}) => transport.sendResult(
                      getCustomPageOperation,
                      (build) => buildGetCustomPageRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteCustomPageOperation,
                    (build) => buildDeleteCustomPageRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteCustomPage,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteCustomPageOperation,
                      (build) => buildDeleteCustomPageRequest(
                        { path: { branch, slug } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateCustomPageOperation,
                    (build) => buildUpdateCustomPageRequest(
                      { path: { branch, slug } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateCustomPage,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateCustomPageOperation,
                      (build) => buildUpdateCustomPageRequest(
                        { path: { branch, slug } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          },
          get guides() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createGuideOperation,
                  (build) => buildCreateGuideRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createGuide,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createGuideOperation,
                    (build) => buildCreateGuideRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              bySlug: (slug) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getGuideOperation,
                    (build) => buildGetGuideRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getGuide,
                    safe: (callOptions = {}) => transport.sendResult(
                      getGuideOperation,
                      (build) => buildGetGuideRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteGuideOperation,
                    (build) => buildDeleteGuideRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteGuide,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteGuideOperation,
                      (build) => buildDeleteGuideRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateGuideOperation,
                    (build) => buildUpdateGuideRequest({ path: { branch, slug } }, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateGuide,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateGuideOperation,
                      (build) => buildUpdateGuideRequest(
                        { path: { branch, slug } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          },
          get recipes() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getRecipesOperation,
                  (build) => buildGetRecipesRequest({ path: { branch } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getRecipes,
                  safe: (callOptions = {}) => transport.sendResult(
                    getRecipesOperation,
                    (build) => buildGetRecipesRequest({ path: { branch } }, build),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createRecipeOperation,
                  (build) => buildCreateRecipeRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createRecipe,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createRecipeOperation,
                    (build) => buildCreateRecipeRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              bySlug: (slug) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getRecipeOperation,
                    (build) => buildGetRecipeRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getRecipe,
                    safe: (callOptions = {}) => transport.sendResult(
                      getRecipeOperation,
                      (build) => buildGetRecipeRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteRecipeOperation,
                    (build) => buildDeleteRecipeRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteRecipe,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteRecipeOperation,
                      (build) => buildDeleteRecipeRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateRecipeOperation,
                    (build) => buildUpdateRecipeRequest(
                      { path: { branch, slug } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateRecipe,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateRecipeOperation,
                      (build) => buildUpdateRecipeRequest(
                        { path: { branch, slug } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          },
          get reference() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createReferenceOperation,
                  (build) => buildCreateReferenceRequest({ path: { branch } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createReference,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createReferenceOperation,
                    (build) => buildCreateReferenceRequest({ path: { branch } }, body, build),
                    callOptions
                  )
                }
              ),
              bySlug: (slug) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getReferenceOperation,
                    (build) => buildGetReferenceRequest(
                      { ...callOptions, path: { branch, slug } },
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.getReference,
                    safe: (callOptions = {}) => transport.sendResult(
                      getReferenceOperation,
                      (build) => buildGetReferenceRequest(
                        { ...callOptions, path: { branch, slug } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteReferenceOperation,
                    (build) => buildDeleteReferenceRequest({ path: { branch, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteReference,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteReferenceOperation,
                      (build) => buildDeleteReferenceRequest({ path: { branch, slug } }, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateReferenceOperation,
                    (build) => buildUpdateReferenceRequest(
                      { path: { branch, slug } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateReference,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateReferenceOperation,
                      (build) => buildUpdateReferenceRequest(
                        { path: { branch, slug } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          }
        })
      };
    },
    get changelogs() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getChangelogsOperation,
            (build) => buildGetChangelogsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getChangelogs,
            safe: (callOptions = {}) => transport.sendResult(
              getChangelogsOperation,
              (build) => buildGetChangelogsRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createChangelogOperation,
            (build) => buildCreateChangelogRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createChangelog,
            safe: (body, callOptions = {}) => transport.sendResult(
              createChangelogOperation,
              (build) => buildCreateChangelogRequest({}, body, build),
              callOptions
            )
          }
        ),
        byIdentifier: (identifier) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getChangelogOperation,
              (build) => buildGetChangelogRequest({ path: { identifier } }, build),
              callOptions
            ),
            {
              permissions: permissions.getChangelog,
              safe: (callOptions = {}) => transport.sendResult(
                getChangelogOperation,
                (build) => buildGetChangelogRequest({ path: { identifier } }, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteChangelogOperation,
              (build) => buildDeleteChangelogRequest({ path: { identifier } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteChangelog,
              safe: (callOptions = {}) => transport.sendResult(
                deleteChangelogOperation,
                (build) => buildDeleteChangelogRequest({ path: { identifier } }, build),
                callOptions
              )
            }
          ),
          patch: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateChangelogOperation,
              (build) => buildUpdateChangelogRequest({ path: { identifier } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateChangelog,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateChangelogOperation,
                (build) => buildUpdateChangelogRequest({ path: { identifier } }, body, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get images() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getImagesOperation,
            (build) => buildGetImagesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getImages,
            safe: (callOptions = {}) => transport.sendResult(
              getImagesOperation,
              (build) => buildGetImagesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            uploadImageOperation,
            (build) => buildUploadImageRequest(callOptions, body, build),
            callOptions
          ),
          {
            permissions: permissions.uploadImage,
            safe: (body, callOptions = {}) => transport.sendResult(
              uploadImageOperation,
              (build) => buildUploadImageRequest(callOptions, body, build),
              callOptions
            )
          }
        ),
        byIdentifier: (identifier) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getImageOperation,
              (build) => buildGetImageRequest({ path: { identifier } }, build),
              callOptions
            ),
            {
              permissions: permissions.getImage,
              safe: (callOptions = {}) => transport.sendResult(
                getImageOperation,
                (build) => buildGetImageRequest({ path: { identifier } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get outboundIps() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getOutboundIPsOperation,
            (build) => buildGetOutboundIPsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getOutboundIPs,
            safe: (callOptions = {}) => transport.sendResult(
              getOutboundIPsOperation,
              (build) => buildGetOutboundIPsRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get owlbot() {
      return {
        get ask() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                askOwlbotOperation,
                (build) => buildAskOwlbotRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.askOwlbot,
                safe: (body, callOptions = {}) => transport.sendResult(
                  askOwlbotOperation,
                  (build) => buildAskOwlbotRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get projects() {
      return {
        get me() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getProjectOperation,
                (build) => buildGetProjectRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getProject,
                safe: (callOptions = {}) => transport.sendResult(
                  getProjectOperation,
                  (build) => buildGetProjectRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        bySubdomain: (subdomain) => ({
          get apikeys() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAPIKeysOperation,
                  (build) => buildGetAPIKeysRequest(
                    { ...callOptions, path: { subdomain } },
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.getAPIKeys,
                  safe: (callOptions = {}) => transport.sendResult(
                    getAPIKeysOperation,
                    (build) => buildGetAPIKeysRequest(
                      { ...callOptions, path: { subdomain } },
                      build
                    ),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createAPIKeyOperation,
                  (build) => buildCreateAPIKeyRequest({ path: { subdomain } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.createAPIKey,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createAPIKeyOperation,
                    (build) => buildCreateAPIKeyRequest({ path: { subdomain } }, body, build),
                    callOptions
                  )
                }
              ),
              byApiKeyId: (apiKeyId) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getAPIKeyOperation,
                    (build) => buildGetAPIKeyRequest(
                      { path: { api_key_id: apiKeyId, subdomain } },
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.getAPIKey,
                    safe: (callOptions = {}) => transport.sendResult(
                      getAPIKeyOperation,
                      (build) => buildGetAPIKeyRequest(
                        { path: { api_key_id: apiKeyId, subdomain } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    deleteAPIKeyOperation,
                    (build) => buildDeleteAPIKeyRequest(
                      { path: { api_key_id: apiKeyId, subdomain } },
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.deleteAPIKey,
                    safe: (callOptions = {}) => transport.sendResult(
                      deleteAPIKeyOperation,
                      (build) => buildDeleteAPIKeyRequest(
                        { path: { api_key_id: apiKeyId, subdomain } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    updateAPIKeyOperation,
                    (build) => buildUpdateAPIKeyRequest(
                      { path: { api_key_id: apiKeyId, subdomain } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.updateAPIKey,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      updateAPIKeyOperation,
                      (build) => buildUpdateAPIKeyRequest(
                        { path: { api_key_id: apiKeyId, subdomain } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          }
        })
      };
    },
    get search() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            searchOperation,
            (build) => buildSearchRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.search,
            safe: (callOptions) => transport.sendResult(
              searchOperation,
              (build) => buildSearchRequest(callOptions, build),
              callOptions
            )
          }
        )
      };
    },
    get validate() {
      return {
        get api() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                validateAPIOperation,
                (build) => buildValidateAPIRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.validateAPI,
                safe: (body, callOptions = {}) => transport.sendResult(
                  validateAPIOperation,
                  (build) => buildValidateAPIRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    }
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildApplyToReadMeRequest,
  buildAskOwlbotRequest,
  buildCreateAPIKeyRequest,
  buildCreateAPIRequest,
  buildCreateBranchRequest,
  buildCreateCategoryRequest,
  buildCreateChangelogRequest,
  buildCreateCustomPageRequest,
  buildCreateGuideRequest,
  buildCreateRecipeRequest,
  buildCreateReferenceRequest,
  buildDeleteAPIKeyRequest,
  buildDeleteAPIRequest,
  buildDeleteBranchRequest,
  buildDeleteCategoryRequest,
  buildDeleteChangelogRequest,
  buildDeleteCustomPageRequest,
  buildDeleteGuideRequest,
  buildDeleteRecipeRequest,
  buildDeleteReferenceRequest,
  buildGetAPIKeyRequest,
  buildGetAPIKeysRequest,
  buildGetAPIRequest,
  buildGetAPIsRequest,
  buildGetBranchRequest,
  buildGetBranchesRequest,
  buildGetCategoriesRequest,
  buildGetCategoryPagesRequest,
  buildGetCategoryRequest,
  buildGetChangelogRequest,
  buildGetChangelogsRequest,
  buildGetCustomPageRequest,
  buildGetCustomPagesRequest,
  buildGetGuideRequest,
  buildGetImageRequest,
  buildGetImagesRequest,
  buildGetOpenRolesRequest,
  buildGetOutboundIPsRequest,
  buildGetProjectRequest,
  buildGetRecipeRequest,
  buildGetRecipesRequest,
  buildGetReferenceRequest,
  buildSearchRequest,
  buildUpdateAPIKeyRequest,
  buildUpdateAPIRequest,
  buildUpdateBranchRequest,
  buildUpdateCategoryRequest,
  buildUpdateChangelogRequest,
  buildUpdateCustomPageRequest,
  buildUpdateGuideRequest,
  buildUpdateRecipeRequest,
  buildUpdateReferenceRequest,
  buildUploadImageRequest,
  buildValidateAPIRequest,
  createClient,
  readApplyToReadMeResult,
  readAskOwlbotResult,
  readCreateAPIKeyResult,
  readCreateAPIResult,
  readCreateBranchResult,
  readCreateCategoryResult,
  readCreateChangelogResult,
  readCreateCustomPageResult,
  readCreateGuideResult,
  readCreateRecipeResult,
  readCreateReferenceResult,
  readDeleteAPIKeyResult,
  readDeleteAPIResult,
  readDeleteBranchResult,
  readDeleteCategoryResult,
  readDeleteChangelogResult,
  readDeleteCustomPageResult,
  readDeleteGuideResult,
  readDeleteRecipeResult,
  readDeleteReferenceResult,
  readGetAPIKeyResult,
  readGetAPIKeysResult,
  readGetAPIResult,
  readGetAPIsResult,
  readGetBranchResult,
  readGetBranchesResult,
  readGetCategoriesResult,
  readGetCategoryPagesResult,
  readGetCategoryResult,
  readGetChangelogResult,
  readGetChangelogsResult,
  readGetCustomPageResult,
  readGetCustomPagesResult,
  readGetGuideResult,
  readGetImageResult,
  readGetImagesResult,
  readGetOpenRolesResult,
  readGetOutboundIPsResult,
  readGetProjectResult,
  readGetRecipeResult,
  readGetRecipesResult,
  readGetReferenceResult,
  readSearchResult,
  readUpdateAPIKeyResult,
  readUpdateAPIResult,
  readUpdateBranchResult,
  readUpdateCategoryResult,
  readUpdateChangelogResult,
  readUpdateCustomPageResult,
  readUpdateGuideResult,
  readUpdateRecipeResult,
  readUpdateReferenceResult,
  readUploadImageResult,
  readValidateAPIResult
};
