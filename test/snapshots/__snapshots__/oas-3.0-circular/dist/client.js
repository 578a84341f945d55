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
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none",
  checkError: (status, value) => {
    if (status === 404) return assertValid(
      V.validateErrorMessage(value),
      "GET /anything 404 error body"
    );
  }
};
function buildGetAnythingRequest(parameters = {}, options) {
  return buildRequest(getAnythingOperation, parameters, void 0, options);
}
function readGetAnythingResult(response, options) {
  return readResult(getAnythingOperation, response, options);
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
  createClient,
  readGetAnythingResult
};
