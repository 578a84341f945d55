import {
  createMockCore
} from "./runtime/core.js";
import { validateGetAnythingObjectRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const sample$Object$0 = {
  primitive: "bravoech",
  "read-only": "echoalph",
  object: { primitive: false },
  array: [{ primitive: false }],
  pets: [
    {
      id: 239,
      name: "doggie",
      name2: "doggie",
      name3: "doggie",
      name4: "doggie",
      name5: "doggie",
      name6: "doggie",
      name7: "doggie",
      name8: "doggie",
      name9: "doggie",
      name10: "doggie",
      name11: "doggie",
      name12: "doggie",
      name13: "doggie",
      name14: "doggie",
      name15: "doggie",
      name16: "doggie",
      name17: "doggie",
      name18: "doggie",
      name19: "doggie",
      photoUrls: ["novaecho"],
      status: "sold"
    }
  ]
};
const route$getAnythingArrayOfObjects = {
  operation: "getAnythingArrayOfObjects",
  method: "GET",
  path: "/anything/array-of-objects",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [
        {
          primitive: "sierrata",
          "read-only": "limadelt",
          object: { primitive: true },
          array: [{ primitive: false }],
          pets: [
            {
              id: 428,
              name: "doggie",
              name2: "doggie",
              name3: "doggie",
              name4: "doggie",
              name5: "doggie",
              name6: "doggie",
              name7: "doggie",
              name8: "doggie",
              name9: "doggie",
              name10: "doggie",
              name11: "doggie",
              name12: "doggie",
              name13: "doggie",
              name14: "doggie",
              name15: "doggie",
              name16: "doggie",
              name17: "doggie",
              name18: "doggie",
              name19: "doggie",
              photoUrls: [],
              status: "pending"
            }
          ]
        }
      ]
    }
  },
  resource: null
};
const route$getAnythingArrayOfPrimitives = {
  operation: "getAnythingArrayOfPrimitives",
  method: "GET",
  path: "/anything/array-of-primitives",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: ["bravolim"] }
  },
  resource: null
};
const route$getAnythingMarkdown = {
  operation: "getAnythingMarkdown",
  method: "GET",
  path: "/anything/markdown",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$Object$0 }
  },
  resource: null,
  errors: [{ status: "400", contentType: "application/json", example: sample$Object$0 }]
};
const route$getAnythingObject = {
  operation: "getAnythingObject",
  method: "GET",
  path: "/anything/object",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateGetAnythingObjectRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$Object$0 }
  },
  resource: null
};
const route$getAnythingPolymorphism = {
  operation: "getAnythingPolymorphism",
  method: "GET",
  path: "/anything/polymorphism",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: "limabrav" }
  },
  resource: null
};
const route$getAnythingRecursive = {
  operation: "getAnythingRecursive",
  method: "GET",
  path: "/anything/recursive",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [{ children: [{ children: [] }] }]
    }
  },
  resource: null
};
const route$getAnythingReturnsAsJsonButIsActuallyString = {
  operation: "getAnythingReturnsAsJsonButIsActuallyString",
  method: "GET",
  path: "/anything/returns-as-json-but-is-actually-string",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: "96fab4bb-ff68-43e2-94d8-7046f3173d9c"
    }
  },
  resource: null
};
const route$getMultipleResponsesObject = {
  operation: "getMultipleResponsesObject",
  method: "GET",
  path: "/multiple-responses/object",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { hello: "tangonov", there: "deltadel" }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/json",
      example: { obi: "tangonov", wan: "deltadel" }
    }
  ]
};
const MOCK_ROUTES = [
  route$getAnythingArrayOfObjects,
  route$getAnythingArrayOfPrimitives,
  route$getAnythingMarkdown,
  route$getAnythingObject,
  route$getAnythingPolymorphism,
  route$getAnythingRecursive,
  route$getAnythingReturnsAsJsonButIsActuallyString,
  route$getMultipleResponsesObject
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
