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
const oneOfWithTopLevelDiscriminatorAndMappingOperation = {
  method: "PATCH",
  pathTemplate: "/discriminator-with-mapping",
  path: ["/discriminator-with-mapping"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const oneOfWithTopLevelDiscriminatorNoMappingOperation = {
  method: "PATCH",
  pathTemplate: "/discriminator-with-no-mapping",
  path: ["/discriminator-with-no-mapping"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchEmbeddedDiscriminatorOperation = {
  method: "PATCH",
  pathTemplate: "/embedded-discriminator",
  path: ["/embedded-discriminator"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const oneOfWithImproperlyPlacedDiscriminatorOperation = {
  method: "PATCH",
  pathTemplate: "/improper-discriminator-placement",
  path: ["/improper-discriminator-placement"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchMappingOfSchemaNamesOperation = {
  method: "PATCH",
  pathTemplate: "/mapping-of-schema-names",
  path: ["/mapping-of-schema-names"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchMappingWithDuplicateSchemasOperation = {
  method: "PATCH",
  pathTemplate: "/mapping-with-duplicate-schemas",
  path: ["/mapping-with-duplicate-schemas"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchNestedOneOfObjectWithNestedOneOfOperation = {
  method: "PATCH",
  pathTemplate: "/nested-one-of-object-with-nested-one-of",
  path: ["/nested-one-of-object-with-nested-one-of"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const patchOneofAllofTopLevelDiscOperation = {
  method: "PATCH",
  pathTemplate: "/oneof-allof-top-level-disc",
  path: ["/oneof-allof-top-level-disc"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
const postPotentiallyUndefinedFormDataOperation = {
  method: "POST",
  pathTemplate: "/potentially-undefined-formData",
  path: ["/potentially-undefined-formData"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: true },
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
const redoclyQuirkOperation = {
  method: "PATCH",
  pathTemplate: "/redocly-flavored-discriminator",
  path: ["/redocly-flavored-discriminator"],
  parameters: [],
  baseUrl: "https://httpbin.org/anything",
  body: { kind: "json", contentType: "application/json", required: false },
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
          { permissions: permissions.oneOfWithTopLevelDiscriminatorAndMapping }
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
          { permissions: permissions.oneOfWithTopLevelDiscriminatorNoMapping }
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
          { permissions: permissions.patchEmbeddedDiscriminator }
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
          { permissions: permissions.oneOfWithImproperlyPlacedDiscriminator }
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
          { permissions: permissions.patchMappingOfSchemaNames }
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
          { permissions: permissions.patchMappingWithDuplicateSchemas }
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
          { permissions: permissions.patchNestedOneOfObjectWithNestedOneOf }
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
          { permissions: permissions.patchOneofAllofTopLevelDisc }
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
          { permissions: permissions.postPotentiallyUndefinedFormData }
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
          { permissions: permissions.redoclyQuirk }
        )
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
  createClient
};
