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
function validateDataSetList(value, options) {
  const issues = options === void 0 ? check$DataSetList(value, ROOT, void 0, 0) : checkValue(check$DataSetList, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDataSetList(value) {
  return is$DataSetList(value, 0);
}
function validateListDataSetsResponse(value, options) {
  const issues = options === void 0 ? check$DataSetList(value, ROOT, void 0, 0) : checkValue(check$DataSetList, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListDataSetsResponse(value) {
  return is$DataSetList(value, 0);
}
function validateListSearchableFieldsResponse(value, options) {
  const issues = options === void 0 ? check$ListSearchableFieldsResponse(value, ROOT, void 0, 0) : checkValue(check$ListSearchableFieldsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListSearchableFieldsResponse(value) {
  return is$ListSearchableFieldsResponse(value, 0);
}
function validatePerformSearchRequestBody(value, options) {
  const issues = options === void 0 ? check$PerformSearchRequestBody(value, ROOT, void 0, 0) : checkValue(check$PerformSearchRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPerformSearchRequestBody(value) {
  return is$PerformSearchRequestBody(value, 0);
}
function validatePerformSearchResponse(value, options) {
  const issues = options === void 0 ? check$PerformSearchResponse(value, ROOT, void 0, 0) : checkValue(check$PerformSearchResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPerformSearchResponse(value) {
  return is$PerformSearchResponse(value, 0);
}
const schemas = {
  DataSetList: /* @__PURE__ */ standardSchema(validateDataSetList, jsonSchema$of("DataSetList")),
  ListDataSetsResponse: /* @__PURE__ */ standardSchema(validateListDataSetsResponse, jsonSchema$of("ListDataSetsResponse")),
  ListSearchableFieldsResponse: /* @__PURE__ */ standardSchema(validateListSearchableFieldsResponse, jsonSchema$of("ListSearchableFieldsResponse")),
  PerformSearchRequestBody: /* @__PURE__ */ standardSchema(validatePerformSearchRequestBody, jsonSchema$of("PerformSearchRequestBody")),
  PerformSearchResponse: /* @__PURE__ */ standardSchema(validatePerformSearchResponse, jsonSchema$of("PerformSearchResponse"))
};
const issue$apis_type_28f88b = /* @__PURE__ */ fixedIssue(["apis"], "type", "must be an array");
const issue$criteria_required_76479e = /* @__PURE__ */ fixedIssue(["criteria"], "required", "is required");
const issue$criteria_type_3b818c = /* @__PURE__ */ fixedIssue(["criteria"], "type", "must be a string");
const issue$rows_type_71c6f6 = /* @__PURE__ */ fixedIssue(["rows"], "type", "must be an integer");
const issue$start_type_fb3e59 = /* @__PURE__ */ fixedIssue(["start"], "type", "must be an integer");
const issue$total_type_42bd0f = /* @__PURE__ */ fixedIssue(["total"], "type", "must be an integer");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$DataSetList(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.total;
  if (x2 !== void 0) {
    if (!Number.isInteger(x2) && hasOwn.call(o1, "total")) return false;
  }
  const x4 = o1.apis;
  if (x4 !== void 0) {
    property5: {
      if (!Array.isArray(x4)) {
        if (hasOwn.call(o1, "apis")) return false;
        break property5;
      }
      const a6 = x4;
      for (let i7 = 0; i7 < a6.length; i7++) {
        const x8 = a6[i7];
        if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
          if (hasOwn.call(o1, "apis")) return false;
          break property5;
        }
        const o9 = x8;
        const x10 = o9.apiKey;
        if (x10 !== void 0) {
          if (typeof x10 !== "string" && hasOwn.call(o9, "apiKey")) {
            if (hasOwn.call(o1, "apis")) return false;
            break property5;
          }
        }
        const x12 = o9.apiVersionNumber;
        if (x12 !== void 0) {
          if (typeof x12 !== "string" && hasOwn.call(o9, "apiVersionNumber")) {
            if (hasOwn.call(o1, "apis")) return false;
            break property5;
          }
        }
        const x14 = o9.apiUrl;
        if (x14 !== void 0) {
          if (typeof x14 !== "string" && hasOwn.call(o9, "apiUrl")) {
            if (hasOwn.call(o1, "apis")) return false;
            break property5;
          }
        }
        const x16 = o9.apiDocumentationUrl;
        if (x16 !== void 0) {
          if (typeof x16 !== "string" && hasOwn.call(o9, "apiDocumentationUrl")) {
            if (hasOwn.call(o1, "apis")) return false;
            break property5;
          }
        }
      }
    }
  }
  return true;
}
function check$DataSetList(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.total;
    if (x2 !== void 0) {
      if (!Number.isInteger(x2) && hasOwn.call(o1, "total")) {
        if ((s = reportFixed(s, p, issue$total_type_42bd0f)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.apis;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "apis")) {
        if (!Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$apis_type_28f88b)).length >= issueLimit) return s;
        } else {
          const a4 = x3;
          for (let i5 = 0; i5 < a4.length; i5++) {
            const x6 = a4[i5];
            if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
              if ((s = report(s, p, ["apis", i5], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o7 = x6;
              const x8 = o7.apiKey;
              if (x8 !== void 0) {
                if (typeof x8 !== "string" && hasOwn.call(o7, "apiKey")) {
                  if ((s = report(s, p, ["apis", i5, "apiKey"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
              const x9 = o7.apiVersionNumber;
              if (x9 !== void 0) {
                if (typeof x9 !== "string" && hasOwn.call(o7, "apiVersionNumber")) {
                  if ((s = report(s, p, ["apis", i5, "apiVersionNumber"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
              const x10 = o7.apiUrl;
              if (x10 !== void 0) {
                if (typeof x10 !== "string" && hasOwn.call(o7, "apiUrl")) {
                  if ((s = report(s, p, ["apis", i5, "apiUrl"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
              const x11 = o7.apiDocumentationUrl;
              if (x11 !== void 0) {
                if (typeof x11 !== "string" && hasOwn.call(o7, "apiDocumentationUrl")) {
                  if ((s = report(s, p, ["apis", i5, "apiDocumentationUrl"], "type", "must be a string")).length >= issueLimit) return s;
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
function is$ListSearchableFieldsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$ListSearchableFieldsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$PerformSearchRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "criteria") ? o1.criteria : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.start;
  if (x3 !== void 0) {
    if (!Number.isInteger(x3) && hasOwn.call(o1, "start")) return false;
  }
  const x5 = o1.rows;
  if (x5 !== void 0) {
    if (!Number.isInteger(x5) && hasOwn.call(o1, "rows")) return false;
  }
  return true;
}
function check$PerformSearchRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "criteria") ? o1.criteria : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$criteria_required_76479e)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$criteria_type_3b818c)).length >= issueLimit) return s;
    }
    const x3 = o1.start;
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "start")) {
        if ((s = reportFixed(s, p, issue$start_type_fb3e59)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.rows;
    if (x4 !== void 0) {
      if (!Number.isInteger(x4) && hasOwn.call(o1, "rows")) {
        if ((s = reportFixed(s, p, issue$rows_type_71c6f6)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PerformSearchResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
    const o4 = x3;
    for (const k5 in o4) {
      if (!hasOwn.call(o4, k5)) continue;
      const x6 = o4[k5];
      if (x6 === void 0) continue;
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
    }
  }
  return true;
}
function check$PerformSearchResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        if ((s = report(s, p, [i2], "type", "must be an object")).length >= issueLimit) return s;
      } else {
        const o4 = x3;
        for (const k5 in o4) {
          if (!hasOwn.call(o4, k5)) continue;
          const x6 = o4[k5];
          if (x6 === void 0) continue;
          if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
            if ((s = report(s, p, [i2, k5], "type", "must be an object")).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  DataSetList: {
    type: "object",
    properties: {
      total: { type: "integer" },
      apis: {
        type: "array",
        items: {
          type: "object",
          properties: {
            apiKey: { description: "To be used as a dataset parameter value", type: "string" },
            apiVersionNumber: {
              description: "To be used as a version parameter value",
              type: "string"
            },
            apiUrl: {
              description: "The URL describing the dataset's fields",
              type: "string",
              format: "uriref"
            },
            apiDocumentationUrl: {
              description: "A URL to the API console for each API",
              type: "string",
              format: "uriref"
            }
          }
        }
      }
    }
  }
};
const jsonSchema$roots = {
  DataSetList: { $ref: "#/$defs/DataSetList" },
  ListDataSetsResponse: { $ref: "#/$defs/DataSetList" },
  ListSearchableFieldsResponse: { type: "string" },
  PerformSearchRequestBody: {
    type: "object",
    properties: {
      criteria: {
        description: "Uses Lucene Query Syntax in the format of propertyName:value, propertyName:[num1 TO num2] and date range format: propertyName:[yyyyMMdd TO yyyyMMdd]. In the response please see the 'docs' element which has the list of record objects. Each record structure would consist of all the fields and their corresponding values.",
        type: "string",
        default: "*:*"
      },
      start: {
        description: "Starting record number. Default value is 0.",
        type: "integer",
        default: 0
      },
      rows: {
        description: "Specify number of rows to be returned. If you run the search with default values, in the response you will see 'numFound' attribute which will tell the number of records available in the dataset.",
        type: "integer",
        default: 100
      }
    },
    required: ["criteria"]
  },
  PerformSearchResponse: {
    type: "array",
    items: { type: "object", additionalProperties: { type: "object" } }
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDataSetList,
  isListDataSetsResponse,
  isListSearchableFieldsResponse,
  isPerformSearchRequestBody,
  isPerformSearchResponse,
  schemas,
  validateDataSetList,
  validateListDataSetsResponse,
  validateListSearchableFieldsResponse,
  validatePerformSearchRequestBody,
  validatePerformSearchResponse
};
