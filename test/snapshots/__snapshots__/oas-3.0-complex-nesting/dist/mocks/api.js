import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePutAnythingTopLevelArrayRequestBody,
  validatePostAnythingTopLevelArrayRequestBody,
  validatePostAnythingTopLevelObjectSimpleRequestBody,
  validatePostMultischemaOfEverythingRequestBody,
  validatePostTopLevelObjectOfEverythingRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const sample$FlatObject$3 = { string: "alphasie", boolean: false, number: 802 };
const sample$ObjectOfObjectsAndArrays$2 = {
  singleObject: sample$FlatObject$3,
  arrayOfPrimitives: ["tangonov"],
  arrayOfObjects: [{}],
  primitive: "echonova"
};
const sample$FlatObject$1 = { string: "tangonov", boolean: false, number: 545.1 };
const sample$ObjectOfObjectsAndArrays$1 = {
  singleObject: { string: "bravotan", boolean: true, number: 728.1 },
  arrayOfPrimitives: ["novatang"],
  arrayOfObjects: [sample$FlatObject$3],
  primitive: "limadelt"
};
const route$putAnythingTopLevelArray = {
  operation: "putAnythingTopLevelArray",
  method: "PUT",
  path: "/anything/top-level-array",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePutAnythingTopLevelArrayRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [
        {
          objectOfObjectsAndArrays: sample$ObjectOfObjectsAndArrays$2,
          arrayOfObjectsOfObjectsAndArrays: [
            { singleObject: {}, arrayOfPrimitives: [], arrayOfObjects: [], primitive: "alphaech" }
          ],
          objectOfAdditionalProperties: {},
          string: "sierraal"
        }
      ]
    }
  },
  resource: null
};
const route$postAnythingTopLevelArray = {
  operation: "postAnythingTopLevelArray",
  method: "POST",
  path: "/anything/top-level-array",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePostAnythingTopLevelArrayRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: [sample$FlatObject$1] }
  },
  resource: null
};
const route$postAnythingTopLevelObjectSimple = {
  operation: "postAnythingTopLevelObjectSimple",
  method: "POST",
  path: "/anything/top-level-object/simple",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingTopLevelObjectSimpleRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { nestedObject: sample$FlatObject$1 }
    }
  },
  resource: null
};
const route$postMultischemaOfEverything = {
  operation: "postMultischemaOfEverything",
  method: "POST",
  path: "/multischema/of-everything",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePostMultischemaOfEverythingRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [sample$ObjectOfObjectsAndArrays$1]
    }
  },
  resource: null
};
const route$postTopLevelObjectOfEverything = {
  operation: "postTopLevelObjectOfEverything",
  method: "POST",
  path: "/top-level-object/of-everything",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostTopLevelObjectOfEverythingRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        objectOfObjectsAndArrays: sample$ObjectOfObjectsAndArrays$1,
        arrayOfObjectsOfObjectsAndArrays: [sample$ObjectOfObjectsAndArrays$2],
        objectOfAdditionalProperties: {},
        string: "deltalim"
      }
    }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$putAnythingTopLevelArray,
  route$postAnythingTopLevelArray,
  route$postAnythingTopLevelObjectSimple,
  route$postMultischemaOfEverything,
  route$postTopLevelObjectOfEverything
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
