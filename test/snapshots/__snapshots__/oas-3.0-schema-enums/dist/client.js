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
const numberEnumSupportOperation = {
  method: "GET",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateNumberEnumSupportRequestBody(value),
    "GET /anything/strings request body"
  )
};
function buildNumberEnumSupportRequest(parameters = {}, body, options) {
  return buildRequest(numberEnumSupportOperation, parameters, body, options);
}
function readNumberEnumSupportResult(response, options) {
  return readResult(numberEnumSupportOperation, response, options);
}
const booleanEnumSupportOperation = {
  method: "PUT",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateBooleanEnumSupportRequestBody(value),
    "PUT /anything/strings request body"
  )
};
function buildBooleanEnumSupportRequest(parameters = {}, body, options) {
  return buildRequest(booleanEnumSupportOperation, parameters, body, options);
}
function readBooleanEnumSupportResult(response, options) {
  return readResult(booleanEnumSupportOperation, response, options);
}
const stringEnumSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateStringEnumSupportRequestBody(value),
    "POST /anything/strings request body"
  )
};
function buildStringEnumSupportRequest(parameters = {}, body, options) {
  return buildRequest(stringEnumSupportOperation, parameters, body, options);
}
function readStringEnumSupportResult(response, options) {
  return readResult(stringEnumSupportOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get strings() {
          return {
            get: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberEnumSupportOperation,
                (build) => buildNumberEnumSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.numberEnumSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  numberEnumSupportOperation,
                  (build) => buildNumberEnumSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                booleanEnumSupportOperation,
                (build) => buildBooleanEnumSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.booleanEnumSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  booleanEnumSupportOperation,
                  (build) => buildBooleanEnumSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                stringEnumSupportOperation,
                (build) => buildStringEnumSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.stringEnumSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  stringEnumSupportOperation,
                  (build) => buildStringEnumSupportRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        }
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
  buildBooleanEnumSupportRequest,
  buildNumberEnumSupportRequest,
  buildStringEnumSupportRequest,
  createClient,
  readBooleanEnumSupportResult,
  readNumberEnumSupportResult,
  readStringEnumSupportResult
};
