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
const putComboOperation = {
  method: "PUT",
  pathTemplate: "/combo",
  path: ["/combo"],
  parameters: [],
  baseUrl: "https://httpbin.com/anything/demo",
  bearerAuth: false,
  response: "none"
};
function buildPutComboRequest(parameters = {}, options) {
  return buildRequest(putComboOperation, parameters, void 0, options);
}
function readPutComboResult(response, options) {
  return readResult(putComboOperation, response, options);
}
const postGlobalOperation = {
  method: "POST",
  pathTemplate: "/global",
  path: ["/global"],
  parameters: [],
  baseUrl: "https://demo.example.com:443/v2",
  bearerAuth: false,
  response: "none"
};
function buildPostGlobalRequest(parameters = {}, options) {
  return buildRequest(postGlobalOperation, parameters, void 0, options);
}
function readPostGlobalResult(response, options) {
  return readResult(postGlobalOperation, response, options);
}
const postOperationOperation = {
  method: "POST",
  pathTemplate: "/operation",
  path: ["/operation"],
  parameters: [],
  baseUrl: "https://httpbin.com/anything/demo",
  bearerAuth: false,
  response: "none"
};
function buildPostOperationRequest(parameters = {}, options) {
  return buildRequest(postOperationOperation, parameters, void 0, options);
}
function readPostOperationResult(response, options) {
  return readResult(postOperationOperation, response, options);
}
const putPathOperation = {
  method: "PUT",
  pathTemplate: "/path",
  path: ["/path"],
  parameters: [],
  baseUrl: "https://httpbin.com/anything/common/demo",
  bearerAuth: false,
  response: "none"
};
function buildPutPathRequest(parameters = {}, options) {
  return buildRequest(putPathOperation, parameters, void 0, options);
}
function readPutPathResult(response, options) {
  return readResult(putPathOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get combo() {
      return {
        put: Object.assign(
          (callOptions = {}) => transport.send(
            putComboOperation,
            (build) => buildPutComboRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.putCombo,
            safe: (callOptions = {}) => transport.sendResult(
              putComboOperation,
              (build) => buildPutComboRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get global() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            postGlobalOperation,
            (build) => buildPostGlobalRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.postGlobal,
            safe: (callOptions = {}) => transport.sendResult(
              postGlobalOperation,
              (build) => buildPostGlobalRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get operation() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            postOperationOperation,
            (build) => buildPostOperationRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.postOperation,
            safe: (callOptions = {}) => transport.sendResult(
              postOperationOperation,
              (build) => buildPostOperationRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get path() {
      return {
        put: Object.assign(
          (callOptions = {}) => transport.send(
            putPathOperation,
            (build) => buildPutPathRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.putPath,
            safe: (callOptions = {}) => transport.sendResult(
              putPathOperation,
              (build) => buildPutPathRequest({}, build),
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
  buildPostGlobalRequest,
  buildPostOperationRequest,
  buildPutComboRequest,
  buildPutPathRequest,
  createClient,
  readPostGlobalResult,
  readPostOperationResult,
  readPutComboResult,
  readPutPathResult
};
