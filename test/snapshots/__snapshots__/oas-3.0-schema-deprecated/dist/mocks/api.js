import {
  createMockCore
} from "./runtime/core.js";
import { validatePostAnythingRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const sample$StatusWrapper$3 = { status: "sold" };
const sample$Category$2 = { id: 523, name: "sierrasi" };
const route$postAnything = {
  operation: "postAnything",
  method: "POST",
  path: "/anything",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [
        {
          id: 25,
          category: sample$Category$2,
          category_alt: sample$Category$2,
          name: "doggie",
          photoUrls: ["https://example.com/photo.png"],
          tags: [{ id: 410, name: "novalima" }],
          tags_alt: [{ id: 536, name: "novasier" }],
          status: "pending",
          polymorphism: {
            oneOf: sample$StatusWrapper$3,
            allOf: { status: "available" },
            anyOf: sample$StatusWrapper$3
          }
        }
      ]
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$postAnything];
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
