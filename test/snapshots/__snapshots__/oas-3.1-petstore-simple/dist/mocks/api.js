import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getPetById = {
  operation: "getPetById",
  method: "GET",
  path: "/pet/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$putPetById = {
  operation: "putPetById",
  method: "PUT",
  path: "/pet/{id}",
  server: null,
  security: [[{ kind: "basic", scheme: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [route$getPetById, route$putPetById];
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
