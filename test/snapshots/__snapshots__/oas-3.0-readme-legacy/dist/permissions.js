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
   * GET /
   *
   * Get metadata about the current project
   */
  getProject: {
    operation: "getProject",
    method: "GET",
    path: "/",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /api-registry/{uuid}
   *
   * Retrieve an entry from the API Registry
   */
  getAPIRegistry: {
    operation: "getAPIRegistry",
    method: "GET",
    path: "/api-registry/{uuid}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /api-specification
   *
   * Get metadata
   */
  getAPISpecification: {
    operation: "getAPISpecification",
    method: "GET",
    path: "/api-specification",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /api-specification
   *
   * Upload specification
   */
  uploadAPISpecification: {
    operation: "uploadAPISpecification",
    method: "POST",
    path: "/api-specification",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /api-specification/{id}
   *
   * Update specification
   */
  updateAPISpecification: {
    operation: "updateAPISpecification",
    method: "PUT",
    path: "/api-specification/{id}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /api-specification/{id}
   *
   * Delete specification
   */
  deleteAPISpecification: {
    operation: "deleteAPISpecification",
    method: "DELETE",
    path: "/api-specification/{id}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /categories
   *
   * Get all categories
   */
  getCategories: {
    operation: "getCategories",
    method: "GET",
    path: "/categories",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /categories
   *
   * Create category
   */
  createCategory: {
    operation: "createCategory",
    method: "POST",
    path: "/categories",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /categories/{slug}
   *
   * Get category
   */
  getCategory: {
    operation: "getCategory",
    method: "GET",
    path: "/categories/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /categories/{slug}
   *
   * Update category
   */
  updateCategory: {
    operation: "updateCategory",
    method: "PUT",
    path: "/categories/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /categories/{slug}
   *
   * Delete category
   */
  deleteCategory: {
    operation: "deleteCategory",
    method: "DELETE",
    path: "/categories/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /categories/{slug}/docs
   *
   * Get docs for category
   */
  getCategoryDocs: {
    operation: "getCategoryDocs",
    method: "GET",
    path: "/categories/{slug}/docs",
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
   * Get changelogs
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
   * Create changelog
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
   * GET /changelogs/{slug}
   *
   * Get changelog
   */
  getChangelog: {
    operation: "getChangelog",
    method: "GET",
    path: "/changelogs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /changelogs/{slug}
   *
   * Update changelog
   */
  updateChangelog: {
    operation: "updateChangelog",
    method: "PUT",
    path: "/changelogs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /changelogs/{slug}
   *
   * Delete changelog
   */
  deleteChangelog: {
    operation: "deleteChangelog",
    method: "DELETE",
    path: "/changelogs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /custompages
   *
   * Get custom pages
   */
  getCustomPages: {
    operation: "getCustomPages",
    method: "GET",
    path: "/custompages",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /custompages
   *
   * Create custom page
   */
  createCustomPage: {
    operation: "createCustomPage",
    method: "POST",
    path: "/custompages",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /custompages/{slug}
   *
   * Get custom page
   */
  getCustomPage: {
    operation: "getCustomPage",
    method: "GET",
    path: "/custompages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /custompages/{slug}
   *
   * Update custom page
   */
  updateCustomPage: {
    operation: "updateCustomPage",
    method: "PUT",
    path: "/custompages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /custompages/{slug}
   *
   * Delete custom page
   */
  deleteCustomPage: {
    operation: "deleteCustomPage",
    method: "DELETE",
    path: "/custompages/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /docs
   *
   * Create doc
   */
  createDoc: {
    operation: "createDoc",
    method: "POST",
    path: "/docs",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /docs/search
   *
   * Search docs
   */
  searchDocs: {
    operation: "searchDocs",
    method: "POST",
    path: "/docs/search",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /docs/{slug}
   *
   * Get doc
   */
  getDoc: {
    operation: "getDoc",
    method: "GET",
    path: "/docs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /docs/{slug}
   *
   * Update doc
   */
  updateDoc: {
    operation: "updateDoc",
    method: "PUT",
    path: "/docs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /docs/{slug}
   *
   * Delete doc
   */
  deleteDoc: {
    operation: "deleteDoc",
    method: "DELETE",
    path: "/docs/{slug}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /docs/{slug}/production
   *
   * Get production doc
   */
  getProductionDoc: {
    operation: "getProductionDoc",
    method: "GET",
    path: "/docs/{slug}/production",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /outbound-ips
   *
   * Get ReadMe’s outbound IP addresses
   */
  getOutboundIPs: {
    operation: "getOutboundIPs",
    method: "GET",
    path: "/outbound-ips",
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
   * GET /schema
   *
   * Get our OpenAPI Definition
   */
  getAPISchema: {
    operation: "getAPISchema",
    method: "GET",
    path: "/schema",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /version
   *
   * Get versions
   */
  getVersions: {
    operation: "getVersions",
    method: "GET",
    path: "/version",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /version
   *
   * Create version
   */
  createVersion: {
    operation: "createVersion",
    method: "POST",
    path: "/version",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /version/{versionId}
   *
   * Get version
   */
  getVersion: {
    operation: "getVersion",
    method: "GET",
    path: "/version/{versionId}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /version/{versionId}
   *
   * Update version
   */
  updateVersion: {
    operation: "updateVersion",
    method: "PUT",
    path: "/version/{versionId}",
    source: null,
    basis: "security",
    authentication: "token",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * DELETE /version/{versionId}
   *
   * Delete version
   */
  deleteVersion: {
    operation: "deleteVersion",
    method: "DELETE",
    path: "/version/{versionId}",
    source: null,
    basis: "security",
    authentication: "token",
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
