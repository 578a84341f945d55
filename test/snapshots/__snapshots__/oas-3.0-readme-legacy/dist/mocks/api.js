import {
  createMockCore
} from "./runtime/core.js";
import {
  validateUploadAPISpecificationRequestBody,
  validateUpdateAPISpecificationRequestBody,
  validateCreateCategoryRequestBody,
  validateUpdateCategoryRequestBody,
  validateCreateChangelogRequestBody,
  validateUpdateChangelogRequestBody,
  validateCreateCustomPageRequestBody,
  validateUpdateCustomPageRequestBody,
  validateCreateDocRequestBody,
  validateUpdateDocRequestBody,
  validateAskOwlbotRequestBody,
  validateCreateVersionRequestBody,
  validateUpdateVersionRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://dash.readme.com/api/v1";
const sample$ErrorAPIKEYEMPTY$0 = {
  error: "APIKEY_EMPTY",
  message: "deltatan",
  suggestion: "alphabra",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorAPIKEYMISMATCH$0 = {
  error: "APIKEY_MISMATCH",
  message: "bravobra",
  suggestion: "novadelt",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorCATEGORYINVALID$0 = {
  error: "CATEGORY_INVALID",
  message: "limalima",
  suggestion: "novadelt",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorCATEGORYNOTFOUND$0 = {
  error: "CATEGORY_NOTFOUND",
  message: "limabrav",
  suggestion: "tangoech",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorCUSTOMPAGEINVALID$0 = {
  error: "CUSTOMPAGE_INVALID",
  message: "echonova",
  suggestion: "limatang",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorCUSTOMPAGENOTFOUND$0 = {
  error: "CUSTOMPAGE_NOTFOUND",
  message: "tangodel",
  suggestion: "echosier",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorDOCINVALID$0 = {
  error: "DOC_INVALID",
  message: "tangoalp",
  suggestion: "deltabra",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorDOCNOTFOUND$0 = {
  error: "DOC_NOTFOUND",
  message: "bravoech",
  suggestion: "novadelt",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorSPECFILEEMPTY$0 = {
  error: "SPEC_FILE_EMPTY",
  message: "novaalph",
  suggestion: "alphaech",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorSPECTIMEOUT$0 = {
  error: "SPEC_TIMEOUT",
  message: "bravoech",
  suggestion: "sierrano",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorVERSIONEMPTY$0 = {
  error: "VERSION_EMPTY",
  message: "sierrabr",
  suggestion: "deltalim",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const sample$ErrorVERSIONNOTFOUND$0 = {
  error: "VERSION_NOTFOUND",
  message: "limalima",
  suggestion: "limasier",
  docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
  help: "If you need help, email support@readme.io",
  poem: [
    "If you're seeing this error,",
    "Things didn't quite go the way we hoped.",
    "When we tried to process your request,",
    "Maybe trying again it'll work\u2014who knows!"
  ]
};
const route$getProject = {
  operation: "getProject",
  method: "GET",
  path: "/",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        name: "alphatan",
        subdomain: "novasier",
        jwtSecret: "novabrav",
        baseUrl: "https://example.com/518",
        plan: "echoecho"
      }
    }
  },
  resource: null,
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$getAPIRegistry = {
  operation: "getAPIRegistry",
  method: "GET",
  path: "/api-registry/{uuid}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/api-registry",
    item: "/api-registry/{uuid}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "404",
      contentType: "application/json",
      example: {
        error: "REGISTRY_NOTFOUND",
        message: "alphabra",
        suggestion: "echoecho",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    }
  ]
};
const route$getAPISpecification = {
  operation: "getAPISpecification",
  method: "GET",
  path: "/api-specification",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorVERSIONEMPTY$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorVERSIONNOTFOUND$0 }
  ]
};
const route$uploadAPISpecification = {
  operation: "uploadAPISpecification",
  method: "POST",
  path: "/api-specification",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateUploadAPISpecificationRequestBody,
    kind: "multipart",
    fields: { spec: { type: "file" }, url: { type: "string" } }
  },
  response: { status: 201, media: null },
  resource: null,
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorSPECFILEEMPTY$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "408", contentType: "application/json", example: sample$ErrorSPECTIMEOUT$0 }
  ]
};
const route$updateAPISpecification = {
  operation: "updateAPISpecification",
  method: "PUT",
  path: "/api-specification/{id}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateUpdateAPISpecificationRequestBody,
    kind: "multipart",
    fields: { spec: { type: "file" }, url: { type: "string" } }
  },
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorSPECFILEEMPTY$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "408", contentType: "application/json", example: sample$ErrorSPECTIMEOUT$0 }
  ]
};
const route$deleteAPISpecification = {
  operation: "deleteAPISpecification",
  method: "DELETE",
  path: "/api-specification/{id}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/api-specification",
    item: "/api-specification/{id}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/json",
      example: {
        error: "SPEC_ID_INVALID",
        message: "bravoech",
        suggestion: "echodelt",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    {
      status: "404",
      contentType: "application/json",
      example: {
        error: "SPEC_NOTFOUND",
        message: "bravoech",
        suggestion: "bravoech",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    }
  ]
};
const route$getCategories = {
  operation: "getCategories",
  method: "GET",
  path: "/categories",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$createCategory = {
  operation: "createCategory",
  method: "POST",
  path: "/categories",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateCategoryRequestBody
  },
  response: { status: 201, media: null },
  resource: {
    action: "create",
    collection: "/categories",
    item: "/categories/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorCATEGORYINVALID$0 }
  ]
};
const route$getCategory = {
  operation: "getCategory",
  method: "GET",
  path: "/categories/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: {
    action: "read",
    collection: "/categories",
    item: "/categories/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "404", contentType: "application/json", example: sample$ErrorCATEGORYNOTFOUND$0 }
  ]
};
const route$updateCategory = {
  operation: "updateCategory",
  method: "PUT",
  path: "/categories/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateCategoryRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "replace",
    collection: "/categories",
    item: "/categories/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorCATEGORYINVALID$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorCATEGORYNOTFOUND$0 }
  ]
};
const route$deleteCategory = {
  operation: "deleteCategory",
  method: "DELETE",
  path: "/categories/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/categories",
    item: "/categories/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "404", contentType: "application/json", example: sample$ErrorCATEGORYNOTFOUND$0 }
  ]
};
const route$getCategoryDocs = {
  operation: "getCategoryDocs",
  method: "GET",
  path: "/categories/{slug}/docs",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "404", contentType: "application/json", example: sample$ErrorCATEGORYNOTFOUND$0 }
  ]
};
const route$getChangelogs = {
  operation: "getChangelogs",
  method: "GET",
  path: "/changelogs",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$createChangelog = {
  operation: "createChangelog",
  method: "POST",
  path: "/changelogs",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateChangelogRequestBody
  },
  response: { status: 201, media: null },
  resource: {
    action: "create",
    collection: "/changelogs",
    item: "/changelogs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getChangelog = {
  operation: "getChangelog",
  method: "GET",
  path: "/changelogs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: {
    action: "read",
    collection: "/changelogs",
    item: "/changelogs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateChangelog = {
  operation: "updateChangelog",
  method: "PUT",
  path: "/changelogs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateChangelogRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "replace",
    collection: "/changelogs",
    item: "/changelogs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteChangelog = {
  operation: "deleteChangelog",
  method: "DELETE",
  path: "/changelogs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/changelogs",
    item: "/changelogs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getCustomPages = {
  operation: "getCustomPages",
  method: "GET",
  path: "/custompages",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$createCustomPage = {
  operation: "createCustomPage",
  method: "POST",
  path: "/custompages",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateCustomPageRequestBody
  },
  response: { status: 201, media: null },
  resource: {
    action: "create",
    collection: "/custompages",
    item: "/custompages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorCUSTOMPAGEINVALID$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$getCustomPage = {
  operation: "getCustomPage",
  method: "GET",
  path: "/custompages/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: {
    action: "read",
    collection: "/custompages",
    item: "/custompages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorCUSTOMPAGENOTFOUND$0 }
  ]
};
const route$updateCustomPage = {
  operation: "updateCustomPage",
  method: "PUT",
  path: "/custompages/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateCustomPageRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "replace",
    collection: "/custompages",
    item: "/custompages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorCUSTOMPAGEINVALID$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorCUSTOMPAGENOTFOUND$0 }
  ]
};
const route$deleteCustomPage = {
  operation: "deleteCustomPage",
  method: "DELETE",
  path: "/custompages/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/custompages",
    item: "/custompages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorCUSTOMPAGENOTFOUND$0 }
  ]
};
const route$createDoc = {
  operation: "createDoc",
  method: "POST",
  path: "/docs",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateDocRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/docs",
    item: "/docs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorDOCINVALID$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$searchDocs = {
  operation: "searchDocs",
  method: "POST",
  path: "/docs/search",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$getDoc = {
  operation: "getDoc",
  method: "GET",
  path: "/docs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/docs",
    item: "/docs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorDOCNOTFOUND$0 }
  ]
};
const route$updateDoc = {
  operation: "updateDoc",
  method: "PUT",
  path: "/docs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateDocRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "replace",
    collection: "/docs",
    item: "/docs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorDOCINVALID$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorDOCNOTFOUND$0 }
  ]
};
const route$deleteDoc = {
  operation: "deleteDoc",
  method: "DELETE",
  path: "/docs/{slug}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/docs",
    item: "/docs/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorDOCNOTFOUND$0 }
  ]
};
const route$getProductionDoc = {
  operation: "getProductionDoc",
  method: "GET",
  path: "/docs/{slug}/production",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        title: "alphabra",
        type: "error",
        body: "tangotan",
        category: "tangolim",
        hidden: true,
        order: 999,
        parentDoc: "limasier",
        error: { code: "limadelt" }
      }
    }
  },
  resource: null,
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorDOCNOTFOUND$0 }
  ]
};
const route$getOutboundIPs = {
  operation: "getOutboundIPs",
  method: "GET",
  path: "/outbound-ips",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: [{ ipAddress: "127.0.0.1" }] }
  },
  resource: null
};
const route$askOwlbot = {
  operation: "askOwlbot",
  method: "POST",
  path: "/owlbot/ask",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateAskOwlbotRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        answer: "Owls have extremely flexible necks and can rotate their heads up to 270 degrees in each direction, giving them a 540-degree range in total.",
        sources: [{ title: "Page Title", url: "https://docs.example.com/docs/owl-facts" }]
      }
    }
  },
  resource: null
};
const route$getAPISchema = {
  operation: "getAPISchema",
  method: "GET",
  path: "/schema",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: { contentType: "application/json", kind: "json", example: {} } },
  resource: null
};
const route$getVersions = {
  operation: "getVersions",
  method: "GET",
  path: "/version",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 }
  ]
};
const route$createVersion = {
  operation: "createVersion",
  method: "POST",
  path: "/version",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateVersionRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "create",
    collection: "/version",
    item: "/version/{versionId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "400", contentType: "application/json", example: sample$ErrorVERSIONEMPTY$0 },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    {
      status: "404",
      contentType: "application/json",
      example: {
        error: "VERSION_FORK_NOTFOUND",
        message: "deltaalp",
        suggestion: "sierrali",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    }
  ]
};
const route$getVersion = {
  operation: "getVersion",
  method: "GET",
  path: "/version/{versionId}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: {
    action: "read",
    collection: "/version",
    item: "/version/{versionId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorVERSIONNOTFOUND$0 }
  ]
};
const route$updateVersion = {
  operation: "updateVersion",
  method: "PUT",
  path: "/version/{versionId}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateVersionRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "replace",
    collection: "/version",
    item: "/version/{versionId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/json",
      example: {
        error: "VERSION_CANT_DEMOTE_STABLE",
        message: "sierraal",
        suggestion: "sierraec",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorVERSIONNOTFOUND$0 }
  ]
};
const route$deleteVersion = {
  operation: "deleteVersion",
  method: "DELETE",
  path: "/version/{versionId}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: {
    action: "delete",
    collection: "/version",
    item: "/version/{versionId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/json",
      example: {
        error: "VERSION_CANT_REMOVE_STABLE",
        message: "limaecho",
        suggestion: "limalima",
        docs: "https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f",
        help: "If you need help, email support@readme.io",
        poem: [
          "If you're seeing this error,",
          "Things didn't quite go the way we hoped.",
          "When we tried to process your request,",
          "Maybe trying again it'll work\u2014who knows!"
        ]
      }
    },
    { status: "401", contentType: "application/json", example: sample$ErrorAPIKEYEMPTY$0 },
    { status: "403", contentType: "application/json", example: sample$ErrorAPIKEYMISMATCH$0 },
    { status: "404", contentType: "application/json", example: sample$ErrorVERSIONNOTFOUND$0 }
  ]
};
const MOCK_ROUTES = [
  route$getProject,
  route$getAPIRegistry,
  route$getAPISpecification,
  route$uploadAPISpecification,
  route$updateAPISpecification,
  route$deleteAPISpecification,
  route$getCategories,
  route$createCategory,
  route$getCategory,
  route$updateCategory,
  route$deleteCategory,
  route$getCategoryDocs,
  route$getChangelogs,
  route$createChangelog,
  route$getChangelog,
  route$updateChangelog,
  route$deleteChangelog,
  route$getCustomPages,
  route$createCustomPage,
  route$getCustomPage,
  route$updateCustomPage,
  route$deleteCustomPage,
  route$createDoc,
  route$searchDocs,
  route$getDoc,
  route$updateDoc,
  route$deleteDoc,
  route$getProductionDoc,
  route$getOutboundIPs,
  route$askOwlbot,
  route$getAPISchema,
  route$getVersions,
  route$createVersion,
  route$getVersion,
  route$updateVersion,
  route$deleteVersion
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
