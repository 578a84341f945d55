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
function validateToken(value, options) {
  const issues = options === void 0 ? check$Token(value, ROOT, void 0, 0) : checkValue(check$Token, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isToken(value) {
  return is$Token(value, 0);
}
function validateDemoFormDataRequestBody(value, options) {
  const issues = options === void 0 ? check$DemoFormDataRequestBody(value, ROOT, void 0, 0) : checkValue(check$DemoFormDataRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDemoFormDataRequestBody(value) {
  return is$DemoFormDataRequestBody(value, 0);
}
function validateDemoFormDataResponse(value, options) {
  const issues = options === void 0 ? check$Token(value, ROOT, void 0, 0) : checkValue(check$Token, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDemoFormDataResponse(value) {
  return is$Token(value, 0);
}
const schemas = {
  Token: /* @__PURE__ */ standardSchema(validateToken, jsonSchema$of("Token")),
  DemoFormDataRequestBody: /* @__PURE__ */ standardSchema(validateDemoFormDataRequestBody, jsonSchema$of("DemoFormDataRequestBody")),
  DemoFormDataResponse: /* @__PURE__ */ standardSchema(validateDemoFormDataResponse, jsonSchema$of("DemoFormDataResponse"))
};
const issue$access_token_format_1d10bb = /* @__PURE__ */ fixedIssue(["access_token"], "format", "must be a 32-bit integer (format int32)");
const issue$access_token_required_0c302c = /* @__PURE__ */ fixedIssue(["access_token"], "required", "is required");
const issue$access_token_type_2cdada = /* @__PURE__ */ fixedIssue(["access_token"], "type", "must be an integer");
const issue$client_id_required_c2209f = /* @__PURE__ */ fixedIssue(["client_id"], "required", "is required");
const issue$client_id_type_e89578 = /* @__PURE__ */ fixedIssue(["client_id"], "type", "must be a string");
const issue$client_secret_required_fb97df = /* @__PURE__ */ fixedIssue(["client_secret"], "required", "is required");
const issue$client_secret_type_279dde = /* @__PURE__ */ fixedIssue(["client_secret"], "type", "must be a string");
const issue$expires_in_format_6589a7 = /* @__PURE__ */ fixedIssue(["expires_in"], "format", "must be a 32-bit integer (format int32)");
const issue$expires_in_required_4afe68 = /* @__PURE__ */ fixedIssue(["expires_in"], "required", "is required");
const issue$expires_in_type_e4eda2 = /* @__PURE__ */ fixedIssue(["expires_in"], "type", "must be an integer");
const issue$scope_format_ff096c = /* @__PURE__ */ fixedIssue(["scope"], "format", "must be a 32-bit integer (format int32)");
const issue$scope_type_16e3ea = /* @__PURE__ */ fixedIssue(["scope"], "type", "must be an integer");
const issue$token_type_required_50e8e3 = /* @__PURE__ */ fixedIssue(["token_type"], "required", "is required");
const issue$token_type_type_e30ce7 = /* @__PURE__ */ fixedIssue(["token_type"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Token(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "access_token") ? o1.access_token : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "token_type") ? o1.token_type : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "expires_in") ? o1.expires_in : void 0;
  if (x4 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (x2 < -2147483648 || x2 > 2147483647) return false;
  if (typeof x3 !== "string") return false;
  if (!Number.isInteger(x4)) return false;
  if (x4 < -2147483648 || x4 > 2147483647) return false;
  return true;
}
function check$Token(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "access_token") ? o1.access_token : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$access_token_required_0c302c)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "token_type") ? o1.token_type : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$token_type_required_50e8e3)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "expires_in") ? o1.expires_in : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$expires_in_required_4afe68)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Number.isInteger(x2)) {
        if ((s = reportFixed(s, p, issue$access_token_type_2cdada)).length >= issueLimit) return s;
      } else {
        if (x2 < -2147483648 || x2 > 2147483647) {
          if ((s = reportFixed(s, p, issue$access_token_format_1d10bb)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$token_type_type_e30ce7)).length >= issueLimit) return s;
    }
    if (x4 !== void 0) {
      if (!Number.isInteger(x4)) {
        if ((s = reportFixed(s, p, issue$expires_in_type_e4eda2)).length >= issueLimit) return s;
      } else {
        if (x4 < -2147483648 || x4 > 2147483647) {
          if ((s = reportFixed(s, p, issue$expires_in_format_6589a7)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$DemoFormDataRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "client_id") ? o1.client_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "client_secret") ? o1.client_secret : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.scope;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isInteger(x4)) {
        if (hasOwn.call(o1, "scope")) return false;
        break property5;
      }
      if (x4 < -2147483648 || x4 > 2147483647) {
        if (hasOwn.call(o1, "scope")) return false;
        break property5;
      }
    }
  }
  return true;
}
function check$DemoFormDataRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "client_id") ? o1.client_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$client_id_required_c2209f)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "client_secret") ? o1.client_secret : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$client_secret_required_fb97df)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$client_id_type_e89578)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$client_secret_type_279dde)).length >= issueLimit) return s;
    }
    const x4 = o1.scope;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "scope")) {
        if (!Number.isInteger(x4)) {
          if ((s = reportFixed(s, p, issue$scope_type_16e3ea)).length >= issueLimit) return s;
        } else {
          if (x4 < -2147483648 || x4 > 2147483647) {
            if ((s = reportFixed(s, p, issue$scope_format_ff096c)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Token: {
    title: "Token",
    type: "object",
    properties: {
      access_token: { type: "integer", format: "int32" },
      token_type: { type: "string" },
      expires_in: { type: "integer", format: "int32" }
    },
    required: ["access_token", "token_type", "expires_in"]
  }
};
const jsonSchema$roots = {
  Token: { $ref: "#/$defs/Token" },
  DemoFormDataRequestBody: {
    type: "object",
    properties: {
      client_id: { type: "string" },
      client_secret: { type: "string" },
      scope: { type: "integer", format: "int32" }
    },
    required: ["client_id", "client_secret"]
  },
  DemoFormDataResponse: { $ref: "#/$defs/Token" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDemoFormDataRequestBody,
  isDemoFormDataResponse,
  isToken,
  schemas,
  validateDemoFormDataRequestBody,
  validateDemoFormDataResponse,
  validateToken
};
