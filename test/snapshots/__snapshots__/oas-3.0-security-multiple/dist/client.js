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
const postAnythingAndOperation = {
  method: "POST",
  pathTemplate: "/anything/and",
  path: ["/anything/and"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" },
      { kind: "basic", scheme: "basic" },
      { kind: "bearer", scheme: "oauth2" }
    ]
  ],
  response: "none"
};
function buildPostAnythingAndRequest(parameters = {}, options) {
  return buildRequest(postAnythingAndOperation, parameters, void 0, options);
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
      { kind: "bearer", scheme: "oauth2" },
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }
    ],
    [{ kind: "bearer", scheme: "oauth2_alternate" }]
  ],
  response: "none"
};
function buildPostAnythingAndOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingAndOrOperation, parameters, void 0, options);
}
const postAnythingManyAndOrOperation = {
  method: "POST",
  pathTemplate: "/anything/many-and-or",
  path: ["/anything/many-and-or"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [
      { kind: "bearer", scheme: "oauth2" },
      { kind: "basic", scheme: "basic" }
    ],
    [
      { kind: "bearer", scheme: "bearer" },
      { kind: "bearer", scheme: "bearer_jwt" }
    ],
    [{ kind: "bearer", scheme: "bearer_jwt" }],
    [{ kind: "basic", scheme: "basic" }],
    [
      { kind: "basic", scheme: "basic" },
      { kind: "bearer", scheme: "bearer" }
    ],
    [
      { kind: "apiKey", scheme: "apiKey_cookie", in: "cookie", name: "api_key" },
      { kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" },
      { kind: "apiKey", scheme: "apiKey_query", in: "query", name: "apiKey" }
    ]
  ],
  response: "none"
};
function buildPostAnythingManyAndOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingManyAndOrOperation, parameters, void 0, options);
}
const postAnythingOrOperation = {
  method: "POST",
  pathTemplate: "/anything/or",
  path: ["/anything/or"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [
    [{ kind: "bearer", scheme: "oauth2" }],
    [{ kind: "apiKey", scheme: "apiKey_header", in: "header", name: "X-API-KEY" }]
  ],
  response: "none"
};
function buildPostAnythingOrRequest(parameters = {}, options) {
  return buildRequest(postAnythingOrOperation, parameters, void 0, options);
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
              { permissions: permissions.postAnythingAnd }
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
              { permissions: permissions.postAnythingAndOr }
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
              { permissions: permissions.postAnythingManyAndOr }
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
              { permissions: permissions.postAnythingOr }
            )
          };
        }
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
  buildPostAnythingAndOrRequest,
  buildPostAnythingAndRequest,
  buildPostAnythingManyAndOrRequest,
  buildPostAnythingOrRequest,
  createClient
};
