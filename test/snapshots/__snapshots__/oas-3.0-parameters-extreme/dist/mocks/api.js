import {
  createMockCore
} from "./runtime/core.js";
import { validatePostAnythingAllParamTypesByIdById2RequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postAnythingAllParamTypesByIdById2 = {
  operation: "postAnythingAllParamTypesByIdById2",
  method: "POST",
  path: "/anything/all-param-types/{id}/{id2}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingAllParamTypesByIdById2RequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [route$postAnythingAllParamTypesByIdById2];
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
