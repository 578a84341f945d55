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
const getAnythingByIdOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}",
  path: ["/anything/", { name: "id", in: "path", style: "simple", explode: false, required: true }],
  parameters: [
    { name: "x-extra-id", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdRequest(parameters, options) {
  return buildRequest(getAnythingByIdOperation, parameters, void 0, options);
}
const postAnythingByIdOperation = {
  method: "POST",
  pathTemplate: "/anything/{id}",
  path: ["/anything/", { name: "id", in: "path", style: "simple", explode: false, required: true }],
  parameters: [
    { name: "x-extra-id", in: "header", style: "simple", explode: false, required: false },
    { name: "limit", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPostAnythingByIdRequest(parameters, options) {
  return buildRequest(postAnythingByIdOperation, parameters, void 0, options);
}
const getAnythingByIdOverrideOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/override",
  path: [
    "/anything/",
    { name: "id", in: "path", style: "simple", explode: false, required: true },
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
const getAnythingByIdByActionOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/{action}",
  path: [
    "/anything/",
    { name: "id", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "action", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdByActionRequest(parameters, options) {
  return buildRequest(getAnythingByIdByActionOperation, parameters, void 0, options);
}
const getAnythingByIdByActionByIdOperation = {
  method: "GET",
  pathTemplate: "/anything/{id}/{action}/{id}",
  path: [
    "/anything/",
    { name: "id", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "action", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "id", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingByIdByActionByIdRequest(parameters, options) {
  return buildRequest(getAnythingByIdByActionByIdOperation, parameters, void 0, options);
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
            { permissions: permissions.getAnythingById }
          ),
          post: Object.assign(
            (callOptions = {}) => transport.send(
              postAnythingByIdOperation,
              (build) => buildPostAnythingByIdRequest({ ...callOptions, path: { id } }, build),
              callOptions
            ),
            { permissions: permissions.postAnythingById }
          ),
          get override() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAnythingByIdOverrideOperation,
                  (build) => buildGetAnythingByIdOverrideRequest({ path: { id } }, build),
                  callOptions
                ),
                { permissions: permissions.getAnythingByIdOverride }
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
              { permissions: permissions.getAnythingByIdByAction }
            ),
            byId: (id2) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getAnythingByIdByActionByIdOperation,
                  (build) => buildGetAnythingByIdByActionByIdRequest({ path: { id: id2, action } }, build),
                  callOptions
                ),
                { permissions: permissions.getAnythingByIdByActionById }
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
  CrossOriginLinkError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildGetAnythingByIdByActionByIdRequest,
  buildGetAnythingByIdByActionRequest,
  buildGetAnythingByIdOverrideRequest,
  buildGetAnythingByIdRequest,
  buildPostAnythingByIdRequest,
  createClient
};
