import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
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
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateTag(value, options) {
  const issues = options === void 0 ? check$Tag(value, ROOT, void 0, 0) : checkValue(check$Tag, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTag(value) {
  return is$Tag(value, 0);
}
function validateXCodeSamplesResponse(value, options) {
  const issues = options === void 0 ? check$XCodeSamplesResponse(value, ROOT, void 0, 0) : checkValue(check$XCodeSamplesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXCodeSamplesResponse(value) {
  return is$XCodeSamplesResponse(value, 0);
}
function validateXReadmeCodeSamplesResponse(value, options) {
  const issues = options === void 0 ? check$XReadmeCodeSamplesResponse(value, ROOT, void 0, 0) : checkValue(check$XReadmeCodeSamplesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeCodeSamplesResponse(value) {
  return is$XReadmeCodeSamplesResponse(value, 0);
}
function validateXReadmeExplorerEnabledRequestBody(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeExplorerEnabledRequestBody(value) {
  return is$Pet(value, 0);
}
function validateXReadmeExplorerEnabledResponse(value, options) {
  const issues = options === void 0 ? check$XReadmeExplorerEnabledResponse(value, ROOT, void 0, 0) : checkValue(check$XReadmeExplorerEnabledResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeExplorerEnabledResponse(value) {
  return is$XReadmeExplorerEnabledResponse(value, 0);
}
function validateXExplorerEnabledRequestBody(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXExplorerEnabledRequestBody(value) {
  return is$Pet(value, 0);
}
function validateXExplorerEnabledResponse(value, options) {
  const issues = options === void 0 ? check$XExplorerEnabledResponse(value, ROOT, void 0, 0) : checkValue(check$XExplorerEnabledResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXExplorerEnabledResponse(value) {
  return is$XExplorerEnabledResponse(value, 0);
}
function validateXReadmeHeadersResponse(value, options) {
  const issues = options === void 0 ? check$XReadmeHeadersResponse(value, ROOT, void 0, 0) : checkValue(check$XReadmeHeadersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeHeadersResponse(value) {
  return is$XReadmeHeadersResponse(value, 0);
}
function validateXHeadersResponse(value, options) {
  const issues = options === void 0 ? check$XHeadersResponse(value, ROOT, void 0, 0) : checkValue(check$XHeadersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXHeadersResponse(value) {
  return is$XHeadersResponse(value, 0);
}
function validateXReadmeProxyEnabledResponse(value, options) {
  const issues = options === void 0 ? check$XReadmeProxyEnabledResponse(value, ROOT, void 0, 0) : checkValue(check$XReadmeProxyEnabledResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeProxyEnabledResponse(value) {
  return is$XReadmeProxyEnabledResponse(value, 0);
}
function validateXProxyEnabledResponse(value, options) {
  const issues = options === void 0 ? check$XProxyEnabledResponse(value, ROOT, void 0, 0) : checkValue(check$XProxyEnabledResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXProxyEnabledResponse(value) {
  return is$XProxyEnabledResponse(value, 0);
}
function validateXReadmeSamplesLanguagesResponse(value, options) {
  const issues = options === void 0 ? check$XReadmeSamplesLanguagesResponse(value, ROOT, void 0, 0) : checkValue(check$XReadmeSamplesLanguagesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXReadmeSamplesLanguagesResponse(value) {
  return is$XReadmeSamplesLanguagesResponse(value, 0);
}
function validateXSamplesLanguagesResponse(value, options) {
  const issues = options === void 0 ? check$XSamplesLanguagesResponse(value, ROOT, void 0, 0) : checkValue(check$XSamplesLanguagesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isXSamplesLanguagesResponse(value) {
  return is$XSamplesLanguagesResponse(value, 0);
}
const schemas = {
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  Tag: /* @__PURE__ */ standardSchema(validateTag, jsonSchema$of("Tag")),
  XCodeSamplesResponse: /* @__PURE__ */ standardSchema(validateXCodeSamplesResponse, jsonSchema$of("XCodeSamplesResponse")),
  XReadmeCodeSamplesResponse: /* @__PURE__ */ standardSchema(validateXReadmeCodeSamplesResponse, jsonSchema$of("XReadmeCodeSamplesResponse")),
  XReadmeExplorerEnabledRequestBody: /* @__PURE__ */ standardSchema(validateXReadmeExplorerEnabledRequestBody, jsonSchema$of("XReadmeExplorerEnabledRequestBody")),
  XReadmeExplorerEnabledResponse: /* @__PURE__ */ standardSchema(validateXReadmeExplorerEnabledResponse, jsonSchema$of("XReadmeExplorerEnabledResponse")),
  XExplorerEnabledRequestBody: /* @__PURE__ */ standardSchema(validateXExplorerEnabledRequestBody, jsonSchema$of("XExplorerEnabledRequestBody")),
  XExplorerEnabledResponse: /* @__PURE__ */ standardSchema(validateXExplorerEnabledResponse, jsonSchema$of("XExplorerEnabledResponse")),
  XReadmeHeadersResponse: /* @__PURE__ */ standardSchema(validateXReadmeHeadersResponse, jsonSchema$of("XReadmeHeadersResponse")),
  XHeadersResponse: /* @__PURE__ */ standardSchema(validateXHeadersResponse, jsonSchema$of("XHeadersResponse")),
  XReadmeProxyEnabledResponse: /* @__PURE__ */ standardSchema(validateXReadmeProxyEnabledResponse, jsonSchema$of("XReadmeProxyEnabledResponse")),
  XProxyEnabledResponse: /* @__PURE__ */ standardSchema(validateXProxyEnabledResponse, jsonSchema$of("XProxyEnabledResponse")),
  XReadmeSamplesLanguagesResponse: /* @__PURE__ */ standardSchema(validateXReadmeSamplesLanguagesResponse, jsonSchema$of("XReadmeSamplesLanguagesResponse")),
  XSamplesLanguagesResponse: /* @__PURE__ */ standardSchema(validateXSamplesLanguagesResponse, jsonSchema$of("XSamplesLanguagesResponse"))
};
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$photoUrls_required_8db35d = /* @__PURE__ */ fixedIssue(["photoUrls"], "required", "is required");
const issue$photoUrls_type_10d0ee = /* @__PURE__ */ fixedIssue(["photoUrls"], "type", "must be an array");
const issue$status_enum_5db649 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "available", "pending", "sold"');
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
  if (x3 === void 0) return false;
  const x4 = o1.id;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isInteger(x4)) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
      if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
    }
  }
  if (typeof x2 !== "string") return false;
  if (!Array.isArray(x3)) return false;
  const a6 = x3;
  for (let i7 = 0; i7 < a6.length; i7++) {
    const x8 = a6[i7];
    if (typeof x8 !== "string") return false;
  }
  const x9 = o1.tags;
  if (x9 !== void 0) {
    property10: {
      if (!Array.isArray(x9)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property10;
      }
      const a11 = x9;
      for (let i12 = 0; i12 < a11.length; i12++) {
        const x13 = a11[i12];
        if (!is$Tag(x13, d + 1)) {
          if (hasOwn.call(o1, "tags")) return false;
          break property10;
        }
      }
    }
  }
  const x18 = o1.status;
  if (x18 !== void 0) {
    if (x18 !== "available" && x18 !== "pending" && x18 !== "sold" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$photoUrls_required_8db35d)).length >= issueLimit) return s;
    }
    const x4 = o1.id;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x4)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (!Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$photoUrls_type_10d0ee)).length >= issueLimit) return s;
      } else {
        const a5 = x3;
        for (let i6 = 0; i6 < a5.length; i6++) {
          const x7 = a5[i6];
          if (typeof x7 !== "string") {
            if ((s = report(s, p, ["photoUrls", i6], "type", "must be a string")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.tags;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x8)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a9 = x8;
          for (let i10 = 0; i10 < a9.length; i10++) {
            const x11 = a9[i10];
            if (!is$Tag(x11, d + 1)) {
              if (full(s = check$Tag(x11, below(p, ["tags", i10]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x12 = o1.status;
    if (x12 !== void 0) {
      if (x12 !== "available" && x12 !== "pending" && x12 !== "sold" && hasOwn.call(o1, "status")) {
        if (typeof x12 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x12 !== "available" && x12 !== "pending" && x12 !== "sold") {
            if ((s = reportFixed(s, p, issue$status_enum_5db649)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Tag(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.name;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$Tag(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.name;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$XCodeSamplesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XCodeSamplesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XReadmeCodeSamplesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XReadmeCodeSamplesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XReadmeExplorerEnabledResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XReadmeExplorerEnabledResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XExplorerEnabledResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XExplorerEnabledResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XReadmeHeadersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XReadmeHeadersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XHeadersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XHeadersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XReadmeProxyEnabledResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XReadmeProxyEnabledResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XProxyEnabledResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XProxyEnabledResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XReadmeSamplesLanguagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XReadmeSamplesLanguagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$XSamplesLanguagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$XSamplesLanguagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {
  Pet: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64" },
      name: { type: "string", examples: ["doggie"] },
      photoUrls: { type: "array", items: { type: "string" } },
      tags: { type: "array", items: { $ref: "#/$defs/Tag" } },
      status: {
        description: "pet status in the store",
        type: "string",
        enum: ["available", "pending", "sold"]
      }
    },
    required: ["name", "photoUrls"]
  },
  Tag: {
    type: "object",
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } }
  }
};
const jsonSchema$roots = {
  Pet: { $ref: "#/$defs/Pet" },
  Tag: { $ref: "#/$defs/Tag" },
  XCodeSamplesResponse: true,
  XReadmeCodeSamplesResponse: true,
  XReadmeExplorerEnabledRequestBody: { $ref: "#/$defs/Pet" },
  XReadmeExplorerEnabledResponse: true,
  XExplorerEnabledRequestBody: { $ref: "#/$defs/Pet" },
  XExplorerEnabledResponse: true,
  XReadmeHeadersResponse: true,
  XHeadersResponse: true,
  XReadmeProxyEnabledResponse: true,
  XProxyEnabledResponse: true,
  XReadmeSamplesLanguagesResponse: true,
  XSamplesLanguagesResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPet,
  isTag,
  isXCodeSamplesResponse,
  isXExplorerEnabledRequestBody,
  isXExplorerEnabledResponse,
  isXHeadersResponse,
  isXProxyEnabledResponse,
  isXReadmeCodeSamplesResponse,
  isXReadmeExplorerEnabledRequestBody,
  isXReadmeExplorerEnabledResponse,
  isXReadmeHeadersResponse,
  isXReadmeProxyEnabledResponse,
  isXReadmeSamplesLanguagesResponse,
  isXSamplesLanguagesResponse,
  schemas,
  validatePet,
  validateTag,
  validateXCodeSamplesResponse,
  validateXExplorerEnabledRequestBody,
  validateXExplorerEnabledResponse,
  validateXHeadersResponse,
  validateXProxyEnabledResponse,
  validateXReadmeCodeSamplesResponse,
  validateXReadmeExplorerEnabledRequestBody,
  validateXReadmeExplorerEnabledResponse,
  validateXReadmeHeadersResponse,
  validateXReadmeProxyEnabledResponse,
  validateXReadmeSamplesLanguagesResponse,
  validateXSamplesLanguagesResponse
};
