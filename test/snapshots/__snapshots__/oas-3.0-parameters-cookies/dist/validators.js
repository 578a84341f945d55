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
function validatePostPostResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostPostResponse(value, ROOT, void 0, 0) : checkValue(check$PostPostResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostPostResponse(value) {
  return value === void 0 || is$PostPostResponse(value, 0);
}
const schemas = {
  PostPostResponse: /* @__PURE__ */ standardSchema(validatePostPostResponse, jsonSchema$of("PostPostResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$PostPostResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostPostResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostPostResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostPostResponse,
  schemas,
  validatePostPostResponse
};
