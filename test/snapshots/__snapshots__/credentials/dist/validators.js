import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
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
function validateReport(value, options) {
  const issues = options === void 0 ? check$Report(value, ROOT, void 0, 0) : checkValue(check$Report, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isReport(value) {
  return is$Report(value, 0);
}
function validateRunAdminTaskResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$RunAdminTaskResponse(value, ROOT, void 0, 0) : checkValue(check$RunAdminTaskResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRunAdminTaskResponse(value) {
  return value === void 0 || is$RunAdminTaskResponse(value, 0);
}
function validateListReportsResponse(value, options) {
  const issues = options === void 0 ? check$ListReportsResponse(value, ROOT, void 0, 0) : checkValue(check$ListReportsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListReportsResponse(value) {
  return is$ListReportsResponse(value, 0);
}
function validateGetReportResponse(value, options) {
  const issues = options === void 0 ? check$Report(value, ROOT, void 0, 0) : checkValue(check$Report, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetReportResponse(value) {
  return is$Report(value, 0);
}
function validateDeleteReportResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteReportResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteReportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteReportResponse(value) {
  return value === void 0 || is$DeleteReportResponse(value, 0);
}
function validateGetStatusResponse(value, options) {
  const issues = options === void 0 ? check$GetStatusResponse(value, ROOT, void 0, 0) : checkValue(check$GetStatusResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatusResponse(value) {
  return is$GetStatusResponse(value, 0);
}
const schemas = {
  Report: /* @__PURE__ */ standardSchema(validateReport, jsonSchema$of("Report")),
  RunAdminTaskResponse: /* @__PURE__ */ standardSchema(validateRunAdminTaskResponse, jsonSchema$of("RunAdminTaskResponse")),
  ListReportsResponse: /* @__PURE__ */ standardSchema(validateListReportsResponse, jsonSchema$of("ListReportsResponse")),
  GetReportResponse: /* @__PURE__ */ standardSchema(validateGetReportResponse, jsonSchema$of("GetReportResponse")),
  DeleteReportResponse: /* @__PURE__ */ standardSchema(validateDeleteReportResponse, jsonSchema$of("DeleteReportResponse")),
  GetStatusResponse: /* @__PURE__ */ standardSchema(validateGetStatusResponse, jsonSchema$of("GetStatusResponse"))
};
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Report(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.title;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  return true;
}
function check$Report(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    const x3 = o1.title;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$RunAdminTaskResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$RunAdminTaskResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$ListReportsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Report(x3, d + 1)) return false;
  }
  return true;
}
function check$ListReportsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Report(x3, d + 1)) {
        if (full(s = check$Report(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$DeleteReportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteReportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatusResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$GetStatusResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
const jsonSchema$defs = {
  Report: {
    type: "object",
    properties: { id: { type: "string" }, title: { type: "string" } },
    required: ["id"]
  }
};
const jsonSchema$roots = {
  Report: { $ref: "#/$defs/Report" },
  RunAdminTaskResponse: false,
  ListReportsResponse: { type: "array", items: { $ref: "#/$defs/Report" } },
  GetReportResponse: { $ref: "#/$defs/Report" },
  DeleteReportResponse: false,
  GetStatusResponse: { type: "string" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDeleteReportResponse,
  isGetReportResponse,
  isGetStatusResponse,
  isListReportsResponse,
  isReport,
  isRunAdminTaskResponse,
  schemas,
  validateDeleteReportResponse,
  validateGetReportResponse,
  validateGetStatusResponse,
  validateListReportsResponse,
  validateReport,
  validateRunAdminTaskResponse
};
