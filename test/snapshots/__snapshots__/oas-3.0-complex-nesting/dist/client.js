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
const putAnythingTopLevelArrayOperation = {
  method: "PUT",
  pathTemplate: "/anything/top-level-array",
  path: ["/anything/top-level-array"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePutAnythingTopLevelArrayRequestBody(value),
    "PUT /anything/top-level-array request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePutAnythingTopLevelArrayResponse(value),
    "PUT /anything/top-level-array response body"
  )
};
function buildPutAnythingTopLevelArrayRequest(parameters = {}, body, options) {
  return buildRequest(putAnythingTopLevelArrayOperation, parameters, body, options);
}
function readPutAnythingTopLevelArrayResult(response, options) {
  return readResult(putAnythingTopLevelArrayOperation, response, options);
}
const postAnythingTopLevelArrayOperation = {
  method: "POST",
  pathTemplate: "/anything/top-level-array",
  path: ["/anything/top-level-array"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostAnythingTopLevelArrayRequestBody(value),
    "POST /anything/top-level-array request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostAnythingTopLevelArrayResponse(value),
    "POST /anything/top-level-array response body"
  )
};
function buildPostAnythingTopLevelArrayRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingTopLevelArrayOperation, parameters, body, options);
}
function readPostAnythingTopLevelArrayResult(response, options) {
  return readResult(postAnythingTopLevelArrayOperation, response, options);
}
const postAnythingTopLevelObjectSimpleOperation = {
  method: "POST",
  pathTemplate: "/anything/top-level-object/simple",
  path: ["/anything/top-level-object/simple"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostAnythingTopLevelObjectSimpleRequestBody(value),
    "POST /anything/top-level-object/simple request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostAnythingTopLevelObjectSimpleResponse(value),
    "POST /anything/top-level-object/simple response body"
  )
};
function buildPostAnythingTopLevelObjectSimpleRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingTopLevelObjectSimpleOperation, parameters, body, options);
}
function readPostAnythingTopLevelObjectSimpleResult(response, options) {
  return readResult(postAnythingTopLevelObjectSimpleOperation, response, options);
}
const postMultischemaOfEverythingOperation = {
  method: "POST",
  pathTemplate: "/multischema/of-everything",
  path: ["/multischema/of-everything"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMultischemaOfEverythingRequestBody(value),
    "POST /multischema/of-everything request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMultischemaOfEverythingResponse(value),
    "POST /multischema/of-everything response body"
  )
};
function buildPostMultischemaOfEverythingRequest(parameters = {}, body, options) {
  return buildRequest(postMultischemaOfEverythingOperation, parameters, body, options);
}
function readPostMultischemaOfEverythingResult(response, options) {
  return readResult(postMultischemaOfEverythingOperation, response, options);
}
const postTopLevelObjectOfEverythingOperation = {
  method: "POST",
  pathTemplate: "/top-level-object/of-everything",
  path: ["/top-level-object/of-everything"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTopLevelObjectOfEverythingRequestBody(value),
    "POST /top-level-object/of-everything request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTopLevelObjectOfEverythingResponse(value),
    "POST /top-level-object/of-everything response body"
  )
};
function buildPostTopLevelObjectOfEverythingRequest(parameters = {}, body, options) {
  return buildRequest(postTopLevelObjectOfEverythingOperation, parameters, body, options);
}
function readPostTopLevelObjectOfEverythingResult(response, options) {
  return readResult(postTopLevelObjectOfEverythingOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get topLevelArray() {
          return {
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                putAnythingTopLevelArrayOperation,
                (build) => buildPutAnythingTopLevelArrayRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.putAnythingTopLevelArray,
                safe: (body, callOptions = {}) => transport.sendResult(
                  putAnythingTopLevelArrayOperation,
                  (build) => buildPutAnythingTopLevelArrayRequest({}, body, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingTopLevelArrayOperation,
                (build) => buildPostAnythingTopLevelArrayRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingTopLevelArray,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingTopLevelArrayOperation,
                  (build) => buildPostAnythingTopLevelArrayRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get topLevelObject() {
          return {
            get simple() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    postAnythingTopLevelObjectSimpleOperation,
                    (build) => buildPostAnythingTopLevelObjectSimpleRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.postAnythingTopLevelObjectSimple,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      postAnythingTopLevelObjectSimpleOperation,
                      (build) => buildPostAnythingTopLevelObjectSimpleRequest({}, body, build),
                      callOptions
                    )
                  }
                )
              };
            }
          };
        }
      };
    },
    get multischema() {
      return {
        get ofEverything() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMultischemaOfEverythingOperation,
                (build) => buildPostMultischemaOfEverythingRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMultischemaOfEverything,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMultischemaOfEverythingOperation,
                  (build) => buildPostMultischemaOfEverythingRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get topLevelObject() {
      return {
        get ofEverything() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTopLevelObjectOfEverythingOperation,
                (build) => buildPostTopLevelObjectOfEverythingRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTopLevelObjectOfEverything,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTopLevelObjectOfEverythingOperation,
                  (build) => buildPostTopLevelObjectOfEverythingRequest({}, body, build),
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
  buildPostAnythingTopLevelArrayRequest,
  buildPostAnythingTopLevelObjectSimpleRequest,
  buildPostMultischemaOfEverythingRequest,
  buildPostTopLevelObjectOfEverythingRequest,
  buildPutAnythingTopLevelArrayRequest,
  createClient,
  readPostAnythingTopLevelArrayResult,
  readPostAnythingTopLevelObjectSimpleResult,
  readPostMultischemaOfEverythingResult,
  readPostTopLevelObjectOfEverythingResult,
  readPutAnythingTopLevelArrayResult
};
