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
const postAnyOfWithTypeOperation = {
  method: "POST",
  pathTemplate: "/any-of-with-type",
  path: ["/any-of-with-type"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnyOfWithTypeRequestBody(value),
    "POST /any-of-with-type request body"
  )
};
function buildPostAnyOfWithTypeRequest(parameters = {}, body, options) {
  return buildRequest(postAnyOfWithTypeOperation, parameters, body, options);
}
function readPostAnyOfWithTypeResult(response, options) {
  return readResult(postAnyOfWithTypeOperation, response, options);
}
const postAnythingAllOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/all-of-object",
  path: ["/anything/all-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingAllOfObjectRequestBody(value),
    "POST /anything/all-of-object request body"
  )
};
function buildPostAnythingAllOfObjectRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingAllOfObjectOperation, parameters, body, options);
}
function readPostAnythingAllOfObjectResult(response, options) {
  return readResult(postAnythingAllOfObjectOperation, response, options);
}
const postAnythingAnyOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/any-of-object",
  path: ["/anything/any-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingAnyOfObjectRequestBody(value),
    "POST /anything/any-of-object request body"
  )
};
function buildPostAnythingAnyOfObjectRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingAnyOfObjectOperation, parameters, body, options);
}
function readPostAnythingAnyOfObjectResult(response, options) {
  return readResult(postAnythingAnyOfObjectOperation, response, options);
}
const postAnythingAnyOfPrimitiveOperation = {
  method: "POST",
  pathTemplate: "/anything/any-of-primitive",
  path: ["/anything/any-of-primitive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingAnyOfPrimitiveRequestBody(value),
    "POST /anything/any-of-primitive request body"
  )
};
function buildPostAnythingAnyOfPrimitiveRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingAnyOfPrimitiveOperation, parameters, body, options);
}
function readPostAnythingAnyOfPrimitiveResult(response, options) {
  return readResult(postAnythingAnyOfPrimitiveOperation, response, options);
}
const postAnythingNestedOneOfObjectRefOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-object-ref",
  path: ["/anything/nested-one-of-object-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingNestedOneOfObjectRefRequestBody(value),
    "POST /anything/nested-one-of-object-ref request body"
  )
};
function buildPostAnythingNestedOneOfObjectRefRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingNestedOneOfObjectRefOperation, parameters, body, options);
}
function readPostAnythingNestedOneOfObjectRefResult(response, options) {
  return readResult(postAnythingNestedOneOfObjectRefOperation, response, options);
}
const postAnythingNestedOneOfObjectWithNestedOneOfOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-object-with-nested-one-of",
  path: ["/anything/nested-one-of-object-with-nested-one-of"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value),
    "POST /anything/nested-one-of-object-with-nested-one-of request body"
  )
};
function buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingNestedOneOfObjectWithNestedOneOfOperation, parameters, body, options);
}
function readPostAnythingNestedOneOfObjectWithNestedOneOfResult(response, options) {
  return readResult(postAnythingNestedOneOfObjectWithNestedOneOfOperation, response, options);
}
const postAnythingNestedOneOfRefOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-ref",
  path: ["/anything/nested-one-of-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingNestedOneOfRefRequestBody(value),
    "POST /anything/nested-one-of-ref request body"
  )
};
function buildPostAnythingNestedOneOfRefRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingNestedOneOfRefOperation, parameters, body, options);
}
function readPostAnythingNestedOneOfRefResult(response, options) {
  return readResult(postAnythingNestedOneOfRefOperation, response, options);
}
const postAnythingOneOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-object",
  path: ["/anything/one-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingOneOfObjectRequestBody(value),
    "POST /anything/one-of-object request body"
  )
};
function buildPostAnythingOneOfObjectRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingOneOfObjectOperation, parameters, body, options);
}
function readPostAnythingOneOfObjectResult(response, options) {
  return readResult(postAnythingOneOfObjectOperation, response, options);
}
const postAnythingOneOfObjectRefOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-object-ref",
  path: ["/anything/one-of-object-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingOneOfObjectRefRequestBody(value),
    "POST /anything/one-of-object-ref request body"
  )
};
function buildPostAnythingOneOfObjectRefRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingOneOfObjectRefOperation, parameters, body, options);
}
function readPostAnythingOneOfObjectRefResult(response, options) {
  return readResult(postAnythingOneOfObjectRefOperation, response, options);
}
const postAnythingOneOfPrimitiveOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-primitive",
  path: ["/anything/one-of-primitive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingOneOfPrimitiveRequestBody(value),
    "POST /anything/one-of-primitive request body"
  )
};
function buildPostAnythingOneOfPrimitiveRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingOneOfPrimitiveOperation, parameters, body, options);
}
function readPostAnythingOneOfPrimitiveResult(response, options) {
  return readResult(postAnythingOneOfPrimitiveOperation, response, options);
}
const postOneOfComplexOperation = {
  method: "POST",
  pathTemplate: "/one-of-complex",
  path: ["/one-of-complex"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostOneOfComplexRequestBody(value),
    "POST /one-of-complex request body"
  )
};
function buildPostOneOfComplexRequest(parameters = {}, body, options) {
  return buildRequest(postOneOfComplexOperation, parameters, body, options);
}
function readPostOneOfComplexResult(response, options) {
  return readResult(postOneOfComplexOperation, response, options);
}
const postOneOfWithTypeOperation = {
  method: "POST",
  pathTemplate: "/one-of-with-type",
  path: ["/one-of-with-type"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostOneOfWithTypeRequestBody(value),
    "POST /one-of-with-type request body"
  )
};
function buildPostOneOfWithTypeRequest(parameters = {}, body, options) {
  return buildRequest(postOneOfWithTypeOperation, parameters, body, options);
}
function readPostOneOfWithTypeResult(response, options) {
  return readResult(postOneOfWithTypeOperation, response, options);
}
const patchPetsOperation = {
  method: "PATCH",
  pathTemplate: "/pets",
  path: ["/pets"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchPetsRequestBody(value),
    "PATCH /pets request body"
  )
};
function buildPatchPetsRequest(parameters = {}, body, options) {
  return buildRequest(patchPetsOperation, parameters, body, options);
}
function readPatchPetsResult(response, options) {
  return readResult(patchPetsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anyOfWithType() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postAnyOfWithTypeOperation,
            (build) => buildPostAnyOfWithTypeRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postAnyOfWithType,
            safe: (body, callOptions = {}) => transport.sendResult(
              postAnyOfWithTypeOperation,
              (build) => buildPostAnyOfWithTypeRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get anything() {
      return {
        get allOfObject() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingAllOfObjectOperation,
                (build) => buildPostAnythingAllOfObjectRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingAllOfObject,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingAllOfObjectOperation,
                  (build) => buildPostAnythingAllOfObjectRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get anyOfObject() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingAnyOfObjectOperation,
                (build) => buildPostAnythingAnyOfObjectRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingAnyOfObject,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingAnyOfObjectOperation,
                  (build) => buildPostAnythingAnyOfObjectRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get anyOfPrimitive() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingAnyOfPrimitiveOperation,
                (build) => buildPostAnythingAnyOfPrimitiveRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingAnyOfPrimitive,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingAnyOfPrimitiveOperation,
                  (build) => buildPostAnythingAnyOfPrimitiveRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get nestedOneOfObjectRef() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingNestedOneOfObjectRefOperation,
                (build) => buildPostAnythingNestedOneOfObjectRefRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingNestedOneOfObjectRef,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingNestedOneOfObjectRefOperation,
                  (build) => buildPostAnythingNestedOneOfObjectRefRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get nestedOneOfObjectWithNestedOneOf() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingNestedOneOfObjectWithNestedOneOfOperation,
                (build) => buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(
                  {},
                  body,
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.postAnythingNestedOneOfObjectWithNestedOneOf,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingNestedOneOfObjectWithNestedOneOfOperation,
                  (build) => buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(
                    {},
                    body,
                    build
                  ),
                  callOptions
                )
              }
            )
          };
        },
        get nestedOneOfRef() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingNestedOneOfRefOperation,
                (build) => buildPostAnythingNestedOneOfRefRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingNestedOneOfRef,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingNestedOneOfRefOperation,
                  (build) => buildPostAnythingNestedOneOfRefRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get oneOfObject() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingOneOfObjectOperation,
                (build) => buildPostAnythingOneOfObjectRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOneOfObject,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingOneOfObjectOperation,
                  (build) => buildPostAnythingOneOfObjectRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get oneOfObjectRef() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingOneOfObjectRefOperation,
                (build) => buildPostAnythingOneOfObjectRefRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOneOfObjectRef,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingOneOfObjectRefOperation,
                  (build) => buildPostAnythingOneOfObjectRefRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get oneOfPrimitive() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingOneOfPrimitiveOperation,
                (build) => buildPostAnythingOneOfPrimitiveRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOneOfPrimitive,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingOneOfPrimitiveOperation,
                  (build) => buildPostAnythingOneOfPrimitiveRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get oneOfComplex() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postOneOfComplexOperation,
            (build) => buildPostOneOfComplexRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postOneOfComplex,
            safe: (body, callOptions = {}) => transport.sendResult(
              postOneOfComplexOperation,
              (build) => buildPostOneOfComplexRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get oneOfWithType() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postOneOfWithTypeOperation,
            (build) => buildPostOneOfWithTypeRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postOneOfWithType,
            safe: (body, callOptions = {}) => transport.sendResult(
              postOneOfWithTypeOperation,
              (build) => buildPostOneOfWithTypeRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get pets() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchPetsOperation,
            (build) => buildPatchPetsRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchPets,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchPetsOperation,
              (build) => buildPatchPetsRequest({}, body, build),
              callOptions
            )
          }
        )
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
  buildPatchPetsRequest,
  buildPostAnyOfWithTypeRequest,
  buildPostAnythingAllOfObjectRequest,
  buildPostAnythingAnyOfObjectRequest,
  buildPostAnythingAnyOfPrimitiveRequest,
  buildPostAnythingNestedOneOfObjectRefRequest,
  buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest,
  buildPostAnythingNestedOneOfRefRequest,
  buildPostAnythingOneOfObjectRefRequest,
  buildPostAnythingOneOfObjectRequest,
  buildPostAnythingOneOfPrimitiveRequest,
  buildPostOneOfComplexRequest,
  buildPostOneOfWithTypeRequest,
  createClient,
  readPatchPetsResult,
  readPostAnyOfWithTypeResult,
  readPostAnythingAllOfObjectResult,
  readPostAnythingAnyOfObjectResult,
  readPostAnythingAnyOfPrimitiveResult,
  readPostAnythingNestedOneOfObjectRefResult,
  readPostAnythingNestedOneOfObjectWithNestedOneOfResult,
  readPostAnythingNestedOneOfRefResult,
  readPostAnythingOneOfObjectRefResult,
  readPostAnythingOneOfObjectResult,
  readPostAnythingOneOfPrimitiveResult,
  readPostOneOfComplexResult,
  readPostOneOfWithTypeResult
};
