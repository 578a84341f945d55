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
  batchStep,
  createBatchClient as createRuntimeBatchClient
} from "./runtime/batch.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
import { MAX_BATCH_STEPS } from "./runtime/batch.js";
const batchOperation = {
  method: "POST",
  pathTemplate: "/$batch",
  path: ["/$batch"],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  response: "json"
};
function createBatchClient(options = {}) {
  return createRuntimeBatchClient(batchOperation, options);
}
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const updateUserOperation = {
  method: "PATCH",
  pathTemplate: "/users/{usersId}",
  path: [
    "/users/",
    { "name": "usersId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "azureAd" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateUserRequestBody(value),
    "PATCH /users/{usersId} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateUserResponse(value),
    "PATCH /users/{usersId} response body"
  ),
  checkError: (status, value) => {
    if (Math.floor(status / 100) === 4) return assertValid(
      V.validateOdataError(value),
      "PATCH /users/{usersId} 4XX error body"
    );
    if (Math.floor(status / 100) === 5) return assertValid(
      V.validateOdataError(value),
      "PATCH /users/{usersId} 5XX error body"
    );
  }
};
function buildUpdateUserRequest(parameters, body, options) {
  return buildRequest(updateUserOperation, parameters, body, options);
}
function readUpdateUserResult(response, options) {
  return readResult(updateUserOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get users() {
      return {
        byUsersId: (usersId) => ({
          patch: Object.assign(
            (body, callOptions = {}) => transport.send(
              updateUserOperation,
              (build) => buildUpdateUserRequest({ path: { usersId } }, body, build),
              callOptions
            ),
            {
              permissions: permissions.updateUser,
              safe: (body, callOptions = {}) => transport.sendResult(
                updateUserOperation,
                (build) => buildUpdateUserRequest({ path: { usersId } }, body, build),
                callOptions
              ),
              step: (step, body, callOptions = {}) => batchStep(
                step.id,
                buildUpdateUserRequest(
                  { path: { usersId } },
                  body,
                  {
                    baseUrl: options.baseUrl,
                    headers: { ...options.headers, ...callOptions.headers }
                  }
                ),
                readUpdateUserResult,
                step
              )
            }
          )
        })
      };
    }
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  MAX_BATCH_STEPS,
  NetworkError,
  TimeoutError,
  batchStep,
  buildUpdateUserRequest,
  createBatchClient,
  createClient,
  readUpdateUserResult
};
