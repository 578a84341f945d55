import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "http://localhost";
const MOCK_ROUTES = [
  {
    operation: "getRepositoriesByOwner",
    method: "GET",
    path: "/2.0/repositories/{username}",
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
      odataType: null,
      listShape: "array"
    }
  },
  {
    operation: "getRepository",
    method: "GET",
    path: "/2.0/repositories/{username}/{slug}",
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
      odataType: null
    }
  },
  {
    operation: "getPullRequestsByRepository",
    method: "GET",
    path: "/2.0/repositories/{username}/{slug}/pullrequests",
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
      odataType: null,
      listShape: "array"
    }
  },
  {
    operation: "getPullRequestsById",
    method: "GET",
    path: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
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
      odataType: null
    }
  },
  {
    operation: "mergePullRequest",
    method: "POST",
    path: "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
    requestBody: null,
    response: { status: 204, media: null },
    resource: null
  },
  {
    operation: "getUserByName",
    method: "GET",
    path: "/2.0/users/{username}",
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
      odataType: null
    }
  }
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
