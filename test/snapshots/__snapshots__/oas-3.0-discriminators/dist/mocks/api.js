import {
  createMockCore
} from "./runtime/core.js";
import {
  validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody,
  validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody,
  validatePatchEmbeddedDiscriminatorRequestBody,
  validateOneOfWithImproperlyPlacedDiscriminatorRequestBody,
  validatePatchMappingOfSchemaNamesRequestBody,
  validatePatchMappingWithDuplicateSchemasRequestBody,
  validatePatchNestedOneOfObjectWithNestedOneOfRequestBody,
  validatePatchOneofAllofTopLevelDiscRequestBody,
  validatePostPotentiallyUndefinedFormDataRequestBody,
  validateRedoclyQuirkRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/anything";
const route$oneOfWithTopLevelDiscriminatorAndMapping = {
  operation: "oneOfWithTopLevelDiscriminatorAndMapping",
  method: "PATCH",
  path: "/discriminator-with-mapping",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$oneOfWithTopLevelDiscriminatorNoMapping = {
  operation: "oneOfWithTopLevelDiscriminatorNoMapping",
  method: "PATCH",
  path: "/discriminator-with-no-mapping",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$patchEmbeddedDiscriminator = {
  operation: "patchEmbeddedDiscriminator",
  method: "PATCH",
  path: "/embedded-discriminator",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchEmbeddedDiscriminatorRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$oneOfWithImproperlyPlacedDiscriminator = {
  operation: "oneOfWithImproperlyPlacedDiscriminator",
  method: "PATCH",
  path: "/improper-discriminator-placement",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateOneOfWithImproperlyPlacedDiscriminatorRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$patchMappingOfSchemaNames = {
  operation: "patchMappingOfSchemaNames",
  method: "PATCH",
  path: "/mapping-of-schema-names",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchMappingOfSchemaNamesRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$patchMappingWithDuplicateSchemas = {
  operation: "patchMappingWithDuplicateSchemas",
  method: "PATCH",
  path: "/mapping-with-duplicate-schemas",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchMappingWithDuplicateSchemasRequestBody
  },
  response: { status: 201, media: null },
  resource: null
};
const route$patchNestedOneOfObjectWithNestedOneOf = {
  operation: "patchNestedOneOfObjectWithNestedOneOf",
  method: "PATCH",
  path: "/nested-one-of-object-with-nested-one-of",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchNestedOneOfObjectWithNestedOneOfRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$patchOneofAllofTopLevelDisc = {
  operation: "patchOneofAllofTopLevelDisc",
  method: "PATCH",
  path: "/oneof-allof-top-level-disc",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchOneofAllofTopLevelDiscRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postPotentiallyUndefinedFormData = {
  operation: "postPotentiallyUndefinedFormData",
  method: "POST",
  path: "/potentially-undefined-formData",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostPotentiallyUndefinedFormDataRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$redoclyQuirk = {
  operation: "redoclyQuirk",
  method: "PATCH",
  path: "/redocly-flavored-discriminator",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateRedoclyQuirkRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$oneOfWithTopLevelDiscriminatorAndMapping,
  route$oneOfWithTopLevelDiscriminatorNoMapping,
  route$patchEmbeddedDiscriminator,
  route$oneOfWithImproperlyPlacedDiscriminator,
  route$patchMappingOfSchemaNames,
  route$patchMappingWithDuplicateSchemas,
  route$patchNestedOneOfObjectWithNestedOneOf,
  route$patchOneofAllofTopLevelDisc,
  route$postPotentiallyUndefinedFormData,
  route$redoclyQuirk
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
