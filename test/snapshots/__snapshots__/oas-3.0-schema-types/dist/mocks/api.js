import {
  createMockCore
} from "./runtime/core.js";
import {
  validateArraySchemaSupportRequestBody,
  validateArrayTopLevelObjectsRequestBody,
  validateArrayTopLevelPrimitivesRequestBody,
  validateBooleanSchemaSupportRequestBody,
  validateBooleanTopLevelRequestBody,
  validateCircularHandlingRequestBody,
  validateCircularTopLevelRequestBody,
  validateNumberFormatSupportRequestBody,
  validateNumberSchemaSupportRequestBody,
  validateNumberTopLevelRequestBody,
  validateObjectSchemaSupportRequestBody,
  validateQuirksMissingTypeRequestBody,
  validateQuirksEntirelyIncompatibleAllOfRequestBody,
  validateQuirksIncompatibleNestedAllOfRequestBody,
  validateQuirksPartiallyUsableIncompatibleAllOfRequestBody,
  validateRawBodyTopLevelRequestBody,
  validateRawBodyTopLevelJSONRequestBody,
  validateStringFormatSupportRequestBody,
  validateStringSchemaSupportRequestBody,
  validateStringTopLevelRequestBody,
  validateStringTopLevelJSONRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$arraySchemaSupport = {
  operation: "arraySchemaSupport",
  method: "POST",
  path: "/anything/arrays",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateArraySchemaSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$arrayTopLevelObjects = {
  operation: "arrayTopLevelObjects",
  method: "POST",
  path: "/anything/arrays/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateArrayTopLevelObjectsRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$arrayTopLevelPrimitives = {
  operation: "arrayTopLevelPrimitives",
  method: "PATCH",
  path: "/anything/arrays/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateArrayTopLevelPrimitivesRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$booleanSchemaSupport = {
  operation: "booleanSchemaSupport",
  method: "POST",
  path: "/anything/booleans",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateBooleanSchemaSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$booleanTopLevel = {
  operation: "booleanTopLevel",
  method: "PATCH",
  path: "/anything/booleans",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateBooleanTopLevelRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$circularHandling = {
  operation: "circularHandling",
  method: "POST",
  path: "/anything/circular",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCircularHandlingRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$circularTopLevel = {
  operation: "circularTopLevel",
  method: "PATCH",
  path: "/anything/circular",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCircularTopLevelRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$numberFormatSupport = {
  operation: "numberFormatSupport",
  method: "PUT",
  path: "/anything/numbers",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateNumberFormatSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$numberSchemaSupport = {
  operation: "numberSchemaSupport",
  method: "POST",
  path: "/anything/numbers",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateNumberSchemaSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$numberTopLevel = {
  operation: "numberTopLevel",
  method: "PATCH",
  path: "/anything/numbers",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateNumberTopLevelRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$objectSchemaSupport = {
  operation: "objectSchemaSupport",
  method: "POST",
  path: "/anything/objects",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateObjectSchemaSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$quirksMissingType = {
  operation: "quirksMissingType",
  method: "POST",
  path: "/anything/quirks",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateQuirksMissingTypeRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$quirksEntirelyIncompatibleAllOf = {
  operation: "quirksEntirelyIncompatibleAllOf",
  method: "PUT",
  path: "/anything/quirks/polymorphism",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateQuirksEntirelyIncompatibleAllOfRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$quirksIncompatibleNestedAllOf = {
  operation: "quirksIncompatibleNestedAllOf",
  method: "POST",
  path: "/anything/quirks/polymorphism",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateQuirksIncompatibleNestedAllOfRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$quirksPartiallyUsableIncompatibleAllOf = {
  operation: "quirksPartiallyUsableIncompatibleAllOf",
  method: "PATCH",
  path: "/anything/quirks/polymorphism",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateQuirksPartiallyUsableIncompatibleAllOfRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$rawBodyTopLevel = {
  operation: "rawBodyTopLevel",
  method: "POST",
  path: "/anything/raw_body/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateRawBodyTopLevelRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$rawBodyTopLevelJSON = {
  operation: "rawBodyTopLevelJSON",
  method: "PATCH",
  path: "/anything/raw_body/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateRawBodyTopLevelJSONRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$stringFormatSupport = {
  operation: "stringFormatSupport",
  method: "PUT",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateStringFormatSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$stringSchemaSupport = {
  operation: "stringSchemaSupport",
  method: "POST",
  path: "/anything/strings",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateStringSchemaSupportRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$stringTopLevel = {
  operation: "stringTopLevel",
  method: "POST",
  path: "/anything/strings/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateStringTopLevelRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$stringTopLevelJSON = {
  operation: "stringTopLevelJSON",
  method: "PATCH",
  path: "/anything/strings/top-level-payloads",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validateStringTopLevelJSONRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$arraySchemaSupport,
  route$arrayTopLevelObjects,
  route$arrayTopLevelPrimitives,
  route$booleanSchemaSupport,
  route$booleanTopLevel,
  route$circularHandling,
  route$circularTopLevel,
  route$numberFormatSupport,
  route$numberSchemaSupport,
  route$numberTopLevel,
  route$objectSchemaSupport,
  route$quirksMissingType,
  route$quirksEntirelyIncompatibleAllOf,
  route$quirksIncompatibleNestedAllOf,
  route$quirksPartiallyUsableIncompatibleAllOf,
  route$rawBodyTopLevel,
  route$rawBodyTopLevelJSON,
  route$stringFormatSupport,
  route$stringSchemaSupport,
  route$stringTopLevel,
  route$stringTopLevelJSON
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
