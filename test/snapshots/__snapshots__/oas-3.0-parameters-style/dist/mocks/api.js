import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "formDataStandard",
    method: "POST",
    path: "/anything/form-data",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "formDataDeepObjectExploded",
    method: "POST",
    path: "/anything/form-data/deepObject",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "formDataFormExploded",
    method: "PUT",
    path: "/anything/form-data/form",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "formDataFormNonExploded",
    method: "POST",
    path: "/anything/form-data/form",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "formDataPipeDelimitedNonExploded",
    method: "POST",
    path: "/anything/form-data/pipeDelimited",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "formDataSpaceDelimitedNonExploded",
    method: "POST",
    path: "/anything/form-data/spaceDelimited",
    requestBody: {
      required: false,
      contentTypes: ["multipart/form-data"],
      json: false,
      object: false,
      validate: null
    },
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "headersStandard",
    method: "GET",
    path: "/anything/headers",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "headersSimpleNonExploded",
    method: "GET",
    path: "/anything/headers/simple",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "headersSimpleExploded",
    method: "POST",
    path: "/anything/headers/simple",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsLabelNonExploded",
    method: "GET",
    path: "/anything/path/label/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsLabelExploded",
    method: "POST",
    path: "/anything/path/label/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsMatrixNonExploded",
    method: "GET",
    path: "/anything/path/matrix/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsMatrixExploded",
    method: "POST",
    path: "/anything/path/matrix/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsSimpleNonExploded",
    method: "GET",
    path: "/anything/path/simple/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsSimpleExploded",
    method: "POST",
    path: "/anything/path/simple/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "pathsStandard",
    method: "GET",
    path: "/anything/path/{primitive}/{array}/{object}",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "queryStandard",
    method: "GET",
    path: "/anything/query",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "queryDeepObjectNonExploded",
    method: "GET",
    path: "/anything/query/deepObject",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "queryFormNonExploded",
    method: "GET",
    path: "/anything/query/form",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "queryFormExploded",
    method: "POST",
    path: "/anything/query/form",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "queryPipeDelimitedNonExploded",
    method: "GET",
    path: "/anything/query/pipeDelimited",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "querySpaceDelimitedNonExploded",
    method: "GET",
    path: "/anything/query/spaceDelimited",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "cookiesStandard",
    method: "GET",
    path: "/cookies",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "cookiesFormExploded",
    method: "GET",
    path: "/cookies#formExploded",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "cookiesFormNonExploded",
    method: "GET",
    path: "/cookies#formNonExploded",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
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
