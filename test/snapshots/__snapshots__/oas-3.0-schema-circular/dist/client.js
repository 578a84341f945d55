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
const putCircularOperation = {
  method: "PUT",
  pathTemplate: "/circular",
  path: ["/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePutCircularRequestBody(value),
    "PUT /circular request body"
  )
};
function buildPutCircularRequest(parameters = {}, body, options) {
  return buildRequest(putCircularOperation, parameters, body, options);
}
function readPutCircularResult(response, options) {
  return readResult(putCircularOperation, response, options);
}
const putNestedTestOperation = {
  method: "PUT",
  pathTemplate: "/nestedTest",
  path: ["/nestedTest"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePutNestedTestRequestBody(value),
    "PUT /nestedTest request body"
  )
};
function buildPutNestedTestRequest(parameters = {}, body, options) {
  return buildRequest(putNestedTestOperation, parameters, body, options);
}
function readPutNestedTestResult(response, options) {
  return readResult(putNestedTestOperation, response, options);
}
const postNotQuiteCircularOperation = {
  method: "POST",
  pathTemplate: "/not-quite-circular",
  path: ["/not-quite-circular"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostNotQuiteCircularRequestBody(value),
    "POST /not-quite-circular request body"
  )
};
function buildPostNotQuiteCircularRequest(parameters = {}, body, options) {
  return buildRequest(postNotQuiteCircularOperation, parameters, body, options);
}
function readPostNotQuiteCircularResult(response, options) {
  return readResult(postNotQuiteCircularOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get circular() {
      return {
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            putCircularOperation,
            (build) => buildPutCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.putCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              putCircularOperation,
              (build) => buildPutCircularRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get nestedTest() {
      return {
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            putNestedTestOperation,
            (build) => buildPutNestedTestRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.putNestedTest,
            safe: (body, callOptions = {}) => transport.sendResult(
              putNestedTestOperation,
              (build) => buildPutNestedTestRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get notQuiteCircular() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postNotQuiteCircularOperation,
            (build) => buildPostNotQuiteCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postNotQuiteCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              postNotQuiteCircularOperation,
              (build) => buildPostNotQuiteCircularRequest({}, body, build),
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
  buildPostNotQuiteCircularRequest,
  buildPutCircularRequest,
  buildPutNestedTestRequest,
  createClient,
  readPostNotQuiteCircularResult,
  readPutCircularResult,
  readPutNestedTestResult
};
