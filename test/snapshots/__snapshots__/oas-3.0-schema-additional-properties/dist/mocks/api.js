import {
  createMockCore
} from "./runtime/core.js";
import { validatePostPostRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postPost = {
  operation: "postPost",
  method: "POST",
  path: "/post",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostPostRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        "object with `additionalProperties: true`": {},
        "object with `additionalProperties: { type: integer }`": {},
        "object with `additionalProperties: { type: object, properties: ... }`": {},
        "object with `additionalProperties: { type: object, properties: ... }` and custom title": {},
        "object with `additionalProperties: { type: array, items: { type: integer } }`": {},
        "object with `additionalProperties: $ref, simple`": {},
        "object with `additionalProperties: $ref, with $ref`": {},
        "object with `additionalProperties: anyOf` (polymorphic)": {}
      }
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$postPost];
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
