import {
  createMockCore
} from "./runtime/core.js";
import { handleBatch } from "./runtime/batch.js";
import { odataQueries } from "./runtime/odata-query.js";
import {
  validateCreateManagedDeviceRequestBody,
  validateUpdateManagedDeviceRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://graph.microsoft.com/v1.0";
const route$listManagedDevices = {
  operation: "listManagedDevices",
  method: "GET",
  path: "/deviceManagement/managedDevices",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "list",
    collection: "/deviceManagement/managedDevices",
    item: "/deviceManagement/managedDevices/{managedDevice-id}",
    key: "id",
    keyType: "string",
    typeTag: null,
    listShape: "value"
  },
  query: {
    options: ["$select", "$expand", "$filter", "$orderby", "$search", "$top", "$skip", "$count"],
    properties: [
      "complianceState",
      "deviceName",
      "enrolledDateTime",
      "freeStorageSpaceInBytes",
      "id",
      "isEncrypted",
      "operatingSystem",
      "userId",
      "users"
    ],
    nextLinkName: "@odata.nextLink"
  }
};
const route$createManagedDevice = {
  operation: "createManagedDevice",
  method: "POST",
  path: "/deviceManagement/managedDevices",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateManagedDeviceRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/deviceManagement/managedDevices",
    item: "/deviceManagement/managedDevices/{managedDevice-id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getManagedDevice = {
  operation: "getManagedDevice",
  method: "GET",
  path: "/deviceManagement/managedDevices/{managedDevice-id}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/deviceManagement/managedDevices",
    item: "/deviceManagement/managedDevices/{managedDevice-id}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  query: {
    options: ["$select", "$expand"],
    properties: [
      "complianceState",
      "deviceName",
      "enrolledDateTime",
      "freeStorageSpaceInBytes",
      "id",
      "isEncrypted",
      "operatingSystem",
      "userId",
      "users"
    ],
    nextLinkName: null
  }
};
const route$updateManagedDevice = {
  operation: "updateManagedDevice",
  method: "PATCH",
  path: "/deviceManagement/managedDevices/{managedDevice-id}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateManagedDeviceRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/deviceManagement/managedDevices",
    item: "/deviceManagement/managedDevices/{managedDevice-id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const MOCK_ROUTES = [
  route$listManagedDevices,
  route$createManagedDevice,
  route$getManagedDevice,
  route$updateManagedDevice
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL, queries: odataQueries, batch: handleBatch },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
