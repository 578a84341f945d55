import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "http://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "cached",
    method: "GET",
    path: "/cache",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "nocontent",
    method: "GET",
    path: "/status/204",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "redirect",
    method: "GET",
    path: "/status/302",
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
