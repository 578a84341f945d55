import {
  checkValue,
  depthExceeded,
  fixedIssue,
  issueLimit,
  MAX_DEPTH,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateCachedResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CachedResponse(value, ROOT, void 0, 0) : checkValue(check$CachedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCachedResponse(value) {
  return value === void 0 || is$CachedResponse(value, 0);
}
function validateNocontentResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$NocontentResponse(value, ROOT, void 0, 0) : checkValue(check$NocontentResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNocontentResponse(value) {
  return value === void 0 || is$NocontentResponse(value, 0);
}
function validateRedirectResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$RedirectResponse(value, ROOT, void 0, 0) : checkValue(check$RedirectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRedirectResponse(value) {
  return value === void 0 || is$RedirectResponse(value, 0);
}
const schemas = {
  CachedResponse: /* @__PURE__ */ standardSchema(validateCachedResponse, jsonSchema$of("CachedResponse")),
  NocontentResponse: /* @__PURE__ */ standardSchema(validateNocontentResponse, jsonSchema$of("NocontentResponse")),
  RedirectResponse: /* @__PURE__ */ standardSchema(validateRedirectResponse, jsonSchema$of("RedirectResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$CachedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CachedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$NocontentResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$NocontentResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$RedirectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$RedirectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  CachedResponse: false,
  NocontentResponse: false,
  RedirectResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
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
