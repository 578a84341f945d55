const PERSONAL_ACCOUNT_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
const permissionTable = {
  /**
   * GET /apply
   *
   * Get open roles
   */
  getOpenRoles: {
    operation: "getOpenRoles",
    method: "GET",
    path: "/apply",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /apply
   *
   * Submit your application!
   */
  applyToReadMe: {
    operation: "applyToReadMe",
    method: "POST",
    path: "/apply",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches
   *
   * Get branches
   */
  getBranches: {
    operation: "getBranches",
    method: "GET",
    path: "/branches",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches
   *
   * Create a branch
   */
  createBranch: {
    operation: "createBranch",
    method: "POST",
    path: "/branches",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}
   *
   * Get a branch
   */
  getBranch: {
    operation: "getBranch",
    method: "GET",
    path: "/branches/{branch}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}
   *
   * Delete a branch
   */
  deleteBranch: {
    operation: "deleteBranch",
    method: "DELETE",
    path: "/branches/{branch}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}
   *
   * Updates an existing branch
   */
  updateBranch: {
    operation: "updateBranch",
    method: "PATCH",
    path: "/branches/{branch}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/apis
   *
   * Get all API definitions
   */
  getAPIs: {
    operation: "getAPIs",
    method: "GET",
    path: "/branches/{branch}/apis",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/apis
   *
   * Create an API definition
   */
  createAPI: {
    operation: "createAPI",
    method: "POST",
    path: "/branches/{branch}/apis",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/apis/{filename}
   *
   * Get an API definition
   */
  getAPI: {
    operation: "getAPI",
    method: "GET",
    path: "/branches/{branch}/apis/{filename}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /branches/{branch}/apis/{filename}
   *
   * Update an API definition
   */
  updateAPI: {
    operation: "updateAPI",
    method: "PUT",
    path: "/branches/{branch}/apis/{filename}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/apis/{filename}
   *
   * Delete an API definition
   */
  deleteAPI: {
    operation: "deleteAPI",
    method: "DELETE",
    path: "/branches/{branch}/apis/{filename}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/categories
   *
   * Create a category
   */
  createCategory: {
    operation: "createCategory",
    method: "POST",
    path: "/branches/{branch}/categories",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/categories/{section}
   *
   * Get all categories
   */
  getCategories: {
    operation: "getCategories",
    method: "GET",
    path: "/branches/{branch}/categories/{section}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/categories/{section}/{title}
   *
   * Get a category
   */
  getCategory: {
    operation: "getCategory",
    method: "GET",
    path: "/branches/{branch}/categories/{section}/{title}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/categories/{section}/{title}
   *
   * Delete a category
   */
  deleteCategory: {
    operation: "deleteCategory",
    method: "DELETE",
    path: "/branches/{branch}/categories/{section}/{title}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}/categories/{section}/{title}
   *
   * Update a category
   */
  updateCategory: {
    operation: "updateCategory",
    method: "PATCH",
    path: "/branches/{branch}/categories/{section}/{title}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/categories/{section}/{title}/pages
   *
   * Get the pages within a category
   */
  getCategoryPages: {
    operation: "getCategoryPages",
    method: "GET",
    path: "/branches/{branch}/categories/{section}/{title}/pages",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/custom_pages
   *
   * Get all custom pages
   */
  getCustomPages: {
    operation: "getCustomPages",
    method: "GET",
    path: "/branches/{branch}/custom_pages",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/custom_pages
   *
   * Create a custom page
   */
  createCustomPage: {
    operation: "createCustomPage",
    method: "POST",
    path: "/branches/{branch}/custom_pages",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/custom_pages/{slug}
   *
   * Get a custom page
   */
  getCustomPage: {
    operation: "getCustomPage",
    method: "GET",
    path: "/branches/{branch}/custom_pages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/custom_pages/{slug}
   *
   * Delete a custom page
   */
  deleteCustomPage: {
    operation: "deleteCustomPage",
    method: "DELETE",
    path: "/branches/{branch}/custom_pages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}/custom_pages/{slug}
   *
   * Update a custom page
   */
  updateCustomPage: {
    operation: "updateCustomPage",
    method: "PATCH",
    path: "/branches/{branch}/custom_pages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/guides
   *
   * Create a guides page
   */
  createGuide: {
    operation: "createGuide",
    method: "POST",
    path: "/branches/{branch}/guides",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/guides/{slug}
   *
   * Get a guides page
   */
  getGuide: {
    operation: "getGuide",
    method: "GET",
    path: "/branches/{branch}/guides/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/guides/{slug}
   *
   * Delete a guides page
   */
  deleteGuide: {
    operation: "deleteGuide",
    method: "DELETE",
    path: "/branches/{branch}/guides/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}/guides/{slug}
   *
   * Update a guides page
   */
  updateGuide: {
    operation: "updateGuide",
    method: "PATCH",
    path: "/branches/{branch}/guides/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/recipes
   *
   * Get all recipes
   */
  getRecipes: {
    operation: "getRecipes",
    method: "GET",
    path: "/branches/{branch}/recipes",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/recipes
   *
   * Create a recipe
   */
  createRecipe: {
    operation: "createRecipe",
    method: "POST",
    path: "/branches/{branch}/recipes",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/recipes/{slug}
   *
   * Get a recipe
   */
  getRecipe: {
    operation: "getRecipe",
    method: "GET",
    path: "/branches/{branch}/recipes/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/recipes/{slug}
   *
   * Delete a recipe
   */
  deleteRecipe: {
    operation: "deleteRecipe",
    method: "DELETE",
    path: "/branches/{branch}/recipes/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}/recipes/{slug}
   *
   * Update an existing recipe
   */
  updateRecipe: {
    operation: "updateRecipe",
    method: "PATCH",
    path: "/branches/{branch}/recipes/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /branches/{branch}/reference
   *
   * Create a reference page
   */
  createReference: {
    operation: "createReference",
    method: "POST",
    path: "/branches/{branch}/reference",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /branches/{branch}/reference/{slug}
   *
   * Get a reference page
   */
  getReference: {
    operation: "getReference",
    method: "GET",
    path: "/branches/{branch}/reference/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /branches/{branch}/reference/{slug}
   *
   * Delete a reference page
   */
  deleteReference: {
    operation: "deleteReference",
    method: "DELETE",
    path: "/branches/{branch}/reference/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /branches/{branch}/reference/{slug}
   *
   * Update a reference page
   */
  updateReference: {
    operation: "updateReference",
    method: "PATCH",
    path: "/branches/{branch}/reference/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /changelogs
   *
   * Get all changelog entries
   */
  getChangelogs: {
    operation: "getChangelogs",
    method: "GET",
    path: "/changelogs",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /changelogs
   *
   * Create a changelog entry
   */
  createChangelog: {
    operation: "createChangelog",
    method: "POST",
    path: "/changelogs",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /changelogs/{identifier}
   *
   * Get a changelog entry
   */
  getChangelog: {
    operation: "getChangelog",
    method: "GET",
    path: "/changelogs/{identifier}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /changelogs/{identifier}
   *
   * Delete a changelog entry
   */
  deleteChangelog: {
    operation: "deleteChangelog",
    method: "DELETE",
    path: "/changelogs/{identifier}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /changelogs/{identifier}
   *
   * Update a changelog entry
   */
  updateChangelog: {
    operation: "updateChangelog",
    method: "PATCH",
    path: "/changelogs/{identifier}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /images
   *
   * Get uploaded images
   */
  getImages: {
    operation: "getImages",
    method: "GET",
    path: "/images",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /images
   *
   * Upload an image
   */
  uploadImage: {
    operation: "uploadImage",
    method: "POST",
    path: "/images",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /images/{identifier}
   *
   * Get an image
   */
  getImage: {
    operation: "getImage",
    method: "GET",
    path: "/images/{identifier}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /outbound_ips
   *
   * Get ReadMe's outbound IP addresses
   */
  getOutboundIPs: {
    operation: "getOutboundIPs",
    method: "GET",
    path: "/outbound_ips",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /owlbot/ask
   *
   * Ask Owlbot AI a question
   */
  askOwlbot: {
    operation: "askOwlbot",
    method: "POST",
    path: "/owlbot/ask",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /projects/me
   *
   * Get project metadata
   */
  getProject: {
    operation: "getProject",
    method: "GET",
    path: "/projects/me",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /projects/{subdomain}/apikeys
   *
   * Get your API keys
   */
  getAPIKeys: {
    operation: "getAPIKeys",
    method: "GET",
    path: "/projects/{subdomain}/apikeys",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /projects/{subdomain}/apikeys
   *
   * Create an API key
   */
  createAPIKey: {
    operation: "createAPIKey",
    method: "POST",
    path: "/projects/{subdomain}/apikeys",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Get an API key
   */
  getAPIKey: {
    operation: "getAPIKey",
    method: "GET",
    path: "/projects/{subdomain}/apikeys/{api_key_id}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Delete an API key
   */
  deleteAPIKey: {
    operation: "deleteAPIKey",
    method: "DELETE",
    path: "/projects/{subdomain}/apikeys/{api_key_id}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Update an API key
   */
  updateAPIKey: {
    operation: "updateAPIKey",
    method: "PATCH",
    path: "/projects/{subdomain}/apikeys/{api_key_id}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /search
   *
   * Perform a search query
   */
  search: {
    operation: "search",
    method: "GET",
    path: "/search",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /validate/api
   *
   * Validate an API
   */
  validateAPI: {
    operation: "validateAPI",
    method: "POST",
    path: "/validate/api",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  }
};
const permissions = /* @__PURE__ */ deepFreeze(permissionTable);
const table = permissions;
function entryOf(operation) {
  const entry = Object.hasOwn(table, operation) ? table[operation] : void 0;
  if (entry === void 0) throw new RangeError(`unknown operation ${JSON.stringify(operation)}`);
  return entry;
}
function isPermissionScheme(value) {
  return value === "DelegatedWork" || value === "DelegatedPersonal" || value === "Application";
}
function contextScopes(operation, scheme, entry, context) {
  if ("contexts" in entry && Object.hasOwn(entry.contexts, context))
    return entry.contexts[context].scopes;
  throw new RangeError(`${operation}: ${scheme} has no context ${JSON.stringify(context)}`);
}
function requiredScopes(operation, options) {
  const entry = entryOf(operation);
  const scheme = options.scheme;
  if (!isPermissionScheme(scheme))
    throw new RangeError(`unknown permission type ${JSON.stringify(scheme)}`);
  if (entry.schemes === null) return entry.scopes;
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    throw new RangeError(`${operation} does not support the ${scheme} permission type`);
  const scopes = options.context === void 0 ? permitted.scopes : contextScopes(operation, scheme, permitted, options.context);
  return scopes;
}
function permissionSchemeOf(claims) {
  if (claims === null || typeof claims !== "object") return void 0;
  if (typeof claims.scp === "string") {
    const tenant = typeof claims.tid === "string" ? claims.tid.toLowerCase() : void 0;
    return tenant === PERSONAL_ACCOUNT_TENANT_ID ? "DelegatedPersonal" : "DelegatedWork";
  }
  if (Array.isArray(claims.roles)) return "Application";
  return void 0;
}
function grantedScopes(claims, scheme) {
  if (scheme !== "Application")
    return new Set((claims.scp ?? "").split(/\s+/).filter((scope) => scope !== ""));
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  return new Set(roles.filter((role) => typeof role === "string"));
}
function canCall(operation, claims, options = {}) {
  return decide(operation, entryOf(operation), claims, options.context);
}
function decide(operation, entry, claims, context) {
  const scheme = permissionSchemeOf(claims);
  if (entry.authentication === "none")
    return { allowed: true, scheme: scheme ?? null, scope: null };
  if (scheme === void 0 || claims === null || claims === void 0) {
    return { allowed: false, reason: "not-authenticated", scheme: null, acceptable: entry.scopes };
  }
  if (entry.authentication === "token") return { allowed: true, scheme, scope: null };
  const granted = grantedScopes(claims, scheme);
  if (entry.schemes === null) {
    const met = (entry.requirements ?? []).find(
      (scopes) => scopes.every((scope) => granted.has(scope))
    );
    if (met !== void 0) return { allowed: true, scheme, scope: met[0] ?? null };
    return { allowed: false, reason: "missing-scope", scheme, acceptable: entry.scopes };
  }
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    return { allowed: false, reason: "scheme-not-supported", scheme, acceptable: [] };
  const acceptable = context !== void 0 && "contexts" in permitted ? contextScopes(operation, scheme, permitted, context) : permitted.scopes;
  for (let i = acceptable.length - 1; i >= 0; i--) {
    const scope = acceptable[i];
    const held = typeof scope === "string" ? granted.has(scope) : scope.every((s) => granted.has(s));
    if (held) return { allowed: true, scheme, scope };
  }
  return { allowed: false, reason: "missing-scope", scheme, acceptable };
}
export {
  PERSONAL_ACCOUNT_TENANT_ID,
  canCall,
  permissionSchemeOf,
  permissions,
  requiredScopes
};
