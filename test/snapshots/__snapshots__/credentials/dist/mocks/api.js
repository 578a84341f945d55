import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://api.example.com/v1";
const route$runAdminTask = {
  operation: "runAdminTask",
  method: "POST",
  path: "/admin",
  server: null,
  security: [
    [{ kind: "bearer", scheme: "oauth" }],
    [{ kind: "other", scheme: "clientCertificate" }]
  ],
  requestBody: null,
  response: { status: 202, media: null },
  resource: null
};
const route$listReports = {
  operation: "listReports",
  method: "GET",
  path: "/reports",
  server: null,
  security: [[{ kind: "apiKey", scheme: "headerKey", in: "header", name: "X-API-Key" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/reports",
    item: "/reports/{reportId}",
    key: "id",
    keyType: "string",
    typeTag: null,
    listShape: "array"
  }
};
const route$getReport = {
  operation: "getReport",
  method: "GET",
  path: "/reports/{reportId}",
  server: null,
  security: [
    [{ kind: "apiKey", scheme: "queryKey", in: "query", name: "api_key" }],
    [{ kind: "basic", scheme: "basicAuth" }]
  ],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/reports",
    item: "/reports/{reportId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteReport = {
  operation: "deleteReport",
  method: "DELETE",
  path: "/reports/{reportId}",
  server: null,
  security: [
    [
      { kind: "basic", scheme: "basicAuth" },
      { kind: "apiKey", scheme: "cookieKey", in: "cookie", name: "session" }
    ]
  ],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/reports",
    item: "/reports/{reportId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getStatus = {
  operation: "getStatus",
  method: "GET",
  path: "/status",
  server: null,
  security: [[], [{ kind: "bearer", scheme: "bearerAuth" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "text/plain", kind: "text", example: "echoalph" }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$runAdminTask,
  route$listReports,
  route$getReport,
  route$deleteReport,
  route$getStatus
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
