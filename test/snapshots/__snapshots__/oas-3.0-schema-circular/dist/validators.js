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
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateBodyPart(value, options) {
  const issues = options === void 0 ? check$BodyPart(value, ROOT, void 0, 0) : checkValue(check$BodyPart, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBodyPart(value) {
  return is$BodyPart(value, 0);
}
function validateContentDisposition(value, options) {
  const issues = options === void 0 ? check$ContentDisposition(value, ROOT, void 0, 0) : checkValue(check$ContentDisposition, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isContentDisposition(value) {
  return is$ContentDisposition(value, 0);
}
function validateFormDataBodyPart(value, options) {
  const issues = options === void 0 ? check$FormDataBodyPart(value, ROOT, void 0, 0) : checkValue(check$FormDataBodyPart, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataBodyPart(value) {
  return is$FormDataBodyPart(value, 0);
}
function validateFormDataContentDisposition(value, options) {
  const issues = options === void 0 ? check$FormDataContentDisposition(value, ROOT, void 0, 0) : checkValue(check$FormDataContentDisposition, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataContentDisposition(value) {
  return is$FormDataContentDisposition(value, 0);
}
function validateMessageBodyWorkers(value, options) {
  const issues = options === void 0 ? check$MessageBodyWorkers(value, ROOT, void 0, 0) : checkValue(check$MessageBodyWorkers, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMessageBodyWorkers(value) {
  return is$MessageBodyWorkers(value, 0);
}
function validateMultiPart(value, options) {
  const issues = options === void 0 ? check$MultiPart(value, ROOT, void 0, 0) : checkValue(check$MultiPart, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMultiPart(value) {
  return is$MultiPart(value, 0);
}
function validateParameterizedHeader(value, options) {
  const issues = options === void 0 ? check$ParameterizedHeader(value, ROOT, void 0, 0) : checkValue(check$ParameterizedHeader, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isParameterizedHeader(value) {
  return is$ParameterizedHeader(value, 0);
}
function validateZoneId(value, options) {
  const issues = options === void 0 ? check$ZoneId(value, ROOT, void 0, 0) : checkValue(check$ZoneId, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isZoneId(value) {
  return is$ZoneId(value, 0);
}
function validateZoneOffset(value, options) {
  const issues = options === void 0 ? check$ZoneOffset(value, ROOT, void 0, 0) : checkValue(check$ZoneOffset, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isZoneOffset(value) {
  return is$ZoneOffset(value, 0);
}
function validateZoneOffsetTransition(value, options) {
  const issues = options === void 0 ? check$ZoneOffsetTransition(value, ROOT, void 0, 0) : checkValue(check$ZoneOffsetTransition, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isZoneOffsetTransition(value) {
  return is$ZoneOffsetTransition(value, 0);
}
function validateZoneRules(value, options) {
  const issues = options === void 0 ? check$ZoneRules(value, ROOT, void 0, 0) : checkValue(check$ZoneRules, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isZoneRules(value) {
  return is$ZoneRules(value, 0);
}
function validatePutCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$PutCircularRequestBody(value, ROOT, void 0, 0) : checkValue(check$PutCircularRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutCircularRequestBody(value) {
  return is$PutCircularRequestBody(value, 0);
}
function validatePutCircularResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutCircularResponse(value, ROOT, void 0, 0) : checkValue(check$PutCircularResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutCircularResponse(value) {
  return value === void 0 || is$PutCircularResponse(value, 0);
}
function validatePutNestedTestRequestBody(value, options) {
  const issues = options === void 0 ? check$PutNestedTestRequestBody(value, ROOT, void 0, 0) : checkValue(check$PutNestedTestRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutNestedTestRequestBody(value) {
  return is$PutNestedTestRequestBody(value, 0);
}
function validatePutNestedTestResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutNestedTestResponse(value, ROOT, void 0, 0) : checkValue(check$PutNestedTestResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutNestedTestResponse(value) {
  return value === void 0 || is$PutNestedTestResponse(value, 0);
}
function validatePostNotQuiteCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$PostNotQuiteCircularRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostNotQuiteCircularRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostNotQuiteCircularRequestBody(value) {
  return is$PostNotQuiteCircularRequestBody(value, 0);
}
function validatePostNotQuiteCircularResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostNotQuiteCircularResponse(value, ROOT, void 0, 0) : checkValue(check$PostNotQuiteCircularResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostNotQuiteCircularResponse(value) {
  return value === void 0 || is$PostNotQuiteCircularResponse(value, 0);
}
const schemas = {
  BodyPart: /* @__PURE__ */ standardSchema(validateBodyPart, jsonSchema$of("BodyPart")),
  ContentDisposition: /* @__PURE__ */ standardSchema(validateContentDisposition, jsonSchema$of("ContentDisposition")),
  FormDataBodyPart: /* @__PURE__ */ standardSchema(validateFormDataBodyPart, jsonSchema$of("FormDataBodyPart")),
  FormDataContentDisposition: /* @__PURE__ */ standardSchema(validateFormDataContentDisposition, jsonSchema$of("FormDataContentDisposition")),
  MessageBodyWorkers: /* @__PURE__ */ standardSchema(validateMessageBodyWorkers, jsonSchema$of("MessageBodyWorkers")),
  MultiPart: /* @__PURE__ */ standardSchema(validateMultiPart, jsonSchema$of("MultiPart")),
  ParameterizedHeader: /* @__PURE__ */ standardSchema(validateParameterizedHeader, jsonSchema$of("ParameterizedHeader")),
  ZoneId: /* @__PURE__ */ standardSchema(validateZoneId, jsonSchema$of("ZoneId")),
  ZoneOffset: /* @__PURE__ */ standardSchema(validateZoneOffset, jsonSchema$of("ZoneOffset")),
  ZoneOffsetTransition: /* @__PURE__ */ standardSchema(validateZoneOffsetTransition, jsonSchema$of("ZoneOffsetTransition")),
  ZoneRules: /* @__PURE__ */ standardSchema(validateZoneRules, jsonSchema$of("ZoneRules")),
  PutCircularRequestBody: /* @__PURE__ */ standardSchema(validatePutCircularRequestBody, jsonSchema$of("PutCircularRequestBody")),
  PutCircularResponse: /* @__PURE__ */ standardSchema(validatePutCircularResponse, jsonSchema$of("PutCircularResponse")),
  PutNestedTestRequestBody: /* @__PURE__ */ standardSchema(validatePutNestedTestRequestBody, jsonSchema$of("PutNestedTestRequestBody")),
  PutNestedTestResponse: /* @__PURE__ */ standardSchema(validatePutNestedTestResponse, jsonSchema$of("PutNestedTestResponse")),
  PostNotQuiteCircularRequestBody: /* @__PURE__ */ standardSchema(validatePostNotQuiteCircularRequestBody, jsonSchema$of("PostNotQuiteCircularRequestBody")),
  PostNotQuiteCircularResponse: /* @__PURE__ */ standardSchema(validatePostNotQuiteCircularResponse, jsonSchema$of("PostNotQuiteCircularResponse"))
};
const issue$bodyParts_type_5be707 = /* @__PURE__ */ fixedIssue(["bodyParts"], "type", "must be an array");
const issue$creationDate_format_6f6cdd = /* @__PURE__ */ fixedIssue(["creationDate"], "format", "must be a valid date-time");
const issue$creationDate_type_35f147 = /* @__PURE__ */ fixedIssue(["creationDate"], "type", "must be a string");
const issue$dateTimeAfter_format_0a3568 = /* @__PURE__ */ fixedIssue(["dateTimeAfter"], "format", "must be a valid date-time");
const issue$dateTimeAfter_type_c5b01d = /* @__PURE__ */ fixedIssue(["dateTimeAfter"], "type", "must be a string");
const issue$dateTimeBefore_format_5c2953 = /* @__PURE__ */ fixedIssue(["dateTimeBefore"], "format", "must be a valid date-time");
const issue$dateTimeBefore_type_c3692d = /* @__PURE__ */ fixedIssue(["dateTimeBefore"], "type", "must be a string");
const issue$entity_type_9b3d58 = /* @__PURE__ */ fixedIssue(["entity"], "type", "must be an object");
const issue$fileName_type_c6c8e2 = /* @__PURE__ */ fixedIssue(["fileName"], "type", "must be a string");
const issue$foo_type_0080c1 = /* @__PURE__ */ fixedIssue(["foo"], "type", "must be a string");
const issue$headers_empty_type_ec78d4 = /* @__PURE__ */ fixedIssue(["headers", "empty"], "type", "must be a boolean");
const issue$headers_type_f93311 = /* @__PURE__ */ fixedIssue(["headers"], "type", "must be an object");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$mediaType_parameters_type_3f5a02 = /* @__PURE__ */ fixedIssue(["mediaType", "parameters"], "type", "must be an object");
const issue$mediaType_subtype_type_8a9ffb = /* @__PURE__ */ fixedIssue(["mediaType", "subtype"], "type", "must be a string");
const issue$mediaType_type_758013 = /* @__PURE__ */ fixedIssue(["mediaType"], "type", "must be an object");
const issue$mediaType_type_type_5913ed = /* @__PURE__ */ fixedIssue(["mediaType", "type"], "type", "must be a string");
const issue$mediaType_wildcardSubtype_type_7b9bc2 = /* @__PURE__ */ fixedIssue(["mediaType", "wildcardSubtype"], "type", "must be a boolean");
const issue$mediaType_wildcardType_type_6a322c = /* @__PURE__ */ fixedIssue(["mediaType", "wildcardType"], "type", "must be a boolean");
const issue$modificationDate_format_ecfb9b = /* @__PURE__ */ fixedIssue(["modificationDate"], "format", "must be a valid date-time");
const issue$modificationDate_type_6dcc6b = /* @__PURE__ */ fixedIssue(["modificationDate"], "type", "must be a string");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$obj_ffffffffffffffffffffffffffffffffffff_5e7115 = /* @__PURE__ */ fixedIssue(["obj", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"], "type", "must be an object");
const issue$obj_ffffffffffffffffffffffffffffffffffff_88d8b7 = /* @__PURE__ */ fixedIssue(["obj", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "fooa", "foob:"], "type", "must be an object");
const issue$obj_ffffffffffffffffffffffffffffffffffff_9e6fbd = /* @__PURE__ */ fixedIssue(["obj", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "fooa", "foob:", "fooc"], "type", "must be a string");
const issue$obj_ffffffffffffffffffffffffffffffffffff_fc67c1 = /* @__PURE__ */ fixedIssue(["obj", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "fooa"], "type", "must be an object");
const issue$obj_type_2bb42f = /* @__PURE__ */ fixedIssue(["obj"], "type", "must be an object");
const issue$parameterizedHeaders_empty_type_75e858 = /* @__PURE__ */ fixedIssue(["parameterizedHeaders", "empty"], "type", "must be a boolean");
const issue$parameterizedHeaders_type_b8a1d3 = /* @__PURE__ */ fixedIssue(["parameterizedHeaders"], "type", "must be an object");
const issue$parameters_type_25bfec = /* @__PURE__ */ fixedIssue(["parameters"], "type", "must be an object");
const issue$providers_type_4421d4 = /* @__PURE__ */ fixedIssue(["providers"], "type", "must be an object");
const issue$readDate_format_184935 = /* @__PURE__ */ fixedIssue(["readDate"], "format", "must be a valid date-time");
const issue$readDate_type_c7aa33 = /* @__PURE__ */ fixedIssue(["readDate"], "type", "must be a string");
const issue$simple_type_f95f62 = /* @__PURE__ */ fixedIssue(["simple"], "type", "must be a boolean");
const issue$size_format_0d40a1 = /* @__PURE__ */ fixedIssue(["size"], "format", "must be a 64-bit integer (format int64)");
const issue$size_type_9b7e82 = /* @__PURE__ */ fixedIssue(["size"], "type", "must be an integer");
const issue$transitions_type_bfceb6 = /* @__PURE__ */ fixedIssue(["transitions"], "type", "must be an array");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
const issue$typename_type_edbb7d = /* @__PURE__ */ fixedIssue(["typename"], "type", "must be a string");
const issue$value_type_f22009 = /* @__PURE__ */ fixedIssue(["value"], "type", "must be a string");
function is$BodyPart(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.contentDisposition;
  if (x2 !== void 0) {
    if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) return false;
  }
  const x8 = o1.entity;
  if (x8 !== void 0) {
    if ((typeof x8 !== "object" || x8 === null || Array.isArray(x8)) && hasOwn.call(o1, "entity")) return false;
  }
  const x13 = o1.headers;
  if (x13 !== void 0) {
    property14: {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        if (hasOwn.call(o1, "headers")) return false;
        break property14;
      }
      const o15 = x13;
      const x16 = o15.empty;
      if (x16 !== void 0) {
        if (typeof x16 !== "boolean" && hasOwn.call(o15, "empty")) {
          if (hasOwn.call(o1, "headers")) return false;
          break property14;
        }
      }
      for (const k18 in o15) {
        if (!hasOwn.call(o15, k18)) continue;
        const x19 = o15[k18];
        if (x19 === void 0) continue;
        if (k18 !== "empty") {
          if (!Array.isArray(x19)) {
            if (hasOwn.call(o1, "headers")) return false;
            break property14;
          }
          const a20 = x19;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const x22 = a20[i21];
            if (typeof x22 !== "string") {
              if (hasOwn.call(o1, "headers")) return false;
              break property14;
            }
          }
        }
      }
    }
  }
  const x23 = o1.mediaType;
  if (x23 !== void 0) {
    property24: {
      if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
        if (hasOwn.call(o1, "mediaType")) return false;
        break property24;
      }
      const o25 = x23;
      const x26 = o25.type;
      if (x26 !== void 0) {
        if (typeof x26 !== "string" && hasOwn.call(o25, "type")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x28 = o25.subtype;
      if (x28 !== void 0) {
        if (typeof x28 !== "string" && hasOwn.call(o25, "subtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x30 = o25.parameters;
      if (x30 !== void 0) {
        property31: {
          if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
            if (hasOwn.call(o25, "parameters")) {
              if (hasOwn.call(o1, "mediaType")) return false;
              break property24;
            }
            break property31;
          }
          const o32 = x30;
          for (const k33 in o32) {
            if (!hasOwn.call(o32, k33)) continue;
            const x34 = o32[k33];
            if (x34 === void 0) continue;
            if (typeof x34 !== "string") {
              if (hasOwn.call(o25, "parameters")) {
                if (hasOwn.call(o1, "mediaType")) return false;
                break property24;
              }
              break property31;
            }
          }
        }
      }
      const x35 = o25.wildcardType;
      if (x35 !== void 0) {
        if (typeof x35 !== "boolean" && hasOwn.call(o25, "wildcardType")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x37 = o25.wildcardSubtype;
      if (x37 !== void 0) {
        if (typeof x37 !== "boolean" && hasOwn.call(o25, "wildcardSubtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
    }
  }
  const x41 = o1.messageBodyWorkers;
  if (x41 !== void 0) {
    if (!is$MessageBodyWorkers(x41, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) return false;
  }
  const x47 = o1.parent;
  if (x47 !== void 0) {
    if (!is$MultiPart(x47, d + 1) && hasOwn.call(o1, "parent")) return false;
  }
  const x53 = o1.providers;
  if (x53 !== void 0) {
    if ((typeof x53 !== "object" || x53 === null || Array.isArray(x53)) && hasOwn.call(o1, "providers")) return false;
  }
  const x58 = o1.parameterizedHeaders;
  if (x58 !== void 0) {
    property59: {
      if (typeof x58 !== "object" || x58 === null || Array.isArray(x58)) {
        if (hasOwn.call(o1, "parameterizedHeaders")) return false;
        break property59;
      }
      const o60 = x58;
      const x61 = o60.empty;
      if (x61 !== void 0) {
        if (typeof x61 !== "boolean" && hasOwn.call(o60, "empty")) {
          if (hasOwn.call(o1, "parameterizedHeaders")) return false;
          break property59;
        }
      }
      for (const k63 in o60) {
        if (!hasOwn.call(o60, k63)) continue;
        const x64 = o60[k63];
        if (x64 === void 0) continue;
        if (k63 !== "empty") {
          if (!Array.isArray(x64)) {
            if (hasOwn.call(o1, "parameterizedHeaders")) return false;
            break property59;
          }
          const a65 = x64;
          for (let i66 = 0; i66 < a65.length; i66++) {
            const x67 = a65[i66];
            if (!is$ParameterizedHeader(x67, d + 1)) {
              if (hasOwn.call(o1, "parameterizedHeaders")) return false;
              break property59;
            }
          }
        }
      }
    }
  }
  return true;
}
function check$BodyPart(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.contentDisposition;
    if (x2 !== void 0) {
      if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) {
        if (full(s = check$ContentDisposition(x2, below(p, ["contentDisposition"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.entity;
    if (x3 !== void 0) {
      if ((typeof x3 !== "object" || x3 === null || Array.isArray(x3)) && hasOwn.call(o1, "entity")) {
        if ((s = reportFixed(s, p, issue$entity_type_9b3d58)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.headers;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "headers")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$headers_type_f93311)).length >= issueLimit) return s;
        } else {
          const o8 = x7;
          const x9 = o8.empty;
          if (x9 !== void 0) {
            if (typeof x9 !== "boolean" && hasOwn.call(o8, "empty")) {
              if ((s = reportFixed(s, p, issue$headers_empty_type_ec78d4)).length >= issueLimit) return s;
            }
          }
          for (const k10 in o8) {
            if (!hasOwn.call(o8, k10)) continue;
            const x11 = o8[k10];
            if (x11 === void 0) continue;
            if (k10 !== "empty") {
              if (!Array.isArray(x11)) {
                if ((s = report(s, p, ["headers", k10], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a12 = x11;
                for (let i13 = 0; i13 < a12.length; i13++) {
                  const x14 = a12[i13];
                  if (typeof x14 !== "string") {
                    if ((s = report(s, p, ["headers", k10, i13], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
    const x15 = o1.mediaType;
    if (x15 !== void 0) {
      if (hasOwn.call(o1, "mediaType")) {
        if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
          if ((s = reportFixed(s, p, issue$mediaType_type_758013)).length >= issueLimit) return s;
        } else {
          const o16 = x15;
          const x17 = o16.type;
          if (x17 !== void 0) {
            if (typeof x17 !== "string" && hasOwn.call(o16, "type")) {
              if ((s = reportFixed(s, p, issue$mediaType_type_type_5913ed)).length >= issueLimit) return s;
            }
          }
          const x18 = o16.subtype;
          if (x18 !== void 0) {
            if (typeof x18 !== "string" && hasOwn.call(o16, "subtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_subtype_type_8a9ffb)).length >= issueLimit) return s;
            }
          }
          const x19 = o16.parameters;
          if (x19 !== void 0) {
            if (hasOwn.call(o16, "parameters")) {
              if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) {
                if ((s = reportFixed(s, p, issue$mediaType_parameters_type_3f5a02)).length >= issueLimit) return s;
              } else {
                const o20 = x19;
                for (const k21 in o20) {
                  if (!hasOwn.call(o20, k21)) continue;
                  const x22 = o20[k21];
                  if (x22 === void 0) continue;
                  if (typeof x22 !== "string") {
                    if ((s = report(s, p, ["mediaType", "parameters", k21], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
          const x23 = o16.wildcardType;
          if (x23 !== void 0) {
            if (typeof x23 !== "boolean" && hasOwn.call(o16, "wildcardType")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardType_type_6a322c)).length >= issueLimit) return s;
            }
          }
          const x24 = o16.wildcardSubtype;
          if (x24 !== void 0) {
            if (typeof x24 !== "boolean" && hasOwn.call(o16, "wildcardSubtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardSubtype_type_7b9bc2)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x27 = o1.messageBodyWorkers;
    if (x27 !== void 0) {
      if (!is$MessageBodyWorkers(x27, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) {
        if (full(s = check$MessageBodyWorkers(x27, below(p, ["messageBodyWorkers"]), s, d + 1))) return s;
      }
    }
    const x28 = o1.parent;
    if (x28 !== void 0) {
      if (!is$MultiPart(x28, d + 1) && hasOwn.call(o1, "parent")) {
        if (full(s = check$MultiPart(x28, below(p, ["parent"]), s, d + 1))) return s;
      }
    }
    const x29 = o1.providers;
    if (x29 !== void 0) {
      if ((typeof x29 !== "object" || x29 === null || Array.isArray(x29)) && hasOwn.call(o1, "providers")) {
        if ((s = reportFixed(s, p, issue$providers_type_4421d4)).length >= issueLimit) return s;
      }
    }
    const x33 = o1.parameterizedHeaders;
    if (x33 !== void 0) {
      if (hasOwn.call(o1, "parameterizedHeaders")) {
        if (typeof x33 !== "object" || x33 === null || Array.isArray(x33)) {
          if ((s = reportFixed(s, p, issue$parameterizedHeaders_type_b8a1d3)).length >= issueLimit) return s;
        } else {
          const o34 = x33;
          const x35 = o34.empty;
          if (x35 !== void 0) {
            if (typeof x35 !== "boolean" && hasOwn.call(o34, "empty")) {
              if ((s = reportFixed(s, p, issue$parameterizedHeaders_empty_type_75e858)).length >= issueLimit) return s;
            }
          }
          for (const k36 in o34) {
            if (!hasOwn.call(o34, k36)) continue;
            const x37 = o34[k36];
            if (x37 === void 0) continue;
            if (k36 !== "empty") {
              if (!Array.isArray(x37)) {
                if ((s = report(s, p, ["parameterizedHeaders", k36], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a38 = x37;
                for (let i39 = 0; i39 < a38.length; i39++) {
                  const x40 = a38[i39];
                  if (!is$ParameterizedHeader(x40, d + 1)) {
                    if (full(s = check$ParameterizedHeader(x40, below(p, ["parameterizedHeaders", k36, i39]), s, d + 1))) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ContentDisposition(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.type;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "type")) return false;
  }
  const x4 = o1.parameters;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "parameters")) return false;
        break property5;
      }
      const o6 = x4;
      for (const k7 in o6) {
        if (!hasOwn.call(o6, k7)) continue;
        const x8 = o6[k7];
        if (x8 === void 0) continue;
        if (typeof x8 !== "string") {
          if (hasOwn.call(o1, "parameters")) return false;
          break property5;
        }
      }
    }
  }
  const x9 = o1.fileName;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "fileName")) return false;
  }
  const x11 = o1.creationDate;
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "creationDate")) return false;
        break property12;
      }
      if (!formats.isDateTime(x11)) {
        if (hasOwn.call(o1, "creationDate")) return false;
        break property12;
      }
    }
  }
  const x13 = o1.modificationDate;
  if (x13 !== void 0) {
    property14: {
      if (typeof x13 !== "string") {
        if (hasOwn.call(o1, "modificationDate")) return false;
        break property14;
      }
      if (!formats.isDateTime(x13)) {
        if (hasOwn.call(o1, "modificationDate")) return false;
        break property14;
      }
    }
  }
  const x15 = o1.readDate;
  if (x15 !== void 0) {
    property16: {
      if (typeof x15 !== "string") {
        if (hasOwn.call(o1, "readDate")) return false;
        break property16;
      }
      if (!formats.isDateTime(x15)) {
        if (hasOwn.call(o1, "readDate")) return false;
        break property16;
      }
    }
  }
  const x17 = o1.size;
  if (x17 !== void 0) {
    property18: {
      if (!Number.isInteger(x17)) {
        if (hasOwn.call(o1, "size")) return false;
        break property18;
      }
      if (x17 < -9223372036854776e3 || x17 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "size")) return false;
        break property18;
      }
    }
  }
  return true;
}
function check$ContentDisposition(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.type;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "type")) {
        if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.parameters;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "parameters")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$parameters_type_25bfec)).length >= issueLimit) return s;
        } else {
          const o4 = x3;
          for (const k5 in o4) {
            if (!hasOwn.call(o4, k5)) continue;
            const x6 = o4[k5];
            if (x6 === void 0) continue;
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["parameters", k5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x7 = o1.fileName;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "fileName")) {
        if ((s = reportFixed(s, p, issue$fileName_type_c6c8e2)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.creationDate;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "creationDate")) {
        if (typeof x8 !== "string") {
          if ((s = reportFixed(s, p, issue$creationDate_type_35f147)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x8)) {
            if ((s = reportFixed(s, p, issue$creationDate_format_6f6cdd)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.modificationDate;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "modificationDate")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$modificationDate_type_6dcc6b)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x9)) {
            if ((s = reportFixed(s, p, issue$modificationDate_format_ecfb9b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.readDate;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "readDate")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$readDate_type_c7aa33)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x10)) {
            if ((s = reportFixed(s, p, issue$readDate_format_184935)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1.size;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "size")) {
        if (!Number.isInteger(x11)) {
          if ((s = reportFixed(s, p, issue$size_type_9b7e82)).length >= issueLimit) return s;
        } else {
          if (x11 < -9223372036854776e3 || x11 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$size_format_0d40a1)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$FormDataBodyPart(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.contentDisposition;
  if (x2 !== void 0) {
    if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) return false;
  }
  const x8 = o1.entity;
  if (x8 !== void 0) {
    if ((typeof x8 !== "object" || x8 === null || Array.isArray(x8)) && hasOwn.call(o1, "entity")) return false;
  }
  const x13 = o1.headers;
  if (x13 !== void 0) {
    property14: {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        if (hasOwn.call(o1, "headers")) return false;
        break property14;
      }
      const o15 = x13;
      const x16 = o15.empty;
      if (x16 !== void 0) {
        if (typeof x16 !== "boolean" && hasOwn.call(o15, "empty")) {
          if (hasOwn.call(o1, "headers")) return false;
          break property14;
        }
      }
      for (const k18 in o15) {
        if (!hasOwn.call(o15, k18)) continue;
        const x19 = o15[k18];
        if (x19 === void 0) continue;
        if (k18 !== "empty") {
          if (!Array.isArray(x19)) {
            if (hasOwn.call(o1, "headers")) return false;
            break property14;
          }
          const a20 = x19;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const x22 = a20[i21];
            if (typeof x22 !== "string") {
              if (hasOwn.call(o1, "headers")) return false;
              break property14;
            }
          }
        }
      }
    }
  }
  const x23 = o1.mediaType;
  if (x23 !== void 0) {
    property24: {
      if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
        if (hasOwn.call(o1, "mediaType")) return false;
        break property24;
      }
      const o25 = x23;
      const x26 = o25.type;
      if (x26 !== void 0) {
        if (typeof x26 !== "string" && hasOwn.call(o25, "type")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x28 = o25.subtype;
      if (x28 !== void 0) {
        if (typeof x28 !== "string" && hasOwn.call(o25, "subtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x30 = o25.parameters;
      if (x30 !== void 0) {
        property31: {
          if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
            if (hasOwn.call(o25, "parameters")) {
              if (hasOwn.call(o1, "mediaType")) return false;
              break property24;
            }
            break property31;
          }
          const o32 = x30;
          for (const k33 in o32) {
            if (!hasOwn.call(o32, k33)) continue;
            const x34 = o32[k33];
            if (x34 === void 0) continue;
            if (typeof x34 !== "string") {
              if (hasOwn.call(o25, "parameters")) {
                if (hasOwn.call(o1, "mediaType")) return false;
                break property24;
              }
              break property31;
            }
          }
        }
      }
      const x35 = o25.wildcardType;
      if (x35 !== void 0) {
        if (typeof x35 !== "boolean" && hasOwn.call(o25, "wildcardType")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x37 = o25.wildcardSubtype;
      if (x37 !== void 0) {
        if (typeof x37 !== "boolean" && hasOwn.call(o25, "wildcardSubtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
    }
  }
  const x41 = o1.messageBodyWorkers;
  if (x41 !== void 0) {
    if (!is$MessageBodyWorkers(x41, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) return false;
  }
  const x47 = o1.parent;
  if (x47 !== void 0) {
    if (!is$MultiPart(x47, d + 1) && hasOwn.call(o1, "parent")) return false;
  }
  const x53 = o1.providers;
  if (x53 !== void 0) {
    if ((typeof x53 !== "object" || x53 === null || Array.isArray(x53)) && hasOwn.call(o1, "providers")) return false;
  }
  const x58 = o1.name;
  if (x58 !== void 0) {
    if (typeof x58 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  const x60 = o1.value;
  if (x60 !== void 0) {
    if (typeof x60 !== "string" && hasOwn.call(o1, "value")) return false;
  }
  const x62 = o1.formDataContentDisposition;
  if (x62 !== void 0) {
    if (!is$FormDataContentDisposition(x62, d + 1) && hasOwn.call(o1, "formDataContentDisposition")) return false;
  }
  const x68 = o1.simple;
  if (x68 !== void 0) {
    if (typeof x68 !== "boolean" && hasOwn.call(o1, "simple")) return false;
  }
  const x70 = o1.parameterizedHeaders;
  if (x70 !== void 0) {
    property71: {
      if (typeof x70 !== "object" || x70 === null || Array.isArray(x70)) {
        if (hasOwn.call(o1, "parameterizedHeaders")) return false;
        break property71;
      }
      const o72 = x70;
      const x73 = o72.empty;
      if (x73 !== void 0) {
        if (typeof x73 !== "boolean" && hasOwn.call(o72, "empty")) {
          if (hasOwn.call(o1, "parameterizedHeaders")) return false;
          break property71;
        }
      }
      for (const k75 in o72) {
        if (!hasOwn.call(o72, k75)) continue;
        const x76 = o72[k75];
        if (x76 === void 0) continue;
        if (k75 !== "empty") {
          if (!Array.isArray(x76)) {
            if (hasOwn.call(o1, "parameterizedHeaders")) return false;
            break property71;
          }
          const a77 = x76;
          for (let i78 = 0; i78 < a77.length; i78++) {
            const x79 = a77[i78];
            if (!is$ParameterizedHeader(x79, d + 1)) {
              if (hasOwn.call(o1, "parameterizedHeaders")) return false;
              break property71;
            }
          }
        }
      }
    }
  }
  return true;
}
function check$FormDataBodyPart(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.contentDisposition;
    if (x2 !== void 0) {
      if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) {
        if (full(s = check$ContentDisposition(x2, below(p, ["contentDisposition"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.entity;
    if (x3 !== void 0) {
      if ((typeof x3 !== "object" || x3 === null || Array.isArray(x3)) && hasOwn.call(o1, "entity")) {
        if ((s = reportFixed(s, p, issue$entity_type_9b3d58)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.headers;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "headers")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$headers_type_f93311)).length >= issueLimit) return s;
        } else {
          const o8 = x7;
          const x9 = o8.empty;
          if (x9 !== void 0) {
            if (typeof x9 !== "boolean" && hasOwn.call(o8, "empty")) {
              if ((s = reportFixed(s, p, issue$headers_empty_type_ec78d4)).length >= issueLimit) return s;
            }
          }
          for (const k10 in o8) {
            if (!hasOwn.call(o8, k10)) continue;
            const x11 = o8[k10];
            if (x11 === void 0) continue;
            if (k10 !== "empty") {
              if (!Array.isArray(x11)) {
                if ((s = report(s, p, ["headers", k10], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a12 = x11;
                for (let i13 = 0; i13 < a12.length; i13++) {
                  const x14 = a12[i13];
                  if (typeof x14 !== "string") {
                    if ((s = report(s, p, ["headers", k10, i13], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
    const x15 = o1.mediaType;
    if (x15 !== void 0) {
      if (hasOwn.call(o1, "mediaType")) {
        if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
          if ((s = reportFixed(s, p, issue$mediaType_type_758013)).length >= issueLimit) return s;
        } else {
          const o16 = x15;
          const x17 = o16.type;
          if (x17 !== void 0) {
            if (typeof x17 !== "string" && hasOwn.call(o16, "type")) {
              if ((s = reportFixed(s, p, issue$mediaType_type_type_5913ed)).length >= issueLimit) return s;
            }
          }
          const x18 = o16.subtype;
          if (x18 !== void 0) {
            if (typeof x18 !== "string" && hasOwn.call(o16, "subtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_subtype_type_8a9ffb)).length >= issueLimit) return s;
            }
          }
          const x19 = o16.parameters;
          if (x19 !== void 0) {
            if (hasOwn.call(o16, "parameters")) {
              if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) {
                if ((s = reportFixed(s, p, issue$mediaType_parameters_type_3f5a02)).length >= issueLimit) return s;
              } else {
                const o20 = x19;
                for (const k21 in o20) {
                  if (!hasOwn.call(o20, k21)) continue;
                  const x22 = o20[k21];
                  if (x22 === void 0) continue;
                  if (typeof x22 !== "string") {
                    if ((s = report(s, p, ["mediaType", "parameters", k21], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
          const x23 = o16.wildcardType;
          if (x23 !== void 0) {
            if (typeof x23 !== "boolean" && hasOwn.call(o16, "wildcardType")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardType_type_6a322c)).length >= issueLimit) return s;
            }
          }
          const x24 = o16.wildcardSubtype;
          if (x24 !== void 0) {
            if (typeof x24 !== "boolean" && hasOwn.call(o16, "wildcardSubtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardSubtype_type_7b9bc2)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x27 = o1.messageBodyWorkers;
    if (x27 !== void 0) {
      if (!is$MessageBodyWorkers(x27, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) {
        if (full(s = check$MessageBodyWorkers(x27, below(p, ["messageBodyWorkers"]), s, d + 1))) return s;
      }
    }
    const x28 = o1.parent;
    if (x28 !== void 0) {
      if (!is$MultiPart(x28, d + 1) && hasOwn.call(o1, "parent")) {
        if (full(s = check$MultiPart(x28, below(p, ["parent"]), s, d + 1))) return s;
      }
    }
    const x29 = o1.providers;
    if (x29 !== void 0) {
      if ((typeof x29 !== "object" || x29 === null || Array.isArray(x29)) && hasOwn.call(o1, "providers")) {
        if ((s = reportFixed(s, p, issue$providers_type_4421d4)).length >= issueLimit) return s;
      }
    }
    const x33 = o1.name;
    if (x33 !== void 0) {
      if (typeof x33 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
    const x34 = o1.value;
    if (x34 !== void 0) {
      if (typeof x34 !== "string" && hasOwn.call(o1, "value")) {
        if ((s = reportFixed(s, p, issue$value_type_f22009)).length >= issueLimit) return s;
      }
    }
    const x35 = o1.formDataContentDisposition;
    if (x35 !== void 0) {
      if (!is$FormDataContentDisposition(x35, d + 1) && hasOwn.call(o1, "formDataContentDisposition")) {
        if (full(s = check$FormDataContentDisposition(x35, below(p, ["formDataContentDisposition"]), s, d + 1))) return s;
      }
    }
    const x36 = o1.simple;
    if (x36 !== void 0) {
      if (typeof x36 !== "boolean" && hasOwn.call(o1, "simple")) {
        if ((s = reportFixed(s, p, issue$simple_type_f95f62)).length >= issueLimit) return s;
      }
    }
    const x37 = o1.parameterizedHeaders;
    if (x37 !== void 0) {
      if (hasOwn.call(o1, "parameterizedHeaders")) {
        if (typeof x37 !== "object" || x37 === null || Array.isArray(x37)) {
          if ((s = reportFixed(s, p, issue$parameterizedHeaders_type_b8a1d3)).length >= issueLimit) return s;
        } else {
          const o38 = x37;
          const x39 = o38.empty;
          if (x39 !== void 0) {
            if (typeof x39 !== "boolean" && hasOwn.call(o38, "empty")) {
              if ((s = reportFixed(s, p, issue$parameterizedHeaders_empty_type_75e858)).length >= issueLimit) return s;
            }
          }
          for (const k40 in o38) {
            if (!hasOwn.call(o38, k40)) continue;
            const x41 = o38[k40];
            if (x41 === void 0) continue;
            if (k40 !== "empty") {
              if (!Array.isArray(x41)) {
                if ((s = report(s, p, ["parameterizedHeaders", k40], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a42 = x41;
                for (let i43 = 0; i43 < a42.length; i43++) {
                  const x44 = a42[i43];
                  if (!is$ParameterizedHeader(x44, d + 1)) {
                    if (full(s = check$ParameterizedHeader(x44, below(p, ["parameterizedHeaders", k40, i43]), s, d + 1))) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return s;
}
function is$FormDataContentDisposition(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.type;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "type")) return false;
  }
  const x4 = o1.parameters;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "parameters")) return false;
        break property5;
      }
      const o6 = x4;
      for (const k7 in o6) {
        if (!hasOwn.call(o6, k7)) continue;
        const x8 = o6[k7];
        if (x8 === void 0) continue;
        if (typeof x8 !== "string") {
          if (hasOwn.call(o1, "parameters")) return false;
          break property5;
        }
      }
    }
  }
  const x9 = o1.fileName;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "fileName")) return false;
  }
  const x11 = o1.creationDate;
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "creationDate")) return false;
        break property12;
      }
      if (!formats.isDateTime(x11)) {
        if (hasOwn.call(o1, "creationDate")) return false;
        break property12;
      }
    }
  }
  const x13 = o1.modificationDate;
  if (x13 !== void 0) {
    property14: {
      if (typeof x13 !== "string") {
        if (hasOwn.call(o1, "modificationDate")) return false;
        break property14;
      }
      if (!formats.isDateTime(x13)) {
        if (hasOwn.call(o1, "modificationDate")) return false;
        break property14;
      }
    }
  }
  const x15 = o1.readDate;
  if (x15 !== void 0) {
    property16: {
      if (typeof x15 !== "string") {
        if (hasOwn.call(o1, "readDate")) return false;
        break property16;
      }
      if (!formats.isDateTime(x15)) {
        if (hasOwn.call(o1, "readDate")) return false;
        break property16;
      }
    }
  }
  const x17 = o1.size;
  if (x17 !== void 0) {
    property18: {
      if (!Number.isInteger(x17)) {
        if (hasOwn.call(o1, "size")) return false;
        break property18;
      }
      if (x17 < -9223372036854776e3 || x17 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "size")) return false;
        break property18;
      }
    }
  }
  const x19 = o1.name;
  if (x19 !== void 0) {
    if (typeof x19 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$FormDataContentDisposition(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.type;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "type")) {
        if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.parameters;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "parameters")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$parameters_type_25bfec)).length >= issueLimit) return s;
        } else {
          const o4 = x3;
          for (const k5 in o4) {
            if (!hasOwn.call(o4, k5)) continue;
            const x6 = o4[k5];
            if (x6 === void 0) continue;
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["parameters", k5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x7 = o1.fileName;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "fileName")) {
        if ((s = reportFixed(s, p, issue$fileName_type_c6c8e2)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.creationDate;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "creationDate")) {
        if (typeof x8 !== "string") {
          if ((s = reportFixed(s, p, issue$creationDate_type_35f147)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x8)) {
            if ((s = reportFixed(s, p, issue$creationDate_format_6f6cdd)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.modificationDate;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "modificationDate")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$modificationDate_type_6dcc6b)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x9)) {
            if ((s = reportFixed(s, p, issue$modificationDate_format_ecfb9b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.readDate;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "readDate")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$readDate_type_c7aa33)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x10)) {
            if ((s = reportFixed(s, p, issue$readDate_format_184935)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1.size;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "size")) {
        if (!Number.isInteger(x11)) {
          if ((s = reportFixed(s, p, issue$size_type_9b7e82)).length >= issueLimit) return s;
        } else {
          if (x11 < -9223372036854776e3 || x11 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$size_format_0d40a1)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x12 = o1.name;
    if (x12 !== void 0) {
      if (typeof x12 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MessageBodyWorkers(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}
function check$MessageBodyWorkers(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  }
  return s;
}
function is$MultiPart(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.contentDisposition;
  if (x2 !== void 0) {
    if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) return false;
  }
  const x8 = o1.entity;
  if (x8 !== void 0) {
    if ((typeof x8 !== "object" || x8 === null || Array.isArray(x8)) && hasOwn.call(o1, "entity")) return false;
  }
  const x13 = o1.headers;
  if (x13 !== void 0) {
    property14: {
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
        if (hasOwn.call(o1, "headers")) return false;
        break property14;
      }
      const o15 = x13;
      const x16 = o15.empty;
      if (x16 !== void 0) {
        if (typeof x16 !== "boolean" && hasOwn.call(o15, "empty")) {
          if (hasOwn.call(o1, "headers")) return false;
          break property14;
        }
      }
      for (const k18 in o15) {
        if (!hasOwn.call(o15, k18)) continue;
        const x19 = o15[k18];
        if (x19 === void 0) continue;
        if (k18 !== "empty") {
          if (!Array.isArray(x19)) {
            if (hasOwn.call(o1, "headers")) return false;
            break property14;
          }
          const a20 = x19;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const x22 = a20[i21];
            if (typeof x22 !== "string") {
              if (hasOwn.call(o1, "headers")) return false;
              break property14;
            }
          }
        }
      }
    }
  }
  const x23 = o1.mediaType;
  if (x23 !== void 0) {
    property24: {
      if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
        if (hasOwn.call(o1, "mediaType")) return false;
        break property24;
      }
      const o25 = x23;
      const x26 = o25.type;
      if (x26 !== void 0) {
        if (typeof x26 !== "string" && hasOwn.call(o25, "type")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x28 = o25.subtype;
      if (x28 !== void 0) {
        if (typeof x28 !== "string" && hasOwn.call(o25, "subtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x30 = o25.parameters;
      if (x30 !== void 0) {
        property31: {
          if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
            if (hasOwn.call(o25, "parameters")) {
              if (hasOwn.call(o1, "mediaType")) return false;
              break property24;
            }
            break property31;
          }
          const o32 = x30;
          for (const k33 in o32) {
            if (!hasOwn.call(o32, k33)) continue;
            const x34 = o32[k33];
            if (x34 === void 0) continue;
            if (typeof x34 !== "string") {
              if (hasOwn.call(o25, "parameters")) {
                if (hasOwn.call(o1, "mediaType")) return false;
                break property24;
              }
              break property31;
            }
          }
        }
      }
      const x35 = o25.wildcardType;
      if (x35 !== void 0) {
        if (typeof x35 !== "boolean" && hasOwn.call(o25, "wildcardType")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
      const x37 = o25.wildcardSubtype;
      if (x37 !== void 0) {
        if (typeof x37 !== "boolean" && hasOwn.call(o25, "wildcardSubtype")) {
          if (hasOwn.call(o1, "mediaType")) return false;
          break property24;
        }
      }
    }
  }
  const x41 = o1.messageBodyWorkers;
  if (x41 !== void 0) {
    if (!is$MessageBodyWorkers(x41, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) return false;
  }
  const x47 = o1.parent;
  if (x47 !== void 0) {
    if (!is$MultiPart(x47, d + 1) && hasOwn.call(o1, "parent")) return false;
  }
  const x53 = o1.providers;
  if (x53 !== void 0) {
    if ((typeof x53 !== "object" || x53 === null || Array.isArray(x53)) && hasOwn.call(o1, "providers")) return false;
  }
  const x58 = o1.bodyParts;
  if (x58 !== void 0) {
    property59: {
      if (!Array.isArray(x58)) {
        if (hasOwn.call(o1, "bodyParts")) return false;
        break property59;
      }
      const a60 = x58;
      for (let i61 = 0; i61 < a60.length; i61++) {
        const x62 = a60[i61];
        if (!is$BodyPart(x62, d + 1)) {
          if (hasOwn.call(o1, "bodyParts")) return false;
          break property59;
        }
      }
    }
  }
  const x67 = o1.parameterizedHeaders;
  if (x67 !== void 0) {
    property68: {
      if (typeof x67 !== "object" || x67 === null || Array.isArray(x67)) {
        if (hasOwn.call(o1, "parameterizedHeaders")) return false;
        break property68;
      }
      const o69 = x67;
      const x70 = o69.empty;
      if (x70 !== void 0) {
        if (typeof x70 !== "boolean" && hasOwn.call(o69, "empty")) {
          if (hasOwn.call(o1, "parameterizedHeaders")) return false;
          break property68;
        }
      }
      for (const k72 in o69) {
        if (!hasOwn.call(o69, k72)) continue;
        const x73 = o69[k72];
        if (x73 === void 0) continue;
        if (k72 !== "empty") {
          if (!Array.isArray(x73)) {
            if (hasOwn.call(o1, "parameterizedHeaders")) return false;
            break property68;
          }
          const a74 = x73;
          for (let i75 = 0; i75 < a74.length; i75++) {
            const x76 = a74[i75];
            if (!is$ParameterizedHeader(x76, d + 1)) {
              if (hasOwn.call(o1, "parameterizedHeaders")) return false;
              break property68;
            }
          }
        }
      }
    }
  }
  return true;
}
function check$MultiPart(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.contentDisposition;
    if (x2 !== void 0) {
      if (!is$ContentDisposition(x2, d + 1) && hasOwn.call(o1, "contentDisposition")) {
        if (full(s = check$ContentDisposition(x2, below(p, ["contentDisposition"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.entity;
    if (x3 !== void 0) {
      if ((typeof x3 !== "object" || x3 === null || Array.isArray(x3)) && hasOwn.call(o1, "entity")) {
        if ((s = reportFixed(s, p, issue$entity_type_9b3d58)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.headers;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "headers")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$headers_type_f93311)).length >= issueLimit) return s;
        } else {
          const o8 = x7;
          const x9 = o8.empty;
          if (x9 !== void 0) {
            if (typeof x9 !== "boolean" && hasOwn.call(o8, "empty")) {
              if ((s = reportFixed(s, p, issue$headers_empty_type_ec78d4)).length >= issueLimit) return s;
            }
          }
          for (const k10 in o8) {
            if (!hasOwn.call(o8, k10)) continue;
            const x11 = o8[k10];
            if (x11 === void 0) continue;
            if (k10 !== "empty") {
              if (!Array.isArray(x11)) {
                if ((s = report(s, p, ["headers", k10], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a12 = x11;
                for (let i13 = 0; i13 < a12.length; i13++) {
                  const x14 = a12[i13];
                  if (typeof x14 !== "string") {
                    if ((s = report(s, p, ["headers", k10, i13], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
    const x15 = o1.mediaType;
    if (x15 !== void 0) {
      if (hasOwn.call(o1, "mediaType")) {
        if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
          if ((s = reportFixed(s, p, issue$mediaType_type_758013)).length >= issueLimit) return s;
        } else {
          const o16 = x15;
          const x17 = o16.type;
          if (x17 !== void 0) {
            if (typeof x17 !== "string" && hasOwn.call(o16, "type")) {
              if ((s = reportFixed(s, p, issue$mediaType_type_type_5913ed)).length >= issueLimit) return s;
            }
          }
          const x18 = o16.subtype;
          if (x18 !== void 0) {
            if (typeof x18 !== "string" && hasOwn.call(o16, "subtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_subtype_type_8a9ffb)).length >= issueLimit) return s;
            }
          }
          const x19 = o16.parameters;
          if (x19 !== void 0) {
            if (hasOwn.call(o16, "parameters")) {
              if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) {
                if ((s = reportFixed(s, p, issue$mediaType_parameters_type_3f5a02)).length >= issueLimit) return s;
              } else {
                const o20 = x19;
                for (const k21 in o20) {
                  if (!hasOwn.call(o20, k21)) continue;
                  const x22 = o20[k21];
                  if (x22 === void 0) continue;
                  if (typeof x22 !== "string") {
                    if ((s = report(s, p, ["mediaType", "parameters", k21], "type", "must be a string")).length >= issueLimit) return s;
                  }
                }
              }
            }
          }
          const x23 = o16.wildcardType;
          if (x23 !== void 0) {
            if (typeof x23 !== "boolean" && hasOwn.call(o16, "wildcardType")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardType_type_6a322c)).length >= issueLimit) return s;
            }
          }
          const x24 = o16.wildcardSubtype;
          if (x24 !== void 0) {
            if (typeof x24 !== "boolean" && hasOwn.call(o16, "wildcardSubtype")) {
              if ((s = reportFixed(s, p, issue$mediaType_wildcardSubtype_type_7b9bc2)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x27 = o1.messageBodyWorkers;
    if (x27 !== void 0) {
      if (!is$MessageBodyWorkers(x27, d + 1) && hasOwn.call(o1, "messageBodyWorkers")) {
        if (full(s = check$MessageBodyWorkers(x27, below(p, ["messageBodyWorkers"]), s, d + 1))) return s;
      }
    }
    const x28 = o1.parent;
    if (x28 !== void 0) {
      if (!is$MultiPart(x28, d + 1) && hasOwn.call(o1, "parent")) {
        if (full(s = check$MultiPart(x28, below(p, ["parent"]), s, d + 1))) return s;
      }
    }
    const x29 = o1.providers;
    if (x29 !== void 0) {
      if ((typeof x29 !== "object" || x29 === null || Array.isArray(x29)) && hasOwn.call(o1, "providers")) {
        if ((s = reportFixed(s, p, issue$providers_type_4421d4)).length >= issueLimit) return s;
      }
    }
    const x33 = o1.bodyParts;
    if (x33 !== void 0) {
      if (hasOwn.call(o1, "bodyParts")) {
        if (!Array.isArray(x33)) {
          if ((s = reportFixed(s, p, issue$bodyParts_type_5be707)).length >= issueLimit) return s;
        } else {
          const a34 = x33;
          for (let i35 = 0; i35 < a34.length; i35++) {
            const x36 = a34[i35];
            if (!is$BodyPart(x36, d + 1)) {
              if (full(s = check$BodyPart(x36, below(p, ["bodyParts", i35]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x37 = o1.parameterizedHeaders;
    if (x37 !== void 0) {
      if (hasOwn.call(o1, "parameterizedHeaders")) {
        if (typeof x37 !== "object" || x37 === null || Array.isArray(x37)) {
          if ((s = reportFixed(s, p, issue$parameterizedHeaders_type_b8a1d3)).length >= issueLimit) return s;
        } else {
          const o38 = x37;
          const x39 = o38.empty;
          if (x39 !== void 0) {
            if (typeof x39 !== "boolean" && hasOwn.call(o38, "empty")) {
              if ((s = reportFixed(s, p, issue$parameterizedHeaders_empty_type_75e858)).length >= issueLimit) return s;
            }
          }
          for (const k40 in o38) {
            if (!hasOwn.call(o38, k40)) continue;
            const x41 = o38[k40];
            if (x41 === void 0) continue;
            if (k40 !== "empty") {
              if (!Array.isArray(x41)) {
                if ((s = report(s, p, ["parameterizedHeaders", k40], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a42 = x41;
                for (let i43 = 0; i43 < a42.length; i43++) {
                  const x44 = a42[i43];
                  if (!is$ParameterizedHeader(x44, d + 1)) {
                    if (full(s = check$ParameterizedHeader(x44, below(p, ["parameterizedHeaders", k40, i43]), s, d + 1))) return s;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ParameterizedHeader(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.value;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "value")) return false;
  }
  const x4 = o1.parameters;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "parameters")) return false;
        break property5;
      }
      const o6 = x4;
      for (const k7 in o6) {
        if (!hasOwn.call(o6, k7)) continue;
        const x8 = o6[k7];
        if (x8 === void 0) continue;
        if (typeof x8 !== "string") {
          if (hasOwn.call(o1, "parameters")) return false;
          break property5;
        }
      }
    }
  }
  return true;
}
function check$ParameterizedHeader(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.value;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "value")) {
        if ((s = reportFixed(s, p, issue$value_type_f22009)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.parameters;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "parameters")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$parameters_type_25bfec)).length >= issueLimit) return s;
        } else {
          const o4 = x3;
          for (const k5 in o4) {
            if (!hasOwn.call(o4, k5)) continue;
            const x6 = o4[k5];
            if (x6 === void 0) continue;
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["parameters", k5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ZoneId(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.rules;
  if (x2 !== void 0) {
    if (!is$ZoneRules(x2, d + 1) && hasOwn.call(o1, "rules")) return false;
  }
  return true;
}
function check$ZoneId(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.rules;
    if (x2 !== void 0) {
      if (!is$ZoneRules(x2, d + 1) && hasOwn.call(o1, "rules")) {
        if (full(s = check$ZoneRules(x2, below(p, ["rules"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ZoneOffset(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.rules;
  if (x4 !== void 0) {
    if (!is$ZoneRules(x4, d + 1) && hasOwn.call(o1, "rules")) return false;
  }
  return true;
}
function check$ZoneOffset(v, p, s, d) {
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
      if (!is$ZoneRules(x3, d + 1) && hasOwn.call(o1, "rules")) {
        if (full(s = check$ZoneRules(x3, below(p, ["rules"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ZoneOffsetTransition(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.offsetBefore;
  if (x2 !== void 0) {
    if (!is$ZoneOffset(x2, d + 1) && hasOwn.call(o1, "offsetBefore")) return false;
  }
  const x8 = o1.offsetAfter;
  if (x8 !== void 0) {
    if (!is$ZoneOffset(x8, d + 1) && hasOwn.call(o1, "offsetAfter")) return false;
  }
  const x14 = o1.dateTimeAfter;
  if (x14 !== void 0) {
    property15: {
      if (typeof x14 !== "string") {
        if (hasOwn.call(o1, "dateTimeAfter")) return false;
        break property15;
      }
      if (!formats.isDateTime(x14)) {
        if (hasOwn.call(o1, "dateTimeAfter")) return false;
        break property15;
      }
    }
  }
  const x16 = o1.dateTimeBefore;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "string") {
        if (hasOwn.call(o1, "dateTimeBefore")) return false;
        break property17;
      }
      if (!formats.isDateTime(x16)) {
        if (hasOwn.call(o1, "dateTimeBefore")) return false;
        break property17;
      }
    }
  }
  return true;
}
function check$ZoneOffsetTransition(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.offsetBefore;
    if (x2 !== void 0) {
      if (!is$ZoneOffset(x2, d + 1) && hasOwn.call(o1, "offsetBefore")) {
        if (full(s = check$ZoneOffset(x2, below(p, ["offsetBefore"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.offsetAfter;
    if (x3 !== void 0) {
      if (!is$ZoneOffset(x3, d + 1) && hasOwn.call(o1, "offsetAfter")) {
        if (full(s = check$ZoneOffset(x3, below(p, ["offsetAfter"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.dateTimeAfter;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "dateTimeAfter")) {
        if (typeof x4 !== "string") {
          if ((s = reportFixed(s, p, issue$dateTimeAfter_type_c5b01d)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x4)) {
            if ((s = reportFixed(s, p, issue$dateTimeAfter_format_0a3568)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.dateTimeBefore;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "dateTimeBefore")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$dateTimeBefore_type_c3692d)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x5)) {
            if ((s = reportFixed(s, p, issue$dateTimeBefore_format_5c2953)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$ZoneRules(v, d) {
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
        if (!is$ZoneOffsetTransition(x6, d + 1)) {
          if (hasOwn.call(o1, "transitions")) return false;
          break property3;
        }
      }
    }
  }
  return true;
}
function check$ZoneRules(v, p, s, d) {
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
            if (!is$ZoneOffsetTransition(x5, d + 1)) {
              if (full(s = check$ZoneOffsetTransition(x5, below(p, ["transitions", i4]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$PutCircularRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.file;
  if (x2 !== void 0) {
    if (!is$FormDataBodyPart(x2, d + 1) && hasOwn.call(o1, "file")) return false;
  }
  const x8 = o1.typename;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "typename")) return false;
  }
  return true;
}
function check$PutCircularRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.file;
    if (x2 !== void 0) {
      if (!is$FormDataBodyPart(x2, d + 1) && hasOwn.call(o1, "file")) {
        if (full(s = check$FormDataBodyPart(x2, below(p, ["file"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.typename;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "typename")) {
        if ((s = reportFixed(s, p, issue$typename_type_edbb7d)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PutCircularResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutCircularResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$$inline3(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!Array.isArray(x3)) return false;
    const a4 = x3;
    for (let i5 = 0; i5 < a4.length; i5++) {
      const x6 = a4[i5];
      if (!Array.isArray(x6)) return false;
      const a7 = x6;
      for (let i8 = 0; i8 < a7.length; i8++) {
        const x9 = a7[i8];
        if (!Array.isArray(x9)) return false;
        const a10 = x9;
        for (let i11 = 0; i11 < a10.length; i11++) {
          const x12 = a10[i11];
          if (!Array.isArray(x12)) return false;
          const a13 = x12;
          for (let i14 = 0; i14 < a13.length; i14++) {
            const x15 = a13[i14];
            if (!Array.isArray(x15)) return false;
            const a16 = x15;
            for (let i17 = 0; i17 < a16.length; i17++) {
              const x18 = a16[i17];
              if (!Array.isArray(x18)) return false;
              const a19 = x18;
              for (let i20 = 0; i20 < a19.length; i20++) {
                const x21 = a19[i20];
                if (typeof x21 !== "string") return false;
              }
            }
          }
        }
      }
    }
  }
  return true;
}
function check$$inline3(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!Array.isArray(x3)) {
        if ((s = report(s, p, [i2], "type", "must be an array")).length >= issueLimit) return s;
      } else {
        const a4 = x3;
        for (let i5 = 0; i5 < a4.length; i5++) {
          const x6 = a4[i5];
          if (!Array.isArray(x6)) {
            if ((s = report(s, p, [i2, i5], "type", "must be an array")).length >= issueLimit) return s;
          } else {
            const a7 = x6;
            for (let i8 = 0; i8 < a7.length; i8++) {
              const x9 = a7[i8];
              if (!Array.isArray(x9)) {
                if ((s = report(s, p, [i2, i5, i8], "type", "must be an array")).length >= issueLimit) return s;
              } else {
                const a10 = x9;
                for (let i11 = 0; i11 < a10.length; i11++) {
                  const x12 = a10[i11];
                  if (!Array.isArray(x12)) {
                    if ((s = report(s, p, [i2, i5, i8, i11], "type", "must be an array")).length >= issueLimit) return s;
                  } else {
                    const a13 = x12;
                    for (let i14 = 0; i14 < a13.length; i14++) {
                      const x15 = a13[i14];
                      if (!Array.isArray(x15)) {
                        if ((s = report(s, p, [i2, i5, i8, i11, i14], "type", "must be an array")).length >= issueLimit) return s;
                      } else {
                        const a16 = x15;
                        for (let i17 = 0; i17 < a16.length; i17++) {
                          const x18 = a16[i17];
                          if (!Array.isArray(x18)) {
                            if ((s = report(s, p, [i2, i5, i8, i11, i14, i17], "type", "must be an array")).length >= issueLimit) return s;
                          } else {
                            const a19 = x18;
                            for (let i20 = 0; i20 < a19.length; i20++) {
                              const x21 = a19[i20];
                              if (typeof x21 !== "string") {
                                if ((s = report(s, p, [i2, i5, i8, i11, i14, i17, i20], "type", "must be a string")).length >= issueLimit) return s;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return s;
}
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline3(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$$inline3(x3, d + 1)) {
        if (full(s = check$$inline3(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline2(x3, d + 1)) return false;
  }
  return true;
}
function check$$inline1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$$inline2(x3, d + 1)) {
        if (full(s = check$$inline2(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PutNestedTestRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.foo;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "foo")) return false;
  }
  const x4 = o1.arr;
  if (x4 !== void 0) {
    if (!is$$inline1(x4, d + 1) && hasOwn.call(o1, "arr")) return false;
  }
  const x6 = o1.obj;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "obj")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
      if (x9 !== void 0) {
        property10: {
          if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
            if (hasOwn.call(o8, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")) {
              if (hasOwn.call(o1, "obj")) return false;
              break property7;
            }
            break property10;
          }
          const o11 = x9;
          const x12 = o11.fooa;
          if (x12 !== void 0) {
            property13: {
              if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) {
                if (hasOwn.call(o11, "fooa")) {
                  if (hasOwn.call(o8, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")) {
                    if (hasOwn.call(o1, "obj")) return false;
                    break property7;
                  }
                  break property10;
                }
                break property13;
              }
              const o14 = x12;
              const x15 = o14["foob:"];
              if (x15 !== void 0) {
                property16: {
                  if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
                    if (hasOwn.call(o14, "foob:")) {
                      if (hasOwn.call(o11, "fooa")) {
                        if (hasOwn.call(o8, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")) {
                          if (hasOwn.call(o1, "obj")) return false;
                          break property7;
                        }
                        break property10;
                      }
                      break property13;
                    }
                    break property16;
                  }
                  const o17 = x15;
                  const x18 = o17.fooc;
                  if (x18 !== void 0) {
                    if (typeof x18 !== "string" && hasOwn.call(o17, "fooc")) {
                      if (hasOwn.call(o14, "foob:")) {
                        if (hasOwn.call(o11, "fooa")) {
                          if (hasOwn.call(o8, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")) {
                            if (hasOwn.call(o1, "obj")) return false;
                            break property7;
                          }
                          break property10;
                        }
                        break property13;
                      }
                      break property16;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return true;
}
function check$PutNestedTestRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.foo;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "foo")) {
        if ((s = reportFixed(s, p, issue$foo_type_0080c1)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.arr;
    if (x3 !== void 0) {
      if (!is$$inline1(x3, d + 1) && hasOwn.call(o1, "arr")) {
        if (full(s = check$$inline1(x3, below(p, ["arr"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.obj;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "obj")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$obj_type_2bb42f)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = o5.ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
          if (x6 !== void 0) {
            if (hasOwn.call(o5, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")) {
              if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
                if ((s = reportFixed(s, p, issue$obj_ffffffffffffffffffffffffffffffffffff_5e7115)).length >= issueLimit) return s;
              } else {
                const o7 = x6;
                const x8 = o7.fooa;
                if (x8 !== void 0) {
                  if (hasOwn.call(o7, "fooa")) {
                    if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
                      if ((s = reportFixed(s, p, issue$obj_ffffffffffffffffffffffffffffffffffff_fc67c1)).length >= issueLimit) return s;
                    } else {
                      const o9 = x8;
                      const x10 = o9["foob:"];
                      if (x10 !== void 0) {
                        if (hasOwn.call(o9, "foob:")) {
                          if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
                            if ((s = reportFixed(s, p, issue$obj_ffffffffffffffffffffffffffffffffffff_88d8b7)).length >= issueLimit) return s;
                          } else {
                            const o11 = x10;
                            const x12 = o11.fooc;
                            if (x12 !== void 0) {
                              if (typeof x12 !== "string" && hasOwn.call(o11, "fooc")) {
                                if ((s = reportFixed(s, p, issue$obj_ffffffffffffffffffffffffffffffffffff_9e6fbd)).length >= issueLimit) return s;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return s;
}
function is$PutNestedTestResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutNestedTestResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostNotQuiteCircularRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.rules;
  if (x2 !== void 0) {
    if (!is$ZoneRules(x2, d + 1) && hasOwn.call(o1, "rules")) return false;
  }
  return true;
}
function check$PostNotQuiteCircularRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.rules;
    if (x2 !== void 0) {
      if (!is$ZoneRules(x2, d + 1) && hasOwn.call(o1, "rules")) {
        if (full(s = check$ZoneRules(x2, below(p, ["rules"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PostNotQuiteCircularResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostNotQuiteCircularResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  BodyPart: {
    type: "object",
    properties: {
      contentDisposition: { $ref: "#/$defs/ContentDisposition" },
      entity: { type: "object" },
      headers: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { type: "string" } }
      },
      mediaType: {
        type: "object",
        properties: {
          type: { type: "string" },
          subtype: { type: "string" },
          parameters: { type: "object", additionalProperties: { type: "string" } },
          wildcardType: { type: "boolean" },
          wildcardSubtype: { type: "boolean" }
        }
      },
      messageBodyWorkers: { $ref: "#/$defs/MessageBodyWorkers" },
      parent: { $ref: "#/$defs/MultiPart" },
      providers: { type: "object" },
      parameterizedHeaders: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { $ref: "#/$defs/ParameterizedHeader" } }
      }
    }
  },
  ContentDisposition: {
    type: "object",
    properties: {
      type: { type: "string" },
      parameters: { type: "object", additionalProperties: { type: "string" } },
      fileName: { type: "string" },
      creationDate: { type: "string", format: "date-time" },
      modificationDate: { type: "string", format: "date-time" },
      readDate: { type: "string", format: "date-time" },
      size: { type: "integer", format: "int64" }
    }
  },
  FormDataBodyPart: {
    description: "A single file which will be added/updated or a ZIP archive containing files that will be added/updated. The name of the ZIP archive does not matter but the names of the files contained within do.",
    type: "object",
    properties: {
      contentDisposition: { $ref: "#/$defs/ContentDisposition" },
      entity: { type: "object" },
      headers: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { type: "string" } }
      },
      mediaType: {
        type: "object",
        properties: {
          type: { type: "string" },
          subtype: { type: "string" },
          parameters: { type: "object", additionalProperties: { type: "string" } },
          wildcardType: { type: "boolean" },
          wildcardSubtype: { type: "boolean" }
        }
      },
      messageBodyWorkers: { $ref: "#/$defs/MessageBodyWorkers" },
      parent: { $ref: "#/$defs/MultiPart" },
      providers: { type: "object" },
      name: { type: "string" },
      value: { type: "string" },
      formDataContentDisposition: { $ref: "#/$defs/FormDataContentDisposition" },
      simple: { type: "boolean" },
      parameterizedHeaders: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { $ref: "#/$defs/ParameterizedHeader" } }
      }
    },
    examples: ["file=@2018-report.pdf"]
  },
  FormDataContentDisposition: {
    type: "object",
    properties: {
      type: { type: "string" },
      parameters: { type: "object", additionalProperties: { type: "string" } },
      fileName: { type: "string" },
      creationDate: { type: "string", format: "date-time" },
      modificationDate: { type: "string", format: "date-time" },
      readDate: { type: "string", format: "date-time" },
      size: { type: "integer", format: "int64" },
      name: { type: "string" }
    }
  },
  MessageBodyWorkers: { type: "object" },
  MultiPart: {
    type: "object",
    properties: {
      contentDisposition: { $ref: "#/$defs/ContentDisposition" },
      entity: { type: "object" },
      headers: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { type: "string" } }
      },
      mediaType: {
        type: "object",
        properties: {
          type: { type: "string" },
          subtype: { type: "string" },
          parameters: { type: "object", additionalProperties: { type: "string" } },
          wildcardType: { type: "boolean" },
          wildcardSubtype: { type: "boolean" }
        }
      },
      messageBodyWorkers: { $ref: "#/$defs/MessageBodyWorkers" },
      parent: { $ref: "#/$defs/MultiPart" },
      providers: { type: "object" },
      bodyParts: { type: "array", items: { $ref: "#/$defs/BodyPart" } },
      parameterizedHeaders: {
        type: "object",
        properties: { empty: { type: "boolean" } },
        additionalProperties: { type: "array", items: { $ref: "#/$defs/ParameterizedHeader" } }
      }
    }
  },
  ParameterizedHeader: {
    type: "object",
    properties: {
      value: { type: "string" },
      parameters: { type: "object", additionalProperties: { type: "string" } }
    }
  },
  ZoneId: { type: "object", properties: { rules: { $ref: "#/$defs/ZoneRules" } } },
  ZoneOffset: {
    type: "object",
    properties: { id: { type: "string" }, rules: { $ref: "#/$defs/ZoneRules" } }
  },
  ZoneOffsetTransition: {
    type: "object",
    properties: {
      offsetBefore: { $ref: "#/$defs/ZoneOffset" },
      offsetAfter: { $ref: "#/$defs/ZoneOffset" },
      dateTimeAfter: { type: "string", format: "date-time" },
      dateTimeBefore: { type: "string", format: "date-time" }
    }
  },
  ZoneRules: {
    type: "object",
    properties: { transitions: { type: "array", items: { $ref: "#/$defs/ZoneOffsetTransition" } } }
  }
};
const jsonSchema$roots = {
  BodyPart: { $ref: "#/$defs/BodyPart" },
  ContentDisposition: { $ref: "#/$defs/ContentDisposition" },
  FormDataBodyPart: { $ref: "#/$defs/FormDataBodyPart" },
  FormDataContentDisposition: { $ref: "#/$defs/FormDataContentDisposition" },
  MessageBodyWorkers: { $ref: "#/$defs/MessageBodyWorkers" },
  MultiPart: { $ref: "#/$defs/MultiPart" },
  ParameterizedHeader: { $ref: "#/$defs/ParameterizedHeader" },
  ZoneId: { $ref: "#/$defs/ZoneId" },
  ZoneOffset: { $ref: "#/$defs/ZoneOffset" },
  ZoneOffsetTransition: { $ref: "#/$defs/ZoneOffsetTransition" },
  ZoneRules: { $ref: "#/$defs/ZoneRules" },
  PutCircularRequestBody: {
    type: "object",
    properties: { file: { $ref: "#/$defs/FormDataBodyPart" }, typename: { type: "string" } }
  },
  PutCircularResponse: false,
  PutNestedTestRequestBody: {
    type: "object",
    properties: {
      foo: { type: "string" },
      arr: {
        type: "array",
        items: {
          type: "array",
          items: {
            type: "array",
            items: {
              type: "array",
              items: {
                type: "array",
                items: {
                  type: "array",
                  items: {
                    type: "array",
                    items: { type: "array", items: { type: "array", items: { type: "string" } } }
                  }
                }
              }
            }
          }
        }
      },
      obj: {
        type: "object",
        properties: {
          ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff: {
            type: "object",
            properties: {
              fooa: {
                type: "object",
                properties: {
                  "foob:": { type: "object", properties: { fooc: { type: "string" } } }
                }
              }
            }
          }
        }
      }
    }
  },
  PutNestedTestResponse: false,
  PostNotQuiteCircularRequestBody: {
    type: "object",
    properties: { rules: { $ref: "#/$defs/ZoneRules" } }
  },
  PostNotQuiteCircularResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isBodyPart,
  isContentDisposition,
  isFormDataBodyPart,
  isFormDataContentDisposition,
  isMessageBodyWorkers,
  isMultiPart,
  isParameterizedHeader,
  isPostNotQuiteCircularRequestBody,
  isPostNotQuiteCircularResponse,
  isPutCircularRequestBody,
  isPutCircularResponse,
  isPutNestedTestRequestBody,
  isPutNestedTestResponse,
  isZoneId,
  isZoneOffset,
  isZoneOffsetTransition,
  isZoneRules,
  schemas,
  validateBodyPart,
  validateContentDisposition,
  validateFormDataBodyPart,
  validateFormDataContentDisposition,
  validateMessageBodyWorkers,
  validateMultiPart,
  validateParameterizedHeader,
  validatePostNotQuiteCircularRequestBody,
  validatePostNotQuiteCircularResponse,
  validatePutCircularRequestBody,
  validatePutCircularResponse,
  validatePutNestedTestRequestBody,
  validatePutNestedTestResponse,
  validateZoneId,
  validateZoneOffset,
  validateZoneOffsetTransition,
  validateZoneRules
};
