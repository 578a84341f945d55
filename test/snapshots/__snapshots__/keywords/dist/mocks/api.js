import {
  createMockCore
} from "./runtime/core.js";
import {
  validateReplaceAccountRequestBody,
  validateCreateScalarsRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "http://localhost";
const route$replaceAccount = {
  operation: "replaceAccount",
  method: "PUT",
  path: "/accounts/{accountId}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateReplaceAccountRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "replace",
    collection: "/accounts",
    item: "/accounts/{accountId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$createScalars = {
  operation: "createScalars",
  method: "POST",
  path: "/scalars",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateScalarsRequestBody
  },
  response: {
    status: 201,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        count: 880,
        big: 567,
        ratio: 0.7941,
        half: 465.5,
        triple: 483,
        weight: 181,
        precise: 689.1,
        code: "FM",
        letters: "del",
        nullableName: "nova",
        kind: "b",
        fixed: { x: 1, y: [true] },
        choice: 5,
        flag: true,
        color: "orange",
        point: [1, 1],
        answer: 42
      }
    }
  },
  resource: null
};
const MOCK_ROUTES = [route$replaceAccount, route$createScalars];
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
