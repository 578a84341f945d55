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
function validateEvent(value, options) {
  const issues = options === void 0 ? check$Event(value, ROOT, void 0, 0) : checkValue(check$Event, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isEvent(value) {
  return is$Event(value, 0);
}
function validateSearchEventsRequestBody(value, options) {
  const issues = options === void 0 ? check$SearchEventsRequestBody(value, ROOT, void 0, 0) : checkValue(check$SearchEventsRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchEventsRequestBody(value) {
  return is$SearchEventsRequestBody(value, 0);
}
function validateSearchEventsResponse(value, options) {
  const issues = options === void 0 ? check$SearchEventsResponse(value, ROOT, void 0, 0) : checkValue(check$SearchEventsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchEventsResponse(value) {
  return is$SearchEventsResponse(value, 0);
}
function validatePurgeEventsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PurgeEventsResponse(value, ROOT, void 0, 0) : checkValue(check$PurgeEventsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPurgeEventsResponse(value) {
  return value === void 0 || is$PurgeEventsResponse(value, 0);
}
function validateExportEventsResponse(value, options) {
  if (typeof value === "object" && value !== null && Symbol.asyncIterator in value) return { ok: true, value };
  const issues = options === void 0 ? check$ExportEventsResponse(value, ROOT, void 0, 0) : checkValue(check$ExportEventsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isExportEventsResponse(value) {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value || is$ExportEventsResponse(value, 0);
}
function validateStreamEventsResponse(value, options) {
  if (typeof value === "object" && value !== null && Symbol.asyncIterator in value) return { ok: true, value };
  const issues = options === void 0 ? check$StreamEventsResponse(value, ROOT, void 0, 0) : checkValue(check$StreamEventsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStreamEventsResponse(value) {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value || is$StreamEventsResponse(value, 0);
}
const schemas = {
  Event: /* @__PURE__ */ standardSchema(validateEvent, jsonSchema$of("Event")),
  SearchEventsRequestBody: /* @__PURE__ */ standardSchema(validateSearchEventsRequestBody, jsonSchema$of("SearchEventsRequestBody")),
  SearchEventsResponse: /* @__PURE__ */ standardSchema(validateSearchEventsResponse, jsonSchema$of("SearchEventsResponse")),
  PurgeEventsResponse: /* @__PURE__ */ standardSchema(validatePurgeEventsResponse, jsonSchema$of("PurgeEventsResponse")),
  ExportEventsResponse: /* @__PURE__ */ standardSchema(validateExportEventsResponse, jsonSchema$of("ExportEventsResponse")),
  StreamEventsResponse: /* @__PURE__ */ standardSchema(validateStreamEventsResponse, jsonSchema$of("StreamEventsResponse"))
};
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$kind_enum_4d04d3 = /* @__PURE__ */ fixedIssue(["kind"], "enum", 'must be one of "created", "deleted"');
const issue$kind_required_9a21aa = /* @__PURE__ */ fixedIssue(["kind"], "required", "is required");
const issue$kind_type_5eee23 = /* @__PURE__ */ fixedIssue(["kind"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Event(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x3 !== "created" && x3 !== "deleted") return false;
  return true;
}
function check$Event(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$kind_required_9a21aa)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && x3 !== "created" && x3 !== "deleted") {
      if (typeof x3 !== "string") {
        if ((s = reportFixed(s, p, issue$kind_type_5eee23)).length >= issueLimit) return s;
      } else {
        if (x3 !== "created" && x3 !== "deleted") {
          if ((s = reportFixed(s, p, issue$kind_enum_4d04d3)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$SearchEventsRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.kind;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "kind")) return false;
  }
  return true;
}
function check$SearchEventsRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.kind;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "kind")) {
        if ((s = reportFixed(s, p, issue$kind_type_5eee23)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$SearchEventsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Event(x3, d + 1)) return false;
  }
  return true;
}
function check$SearchEventsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Event(x3, d + 1)) {
        if (full(s = check$Event(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PurgeEventsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PurgeEventsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$ExportEventsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$ExportEventsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$StreamEventsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$StreamEventsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Event: {
    type: "object",
    properties: { id: { type: "string" }, kind: { type: "string", enum: ["created", "deleted"] } },
    required: ["id", "kind"]
  }
};
const jsonSchema$roots = {
  Event: { $ref: "#/$defs/Event" },
  SearchEventsRequestBody: { type: "object", properties: { kind: { type: "string" } } },
  SearchEventsResponse: { type: "array", items: { $ref: "#/$defs/Event" } },
  PurgeEventsResponse: false,
  ExportEventsResponse: false,
  StreamEventsResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isEvent,
  isExportEventsResponse,
  isPurgeEventsResponse,
  isSearchEventsRequestBody,
  isSearchEventsResponse,
  isStreamEventsResponse,
  schemas,
  validateEvent,
  validateExportEventsResponse,
  validatePurgeEventsResponse,
  validateSearchEventsRequestBody,
  validateSearchEventsResponse,
  validateStreamEventsResponse
};
