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
const oneOfWithTopLevelDiscriminatorAndMappingOperation = {
  method: "PATCH",
  pathTemplate: "/discriminator-with-mapping",
  path: ["/discriminator-with-mapping"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody(value),
    "PATCH /discriminator-with-mapping request body"
  )
};
function buildOneOfWithTopLevelDiscriminatorAndMappingRequest(parameters = {}, body, options) {
  return buildRequest(oneOfWithTopLevelDiscriminatorAndMappingOperation, parameters, body, options);
}
function readOneOfWithTopLevelDiscriminatorAndMappingResult(response, options) {
  return readResult(oneOfWithTopLevelDiscriminatorAndMappingOperation, response, options);
}
const oneOfWithTopLevelDiscriminatorNoMappingOperation = {
  method: "PATCH",
  pathTemplate: "/discriminator-with-no-mapping",
  path: ["/discriminator-with-no-mapping"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody(value),
    "PATCH /discriminator-with-no-mapping request body"
  )
};
function buildOneOfWithTopLevelDiscriminatorNoMappingRequest(parameters = {}, body, options) {
  return buildRequest(oneOfWithTopLevelDiscriminatorNoMappingOperation, parameters, body, options);
}
function readOneOfWithTopLevelDiscriminatorNoMappingResult(response, options) {
  return readResult(oneOfWithTopLevelDiscriminatorNoMappingOperation, response, options);
}
const patchEmbeddedDiscriminatorOperation = {
  method: "PATCH",
  pathTemplate: "/embedded-discriminator",
  path: ["/embedded-discriminator"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchEmbeddedDiscriminatorRequestBody(value),
    "PATCH /embedded-discriminator request body"
  )
};
function buildPatchEmbeddedDiscriminatorRequest(parameters = {}, body, options) {
  return buildRequest(patchEmbeddedDiscriminatorOperation, parameters, body, options);
}
function readPatchEmbeddedDiscriminatorResult(response, options) {
  return readResult(patchEmbeddedDiscriminatorOperation, response, options);
}
const oneOfWithImproperlyPlacedDiscriminatorOperation = {
  method: "PATCH",
  pathTemplate: "/improper-discriminator-placement",
  path: ["/improper-discriminator-placement"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateOneOfWithImproperlyPlacedDiscriminatorRequestBody(value),
    "PATCH /improper-discriminator-placement request body"
  )
};
function buildOneOfWithImproperlyPlacedDiscriminatorRequest(parameters = {}, body, options) {
  return buildRequest(oneOfWithImproperlyPlacedDiscriminatorOperation, parameters, body, options);
}
function readOneOfWithImproperlyPlacedDiscriminatorResult(response, options) {
  return readResult(oneOfWithImproperlyPlacedDiscriminatorOperation, response, options);
}
const patchMappingOfSchemaNamesOperation = {
  method: "PATCH",
  pathTemplate: "/mapping-of-schema-names",
  path: ["/mapping-of-schema-names"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchMappingOfSchemaNamesRequestBody(value),
    "PATCH /mapping-of-schema-names request body"
  )
};
function buildPatchMappingOfSchemaNamesRequest(parameters = {}, body, options) {
  return buildRequest(patchMappingOfSchemaNamesOperation, parameters, body, options);
}
function readPatchMappingOfSchemaNamesResult(response, options) {
  return readResult(patchMappingOfSchemaNamesOperation, response, options);
}
const patchMappingWithDuplicateSchemasOperation = {
  method: "PATCH",
  pathTemplate: "/mapping-with-duplicate-schemas",
  path: ["/mapping-with-duplicate-schemas"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchMappingWithDuplicateSchemasRequestBody(value),
    "PATCH /mapping-with-duplicate-schemas request body"
  )
};
function buildPatchMappingWithDuplicateSchemasRequest(parameters = {}, body, options) {
  return buildRequest(patchMappingWithDuplicateSchemasOperation, parameters, body, options);
}
function readPatchMappingWithDuplicateSchemasResult(response, options) {
  return readResult(patchMappingWithDuplicateSchemasOperation, response, options);
}
const patchNestedOneOfObjectWithNestedOneOfOperation = {
  method: "PATCH",
  pathTemplate: "/nested-one-of-object-with-nested-one-of",
  path: ["/nested-one-of-object-with-nested-one-of"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchNestedOneOfObjectWithNestedOneOfRequestBody(value),
    "PATCH /nested-one-of-object-with-nested-one-of request body"
  )
};
function buildPatchNestedOneOfObjectWithNestedOneOfRequest(parameters = {}, body, options) {
  return buildRequest(patchNestedOneOfObjectWithNestedOneOfOperation, parameters, body, options);
}
function readPatchNestedOneOfObjectWithNestedOneOfResult(response, options) {
  return readResult(patchNestedOneOfObjectWithNestedOneOfOperation, response, options);
}
const patchOneofAllofTopLevelDiscOperation = {
  method: "PATCH",
  pathTemplate: "/oneof-allof-top-level-disc",
  path: ["/oneof-allof-top-level-disc"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePatchOneofAllofTopLevelDiscRequestBody(value),
    "PATCH /oneof-allof-top-level-disc request body"
  )
};
function buildPatchOneofAllofTopLevelDiscRequest(parameters = {}, body, options) {
  return buildRequest(patchOneofAllofTopLevelDiscOperation, parameters, body, options);
}
function readPatchOneofAllofTopLevelDiscResult(response, options) {
  return readResult(patchOneofAllofTopLevelDiscOperation, response, options);
}
const postPotentiallyUndefinedFormDataOperation = {
  method: "POST",
  pathTemplate: "/potentially-undefined-formData",
  path: ["/potentially-undefined-formData"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validatePostPotentiallyUndefinedFormDataRequestBody(value),
    "POST /potentially-undefined-formData request body"
  )
};
function buildPostPotentiallyUndefinedFormDataRequest(parameters = {}, body, options) {
  return buildRequest(postPotentiallyUndefinedFormDataOperation, parameters, body, options);
}
function readPostPotentiallyUndefinedFormDataResult(response, options) {
  return readResult(postPotentiallyUndefinedFormDataOperation, response, options);
}
const redoclyQuirkOperation = {
  method: "PATCH",
  pathTemplate: "/redocly-flavored-discriminator",
  path: ["/redocly-flavored-discriminator"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: false,
  response: "none",
  checkBody: (value) => assertValid(
    V.validateRedoclyQuirkRequestBody(value),
    "PATCH /redocly-flavored-discriminator request body"
  )
};
function buildRedoclyQuirkRequest(parameters = {}, body, options) {
  return buildRequest(redoclyQuirkOperation, parameters, body, options);
}
function readRedoclyQuirkResult(response, options) {
  return readResult(redoclyQuirkOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get discriminatorWithMapping() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            oneOfWithTopLevelDiscriminatorAndMappingOperation,
            (build) => buildOneOfWithTopLevelDiscriminatorAndMappingRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.oneOfWithTopLevelDiscriminatorAndMapping,
            safe: (body, callOptions = {}) => transport.sendResult(
              oneOfWithTopLevelDiscriminatorAndMappingOperation,
              (build) => buildOneOfWithTopLevelDiscriminatorAndMappingRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get discriminatorWithNoMapping() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            oneOfWithTopLevelDiscriminatorNoMappingOperation,
            (build) => buildOneOfWithTopLevelDiscriminatorNoMappingRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.oneOfWithTopLevelDiscriminatorNoMapping,
            safe: (body, callOptions = {}) => transport.sendResult(
              oneOfWithTopLevelDiscriminatorNoMappingOperation,
              (build) => buildOneOfWithTopLevelDiscriminatorNoMappingRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get embeddedDiscriminator() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchEmbeddedDiscriminatorOperation,
            (build) => buildPatchEmbeddedDiscriminatorRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchEmbeddedDiscriminator,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchEmbeddedDiscriminatorOperation,
              (build) => buildPatchEmbeddedDiscriminatorRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get improperDiscriminatorPlacement() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            oneOfWithImproperlyPlacedDiscriminatorOperation,
            (build) => buildOneOfWithImproperlyPlacedDiscriminatorRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.oneOfWithImproperlyPlacedDiscriminator,
            safe: (body, callOptions = {}) => transport.sendResult(
              oneOfWithImproperlyPlacedDiscriminatorOperation,
              (build) => buildOneOfWithImproperlyPlacedDiscriminatorRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get mappingOfSchemaNames() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchMappingOfSchemaNamesOperation,
            (build) => buildPatchMappingOfSchemaNamesRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchMappingOfSchemaNames,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchMappingOfSchemaNamesOperation,
              (build) => buildPatchMappingOfSchemaNamesRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get mappingWithDuplicateSchemas() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchMappingWithDuplicateSchemasOperation,
            (build) => buildPatchMappingWithDuplicateSchemasRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchMappingWithDuplicateSchemas,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchMappingWithDuplicateSchemasOperation,
              (build) => buildPatchMappingWithDuplicateSchemasRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get nestedOneOfObjectWithNestedOneOf() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchNestedOneOfObjectWithNestedOneOfOperation,
            (build) => buildPatchNestedOneOfObjectWithNestedOneOfRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchNestedOneOfObjectWithNestedOneOf,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchNestedOneOfObjectWithNestedOneOfOperation,
              (build) => buildPatchNestedOneOfObjectWithNestedOneOfRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get oneofAllofTopLevelDisc() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            patchOneofAllofTopLevelDiscOperation,
            (build) => buildPatchOneofAllofTopLevelDiscRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.patchOneofAllofTopLevelDisc,
            safe: (body, callOptions = {}) => transport.sendResult(
              patchOneofAllofTopLevelDiscOperation,
              (build) => buildPatchOneofAllofTopLevelDiscRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get potentiallyUndefinedFormData() {
      return {
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            postPotentiallyUndefinedFormDataOperation,
            (build) => buildPostPotentiallyUndefinedFormDataRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.postPotentiallyUndefinedFormData,
            safe: (body, callOptions = {}) => transport.sendResult(
              postPotentiallyUndefinedFormDataOperation,
              (build) => buildPostPotentiallyUndefinedFormDataRequest({}, body, build),
              callOptions
            )
          }
        )
      };
    },
    get redoclyFlavoredDiscriminator() {
      return {
        patch: Object.assign(
          (body, callOptions = {}) => transport.send(
            redoclyQuirkOperation,
            (build) => buildRedoclyQuirkRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.redoclyQuirk,
            safe: (body, callOptions = {}) => transport.sendResult(
              redoclyQuirkOperation,
              (build) => buildRedoclyQuirkRequest({}, body, build),
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
  buildOneOfWithImproperlyPlacedDiscriminatorRequest,
  buildOneOfWithTopLevelDiscriminatorAndMappingRequest,
  buildOneOfWithTopLevelDiscriminatorNoMappingRequest,
  buildPatchEmbeddedDiscriminatorRequest,
  buildPatchMappingOfSchemaNamesRequest,
  buildPatchMappingWithDuplicateSchemasRequest,
  buildPatchNestedOneOfObjectWithNestedOneOfRequest,
  buildPatchOneofAllofTopLevelDiscRequest,
  buildPostPotentiallyUndefinedFormDataRequest,
  buildRedoclyQuirkRequest,
  createClient,
  readOneOfWithImproperlyPlacedDiscriminatorResult,
  readOneOfWithTopLevelDiscriminatorAndMappingResult,
  readOneOfWithTopLevelDiscriminatorNoMappingResult,
  readPatchEmbeddedDiscriminatorResult,
  readPatchMappingOfSchemaNamesResult,
  readPatchMappingWithDuplicateSchemasResult,
  readPatchNestedOneOfObjectWithNestedOneOfResult,
  readPatchOneofAllofTopLevelDiscResult,
  readPostPotentiallyUndefinedFormDataResult,
  readRedoclyQuirkResult
};
