import {
  createMockCore
} from "./runtime/core.js";
import { validatePostAnythingRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/anything";
const sample$Offset$1 = { id: "tangotan", rules: { transitions: [{}] } };
const route$getAnything = {
  operation: "getAnything",
  method: "GET",
  path: "/anything",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        dateTime: "2024-10-30T14:00:00Z",
        offsetAfter: sample$Offset$1,
        offsetBefore: sample$Offset$1
      }
    }
  },
  resource: null
};
const route$putAnything = {
  operation: "putAnything",
  method: "PUT",
  path: "/anything",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [{ stock: { test_param: [{}] } }]
    }
  },
  resource: null
};
const route$postAnything = {
  operation: "postAnything",
  method: "POST",
  path: "/anything",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getAnything,
  route$putAnything,
  route$postAnything
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
