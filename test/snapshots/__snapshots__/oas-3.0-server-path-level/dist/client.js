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
const getEmptyOperationServersOperation = {
  method: "GET",
  pathTemplate: "/empty-operation-servers",
  path: ["/empty-operation-servers"],
  parameters: [],
  baseUrl: "https://demo.example.com:443/v2",
  bearerAuth: false,
  response: "none"
};
function buildGetEmptyOperationServersRequest(parameters = {}, options) {
  return buildRequest(getEmptyOperationServersOperation, parameters, void 0, options);
}
function readGetEmptyOperationServersResult(response, options) {
  return readResult(getEmptyOperationServersOperation, response, options);
}
const getEmptyPathItemServersOperation = {
  method: "GET",
  pathTemplate: "/empty-path-item-servers",
  path: ["/empty-path-item-servers"],
  parameters: [],
  baseUrl: "https://demo.example.com:443/v2",
  bearerAuth: false,
  response: "none"
};
function buildGetEmptyPathItemServersRequest(parameters = {}, options) {
  return buildRequest(getEmptyPathItemServersOperation, parameters, void 0, options);
}
function readGetEmptyPathItemServersResult(response, options) {
  return readResult(getEmptyPathItemServersOperation, response, options);
}
const getOperationServerVariablesOperation = {
  method: "GET",
  pathTemplate: "/operation-server-variables",
  path: ["/operation-server-variables"],
  parameters: [],
  baseUrl: "https://operation.example.com/v3",
  bearerAuth: false,
  response: "none"
};
function buildGetOperationServerVariablesRequest(parameters = {}, options) {
  return buildRequest(getOperationServerVariablesOperation, parameters, void 0, options);
}
function readGetOperationServerVariablesResult(response, options) {
  return readResult(getOperationServerVariablesOperation, response, options);
}
const getPathItemRefServerOperation = {
  method: "GET",
  pathTemplate: "/path-item-ref-server",
  path: ["/path-item-ref-server"],
  parameters: [],
  baseUrl: "https://path-item-ref.example.com",
  bearerAuth: false,
  response: "none"
};
function buildGetPathItemRefServerRequest(parameters = {}, options) {
  return buildRequest(getPathItemRefServerOperation, parameters, void 0, options);
}
function readGetPathItemRefServerResult(response, options) {
  return readResult(getPathItemRefServerOperation, response, options);
}
const getPathItemServerSourceOperation = {
  method: "GET",
  pathTemplate: "/path-item-server-source",
  path: ["/path-item-server-source"],
  parameters: [],
  baseUrl: "https://path-item-ref.example.com",
  bearerAuth: false,
  response: "none"
};
function buildGetPathItemServerSourceRequest(parameters = {}, options) {
  return buildRequest(getPathItemServerSourceOperation, parameters, void 0, options);
}
function readGetPathItemServerSourceResult(response, options) {
  return readResult(getPathItemServerSourceOperation, response, options);
}
const getRelativeOperationServerOperation = {
  method: "GET",
  pathTemplate: "/relative-operation-server",
  path: ["/relative-operation-server"],
  parameters: [],
  baseUrl: "https://demo.example.com/v3",
  bearerAuth: false,
  response: "none"
};
function buildGetRelativeOperationServerRequest(parameters = {}, options) {
  return buildRequest(getRelativeOperationServerOperation, parameters, void 0, options);
}
function readGetRelativeOperationServerResult(response, options) {
  return readResult(getRelativeOperationServerOperation, response, options);
}
const getRelativePathServerOperation = {
  method: "GET",
  pathTemplate: "/relative-path-server",
  path: ["/relative-path-server"],
  parameters: [],
  baseUrl: "https://demo.example.com/v2",
  bearerAuth: false,
  response: "none"
};
function buildGetRelativePathServerRequest(parameters = {}, options) {
  return buildRequest(getRelativePathServerOperation, parameters, void 0, options);
}
function readGetRelativePathServerResult(response, options) {
  return readResult(getRelativePathServerOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get emptyOperationServers() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getEmptyOperationServersOperation,
            (build) => buildGetEmptyOperationServersRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getEmptyOperationServers,
            safe: (callOptions = {}) => transport.sendResult(
              getEmptyOperationServersOperation,
              (build) => buildGetEmptyOperationServersRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get emptyPathItemServers() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getEmptyPathItemServersOperation,
            (build) => buildGetEmptyPathItemServersRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getEmptyPathItemServers,
            safe: (callOptions = {}) => transport.sendResult(
              getEmptyPathItemServersOperation,
              (build) => buildGetEmptyPathItemServersRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get operationServerVariables() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getOperationServerVariablesOperation,
            (build) => buildGetOperationServerVariablesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getOperationServerVariables,
            safe: (callOptions = {}) => transport.sendResult(
              getOperationServerVariablesOperation,
              (build) => buildGetOperationServerVariablesRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get pathItemRefServer() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getPathItemRefServerOperation,
            (build) => buildGetPathItemRefServerRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getPathItemRefServer,
            safe: (callOptions = {}) => transport.sendResult(
              getPathItemRefServerOperation,
              (build) => buildGetPathItemRefServerRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get pathItemServerSource() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getPathItemServerSourceOperation,
            (build) => buildGetPathItemServerSourceRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getPathItemServerSource,
            safe: (callOptions = {}) => transport.sendResult(
              getPathItemServerSourceOperation,
              (build) => buildGetPathItemServerSourceRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get relativeOperationServer() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getRelativeOperationServerOperation,
            (build) => buildGetRelativeOperationServerRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getRelativeOperationServer,
            safe: (callOptions = {}) => transport.sendResult(
              getRelativeOperationServerOperation,
              (build) => buildGetRelativeOperationServerRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get relativePathServer() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getRelativePathServerOperation,
            (build) => buildGetRelativePathServerRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getRelativePathServer,
            safe: (callOptions = {}) => transport.sendResult(
              getRelativePathServerOperation,
              (build) => buildGetRelativePathServerRequest({}, build),
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
  buildGetEmptyOperationServersRequest,
  buildGetEmptyPathItemServersRequest,
  buildGetOperationServerVariablesRequest,
  buildGetPathItemRefServerRequest,
  buildGetPathItemServerSourceRequest,
  buildGetRelativeOperationServerRequest,
  buildGetRelativePathServerRequest,
  createClient,
  readGetEmptyOperationServersResult,
  readGetEmptyPathItemServersResult,
  readGetOperationServerVariablesResult,
  readGetPathItemRefServerResult,
  readGetPathItemServerSourceResult,
  readGetRelativeOperationServerResult,
  readGetRelativePathServerResult
};
