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
const getProjectOperation = {
  method: "GET",
  pathTemplate: "/",
  path: ["/"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetProjectResponse(value), "GET / response body")
};
function buildGetProjectRequest(parameters = {}, options) {
  return buildRequest(getProjectOperation, parameters, void 0, options);
}
function readGetProjectResult(response, options) {
  return readResult(getProjectOperation, response, options);
}
const getAPIRegistryOperation = {
  method: "GET",
  pathTemplate: "/api-registry/{uuid}",
  path: [
    "/api-registry/",
    { "name": "uuid", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPIRegistryResponse(value),
    "GET /api-registry/{uuid} response body"
  ),
  checkError: (status, value) => {
    if (status === 404) return assertValid(
      V.validateErrorREGISTRYNOTFOUND(value),
      "GET /api-registry/{uuid} 404 error body"
    );
  }
};
function buildGetAPIRegistryRequest(parameters, options) {
  return buildRequest(getAPIRegistryOperation, parameters, void 0, options);
}
function readGetAPIRegistryResult(response, options) {
  return readResult(getAPIRegistryOperation, response, options);
}
const getAPISpecificationOperation = {
  method: "GET",
  pathTemplate: "/api-specification",
  path: ["/api-specification"],
  parameters: [
    { "name": "perPage", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false },
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorVERSIONEMPTY(value),
      "GET /api-specification 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorVERSIONNOTFOUND(value),
      "GET /api-specification 404 error body"
    );
  }
};
function buildGetAPISpecificationRequest(parameters = {}, options) {
  return buildRequest(getAPISpecificationOperation, parameters, void 0, options);
}
function readGetAPISpecificationResult(response, options) {
  return readResult(getAPISpecificationOperation, response, options);
}
const uploadAPISpecificationOperation = {
  method: "POST",
  pathTemplate: "/api-specification",
  path: ["/api-specification"],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUploadAPISpecificationRequestBody(value),
    "POST /api-specification request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    if (status === 401) return;
    if (status === 403) return;
    if (status === 408) return assertValid(
      V.validateErrorSPECTIMEOUT(value),
      "POST /api-specification 408 error body"
    );
  }
};
function buildUploadAPISpecificationRequest(parameters = {}, body, options) {
  return buildRequest(uploadAPISpecificationOperation, parameters, body, options);
}
function readUploadAPISpecificationResult(response, options) {
  return readResult(uploadAPISpecificationOperation, response, options);
}
const updateAPISpecificationOperation = {
  method: "PUT",
  pathTemplate: "/api-specification/{id}",
  path: [
    "/api-specification/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateAPISpecificationRequestBody(value),
    "PUT /api-specification/{id} request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return;
    if (status === 408) return assertValid(
      V.validateErrorSPECTIMEOUT(value),
      "PUT /api-specification/{id} 408 error body"
    );
  }
};
function buildUpdateAPISpecificationRequest(parameters, body, options) {
  return buildRequest(updateAPISpecificationOperation, parameters, body, options);
}
function readUpdateAPISpecificationResult(response, options) {
  return readResult(updateAPISpecificationOperation, response, options);
}
const deleteAPISpecificationOperation = {
  method: "DELETE",
  pathTemplate: "/api-specification/{id}",
  path: [
    "/api-specification/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorSPECIDINVALID(value),
      "DELETE /api-specification/{id} 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorSPECNOTFOUND(value),
      "DELETE /api-specification/{id} 404 error body"
    );
  }
};
function buildDeleteAPISpecificationRequest(parameters, options) {
  return buildRequest(deleteAPISpecificationOperation, parameters, void 0, options);
}
function readDeleteAPISpecificationResult(response, options) {
  return readResult(deleteAPISpecificationOperation, response, options);
}
const getCategoriesOperation = {
  method: "GET",
  pathTemplate: "/categories",
  path: ["/categories"],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    },
    { "name": "perPage", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildGetCategoriesRequest(parameters = {}, options) {
  return buildRequest(getCategoriesOperation, parameters, void 0, options);
}
function readGetCategoriesResult(response, options) {
  return readResult(getCategoriesOperation, response, options);
}
const createCategoryOperation = {
  method: "POST",
  pathTemplate: "/categories",
  path: ["/categories"],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateCategoryRequestBody(value),
    "POST /categories request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorCATEGORYINVALID(value),
      "POST /categories 400 error body"
    );
  }
};
function buildCreateCategoryRequest(parameters = {}, body, options) {
  return buildRequest(createCategoryOperation, parameters, body, options);
}
function readCreateCategoryResult(response, options) {
  return readResult(createCategoryOperation, response, options);
}
const getCategoryOperation = {
  method: "GET",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 404) return assertValid(
      V.validateErrorCATEGORYNOTFOUND(value),
      "GET /categories/{slug} 404 error body"
    );
  }
};
function buildGetCategoryRequest(parameters, options) {
  return buildRequest(getCategoryOperation, parameters, void 0, options);
}
function readGetCategoryResult(response, options) {
  return readResult(getCategoryOperation, response, options);
}
const updateCategoryOperation = {
  method: "PUT",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateCategoryRequestBody(value),
    "PUT /categories/{slug} request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorCATEGORYINVALID(value),
      "PUT /categories/{slug} 400 error body"
    );
    if (status === 404) return assertValid(
      V.validateErrorCATEGORYNOTFOUND(value),
      "PUT /categories/{slug} 404 error body"
    );
  }
};
function buildUpdateCategoryRequest(parameters, body, options) {
  return buildRequest(updateCategoryOperation, parameters, body, options);
}
function readUpdateCategoryResult(response, options) {
  return readResult(updateCategoryOperation, response, options);
}
const deleteCategoryOperation = {
  method: "DELETE",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 404) return assertValid(
      V.validateErrorCATEGORYNOTFOUND(value),
      "DELETE /categories/{slug} 404 error body"
    );
  }
};
function buildDeleteCategoryRequest(parameters, options) {
  return buildRequest(deleteCategoryOperation, parameters, void 0, options);
}
function readDeleteCategoryResult(response, options) {
  return readResult(deleteCategoryOperation, response, options);
}
const getCategoryDocsOperation = {
  method: "GET",
  pathTemplate: "/categories/{slug}/docs",
  path: [
    "/categories/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true },
    "/docs"
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 404) return assertValid(
      V.validateErrorCATEGORYNOTFOUND(value),
      "GET /categories/{slug}/docs 404 error body"
    );
  }
};
function buildGetCategoryDocsRequest(parameters, options) {
  return buildRequest(getCategoryDocsOperation, parameters, void 0, options);
}
function readGetCategoryDocsResult(response, options) {
  return readResult(getCategoryDocsOperation, response, options);
}
const getChangelogsOperation = {
  method: "GET",
  pathTemplate: "/changelogs",
  path: ["/changelogs"],
  parameters: [
    { "name": "perPage", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
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
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateChangelogRequestBody(value),
    "POST /changelogs request body"
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
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildGetChangelogRequest(parameters, options) {
  return buildRequest(getChangelogOperation, parameters, void 0, options);
}
function readGetChangelogResult(response, options) {
  return readResult(getChangelogOperation, response, options);
}
const updateChangelogOperation = {
  method: "PUT",
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateChangelogRequestBody(value),
    "PUT /changelogs/{slug} request body"
  )
};
function buildUpdateChangelogRequest(parameters, body, options) {
  return buildRequest(updateChangelogOperation, parameters, body, options);
}
function readUpdateChangelogResult(response, options) {
  return readResult(updateChangelogOperation, response, options);
}
const deleteChangelogOperation = {
  method: "DELETE",
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildDeleteChangelogRequest(parameters, options) {
  return buildRequest(deleteChangelogOperation, parameters, void 0, options);
}
function readDeleteChangelogResult(response, options) {
  return readResult(deleteChangelogOperation, response, options);
}
const getCustomPagesOperation = {
  method: "GET",
  pathTemplate: "/custompages",
  path: ["/custompages"],
  parameters: [
    { "name": "perPage", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "page", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildGetCustomPagesRequest(parameters = {}, options) {
  return buildRequest(getCustomPagesOperation, parameters, void 0, options);
}
function readGetCustomPagesResult(response, options) {
  return readResult(getCustomPagesOperation, response, options);
}
const createCustomPageOperation = {
  method: "POST",
  pathTemplate: "/custompages",
  path: ["/custompages"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateCustomPageRequestBody(value),
    "POST /custompages request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorCUSTOMPAGEINVALID(value),
      "POST /custompages 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
  }
};
function buildCreateCustomPageRequest(parameters = {}, body, options) {
  return buildRequest(createCustomPageOperation, parameters, body, options);
}
function readCreateCustomPageResult(response, options) {
  return readResult(createCustomPageOperation, response, options);
}
const getCustomPageOperation = {
  method: "GET",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorCUSTOMPAGENOTFOUND(value),
      "GET /custompages/{slug} 404 error body"
    );
  }
};
function buildGetCustomPageRequest(parameters, options) {
  return buildRequest(getCustomPageOperation, parameters, void 0, options);
}
function readGetCustomPageResult(response, options) {
  return readResult(getCustomPageOperation, response, options);
}
const updateCustomPageOperation = {
  method: "PUT",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateCustomPageRequestBody(value),
    "PUT /custompages/{slug} request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorCUSTOMPAGEINVALID(value),
      "PUT /custompages/{slug} 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorCUSTOMPAGENOTFOUND(value),
      "PUT /custompages/{slug} 404 error body"
    );
  }
};
function buildUpdateCustomPageRequest(parameters, body, options) {
  return buildRequest(updateCustomPageOperation, parameters, body, options);
}
function readUpdateCustomPageResult(response, options) {
  return readResult(updateCustomPageOperation, response, options);
}
const deleteCustomPageOperation = {
  method: "DELETE",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorCUSTOMPAGENOTFOUND(value),
      "DELETE /custompages/{slug} 404 error body"
    );
  }
};
function buildDeleteCustomPageRequest(parameters, options) {
  return buildRequest(deleteCustomPageOperation, parameters, void 0, options);
}
function readDeleteCustomPageResult(response, options) {
  return readResult(deleteCustomPageOperation, response, options);
}
const createDocOperation = {
  method: "POST",
  pathTemplate: "/docs",
  path: ["/docs"],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateDocRequestBody(value),
    "POST /docs request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateDocResponse(value),
    "POST /docs response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorDOCINVALID(value),
      "POST /docs 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
  }
};
function buildCreateDocRequest(parameters = {}, body, options) {
  return buildRequest(createDocOperation, parameters, body, options);
}
function readCreateDocResult(response, options) {
  return readResult(createDocOperation, response, options);
}
const searchDocsOperation = {
  method: "POST",
  pathTemplate: "/docs/search",
  path: ["/docs/search"],
  parameters: [
    { "name": "search", "in": "query", "style": "form", "explode": true, "required": true },
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildSearchDocsRequest(parameters, options) {
  return buildRequest(searchDocsOperation, parameters, void 0, options);
}
function readSearchDocsResult(response, options) {
  return readResult(searchDocsOperation, response, options);
}
const getDocOperation = {
  method: "GET",
  pathTemplate: "/docs/{slug}",
  path: [
    "/docs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetDocResponse(value),
    "GET /docs/{slug} response body"
  ),
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorDOCNOTFOUND(value),
      "GET /docs/{slug} 404 error body"
    );
  }
};
function buildGetDocRequest(parameters, options) {
  return buildRequest(getDocOperation, parameters, void 0, options);
}
function readGetDocResult(response, options) {
  return readResult(getDocOperation, response, options);
}
const updateDocOperation = {
  method: "PUT",
  pathTemplate: "/docs/{slug}",
  path: [
    "/docs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateDocRequestBody(value),
    "PUT /docs/{slug} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateDocResponse(value),
    "PUT /docs/{slug} response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorDOCINVALID(value),
      "PUT /docs/{slug} 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorDOCNOTFOUND(value),
      "PUT /docs/{slug} 404 error body"
    );
  }
};
function buildUpdateDocRequest(parameters, body, options) {
  return buildRequest(updateDocOperation, parameters, body, options);
}
function readUpdateDocResult(response, options) {
  return readResult(updateDocOperation, response, options);
}
const deleteDocOperation = {
  method: "DELETE",
  pathTemplate: "/docs/{slug}",
  path: [
    "/docs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorDOCNOTFOUND(value),
      "DELETE /docs/{slug} 404 error body"
    );
  }
};
function buildDeleteDocRequest(parameters, options) {
  return buildRequest(deleteDocOperation, parameters, void 0, options);
}
function readDeleteDocResult(response, options) {
  return readResult(deleteDocOperation, response, options);
}
const getProductionDocOperation = {
  method: "GET",
  pathTemplate: "/docs/{slug}/production",
  path: [
    "/docs/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true },
    "/production"
  ],
  parameters: [
    {
      "name": "x-readme-version",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetProductionDocResponse(value),
    "GET /docs/{slug}/production response body"
  ),
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorDOCNOTFOUND(value),
      "GET /docs/{slug}/production 404 error body"
    );
  }
};
function buildGetProductionDocRequest(parameters, options) {
  return buildRequest(getProductionDocOperation, parameters, void 0, options);
}
function readGetProductionDocResult(response, options) {
  return readResult(getProductionDocOperation, response, options);
}
const getOutboundIPsOperation = {
  method: "GET",
  pathTemplate: "/outbound-ips",
  path: ["/outbound-ips"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOutboundIPsResponse(value),
    "GET /outbound-ips response body"
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
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "text/event-stream, application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "text",
  checkBody: (value) => assertValid(
    V.validateAskOwlbotRequestBody(value),
    "POST /owlbot/ask request body"
  )
};
function buildAskOwlbotRequest(parameters = {}, body, options) {
  return buildRequest(askOwlbotOperation, parameters, body, options);
}
function readAskOwlbotResult(response, options) {
  return readResult(askOwlbotOperation, response, options);
}
const getAPISchemaOperation = {
  method: "GET",
  pathTemplate: "/schema",
  path: ["/schema"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAPISchemaResponse(value),
    "GET /schema response body"
  )
};
function buildGetAPISchemaRequest(parameters = {}, options) {
  return buildRequest(getAPISchemaOperation, parameters, void 0, options);
}
function readGetAPISchemaResult(response, options) {
  return readResult(getAPISchemaOperation, response, options);
}
const getVersionsOperation = {
  method: "GET",
  pathTemplate: "/version",
  path: ["/version"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildGetVersionsRequest(parameters = {}, options) {
  return buildRequest(getVersionsOperation, parameters, void 0, options);
}
function readGetVersionsResult(response, options) {
  return readResult(getVersionsOperation, response, options);
}
const createVersionOperation = {
  method: "POST",
  pathTemplate: "/version",
  path: ["/version"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateVersionRequestBody(value),
    "POST /version request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorVERSIONFORKNOTFOUND(value),
      "POST /version 404 error body"
    );
  }
};
function buildCreateVersionRequest(parameters = {}, body, options) {
  return buildRequest(createVersionOperation, parameters, body, options);
}
function readCreateVersionResult(response, options) {
  return readResult(createVersionOperation, response, options);
}
const getVersionOperation = {
  method: "GET",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { "name": "versionId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorVERSIONNOTFOUND(value),
      "GET /version/{versionId} 404 error body"
    );
  }
};
function buildGetVersionRequest(parameters, options) {
  return buildRequest(getVersionOperation, parameters, void 0, options);
}
function readGetVersionResult(response, options) {
  return readResult(getVersionOperation, response, options);
}
const updateVersionOperation = {
  method: "PUT",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { "name": "versionId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateVersionRequestBody(value),
    "PUT /version/{versionId} request body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorVERSIONCANTDEMOTESTABLE(value),
      "PUT /version/{versionId} 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorVERSIONNOTFOUND(value),
      "PUT /version/{versionId} 404 error body"
    );
  }
};
function buildUpdateVersionRequest(parameters, body, options) {
  return buildRequest(updateVersionOperation, parameters, body, options);
}
function readUpdateVersionResult(response, options) {
  return readResult(updateVersionOperation, response, options);
}
const deleteVersionOperation = {
  method: "DELETE",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { "name": "versionId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateErrorVERSIONCANTREMOVESTABLE(value),
      "DELETE /version/{versionId} 400 error body"
    );
    if (status === 401) return;
    if (status === 403) return;
    if (status === 404) return assertValid(
      V.validateErrorVERSIONNOTFOUND(value),
      "DELETE /version/{versionId} 404 error body"
    );
  }
};
function buildDeleteVersionRequest(parameters, options) {
  return buildRequest(deleteVersionOperation, parameters, void 0, options);
}
function readDeleteVersionResult(response, options) {
  return readResult(deleteVersionOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
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
    ),
    get apiRegistry() {
      return {
        byUuid: (uuid) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getAPIRegistryOperation,
              (build) => buildGetAPIRegistryRequest({ path: { uuid } }, build),
              callOptions
            ),
            {
              permissions: permissions.getAPIRegistry,
              safe: (callOptions = {}) => transport.sendResult(
                getAPIRegistryOperation,
                (build) => buildGetAPIRegistryRequest({ path: { uuid } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get apiSpecification() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getAPISpecificationOperation,
            (build) => buildGetAPISpecificationRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getAPISpecification,
            safe: (callOptions = {}) => transport.sendResult(
              getAPISpecificationOperation,
              (build) => buildGetAPISpecificationRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            uploadAPISpecificationOperation,
            (build) => buildUploadAPISpecificationRequest(callOptions, body, build),
            callOptions
          ),
          {
            permissions: permissions.uploadAPISpecification,
            safe: (body, callOptions = {}) => transport.sendResult(
              uploadAPISpecificationOperation,
              (build) => buildUploadAPISpecificationRequest(callOptions, body, build),
              callOptions
            )
          }
        ),
        byId: (id) => ({
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateAPISpecificationOperation,
              (build) => buildUpdateAPISpecificationRequest({ path: { id } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateAPISpecification,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateAPISpecificationOperation,
                (build) => buildUpdateAPISpecificationRequest({ path: { id } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteAPISpecificationOperation,
              (build) => buildDeleteAPISpecificationRequest({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteAPISpecification,
              safe: (callOptions = {}) => transport.sendResult(
                deleteAPISpecificationOperation,
                (build) => buildDeleteAPISpecificationRequest({ path: { id } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get categories() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getCategoriesOperation,
            (build) => buildGetCategoriesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getCategories,
            safe: (callOptions = {}) => transport.sendResult(
              getCategoriesOperation,
              (build) => buildGetCategoriesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createCategoryOperation,
            (build) => buildCreateCategoryRequest(callOptions, body, build),
            callOptions
          ),
          {
            permissions: permissions.createCategory,
            safe: (body, callOptions = {}) => transport.sendResult(
              createCategoryOperation,
              (build) => buildCreateCategoryRequest(callOptions, body, build),
              callOptions
            )
          }
        ),
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getCategoryOperation,
              (build) => buildGetCategoryRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.getCategory,
              safe: (callOptions = {}) => transport.sendResult(
                getCategoryOperation,
                (build) => buildGetCategoryRequest({ ...callOptions, path: { slug } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateCategoryOperation,
              (build) => buildUpdateCategoryRequest(
                { ...callOptions, path: { slug } },
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
                  { ...callOptions, path: { slug } },
                  body,
                  build
                ),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteCategoryOperation,
              (build) => buildDeleteCategoryRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteCategory,
              safe: (callOptions = {}) => transport.sendResult(
                deleteCategoryOperation,
                (build) => buildDeleteCategoryRequest({ ...callOptions, path: { slug } }, build),
                callOptions
              )
            }
          ),
          get docs() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getCategoryDocsOperation,
                  (build) => buildGetCategoryDocsRequest(
                    { ...callOptions, path: { slug } },
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.getCategoryDocs,
                  safe: (callOptions = {}) => transport.sendResult(
                    getCategoryDocsOperation,
                    (build) => buildGetCategoryDocsRequest(
                      { ...callOptions, path: { slug } },
                      build
                    ),
                    callOptions
                  )
                }
              )
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
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getChangelogOperation,
              (build) => buildGetChangelogRequest({ path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.getChangelog,
              safe: (callOptions = {}) => transport.sendResult(
                getChangelogOperation,
                (build) => buildGetChangelogRequest({ path: { slug } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateChangelogOperation,
              (build) => buildUpdateChangelogRequest({ path: { slug } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateChangelog,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateChangelogOperation,
                (build) => buildUpdateChangelogRequest({ path: { slug } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteChangelogOperation,
              (build) => buildDeleteChangelogRequest({ path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteChangelog,
              safe: (callOptions = {}) => transport.sendResult(
                deleteChangelogOperation,
                (build) => buildDeleteChangelogRequest({ path: { slug } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get custompages() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getCustomPagesOperation,
            (build) => buildGetCustomPagesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getCustomPages,
            safe: (callOptions = {}) => transport.sendResult(
              getCustomPagesOperation,
              (build) => buildGetCustomPagesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createCustomPageOperation,
            (build) => buildCreateCustomPageRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createCustomPage,
            safe: (body, callOptions = {}) => transport.sendResult(
              createCustomPageOperation,
              (build) => buildCreateCustomPageRequest({}, body, build),
              callOptions
            )
          }
        ),
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getCustomPageOperation,
              (build) => buildGetCustomPageRequest({ path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.getCustomPage,
              safe: (callOptions = {}) => transport.sendResult(
                getCustomPageOperation,
                (build) => buildGetCustomPageRequest({ path: { slug } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateCustomPageOperation,
              (build) => buildUpdateCustomPageRequest({ path: { slug } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateCustomPage,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateCustomPageOperation,
                (build) => buildUpdateCustomPageRequest({ path: { slug } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteCustomPageOperation,
              (build) => buildDeleteCustomPageRequest({ path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteCustomPage,
              safe: (callOptions = {}) => transport.sendResult(
                deleteCustomPageOperation,
                (build) => buildDeleteCustomPageRequest({ path: { slug } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get docs() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createDocOperation,
            (build) => buildCreateDocRequest(callOptions, body, build),
            callOptions
          ),
          {
            permissions: permissions.createDoc,
            safe: (body, callOptions = {}) => transport.sendResult(
              createDocOperation,
              (build) => buildCreateDocRequest(callOptions, body, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            post: Object.assign(
              (callOptions) => transport.send(
                searchDocsOperation,
                (build) => buildSearchDocsRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.searchDocs,
                safe: (callOptions) => transport.sendResult(
                  searchDocsOperation,
                  (build) => buildSearchDocsRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getDocOperation,
              (build) => buildGetDocRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.getDoc,
              safe: (callOptions = {}) => transport.sendResult(
                getDocOperation,
                (build) => buildGetDocRequest({ ...callOptions, path: { slug } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateDocOperation,
              (build) => buildUpdateDocRequest({ ...callOptions, path: { slug } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateDoc,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateDocOperation,
                (build) => buildUpdateDocRequest({ ...callOptions, path: { slug } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteDocOperation,
              (build) => buildDeleteDocRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteDoc,
              safe: (callOptions = {}) => transport.sendResult(
                deleteDocOperation,
                (build) => buildDeleteDocRequest({ ...callOptions, path: { slug } }, build),
                callOptions
              )
            }
          ),
          get production() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getProductionDocOperation,
                  (build) => buildGetProductionDocRequest(
                    { ...callOptions, path: { slug } },
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.getProductionDoc,
                  safe: (callOptions = {}) => transport.sendResult(
                    getProductionDocOperation,
                    (build) => buildGetProductionDocRequest(
                      { ...callOptions, path: { slug } },
                      build
                    ),
                    callOptions
                  )
                }
              )
            };
          }
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
    get schema() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getAPISchemaOperation,
            (build) => buildGetAPISchemaRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getAPISchema,
            safe: (callOptions = {}) => transport.sendResult(
              getAPISchemaOperation,
              (build) => buildGetAPISchemaRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get version() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getVersionsOperation,
            (build) => buildGetVersionsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getVersions,
            safe: (callOptions = {}) => transport.sendResult(
              getVersionsOperation,
              (build) => buildGetVersionsRequest({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createVersionOperation,
            (build) => buildCreateVersionRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createVersion,
            safe: (body, callOptions = {}) => transport.sendResult(
              createVersionOperation,
              (build) => buildCreateVersionRequest({}, body, build),
              callOptions
            )
          }
        ),
        byVersionId: (versionId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getVersionOperation,
              (build) => buildGetVersionRequest({ path: { versionId } }, build),
              callOptions
            ),
            {
              permissions: permissions.getVersion,
              safe: (callOptions = {}) => transport.sendResult(
                getVersionOperation,
                (build) => buildGetVersionRequest({ path: { versionId } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateVersionOperation,
              (build) => buildUpdateVersionRequest({ path: { versionId } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateVersion,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateVersionOperation,
                (build) => buildUpdateVersionRequest({ path: { versionId } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteVersionOperation,
              (build) => buildDeleteVersionRequest({ path: { versionId } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteVersion,
              safe: (callOptions = {}) => transport.sendResult(
                deleteVersionOperation,
                (build) => buildDeleteVersionRequest({ path: { versionId } }, build),
                callOptions
              )
            }
          )
        })
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
  buildAskOwlbotRequest,
  buildCreateCategoryRequest,
  buildCreateChangelogRequest,
  buildCreateCustomPageRequest,
  buildCreateDocRequest,
  buildCreateVersionRequest,
  buildDeleteAPISpecificationRequest,
  buildDeleteCategoryRequest,
  buildDeleteChangelogRequest,
  buildDeleteCustomPageRequest,
  buildDeleteDocRequest,
  buildDeleteVersionRequest,
  buildGetAPIRegistryRequest,
  buildGetAPISchemaRequest,
  buildGetAPISpecificationRequest,
  buildGetCategoriesRequest,
  buildGetCategoryDocsRequest,
  buildGetCategoryRequest,
  buildGetChangelogRequest,
  buildGetChangelogsRequest,
  buildGetCustomPageRequest,
  buildGetCustomPagesRequest,
  buildGetDocRequest,
  buildGetOutboundIPsRequest,
  buildGetProductionDocRequest,
  buildGetProjectRequest,
  buildGetVersionRequest,
  buildGetVersionsRequest,
  buildSearchDocsRequest,
  buildUpdateAPISpecificationRequest,
  buildUpdateCategoryRequest,
  buildUpdateChangelogRequest,
  buildUpdateCustomPageRequest,
  buildUpdateDocRequest,
  buildUpdateVersionRequest,
  buildUploadAPISpecificationRequest,
  createClient,
  readAskOwlbotResult,
  readCreateCategoryResult,
  readCreateChangelogResult,
  readCreateCustomPageResult,
  readCreateDocResult,
  readCreateVersionResult,
  readDeleteAPISpecificationResult,
  readDeleteCategoryResult,
  readDeleteChangelogResult,
  readDeleteCustomPageResult,
  readDeleteDocResult,
  readDeleteVersionResult,
  readGetAPIRegistryResult,
  readGetAPISchemaResult,
  readGetAPISpecificationResult,
  readGetCategoriesResult,
  readGetCategoryDocsResult,
  readGetCategoryResult,
  readGetChangelogResult,
  readGetChangelogsResult,
  readGetCustomPageResult,
  readGetCustomPagesResult,
  readGetDocResult,
  readGetOutboundIPsResult,
  readGetProductionDocResult,
  readGetProjectResult,
  readGetVersionResult,
  readGetVersionsResult,
  readSearchDocsResult,
  readUpdateAPISpecificationResult,
  readUpdateCategoryResult,
  readUpdateChangelogResult,
  readUpdateCustomPageResult,
  readUpdateDocResult,
  readUpdateVersionResult,
  readUploadAPISpecificationResult
};
