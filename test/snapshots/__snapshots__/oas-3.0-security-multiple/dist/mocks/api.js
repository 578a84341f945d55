import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postAnythingAnd = {
  operation: "postAnythingAnd",
  method: "POST",
  path: "/anything/and",
  server: null,
  security: [
    [
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" },
      { kind: "basic", scheme: "basic" },
      { kind: "bearer", scheme: "oauth2" }
    ]
  ],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingAndOr = {
  operation: "postAnythingAndOr",
  method: "POST",
  path: "/anything/and-or",
  server: null,
  security: [
    [
      { kind: "bearer", scheme: "oauth2" },
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }
    ],
    [{ kind: "bearer", scheme: "oauth2_alternate" }]
  ],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingManyAndOr = {
  operation: "postAnythingManyAndOr",
  method: "POST",
  path: "/anything/many-and-or",
  server: null,
  security: [
    [
      { kind: "bearer", scheme: "oauth2" },
      { kind: "basic", scheme: "basic" }
    ],
    [
      { kind: "bearer", scheme: "bearer" },
      { kind: "bearer", scheme: "bearer_jwt" }
    ],
    [{ kind: "bearer", scheme: "bearer_jwt" }],
    [{ kind: "basic", scheme: "basic" }],
    [
      { kind: "basic", scheme: "basic" },
      { kind: "bearer", scheme: "bearer" }
    ],
    [
      { kind: "apiKey", scheme: "apiKey_cookie", in: "cookie", name: "api_key" },
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" },
      { kind: "apiKey", scheme: "apiKey_query", in: "query", name: "apiKey" }
    ]
  ],
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOr = {
  operation: "postAnythingOr",
  method: "POST",
  path: "/anything/or",
  server: null,
  security: [
    [{ kind: "bearer", scheme: "oauth2" }],
    [{ kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }]
  ],
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
