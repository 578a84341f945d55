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
const directCircularOperation = {
  method: "POST",
  pathTemplate: "/direct",
  path: ["/direct"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateDirectCircularRequestBody(value),
    "POST /direct request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateDirectCircularResponse(value),
    "POST /direct response body"
  )
};
function buildDirectCircularRequest(parameters = {}, body, options) {
  return buildRequest(directCircularOperation, parameters, body, options);
}
function readDirectCircularResult(response, options) {
  return readResult(directCircularOperation, response, options);
}
const indirectCircularOperation = {
  method: "POST",
  pathTemplate: "/indirect",
  path: ["/indirect"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateIndirectCircularRequestBody(value),
    "POST /indirect request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateIndirectCircularResponse(value),
    "POST /indirect response body"
  )
};
function buildIndirectCircularRequest(parameters = {}, body, options) {
  return buildRequest(indirectCircularOperation, parameters, body, options);
}
function readIndirectCircularResult(response, options) {
  return readResult(indirectCircularOperation, response, options);
}
const multipleCircularOperation = {
  method: "POST",
  pathTemplate: "/multiple",
  path: ["/multiple"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateMultipleCircularRequestBody(value),
    "POST /multiple request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateMultipleCircularResponse(value),
    "POST /multiple response body"
  )
};
function buildMultipleCircularRequest(parameters = {}, body, options) {
  return buildRequest(multipleCircularOperation, parameters, body, options);
}
function readMultipleCircularResult(response, options) {
  return readResult(multipleCircularOperation, response, options);
}
const polymorphicCircularOperation = {
  method: "POST",
  pathTemplate: "/polymorphic",
  path: ["/polymorphic"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePolymorphicCircularRequestBody(value),
    "POST /polymorphic request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePolymorphicCircularResponse(value),
    "POST /polymorphic response body"
  )
};
function buildPolymorphicCircularRequest(parameters = {}, body, options) {
  return buildRequest(polymorphicCircularOperation, parameters, body, options);
}
function readPolymorphicCircularResult(response, options) {
  return readResult(polymorphicCircularOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get direct() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            directCircularOperation,
            (build) => buildDirectCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.directCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              directCircularOperation,
              (build) => buildDirectCircularRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get indirect() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            indirectCircularOperation,
            (build) => buildIndirectCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.indirectCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              indirectCircularOperation,
              (build) => buildIndirectCircularRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get multiple() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            multipleCircularOperation,
            (build) => buildMultipleCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.multipleCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              multipleCircularOperation,
              (build) => buildMultipleCircularRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get polymorphic() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            polymorphicCircularOperation,
            (build) => buildPolymorphicCircularRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.polymorphicCircular,
            safe: (body, callOptions = {}) => transport.sendResult(
              polymorphicCircularOperation,
              (build) => buildPolymorphicCircularRequest({}, body, build),
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
  buildDirectCircularRequest,
  buildIndirectCircularRequest,
  buildMultipleCircularRequest,
  buildPolymorphicCircularRequest,
  createClient,
  readDirectCircularResult,
  readIndirectCircularResult,
  readMultipleCircularResult,
  readPolymorphicCircularResult
};
