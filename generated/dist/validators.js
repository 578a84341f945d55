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
function validateErrorDetails(value, options) {
  const issues = options === void 0 ? check$ErrorDetails(value, ROOT, void 0, 0) : checkValue(check$ErrorDetails, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorDetails(value) {
  return is$ErrorDetails(value, 0);
}
function validateInnerError(value, options) {
  const issues = options === void 0 ? check$InnerError(value, ROOT, void 0, 0) : checkValue(check$InnerError, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isInnerError(value) {
  return is$InnerError(value, 0);
}
function validateMainError(value, options) {
  const issues = options === void 0 ? check$MainError(value, ROOT, void 0, 0) : checkValue(check$MainError, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMainError(value) {
  return is$MainError(value, 0);
}
function validateOdataError(value, options) {
  const issues = options === void 0 ? check$OdataError(value, ROOT, void 0, 0) : checkValue(check$OdataError, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOdataError(value) {
  return is$OdataError(value, 0);
}
function validateUser(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUser(value) {
  return is$User(value, 0);
}
function validateUpdateUserRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateUserRequestBody(value) {
  return is$User(value, 0);
}
function validateUpdateUserResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateUserResponse(value) {
  return is$User(value, 0);
}
const schemas = {
  ErrorDetails: /* @__PURE__ */ standardSchema(validateErrorDetails, jsonSchema$of("ErrorDetails")),
  InnerError: /* @__PURE__ */ standardSchema(validateInnerError, jsonSchema$of("InnerError")),
  MainError: /* @__PURE__ */ standardSchema(validateMainError, jsonSchema$of("MainError")),
  OdataError: /* @__PURE__ */ standardSchema(validateOdataError, jsonSchema$of("OdataError")),
  User: /* @__PURE__ */ standardSchema(validateUser, jsonSchema$of("User")),
  UpdateUserRequestBody: /* @__PURE__ */ standardSchema(validateUpdateUserRequestBody, jsonSchema$of("UpdateUserRequestBody")),
  UpdateUserResponse: /* @__PURE__ */ standardSchema(validateUpdateUserResponse, jsonSchema$of("UpdateUserResponse"))
};
const issue$client_request_id_type_1b5ca7 = /* @__PURE__ */ fixedIssue(["client-request-id"], "type", "must be a string");
const issue$code_required_86317d = /* @__PURE__ */ fixedIssue(["code"], "required", "is required");
const issue$code_type_485b74 = /* @__PURE__ */ fixedIssue(["code"], "type", "must be a string");
const issue$date_format_ceda36 = /* @__PURE__ */ fixedIssue(["date"], "format", "must be a valid date-time");
const issue$date_type_f35295 = /* @__PURE__ */ fixedIssue(["date"], "type", "must be a string");
const issue$details_type_04fe0f = /* @__PURE__ */ fixedIssue(["details"], "type", "must be an array");
const issue$deviceEnrollmentLimit_enum_8d8901 = /* @__PURE__ */ fixedIssue(["deviceEnrollmentLimit"], "enum", "must be one of 5, 1000");
const issue$deviceEnrollmentLimit_format_5d893b = /* @__PURE__ */ fixedIssue(["deviceEnrollmentLimit"], "format", "must be a 32-bit integer (format int32)");
const issue$deviceEnrollmentLimit_type_8f7eed = /* @__PURE__ */ fixedIssue(["deviceEnrollmentLimit"], "type", "must be an integer");
const issue$error_required_0df00e = /* @__PURE__ */ fixedIssue(["error"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$message_required_cddeac = /* @__PURE__ */ fixedIssue(["message"], "required", "is required");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$request_id_type_2fbb7a = /* @__PURE__ */ fixedIssue(["request-id"], "type", "must be a string");
const issue$target_type_0531db = /* @__PURE__ */ fixedIssue(["target"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$ErrorDetails(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.target;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "target")) return false;
  }
  return true;
}
function check$ErrorDetails(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$code_required_86317d)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$message_required_cddeac)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$code_type_485b74)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
    }
    const x4 = o1.target;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "target")) {
        if ((s = reportFixed(s, p, issue$target_type_0531db)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$InnerError(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.date;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "date")) return false;
        break property3;
      }
      if (!formats.isDateTime(x2)) {
        if (hasOwn.call(o1, "date")) return false;
        break property3;
      }
    }
  }
  const x4 = o1["request-id"];
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "request-id")) return false;
  }
  const x6 = o1["client-request-id"];
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "client-request-id")) return false;
  }
  return true;
}
function check$InnerError(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.date;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "date")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$date_type_f35295)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x2)) {
            if ((s = reportFixed(s, p, issue$date_format_ceda36)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1["request-id"];
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "request-id")) {
        if ((s = reportFixed(s, p, issue$request_id_type_2fbb7a)).length >= issueLimit) return s;
      }
    }
    const x4 = o1["client-request-id"];
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "client-request-id")) {
        if ((s = reportFixed(s, p, issue$client_request_id_type_1b5ca7)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MainError(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.target;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "target")) return false;
  }
  const x6 = o1.details;
  if (x6 !== void 0) {
    property7: {
      if (!Array.isArray(x6)) {
        if (hasOwn.call(o1, "details")) return false;
        break property7;
      }
      const a8 = x6;
      for (let i9 = 0; i9 < a8.length; i9++) {
        const x10 = a8[i9];
        if (!is$ErrorDetails(x10, d + 1)) {
          if (hasOwn.call(o1, "details")) return false;
          break property7;
        }
      }
    }
  }
  const x15 = o1.innerError;
  if (x15 !== void 0) {
    if (!is$InnerError(x15, d + 1) && hasOwn.call(o1, "innerError")) return false;
  }
  return true;
}
function check$MainError(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$code_required_86317d)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$message_required_cddeac)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$code_type_485b74)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
    }
    const x4 = o1.target;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "target")) {
        if ((s = reportFixed(s, p, issue$target_type_0531db)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.details;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "details")) {
        if (!Array.isArray(x5)) {
          if ((s = reportFixed(s, p, issue$details_type_04fe0f)).length >= issueLimit) return s;
        } else {
          const a6 = x5;
          for (let i7 = 0; i7 < a6.length; i7++) {
            const x8 = a6[i7];
            if (!is$ErrorDetails(x8, d + 1)) {
              if (full(s = check$ErrorDetails(x8, below(p, ["details", i7]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x9 = o1.innerError;
    if (x9 !== void 0) {
      if (!is$InnerError(x9, d + 1) && hasOwn.call(o1, "innerError")) {
        if (full(s = check$InnerError(x9, below(p, ["innerError"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$OdataError(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "error") ? o1.error : void 0;
  if (x2 === void 0) return false;
  if (!is$MainError(x2, d + 1)) return false;
  return true;
}
function check$OdataError(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "error") ? o1.error : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$error_required_0df00e)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !is$MainError(x2, d + 1)) {
      if (full(s = check$MainError(x2, below(p, ["error"]), s, d + 1))) return s;
    }
  }
  return s;
}
function is$User(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.deviceEnrollmentLimit;
  if (x4 !== void 0) {
    if (x4 !== 5 && x4 !== 1e3 && hasOwn.call(o1, "deviceEnrollmentLimit")) return false;
  }
  return true;
}
function check$User(v, p, s, d) {
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
    const x3 = o1.deviceEnrollmentLimit;
    if (x3 !== void 0) {
      if (x3 !== 5 && x3 !== 1e3 && hasOwn.call(o1, "deviceEnrollmentLimit")) {
        if (!Number.isInteger(x3)) {
          if ((s = reportFixed(s, p, issue$deviceEnrollmentLimit_type_8f7eed)).length >= issueLimit) return s;
        } else {
          if (x3 !== 5 && x3 !== 1e3) {
            if ((s = reportFixed(s, p, issue$deviceEnrollmentLimit_enum_8d8901)).length >= issueLimit) return s;
          }
          if (x3 < -2147483648 || x3 > 2147483647) {
            if ((s = reportFixed(s, p, issue$deviceEnrollmentLimit_format_5d893b)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  ErrorDetails: {
    type: "object",
    properties: {
      code: { type: "string" },
      message: { type: "string" },
      target: { type: "string" }
    },
    required: ["code", "message"]
  },
  InnerError: {
    description: "Diagnostic details of the request that failed.",
    type: "object",
    properties: {
      date: { description: "Date when the error occurred.", type: "string", format: "date-time" },
      "request-id": {
        description: "Request Id as tracked internally by the service.",
        type: "string"
      },
      "client-request-id": {
        description: "Client request Id as sent by the client application.",
        type: "string"
      }
    }
  },
  MainError: {
    type: "object",
    properties: {
      code: { description: "An error code string for the error that occurred.", type: "string" },
      message: {
        description: "A developer-ready message about the error that occurred.",
        type: "string"
      },
      target: { description: "The target of the error.", type: "string" },
      details: { type: "array", items: { $ref: "#/$defs/ErrorDetails" } },
      innerError: { $ref: "#/$defs/InnerError" }
    },
    required: ["code", "message"]
  },
  OdataError: {
    description: "The error envelope Microsoft Graph returns with every 4XX and 5XX response.",
    type: "object",
    properties: { error: { $ref: "#/$defs/MainError" } },
    required: ["error"]
  },
  User: {
    description: "A user in Intune (Microsoft Graph `microsoft.graph.user`).",
    type: "object",
    properties: {
      id: { description: "Unique identifier of the user.", type: "string" },
      deviceEnrollmentLimit: {
        description: "The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.",
        type: "integer",
        enum: [5, 1e3],
        format: "int32"
      }
    }
  }
};
const jsonSchema$roots = {
  ErrorDetails: { $ref: "#/$defs/ErrorDetails" },
  InnerError: { $ref: "#/$defs/InnerError" },
  MainError: { $ref: "#/$defs/MainError" },
  OdataError: { $ref: "#/$defs/OdataError" },
  User: { $ref: "#/$defs/User" },
  UpdateUserRequestBody: { $ref: "#/$defs/User" },
  UpdateUserResponse: { $ref: "#/$defs/User" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isErrorDetails,
  isInnerError,
  isMainError,
  isOdataError,
  isUpdateUserRequestBody,
  isUpdateUserResponse,
  isUser,
  schemas,
  validateErrorDetails,
  validateInnerError,
  validateMainError,
  validateOdataError,
  validateUpdateUserRequestBody,
  validateUpdateUserResponse,
  validateUser
};
