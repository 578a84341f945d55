import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const xCodeSamplesOperation = {
  method: "GET",
  pathTemplate: "/x-code-samples",
  path: ["/x-code-samples"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXCodeSamplesRequest(parameters = {}, options) {
  return buildRequest(xCodeSamplesOperation, parameters, void 0, options);
}
function readXCodeSamplesResult(response, options) {
  return readResult(xCodeSamplesOperation, response, options);
}
const xReadmeCodeSamplesOperation = {
  method: "POST",
  pathTemplate: "/x-code-samples",
  path: ["/x-code-samples"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validateXReadmeCodeSamplesRequestBody(value),
    "POST /x-code-samples request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateXReadmeCodeSamplesResponse(value),
    "POST /x-code-samples response body"
  )
};
function buildXReadmeCodeSamplesRequest(parameters = {}, body, options) {
  return buildRequest(xReadmeCodeSamplesOperation, parameters, body, options);
}
function readXReadmeCodeSamplesResult(response, options) {
  return readResult(xReadmeCodeSamplesOperation, response, options);
}
const xReadmeExplorerEnabledOperation = {
  method: "POST",
  pathTemplate: "/x-explorer-enabled",
  path: ["/x-explorer-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateXReadmeExplorerEnabledRequestBody(value),
    "POST /x-explorer-enabled request body"
  )
};
function buildXReadmeExplorerEnabledRequest(parameters = {}, body, options) {
  return buildRequest(xReadmeExplorerEnabledOperation, parameters, body, options);
}
function readXReadmeExplorerEnabledResult(response, options) {
  return readResult(xReadmeExplorerEnabledOperation, response, options);
}
const xExplorerEnabledOperation = {
  method: "PATCH",
  pathTemplate: "/x-explorer-enabled",
  path: ["/x-explorer-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "petstore_auth" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateXExplorerEnabledRequestBody(value),
    "PATCH /x-explorer-enabled request body"
  )
};
function buildXExplorerEnabledRequest(parameters = {}, body, options) {
  return buildRequest(xExplorerEnabledOperation, parameters, body, options);
}
function readXExplorerEnabledResult(response, options) {
  return readResult(xExplorerEnabledOperation, response, options);
}
const xReadmeHeadersOperation = {
  method: "POST",
  pathTemplate: "/x-headers",
  path: ["/x-headers"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXReadmeHeadersRequest(parameters = {}, options) {
  return buildRequest(xReadmeHeadersOperation, parameters, void 0, options);
}
function readXReadmeHeadersResult(response, options) {
  return readResult(xReadmeHeadersOperation, response, options);
}
const xHeadersOperation = {
  method: "PATCH",
  pathTemplate: "/x-headers",
  path: ["/x-headers"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXHeadersRequest(parameters = {}, options) {
  return buildRequest(xHeadersOperation, parameters, void 0, options);
}
function readXHeadersResult(response, options) {
  return readResult(xHeadersOperation, response, options);
}
const xReadmeMetricsEnabledOperation = {
  method: "POST",
  pathTemplate: "/x-metrics-enabled",
  path: ["/x-metrics-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXReadmeMetricsEnabledRequest(parameters = {}, options) {
  return buildRequest(xReadmeMetricsEnabledOperation, parameters, void 0, options);
}
function readXReadmeMetricsEnabledResult(response, options) {
  return readResult(xReadmeMetricsEnabledOperation, response, options);
}
const xMetricsEnabledOperation = {
  method: "PATCH",
  pathTemplate: "/x-metrics-enabled",
  path: ["/x-metrics-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXMetricsEnabledRequest(parameters = {}, options) {
  return buildRequest(xMetricsEnabledOperation, parameters, void 0, options);
}
function readXMetricsEnabledResult(response, options) {
  return readResult(xMetricsEnabledOperation, response, options);
}
const xReadmeProxyEnabledOperation = {
  method: "POST",
  pathTemplate: "/x-proxy-enabled",
  path: ["/x-proxy-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXReadmeProxyEnabledRequest(parameters = {}, options) {
  return buildRequest(xReadmeProxyEnabledOperation, parameters, void 0, options);
}
function readXReadmeProxyEnabledResult(response, options) {
  return readResult(xReadmeProxyEnabledOperation, response, options);
}
const xProxyEnabledOperation = {
  method: "PATCH",
  pathTemplate: "/x-proxy-enabled",
  path: ["/x-proxy-enabled"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXProxyEnabledRequest(parameters = {}, options) {
  return buildRequest(xProxyEnabledOperation, parameters, void 0, options);
}
function readXProxyEnabledResult(response, options) {
  return readResult(xProxyEnabledOperation, response, options);
}
const xReadmeSamplesLanguagesOperation = {
  method: "GET",
  pathTemplate: "/x-samples-languages",
  path: ["/x-samples-languages"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXReadmeSamplesLanguagesRequest(parameters = {}, options) {
  return buildRequest(xReadmeSamplesLanguagesOperation, parameters, void 0, options);
}
function readXReadmeSamplesLanguagesResult(response, options) {
  return readResult(xReadmeSamplesLanguagesOperation, response, options);
}
const xSamplesLanguagesOperation = {
  method: "POST",
  pathTemplate: "/x-samples-languages",
  path: ["/x-samples-languages"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  bearerAuth: false,
  response: "none"
};
function buildXSamplesLanguagesRequest(parameters = {}, options) {
  return buildRequest(xSamplesLanguagesOperation, parameters, void 0, options);
}
function readXSamplesLanguagesResult(response, options) {
  return readResult(xSamplesLanguagesOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get xCodeSamples() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            xCodeSamplesOperation,
            (build) => buildXCodeSamplesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xCodeSamples,
            safe: (callOptions = {}) => transport.sendResult(
              xCodeSamplesOperation,
              (build) => buildXCodeSamplesRequest({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            xReadmeCodeSamplesOperation,
            (build) => buildXReadmeCodeSamplesRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeCodeSamples,
            safe: (body, callOptions = {}) => transport.sendResult(
              xReadmeCodeSamplesOperation,
              (build) => buildXReadmeCodeSamplesRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get xExplorerEnabled() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            xReadmeExplorerEnabledOperation,
            (build) => buildXReadmeExplorerEnabledRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeExplorerEnabled,
            safe: (body, callOptions = {}) => transport.sendResult(
              xReadmeExplorerEnabledOperation,
              (build) => buildXReadmeExplorerEnabledRequest({}, body, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            xExplorerEnabledOperation,
            (build) => buildXExplorerEnabledRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.xExplorerEnabled,
            safe: (body, callOptions = {}) => transport.sendResult(
              xExplorerEnabledOperation,
              (build) => buildXExplorerEnabledRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get xHeaders() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            xReadmeHeadersOperation,
            (build) => buildXReadmeHeadersRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeHeaders,
            safe: (callOptions = {}) => transport.sendResult(
              xReadmeHeadersOperation,
              (build) => buildXReadmeHeadersRequest({}, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (callOptions = {}) => transport.send(
            xHeadersOperation,
            (build) => buildXHeadersRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xHeaders,
            safe: (callOptions = {}) => transport.sendResult(
              xHeadersOperation,
              (build) => buildXHeadersRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get xMetricsEnabled() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            xReadmeMetricsEnabledOperation,
            (build) => buildXReadmeMetricsEnabledRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeMetricsEnabled,
            safe: (callOptions = {}) => transport.sendResult(
              xReadmeMetricsEnabledOperation,
              (build) => buildXReadmeMetricsEnabledRequest({}, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (callOptions = {}) => transport.send(
            xMetricsEnabledOperation,
            (build) => buildXMetricsEnabledRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xMetricsEnabled,
            safe: (callOptions = {}) => transport.sendResult(
              xMetricsEnabledOperation,
              (build) => buildXMetricsEnabledRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get xProxyEnabled() {
      return {
        post: Object.assign(
          (callOptions = {}) => transport.send(
            xReadmeProxyEnabledOperation,
            (build) => buildXReadmeProxyEnabledRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeProxyEnabled,
            safe: (callOptions = {}) => transport.sendResult(
              xReadmeProxyEnabledOperation,
              (build) => buildXReadmeProxyEnabledRequest({}, build),
              callOptions
            )
          }
        ),
        patch: Object.assign(
          (callOptions = {}) => transport.send(
            xProxyEnabledOperation,
            (build) => buildXProxyEnabledRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xProxyEnabled,
            safe: (callOptions = {}) => transport.sendResult(
              xProxyEnabledOperation,
              (build) => buildXProxyEnabledRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get xSamplesLanguages() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            xReadmeSamplesLanguagesOperation,
            (build) => buildXReadmeSamplesLanguagesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xReadmeSamplesLanguages,
            safe: (callOptions = {}) => transport.sendResult(
              xReadmeSamplesLanguagesOperation,
              (build) => buildXReadmeSamplesLanguagesRequest({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (callOptions = {}) => transport.send(
            xSamplesLanguagesOperation,
            (build) => buildXSamplesLanguagesRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.xSamplesLanguages,
            safe: (callOptions = {}) => transport.sendResult(
              xSamplesLanguagesOperation,
              (build) => buildXSamplesLanguagesRequest({}, build),
              callOptions
            )
          }
        )
      };
    }
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildXCodeSamplesRequest,
  buildXExplorerEnabledRequest,
  buildXHeadersRequest,
  buildXMetricsEnabledRequest,
  buildXProxyEnabledRequest,
  buildXReadmeCodeSamplesRequest,
  buildXReadmeExplorerEnabledRequest,
  buildXReadmeHeadersRequest,
  buildXReadmeMetricsEnabledRequest,
  buildXReadmeProxyEnabledRequest,
  buildXReadmeSamplesLanguagesRequest,
  buildXSamplesLanguagesRequest,
  createClient,
  readXCodeSamplesResult,
  readXExplorerEnabledResult,
  readXHeadersResult,
  readXMetricsEnabledResult,
  readXProxyEnabledResult,
  readXReadmeCodeSamplesResult,
  readXReadmeExplorerEnabledResult,
  readXReadmeHeadersResult,
  readXReadmeMetricsEnabledResult,
  readXReadmeProxyEnabledResult,
  readXReadmeSamplesLanguagesResult,
  readXSamplesLanguagesResult
};
