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
const postAnythingAndOperation = {
  method: "POST",
  pathTemplate: "/anything/and",
  path: ["/anything/and"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [
      { "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" },
      { "kind": "basic", "scheme": "basic" },
      { "kind": "bearer", "scheme": "oauth2" }
    ]
  ],
  response: "none"
};
function buildPostAnythingAndRequest(parameters = {}, options) {
  return buildRequest(postAnythingAndOperation, parameters, void 0, options);
}
function readPostAnythingAndResult(response, options) {
  return readResult(postAnythingAndOperation, response, options);
}
const postAnythingAndOrOperation = {
  method: "POST",
  pathTemplate: "/anything/and-or",
  path: ["/anything/and-or"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [
      { "kind": "bearer", "scheme": "oauth2" },
      { "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" }
    ],
    [{ "kind": "bearer", "scheme": "oauth2_alternate" }]
  ],
  response: "none"
};
function buildPostAnythingAndOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingAndOrOperation, parameters, void 0, options);
}
function readPostAnythingAndOrResult(response, options) {
  return readResult(postAnythingAndOrOperation, response, options);
}
const postAnythingManyAndOrOperation = {
  method: "POST",
  pathTemplate: "/anything/many-and-or",
  path: ["/anything/many-and-or"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [{ "kind": "bearer", "scheme": "oauth2" }, { "kind": "basic", "scheme": "basic" }],
    [{ "kind": "bearer", "scheme": "bearer" }, { "kind": "bearer", "scheme": "bearer_jwt" }],
    [{ "kind": "bearer", "scheme": "bearer_jwt" }],
    [{ "kind": "basic", "scheme": "basic" }],
    [{ "kind": "basic", "scheme": "basic" }, { "kind": "bearer", "scheme": "bearer" }],
    [
      { "kind": "apiKey", "scheme": "apiKey_cookie", "in": "cookie", "name": "api_key" },
      { "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" },
      { "kind": "apiKey", "scheme": "apiKey_query", "in": "query", "name": "apiKey" }
    ]
  ],
  response: "none"
};
function buildPostAnythingManyAndOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingManyAndOrOperation, parameters, void 0, options);
}
function readPostAnythingManyAndOrResult(response, options) {
  return readResult(postAnythingManyAndOrOperation, response, options);
}
const postAnythingOrOperation = {
  method: "POST",
  pathTemplate: "/anything/or",
  path: ["/anything/or"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [{ "kind": "bearer", "scheme": "oauth2" }],
    [{ "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" }]
  ],
  response: "none"
};
function buildPostAnythingOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingOrOperation, parameters, void 0, options);
}
function readPostAnythingOrResult(response, options) {
  return readResult(postAnythingOrOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get and() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingAndOperation,
                (build) => buildPostAnythingAndRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingAnd,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingAndOperation,
                  (build) => buildPostAnythingAndRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get andOr() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingAndOrOperation,
                (build) => buildPostAnythingAndOrRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingAndOr,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingAndOrOperation,
                  (build) => buildPostAnythingAndOrRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get manyAndOr() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingManyAndOrOperation,
                (build) => buildPostAnythingManyAndOrRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingManyAndOr,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingManyAndOrOperation,
                  (build) => buildPostAnythingManyAndOrRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get or() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingOrOperation,
                (build) => buildPostAnythingOrRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOr,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingOrOperation,
                  (build) => buildPostAnythingOrRequest({}, build),
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
  buildPostAnythingAndOrRequest,
  buildPostAnythingAndRequest,
  buildPostAnythingManyAndOrRequest,
  buildPostAnythingOrRequest,
  createClient,
  readPostAnythingAndOrResult,
  readPostAnythingAndResult,
  readPostAnythingManyAndOrResult,
  readPostAnythingOrResult
};
