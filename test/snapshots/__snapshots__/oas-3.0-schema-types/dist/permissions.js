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
   * POST /anything/arrays
   *
   * Array support
   */
  arraySchemaSupport: {
    operation: "arraySchemaSupport",
    method: "POST",
    path: "/anything/arrays",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/arrays/top-level-payloads
   *
   * Top-level payloads (objects)
   */
  arrayTopLevelObjects: {
    operation: "arrayTopLevelObjects",
    method: "POST",
    path: "/anything/arrays/top-level-payloads",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/arrays/top-level-payloads
   *
   * Top-level payloads (primitives)
   */
  arrayTopLevelPrimitives: {
    operation: "arrayTopLevelPrimitives",
    method: "PATCH",
    path: "/anything/arrays/top-level-payloads",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/booleans
   *
   * Boolean support
   */
  booleanSchemaSupport: {
    operation: "booleanSchemaSupport",
    method: "POST",
    path: "/anything/booleans",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/booleans
   *
   * Top-level payloads
   */
  booleanTopLevel: {
    operation: "booleanTopLevel",
    method: "PATCH",
    path: "/anything/booleans",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/circular
   *
   * Nested circular $ref
   */
  circularHandling: {
    operation: "circularHandling",
    method: "POST",
    path: "/anything/circular",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/circular
   *
   * Top-level circular $ref
   */
  circularTopLevel: {
    operation: "circularTopLevel",
    method: "PATCH",
    path: "/anything/circular",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /anything/numbers
   *
   * `format` data types
   */
  numberFormatSupport: {
    operation: "numberFormatSupport",
    method: "PUT",
    path: "/anything/numbers",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/numbers
   *
   * Number support
   */
  numberSchemaSupport: {
    operation: "numberSchemaSupport",
    method: "POST",
    path: "/anything/numbers",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/numbers
   *
   * Top-level payloads
   */
  numberTopLevel: {
    operation: "numberTopLevel",
    method: "PATCH",
    path: "/anything/numbers",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/objects
   *
   * Object support
   */
  objectSchemaSupport: {
    operation: "objectSchemaSupport",
    method: "POST",
    path: "/anything/objects",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/quirks
   *
   * Missing schema type
   */
  quirksMissingType: {
    operation: "quirksMissingType",
    method: "POST",
    path: "/anything/quirks",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /anything/quirks/polymorphism
   *
   * Incompatible allOf schemas on a root requestBody
   */
  quirksEntirelyIncompatibleAllOf: {
    operation: "quirksEntirelyIncompatibleAllOf",
    method: "PUT",
    path: "/anything/quirks/polymorphism",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/quirks/polymorphism
   *
   * Incompatible nested allOf schemas
   */
  quirksIncompatibleNestedAllOf: {
    operation: "quirksIncompatibleNestedAllOf",
    method: "POST",
    path: "/anything/quirks/polymorphism",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/quirks/polymorphism
   *
   * Incompatible allOf schemas on a root requestBody (with other schema properties)
   */
  quirksPartiallyUsableIncompatibleAllOf: {
    operation: "quirksPartiallyUsableIncompatibleAllOf",
    method: "PATCH",
    path: "/anything/quirks/polymorphism",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/raw_body/top-level-payloads
   *
   * Top-level RAW_BODY (string)
   */
  rawBodyTopLevel: {
    operation: "rawBodyTopLevel",
    method: "POST",
    path: "/anything/raw_body/top-level-payloads",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/raw_body/top-level-payloads
   *
   * Top-level RAW_BODY (JSON)
   */
  rawBodyTopLevelJSON: {
    operation: "rawBodyTopLevelJSON",
    method: "PATCH",
    path: "/anything/raw_body/top-level-payloads",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PUT /anything/strings
   *
   * `format` data types
   */
  stringFormatSupport: {
    operation: "stringFormatSupport",
    method: "PUT",
    path: "/anything/strings",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/strings
   *
   * String support
   */
  stringSchemaSupport: {
    operation: "stringSchemaSupport",
    method: "POST",
    path: "/anything/strings",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /anything/strings/top-level-payloads
   *
   * Top-level payloads
   */
  stringTopLevel: {
    operation: "stringTopLevel",
    method: "POST",
    path: "/anything/strings/top-level-payloads",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * PATCH /anything/strings/top-level-payloads
   *
   * Top-level payloads (JSON)
   */
  stringTopLevelJSON: {
    operation: "stringTopLevelJSON",
    method: "PATCH",
    path: "/anything/strings/top-level-payloads",
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
