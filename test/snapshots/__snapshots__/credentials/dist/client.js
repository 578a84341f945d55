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
const runAdminTaskOperation = {
  method: "POST",
  pathTemplate: "/admin",
  path: ["/admin"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  bearerAuth: true,
  security: [
    [{ kind: "bearer", scheme: "oauth" }],
    [{ kind: "other", scheme: "clientCertificate" }]
  ],
  response: "none"
};
function buildRunAdminTaskRequest(parameters = {}, options) {
  return buildRequest(runAdminTaskOperation, parameters, void 0, options);
}
const listReportsOperation = {
  method: "GET",
  pathTemplate: "/reports",
  path: ["/reports"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [[{ kind: "apiKey", scheme: "headerKey", in: "header", name: "X-API-Key" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateListReportsResponse(value), "GET /reports response body")
};
function buildListReportsRequest(parameters = {}, options) {
  return buildRequest(listReportsOperation, parameters, void 0, options);
}
const getReportOperation = {
  method: "GET",
  pathTemplate: "/reports/{reportId}",
  path: [
    "/reports/",
    { name: "reportId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "application/json",
  bearerAuth: false,
  security: [
    [{ kind: "apiKey", scheme: "queryKey", in: "query", name: "api_key" }],
    [{ kind: "basic", scheme: "basicAuth" }]
  ],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetReportResponse(value), "GET /reports/{reportId} response body")
};
function buildGetReportRequest(parameters, options) {
  return buildRequest(getReportOperation, parameters, void 0, options);
}
const deleteReportOperation = {
  method: "DELETE",
  pathTemplate: "/reports/{reportId}",
  path: [
    "/reports/",
    { name: "reportId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  bearerAuth: false,
  security: [
    [
      { kind: "basic", scheme: "basicAuth" },
      { kind: "apiKey", scheme: "cookieKey", in: "cookie", name: "session" }
    ]
  ],
  response: "none"
};
function buildDeleteReportRequest(parameters, options) {
  return buildRequest(deleteReportOperation, parameters, void 0, options);
}
const getStatusOperation = {
  method: "GET",
  pathTemplate: "/status",
  path: ["/status"],
  parameters: [],
  baseUrl: "https://api.example.com/v1",
  accept: "text/plain",
  bearerAuth: true,
  security: [[], [{ kind: "bearer", scheme: "bearerAuth" }]],
  response: "text"
};
function buildGetStatusRequest(parameters = {}, options) {
  return buildRequest(getStatusOperation, parameters, void 0, options);
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
          { permissions: permissions.runAdminTask }
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
          { permissions: permissions.listReports }
        ),
        byReportId: (reportId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getReportOperation,
              (build) => buildGetReportRequest({ path: { reportId } }, build),
              callOptions
            ),
            { permissions: permissions.getReport }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteReportOperation,
              (build) => buildDeleteReportRequest({ path: { reportId } }, build),
              callOptions
            ),
            { permissions: permissions.deleteReport }
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
          { permissions: permissions.getStatus }
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
  buildDeleteReportRequest,
  buildGetReportRequest,
  buildGetStatusRequest,
  buildListReportsRequest,
  buildRunAdminTaskRequest,
  createClient
};
