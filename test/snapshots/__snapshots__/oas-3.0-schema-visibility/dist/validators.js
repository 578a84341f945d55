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
function validatePostRequestBody(value, options) {
  const issues = options === void 0 ? check$PostRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBody(value) {
  return is$PostRequestBody(value, 0);
}
function validatePostResponse(value, options) {
  const issues = options === void 0 ? check$PostResponse(value, ROOT, void 0, 0) : checkValue(check$PostResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostResponse(value) {
  return is$PostResponse(value, 0);
}
const schemas = {
  PostRequestBody: /* @__PURE__ */ standardSchema(validatePostRequestBody, jsonSchema$of("PostRequestBody")),
  PostResponse: /* @__PURE__ */ standardSchema(validatePostResponse, jsonSchema$of("PostResponse"))
};
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$propWithReadOnly_readOnly_a1e167 = /* @__PURE__ */ fixedIssue(["propWithReadOnly"], "readOnly", "is read-only: it must not be sent in a request");
const issue$propWithReadOnly_type_78b238 = /* @__PURE__ */ fixedIssue(["propWithReadOnly"], "type", "must be a string");
const issue$propWithWriteOnly_type_175538 = /* @__PURE__ */ fixedIssue(["propWithWriteOnly"], "type", "must be a string");
const issue$propWithWriteOnly_writeOnly_83eb90 = /* @__PURE__ */ fixedIssue(["propWithWriteOnly"], "writeOnly", "is write-only: it must not appear in a response");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$PostRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  if (o1.propWithReadOnly !== void 0 && hasOwn.call(o1, "propWithReadOnly")) return false;
  const x4 = o1.propWithWriteOnly;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "propWithWriteOnly")) return false;
  }
  return true;
}
function check$PostRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
      }
    }
    if (o1.propWithReadOnly !== void 0 && hasOwn.call(o1, "propWithReadOnly")) {
      if ((s = reportFixed(s, p, issue$propWithReadOnly_readOnly_a1e167)).length >= issueLimit) return s;
    }
    const x3 = o1.propWithWriteOnly;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "propWithWriteOnly")) {
        if ((s = reportFixed(s, p, issue$propWithWriteOnly_type_175538)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.propWithReadOnly;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "propWithReadOnly")) return false;
  }
  if (o1.propWithWriteOnly !== void 0 && hasOwn.call(o1, "propWithWriteOnly")) return false;
  return true;
}
function check$PostResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.propWithReadOnly;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "propWithReadOnly")) {
        if ((s = reportFixed(s, p, issue$propWithReadOnly_type_78b238)).length >= issueLimit) return s;
      }
    }
    if (o1.propWithWriteOnly !== void 0 && hasOwn.call(o1, "propWithWriteOnly")) {
      if ((s = reportFixed(s, p, issue$propWithWriteOnly_writeOnly_83eb90)).length >= issueLimit) return s;
    }
  }
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostRequestBody: {
    type: "object",
    properties: {
      id: { type: "string" },
      propWithReadOnly: false,
      propWithWriteOnly: { type: "string", writeOnly: true }
    }
  },
  PostResponse: {
    type: "object",
    properties: {
      id: { type: "string" },
      propWithReadOnly: { type: "string", readOnly: true },
      propWithWriteOnly: false
    }
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostRequestBody,
  isPostResponse,
  schemas,
  validatePostRequestBody,
  validatePostResponse
};
