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
          { permissions: permissions.getEmptyOperationServers }
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
          { permissions: permissions.getEmptyPathItemServers }
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
          { permissions: permissions.getOperationServerVariables }
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
          { permissions: permissions.getPathItemRefServer }
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
          { permissions: permissions.getPathItemServerSource }
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
          { permissions: permissions.getRelativeOperationServer }
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
          { permissions: permissions.getRelativePathServer }
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
  buildGetEmptyOperationServersRequest,
  buildGetEmptyPathItemServersRequest,
  buildGetOperationServerVariablesRequest,
  buildGetPathItemRefServerRequest,
  buildGetPathItemServerSourceRequest,
  buildGetRelativeOperationServerRequest,
  buildGetRelativePathServerRequest,
  createClient
};
