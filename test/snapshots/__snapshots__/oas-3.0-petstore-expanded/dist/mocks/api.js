import {
  createMockCore
} from "./runtime/core.js";
import { validateAddPetRequestBody } from "../validators.js";
const MOCK_BASE_URL = "http://petstore.swagger.io/api";
const sample$Error$0 = { code: 600, message: "echotang" };
const route$findPets = {
  operation: "findPets",
  method: "GET",
  path: "/pets",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/pets",
    item: "/pets/{id}",
    key: "id",
    keyType: "integer",
    typeTag: null,
    listShape: "array"
  },
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$addPet = {
  operation: "addPet",
  method: "POST",
  path: "/pets",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateAddPetRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/pets",
    item: "/pets/{id}",
    key: "id",
    keyType: "integer",
    typeTag: null
  },
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$findPetById = {
  operation: "findPetById",
  method: "GET",
  path: "/pets/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/pets",
    item: "/pets/{id}",
    key: "id",
    keyType: "integer",
    typeTag: null
  },
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$deletePet = {
  operation: "deletePet",
  method: "DELETE",
  path: "/pets/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/pets",
    item: "/pets/{id}",
    key: "id",
    keyType: "integer",
    typeTag: null
  },
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const MOCK_ROUTES = [
  route$findPets,
  route$addPet,
  route$findPetById,
  route$deletePet
];
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
