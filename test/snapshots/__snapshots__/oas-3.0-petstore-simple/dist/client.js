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
const getPetByIdOperation = {
  method: "GET",
  pathTemplate: "/pet/{id}",
  path: [
    "/pet/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetPetByIdRequest(parameters, options) {
  return buildRequest(getPetByIdOperation, parameters, void 0, options);
}
function readGetPetByIdResult(response, options) {
  return readResult(getPetByIdOperation, response, options);
}
const putPetByIdOperation = {
  method: "PUT",
  pathTemplate: "/pet/{id}",
  path: [
    "/pet/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "apiKey" }]],
  response: "none"
};
function buildPutPetByIdRequest(parameters, options) {
  return buildRequest(putPetByIdOperation, parameters, void 0, options);
}
function readPutPetByIdResult(response, options) {
  return readResult(putPetByIdOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get pet() {
      return {
        byId: (id) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getPetByIdOperation,
              (build) => buildGetPetByIdRequest({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.getPetById,
              safe: (callOptions = {}) => transport.sendResult(
                getPetByIdOperation,
                (build) => buildGetPetByIdRequest({ path: { id } }, build),
                callOptions
              )
            }
          ),
          put: Object.assign(
            (callOptions = {}) => transport.send(
              putPetByIdOperation,
              (build) => buildPutPetByIdRequest({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.putPetById,
              safe: (callOptions = {}) => transport.sendResult(
                putPetByIdOperation,
                (build) => buildPutPetByIdRequest({ path: { id } }, build),
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
  buildGetPetByIdRequest,
  buildPutPetByIdRequest,
  createClient,
  readGetPetByIdResult,
  readPutPetByIdResult
};
