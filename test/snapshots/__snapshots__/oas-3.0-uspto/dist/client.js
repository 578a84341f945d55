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
const listDataSetsOperation = {
  method: "GET",
  pathTemplate: "/",
  path: ["/"],
  parameters: [],
  baseUrl: "https://developer.uspto.gov/ds-api",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListDataSetsResponse(value),
    "GET / response body"
  )
};
function buildListDataSetsRequest(parameters = {}, options) {
  return buildRequest(listDataSetsOperation, parameters, void 0, options);
}
function readListDataSetsResult(response, options) {
  return readResult(listDataSetsOperation, response, options);
}
const listSearchableFieldsOperation = {
  method: "GET",
  pathTemplate: "/{dataset}/{version}/fields",
  path: [
    "/",
    { "name": "dataset", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "version", "in": "path", "style": "simple", "explode": false, "required": true },
    "/fields"
  ],
  parameters: [],
  baseUrl: "https://developer.uspto.gov/ds-api",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListSearchableFieldsResponse(value),
    "GET /{dataset}/{version}/fields response body"
  )
};
function buildListSearchableFieldsRequest(parameters, options) {
  return buildRequest(listSearchableFieldsOperation, parameters, void 0, options);
}
function readListSearchableFieldsResult(response, options) {
  return readResult(listSearchableFieldsOperation, response, options);
}
const performSearchOperation = {
  method: "POST",
  pathTemplate: "/{dataset}/{version}/records",
  path: [
    "/",
    { "name": "dataset", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "version", "in": "path", "style": "simple", "explode": false, "required": true },
    "/records"
  ],
  parameters: [],
  baseUrl: "https://developer.uspto.gov/ds-api",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePerformSearchRequestBody(value),
    "POST /{dataset}/{version}/records request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePerformSearchResponse(value),
    "POST /{dataset}/{version}/records response body"
  )
};
function buildPerformSearchRequest(parameters, body, options) {
  return buildRequest(performSearchOperation, parameters, body, options);
}
function readPerformSearchResult(response, options) {
  return readResult(performSearchOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get: Object.assign(
      (callOptions = {}) => transport.send(
        listDataSetsOperation,
        (build) => buildListDataSetsRequest({}, build),
        callOptions
      ),
      {
        permissions: permissions.listDataSets,
        safe: (callOptions = {}) => transport.sendResult(
          listDataSetsOperation,
          (build) => buildListDataSetsRequest({}, build),
          callOptions
        )
      }
    ),
    byDataset: (dataset) => ({
      byVersion: (version) => ({
        get fields() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                listSearchableFieldsOperation,
                (build) => buildListSearchableFieldsRequest(
                  { path: { dataset, version } },
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.listSearchableFields,
                safe: (callOptions = {}) => transport.sendResult(
                  listSearchableFieldsOperation,
                  (build) => buildListSearchableFieldsRequest(
                    { path: { dataset, version } },
                    build
                  ),
                  callOptions
                )
              }
            )
          };
        },
        get records() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                performSearchOperation,
                (build) => buildPerformSearchRequest(
                  { path: { version, dataset } },
                  body,
                  build
                ),
                callOptions
              ),
              {
                permissions: permissions.performSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  performSearchOperation,
                  (build) => buildPerformSearchRequest(
                    { path: { version, dataset } },
                    body,
                    build
                  ),
                  callOptions
                )
              }
            )
          };
        }
      })
    })
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildListDataSetsRequest,
  buildListSearchableFieldsRequest,
  buildPerformSearchRequest,
  createClient,
  readListDataSetsResult,
  readListSearchableFieldsResult,
  readPerformSearchResult
};
