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
const getItem5Operation = {
  method: "GET",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetItem5Response(value),
    "GET /items response body"
  )
};
function buildGetItem5Request(parameters = {}, options) {
  return buildRequest(getItem5Operation, parameters, void 0, options);
}
function readGetItem5Result(response, options) {
  return readResult(getItem5Operation, response, options);
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
function readGlobalThisPwned1Result(response, options) {
  return readResult(globalThisPwned1Operation, response, options);
}
const getItemOperation = {
  method: "POST",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateGetItemRequestBody(value),
    "POST /items request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateGetItemResponse(value),
    "POST /items response body"
  )
};
function buildGetItemRequest(parameters = {}, body, options) {
  return buildRequest(getItemOperation, parameters, body, options);
}
function readGetItemResult(response, options) {
  return readResult(getItemOperation, response, options);
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
function readDeleteResult(response, options) {
  return readResult(delete_Operation, response, options);
}
const getItem2Operation = {
  method: "GET",
  pathTemplate: "/items/{id}",
  path: [
    "/items/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetItem2Response(value),
    "GET /items/{id} response body"
  )
};
function buildGetItem2Request(parameters, options) {
  return buildRequest(getItem2Operation, parameters, void 0, options);
}
function readGetItem2Result(response, options) {
  return readResult(getItem2Operation, response, options);
}
const getItem3Operation = {
  method: "GET",
  pathTemplate: "/items/{item-id}/sub.path/{odd.name}",
  path: [
    "/items/",
    { "name": "item-id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/sub.path/",
    { "name": "odd.name", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": 'q"uery', "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "$filter", "in": "query", "style": "form", "explode": true, "required": false },
    {
      "name": "X-Odd-Header",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth.hostile-1_x" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetItem3Response(value),
    "GET /items/{item-id}/sub.path/{odd.name} response body"
  )
};
function buildGetItem3Request(parameters, options) {
  return buildRequest(getItem3Operation, parameters, void 0, options);
}
function readGetItem3Result(response, options) {
  return readResult(getItem3Operation, response, options);
}
const getItem4Operation = {
  method: "PATCH",
  pathTemplate: "/items/{item-id}/sub.path/{odd.name}",
  path: [
    "/items/",
    { "name": "item-id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/sub.path/",
    { "name": "odd.name", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readGetItem4Result(response, options) {
  return readResult(getItem4Operation, response, options);
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
function readProto2Result(response, options) {
  return readResult(protoOperation, response, options);
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
function readToString2Result(response, options) {
  return readResult(toStringOperation, response, options);
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
function readConstructor2Result(response, options) {
  return readResult(constructor_Operation, response, options);
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
function read_1opResult(response, options) {
  return readResult(_1opOperation, response, options);
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
          {
            permissions: permissions.getItem5,
            safe: (callOptions = {}) => transport.sendResult(
              getItem5Operation,
              (build) => buildGetItem5Request({}, build),
              callOptions
            )
          }
        ),
        put: Object.assign(
          (callOptions = {}) => transport.send(
            globalThisPwned1Operation,
            (build) => buildGlobalThisPwned1Request({}, build),
            callOptions
          ),
          {
            permissions: permissions.globalThisPwned1,
            safe: (callOptions = {}) => transport.sendResult(
              globalThisPwned1Operation,
              (build) => buildGlobalThisPwned1Request({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            getItemOperation,
            (build) => buildGetItemRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.getItem,
            safe: (body, callOptions = {}) => transport.sendResult(
              getItemOperation,
              (build) => buildGetItemRequest({}, body, build),
              callOptions
            )
          }
        ),
        delete: Object.assign(
          (callOptions = {}) => transport.send(
            delete_Operation,
            (build) => buildDeleteRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.delete_,
            safe: (callOptions = {}) => transport.sendResult(
              delete_Operation,
              (build) => buildDeleteRequest({}, build),
              callOptions
            )
          }
        ),
        byId: (id) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getItem2Operation,
              (build) => buildGetItem2Request({ path: { id } }, build),
              callOptions
            ),
            {
              permissions: permissions.getItem2,
              safe: (callOptions = {}) => transport.sendResult(
                getItem2Operation,
                (build) => buildGetItem2Request({ path: { id } }, build),
                callOptions
              )
            }
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
                  {
                    permissions: permissions.getItem3,
                    safe: (callOptions = {}) => transport.sendResult(
                      getItem3Operation,
                      (build) => buildGetItem3Request(
                        { ...callOptions, path: { "item-id": itemId, "odd.name": oddName } },
                        build
                      ),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.getItem4,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      getItem4Operation,
                      (build) => buildGetItem4Request(
                        { path: { "item-id": itemId, "odd.name": oddName } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.proto,
                    safe: (callOptions = {}) => transport.sendResult(
                      protoOperation,
                      (build) => buildProto2Request({}, build),
                      callOptions
                    )
                  }
                ),
                put: Object.assign(
                  (callOptions = {}) => transport.send(
                    toStringOperation,
                    (build) => buildToString2Request({}, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.toString,
                    safe: (callOptions = {}) => transport.sendResult(
                      toStringOperation,
                      (build) => buildToString2Request({}, build),
                      callOptions
                    )
                  }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    constructor_Operation,
                    (build) => buildConstructor2Request({}, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.constructor_,
                    safe: (callOptions = {}) => transport.sendResult(
                      constructor_Operation,
                      (build) => buildConstructor2Request({}, build),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    _1opOperation,
                    (build) => build_1opRequest({}, build),
                    callOptions
                  ),
                  {
                    permissions: permissions._1op,
                    safe: (callOptions = {}) => transport.sendResult(
                      _1opOperation,
                      (build) => build_1opRequest({}, build),
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
  };
}
export {
  ApiError,
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
  createClient,
  readConstructor2Result,
  readDeleteResult,
  readGetItem2Result,
  readGetItem3Result,
  readGetItem4Result,
  readGetItem5Result,
  readGetItemResult,
  readGlobalThisPwned1Result,
  readProto2Result,
  readToString2Result,
  read_1opResult
};
