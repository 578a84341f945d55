import {
  createMockCore
} from "./runtime/core.js";
import {
  validateUpdatePetRequestBody,
  validateAddPetRequestBody,
  validateUpdatePetWithFormRequestBody,
  validatePlaceOrderRequestBody,
  validateCreateUserRequestBody,
  validateCreateUsersWithArrayInputRequestBody,
  validateCreateUsersWithListInputRequestBody,
  validateUpdateUserRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "http://petstore.swagger.io/v2";
const sample$Pet$1 = {
  id: 585,
  category: { id: 982, name: "alphasie" },
  name: "doggie",
  photoUrls: ["limalima"],
  tags: [{ id: 765, name: "alphaech" }],
  status: "available"
};
const route$updatePet = {
  operation: "updatePet",
  method: "PUT",
  path: "/pet",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json", "application/xml"],
    json: true,
    object: true,
    validate: validateUpdatePetRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$addPet = {
  operation: "addPet",
  method: "POST",
  path: "/pet",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json", "application/xml"],
    json: true,
    object: true,
    validate: validateAddPetRequestBody
  },
  response: { status: 201, media: null },
  resource: {
    action: "create",
    collection: "/pet",
    item: "/pet/{petId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$findPetsByStatus = {
  operation: "findPetsByStatus",
  method: "GET",
  path: "/pet/findByStatus",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: [sample$Pet$1] }
  },
  resource: null
};
const route$findPetsByTags = {
  operation: "findPetsByTags",
  method: "GET",
  path: "/pet/findByTags",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: [sample$Pet$1] }
  },
  resource: null
};
const route$getPetById = {
  operation: "getPetById",
  method: "GET",
  path: "/pet/{petId}",
  server: null,
  security: [[{ kind: "apiKey", scheme: "api_key", in: "header", name: "api_key" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/pet",
    item: "/pet/{petId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$updatePetWithForm = {
  operation: "updatePetWithForm",
  method: "POST",
  path: "/pet/{petId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validateUpdatePetWithFormRequestBody,
    kind: "form",
    fields: { name: { type: "string" }, status: { type: "string" } }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$deletePet = {
  operation: "deletePet",
  method: "DELETE",
  path: "/pet/{petId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/pet",
    item: "/pet/{petId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$uploadFile = {
  operation: "uploadFile",
  method: "POST",
  path: "/pet/{petId}/uploadImage",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/octet-stream"],
    json: false,
    object: false,
    validate: null,
    kind: "binary"
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { code: 600, type: "novaalph", message: "deltatan" }
    }
  },
  resource: null
};
const route$getInventory = {
  operation: "getInventory",
  method: "GET",
  path: "/store/inventory",
  server: null,
  security: [[{ kind: "apiKey", scheme: "api_key", in: "header", name: "api_key" }]],
  requestBody: null,
  response: { status: 200, media: { contentType: "application/json", kind: "json", example: {} } },
  resource: null
};
const route$placeOrder = {
  operation: "placeOrder",
  method: "POST",
  path: "/store/order",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePlaceOrderRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/store/order",
    item: "/store/order/{orderId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$getOrderById = {
  operation: "getOrderById",
  method: "GET",
  path: "/store/order/{orderId}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/store/order",
    item: "/store/order/{orderId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$deleteOrder = {
  operation: "deleteOrder",
  method: "DELETE",
  path: "/store/order/{orderId}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/store/order",
    item: "/store/order/{orderId}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$createUser = {
  operation: "createUser",
  method: "POST",
  path: "/user",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateUserRequestBody
  },
  response: { status: 201, media: null },
  resource: {
    action: "create",
    collection: "/user",
    item: "/user/{username}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$createUsersWithArrayInput = {
  operation: "createUsersWithArrayInput",
  method: "POST",
  path: "/user/createWithArray",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateCreateUsersWithArrayInputRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$createUsersWithListInput = {
  operation: "createUsersWithListInput",
  method: "POST",
  path: "/user/createWithList",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateCreateUsersWithListInputRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$loginUser = {
  operation: "loginUser",
  method: "GET",
  path: "/user/login",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: "sierrade" }
  },
  resource: null
};
const route$logoutUser = {
  operation: "logoutUser",
  method: "GET",
  path: "/user/logout",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getUserByName = {
  operation: "getUserByName",
  method: "GET",
  path: "/user/{username}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/user",
    item: "/user/{username}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$updateUser = {
  operation: "updateUser",
  method: "PUT",
  path: "/user/{username}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateUserRequestBody
  },
  response: { status: 200, media: null },
  resource: {
    action: "replace",
    collection: "/user",
    item: "/user/{username}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$deleteUser = {
  operation: "deleteUser",
  method: "DELETE",
  path: "/user/{username}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/user",
    item: "/user/{username}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const MOCK_ROUTES = [
  route$updatePet,
  route$addPet,
  route$findPetsByStatus,
  route$findPetsByTags,
  route$getPetById,
  route$updatePetWithForm,
  route$deletePet,
  route$uploadFile,
  route$getInventory,
  route$placeOrder,
  route$getOrderById,
  route$deleteOrder,
  route$createUser,
  route$createUsersWithArrayInput,
  route$createUsersWithListInput,
  route$loginUser,
  route$logoutUser,
  route$getUserByName,
  route$updateUser,
  route$deleteUser
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
