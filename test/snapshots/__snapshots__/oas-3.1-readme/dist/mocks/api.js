import {
  createMockCore
} from "./runtime/core.js";
import {
  validateApplyToReadMeRequestBody,
  validateCreateBranchRequestBody,
  validateUpdateBranchRequestBody,
  validateCreateAPIRequestBody,
  validateUpdateAPIRequestBody,
  validateCreateCategoryRequestBody,
  validateUpdateCategoryRequestBody,
  validateCreateCustomPageRequestBody,
  validateUpdateCustomPageRequestBody,
  validateCreateGuideRequestBody,
  validateUpdateGuideRequestBody,
  validateCreateRecipeRequestBody,
  validateUpdateRecipeRequestBody,
  validateCreateReferenceRequestBody,
  validateUpdateReferenceRequestBody,
  validateCreateChangelogRequestBody,
  validateUpdateChangelogRequestBody,
  validateUploadImageRequestBody,
  validateAskOwlbotRequestBody,
  validateCreateAPIKeyRequestBody,
  validateUpdateAPIKeyRequestBody,
  validateValidateAPIRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://api.readme.com/v2";
const route$getOpenRoles = {
  operation: "getOpenRoles",
  method: "GET",
  path: "/apply",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 778.8,
        data: [
          {
            slug: "novatang",
            title: "tangobra",
            description: "limaecho",
            pullquote: "bravoech",
            location: "deltanov",
            department: "echolima",
            url: "https://example.com/922"
          }
        ]
      }
    }
  },
  resource: null
};
const route$applyToReadMe = {
  operation: "applyToReadMe",
  method: "POST",
  path: "/apply",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateApplyToReadMeRequestBody
  },
  response: {
    status: 201,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        message: "tangolim",
        keyvalues: "echolima",
        careers: "alphatan",
        "questions?": "alphabra",
        poem: ["novaalph"]
      }
    }
  },
  resource: null
};
const route$getBranches = {
  operation: "getBranches",
  method: "GET",
  path: "/branches",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 604.6,
        page: 633.3,
        per_page: 121.8,
        paging: { next: "echodelt", previous: "bravobra", first: "sierrano", last: "bravodel" },
        data: [
          {
            base: "alphalim",
            display_name: "alphadel",
            name: "stable",
            privacy: { view: "hidden" },
            release_stage: "release",
            source: "readme",
            state: "deprecated",
            updated_at: "2024-08-13T05:00:00Z",
            uri: "/branches/vstable_a"
          }
        ],
        type: "version"
      }
    }
  },
  resource: null
};
const route$createBranch = {
  operation: "createBranch",
  method: "POST",
  path: "/branches",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateBranchRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches",
    item: "/branches/{branch}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getBranch = {
  operation: "getBranch",
  method: "GET",
  path: "/branches/{branch}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches",
    item: "/branches/{branch}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteBranch = {
  operation: "deleteBranch",
  method: "DELETE",
  path: "/branches/{branch}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches",
    item: "/branches/{branch}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateBranch = {
  operation: "updateBranch",
  method: "PATCH",
  path: "/branches/{branch}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateBranchRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches",
    item: "/branches/{branch}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getAPIs = {
  operation: "getAPIs",
  method: "GET",
  path: "/branches/{branch}/apis",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 228.4,
        data: [
          {
            created_at: "2024-10-07T19:00:00Z",
            filename: "alphabra",
            legacy_id: "d910014dc543817bf5e290ff",
            source: { current: "postman", original: "apidesigner" },
            type: "postman",
            updated_at: "2024-08-21T10:00:00Z",
            upload: { status: "failed_update", reason: "alphatan", warnings: "deltalim" },
            uri: "/versions/vstable_a/apis/majson"
          }
        ]
      }
    }
  },
  resource: null
};
const route$createAPI = {
  operation: "createAPI",
  method: "POST",
  path: "/branches/{branch}/apis",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateCreateAPIRequestBody,
    kind: "multipart",
    fields: { schema: { type: "any" }, upload_source: { type: "any" }, url: { type: "any" } }
  },
  response: {
    status: 202,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: { upload: { status: "failed_update" }, uri: "/versions/vstable_a/apis/8ajson" }
      }
    }
  },
  resource: null
};
const route$getAPI = {
  operation: "getAPI",
  method: "GET",
  path: "/branches/{branch}/apis/{filename}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/apis",
    item: "/branches/{branch}/apis/{filename}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateAPI = {
  operation: "updateAPI",
  method: "PUT",
  path: "/branches/{branch}/apis/{filename}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateUpdateAPIRequestBody,
    kind: "multipart",
    fields: { schema: { type: "any" }, upload_source: { type: "any" }, url: { type: "any" } }
  },
  response: {
    status: 202,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { data: { upload: { status: "pending" }, uri: "/versions/vstable_a/apis/1ajson" } }
    }
  },
  resource: null
};
const route$deleteAPI = {
  operation: "deleteAPI",
  method: "DELETE",
  path: "/branches/{branch}/apis/{filename}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/apis",
    item: "/branches/{branch}/apis/{filename}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$createCategory = {
  operation: "createCategory",
  method: "POST",
  path: "/branches/{branch}/categories",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateCategoryRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches/{branch}/categories",
    item: "/branches/{branch}/categories/{section}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getCategories = {
  operation: "getCategories",
  method: "GET",
  path: "/branches/{branch}/categories/{section}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/categories",
    item: "/branches/{branch}/categories/{section}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getCategory = {
  operation: "getCategory",
  method: "GET",
  path: "/branches/{branch}/categories/{section}/{title}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/categories/{section}",
    item: "/branches/{branch}/categories/{section}/{title}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteCategory = {
  operation: "deleteCategory",
  method: "DELETE",
  path: "/branches/{branch}/categories/{section}/{title}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/categories/{section}",
    item: "/branches/{branch}/categories/{section}/{title}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateCategory = {
  operation: "updateCategory",
  method: "PATCH",
  path: "/branches/{branch}/categories/{section}/{title}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateCategoryRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches/{branch}/categories/{section}",
    item: "/branches/{branch}/categories/{section}/{title}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getCategoryPages = {
  operation: "getCategoryPages",
  method: "GET",
  path: "/branches/{branch}/categories/{section}/{title}/pages",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 714,
        data: [
          {
            category: { uri: "/versions/vstable_a/categories/guides/a" },
            parent: { uri: "/versions/vstable_a/guides/o" },
            slug: "sierrade",
            title: "tangobra",
            updated_at: "2024-12-02T07:00:00Z",
            uri: "/versions/vstable_a/guides/h"
          }
        ]
      }
    }
  },
  resource: null
};
const route$getCustomPages = {
  operation: "getCustomPages",
  method: "GET",
  path: "/branches/{branch}/custom_pages",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 829.3,
        data: [
          {
            appearance: { fullscreen: false },
            content: { body: "limadelt", type: "markdown" },
            metadata: {
              description: "bravoech",
              image: { uri: "/images/30291e9ad17d61e4c82844e1", url: "https://example.com/537" },
              keywords: "novanova",
              title: "novatang"
            },
            privacy: { view: "anyone_with_link" },
            slug: "n",
            title: "novatang",
            links: { project: "/projects/me" },
            renderable: { status: true, error: "sierrali", message: "novaalph" },
            updated_at: "2024-12-09T16:00:00Z",
            uri: "/versions/vstable_a/custom_pages/908e1309562c37a3f4e7f2c7"
          }
        ]
      }
    }
  },
  resource: null
};
const route$createCustomPage = {
  operation: "createCustomPage",
  method: "POST",
  path: "/branches/{branch}/custom_pages",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateCustomPageRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches/{branch}/custom_pages",
    item: "/branches/{branch}/custom_pages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getCustomPage = {
  operation: "getCustomPage",
  method: "GET",
  path: "/branches/{branch}/custom_pages/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/custom_pages",
    item: "/branches/{branch}/custom_pages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteCustomPage = {
  operation: "deleteCustomPage",
  method: "DELETE",
  path: "/branches/{branch}/custom_pages/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/custom_pages",
    item: "/branches/{branch}/custom_pages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateCustomPage = {
  operation: "updateCustomPage",
  method: "PATCH",
  path: "/branches/{branch}/custom_pages/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateCustomPageRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches/{branch}/custom_pages",
    item: "/branches/{branch}/custom_pages/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$createGuide = {
  operation: "createGuide",
  method: "POST",
  path: "/branches/{branch}/guides",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateGuideRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches/{branch}/guides",
    item: "/branches/{branch}/guides/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getGuide = {
  operation: "getGuide",
  method: "GET",
  path: "/branches/{branch}/guides/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/guides",
    item: "/branches/{branch}/guides/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteGuide = {
  operation: "deleteGuide",
  method: "DELETE",
  path: "/branches/{branch}/guides/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/guides",
    item: "/branches/{branch}/guides/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateGuide = {
  operation: "updateGuide",
  method: "PATCH",
  path: "/branches/{branch}/guides/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateGuideRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches/{branch}/guides",
    item: "/branches/{branch}/guides/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getRecipes = {
  operation: "getRecipes",
  method: "GET",
  path: "/branches/{branch}/recipes",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 122,
        data: [
          {
            appearance: { background_color: "#000000", emoji: "echodelt" },
            connections: { references: [] },
            content: { steps: [], snippet: { code_options: [] }, response: "alphanov" },
            description: "limanova",
            privacy: { view: "public" },
            title: "echolima",
            links: { project: "/projects/me" },
            slug: "deltabra",
            uri: "/versions/vstable_a/recipes/h"
          }
        ]
      }
    }
  },
  resource: null
};
const route$createRecipe = {
  operation: "createRecipe",
  method: "POST",
  path: "/branches/{branch}/recipes",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateRecipeRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches/{branch}/recipes",
    item: "/branches/{branch}/recipes/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getRecipe = {
  operation: "getRecipe",
  method: "GET",
  path: "/branches/{branch}/recipes/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/recipes",
    item: "/branches/{branch}/recipes/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteRecipe = {
  operation: "deleteRecipe",
  method: "DELETE",
  path: "/branches/{branch}/recipes/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/recipes",
    item: "/branches/{branch}/recipes/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateRecipe = {
  operation: "updateRecipe",
  method: "PATCH",
  path: "/branches/{branch}/recipes/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateRecipeRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches/{branch}/recipes",
    item: "/branches/{branch}/recipes/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$createReference = {
  operation: "createReference",
  method: "POST",
  path: "/branches/{branch}/reference",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateReferenceRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/branches/{branch}/reference",
    item: "/branches/{branch}/reference/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getReference = {
  operation: "getReference",
  method: "GET",
  path: "/branches/{branch}/reference/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/branches/{branch}/reference",
    item: "/branches/{branch}/reference/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteReference = {
  operation: "deleteReference",
  method: "DELETE",
  path: "/branches/{branch}/reference/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/branches/{branch}/reference",
    item: "/branches/{branch}/reference/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateReference = {
  operation: "updateReference",
  method: "PATCH",
  path: "/branches/{branch}/reference/{slug}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateReferenceRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/branches/{branch}/reference",
    item: "/branches/{branch}/reference/{slug}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getChangelogs = {
  operation: "getChangelogs",
  method: "GET",
  path: "/changelogs",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 863.6,
        page: 295.4,
        per_page: 128.1,
        paging: { next: "novasier", previous: "novanova", first: "novaalph", last: "alphasie" },
        data: [
          {
            author: { id: "tangotan", name: "echolima" },
            content: { body: "sierrabr" },
            created_at: "2024-08-07T07:00:00Z",
            metadata: {
              description: "echotang",
              image: { uri: "/images/4795dc4523abcc6423744797", url: "https://example.com/484" },
              keywords: "sierrali",
              title: "limatang"
            },
            privacy: { view: "anyone_with_link" },
            slug: "limasier",
            title: "tangobra",
            type: "none",
            links: { project: "/projects/me" },
            updated_at: "2024-05-20T23:00:00Z",
            uri: "/changelogs/5161d3f5db0b74949b64fc6a"
          }
        ]
      }
    }
  },
  resource: null
};
const route$createChangelog = {
  operation: "createChangelog",
  method: "POST",
  path: "/changelogs",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateChangelogRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/changelogs",
    item: "/changelogs/{identifier}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getChangelog = {
  operation: "getChangelog",
  method: "GET",
  path: "/changelogs/{identifier}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/changelogs",
    item: "/changelogs/{identifier}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteChangelog = {
  operation: "deleteChangelog",
  method: "DELETE",
  path: "/changelogs/{identifier}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/changelogs",
    item: "/changelogs/{identifier}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateChangelog = {
  operation: "updateChangelog",
  method: "PATCH",
  path: "/changelogs/{identifier}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateChangelogRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/changelogs",
    item: "/changelogs/{identifier}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getImages = {
  operation: "getImages",
  method: "GET",
  path: "/images",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 244.5,
        page: 777.7,
        per_page: 384.5,
        paging: { next: "limabrav", previous: "limadelt", first: "alphabra", last: "deltanov" },
        data: [
          {
            name: "tangonov",
            width: 773.1,
            height: 699.9,
            color: "#5b2",
            links: { original_url: "https://example.com/261" },
            uri: "/images/89897c535e24a6ef99e4f173",
            url: "https://example.com/609"
          }
        ]
      }
    }
  },
  resource: null
};
const route$uploadImage = {
  operation: "uploadImage",
  method: "POST",
  path: "/images",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateUploadImageRequestBody,
    kind: "multipart",
    fields: { file: { type: "any" } }
  },
  response: {
    status: 201,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: {
          name: "echonova",
          width: 353.2,
          height: 684.1,
          color: "#a3D",
          links: { original_url: "https://example.com/991" },
          uri: "/images/fadc23956e5c80772c194c2f",
          url: "https://example.com/214"
        }
      }
    }
  },
  resource: null
};
const route$getImage = {
  operation: "getImage",
  method: "GET",
  path: "/images/{identifier}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/images",
    item: "/images/{identifier}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getOutboundIPs = {
  operation: "getOutboundIPs",
  method: "GET",
  path: "/outbound_ips",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { data: [{ ip_address: "novaecho" }] }
    }
  },
  resource: null
};
const route$askOwlbot = {
  operation: "askOwlbot",
  method: "POST",
  path: "/owlbot/ask",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateAskOwlbotRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: { data: { answer: "bravonov", sources: [{ title: "alphaech", url: "sierrabr" }] } }
    }
  },
  resource: null
};
const route$getProject = {
  operation: "getProject",
  method: "GET",
  path: "/projects/me",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: {
          allow_crawlers: "enabled",
          api_designer: { allow_editing: "enabled" },
          appearance: {
            brand: { primary_color: "novadelt", link_color: "bravoech", theme: "light" },
            changelog: { layout: "collapsed", show_author: true, show_exact_date: false },
            custom_code: {
              css: "limadelt",
              js: "tangoech",
              html: { header: "deltabra", home_footer: "limatang", page_footer: "tangobra" }
            },
            footer: { readme_logo: "show" },
            header: {
              type: "solid",
              gradient_color: "echonova",
              link_style: "buttons",
              overlay: {
                image: {
                  name: "sierrata",
                  width: 506.5,
                  height: 242.2,
                  color: "#1bB",
                  links: { original_url: "https://example.com/587" },
                  uri: "/images/bedec5401041944a5cbffcd1",
                  url: "https://example.com/77"
                }
              }
            },
            layout: { full_width: "disabled", style: "classic" },
            logo: {
              dark_mode: {
                name: "bravolim",
                width: 590.4,
                height: 731.2,
                color: "#6bA",
                links: { original_url: "https://example.com/181" },
                uri: "/images/3e673080d77d4ad45f4e26f7",
                url: "https://example.com/851"
              },
              main: {
                name: "novaecho",
                width: 700,
                height: 280.5,
                color: "#E97",
                links: { original_url: "https://example.com/706" },
                uri: "/images/4e687a9a84c3ed1b11b4329a",
                url: "https://example.com/925"
              },
              favicon: {
                name: "deltalim",
                width: 181.4,
                height: 558.4,
                color: "#b53",
                links: { original_url: "https://example.com/178" },
                uri: "/images/89c9b875d14ae62a24a855cd",
                url: "https://example.com/810"
              },
              size: "default"
            },
            markdown: { callouts: {} },
            navigation: {
              first_page: "landing_page",
              left: [],
              links: {
                changelog: { label: "Changelog", alias: "deltalim" },
                discussions: { label: "Discussions", alias: "novatang" },
                home: { label: "Home" },
                graphql: { label: "GraphQL" },
                guides: { label: "Guides", alias: "novadelt" },
                recipes: { label: "Recipes", alias: "tangobra" },
                reference: { label: "API Reference", alias: "deltatan" }
              },
              logo_link: "homepage",
              page_icons: "enabled",
              right: [],
              sub_nav: [],
              subheader_layout: "links",
              version: "enabled"
            },
            table_of_contents: "enabled",
            ai: { dropdown: "disabled", options: {} },
            whats_next_label: "deltanov"
          },
          canonical_url: "https://example.com/766",
          custom_login: { jwt_secret: "tangodel", login_url: "tangoech", logout_url: "limasier" },
          default_version: { name: "stable" },
          description: "limalima",
          glossary: [],
          health_check: {
            provider: "none",
            settings: { manual: { url: "bravonov" }, statuspage: { id: "deltasie" } }
          },
          homepage_url: "limanova",
          integrations: {
            aws: {
              readme_webhook_login: {
                external_id: "deltasie",
                region: "ap-southeast-4",
                role_arn: "novaecho",
                usage_plan_id: "limadelt"
              }
            },
            bing: { verify: "tangotan" },
            google: { analytics: "novalima", site_verification: "tangoech" },
            heap: { id: "echonova" },
            intercom: { app_id: "echobrav", secure_mode: { key: "novanova" } },
            postman: { key: "alphaech", client_id: "deltaalp", client_secret: "echodelt" },
            koala: { key: "limasier" },
            localize: { key: "bravolim" },
            recaptcha: { site_key: "limanova", secret_key: "limadelt" },
            segment: { key: "alphabra", domain: "echodelt" },
            speakeasy: { key: "bravolim", spec_url: "deltatan" },
            stainless: { key: "tangodel", name: "echobrav" },
            typekit: { key: "limasier" },
            zendesk: { subdomain: "bravoech" }
          },
          mcp: { state: "disabled" },
          name: "echotang",
          onboarding_completed: {
            api: false,
            appearance: false,
            documentation: false,
            domain: false,
            jwt: false,
            logs: false,
            metricsSDK: false
          },
          pages: { not_found: "/versions/vstable_a/custom_pages/d35a14883eae6bf154f934e8" },
          parent: "limadelt",
          plan: {
            type: "free",
            grace_period: { enabled: false, end_date: null },
            trial: { expired: false, end_date: "2024-05-13T08:00:00Z" }
          },
          privacy: { openapi: "admin", password: "deltatan", view: "public" },
          redirects: [{ from: "tangolim", to: "sierrade" }],
          reference: {
            api_sdk_snippets: "enabled",
            sdk_snippets: { external: "disabled" },
            defaults: "use_only_if_required",
            json_editor: "disabled",
            request_history: "enabled",
            oauth_flows: "disabled",
            response_examples: "collapsed",
            response_schemas: "collapsed"
          },
          seo: { overwrite_title_tag: "disabled" },
          sitemap: "disabled",
          llms_txt: "disabled",
          subdomain: "x-L",
          suggested_edits: "enabled",
          variable_defaults: [],
          webhooks: [],
          id: "48ad55fb3b142011a4d16e58",
          features: { mdx: "disabled" },
          git: {
            connection: {
              repository: {
                provider_type: "github_enterprise_server",
                name: "sierrasi",
                full_name: "deltatan",
                url: "https://example.com/714"
              },
              organization: { name: "alphatan", provider_type: "github" },
              status: "none"
            }
          },
          permissions: {
            appearance: { private_label: "disabled", custom_code: {} },
            branches: { merge: { admin: true, editor: false } }
          },
          refactored: { status: "disabled", migrated: "unknown" },
          uri: "/projects/me"
        }
      }
    }
  },
  resource: null
};
const route$getAPIKeys = {
  operation: "getAPIKeys",
  method: "GET",
  path: "/projects/{subdomain}/apikeys",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 419.8,
        page: 126.5,
        per_page: 709.6,
        paging: { next: "echoecho", previous: "sierraec", first: "deltanov", last: "novanova" },
        data: [
          {
            token: "rdme_c",
            label: "sierrali",
            last_accessed_on: "2024-04-04T06:00:00Z",
            created_at: "2024-10-09T18:00:00Z",
            uri: "/projects/me/apikeys/a4aa16915b67bafd6a345446"
          }
        ]
      }
    }
  },
  resource: null
};
const route$createAPIKey = {
  operation: "createAPIKey",
  method: "POST",
  path: "/projects/{subdomain}/apikeys",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateAPIKeyRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/projects/{subdomain}/apikeys",
    item: "/projects/{subdomain}/apikeys/{api_key_id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$getAPIKey = {
  operation: "getAPIKey",
  method: "GET",
  path: "/projects/{subdomain}/apikeys/{api_key_id}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/projects/{subdomain}/apikeys",
    item: "/projects/{subdomain}/apikeys/{api_key_id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$deleteAPIKey = {
  operation: "deleteAPIKey",
  method: "DELETE",
  path: "/projects/{subdomain}/apikeys/{api_key_id}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/projects/{subdomain}/apikeys",
    item: "/projects/{subdomain}/apikeys/{api_key_id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$updateAPIKey = {
  operation: "updateAPIKey",
  method: "PATCH",
  path: "/projects/{subdomain}/apikeys/{api_key_id}",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateUpdateAPIKeyRequestBody
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "update",
    collection: "/projects/{subdomain}/apikeys",
    item: "/projects/{subdomain}/apikeys/{api_key_id}",
    key: "id",
    keyType: "string",
    typeTag: null
  }
};
const route$search = {
  operation: "search",
  method: "GET",
  path: "/search",
  server: null,
  security: [[{ kind: "bearer", scheme: "bearer" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        total: 204.6,
        data: [
          {
            url: { full: "echosier", relative: "novabrav" },
            title: "alphatan",
            excerpt: "novabrav",
            highlights: [{ score: 385.5, path: "excerpt", texts: [] }],
            slug: "alphatan",
            section: "recipes",
            version: "limabrav",
            project: { subdomain: "tangolim", name: "novabrav" },
            api: { method: "tangoalp" },
            uri: "bravoech"
          }
        ]
      }
    }
  },
  resource: null
};
const route$validateAPI = {
  operation: "validateAPI",
  method: "POST",
  path: "/validate/api",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["multipart/form-data"],
    json: false,
    object: false,
    validate: validateValidateAPIRequestBody,
    kind: "multipart",
    fields: { schema: { type: "any" }, upload_source: { type: "any" }, url: { type: "any" } }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: { schema: {} } }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$getOpenRoles,
  route$applyToReadMe,
  route$getBranches,
  route$createBranch,
  route$getBranch,
  route$deleteBranch,
  route$updateBranch,
  route$getAPIs,
  route$createAPI,
  route$getAPI,
  route$updateAPI,
  route$deleteAPI,
  route$createCategory,
  route$getCategories,
  route$getCategory,
  route$deleteCategory,
  route$updateCategory,
  route$getCategoryPages,
  route$getCustomPages,
  route$createCustomPage,
  route$getCustomPage,
  route$deleteCustomPage,
  route$updateCustomPage,
  route$createGuide,
  route$getGuide,
  route$deleteGuide,
  route$updateGuide,
  route$getRecipes,
  route$createRecipe,
  route$getRecipe,
  route$deleteRecipe,
  route$updateRecipe,
  route$createReference,
  route$getReference,
  route$deleteReference,
  route$updateReference,
  route$getChangelogs,
  route$createChangelog,
  route$getChangelog,
  route$deleteChangelog,
  route$updateChangelog,
  route$getImages,
  route$uploadImage,
  route$getImage,
  route$getOutboundIPs,
  route$askOwlbot,
  route$getProject,
  route$getAPIKeys,
  route$createAPIKey,
  route$getAPIKey,
  route$deleteAPIKey,
  route$updateAPIKey,
  route$search,
  route$validateAPI
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
