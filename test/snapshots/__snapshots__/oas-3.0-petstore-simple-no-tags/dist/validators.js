import {
  depthExceeded,
  MAX_DEPTH,
  ROOT,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateGetPetByIdResponse(value) {
  const issues = check$GetPetByIdResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPetByIdResponse(value) {
  return is$GetPetByIdResponse(value, 0);
}
function validatePutPetByIdResponse(value) {
  const issues = check$PutPetByIdResponse(value, ROOT, void 0, 0);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutPetByIdResponse(value) {
  return is$PutPetByIdResponse(value, 0);
}
const schemas = {
  GetPetByIdResponse: /* @__PURE__ */ standardSchema(validateGetPetByIdResponse),
  PutPetByIdResponse: /* @__PURE__ */ standardSchema(validatePutPetByIdResponse)
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
export {
  ValidationError,
  isGetPetByIdResponse,
  isPutPetByIdResponse,
  schemas,
  validateGetPetByIdResponse,
  validatePutPetByIdResponse
};
