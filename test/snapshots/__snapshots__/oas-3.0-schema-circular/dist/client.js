import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const putCircularOperation = {
  method: "PUT",
  pathTemplate: "/circular",
  path: ["/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { kind: "multipart", contentType: "multipart/form-data", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(V.validatePutCircularRequestBody(value), "PUT /circular request body")
};
function buildPutCircularRequest(parameters = {}, body, options) {
  return buildRequest(putCircularOperation, parameters, body, options);
}
const putNestedTestOperation = {
  method: "PUT",
  pathTemplate: "/nestedTest",
  path: ["/nestedTest"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(V.validatePutNestedTestRequestBody(value), "PUT /nestedTest request body")
};
function buildPutNestedTestRequest(parameters = {}, body, options) {
  return buildRequest(putNestedTestOperation, parameters, body, options);
}
const postNotQuiteCircularOperation = {
  method: "POST",
  pathTemplate: "/not-quite-circular",
  path: ["/not-quite-circular"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  body: { kind: "json", contentType: "application/json", required: true },
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
          { permissions: permissions.putCircular }
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
          { permissions: permissions.putNestedTest }
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
          { permissions: permissions.postNotQuiteCircular }
        )
      };
    }
  };
}
export {
  ApiError,
  CrossOriginLinkError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildPostNotQuiteCircularRequest,
  buildPutCircularRequest,
  buildPutNestedTestRequest,
  createClient
};
