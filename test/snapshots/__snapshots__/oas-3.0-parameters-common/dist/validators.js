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
function validateGetAnythingByIdResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingByIdResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingByIdResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdResponse(value) {
  return value === void 0 || is$GetAnythingByIdResponse(value, 0);
}
function validatePostAnythingByIdResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingByIdResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingByIdResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingByIdResponse(value) {
  return value === void 0 || is$PostAnythingByIdResponse(value, 0);
}
function validateGetAnythingByIdOverrideResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingByIdOverrideResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingByIdOverrideResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdOverrideResponse(value) {
  return value === void 0 || is$GetAnythingByIdOverrideResponse(value, 0);
}
function validateGetAnythingByIdByActionResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingByIdByActionResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingByIdByActionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdByActionResponse(value) {
  return value === void 0 || is$GetAnythingByIdByActionResponse(value, 0);
}
function validateGetAnythingByIdByActionByIdResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingByIdByActionByIdResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingByIdByActionByIdResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdByActionByIdResponse(value) {
  return value === void 0 || is$GetAnythingByIdByActionByIdResponse(value, 0);
}
const schemas = {
  GetAnythingByIdResponse: /* @__PURE__ */ standardSchema(validateGetAnythingByIdResponse, jsonSchema$of("GetAnythingByIdResponse")),
  PostAnythingByIdResponse: /* @__PURE__ */ standardSchema(validatePostAnythingByIdResponse, jsonSchema$of("PostAnythingByIdResponse")),
  GetAnythingByIdOverrideResponse: /* @__PURE__ */ standardSchema(validateGetAnythingByIdOverrideResponse, jsonSchema$of("GetAnythingByIdOverrideResponse")),
  GetAnythingByIdByActionResponse: /* @__PURE__ */ standardSchema(validateGetAnythingByIdByActionResponse, jsonSchema$of("GetAnythingByIdByActionResponse")),
  GetAnythingByIdByActionByIdResponse: /* @__PURE__ */ standardSchema(validateGetAnythingByIdByActionByIdResponse, jsonSchema$of("GetAnythingByIdByActionByIdResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetAnythingByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingByIdOverrideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdOverrideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingByIdByActionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdByActionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingByIdByActionByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdByActionByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetAnythingByIdResponse: false,
  PostAnythingByIdResponse: false,
  GetAnythingByIdOverrideResponse: false,
  GetAnythingByIdByActionResponse: false,
  GetAnythingByIdByActionByIdResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetAnythingByIdByActionByIdResponse,
  isGetAnythingByIdByActionResponse,
  isGetAnythingByIdOverrideResponse,
  isGetAnythingByIdResponse,
  isPostAnythingByIdResponse,
  schemas,
  validateGetAnythingByIdByActionByIdResponse,
  validateGetAnythingByIdByActionResponse,
  validateGetAnythingByIdOverrideResponse,
  validateGetAnythingByIdResponse,
  validatePostAnythingByIdResponse
};
