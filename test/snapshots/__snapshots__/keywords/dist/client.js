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
const replaceAccountOperation = {
  method: "PUT",
  pathTemplate: "/accounts/{accountId}",
  path: [
    "/accounts/",
    { "name": "accountId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateReplaceAccountRequestBody(value),
    "PUT /accounts/{accountId} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateReplaceAccountResponse(value),
    "PUT /accounts/{accountId} response body"
  )
};
function buildReplaceAccountRequest(parameters, body, options) {
  return buildRequest(replaceAccountOperation, parameters, body, options);
}
function readReplaceAccountResult(response, options) {
  return readResult(replaceAccountOperation, response, options);
}
const createScalarsOperation = {
  method: "POST",
  pathTemplate: "/scalars",
  path: ["/scalars"],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateScalarsRequestBody(value),
    "POST /scalars request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateScalarsResponse(value),
    "POST /scalars response body"
  )
};
function buildCreateScalarsRequest(parameters = {}, body, options) {
  return buildRequest(createScalarsOperation, parameters, body, options);
}
function readCreateScalarsResult(response, options) {
  return readResult(createScalarsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get accounts() {
      return {
        byAccountId: (accountId) => ({
          put: Object.assign(
            (body, callOptions = {}) => transport.send(
              replaceAccountOperation,
              (build) => buildReplaceAccountRequest({ path: { accountId } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.replaceAccount,
              safe: (body, callOptions = {}) => transport.sendResult(
                replaceAccountOperation,
                (build) => buildReplaceAccountRequest({ path: { accountId } }, body, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get scalars() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createScalarsOperation,
            (build) => buildCreateScalarsRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createScalars,
            safe: (body, callOptions = {}) => transport.sendResult(
              createScalarsOperation,
              (build) => buildCreateScalarsRequest({}, body, build),
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
  buildCreateScalarsRequest,
  buildReplaceAccountRequest,
  createClient,
  readCreateScalarsResult,
  readReplaceAccountResult
};
