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
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validatePostAnythingAllParamTypesByIdById2RequestBody(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAllParamTypesByIdById2RequestBody(value) {
  return is$Pet(value, 0);
}
function validatePostAnythingAllParamTypesByIdById2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingAllParamTypesByIdById2Response(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAllParamTypesByIdById2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAllParamTypesByIdById2Response(value) {
  return value === void 0 || is$PostAnythingAllParamTypesByIdById2Response(value, 0);
}
const schemas = {
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  PostAnythingAllParamTypesByIdById2RequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingAllParamTypesByIdById2RequestBody, jsonSchema$of("PostAnythingAllParamTypesByIdById2RequestBody")),
  PostAnythingAllParamTypesByIdById2Response: /* @__PURE__ */ standardSchema(validatePostAnythingAllParamTypesByIdById2Response, jsonSchema$of("PostAnythingAllParamTypesByIdById2Response"))
};
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$status_enum_5db649 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "available", "pending", "sold"');
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Pet(v, d) {
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
  const x6 = o1.status;
  if (x6 !== void 0) {
    if (x6 !== "available" && x6 !== "pending" && x6 !== "sold" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
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
    const x4 = o1.status;
    if (x4 !== void 0) {
      if (x4 !== "available" && x4 !== "pending" && x4 !== "sold" && hasOwn.call(o1, "status")) {
        if (typeof x4 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x4 !== "available" && x4 !== "pending" && x4 !== "sold") {
            if ((s = reportFixed(s, p, issue$status_enum_5db649)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$PostAnythingAllParamTypesByIdById2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingAllParamTypesByIdById2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Pet: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64" },
      name: { type: "string" },
      status: {
        description: "An enum with available options",
        type: "string",
        enum: ["available", "pending", "sold"]
      }
    }
  }
};
const jsonSchema$roots = {
  Pet: { $ref: "#/$defs/Pet" },
  PostAnythingAllParamTypesByIdById2RequestBody: { $ref: "#/$defs/Pet" },
  PostAnythingAllParamTypesByIdById2Response: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPet,
  isPostAnythingAllParamTypesByIdById2RequestBody,
  isPostAnythingAllParamTypesByIdById2Response,
  schemas,
  validatePet,
  validatePostAnythingAllParamTypesByIdById2RequestBody,
  validatePostAnythingAllParamTypesByIdById2Response
};
