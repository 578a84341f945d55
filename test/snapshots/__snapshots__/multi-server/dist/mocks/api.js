import {
  createMockCore
} from "./runtime/core.js";
import { validateUploadRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://catalog.example.com/v2";
const route$listItems = {
  operation: "listItems",
  method: "GET",
  path: "/items",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: ["a", "b"] }
  },
  resource: null
};
const route$upload = {
  operation: "upload",
  method: "POST",
  path: "/upload",
  server: "https://catalog.example.com",
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUploadRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: { name: "uploaded" } }
  },
  resource: null
};
const MOCK_ROUTES = [route$listItems, route$upload];
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
