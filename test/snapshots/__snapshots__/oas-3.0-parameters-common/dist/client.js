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
const getAnythingByIdOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}",
  path: [
    "/anything/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "x-extra-id", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdRequest(parameters, options) {
  return buildRequest(getAnythingByIdOperation, parameters, void 0, options);
}
function readGetAnythingByIdResult(response, options) {
  return readResult(getAnythingByIdOperation, response, options);
}
const postAnythingByIdOperation = {
  method: "POST",
  pathTemplate: "/anything/{id}",
  path: [
    "/anything/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    {
      "name": "x-extra-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    },
    { "name": "limit", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPostAnythingByIdRequest(parameters, options) {
  return buildRequest(postAnythingByIdOperation, parameters, void 0, options);
}
function readPostAnythingByIdResult(response, options) {
  return readResult(postAnythingByIdOperation, response, options);
}
const getAnythingByIdOverrideOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/override",
  path: [
    "/anything/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/override"
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdOverrideRequest(parameters, options) {
  return buildRequest(getAnythingByIdOverrideOperation, parameters, void 0, options);
}
function readGetAnythingByIdOverrideResult(response, options) {
  return readResult(getAnythingByIdOverrideOperation, response, options);
}
const getAnythingByIdByActionOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/{action}",
  path: [
    "/anything/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "action", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdByActionRequest(parameters, options) {
  return buildRequest(getAnythingByIdByActionOperation, parameters, void 0, options);
}
function readGetAnythingByIdByActionResult(response, options) {
  return readResult(getAnythingByIdByActionOperation, response, options);
}
const getAnythingByIdByActionByIdOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/{action}/{id}",
  path: [
    "/anything/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "action", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdByActionByIdRequest(parameters, options) {
  return buildRequest(getAnythingByIdByActionByIdOperation, parameters, void 0, options);
}
function readGetAnythingByIdByActionByIdResult(response, options) {
  return readResult(getAnythingByIdByActionByIdOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        byId: (id) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getAnythingByIdOperation,
              (build) => buildGetAnythingByIdRequest({ ...callOptions, path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.getAnythingById,
              safe: (callOptions = {}) => transport.sendResult(
                getAnythingByIdOperation,
                (build) => buildGetAnythingByIdRequest({ ...callOptions, path: { id } }, build),
                callOptions
              )
            }
          ),
          post: Object.assign(
            (callOptions = {}) => transport.send(
              postAnythingByIdOperation,
              (build) => buildPostAnythingByIdRequest({ ...callOptions, path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.postAnythingById,
              safe: (callOptions = {}) => transport.sendResult(
                postAnythingByIdOperation,
                (build) => buildPostAnythingByIdRequest({ ...callOptions, path: { id } }, build),
                callOptions
              )
            }
          ),
          get override() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAnythingByIdOverrideOperation,
                  (build) => buildGetAnythingByIdOverrideRequest({ path: { id } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getAnythingByIdOverride,
                  safe: (callOptions = {}) => transport.sendResult(
                    getAnythingByIdOverrideOperation,
                    (build) => buildGetAnythingByIdOverrideRequest({ path: { id } }, build),
                    callOptions
                  )
                }
              )
            };
          },
          byAction: (action) => ({
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingByIdByActionOperation,
                (build) => buildGetAnythingByIdByActionRequest({ path: { id, action } }, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingByIdByAction,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingByIdByActionOperation,
                  (build) => buildGetAnythingByIdByActionRequest(
                    { path: { id, action } },
                    build
                  ),
                  callOptions
                )
              }
            ),
            byId: (id2) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAnythingByIdByActionByIdOperation,
                  (build) => buildGetAnythingByIdByActionByIdRequest(
                    { path: { id: id2, action } },
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.getAnythingByIdByActionById,
                  safe: (callOptions = {}) => transport.sendResult(
                    getAnythingByIdByActionByIdOperation,
                    (build) => buildGetAnythingByIdByActionByIdRequest(
                      { path: { id: id2, action } },
                      build
                    ),
                    callOptions
                  )
                }
              )
            })
          })
        })
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
  buildGetAnythingByIdByActionByIdRequest,
  buildGetAnythingByIdByActionRequest,
  buildGetAnythingByIdOverrideRequest,
  buildGetAnythingByIdRequest,
  buildPostAnythingByIdRequest,
  createClient,
  readGetAnythingByIdByActionByIdResult,
  readGetAnythingByIdByActionResult,
  readGetAnythingByIdOverrideResult,
  readGetAnythingByIdResult,
  readPostAnythingByIdResult
};
