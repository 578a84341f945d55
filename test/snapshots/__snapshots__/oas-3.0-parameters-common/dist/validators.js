import {
  depthExceeded,
  fixedIssue,
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
function validateGetAnythingByIdResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$GetAnythingByIdResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdResponse(value) {
  return value === void 0 || is$GetAnythingByIdResponse(value, 0);
}
function validatePostAnythingByIdResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$PostAnythingByIdResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingByIdResponse(value) {
  return value === void 0 || is$PostAnythingByIdResponse(value, 0);
}
function validateGetAnythingByIdOverrideResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$GetAnythingByIdOverrideResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdOverrideResponse(value) {
  return value === void 0 || is$GetAnythingByIdOverrideResponse(value, 0);
}
function validateGetAnythingByIdByActionResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$GetAnythingByIdByActionResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingByIdByActionResponse(value) {
  return value === void 0 || is$GetAnythingByIdByActionResponse(value, 0);
}
function validateGetAnythingByIdByActionByIdResponse(value) {
  if (value === void 0) return { ok: true, value };
  const issues = check$GetAnythingByIdByActionByIdResponse(value, ROOT, void 0, 0);
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
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$PostAnythingByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$GetAnythingByIdOverrideResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdOverrideResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$GetAnythingByIdByActionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdByActionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
  return s;
}
function is$GetAnythingByIdByActionByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingByIdByActionByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  s = reportFixed(s, p, issue$never_de3423);
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
