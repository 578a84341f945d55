import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postAnythingAnd = {
  operation: "postAnythingAnd",
  method: "POST",
  path: "/anything/and",
  server: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingAndOr = {
  operation: "postAnythingAndOr",
  method: "POST",
  path: "/anything/and-or",
  server: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingManyAndOr = {
  operation: "postAnythingManyAndOr",
  method: "POST",
  path: "/anything/many-and-or",
  server: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOr = {
  operation: "postAnythingOr",
  method: "POST",
  path: "/anything/or",
  server: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$postAnythingAnd,
  route$postAnythingAndOr,
  route$postAnythingManyAndOr,
  route$postAnythingOr
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
