import {
  createMockCore
} from "./runtime/core.js";
import {
  validateNumberEnumSupportRequestBody,
  validateBooleanEnumSupportRequestBody,
  validateStringEnumSupportRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$numberEnumSupport = {
  operation: "numberEnumSupport",
  method: "GET",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateNumberEnumSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$booleanEnumSupport = {
  operation: "booleanEnumSupport",
  method: "PUT",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateBooleanEnumSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$stringEnumSupport = {
  operation: "stringEnumSupport",
  method: "POST",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateStringEnumSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$numberEnumSupport,
  route$booleanEnumSupport,
  route$stringEnumSupport
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
