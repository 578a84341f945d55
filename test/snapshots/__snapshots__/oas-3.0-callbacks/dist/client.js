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
const postStreamsOperation = {
  method: "POST",
  pathTemplate: "/streams",
  path: ["/streams"],
  parameters: [
    { "name": "callbackUrl", "in": "query", "style": "form", "explode": true, "required": true }
  ],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validatePostStreamsResponse(value),
    "POST /streams response body"
  )
};
function buildPostStreamsRequest(parameters, options) {
  return buildRequest(postStreamsOperation, parameters, void 0, options);
}
function readPostStreamsResult(response, options) {
  return readResult(postStreamsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get streams() {
      return {
        post: Object.assign(
          (callOptions) => transport.send(
            postStreamsOperation,
            (build) => buildPostStreamsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.postStreams,
            safe: (callOptions) => transport.sendResult(
              postStreamsOperation,
              (build) => buildPostStreamsRequest(callOptions, build),
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
  buildPostStreamsRequest,
  createClient,
  readPostStreamsResult
};
