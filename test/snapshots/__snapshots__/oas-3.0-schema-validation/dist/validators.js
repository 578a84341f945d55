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
function validateGetAnythingBooleansResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingBooleansResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingBooleansResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingBooleansResponse(value) {
  return value === void 0 || is$GetAnythingBooleansResponse(value, 0);
}
function validateGetAnythingJsonschemaFormatsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingJsonschemaFormatsResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingJsonschemaFormatsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingJsonschemaFormatsResponse(value) {
  return value === void 0 || is$GetAnythingJsonschemaFormatsResponse(value, 0);
}
function validateGetAnythingNumbersResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingNumbersResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingNumbersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingNumbersResponse(value) {
  return value === void 0 || is$GetAnythingNumbersResponse(value, 0);
}
function validateGetAnythingOasFormatsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingOasFormatsResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingOasFormatsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingOasFormatsResponse(value) {
  return value === void 0 || is$GetAnythingOasFormatsResponse(value, 0);
}
function validateGetAnythingStringsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingStringsResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingStringsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingStringsResponse(value) {
  return value === void 0 || is$GetAnythingStringsResponse(value, 0);
}
const schemas = {
  GetAnythingBooleansResponse: /* @__PURE__ */ standardSchema(validateGetAnythingBooleansResponse, jsonSchema$of("GetAnythingBooleansResponse")),
  GetAnythingJsonschemaFormatsResponse: /* @__PURE__ */ standardSchema(validateGetAnythingJsonschemaFormatsResponse, jsonSchema$of("GetAnythingJsonschemaFormatsResponse")),
  GetAnythingNumbersResponse: /* @__PURE__ */ standardSchema(validateGetAnythingNumbersResponse, jsonSchema$of("GetAnythingNumbersResponse")),
  GetAnythingOasFormatsResponse: /* @__PURE__ */ standardSchema(validateGetAnythingOasFormatsResponse, jsonSchema$of("GetAnythingOasFormatsResponse")),
  GetAnythingStringsResponse: /* @__PURE__ */ standardSchema(validateGetAnythingStringsResponse, jsonSchema$of("GetAnythingStringsResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetAnythingBooleansResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingBooleansResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingJsonschemaFormatsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingJsonschemaFormatsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
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
function is$GetAnythingOasFormatsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingOasFormatsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingStringsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingStringsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetAnythingBooleansResponse: false,
  GetAnythingJsonschemaFormatsResponse: false,
  GetAnythingNumbersResponse: false,
  GetAnythingOasFormatsResponse: false,
  GetAnythingStringsResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetAnythingBooleansResponse,
  isGetAnythingJsonschemaFormatsResponse,
  isGetAnythingNumbersResponse,
  isGetAnythingOasFormatsResponse,
  isGetAnythingStringsResponse,
  schemas,
  validateGetAnythingBooleansResponse,
  validateGetAnythingJsonschemaFormatsResponse,
  validateGetAnythingNumbersResponse,
  validateGetAnythingOasFormatsResponse,
  validateGetAnythingStringsResponse
};
