import {
  createMockCore
} from "./runtime/core.js";
import { validatePutSettingsRequestBody } from "../validators.js";
const MOCK_BASE_URL = "http://localhost";
const route$getSettings = {
  operation: "getSettings",
  method: "GET",
  path: "/settings",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        booleanAsString: null,
        mixedEnum: "off",
        constOfOtherType: null,
        disjointAllOf: null,
        emptyLength: "tango",
        constOutsideEnum: null,
        nullableEnum: null,
        emptyRange: 3,
        enumMember: null,
        booleanEnum: null
      }
    }
  },
  resource: null
};
const route$putSettings = {
  operation: "putSettings",
  method: "PUT",
  path: "/settings",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePutSettingsRequestBody
  },
  response: { status: 204, media: null },
  resource: null
};
const MOCK_ROUTES = [route$getSettings, route$putSettings];
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
