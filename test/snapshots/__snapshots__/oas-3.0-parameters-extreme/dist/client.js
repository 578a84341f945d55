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
const postAnythingAllParamTypesByIdById2Operation = {
  method: "POST",
  pathTemplate: "/anything/all-param-types/{id}/{id2}",
  path: [
    "/anything/all-param-types/",
    { "name": "id", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "id2", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "cookieString", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "cookieInt", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "queryParam", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "queryParam2", "in": "query", "style": "form", "explode": true, "required": false },
    {
      "name": "x-header-value",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    },
    {
      "name": "x-header-data",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingAllParamTypesByIdById2RequestBody(value),
    "POST /anything/all-param-types/{id}/{id2} request body"
  )
};
function buildPostAnythingAllParamTypesByIdById2Request(parameters, body, options) {
  return buildRequest(postAnythingAllParamTypesByIdById2Operation, parameters, body, options);
}
function readPostAnythingAllParamTypesByIdById2Result(response, options) {
  return readResult(postAnythingAllParamTypesByIdById2Operation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get allParamTypes() {
          return {
            byId: (id) => ({
              byId2: (id2) => ({
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    postAnythingAllParamTypesByIdById2Operation,
                    (build) => buildPostAnythingAllParamTypesByIdById2Request(
                      { ...callOptions, path: { id, id2 } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.postAnythingAllParamTypesByIdById2,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      postAnythingAllParamTypesByIdById2Operation,
                      (build) => buildPostAnythingAllParamTypesByIdById2Request(
                        { ...callOptions, path: { id, id2 } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            })
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
  buildPostAnythingAllParamTypesByIdById2Request,
  createClient,
  readPostAnythingAllParamTypesByIdById2Result
};
