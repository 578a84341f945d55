import {
  createMockCore
} from "./runtime/core.js";
import {
  validateUploadDocumentRequestBody,
  validateSearchDocumentsRequestBody,
  validatePutNoteRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://files.example.com/api";
const route$uploadDocument = {
  operation: "uploadDocument",
  method: "POST",
  path: "/documents",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateUploadDocumentRequestBody,
    kind: "multipart",
    fields: {
      file: { type: "file" },
      metadata: {
        type: "object",
        properties: { title: { type: "string" }, pages: { type: "integer" } },
        json: true
      },
      tags: { type: "array", items: { type: "string" } },
      note: { type: "string" }
    }
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: { id: "alphadel" } }
  },
  resource: null
};
const route$searchDocuments = {
  operation: "searchDocuments",
  method: "POST",
  path: "/documents/search",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validateSearchDocumentsRequestBody,
    kind: "form",
    fields: {
      ids: { type: "array", items: { type: "integer" }, delimiter: "," },
      exact: { type: "boolean" },
      limit: { type: "integer" },
      range: {
        type: "object",
        properties: { from: { type: "integer" }, to: { type: "integer" } },
        deep: true
      }
    }
  },
  response: { status: 204, media: null },
  resource: null
};
const route$downloadDocument = {
  operation: "downloadDocument",
  method: "GET",
  path: "/documents/{documentId}/content",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: { contentType: "application/pdf", kind: "binary", example: "" } },
  resource: null
};
const route$putNote = {
  operation: "putNote",
  method: "PUT",
  path: "/documents/{documentId}/note",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["text/plain"],
    json: false,
    object: false,
    validate: validatePutNoteRequestBody,
    kind: "text"
  },
  response: { status: 204, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$uploadDocument,
  route$searchDocuments,
  route$downloadDocument,
  route$putNote
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
