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
const encodingFormOperation = {
  method: "PUT",
  pathTemplate: "/form/primitive",
  path: ["/form/primitive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "form" },
      "object": { "style": "form" },
      "primitive": { "style": "form" }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateEncodingFormRequestBody(value),
    "PUT /form/primitive request body"
  )
};
function buildEncodingFormRequest(parameters = {}, body, options) {
  return buildRequest(encodingFormOperation, parameters, body, options);
}
function readEncodingFormResult(response, options) {
  return readResult(encodingFormOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get form() {
      return {
        get primitive() {
          return {
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                encodingFormOperation,
                (build) => buildEncodingFormRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.encodingForm,
                safe: (body, callOptions = {}) => transport.sendResult(
                  encodingFormOperation,
                  (build) => buildEncodingFormRequest({}, body, build),
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
  buildEncodingFormRequest,
  createClient,
  readEncodingFormResult
};
