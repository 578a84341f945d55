import {
  createMockCore
} from "./runtime/core.js";
import { validatePostAnythingRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
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
          category: { id: 798, name: "echobrav" },
          category_alt: { id: 186, name: "echobrav" },
          name: "doggie",
          photoUrls: ["https://example.com/photo.png"],
          tags: [{ id: 504, name: "bravosie" }],
          tags_alt: [{ id: 87, name: "novalima" }],
          status: "sold",
          polymorphism: {
            oneOf: { status: "sold" },
            allOf: { status: "available" },
            anyOf: { status: "sold" }
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
