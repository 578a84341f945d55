import {
  createMockCore
} from "./runtime/core.js";
import {
  validateFormDataStandardRequestBody,
  validateFormDataDeepObjectExplodedRequestBody,
  validateFormDataFormExplodedRequestBody,
  validateFormDataFormNonExplodedRequestBody,
  validateFormDataPipeDelimitedNonExplodedRequestBody,
  validateFormDataSpaceDelimitedNonExplodedRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$formDataStandard = {
  operation: "formDataStandard",
  method: "POST",
  path: "/anything/form-data",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataStandardRequestBody,
    kind: "multipart",
    fields: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$formDataDeepObjectExploded = {
  operation: "formDataDeepObjectExploded",
  method: "POST",
  path: "/anything/form-data/deepObject",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataDeepObjectExplodedRequestBody,
    kind: "multipart",
    fields: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$formDataFormExploded = {
  operation: "formDataFormExploded",
  method: "PUT",
  path: "/anything/form-data/form",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataFormExplodedRequestBody,
    kind: "multipart",
    fields: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$formDataFormNonExploded = {
  operation: "formDataFormNonExploded",
  method: "POST",
  path: "/anything/form-data/form",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataFormNonExplodedRequestBody,
    kind: "multipart",
    fields: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$formDataPipeDelimitedNonExploded = {
  operation: "formDataPipeDelimitedNonExploded",
  method: "POST",
  path: "/anything/form-data/pipeDelimited",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataPipeDelimitedNonExplodedRequestBody,
    kind: "multipart",
    fields: {
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$formDataSpaceDelimitedNonExploded = {
  operation: "formDataSpaceDelimitedNonExploded",
  method: "GET",
  path: "/anything/form-data/spaceDelimited",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateFormDataSpaceDelimitedNonExplodedRequestBody,
    kind: "multipart",
    fields: {
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$headersStandard = {
  operation: "headersStandard",
  method: "GET",
  path: "/anything/headers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$headersSimpleNonExploded = {
  operation: "headersSimpleNonExploded",
  method: "GET",
  path: "/anything/headers/simple",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$headersSimpleExploded = {
  operation: "headersSimpleExploded",
  method: "POST",
  path: "/anything/headers/simple",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsLabelNonExploded = {
  operation: "pathsLabelNonExploded",
  method: "GET",
  path: "/anything/path/label/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsLabelExploded = {
  operation: "pathsLabelExploded",
  method: "POST",
  path: "/anything/path/label/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsMatrixNonExploded = {
  operation: "pathsMatrixNonExploded",
  method: "GET",
  path: "/anything/path/matrix/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsMatrixExploded = {
  operation: "pathsMatrixExploded",
  method: "POST",
  path: "/anything/path/matrix/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsSimpleNonExploded = {
  operation: "pathsSimpleNonExploded",
  method: "GET",
  path: "/anything/path/simple/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsSimpleExploded = {
  operation: "pathsSimpleExploded",
  method: "POST",
  path: "/anything/path/simple/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$pathsStandard = {
  operation: "pathsStandard",
  method: "GET",
  path: "/anything/path/{primitive}/{array}/{object}",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$queryStandard = {
  operation: "queryStandard",
  method: "GET",
  path: "/anything/query",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$queryDeepObjectNonExploded = {
  operation: "queryDeepObjectNonExploded",
  method: "GET",
  path: "/anything/query/deepObject",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$queryFormNonExploded = {
  operation: "queryFormNonExploded",
  method: "GET",
  path: "/anything/query/form",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$queryFormExploded = {
  operation: "queryFormExploded",
  method: "POST",
  path: "/anything/query/form",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$queryPipeDelimitedNonExploded = {
  operation: "queryPipeDelimitedNonExploded",
  method: "GET",
  path: "/anything/query/pipeDelimited",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$querySpaceDelimitedNonExploded = {
  operation: "querySpaceDelimitedNonExploded",
  method: "GET",
  path: "/anything/query/spaceDelimited",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$cookiesStandard = {
  operation: "cookiesStandard",
  method: "GET",
  path: "/cookies",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$cookiesFormExploded = {
  operation: "cookiesFormExploded",
  method: "GET",
  path: "/cookies#formExploded",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$cookiesFormNonExploded = {
  operation: "cookiesFormNonExploded",
  method: "GET",
  path: "/cookies#formNonExploded",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$formDataStandard,
  route$formDataDeepObjectExploded,
  route$formDataFormExploded,
  route$formDataFormNonExploded,
  route$formDataPipeDelimitedNonExploded,
  route$formDataSpaceDelimitedNonExploded,
  route$headersStandard,
  route$headersSimpleNonExploded,
  route$headersSimpleExploded,
  route$pathsLabelNonExploded,
  route$pathsLabelExploded,
  route$pathsMatrixNonExploded,
  route$pathsMatrixExploded,
  route$pathsSimpleNonExploded,
  route$pathsSimpleExploded,
  route$pathsStandard,
  route$queryStandard,
  route$queryDeepObjectNonExploded,
  route$queryFormNonExploded,
  route$queryFormExploded,
  route$queryPipeDelimitedNonExploded,
  route$querySpaceDelimitedNonExploded,
  route$cookiesStandard,
  route$cookiesFormExploded,
  route$cookiesFormNonExploded
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
