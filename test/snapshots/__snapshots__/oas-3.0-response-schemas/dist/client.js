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
const getAnythingArrayOfObjectsOperation = {
  method: "GET",
  pathTemplate: "/anything/array-of-objects",
  path: ["/anything/array-of-objects"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingArrayOfObjectsResponse(value),
    "GET /anything/array-of-objects response body"
  )
};
function buildGetAnythingArrayOfObjectsRequest(parameters = {}, options) {
  return buildRequest(getAnythingArrayOfObjectsOperation, parameters, void 0, options);
}
function readGetAnythingArrayOfObjectsResult(response, options) {
  return readResult(getAnythingArrayOfObjectsOperation, response, options);
}
const getAnythingArrayOfPrimitivesOperation = {
  method: "GET",
  pathTemplate: "/anything/array-of-primitives",
  path: ["/anything/array-of-primitives"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingArrayOfPrimitivesResponse(value),
    "GET /anything/array-of-primitives response body"
  )
};
function buildGetAnythingArrayOfPrimitivesRequest(parameters = {}, options) {
  return buildRequest(getAnythingArrayOfPrimitivesOperation, parameters, void 0, options);
}
function readGetAnythingArrayOfPrimitivesResult(response, options) {
  return readResult(getAnythingArrayOfPrimitivesOperation, response, options);
}
const getAnythingMarkdownOperation = {
  method: "GET",
  pathTemplate: "/anything/markdown",
  path: ["/anything/markdown"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingMarkdownResponse(value),
    "GET /anything/markdown response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateObject(value),
      "GET /anything/markdown 400 error body"
    );
  }
};
function buildGetAnythingMarkdownRequest(parameters = {}, options) {
  return buildRequest(getAnythingMarkdownOperation, parameters, void 0, options);
}
function readGetAnythingMarkdownResult(response, options) {
  return readResult(getAnythingMarkdownOperation, response, options);
}
const getAnythingObjectOperation = {
  method: "GET",
  pathTemplate: "/anything/object",
  path: ["/anything/object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateGetAnythingObjectRequestBody(value),
    "GET /anything/object request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateGetAnythingObjectResponse(value),
    "GET /anything/object response body"
  )
};
function buildGetAnythingObjectRequest(parameters = {}, body, options) {
  return buildRequest(getAnythingObjectOperation, parameters, body, options);
}
function readGetAnythingObjectResult(response, options) {
  return readResult(getAnythingObjectOperation, response, options);
}
const getAnythingPolymorphismOperation = {
  method: "GET",
  pathTemplate: "/anything/polymorphism",
  path: ["/anything/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingPolymorphismResponse(value),
    "GET /anything/polymorphism response body"
  )
};
function buildGetAnythingPolymorphismRequest(parameters = {}, options) {
  return buildRequest(getAnythingPolymorphismOperation, parameters, void 0, options);
}
function readGetAnythingPolymorphismResult(response, options) {
  return readResult(getAnythingPolymorphismOperation, response, options);
}
const getAnythingRecursiveOperation = {
  method: "GET",
  pathTemplate: "/anything/recursive",
  path: ["/anything/recursive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingRecursiveResponse(value),
    "GET /anything/recursive response body"
  )
};
function buildGetAnythingRecursiveRequest(parameters = {}, options) {
  return buildRequest(getAnythingRecursiveOperation, parameters, void 0, options);
}
function readGetAnythingRecursiveResult(response, options) {
  return readResult(getAnythingRecursiveOperation, response, options);
}
const getAnythingReturnsAsJsonButIsActuallyStringOperation = {
  method: "GET",
  pathTemplate: "/anything/returns-as-json-but-is-actually-string",
  path: ["/anything/returns-as-json-but-is-actually-string"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnythingReturnsAsJsonButIsActuallyStringResponse(value),
    "GET /anything/returns-as-json-but-is-actually-string response body"
  )
};
function buildGetAnythingReturnsAsJsonButIsActuallyStringRequest(parameters = {}, options) {
  return buildRequest(getAnythingReturnsAsJsonButIsActuallyStringOperation, parameters, void 0, options);
}
function readGetAnythingReturnsAsJsonButIsActuallyStringResult(response, options) {
  return readResult(getAnythingReturnsAsJsonButIsActuallyStringOperation, response, options);
}
const getMultipleResponsesObjectOperation = {
  method: "GET",
  pathTemplate: "/multiple-responses/object",
  path: ["/multiple-responses/object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMultipleResponsesObjectResponse(value),
    "GET /multiple-responses/object response body"
  )
};
function buildGetMultipleResponsesObjectRequest(parameters = {}, options) {
  return buildRequest(getMultipleResponsesObjectOperation, parameters, void 0, options);
}
function readGetMultipleResponsesObjectResult(response, options) {
  return readResult(getMultipleResponsesObjectOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get arrayOfObjects() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingArrayOfObjectsOperation,
                (build) => buildGetAnythingArrayOfObjectsRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingArrayOfObjects,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingArrayOfObjectsOperation,
                  (build) => buildGetAnythingArrayOfObjectsRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get arrayOfPrimitives() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingArrayOfPrimitivesOperation,
                (build) => buildGetAnythingArrayOfPrimitivesRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingArrayOfPrimitives,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingArrayOfPrimitivesOperation,
                  (build) => buildGetAnythingArrayOfPrimitivesRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get markdown() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingMarkdownOperation,
                (build) => buildGetAnythingMarkdownRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingMarkdown,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingMarkdownOperation,
                  (build) => buildGetAnythingMarkdownRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get object() {
          return {
            get: Object.assign(
              (body, callOptions = {}) => transport.send(
                getAnythingObjectOperation,
                (build) => buildGetAnythingObjectRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingObject,
                safe: (body, callOptions = {}) => transport.sendResult(
                  getAnythingObjectOperation,
                  (build) => buildGetAnythingObjectRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get polymorphism() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingPolymorphismOperation,
                (build) => buildGetAnythingPolymorphismRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingPolymorphism,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingPolymorphismOperation,
                  (build) => buildGetAnythingPolymorphismRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get recursive() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingRecursiveOperation,
                (build) => buildGetAnythingRecursiveRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingRecursive,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingRecursiveOperation,
                  (build) => buildGetAnythingRecursiveRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get returnsAsJsonButIsActuallyString() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingReturnsAsJsonButIsActuallyStringOperation,
                (build) => buildGetAnythingReturnsAsJsonButIsActuallyStringRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingReturnsAsJsonButIsActuallyString,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingReturnsAsJsonButIsActuallyStringOperation,
                  (build) => buildGetAnythingReturnsAsJsonButIsActuallyStringRequest({}, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get multipleResponses() {
      return {
        get object() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMultipleResponsesObjectOperation,
                (build) => buildGetMultipleResponsesObjectRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getMultipleResponsesObject,
                safe: (callOptions = {}) => transport.sendResult(
                  getMultipleResponsesObjectOperation,
                  (build) => buildGetMultipleResponsesObjectRequest({}, build),
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
  buildGetAnythingArrayOfObjectsRequest,
  buildGetAnythingArrayOfPrimitivesRequest,
  buildGetAnythingMarkdownRequest,
  buildGetAnythingObjectRequest,
  buildGetAnythingPolymorphismRequest,
  buildGetAnythingRecursiveRequest,
  buildGetAnythingReturnsAsJsonButIsActuallyStringRequest,
  buildGetMultipleResponsesObjectRequest,
  createClient,
  readGetAnythingArrayOfObjectsResult,
  readGetAnythingArrayOfPrimitivesResult,
  readGetAnythingMarkdownResult,
  readGetAnythingObjectResult,
  readGetAnythingPolymorphismResult,
  readGetAnythingRecursiveResult,
  readGetAnythingReturnsAsJsonButIsActuallyStringResult,
  readGetMultipleResponsesObjectResult
};
