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
   * POST /streams
   */
  postStreams: {
    operation: "postStreams",
    method: "POST",
    path: "/streams",
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
