import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getAnything = {
  operation: "getAnything",
  method: "GET",
  path: "/anything",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null,
  errors: [
    {
      status: "404",
      contentType: "application/json",
      example: {
        statusCode: 707,
        error: "deltatan",
        inner: {
          statusCode: 65,
          error: "bravoech",
          inner: {
            statusCode: 985,
            error: "tangonov",
            inner: {
              statusCode: 203,
              error: "sierraec",
              inner: {},
              canBeRetried: "No",
              detailedErrorCode: 11
            },
            canBeRetried: "No",
            detailedErrorCode: 178
          },
          canBeRetried: "Yes",
          detailedErrorCode: 212
        },
        canBeRetried: "Yes",
        detailedErrorCode: 549
      }
    }
  ]
};
const MOCK_ROUTES = [route$getAnything];
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
