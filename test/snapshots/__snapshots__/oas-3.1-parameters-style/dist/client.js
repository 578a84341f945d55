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
const formDataStandardOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data",
  path: ["/anything/form-data"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "multipart", contentType: "multipart/form-data", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataStandardRequestBody(value),
    "POST /anything/form-data request body"
  )
};
function buildFormDataStandardRequest(parameters = {}, body, options) {
  return buildRequest(formDataStandardOperation, parameters, body, options);
}
const formDataDeepObjectExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/deepObject",
  path: ["/anything/form-data/deepObject"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    kind: "multipart",
    contentType: "multipart/form-data",
    required: false,
    encoding: {
      array: { style: "deepObject", explode: true },
      object: { style: "deepObject", explode: true },
      primitive: { style: "deepObject", explode: true }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataDeepObjectExplodedRequestBody(value),
    "POST /anything/form-data/deepObject request body"
  )
};
function buildFormDataDeepObjectExplodedRequest(parameters = {}, body, options) {
  return buildRequest(formDataDeepObjectExplodedOperation, parameters, body, options);
}
const formDataFormExplodedOperation = {
  method: "PUT",
  pathTemplate: "/anything/form-data/form",
  path: ["/anything/form-data/form"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    kind: "multipart",
    contentType: "multipart/form-data",
    required: false,
    encoding: {
      array: { style: "form", explode: true },
      object: { style: "form", explode: true },
      primitive: { style: "form", explode: true }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataFormExplodedRequestBody(value),
    "PUT /anything/form-data/form request body"
  )
};
function buildFormDataFormExplodedRequest(parameters = {}, body, options) {
  return buildRequest(formDataFormExplodedOperation, parameters, body, options);
}
const formDataFormNonExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/form",
  path: ["/anything/form-data/form"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    kind: "multipart",
    contentType: "multipart/form-data",
    required: false,
    encoding: {
      array: { style: "form", explode: false },
      object: { style: "form", explode: false },
      primitive: { style: "form", explode: false }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataFormNonExplodedRequestBody(value),
    "POST /anything/form-data/form request body"
  )
};
function buildFormDataFormNonExplodedRequest(parameters = {}, body, options) {
  return buildRequest(formDataFormNonExplodedOperation, parameters, body, options);
}
const formDataPipeDelimitedNonExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/pipeDelimited",
  path: ["/anything/form-data/pipeDelimited"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    kind: "multipart",
    contentType: "multipart/form-data",
    required: false,
    encoding: {
      array: { style: "pipeDelimited", explode: false },
      object: { style: "pipeDelimited", explode: false },
      primitive: { style: "pipeDelimited", explode: false }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataPipeDelimitedNonExplodedRequestBody(value),
    "POST /anything/form-data/pipeDelimited request body"
  )
};
function buildFormDataPipeDelimitedNonExplodedRequest(parameters = {}, body, options) {
  return buildRequest(formDataPipeDelimitedNonExplodedOperation, parameters, body, options);
}
const formDataSpaceDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/form-data/spaceDelimited",
  path: ["/anything/form-data/spaceDelimited"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    kind: "multipart",
    contentType: "multipart/form-data",
    required: false,
    encoding: {
      array: { style: "spaceDelimited", explode: false },
      object: { style: "spaceDelimited", explode: false },
      primitive: { style: "spaceDelimited", explode: false }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateFormDataSpaceDelimitedNonExplodedRequestBody(value),
    "GET /anything/form-data/spaceDelimited request body"
  )
};
function buildFormDataSpaceDelimitedNonExplodedRequest(parameters = {}, body, options) {
  return buildRequest(formDataSpaceDelimitedNonExplodedOperation, parameters, body, options);
}
const headersStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/headers",
  path: ["/anything/headers"],
  parameters: [
    { name: "primitive", in: "header", style: "simple", explode: false, required: false },
    { name: "array", in: "header", style: "simple", explode: false, required: false },
    { name: "object", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersStandardRequest(parameters = {}, options) {
  return buildRequest(headersStandardOperation, parameters, void 0, options);
}
const headersSimpleNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/headers/simple",
  path: ["/anything/headers/simple"],
  parameters: [
    { name: "primitive", in: "header", style: "simple", explode: false, required: false },
    { name: "array", in: "header", style: "simple", explode: false, required: false },
    { name: "object", in: "header", style: "simple", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersSimpleNonExplodedRequest(parameters = {}, options) {
  return buildRequest(headersSimpleNonExplodedOperation, parameters, void 0, options);
}
const headersSimpleExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/headers/simple",
  path: ["/anything/headers/simple"],
  parameters: [
    { name: "primitive", in: "header", style: "simple", explode: true, required: false },
    { name: "array", in: "header", style: "simple", explode: true, required: false },
    { name: "object", in: "header", style: "simple", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersSimpleExplodedRequest(parameters = {}, options) {
  return buildRequest(headersSimpleExplodedOperation, parameters, void 0, options);
}
const pathsLabelNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/label/{primitive}/{array}/{object}",
  path: [
    "/anything/path/label/",
    { name: "primitive", in: "path", style: "label", explode: false, required: true },
    "/",
    { name: "array", in: "path", style: "label", explode: false, required: true },
    "/",
    { name: "object", in: "path", style: "label", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsLabelNonExplodedRequest(parameters, options) {
  return buildRequest(pathsLabelNonExplodedOperation, parameters, void 0, options);
}
const pathsLabelExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/label/{primitive}/{array}/{object}",
  path: [
    "/anything/path/label/",
    { name: "primitive", in: "path", style: "label", explode: true, required: true },
    "/",
    { name: "array", in: "path", style: "label", explode: true, required: true },
    "/",
    { name: "object", in: "path", style: "label", explode: true, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsLabelExplodedRequest(parameters, options) {
  return buildRequest(pathsLabelExplodedOperation, parameters, void 0, options);
}
const pathsMatrixNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/matrix/{primitive}/{array}/{object}",
  path: [
    "/anything/path/matrix/",
    { name: "primitive", in: "path", style: "matrix", explode: false, required: true },
    "/",
    { name: "array", in: "path", style: "matrix", explode: false, required: true },
    "/",
    { name: "object", in: "path", style: "matrix", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsMatrixNonExplodedRequest(parameters, options) {
  return buildRequest(pathsMatrixNonExplodedOperation, parameters, void 0, options);
}
const pathsMatrixExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/matrix/{primitive}/{array}/{object}",
  path: [
    "/anything/path/matrix/",
    { name: "primitive", in: "path", style: "matrix", explode: true, required: true },
    "/",
    { name: "array", in: "path", style: "matrix", explode: true, required: true },
    "/",
    { name: "object", in: "path", style: "matrix", explode: true, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsMatrixExplodedRequest(parameters, options) {
  return buildRequest(pathsMatrixExplodedOperation, parameters, void 0, options);
}
const pathsSimpleNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/simple/{primitive}/{array}/{object}",
  path: [
    "/anything/path/simple/",
    { name: "primitive", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "array", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "object", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsSimpleNonExplodedRequest(parameters, options) {
  return buildRequest(pathsSimpleNonExplodedOperation, parameters, void 0, options);
}
const pathsSimpleExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/simple/{primitive}/{array}/{object}",
  path: [
    "/anything/path/simple/",
    { name: "primitive", in: "path", style: "simple", explode: true, required: true },
    "/",
    { name: "array", in: "path", style: "simple", explode: true, required: true },
    "/",
    { name: "object", in: "path", style: "simple", explode: true, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsSimpleExplodedRequest(parameters, options) {
  return buildRequest(pathsSimpleExplodedOperation, parameters, void 0, options);
}
const pathsStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/path/{primitive}/{array}/{object}",
  path: [
    "/anything/path/",
    { name: "primitive", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "array", in: "path", style: "simple", explode: false, required: true },
    "/",
    { name: "object", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsStandardRequest(parameters, options) {
  return buildRequest(pathsStandardOperation, parameters, void 0, options);
}
const queryStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/query",
  path: ["/anything/query"],
  parameters: [
    { name: "primitive", in: "query", style: "form", explode: true, required: false },
    { name: "array", in: "query", style: "form", explode: true, required: false },
    { name: "object", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryStandardRequest(parameters = {}, options) {
  return buildRequest(queryStandardOperation, parameters, void 0, options);
}
const queryDeepObjectNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/deepObject",
  path: ["/anything/query/deepObject"],
  parameters: [
    { name: "object", in: "query", style: "deepObject", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryDeepObjectNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryDeepObjectNonExplodedOperation, parameters, void 0, options);
}
const queryFormNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/form",
  path: ["/anything/query/form"],
  parameters: [
    { name: "primitive", in: "query", style: "form", explode: false, required: false },
    { name: "array", in: "query", style: "form", explode: false, required: false },
    { name: "object", in: "query", style: "form", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryFormNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryFormNonExplodedOperation, parameters, void 0, options);
}
const queryFormExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/query/form",
  path: ["/anything/query/form"],
  parameters: [
    { name: "primitive", in: "query", style: "form", explode: true, required: false },
    { name: "array", in: "query", style: "form", explode: true, required: false },
    { name: "object", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryFormExplodedRequest(parameters = {}, options) {
  return buildRequest(queryFormExplodedOperation, parameters, void 0, options);
}
const queryPipeDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/pipeDelimited",
  path: ["/anything/query/pipeDelimited"],
  parameters: [
    { name: "array", in: "query", style: "pipeDelimited", explode: false, required: false },
    { name: "object", in: "query", style: "pipeDelimited", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryPipeDelimitedNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryPipeDelimitedNonExplodedOperation, parameters, void 0, options);
}
const querySpaceDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/spaceDelimited",
  path: ["/anything/query/spaceDelimited"],
  parameters: [
    { name: "array", in: "query", style: "spaceDelimited", explode: false, required: false },
    { name: "object", in: "query", style: "spaceDelimited", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQuerySpaceDelimitedNonExplodedRequest(parameters = {}, options) {
  return buildRequest(querySpaceDelimitedNonExplodedOperation, parameters, void 0, options);
}
const cookiesStandardOperation = {
  method: "GET",
  pathTemplate: "/cookies",
  path: ["/cookies"],
  parameters: [
    { name: "primitive", in: "cookie", style: "form", explode: true, required: false },
    { name: "array", in: "cookie", style: "form", explode: true, required: false },
    { name: "object", in: "cookie", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesStandardRequest(parameters = {}, options) {
  return buildRequest(cookiesStandardOperation, parameters, void 0, options);
}
const cookiesFormExplodedOperation = {
  method: "GET",
  pathTemplate: "/cookies#formExploded",
  path: ["/cookies%23formExploded"],
  parameters: [
    { name: "primitive", in: "cookie", style: "form", explode: true, required: false },
    { name: "array", in: "cookie", style: "form", explode: true, required: false },
    { name: "object", in: "cookie", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesFormExplodedRequest(parameters = {}, options) {
  return buildRequest(cookiesFormExplodedOperation, parameters, void 0, options);
}
const cookiesFormNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/cookies#formNonExploded",
  path: ["/cookies%23formNonExploded"],
  parameters: [
    { name: "primitive", in: "cookie", style: "form", explode: false, required: false },
    { name: "array", in: "cookie", style: "form", explode: false, required: false },
    { name: "object", in: "cookie", style: "form", explode: false, required: false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesFormNonExplodedRequest(parameters = {}, options) {
  return buildRequest(cookiesFormNonExplodedOperation, parameters, void 0, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get formData() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                formDataStandardOperation,
                (build) => buildFormDataStandardRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.formDataStandard }
            ),
            get deepObject() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataDeepObjectExplodedOperation,
                    (build) => buildFormDataDeepObjectExplodedRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.formDataDeepObjectExploded }
                )
              };
            },
            get form() {
              return {
                put: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataFormExplodedOperation,
                    (build) => buildFormDataFormExplodedRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.formDataFormExploded }
                ),
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataFormNonExplodedOperation,
                    (build) => buildFormDataFormNonExplodedRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.formDataFormNonExploded }
                )
              };
            },
            get pipeDelimited() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataPipeDelimitedNonExplodedOperation,
                    (build) => buildFormDataPipeDelimitedNonExplodedRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.formDataPipeDelimitedNonExploded }
                )
              };
            },
            get spaceDelimited() {
              return {
                get: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataSpaceDelimitedNonExplodedOperation,
                    (build) => buildFormDataSpaceDelimitedNonExplodedRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.formDataSpaceDelimitedNonExploded }
                )
              };
            }
          };
        },
        get headers() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                headersStandardOperation,
                (build) => buildHeadersStandardRequest(callOptions, build),
                callOptions
              ),
              { permissions: permissions.headersStandard }
            ),
            get simple() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    headersSimpleNonExplodedOperation,
                    (build) => buildHeadersSimpleNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.headersSimpleNonExploded }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    headersSimpleExplodedOperation,
                    (build) => buildHeadersSimpleExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.headersSimpleExploded }
                )
              };
            }
          };
        },
        get path() {
          return {
            get label() {
              return {
                byPrimitive: (primitive) => ({
                  byArray: (array) => ({
                    byObject: (object_) => ({
                      get: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsLabelNonExplodedOperation,
                          (build) => buildPathsLabelNonExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsLabelNonExploded }
                      ),
                      post: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsLabelExplodedOperation,
                          (build) => buildPathsLabelExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsLabelExploded }
                      )
                    })
                  })
                })
              };
            },
            get matrix() {
              return {
                byPrimitive: (primitive) => ({
                  byArray: (array) => ({
                    byObject: (object_) => ({
                      get: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsMatrixNonExplodedOperation,
                          (build) => buildPathsMatrixNonExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsMatrixNonExploded }
                      ),
                      post: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsMatrixExplodedOperation,
                          (build) => buildPathsMatrixExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsMatrixExploded }
                      )
                    })
                  })
                })
              };
            },
            get simple() {
              return {
                byPrimitive: (primitive) => ({
                  byArray: (array) => ({
                    byObject: (object_) => ({
                      get: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsSimpleNonExplodedOperation,
                          (build) => buildPathsSimpleNonExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsSimpleNonExploded }
                      ),
                      post: Object.assign(
                        (callOptions = {}) => transport.send(
                          pathsSimpleExplodedOperation,
                          (build) => buildPathsSimpleExplodedRequest(
                            { path: { primitive, array, object: object_ } },
                            build
                          ),
                          callOptions
                        ),
                        { permissions: permissions.pathsSimpleExploded }
                      )
                    })
                  })
                })
              };
            },
            byPrimitive: (primitive) => ({
              byArray: (array) => ({
                byObject: (object_) => ({
                  get: Object.assign(
                    (callOptions = {}) => transport.send(
                      pathsStandardOperation,
                      (build) => buildPathsStandardRequest(
                        { path: { primitive, array, object: object_ } },
                        build
                      ),
                      callOptions
                    ),
                    { permissions: permissions.pathsStandard }
                  )
                })
              })
            })
          };
        },
        get query2() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                queryStandardOperation,
                (build) => buildQueryStandardRequest(callOptions, build),
                callOptions
              ),
              { permissions: permissions.queryStandard }
            ),
            get deepObject() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryDeepObjectNonExplodedOperation,
                    (build) => buildQueryDeepObjectNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.queryDeepObjectNonExploded }
                )
              };
            },
            get form() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryFormNonExplodedOperation,
                    (build) => buildQueryFormNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.queryFormNonExploded }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryFormExplodedOperation,
                    (build) => buildQueryFormExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.queryFormExploded }
                )
              };
            },
            get pipeDelimited() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryPipeDelimitedNonExplodedOperation,
                    (build) => buildQueryPipeDelimitedNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.queryPipeDelimitedNonExploded }
                )
              };
            },
            get spaceDelimited() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    querySpaceDelimitedNonExplodedOperation,
                    (build) => buildQuerySpaceDelimitedNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  { permissions: permissions.querySpaceDelimitedNonExploded }
                )
              };
            }
          };
        }
      };
    },
    get cookies() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            cookiesStandardOperation,
            (build) => buildCookiesStandardRequest(callOptions, build),
            callOptions
          ),
          { permissions: permissions.cookiesStandard }
        )
      };
    },
    get cookiesFormExploded() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            cookiesFormExplodedOperation,
            (build) => buildCookiesFormExplodedRequest(callOptions, build),
            callOptions
          ),
          { permissions: permissions.cookiesFormExploded }
        )
      };
    },
    get cookiesFormNonExploded() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            cookiesFormNonExplodedOperation,
            (build) => buildCookiesFormNonExplodedRequest(callOptions, build),
            callOptions
          ),
          { permissions: permissions.cookiesFormNonExploded }
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
  buildCookiesFormExplodedRequest,
  buildCookiesFormNonExplodedRequest,
  buildCookiesStandardRequest,
  buildFormDataDeepObjectExplodedRequest,
  buildFormDataFormExplodedRequest,
  buildFormDataFormNonExplodedRequest,
  buildFormDataPipeDelimitedNonExplodedRequest,
  buildFormDataSpaceDelimitedNonExplodedRequest,
  buildFormDataStandardRequest,
  buildHeadersSimpleExplodedRequest,
  buildHeadersSimpleNonExplodedRequest,
  buildHeadersStandardRequest,
  buildPathsLabelExplodedRequest,
  buildPathsLabelNonExplodedRequest,
  buildPathsMatrixExplodedRequest,
  buildPathsMatrixNonExplodedRequest,
  buildPathsSimpleExplodedRequest,
  buildPathsSimpleNonExplodedRequest,
  buildPathsStandardRequest,
  buildQueryDeepObjectNonExplodedRequest,
  buildQueryFormExplodedRequest,
  buildQueryFormNonExplodedRequest,
  buildQueryPipeDelimitedNonExplodedRequest,
  buildQuerySpaceDelimitedNonExplodedRequest,
  buildQueryStandardRequest,
  createClient
};
