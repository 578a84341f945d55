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
const postAnyOfWithTypeOperation = {
  method: "POST",
  pathTemplate: "/any-of-with-type",
  path: ["/any-of-with-type"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingAllOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/all-of-object",
  path: ["/anything/all-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingAnyOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/any-of-object",
  path: ["/anything/any-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingAnyOfPrimitiveOperation = {
  method: "POST",
  pathTemplate: "/anything/any-of-primitive",
  path: ["/anything/any-of-primitive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingNestedOneOfObjectRefOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-object-ref",
  path: ["/anything/nested-one-of-object-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingNestedOneOfObjectWithNestedOneOfOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-object-with-nested-one-of",
  path: ["/anything/nested-one-of-object-with-nested-one-of"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value),
    "POST /anything/nested-one-of-object-with-nested-one-of request body"
  )
};
function buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest(parameters = {}, body, options) {
  return buildRequest(
    postAnythingNestedOneOfObjectWithNestedOneOfOperation,
    parameters,
    body,
    options
  );
}
const postAnythingNestedOneOfRefOperation = {
  method: "POST",
  pathTemplate: "/anything/nested-one-of-ref",
  path: ["/anything/nested-one-of-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: true },
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
const postAnythingOneOfObjectOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-object",
  path: ["/anything/one-of-object"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingOneOfObjectRefOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-object-ref",
  path: ["/anything/one-of-object-ref"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postAnythingOneOfPrimitiveOperation = {
  method: "POST",
  pathTemplate: "/anything/one-of-primitive",
  path: ["/anything/one-of-primitive"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postOneOfComplexOperation = {
  method: "POST",
  pathTemplate: "/one-of-complex",
  path: ["/one-of-complex"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(V.validatePostOneOfComplexRequestBody(value), "POST /one-of-complex request body")
};
function buildPostOneOfComplexRequest(parameters = {}, body, options) {
  return buildRequest(postOneOfComplexOperation, parameters, body, options);
}
const postOneOfWithTypeOperation = {
  method: "POST",
  pathTemplate: "/one-of-with-type",
  path: ["/one-of-with-type"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchPetsOperation = {
  method: "PATCH",
  pathTemplate: "/pets",
  path: ["/pets"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(V.validatePatchPetsRequestBody(value), "PATCH /pets request body")
};
function buildPatchPetsRequest(parameters = {}, body, options) {
  return buildRequest(patchPetsOperation, parameters, body, options);
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
          { permissions: permissions.postAnyOfWithType }
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
              { permissions: permissions.postAnythingAllOfObject }
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
              { permissions: permissions.postAnythingAnyOfObject }
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
              { permissions: permissions.postAnythingAnyOfPrimitive }
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
              { permissions: permissions.postAnythingNestedOneOfObjectRef }
            )
          };
        },
        get nestedOneOfObjectWithNestedOneOf() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingNestedOneOfObjectWithNestedOneOfOperation,
                (build) => buildPostAnythingNestedOneOfObjectWithNestedOneOfRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.postAnythingNestedOneOfObjectWithNestedOneOf }
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
              { permissions: permissions.postAnythingNestedOneOfRef }
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
              { permissions: permissions.postAnythingOneOfObject }
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
              { permissions: permissions.postAnythingOneOfObjectRef }
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
              { permissions: permissions.postAnythingOneOfPrimitive }
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
          { permissions: permissions.postOneOfComplex }
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
          { permissions: permissions.postOneOfWithType }
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
          { permissions: permissions.patchPets }
        )
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
  createClient
};
