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
function validateNumberEnumSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$NumberEnumSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$NumberEnumSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberEnumSupportRequestBody(value) {
  return is$NumberEnumSupportRequestBody(value, 0);
}
function validateNumberEnumSupportResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$NumberEnumSupportResponse(value, ROOT, void 0, 0) : checkValue(check$NumberEnumSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberEnumSupportResponse(value) {
  return value === void 0 || is$NumberEnumSupportResponse(value, 0);
}
function validateBooleanEnumSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$BooleanEnumSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$BooleanEnumSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanEnumSupportRequestBody(value) {
  return is$BooleanEnumSupportRequestBody(value, 0);
}
function validateBooleanEnumSupportResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$BooleanEnumSupportResponse(value, ROOT, void 0, 0) : checkValue(check$BooleanEnumSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanEnumSupportResponse(value) {
  return value === void 0 || is$BooleanEnumSupportResponse(value, 0);
}
function validateStringEnumSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$StringEnumSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$StringEnumSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringEnumSupportRequestBody(value) {
  return is$StringEnumSupportRequestBody(value, 0);
}
function validateStringEnumSupportResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$StringEnumSupportResponse(value, ROOT, void 0, 0) : checkValue(check$StringEnumSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringEnumSupportResponse(value) {
  return value === void 0 || is$StringEnumSupportResponse(value, 0);
}
const schemas = {
  NumberEnumSupportRequestBody: /* @__PURE__ */ standardSchema(validateNumberEnumSupportRequestBody, jsonSchema$of("NumberEnumSupportRequestBody")),
  NumberEnumSupportResponse: /* @__PURE__ */ standardSchema(validateNumberEnumSupportResponse, jsonSchema$of("NumberEnumSupportResponse")),
  BooleanEnumSupportRequestBody: /* @__PURE__ */ standardSchema(validateBooleanEnumSupportRequestBody, jsonSchema$of("BooleanEnumSupportRequestBody")),
  BooleanEnumSupportResponse: /* @__PURE__ */ standardSchema(validateBooleanEnumSupportResponse, jsonSchema$of("BooleanEnumSupportResponse")),
  StringEnumSupportRequestBody: /* @__PURE__ */ standardSchema(validateStringEnumSupportRequestBody, jsonSchema$of("StringEnumSupportRequestBody")),
  StringEnumSupportResponse: /* @__PURE__ */ standardSchema(validateStringEnumSupportResponse, jsonSchema$of("StringEnumSupportResponse"))
};
const issue$enum_enum_364253 = /* @__PURE__ */ fixedIssue(["enum"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_enum_52be2d = /* @__PURE__ */ fixedIssue(["enum"], "enum", "must be one of 0, 1, 2");
const issue$enum_enum_871f24 = /* @__PURE__ */ fixedIssue(["enum"], "enum", "must be one of true, false");
const issue$enum_required_enum_0e1f49 = /* @__PURE__ */ fixedIssue(["enum *required"], "enum", "must be one of 0, 1, 2");
const issue$enum_required_enum_37ad18 = /* @__PURE__ */ fixedIssue(["enum *required"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_required_enum_7e52bf = /* @__PURE__ */ fixedIssue(["enum *required"], "enum", "must be one of true, false");
const issue$enum_required_required_f87e8e = /* @__PURE__ */ fixedIssue(["enum *required"], "required", "is required");
const issue$enum_required_type_8b16f1 = /* @__PURE__ */ fixedIssue(["enum *required"], "type", "must be a string");
const issue$enum_required_type_e6c835 = /* @__PURE__ */ fixedIssue(["enum *required"], "type", "must be a boolean");
const issue$enum_required_type_f32b79 = /* @__PURE__ */ fixedIssue(["enum *required"], "type", "must be a number");
const issue$enum_type_02ca3f = /* @__PURE__ */ fixedIssue(["enum"], "type", "must be a string");
const issue$enum_type_6f8083 = /* @__PURE__ */ fixedIssue(["enum"], "type", "must be a boolean");
const issue$enum_type_d491c5 = /* @__PURE__ */ fixedIssue(["enum"], "type", "must be a number");
const issue$enum_with_default_enum_4a5eda = /* @__PURE__ */ fixedIssue(["enum (with default)"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_default_enum_5874cf = /* @__PURE__ */ fixedIssue(["enum (with default)"], "enum", "must be one of true, false");
const issue$enum_with_default_enum_8fc7c2 = /* @__PURE__ */ fixedIssue(["enum (with default)"], "enum", "must be one of 0, 1, 2");
const issue$enum_with_default_required_enum_5c840c = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_default_required_enum_9a2c53 = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "enum", "must be one of true, false");
const issue$enum_with_default_required_enum_b82385 = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "enum", "must be one of 0, 1, 2");
const issue$enum_with_default_required_required_b2a936 = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "required", "is required");
const issue$enum_with_default_required_type_11e8e0 = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "type", "must be a string");
const issue$enum_with_default_required_type_34a71c = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "type", "must be a boolean");
const issue$enum_with_default_required_type_c597e1 = /* @__PURE__ */ fixedIssue(["enum (with default) *required"], "type", "must be a number");
const issue$enum_with_default_type_2eec2f = /* @__PURE__ */ fixedIssue(["enum (with default)"], "type", "must be a number");
const issue$enum_with_default_type_56cbc2 = /* @__PURE__ */ fixedIssue(["enum (with default)"], "type", "must be a string");
const issue$enum_with_default_type_b52153 = /* @__PURE__ */ fixedIssue(["enum (with default)"], "type", "must be a boolean");
const issue$enum_with_duplicate_options_enum_58395e = /* @__PURE__ */ fixedIssue(["enum (with duplicate options)"], "enum", 'must be one of "", "", "available", "available"');
const issue$enum_with_duplicate_options_enum_9739da = /* @__PURE__ */ fixedIssue(["enum (with duplicate options)"], "enum", "must be one of 0, 2, 2");
const issue$enum_with_duplicate_options_type_213d8b = /* @__PURE__ */ fixedIssue(["enum (with duplicate options)"], "type", "must be a string");
const issue$enum_with_duplicate_options_type_abb56c = /* @__PURE__ */ fixedIssue(["enum (with duplicate options)"], "type", "must be a number");
const issue$enum_with_empty_option_and_empty_default_380294 = /* @__PURE__ */ fixedIssue(["enum (with empty option and empty default)"], "enum", 'must be one of ""');
const issue$enum_with_empty_option_and_empty_default_d99401 = /* @__PURE__ */ fixedIssue(["enum (with empty option and empty default)"], "type", "must be a string");
const issue$enum_with_empty_option_enum_b151cc = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "enum", 'must be one of "", "available", "pending", "sold"');
const issue$enum_with_empty_option_enum_c20af9 = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "enum", "must be one of 0, 1, 2");
const issue$enum_with_empty_option_type_a58163 = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "type", "must be a string");
const issue$enum_with_empty_option_type_f44b41 = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "type", "must be a number");
const issue$enum_with_example_enum_dbabcf = /* @__PURE__ */ fixedIssue(["enum (with example)"], "enum", "must be one of 0, 1, 2");
const issue$enum_with_example_enum_e1415c = /* @__PURE__ */ fixedIssue(["enum (with example)"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_example_required_enum_12ebb3 = /* @__PURE__ */ fixedIssue(["enum (with example) *required"], "enum", "must be one of 0, 1, 2");
const issue$enum_with_example_required_enum_5166c8 = /* @__PURE__ */ fixedIssue(["enum (with example) *required"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_example_required_required_2ce36d = /* @__PURE__ */ fixedIssue(["enum (with example) *required"], "required", "is required");
const issue$enum_with_example_required_type_c8fc45 = /* @__PURE__ */ fixedIssue(["enum (with example) *required"], "type", "must be a number");
const issue$enum_with_example_required_type_efd869 = /* @__PURE__ */ fixedIssue(["enum (with example) *required"], "type", "must be a string");
const issue$enum_with_example_type_2bee54 = /* @__PURE__ */ fixedIssue(["enum (with example)"], "type", "must be a string");
const issue$enum_with_example_type_dea3d7 = /* @__PURE__ */ fixedIssue(["enum (with example)"], "type", "must be a number");
const issue$enum_with_non_value_example_enum_b0eaae = /* @__PURE__ */ fixedIssue(["enum (with non-value example)"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_non_value_example_required_enu_2f79b0 = /* @__PURE__ */ fixedIssue(["enum (with non-value example) *required"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_non_value_example_required_req_d01482 = /* @__PURE__ */ fixedIssue(["enum (with non-value example) *required"], "required", "is required");
const issue$enum_with_non_value_example_required_typ_6e0cf2 = /* @__PURE__ */ fixedIssue(["enum (with non-value example) *required"], "type", "must be a string");
const issue$enum_with_non_value_example_type_287a5b = /* @__PURE__ */ fixedIssue(["enum (with non-value example)"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$NumberEnumSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "enum (with example) *required") ? o1["enum (with example) *required"] : void 0;
  if (x4 === void 0) return false;
  const x5 = o1.enum;
  if (x5 !== void 0) {
    if (x5 !== 0 && x5 !== 1 && x5 !== 2 && hasOwn.call(o1, "enum")) return false;
  }
  if (x2 !== 0 && x2 !== 1 && x2 !== 2) return false;
  const x7 = o1["enum (with default)"];
  if (x7 !== void 0) {
    if (x7 !== 0 && x7 !== 1 && x7 !== 2 && hasOwn.call(o1, "enum (with default)")) return false;
  }
  if (x3 !== 0 && x3 !== 1 && x3 !== 2) return false;
  const x9 = o1["enum (with example)"];
  if (x9 !== void 0) {
    if (x9 !== 0 && x9 !== 1 && x9 !== 2 && hasOwn.call(o1, "enum (with example)")) return false;
  }
  if (x4 !== 0 && x4 !== 1 && x4 !== 2) return false;
  const x11 = o1["enum (with empty option)"];
  if (x11 !== void 0) {
    if (x11 !== 0 && x11 !== 1 && x11 !== 2 && hasOwn.call(o1, "enum (with empty option)")) return false;
  }
  const x13 = o1["enum (with duplicate options)"];
  if (x13 !== void 0) {
    if (x13 !== 0 && x13 !== 2 && hasOwn.call(o1, "enum (with duplicate options)")) return false;
  }
  return true;
}
function check$NumberEnumSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_required_required_f87e8e)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_default_required_required_b2a936)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "enum (with example) *required") ? o1["enum (with example) *required"] : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_example_required_required_2ce36d)).length >= issueLimit) return s;
    }
    const x5 = o1.enum;
    if (x5 !== void 0) {
      if (x5 !== 0 && x5 !== 1 && x5 !== 2 && hasOwn.call(o1, "enum")) {
        if (!Number.isFinite(x5)) {
          if ((s = reportFixed(s, p, issue$enum_type_d491c5)).length >= issueLimit) return s;
        } else {
          if (x5 !== 0 && x5 !== 1 && x5 !== 2) {
            if ((s = reportFixed(s, p, issue$enum_enum_52be2d)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && x2 !== 0 && x2 !== 1 && x2 !== 2) {
      if (!Number.isFinite(x2)) {
        if ((s = reportFixed(s, p, issue$enum_required_type_f32b79)).length >= issueLimit) return s;
      } else {
        if (x2 !== 0 && x2 !== 1 && x2 !== 2) {
          if ((s = reportFixed(s, p, issue$enum_required_enum_0e1f49)).length >= issueLimit) return s;
        }
      }
    }
    const x6 = o1["enum (with default)"];
    if (x6 !== void 0) {
      if (x6 !== 0 && x6 !== 1 && x6 !== 2 && hasOwn.call(o1, "enum (with default)")) {
        if (!Number.isFinite(x6)) {
          if ((s = reportFixed(s, p, issue$enum_with_default_type_2eec2f)).length >= issueLimit) return s;
        } else {
          if (x6 !== 0 && x6 !== 1 && x6 !== 2) {
            if ((s = reportFixed(s, p, issue$enum_with_default_enum_8fc7c2)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && x3 !== 0 && x3 !== 1 && x3 !== 2) {
      if (!Number.isFinite(x3)) {
        if ((s = reportFixed(s, p, issue$enum_with_default_required_type_c597e1)).length >= issueLimit) return s;
      } else {
        if (x3 !== 0 && x3 !== 1 && x3 !== 2) {
          if ((s = reportFixed(s, p, issue$enum_with_default_required_enum_b82385)).length >= issueLimit) return s;
        }
      }
    }
    const x7 = o1["enum (with example)"];
    if (x7 !== void 0) {
      if (x7 !== 0 && x7 !== 1 && x7 !== 2 && hasOwn.call(o1, "enum (with example)")) {
        if (!Number.isFinite(x7)) {
          if ((s = reportFixed(s, p, issue$enum_with_example_type_dea3d7)).length >= issueLimit) return s;
        } else {
          if (x7 !== 0 && x7 !== 1 && x7 !== 2) {
            if ((s = reportFixed(s, p, issue$enum_with_example_enum_dbabcf)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x4 !== void 0 && x4 !== 0 && x4 !== 1 && x4 !== 2) {
      if (!Number.isFinite(x4)) {
        if ((s = reportFixed(s, p, issue$enum_with_example_required_type_c8fc45)).length >= issueLimit) return s;
      } else {
        if (x4 !== 0 && x4 !== 1 && x4 !== 2) {
          if ((s = reportFixed(s, p, issue$enum_with_example_required_enum_12ebb3)).length >= issueLimit) return s;
        }
      }
    }
    const x8 = o1["enum (with empty option)"];
    if (x8 !== void 0) {
      if (x8 !== 0 && x8 !== 1 && x8 !== 2 && hasOwn.call(o1, "enum (with empty option)")) {
        if (!Number.isFinite(x8)) {
          if ((s = reportFixed(s, p, issue$enum_with_empty_option_type_f44b41)).length >= issueLimit) return s;
        } else {
          if (x8 !== 0 && x8 !== 1 && x8 !== 2) {
            if ((s = reportFixed(s, p, issue$enum_with_empty_option_enum_c20af9)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1["enum (with duplicate options)"];
    if (x9 !== void 0) {
      if (x9 !== 0 && x9 !== 2 && hasOwn.call(o1, "enum (with duplicate options)")) {
        if (!Number.isFinite(x9)) {
          if ((s = reportFixed(s, p, issue$enum_with_duplicate_options_type_abb56c)).length >= issueLimit) return s;
        } else {
          if (x9 !== 0 && x9 !== 2 && x9 !== 2) {
            if ((s = reportFixed(s, p, issue$enum_with_duplicate_options_enum_9739da)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$NumberEnumSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$NumberEnumSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$BooleanEnumSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
  if (x3 === void 0) return false;
  if (!hasOwn.call(o1, "enum (with example) *required") || o1["enum (with example) *required"] === void 0) return false;
  const x4 = o1.enum;
  if (x4 !== void 0) {
    if (x4 !== true && x4 !== false && hasOwn.call(o1, "enum")) return false;
  }
  if (x2 !== true && x2 !== false) return false;
  const x6 = o1["enum (with default)"];
  if (x6 !== void 0) {
    if (x6 !== true && x6 !== false && hasOwn.call(o1, "enum (with default)")) return false;
  }
  if (x3 !== true && x3 !== false) return false;
  return true;
}
function check$BooleanEnumSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_required_required_f87e8e)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_default_required_required_b2a936)).length >= issueLimit) return s;
    }
    if (!hasOwn.call(o1, "enum (with example) *required") || o1["enum (with example) *required"] === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_example_required_required_2ce36d)).length >= issueLimit) return s;
    }
    const x4 = o1.enum;
    if (x4 !== void 0) {
      if (x4 !== true && x4 !== false && hasOwn.call(o1, "enum")) {
        if (typeof x4 !== "boolean") {
          if ((s = reportFixed(s, p, issue$enum_type_6f8083)).length >= issueLimit) return s;
        } else {
          if (x4 !== true && x4 !== false) {
            if ((s = reportFixed(s, p, issue$enum_enum_871f24)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && x2 !== true && x2 !== false) {
      if (typeof x2 !== "boolean") {
        if ((s = reportFixed(s, p, issue$enum_required_type_e6c835)).length >= issueLimit) return s;
      } else {
        if (x2 !== true && x2 !== false) {
          if ((s = reportFixed(s, p, issue$enum_required_enum_7e52bf)).length >= issueLimit) return s;
        }
      }
    }
    const x5 = o1["enum (with default)"];
    if (x5 !== void 0) {
      if (x5 !== true && x5 !== false && hasOwn.call(o1, "enum (with default)")) {
        if (typeof x5 !== "boolean") {
          if ((s = reportFixed(s, p, issue$enum_with_default_type_b52153)).length >= issueLimit) return s;
        } else {
          if (x5 !== true && x5 !== false) {
            if ((s = reportFixed(s, p, issue$enum_with_default_enum_5874cf)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && x3 !== true && x3 !== false) {
      if (typeof x3 !== "boolean") {
        if ((s = reportFixed(s, p, issue$enum_with_default_required_type_34a71c)).length >= issueLimit) return s;
      } else {
        if (x3 !== true && x3 !== false) {
          if ((s = reportFixed(s, p, issue$enum_with_default_required_enum_9a2c53)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$BooleanEnumSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$BooleanEnumSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$StringEnumSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "enum (with example) *required") ? o1["enum (with example) *required"] : void 0;
  if (x4 === void 0) return false;
  const x5 = hasOwn.call(o1, "enum (with non-value example) *required") ? o1["enum (with non-value example) *required"] : void 0;
  if (x5 === void 0) return false;
  const x6 = o1.enum;
  if (x6 !== void 0) {
    if (x6 !== "available" && x6 !== "pending" && x6 !== "sold" && hasOwn.call(o1, "enum")) return false;
  }
  if (x2 !== "available" && x2 !== "pending" && x2 !== "sold") return false;
  const x8 = o1["enum (with default)"];
  if (x8 !== void 0) {
    if (x8 !== "available" && x8 !== "pending" && x8 !== "sold" && hasOwn.call(o1, "enum (with default)")) return false;
  }
  if (x3 !== "available" && x3 !== "pending" && x3 !== "sold") return false;
  const x10 = o1["enum (with example)"];
  if (x10 !== void 0) {
    if (x10 !== "available" && x10 !== "pending" && x10 !== "sold" && hasOwn.call(o1, "enum (with example)")) return false;
  }
  if (x4 !== "available" && x4 !== "pending" && x4 !== "sold") return false;
  const x12 = o1["enum (with non-value example)"];
  if (x12 !== void 0) {
    if (x12 !== "available" && x12 !== "pending" && x12 !== "sold" && hasOwn.call(o1, "enum (with non-value example)")) return false;
  }
  if (x5 !== "available" && x5 !== "pending" && x5 !== "sold") return false;
  const x14 = o1["enum (with empty option)"];
  if (x14 !== void 0) {
    if (x14 !== "" && x14 !== "available" && x14 !== "pending" && x14 !== "sold" && hasOwn.call(o1, "enum (with empty option)")) return false;
  }
  const x16 = o1["enum (with duplicate options)"];
  if (x16 !== void 0) {
    if (x16 !== "" && x16 !== "available" && hasOwn.call(o1, "enum (with duplicate options)")) return false;
  }
  const x18 = o1["enum (with empty option and empty default)"];
  if (x18 !== void 0) {
    if (x18 !== "" && hasOwn.call(o1, "enum (with empty option and empty default)")) return false;
  }
  return true;
}
function check$StringEnumSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "enum *required") ? o1["enum *required"] : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_required_required_f87e8e)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "enum (with default) *required") ? o1["enum (with default) *required"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_default_required_required_b2a936)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "enum (with example) *required") ? o1["enum (with example) *required"] : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_example_required_required_2ce36d)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o1, "enum (with non-value example) *required") ? o1["enum (with non-value example) *required"] : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_non_value_example_required_req_d01482)).length >= issueLimit) return s;
    }
    const x6 = o1.enum;
    if (x6 !== void 0) {
      if (x6 !== "available" && x6 !== "pending" && x6 !== "sold" && hasOwn.call(o1, "enum")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_type_02ca3f)).length >= issueLimit) return s;
        } else {
          if (x6 !== "available" && x6 !== "pending" && x6 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_enum_364253)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && x2 !== "available" && x2 !== "pending" && x2 !== "sold") {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$enum_required_type_8b16f1)).length >= issueLimit) return s;
      } else {
        if (x2 !== "available" && x2 !== "pending" && x2 !== "sold") {
          if ((s = reportFixed(s, p, issue$enum_required_enum_37ad18)).length >= issueLimit) return s;
        }
      }
    }
    const x7 = o1["enum (with default)"];
    if (x7 !== void 0) {
      if (x7 !== "available" && x7 !== "pending" && x7 !== "sold" && hasOwn.call(o1, "enum (with default)")) {
        if (typeof x7 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_default_type_56cbc2)).length >= issueLimit) return s;
        } else {
          if (x7 !== "available" && x7 !== "pending" && x7 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_default_enum_4a5eda)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && x3 !== "available" && x3 !== "pending" && x3 !== "sold") {
      if (typeof x3 !== "string") {
        if ((s = reportFixed(s, p, issue$enum_with_default_required_type_11e8e0)).length >= issueLimit) return s;
      } else {
        if (x3 !== "available" && x3 !== "pending" && x3 !== "sold") {
          if ((s = reportFixed(s, p, issue$enum_with_default_required_enum_5c840c)).length >= issueLimit) return s;
        }
      }
    }
    const x8 = o1["enum (with example)"];
    if (x8 !== void 0) {
      if (x8 !== "available" && x8 !== "pending" && x8 !== "sold" && hasOwn.call(o1, "enum (with example)")) {
        if (typeof x8 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_example_type_2bee54)).length >= issueLimit) return s;
        } else {
          if (x8 !== "available" && x8 !== "pending" && x8 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_example_enum_e1415c)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x4 !== void 0 && x4 !== "available" && x4 !== "pending" && x4 !== "sold") {
      if (typeof x4 !== "string") {
        if ((s = reportFixed(s, p, issue$enum_with_example_required_type_efd869)).length >= issueLimit) return s;
      } else {
        if (x4 !== "available" && x4 !== "pending" && x4 !== "sold") {
          if ((s = reportFixed(s, p, issue$enum_with_example_required_enum_5166c8)).length >= issueLimit) return s;
        }
      }
    }
    const x9 = o1["enum (with non-value example)"];
    if (x9 !== void 0) {
      if (x9 !== "available" && x9 !== "pending" && x9 !== "sold" && hasOwn.call(o1, "enum (with non-value example)")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_non_value_example_type_287a5b)).length >= issueLimit) return s;
        } else {
          if (x9 !== "available" && x9 !== "pending" && x9 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_non_value_example_enum_b0eaae)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x5 !== void 0 && x5 !== "available" && x5 !== "pending" && x5 !== "sold") {
      if (typeof x5 !== "string") {
        if ((s = reportFixed(s, p, issue$enum_with_non_value_example_required_typ_6e0cf2)).length >= issueLimit) return s;
      } else {
        if (x5 !== "available" && x5 !== "pending" && x5 !== "sold") {
          if ((s = reportFixed(s, p, issue$enum_with_non_value_example_required_enu_2f79b0)).length >= issueLimit) return s;
        }
      }
    }
    const x10 = o1["enum (with empty option)"];
    if (x10 !== void 0) {
      if (x10 !== "" && x10 !== "available" && x10 !== "pending" && x10 !== "sold" && hasOwn.call(o1, "enum (with empty option)")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_empty_option_type_a58163)).length >= issueLimit) return s;
        } else {
          if (x10 !== "" && x10 !== "available" && x10 !== "pending" && x10 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_empty_option_enum_b151cc)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1["enum (with duplicate options)"];
    if (x11 !== void 0) {
      if (x11 !== "" && x11 !== "available" && hasOwn.call(o1, "enum (with duplicate options)")) {
        if (typeof x11 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_duplicate_options_type_213d8b)).length >= issueLimit) return s;
        } else {
          if (x11 !== "" && x11 !== "" && x11 !== "available" && x11 !== "available") {
            if ((s = reportFixed(s, p, issue$enum_with_duplicate_options_enum_58395e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x12 = o1["enum (with empty option and empty default)"];
    if (x12 !== void 0) {
      if (x12 !== "" && hasOwn.call(o1, "enum (with empty option and empty default)")) {
        if (typeof x12 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_empty_option_and_empty_default_d99401)).length >= issueLimit) return s;
        } else {
          if (x12 !== "") {
            if ((s = reportFixed(s, p, issue$enum_with_empty_option_and_empty_default_380294)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$StringEnumSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$StringEnumSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  NumberEnumSupportRequestBody: {
    type: "object",
    properties: {
      enum: { description: "A regular ol' enum", type: "number", enum: [0, 1, 2] },
      "enum *required": { description: "A regular ol' enum", type: "number", enum: [0, 1, 2] },
      "enum (with default)": {
        description: "This enum has a `default` of `1`.",
        type: "number",
        enum: [0, 1, 2],
        default: 1
      },
      "enum (with default) *required": {
        description: "A required enum with a default (if a field is required it should probably always have a default, eh?)",
        type: "number",
        enum: [0, 1, 2],
        default: 2
      },
      "enum (with example)": {
        description: "This enum has a `example` of `1`.",
        type: "number",
        enum: [0, 1, 2],
        examples: [1]
      },
      "enum (with example) *required": {
        description: "This enum has a `example` of `1` and is required.",
        type: "number",
        enum: [0, 1, 2],
        examples: [1]
      },
      "enum (with empty option)": {
        description: 'This enum has an empty string (`""`) as one of its available options.',
        type: "number",
        enum: [0, 1, 2]
      },
      "enum (with duplicate options)": {
        description: "This enum has multiple duplicate options, they should get deduped in the UI",
        type: "number",
        enum: [0, 2, 2]
      }
    },
    required: ["enum *required", "enum (with default) *required", "enum (with example) *required"]
  },
  NumberEnumSupportResponse: false,
  BooleanEnumSupportRequestBody: {
    type: "object",
    properties: {
      enum: { description: "A regular ol' enum", type: "boolean", enum: [true, false] },
      "enum *required": { description: "A regular ol' enum", type: "boolean", enum: [true, false] },
      "enum (with default)": {
        description: "This enum has a `default` of `false`.",
        type: "boolean",
        enum: [true, false],
        default: false
      },
      "enum (with default) *required": {
        description: "A required enum with a default (if a field is required it should probably always have a default, eh?)",
        type: "boolean",
        enum: [true, false],
        default: true
      }
    },
    required: ["enum *required", "enum (with default) *required", "enum (with example) *required"]
  },
  BooleanEnumSupportResponse: false,
  StringEnumSupportRequestBody: {
    type: "object",
    properties: {
      enum: {
        description: "A regular ol' enum",
        type: "string",
        enum: ["available", "pending", "sold"]
      },
      "enum *required": {
        description: "A regular ol' enum",
        type: "string",
        enum: ["available", "pending", "sold"]
      },
      "enum (with default)": {
        description: "This enum has a `default` of `available`.",
        type: "string",
        enum: ["available", "pending", "sold"],
        default: "available"
      },
      "enum (with default) *required": {
        description: "A required enum with a default (if a field is required it should probably always have a default, eh?)",
        type: "string",
        enum: ["available", "pending", "sold"],
        default: "available"
      },
      "enum (with example)": {
        description: "This enum has a `example` of `pending`.",
        type: "string",
        enum: ["available", "pending", "sold"],
        examples: ["pending"]
      },
      "enum (with example) *required": {
        description: "This enum has a `example` of `pending` and is required.",
        type: "string",
        enum: ["available", "pending", "sold"],
        examples: ["pending"]
      },
      "enum (with non-value example)": {
        description: "This enum has an example that isn't part of the enum, so the option does not get hidden",
        type: "string",
        enum: ["available", "pending", "sold"],
        examples: ["Choose..."]
      },
      "enum (with non-value example) *required": {
        description: "This enum has an example that isn't part of the enum, so the option does not get hidden",
        type: "string",
        enum: ["available", "pending", "sold"],
        examples: ["Choose..."]
      },
      "enum (with empty option)": {
        description: 'This enum has an empty string (`""`) as one of its available options.',
        type: "string",
        enum: ["", "available", "pending", "sold"]
      },
      "enum (with duplicate options)": {
        description: "This enum has multiple duplicate options, they should get deduped in the UI",
        type: "string",
        enum: ["", "", "available", "available"]
      },
      "enum (with empty option and empty default)": {
        description: 'This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.',
        type: "string",
        enum: [""],
        default: ""
      }
    },
    required: [
      "enum *required",
      "enum (with default) *required",
      "enum (with example) *required",
      "enum (with non-value example) *required"
    ]
  },
  StringEnumSupportResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isBooleanEnumSupportRequestBody,
  isBooleanEnumSupportResponse,
  isNumberEnumSupportRequestBody,
  isNumberEnumSupportResponse,
  isStringEnumSupportRequestBody,
  isStringEnumSupportResponse,
  schemas,
  validateBooleanEnumSupportRequestBody,
  validateBooleanEnumSupportResponse,
  validateNumberEnumSupportRequestBody,
  validateNumberEnumSupportResponse,
  validateStringEnumSupportRequestBody,
  validateStringEnumSupportResponse
};
