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
const postMultipleTypesMultipleExamplesOperation = {
  method: "POST",
  pathTemplate: "/multiple-types-multiple-examples",
  path: ["/multiple-types-multiple-examples"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "text/plain, application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "text",
  checkBody: (value) => assertValid(
    V.validatePostMultipleTypesMultipleExamplesRequestBody(value),
    "POST /multiple-types-multiple-examples request body"
  )
};
function buildPostMultipleTypesMultipleExamplesRequest(parameters = {}, body, options) {
  return buildRequest(postMultipleTypesMultipleExamplesOperation, parameters, body, options);
}
function readPostMultipleTypesMultipleExamplesResult(response, options) {
  return readResult(postMultipleTypesMultipleExamplesOperation, response, options);
}
const postMultipleTypesSingleExampleOperation = {
  method: "POST",
  pathTemplate: "/multiple-types-single-example",
  path: ["/multiple-types-single-example"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "text/plain, application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "text",
  checkBody: (value) => assertValid(
    V.validatePostMultipleTypesSingleExampleRequestBody(value),
    "POST /multiple-types-single-example request body"
  )
};
function buildPostMultipleTypesSingleExampleRequest(parameters = {}, body, options) {
  return buildRequest(postMultipleTypesSingleExampleOperation, parameters, body, options);
}
function readPostMultipleTypesSingleExampleResult(response, options) {
  return readResult(postMultipleTypesSingleExampleOperation, response, options);
}
const getSingleTypeMultipleExamplesOperation = {
  method: "GET",
  pathTemplate: "/single-type-multiple-examples",
  path: ["/single-type-multiple-examples"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSingleTypeMultipleExamplesResponse(value),
    "GET /single-type-multiple-examples response body"
  )
};
function buildGetSingleTypeMultipleExamplesRequest(parameters = {}, options) {
  return buildRequest(getSingleTypeMultipleExamplesOperation, parameters, void 0, options);
}
function readGetSingleTypeMultipleExamplesResult(response, options) {
  return readResult(getSingleTypeMultipleExamplesOperation, response, options);
}
const getSingleTypeSingleExampleOperation = {
  method: "GET",
  pathTemplate: "/single-type-single-example",
  path: ["/single-type-single-example"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSingleTypeSingleExampleResponse(value),
    "GET /single-type-single-example response body"
  )
};
function buildGetSingleTypeSingleExampleRequest(parameters = {}, options) {
  return buildRequest(getSingleTypeSingleExampleOperation, parameters, void 0, options);
}
function readGetSingleTypeSingleExampleResult(response, options) {
  return readResult(getSingleTypeSingleExampleOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get multipleTypesMultipleExamples() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postMultipleTypesMultipleExamplesOperation,
            (build) => buildPostMultipleTypesMultipleExamplesRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postMultipleTypesMultipleExamples,
            safe: (body, callOptions = {}) => transport.sendResult(
              postMultipleTypesMultipleExamplesOperation,
              (build) => buildPostMultipleTypesMultipleExamplesRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get multipleTypesSingleExample() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postMultipleTypesSingleExampleOperation,
            (build) => buildPostMultipleTypesSingleExampleRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postMultipleTypesSingleExample,
            safe: (body, callOptions = {}) => transport.sendResult(
              postMultipleTypesSingleExampleOperation,
              (build) => buildPostMultipleTypesSingleExampleRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get singleTypeMultipleExamples() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getSingleTypeMultipleExamplesOperation,
            (build) => buildGetSingleTypeMultipleExamplesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getSingleTypeMultipleExamples,
            safe: (callOptions = {}) => transport.sendResult(
              getSingleTypeMultipleExamplesOperation,
              (build) => buildGetSingleTypeMultipleExamplesRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get singleTypeSingleExample() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getSingleTypeSingleExampleOperation,
            (build) => buildGetSingleTypeSingleExampleRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getSingleTypeSingleExample,
            safe: (callOptions = {}) => transport.sendResult(
              getSingleTypeSingleExampleOperation,
              (build) => buildGetSingleTypeSingleExampleRequest({}, build),
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
  buildGetSingleTypeMultipleExamplesRequest,
  buildGetSingleTypeSingleExampleRequest,
  buildPostMultipleTypesMultipleExamplesRequest,
  buildPostMultipleTypesSingleExampleRequest,
  createClient,
  readGetSingleTypeMultipleExamplesResult,
  readGetSingleTypeSingleExampleResult,
  readPostMultipleTypesMultipleExamplesResult,
  readPostMultipleTypesSingleExampleResult
};
