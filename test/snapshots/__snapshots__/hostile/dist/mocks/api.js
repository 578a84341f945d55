import {
  createMockCore
} from "./runtime/core.js";
import { odataQueries } from "./runtime/odata-query.js";
import { validateGetItemRequestBody, validateGetItem4RequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}";
const route$getItem5 = {
  operation: "getItem5",
  method: "GET",
  path: "/items",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/items",
    item: "/items/{id}",
    key: "id",
    keyType: "string",
    typeTag: null,
    listShape: "value"
  }
};
const route$globalThisPwned1 = {
  operation: "globalThisPwned1",
  method: "PUT",
  path: "/items",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$getItem = {
  operation: "getItem",
  method: "POST",
  path: "/items",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateGetItemRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/items",
    item: "/items/{id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$delete_ = {
  operation: "delete_",
  method: "DELETE",
  path: "/items",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$getItem2 = {
  operation: "getItem2",
  method: "GET",
  path: "/items/{id}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/items",
    item: "/items/{id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getItem3 = {
  operation: "getItem3",
  method: "GET",
  path: "/items/{item-id}/sub.path/{odd.name}",
  server: null,
  security: [[{ kind: "bearer", scheme: "oauth.hostile-1_x" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/items/{item-id}/sub.path",
    item: "/items/{item-id}/sub.path/{odd.name}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  query: {
    options: ["$filter"],
    properties: [
      '"]; globalThis.pwned = 1; //',
      "${x}`",
      "*/ ; globalThis.pwned = 1; /*",
      "1st",
      "__proto__",
      "a b",
      "a-b",
      "aB",
      "a_b",
      "anything",
      "apos'",
      "astral",
      "back\\slash",
      "class",
      "constructor",
      "dot.name",
      "emoji\u{1F600}",
      "flagsLike",
      "hasOwnProperty",
      "id",
      "kebab-case",
      "line\u2028sep",
      "mood",
      "nul\0byte",
      "prototype",
      'quo"te',
      "regexPayload",
      "slashy",
      "toString",
      "unicodeWord",
      "with space"
    ],
    nextLinkName: null
  }
};
const route$getItem4 = {
  operation: "getItem4",
  method: "PATCH",
  path: "/items/{item-id}/sub.path/{odd.name}",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateGetItem4RequestBody
  },
  response: { status: 204, media: null },
  resource: {
    action: "update",
    collection: "/items/{item-id}/sub.path",
    item: "/items/{item-id}/sub.path/{odd.name}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$proto = {
  operation: "proto",
  method: "GET",
  path: "/things/__proto__/constructor",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$toString = {
  operation: "toString",
  method: "PUT",
  path: "/things/__proto__/constructor",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$constructor_ = {
  operation: "constructor_",
  method: "POST",
  path: "/things/__proto__/constructor",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$_1op = {
  operation: "_1op",
  method: "DELETE",
  path: "/things/__proto__/constructor",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getItem5,
  route$globalThisPwned1,
  route$getItem,
  route$delete_,
  route$getItem2,
  route$getItem3,
  route$getItem4,
  route$proto,
  route$toString,
  route$constructor_,
  route$_1op
];
const MOCK_SEED_DATA = {
  "/items": [
    {
      id: '"]; globalThis.pwned = 1; //',
      class: "*/ ; globalThis.pwned = 1; /*",
      'quo"te': "`${x}`",
      mood: 'dq"',
      anything: { '"k': "v", nested: { x: [1] } }
    }
  ]
};
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
