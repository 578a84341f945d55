import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const updateUserOperation = {
  method: "PATCH",
  pathTemplate: "/users/{usersId}",
  path: [
    "/users/",
    { name: "usersId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "azureAd" }]],
  response: "json",
  checkBody: (value) => assertValid(V.validateUpdateUserRequestBody(value), "PATCH /users/{usersId} request body"),
  checkResponse: (value) => assertValid(V.validateUpdateUserResponse(value), "PATCH /users/{usersId} response body")
};
function buildUpdateUserRequest(parameters, body, options) {
  return buildRequest(updateUserOperation, parameters, body, options);
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
            { permissions: permissions.updateUser }
          )
        })
      };
    }
  };
}
export {
  ApiError,
  CrossOriginLinkError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildUpdateUserRequest,
  createClient
};
