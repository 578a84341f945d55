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
function validateFormDataStandardRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataStandardRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataStandardRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataStandardRequestBody(value) {
  return is$FormDataStandardRequestBody(value, 0);
}
function validateFormDataStandardResponse(value, options) {
  const issues = options === void 0 ? check$FormDataStandardResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataStandardResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataStandardResponse(value) {
  return is$FormDataStandardResponse(value, 0);
}
function validateFormDataDeepObjectExplodedRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataDeepObjectExplodedRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataDeepObjectExplodedRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataDeepObjectExplodedRequestBody(value) {
  return is$FormDataDeepObjectExplodedRequestBody(value, 0);
}
function validateFormDataDeepObjectExplodedResponse(value, options) {
  const issues = options === void 0 ? check$FormDataDeepObjectExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataDeepObjectExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataDeepObjectExplodedResponse(value) {
  return is$FormDataDeepObjectExplodedResponse(value, 0);
}
function validateFormDataFormExplodedRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataFormExplodedRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataFormExplodedRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataFormExplodedRequestBody(value) {
  return is$FormDataFormExplodedRequestBody(value, 0);
}
function validateFormDataFormExplodedResponse(value, options) {
  const issues = options === void 0 ? check$FormDataFormExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataFormExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataFormExplodedResponse(value) {
  return is$FormDataFormExplodedResponse(value, 0);
}
function validateFormDataFormNonExplodedRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataFormNonExplodedRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataFormNonExplodedRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataFormNonExplodedRequestBody(value) {
  return is$FormDataFormNonExplodedRequestBody(value, 0);
}
function validateFormDataFormNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$FormDataFormNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataFormNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataFormNonExplodedResponse(value) {
  return is$FormDataFormNonExplodedResponse(value, 0);
}
function validateFormDataPipeDelimitedNonExplodedRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataPipeDelimitedNonExplodedRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataPipeDelimitedNonExplodedRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataPipeDelimitedNonExplodedRequestBody(value) {
  return is$FormDataPipeDelimitedNonExplodedRequestBody(value, 0);
}
function validateFormDataPipeDelimitedNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$FormDataPipeDelimitedNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataPipeDelimitedNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataPipeDelimitedNonExplodedResponse(value) {
  return is$FormDataPipeDelimitedNonExplodedResponse(value, 0);
}
function validateFormDataSpaceDelimitedNonExplodedRequestBody(value, options) {
  const issues = options === void 0 ? check$FormDataSpaceDelimitedNonExplodedRequestBody(value, ROOT, void 0, 0) : checkValue(check$FormDataSpaceDelimitedNonExplodedRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataSpaceDelimitedNonExplodedRequestBody(value) {
  return is$FormDataSpaceDelimitedNonExplodedRequestBody(value, 0);
}
function validateFormDataSpaceDelimitedNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$FormDataSpaceDelimitedNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$FormDataSpaceDelimitedNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormDataSpaceDelimitedNonExplodedResponse(value) {
  return is$FormDataSpaceDelimitedNonExplodedResponse(value, 0);
}
function validateHeadersStandardResponse(value, options) {
  const issues = options === void 0 ? check$HeadersStandardResponse(value, ROOT, void 0, 0) : checkValue(check$HeadersStandardResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isHeadersStandardResponse(value) {
  return is$HeadersStandardResponse(value, 0);
}
function validateHeadersSimpleNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$HeadersSimpleNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$HeadersSimpleNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isHeadersSimpleNonExplodedResponse(value) {
  return is$HeadersSimpleNonExplodedResponse(value, 0);
}
function validateHeadersSimpleExplodedResponse(value, options) {
  const issues = options === void 0 ? check$HeadersSimpleExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$HeadersSimpleExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isHeadersSimpleExplodedResponse(value) {
  return is$HeadersSimpleExplodedResponse(value, 0);
}
function validatePathsLabelNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsLabelNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsLabelNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsLabelNonExplodedResponse(value) {
  return is$PathsLabelNonExplodedResponse(value, 0);
}
function validatePathsLabelExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsLabelExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsLabelExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsLabelExplodedResponse(value) {
  return is$PathsLabelExplodedResponse(value, 0);
}
function validatePathsMatrixNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsMatrixNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsMatrixNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsMatrixNonExplodedResponse(value) {
  return is$PathsMatrixNonExplodedResponse(value, 0);
}
function validatePathsMatrixExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsMatrixExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsMatrixExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsMatrixExplodedResponse(value) {
  return is$PathsMatrixExplodedResponse(value, 0);
}
function validatePathsSimpleNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsSimpleNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsSimpleNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsSimpleNonExplodedResponse(value) {
  return is$PathsSimpleNonExplodedResponse(value, 0);
}
function validatePathsSimpleExplodedResponse(value, options) {
  const issues = options === void 0 ? check$PathsSimpleExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$PathsSimpleExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsSimpleExplodedResponse(value) {
  return is$PathsSimpleExplodedResponse(value, 0);
}
function validatePathsStandardResponse(value, options) {
  const issues = options === void 0 ? check$PathsStandardResponse(value, ROOT, void 0, 0) : checkValue(check$PathsStandardResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPathsStandardResponse(value) {
  return is$PathsStandardResponse(value, 0);
}
function validateQueryStandardResponse(value, options) {
  const issues = options === void 0 ? check$QueryStandardResponse(value, ROOT, void 0, 0) : checkValue(check$QueryStandardResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQueryStandardResponse(value) {
  return is$QueryStandardResponse(value, 0);
}
function validateQueryDeepObjectNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$QueryDeepObjectNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$QueryDeepObjectNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQueryDeepObjectNonExplodedResponse(value) {
  return is$QueryDeepObjectNonExplodedResponse(value, 0);
}
function validateQueryFormNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$QueryFormNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$QueryFormNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQueryFormNonExplodedResponse(value) {
  return is$QueryFormNonExplodedResponse(value, 0);
}
function validateQueryFormExplodedResponse(value, options) {
  const issues = options === void 0 ? check$QueryFormExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$QueryFormExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQueryFormExplodedResponse(value) {
  return is$QueryFormExplodedResponse(value, 0);
}
function validateQueryPipeDelimitedNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$QueryPipeDelimitedNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$QueryPipeDelimitedNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQueryPipeDelimitedNonExplodedResponse(value) {
  return is$QueryPipeDelimitedNonExplodedResponse(value, 0);
}
function validateQuerySpaceDelimitedNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$QuerySpaceDelimitedNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$QuerySpaceDelimitedNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuerySpaceDelimitedNonExplodedResponse(value) {
  return is$QuerySpaceDelimitedNonExplodedResponse(value, 0);
}
function validateCookiesStandardResponse(value, options) {
  const issues = options === void 0 ? check$CookiesStandardResponse(value, ROOT, void 0, 0) : checkValue(check$CookiesStandardResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCookiesStandardResponse(value) {
  return is$CookiesStandardResponse(value, 0);
}
function validateCookiesFormExplodedResponse(value, options) {
  const issues = options === void 0 ? check$CookiesFormExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$CookiesFormExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCookiesFormExplodedResponse(value) {
  return is$CookiesFormExplodedResponse(value, 0);
}
function validateCookiesFormNonExplodedResponse(value, options) {
  const issues = options === void 0 ? check$CookiesFormNonExplodedResponse(value, ROOT, void 0, 0) : checkValue(check$CookiesFormNonExplodedResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCookiesFormNonExplodedResponse(value) {
  return is$CookiesFormNonExplodedResponse(value, 0);
}
const schemas = {
  FormDataStandardRequestBody: /* @__PURE__ */ standardSchema(validateFormDataStandardRequestBody, jsonSchema$of("FormDataStandardRequestBody")),
  FormDataStandardResponse: /* @__PURE__ */ standardSchema(validateFormDataStandardResponse, jsonSchema$of("FormDataStandardResponse")),
  FormDataDeepObjectExplodedRequestBody: /* @__PURE__ */ standardSchema(validateFormDataDeepObjectExplodedRequestBody, jsonSchema$of("FormDataDeepObjectExplodedRequestBody")),
  FormDataDeepObjectExplodedResponse: /* @__PURE__ */ standardSchema(validateFormDataDeepObjectExplodedResponse, jsonSchema$of("FormDataDeepObjectExplodedResponse")),
  FormDataFormExplodedRequestBody: /* @__PURE__ */ standardSchema(validateFormDataFormExplodedRequestBody, jsonSchema$of("FormDataFormExplodedRequestBody")),
  FormDataFormExplodedResponse: /* @__PURE__ */ standardSchema(validateFormDataFormExplodedResponse, jsonSchema$of("FormDataFormExplodedResponse")),
  FormDataFormNonExplodedRequestBody: /* @__PURE__ */ standardSchema(validateFormDataFormNonExplodedRequestBody, jsonSchema$of("FormDataFormNonExplodedRequestBody")),
  FormDataFormNonExplodedResponse: /* @__PURE__ */ standardSchema(validateFormDataFormNonExplodedResponse, jsonSchema$of("FormDataFormNonExplodedResponse")),
  FormDataPipeDelimitedNonExplodedRequestBody: /* @__PURE__ */ standardSchema(validateFormDataPipeDelimitedNonExplodedRequestBody, jsonSchema$of("FormDataPipeDelimitedNonExplodedRequestBody")),
  FormDataPipeDelimitedNonExplodedResponse: /* @__PURE__ */ standardSchema(validateFormDataPipeDelimitedNonExplodedResponse, jsonSchema$of("FormDataPipeDelimitedNonExplodedResponse")),
  FormDataSpaceDelimitedNonExplodedRequestBody: /* @__PURE__ */ standardSchema(validateFormDataSpaceDelimitedNonExplodedRequestBody, jsonSchema$of("FormDataSpaceDelimitedNonExplodedRequestBody")),
  FormDataSpaceDelimitedNonExplodedResponse: /* @__PURE__ */ standardSchema(validateFormDataSpaceDelimitedNonExplodedResponse, jsonSchema$of("FormDataSpaceDelimitedNonExplodedResponse")),
  HeadersStandardResponse: /* @__PURE__ */ standardSchema(validateHeadersStandardResponse, jsonSchema$of("HeadersStandardResponse")),
  HeadersSimpleNonExplodedResponse: /* @__PURE__ */ standardSchema(validateHeadersSimpleNonExplodedResponse, jsonSchema$of("HeadersSimpleNonExplodedResponse")),
  HeadersSimpleExplodedResponse: /* @__PURE__ */ standardSchema(validateHeadersSimpleExplodedResponse, jsonSchema$of("HeadersSimpleExplodedResponse")),
  PathsLabelNonExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsLabelNonExplodedResponse, jsonSchema$of("PathsLabelNonExplodedResponse")),
  PathsLabelExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsLabelExplodedResponse, jsonSchema$of("PathsLabelExplodedResponse")),
  PathsMatrixNonExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsMatrixNonExplodedResponse, jsonSchema$of("PathsMatrixNonExplodedResponse")),
  PathsMatrixExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsMatrixExplodedResponse, jsonSchema$of("PathsMatrixExplodedResponse")),
  PathsSimpleNonExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsSimpleNonExplodedResponse, jsonSchema$of("PathsSimpleNonExplodedResponse")),
  PathsSimpleExplodedResponse: /* @__PURE__ */ standardSchema(validatePathsSimpleExplodedResponse, jsonSchema$of("PathsSimpleExplodedResponse")),
  PathsStandardResponse: /* @__PURE__ */ standardSchema(validatePathsStandardResponse, jsonSchema$of("PathsStandardResponse")),
  QueryStandardResponse: /* @__PURE__ */ standardSchema(validateQueryStandardResponse, jsonSchema$of("QueryStandardResponse")),
  QueryDeepObjectNonExplodedResponse: /* @__PURE__ */ standardSchema(validateQueryDeepObjectNonExplodedResponse, jsonSchema$of("QueryDeepObjectNonExplodedResponse")),
  QueryFormNonExplodedResponse: /* @__PURE__ */ standardSchema(validateQueryFormNonExplodedResponse, jsonSchema$of("QueryFormNonExplodedResponse")),
  QueryFormExplodedResponse: /* @__PURE__ */ standardSchema(validateQueryFormExplodedResponse, jsonSchema$of("QueryFormExplodedResponse")),
  QueryPipeDelimitedNonExplodedResponse: /* @__PURE__ */ standardSchema(validateQueryPipeDelimitedNonExplodedResponse, jsonSchema$of("QueryPipeDelimitedNonExplodedResponse")),
  QuerySpaceDelimitedNonExplodedResponse: /* @__PURE__ */ standardSchema(validateQuerySpaceDelimitedNonExplodedResponse, jsonSchema$of("QuerySpaceDelimitedNonExplodedResponse")),
  CookiesStandardResponse: /* @__PURE__ */ standardSchema(validateCookiesStandardResponse, jsonSchema$of("CookiesStandardResponse")),
  CookiesFormExplodedResponse: /* @__PURE__ */ standardSchema(validateCookiesFormExplodedResponse, jsonSchema$of("CookiesFormExplodedResponse")),
  CookiesFormNonExplodedResponse: /* @__PURE__ */ standardSchema(validateCookiesFormNonExplodedResponse, jsonSchema$of("CookiesFormNonExplodedResponse"))
};
const issue$array_type_0c50f9 = /* @__PURE__ */ fixedIssue(["array"], "type", "must be an array");
const issue$object_bar_type_0b0dd0 = /* @__PURE__ */ fixedIssue(["object", "bar"], "type", "must be a string");
const issue$object_foo_type_e7dfb6 = /* @__PURE__ */ fixedIssue(["object", "foo"], "type", "must be a string");
const issue$object_type_b6aad8 = /* @__PURE__ */ fixedIssue(["object"], "type", "must be an object");
const issue$primitive_type_9a4c78 = /* @__PURE__ */ fixedIssue(["primitive"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$FormDataStandardRequestBody(v, d) {
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
function check$FormDataStandardRequestBody(v, p, s, d) {
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
function is$FormDataStandardResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataStandardResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FormDataDeepObjectExplodedRequestBody(v, d) {
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
function check$FormDataDeepObjectExplodedRequestBody(v, p, s, d) {
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
function is$FormDataDeepObjectExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataDeepObjectExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FormDataFormExplodedRequestBody(v, d) {
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
function check$FormDataFormExplodedRequestBody(v, p, s, d) {
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
function is$FormDataFormExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataFormExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FormDataFormNonExplodedRequestBody(v, d) {
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
function check$FormDataFormNonExplodedRequestBody(v, p, s, d) {
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
function is$FormDataFormNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataFormNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FormDataPipeDelimitedNonExplodedRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.array;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "array")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "string") {
          if (hasOwn.call(o1, "array")) return false;
          break property3;
        }
      }
    }
  }
  const x7 = o1.object;
  if (x7 !== void 0) {
    property8: {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        if (hasOwn.call(o1, "object")) return false;
        break property8;
      }
      const o9 = x7;
      const x10 = o9.foo;
      if (x10 !== void 0) {
        if (typeof x10 !== "string" && hasOwn.call(o9, "foo")) {
          if (hasOwn.call(o1, "object")) return false;
          break property8;
        }
      }
      const x12 = o9.bar;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o9, "bar")) {
          if (hasOwn.call(o1, "object")) return false;
          break property8;
        }
      }
    }
  }
  return true;
}
function check$FormDataPipeDelimitedNonExplodedRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.array;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (typeof x5 !== "string") {
              if ((s = report(s, p, ["array", i4], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x6 = o1.object;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o7 = x6;
          const x8 = o7.foo;
          if (x8 !== void 0) {
            if (typeof x8 !== "string" && hasOwn.call(o7, "foo")) {
              if ((s = reportFixed(s, p, issue$object_foo_type_e7dfb6)).length >= issueLimit) return s;
            }
          }
          const x9 = o7.bar;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o7, "bar")) {
              if ((s = reportFixed(s, p, issue$object_bar_type_0b0dd0)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$FormDataPipeDelimitedNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataPipeDelimitedNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FormDataSpaceDelimitedNonExplodedRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.array;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "array")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "string") {
          if (hasOwn.call(o1, "array")) return false;
          break property3;
        }
      }
    }
  }
  const x7 = o1.object;
  if (x7 !== void 0) {
    property8: {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        if (hasOwn.call(o1, "object")) return false;
        break property8;
      }
      const o9 = x7;
      const x10 = o9.foo;
      if (x10 !== void 0) {
        if (typeof x10 !== "string" && hasOwn.call(o9, "foo")) {
          if (hasOwn.call(o1, "object")) return false;
          break property8;
        }
      }
      const x12 = o9.bar;
      if (x12 !== void 0) {
        if (typeof x12 !== "string" && hasOwn.call(o9, "bar")) {
          if (hasOwn.call(o1, "object")) return false;
          break property8;
        }
      }
    }
  }
  return true;
}
function check$FormDataSpaceDelimitedNonExplodedRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.array;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (typeof x5 !== "string") {
              if ((s = report(s, p, ["array", i4], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x6 = o1.object;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o7 = x6;
          const x8 = o7.foo;
          if (x8 !== void 0) {
            if (typeof x8 !== "string" && hasOwn.call(o7, "foo")) {
              if ((s = reportFixed(s, p, issue$object_foo_type_e7dfb6)).length >= issueLimit) return s;
            }
          }
          const x9 = o7.bar;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o7, "bar")) {
              if ((s = reportFixed(s, p, issue$object_bar_type_0b0dd0)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$FormDataSpaceDelimitedNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$FormDataSpaceDelimitedNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$HeadersStandardResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$HeadersStandardResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$HeadersSimpleNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$HeadersSimpleNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$HeadersSimpleExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$HeadersSimpleExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsLabelNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsLabelNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsLabelExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsLabelExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsMatrixNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsMatrixNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsMatrixExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsMatrixExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsSimpleNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsSimpleNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsSimpleExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsSimpleExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PathsStandardResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PathsStandardResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QueryStandardResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QueryStandardResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QueryDeepObjectNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QueryDeepObjectNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QueryFormNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QueryFormNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QueryFormExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QueryFormExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QueryPipeDelimitedNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QueryPipeDelimitedNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QuerySpaceDelimitedNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QuerySpaceDelimitedNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CookiesStandardResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$CookiesStandardResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CookiesFormExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$CookiesFormExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CookiesFormNonExplodedResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$CookiesFormNonExplodedResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  FormDataStandardRequestBody: {
    type: "object",
    properties: {
      primitive: { description: "A standard primitive.", type: "string" },
      array: { description: "A standard array.", type: "array", items: { type: "string" } },
      object: {
        description: "A standard object.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataStandardResponse: true,
  FormDataDeepObjectExplodedRequestBody: {
    type: "object",
    properties: {
      primitive: { description: "A `deepObject` style, non-exploded primitive.", type: "string" },
      array: {
        description: "A `deepObject` style, non-exploded array.",
        type: "array",
        items: { type: "string" }
      },
      object: {
        description: "A `deepObject` style, non-exploded object.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataDeepObjectExplodedResponse: true,
  FormDataFormExplodedRequestBody: {
    type: "object",
    properties: {
      primitive: { description: "A `form` style, exploded primitive.", type: "string" },
      array: {
        description: "A `form` style, exploded array.",
        type: "array",
        items: { type: "string" }
      },
      object: {
        description: "A `form` style, exploded object.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataFormExplodedResponse: true,
  FormDataFormNonExplodedRequestBody: {
    type: "object",
    properties: {
      primitive: { description: "A `form` style, non-exploded primitive.", type: "string" },
      array: {
        description: "A `form` style, non-exploded array.",
        type: "array",
        items: { type: "string" }
      },
      object: {
        description: "A `form` style, non-exploded object.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataFormNonExplodedResponse: true,
  FormDataPipeDelimitedNonExplodedRequestBody: {
    type: "object",
    properties: {
      array: {
        description: "A `pipeDelimited` style, non-exploded array.",
        type: "array",
        items: { type: "string" }
      },
      object: {
        description: "A `pipeDelimited` style, non-exploded object.\n\n>\u26A0\uFE0F This is currently unsupported.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataPipeDelimitedNonExplodedResponse: true,
  FormDataSpaceDelimitedNonExplodedRequestBody: {
    type: "object",
    properties: {
      array: {
        description: "A `spaceDelimited` style, non-exploded array.",
        type: "array",
        items: { type: "string" }
      },
      object: {
        description: "A `spaceDelimited` style, non-exploded object.\n\n>\u26A0\uFE0F This is currently unsupported.",
        type: "object",
        properties: { foo: { type: "string" }, bar: { type: "string" } }
      }
    }
  },
  FormDataSpaceDelimitedNonExplodedResponse: true,
  HeadersStandardResponse: true,
  HeadersSimpleNonExplodedResponse: true,
  HeadersSimpleExplodedResponse: true,
  PathsLabelNonExplodedResponse: true,
  PathsLabelExplodedResponse: true,
  PathsMatrixNonExplodedResponse: true,
  PathsMatrixExplodedResponse: true,
  PathsSimpleNonExplodedResponse: true,
  PathsSimpleExplodedResponse: true,
  PathsStandardResponse: true,
  QueryStandardResponse: true,
  QueryDeepObjectNonExplodedResponse: true,
  QueryFormNonExplodedResponse: true,
  QueryFormExplodedResponse: true,
  QueryPipeDelimitedNonExplodedResponse: true,
  QuerySpaceDelimitedNonExplodedResponse: true,
  CookiesStandardResponse: true,
  CookiesFormExplodedResponse: true,
  CookiesFormNonExplodedResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isCookiesFormExplodedResponse,
  isCookiesFormNonExplodedResponse,
  isCookiesStandardResponse,
  isFormDataDeepObjectExplodedRequestBody,
  isFormDataDeepObjectExplodedResponse,
  isFormDataFormExplodedRequestBody,
  isFormDataFormExplodedResponse,
  isFormDataFormNonExplodedRequestBody,
  isFormDataFormNonExplodedResponse,
  isFormDataPipeDelimitedNonExplodedRequestBody,
  isFormDataPipeDelimitedNonExplodedResponse,
  isFormDataSpaceDelimitedNonExplodedRequestBody,
  isFormDataSpaceDelimitedNonExplodedResponse,
  isFormDataStandardRequestBody,
  isFormDataStandardResponse,
  isHeadersSimpleExplodedResponse,
  isHeadersSimpleNonExplodedResponse,
  isHeadersStandardResponse,
  isPathsLabelExplodedResponse,
  isPathsLabelNonExplodedResponse,
  isPathsMatrixExplodedResponse,
  isPathsMatrixNonExplodedResponse,
  isPathsSimpleExplodedResponse,
  isPathsSimpleNonExplodedResponse,
  isPathsStandardResponse,
  isQueryDeepObjectNonExplodedResponse,
  isQueryFormExplodedResponse,
  isQueryFormNonExplodedResponse,
  isQueryPipeDelimitedNonExplodedResponse,
  isQuerySpaceDelimitedNonExplodedResponse,
  isQueryStandardResponse,
  schemas,
  validateCookiesFormExplodedResponse,
  validateCookiesFormNonExplodedResponse,
  validateCookiesStandardResponse,
  validateFormDataDeepObjectExplodedRequestBody,
  validateFormDataDeepObjectExplodedResponse,
  validateFormDataFormExplodedRequestBody,
  validateFormDataFormExplodedResponse,
  validateFormDataFormNonExplodedRequestBody,
  validateFormDataFormNonExplodedResponse,
  validateFormDataPipeDelimitedNonExplodedRequestBody,
  validateFormDataPipeDelimitedNonExplodedResponse,
  validateFormDataSpaceDelimitedNonExplodedRequestBody,
  validateFormDataSpaceDelimitedNonExplodedResponse,
  validateFormDataStandardRequestBody,
  validateFormDataStandardResponse,
  validateHeadersSimpleExplodedResponse,
  validateHeadersSimpleNonExplodedResponse,
  validateHeadersStandardResponse,
  validatePathsLabelExplodedResponse,
  validatePathsLabelNonExplodedResponse,
  validatePathsMatrixExplodedResponse,
  validatePathsMatrixNonExplodedResponse,
  validatePathsSimpleExplodedResponse,
  validatePathsSimpleNonExplodedResponse,
  validatePathsStandardResponse,
  validateQueryDeepObjectNonExplodedResponse,
  validateQueryFormExplodedResponse,
  validateQueryFormNonExplodedResponse,
  validateQueryPipeDelimitedNonExplodedResponse,
  validateQuerySpaceDelimitedNonExplodedResponse,
  validateQueryStandardResponse
};
