import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePostAnyOfWithTypeRequestBody,
  validatePostAnythingAllOfObjectRequestBody,
  validatePostAnythingAnyOfObjectRequestBody,
  validatePostAnythingAnyOfPrimitiveRequestBody,
  validatePostAnythingNestedOneOfObjectRefRequestBody,
  validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody,
  validatePostAnythingNestedOneOfRefRequestBody,
  validatePostAnythingOneOfObjectRequestBody,
  validatePostAnythingOneOfObjectRefRequestBody,
  validatePostAnythingOneOfPrimitiveRequestBody,
  validatePostOneOfComplexRequestBody,
  validatePostOneOfWithTypeRequestBody,
  validatePatchPetsRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postAnyOfWithType = {
  operation: "postAnyOfWithType",
  method: "POST",
  path: "/any-of-with-type",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnyOfWithTypeRequestBody
  },
  response: { status: 204, media: null },
  resource: null
};
const route$postAnythingAllOfObject = {
  operation: "postAnythingAllOfObject",
  method: "POST",
  path: "/anything/all-of-object",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingAllOfObjectRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingAnyOfObject = {
  operation: "postAnythingAnyOfObject",
  method: "POST",
  path: "/anything/any-of-object",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingAnyOfObjectRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingAnyOfPrimitive = {
  operation: "postAnythingAnyOfPrimitive",
  method: "POST",
  path: "/anything/any-of-primitive",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePostAnythingAnyOfPrimitiveRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingNestedOneOfObjectRef = {
  operation: "postAnythingNestedOneOfObjectRef",
  method: "POST",
  path: "/anything/nested-one-of-object-ref",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingNestedOneOfObjectRefRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingNestedOneOfObjectWithNestedOneOf = {
  operation: "postAnythingNestedOneOfObjectWithNestedOneOf",
  method: "POST",
  path: "/anything/nested-one-of-object-with-nested-one-of",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingNestedOneOfRef = {
  operation: "postAnythingNestedOneOfRef",
  method: "POST",
  path: "/anything/nested-one-of-ref",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingNestedOneOfRefRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOneOfObject = {
  operation: "postAnythingOneOfObject",
  method: "POST",
  path: "/anything/one-of-object",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingOneOfObjectRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOneOfObjectRef = {
  operation: "postAnythingOneOfObjectRef",
  method: "POST",
  path: "/anything/one-of-object-ref",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostAnythingOneOfObjectRefRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingOneOfPrimitive = {
  operation: "postAnythingOneOfPrimitive",
  method: "POST",
  path: "/anything/one-of-primitive",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePostAnythingOneOfPrimitiveRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postOneOfComplex = {
  operation: "postOneOfComplex",
  method: "POST",
  path: "/one-of-complex",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostOneOfComplexRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postOneOfWithType = {
  operation: "postOneOfWithType",
  method: "POST",
  path: "/one-of-with-type",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostOneOfWithTypeRequestBody
  },
  response: { status: 204, media: null },
  resource: null
};
const route$patchPets = {
  operation: "patchPets",
  method: "PATCH",
  path: "/pets",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchPetsRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$postAnyOfWithType,
  route$postAnythingAllOfObject,
  route$postAnythingAnyOfObject,
  route$postAnythingAnyOfPrimitive,
  route$postAnythingNestedOneOfObjectRef,
  route$postAnythingNestedOneOfObjectWithNestedOneOf,
  route$postAnythingNestedOneOfRef,
  route$postAnythingOneOfObject,
  route$postAnythingOneOfObjectRef,
  route$postAnythingOneOfPrimitive,
  route$postOneOfComplex,
  route$postOneOfWithType,
  route$patchPets
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
