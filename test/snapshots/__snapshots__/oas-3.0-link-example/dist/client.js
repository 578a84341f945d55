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
const getRepositoriesByOwnerOperation = {
  method: "GET",
  pathTemplate: "/2.0/repositories/{username}",
  path: [
    "/2.0/repositories/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetRepositoriesByOwnerResponse(value),
    "GET /2.0/repositories/{username} response body"
  )
};
function buildGetRepositoriesByOwnerRequest(parameters, options) {
  return buildRequest(getRepositoriesByOwnerOperation, parameters, void 0, options);
}
function readGetRepositoriesByOwnerResult(response, options) {
  return readResult(getRepositoriesByOwnerOperation, response, options);
}
const getRepositoryOperation = {
  method: "GET",
  pathTemplate: "/2.0/repositories/{username}/{slug}",
  path: [
    "/2.0/repositories/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetRepositoryResponse(value),
    "GET /2.0/repositories/{username}/{slug} response body"
  )
};
function buildGetRepositoryRequest(parameters, options) {
  return buildRequest(getRepositoryOperation, parameters, void 0, options);
}
function readGetRepositoryResult(response, options) {
  return readResult(getRepositoryOperation, response, options);
}
const getPullRequestsByRepositoryOperation = {
  method: "GET",
  pathTemplate: "/2.0/repositories/{username}/{slug}/pullrequests",
  path: [
    "/2.0/repositories/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true },
    "/pullrequests"
  ],
  parameters: [
    { "name": "state", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetPullRequestsByRepositoryResponse(value),
    "GET /2.0/repositories/{username}/{slug}/pullrequests response body"
  )
};
function buildGetPullRequestsByRepositoryRequest(parameters, options) {
  return buildRequest(getPullRequestsByRepositoryOperation, parameters, void 0, options);
}
function readGetPullRequestsByRepositoryResult(response, options) {
  return readResult(getPullRequestsByRepositoryOperation, response, options);
}
const getPullRequestsByIdOperation = {
  method: "GET",
  pathTemplate: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
  path: [
    "/2.0/repositories/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true },
    "/pullrequests/",
    { "name": "pid", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetPullRequestsByIdResponse(value),
    "GET /2.0/repositories/{username}/{slug}/pullrequests/{pid} response body"
  )
};
function buildGetPullRequestsByIdRequest(parameters, options) {
  return buildRequest(getPullRequestsByIdOperation, parameters, void 0, options);
}
function readGetPullRequestsByIdResult(response, options) {
  return readResult(getPullRequestsByIdOperation, response, options);
}
const mergePullRequestOperation = {
  method: "POST",
  pathTemplate: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
  path: [
    "/2.0/repositories/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true },
    "/",
    { "name": "slug", "in": "path", "style": "simple", "explode": false, "required": true },
    "/pullrequests/",
    { "name": "pid", "in": "path", "style": "simple", "explode": false, "required": true },
    "/merge"
  ],
  parameters: [],
  baseUrl: "",
  bearerAuth: false,
  response: "none"
};
function buildMergePullRequestRequest(parameters, options) {
  return buildRequest(mergePullRequestOperation, parameters, void 0, options);
}
function readMergePullRequestResult(response, options) {
  return readResult(mergePullRequestOperation, response, options);
}
const getUserByNameOperation = {
  method: "GET",
  pathTemplate: "/2.0/users/{username}",
  path: [
    "/2.0/users/",
    { "name": "username", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetUserByNameResponse(value),
    "GET /2.0/users/{username} response body"
  )
};
function buildGetUserByNameRequest(parameters, options) {
  return buildRequest(getUserByNameOperation, parameters, void 0, options);
}
function readGetUserByNameResult(response, options) {
  return readResult(getUserByNameOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get _20() {
      return {
        get repositories() {
          return {
            byUsername: (username) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getRepositoriesByOwnerOperation,
                  (build) => buildGetRepositoriesByOwnerRequest({ path: { username } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getRepositoriesByOwner,
                  safe: (callOptions = {}) => transport.sendResult(
                    getRepositoriesByOwnerOperation,
                    (build) => buildGetRepositoriesByOwnerRequest({ path: { username } }, build),
                    callOptions
                  )
                }
              ),
              bySlug: (slug) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getRepositoryOperation,
                    (build) => buildGetRepositoryRequest({ path: { username, slug } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.getRepository,
                    safe: (callOptions = {}) => transport.sendResult(
                      getRepositoryOperation,
                      (build) => buildGetRepositoryRequest({ path: { username, slug } }, build),
                      callOptions
                    )
                  }
                ),
                get pullrequests() {
                  return {
                    get: Object.assign(
                      (callOptions = {}) => transport.send(
                        getPullRequestsByRepositoryOperation,
                        (build) => buildGetPullRequestsByRepositoryRequest(
                          { ...callOptions, path: { username, slug } },
                          build
                        ),
                        callOptions
                      ),
                      {
                        permissions: permissions.getPullRequestsByRepository,
                        safe: (callOptions = {}) => transport.sendResult(
                          getPullRequestsByRepositoryOperation,
                          (build) => buildGetPullRequestsByRepositoryRequest(
                            { ...callOptions, path: { username, slug } },
                            build
                          ),
                          callOptions
                        )
                      }
                    ),
                    byPid: (pid) => ({
                      get: Object.assign(
                        (callOptions = {}) => transport.send(
                          getPullRequestsByIdOperation,
                          (build) => buildGetPullRequestsByIdRequest(
                            { path: { username, slug, pid } },
                            build
                          ),
                          callOptions
                        ),
                        {
                          permissions: permissions.getPullRequestsById,
                          safe: (callOptions = {}) => transport.sendResult(
                            getPullRequestsByIdOperation,
                            (build) => buildGetPullRequestsByIdRequest(
                              { path: { username, slug, pid } },
                              build
                            ),
                            callOptions
                          )
                        }
                      ),
                      get merge() {
                        return {
                          post: Object.assign(
                            (callOptions = {}) => transport.send(
                              mergePullRequestOperation,
                              (build) => buildMergePullRequestRequest(
                                { path: { username, slug, pid } },
                                build
                              ),
                              callOptions
                            ),
                            {
                              permissions: permissions.mergePullRequest,
                              safe: (callOptions = {}) => transport.sendResult(
                                mergePullRequestOperation,
                                (build) => buildMergePullRequestRequest(
                                  { path: { username, slug, pid } },
                                  build
                                ),
                                callOptions
                              )
                            }
                          )
                        };
                      }
                    })
                  };
                }
              })
            })
          };
        },
        get users() {
          return {
            byUsername: (username) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getUserByNameOperation,
                  (build) => buildGetUserByNameRequest({ path: { username } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getUserByName,
                  safe: (callOptions = {}) => transport.sendResult(
                    getUserByNameOperation,
                    (build) => buildGetUserByNameRequest({ path: { username } }, build),
                    callOptions
                  )
                }
              )
            })
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
  buildGetPullRequestsByIdRequest,
  buildGetPullRequestsByRepositoryRequest,
  buildGetRepositoriesByOwnerRequest,
  buildGetRepositoryRequest,
  buildGetUserByNameRequest,
  buildMergePullRequestRequest,
  createClient,
  readGetPullRequestsByIdResult,
  readGetPullRequestsByRepositoryResult,
  readGetRepositoriesByOwnerResult,
  readGetRepositoryResult,
  readGetUserByNameResult,
  readMergePullRequestResult
};
