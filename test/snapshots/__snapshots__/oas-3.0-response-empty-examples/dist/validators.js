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
function validateUserResponse(value, options) {
  const issues = options === void 0 ? check$UserResponse(value, ROOT, void 0, 0) : checkValue(check$UserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUserResponse(value) {
  return is$UserResponse(value, 0);
}
function validateGetExamplesResponse(value, options) {
  const issues = options === void 0 ? check$GetExamplesResponse(value, ROOT, void 0, 0) : checkValue(check$GetExamplesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetExamplesResponse(value) {
  return is$GetExamplesResponse(value, 0);
}
const schemas = {
  UserResponse: /* @__PURE__ */ standardSchema(validateUserResponse, jsonSchema$of("UserResponse")),
  GetExamplesResponse: /* @__PURE__ */ standardSchema(validateGetExamplesResponse, jsonSchema$of("GetExamplesResponse"))
};
function is$UserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$UserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetExamplesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetExamplesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {
  UserResponse: { examples: [{ user: { email: "test@example.com", name: "Test user name" } }] }
};
const jsonSchema$roots = {
  UserResponse: { $ref: "#/$defs/UserResponse" },
  GetExamplesResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetExamplesResponse,
  isUserResponse,
  schemas,
  validateGetExamplesResponse,
  validateUserResponse
};
