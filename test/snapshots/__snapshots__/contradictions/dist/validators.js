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
  codePointLength
} from "./runtime/validation-json.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateImpossible(value, options) {
  const issues = options === void 0 ? check$Impossible(value, ROOT, void 0, 0) : checkValue(check$Impossible, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isImpossible(value) {
  return is$Impossible(value, 0);
}
function validateSettings(value, options) {
  const issues = options === void 0 ? check$Settings(value, ROOT, void 0, 0) : checkValue(check$Settings, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSettings(value) {
  return is$Settings(value, 0);
}
function validateGetSettingsResponse(value, options) {
  const issues = options === void 0 ? check$Settings(value, ROOT, void 0, 0) : checkValue(check$Settings, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetSettingsResponse(value) {
  return is$Settings(value, 0);
}
function validatePutSettingsRequestBody(value, options) {
  const issues = options === void 0 ? check$Settings(value, ROOT, void 0, 0) : checkValue(check$Settings, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutSettingsRequestBody(value) {
  return is$Settings(value, 0);
}
function validatePutSettingsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutSettingsResponse(value, ROOT, void 0, 0) : checkValue(check$PutSettingsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutSettingsResponse(value) {
  return value === void 0 || is$PutSettingsResponse(value, 0);
}
const schemas = {
  Impossible: /* @__PURE__ */ standardSchema(validateImpossible, jsonSchema$of("Impossible")),
  Settings: /* @__PURE__ */ standardSchema(validateSettings, jsonSchema$of("Settings")),
  GetSettingsResponse: /* @__PURE__ */ standardSchema(validateGetSettingsResponse, jsonSchema$of("GetSettingsResponse")),
  PutSettingsRequestBody: /* @__PURE__ */ standardSchema(validatePutSettingsRequestBody, jsonSchema$of("PutSettingsRequestBody")),
  PutSettingsResponse: /* @__PURE__ */ standardSchema(validatePutSettingsResponse, jsonSchema$of("PutSettingsResponse"))
};
const issue$booleanAsString_never_cb8c5d = /* @__PURE__ */ fixedIssue(["booleanAsString"], "never", "is not allowed here");
const issue$booleanEnum_never_f2a1f4 = /* @__PURE__ */ fixedIssue(["booleanEnum"], "never", "is not allowed here");
const issue$constOfOtherType_never_3facfe = /* @__PURE__ */ fixedIssue(["constOfOtherType"], "never", "is not allowed here");
const issue$constOutsideEnum_never_bb9d36 = /* @__PURE__ */ fixedIssue(["constOutsideEnum"], "never", "is not allowed here");
const issue$disjointAllOf_never_ce585b = /* @__PURE__ */ fixedIssue(["disjointAllOf"], "never", "is not allowed here");
const issue$emptyLength_maxLength_c687de = /* @__PURE__ */ fixedIssue(["emptyLength"], "maxLength", "must be at most 2 characters long");
const issue$emptyLength_minLength_5ac914 = /* @__PURE__ */ fixedIssue(["emptyLength"], "minLength", "must be at least 5 characters long");
const issue$emptyLength_type_ba6e78 = /* @__PURE__ */ fixedIssue(["emptyLength"], "type", "must be a string");
const issue$emptyRange_exclusiveMaximum_325015 = /* @__PURE__ */ fixedIssue(["emptyRange"], "exclusiveMaximum", "must be < 3");
const issue$emptyRange_exclusiveMinimum_10cb8b = /* @__PURE__ */ fixedIssue(["emptyRange"], "exclusiveMinimum", "must be > 3");
const issue$emptyRange_type_44b017 = /* @__PURE__ */ fixedIssue(["emptyRange"], "type", "must be a number");
const issue$enumMember_never_b555dd = /* @__PURE__ */ fixedIssue(["enumMember"], "never", "is not allowed here");
const issue$mixedEnum_enum_9bb88f = /* @__PURE__ */ fixedIssue(["mixedEnum"], "enum", 'must be one of "on", "off"');
const issue$mixedEnum_type_c82b8a = /* @__PURE__ */ fixedIssue(["mixedEnum"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$nullableEnum_enum_fdb02e = /* @__PURE__ */ fixedIssue(["nullableEnum"], "enum", 'must be one of null, "x"');
const issue$nullableEnum_type_ed3268 = /* @__PURE__ */ fixedIssue(["nullableEnum"], "type", "must be a string or null");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Impossible(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$Impossible(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$Settings(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.booleanAsString;
  if (x2 !== void 0) {
    property3: {
      {
        if (hasOwn.call(o1, "booleanAsString")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.mixedEnum;
  if (x4 !== void 0) {
    if (x4 !== "on" && x4 !== "off" && hasOwn.call(o1, "mixedEnum")) return false;
  }
  const x6 = o1.constOfOtherType;
  if (x6 !== void 0) {
    property7: {
      {
        if (hasOwn.call(o1, "constOfOtherType")) return false;
        break property7;
      }
    }
  }
  const x8 = o1.disjointAllOf;
  if (x8 !== void 0) {
    property9: {
      {
        if (hasOwn.call(o1, "disjointAllOf")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.emptyLength;
  if (x10 !== void 0) {
    property11: {
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "emptyLength")) return false;
        break property11;
      }
      if (x10.length < 5 || x10.length < 9 && codePointLength(x10) < 5 || x10.length > 2 && (x10.length > 4 || codePointLength(x10) > 2)) {
        if (hasOwn.call(o1, "emptyLength")) return false;
        break property11;
      }
    }
  }
  const x12 = o1.constOutsideEnum;
  if (x12 !== void 0) {
    property13: {
      {
        if (hasOwn.call(o1, "constOutsideEnum")) return false;
        break property13;
      }
    }
  }
  const x14 = o1.nullableEnum;
  if (x14 !== void 0) {
    if (x14 !== null && x14 !== "x" && hasOwn.call(o1, "nullableEnum")) return false;
  }
  const x16 = o1.emptyRange;
  if (x16 !== void 0) {
    property17: {
      if (!Number.isFinite(x16)) {
        if (hasOwn.call(o1, "emptyRange")) return false;
        break property17;
      }
      if (x16 <= 3 || x16 >= 3) {
        if (hasOwn.call(o1, "emptyRange")) return false;
        break property17;
      }
    }
  }
  const x18 = o1.enumMember;
  if (x18 !== void 0) {
    property19: {
      {
        if (hasOwn.call(o1, "enumMember")) return false;
        break property19;
      }
    }
  }
  const x20 = o1.booleanEnum;
  if (x20 !== void 0) {
    property21: {
      {
        if (hasOwn.call(o1, "booleanEnum")) return false;
        break property21;
      }
    }
  }
  return true;
}
function check$Settings(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.booleanAsString;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "booleanAsString")) {
        if ((s = reportFixed(s, p, issue$booleanAsString_never_cb8c5d)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.mixedEnum;
    if (x3 !== void 0) {
      if (x3 !== "on" && x3 !== "off" && hasOwn.call(o1, "mixedEnum")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$mixedEnum_type_c82b8a)).length >= issueLimit) return s;
        } else {
          if (x3 !== "on" && x3 !== "off") {
            if ((s = reportFixed(s, p, issue$mixedEnum_enum_9bb88f)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.constOfOtherType;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "constOfOtherType")) {
        if ((s = reportFixed(s, p, issue$constOfOtherType_never_3facfe)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.disjointAllOf;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "disjointAllOf")) {
        if ((s = reportFixed(s, p, issue$disjointAllOf_never_ce585b)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.emptyLength;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "emptyLength")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$emptyLength_type_ba6e78)).length >= issueLimit) return s;
        } else {
          if (x6.length < 5 || x6.length < 9 && codePointLength(x6) < 5) {
            if ((s = reportFixed(s, p, issue$emptyLength_minLength_5ac914)).length >= issueLimit) return s;
          }
          if (x6.length > 2 && (x6.length > 4 || codePointLength(x6) > 2)) {
            if ((s = reportFixed(s, p, issue$emptyLength_maxLength_c687de)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.constOutsideEnum;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "constOutsideEnum")) {
        if ((s = reportFixed(s, p, issue$constOutsideEnum_never_bb9d36)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.nullableEnum;
    if (x8 !== void 0) {
      if (x8 !== null && x8 !== "x" && hasOwn.call(o1, "nullableEnum")) {
        if (!(x8 === null || typeof x8 === "string")) {
          if ((s = reportFixed(s, p, issue$nullableEnum_type_ed3268)).length >= issueLimit) return s;
        } else {
          if (x8 !== null && x8 !== "x") {
            if ((s = reportFixed(s, p, issue$nullableEnum_enum_fdb02e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.emptyRange;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "emptyRange")) {
        if (!Number.isFinite(x9)) {
          if ((s = reportFixed(s, p, issue$emptyRange_type_44b017)).length >= issueLimit) return s;
        } else {
          if (x9 <= 3) {
            if ((s = reportFixed(s, p, issue$emptyRange_exclusiveMinimum_10cb8b)).length >= issueLimit) return s;
          }
          if (x9 >= 3) {
            if ((s = reportFixed(s, p, issue$emptyRange_exclusiveMaximum_325015)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.enumMember;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "enumMember")) {
        if ((s = reportFixed(s, p, issue$enumMember_never_b555dd)).length >= issueLimit) return s;
      }
    }
    const x11 = o1.booleanEnum;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "booleanEnum")) {
        if ((s = reportFixed(s, p, issue$booleanEnum_never_f2a1f4)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PutSettingsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutSettingsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Impossible: false,
  Settings: {
    type: "object",
    properties: {
      booleanAsString: false,
      mixedEnum: { type: "string", enum: ["on", "off"] },
      constOfOtherType: false,
      disjointAllOf: false,
      emptyLength: { type: "string", minLength: 5, maxLength: 2 },
      constOutsideEnum: false,
      nullableEnum: { type: ["string", "null"], enum: [null, "x"] },
      emptyRange: { type: "number", exclusiveMinimum: 3, exclusiveMaximum: 3 },
      enumMember: false,
      booleanEnum: false
    }
  }
};
const jsonSchema$roots = {
  Impossible: { $ref: "#/$defs/Impossible" },
  Settings: { $ref: "#/$defs/Settings" },
  GetSettingsResponse: { $ref: "#/$defs/Settings" },
  PutSettingsRequestBody: { $ref: "#/$defs/Settings" },
  PutSettingsResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetSettingsResponse,
  isImpossible,
  isPutSettingsRequestBody,
  isPutSettingsResponse,
  isSettings,
  schemas,
  validateGetSettingsResponse,
  validateImpossible,
  validatePutSettingsRequestBody,
  validatePutSettingsResponse,
  validateSettings
};
