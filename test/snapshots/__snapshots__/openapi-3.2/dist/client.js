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
const searchEventsOperation = {
  method: "QUERY",
  pathTemplate: "/events",
  path: ["/events"],
  parameters: [],
  baseUrl: "https://events.example.com",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateSearchEventsRequestBody(value),
    "QUERY /events request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateSearchEventsResponse(value),
    "QUERY /events response body"
  )
};
function buildSearchEventsRequest(parameters = {}, body, options) {
  return buildRequest(searchEventsOperation, parameters, body, options);
}
function readSearchEventsResult(response, options) {
  return readResult(searchEventsOperation, response, options);
}
const purgeEventsOperation = {
  method: "PURGE",
  pathTemplate: "/events",
  path: ["/events"],
  parameters: [],
  baseUrl: "https://events.example.com",
  bearerAuth: false,
  response: "none"
};
function buildPurgeEventsRequest(parameters = {}, options) {
  return buildRequest(purgeEventsOperation, parameters, void 0, options);
}
function readPurgeEventsResult(response, options) {
  return readResult(purgeEventsOperation, response, options);
}
const exportEventsOperation = {
  method: "GET",
  pathTemplate: "/events/export",
  path: ["/events/export"],
  parameters: [],
  baseUrl: "https://events.example.com",
  accept: "application/jsonl",
  bearerAuth: false,
  response: "json-lines"
};
function buildExportEventsRequest(parameters = {}, options) {
  return buildRequest(exportEventsOperation, parameters, void 0, options);
}
function readExportEventsResult(response, options) {
  return readResult(exportEventsOperation, response, options);
}
const streamEventsOperation = {
  method: "GET",
  pathTemplate: "/events/stream",
  path: ["/events/stream"],
  parameters: [],
  baseUrl: "https://events.example.com",
  accept: "text/event-stream",
  bearerAuth: false,
  response: "event-stream"
};
function buildStreamEventsRequest(parameters = {}, options) {
  return buildRequest(streamEventsOperation, parameters, void 0, options);
}
function readStreamEventsResult(response, options) {
  return readResult(streamEventsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get events() {
      return {
        query: Object.assign(
          (body, callOptions = {}) => transport.send(
            searchEventsOperation,
            (build) => buildSearchEventsRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.searchEvents,
            safe: (body, callOptions = {}) => transport.sendResult(
              searchEventsOperation,
              (build) => buildSearchEventsRequest({}, body, build),
              callOptions
            )
          }
        ),
        purge: Object.assign(
          (callOptions = {}) => transport.send(
            purgeEventsOperation,
            (build) => buildPurgeEventsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.purgeEvents,
            safe: (callOptions = {}) => transport.sendResult(
              purgeEventsOperation,
              (build) => buildPurgeEventsRequest({}, build),
              callOptions
            )
          }
        ),
        get export() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                exportEventsOperation,
                (build) => buildExportEventsRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.exportEvents,
                safe: (callOptions = {}) => transport.sendResult(
                  exportEventsOperation,
                  (build) => buildExportEventsRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get stream() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                streamEventsOperation,
                (build) => buildStreamEventsRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.streamEvents,
                safe: (callOptions = {}) => transport.sendResult(
                  streamEventsOperation,
                  (build) => buildStreamEventsRequest({}, build),
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
  buildExportEventsRequest,
  buildPurgeEventsRequest,
  buildSearchEventsRequest,
  buildStreamEventsRequest,
  createClient,
  readExportEventsResult,
  readPurgeEventsResult,
  readSearchEventsResult,
  readStreamEventsResult
};
