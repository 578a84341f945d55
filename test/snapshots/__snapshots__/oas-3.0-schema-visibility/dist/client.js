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
const postOperation = {
  method: "POST",
  pathTemplate: "/",
  path: ["/"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(V.validatePostRequestBody(value), "POST / request body"),
  checkResponse: (value) => assertValid(V.validatePostResponse(value), "POST / response body")
};
function buildPostRequest(parameters = {}, body, options) {
  return buildRequest(postOperation, parameters, body, options);
}
function readPostResult(response, options) {
  return readResult(postOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    post: Object.assign(
      (body, callOptions = {}) => transport.send(
        postOperation,
        (build) => buildPostRequest({}, body, build),
        callOptions
      ),
      {
        permissions: permissions.post,
        safe: (body, callOptions = {}) => transport.sendResult(
          postOperation,
          (build) => buildPostRequest({}, body, build),
          callOptions
        )
      }
    )
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildPostRequest,
  createClient,
  readPostResult
};
