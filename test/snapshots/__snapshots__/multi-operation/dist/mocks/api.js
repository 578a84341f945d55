import {
  createMockCore
} from "./runtime/core.js";
import { odataQueries } from "./runtime/odata-query.js";
import {
  validateAddMemberRequestBody,
  validateReplaceMemberRequestBody,
  validateAppendTeamNoteRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://contoso.teams.example/api/v2";
const route$listTeams = {
  operation: "listTeams",
  method: "GET",
  path: "/teams",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { value: [{ id: "sierrade", name: "bravoalp" }] }
    }
  },
  resource: null
};
const route$listMembers = {
  operation: "listMembers",
  method: "GET",
  path: "/teams/{teamId}/members",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/teams/{teamId}/members",
    item: "/teams/{teamId}/members/{memberId}",
    key: "id",
    keyType: "string",
    typeTag: null,
    listShape: "array"
  }
};
const route$addMember = {
  operation: "addMember",
  method: "POST",
  path: "/teams/{teamId}/members",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateAddMemberRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/teams/{teamId}/members",
    item: "/teams/{teamId}/members/{memberId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getMember = {
  operation: "getMember",
  method: "GET",
  path: "/teams/{teamId}/members/{memberId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/teams/{teamId}/members",
    item: "/teams/{teamId}/members/{memberId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  query: { options: ["$select"], properties: ["displayName", "id", "role"], nextLinkName: null }
};
const route$replaceMember = {
  operation: "replaceMember",
  method: "PUT",
  path: "/teams/{teamId}/members/{memberId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateReplaceMemberRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "replace",
    collection: "/teams/{teamId}/members",
    item: "/teams/{teamId}/members/{memberId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$removeMember = {
  operation: "removeMember",
  method: "DELETE",
  path: "/teams/{teamId}/members/{memberId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/teams/{teamId}/members",
    item: "/teams/{teamId}/members/{memberId}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getTeamNotes = {
  operation: "getTeamNotes",
  method: "GET",
  path: "/teams/{teamId}/notes",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "text/plain", kind: "text", example: "limanova" }
  },
  resource: null
};
const route$appendTeamNote = {
  operation: "appendTeamNote",
  method: "POST",
  path: "/teams/{teamId}/notes",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validateAppendTeamNoteRequestBody,
    kind: "form",
    fields: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } }
  },
  response: { status: 204, media: null },
  resource: null
};
const route$setTeamPhoto = {
  operation: "setTeamPhoto",
  method: "PUT",
  path: "/teams/{teamId}/photo",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["image/png"],
    json: false,
    object: false,
    validate: null,
    kind: "binary"
  },
  response: { status: 204, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$listTeams,
  route$listMembers,
  route$addMember,
  route$getMember,
  route$replaceMember,
  route$removeMember,
  route$getTeamNotes,
  route$appendTeamNote,
  route$setTeamPhoto
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL, queries: odataQueries },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
