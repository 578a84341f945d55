import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "http://httpbin.org";
const route$cached = {
  operation: "cached",
  method: "GET",
  path: "/cache",
  server: null,
  security: [[{ kind: "bearer", scheme: "api_key" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$nocontent = {
  operation: "nocontent",
  method: "GET",
  path: "/status/204",
  server: null,
  security: [[{ kind: "bearer", scheme: "api_key" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$redirect = {
  operation: "redirect",
  method: "GET",
  path: "/status/302",
  server: null,
  security: [[{ kind: "bearer", scheme: "api_key" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [route$cached, route$nocontent, route$redirect];
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
