import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getAnythingApiKey = {
  operation: "getAnythingApiKey",
  method: "GET",
  path: "/anything/apiKey",
  server: null,
  security: [[{ kind: "apiKey", scheme: "apiKey_query", in: "query", name: "apiKey" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$putAnythingApiKey = {
  operation: "putAnythingApiKey",
  method: "PUT",
  path: "/anything/apiKey",
  server: null,
  security: [[{ kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingApiKey = {
  operation: "postAnythingApiKey",
  method: "POST",
  path: "/anything/apiKey",
  server: null,
  security: [[{ kind: "apiKey", scheme: "apiKey_cookie", in: "cookie", name: "api_key" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingBasic = {
  operation: "postAnythingBasic",
  method: "POST",
  path: "/anything/basic",
  server: null,
  security: [[{ kind: "basic", scheme: "basic" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$putAnythingBearer = {
  operation: "putAnythingBearer",
  method: "PUT",
  path: "/anything/bearer",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer_jwt" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingBearer = {
  operation: "postAnythingBearer",
  method: "POST",
  path: "/anything/bearer",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingMutualTLS = {
  operation: "postAnythingMutualTLS",
  method: "POST",
  path: "/anything/mutualTLS",
  server: null,
  security: [[{ kind: "other", scheme: "mutualTLS" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingNoAuth = {
  operation: "postAnythingNoAuth",
  method: "POST",
  path: "/anything/no-auth",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getAnythingOauth2 = {
  operation: "getAnythingOauth2",
  method: "GET",
  path: "/anything/oauth2",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth2_authorizationCode" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$putAnythingOauth2 = {
  operation: "putAnythingOauth2",
  method: "PUT",
  path: "/anything/oauth2",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth2_clientCredentials" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOauth2 = {
  operation: "postAnythingOauth2",
  method: "POST",
  path: "/anything/oauth2",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth2" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$deleteAnythingOauth2 = {
  operation: "deleteAnythingOauth2",
  method: "DELETE",
  path: "/anything/oauth2",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth2_password" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$patchAnythingOauth2 = {
  operation: "patchAnythingOauth2",
  method: "PATCH",
  path: "/anything/oauth2",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth2_implicit" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOpenIdConnect = {
  operation: "postAnythingOpenIdConnect",
  method: "POST",
  path: "/anything/openIdConnect",
  server: null,
  security: [[{ kind: "bearer", scheme: "openIdConnect" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postStatus401 = {
  operation: "postStatus401",
  method: "POST",
  path: "/status/401",
  server: null,
  security: [[{ kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }]],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getAnythingApiKey,
  route$putAnythingApiKey,
  route$postAnythingApiKey,
  route$postAnythingBasic,
  route$putAnythingBearer,
  route$postAnythingBearer,
  route$postAnythingMutualTLS,
  route$postAnythingNoAuth,
  route$getAnythingOauth2,
  route$putAnythingOauth2,
  route$postAnythingOauth2,
  route$deleteAnythingOauth2,
  route$patchAnythingOauth2,
  route$postAnythingOpenIdConnect,
  route$postStatus401
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
