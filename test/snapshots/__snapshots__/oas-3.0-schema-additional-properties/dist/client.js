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
const postPostOperation = {
  method: "POST",
  pathTemplate: "/post",
  path: ["/post"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostPostRequestBody(value),
    "POST /post request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostPostResponse(value),
    "POST /post response body"
  )
};
function buildPostPostRequest(parameters = {}, body, options) {
  return buildRequest(postPostOperation, parameters, body, options);
}
function readPostPostResult(response, options) {
  return readResult(postPostOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get post2() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postPostOperation,
            (build) => buildPostPostRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postPost,
            safe: (body, callOptions = {}) => transport.sendResult(
              postPostOperation,
              (build) => buildPostPostRequest({}, body, build),
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
  buildPostPostRequest,
  createClient,
  readPostPostResult
};
