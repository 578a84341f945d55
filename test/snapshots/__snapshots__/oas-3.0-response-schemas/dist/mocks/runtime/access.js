import {
  canCall,
  permissions
} from "../../permissions.js";
const SCHEME_LABELS = {
  DelegatedWork: "delegated (work or school account)",
  DelegatedPersonal: "delegated (personal account)",
  Application: "application"
};
const table = permissions;
function isOperationId(operation) {
  return Object.hasOwn(table, operation);
}
function entryOf(operation) {
  return isOperationId(operation) ? table[operation] : void 0;
}
function needsToken(operation) {
  return entryOf(operation)?.authentication !== "none";
}
function accessClaims(claims) {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r) => typeof r === "string") : void 0;
  return {
    ...typeof claims.scp === "string" ? { scp: claims.scp } : {},
    ...roles === void 0 ? {} : { roles },
    ...typeof claims.tid === "string" ? { tid: claims.tid } : {}
  };
}
function decideAccess(operation, claims) {
  if (!isOperationId(operation))
    return {
      kind: "denied",
      message: `No permission table is known for ${operation}.`,
      acceptable: []
    };
  const decision = canCall(operation, accessClaims(claims));
  if (decision.allowed) return { kind: "allowed" };
  if (decision.reason === "not-authenticated" || decision.scheme === null) {
    return {
      kind: "unauthenticated",
      message: "Access token has neither a scp nor a roles claim."
    };
  }
  const insufficient = "Insufficient privileges to complete the operation.";
  if (decision.reason === "scheme-not-supported") {
    const entry = entryOf(operation);
    const supported = entry === void 0 ? [] : supportedSchemes(entry);
    const alternatives = supported.map((s) => `${SCHEME_LABELS[s.scheme]}: ${s.scopes.map(entryLabel).join(", ")}`).join("; ");
    return {
      kind: "denied",
      message: `${insufficient} ${operation} does not support ${SCHEME_LABELS[decision.scheme]} permissions${alternatives === "" ? "." : `; it accepts ${alternatives}.`}`,
      acceptable: supported.flatMap((s) => s.scopes.map(entryLabel))
    };
  }
  const acceptable = decision.acceptable.map(entryLabel);
  return {
    kind: "denied",
    message: `${insufficient} ${operation} needs one of these ${SCHEME_LABELS[decision.scheme]} permissions: ${acceptable.join(", ")}.`,
    acceptable
  };
}
function entryLabel(entry) {
  return typeof entry === "string" ? entry : entry.join(" and ");
}
function supportedSchemes(entry) {
  if (entry.schemes === null) return [];
  const schemes = entry.schemes;
  return ["DelegatedWork", "DelegatedPersonal", "Application"].flatMap((scheme) => {
    const permitted = schemes[scheme];
    return permitted.supported ? [{ scheme, scopes: permitted.scopes }] : [];
  });
}
export {
  decideAccess,
  needsToken
};
