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
function validateGetPetByIdResponse(value, options) {
  const issues = options === void 0 ? check$GetPetByIdResponse(value, ROOT, void 0, 0) : checkValue(check$GetPetByIdResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPetByIdResponse(value) {
  return is$GetPetByIdResponse(value, 0);
}
function validatePutPetByIdResponse(value, options) {
  const issues = options === void 0 ? check$PutPetByIdResponse(value, ROOT, void 0, 0) : checkValue(check$PutPetByIdResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutPetByIdResponse(value) {
  return is$PutPetByIdResponse(value, 0);
}
const schemas = {
  GetPetByIdResponse: /* @__PURE__ */ standardSchema(validateGetPetByIdResponse, jsonSchema$of("GetPetByIdResponse")),
  PutPetByIdResponse: /* @__PURE__ */ standardSchema(validatePutPetByIdResponse, jsonSchema$of("PutPetByIdResponse"))
};
function is$GetPetByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetPetByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PutPetByIdResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PutPetByIdResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetPetByIdResponse: true,
  PutPetByIdResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetPetByIdResponse,
  isPutPetByIdResponse,
  schemas,
  validateGetPetByIdResponse,
  validatePutPetByIdResponse
};
