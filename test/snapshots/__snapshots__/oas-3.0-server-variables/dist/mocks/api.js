import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://demo.example.com:443/v2";
const route$putCombo = {
  operation: "putCombo",
  method: "PUT",
  path: "/combo",
  server: "https://httpbin.com/anything/demo",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postGlobal = {
  operation: "postGlobal",
  method: "POST",
  path: "/global",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postOperation = {
  operation: "postOperation",
  method: "POST",
  path: "/operation",
  server: "https://httpbin.com/anything/demo",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$putPath = {
  operation: "putPath",
  method: "PUT",
  path: "/path",
  server: "https://httpbin.com/anything/common/demo",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$putCombo,
  route$postGlobal,
  route$postOperation,
  route$putPath
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
