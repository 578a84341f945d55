import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const arraySchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/arrays",
  path: ["/anything/arrays"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateArraySchemaSupportRequestBody(value),
    "POST /anything/arrays request body"
  )
};
function buildArraySchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(arraySchemaSupportOperation, parameters, body, options);
}
const arrayTopLevelObjectsOperation = {
  method: "POST",
  pathTemplate: "/anything/arrays/top-level-payloads",
  path: ["/anything/arrays/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateArrayTopLevelObjectsRequestBody(value),
    "POST /anything/arrays/top-level-payloads request body"
  )
};
function buildArrayTopLevelObjectsRequest(parameters = {}, body, options) {
  return buildRequest(arrayTopLevelObjectsOperation, parameters, body, options);
}
const arrayTopLevelPrimitivesOperation = {
  method: "PATCH",
  pathTemplate: "/anything/arrays/top-level-payloads",
  path: ["/anything/arrays/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateArrayTopLevelPrimitivesRequestBody(value),
    "PATCH /anything/arrays/top-level-payloads request body"
  )
};
function buildArrayTopLevelPrimitivesRequest(parameters = {}, body, options) {
  return buildRequest(arrayTopLevelPrimitivesOperation, parameters, body, options);
}
const booleanSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/booleans",
  path: ["/anything/booleans"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateBooleanSchemaSupportRequestBody(value),
    "POST /anything/booleans request body"
  )
};
function buildBooleanSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(booleanSchemaSupportOperation, parameters, body, options);
}
const booleanTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/booleans",
  path: ["/anything/booleans"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateBooleanTopLevelRequestBody(value),
    "PATCH /anything/booleans request body"
  )
};
function buildBooleanTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(booleanTopLevelOperation, parameters, body, options);
}
const circularHandlingOperation = {
  method: "POST",
  pathTemplate: "/anything/circular",
  path: ["/anything/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCircularHandlingRequestBody(value),
    "POST /anything/circular request body"
  )
};
function buildCircularHandlingRequest(parameters = {}, body, options) {
  return buildRequest(circularHandlingOperation, parameters, body, options);
}
const circularTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/circular",
  path: ["/anything/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateCircularTopLevelRequestBody(value),
    "PATCH /anything/circular request body"
  )
};
function buildCircularTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(circularTopLevelOperation, parameters, body, options);
}
const numberFormatSupportOperation = {
  method: "PUT",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateNumberFormatSupportRequestBody(value),
    "PUT /anything/numbers request body"
  )
};
function buildNumberFormatSupportRequest(parameters = {}, body, options) {
  return buildRequest(numberFormatSupportOperation, parameters, body, options);
}
const numberSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateNumberSchemaSupportRequestBody(value),
    "POST /anything/numbers request body"
  )
};
function buildNumberSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(numberSchemaSupportOperation, parameters, body, options);
}
const numberTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(V.validateNumberTopLevelRequestBody(value), "PATCH /anything/numbers request body")
};
function buildNumberTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(numberTopLevelOperation, parameters, body, options);
}
const objectSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/objects",
  path: ["/anything/objects"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateObjectSchemaSupportRequestBody(value),
    "POST /anything/objects request body"
  )
};
function buildObjectSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(objectSchemaSupportOperation, parameters, body, options);
}
const quirksMissingTypeOperation = {
  method: "POST",
  pathTemplate: "/anything/quirks",
  path: ["/anything/quirks"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateQuirksMissingTypeRequestBody(value),
    "POST /anything/quirks request body"
  )
};
function buildQuirksMissingTypeRequest(parameters = {}, body, options) {
  return buildRequest(quirksMissingTypeOperation, parameters, body, options);
}
const quirksEntirelyIncompatibleAllOfOperation = {
  method: "PUT",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateQuirksEntirelyIncompatibleAllOfRequestBody(value),
    "PUT /anything/quirks/polymorphism request body"
  )
};
function buildQuirksEntirelyIncompatibleAllOfRequest(parameters = {}, body, options) {
  return buildRequest(quirksEntirelyIncompatibleAllOfOperation, parameters, body, options);
}
const quirksIncompatibleNestedAllOfOperation = {
  method: "POST",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateQuirksIncompatibleNestedAllOfRequestBody(value),
    "POST /anything/quirks/polymorphism request body"
  )
};
function buildQuirksIncompatibleNestedAllOfRequest(parameters = {}, body, options) {
  return buildRequest(quirksIncompatibleNestedAllOfOperation, parameters, body, options);
}
const quirksPartiallyUsableIncompatibleAllOfOperation = {
  method: "PATCH",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateQuirksPartiallyUsableIncompatibleAllOfRequestBody(value),
    "PATCH /anything/quirks/polymorphism request body"
  )
};
function buildQuirksPartiallyUsableIncompatibleAllOfRequest(parameters = {}, body, options) {
  return buildRequest(quirksPartiallyUsableIncompatibleAllOfOperation, parameters, body, options);
}
const rawBodyTopLevelOperation = {
  method: "POST",
  pathTemplate: "/anything/raw_body/top-level-payloads",
  path: ["/anything/raw_body/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateRawBodyTopLevelRequestBody(value),
    "POST /anything/raw_body/top-level-payloads request body"
  )
};
function buildRawBodyTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(rawBodyTopLevelOperation, parameters, body, options);
}
const rawBodyTopLevelJSONOperation = {
  method: "PATCH",
  pathTemplate: "/anything/raw_body/top-level-payloads",
  path: ["/anything/raw_body/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateRawBodyTopLevelJSONRequestBody(value),
    "PATCH /anything/raw_body/top-level-payloads request body"
  )
};
function buildRawBodyTopLevelJSONRequest(parameters = {}, body, options) {
  return buildRequest(rawBodyTopLevelJSONOperation, parameters, body, options);
}
const stringFormatSupportOperation = {
  method: "PUT",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateStringFormatSupportRequestBody(value),
    "PUT /anything/strings request body"
  )
};
function buildStringFormatSupportRequest(parameters = {}, body, options) {
  return buildRequest(stringFormatSupportOperation, parameters, body, options);
}
const stringSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateStringSchemaSupportRequestBody(value),
    "POST /anything/strings request body"
  )
};
function buildStringSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(stringSchemaSupportOperation, parameters, body, options);
}
const stringTopLevelOperation = {
  method: "POST",
  pathTemplate: "/anything/strings/top-level-payloads",
  path: ["/anything/strings/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateStringTopLevelRequestBody(value),
    "POST /anything/strings/top-level-payloads request body"
  )
};
function buildStringTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(stringTopLevelOperation, parameters, body, options);
}
const stringTopLevelJSONOperation = {
  method: "PATCH",
  pathTemplate: "/anything/strings/top-level-payloads",
  path: ["/anything/strings/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateStringTopLevelJSONRequestBody(value),
    "PATCH /anything/strings/top-level-payloads request body"
  )
};
function buildStringTopLevelJSONRequest(parameters = {}, body, options) {
  return buildRequest(stringTopLevelJSONOperation, parameters, body, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get anything() {
      return {
        get arrays() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                arraySchemaSupportOperation,
                (build) => buildArraySchemaSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.arraySchemaSupport }
            ),
            get topLevelPayloads() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    arrayTopLevelObjectsOperation,
                    (build) => buildArrayTopLevelObjectsRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.arrayTopLevelObjects }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    arrayTopLevelPrimitivesOperation,
                    (build) => buildArrayTopLevelPrimitivesRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.arrayTopLevelPrimitives }
                )
              };
            }
          };
        },
        get booleans() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                booleanSchemaSupportOperation,
                (build) => buildBooleanSchemaSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.booleanSchemaSupport }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                booleanTopLevelOperation,
                (build) => buildBooleanTopLevelRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.booleanTopLevel }
            )
          };
        },
        get circular() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                circularHandlingOperation,
                (build) => buildCircularHandlingRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.circularHandling }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                circularTopLevelOperation,
                (build) => buildCircularTopLevelRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.circularTopLevel }
            )
          };
        },
        get numbers() {
          return {
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberFormatSupportOperation,
                (build) => buildNumberFormatSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.numberFormatSupport }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberSchemaSupportOperation,
                (build) => buildNumberSchemaSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.numberSchemaSupport }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberTopLevelOperation,
                (build) => buildNumberTopLevelRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.numberTopLevel }
            )
          };
        },
        get objects() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                objectSchemaSupportOperation,
                (build) => buildObjectSchemaSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.objectSchemaSupport }
            )
          };
        },
        get quirks() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                quirksMissingTypeOperation,
                (build) => buildQuirksMissingTypeRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.quirksMissingType }
            ),
            get polymorphism() {
              return {
                put: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksEntirelyIncompatibleAllOfOperation,
                    (build) => buildQuirksEntirelyIncompatibleAllOfRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.quirksEntirelyIncompatibleAllOf }
                ),
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksIncompatibleNestedAllOfOperation,
                    (build) => buildQuirksIncompatibleNestedAllOfRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.quirksIncompatibleNestedAllOf }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksPartiallyUsableIncompatibleAllOfOperation,
                    (build) => buildQuirksPartiallyUsableIncompatibleAllOfRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.quirksPartiallyUsableIncompatibleAllOf }
                )
              };
            }
          };
        },
        get rawBody() {
          return {
            get topLevelPayloads() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    rawBodyTopLevelOperation,
                    (build) => buildRawBodyTopLevelRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.rawBodyTopLevel }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    rawBodyTopLevelJSONOperation,
                    (build) => buildRawBodyTopLevelJSONRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.rawBodyTopLevelJSON }
                )
              };
            }
          };
        },
        get strings() {
          return {
            put: Object.assign(
              (body, callOptions = {}) => transport.send(
                stringFormatSupportOperation,
                (build) => buildStringFormatSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.stringFormatSupport }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                stringSchemaSupportOperation,
                (build) => buildStringSchemaSupportRequest({}, body, build),
                callOptions
              ),
              { permissions: permissions.stringSchemaSupport }
            ),
            get topLevelPayloads() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    stringTopLevelOperation,
                    (build) => buildStringTopLevelRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.stringTopLevel }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    stringTopLevelJSONOperation,
                    (build) => buildStringTopLevelJSONRequest({}, body, build),
                    callOptions
                  ),
                  { permissions: permissions.stringTopLevelJSON }
                )
              };
            }
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
  NetworkError,
  TimeoutError,
  buildArraySchemaSupportRequest,
  buildArrayTopLevelObjectsRequest,
  buildArrayTopLevelPrimitivesRequest,
  buildBooleanSchemaSupportRequest,
  buildBooleanTopLevelRequest,
  buildCircularHandlingRequest,
  buildCircularTopLevelRequest,
  buildNumberFormatSupportRequest,
  buildNumberSchemaSupportRequest,
  buildNumberTopLevelRequest,
  buildObjectSchemaSupportRequest,
  buildQuirksEntirelyIncompatibleAllOfRequest,
  buildQuirksIncompatibleNestedAllOfRequest,
  buildQuirksMissingTypeRequest,
  buildQuirksPartiallyUsableIncompatibleAllOfRequest,
  buildRawBodyTopLevelJSONRequest,
  buildRawBodyTopLevelRequest,
  buildStringFormatSupportRequest,
  buildStringSchemaSupportRequest,
  buildStringTopLevelJSONRequest,
  buildStringTopLevelRequest,
  createClient
};
