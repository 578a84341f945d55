import {
  createMockCore
} from "./runtime/core.js";
import { validateEncodingFormRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$encodingForm = {
  operation: "encodingForm",
  method: "PUT",
  path: "/form/primitive",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateEncodingFormRequestBody,
    kind: "multipart",
    fields: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [route$encodingForm];
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
