import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "http://localhost";
const route$postStreams = {
  operation: "postStreams",
  method: "POST",
  path: "/streams",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 201,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { subscriptionId: "2531329f-fb09-4ef7-887e-84e648214436" }
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$postStreams];
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
