import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const updatePetOperation = {
  method: "PUT",
  pathTemplate: "/pet",
  path: ["/pet"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateUpdatePetRequestBody(value), "PUT /pet request body")
};
function buildUpdatePetRequest(parameters = {}, body, options) {
  return buildRequest(updatePetOperation, parameters, body, options);
}
function readUpdatePetResult(response, options) {
  return readResult(updatePetOperation, response, options);
}
const addPetOperation = {
  method: "POST",
  pathTemplate: "/pet",
  path: ["/pet"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none",
  checkBody: (value) => assertValid(V.validateAddPetRequestBody(value), "POST /pet request body")
};
function buildAddPetRequest(parameters = {}, body, options) {
  return buildRequest(addPetOperation, parameters, body, options);
}
function readAddPetResult(response, options) {
  return readResult(addPetOperation, response, options);
}
const findPetsByStatusOperation = {
  method: "GET",
  pathTemplate: "/pet/findByStatus",
  path: ["/pet/findByStatus"],
  parameters: [
    { "name": "status", "in": "query", "style": "form", "explode": true, "required": true }
  ],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "text"
};
function buildFindPetsByStatusRequest(parameters, options) {
  return buildRequest(findPetsByStatusOperation, parameters, void 0, options);
}
function readFindPetsByStatusResult(response, options) {
  return readResult(findPetsByStatusOperation, response, options);
}
const findPetsByTagsOperation = {
  method: "GET",
  pathTemplate: "/pet/findByTags",
  path: ["/pet/findByTags"],
  parameters: [
    { "name": "tags", "in": "query", "style": "form", "explode": true, "required": true }
  ],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "text"
};
function buildFindPetsByTagsRequest(parameters, options) {
  return buildRequest(findPetsByTagsOperation, parameters, void 0, options);
}
function readFindPetsByTagsResult(response, options) {
  return readResult(findPetsByTagsOperation, response, options);
}
const getPetByIdOperation = {
  method: "GET",
  pathTemplate: "/pet/{petId}",
  path: [
    "/pet/",
    { "name": "petId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "api_key", "in": "header", "name": "api_key" }]],
  response: "text"
};
function buildGetPetByIdRequest(parameters, options) {
  return buildRequest(getPetByIdOperation, parameters, void 0, options);
}
function readGetPetByIdResult(response, options) {
  return readResult(getPetByIdOperation, response, options);
}
const updatePetWithFormOperation = {
  method: "POST",
  pathTemplate: "/pet/{petId}",
  path: [
    "/pet/",
    { "name": "petId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdatePetWithFormRequestBody(value),
    "POST /pet/{petId} request body"
  )
};
function buildUpdatePetWithFormRequest(parameters, body, options) {
  return buildRequest(updatePetWithFormOperation, parameters, body, options);
}
function readUpdatePetWithFormResult(response, options) {
  return readResult(updatePetWithFormOperation, response, options);
}
const deletePetOperation = {
  method: "DELETE",
  pathTemplate: "/pet/{petId}",
  path: [
    "/pet/",
    { "name": "petId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "api_key", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "http://petstore.swagger.io/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none"
};
function buildDeletePetRequest(parameters, options) {
  return buildRequest(deletePetOperation, parameters, void 0, options);
}
function readDeletePetResult(response, options) {
  return readResult(deletePetOperation, response, options);
}
const uploadFileOperation = {
  method: "POST",
  pathTemplate: "/pet/{petId}/uploadImage",
  path: [
    "/pet/",
    { "name": "petId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/uploadImage"
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/json",
  body: { "kind": "binary", "contentType": "application/octet-stream", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateUploadFileResponse(value),
    "POST /pet/{petId}/uploadImage response body"
  )
};
function buildUploadFileRequest(parameters, body, options) {
  return buildRequest(uploadFileOperation, parameters, body, options);
}
function readUploadFileResult(response, options) {
  return readResult(uploadFileOperation, response, options);
}
const getInventoryOperation = {
  method: "GET",
  pathTemplate: "/store/inventory",
  path: ["/store/inventory"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "api_key", "in": "header", "name": "api_key" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetInventoryResponse(value),
    "GET /store/inventory response body"
  )
};
function buildGetInventoryRequest(parameters = {}, options) {
  return buildRequest(getInventoryOperation, parameters, void 0, options);
}
function readGetInventoryResult(response, options) {
  return readResult(getInventoryOperation, response, options);
}
const placeOrderOperation = {
  method: "POST",
  pathTemplate: "/store/order",
  path: ["/store/order"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "text",
  checkBody: (value) => assertValid(
    V.validatePlaceOrderRequestBody(value),
    "POST /store/order request body"
  )
};
function buildPlaceOrderRequest(parameters = {}, body, options) {
  return buildRequest(placeOrderOperation, parameters, body, options);
}
function readPlaceOrderResult(response, options) {
  return readResult(placeOrderOperation, response, options);
}
const getOrderByIdOperation = {
  method: "GET",
  pathTemplate: "/store/order/{orderId}",
  path: [
    "/store/order/",
    { "name": "orderId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: false,
  response: "text"
};
function buildGetOrderByIdRequest(parameters, options) {
  return buildRequest(getOrderByIdOperation, parameters, void 0, options);
}
function readGetOrderByIdResult(response, options) {
  return readResult(getOrderByIdOperation, response, options);
}
const deleteOrderOperation = {
  method: "DELETE",
  pathTemplate: "/store/order/{orderId}",
  path: [
    "/store/order/",
    { "name": "orderId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  bearerAuth: false,
  response: "none"
};
function buildDeleteOrderRequest(parameters, options) {
  return buildRequest(deleteOrderOperation, parameters, void 0, options);
}
function readDeleteOrderResult(response, options) {
  return readResult(deleteOrderOperation, response, options);
}
const createUserOperation = {
  method: "POST",
  pathTemplate: "/user",
  path: ["/user"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateUserRequestBody(value),
    "POST /user request body"
  )
};
function buildCreateUserRequest(parameters = {}, body, options) {
  return buildRequest(createUserOperation, parameters, body, options);
}
function readCreateUserResult(response, options) {
  return readResult(createUserOperation, response, options);
}
const createUsersWithArrayInputOperation = {
  method: "POST",
  pathTemplate: "/user/createWithArray",
  path: ["/user/createWithArray"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateUsersWithArrayInputRequestBody(value),
    "POST /user/createWithArray request body"
  )
};
function buildCreateUsersWithArrayInputRequest(parameters = {}, body, options) {
  return buildRequest(createUsersWithArrayInputOperation, parameters, body, options);
}
function readCreateUsersWithArrayInputResult(response, options) {
  return readResult(createUsersWithArrayInputOperation, response, options);
}
const createUsersWithListInputOperation = {
  method: "POST",
  pathTemplate: "/user/createWithList",
  path: ["/user/createWithList"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCreateUsersWithListInputRequestBody(value),
    "POST /user/createWithList request body"
  )
};
function buildCreateUsersWithListInputRequest(parameters = {}, body, options) {
  return buildRequest(createUsersWithListInputOperation, parameters, body, options);
}
function readCreateUsersWithListInputResult(response, options) {
  return readResult(createUsersWithListInputOperation, response, options);
}
const loginUserOperation = {
  method: "GET",
  pathTemplate: "/user/login",
  path: ["/user/login"],
  parameters: [
    { "name": "username", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "password", "in": "query", "style": "form", "explode": true, "required": true }
  ],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: false,
  response: "text"
};
function buildLoginUserRequest(parameters, options) {
  return buildRequest(loginUserOperation, parameters, void 0, options);
}
function readLoginUserResult(response, options) {
  return readResult(loginUserOperation, response, options);
}
const logoutUserOperation = {
  method: "GET",
  pathTemplate: "/user/logout",
  path: ["/user/logout"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  bearerAuth: false,
  response: "none"
};
function buildLogoutUserRequest(parameters = {}, options) {
  return buildRequest(logoutUserOperation, parameters, void 0, options);
}
function readLogoutUserResult(response, options) {
  return readResult(logoutUserOperation, response, options);
}
const getUserByNameOperation = {
  method: "GET",
  pathTemplate: "/user/{username}",
  path: [
    "/user/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  accept: "application/xml, application/json",
  bearerAuth: false,
  response: "text"
};
function buildGetUserByNameRequest(parameters, options) {
  return buildRequest(getUserByNameOperation, parameters, void 0, options);
}
function readGetUserByNameResult(response, options) {
  return readResult(getUserByNameOperation, response, options);
}
const updateUserOperation = {
  method: "PUT",
  pathTemplate: "/user/{username}",
  path: [
    "/user/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateUpdateUserRequestBody(value),
    "PUT /user/{username} request body"
  )
};
function buildUpdateUserRequest(parameters, body, options) {
  return buildRequest(updateUserOperation, parameters, body, options);
}
function readUpdateUserResult(response, options) {
  return readResult(updateUserOperation, response, options);
}
const deleteUserOperation = {
  method: "DELETE",
  pathTemplate: "/user/{username}",
  path: [
    "/user/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/v2",
  bearerAuth: false,
  response: "none"
};
function buildDeleteUserRequest(parameters, options) {
  return buildRequest(deleteUserOperation, parameters, void 0, options);
}
function readDeleteUserResult(response, options) {
  return readResult(deleteUserOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get pet() {
      return {
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            updatePetOperation,
            (build) => buildUpdatePetRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.updatePet,
            safe: (body, callOptions = {}) => transport.sendResult(
              updatePetOperation,
              (build) => buildUpdatePetRequest({}, body, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            addPetOperation,
            (build) => buildAddPetRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.addPet,
            safe: (body, callOptions = {}) => transport.sendResult(
              addPetOperation,
              (build) => buildAddPetRequest({}, body, build),
              callOptions
            )
          }
        ),
        get findByStatus() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                findPetsByStatusOperation,
                (build) => buildFindPetsByStatusRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.findPetsByStatus,
                safe: (callOptions) => transport.sendResult(
                  findPetsByStatusOperation,
                  (build) => buildFindPetsByStatusRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get findByTags() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                findPetsByTagsOperation,
                (build) => buildFindPetsByTagsRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.findPetsByTags,
                safe: (callOptions) => transport.sendResult(
                  findPetsByTagsOperation,
                  (build) => buildFindPetsByTagsRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        byPetId: (petId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getPetByIdOperation,
              (build) => buildGetPetByIdRequest({ path: { petId } }, build),
              callOptions
            ),
            {
              permissions: permissions.getPetById,
              safe: (callOptions = {}) => transport.sendResult(
                getPetByIdOperation,
                (build) => buildGetPetByIdRequest({ path: { petId } }, build),
                callOptions
              )
            }
          ),
          post: Object.assign(
            (body, callOptions = {}) => transport.send(
              updatePetWithFormOperation,
              (build) => buildUpdatePetWithFormRequest({ path: { petId } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updatePetWithForm,
              safe: (body, callOptions = {}) => transport.sendResult(
                updatePetWithFormOperation,
                (build) => buildUpdatePetWithFormRequest({ path: { petId } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deletePetOperation,
              (build) => buildDeletePetRequest({ ...callOptions, path: { petId } }, build),
              callOptions
            ),
            {
              permissions: permissions.deletePet,
              safe: (callOptions = {}) => transport.sendResult(
                deletePetOperation,
                (build) => buildDeletePetRequest({ ...callOptions, path: { petId } }, build),
                callOptions
              )
            }
          ),
          get uploadImage() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  uploadFileOperation,
                  (build) => buildUploadFileRequest({ path: { petId } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.uploadFile,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    uploadFileOperation,
                    (build) => buildUploadFileRequest({ path: { petId } }, body, build),
                    callOptions
                  )
                }
              )
            };
          }
        })
      };
    },
    get store() {
      return {
        get inventory() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getInventoryOperation,
                (build) => buildGetInventoryRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getInventory,
                safe: (callOptions = {}) => transport.sendResult(
                  getInventoryOperation,
                  (build) => buildGetInventoryRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get order() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                placeOrderOperation,
                (build) => buildPlaceOrderRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.placeOrder,
                safe: (body, callOptions = {}) => transport.sendResult(
                  placeOrderOperation,
                  (build) => buildPlaceOrderRequest({}, body, build),
                  callOptions
                )
              }
            ),
            byOrderId: (orderId) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getOrderByIdOperation,
                  (build) => buildGetOrderByIdRequest({ path: { orderId } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getOrderById,
                  safe: (callOptions = {}) => transport.sendResult(
                    getOrderByIdOperation,
                    (build) => buildGetOrderByIdRequest({ path: { orderId } }, build),
                    callOptions
                  )
                }
              ),
              delete: Object.assign(
                (callOptions = {}) => transport.send(
                  deleteOrderOperation,
                  (build) => buildDeleteOrderRequest({ path: { orderId } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.deleteOrder,
                  safe: (callOptions = {}) => transport.sendResult(
                    deleteOrderOperation,
                    (build) => buildDeleteOrderRequest({ path: { orderId } }, build),
                    callOptions
                  )
                }
              )
            })
          };
        }
      };
    },
    get user() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createUserOperation,
            (build) => buildCreateUserRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createUser,
            safe: (body, callOptions = {}) => transport.sendResult(
              createUserOperation,
              (build) => buildCreateUserRequest({}, body, build),
              callOptions
            )
          }
        ),
        get createWithArray() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                createUsersWithArrayInputOperation,
                (build) => buildCreateUsersWithArrayInputRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.createUsersWithArrayInput,
                safe: (body, callOptions = {}) => transport.sendResult(
                  createUsersWithArrayInputOperation,
                  (build) => buildCreateUsersWithArrayInputRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get createWithList() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                createUsersWithListInputOperation,
                (build) => buildCreateUsersWithListInputRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.createUsersWithListInput,
                safe: (body, callOptions = {}) => transport.sendResult(
                  createUsersWithListInputOperation,
                  (build) => buildCreateUsersWithListInputRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get login() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                loginUserOperation,
                (build) => buildLoginUserRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.loginUser,
                safe: (callOptions) => transport.sendResult(
                  loginUserOperation,
                  (build) => buildLoginUserRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get logout() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                logoutUserOperation,
                (build) => buildLogoutUserRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.logoutUser,
                safe: (callOptions = {}) => transport.sendResult(
                  logoutUserOperation,
                  (build) => buildLogoutUserRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        byUsername: (username) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getUserByNameOperation,
              (build) => buildGetUserByNameRequest({ path: { username } }, build),
              callOptions
            ),
            {
              permissions: permissions.getUserByName,
              safe: (callOptions = {}) => transport.sendResult(
                getUserByNameOperation,
                (build) => buildGetUserByNameRequest({ path: { username } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateUserOperation,
              (build) => buildUpdateUserRequest({ path: { username } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateUser,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateUserOperation,
                (build) => buildUpdateUserRequest({ path: { username } }, body, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteUserOperation,
              (build) => buildDeleteUserRequest({ path: { username } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteUser,
              safe: (callOptions = {}) => transport.sendResult(
                deleteUserOperation,
                (build) => buildDeleteUserRequest({ path: { username } }, build),
                callOptions
              )
            }
          )
        })
      };
    }
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildAddPetRequest,
  buildCreateUserRequest,
  buildCreateUsersWithArrayInputRequest,
  buildCreateUsersWithListInputRequest,
  buildDeleteOrderRequest,
  buildDeletePetRequest,
  buildDeleteUserRequest,
  buildFindPetsByStatusRequest,
  buildFindPetsByTagsRequest,
  buildGetInventoryRequest,
  buildGetOrderByIdRequest,
  buildGetPetByIdRequest,
  buildGetUserByNameRequest,
  buildLoginUserRequest,
  buildLogoutUserRequest,
  buildPlaceOrderRequest,
  buildUpdatePetRequest,
  buildUpdatePetWithFormRequest,
  buildUpdateUserRequest,
  buildUploadFileRequest,
  createClient,
  readAddPetResult,
  readCreateUserResult,
  readCreateUsersWithArrayInputResult,
  readCreateUsersWithListInputResult,
  readDeleteOrderResult,
  readDeletePetResult,
  readDeleteUserResult,
  readFindPetsByStatusResult,
  readFindPetsByTagsResult,
  readGetInventoryResult,
  readGetOrderByIdResult,
  readGetPetByIdResult,
  readGetUserByNameResult,
  readLoginUserResult,
  readLogoutUserResult,
  readPlaceOrderResult,
  readUpdatePetResult,
  readUpdatePetWithFormResult,
  readUpdateUserResult,
  readUploadFileResult
};
