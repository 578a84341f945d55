import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePutParameterExamplesByParam1ByParam2RequestBody,
  validatePatchParameterExamplesByParam1ByParam2RequestBody,
  validatePutRequestBodyRequestBody,
  validatePostRequestBodyRequestBody,
  validatePatchRequestBodyRequestBody,
  validateDemoFormDataRequestBody,
  validatePutRequestBodyPrimitiveExampleRequestBody,
  validatePostRequestBodyPrimitiveExampleRequestBody,
  validatePatchRequestBodyPrimitiveExampleRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/anything";
const route$getParameterExamplesByParam1ByParam2 = {
  operation: "getParameterExamplesByParam1ByParam2",
  method: "GET",
  path: "/parameterExamples/{param1}/{param2}",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/parameterExamples/{param1}",
    item: "/parameterExamples/{param1}/{param2}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/xml",
      example: '<?xml version="1.0" encoding="UTF-8"?><note><body>Invalid user!</body></note>'
    },
    {
      status: "default",
      contentType: "application/json",
      example: { id: 1234, email: "test@example.com", name: "Test user name" }
    }
  ]
};
const route$putParameterExamplesByParam1ByParam2 = {
  operation: "putParameterExamplesByParam1ByParam2",
  method: "PUT",
  path: "/parameterExamples/{param1}/{param2}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePutParameterExamplesByParam1ByParam2RequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "replace",
    collection: "/parameterExamples/{param1}",
    item: "/parameterExamples/{param1}/{param2}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$patchParameterExamplesByParam1ByParam2 = {
  operation: "patchParameterExamplesByParam1ByParam2",
  method: "PATCH",
  path: "/parameterExamples/{param1}/{param2}",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchParameterExamplesByParam1ByParam2RequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/parameterExamples/{param1}",
    item: "/parameterExamples/{param1}/{param2}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/xml",
      example: '<?xml version="1.0" encoding="UTF-8"?><note><body>Invalid user!</body></note>'
    },
    {
      status: "default",
      contentType: "application/json",
      example: { id: 1234, email: "test@example.com", name: "Test user name" }
    }
  ]
};
const route$putRequestBody = {
  operation: "putRequestBody",
  method: "PUT",
  path: "/requestBody",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePutRequestBodyRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { $ref: "#/components/examples/user/value" }
    }
  },
  resource: null
};
const route$postRequestBody = {
  operation: "postRequestBody",
  method: "POST",
  path: "/requestBody",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostRequestBodyRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { id: 1234, email: "test+response@example.com", name: "Test user name (response)" }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/xml",
      example: '<?xml version="1.0" encoding="UTF-8"?><note><body>Invalid user!</body></note>'
    },
    {
      status: "default",
      contentType: "application/json",
      example: { id: 1234, email: "test@example.com", name: "Test user name" }
    }
  ]
};
const route$patchRequestBody = {
  operation: "patchRequestBody",
  method: "PATCH",
  path: "/requestBody",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchRequestBodyRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { id: 12343354, email: "test@example.com", name: "Test user name" }
    }
  },
  resource: null
};
const route$demoFormData = {
  operation: "demoFormData",
  method: "POST",
  path: "/requestBody-form-data-example",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validateDemoFormDataRequestBody,
    kind: "form",
    fields: {
      client_id: { type: "string" },
      client_secret: { type: "string" },
      scope: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { access_token: 123, token_type: "type456", expires_in: 789 }
    }
  },
  resource: null
};
const route$postRequestBodyMultiMediaTypes = {
  operation: "postRequestBodyMultiMediaTypes",
  method: "POST",
  path: "/requestBody-multi-media-types",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["text/plain", "application/json"],
    json: true,
    object: false,
    validate: null
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { name: "Fluffy", petType: "Cat" }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/xml",
      example: '<?xml version="1.0" encoding="UTF-8"?><note><body>Invalid pet!</body></note>'
    }
  ]
};
const route$putRequestBodyPrimitiveExample = {
  operation: "putRequestBodyPrimitiveExample",
  method: "PUT",
  path: "/requestBody-primitive-example",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePutRequestBodyPrimitiveExampleRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: '[\n  {\n    "name": "Fluffy",\n    "petType": "Cat"\n  }\n]'
    }
  },
  resource: null
};
const route$postRequestBodyPrimitiveExample = {
  operation: "postRequestBodyPrimitiveExample",
  method: "POST",
  path: "/requestBody-primitive-example",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: false,
    validate: validatePostRequestBodyPrimitiveExampleRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: "column1,column2,column3,column4"
    }
  },
  resource: null
};
const route$patchRequestBodyPrimitiveExample = {
  operation: "patchRequestBodyPrimitiveExample",
  method: "PATCH",
  path: "/requestBody-primitive-example",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePatchRequestBodyPrimitiveExampleRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: '{\n  "name": "Fluffy",\n  "petType": "Cat"\n}'
    }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$getParameterExamplesByParam1ByParam2,
  route$putParameterExamplesByParam1ByParam2,
  route$patchParameterExamplesByParam1ByParam2,
  route$putRequestBody,
  route$postRequestBody,
  route$patchRequestBody,
  route$demoFormData,
  route$postRequestBodyMultiMediaTypes,
  route$putRequestBodyPrimitiveExample,
  route$postRequestBodyPrimitiveExample,
  route$patchRequestBodyPrimitiveExample
];
const MOCK_SEED_DATA = {
  "/parameterExamples/param1-example": [
    {
      id: 1234,
      email: "test+response@example.com",
      name: "Test user name (response)",
      summary: "example summary (response)",
      description: "a lengthier example description (response)"
    },
    { id: 12343354, email: "test@example.com", name: "Test user name" }
  ]
};
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
