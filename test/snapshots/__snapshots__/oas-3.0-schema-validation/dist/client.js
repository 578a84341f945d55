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
const getAnythingBooleansOperation = {
  method: "GET",
  pathTemplate: "/anything/booleans",
  path: ["/anything/booleans"],
  parameters: [
    { "name": "tf-required", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "tf-optional", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingBooleansRequest(parameters, options) {
  return buildRequest(getAnythingBooleansOperation, parameters, void 0, options);
}
function readGetAnythingBooleansResult(response, options) {
  return readResult(getAnythingBooleansOperation, response, options);
}
const getAnythingJsonschemaFormatsOperation = {
  method: "GET",
  pathTemplate: "/anything/jsonschema-formats",
  path: ["/anything/jsonschema-formats"],
  parameters: [
    { "name": "date-time", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "date", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "time", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "duration", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "email", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "idn-email", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "hostname", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "idn-hostname", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "ipv4", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "ipv6", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "uri", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "uri-reference", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "iri", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "iri-reference", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "uuid", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "uri-template", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "json-pointer", "in": "query", "style": "form", "explode": true, "required": false },
    {
      "name": "relative-json-pointer",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": false
    },
    { "name": "regex", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingJsonschemaFormatsRequest(parameters, options) {
  return buildRequest(getAnythingJsonschemaFormatsOperation, parameters, void 0, options);
}
function readGetAnythingJsonschemaFormatsResult(response, options) {
  return readResult(getAnythingJsonschemaFormatsOperation, response, options);
}
const getAnythingNumbersOperation = {
  method: "GET",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [
    { "name": "id-required", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "id-optional", "in": "query", "style": "form", "explode": true, "required": false },
    {
      "name": "id-exclusive-required",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    },
    {
      "name": "id-exclusive-optional",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": false
    }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingNumbersRequest(parameters, options) {
  return buildRequest(getAnythingNumbersOperation, parameters, void 0, options);
}
function readGetAnythingNumbersResult(response, options) {
  return readResult(getAnythingNumbersOperation, response, options);
}
const getAnythingOasFormatsOperation = {
  method: "GET",
  pathTemplate: "/anything/oas-formats",
  path: ["/anything/oas-formats"],
  parameters: [
    { "name": "int32", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "int64", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "float", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "double", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "byte", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "binary", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "password", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingOasFormatsRequest(parameters, options) {
  return buildRequest(getAnythingOasFormatsOperation, parameters, void 0, options);
}
function readGetAnythingOasFormatsResult(response, options) {
  return readResult(getAnythingOasFormatsOperation, response, options);
}
const getAnythingStringsOperation = {
  method: "GET",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [
    {
      "name": "name-length-required",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    },
    {
      "name": "name-length-optional",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": false
    },
    {
      "name": "name-pattern-required",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    },
    {
      "name": "complex-pattern-required",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": true
    },
    {
      "name": "name-pattern-optional",
      "in": "query",
      "style": "form",
      "explode": true,
      "required": false
    }
  ],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetAnythingStringsRequest(parameters, options) {
  return buildRequest(getAnythingStringsOperation, parameters, void 0, options);
}
function readGetAnythingStringsResult(response, options) {
  return readResult(getAnythingStringsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get booleans() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingBooleansOperation,
                (build) => buildGetAnythingBooleansRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingBooleans,
                safe: (callOptions) => transport.sendResult(
                  getAnythingBooleansOperation,
                  (build) => buildGetAnythingBooleansRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get jsonschemaFormats() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingJsonschemaFormatsOperation,
                (build) => buildGetAnythingJsonschemaFormatsRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingJsonschemaFormats,
                safe: (callOptions) => transport.sendResult(
                  getAnythingJsonschemaFormatsOperation,
                  (build) => buildGetAnythingJsonschemaFormatsRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get numbers() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingNumbersOperation,
                (build) => buildGetAnythingNumbersRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingNumbers,
                safe: (callOptions) => transport.sendResult(
                  getAnythingNumbersOperation,
                  (build) => buildGetAnythingNumbersRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get oasFormats() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingOasFormatsOperation,
                (build) => buildGetAnythingOasFormatsRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingOasFormats,
                safe: (callOptions) => transport.sendResult(
                  getAnythingOasFormatsOperation,
                  (build) => buildGetAnythingOasFormatsRequest(callOptions, build),
                  callOptions
                )
              }
            )
          };
        },
        get strings() {
          return {
            get: Object.assign(
              (callOptions) => transport.send(
                getAnythingStringsOperation,
                (build) => buildGetAnythingStringsRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingStrings,
                safe: (callOptions) => transport.sendResult(
                  getAnythingStringsOperation,
                  (build) => buildGetAnythingStringsRequest(callOptions, build),
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
  buildGetAnythingBooleansRequest,
  buildGetAnythingJsonschemaFormatsRequest,
  buildGetAnythingNumbersRequest,
  buildGetAnythingOasFormatsRequest,
  buildGetAnythingStringsRequest,
  createClient,
  readGetAnythingBooleansResult,
  readGetAnythingJsonschemaFormatsResult,
  readGetAnythingNumbersResult,
  readGetAnythingOasFormatsResult,
  readGetAnythingStringsResult
};
