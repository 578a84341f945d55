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
const getExamplesOperation = {
  method: "GET",
  pathTemplate: "/examples",
  path: ["/examples"],
  parameters: [],
  baseUrl: "https://httpbin.org/",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetExamplesResponse(value),
    "GET /examples response body"
  )
};
function buildGetExamplesRequest(parameters = {}, options) {
  return buildRequest(getExamplesOperation, parameters, void 0, options);
}
function readGetExamplesResult(response, options) {
  return readResult(getExamplesOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get examples() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getExamplesOperation,
            (build) => buildGetExamplesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getExamples,
            safe: (callOptions = {}) => transport.sendResult(
              getExamplesOperation,
              (build) => buildGetExamplesRequest({}, build),
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
  buildGetExamplesRequest,
  createClient,
  readGetExamplesResult
};
