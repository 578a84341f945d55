import {
  checkValue,
  depthExceeded,
  fixedIssue,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  codePointLength
} from "./runtime/validation-json.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateUploadDocumentRequestBody(value, options) {
  const issues = options === void 0 ? check$UploadDocumentRequestBody(value, ROOT, void 0, 0) : checkValue(check$UploadDocumentRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadDocumentRequestBody(value) {
  return is$UploadDocumentRequestBody(value, 0);
}
function validateUploadDocumentResponse(value, options) {
  const issues = options === void 0 ? check$UploadDocumentResponse(value, ROOT, void 0, 0) : checkValue(check$UploadDocumentResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadDocumentResponse(value) {
  return is$UploadDocumentResponse(value, 0);
}
function validateSearchDocumentsRequestBody(value, options) {
  const issues = options === void 0 ? check$SearchDocumentsRequestBody(value, ROOT, void 0, 0) : checkValue(check$SearchDocumentsRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchDocumentsRequestBody(value) {
  return is$SearchDocumentsRequestBody(value, 0);
}
function validateSearchDocumentsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$SearchDocumentsResponse(value, ROOT, void 0, 0) : checkValue(check$SearchDocumentsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchDocumentsResponse(value) {
  return value === void 0 || is$SearchDocumentsResponse(value, 0);
}
function validateDownloadDocumentResponse(value, options) {
  if (acceptsBlob(value)) return { ok: true, value };
  const issues = options === void 0 ? check$DownloadDocumentResponse(value, ROOT, void 0, 0) : checkValue(check$DownloadDocumentResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDownloadDocumentResponse(value) {
  return acceptsBlob(value) || is$DownloadDocumentResponse(value, 0);
}
function validatePutNoteRequestBody(value, options) {
  const issues = options === void 0 ? check$PutNoteRequestBody(value, ROOT, void 0, 0) : checkValue(check$PutNoteRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutNoteRequestBody(value) {
  return is$PutNoteRequestBody(value, 0);
}
function validatePutNoteResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PutNoteResponse(value, ROOT, void 0, 0) : checkValue(check$PutNoteResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutNoteResponse(value) {
  return value === void 0 || is$PutNoteResponse(value, 0);
}
const schemas = {
  UploadDocumentRequestBody: /* @__PURE__ */ standardSchema(validateUploadDocumentRequestBody, jsonSchema$of("UploadDocumentRequestBody")),
  UploadDocumentResponse: /* @__PURE__ */ standardSchema(validateUploadDocumentResponse, jsonSchema$of("UploadDocumentResponse")),
  SearchDocumentsRequestBody: /* @__PURE__ */ standardSchema(validateSearchDocumentsRequestBody, jsonSchema$of("SearchDocumentsRequestBody")),
  SearchDocumentsResponse: /* @__PURE__ */ standardSchema(validateSearchDocumentsResponse, jsonSchema$of("SearchDocumentsResponse")),
  DownloadDocumentResponse: /* @__PURE__ */ standardSchema(validateDownloadDocumentResponse, jsonSchema$of("DownloadDocumentResponse")),
  PutNoteRequestBody: /* @__PURE__ */ standardSchema(validatePutNoteRequestBody, jsonSchema$of("PutNoteRequestBody")),
  PutNoteResponse: /* @__PURE__ */ standardSchema(validatePutNoteResponse, jsonSchema$of("PutNoteResponse"))
};
const issue$exact_type_632f07 = /* @__PURE__ */ fixedIssue(["exact"], "type", "must be a boolean");
const issue$file_required_d8d133 = /* @__PURE__ */ fixedIssue(["file"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$ids_required_42f7e6 = /* @__PURE__ */ fixedIssue(["ids"], "required", "is required");
const issue$ids_type_dd1ec3 = /* @__PURE__ */ fixedIssue(["ids"], "type", "must be an array");
const issue$limit_maximum_1b7bfa = /* @__PURE__ */ fixedIssue(["limit"], "maximum", "must be <= 100");
const issue$limit_type_662ede = /* @__PURE__ */ fixedIssue(["limit"], "type", "must be an integer");
const issue$maxLength_05bb51 = /* @__PURE__ */ fixedIssue([], "maxLength", "must be at most 20 characters long");
const issue$metadata_pages_minimum_20dede = /* @__PURE__ */ fixedIssue(["metadata", "pages"], "minimum", "must be >= 1");
const issue$metadata_pages_type_516c5e = /* @__PURE__ */ fixedIssue(["metadata", "pages"], "type", "must be an integer");
const issue$metadata_required_a1e739 = /* @__PURE__ */ fixedIssue(["metadata"], "required", "is required");
const issue$metadata_title_minLength_a819c6 = /* @__PURE__ */ fixedIssue(["metadata", "title"], "minLength", "must be at least 1 character long");
const issue$metadata_title_required_16346c = /* @__PURE__ */ fixedIssue(["metadata", "title"], "required", "is required");
const issue$metadata_title_type_162ed2 = /* @__PURE__ */ fixedIssue(["metadata", "title"], "type", "must be a string");
const issue$metadata_type_a80943 = /* @__PURE__ */ fixedIssue(["metadata"], "type", "must be an object");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$note_type_b2ea01 = /* @__PURE__ */ fixedIssue(["note"], "type", "must be a string");
const issue$range_from_type_6124b5 = /* @__PURE__ */ fixedIssue(["range", "from"], "type", "must be an integer");
const issue$range_to_type_41080e = /* @__PURE__ */ fixedIssue(["range", "to"], "type", "must be an integer");
const issue$range_type_72dfcd = /* @__PURE__ */ fixedIssue(["range"], "type", "must be an object");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$UploadDocumentRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "file") ? o1.file : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
  if (x3 === void 0) return false;
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const o4 = x3;
  const x5 = hasOwn.call(o4, "title") ? o4.title : void 0;
  if (x5 === void 0) return false;
  if (typeof x5 !== "string") return false;
  if (x5.length < 1) return false;
  const x6 = o4.pages;
  if (x6 !== void 0) {
    property7: {
      if (!Number.isInteger(x6)) {
        if (hasOwn.call(o4, "pages")) return false;
        break property7;
      }
      if (x6 < 1) {
        if (hasOwn.call(o4, "pages")) return false;
        break property7;
      }
    }
  }
  const x10 = o1.tags;
  if (x10 !== void 0) {
    property11: {
      if (!Array.isArray(x10)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property11;
      }
      const a12 = x10;
      for (let i13 = 0; i13 < a12.length; i13++) {
        const x14 = a12[i13];
        if (typeof x14 !== "string") {
          if (hasOwn.call(o1, "tags")) return false;
          break property11;
        }
      }
    }
  }
  const x15 = o1.note;
  if (x15 !== void 0) {
    if (typeof x15 !== "string" && hasOwn.call(o1, "note")) return false;
  }
  return true;
}
function check$UploadDocumentRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "file") ? o1.file : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$file_required_d8d133)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "metadata") ? o1.metadata : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$metadata_required_a1e739)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$metadata_type_a80943)).length >= issueLimit) return s;
      } else {
        const o4 = x3;
        const x5 = hasOwn.call(o4, "title") ? o4.title : void 0;
        if (x5 === void 0) {
          if ((s = reportFixed(s, p, issue$metadata_title_required_16346c)).length >= issueLimit) return s;
        }
        if (x5 !== void 0) {
          if (typeof x5 !== "string") {
            if ((s = reportFixed(s, p, issue$metadata_title_type_162ed2)).length >= issueLimit) return s;
          } else {
            if (x5.length < 1) {
              if ((s = reportFixed(s, p, issue$metadata_title_minLength_a819c6)).length >= issueLimit) return s;
            }
          }
        }
        const x6 = o4.pages;
        if (x6 !== void 0) {
          if (hasOwn.call(o4, "pages")) {
            if (!Number.isInteger(x6)) {
              if ((s = reportFixed(s, p, issue$metadata_pages_type_516c5e)).length >= issueLimit) return s;
            } else {
              if (x6 < 1) {
                if ((s = reportFixed(s, p, issue$metadata_pages_minimum_20dede)).length >= issueLimit) return s;
              }
            }
          }
        }
      }
    }
    const x9 = o1.tags;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a10 = x9;
          for (let i11 = 0; i11 < a10.length; i11++) {
            const x12 = a10[i11];
            if (typeof x12 !== "string") {
              if ((s = report(s, p, ["tags", i11], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x13 = o1.note;
    if (x13 !== void 0) {
      if (typeof x13 !== "string" && hasOwn.call(o1, "note")) {
        if ((s = reportFixed(s, p, issue$note_type_b2ea01)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UploadDocumentResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  return true;
}
function check$UploadDocumentResponse(v, p, s, d) {
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
  }
  return s;
}
function is$SearchDocumentsRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "ids") ? o1.ids : void 0;
  if (x2 === void 0) return false;
  if (!Array.isArray(x2)) return false;
  const a3 = x2;
  for (let i4 = 0; i4 < a3.length; i4++) {
    const x5 = a3[i4];
    if (!Number.isInteger(x5)) return false;
  }
  const x6 = o1.exact;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "exact")) return false;
  }
  const x8 = o1.limit;
  if (x8 !== void 0) {
    property9: {
      if (!Number.isInteger(x8)) {
        if (hasOwn.call(o1, "limit")) return false;
        break property9;
      }
      if (x8 > 100) {
        if (hasOwn.call(o1, "limit")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.range;
  if (x10 !== void 0) {
    property11: {
      if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
        if (hasOwn.call(o1, "range")) return false;
        break property11;
      }
      const o12 = x10;
      const x13 = o12.from;
      if (x13 !== void 0) {
        if (!Number.isInteger(x13) && hasOwn.call(o12, "from")) {
          if (hasOwn.call(o1, "range")) return false;
          break property11;
        }
      }
      const x15 = o12.to;
      if (x15 !== void 0) {
        if (!Number.isInteger(x15) && hasOwn.call(o12, "to")) {
          if (hasOwn.call(o1, "range")) return false;
          break property11;
        }
      }
    }
  }
  return true;
}
function check$SearchDocumentsRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "ids") ? o1.ids : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$ids_required_42f7e6)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Array.isArray(x2)) {
        if ((s = reportFixed(s, p, issue$ids_type_dd1ec3)).length >= issueLimit) return s;
      } else {
        const a3 = x2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const x5 = a3[i4];
          if (!Number.isInteger(x5)) {
            if ((s = report(s, p, ["ids", i4], "type", "must be an integer")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.exact;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "exact")) {
        if ((s = reportFixed(s, p, issue$exact_type_632f07)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.limit;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "limit")) {
        if (!Number.isInteger(x7)) {
          if ((s = reportFixed(s, p, issue$limit_type_662ede)).length >= issueLimit) return s;
        } else {
          if (x7 > 100) {
            if ((s = reportFixed(s, p, issue$limit_maximum_1b7bfa)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.range;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "range")) {
        if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
          if ((s = reportFixed(s, p, issue$range_type_72dfcd)).length >= issueLimit) return s;
        } else {
          const o9 = x8;
          const x10 = o9.from;
          if (x10 !== void 0) {
            if (!Number.isInteger(x10) && hasOwn.call(o9, "from")) {
              if ((s = reportFixed(s, p, issue$range_from_type_6124b5)).length >= issueLimit) return s;
            }
          }
          const x11 = o9.to;
          if (x11 !== void 0) {
            if (!Number.isInteger(x11) && hasOwn.call(o9, "to")) {
              if ((s = reportFixed(s, p, issue$range_to_type_41080e)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$SearchDocumentsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$SearchDocumentsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DownloadDocumentResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DownloadDocumentResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PutNoteRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  if (v.length > 20 && (v.length > 40 || codePointLength(v) > 20)) return false;
  return true;
}
function check$PutNoteRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  } else {
    if (v.length > 20 && (v.length > 40 || codePointLength(v) > 20)) {
      if ((s = reportFixed(s, p, issue$maxLength_05bb51)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PutNoteResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PutNoteResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  UploadDocumentRequestBody: {
    type: "object",
    properties: {
      file: true,
      metadata: {
        type: "object",
        properties: {
          title: { type: "string", minLength: 1 },
          pages: { type: "integer", minimum: 1 }
        },
        required: ["title"]
      },
      tags: { type: "array", items: { type: "string" } },
      note: { type: "string" }
    },
    required: ["file", "metadata"]
  },
  UploadDocumentResponse: { type: "object", properties: { id: { type: "string" } } },
  SearchDocumentsRequestBody: {
    type: "object",
    properties: {
      ids: { type: "array", items: { type: "integer" } },
      exact: { type: "boolean" },
      limit: { type: "integer", maximum: 100 },
      range: { type: "object", properties: { from: { type: "integer" }, to: { type: "integer" } } }
    },
    required: ["ids"]
  },
  SearchDocumentsResponse: false,
  DownloadDocumentResponse: null,
  PutNoteRequestBody: { type: "string", maxLength: 20 },
  PutNoteResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDownloadDocumentResponse,
  isPutNoteRequestBody,
  isPutNoteResponse,
  isSearchDocumentsRequestBody,
  isSearchDocumentsResponse,
  isUploadDocumentRequestBody,
  isUploadDocumentResponse,
  schemas,
  validateDownloadDocumentResponse,
  validatePutNoteRequestBody,
  validatePutNoteResponse,
  validateSearchDocumentsRequestBody,
  validateSearchDocumentsResponse,
  validateUploadDocumentRequestBody,
  validateUploadDocumentResponse
};
