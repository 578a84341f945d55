import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "getAnythingApiKey",
    method: "GET",
    path: "/anything/apiKey",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "putAnythingApiKey",
    method: "PUT",
    path: "/anything/apiKey",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingApiKey",
    method: "POST",
    path: "/anything/apiKey",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingBasic",
    method: "POST",
    path: "/anything/basic",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "putAnythingBearer",
    method: "PUT",
    path: "/anything/bearer",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingBearer",
    method: "POST",
    path: "/anything/bearer",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingNoAuth",
    method: "POST",
    path: "/anything/no-auth",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingOauth2",
    method: "GET",
    path: "/anything/oauth2",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "putAnythingOauth2",
    method: "PUT",
    path: "/anything/oauth2",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingOauth2",
    method: "POST",
    path: "/anything/oauth2",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "deleteAnythingOauth2",
    method: "DELETE",
    path: "/anything/oauth2",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "patchAnythingOauth2",
    method: "PATCH",
    path: "/anything/oauth2",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postAnythingOpenIdConnect",
    method: "POST",
    path: "/anything/openIdConnect",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getAnythingOptionalAuth",
    method: "GET",
    path: "/anything/optional-auth",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "postStatus401",
    method: "POST",
    path: "/status/401",
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
