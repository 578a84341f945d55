import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org/";
const route$getExample = {
  operation: "getExample",
  method: "GET",
  path: "/example",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { id: 12345, email: "test@example.com", name: "Test user name" }
    }
  },
  resource: null
};
const route$getExamples = {
  operation: "getExamples",
  method: "GET",
  path: "/examples",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 201,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { user: { email: "test@example.com", name: "Test user name" } }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/xml",
      example: `<?xml version="1.0" encoding="UTF-8"?><note><to>Tove</to><from>Jani</from><heading>Reminder</heading><body>Don't forget me this weekend!</body></note>`
    },
    {
      status: "default",
      contentType: "application/json",
      example: { $ref: "#/components/schemas/UserResponse/example" }
    }
  ]
};
const MOCK_ROUTES = [route$getExample, route$getExamples];
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
