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
        id: "sierraal",
        name: "limabrav",
        parent: {
          id: "novaecho",
          name: "echosier",
          parent: {
            id: "sierrali",
            name: "echobrav",
            parent: {
              id: "limadelt",
              name: "limatang",
              parent: {
                id: "bravolim",
                name: "echotang",
                parent: {
                  id: "alphadel",
                  name: "alphanov",
                  parent: {
                    id: "alphatan",
                    name: "sierrabr",
                    parent: {
                      id: "deltabra",
                      name: "limanova",
                      parent: {
                        id: "bravonov",
                        name: "deltatan",
                        parent: {
                          id: "sierrasi",
                          name: "limatang",
                          parent: {
                            id: "echolima",
                            name: "limasier",
                            parent: {
                              id: "echotang",
                              name: "sierrata",
                              parent: { id: "", name: "", parent: {} }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              children: []
            },
            children: [
              {
                id: "limalima",
                name: "sierraal",
                parent: {
                  id: "sierrata",
                  name: "limabrav",
                  parent: {
                    id: "alphasie",
                    name: "echobrav",
                    parent: {
                      id: "deltasie",
                      name: "deltaech",
                      parent: {
                        id: "bravolim",
                        name: "tangotan",
                        parent: {
                          id: "tangonov",
                          name: "alphatan",
                          parent: {
                            id: "tangonov",
                            name: "novabrav",
                            parent: {
                              id: "bravosie",
                              name: "limalima",
                              parent: { id: "", name: "", parent: {} }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            ]
          },
          children: [
            {
              id: "novabrav",
              name: "sierraal",
              parent: {
                id: "bravobra",
                name: "sierraec",
                parent: {
                  id: "echonova",
                  name: "tangonov",
                  parent: {
                    id: "limaalph",
                    name: "echonova",
                    parent: {
                      id: "limatang",
                      name: "bravolim",
                      parent: {
                        id: "alphasie",
                        name: "deltanov",
                        parent: {
                          id: "tangoalp",
                          name: "novabrav",
                          parent: {
                            id: "bravosie",
                            name: "echoalph",
                            parent: {
                              id: "limatang",
                              name: "novalima",
                              parent: { id: "", name: "", parent: {} }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              children: []
            }
          ]
        },
        children: [
          {
            id: "tangoech",
            name: "alphaalp",
            parent: {
              id: "tangodel",
              name: "novalima",
              parent: {
                id: "limabrav",
                name: "echoecho",
                parent: {
                  id: "tangonov",
                  name: "tangobra",
                  parent: {
                    id: "alphabra",
                    name: "tangotan",
                    parent: {
                      id: "bravobra",
                      name: "deltanov",
                      parent: {
                        id: "limalima",
                        name: "tangosie",
                        parent: {
                          id: "sierrasi",
                          name: "echodelt",
                          parent: {
                            id: "echotang",
                            name: "deltaech",
                            parent: {
                              id: "sierrade",
                              name: "tangodel",
                              parent: { id: "", name: "", parent: {} }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              children: []
            },
            children: [
              {
                id: "novaalph",
                name: "tangonov",
                parent: {
                  id: "echotang",
                  name: "sierraal",
                  parent: {
                    id: "tangoech",
                    name: "deltalim",
                    parent: {
                      id: "bravoalp",
                      name: "limaecho",
                      parent: {
                        id: "deltaalp",
                        name: "tangotan",
                        parent: {
                          id: "limabrav",
                          name: "novaalph",
                          parent: {
                            id: "tangolim",
                            name: "novabrav",
                            parent: {
                              id: "novatang",
                              name: "echobrav",
                              parent: { id: "", name: "", parent: {} }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            ]
          }
        ]
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
        name: "limaalph",
        employer: {
          name: "deltaalp",
          ceo: { name: "novalima", employer: { name: "novanova", ceo: { name: "bravoalp" } } }
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
      example: {
        id: "limabrav",
        prev: {
          id: "bravobra",
          prev: {
            id: "tangodel",
            prev: { id: "novalima", prev: { id: "sierrano" }, next: { id: "limaalph" } },
            next: { id: "echoalph", prev: { id: "sierrade" }, next: { id: "tangobra" } }
          },
          next: {
            id: "novaalph",
            prev: { id: "novatang", prev: { id: "deltanov" }, next: { id: "deltadel" } },
            next: { id: "tangobra", prev: { id: "bravolim" }, next: { id: "limaalph" } }
          }
        },
        next: {
          id: "echoecho",
          prev: {
            id: "novaalph",
            prev: { id: "deltaalp", prev: { id: "novaecho" }, next: { id: "deltanov" } },
            next: { id: "tangoalp", prev: { id: "sierrata" }, next: { id: "deltalim" } }
          },
          next: {
            id: "tangonov",
            prev: { id: "deltanov", prev: { id: "bravosie" }, next: { id: "limaecho" } },
            next: { id: "deltaalp", prev: { id: "sierraec" }, next: { id: "alphaech" } }
          }
        }
      }
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
      example: { type: "binary", value: "bravoech" }
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
