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
          { permissions: permissions.putCombo }
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
          { permissions: permissions.postGlobal }
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
          { permissions: permissions.postOperation }
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
          { permissions: permissions.putPath }
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
  buildPostGlobalRequest,
  buildPostOperationRequest,
  buildPutComboRequest,
  buildPutPathRequest,
  createClient
};
