import {
  checkValue,
  depthExceeded,
  fixedIssue,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateEncodingFormRequestBody(value, options) {
  const issues = options === void 0 ? check$EncodingFormRequestBody(value, ROOT, void 0, 0) : checkValue(check$EncodingFormRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isEncodingFormRequestBody(value) {
  return is$EncodingFormRequestBody(value, 0);
}
function validateEncodingFormResponse(value, options) {
  const issues = options === void 0 ? check$EncodingFormResponse(value, ROOT, void 0, 0) : checkValue(check$EncodingFormResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isEncodingFormResponse(value) {
  return is$EncodingFormResponse(value, 0);
}
const schemas = {
  EncodingFormRequestBody: /* @__PURE__ */ standardSchema(validateEncodingFormRequestBody, jsonSchema$of("EncodingFormRequestBody")),
  EncodingFormResponse: /* @__PURE__ */ standardSchema(validateEncodingFormResponse, jsonSchema$of("EncodingFormResponse"))
};
const issue$array_type_0c50f9 = /* @__PURE__ */ fixedIssue(["array"], "type", "must be an array");
const issue$object_bar_type_0b0dd0 = /* @__PURE__ */ fixedIssue(["object", "bar"], "type", "must be a string");
const issue$object_foo_type_e7dfb6 = /* @__PURE__ */ fixedIssue(["object", "foo"], "type", "must be a string");
const issue$object_type_b6aad8 = /* @__PURE__ */ fixedIssue(["object"], "type", "must be an object");
const issue$primitive_type_9a4c78 = /* @__PURE__ */ fixedIssue(["primitive"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$EncodingFormRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.primitive;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) return false;
  }
  const x4 = o1.array;
  if (x4 !== void 0) {
    property5: {
      if (!Array.isArray(x4)) {
        if (hasOwn.call(o1, "array")) return false;
        break property5;
      }
      const a6 = x4;
      for (let i7 = 0; i7 < a6.length; i7++) {
        const x8 = a6[i7];
        if (typeof x8 !== "string") {
          if (hasOwn.call(o1, "array")) return false;
          break property5;
        }
      }
    }
  }
  const x9 = o1.object;
  if (x9 !== void 0) {
    property10: {
      if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
        if (hasOwn.call(o1, "object")) return false;
        break property10;
      }
      const o11 = x9;
      const x12 = o11.foo;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o11, "foo")) {
          if (hasOwn.call(o1, "object")) return false;
          break property10;
        }
      }
      const x14 = o11.bar;
      if (x14 !== void 0) {
        if (typeof x14 !== "string" && hasOwn.call(o11, "bar")) {
          if (hasOwn.call(o1, "object")) return false;
          break property10;
        }
      }
    }
  }
  return true;
}
function check$EncodingFormRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.primitive;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) {
        if ((s = reportFixed(s, p, issue$primitive_type_9a4c78)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.array;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a4 = x3;
          for (let i5 = 0; i5 < a4.length; i5++) {
            const x6 = a4[i5];
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["array", i5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x7 = o1.object;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o8 = x7;
          const x9 = o8.foo;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o8, "foo")) {
              if ((s = reportFixed(s, p, issue$object_foo_type_e7dfb6)).length >= issueLimit) return s;
            }
          }
          const x10 = o8.bar;
          if (x10 !== void 0) {
            if (typeof x10 !== "string" && hasOwn.call(o8, "bar")) {
              if ((s = reportFixed(s, p, issue$object_bar_type_0b0dd0)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$EncodingFormResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$EncodingFormResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  EncodingFormRequestBody: {
    type: "object",
    properties: {
      primitive: { type: "string" },
      array: { type: "array", items: { type: "string" } },
      object: { type: "object", properties: { foo: { type: "string" }, bar: { type: "string" } } }
    }
  },
  EncodingFormResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isEncodingFormRequestBody,
  isEncodingFormResponse,
  schemas,
  validateEncodingFormRequestBody,
  validateEncodingFormResponse
};
