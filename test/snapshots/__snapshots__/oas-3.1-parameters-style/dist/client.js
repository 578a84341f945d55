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
const formDataStandardOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data",
  path: ["/anything/form-data"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
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
function readFormDataStandardResult(response, options) {
  return readResult(formDataStandardOperation, response, options);
}
const formDataDeepObjectExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/deepObject",
  path: ["/anything/form-data/deepObject"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "deepObject", "explode": true },
      "object": { "style": "deepObject", "explode": true },
      "primitive": { "style": "deepObject", "explode": true }
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
function readFormDataDeepObjectExplodedResult(response, options) {
  return readResult(formDataDeepObjectExplodedOperation, response, options);
}
const formDataFormExplodedOperation = {
  method: "PUT",
  pathTemplate: "/anything/form-data/form",
  path: ["/anything/form-data/form"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "form", "explode": true },
      "object": { "style": "form", "explode": true },
      "primitive": { "style": "form", "explode": true }
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
function readFormDataFormExplodedResult(response, options) {
  return readResult(formDataFormExplodedOperation, response, options);
}
const formDataFormNonExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/form",
  path: ["/anything/form-data/form"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "form", "explode": false },
      "object": { "style": "form", "explode": false },
      "primitive": { "style": "form", "explode": false }
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
function readFormDataFormNonExplodedResult(response, options) {
  return readResult(formDataFormNonExplodedOperation, response, options);
}
const formDataPipeDelimitedNonExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/form-data/pipeDelimited",
  path: ["/anything/form-data/pipeDelimited"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "pipeDelimited", "explode": false },
      "object": { "style": "pipeDelimited", "explode": false },
      "primitive": { "style": "pipeDelimited", "explode": false }
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
function readFormDataPipeDelimitedNonExplodedResult(response, options) {
  return readResult(formDataPipeDelimitedNonExplodedOperation, response, options);
}
const formDataSpaceDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/form-data/spaceDelimited",
  path: ["/anything/form-data/spaceDelimited"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": false,
    "encoding": {
      "array": { "style": "spaceDelimited", "explode": false },
      "object": { "style": "spaceDelimited", "explode": false },
      "primitive": { "style": "spaceDelimited", "explode": false }
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
function readFormDataSpaceDelimitedNonExplodedResult(response, options) {
  return readResult(formDataSpaceDelimitedNonExplodedOperation, response, options);
}
const headersStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/headers",
  path: ["/anything/headers"],
  parameters: [
    { "name": "primitive", "in": "header", "style": "simple", "explode": false, "required": false },
    { "name": "array", "in": "header", "style": "simple", "explode": false, "required": false },
    { "name": "object", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersStandardRequest(parameters = {}, options) {
  return buildRequest(headersStandardOperation, parameters, void 0, options);
}
function readHeadersStandardResult(response, options) {
  return readResult(headersStandardOperation, response, options);
}
const headersSimpleNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/headers/simple",
  path: ["/anything/headers/simple"],
  parameters: [
    { "name": "primitive", "in": "header", "style": "simple", "explode": false, "required": false },
    { "name": "array", "in": "header", "style": "simple", "explode": false, "required": false },
    { "name": "object", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersSimpleNonExplodedRequest(parameters = {}, options) {
  return buildRequest(headersSimpleNonExplodedOperation, parameters, void 0, options);
}
function readHeadersSimpleNonExplodedResult(response, options) {
  return readResult(headersSimpleNonExplodedOperation, response, options);
}
const headersSimpleExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/headers/simple",
  path: ["/anything/headers/simple"],
  parameters: [
    { "name": "primitive", "in": "header", "style": "simple", "explode": true, "required": false },
    { "name": "array", "in": "header", "style": "simple", "explode": true, "required": false },
    { "name": "object", "in": "header", "style": "simple", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildHeadersSimpleExplodedRequest(parameters = {}, options) {
  return buildRequest(headersSimpleExplodedOperation, parameters, void 0, options);
}
function readHeadersSimpleExplodedResult(response, options) {
  return readResult(headersSimpleExplodedOperation, response, options);
}
const pathsLabelNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/label/{primitive}/{array}/{object}",
  path: [
    "/anything/path/label/",
    { "name": "primitive", "in": "path", "style": "label", "explode": false, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "label", "explode": false, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "label", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsLabelNonExplodedRequest(parameters, options) {
  return buildRequest(pathsLabelNonExplodedOperation, parameters, void 0, options);
}
function readPathsLabelNonExplodedResult(response, options) {
  return readResult(pathsLabelNonExplodedOperation, response, options);
}
const pathsLabelExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/label/{primitive}/{array}/{object}",
  path: [
    "/anything/path/label/",
    { "name": "primitive", "in": "path", "style": "label", "explode": true, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "label", "explode": true, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "label", "explode": true, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsLabelExplodedRequest(parameters, options) {
  return buildRequest(pathsLabelExplodedOperation, parameters, void 0, options);
}
function readPathsLabelExplodedResult(response, options) {
  return readResult(pathsLabelExplodedOperation, response, options);
}
const pathsMatrixNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/matrix/{primitive}/{array}/{object}",
  path: [
    "/anything/path/matrix/",
    { "name": "primitive", "in": "path", "style": "matrix", "explode": false, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "matrix", "explode": false, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "matrix", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsMatrixNonExplodedRequest(parameters, options) {
  return buildRequest(pathsMatrixNonExplodedOperation, parameters, void 0, options);
}
function readPathsMatrixNonExplodedResult(response, options) {
  return readResult(pathsMatrixNonExplodedOperation, response, options);
}
const pathsMatrixExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/matrix/{primitive}/{array}/{object}",
  path: [
    "/anything/path/matrix/",
    { "name": "primitive", "in": "path", "style": "matrix", "explode": true, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "matrix", "explode": true, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "matrix", "explode": true, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsMatrixExplodedRequest(parameters, options) {
  return buildRequest(pathsMatrixExplodedOperation, parameters, void 0, options);
}
function readPathsMatrixExplodedResult(response, options) {
  return readResult(pathsMatrixExplodedOperation, response, options);
}
const pathsSimpleNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/path/simple/{primitive}/{array}/{object}",
  path: [
    "/anything/path/simple/",
    { "name": "primitive", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsSimpleNonExplodedRequest(parameters, options) {
  return buildRequest(pathsSimpleNonExplodedOperation, parameters, void 0, options);
}
function readPathsSimpleNonExplodedResult(response, options) {
  return readResult(pathsSimpleNonExplodedOperation, response, options);
}
const pathsSimpleExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/path/simple/{primitive}/{array}/{object}",
  path: [
    "/anything/path/simple/",
    { "name": "primitive", "in": "path", "style": "simple", "explode": true, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "simple", "explode": true, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "simple", "explode": true, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsSimpleExplodedRequest(parameters, options) {
  return buildRequest(pathsSimpleExplodedOperation, parameters, void 0, options);
}
function readPathsSimpleExplodedResult(response, options) {
  return readResult(pathsSimpleExplodedOperation, response, options);
}
const pathsStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/path/{primitive}/{array}/{object}",
  path: [
    "/anything/path/",
    { "name": "primitive", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "array", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "object", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPathsStandardRequest(parameters, options) {
  return buildRequest(pathsStandardOperation, parameters, void 0, options);
}
function readPathsStandardResult(response, options) {
  return readResult(pathsStandardOperation, response, options);
}
const queryStandardOperation = {
  method: "GET",
  pathTemplate: "/anything/query",
  path: ["/anything/query"],
  parameters: [
    { "name": "primitive", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "array", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "object", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryStandardRequest(parameters = {}, options) {
  return buildRequest(queryStandardOperation, parameters, void 0, options);
}
function readQueryStandardResult(response, options) {
  return readResult(queryStandardOperation, response, options);
}
const queryDeepObjectNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/deepObject",
  path: ["/anything/query/deepObject"],
  parameters: [
    { "name": "object", "in": "query", "style": "deepObject", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryDeepObjectNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryDeepObjectNonExplodedOperation, parameters, void 0, options);
}
function readQueryDeepObjectNonExplodedResult(response, options) {
  return readResult(queryDeepObjectNonExplodedOperation, response, options);
}
const queryFormNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/form",
  path: ["/anything/query/form"],
  parameters: [
    { "name": "primitive", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "array", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "object", "in": "query", "style": "form", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryFormNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryFormNonExplodedOperation, parameters, void 0, options);
}
function readQueryFormNonExplodedResult(response, options) {
  return readResult(queryFormNonExplodedOperation, response, options);
}
const queryFormExplodedOperation = {
  method: "POST",
  pathTemplate: "/anything/query/form",
  path: ["/anything/query/form"],
  parameters: [
    { "name": "primitive", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "array", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "object", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryFormExplodedRequest(parameters = {}, options) {
  return buildRequest(queryFormExplodedOperation, parameters, void 0, options);
}
function readQueryFormExplodedResult(response, options) {
  return readResult(queryFormExplodedOperation, response, options);
}
const queryPipeDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/pipeDelimited",
  path: ["/anything/query/pipeDelimited"],
  parameters: [
    {
      "name": "array",
      "in": "query",
      "style": "pipeDelimited",
      "explode": false,
      "required": false
    },
    {
      "name": "object",
      "in": "query",
      "style": "pipeDelimited",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQueryPipeDelimitedNonExplodedRequest(parameters = {}, options) {
  return buildRequest(queryPipeDelimitedNonExplodedOperation, parameters, void 0, options);
}
function readQueryPipeDelimitedNonExplodedResult(response, options) {
  return readResult(queryPipeDelimitedNonExplodedOperation, response, options);
}
const querySpaceDelimitedNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/anything/query/spaceDelimited",
  path: ["/anything/query/spaceDelimited"],
  parameters: [
    {
      "name": "array",
      "in": "query",
      "style": "spaceDelimited",
      "explode": false,
      "required": false
    },
    {
      "name": "object",
      "in": "query",
      "style": "spaceDelimited",
      "explode": false,
      "required": false
    }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildQuerySpaceDelimitedNonExplodedRequest(parameters = {}, options) {
  return buildRequest(querySpaceDelimitedNonExplodedOperation, parameters, void 0, options);
}
function readQuerySpaceDelimitedNonExplodedResult(response, options) {
  return readResult(querySpaceDelimitedNonExplodedOperation, response, options);
}
const cookiesStandardOperation = {
  method: "GET",
  pathTemplate: "/cookies",
  path: ["/cookies"],
  parameters: [
    { "name": "primitive", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "array", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "object", "in": "cookie", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesStandardRequest(parameters = {}, options) {
  return buildRequest(cookiesStandardOperation, parameters, void 0, options);
}
function readCookiesStandardResult(response, options) {
  return readResult(cookiesStandardOperation, response, options);
}
const cookiesFormExplodedOperation = {
  method: "GET",
  pathTemplate: "/cookies#formExploded",
  path: ["/cookies%23formExploded"],
  parameters: [
    { "name": "primitive", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "array", "in": "cookie", "style": "form", "explode": true, "required": false },
    { "name": "object", "in": "cookie", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesFormExplodedRequest(parameters = {}, options) {
  return buildRequest(cookiesFormExplodedOperation, parameters, void 0, options);
}
function readCookiesFormExplodedResult(response, options) {
  return readResult(cookiesFormExplodedOperation, response, options);
}
const cookiesFormNonExplodedOperation = {
  method: "GET",
  pathTemplate: "/cookies#formNonExploded",
  path: ["/cookies%23formNonExploded"],
  parameters: [
    { "name": "primitive", "in": "cookie", "style": "form", "explode": false, "required": false },
    { "name": "array", "in": "cookie", "style": "form", "explode": false, "required": false },
    { "name": "object", "in": "cookie", "style": "form", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildCookiesFormNonExplodedRequest(parameters = {}, options) {
  return buildRequest(cookiesFormNonExplodedOperation, parameters, void 0, options);
}
function readCookiesFormNonExplodedResult(response, options) {
  return readResult(cookiesFormNonExplodedOperation, response, options);
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
              {
                permissions: permissions.formDataStandard,
                safe: (body, callOptions = {}) => transport.sendResult(
                  formDataStandardOperation,
                  (build) => buildFormDataStandardRequest({}, body, build),
                  callOptions
                )
              }
            ),
            get deepObject() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataDeepObjectExplodedOperation,
                    (build) => buildFormDataDeepObjectExplodedRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.formDataDeepObjectExploded,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      formDataDeepObjectExplodedOperation,
                      (build) => buildFormDataDeepObjectExplodedRequest({}, body, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.formDataFormExploded,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      formDataFormExplodedOperation,
                      (build) => buildFormDataFormExplodedRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    formDataFormNonExplodedOperation,
                    (build) => buildFormDataFormNonExplodedRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.formDataFormNonExploded,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      formDataFormNonExplodedOperation,
                      (build) => buildFormDataFormNonExplodedRequest({}, body, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.formDataPipeDelimitedNonExploded,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      formDataPipeDelimitedNonExplodedOperation,
                      (build) => buildFormDataPipeDelimitedNonExplodedRequest({}, body, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.formDataSpaceDelimitedNonExploded,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      formDataSpaceDelimitedNonExplodedOperation,
                      (build) => buildFormDataSpaceDelimitedNonExplodedRequest({}, body, build),
                      callOptions
                    )
                  }
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
              {
                permissions: permissions.headersStandard,
                safe: (callOptions = {}) => transport.sendResult(
                  headersStandardOperation,
                  (build) => buildHeadersStandardRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            get simple() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    headersSimpleNonExplodedOperation,
                    (build) => buildHeadersSimpleNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.headersSimpleNonExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      headersSimpleNonExplodedOperation,
                      (build) => buildHeadersSimpleNonExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    headersSimpleExplodedOperation,
                    (build) => buildHeadersSimpleExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.headersSimpleExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      headersSimpleExplodedOperation,
                      (build) => buildHeadersSimpleExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
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
                        {
                          permissions: permissions.pathsLabelNonExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsLabelNonExplodedOperation,
                            (build) => buildPathsLabelNonExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                        {
                          permissions: permissions.pathsLabelExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsLabelExplodedOperation,
                            (build) => buildPathsLabelExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                        {
                          permissions: permissions.pathsMatrixNonExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsMatrixNonExplodedOperation,
                            (build) => buildPathsMatrixNonExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                        {
                          permissions: permissions.pathsMatrixExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsMatrixExplodedOperation,
                            (build) => buildPathsMatrixExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                        {
                          permissions: permissions.pathsSimpleNonExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsSimpleNonExplodedOperation,
                            (build) => buildPathsSimpleNonExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                        {
                          permissions: permissions.pathsSimpleExploded,
                          safe: (callOptions = {}) => transport.sendResult(
                            pathsSimpleExplodedOperation,
                            (build) => buildPathsSimpleExplodedRequest(
                              { path: { primitive, array, object: object_ } },
                              build
                            ),
                            callOptions
                          )
                        }
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
                    {
                      permissions: permissions.pathsStandard,
                      safe: (callOptions = {}) => transport.sendResult(
                        pathsStandardOperation,
                        (build) => buildPathsStandardRequest(
                          { path: { primitive, array, object: object_ } },
                          build
                        ),
                        callOptions
                      )
                    }
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
              {
                permissions: permissions.queryStandard,
                safe: (callOptions = {}) => transport.sendResult(
                  queryStandardOperation,
                  (build) => buildQueryStandardRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            get deepObject() {
              return {
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryDeepObjectNonExplodedOperation,
                    (build) => buildQueryDeepObjectNonExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.queryDeepObjectNonExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      queryDeepObjectNonExplodedOperation,
                      (build) => buildQueryDeepObjectNonExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.queryFormNonExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      queryFormNonExplodedOperation,
                      (build) => buildQueryFormNonExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
                ),
                post: Object.assign(
                  (callOptions = {}) => transport.send(
                    queryFormExplodedOperation,
                    (build) => buildQueryFormExplodedRequest(callOptions, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.queryFormExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      queryFormExplodedOperation,
                      (build) => buildQueryFormExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.queryPipeDelimitedNonExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      queryPipeDelimitedNonExplodedOperation,
                      (build) => buildQueryPipeDelimitedNonExplodedRequest(callOptions, build),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.querySpaceDelimitedNonExploded,
                    safe: (callOptions = {}) => transport.sendResult(
                      querySpaceDelimitedNonExplodedOperation,
                      (build) => buildQuerySpaceDelimitedNonExplodedRequest(callOptions, build),
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
    get cookies() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            cookiesStandardOperation,
            (build) => buildCookiesStandardRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.cookiesStandard,
            safe: (callOptions = {}) => transport.sendResult(
              cookiesStandardOperation,
              (build) => buildCookiesStandardRequest(callOptions, build),
              callOptions
            )
          }
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
          {
            permissions: permissions.cookiesFormExploded,
            safe: (callOptions = {}) => transport.sendResult(
              cookiesFormExplodedOperation,
              (build) => buildCookiesFormExplodedRequest(callOptions, build),
              callOptions
            )
          }
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
          {
            permissions: permissions.cookiesFormNonExploded,
            safe: (callOptions = {}) => transport.sendResult(
              cookiesFormNonExplodedOperation,
              (build) => buildCookiesFormNonExplodedRequest(callOptions, build),
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
  createClient,
  readCookiesFormExplodedResult,
  readCookiesFormNonExplodedResult,
  readCookiesStandardResult,
  readFormDataDeepObjectExplodedResult,
  readFormDataFormExplodedResult,
  readFormDataFormNonExplodedResult,
  readFormDataPipeDelimitedNonExplodedResult,
  readFormDataSpaceDelimitedNonExplodedResult,
  readFormDataStandardResult,
  readHeadersSimpleExplodedResult,
  readHeadersSimpleNonExplodedResult,
  readHeadersStandardResult,
  readPathsLabelExplodedResult,
  readPathsLabelNonExplodedResult,
  readPathsMatrixExplodedResult,
  readPathsMatrixNonExplodedResult,
  readPathsSimpleExplodedResult,
  readPathsSimpleNonExplodedResult,
  readPathsStandardResult,
  readQueryDeepObjectNonExplodedResult,
  readQueryFormExplodedResult,
  readQueryFormNonExplodedResult,
  readQueryPipeDelimitedNonExplodedResult,
  readQuerySpaceDelimitedNonExplodedResult,
  readQueryStandardResult
};
