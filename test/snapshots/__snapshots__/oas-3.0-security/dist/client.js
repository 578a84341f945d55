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
const getAnythingApiKeyOperation = {
  method: "GET",
  pathTemplate: "/anything/apiKey",
  path: ["/anything/apiKey"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "apiKey_query", "in": "query", "name": "apiKey" }]],
  response: "none"
};
function buildGetAnythingApiKeyRequest(parameters = {}, options) {
  return buildRequest(getAnythingApiKeyOperation, parameters, void 0, options);
}
function readGetAnythingApiKeyResult(response, options) {
  return readResult(getAnythingApiKeyOperation, response, options);
}
const putAnythingApiKeyOperation = {
  method: "PUT",
  pathTemplate: "/anything/apiKey",
  path: ["/anything/apiKey"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [
    [{ "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" }]
  ],
  response: "none"
};
function buildPutAnythingApiKeyRequest(parameters = {}, options) {
  return buildRequest(putAnythingApiKeyOperation, parameters, void 0, options);
}
function readPutAnythingApiKeyResult(response, options) {
  return readResult(putAnythingApiKeyOperation, response, options);
}
const postAnythingApiKeyOperation = {
  method: "POST",
  pathTemplate: "/anything/apiKey",
  path: ["/anything/apiKey"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "apiKey_cookie", "in": "cookie", "name": "api_key" }]],
  response: "none"
};
function buildPostAnythingApiKeyRequest(parameters = {}, options) {
  return buildRequest(postAnythingApiKeyOperation, parameters, void 0, options);
}
function readPostAnythingApiKeyResult(response, options) {
  return readResult(postAnythingApiKeyOperation, response, options);
}
const postAnythingBasicOperation = {
  method: "POST",
  pathTemplate: "/anything/basic",
  path: ["/anything/basic"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [[{ "kind": "basic", "scheme": "basic" }]],
  response: "none"
};
function buildPostAnythingBasicRequest(parameters = {}, options) {
  return buildRequest(postAnythingBasicOperation, parameters, void 0, options);
}
function readPostAnythingBasicResult(response, options) {
  return readResult(postAnythingBasicOperation, response, options);
}
const putAnythingBearerOperation = {
  method: "PUT",
  pathTemplate: "/anything/bearer",
  path: ["/anything/bearer"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer_jwt" }]],
  response: "none"
};
function buildPutAnythingBearerRequest(parameters = {}, options) {
  return buildRequest(putAnythingBearerOperation, parameters, void 0, options);
}
function readPutAnythingBearerResult(response, options) {
  return readResult(putAnythingBearerOperation, response, options);
}
const postAnythingBearerOperation = {
  method: "POST",
  pathTemplate: "/anything/bearer",
  path: ["/anything/bearer"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildPostAnythingBearerRequest(parameters = {}, options) {
  return buildRequest(postAnythingBearerOperation, parameters, void 0, options);
}
function readPostAnythingBearerResult(response, options) {
  return readResult(postAnythingBearerOperation, response, options);
}
const postAnythingNoAuthOperation = {
  method: "POST",
  pathTemplate: "/anything/no-auth",
  path: ["/anything/no-auth"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildPostAnythingNoAuthRequest(parameters = {}, options) {
  return buildRequest(postAnythingNoAuthOperation, parameters, void 0, options);
}
function readPostAnythingNoAuthResult(response, options) {
  return readResult(postAnythingNoAuthOperation, response, options);
}
const getAnythingOauth2Operation = {
  method: "GET",
  pathTemplate: "/anything/oauth2",
  path: ["/anything/oauth2"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth2_authorizationCode" }]],
  response: "none"
};
function buildGetAnythingOauth2Request(parameters = {}, options) {
  return buildRequest(getAnythingOauth2Operation, parameters, void 0, options);
}
function readGetAnythingOauth2Result(response, options) {
  return readResult(getAnythingOauth2Operation, response, options);
}
const putAnythingOauth2Operation = {
  method: "PUT",
  pathTemplate: "/anything/oauth2",
  path: ["/anything/oauth2"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth2_clientCredentials" }]],
  response: "none"
};
function buildPutAnythingOauth2Request(parameters = {}, options) {
  return buildRequest(putAnythingOauth2Operation, parameters, void 0, options);
}
function readPutAnythingOauth2Result(response, options) {
  return readResult(putAnythingOauth2Operation, response, options);
}
const postAnythingOauth2Operation = {
  method: "POST",
  pathTemplate: "/anything/oauth2",
  path: ["/anything/oauth2"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth2" }]],
  response: "none"
};
function buildPostAnythingOauth2Request(parameters = {}, options) {
  return buildRequest(postAnythingOauth2Operation, parameters, void 0, options);
}
function readPostAnythingOauth2Result(response, options) {
  return readResult(postAnythingOauth2Operation, response, options);
}
const deleteAnythingOauth2Operation = {
  method: "DELETE",
  pathTemplate: "/anything/oauth2",
  path: ["/anything/oauth2"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth2_password" }]],
  response: "none"
};
function buildDeleteAnythingOauth2Request(parameters = {}, options) {
  return buildRequest(deleteAnythingOauth2Operation, parameters, void 0, options);
}
function readDeleteAnythingOauth2Result(response, options) {
  return readResult(deleteAnythingOauth2Operation, response, options);
}
const patchAnythingOauth2Operation = {
  method: "PATCH",
  pathTemplate: "/anything/oauth2",
  path: ["/anything/oauth2"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "oauth2_implicit" }]],
  response: "none"
};
function buildPatchAnythingOauth2Request(parameters = {}, options) {
  return buildRequest(patchAnythingOauth2Operation, parameters, void 0, options);
}
function readPatchAnythingOauth2Result(response, options) {
  return readResult(patchAnythingOauth2Operation, response, options);
}
const postAnythingOpenIdConnectOperation = {
  method: "POST",
  pathTemplate: "/anything/openIdConnect",
  path: ["/anything/openIdConnect"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "openIdConnect" }]],
  response: "none"
};
function buildPostAnythingOpenIdConnectRequest(parameters = {}, options) {
  return buildRequest(postAnythingOpenIdConnectOperation, parameters, void 0, options);
}
function readPostAnythingOpenIdConnectResult(response, options) {
  return readResult(postAnythingOpenIdConnectOperation, response, options);
}
const getAnythingOptionalAuthOperation = {
  method: "GET",
  pathTemplate: "/anything/optional-auth",
  path: ["/anything/optional-auth"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [[{ "kind": "apiKey", "scheme": "apiKey_query", "in": "query", "name": "apiKey" }], []],
  response: "none"
};
function buildGetAnythingOptionalAuthRequest(parameters = {}, options) {
  return buildRequest(getAnythingOptionalAuthOperation, parameters, void 0, options);
}
function readGetAnythingOptionalAuthResult(response, options) {
  return readResult(getAnythingOptionalAuthOperation, response, options);
}
const postStatus401Operation = {
  method: "POST",
  pathTemplate: "/status/401",
  path: ["/status/401"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  security: [
    [{ "kind": "apiKey", "scheme": "apiKey_header", "in": "header", "name": "X-API-KEY" }]
  ],
  response: "none"
};
function buildPostStatus401Request(parameters = {}, options) {
  return buildRequest(postStatus401Operation, parameters, void 0, options);
}
function readPostStatus401Result(response, options) {
  return readResult(postStatus401Operation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get apiKey() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingApiKeyOperation,
                (build) => buildGetAnythingApiKeyRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingApiKey,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingApiKeyOperation,
                  (build) => buildGetAnythingApiKeyRequest({}, build),
                  callOptions
                )
              }
            ),
            put: Object.assign(
              (callOptions = {}) => transport.send(
                putAnythingApiKeyOperation,
                (build) => buildPutAnythingApiKeyRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.putAnythingApiKey,
                safe: (callOptions = {}) => transport.sendResult(
                  putAnythingApiKeyOperation,
                  (build) => buildPutAnythingApiKeyRequest({}, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingApiKeyOperation,
                (build) => buildPostAnythingApiKeyRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingApiKey,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingApiKeyOperation,
                  (build) => buildPostAnythingApiKeyRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get basic() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingBasicOperation,
                (build) => buildPostAnythingBasicRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingBasic,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingBasicOperation,
                  (build) => buildPostAnythingBasicRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get bearer() {
          return {
            put: Object.assign(
              (callOptions = {}) => transport.send(
                putAnythingBearerOperation,
                (build) => buildPutAnythingBearerRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.putAnythingBearer,
                safe: (callOptions = {}) => transport.sendResult(
                  putAnythingBearerOperation,
                  (build) => buildPutAnythingBearerRequest({}, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingBearerOperation,
                (build) => buildPostAnythingBearerRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingBearer,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingBearerOperation,
                  (build) => buildPostAnythingBearerRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get noAuth() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingNoAuthOperation,
                (build) => buildPostAnythingNoAuthRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingNoAuth,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingNoAuthOperation,
                  (build) => buildPostAnythingNoAuthRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get oauth2() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingOauth2Operation,
                (build) => buildGetAnythingOauth2Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingOauth2,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingOauth2Operation,
                  (build) => buildGetAnythingOauth2Request({}, build),
                  callOptions
                )
              }
            ),
            put: Object.assign(
              (callOptions = {}) => transport.send(
                putAnythingOauth2Operation,
                (build) => buildPutAnythingOauth2Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.putAnythingOauth2,
                safe: (callOptions = {}) => transport.sendResult(
                  putAnythingOauth2Operation,
                  (build) => buildPutAnythingOauth2Request({}, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingOauth2Operation,
                (build) => buildPostAnythingOauth2Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOauth2,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingOauth2Operation,
                  (build) => buildPostAnythingOauth2Request({}, build),
                  callOptions
                )
              }
            ),
            delete: Object.assign(
              (callOptions = {}) => transport.send(
                deleteAnythingOauth2Operation,
                (build) => buildDeleteAnythingOauth2Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.deleteAnythingOauth2,
                safe: (callOptions = {}) => transport.sendResult(
                  deleteAnythingOauth2Operation,
                  (build) => buildDeleteAnythingOauth2Request({}, build),
                  callOptions
                )
              }
            ),
            patch: Object.assign(
              (callOptions = {}) => transport.send(
                patchAnythingOauth2Operation,
                (build) => buildPatchAnythingOauth2Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.patchAnythingOauth2,
                safe: (callOptions = {}) => transport.sendResult(
                  patchAnythingOauth2Operation,
                  (build) => buildPatchAnythingOauth2Request({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get openIdConnect() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postAnythingOpenIdConnectOperation,
                (build) => buildPostAnythingOpenIdConnectRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.postAnythingOpenIdConnect,
                safe: (callOptions = {}) => transport.sendResult(
                  postAnythingOpenIdConnectOperation,
                  (build) => buildPostAnythingOpenIdConnectRequest({}, build),
                  callOptions
                )
              }
            )
          };
        },
        get optionalAuth() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnythingOptionalAuthOperation,
                (build) => buildGetAnythingOptionalAuthRequest({}, build),
                callOptions
              ),
              {
                permissions: permissions.getAnythingOptionalAuth,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnythingOptionalAuthOperation,
                  (build) => buildGetAnythingOptionalAuthRequest({}, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get status() {
      return {
        get _401() {
          return {
            post: Object.assign(
              (callOptions = {}) => transport.send(
                postStatus401Operation,
                (build) => buildPostStatus401Request({}, build),
                callOptions
              ),
              {
                permissions: permissions.postStatus401,
                safe: (callOptions = {}) => transport.sendResult(
                  postStatus401Operation,
                  (build) => buildPostStatus401Request({}, build),
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
  buildDeleteAnythingOauth2Request,
  buildGetAnythingApiKeyRequest,
  buildGetAnythingOauth2Request,
  buildGetAnythingOptionalAuthRequest,
  buildPatchAnythingOauth2Request,
  buildPostAnythingApiKeyRequest,
  buildPostAnythingBasicRequest,
  buildPostAnythingBearerRequest,
  buildPostAnythingNoAuthRequest,
  buildPostAnythingOauth2Request,
  buildPostAnythingOpenIdConnectRequest,
  buildPostStatus401Request,
  buildPutAnythingApiKeyRequest,
  buildPutAnythingBearerRequest,
  buildPutAnythingOauth2Request,
  createClient,
  readDeleteAnythingOauth2Result,
  readGetAnythingApiKeyResult,
  readGetAnythingOauth2Result,
  readGetAnythingOptionalAuthResult,
  readPatchAnythingOauth2Result,
  readPostAnythingApiKeyResult,
  readPostAnythingBasicResult,
  readPostAnythingBearerResult,
  readPostAnythingNoAuthResult,
  readPostAnythingOauth2Result,
  readPostAnythingOpenIdConnectResult,
  readPostStatus401Result,
  readPutAnythingApiKeyResult,
  readPutAnythingBearerResult,
  readPutAnythingOauth2Result
};
