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
function validateGetAnythingApiKeyResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingApiKeyResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingApiKeyResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingApiKeyResponse(value) {
  return value === void 0 || is$GetAnythingApiKeyResponse(value, 0);
}
function validatePutAnythingApiKeyResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutAnythingApiKeyResponse(value, ROOT, void 0, 0) : checkValue(check$PutAnythingApiKeyResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingApiKeyResponse(value) {
  return value === void 0 || is$PutAnythingApiKeyResponse(value, 0);
}
function validatePostAnythingApiKeyResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingApiKeyResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingApiKeyResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingApiKeyResponse(value) {
  return value === void 0 || is$PostAnythingApiKeyResponse(value, 0);
}
function validatePostAnythingBasicResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingBasicResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingBasicResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingBasicResponse(value) {
  return value === void 0 || is$PostAnythingBasicResponse(value, 0);
}
function validatePutAnythingBearerResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutAnythingBearerResponse(value, ROOT, void 0, 0) : checkValue(check$PutAnythingBearerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingBearerResponse(value) {
  return value === void 0 || is$PutAnythingBearerResponse(value, 0);
}
function validatePostAnythingBearerResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingBearerResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingBearerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingBearerResponse(value) {
  return value === void 0 || is$PostAnythingBearerResponse(value, 0);
}
function validatePostAnythingMutualTLSResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingMutualTLSResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingMutualTLSResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingMutualTLSResponse(value) {
  return value === void 0 || is$PostAnythingMutualTLSResponse(value, 0);
}
function validatePostAnythingNoAuthResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingNoAuthResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNoAuthResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNoAuthResponse(value) {
  return value === void 0 || is$PostAnythingNoAuthResponse(value, 0);
}
function validateGetAnythingOauth2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingOauth2Response(value, ROOT, void 0, 0) : checkValue(check$GetAnythingOauth2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingOauth2Response(value) {
  return value === void 0 || is$GetAnythingOauth2Response(value, 0);
}
function validatePutAnythingOauth2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutAnythingOauth2Response(value, ROOT, void 0, 0) : checkValue(check$PutAnythingOauth2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingOauth2Response(value) {
  return value === void 0 || is$PutAnythingOauth2Response(value, 0);
}
function validatePostAnythingOauth2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingOauth2Response(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOauth2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOauth2Response(value) {
  return value === void 0 || is$PostAnythingOauth2Response(value, 0);
}
function validateDeleteAnythingOauth2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteAnythingOauth2Response(value, ROOT, void 0, 0) : checkValue(check$DeleteAnythingOauth2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteAnythingOauth2Response(value) {
  return value === void 0 || is$DeleteAnythingOauth2Response(value, 0);
}
function validatePatchAnythingOauth2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchAnythingOauth2Response(value, ROOT, void 0, 0) : checkValue(check$PatchAnythingOauth2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchAnythingOauth2Response(value) {
  return value === void 0 || is$PatchAnythingOauth2Response(value, 0);
}
function validatePostAnythingOpenIdConnectResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingOpenIdConnectResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOpenIdConnectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOpenIdConnectResponse(value) {
  return value === void 0 || is$PostAnythingOpenIdConnectResponse(value, 0);
}
function validatePostStatus401Response(value, options) {
  const issues = options === void 0 ? check$PostStatus401Response(value, ROOT, void 0, 0) : checkValue(check$PostStatus401Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostStatus401Response(value) {
  return is$PostStatus401Response(value, 0);
}
const schemas = {
  GetAnythingApiKeyResponse: /* @__PURE__ */ standardSchema(validateGetAnythingApiKeyResponse, jsonSchema$of("GetAnythingApiKeyResponse")),
  PutAnythingApiKeyResponse: /* @__PURE__ */ standardSchema(validatePutAnythingApiKeyResponse, jsonSchema$of("PutAnythingApiKeyResponse")),
  PostAnythingApiKeyResponse: /* @__PURE__ */ standardSchema(validatePostAnythingApiKeyResponse, jsonSchema$of("PostAnythingApiKeyResponse")),
  PostAnythingBasicResponse: /* @__PURE__ */ standardSchema(validatePostAnythingBasicResponse, jsonSchema$of("PostAnythingBasicResponse")),
  PutAnythingBearerResponse: /* @__PURE__ */ standardSchema(validatePutAnythingBearerResponse, jsonSchema$of("PutAnythingBearerResponse")),
  PostAnythingBearerResponse: /* @__PURE__ */ standardSchema(validatePostAnythingBearerResponse, jsonSchema$of("PostAnythingBearerResponse")),
  PostAnythingMutualTLSResponse: /* @__PURE__ */ standardSchema(validatePostAnythingMutualTLSResponse, jsonSchema$of("PostAnythingMutualTLSResponse")),
  PostAnythingNoAuthResponse: /* @__PURE__ */ standardSchema(validatePostAnythingNoAuthResponse, jsonSchema$of("PostAnythingNoAuthResponse")),
  GetAnythingOauth2Response: /* @__PURE__ */ standardSchema(validateGetAnythingOauth2Response, jsonSchema$of("GetAnythingOauth2Response")),
  PutAnythingOauth2Response: /* @__PURE__ */ standardSchema(validatePutAnythingOauth2Response, jsonSchema$of("PutAnythingOauth2Response")),
  PostAnythingOauth2Response: /* @__PURE__ */ standardSchema(validatePostAnythingOauth2Response, jsonSchema$of("PostAnythingOauth2Response")),
  DeleteAnythingOauth2Response: /* @__PURE__ */ standardSchema(validateDeleteAnythingOauth2Response, jsonSchema$of("DeleteAnythingOauth2Response")),
  PatchAnythingOauth2Response: /* @__PURE__ */ standardSchema(validatePatchAnythingOauth2Response, jsonSchema$of("PatchAnythingOauth2Response")),
  PostAnythingOpenIdConnectResponse: /* @__PURE__ */ standardSchema(validatePostAnythingOpenIdConnectResponse, jsonSchema$of("PostAnythingOpenIdConnectResponse")),
  PostStatus401Response: /* @__PURE__ */ standardSchema(validatePostStatus401Response, jsonSchema$of("PostStatus401Response"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetAnythingApiKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingApiKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutAnythingApiKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutAnythingApiKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingApiKeyResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingApiKeyResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingBasicResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingBasicResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutAnythingBearerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutAnythingBearerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingBearerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingBearerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingMutualTLSResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingMutualTLSResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingNoAuthResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingNoAuthResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetAnythingOauth2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingOauth2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutAnythingOauth2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutAnythingOauth2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingOauth2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingOauth2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteAnythingOauth2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteAnythingOauth2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchAnythingOauth2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchAnythingOauth2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingOpenIdConnectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingOpenIdConnectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostStatus401Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostStatus401Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetAnythingApiKeyResponse: false,
  PutAnythingApiKeyResponse: false,
  PostAnythingApiKeyResponse: false,
  PostAnythingBasicResponse: false,
  PutAnythingBearerResponse: false,
  PostAnythingBearerResponse: false,
  PostAnythingMutualTLSResponse: false,
  PostAnythingNoAuthResponse: false,
  GetAnythingOauth2Response: false,
  PutAnythingOauth2Response: false,
  PostAnythingOauth2Response: false,
  DeleteAnythingOauth2Response: false,
  PatchAnythingOauth2Response: false,
  PostAnythingOpenIdConnectResponse: false,
  PostStatus401Response: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDeleteAnythingOauth2Response,
  isGetAnythingApiKeyResponse,
  isGetAnythingOauth2Response,
  isPatchAnythingOauth2Response,
  isPostAnythingApiKeyResponse,
  isPostAnythingBasicResponse,
  isPostAnythingBearerResponse,
  isPostAnythingMutualTLSResponse,
  isPostAnythingNoAuthResponse,
  isPostAnythingOauth2Response,
  isPostAnythingOpenIdConnectResponse,
  isPostStatus401Response,
  isPutAnythingApiKeyResponse,
  isPutAnythingBearerResponse,
  isPutAnythingOauth2Response,
  schemas,
  validateDeleteAnythingOauth2Response,
  validateGetAnythingApiKeyResponse,
  validateGetAnythingOauth2Response,
  validatePatchAnythingOauth2Response,
  validatePostAnythingApiKeyResponse,
  validatePostAnythingBasicResponse,
  validatePostAnythingBearerResponse,
  validatePostAnythingMutualTLSResponse,
  validatePostAnythingNoAuthResponse,
  validatePostAnythingOauth2Response,
  validatePostAnythingOpenIdConnectResponse,
  validatePostStatus401Response,
  validatePutAnythingApiKeyResponse,
  validatePutAnythingBearerResponse,
  validatePutAnythingOauth2Response
};
