import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://demo.example.com:443/v2";
const route$getEmptyOperationServers = {
  operation: "getEmptyOperationServers",
  method: "GET",
  path: "/empty-operation-servers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getEmptyPathItemServers = {
  operation: "getEmptyPathItemServers",
  method: "GET",
  path: "/empty-path-item-servers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getOperationServerVariables = {
  operation: "getOperationServerVariables",
  method: "GET",
  path: "/operation-server-variables",
  server: "https://operation.example.com/v3",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getPathItemRefServer = {
  operation: "getPathItemRefServer",
  method: "GET",
  path: "/path-item-ref-server",
  server: "https://path-item-ref.example.com",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getPathItemServerSource = {
  operation: "getPathItemServerSource",
  method: "GET",
  path: "/path-item-server-source",
  server: "https://path-item-ref.example.com",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getRelativeOperationServer = {
  operation: "getRelativeOperationServer",
  method: "GET",
  path: "/relative-operation-server",
  server: "https://demo.example.com/v3",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getRelativePathServer = {
  operation: "getRelativePathServer",
  method: "GET",
  path: "/relative-path-server",
  server: "https://demo.example.com/v2",
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getEmptyOperationServers,
  route$getEmptyPathItemServers,
  route$getOperationServerVariables,
  route$getPathItemRefServer,
  route$getPathItemServerSource,
  route$getRelativeOperationServer,
  route$getRelativePathServer
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
