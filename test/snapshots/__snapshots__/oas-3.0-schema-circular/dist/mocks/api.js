import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePutNestedTestRequestBody,
  validatePostNotQuiteCircularRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/";
const route$putCircular = {
  operation: "putCircular",
  method: "PUT",
  path: "/circular",
  server: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: null
  },
  response: { status: 200, media: null },
  resource: null
};
const route$putNestedTest = {
  operation: "putNestedTest",
  method: "PUT",
  path: "/nestedTest",
  server: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePutNestedTestRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postNotQuiteCircular = {
  operation: "postNotQuiteCircular",
  method: "POST",
  path: "/not-quite-circular",
  server: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostNotQuiteCircularRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$putCircular,
  route$putNestedTest,
  route$postNotQuiteCircular
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
