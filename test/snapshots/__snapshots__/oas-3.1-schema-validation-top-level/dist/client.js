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
const getAnythingNumbersOperation = {
  method: "GET",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [
    {
      "name": "id-exclusive-required",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    },
    {
      "name": "id-exclusive-required-schema-v4",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingNumbersRequest(parameters, options) {
  return buildRequest(getAnythingNumbersOperation, parameters, void 0, options);
}
function readGetAnythingNumbersResult(response, options) {
  return readResult(getAnythingNumbersOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get numbers() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingNumbersOperation,
                (build) => buildGetAnythingNumbersRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingNumbers,
                safe: (callOptions) => transport.sendResult(
                  getAnythingNumbersOperation,
                  (build) => buildGetAnythingNumbersRequest(callOptions, build),
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
  buildGetAnythingNumbersRequest,
  createClient,
  readGetAnythingNumbersResult
};
