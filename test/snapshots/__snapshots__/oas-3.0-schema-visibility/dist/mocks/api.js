import {
  createMockCore
} from "./runtime/core.js";
import { validatePostRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$post = {
  operation: "post",
  method: "POST",
  path: "/",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { id: "novalima", propWithReadOnly: "sierrade" }
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$post];
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
