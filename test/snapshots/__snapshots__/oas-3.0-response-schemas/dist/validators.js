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
function validateNode(value, options) {
  const issues = options === void 0 ? check$Node(value, ROOT, void 0, 0) : checkValue(check$Node, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNode(value) {
  return is$Node(value, 0);
}
function validateObject(value, options) {
  const issues = options === void 0 ? check$Object(value, ROOT, void 0, 0) : checkValue(check$Object, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObject(value) {
  return is$Object(value, 0);
}
function validateObjectWritable(value, options) {
  const issues = options === void 0 ? check$ObjectWritable(value, ROOT, void 0, 0) : checkValue(check$ObjectWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectWritable(value) {
  return is$ObjectWritable(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateGetAnythingArrayOfObjectsResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingArrayOfObjectsResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingArrayOfObjectsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingArrayOfObjectsResponse(value) {
  return is$GetAnythingArrayOfObjectsResponse(value, 0);
}
function validateGetAnythingArrayOfPrimitivesResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingArrayOfPrimitivesResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingArrayOfPrimitivesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingArrayOfPrimitivesResponse(value) {
  return is$GetAnythingArrayOfPrimitivesResponse(value, 0);
}
function validateGetAnythingMarkdownResponse(value, options) {
  const issues = options === void 0 ? check$Object(value, ROOT, void 0, 0) : checkValue(check$Object, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingMarkdownResponse(value) {
  return is$Object(value, 0);
}
function validateGetAnythingObjectRequestBody(value, options) {
  const issues = options === void 0 ? check$ObjectWritable(value, ROOT, void 0, 0) : checkValue(check$ObjectWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingObjectRequestBody(value) {
  return is$ObjectWritable(value, 0);
}
function validateGetAnythingObjectResponse(value, options) {
  const issues = options === void 0 ? check$Object(value, ROOT, void 0, 0) : checkValue(check$Object, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingObjectResponse(value) {
  return is$Object(value, 0);
}
function validateGetAnythingPolymorphismResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingPolymorphismResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingPolymorphismResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingPolymorphismResponse(value) {
  return is$GetAnythingPolymorphismResponse(value, 0);
}
function validateGetAnythingRecursiveResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingRecursiveResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingRecursiveResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingRecursiveResponse(value) {
  return is$GetAnythingRecursiveResponse(value, 0);
}
function validateGetAnythingReturnsAsJsonButIsActuallyStringResponse(value, options) {
  const issues = options === void 0 ? check$GetAnythingReturnsAsJsonButIsActuallyStringResponse(value, ROOT, void 0, 0) : checkValue(check$GetAnythingReturnsAsJsonButIsActuallyStringResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAnythingReturnsAsJsonButIsActuallyStringResponse(value) {
  return is$GetAnythingReturnsAsJsonButIsActuallyStringResponse(value, 0);
}
function validateGetMultipleResponsesObjectResponse(value, options) {
  const issues = options === void 0 ? check$GetMultipleResponsesObjectResponse(value, ROOT, void 0, 0) : checkValue(check$GetMultipleResponsesObjectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetMultipleResponsesObjectResponse(value) {
  return is$GetMultipleResponsesObjectResponse(value, 0);
}
const schemas = {
  Node: /* @__PURE__ */ standardSchema(validateNode, jsonSchema$of("Node")),
  Object: /* @__PURE__ */ standardSchema(validateObject, jsonSchema$of("Object")),
  ObjectWritable: /* @__PURE__ */ standardSchema(validateObjectWritable, jsonSchema$of("ObjectWritable")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  GetAnythingArrayOfObjectsResponse: /* @__PURE__ */ standardSchema(validateGetAnythingArrayOfObjectsResponse, jsonSchema$of("GetAnythingArrayOfObjectsResponse")),
  GetAnythingArrayOfPrimitivesResponse: /* @__PURE__ */ standardSchema(validateGetAnythingArrayOfPrimitivesResponse, jsonSchema$of("GetAnythingArrayOfPrimitivesResponse")),
  GetAnythingMarkdownResponse: /* @__PURE__ */ standardSchema(validateGetAnythingMarkdownResponse, jsonSchema$of("GetAnythingMarkdownResponse")),
  GetAnythingObjectRequestBody: /* @__PURE__ */ standardSchema(validateGetAnythingObjectRequestBody, jsonSchema$of("GetAnythingObjectRequestBody")),
  GetAnythingObjectResponse: /* @__PURE__ */ standardSchema(validateGetAnythingObjectResponse, jsonSchema$of("GetAnythingObjectResponse")),
  GetAnythingPolymorphismResponse: /* @__PURE__ */ standardSchema(validateGetAnythingPolymorphismResponse, jsonSchema$of("GetAnythingPolymorphismResponse")),
  GetAnythingRecursiveResponse: /* @__PURE__ */ standardSchema(validateGetAnythingRecursiveResponse, jsonSchema$of("GetAnythingRecursiveResponse")),
  GetAnythingReturnsAsJsonButIsActuallyStringResponse: /* @__PURE__ */ standardSchema(validateGetAnythingReturnsAsJsonButIsActuallyStringResponse, jsonSchema$of("GetAnythingReturnsAsJsonButIsActuallyStringResponse")),
  GetMultipleResponsesObjectResponse: /* @__PURE__ */ standardSchema(validateGetMultipleResponsesObjectResponse, jsonSchema$of("GetMultipleResponsesObjectResponse"))
};
const issue$array_type_0c50f9 = /* @__PURE__ */ fixedIssue(["array"], "type", "must be an array");
const issue$children_type_6a618e = /* @__PURE__ */ fixedIssue(["children"], "type", "must be an array");
const issue$format_4efb87 = /* @__PURE__ */ fixedIssue([], "format", "must be a valid uuid");
const issue$hello_type_e395ef = /* @__PURE__ */ fixedIssue(["hello"], "type", "must be a string");
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$name10_type_ebd9c6 = /* @__PURE__ */ fixedIssue(["name10"], "type", "must be a string");
const issue$name11_type_23fbf4 = /* @__PURE__ */ fixedIssue(["name11"], "type", "must be a string");
const issue$name12_type_8647f2 = /* @__PURE__ */ fixedIssue(["name12"], "type", "must be a string");
const issue$name13_type_8fcecd = /* @__PURE__ */ fixedIssue(["name13"], "type", "must be a string");
const issue$name14_type_66f9c2 = /* @__PURE__ */ fixedIssue(["name14"], "type", "must be a string");
const issue$name15_type_1320c1 = /* @__PURE__ */ fixedIssue(["name15"], "type", "must be a string");
const issue$name16_type_50db87 = /* @__PURE__ */ fixedIssue(["name16"], "type", "must be a string");
const issue$name17_type_e5ce07 = /* @__PURE__ */ fixedIssue(["name17"], "type", "must be a string");
const issue$name18_type_851845 = /* @__PURE__ */ fixedIssue(["name18"], "type", "must be a string");
const issue$name19_type_80dd67 = /* @__PURE__ */ fixedIssue(["name19"], "type", "must be a string");
const issue$name2_type_bcd15e = /* @__PURE__ */ fixedIssue(["name2"], "type", "must be a string");
const issue$name3_type_af0776 = /* @__PURE__ */ fixedIssue(["name3"], "type", "must be a string");
const issue$name4_type_9e1a59 = /* @__PURE__ */ fixedIssue(["name4"], "type", "must be a string");
const issue$name5_type_7fd407 = /* @__PURE__ */ fixedIssue(["name5"], "type", "must be a string");
const issue$name6_type_0514cc = /* @__PURE__ */ fixedIssue(["name6"], "type", "must be a string");
const issue$name7_type_fc961d = /* @__PURE__ */ fixedIssue(["name7"], "type", "must be a string");
const issue$name8_type_d87c6f = /* @__PURE__ */ fixedIssue(["name8"], "type", "must be a string");
const issue$name9_type_ac7926 = /* @__PURE__ */ fixedIssue(["name9"], "type", "must be a string");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$object_primitive_type_432044 = /* @__PURE__ */ fixedIssue(["object", "primitive"], "type", "must be a boolean");
const issue$object_type_b6aad8 = /* @__PURE__ */ fixedIssue(["object"], "type", "must be an object");
const issue$pets_type_667f36 = /* @__PURE__ */ fixedIssue(["pets"], "type", "must be an array");
const issue$photoUrls_required_8db35d = /* @__PURE__ */ fixedIssue(["photoUrls"], "required", "is required");
const issue$photoUrls_type_10d0ee = /* @__PURE__ */ fixedIssue(["photoUrls"], "type", "must be an array");
const issue$primitive_type_9a4c78 = /* @__PURE__ */ fixedIssue(["primitive"], "type", "must be a string");
const issue$read_only_readOnly_1ec8ff = /* @__PURE__ */ fixedIssue(["read-only"], "readOnly", "is read-only: it must not be sent in a request");
const issue$read_only_type_e1cafc = /* @__PURE__ */ fixedIssue(["read-only"], "type", "must be a string");
const issue$status_enum_5db649 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "available", "pending", "sold"');
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$there_type_8fe312 = /* @__PURE__ */ fixedIssue(["there"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$write_only_type_31ddc8 = /* @__PURE__ */ fixedIssue(["write-only"], "type", "must be a string");
const issue$write_only_writeOnly_6f69ce = /* @__PURE__ */ fixedIssue(["write-only"], "writeOnly", "is write-only: it must not appear in a response");
function is$Node(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.children;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "children")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (!is$Node(x6, d + 1)) {
          if (hasOwn.call(o1, "children")) return false;
          break property3;
        }
      }
    }
  }
  return true;
}
function check$Node(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.children;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "children")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$children_type_6a618e)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (!is$Node(x5, d + 1)) {
              if (full(s = check$Node(x5, below(p, ["children", i4]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$Object(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.primitive;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) return false;
  }
  const x4 = o1["read-only"];
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "read-only")) return false;
  }
  if (o1["write-only"] !== void 0 && hasOwn.call(o1, "write-only")) return false;
  const x6 = o1.object;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "object")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.primitive;
      if (x9 !== void 0) {
        if (typeof x9 !== "boolean" && hasOwn.call(o8, "primitive")) {
          if (hasOwn.call(o1, "object")) return false;
          break property7;
        }
      }
    }
  }
  const x13 = o1.array;
  if (x13 !== void 0) {
    property14: {
      if (!Array.isArray(x13)) {
        if (hasOwn.call(o1, "array")) return false;
        break property14;
      }
      const a15 = x13;
      for (let i16 = 0; i16 < a15.length; i16++) {
        const x17 = a15[i16];
        if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
          if (hasOwn.call(o1, "array")) return false;
          break property14;
        }
        const o18 = x17;
        const x19 = o18.primitive;
        if (x19 !== void 0) {
          if (typeof x19 !== "boolean" && hasOwn.call(o18, "primitive")) {
            if (hasOwn.call(o1, "array")) return false;
            break property14;
          }
        }
      }
    }
  }
  const x23 = o1.pets;
  if (x23 !== void 0) {
    property24: {
      if (!Array.isArray(x23)) {
        if (hasOwn.call(o1, "pets")) return false;
        break property24;
      }
      const a25 = x23;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const x27 = a25[i26];
        if (!is$Pet(x27, d + 1)) {
          if (hasOwn.call(o1, "pets")) return false;
          break property24;
        }
      }
    }
  }
  return true;
}
function check$Object(v, p, s, d) {
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
    const x3 = o1["read-only"];
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "read-only")) {
        if ((s = reportFixed(s, p, issue$read_only_type_e1cafc)).length >= issueLimit) return s;
      }
    }
    if (o1["write-only"] !== void 0 && hasOwn.call(o1, "write-only")) {
      if ((s = reportFixed(s, p, issue$write_only_writeOnly_6f69ce)).length >= issueLimit) return s;
    }
    const x4 = o1.object;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = o5.primitive;
          if (x6 !== void 0) {
            if (typeof x6 !== "boolean" && hasOwn.call(o5, "primitive")) {
              if ((s = reportFixed(s, p, issue$object_primitive_type_432044)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x9 = o1.array;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a10 = x9;
          for (let i11 = 0; i11 < a10.length; i11++) {
            const x12 = a10[i11];
            if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) {
              if ((s = report(s, p, ["array", i11], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o13 = x12;
              const x14 = o13.primitive;
              if (x14 !== void 0) {
                if (typeof x14 !== "boolean" && hasOwn.call(o13, "primitive")) {
                  if ((s = report(s, p, ["array", i11, "primitive"], "type", "must be a boolean")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x17 = o1.pets;
    if (x17 !== void 0) {
      if (hasOwn.call(o1, "pets")) {
        if (!Array.isArray(x17)) {
          if ((s = reportFixed(s, p, issue$pets_type_667f36)).length >= issueLimit) return s;
        } else {
          const a18 = x17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const x20 = a18[i19];
            if (!is$Pet(x20, d + 1)) {
              if (full(s = check$Pet(x20, below(p, ["pets", i19]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ObjectWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.primitive;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) return false;
  }
  if (o1["read-only"] !== void 0 && hasOwn.call(o1, "read-only")) return false;
  const x4 = o1["write-only"];
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "write-only")) return false;
  }
  const x6 = o1.object;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
        if (hasOwn.call(o1, "object")) return false;
        break property7;
      }
      const o8 = x6;
      const x9 = o8.primitive;
      if (x9 !== void 0) {
        if (typeof x9 !== "boolean" && hasOwn.call(o8, "primitive")) {
          if (hasOwn.call(o1, "object")) return false;
          break property7;
        }
      }
    }
  }
  const x13 = o1.array;
  if (x13 !== void 0) {
    property14: {
      if (!Array.isArray(x13)) {
        if (hasOwn.call(o1, "array")) return false;
        break property14;
      }
      const a15 = x13;
      for (let i16 = 0; i16 < a15.length; i16++) {
        const x17 = a15[i16];
        if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
          if (hasOwn.call(o1, "array")) return false;
          break property14;
        }
        const o18 = x17;
        const x19 = o18.primitive;
        if (x19 !== void 0) {
          if (typeof x19 !== "boolean" && hasOwn.call(o18, "primitive")) {
            if (hasOwn.call(o1, "array")) return false;
            break property14;
          }
        }
      }
    }
  }
  const x23 = o1.pets;
  if (x23 !== void 0) {
    property24: {
      if (!Array.isArray(x23)) {
        if (hasOwn.call(o1, "pets")) return false;
        break property24;
      }
      const a25 = x23;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const x27 = a25[i26];
        if (!is$Pet(x27, d + 1)) {
          if (hasOwn.call(o1, "pets")) return false;
          break property24;
        }
      }
    }
  }
  return true;
}
function check$ObjectWritable(v, p, s, d) {
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
    if (o1["read-only"] !== void 0 && hasOwn.call(o1, "read-only")) {
      if ((s = reportFixed(s, p, issue$read_only_readOnly_1ec8ff)).length >= issueLimit) return s;
    }
    const x3 = o1["write-only"];
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "write-only")) {
        if ((s = reportFixed(s, p, issue$write_only_type_31ddc8)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.object;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = o5.primitive;
          if (x6 !== void 0) {
            if (typeof x6 !== "boolean" && hasOwn.call(o5, "primitive")) {
              if ((s = reportFixed(s, p, issue$object_primitive_type_432044)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x9 = o1.array;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a10 = x9;
          for (let i11 = 0; i11 < a10.length; i11++) {
            const x12 = a10[i11];
            if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) {
              if ((s = report(s, p, ["array", i11], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o13 = x12;
              const x14 = o13.primitive;
              if (x14 !== void 0) {
                if (typeof x14 !== "boolean" && hasOwn.call(o13, "primitive")) {
                  if ((s = report(s, p, ["array", i11, "primitive"], "type", "must be a boolean")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x17 = o1.pets;
    if (x17 !== void 0) {
      if (hasOwn.call(o1, "pets")) {
        if (!Array.isArray(x17)) {
          if ((s = reportFixed(s, p, issue$pets_type_667f36)).length >= issueLimit) return s;
        } else {
          const a18 = x17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const x20 = a18[i19];
            if (!is$Pet(x20, d + 1)) {
              if (full(s = check$Pet(x20, below(p, ["pets", i19]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
  if (x3 === void 0) return false;
  const x4 = o1.id;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isInteger(x4)) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
      if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
    }
  }
  if (typeof x2 !== "string") return false;
  const x6 = o1.name2;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "name2")) return false;
  }
  const x8 = o1.name3;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "name3")) return false;
  }
  const x10 = o1.name4;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "name4")) return false;
  }
  const x12 = o1.name5;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "name5")) return false;
  }
  const x14 = o1.name6;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "name6")) return false;
  }
  const x16 = o1.name7;
  if (x16 !== void 0) {
    if (typeof x16 !== "string" && hasOwn.call(o1, "name7")) return false;
  }
  const x18 = o1.name8;
  if (x18 !== void 0) {
    if (typeof x18 !== "string" && hasOwn.call(o1, "name8")) return false;
  }
  const x20 = o1.name9;
  if (x20 !== void 0) {
    if (typeof x20 !== "string" && hasOwn.call(o1, "name9")) return false;
  }
  const x22 = o1.name10;
  if (x22 !== void 0) {
    if (typeof x22 !== "string" && hasOwn.call(o1, "name10")) return false;
  }
  const x24 = o1.name11;
  if (x24 !== void 0) {
    if (typeof x24 !== "string" && hasOwn.call(o1, "name11")) return false;
  }
  const x26 = o1.name12;
  if (x26 !== void 0) {
    if (typeof x26 !== "string" && hasOwn.call(o1, "name12")) return false;
  }
  const x28 = o1.name13;
  if (x28 !== void 0) {
    if (typeof x28 !== "string" && hasOwn.call(o1, "name13")) return false;
  }
  const x30 = o1.name14;
  if (x30 !== void 0) {
    if (typeof x30 !== "string" && hasOwn.call(o1, "name14")) return false;
  }
  const x32 = o1.name15;
  if (x32 !== void 0) {
    if (typeof x32 !== "string" && hasOwn.call(o1, "name15")) return false;
  }
  const x34 = o1.name16;
  if (x34 !== void 0) {
    if (typeof x34 !== "string" && hasOwn.call(o1, "name16")) return false;
  }
  const x36 = o1.name17;
  if (x36 !== void 0) {
    if (typeof x36 !== "string" && hasOwn.call(o1, "name17")) return false;
  }
  const x38 = o1.name18;
  if (x38 !== void 0) {
    if (typeof x38 !== "string" && hasOwn.call(o1, "name18")) return false;
  }
  const x40 = o1.name19;
  if (x40 !== void 0) {
    if (typeof x40 !== "string" && hasOwn.call(o1, "name19")) return false;
  }
  if (!Array.isArray(x3)) return false;
  const a42 = x3;
  for (let i43 = 0; i43 < a42.length; i43++) {
    const x44 = a42[i43];
    if (typeof x44 !== "string") return false;
  }
  const x45 = o1.status;
  if (x45 !== void 0) {
    if (x45 !== "available" && x45 !== "pending" && x45 !== "sold" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$photoUrls_required_8db35d)).length >= issueLimit) return s;
    }
    const x4 = o1.id;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x4)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    const x5 = o1.name2;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "name2")) {
        if ((s = reportFixed(s, p, issue$name2_type_bcd15e)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.name3;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "name3")) {
        if ((s = reportFixed(s, p, issue$name3_type_af0776)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.name4;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "name4")) {
        if ((s = reportFixed(s, p, issue$name4_type_9e1a59)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.name5;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "name5")) {
        if ((s = reportFixed(s, p, issue$name5_type_7fd407)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.name6;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, "name6")) {
        if ((s = reportFixed(s, p, issue$name6_type_0514cc)).length >= issueLimit) return s;
      }
    }
    const x10 = o1.name7;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o1, "name7")) {
        if ((s = reportFixed(s, p, issue$name7_type_fc961d)).length >= issueLimit) return s;
      }
    }
    const x11 = o1.name8;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o1, "name8")) {
        if ((s = reportFixed(s, p, issue$name8_type_d87c6f)).length >= issueLimit) return s;
      }
    }
    const x12 = o1.name9;
    if (x12 !== void 0) {
      if (typeof x12 !== "string" && hasOwn.call(o1, "name9")) {
        if ((s = reportFixed(s, p, issue$name9_type_ac7926)).length >= issueLimit) return s;
      }
    }
    const x13 = o1.name10;
    if (x13 !== void 0) {
      if (typeof x13 !== "string" && hasOwn.call(o1, "name10")) {
        if ((s = reportFixed(s, p, issue$name10_type_ebd9c6)).length >= issueLimit) return s;
      }
    }
    const x14 = o1.name11;
    if (x14 !== void 0) {
      if (typeof x14 !== "string" && hasOwn.call(o1, "name11")) {
        if ((s = reportFixed(s, p, issue$name11_type_23fbf4)).length >= issueLimit) return s;
      }
    }
    const x15 = o1.name12;
    if (x15 !== void 0) {
      if (typeof x15 !== "string" && hasOwn.call(o1, "name12")) {
        if ((s = reportFixed(s, p, issue$name12_type_8647f2)).length >= issueLimit) return s;
      }
    }
    const x16 = o1.name13;
    if (x16 !== void 0) {
      if (typeof x16 !== "string" && hasOwn.call(o1, "name13")) {
        if ((s = reportFixed(s, p, issue$name13_type_8fcecd)).length >= issueLimit) return s;
      }
    }
    const x17 = o1.name14;
    if (x17 !== void 0) {
      if (typeof x17 !== "string" && hasOwn.call(o1, "name14")) {
        if ((s = reportFixed(s, p, issue$name14_type_66f9c2)).length >= issueLimit) return s;
      }
    }
    const x18 = o1.name15;
    if (x18 !== void 0) {
      if (typeof x18 !== "string" && hasOwn.call(o1, "name15")) {
        if ((s = reportFixed(s, p, issue$name15_type_1320c1)).length >= issueLimit) return s;
      }
    }
    const x19 = o1.name16;
    if (x19 !== void 0) {
      if (typeof x19 !== "string" && hasOwn.call(o1, "name16")) {
        if ((s = reportFixed(s, p, issue$name16_type_50db87)).length >= issueLimit) return s;
      }
    }
    const x20 = o1.name17;
    if (x20 !== void 0) {
      if (typeof x20 !== "string" && hasOwn.call(o1, "name17")) {
        if ((s = reportFixed(s, p, issue$name17_type_e5ce07)).length >= issueLimit) return s;
      }
    }
    const x21 = o1.name18;
    if (x21 !== void 0) {
      if (typeof x21 !== "string" && hasOwn.call(o1, "name18")) {
        if ((s = reportFixed(s, p, issue$name18_type_851845)).length >= issueLimit) return s;
      }
    }
    const x22 = o1.name19;
    if (x22 !== void 0) {
      if (typeof x22 !== "string" && hasOwn.call(o1, "name19")) {
        if ((s = reportFixed(s, p, issue$name19_type_80dd67)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0) {
      if (!Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$photoUrls_type_10d0ee)).length >= issueLimit) return s;
      } else {
        const a23 = x3;
        for (let i24 = 0; i24 < a23.length; i24++) {
          const x25 = a23[i24];
          if (typeof x25 !== "string") {
            if ((s = report(s, p, ["photoUrls", i24], "type", "must be a string")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x26 = o1.status;
    if (x26 !== void 0) {
      if (x26 !== "available" && x26 !== "pending" && x26 !== "sold" && hasOwn.call(o1, "status")) {
        if (typeof x26 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x26 !== "available" && x26 !== "pending" && x26 !== "sold") {
            if ((s = reportFixed(s, p, issue$status_enum_5db649)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$GetAnythingArrayOfObjectsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Object(x3, d + 1)) return false;
  }
  return true;
}
function check$GetAnythingArrayOfObjectsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Object(x3, d + 1)) {
        if (full(s = check$Object(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetAnythingArrayOfPrimitivesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$GetAnythingArrayOfPrimitivesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (typeof x3 !== "string") {
        if ((s = report(s, p, [i2], "type", "must be a string")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GetAnythingPolymorphismResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    if (typeof v !== "string") break failed6;
    matches5++;
  }
  failed7: {
    if (!is$Pet(v, d + 1)) break failed7;
    matches5++;
  }
  failed12: {
    if (typeof v !== "string") break failed12;
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$GetAnythingPolymorphismResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    if (typeof v !== "string") break failed6;
    matches5++;
  }
  failed7: {
    if (!is$Pet(v, d + 1)) break failed7;
    matches5++;
  }
  failed12: {
    if (typeof v !== "string") break failed12;
    matches5++;
  }
  if (matches5 === 0) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetAnythingRecursiveResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Node(x3, d + 1)) return false;
  }
  return true;
}
function check$GetAnythingRecursiveResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Node(x3, d + 1)) {
        if (full(s = check$Node(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetAnythingReturnsAsJsonButIsActuallyStringResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  if (!formats.isUuid(v)) return false;
  return true;
}
function check$GetAnythingReturnsAsJsonButIsActuallyStringResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  } else {
    if (!formats.isUuid(v)) {
      if ((s = reportFixed(s, p, issue$format_4efb87)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$GetMultipleResponsesObjectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.hello;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "hello")) return false;
  }
  const x4 = o1.there;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "there")) return false;
  }
  return true;
}
function check$GetMultipleResponsesObjectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.hello;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "hello")) {
        if ((s = reportFixed(s, p, issue$hello_type_e395ef)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.there;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "there")) {
        if ((s = reportFixed(s, p, issue$there_type_8fe312)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Node: {
    type: "object",
    properties: { children: { type: "array", items: { $ref: "#/$defs/Node" } } }
  },
  Object: {
    type: "object",
    properties: {
      primitive: { title: "primitive title", type: "string" },
      "read-only": { type: "string", readOnly: true },
      "write-only": false,
      object: { type: "object", properties: { primitive: { type: "boolean" } } },
      array: {
        type: "array",
        items: { type: "object", properties: { primitive: { type: "boolean" } } }
      },
      pets: { type: "array", items: { $ref: "#/$defs/Pet" } }
    }
  },
  ObjectWritable: {
    type: "object",
    properties: {
      primitive: { title: "primitive title", type: "string" },
      "read-only": false,
      "write-only": { type: "string", writeOnly: true },
      object: { type: "object", properties: { primitive: { type: "boolean" } } },
      array: {
        type: "array",
        items: { type: "object", properties: { primitive: { type: "boolean" } } }
      },
      pets: { type: "array", items: { $ref: "#/$defs/Pet" } }
    }
  },
  Pet: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64" },
      name: { type: "string", examples: ["doggie"] },
      name2: { type: "string", examples: ["doggie"] },
      name3: { type: "string", examples: ["doggie"] },
      name4: { type: "string", examples: ["doggie"] },
      name5: { type: "string", examples: ["doggie"] },
      name6: { type: "string", examples: ["doggie"] },
      name7: { type: "string", examples: ["doggie"] },
      name8: { type: "string", examples: ["doggie"] },
      name9: { type: "string", examples: ["doggie"] },
      name10: { type: "string", examples: ["doggie"] },
      name11: { type: "string", examples: ["doggie"] },
      name12: { type: "string", examples: ["doggie"] },
      name13: { type: "string", examples: ["doggie"] },
      name14: { type: "string", examples: ["doggie"] },
      name15: { type: "string", examples: ["doggie"] },
      name16: { type: "string", examples: ["doggie"] },
      name17: { type: "string", examples: ["doggie"] },
      name18: { type: "string", examples: ["doggie"] },
      name19: { type: "string", examples: ["doggie"] },
      photoUrls: { type: "array", items: { type: "string" } },
      status: {
        description: "pet status in the store",
        type: "string",
        enum: ["available", "pending", "sold"]
      }
    },
    required: ["name", "photoUrls"]
  }
};
const jsonSchema$roots = {
  Node: { $ref: "#/$defs/Node" },
  Object: { $ref: "#/$defs/Object" },
  ObjectWritable: { $ref: "#/$defs/ObjectWritable" },
  Pet: { $ref: "#/$defs/Pet" },
  GetAnythingArrayOfObjectsResponse: { type: "array", items: { $ref: "#/$defs/Object" } },
  GetAnythingArrayOfPrimitivesResponse: { type: "array", items: { type: "string" } },
  GetAnythingMarkdownResponse: { $ref: "#/$defs/Object" },
  GetAnythingObjectRequestBody: { $ref: "#/$defs/ObjectWritable" },
  GetAnythingObjectResponse: { $ref: "#/$defs/Object" },
  GetAnythingPolymorphismResponse: {
    oneOf: [{ title: "first object", type: "string" }, { $ref: "#/$defs/Pet" }, { type: "string" }]
  },
  GetAnythingRecursiveResponse: { type: "array", items: { $ref: "#/$defs/Node" } },
  GetAnythingReturnsAsJsonButIsActuallyStringResponse: { type: "string", format: "uuid" },
  GetMultipleResponsesObjectResponse: {
    type: "object",
    properties: { hello: { type: "string" }, there: { type: "string" } }
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetAnythingArrayOfObjectsResponse,
  isGetAnythingArrayOfPrimitivesResponse,
  isGetAnythingMarkdownResponse,
  isGetAnythingObjectRequestBody,
  isGetAnythingObjectResponse,
  isGetAnythingPolymorphismResponse,
  isGetAnythingRecursiveResponse,
  isGetAnythingReturnsAsJsonButIsActuallyStringResponse,
  isGetMultipleResponsesObjectResponse,
  isNode,
  isObject,
  isObjectWritable,
  isPet,
  schemas,
  validateGetAnythingArrayOfObjectsResponse,
  validateGetAnythingArrayOfPrimitivesResponse,
  validateGetAnythingMarkdownResponse,
  validateGetAnythingObjectRequestBody,
  validateGetAnythingObjectResponse,
  validateGetAnythingPolymorphismResponse,
  validateGetAnythingRecursiveResponse,
  validateGetAnythingReturnsAsJsonButIsActuallyStringResponse,
  validateGetMultipleResponsesObjectResponse,
  validateNode,
  validateObject,
  validateObjectWritable,
  validatePet
};
