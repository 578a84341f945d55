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
const getAnythingOperation = {
  method: "GET",
  pathTemplate: "/anything",
  path: ["/anything"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingResponse(value),
    "GET /anything response body"
  )
};
function buildGetAnythingRequest(parameters = {}, options) {
  return buildRequest(getAnythingOperation, parameters, void 0, options);
}
function readGetAnythingResult(response, options) {
  return readResult(getAnythingOperation, response, options);
}
const putAnythingOperation = {
  method: "PUT",
  pathTemplate: "/anything",
  path: ["/anything"],
  parameters: [
    { "name": "content", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validatePutAnythingResponse(value),
    "PUT /anything response body"
  )
};
function buildPutAnythingRequest(parameters = {}, options) {
  return buildRequest(putAnythingOperation, parameters, void 0, options);
}
function readPutAnythingResult(response, options) {
  return readResult(putAnythingOperation, response, options);
}
const postAnythingOperation = {
  method: "POST",
  pathTemplate: "/anything",
  path: ["/anything"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingRequestBody(value),
    "POST /anything request body"
  )
};
function buildPostAnythingRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingOperation, parameters, body, options);
}
function readPostAnythingResult(response, options) {
  return readResult(postAnythingOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getAnythingOperation,
            (build) => buildGetAnythingRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getAnything,
            safe: (callOptions = {}) => transport.sendResult(
              getAnythingOperation,
              (build) => buildGetAnythingRequest({}, build),
              callOptions
            )
          }
        ),
        put: Object.assign(
          (callOptions = {}) => transport.send(
            putAnythingOperation,
            (build) => buildPutAnythingRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.putAnything,
            safe: (callOptions = {}) => transport.sendResult(
              putAnythingOperation,
              (build) => buildPutAnythingRequest(callOptions, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postAnythingOperation,
            (build) => buildPostAnythingRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postAnything,
            safe: (body, callOptions = {}) => transport.sendResult(
              postAnythingOperation,
              (build) => buildPostAnythingRequest({}, body, build),
              callOptions
            )
          }
        )
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
  buildGetAnythingRequest,
  buildPostAnythingRequest,
  buildPutAnythingRequest,
  createClient,
  readGetAnythingResult,
  readPostAnythingResult,
  readPutAnythingResult
};
