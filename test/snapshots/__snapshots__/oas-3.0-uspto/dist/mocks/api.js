import {
  createMockCore
} from "./runtime/core.js";
import { validatePerformSearchRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://developer.uspto.gov/ds-api";
const route$listDataSets = {
  operation: "listDataSets",
  method: "GET",
  path: "/",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 2,
        apis: [
          {
            apiKey: "oa_citations",
            apiVersionNumber: "v1",
            apiUrl: "https://developer.uspto.gov/ds-api/oa_citations/v1/fields",
            apiDocumentationUrl: "https://developer.uspto.gov/ds-api-docs/index.html?url=https://developer.uspto.gov/ds-api/swagger/docs/oa_citations.json"
          },
          {
            apiKey: "cancer_moonshot",
            apiVersionNumber: "v1",
            apiUrl: "https://developer.uspto.gov/ds-api/cancer_moonshot/v1/fields",
            apiDocumentationUrl: "https://developer.uspto.gov/ds-api-docs/index.html?url=https://developer.uspto.gov/ds-api/swagger/docs/cancer_moonshot.json"
          }
        ]
      }
    }
  },
  resource: null
};
const route$listSearchableFields = {
  operation: "listSearchableFields",
  method: "GET",
  path: "/{dataset}/{version}/fields",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: "echobrav" }
  },
  resource: null,
  errors: [{ status: "404", contentType: "application/json", example: "echobrav" }]
};
const route$performSearch = {
  operation: "performSearch",
  method: "POST",
  path: "/{dataset}/{version}/records",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePerformSearchRequestBody,
    kind: "form",
    fields: { criteria: { type: "string" }, start: { type: "integer" }, rows: { type: "integer" } }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: [{}] }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$listDataSets,
  route$listSearchableFields,
  route$performSearch
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
