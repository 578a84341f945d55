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
          objectOfObjectsAndArrays: {
            singleObject: { string: "tangolim", boolean: false, number: 210.4 },
            arrayOfPrimitives: ["novasier"],
            arrayOfObjects: [{}],
            primitive: "bravodel"
          },
          arrayOfObjectsOfObjectsAndArrays: [
            { singleObject: {}, arrayOfPrimitives: [], arrayOfObjects: [], primitive: "limabrav" }
          ],
          objectOfAdditionalProperties: {},
          string: "echolima"
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: [{ string: "alphadel", boolean: true, number: 242.9 }]
    }
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
      example: { nestedObject: { string: "limaalph", boolean: false, number: 195.7 } }
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
      example: [
        {
          singleObject: { string: "sierrali", boolean: true, number: 788.1 },
          arrayOfPrimitives: ["bravoalp"],
          arrayOfObjects: [{ string: "novaalph", boolean: true, number: 878.3 }],
          primitive: "sierrabr"
        }
      ]
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
        objectOfObjectsAndArrays: {
          singleObject: { string: "alphatan", boolean: false, number: 156.4 },
          arrayOfPrimitives: ["echoalph"],
          arrayOfObjects: [{ string: "novalima", boolean: false, number: 298.1 }],
          primitive: "sierrasi"
        },
        arrayOfObjectsOfObjectsAndArrays: [
          {
            singleObject: { string: "alphatan", boolean: false, number: 499.3 },
            arrayOfPrimitives: ["sierrasi"],
            arrayOfObjects: [{}],
            primitive: "tangosie"
          }
        ],
        objectOfAdditionalProperties: {},
        string: "deltanov"
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
