import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "getAnythingBooleans",
    method: "GET",
    path: "/anything/booleans",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingJsonschemaFormats",
    method: "GET",
    path: "/anything/jsonschema-formats",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingNumbers",
    method: "GET",
    path: "/anything/numbers",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingOasFormats",
    method: "GET",
    path: "/anything/oas-formats",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingStrings",
    method: "GET",
    path: "/anything/strings",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  }
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
