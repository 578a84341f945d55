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
const demoFormDataOperation = {
  method: "POST",
  pathTemplate: "/anything",
  path: ["/anything"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateDemoFormDataRequestBody(value),
    "POST /anything request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateDemoFormDataResponse(value),
    "POST /anything response body"
  )
};
function buildDemoFormDataRequest(parameters = {}, body, options) {
  return buildRequest(demoFormDataOperation, parameters, body, options);
}
function readDemoFormDataResult(response, options) {
  return readResult(demoFormDataOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            demoFormDataOperation,
            (build) => buildDemoFormDataRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.demoFormData,
            safe: (body, callOptions = {}) => transport.sendResult(
              demoFormDataOperation,
              (build) => buildDemoFormDataRequest({}, body, build),
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
  buildDemoFormDataRequest,
  createClient,
  readDemoFormDataResult
};
