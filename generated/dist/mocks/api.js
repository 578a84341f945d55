import {
  createMockCore
} from "./runtime/core.js";
import { handleBatch } from "./runtime/batch.js";
import { validateUpdateUserRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://graph.microsoft.com/v1.0";
const route$updateUser = {
  operation: "updateUser",
  method: "PATCH",
  path: "/users/{usersId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "azureAd" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateUserRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/users",
    item: "/users/{usersId}",
    key: "id",
    keyType: "string",
    typeTag: { property: "@odata.type", value: "#microsoft.graph.user" }
  }
};
const MOCK_ROUTES = [route$updateUser];
const MOCK_SEED_DATA = {
  "/users": [
    { "@odata.type": "#microsoft.graph.user", id: "d36894ae-94ae-d368-ae94-68d3ae9468d3" }
  ]
};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL, batch: handleBatch },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
