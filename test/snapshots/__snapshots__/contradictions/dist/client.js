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
const getSettingsOperation = {
  method: "GET",
  pathTemplate: "/settings",
  path: ["/settings"],
  parameters: [
    { "name": "flag", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "level", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSettingsResponse(value),
    "GET /settings response body"
  )
};
function buildGetSettingsRequest(parameters = {}, options) {
  return buildRequest(getSettingsOperation, parameters, void 0, options);
}
function readGetSettingsResult(response, options) {
  return readResult(getSettingsOperation, response, options);
}
const putSettingsOperation = {
  method: "PUT",
  pathTemplate: "/settings",
  path: ["/settings"],
  parameters: [],
  baseUrl: "",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePutSettingsRequestBody(value),
    "PUT /settings request body"
  )
};
function buildPutSettingsRequest(parameters = {}, body, options) {
  return buildRequest(putSettingsOperation, parameters, body, options);
}
function readPutSettingsResult(response, options) {
  return readResult(putSettingsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get settings() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getSettingsOperation,
            (build) => buildGetSettingsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSettings,
            safe: (callOptions = {}) => transport.sendResult(
              getSettingsOperation,
              (build) => buildGetSettingsRequest(callOptions, build),
              callOptions
            )
          }
        ),
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            putSettingsOperation,
            (build) => buildPutSettingsRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.putSettings,
            safe: (body, callOptions = {}) => transport.sendResult(
              putSettingsOperation,
              (build) => buildPutSettingsRequest({}, body, build),
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
  buildGetSettingsRequest,
  buildPutSettingsRequest,
  createClient,
  readGetSettingsResult,
  readPutSettingsResult
};
