import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
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
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetProjectResponse(value), "GET / response body")
};
function buildGetProjectRequest(parameters = {}, options) {
  return buildRequest(getProjectOperation, parameters, void 0, options);
}
const getAPIRegistryOperation = {
  method: "GET",
  pathTemplate: "/api-registry/{uuid}",
  path: [
    "/api-registry/",
    { name: "uuid", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetAPIRegistryResponse(value), "GET /api-registry/{uuid} response body")
};
function buildGetAPIRegistryRequest(parameters, options) {
  return buildRequest(getAPIRegistryOperation, parameters, void 0, options);
}
const getAPISpecificationOperation = {
  method: "GET",
  pathTemplate: "/api-specification",
  path: ["/api-specification"],
  parameters: [
    { name: "perPage", in: "query", style: "form", explode: true, required: false },
    { name: "page", in: "query", style: "form", explode: true, required: false },
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetAPISpecificationRequest(parameters = {}, options) {
  return buildRequest(getAPISpecificationOperation, parameters, void 0, options);
}
const uploadAPISpecificationOperation = {
  method: "POST",
  pathTemplate: "/api-specification",
  path: ["/api-specification"],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "multipart", contentType: "multipart/form-data", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUploadAPISpecificationRequestBody(value),
    "POST /api-specification request body"
  )
};
function buildUploadAPISpecificationRequest(parameters = {}, body, options) {
  return buildRequest(uploadAPISpecificationOperation, parameters, body, options);
}
const updateAPISpecificationOperation = {
  method: "PUT",
  pathTemplate: "/api-specification/{id}",
  path: [
    "/api-specification/",
    { name: "id", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "multipart", contentType: "multipart/form-data", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateAPISpecificationRequestBody(value),
    "PUT /api-specification/{id} request body"
  )
};
function buildUpdateAPISpecificationRequest(parameters, body, options) {
  return buildRequest(updateAPISpecificationOperation, parameters, body, options);
}
const deleteAPISpecificationOperation = {
  method: "DELETE",
  pathTemplate: "/api-specification/{id}",
  path: [
    "/api-specification/",
    { name: "id", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteAPISpecificationRequest(parameters, options) {
  return buildRequest(deleteAPISpecificationOperation, parameters, void 0, options);
}
const getCategoriesOperation = {
  method: "GET",
  pathTemplate: "/categories",
  path: ["/categories"],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false },
    { name: "perPage", in: "query", style: "form", explode: true, required: false },
    { name: "page", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetCategoriesRequest(parameters = {}, options) {
  return buildRequest(getCategoriesOperation, parameters, void 0, options);
}
const createCategoryOperation = {
  method: "POST",
  pathTemplate: "/categories",
  path: ["/categories"],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateCreateCategoryRequestBody(value), "POST /categories request body")
};
function buildCreateCategoryRequest(parameters = {}, body, options) {
  return buildRequest(createCategoryOperation, parameters, body, options);
}
const getCategoryOperation = {
  method: "GET",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetCategoryRequest(parameters, options) {
  return buildRequest(getCategoryOperation, parameters, void 0, options);
}
const updateCategoryOperation = {
  method: "PUT",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateUpdateCategoryRequestBody(value), "PUT /categories/{slug} request body")
};
function buildUpdateCategoryRequest(parameters, body, options) {
  return buildRequest(updateCategoryOperation, parameters, body, options);
}
const deleteCategoryOperation = {
  method: "DELETE",
  pathTemplate: "/categories/{slug}",
  path: [
    "/categories/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteCategoryRequest(parameters, options) {
  return buildRequest(deleteCategoryOperation, parameters, void 0, options);
}
const getCategoryDocsOperation = {
  method: "GET",
  pathTemplate: "/categories/{slug}/docs",
  path: [
    "/categories/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true },
    "/docs"
  ],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetCategoryDocsRequest(parameters, options) {
  return buildRequest(getCategoryDocsOperation, parameters, void 0, options);
}
const getChangelogsOperation = {
  method: "GET",
  pathTemplate: "/changelogs",
  path: ["/changelogs"],
  parameters: [
    { name: "perPage", in: "query", style: "form", explode: true, required: false },
    { name: "page", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetChangelogsRequest(parameters = {}, options) {
  return buildRequest(getChangelogsOperation, parameters, void 0, options);
}
const createChangelogOperation = {
  method: "POST",
  pathTemplate: "/changelogs",
  path: ["/changelogs"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateCreateChangelogRequestBody(value), "POST /changelogs request body")
};
function buildCreateChangelogRequest(parameters = {}, body, options) {
  return buildRequest(createChangelogOperation, parameters, body, options);
}
const getChangelogOperation = {
  method: "GET",
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetChangelogRequest(parameters, options) {
  return buildRequest(getChangelogOperation, parameters, void 0, options);
}
const updateChangelogOperation = {
  method: "PUT",
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateUpdateChangelogRequestBody(value), "PUT /changelogs/{slug} request body")
};
function buildUpdateChangelogRequest(parameters, body, options) {
  return buildRequest(updateChangelogOperation, parameters, body, options);
}
const deleteChangelogOperation = {
  method: "DELETE",
  pathTemplate: "/changelogs/{slug}",
  path: [
    "/changelogs/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteChangelogRequest(parameters, options) {
  return buildRequest(deleteChangelogOperation, parameters, void 0, options);
}
const getCustomPagesOperation = {
  method: "GET",
  pathTemplate: "/custompages",
  path: ["/custompages"],
  parameters: [
    { name: "perPage", in: "query", style: "form", explode: true, required: false },
    { name: "page", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetCustomPagesRequest(parameters = {}, options) {
  return buildRequest(getCustomPagesOperation, parameters, void 0, options);
}
const createCustomPageOperation = {
  method: "POST",
  pathTemplate: "/custompages",
  path: ["/custompages"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateCreateCustomPageRequestBody(value), "POST /custompages request body")
};
function buildCreateCustomPageRequest(parameters = {}, body, options) {
  return buildRequest(createCustomPageOperation, parameters, body, options);
}
const getCustomPageOperation = {
  method: "GET",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetCustomPageRequest(parameters, options) {
  return buildRequest(getCustomPageOperation, parameters, void 0, options);
}
const updateCustomPageOperation = {
  method: "PUT",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateCustomPageRequestBody(value),
    "PUT /custompages/{slug} request body"
  )
};
function buildUpdateCustomPageRequest(parameters, body, options) {
  return buildRequest(updateCustomPageOperation, parameters, body, options);
}
const deleteCustomPageOperation = {
  method: "DELETE",
  pathTemplate: "/custompages/{slug}",
  path: [
    "/custompages/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteCustomPageRequest(parameters, options) {
  return buildRequest(deleteCustomPageOperation, parameters, void 0, options);
}
const createDocOperation = {
  method: "POST",
  pathTemplate: "/docs",
  path: ["/docs"],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "json",
  checkBody: (value) => assertValid(V.validateCreateDocRequestBody(value), "POST /docs request body"),
  checkResponse: (value) => assertValid(V.validateCreateDocResponse(value), "POST /docs response body")
};
function buildCreateDocRequest(parameters = {}, body, options) {
  return buildRequest(createDocOperation, parameters, body, options);
}
const searchDocsOperation = {
  method: "POST",
  pathTemplate: "/docs/search",
  path: ["/docs/search"],
  parameters: [
    { name: "search", in: "query", style: "form", explode: true, required: true },
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildSearchDocsRequest(parameters, options) {
  return buildRequest(searchDocsOperation, parameters, void 0, options);
}
const getDocOperation = {
  method: "GET",
  pathTemplate: "/docs/{slug}",
  path: ["/docs/", { name: "slug", in: "path", style: "simple", explode: false, required: true }],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetDocResponse(value), "GET /docs/{slug} response body")
};
function buildGetDocRequest(parameters, options) {
  return buildRequest(getDocOperation, parameters, void 0, options);
}
const updateDocOperation = {
  method: "PUT",
  pathTemplate: "/docs/{slug}",
  path: ["/docs/", { name: "slug", in: "path", style: "simple", explode: false, required: true }],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "json",
  checkBody: (value) => assertValid(V.validateUpdateDocRequestBody(value), "PUT /docs/{slug} request body"),
  checkResponse: (value) => assertValid(V.validateUpdateDocResponse(value), "PUT /docs/{slug} response body")
};
function buildUpdateDocRequest(parameters, body, options) {
  return buildRequest(updateDocOperation, parameters, body, options);
}
const deleteDocOperation = {
  method: "DELETE",
  pathTemplate: "/docs/{slug}",
  path: ["/docs/", { name: "slug", in: "path", style: "simple", explode: false, required: true }],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteDocRequest(parameters, options) {
  return buildRequest(deleteDocOperation, parameters, void 0, options);
}
const getProductionDocOperation = {
  method: "GET",
  pathTemplate: "/docs/{slug}/production",
  path: [
    "/docs/",
    { name: "slug", in: "path", style: "simple", explode: false, required: true },
    "/production"
  ],
  parameters: [
    { name: "x-readme-version", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetProductionDocResponse(value),
    "GET /docs/{slug}/production response body"
  )
};
function buildGetProductionDocRequest(parameters, options) {
  return buildRequest(getProductionDocOperation, parameters, void 0, options);
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
  checkResponse: (value) => assertValid(V.validateGetOutboundIPsResponse(value), "GET /outbound-ips response body")
};
function buildGetOutboundIPsRequest(parameters = {}, options) {
  return buildRequest(getOutboundIPsOperation, parameters, void 0, options);
}
const askOwlbotOperation = {
  method: "POST",
  pathTemplate: "/owlbot/ask",
  path: ["/owlbot/ask"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  accept: "text/event-stream, application/json",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "text",
  checkBody: (value) => assertValid(V.validateAskOwlbotRequestBody(value), "POST /owlbot/ask request body")
};
function buildAskOwlbotRequest(parameters = {}, body, options) {
  return buildRequest(askOwlbotOperation, parameters, body, options);
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
  checkResponse: (value) => assertValid(V.validateGetAPISchemaResponse(value), "GET /schema response body")
};
function buildGetAPISchemaRequest(parameters = {}, options) {
  return buildRequest(getAPISchemaOperation, parameters, void 0, options);
}
const getVersionsOperation = {
  method: "GET",
  pathTemplate: "/version",
  path: ["/version"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetVersionsRequest(parameters = {}, options) {
  return buildRequest(getVersionsOperation, parameters, void 0, options);
}
const createVersionOperation = {
  method: "POST",
  pathTemplate: "/version",
  path: ["/version"],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateCreateVersionRequestBody(value), "POST /version request body")
};
function buildCreateVersionRequest(parameters = {}, body, options) {
  return buildRequest(createVersionOperation, parameters, body, options);
}
const getVersionOperation = {
  method: "GET",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { name: "versionId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildGetVersionRequest(parameters, options) {
  return buildRequest(getVersionOperation, parameters, void 0, options);
}
const updateVersionOperation = {
  method: "PUT",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { name: "versionId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateUpdateVersionRequestBody(value), "PUT /version/{versionId} request body")
};
function buildUpdateVersionRequest(parameters, body, options) {
  return buildRequest(updateVersionOperation, parameters, body, options);
}
const deleteVersionOperation = {
  method: "DELETE",
  pathTemplate: "/version/{versionId}",
  path: [
    "/version/",
    { name: "versionId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://dash.readme.com/api/v1",
  bearerAuth: false,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  response: "none"
};
function buildDeleteVersionRequest(parameters, options) {
  return buildRequest(deleteVersionOperation, parameters, void 0, options);
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
      { permissions: permissions.getProject }
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
            { permissions: permissions.getAPIRegistry }
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
          { permissions: permissions.getAPISpecification }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            uploadAPISpecificationOperation,
            (build) => buildUploadAPISpecificationRequest(callOptions, body, build),
            callOptions
          ),
          { permissions: permissions.uploadAPISpecification }
        ),
        byId: (id) => ({
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateAPISpecificationOperation,
              (build) => buildUpdateAPISpecificationRequest({ path: { id } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateAPISpecification }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteAPISpecificationOperation,
              (build) => buildDeleteAPISpecificationRequest({ path: { id } }, build),
              callOptions
            ),
            { permissions: permissions.deleteAPISpecification }
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
          { permissions: permissions.getCategories }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createCategoryOperation,
            (build) => buildCreateCategoryRequest(callOptions, body, build),
            callOptions
          ),
          { permissions: permissions.createCategory }
        ),
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getCategoryOperation,
              (build) => buildGetCategoryRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.getCategory }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateCategoryOperation,
              (build) => buildUpdateCategoryRequest({ ...callOptions, path: { slug } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateCategory }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteCategoryOperation,
              (build) => buildDeleteCategoryRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.deleteCategory }
          ),
          get docs() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getCategoryDocsOperation,
                  (build) => buildGetCategoryDocsRequest({ ...callOptions, path: { slug } }, build),
                  callOptions
                ),
                { permissions: permissions.getCategoryDocs }
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
          { permissions: permissions.getChangelogs }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createChangelogOperation,
            (build) => buildCreateChangelogRequest({}, body, build),
            callOptions
          ),
          { permissions: permissions.createChangelog }
        ),
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getChangelogOperation,
              (build) => buildGetChangelogRequest({ path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.getChangelog }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateChangelogOperation,
              (build) => buildUpdateChangelogRequest({ path: { slug } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateChangelog }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteChangelogOperation,
              (build) => buildDeleteChangelogRequest({ path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.deleteChangelog }
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
          { permissions: permissions.getCustomPages }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createCustomPageOperation,
            (build) => buildCreateCustomPageRequest({}, body, build),
            callOptions
          ),
          { permissions: permissions.createCustomPage }
        ),
        bySlug: (slug) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getCustomPageOperation,
              (build) => buildGetCustomPageRequest({ path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.getCustomPage }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateCustomPageOperation,
              (build) => buildUpdateCustomPageRequest({ path: { slug } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateCustomPage }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteCustomPageOperation,
              (build) => buildDeleteCustomPageRequest({ path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.deleteCustomPage }
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
          { permissions: permissions.createDoc }
        ),
        get search() {
          return {
            post: Object.assign(
              (callOptions) => transport.send(
                searchDocsOperation,
                (build) => buildSearchDocsRequest(callOptions, build),
                callOptions
              ),
              { permissions: permissions.searchDocs }
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
            { permissions: permissions.getDoc }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateDocOperation,
              (build) => buildUpdateDocRequest({ ...callOptions, path: { slug } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateDoc }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteDocOperation,
              (build) => buildDeleteDocRequest({ ...callOptions, path: { slug } }, build),
              callOptions
            ),
            { permissions: permissions.deleteDoc }
          ),
          get production() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getProductionDocOperation,
                  (build) => buildGetProductionDocRequest({ ...callOptions, path: { slug } }, build),
                  callOptions
                ),
                { permissions: permissions.getProductionDoc }
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
          { permissions: permissions.getOutboundIPs }
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
              { permissions: permissions.askOwlbot }
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
          { permissions: permissions.getAPISchema }
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
          { permissions: permissions.getVersions }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createVersionOperation,
            (build) => buildCreateVersionRequest({}, body, build),
            callOptions
          ),
          { permissions: permissions.createVersion }
        ),
        byVersionId: (versionId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getVersionOperation,
              (build) => buildGetVersionRequest({ path: { versionId } }, build),
              callOptions
            ),
            { permissions: permissions.getVersion }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateVersionOperation,
              (build) => buildUpdateVersionRequest({ path: { versionId } }, body, build),
              callOptions
            ),
            { permissions: permissions.updateVersion }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteVersionOperation,
              (build) => buildDeleteVersionRequest({ path: { versionId } }, build),
              callOptions
            ),
            { permissions: permissions.deleteVersion }
          )
        })
      };
    }
  };
}
export {
  ApiError,
  CrossOriginLinkError,
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
  createClient
};
