import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getAnythingById = {
  operation: "getAnythingById",
  method: "GET",
  path: "/anything/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingById = {
  operation: "postAnythingById",
  method: "POST",
  path: "/anything/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingByIdOverride = {
  operation: "getAnythingByIdOverride",
  method: "GET",
  path: "/anything/{id}/override",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingByIdByAction = {
  operation: "getAnythingByIdByAction",
  method: "GET",
  path: "/anything/{id}/{action}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingByIdByActionById = {
  operation: "getAnythingByIdByActionById",
  method: "GET",
  path: "/anything/{id}/{action}/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getAnythingById,
  route$postAnythingById,
  route$getAnythingByIdOverride,
  route$getAnythingByIdByAction,
  route$getAnythingByIdByActionById
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
