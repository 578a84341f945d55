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
const arraySchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/arrays",
  path: ["/anything/arrays"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readArraySchemaSupportResult(response, options) {
  return readResult(arraySchemaSupportOperation, response, options);
}
const arrayTopLevelObjectsOperation = {
  method: "POST",
  pathTemplate: "/anything/arrays/top-level-payloads",
  path: ["/anything/arrays/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readArrayTopLevelObjectsResult(response, options) {
  return readResult(arrayTopLevelObjectsOperation, response, options);
}
const arrayTopLevelPrimitivesOperation = {
  method: "PATCH",
  pathTemplate: "/anything/arrays/top-level-payloads",
  path: ["/anything/arrays/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readArrayTopLevelPrimitivesResult(response, options) {
  return readResult(arrayTopLevelPrimitivesOperation, response, options);
}
const booleanSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/booleans",
  path: ["/anything/booleans"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readBooleanSchemaSupportResult(response, options) {
  return readResult(booleanSchemaSupportOperation, response, options);
}
const booleanTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/booleans",
  path: ["/anything/booleans"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readBooleanTopLevelResult(response, options) {
  return readResult(booleanTopLevelOperation, response, options);
}
const circularHandlingOperation = {
  method: "POST",
  pathTemplate: "/anything/circular",
  path: ["/anything/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readCircularHandlingResult(response, options) {
  return readResult(circularHandlingOperation, response, options);
}
const circularTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/circular",
  path: ["/anything/circular"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readCircularTopLevelResult(response, options) {
  return readResult(circularTopLevelOperation, response, options);
}
const mixedSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/mixed",
  path: ["/anything/mixed"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateMixedSchemaSupportRequestBody(value),
    "POST /anything/mixed request body"
  )
};
function buildMixedSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(mixedSchemaSupportOperation, parameters, body, options);
}
function readMixedSchemaSupportResult(response, options) {
  return readResult(mixedSchemaSupportOperation, response, options);
}
const nullSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/null",
  path: ["/anything/null"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateNullSchemaSupportRequestBody(value),
    "POST /anything/null request body"
  )
};
function buildNullSchemaSupportRequest(parameters = {}, body, options) {
  return buildRequest(nullSchemaSupportOperation, parameters, body, options);
}
function readNullSchemaSupportResult(response, options) {
  return readResult(nullSchemaSupportOperation, response, options);
}
const numberFormatSupportOperation = {
  method: "PUT",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readNumberFormatSupportResult(response, options) {
  return readResult(numberFormatSupportOperation, response, options);
}
const numberSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readNumberSchemaSupportResult(response, options) {
  return readResult(numberSchemaSupportOperation, response, options);
}
const numberTopLevelOperation = {
  method: "PATCH",
  pathTemplate: "/anything/numbers",
  path: ["/anything/numbers"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateNumberTopLevelRequestBody(value),
    "PATCH /anything/numbers request body"
  )
};
function buildNumberTopLevelRequest(parameters = {}, body, options) {
  return buildRequest(numberTopLevelOperation, parameters, body, options);
}
function readNumberTopLevelResult(response, options) {
  return readResult(numberTopLevelOperation, response, options);
}
const objectSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/objects",
  path: ["/anything/objects"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readObjectSchemaSupportResult(response, options) {
  return readResult(objectSchemaSupportOperation, response, options);
}
const quirksMissingTypeOperation = {
  method: "POST",
  pathTemplate: "/anything/quirks",
  path: ["/anything/quirks"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readQuirksMissingTypeResult(response, options) {
  return readResult(quirksMissingTypeOperation, response, options);
}
const quirksEntirelyIncompatibleAllOfOperation = {
  method: "PUT",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
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
function readQuirksEntirelyIncompatibleAllOfResult(response, options) {
  return readResult(quirksEntirelyIncompatibleAllOfOperation, response, options);
}
const quirksIncompatibleNestedAllOfOperation = {
  method: "POST",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
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
function readQuirksIncompatibleNestedAllOfResult(response, options) {
  return readResult(quirksIncompatibleNestedAllOfOperation, response, options);
}
const quirksPartiallyUsableIncompatibleAllOfOperation = {
  method: "PATCH",
  pathTemplate: "/anything/quirks/polymorphism",
  path: ["/anything/quirks/polymorphism"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": true },
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
function readQuirksPartiallyUsableIncompatibleAllOfResult(response, options) {
  return readResult(quirksPartiallyUsableIncompatibleAllOfOperation, response, options);
}
const rawBodyTopLevelOperation = {
  method: "POST",
  pathTemplate: "/anything/raw_body/top-level-payloads",
  path: ["/anything/raw_body/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readRawBodyTopLevelResult(response, options) {
  return readResult(rawBodyTopLevelOperation, response, options);
}
const rawBodyTopLevelJSONOperation = {
  method: "PATCH",
  pathTemplate: "/anything/raw_body/top-level-payloads",
  path: ["/anything/raw_body/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readRawBodyTopLevelJSONResult(response, options) {
  return readResult(rawBodyTopLevelJSONOperation, response, options);
}
const stringFormatSupportOperation = {
  method: "PUT",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readStringFormatSupportResult(response, options) {
  return readResult(stringFormatSupportOperation, response, options);
}
const stringSchemaSupportOperation = {
  method: "POST",
  pathTemplate: "/anything/strings",
  path: ["/anything/strings"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readStringSchemaSupportResult(response, options) {
  return readResult(stringSchemaSupportOperation, response, options);
}
const stringTopLevelOperation = {
  method: "POST",
  pathTemplate: "/anything/strings/top-level-payloads",
  path: ["/anything/strings/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readStringTopLevelResult(response, options) {
  return readResult(stringTopLevelOperation, response, options);
}
const stringTopLevelJSONOperation = {
  method: "PATCH",
  pathTemplate: "/anything/strings/top-level-payloads",
  path: ["/anything/strings/top-level-payloads"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  body: { "kind": "json", "contentType": "application/json", "required": false },
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
function readStringTopLevelJSONResult(response, options) {
  return readResult(stringTopLevelJSONOperation, response, options);
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
              {
                permissions: permissions.arraySchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  arraySchemaSupportOperation,
                  (build) => buildArraySchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            get topLevelPayloads() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    arrayTopLevelObjectsOperation,
                    (build) => buildArrayTopLevelObjectsRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.arrayTopLevelObjects,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      arrayTopLevelObjectsOperation,
                      (build) => buildArrayTopLevelObjectsRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    arrayTopLevelPrimitivesOperation,
                    (build) => buildArrayTopLevelPrimitivesRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.arrayTopLevelPrimitives,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      arrayTopLevelPrimitivesOperation,
                      (build) => buildArrayTopLevelPrimitivesRequest({}, body, build),
                      callOptions
                    )
                  }
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
              {
                permissions: permissions.booleanSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  booleanSchemaSupportOperation,
                  (build) => buildBooleanSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                booleanTopLevelOperation,
                (build) => buildBooleanTopLevelRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.booleanTopLevel,
                safe: (body, callOptions = {}) => transport.sendResult(
                  booleanTopLevelOperation,
                  (build) => buildBooleanTopLevelRequest({}, body, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.circularHandling,
                safe: (body, callOptions = {}) => transport.sendResult(
                  circularHandlingOperation,
                  (build) => buildCircularHandlingRequest({}, body, build),
                  callOptions
                )
              }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                circularTopLevelOperation,
                (build) => buildCircularTopLevelRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.circularTopLevel,
                safe: (body, callOptions = {}) => transport.sendResult(
                  circularTopLevelOperation,
                  (build) => buildCircularTopLevelRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get mixed() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                mixedSchemaSupportOperation,
                (build) => buildMixedSchemaSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.mixedSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  mixedSchemaSupportOperation,
                  (build) => buildMixedSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
            )
          };
        },
        get null() {
          return {
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                nullSchemaSupportOperation,
                (build) => buildNullSchemaSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.nullSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  nullSchemaSupportOperation,
                  (build) => buildNullSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.numberFormatSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  numberFormatSupportOperation,
                  (build) => buildNumberFormatSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberSchemaSupportOperation,
                (build) => buildNumberSchemaSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.numberSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  numberSchemaSupportOperation,
                  (build) => buildNumberSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            patch: Object.assign(
              (body, callOptions = {}) => transport.send(
                numberTopLevelOperation,
                (build) => buildNumberTopLevelRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.numberTopLevel,
                safe: (body, callOptions = {}) => transport.sendResult(
                  numberTopLevelOperation,
                  (build) => buildNumberTopLevelRequest({}, body, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.objectSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  objectSchemaSupportOperation,
                  (build) => buildObjectSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.quirksMissingType,
                safe: (body, callOptions = {}) => transport.sendResult(
                  quirksMissingTypeOperation,
                  (build) => buildQuirksMissingTypeRequest({}, body, build),
                  callOptions
                )
              }
            ),
            get polymorphism() {
              return {
                put: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksEntirelyIncompatibleAllOfOperation,
                    (build) => buildQuirksEntirelyIncompatibleAllOfRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.quirksEntirelyIncompatibleAllOf,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      quirksEntirelyIncompatibleAllOfOperation,
                      (build) => buildQuirksEntirelyIncompatibleAllOfRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksIncompatibleNestedAllOfOperation,
                    (build) => buildQuirksIncompatibleNestedAllOfRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.quirksIncompatibleNestedAllOf,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      quirksIncompatibleNestedAllOfOperation,
                      (build) => buildQuirksIncompatibleNestedAllOfRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    quirksPartiallyUsableIncompatibleAllOfOperation,
                    (build) => buildQuirksPartiallyUsableIncompatibleAllOfRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.quirksPartiallyUsableIncompatibleAllOf,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      quirksPartiallyUsableIncompatibleAllOfOperation,
                      (build) => buildQuirksPartiallyUsableIncompatibleAllOfRequest(
                        {},
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
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
                  {
                    permissions: permissions.rawBodyTopLevel,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      rawBodyTopLevelOperation,
                      (build) => buildRawBodyTopLevelRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    rawBodyTopLevelJSONOperation,
                    (build) => buildRawBodyTopLevelJSONRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.rawBodyTopLevelJSON,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      rawBodyTopLevelJSONOperation,
                      (build) => buildRawBodyTopLevelJSONRequest({}, body, build),
                      callOptions
                    )
                  }
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
              {
                permissions: permissions.stringFormatSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  stringFormatSupportOperation,
                  (build) => buildStringFormatSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                stringSchemaSupportOperation,
                (build) => buildStringSchemaSupportRequest({}, body, build),
                callOptions
              ),
              {
                permissions: permissions.stringSchemaSupport,
                safe: (body, callOptions = {}) => transport.sendResult(
                  stringSchemaSupportOperation,
                  (build) => buildStringSchemaSupportRequest({}, body, build),
                  callOptions
                )
              }
            ),
            get topLevelPayloads() {
              return {
                post: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    stringTopLevelOperation,
                    (build) => buildStringTopLevelRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.stringTopLevel,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      stringTopLevelOperation,
                      (build) => buildStringTopLevelRequest({}, body, build),
                      callOptions
                    )
                  }
                ),
                patch: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    stringTopLevelJSONOperation,
                    (build) => buildStringTopLevelJSONRequest({}, body, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.stringTopLevelJSON,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      stringTopLevelJSONOperation,
                      (build) => buildStringTopLevelJSONRequest({}, body, build),
                      callOptions
                    )
                  }
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
  buildMixedSchemaSupportRequest,
  buildNullSchemaSupportRequest,
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
  createClient,
  readArraySchemaSupportResult,
  readArrayTopLevelObjectsResult,
  readArrayTopLevelPrimitivesResult,
  readBooleanSchemaSupportResult,
  readBooleanTopLevelResult,
  readCircularHandlingResult,
  readCircularTopLevelResult,
  readMixedSchemaSupportResult,
  readNullSchemaSupportResult,
  readNumberFormatSupportResult,
  readNumberSchemaSupportResult,
  readNumberTopLevelResult,
  readObjectSchemaSupportResult,
  readQuirksEntirelyIncompatibleAllOfResult,
  readQuirksIncompatibleNestedAllOfResult,
  readQuirksMissingTypeResult,
  readQuirksPartiallyUsableIncompatibleAllOfResult,
  readRawBodyTopLevelJSONResult,
  readRawBodyTopLevelResult,
  readStringFormatSupportResult,
  readStringSchemaSupportResult,
  readStringTopLevelJSONResult,
  readStringTopLevelResult
};
