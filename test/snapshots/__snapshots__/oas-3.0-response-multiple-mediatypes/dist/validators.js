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
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validatePostMultipleTypesMultipleExamplesRequestBody(value, options) {
  const issues = options === void 0 ? check$PostMultipleTypesMultipleExamplesRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostMultipleTypesMultipleExamplesRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultipleTypesMultipleExamplesRequestBody(value) {
  return is$PostMultipleTypesMultipleExamplesRequestBody(value, 0);
}
function validatePostMultipleTypesMultipleExamplesResponse(value, options) {
  const issues = options === void 0 ? check$PostMultipleTypesMultipleExamplesResponse(value, ROOT, void 0, 0) : checkValue(check$PostMultipleTypesMultipleExamplesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultipleTypesMultipleExamplesResponse(value) {
  return is$PostMultipleTypesMultipleExamplesResponse(value, 0);
}
function validatePostMultipleTypesSingleExampleRequestBody(value, options) {
  const issues = options === void 0 ? check$PostMultipleTypesSingleExampleRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostMultipleTypesSingleExampleRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultipleTypesSingleExampleRequestBody(value) {
  return is$PostMultipleTypesSingleExampleRequestBody(value, 0);
}
function validatePostMultipleTypesSingleExampleResponse(value, options) {
  const issues = options === void 0 ? check$PostMultipleTypesSingleExampleResponse(value, ROOT, void 0, 0) : checkValue(check$PostMultipleTypesSingleExampleResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultipleTypesSingleExampleResponse(value) {
  return is$PostMultipleTypesSingleExampleResponse(value, 0);
}
function validateGetSingleTypeMultipleExamplesResponse(value, options) {
  const issues = options === void 0 ? check$GetSingleTypeMultipleExamplesResponse(value, ROOT, void 0, 0) : checkValue(check$GetSingleTypeMultipleExamplesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetSingleTypeMultipleExamplesResponse(value) {
  return is$GetSingleTypeMultipleExamplesResponse(value, 0);
}
function validateGetSingleTypeSingleExampleResponse(value, options) {
  const issues = options === void 0 ? check$GetSingleTypeSingleExampleResponse(value, ROOT, void 0, 0) : checkValue(check$GetSingleTypeSingleExampleResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetSingleTypeSingleExampleResponse(value) {
  return is$GetSingleTypeSingleExampleResponse(value, 0);
}
const schemas = {
  PostMultipleTypesMultipleExamplesRequestBody: /* @__PURE__ */ standardSchema(validatePostMultipleTypesMultipleExamplesRequestBody, jsonSchema$of("PostMultipleTypesMultipleExamplesRequestBody")),
  PostMultipleTypesMultipleExamplesResponse: /* @__PURE__ */ standardSchema(validatePostMultipleTypesMultipleExamplesResponse, jsonSchema$of("PostMultipleTypesMultipleExamplesResponse")),
  PostMultipleTypesSingleExampleRequestBody: /* @__PURE__ */ standardSchema(validatePostMultipleTypesSingleExampleRequestBody, jsonSchema$of("PostMultipleTypesSingleExampleRequestBody")),
  PostMultipleTypesSingleExampleResponse: /* @__PURE__ */ standardSchema(validatePostMultipleTypesSingleExampleResponse, jsonSchema$of("PostMultipleTypesSingleExampleResponse")),
  GetSingleTypeMultipleExamplesResponse: /* @__PURE__ */ standardSchema(validateGetSingleTypeMultipleExamplesResponse, jsonSchema$of("GetSingleTypeMultipleExamplesResponse")),
  GetSingleTypeSingleExampleResponse: /* @__PURE__ */ standardSchema(validateGetSingleTypeSingleExampleResponse, jsonSchema$of("GetSingleTypeSingleExampleResponse"))
};
const issue$string_format_date_format_411bc6 = /* @__PURE__ */ fixedIssue(["string (format: date)"], "format", "must be a valid date");
const issue$string_format_date_time_format_2d5716 = /* @__PURE__ */ fixedIssue(["string (format: date-time)"], "format", "must be a valid date-time");
const issue$string_format_date_time_type_2d2294 = /* @__PURE__ */ fixedIssue(["string (format: date-time)"], "type", "must be a string");
const issue$string_format_date_type_0e55a1 = /* @__PURE__ */ fixedIssue(["string (format: date)"], "type", "must be a string");
const issue$string_format_string_type_1b8a2c = /* @__PURE__ */ fixedIssue(["string (format: string)"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$PostMultipleTypesMultipleExamplesRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["string (format: date)"];
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "string (format: date)")) return false;
        break property3;
      }
      if (!formats.isDate(x2)) {
        if (hasOwn.call(o1, "string (format: date)")) return false;
        break property3;
      }
    }
  }
  const x4 = o1["string (format: date-time)"];
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "string (format: date-time)")) return false;
        break property5;
      }
      if (!formats.isDateTime(x4)) {
        if (hasOwn.call(o1, "string (format: date-time)")) return false;
        break property5;
      }
    }
  }
  const x6 = o1["string (format: string)"];
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "string (format: string)")) return false;
  }
  return true;
}
function check$PostMultipleTypesMultipleExamplesRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["string (format: date)"];
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "string (format: date)")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$string_format_date_type_0e55a1)).length >= issueLimit) return s;
        } else {
          if (!formats.isDate(x2)) {
            if ((s = reportFixed(s, p, issue$string_format_date_format_411bc6)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1["string (format: date-time)"];
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "string (format: date-time)")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$string_format_date_time_type_2d2294)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x3)) {
            if ((s = reportFixed(s, p, issue$string_format_date_time_format_2d5716)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1["string (format: string)"];
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "string (format: string)")) {
        if ((s = reportFixed(s, p, issue$string_format_string_type_1b8a2c)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostMultipleTypesMultipleExamplesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$PostMultipleTypesMultipleExamplesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostMultipleTypesSingleExampleRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["string (format: date)"];
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "string (format: date)")) return false;
        break property3;
      }
      if (!formats.isDate(x2)) {
        if (hasOwn.call(o1, "string (format: date)")) return false;
        break property3;
      }
    }
  }
  const x4 = o1["string (format: date-time)"];
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "string (format: date-time)")) return false;
        break property5;
      }
      if (!formats.isDateTime(x4)) {
        if (hasOwn.call(o1, "string (format: date-time)")) return false;
        break property5;
      }
    }
  }
  const x6 = o1["string (format: string)"];
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "string (format: string)")) return false;
  }
  return true;
}
function check$PostMultipleTypesSingleExampleRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["string (format: date)"];
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "string (format: date)")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$string_format_date_type_0e55a1)).length >= issueLimit) return s;
        } else {
          if (!formats.isDate(x2)) {
            if ((s = reportFixed(s, p, issue$string_format_date_format_411bc6)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1["string (format: date-time)"];
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "string (format: date-time)")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$string_format_date_time_type_2d2294)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x3)) {
            if ((s = reportFixed(s, p, issue$string_format_date_time_format_2d5716)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1["string (format: string)"];
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "string (format: string)")) {
        if ((s = reportFixed(s, p, issue$string_format_string_type_1b8a2c)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostMultipleTypesSingleExampleResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$PostMultipleTypesSingleExampleResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetSingleTypeMultipleExamplesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetSingleTypeMultipleExamplesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetSingleTypeSingleExampleResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetSingleTypeSingleExampleResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostMultipleTypesMultipleExamplesRequestBody: {
    type: "object",
    properties: {
      "string (format: date)": { type: "string", format: "date" },
      "string (format: date-time)": { type: "string", format: "date-time" },
      "string (format: string)": { type: "string", format: "string" }
    }
  },
  PostMultipleTypesMultipleExamplesResponse: { type: "string" },
  PostMultipleTypesSingleExampleRequestBody: {
    type: "object",
    properties: {
      "string (format: date)": { type: "string", format: "date" },
      "string (format: date-time)": { type: "string", format: "date-time" },
      "string (format: string)": { type: "string", format: "string" }
    }
  },
  PostMultipleTypesSingleExampleResponse: { type: "string" },
  GetSingleTypeMultipleExamplesResponse: true,
  GetSingleTypeSingleExampleResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetSingleTypeMultipleExamplesResponse,
  isGetSingleTypeSingleExampleResponse,
  isPostMultipleTypesMultipleExamplesRequestBody,
  isPostMultipleTypesMultipleExamplesResponse,
  isPostMultipleTypesSingleExampleRequestBody,
  isPostMultipleTypesSingleExampleResponse,
  schemas,
  validateGetSingleTypeMultipleExamplesResponse,
  validateGetSingleTypeSingleExampleResponse,
  validatePostMultipleTypesMultipleExamplesRequestBody,
  validatePostMultipleTypesMultipleExamplesResponse,
  validatePostMultipleTypesSingleExampleRequestBody,
  validatePostMultipleTypesSingleExampleResponse
};
