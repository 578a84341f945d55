import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "getAnythingById",
    method: "GET",
    path: "/anything/{id}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingById",
    method: "POST",
    path: "/anything/{id}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingByIdOverride",
    method: "GET",
    path: "/anything/{id}/override",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingByIdByAction",
    method: "GET",
    path: "/anything/{id}/{action}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingByIdByActionById",
    method: "GET",
    path: "/anything/{id}/{action}/{id}",
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
