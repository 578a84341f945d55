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
        statusCode: 832,
        error: "bravosie",
        inner: {
          statusCode: 846,
          error: "sierrano",
          inner: {
            statusCode: 755,
            error: "deltasie",
            inner: {
              statusCode: 325,
              error: "alphatan",
              inner: {},
              canBeRetried: "Unknown",
              detailedErrorCode: 330
            },
            canBeRetried: "Yes",
            detailedErrorCode: 831
          },
          canBeRetried: "Yes",
          detailedErrorCode: 217
        },
        canBeRetried: "Yes",
        detailedErrorCode: 360
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
