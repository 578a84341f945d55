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
const postAnythingOperation = {
  method: "POST",
  pathTemplate: "/anything",
  path: ["/anything"],
  parameters: [
    { "name": "filter", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "filterLegacy", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "status", "in": "query", "style": "form", "explode": true, "required": true }
  ],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostAnythingRequestBody(value),
    "POST /anything request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostAnythingResponse(value),
    "POST /anything response body"
  )
};
function buildPostAnythingRequest(parameters, body, options) {
  return buildRequest(postAnythingOperation, parameters, body, options);
}
function readPostAnythingResult(response, options) {
  return readResult(postAnythingOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        post: Object.assign(
          (body, callOptions) => transport.send(
            postAnythingOperation,
            (build) => buildPostAnythingRequest(callOptions, body, build),
            callOptions
          ),
          {
            permissions: permissions.postAnything,
            safe: (body, callOptions) => transport.sendResult(
              postAnythingOperation,
              (build) => buildPostAnythingRequest(callOptions, body, build),
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
  buildPostAnythingRequest,
  createClient,
  readPostAnythingResult
};
