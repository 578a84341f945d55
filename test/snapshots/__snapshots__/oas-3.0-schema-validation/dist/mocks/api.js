import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getAnythingBooleans = {
  operation: "getAnythingBooleans",
  method: "GET",
  path: "/anything/booleans",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingJsonschemaFormats = {
  operation: "getAnythingJsonschemaFormats",
  method: "GET",
  path: "/anything/jsonschema-formats",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingNumbers = {
  operation: "getAnythingNumbers",
  method: "GET",
  path: "/anything/numbers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingOasFormats = {
  operation: "getAnythingOasFormats",
  method: "GET",
  path: "/anything/oas-formats",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingStrings = {
  operation: "getAnythingStrings",
  method: "GET",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getAnythingBooleans,
  route$getAnythingJsonschemaFormats,
  route$getAnythingNumbers,
  route$getAnythingOasFormats,
  route$getAnythingStrings
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
