import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePutCircularRequestBody,
  validatePutNestedTestRequestBody,
  validatePostNotQuiteCircularRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org/";
const route$putCircular = {
  operation: "putCircular",
  method: "PUT",
  path: "/circular",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validatePutCircularRequestBody,
    kind: "multipart",
    fields: {
      file: {
        type: "object",
        properties: {
          contentDisposition: {
            type: "object",
            properties: {
              type: { type: "string" },
              parameters: { type: "object" },
              fileName: { type: "string" },
              creationDate: { type: "string" },
              modificationDate: { type: "string" },
              readDate: { type: "string" },
              size: { type: "integer" }
            }
          },
          entity: { type: "object" },
          headers: { type: "object", properties: { empty: { type: "boolean" } } },
          mediaType: {
            type: "object",
            properties: {
              type: { type: "string" },
              subtype: { type: "string" },
              parameters: { type: "object" },
              wildcardType: { type: "boolean" },
              wildcardSubtype: { type: "boolean" }
            }
          },
          messageBodyWorkers: { type: "object" },
          parent: {
            type: "object",
            properties: {
              contentDisposition: {
                type: "object",
                properties: {
                  type: { type: "string" },
                  parameters: { type: "object" },
                  fileName: { type: "string" },
                  creationDate: { type: "string" },
                  modificationDate: { type: "string" },
                  readDate: { type: "string" },
                  size: { type: "integer" }
                }
              },
              entity: { type: "object" },
              headers: { type: "object", properties: { empty: { type: "boolean" } } },
              mediaType: {
                type: "object",
                properties: {
                  type: { type: "string" },
                  subtype: { type: "string" },
                  parameters: { type: "object" },
                  wildcardType: { type: "boolean" },
                  wildcardSubtype: { type: "boolean" }
                }
              },
              messageBodyWorkers: { type: "object" },
              parent: {
                type: "object",
                properties: {
                  contentDisposition: {
                    type: "object",
                    properties: {
                      type: { type: "string" },
                      parameters: { type: "object" },
                      fileName: { type: "string" },
                      creationDate: { type: "string" },
                      modificationDate: { type: "string" },
                      readDate: { type: "string" },
                      size: { type: "integer" }
                    }
                  },
                  entity: { type: "object" },
                  headers: { type: "object", properties: { empty: { type: "boolean" } } },
                  mediaType: {
                    type: "object",
                    properties: {
                      type: { type: "string" },
                      subtype: { type: "string" },
                      parameters: { type: "object" },
                      wildcardType: { type: "boolean" },
                      wildcardSubtype: { type: "boolean" }
                    }
                  },
                  messageBodyWorkers: { type: "object" },
                  parent: {
                    type: "object",
                    properties: {
                      contentDisposition: {
                        type: "object",
                        properties: {
                          type: { type: "string" },
                          parameters: { type: "object" },
                          fileName: { type: "string" },
                          creationDate: { type: "string" },
                          modificationDate: { type: "string" },
                          readDate: { type: "string" },
                          size: { type: "integer" }
                        }
                      },
                      entity: { type: "object" },
                      headers: { type: "object", properties: { empty: { type: "boolean" } } },
                      mediaType: {
                        type: "object",
                        properties: {
                          type: { type: "string" },
                          subtype: { type: "string" },
                          parameters: { type: "object" },
                          wildcardType: { type: "boolean" },
                          wildcardSubtype: { type: "boolean" }
                        }
                      },
                      messageBodyWorkers: { type: "object" },
                      parent: {
                        type: "object",
                        properties: {
                          contentDisposition: { type: "object" },
                          entity: { type: "object" },
                          headers: { type: "object" },
                          mediaType: { type: "object" },
                          messageBodyWorkers: { type: "object" },
                          parent: { type: "object" },
                          providers: { type: "object" },
                          bodyParts: { type: "array", items: { type: "any" } },
                          parameterizedHeaders: { type: "object" }
                        }
                      },
                      providers: { type: "object" },
                      bodyParts: { type: "array", items: { type: "object" } },
                      parameterizedHeaders: {
                        type: "object",
                        properties: { empty: { type: "boolean" } }
                      }
                    }
                  },
                  providers: { type: "object" },
                  bodyParts: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        contentDisposition: { type: "object" },
                        entity: { type: "object" },
                        headers: { type: "object" },
                        mediaType: { type: "object" },
                        messageBodyWorkers: { type: "object" },
                        parent: { type: "object" },
                        providers: { type: "object" },
                        parameterizedHeaders: { type: "object" }
                      }
                    }
                  },
                  parameterizedHeaders: {
                    type: "object",
                    properties: { empty: { type: "boolean" } }
                  }
                }
              },
              providers: { type: "object" },
              bodyParts: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    contentDisposition: {
                      type: "object",
                      properties: {
                        type: { type: "string" },
                        parameters: { type: "object" },
                        fileName: { type: "string" },
                        creationDate: { type: "string" },
                        modificationDate: { type: "string" },
                        readDate: { type: "string" },
                        size: { type: "integer" }
                      }
                    },
                    entity: { type: "object" },
                    headers: { type: "object", properties: { empty: { type: "boolean" } } },
                    mediaType: {
                      type: "object",
                      properties: {
                        type: { type: "string" },
                        subtype: { type: "string" },
                        parameters: { type: "object" },
                        wildcardType: { type: "boolean" },
                        wildcardSubtype: { type: "boolean" }
                      }
                    },
                    messageBodyWorkers: { type: "object" },
                    parent: {
                      type: "object",
                      properties: {
                        contentDisposition: { type: "object" },
                        entity: { type: "object" },
                        headers: { type: "object" },
                        mediaType: { type: "object" },
                        messageBodyWorkers: { type: "object" },
                        parent: { type: "object" },
                        providers: { type: "object" },
                        bodyParts: { type: "array", items: { type: "any" } },
                        parameterizedHeaders: { type: "object" }
                      }
                    },
                    providers: { type: "object" },
                    parameterizedHeaders: {
                      type: "object",
                      properties: { empty: { type: "boolean" } }
                    }
                  }
                }
              },
              parameterizedHeaders: { type: "object", properties: { empty: { type: "boolean" } } }
            }
          },
          providers: { type: "object" },
          name: { type: "string" },
          value: { type: "string" },
          formDataContentDisposition: {
            type: "object",
            properties: {
              type: { type: "string" },
              parameters: { type: "object" },
              fileName: { type: "string" },
              creationDate: { type: "string" },
              modificationDate: { type: "string" },
              readDate: { type: "string" },
              size: { type: "integer" },
              name: { type: "string" }
            }
          },
          simple: { type: "boolean" },
          parameterizedHeaders: { type: "object", properties: { empty: { type: "boolean" } } }
        }
      },
      typename: { type: "string" }
    }
  },
  response: { status: 200, media: null },
  resource: null
};
const route$putNestedTest = {
  operation: "putNestedTest",
  method: "PUT",
  path: "/nestedTest",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePutNestedTestRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const route$postNotQuiteCircular = {
  operation: "postNotQuiteCircular",
  method: "POST",
  path: "/not-quite-circular",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePostNotQuiteCircularRequestBody
  },
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$putCircular,
  route$putNestedTest,
  route$postNotQuiteCircular
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
