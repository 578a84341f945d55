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
const getItem5Operation = {
  method: "GET",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetItem5Response(value), "GET /items response body")
};
function buildGetItem5Request(parameters = {}, options) {
  return buildRequest(getItem5Operation, parameters, void 0, options);
}
const globalThisPwned1Operation = {
  method: "PUT",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function buildGlobalThisPwned1Request(parameters = {}, options) {
  return buildRequest(globalThisPwned1Operation, parameters, void 0, options);
}
const getItemOperation = {
  method: "POST",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(V.validateGetItemRequestBody(value), "POST /items request body"),
  checkResponse: (value) => assertValid(V.validateGetItemResponse(value), "POST /items response body")
};
function buildGetItemRequest(parameters = {}, body, options) {
  return buildRequest(getItemOperation, parameters, body, options);
}
const delete_Operation = {
  method: "DELETE",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function buildDeleteRequest(parameters = {}, options) {
  return buildRequest(delete_Operation, parameters, void 0, options);
}
const getItem2Operation = {
  method: "GET",
  pathTemplate: "/items/{id}",
  path: ["/items/", { name: "id", in: "path", style: "simple", explode: false, required: true }],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetItem2Response(value), "GET /items/{id} response body")
};
function buildGetItem2Request(parameters, options) {
  return buildRequest(getItem2Operation, parameters, void 0, options);
}
const getItem3Operation = {
  method: "GET",
  pathTemplate: "/items/{item-id}/sub.path/{odd.name}",
  path: [
    "/items/",
    { name: "item-id", in: "path", style: "simple", explode: false, required: true },
    "/sub.path/",
    { name: "odd.name", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [
    { name: 'q"uery', in: "query", style: "form", explode: true, required: false },
    { name: "$filter", in: "query", style: "form", explode: true, required: false },
    { name: "X-Odd-Header", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "oauth.hostile-1_x" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetItem3Response(value),
    "GET /items/{item-id}/sub.path/{odd.name} response body"
  )
};
function buildGetItem3Request(parameters, options) {
  return buildRequest(getItem3Operation, parameters, void 0, options);
}
const getItem4Operation = {
  method: "PATCH",
  pathTemplate: "/items/{item-id}/sub.path/{odd.name}",
  path: [
    "/items/",
    { name: "item-id", in: "path", style: "simple", explode: false, required: true },
    "/sub.path/",
    { name: "odd.name", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateGetItem4RequestBody(value),
    "PATCH /items/{item-id}/sub.path/{odd.name} request body"
  )
};
function buildGetItem4Request(parameters, body, options) {
  return buildRequest(getItem4Operation, parameters, body, options);
}
const protoOperation = {
  method: "GET",
  pathTemplate: "/things/__proto__/constructor",
  path: ["/things/__proto__/constructor"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function buildProto2Request(parameters = {}, options) {
  return buildRequest(protoOperation, parameters, void 0, options);
}
const toStringOperation = {
  method: "PUT",
  pathTemplate: "/things/__proto__/constructor",
  path: ["/things/__proto__/constructor"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function buildToString2Request(parameters = {}, options) {
  return buildRequest(toStringOperation, parameters, void 0, options);
}
const constructor_Operation = {
  method: "POST",
  pathTemplate: "/things/__proto__/constructor",
  path: ["/things/__proto__/constructor"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function buildConstructor2Request(parameters = {}, options) {
  return buildRequest(constructor_Operation, parameters, void 0, options);
}
const _1opOperation = {
  method: "DELETE",
  pathTemplate: "/things/__proto__/constructor",
  path: ["/things/__proto__/constructor"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  bearerAuth: false,
  response: "none"
};
function build_1opRequest(parameters = {}, options) {
  return buildRequest(_1opOperation, parameters, void 0, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get items() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getItem5Operation,
            (build) => buildGetItem5Request({}, build),
            callOptions
          ),
          { permissions: permissions.getItem5 }
        ),
        put: Object.assign(
          (callOptions = {}) => transport.send(
            globalThisPwned1Operation,
            (build) => buildGlobalThisPwned1Request({}, build),
            callOptions
          ),
          { permissions: permissions.globalThisPwned1 }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            getItemOperation,
            (build) => buildGetItemRequest({}, body, build),
            callOptions
          ),
          { permissions: permissions.getItem }
        ),
        delete: Object.assign(
          (callOptions = {}) => transport.send(
            delete_Operation,
            (build) => buildDeleteRequest({}, build),
            callOptions
          ),
          { permissions: permissions.delete_ }
        ),
        byId: (id) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getItem2Operation,
              (build) => buildGetItem2Request({ path: { id } }, build),
              callOptions
            ),
            { permissions: permissions.getItem2 }
          )
        }),
        byItemId: (itemId) => ({
          get subPath() {
            return {
              byOddName: (oddName) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getItem3Operation,
                    (build) => buildGetItem3Request(
                      { ...callOptions, path: { "item-id": itemId, "odd.name": oddName } },
                      build
                    ),
                    callOptions
                  ),
                  { permissions: permissions.getItem3 }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    getItem4Operation,
                    (build) => buildGetItem4Request(
                      { path: { "item-id": itemId, "odd.name": oddName } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  { permissions: permissions.getItem4 }
                )
              })
            };
          }
        })
      };
    },
    get things() {
      return {
        get proto() {
          return {
            get constructor2() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    protoOperation,
                    (build) => buildProto2Request({}, build),
                    callOptions
                  ),
                  { permissions: permissions.proto }
                ),
                put: Object.assign(
                  (callOptions = {}) => transport.send(
                    toStringOperation,
                    (build) => buildToString2Request({}, build),
                    callOptions
                  ),
                  { permissions: permissions.toString }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    constructor_Operation,
                    (build) => buildConstructor2Request({}, build),
                    callOptions
                  ),
                  { permissions: permissions.constructor_ }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    _1opOperation,
                    (build) => build_1opRequest({}, build),
                    callOptions
                  ),
                  { permissions: permissions._1op }
                )
              };
            }
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
  buildConstructor2Request,
  buildDeleteRequest,
  buildGetItem2Request,
  buildGetItem3Request,
  buildGetItem4Request,
  buildGetItem5Request,
  buildGetItemRequest,
  buildGlobalThisPwned1Request,
  buildProto2Request,
  buildToString2Request,
  build_1opRequest,
  createClient
};
