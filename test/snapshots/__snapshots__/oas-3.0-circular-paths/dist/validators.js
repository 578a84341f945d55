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
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateDateTime(value, options) {
  const issues = options === void 0 ? check$DateTime(value, ROOT, void 0, 0) : checkValue(check$DateTime, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDateTime(value) {
  return is$DateTime(value, 0);
}
function validateOffset(value, options) {
  const issues = options === void 0 ? check$Offset(value, ROOT, void 0, 0) : checkValue(check$Offset, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOffset(value) {
  return is$Offset(value, 0);
}
function validateOffsetTransition(value, options) {
  const issues = options === void 0 ? check$OffsetTransition(value, ROOT, void 0, 0) : checkValue(check$OffsetTransition, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOffsetTransition(value) {
  return is$OffsetTransition(value, 0);
}
function validateProductStock(value, options) {
  const issues = options === void 0 ? check$ProductStock(value, ROOT, void 0, 0) : checkValue(check$ProductStock, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isProductStock(value) {
  return is$ProductStock(value, 0);
}
function validateRules(value, options) {
  const issues = options === void 0 ? check$Rules(value, ROOT, void 0, 0) : checkValue(check$Rules, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRules(value) {
  return is$Rules(value, 0);
}
function validateSalesLine(value, options) {
  const issues = options === void 0 ? check$SalesLine(value, ROOT, void 0, 0) : checkValue(check$SalesLine, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSalesLine(value) {
  return is$SalesLine(value, 0);
}
function validateGetAnythingResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingResponse(value) {
  return is$GetAnythingResponse(value, 0);
}
function validatePutAnythingResponse(value, options) {
  const issues = options === void 0 ? check$PutAnythingResponse(value, ROOT, void 0, 0) : checkValue(check$PutAnythingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingResponse(value) {
  return is$PutAnythingResponse(value, 0);
}
function validatePostAnythingRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingRequestBody(value) {
  return is$PostAnythingRequestBody(value, 0);
}
function validatePostAnythingResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingResponse(value) {
  return value === void 0 || is$PostAnythingResponse(value, 0);
}
const schemas = {
  DateTime: /* @__PURE__ */ standardSchema(validateDateTime, jsonSchema$of("DateTime")),
  Offset: /* @__PURE__ */ standardSchema(validateOffset, jsonSchema$of("Offset")),
  OffsetTransition: /* @__PURE__ */ standardSchema(validateOffsetTransition, jsonSchema$of("OffsetTransition")),
  ProductStock: /* @__PURE__ */ standardSchema(validateProductStock, jsonSchema$of("ProductStock")),
  Rules: /* @__PURE__ */ standardSchema(validateRules, jsonSchema$of("Rules")),
  SalesLine: /* @__PURE__ */ standardSchema(validateSalesLine, jsonSchema$of("SalesLine")),
  GetAnythingResponse: /* @__PURE__ */ standardSchema(validateGetAnythingResponse, jsonSchema$of("GetAnythingResponse")),
  PutAnythingResponse: /* @__PURE__ */ standardSchema(validatePutAnythingResponse, jsonSchema$of("PutAnythingResponse")),
  PostAnythingRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingRequestBody, jsonSchema$of("PostAnythingRequestBody")),
  PostAnythingResponse: /* @__PURE__ */ standardSchema(validatePostAnythingResponse, jsonSchema$of("PostAnythingResponse"))
};
const issue$anyOf_1827ca = /* @__PURE__ */ fixedIssue([], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$dateTime_format_863e0e = /* @__PURE__ */ fixedIssue(["dateTime"], "format", "must be a valid date-time");
const issue$dateTime_type_44bd04 = /* @__PURE__ */ fixedIssue(["dateTime"], "type", "must be a string");
const issue$format_5e745a = /* @__PURE__ */ fixedIssue([], "format", "must be a valid date-time");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$test_param_type_b2aed6 = /* @__PURE__ */ fixedIssue(["test_param"], "type", "must be an array");
const issue$transitions_type_bfceb6 = /* @__PURE__ */ fixedIssue(["transitions"], "type", "must be an array");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$DateTime(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  if (!formats.isDateTime(v)) return false;
  return true;
}
function check$DateTime(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  } else {
    if (!formats.isDateTime(v)) {
      if ((s = reportFixed(s, p, issue$format_5e745a)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Offset(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.rules;
  if (x4 !== void 0) {
    if (!is$Rules(x4, d + 1) && hasOwn.call(o1, "rules")) return false;
  }
  return true;
}
function check$Offset(v, p, s, d) {
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
    const x3 = o1.rules;
    if (x3 !== void 0) {
      if (!is$Rules(x3, d + 1) && hasOwn.call(o1, "rules")) {
        if (full(s = check$Rules(x3, below(p, ["rules"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$OffsetTransition(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.dateTime;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "dateTime")) return false;
        break property3;
      }
      if (!formats.isDateTime(x2)) {
        if (hasOwn.call(o1, "dateTime")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.offsetAfter;
  if (x4 !== void 0) {
    if (!is$Offset(x4, d + 1) && hasOwn.call(o1, "offsetAfter")) return false;
  }
  const x10 = o1.offsetBefore;
  if (x10 !== void 0) {
    if (!is$Offset(x10, d + 1) && hasOwn.call(o1, "offsetBefore")) return false;
  }
  return true;
}
function check$OffsetTransition(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.dateTime;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "dateTime")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$dateTime_type_44bd04)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x2)) {
            if ((s = reportFixed(s, p, issue$dateTime_format_863e0e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.offsetAfter;
    if (x3 !== void 0) {
      if (!is$Offset(x3, d + 1) && hasOwn.call(o1, "offsetAfter")) {
        if (full(s = check$Offset(x3, below(p, ["offsetAfter"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.offsetBefore;
    if (x4 !== void 0) {
      if (!is$Offset(x4, d + 1) && hasOwn.call(o1, "offsetBefore")) {
        if (full(s = check$Offset(x4, below(p, ["offsetBefore"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ProductStock(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = o2.test_param;
    if (x3 !== void 0) {
      property4: {
        if (!Array.isArray(x3)) {
          if (hasOwn.call(o2, "test_param")) return false;
          break property4;
        }
        const a5 = x3;
        for (let i6 = 0; i6 < a5.length; i6++) {
          const x7 = a5[i6];
          if (!is$SalesLine(x7, d + 1)) {
            if (hasOwn.call(o2, "test_param")) return false;
            break property4;
          }
        }
      }
    }
  }
  return true;
}
function check$ProductStock(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = o2.test_param;
    if (x3 !== void 0) {
      if (hasOwn.call(o2, "test_param")) {
        if (!Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$test_param_type_b2aed6)).length >= issueLimit) return s;
        } else {
          const a4 = x3;
          for (let i5 = 0; i5 < a4.length; i5++) {
            const x6 = a4[i5];
            if (!is$SalesLine(x6, d + 1)) {
              if (full(s = check$SalesLine(x6, below(p, ["test_param", i5]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$Rules(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.transitions;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "transitions")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (!is$OffsetTransition(x6, d + 1)) {
          if (hasOwn.call(o1, "transitions")) return false;
          break property3;
        }
      }
    }
  }
  return true;
}
function check$Rules(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.transitions;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "transitions")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$transitions_type_bfceb6)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (!is$OffsetTransition(x5, d + 1)) {
              if (full(s = check$OffsetTransition(x5, below(p, ["transitions", i4]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$SalesLine(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.stock;
  if (x2 !== void 0) {
    if (!is$ProductStock(x2, d + 1) && hasOwn.call(o1, "stock")) return false;
  }
  return true;
}
function check$SalesLine(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.stock;
    if (x2 !== void 0) {
      if (!is$ProductStock(x2, d + 1) && hasOwn.call(o1, "stock")) {
        if (full(s = check$ProductStock(x2, below(p, ["stock"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetAnythingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.dateTime;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "dateTime")) return false;
        break property3;
      }
      if (!formats.isDateTime(x2)) {
        if (hasOwn.call(o1, "dateTime")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.offsetAfter;
  if (x4 !== void 0) {
    if (!is$Offset(x4, d + 1) && hasOwn.call(o1, "offsetAfter")) return false;
  }
  const x10 = o1.offsetBefore;
  if (x10 !== void 0) {
    if (!is$Offset(x10, d + 1) && hasOwn.call(o1, "offsetBefore")) return false;
  }
  return true;
}
function check$GetAnythingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.dateTime;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "dateTime")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$dateTime_type_44bd04)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x2)) {
            if ((s = reportFixed(s, p, issue$dateTime_format_863e0e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.offsetAfter;
    if (x3 !== void 0) {
      if (!is$Offset(x3, d + 1) && hasOwn.call(o1, "offsetAfter")) {
        if (full(s = check$Offset(x3, below(p, ["offsetAfter"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.offsetBefore;
    if (x4 !== void 0) {
      if (!is$Offset(x4, d + 1) && hasOwn.call(o1, "offsetBefore")) {
        if (full(s = check$Offset(x4, below(p, ["offsetBefore"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PutAnythingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!Array.isArray(v)) break failed6;
      const a7 = v;
      for (let i8 = 0; i8 < a7.length; i8++) {
        const x9 = a7[i8];
        if (!is$SalesLine(x9, d + 1)) break failed6;
      }
      break passed5;
    }
    failed14: {
      if (!is$SalesLine(v, d + 1)) break failed14;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$PutAnythingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed12: {
    failed13: {
      if (!Array.isArray(v)) break failed13;
      const a14 = v;
      for (let i15 = 0; i15 < a14.length; i15++) {
        const x16 = a14[i15];
        if (!is$SalesLine(x16, d + 1)) break failed13;
      }
      break passed12;
    }
    failed21: {
      if (!is$SalesLine(v, d + 1)) break failed21;
      break passed12;
    }
    if (Array.isArray(v)) {
      const a5 = v;
      for (let i6 = 0; i6 < a5.length; i6++) {
        const x7 = a5[i6];
        if (!is$SalesLine(x7, d + 1)) {
          if (full(s = check$SalesLine(x7, below(p, [i6]), s, d + 1))) return s;
        }
      }
    } else {
      if (!is$SalesLine(v, d + 1)) {
        if (full(s = check$SalesLine(v, p, s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.circular;
  if (x2 !== void 0) {
    if (!is$Offset(x2, d + 1) && hasOwn.call(o1, "circular")) return false;
  }
  return true;
}
function check$PostAnythingRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.circular;
    if (x2 !== void 0) {
      if (!is$Offset(x2, d + 1) && hasOwn.call(o1, "circular")) {
        if (full(s = check$Offset(x2, below(p, ["circular"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  DateTime: { type: "string", format: "date-time" },
  Offset: {
    type: "object",
    properties: { id: { type: "string" }, rules: { $ref: "#/$defs/Rules" } }
  },
  OffsetTransition: {
    type: "object",
    properties: {
      dateTime: { type: "string", format: "date-time" },
      offsetAfter: { $ref: "#/$defs/Offset" },
      offsetBefore: { $ref: "#/$defs/Offset" }
    }
  },
  ProductStock: {
    properties: { test_param: { type: "array", items: { $ref: "#/$defs/SalesLine" } } }
  },
  Rules: {
    type: "object",
    properties: { transitions: { type: "array", items: { $ref: "#/$defs/OffsetTransition" } } }
  },
  SalesLine: { type: "object", properties: { stock: { $ref: "#/$defs/ProductStock" } } }
};
const jsonSchema$roots = {
  DateTime: { $ref: "#/$defs/DateTime" },
  Offset: { $ref: "#/$defs/Offset" },
  OffsetTransition: { $ref: "#/$defs/OffsetTransition" },
  ProductStock: { $ref: "#/$defs/ProductStock" },
  Rules: { $ref: "#/$defs/Rules" },
  SalesLine: { $ref: "#/$defs/SalesLine" },
  GetAnythingResponse: {
    type: "object",
    properties: {
      dateTime: { type: "string", format: "date-time" },
      offsetAfter: { $ref: "#/$defs/Offset" },
      offsetBefore: { $ref: "#/$defs/Offset" }
    }
  },
  PutAnythingResponse: {
    anyOf: [{ type: "array", items: { $ref: "#/$defs/SalesLine" } }, { $ref: "#/$defs/SalesLine" }]
  },
  PostAnythingRequestBody: { type: "object", properties: { circular: { $ref: "#/$defs/Offset" } } },
  PostAnythingResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDateTime,
  isGetAnythingResponse,
  isOffset,
  isOffsetTransition,
  isPostAnythingRequestBody,
  isPostAnythingResponse,
  isProductStock,
  isPutAnythingResponse,
  isRules,
  isSalesLine,
  schemas,
  validateDateTime,
  validateGetAnythingResponse,
  validateOffset,
  validateOffsetTransition,
  validatePostAnythingRequestBody,
  validatePostAnythingResponse,
  validateProductStock,
  validatePutAnythingResponse,
  validateRules,
  validateSalesLine
};
