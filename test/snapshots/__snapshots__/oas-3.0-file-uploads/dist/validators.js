import {
  checkValue,
  depthExceeded,
  fixedIssue,
  isBinaryBody as acceptsBinaryBody,
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
function validatePostAnythingImagePngRequestBody(value, options) {
  if (acceptsBinaryBody(value)) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingImagePngRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingImagePngRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingImagePngRequestBody(value) {
  return acceptsBinaryBody(value) || is$PostAnythingImagePngRequestBody(value, 0);
}
function validatePostAnythingImagePngResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingImagePngResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingImagePngResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingImagePngResponse(value) {
  return value === void 0 || is$PostAnythingImagePngResponse(value, 0);
}
function validatePutAnythingMultipartFormdataRequestBody(value, options) {
  const issues = options === void 0 ? check$PutAnythingMultipartFormdataRequestBody(value, ROOT, void 0, 0) : checkValue(check$PutAnythingMultipartFormdataRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingMultipartFormdataRequestBody(value) {
  return is$PutAnythingMultipartFormdataRequestBody(value, 0);
}
function validatePutAnythingMultipartFormdataResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutAnythingMultipartFormdataResponse(value, ROOT, void 0, 0) : checkValue(check$PutAnythingMultipartFormdataResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingMultipartFormdataResponse(value) {
  return value === void 0 || is$PutAnythingMultipartFormdataResponse(value, 0);
}
function validatePostAnythingMultipartFormdataRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingMultipartFormdataRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingMultipartFormdataRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingMultipartFormdataRequestBody(value) {
  return is$PostAnythingMultipartFormdataRequestBody(value, 0);
}
function validatePostAnythingMultipartFormdataResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingMultipartFormdataResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingMultipartFormdataResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingMultipartFormdataResponse(value) {
  return value === void 0 || is$PostAnythingMultipartFormdataResponse(value, 0);
}
const schemas = {
  PostAnythingImagePngRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingImagePngRequestBody, jsonSchema$of("PostAnythingImagePngRequestBody")),
  PostAnythingImagePngResponse: /* @__PURE__ */ standardSchema(validatePostAnythingImagePngResponse, jsonSchema$of("PostAnythingImagePngResponse")),
  PutAnythingMultipartFormdataRequestBody: /* @__PURE__ */ standardSchema(validatePutAnythingMultipartFormdataRequestBody, jsonSchema$of("PutAnythingMultipartFormdataRequestBody")),
  PutAnythingMultipartFormdataResponse: /* @__PURE__ */ standardSchema(validatePutAnythingMultipartFormdataResponse, jsonSchema$of("PutAnythingMultipartFormdataResponse")),
  PostAnythingMultipartFormdataRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingMultipartFormdataRequestBody, jsonSchema$of("PostAnythingMultipartFormdataRequestBody")),
  PostAnythingMultipartFormdataResponse: /* @__PURE__ */ standardSchema(validatePostAnythingMultipartFormdataResponse, jsonSchema$of("PostAnythingMultipartFormdataResponse"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$orderId_type_426b38 = /* @__PURE__ */ fixedIssue(["orderId"], "type", "must be an integer");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$userId_type_6094bb = /* @__PURE__ */ fixedIssue(["userId"], "type", "must be an integer");
function is$PostAnythingImagePngRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingImagePngRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingImagePngResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingImagePngResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutAnythingMultipartFormdataRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}
function check$PutAnythingMultipartFormdataRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  }
  return s;
}
function is$PutAnythingMultipartFormdataResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutAnythingMultipartFormdataResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingMultipartFormdataRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.orderId;
  if (x2 !== void 0) {
    if (!Number.isInteger(x2) && hasOwn.call(o1, "orderId")) return false;
  }
  const x4 = o1.userId;
  if (x4 !== void 0) {
    if (!Number.isInteger(x4) && hasOwn.call(o1, "userId")) return false;
  }
  return true;
}
function check$PostAnythingMultipartFormdataRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.orderId;
    if (x2 !== void 0) {
      if (!Number.isInteger(x2) && hasOwn.call(o1, "orderId")) {
        if ((s = reportFixed(s, p, issue$orderId_type_426b38)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.userId;
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "userId")) {
        if ((s = reportFixed(s, p, issue$userId_type_6094bb)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingMultipartFormdataResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingMultipartFormdataResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostAnythingImagePngRequestBody: null,
  PostAnythingImagePngResponse: false,
  PutAnythingMultipartFormdataRequestBody: { type: "object", properties: { filename: true } },
  PutAnythingMultipartFormdataResponse: false,
  PostAnythingMultipartFormdataRequestBody: {
    type: "object",
    properties: { orderId: { type: "integer" }, userId: { type: "integer" }, documentFile: true }
  },
  PostAnythingMultipartFormdataResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostAnythingImagePngRequestBody,
  isPostAnythingImagePngResponse,
  isPostAnythingMultipartFormdataRequestBody,
  isPostAnythingMultipartFormdataResponse,
  isPutAnythingMultipartFormdataRequestBody,
  isPutAnythingMultipartFormdataResponse,
  schemas,
  validatePostAnythingImagePngRequestBody,
  validatePostAnythingImagePngResponse,
  validatePostAnythingMultipartFormdataRequestBody,
  validatePostAnythingMultipartFormdataResponse,
  validatePutAnythingMultipartFormdataRequestBody,
  validatePutAnythingMultipartFormdataResponse
};
