import {
  createMockCore
} from "./runtime/core.js";
import {
  validateDirectCircularRequestBody,
  validateIndirectCircularRequestBody,
  validateMultipleCircularRequestBody,
  validatePolymorphicCircularRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://httpbin.org";
const sample$LinkedNode$4 = { id: "novaecho" };
const sample$TreeNode$4 = {
  id: "alphabra",
  name: "alphatan",
  parent: {
    id: "deltadel",
    name: "bravobra",
    parent: {
      id: "alphaech",
      name: "limaalph",
      parent: {
        id: "deltaalp",
        name: "bravobra",
        parent: {
          id: "bravodel",
          name: "bravonov",
          parent: {
            id: "echonova",
            name: "deltatan",
            parent: {
              id: "bravodel",
              name: "limalima",
              parent: {
                id: "bravotan",
                name: "bravoech",
                parent: { id: "", name: "", parent: {} }
              }
            }
          }
        }
      }
    }
  }
};
const sample$LinkedNode$3 = {
  id: "novaalph",
  prev: sample$LinkedNode$4,
  next: sample$LinkedNode$4
};
const sample$TreeNode$3 = {
  id: "sierrade",
  name: "sierrasi",
  parent: sample$TreeNode$4,
  children: []
};
const sample$LinkedNode$2 = {
  id: "alphaech",
  prev: sample$LinkedNode$3,
  next: sample$LinkedNode$3
};
const sample$TreeNode$2 = {
  id: "novaecho",
  name: "sierrata",
  parent: sample$TreeNode$3,
  children: [sample$TreeNode$4]
};
const sample$LinkedNode$1 = {
  id: "alphalim",
  prev: sample$LinkedNode$2,
  next: sample$LinkedNode$2
};
const route$directCircular = {
  operation: "directCircular",
  method: "POST",
  path: "/direct",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateDirectCircularRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        id: "limasier",
        name: "bravonov",
        parent: {
          id: "deltatan",
          name: "tangoalp",
          parent: sample$TreeNode$2,
          children: [sample$TreeNode$3]
        },
        children: [sample$TreeNode$2]
      }
    }
  },
  resource: null
};
const route$indirectCircular = {
  operation: "indirectCircular",
  method: "POST",
  path: "/indirect",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateIndirectCircularRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        name: "novabrav",
        employer: {
          name: "tangoech",
          ceo: { name: "limabrav", employer: { name: "sierrasi", ceo: { name: "bravobra" } } }
        }
      }
    }
  },
  resource: null
};
const route$multipleCircular = {
  operation: "multipleCircular",
  method: "POST",
  path: "/multiple",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateMultipleCircularRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { id: "novaecho", prev: sample$LinkedNode$1, next: sample$LinkedNode$1 }
    }
  },
  resource: null
};
const route$polymorphicCircular = {
  operation: "polymorphicCircular",
  method: "POST",
  path: "/polymorphic",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validatePolymorphicCircularRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { type: "binary", value: "sierrabr" }
    }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$directCircular,
  route$indirectCircular,
  route$multipleCircular,
  route$polymorphicCircular
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
