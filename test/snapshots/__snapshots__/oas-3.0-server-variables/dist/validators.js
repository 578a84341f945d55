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
function validatePutComboResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutComboResponse(value, ROOT, void 0, 0) : checkValue(check$PutComboResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutComboResponse(value) {
  return value === void 0 || is$PutComboResponse(value, 0);
}
function validatePostGlobalResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostGlobalResponse(value, ROOT, void 0, 0) : checkValue(check$PostGlobalResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostGlobalResponse(value) {
  return value === void 0 || is$PostGlobalResponse(value, 0);
}
function validatePostOperationResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostOperationResponse(value, ROOT, void 0, 0) : checkValue(check$PostOperationResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostOperationResponse(value) {
  return value === void 0 || is$PostOperationResponse(value, 0);
}
function validatePutPathResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutPathResponse(value, ROOT, void 0, 0) : checkValue(check$PutPathResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutPathResponse(value) {
  return value === void 0 || is$PutPathResponse(value, 0);
}
const schemas = {
  PutComboResponse: /* @__PURE__ */ standardSchema(validatePutComboResponse, jsonSchema$of("PutComboResponse")),
  PostGlobalResponse: /* @__PURE__ */ standardSchema(validatePostGlobalResponse, jsonSchema$of("PostGlobalResponse")),
  PostOperationResponse: /* @__PURE__ */ standardSchema(validatePostOperationResponse, jsonSchema$of("PostOperationResponse")),
  PutPathResponse: /* @__PURE__ */ standardSchema(validatePutPathResponse, jsonSchema$of("PutPathResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$PutComboResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutComboResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostGlobalResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostGlobalResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostOperationResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostOperationResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutPathResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutPathResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PutComboResponse: false,
  PostGlobalResponse: false,
  PostOperationResponse: false,
  PutPathResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostGlobalResponse,
  isPostOperationResponse,
  isPutComboResponse,
  isPutPathResponse,
  schemas,
  validatePostGlobalResponse,
  validatePostOperationResponse,
  validatePutComboResponse,
  validatePutPathResponse
};
