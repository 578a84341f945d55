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
const schemas = {
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet"))
};
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$tag_type_75506b = /* @__PURE__ */ fixedIssue(["tag"], "type", "must be a string");
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "id") ? o2.id : void 0;
    if (x3 === void 0) return false;
    const x4 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x4 === void 0) return false;
    if (!Number.isInteger(x3)) return false;
    if (x3 < -9223372036854776e3 || x3 >= 9223372036854776e3) return false;
    if (typeof x4 !== "string") return false;
    const x5 = o2.tag;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o2, "tag")) return false;
    }
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "id") ? o2.id : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (!Number.isInteger(x3)) {
        if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
      } else {
        if (x3 < -9223372036854776e3 || x3 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
        }
      }
    }
    if (x4 !== void 0 && typeof x4 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    const x5 = o2.tag;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o2, "tag")) {
        if ((s = reportFixed(s, p, issue$tag_type_75506b)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Pet: {
    properties: {
      id: { type: "integer", format: "int64" },
      name: { type: "string" },
      tag: { type: "string" }
    },
    required: ["id", "name"]
  }
};
const jsonSchema$roots = {
  Pet: { $ref: "#/$defs/Pet" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPet,
  schemas,
  validatePet
};
