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
const listItemsOperation = {
  method: "GET",
  pathTemplate: "/items",
  path: ["/items"],
  parameters: [],
  baseUrl: "https://catalog.example.com/v2",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListItemsResponse(value),
    "GET /items response body"
  )
};
function buildListItemsRequest(parameters = {}, options) {
  return buildRequest(listItemsOperation, parameters, void 0, options);
}
function readListItemsResult(response, options) {
  return readResult(listItemsOperation, response, options);
}
const uploadOperation = {
  method: "POST",
  pathTemplate: "/upload",
  path: ["/upload"],
  parameters: [],
  baseUrl: "https://catalog.example.com",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUploadRequestBody(value),
    "POST /upload request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUploadResponse(value),
    "POST /upload response body"
  )
};
function buildUploadRequest(parameters = {}, body, options) {
  return buildRequest(uploadOperation, parameters, body, options);
}
function readUploadResult(response, options) {
  return readResult(uploadOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get items() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            listItemsOperation,
            (build) => buildListItemsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.listItems,
            safe: (callOptions = {}) => transport.sendResult(
              listItemsOperation,
              (build) => buildListItemsRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get upload() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            uploadOperation,
            (build) => buildUploadRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.upload,
            safe: (body, callOptions = {}) => transport.sendResult(
              uploadOperation,
              (build) => buildUploadRequest({}, body, build),
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
  buildListItemsRequest,
  buildUploadRequest,
  createClient,
  readListItemsResult,
  readUploadResult
};
