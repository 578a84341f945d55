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
const postAnythingImagePngOperation = {
  method: "POST",
  pathTemplate: "/anything/image-png",
  path: ["/anything/image-png"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "binary", "contentType": "image/png", "required": false },
  bearerAuth: false,
  response: "none"
};
function buildPostAnythingImagePngRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingImagePngOperation, parameters, body, options);
}
function readPostAnythingImagePngResult(response, options) {
  return readResult(postAnythingImagePngOperation, response, options);
}
const putAnythingMultipartFormdataOperation = {
  method: "PUT",
  pathTemplate: "/anything/multipart-formdata",
  path: ["/anything/multipart-formdata"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePutAnythingMultipartFormdataRequestBody(value),
    "PUT /anything/multipart-formdata request body"
  )
};
function buildPutAnythingMultipartFormdataRequest(parameters = {}, body, options) {
  return buildRequest(putAnythingMultipartFormdataOperation, parameters, body, options);
}
function readPutAnythingMultipartFormdataResult(response, options) {
  return readResult(putAnythingMultipartFormdataOperation, response, options);
}
const postAnythingMultipartFormdataOperation = {
  method: "POST",
  pathTemplate: "/anything/multipart-formdata",
  path: ["/anything/multipart-formdata"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "multipart", "contentType": "multipart/form-data", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostAnythingMultipartFormdataRequestBody(value),
    "POST /anything/multipart-formdata request body"
  )
};
function buildPostAnythingMultipartFormdataRequest(parameters = {}, body, options) {
  return buildRequest(postAnythingMultipartFormdataOperation, parameters, body, options);
}
function readPostAnythingMultipartFormdataResult(response, options) {
  return readResult(postAnythingMultipartFormdataOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get imagePng() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingImagePngOperation,
                (build) => buildPostAnythingImagePngRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingImagePng,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingImagePngOperation,
                  (build) => buildPostAnythingImagePngRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get multipartFormdata() {
          return {
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                putAnythingMultipartFormdataOperation,
                (build) => buildPutAnythingMultipartFormdataRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.putAnythingMultipartFormdata,
                safe: (body, callOptions = {}) => transport.sendResult(
                  putAnythingMultipartFormdataOperation,
                  (build) => buildPutAnythingMultipartFormdataRequest({}, body, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnythingMultipartFormdataOperation,
                (build) => buildPostAnythingMultipartFormdataRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingMultipartFormdata,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnythingMultipartFormdataOperation,
                  (build) => buildPostAnythingMultipartFormdataRequest({}, body, build),
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
  buildPostAnythingImagePngRequest,
  buildPostAnythingMultipartFormdataRequest,
  buildPutAnythingMultipartFormdataRequest,
  createClient,
  readPostAnythingImagePngResult,
  readPostAnythingMultipartFormdataResult,
  readPutAnythingMultipartFormdataResult
};
