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
function validateGetEmptyOperationServersResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetEmptyOperationServersResponse(value, ROOT, void 0, 0) : checkValue(check$GetEmptyOperationServersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetEmptyOperationServersResponse(value) {
  return value === void 0 || is$GetEmptyOperationServersResponse(value, 0);
}
function validateGetEmptyPathItemServersResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetEmptyPathItemServersResponse(value, ROOT, void 0, 0) : checkValue(check$GetEmptyPathItemServersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetEmptyPathItemServersResponse(value) {
  return value === void 0 || is$GetEmptyPathItemServersResponse(value, 0);
}
function validateGetOperationServerVariablesResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetOperationServerVariablesResponse(value, ROOT, void 0, 0) : checkValue(check$GetOperationServerVariablesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetOperationServerVariablesResponse(value) {
  return value === void 0 || is$GetOperationServerVariablesResponse(value, 0);
}
function validateGetPathItemRefServerResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetPathItemRefServerResponse(value, ROOT, void 0, 0) : checkValue(check$GetPathItemRefServerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPathItemRefServerResponse(value) {
  return value === void 0 || is$GetPathItemRefServerResponse(value, 0);
}
function validateGetPathItemServerSourceResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetPathItemServerSourceResponse(value, ROOT, void 0, 0) : checkValue(check$GetPathItemServerSourceResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPathItemServerSourceResponse(value) {
  return value === void 0 || is$GetPathItemServerSourceResponse(value, 0);
}
function validateGetRelativeOperationServerResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetRelativeOperationServerResponse(value, ROOT, void 0, 0) : checkValue(check$GetRelativeOperationServerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRelativeOperationServerResponse(value) {
  return value === void 0 || is$GetRelativeOperationServerResponse(value, 0);
}
function validateGetRelativePathServerResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetRelativePathServerResponse(value, ROOT, void 0, 0) : checkValue(check$GetRelativePathServerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRelativePathServerResponse(value) {
  return value === void 0 || is$GetRelativePathServerResponse(value, 0);
}
const schemas = {
  GetEmptyOperationServersResponse: /* @__PURE__ */ standardSchema(validateGetEmptyOperationServersResponse, jsonSchema$of("GetEmptyOperationServersResponse")),
  GetEmptyPathItemServersResponse: /* @__PURE__ */ standardSchema(validateGetEmptyPathItemServersResponse, jsonSchema$of("GetEmptyPathItemServersResponse")),
  GetOperationServerVariablesResponse: /* @__PURE__ */ standardSchema(validateGetOperationServerVariablesResponse, jsonSchema$of("GetOperationServerVariablesResponse")),
  GetPathItemRefServerResponse: /* @__PURE__ */ standardSchema(validateGetPathItemRefServerResponse, jsonSchema$of("GetPathItemRefServerResponse")),
  GetPathItemServerSourceResponse: /* @__PURE__ */ standardSchema(validateGetPathItemServerSourceResponse, jsonSchema$of("GetPathItemServerSourceResponse")),
  GetRelativeOperationServerResponse: /* @__PURE__ */ standardSchema(validateGetRelativeOperationServerResponse, jsonSchema$of("GetRelativeOperationServerResponse")),
  GetRelativePathServerResponse: /* @__PURE__ */ standardSchema(validateGetRelativePathServerResponse, jsonSchema$of("GetRelativePathServerResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetEmptyOperationServersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetEmptyOperationServersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetEmptyPathItemServersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetEmptyPathItemServersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetOperationServerVariablesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetOperationServerVariablesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetPathItemRefServerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetPathItemRefServerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetPathItemServerSourceResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetPathItemServerSourceResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetRelativeOperationServerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetRelativeOperationServerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetRelativePathServerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetRelativePathServerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetEmptyOperationServersResponse: false,
  GetEmptyPathItemServersResponse: false,
  GetOperationServerVariablesResponse: false,
  GetPathItemRefServerResponse: false,
  GetPathItemServerSourceResponse: false,
  GetRelativeOperationServerResponse: false,
  GetRelativePathServerResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetEmptyOperationServersResponse,
  isGetEmptyPathItemServersResponse,
  isGetOperationServerVariablesResponse,
  isGetPathItemRefServerResponse,
  isGetPathItemServerSourceResponse,
  isGetRelativeOperationServerResponse,
  isGetRelativePathServerResponse,
  schemas,
  validateGetEmptyOperationServersResponse,
  validateGetEmptyPathItemServersResponse,
  validateGetOperationServerVariablesResponse,
  validateGetPathItemRefServerResponse,
  validateGetPathItemServerSourceResponse,
  validateGetRelativeOperationServerResponse,
  validateGetRelativePathServerResponse
};
