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
const cachedOperation = {
  method: "GET",
  pathTemplate: "/cache",
  path: ["/cache"],
  parameters: [
    {
      "name": "If-Modified-Since",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    },
    {
      "name": "If-None-Match",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "http://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "api_key" }]],
  response: "none"
};
function buildCachedRequest(parameters = {}, options) {
  return buildRequest(cachedOperation, parameters, void 0, options);
}
function readCachedResult(response, options) {
  return readResult(cachedOperation, response, options);
}
const nocontentOperation = {
  method: "GET",
  pathTemplate: "/status/204",
  path: ["/status/204"],
  parameters: [],
  baseUrl: "http://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "api_key" }]],
  response: "none"
};
function buildNocontentRequest(parameters = {}, options) {
  return buildRequest(nocontentOperation, parameters, void 0, options);
}
function readNocontentResult(response, options) {
  return readResult(nocontentOperation, response, options);
}
const redirectOperation = {
  method: "GET",
  pathTemplate: "/status/302",
  path: ["/status/302"],
  parameters: [],
  baseUrl: "http://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "api_key" }]],
  response: "none"
};
function buildRedirectRequest(parameters = {}, options) {
  return buildRequest(redirectOperation, parameters, void 0, options);
}
function readRedirectResult(response, options) {
  return readResult(redirectOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get cache() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            cachedOperation,
            (build) => buildCachedRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.cached,
            safe: (callOptions = {}) => transport.sendResult(
              cachedOperation,
              (build) => buildCachedRequest(callOptions, build),
              callOptions
            )
          }
        )
      };
    },
    get status() {
      return {
        get _204() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                nocontentOperation,
                (build) => buildNocontentRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.nocontent,
                safe: (callOptions = {}) => transport.sendResult(
                  nocontentOperation,
                  (build) => buildNocontentRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get _302() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                redirectOperation,
                (build) => buildRedirectRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.redirect,
                safe: (callOptions = {}) => transport.sendResult(
                  redirectOperation,
                  (build) => buildRedirectRequest({}, build),
                  callOptions
                )
              }
            )
          };
        }
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
  buildCachedRequest,
  buildNocontentRequest,
  buildRedirectRequest,
  createClient,
  readCachedResult,
  readNocontentResult,
  readRedirectResult
};
