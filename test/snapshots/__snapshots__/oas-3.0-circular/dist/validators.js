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
function validateErrorMessage(value, options) {
  const issues = options === void 0 ? check$ErrorMessage(value, ROOT, void 0, 0) : checkValue(check$ErrorMessage, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorMessage(value) {
  return is$ErrorMessage(value, 0);
}
function validateGetAnythingResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAnythingResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingResponse(value) {
  return value === void 0 || is$GetAnythingResponse(value, 0);
}
const schemas = {
  ErrorMessage: /* @__PURE__ */ standardSchema(validateErrorMessage, jsonSchema$of("ErrorMessage")),
  GetAnythingResponse: /* @__PURE__ */ standardSchema(validateGetAnythingResponse, jsonSchema$of("GetAnythingResponse"))
};
const issue$canBeRetried_enum_4e7e17 = /* @__PURE__ */ fixedIssue(["canBeRetried"], "enum", 'must be one of "Unknown", "Yes", "No"');
const issue$canBeRetried_type_69ef3e = /* @__PURE__ */ fixedIssue(["canBeRetried"], "type", "must be a string");
const issue$detailedErrorCode_format_e17047 = /* @__PURE__ */ fixedIssue(["detailedErrorCode"], "format", "must be a 32-bit integer (format int32)");
const issue$detailedErrorCode_type_20d98f = /* @__PURE__ */ fixedIssue(["detailedErrorCode"], "type", "must be an integer");
const issue$error_type_b60ef8 = /* @__PURE__ */ fixedIssue(["error"], "type", "must be a string or null");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$statusCode_format_ba261e = /* @__PURE__ */ fixedIssue(["statusCode"], "format", "must be a 32-bit integer (format int32)");
const issue$statusCode_type_999712 = /* @__PURE__ */ fixedIssue(["statusCode"], "type", "must be an integer");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$ErrorMessage(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.statusCode;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "statusCode")) return false;
        break property3;
      }
      if (x2 < -2147483648 || x2 > 2147483647) {
        if (hasOwn.call(o1, "statusCode")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.error;
  if (x4 !== void 0) {
    if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "error")) return false;
  }
  const x6 = o1.inner;
  if (x6 !== void 0) {
    if (!is$ErrorMessage(x6, d + 1) && hasOwn.call(o1, "inner")) return false;
  }
  const x12 = o1.canBeRetried;
  if (x12 !== void 0) {
    if (x12 !== "Unknown" && x12 !== "Yes" && x12 !== "No" && hasOwn.call(o1, "canBeRetried")) return false;
  }
  const x14 = o1.detailedErrorCode;
  if (x14 !== void 0) {
    property15: {
      if (!Number.isInteger(x14)) {
        if (hasOwn.call(o1, "detailedErrorCode")) return false;
        break property15;
      }
      if (x14 < -2147483648 || x14 > 2147483647) {
        if (hasOwn.call(o1, "detailedErrorCode")) return false;
        break property15;
      }
    }
  }
  for (const k16 in o1) {
    if (!hasOwn.call(o1, k16)) continue;
    const x17 = o1[k16];
    if (x17 === void 0) continue;
    if (k16 !== "statusCode" && k16 !== "error" && k16 !== "inner" && k16 !== "canBeRetried" && k16 !== "detailedErrorCode") {
      return false;
    }
  }
  return true;
}
function check$ErrorMessage(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.statusCode;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "statusCode")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$statusCode_type_999712)).length >= issueLimit) return s;
        } else {
          if (x2 < -2147483648 || x2 > 2147483647) {
            if ((s = reportFixed(s, p, issue$statusCode_format_ba261e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.error;
    if (x3 !== void 0) {
      if (!(x3 === null || typeof x3 === "string") && hasOwn.call(o1, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_b60ef8)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.inner;
    if (x4 !== void 0) {
      if (!is$ErrorMessage(x4, d + 1) && hasOwn.call(o1, "inner")) {
        if (full(s = check$ErrorMessage(x4, below(p, ["inner"]), s, d + 1))) return s;
      }
    }
    const x5 = o1.canBeRetried;
    if (x5 !== void 0) {
      if (x5 !== "Unknown" && x5 !== "Yes" && x5 !== "No" && hasOwn.call(o1, "canBeRetried")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$canBeRetried_type_69ef3e)).length >= issueLimit) return s;
        } else {
          if (x5 !== "Unknown" && x5 !== "Yes" && x5 !== "No") {
            if ((s = reportFixed(s, p, issue$canBeRetried_enum_4e7e17)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.detailedErrorCode;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "detailedErrorCode")) {
        if (!Number.isInteger(x6)) {
          if ((s = reportFixed(s, p, issue$detailedErrorCode_type_20d98f)).length >= issueLimit) return s;
        } else {
          if (x6 < -2147483648 || x6 > 2147483647) {
            if ((s = reportFixed(s, p, issue$detailedErrorCode_format_e17047)).length >= issueLimit) return s;
          }
        }
      }
    }
    for (const k7 in o1) {
      if (!hasOwn.call(o1, k7)) continue;
      const x8 = o1[k7];
      if (x8 === void 0) continue;
      if (k7 !== "statusCode" && k7 !== "error" && k7 !== "inner" && k7 !== "canBeRetried" && k7 !== "detailedErrorCode") {
        if ((s = report(s, p, [k7], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GetAnythingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAnythingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  ErrorMessage: {
    type: "object",
    properties: {
      statusCode: { type: "integer", format: "int32" },
      error: { type: ["string", "null"] },
      inner: { $ref: "#/$defs/ErrorMessage" },
      canBeRetried: { type: "string", enum: ["Unknown", "Yes", "No"] },
      detailedErrorCode: { type: "integer", format: "int32" }
    },
    additionalProperties: false
  }
};
const jsonSchema$roots = {
  ErrorMessage: { $ref: "#/$defs/ErrorMessage" },
  GetAnythingResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isErrorMessage,
  isGetAnythingResponse,
  schemas,
  validateErrorMessage,
  validateGetAnythingResponse
};
