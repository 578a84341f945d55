import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePostMultipleTypesMultipleExamplesRequestBody,
  validatePostMultipleTypesSingleExampleRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$postMultipleTypesMultipleExamples = {
  operation: "postMultipleTypesMultipleExamples",
  method: "POST",
  path: "/multiple-types-multiple-examples",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostMultipleTypesMultipleExamplesRequestBody
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
      status: "400",
      contentType: "application/xml",
      example: `<?xml version="1.0" encoding="UTF-8"?><note><to>Tove</to><from>Jani</from><heading>Reminder</heading><body>Don't forget me this weekend!</body></note>`
    }
  ]
};
const route$postMultipleTypesSingleExample = {
  operation: "postMultipleTypesSingleExample",
  method: "POST",
  path: "/multiple-types-single-example",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostMultipleTypesSingleExampleRequestBody
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
      status: "400",
      contentType: "application/xml",
      example: `<?xml version="1.0" encoding="UTF-8"?><note><to>Tove</to><from>Jani</from><heading>Reminder</heading><body>Don't forget me this weekend!</body></note>`
    }
  ]
};
const route$getSingleTypeMultipleExamples = {
  operation: "getSingleTypeMultipleExamples",
  method: "GET",
  path: "/single-type-multiple-examples",
  server: null,
  security: null,
  requestBody: null,
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
      status: "400",
      contentType: "application/xml",
      example: `<?xml version="1.0" encoding="UTF-8"?><note><to>Tove</to><from>Jani</from><heading>Reminder</heading><body>Don't forget me this weekend!</body></note>`
    }
  ]
};
const route$getSingleTypeSingleExample = {
  operation: "getSingleTypeSingleExample",
  method: "GET",
  path: "/single-type-single-example",
  server: null,
  security: null,
  requestBody: null,
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
      status: "400",
      contentType: "application/xml",
      example: `<?xml version="1.0" encoding="UTF-8"?><note><to>Tove</to><from>Jani</from><heading>Reminder</heading><body>Don't forget me this weekend!</body></note>`
    }
  ]
};
const MOCK_ROUTES = [
  route$postMultipleTypesMultipleExamples,
  route$postMultipleTypesSingleExample,
  route$getSingleTypeMultipleExamples,
  route$getSingleTypeSingleExample
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
