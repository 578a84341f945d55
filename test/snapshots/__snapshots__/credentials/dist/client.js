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
const runAdminTaskOperation = {
  method: "POST",
  pathTemplate: "/admin",
  path: ["/admin"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  bearerAuth: true,
  security: [
    [{ "kind": "bearer", "scheme": "oauth" }],
    [{ "kind": "other", "scheme": "clientCertificate" }]
  ],
  response: "none"
};
function buildRunAdminTaskRequest(parameters = {}, options) {
  return buildRequest(runAdminTaskOperation, parameters, void 0, options);
}
function readRunAdminTaskResult(response, options) {
  return readResult(runAdminTaskOperation, response, options);
}
const listReportsOperation = {
  method: "GET",
  pathTemplate: "/reports",
  path: ["/reports"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "headerKey", "in": "header", "name": "X-API-Key" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListReportsResponse(value),
    "GET /reports response body"
  )
};
function buildListReportsRequest(parameters = {}, options) {
  return buildRequest(listReportsOperation, parameters, void 0, options);
}
function readListReportsResult(response, options) {
  return readResult(listReportsOperation, response, options);
}
const getReportOperation = {
  method: "GET",
  pathTemplate: "/reports/{reportId}",
  path: [
    "/reports/",
    { "name": "reportId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [
    [{ "kind": "apiKey", "scheme": "queryKey", "in": "query", "name": "api_key" }],
    [{ "kind": "basic", "scheme": "basicAuth" }]
  ],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetReportResponse(value),
    "GET /reports/{reportId} response body"
  )
};
function buildGetReportRequest(parameters, options) {
  return buildRequest(getReportOperation, parameters, void 0, options);
}
function readGetReportResult(response, options) {
  return readResult(getReportOperation, response, options);
}
const deleteReportOperation = {
  method: "DELETE",
  pathTemplate: "/reports/{reportId}",
  path: [
    "/reports/",
    { "name": "reportId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  bearerAuth: false,
  security: [
    [
      { "kind": "basic", "scheme": "basicAuth" },
      { "kind": "apiKey", "scheme": "cookieKey", "in": "cookie", "name": "session" }
    ]
  ],
  response: "none"
};
function buildDeleteReportRequest(parameters, options) {
  return buildRequest(deleteReportOperation, parameters, void 0, options);
}
function readDeleteReportResult(response, options) {
  return readResult(deleteReportOperation, response, options);
}
const getStatusOperation = {
  method: "GET",
  pathTemplate: "/status",
  path: ["/status"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "text/plain",
  bearerAuth: true,
  security: [[], [{ "kind": "bearer", "scheme": "bearerAuth" }]],
  response: "text"
};
function buildGetStatusRequest(parameters = {}, options) {
  return buildRequest(getStatusOperation, parameters, void 0, options);
}
function readGetStatusResult(response, options) {
  return readResult(getStatusOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get admin() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            runAdminTaskOperation,
            (build) => buildRunAdminTaskRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.runAdminTask,
            safe: (callOptions = {}) => transport.sendResult(
              runAdminTaskOperation,
              (build) => buildRunAdminTaskRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get reports() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            listReportsOperation,
            (build) => buildListReportsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.listReports,
            safe: (callOptions = {}) => transport.sendResult(
              listReportsOperation,
              (build) => buildListReportsRequest({}, build),
              callOptions
            )
          }
        ),
        byReportId: (reportId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getReportOperation,
              (build) => buildGetReportRequest({ path: { reportId } }, build),
              callOptions
            ),
            {
              permissions: permissions.getReport,
              safe: (callOptions = {}) => transport.sendResult(
                getReportOperation,
                (build) => buildGetReportRequest({ path: { reportId } }, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteReportOperation,
              (build) => buildDeleteReportRequest({ path: { reportId } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteReport,
              safe: (callOptions = {}) => transport.sendResult(
                deleteReportOperation,
                (build) => buildDeleteReportRequest({ path: { reportId } }, build),
                callOptions
              )
            }
          )
        })
      };
    },
    get status() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getStatusOperation,
            (build) => buildGetStatusRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getStatus,
            safe: (callOptions = {}) => transport.sendResult(
              getStatusOperation,
              (build) => buildGetStatusRequest({}, build),
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
  buildDeleteReportRequest,
  buildGetReportRequest,
  buildGetStatusRequest,
  buildListReportsRequest,
  buildRunAdminTaskRequest,
  createClient,
  readDeleteReportResult,
  readGetReportResult,
  readGetStatusResult,
  readListReportsResult,
  readRunAdminTaskResult
};
