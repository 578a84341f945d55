import {
  checkValue,
  depthExceeded,
  MAX_DEPTH,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validatePostAnythingAndResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingAndResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAndResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAndResponse(value) {
  return is$PostAnythingAndResponse(value, 0);
}
function validatePostAnythingAndOrResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingAndOrResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAndOrResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAndOrResponse(value) {
  return is$PostAnythingAndOrResponse(value, 0);
}
function validatePostAnythingManyAndOrResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingManyAndOrResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingManyAndOrResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingManyAndOrResponse(value) {
  return is$PostAnythingManyAndOrResponse(value, 0);
}
function validatePostAnythingOrResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingOrResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOrResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOrResponse(value) {
  return is$PostAnythingOrResponse(value, 0);
}
const schemas = {
  PostAnythingAndResponse: /* @__PURE__ */ standardSchema(validatePostAnythingAndResponse, jsonSchema$of("PostAnythingAndResponse")),
  PostAnythingAndOrResponse: /* @__PURE__ */ standardSchema(validatePostAnythingAndOrResponse, jsonSchema$of("PostAnythingAndOrResponse")),
  PostAnythingManyAndOrResponse: /* @__PURE__ */ standardSchema(validatePostAnythingManyAndOrResponse, jsonSchema$of("PostAnythingManyAndOrResponse")),
  PostAnythingOrResponse: /* @__PURE__ */ standardSchema(validatePostAnythingOrResponse, jsonSchema$of("PostAnythingOrResponse"))
};
function is$PostAnythingAndResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostAnythingAndResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PostAnythingAndOrResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostAnythingAndOrResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PostAnythingManyAndOrResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostAnythingManyAndOrResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PostAnythingOrResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostAnythingOrResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostAnythingAndResponse: true,
  PostAnythingAndOrResponse: true,
  PostAnythingManyAndOrResponse: true,
  PostAnythingOrResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostAnythingAndOrResponse,
  isPostAnythingAndResponse,
  isPostAnythingManyAndOrResponse,
  isPostAnythingOrResponse,
  schemas,
  validatePostAnythingAndOrResponse,
  validatePostAnythingAndResponse,
  validatePostAnythingManyAndOrResponse,
  validatePostAnythingOrResponse
};
