import {
  createMockCore
} from "./runtime/core.js";
import {
  validateXReadmeCodeSamplesRequestBody,
  validateXReadmeExplorerEnabledRequestBody,
  validateXExplorerEnabledRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/anything";
const route$xCodeSamples = {
  operation: "xCodeSamples",
  method: "GET",
  path: "/x-code-samples",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xReadmeCodeSamples = {
  operation: "xReadmeCodeSamples",
  method: "POST",
  path: "/x-code-samples",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateXReadmeCodeSamplesRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { name: "Fluffy", petType: "Cat", color: "White", gender: "male", breed: "Persian" }
    }
  },
  resource: null,
  errors: [
    {
      status: "404",
      contentType: "application/json",
      example: { missing: "can't find your stuff dawg" }
    }
  ]
};
const route$xReadmeExplorerEnabled = {
  operation: "xReadmeExplorerEnabled",
  method: "POST",
  path: "/x-explorer-enabled",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateXReadmeExplorerEnabledRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$xExplorerEnabled = {
  operation: "xExplorerEnabled",
  method: "PATCH",
  path: "/x-explorer-enabled",
  server: null,
  security: [[{ kind: "bearer", scheme: "petstore_auth" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateXExplorerEnabledRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$xReadmeHeaders = {
  operation: "xReadmeHeaders",
  method: "POST",
  path: "/x-headers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xHeaders = {
  operation: "xHeaders",
  method: "PATCH",
  path: "/x-headers",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xReadmeMetricsEnabled = {
  operation: "xReadmeMetricsEnabled",
  method: "POST",
  path: "/x-metrics-enabled",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xMetricsEnabled = {
  operation: "xMetricsEnabled",
  method: "PATCH",
  path: "/x-metrics-enabled",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xReadmeProxyEnabled = {
  operation: "xReadmeProxyEnabled",
  method: "POST",
  path: "/x-proxy-enabled",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xProxyEnabled = {
  operation: "xProxyEnabled",
  method: "PATCH",
  path: "/x-proxy-enabled",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xReadmeSamplesLanguages = {
  operation: "xReadmeSamplesLanguages",
  method: "GET",
  path: "/x-samples-languages",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$xSamplesLanguages = {
  operation: "xSamplesLanguages",
  method: "POST",
  path: "/x-samples-languages",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$xCodeSamples,
  route$xReadmeCodeSamples,
  route$xReadmeExplorerEnabled,
  route$xExplorerEnabled,
  route$xReadmeHeaders,
  route$xHeaders,
  route$xReadmeMetricsEnabled,
  route$xMetricsEnabled,
  route$xReadmeProxyEnabled,
  route$xProxyEnabled,
  route$xReadmeSamplesLanguages,
  route$xSamplesLanguages
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
