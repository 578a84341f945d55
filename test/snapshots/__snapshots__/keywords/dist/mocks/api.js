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
        count: 807,
        big: 190,
        ratio: 0.6776,
        half: 460,
        triple: 369,
        weight: 841.3,
        precise: 511.5,
        code: "DI",
        letters: "sie",
        nullableName: "alph",
        kind: 1,
        fixed: { x: 1, y: [true] },
        choice: 5,
        flag: false,
        color: "white",
        point: [0, 0],
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
