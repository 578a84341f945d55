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
function validateCachedResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$CachedResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCachedResponse(value) {
  return value === void 0 || is$CachedResponse(value, 0);
}
function validateNocontentResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$NocontentResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNocontentResponse(value) {
  return value === void 0 || is$NocontentResponse(value, 0);
}
function validateRedirectResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$RedirectResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRedirectResponse(value) {
  return value === void 0 || is$RedirectResponse(value, 0);
}
const schemas = {
  CachedResponse: /* @__PURE__ */ standardSchema(validateCachedResponse),
  NocontentResponse: /* @__PURE__ */ standardSchema(validateNocontentResponse),
  RedirectResponse: /* @__PURE__ */ standardSchema(validateRedirectResponse)
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$CachedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CachedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$NocontentResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$NocontentResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$RedirectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$RedirectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
export {
  ValidationError,
  isCachedResponse,
  isNocontentResponse,
  isRedirectResponse,
  schemas,
  validateCachedResponse,
  validateNocontentResponse,
  validateRedirectResponse
};
