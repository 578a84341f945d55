import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://demo.example.com:443/v2";
const MOCK_ROUTES = [
  {
    operation: "getEmptyOperationServers",
    method: "GET",
    path: "/empty-operation-servers",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getEmptyPathItemServers",
    method: "GET",
    path: "/empty-path-item-servers",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getOperationServerVariables",
    method: "GET",
    path: "/operation-server-variables",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getPathItemRefServer",
    method: "GET",
    path: "/path-item-ref-server",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getPathItemServerSource",
    method: "GET",
    path: "/path-item-server-source",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getRelativeOperationServer",
    method: "GET",
    path: "/relative-operation-server",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getRelativePathServer",
    method: "GET",
    path: "/relative-path-server",
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
