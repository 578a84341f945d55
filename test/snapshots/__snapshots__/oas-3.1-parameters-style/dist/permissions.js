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
   * POST /anything/form-data
   *
   * Standard (no encoding)
   */
  formDataStandard: {
    operation: "formDataStandard",
    method: "POST",
    path: "/anything/form-data",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/form-data/deepObject
   *
   * deepObject (exploded)
   */
  formDataDeepObjectExploded: {
    operation: "formDataDeepObjectExploded",
    method: "POST",
    path: "/anything/form-data/deepObject",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /anything/form-data/form
   *
   * Form (exploded)
   */
  formDataFormExploded: {
    operation: "formDataFormExploded",
    method: "PUT",
    path: "/anything/form-data/form",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/form-data/form
   *
   * Form (non-exploded)
   */
  formDataFormNonExploded: {
    operation: "formDataFormNonExploded",
    method: "POST",
    path: "/anything/form-data/form",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/form-data/pipeDelimited
   *
   * pipeDelimited (non-exploded)
   */
  formDataPipeDelimitedNonExploded: {
    operation: "formDataPipeDelimitedNonExploded",
    method: "POST",
    path: "/anything/form-data/pipeDelimited",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/form-data/spaceDelimited
   *
   * spaceDelimited (non-exploded)
   */
  formDataSpaceDelimitedNonExploded: {
    operation: "formDataSpaceDelimitedNonExploded",
    method: "GET",
    path: "/anything/form-data/spaceDelimited",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/headers
   *
   * Standard (no style)
   */
  headersStandard: {
    operation: "headersStandard",
    method: "GET",
    path: "/anything/headers",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/headers/simple
   *
   * Simple (non-exploded)
   */
  headersSimpleNonExploded: {
    operation: "headersSimpleNonExploded",
    method: "GET",
    path: "/anything/headers/simple",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/headers/simple
   *
   * Simple (exploded)
   */
  headersSimpleExploded: {
    operation: "headersSimpleExploded",
    method: "POST",
    path: "/anything/headers/simple",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/path/label/{primitive}/{array}/{object}
   *
   * Label (non-exploded)
   */
  pathsLabelNonExploded: {
    operation: "pathsLabelNonExploded",
    method: "GET",
    path: "/anything/path/label/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/path/label/{primitive}/{array}/{object}
   *
   * Label (exploded)
   */
  pathsLabelExploded: {
    operation: "pathsLabelExploded",
    method: "POST",
    path: "/anything/path/label/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/path/matrix/{primitive}/{array}/{object}
   *
   * Matrix (non-exploded)
   */
  pathsMatrixNonExploded: {
    operation: "pathsMatrixNonExploded",
    method: "GET",
    path: "/anything/path/matrix/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/path/matrix/{primitive}/{array}/{object}
   *
   * Matrix (exploded)
   */
  pathsMatrixExploded: {
    operation: "pathsMatrixExploded",
    method: "POST",
    path: "/anything/path/matrix/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/path/simple/{primitive}/{array}/{object}
   *
   * Simple (non-exploded)
   */
  pathsSimpleNonExploded: {
    operation: "pathsSimpleNonExploded",
    method: "GET",
    path: "/anything/path/simple/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/path/simple/{primitive}/{array}/{object}
   *
   * Simple (exploded)
   */
  pathsSimpleExploded: {
    operation: "pathsSimpleExploded",
    method: "POST",
    path: "/anything/path/simple/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/path/{primitive}/{array}/{object}
   *
   * Standard (no style)
   */
  pathsStandard: {
    operation: "pathsStandard",
    method: "GET",
    path: "/anything/path/{primitive}/{array}/{object}",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/query
   *
   * Standard (no style)
   */
  queryStandard: {
    operation: "queryStandard",
    method: "GET",
    path: "/anything/query",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/query/deepObject
   *
   * deepObject (exploded)
   */
  queryDeepObjectNonExploded: {
    operation: "queryDeepObjectNonExploded",
    method: "GET",
    path: "/anything/query/deepObject",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/query/form
   *
   * Form (non-exploded)
   */
  queryFormNonExploded: {
    operation: "queryFormNonExploded",
    method: "GET",
    path: "/anything/query/form",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/query/form
   *
   * Form (exploded)
   */
  queryFormExploded: {
    operation: "queryFormExploded",
    method: "POST",
    path: "/anything/query/form",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/query/pipeDelimited
   *
   * pipeDelimited (non-exploded)
   */
  queryPipeDelimitedNonExploded: {
    operation: "queryPipeDelimitedNonExploded",
    method: "GET",
    path: "/anything/query/pipeDelimited",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /anything/query/spaceDelimited
   *
   * spaceDelimited (non-exploded)
   */
  querySpaceDelimitedNonExploded: {
    operation: "querySpaceDelimitedNonExploded",
    method: "GET",
    path: "/anything/query/spaceDelimited",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /cookies
   *
   * Standard (no style)
   */
  cookiesStandard: {
    operation: "cookiesStandard",
    method: "GET",
    path: "/cookies",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /cookies#formExploded
   *
   * Form (exploded)
   */
  cookiesFormExploded: {
    operation: "cookiesFormExploded",
    method: "GET",
    path: "/cookies#formExploded",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /cookies#formNonExploded
   *
   * Form (non-exploded)
   */
  cookiesFormNonExploded: {
    operation: "cookiesFormNonExploded",
    method: "GET",
    path: "/cookies#formNonExploded",
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
