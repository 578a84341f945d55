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
const getParameterExamplesByParam1ByParam2Operation = {
  method: "GET",
  pathTemplate: "/parameterExamples/{param1}/{param2}",
  path: [
    "/parameterExamples/",
    { "name": "param1", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "param2", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetParameterExamplesByParam1ByParam2Response(value),
    "GET /parameterExamples/{param1}/{param2} response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    assertValid(
      V.validateUser(value),
      "GET /parameterExamples/{param1}/{param2} default error body"
    );
  }
};
function buildGetParameterExamplesByParam1ByParam2Request(parameters, options) {
  return buildRequest(getParameterExamplesByParam1ByParam2Operation, parameters, void 0, options);
}
function readGetParameterExamplesByParam1ByParam2Result(response, options) {
  return readResult(getParameterExamplesByParam1ByParam2Operation, response, options);
}
const putParameterExamplesByParam1ByParam2Operation = {
  method: "PUT",
  pathTemplate: "/parameterExamples/{param1}/{param2}",
  path: [
    "/parameterExamples/",
    { "name": "param1", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "param2", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePutParameterExamplesByParam1ByParam2RequestBody(value),
    "PUT /parameterExamples/{param1}/{param2} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePutParameterExamplesByParam1ByParam2Response(value),
    "PUT /parameterExamples/{param1}/{param2} response body"
  )
};
function buildPutParameterExamplesByParam1ByParam2Request(parameters, body, options) {
  return buildRequest(putParameterExamplesByParam1ByParam2Operation, parameters, body, options);
}
function readPutParameterExamplesByParam1ByParam2Result(response, options) {
  return readResult(putParameterExamplesByParam1ByParam2Operation, response, options);
}
const patchParameterExamplesByParam1ByParam2Operation = {
  method: "PATCH",
  pathTemplate: "/parameterExamples/{param1}/{param2}",
  path: [
    "/parameterExamples/",
    { "name": "param1", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "param2", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "param3", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "param4", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "param5", "in": "header", "style": "simple", "explode": false, "required": true },
    { "name": "param6", "in": "header", "style": "simple", "explode": false, "required": false }
  ],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePatchParameterExamplesByParam1ByParam2RequestBody(value),
    "PATCH /parameterExamples/{param1}/{param2} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePatchParameterExamplesByParam1ByParam2Response(value),
    "PATCH /parameterExamples/{param1}/{param2} response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    assertValid(
      V.validateUser(value),
      "PATCH /parameterExamples/{param1}/{param2} default error body"
    );
  }
};
function buildPatchParameterExamplesByParam1ByParam2Request(parameters, body, options) {
  return buildRequest(patchParameterExamplesByParam1ByParam2Operation, parameters, body, options);
}
function readPatchParameterExamplesByParam1ByParam2Result(response, options) {
  return readResult(patchParameterExamplesByParam1ByParam2Operation, response, options);
}
const putRequestBodyOperation = {
  method: "PUT",
  pathTemplate: "/requestBody",
  path: ["/requestBody"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePutRequestBodyRequestBody(value),
    "PUT /requestBody request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePutRequestBodyResponse(value),
    "PUT /requestBody response body"
  )
};
function buildPutRequestBodyRequest(parameters = {}, body, options) {
  return buildRequest(putRequestBodyOperation, parameters, body, options);
}
function readPutRequestBodyResult(response, options) {
  return readResult(putRequestBodyOperation, response, options);
}
const postRequestBodyOperation = {
  method: "POST",
  pathTemplate: "/requestBody",
  path: ["/requestBody"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostRequestBodyRequestBody(value),
    "POST /requestBody request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostRequestBodyResponse(value),
    "POST /requestBody response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return;
    assertValid(V.validateUser(value), "POST /requestBody default error body");
  }
};
function buildPostRequestBodyRequest(parameters = {}, body, options) {
  return buildRequest(postRequestBodyOperation, parameters, body, options);
}
function readPostRequestBodyResult(response, options) {
  return readResult(postRequestBodyOperation, response, options);
}
const patchRequestBodyOperation = {
  method: "PATCH",
  pathTemplate: "/requestBody",
  path: ["/requestBody"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePatchRequestBodyRequestBody(value),
    "PATCH /requestBody request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePatchRequestBodyResponse(value),
    "PATCH /requestBody response body"
  )
};
function buildPatchRequestBodyRequest(parameters = {}, body, options) {
  return buildRequest(patchRequestBodyOperation, parameters, body, options);
}
function readPatchRequestBodyResult(response, options) {
  return readResult(patchRequestBodyOperation, response, options);
}
const demoFormDataOperation = {
  method: "POST",
  pathTemplate: "/requestBody-form-data-example",
  path: ["/requestBody-form-data-example"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateDemoFormDataRequestBody(value),
    "POST /requestBody-form-data-example request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateDemoFormDataResponse(value),
    "POST /requestBody-form-data-example response body"
  )
};
function buildDemoFormDataRequest(parameters = {}, body, options) {
  return buildRequest(demoFormDataOperation, parameters, body, options);
}
function readDemoFormDataResult(response, options) {
  return readResult(demoFormDataOperation, response, options);
}
const postRequestBodyMultiMediaTypesOperation = {
  method: "POST",
  pathTemplate: "/requestBody-multi-media-types",
  path: ["/requestBody-multi-media-types"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "text/plain, application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "text",
  checkBody: (value) => assertValid(
    V.validatePostRequestBodyMultiMediaTypesRequestBody(value),
    "POST /requestBody-multi-media-types request body"
  )
};
function buildPostRequestBodyMultiMediaTypesRequest(parameters = {}, body, options) {
  return buildRequest(postRequestBodyMultiMediaTypesOperation, parameters, body, options);
}
function readPostRequestBodyMultiMediaTypesResult(response, options) {
  return readResult(postRequestBodyMultiMediaTypesOperation, response, options);
}
const putRequestBodyPrimitiveExampleOperation = {
  method: "PUT",
  pathTemplate: "/requestBody-primitive-example",
  path: ["/requestBody-primitive-example"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePutRequestBodyPrimitiveExampleRequestBody(value),
    "PUT /requestBody-primitive-example request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePutRequestBodyPrimitiveExampleResponse(value),
    "PUT /requestBody-primitive-example response body"
  )
};
function buildPutRequestBodyPrimitiveExampleRequest(parameters = {}, body, options) {
  return buildRequest(putRequestBodyPrimitiveExampleOperation, parameters, body, options);
}
function readPutRequestBodyPrimitiveExampleResult(response, options) {
  return readResult(putRequestBodyPrimitiveExampleOperation, response, options);
}
const postRequestBodyPrimitiveExampleOperation = {
  method: "POST",
  pathTemplate: "/requestBody-primitive-example",
  path: ["/requestBody-primitive-example"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostRequestBodyPrimitiveExampleRequestBody(value),
    "POST /requestBody-primitive-example request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostRequestBodyPrimitiveExampleResponse(value),
    "POST /requestBody-primitive-example response body"
  )
};
function buildPostRequestBodyPrimitiveExampleRequest(parameters = {}, body, options) {
  return buildRequest(postRequestBodyPrimitiveExampleOperation, parameters, body, options);
}
function readPostRequestBodyPrimitiveExampleResult(response, options) {
  return readResult(postRequestBodyPrimitiveExampleOperation, response, options);
}
const patchRequestBodyPrimitiveExampleOperation = {
  method: "PATCH",
  pathTemplate: "/requestBody-primitive-example",
  path: ["/requestBody-primitive-example"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePatchRequestBodyPrimitiveExampleRequestBody(value),
    "PATCH /requestBody-primitive-example request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePatchRequestBodyPrimitiveExampleResponse(value),
    "PATCH /requestBody-primitive-example response body"
  )
};
function buildPatchRequestBodyPrimitiveExampleRequest(parameters = {}, body, options) {
  return buildRequest(patchRequestBodyPrimitiveExampleOperation, parameters, body, options);
}
function readPatchRequestBodyPrimitiveExampleResult(response, options) {
  return readResult(patchRequestBodyPrimitiveExampleOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get parameterExamples() {
      return {
        byParam1: (param1) => ({
          byParam2: (param2) => ({
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getParameterExamplesByParam1ByParam2Operation,
                (build) => buildGetParameterExamplesByParam1ByParam2Request(
                  { path: { param1, param2 } },
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.getParameterExamplesByParam1ByParam2,
                safe: (callOptions = {}) => transport.sendResult(
                  getParameterExamplesByParam1ByParam2Operation,
                  (build) => buildGetParameterExamplesByParam1ByParam2Request(
                    { path: { param1, param2 } },
                    build
                  ),
                  callOptions
                )
              }
            ),
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                putParameterExamplesByParam1ByParam2Operation,
                (build) => buildPutParameterExamplesByParam1ByParam2Request(
                  { path: { param1, param2 } },
                  body,
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.putParameterExamplesByParam1ByParam2,
                safe: (body, callOptions = {}) => transport.sendResult(
                  putParameterExamplesByParam1ByParam2Operation,
                  (build) => buildPutParameterExamplesByParam1ByParam2Request(
                    { path: { param1, param2 } },
                    body,
                    build
                  ),
                  callOptions
                )
              }
            ),
            patch: Object.assign(
              (body, callOptions) => transport.send(
                patchParameterExamplesByParam1ByParam2Operation,
                (build) => buildPatchParameterExamplesByParam1ByParam2Request(
                  { ...callOptions, path: { param1, param2 } },
                  body,
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.patchParameterExamplesByParam1ByParam2,
                safe: (body, callOptions) => transport.sendResult(
                  patchParameterExamplesByParam1ByParam2Operation,
                  (build) => buildPatchParameterExamplesByParam1ByParam2Request(
                    { ...callOptions, path: { param1, param2 } },
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
    },
    get requestBody() {
      return {
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            putRequestBodyOperation,
            (build) => buildPutRequestBodyRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.putRequestBody,
            safe: (body, callOptions = {}) => transport.sendResult(
              putRequestBodyOperation,
              (build) => buildPutRequestBodyRequest({}, body, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postRequestBodyOperation,
            (build) => buildPostRequestBodyRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postRequestBody,
            safe: (body, callOptions = {}) => transport.sendResult(
              postRequestBodyOperation,
              (build) => buildPostRequestBodyRequest({}, body, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchRequestBodyOperation,
            (build) => buildPatchRequestBodyRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchRequestBody,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchRequestBodyOperation,
              (build) => buildPatchRequestBodyRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get requestBodyFormDataExample() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            demoFormDataOperation,
            (build) => buildDemoFormDataRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.demoFormData,
            safe: (body, callOptions = {}) => transport.sendResult(
              demoFormDataOperation,
              (build) => buildDemoFormDataRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get requestBodyMultiMediaTypes() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postRequestBodyMultiMediaTypesOperation,
            (build) => buildPostRequestBodyMultiMediaTypesRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postRequestBodyMultiMediaTypes,
            safe: (body, callOptions = {}) => transport.sendResult(
              postRequestBodyMultiMediaTypesOperation,
              (build) => buildPostRequestBodyMultiMediaTypesRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get requestBodyPrimitiveExample() {
      return {
        put: Object.assign(
          (body, callOptions = {}) => transport.send(
            putRequestBodyPrimitiveExampleOperation,
            (build) => buildPutRequestBodyPrimitiveExampleRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.putRequestBodyPrimitiveExample,
            safe: (body, callOptions = {}) => transport.sendResult(
              putRequestBodyPrimitiveExampleOperation,
              (build) => buildPutRequestBodyPrimitiveExampleRequest({}, body, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postRequestBodyPrimitiveExampleOperation,
            (build) => buildPostRequestBodyPrimitiveExampleRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postRequestBodyPrimitiveExample,
            safe: (body, callOptions = {}) => transport.sendResult(
              postRequestBodyPrimitiveExampleOperation,
              (build) => buildPostRequestBodyPrimitiveExampleRequest({}, body, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchRequestBodyPrimitiveExampleOperation,
            (build) => buildPatchRequestBodyPrimitiveExampleRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchRequestBodyPrimitiveExample,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchRequestBodyPrimitiveExampleOperation,
              (build) => buildPatchRequestBodyPrimitiveExampleRequest({}, body, build),
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
  buildDemoFormDataRequest,
  buildGetParameterExamplesByParam1ByParam2Request,
  buildPatchParameterExamplesByParam1ByParam2Request,
  buildPatchRequestBodyPrimitiveExampleRequest,
  buildPatchRequestBodyRequest,
  buildPostRequestBodyMultiMediaTypesRequest,
  buildPostRequestBodyPrimitiveExampleRequest,
  buildPostRequestBodyRequest,
  buildPutParameterExamplesByParam1ByParam2Request,
  buildPutRequestBodyPrimitiveExampleRequest,
  buildPutRequestBodyRequest,
  createClient,
  readDemoFormDataResult,
  readGetParameterExamplesByParam1ByParam2Result,
  readPatchParameterExamplesByParam1ByParam2Result,
  readPatchRequestBodyPrimitiveExampleResult,
  readPatchRequestBodyResult,
  readPostRequestBodyMultiMediaTypesResult,
  readPostRequestBodyPrimitiveExampleResult,
  readPostRequestBodyResult,
  readPutParameterExamplesByParam1ByParam2Result,
  readPutRequestBodyPrimitiveExampleResult,
  readPutRequestBodyResult
};
