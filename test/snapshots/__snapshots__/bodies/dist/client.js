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
const uploadDocumentOperation = {
  method: "POST",
  pathTemplate: "/documents",
  path: ["/documents"],
  parameters: [],
  baseUrl: "https://files.example.com/api",
  accept: "application/json",
  body: {
    "kind": "multipart",
    "contentType": "multipart/form-data",
    "required": true,
    "encoding": {
      "file": { "contentType": "application/pdf, application/octet-stream" },
      "metadata": { "contentType": "application/json" }
    }
  },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUploadDocumentRequestBody(value),
    "POST /documents request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUploadDocumentResponse(value),
    "POST /documents response body"
  )
};
function buildUploadDocumentRequest(parameters = {}, body, options) {
  return buildRequest(uploadDocumentOperation, parameters, body, options);
}
function readUploadDocumentResult(response, options) {
  return readResult(uploadDocumentOperation, response, options);
}
const searchDocumentsOperation = {
  method: "POST",
  pathTemplate: "/documents/search",
  path: ["/documents/search"],
  parameters: [],
  baseUrl: "https://files.example.com/api",
  body: {
    "kind": "form",
    "contentType": "application/x-www-form-urlencoded",
    "required": true,
    "encoding": {
      "ids": { "style": "form", "explode": false },
      "range": { "style": "deepObject", "explode": true }
    }
  },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateSearchDocumentsRequestBody(value),
    "POST /documents/search request body"
  )
};
function buildSearchDocumentsRequest(parameters = {}, body, options) {
  return buildRequest(searchDocumentsOperation, parameters, body, options);
}
function readSearchDocumentsResult(response, options) {
  return readResult(searchDocumentsOperation, response, options);
}
const downloadDocumentOperation = {
  method: "GET",
  pathTemplate: "/documents/{documentId}/content",
  path: [
    "/documents/",
    { "name": "documentId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/content"
  ],
  parameters: [],
  baseUrl: "https://files.example.com/api",
  accept: "application/pdf",
  bearerAuth: false,
  response: "binary"
};
function buildDownloadDocumentRequest(parameters, options) {
  return buildRequest(downloadDocumentOperation, parameters, void 0, options);
}
function readDownloadDocumentResult(response, options) {
  return readResult(downloadDocumentOperation, response, options);
}
const putNoteOperation = {
  method: "PUT",
  pathTemplate: "/documents/{documentId}/note",
  path: [
    "/documents/",
    { "name": "documentId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/note"
  ],
  parameters: [],
  baseUrl: "https://files.example.com/api",
  body: { "kind": "text", "contentType": "text/plain", "required": true },
  bearerAuth: false,
  response: "none"
};
function buildPutNoteRequest(parameters, body, options) {
  return buildRequest(putNoteOperation, parameters, body, options);
}
function readPutNoteResult(response, options) {
  return readResult(putNoteOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get documents() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            uploadDocumentOperation,
            (build) => buildUploadDocumentRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.uploadDocument,
            safe: (body, callOptions = {}) => transport.sendResult(
              uploadDocumentOperation,
              (build) => buildUploadDocumentRequest({}, body, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                searchDocumentsOperation,
                (build) => buildSearchDocumentsRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.searchDocuments,
                safe: (body, callOptions = {}) => transport.sendResult(
                  searchDocumentsOperation,
                  (build) => buildSearchDocumentsRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        byDocumentId: (documentId) => ({
          get content() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  downloadDocumentOperation,
                  (build) => buildDownloadDocumentRequest({ path: { documentId } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.downloadDocument,
                  safe: (callOptions = {}) => transport.sendResult(
                    downloadDocumentOperation,
                    (build) => buildDownloadDocumentRequest({ path: { documentId } }, build),
                    callOptions
                  )
                }
              )
            };
          },
          get note() {
            return {
              put: Object.assign(
                (body, callOptions = {}) => transport.send(
                  putNoteOperation,
                  (build) => buildPutNoteRequest({ path: { documentId } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.putNote,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    putNoteOperation,
                    (build) => buildPutNoteRequest({ path: { documentId } }, body, build),
                    callOptions
                  )
                }
              )
            };
          }
        })
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
  buildDownloadDocumentRequest,
  buildPutNoteRequest,
  buildSearchDocumentsRequest,
  buildUploadDocumentRequest,
  createClient,
  readDownloadDocumentResult,
  readPutNoteResult,
  readSearchDocumentsResult,
  readUploadDocumentResult
};
