import {
  createMockCore
} from "./runtime/core.js";
import { validateDemoFormDataRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$demoFormData = {
  operation: "demoFormData",
  method: "POST",
  path: "/anything",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validateDemoFormDataRequestBody,
    kind: "form",
    fields: {
      client_id: { type: "string" },
      client_secret: { type: "string" },
      scope: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { access_token: 442, token_type: "bravodel", expires_in: 956 }
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$demoFormData];
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
