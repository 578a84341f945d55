import {
  depthExceeded,
  fixedIssue,
  MAX_DEPTH,
  reportFixed,
  ROOT,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validatePostStreamsResponse(value) {
  const issues = check$PostStreamsResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostStreamsResponse(value) {
  return is$PostStreamsResponse(value, 0);
}
const schemas = {
  PostStreamsResponse: /* @__PURE__ */ standardSchema(validatePostStreamsResponse)
};
const issue$subscriptionId_required_f9e02c = /* @__PURE__ */ fixedIssue(["subscriptionId"], "required", "is required");
const issue$subscriptionId_type_033859 = /* @__PURE__ */ fixedIssue(["subscriptionId"], "type", "must be a string");
function is$PostStreamsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "subscriptionId") ? o2.subscriptionId : void 0;
    if (x3 === void 0) return false;
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$PostStreamsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "subscriptionId") ? o2.subscriptionId : void 0;
    if (x3 === void 0) {
      s = reportFixed(s, p, issue$subscriptionId_required_f9e02c);
    } else {
      if (typeof x3 !== "string") {
        s = reportFixed(s, p, issue$subscriptionId_type_033859);
      }
    }
  }
  return s;
}
export {
  ValidationError,
  isPostStreamsResponse,
  schemas,
  validatePostStreamsResponse
};
