import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "http://localhost";
const route$getRepositoriesByOwner = {
  operation: "getRepositoriesByOwner",
  method: "GET",
  path: "/2.0/repositories/{username}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/2.0/repositories/{username}",
    item: "/2.0/repositories/{username}/{slug}",
    key: "slug",
    keyType: "string",
    typeTag: null,
    listShape: "array"
  }
};
const route$getRepository = {
  operation: "getRepository",
  method: "GET",
  path: "/2.0/repositories/{username}/{slug}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/2.0/repositories/{username}",
    item: "/2.0/repositories/{username}/{slug}",
    key: "slug",
    keyType: "string",
    typeTag: null
  }
};
const route$getPullRequestsByRepository = {
  operation: "getPullRequestsByRepository",
  method: "GET",
  path: "/2.0/repositories/{username}/{slug}/pullrequests",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/2.0/repositories/{username}/{slug}/pullrequests",
    item: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
    key: "id",
    keyType: "integer",
    typeTag: null,
    listShape: "array"
  }
};
const route$getPullRequestsById = {
  operation: "getPullRequestsById",
  method: "GET",
  path: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/2.0/repositories/{username}/{slug}/pullrequests",
    item: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
    key: "id",
    keyType: "integer",
    typeTag: null
  }
};
const route$mergePullRequest = {
  operation: "mergePullRequest",
  method: "POST",
  path: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$getUserByName = {
  operation: "getUserByName",
  method: "GET",
  path: "/2.0/users/{username}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/2.0/users",
    item: "/2.0/users/{username}",
    key: "username",
    keyType: "string",
    typeTag: null
  }
};
const MOCK_ROUTES = [
  route$getRepositoriesByOwner,
  route$getRepository,
  route$getPullRequestsByRepository,
  route$getPullRequestsById,
  route$mergePullRequest,
  route$getUserByName
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
