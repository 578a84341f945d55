import {
  checkValue,
  depthExceeded,
  fixedIssue,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateListItemsResponse(value, options) {
  const issues = options === void 0 ? check$ListItemsResponse(value, ROOT, void 0, 0) : checkValue(check$ListItemsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListItemsResponse(value) {
  return is$ListItemsResponse(value, 0);
}
function validateUploadRequestBody(value, options) {
  const issues = options === void 0 ? check$UploadRequestBody(value, ROOT, void 0, 0) : checkValue(check$UploadRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadRequestBody(value) {
  return is$UploadRequestBody(value, 0);
}
function validateUploadResponse(value, options) {
  const issues = options === void 0 ? check$UploadResponse(value, ROOT, void 0, 0) : checkValue(check$UploadResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadResponse(value) {
  return is$UploadResponse(value, 0);
}
const schemas = {
  ListItemsResponse: /* @__PURE__ */ standardSchema(validateListItemsResponse, jsonSchema$of("ListItemsResponse")),
  UploadRequestBody: /* @__PURE__ */ standardSchema(validateUploadRequestBody, jsonSchema$of("UploadRequestBody")),
  UploadResponse: /* @__PURE__ */ standardSchema(validateUploadResponse, jsonSchema$of("UploadResponse"))
};
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$ListItemsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$ListItemsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (typeof x3 !== "string") {
        if ((s = report(s, p, [i2], "type", "must be a string")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UploadRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$UploadRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UploadResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$UploadResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  ListItemsResponse: { type: "array", items: { type: "string" } },
  UploadRequestBody: { type: "object", properties: { name: { type: "string" } } },
  UploadResponse: { type: "object", properties: { name: { type: "string" } } }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isListItemsResponse,
  isUploadRequestBody,
  isUploadResponse,
  schemas,
  validateListItemsResponse,
  validateUploadRequestBody,
  validateUploadResponse
};
