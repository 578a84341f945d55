import {
  canCall,
  permissions
} from "../../permissions.js";
import { PERSONAL_ACCOUNT } from "./flavour.js";
const SCHEME_LABELS = {
  DelegatedWork: "delegated (work or school account)",
  DelegatedPersonal: `delegated (${PERSONAL_ACCOUNT})`,
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
const decisions = /* @__PURE__ */ new WeakMap();
function decideAccess(operation, claims) {
  if (!Object.isFrozen(claims) || Array.isArray(claims.roles) && !Object.isFrozen(claims.roles))
    return decide(operation, claims);
  let byOperation = decisions.get(claims);
  if (byOperation === void 0) decisions.set(claims, byOperation = /* @__PURE__ */ new Map());
  let decision = byOperation.get(operation);
  if (decision === void 0)
    byOperation.set(operation, decision = deepFreeze(decide(operation, claims)));
  return decision;
}
function decide(operation, claims) {
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
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
export {
  decideAccess,
  needsToken
};
