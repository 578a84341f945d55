import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  itemsOf,
  pagesOf,
  eventualConsistency
} from "./runtime/paging.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  batchStep,
  createBatchClient as createRuntimeBatchClient
} from "./runtime/batch.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
const ApiError = RuntimeApiError;
import { MAX_BATCH_STEPS } from "./runtime/batch.js";
const batchOperation = {
  method: "POST",
  pathTemplate: "/$batch",
  path: ["/$batch"],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json"
};
function createBatchClient(options = {}) {
  return createRuntimeBatchClient(batchOperation, options);
}
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const listManagedDevicesOperation = {
  method: "GET",
  pathTemplate: "/deviceManagement/managedDevices",
  path: ["/deviceManagement/managedDevices"],
  parameters: [
    { "name": "$top", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$skip", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$search", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$filter", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$count", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$orderby", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$select", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$expand", "in": "query", "style": "form", "explode": false, "required": false }
  ],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListManagedDevicesResponse(value),
    "GET /deviceManagement/managedDevices response body"
  )
};
function buildListManagedDevicesRequest(parameters = {}, options) {
  return buildRequest(listManagedDevicesOperation, parameters, void 0, eventualConsistency(parameters.query, options));
}
function readListManagedDevicesResult(response, options) {
  return readResult(listManagedDevicesOperation, response, options);
}
const createManagedDeviceOperation = {
  method: "POST",
  pathTemplate: "/deviceManagement/managedDevices",
  path: ["/deviceManagement/managedDevices"],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateManagedDeviceRequestBody(value),
    "POST /deviceManagement/managedDevices request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateManagedDeviceResponse(value),
    "POST /deviceManagement/managedDevices response body"
  )
};
function buildCreateManagedDeviceRequest(parameters = {}, body, options) {
  return buildRequest(createManagedDeviceOperation, parameters, body, options);
}
function readCreateManagedDeviceResult(response, options) {
  return readResult(createManagedDeviceOperation, response, options);
}
const getManagedDeviceOperation = {
  method: "GET",
  pathTemplate: "/deviceManagement/managedDevices/{managedDevice-id}",
  path: [
    "/deviceManagement/managedDevices/",
    {
      "name": "managedDevice-id",
      "in": "path",
      "style": "simple",
      "explode": false,
      "required": true
    }
  ],
  parameters: [
    { "name": "$select", "in": "query", "style": "form", "explode": false, "required": false },
    { "name": "$expand", "in": "query", "style": "form", "explode": false, "required": false }
  ],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetManagedDeviceResponse(value),
    "GET /deviceManagement/managedDevices/{managedDevice-id} response body"
  )
};
function buildGetManagedDeviceRequest(parameters, options) {
  return buildRequest(getManagedDeviceOperation, parameters, void 0, options);
}
function readGetManagedDeviceResult(response, options) {
  return readResult(getManagedDeviceOperation, response, options);
}
const updateManagedDeviceOperation = {
  method: "PATCH",
  pathTemplate: "/deviceManagement/managedDevices/{managedDevice-id}",
  path: [
    "/deviceManagement/managedDevices/",
    {
      "name": "managedDevice-id",
      "in": "path",
      "style": "simple",
      "explode": false,
      "required": true
    }
  ],
  parameters: [],
  baseUrl: "https://graph.microsoft.com/v1.0",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateUpdateManagedDeviceRequestBody(value),
    "PATCH /deviceManagement/managedDevices/{managedDevice-id} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateUpdateManagedDeviceResponse(value),
    "PATCH /deviceManagement/managedDevices/{managedDevice-id} response body"
  )
};
function buildUpdateManagedDeviceRequest(parameters, body, options) {
  return buildRequest(updateManagedDeviceOperation, parameters, body, options);
}
function readUpdateManagedDeviceResult(response, options) {
  return readResult(updateManagedDeviceOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get deviceManagement() {
      return {
        get managedDevices() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                listManagedDevicesOperation,
                (build) => buildListManagedDevicesRequest(callOptions, build),
                callOptions
              ),
              {
                pages: (callOptions = {}) => pagesOf(
                  transport,
                  listManagedDevicesOperation,
                  { nextLinkName: "@odata.nextLink", itemName: "value" },
                  (build) => buildListManagedDevicesRequest(callOptions, build),
                  callOptions
                ),
                items: (callOptions = {}) => itemsOf(
                  transport,
                  listManagedDevicesOperation,
                  { nextLinkName: "@odata.nextLink", itemName: "value" },
                  (build) => buildListManagedDevicesRequest(callOptions, build),
                  callOptions
                ),
                permissions: permissions.listManagedDevices,
                safe: (callOptions = {}) => transport.sendResult(
                  listManagedDevicesOperation,
                  (build) => buildListManagedDevicesRequest(callOptions, build),
                  callOptions
                ),
                step: (step, callOptions = {}) => batchStep(
                  step.id,
                  buildListManagedDevicesRequest(
                    callOptions,
                    {
                      baseUrl: options.baseUrl,
                      headers: { ...options.headers, ...callOptions.headers }
                    }
                  ),
                  readListManagedDevicesResult,
                  step
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                createManagedDeviceOperation,
                (build) => buildCreateManagedDeviceRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.createManagedDevice,
                safe: (body, callOptions = {}) => transport.sendResult(
                  createManagedDeviceOperation,
                  (build) => buildCreateManagedDeviceRequest({}, body, build),
                  callOptions
                ),
                step: (step, body, callOptions = {}) => batchStep(
                  step.id,
                  buildCreateManagedDeviceRequest(
                    {},
                    body,
                    {
                      baseUrl: options.baseUrl,
                      headers: { ...options.headers, ...callOptions.headers }
                    }
                  ),
                  readCreateManagedDeviceResult,
                  step
                )
              }
            ),
            byManagedDeviceId: (managedDeviceId) => ({
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getManagedDeviceOperation,
                  (build) => buildGetManagedDeviceRequest(
                    { ...callOptions, path: { "managedDevice-id": managedDeviceId } },
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.getManagedDevice,
                  safe: (callOptions = {}) => transport.sendResult(
                    getManagedDeviceOperation,
                    (build) => buildGetManagedDeviceRequest(
                      { ...callOptions, path: { "managedDevice-id": managedDeviceId } },
                      build
                    ),
                    callOptions
                  ),
                  step: (step, callOptions = {}) => batchStep(
                    step.id,
                    buildGetManagedDeviceRequest(
                      { ...callOptions, path: { "managedDevice-id": managedDeviceId } },
                      {
                        baseUrl: options.baseUrl,
                        headers: { ...options.headers, ...callOptions.headers }
                      }
                    ),
                    readGetManagedDeviceResult,
                    step
                  )
                }
              ),
              patch: Object.assign(
                (body, callOptions = {}) => transport.send(
                  updateManagedDeviceOperation,
                  (build) => buildUpdateManagedDeviceRequest(
                    { path: { "managedDevice-id": managedDeviceId } },
                    body,
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.updateManagedDevice,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    updateManagedDeviceOperation,
                    (build) => buildUpdateManagedDeviceRequest(
                      { path: { "managedDevice-id": managedDeviceId } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  step: (step, body, callOptions = {}) => batchStep(
                    step.id,
                    buildUpdateManagedDeviceRequest(
                      { path: { "managedDevice-id": managedDeviceId } },
                      body,
                      {
                        baseUrl: options.baseUrl,
                        headers: { ...options.headers, ...callOptions.headers }
                      }
                    ),
                    readUpdateManagedDeviceResult,
                    step
                  )
                }
              )
            })
          };
        }
      };
    }
  };
}
export {
  ApiError,
  CrossOriginLinkError,
  InvalidRequestError,
  InvalidResponseError,
  MAX_BATCH_STEPS,
  NetworkError,
  TimeoutError,
  batchStep,
  buildCreateManagedDeviceRequest,
  buildGetManagedDeviceRequest,
  buildListManagedDevicesRequest,
  buildUpdateManagedDeviceRequest,
  createBatchClient,
  createClient,
  readCreateManagedDeviceResult,
  readGetManagedDeviceResult,
  readListManagedDevicesResult,
  readUpdateManagedDeviceResult
};
