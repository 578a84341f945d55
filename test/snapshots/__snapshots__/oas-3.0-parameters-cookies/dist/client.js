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
  parameters: [
    { "name": "foo", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "bar", "in": "cookie", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPostPostRequest(parameters = {}, options) {
  return buildRequest(postPostOperation, parameters, void 0, options);
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
          (callOptions = {}) => transport.send(
            postPostOperation,
            (build) => buildPostPostRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.postPost,
            safe: (callOptions = {}) => transport.sendResult(
              postPostOperation,
              (build) => buildPostPostRequest(callOptions, build),
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
