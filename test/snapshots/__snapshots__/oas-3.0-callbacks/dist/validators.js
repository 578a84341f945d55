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
function validatePostStreamsResponse(value, options) {
  const issues = options === void 0 ? check$PostStreamsResponse(value, ROOT, void 0, 0) : checkValue(check$PostStreamsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostStreamsResponse(value) {
  return is$PostStreamsResponse(value, 0);
}
const schemas = {
  PostStreamsResponse: /* @__PURE__ */ standardSchema(validatePostStreamsResponse, jsonSchema$of("PostStreamsResponse"))
};
const issue$subscriptionId_required_f9e02c = /* @__PURE__ */ fixedIssue(["subscriptionId"], "required", "is required");
const issue$subscriptionId_type_033859 = /* @__PURE__ */ fixedIssue(["subscriptionId"], "type", "must be a string");
function is$PostStreamsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "subscriptionId") ? o2.subscriptionId : void 0;
    if (x3 === void 0) return false;
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$PostStreamsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "subscriptionId") ? o2.subscriptionId : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$subscriptionId_required_f9e02c)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$subscriptionId_type_033859)).length >= issueLimit) return s;
    }
  }
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  PostStreamsResponse: {
    description: "subscription information",
    properties: {
      subscriptionId: {
        description: "this unique identifier allows management of the subscription",
        type: "string",
        examples: ["2531329f-fb09-4ef7-887e-84e648214436"]
      }
    },
    required: ["subscriptionId"]
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostStreamsResponse,
  schemas,
  validatePostStreamsResponse
};
