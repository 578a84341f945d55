import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePutAnythingMultipartFormdataRequestBody,
  validatePostAnythingMultipartFormdataRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postAnythingImagePng = {
  operation: "postAnythingImagePng",
  method: "POST",
  path: "/anything/image-png",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["image/png"],
    json: false,
    object: false,
    validate: null,
    kind: "binary"
  },
  response: { status: 200, media: null },
  resource: null
};
const route$putAnythingMultipartFormdata = {
  operation: "putAnythingMultipartFormdata",
  method: "PUT",
  path: "/anything/multipart-formdata",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validatePutAnythingMultipartFormdataRequestBody,
    kind: "multipart",
    fields: { filename: { type: "array", items: { type: "file" } } }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postAnythingMultipartFormdata = {
  operation: "postAnythingMultipartFormdata",
  method: "POST",
  path: "/anything/multipart-formdata",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validatePostAnythingMultipartFormdataRequestBody,
    kind: "multipart",
    fields: {
      orderId: { type: "integer" },
      userId: { type: "integer" },
      documentFile: { type: "file" }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$postAnythingImagePng,
  route$putAnythingMultipartFormdata,
  route$postAnythingMultipartFormdata
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
