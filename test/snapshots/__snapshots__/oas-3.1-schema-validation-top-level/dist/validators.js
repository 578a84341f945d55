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
function validateGetAnythingNumbersResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingNumbersResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingNumbersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingNumbersResponse(value) {
  return value === void 0 || is$GetAnythingNumbersResponse(value, 0);
}
const schemas = {
  GetAnythingNumbersResponse: /* @__PURE__ */ standardSchema(validateGetAnythingNumbersResponse, jsonSchema$of("GetAnythingNumbersResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetAnythingNumbersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingNumbersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetAnythingNumbersResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetAnythingNumbersResponse,
  schemas,
  validateGetAnythingNumbersResponse
};
