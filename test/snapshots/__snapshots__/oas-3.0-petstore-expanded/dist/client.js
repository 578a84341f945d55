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
const findPetsOperation = {
  method: "GET",
  pathTemplate: "/pets",
  path: ["/pets"],
  parameters: [
    { "name": "tags", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "limit", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://petstore.swagger.io/api",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateFindPetsResponse(value),
    "GET /pets response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /pets default error body");
  }
};
function buildFindPetsRequest(parameters = {}, options) {
  return buildRequest(findPetsOperation, parameters, void 0, options);
}
function readFindPetsResult(response, options) {
  return readResult(findPetsOperation, response, options);
}
const addPetOperation = {
  method: "POST",
  pathTemplate: "/pets",
  path: ["/pets"],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/api",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(V.validateAddPetRequestBody(value), "POST /pets request body"),
  checkResponse: (value) => assertValid(
    V.validateAddPetResponse(value),
    "POST /pets response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "POST /pets default error body");
  }
};
function buildAddPetRequest(parameters = {}, body, options) {
  return buildRequest(addPetOperation, parameters, body, options);
}
function readAddPetResult(response, options) {
  return readResult(addPetOperation, response, options);
}
const findPetByIdOperation = {
  method: "GET",
  pathTemplate: "/pets/{id}",
  path: [
    "/pets/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/api",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateFindPetByIdResponse(value),
    "GET /pets/{id} response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /pets/{id} default error body");
  }
};
function buildFindPetByIdRequest(parameters, options) {
  return buildRequest(findPetByIdOperation, parameters, void 0, options);
}
function readFindPetByIdResult(response, options) {
  return readResult(findPetByIdOperation, response, options);
}
const deletePetOperation = {
  method: "DELETE",
  pathTemplate: "/pets/{id}",
  path: [
    "/pets/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "http://petstore.swagger.io/api",
  bearerAuth: false,
  response: "none",
  checkError: (status, value) => {
    assertValid(V.validateError(value), "DELETE /pets/{id} default error body");
  }
};
function buildDeletePetRequest(parameters, options) {
  return buildRequest(deletePetOperation, parameters, void 0, options);
}
function readDeletePetResult(response, options) {
  return readResult(deletePetOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get pets() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            findPetsOperation,
            (build) => buildFindPetsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.findPets,
            safe: (callOptions = {}) => transport.sendResult(
              findPetsOperation,
              (build) => buildFindPetsRequest(callOptions, build),
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
        byId: (id) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              findPetByIdOperation,
              (build) => buildFindPetByIdRequest({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.findPetById,
              safe: (callOptions = {}) => transport.sendResult(
                findPetByIdOperation,
                (build) => buildFindPetByIdRequest({ path: { id } }, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deletePetOperation,
              (build) => buildDeletePetRequest({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.deletePet,
              safe: (callOptions = {}) => transport.sendResult(
                deletePetOperation,
                (build) => buildDeletePetRequest({ path: { id } }, build),
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
  buildDeletePetRequest,
  buildFindPetByIdRequest,
  buildFindPetsRequest,
  createClient,
  readAddPetResult,
  readDeletePetResult,
  readFindPetByIdResult,
  readFindPetsResult
};
