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
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateCategory(value, options) {
  const issues = options === void 0 ? check$Category(value, ROOT, void 0, 0) : checkValue(check$Category, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCategory(value) {
  return is$Category(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateStatus(value, options) {
  const issues = options === void 0 ? check$Status(value, ROOT, void 0, 0) : checkValue(check$Status, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStatus(value) {
  return is$Status(value, 0);
}
function validateStatusWrapper(value, options) {
  const issues = options === void 0 ? check$StatusWrapper(value, ROOT, void 0, 0) : checkValue(check$StatusWrapper, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStatusWrapper(value) {
  return is$StatusWrapper(value, 0);
}
function validateTag(value, options) {
  const issues = options === void 0 ? check$Tag(value, ROOT, void 0, 0) : checkValue(check$Tag, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTag(value) {
  return is$Tag(value, 0);
}
function validateTagDeprecated(value, options) {
  const issues = options === void 0 ? check$TagDeprecated(value, ROOT, void 0, 0) : checkValue(check$TagDeprecated, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTagDeprecated(value) {
  return is$TagDeprecated(value, 0);
}
function validatePostAnythingRequestBody(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingRequestBody(value) {
  return is$Pet(value, 0);
}
function validatePostAnythingResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingResponse(value) {
  return is$PostAnythingResponse(value, 0);
}
const schemas = {
  Category: /* @__PURE__ */ standardSchema(validateCategory, jsonSchema$of("Category")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  Status: /* @__PURE__ */ standardSchema(validateStatus, jsonSchema$of("Status")),
  StatusWrapper: /* @__PURE__ */ standardSchema(validateStatusWrapper, jsonSchema$of("StatusWrapper")),
  Tag: /* @__PURE__ */ standardSchema(validateTag, jsonSchema$of("Tag")),
  TagDeprecated: /* @__PURE__ */ standardSchema(validateTagDeprecated, jsonSchema$of("TagDeprecated")),
  PostAnythingRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingRequestBody, jsonSchema$of("PostAnythingRequestBody")),
  PostAnythingResponse: /* @__PURE__ */ standardSchema(validatePostAnythingResponse, jsonSchema$of("PostAnythingResponse"))
};
const issue$anyOf_anyOf_08fa64 = /* @__PURE__ */ fixedIssue(["anyOf"], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$enum_9f60ca = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "available", "pending", "sold"');
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$photoUrls_required_8db35d = /* @__PURE__ */ fixedIssue(["photoUrls"], "required", "is required");
const issue$photoUrls_type_10d0ee = /* @__PURE__ */ fixedIssue(["photoUrls"], "type", "must be an array");
const issue$tags_alt_type_7feafa = /* @__PURE__ */ fixedIssue(["tags_alt"], "type", "must be an array");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Category(v, d) {
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
  return true;
}
function check$Category(v, p, s, d) {
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
  }
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.oneOf;
  if (x2 !== void 0) {
    property3: {
      let matches8 = 0;
      failed9: {
        if (!is$StatusWrapper(x2, d + 1)) break failed9;
        matches8++;
      }
      failed14: {
        if (!is$StatusWrapper(x2, d + 1)) break failed14;
        matches8++;
      }
      if (matches8 !== 1) {
        if (hasOwn.call(o1, "oneOf")) return false;
        break property3;
      }
    }
  }
  const x19 = o1.allOf;
  if (x19 !== void 0) {
    property20: {
      if (!is$StatusWrapper(x19, d + 1)) {
        if (hasOwn.call(o1, "allOf")) return false;
        break property20;
      }
      if (!is$StatusWrapper(x19, d + 1)) {
        if (hasOwn.call(o1, "allOf")) return false;
        break property20;
      }
    }
  }
  const x33 = o1.anyOf;
  if (x33 !== void 0) {
    property34: {
      passed39: {
        failed40: {
          if (!is$StatusWrapper(x33, d + 1)) break failed40;
          break passed39;
        }
        failed45: {
          if (!is$StatusWrapper(x33, d + 1)) break failed45;
          break passed39;
        }
        {
          if (hasOwn.call(o1, "anyOf")) return false;
          break property34;
        }
      }
    }
  }
  return true;
}
function check$$inline1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.oneOf;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "oneOf")) {
        let matches7 = 0;
        failed8: {
          if (!is$StatusWrapper(x2, d + 1)) break failed8;
          matches7++;
        }
        failed13: {
          if (!is$StatusWrapper(x2, d + 1)) break failed13;
          matches7++;
        }
        if (matches7 === 0) {
          if ((s = report(s, p, ["oneOf"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        } else if (matches7 > 1) {
          if ((s = report(s, p, ["oneOf"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        }
      }
    }
    const x18 = o1.allOf;
    if (x18 !== void 0) {
      if (hasOwn.call(o1, "allOf")) {
        if (!is$StatusWrapper(x18, d + 1)) {
          if (full(s = check$StatusWrapper(x18, below(p, ["allOf"]), s, d + 1))) return s;
        }
        if (!is$StatusWrapper(x18, d + 1)) {
          if (full(s = check$StatusWrapper(x18, below(p, ["allOf"]), s, d + 1))) return s;
        }
      }
    }
    const x31 = o1.anyOf;
    if (x31 !== void 0) {
      if (hasOwn.call(o1, "anyOf")) {
        passed36: {
          failed37: {
            if (!is$StatusWrapper(x31, d + 1)) break failed37;
            break passed36;
          }
          failed42: {
            if (!is$StatusWrapper(x31, d + 1)) break failed42;
            break passed36;
          }
          if ((s = reportFixed(s, p, issue$anyOf_anyOf_08fa64)).length >= issueLimit) return s;
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
  const x6 = o1.category;
  if (x6 !== void 0) {
    if (!is$Category(x6, d + 1) && hasOwn.call(o1, "category")) return false;
  }
  const x12 = o1.category_alt;
  if (x12 !== void 0) {
    if (!is$Category(x12, d + 1) && hasOwn.call(o1, "category_alt")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (!Array.isArray(x3)) return false;
  const a18 = x3;
  for (let i19 = 0; i19 < a18.length; i19++) {
    const x20 = a18[i19];
    if (typeof x20 !== "string") return false;
  }
  const x21 = o1.tags;
  if (x21 !== void 0) {
    property22: {
      if (!Array.isArray(x21)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property22;
      }
      const a23 = x21;
      for (let i24 = 0; i24 < a23.length; i24++) {
        const x25 = a23[i24];
        if (!is$Tag(x25, d + 1)) {
          if (hasOwn.call(o1, "tags")) return false;
          break property22;
        }
      }
    }
  }
  const x30 = o1.tags_alt;
  if (x30 !== void 0) {
    property31: {
      if (!Array.isArray(x30)) {
        if (hasOwn.call(o1, "tags_alt")) return false;
        break property31;
      }
      const a32 = x30;
      for (let i33 = 0; i33 < a32.length; i33++) {
        const x34 = a32[i33];
        if (!is$TagDeprecated(x34, d + 1)) {
          if (hasOwn.call(o1, "tags_alt")) return false;
          break property31;
        }
      }
    }
  }
  const x39 = o1.status;
  if (x39 !== void 0) {
    if (!is$Status(x39, d + 1) && hasOwn.call(o1, "status")) return false;
  }
  const x45 = o1.polymorphism;
  if (x45 !== void 0) {
    if (!is$$inline1(x45, d + 1) && hasOwn.call(o1, "polymorphism")) return false;
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
    const x5 = o1.category;
    if (x5 !== void 0) {
      if (!is$Category(x5, d + 1) && hasOwn.call(o1, "category")) {
        if (full(s = check$Category(x5, below(p, ["category"]), s, d + 1))) return s;
      }
    }
    const x6 = o1.category_alt;
    if (x6 !== void 0) {
      if (!is$Category(x6, d + 1) && hasOwn.call(o1, "category_alt")) {
        if (full(s = check$Category(x6, below(p, ["category_alt"]), s, d + 1))) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (!Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$photoUrls_type_10d0ee)).length >= issueLimit) return s;
      } else {
        const a7 = x3;
        for (let i8 = 0; i8 < a7.length; i8++) {
          const x9 = a7[i8];
          if (typeof x9 !== "string") {
            if ((s = report(s, p, ["photoUrls", i8], "type", "must be a string")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.tags;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x10)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a11 = x10;
          for (let i12 = 0; i12 < a11.length; i12++) {
            const x13 = a11[i12];
            if (!is$Tag(x13, d + 1)) {
              if (full(s = check$Tag(x13, below(p, ["tags", i12]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x14 = o1.tags_alt;
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "tags_alt")) {
        if (!Array.isArray(x14)) {
          if ((s = reportFixed(s, p, issue$tags_alt_type_7feafa)).length >= issueLimit) return s;
        } else {
          const a15 = x14;
          for (let i16 = 0; i16 < a15.length; i16++) {
            const x17 = a15[i16];
            if (!is$TagDeprecated(x17, d + 1)) {
              if (full(s = check$TagDeprecated(x17, below(p, ["tags_alt", i16]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x18 = o1.status;
    if (x18 !== void 0) {
      if (!is$Status(x18, d + 1) && hasOwn.call(o1, "status")) {
        if (full(s = check$Status(x18, below(p, ["status"]), s, d + 1))) return s;
      }
    }
    const x19 = o1.polymorphism;
    if (x19 !== void 0) {
      if (!is$$inline1(x19, d + 1) && hasOwn.call(o1, "polymorphism")) {
        if (full(s = check$$inline1(x19, below(p, ["polymorphism"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Status(v, d) {
  if (d > MAX_DEPTH) return false;
  if (v !== "available" && v !== "pending" && v !== "sold") return false;
  return true;
}
function check$Status(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (v !== "available" && v !== "pending" && v !== "sold") {
    if (typeof v !== "string") {
      if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
    } else {
      if (v !== "available" && v !== "pending" && v !== "sold") {
        if ((s = reportFixed(s, p, issue$enum_9f60ca)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$StatusWrapper(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.status;
  if (x2 !== void 0) {
    if (!is$Status(x2, d + 1) && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$StatusWrapper(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.status;
    if (x2 !== void 0) {
      if (!is$Status(x2, d + 1) && hasOwn.call(o1, "status")) {
        if (full(s = check$Status(x2, below(p, ["status"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Tag(v, d) {
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
  return true;
}
function check$Tag(v, p, s, d) {
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
  }
  return s;
}
function is$TagDeprecated(v, d) {
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
  return true;
}
function check$TagDeprecated(v, p, s, d) {
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
  }
  return s;
}
function is$PostAnythingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Pet(x3, d + 1)) return false;
  }
  return true;
}
function check$PostAnythingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Pet(x3, d + 1)) {
        if (full(s = check$Pet(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Category: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64", deprecated: true },
      name: { type: "string", deprecated: true }
    }
  },
  Pet: {
    type: "object",
    properties: {
      id: {
        description: "This `requestBody` schema property is marked as deprecated.\n\nhttps://github.com/OAI/OpenAPI-Specification/blob/main/versions/3.0.3.md#schema-object",
        type: "integer",
        format: "int64",
        default: 40,
        examples: [25],
        deprecated: true
      },
      category: { $ref: "#/$defs/Category" },
      category_alt: {
        $ref: "#/$defs/Category",
        description: "Though this loads a `$ref` to the `Category` schema, and that contains deprecated properties within itself, this `category_alt` parameter is also deprecated."
      },
      name: { type: "string", examples: ["doggie"], deprecated: true },
      photoUrls: {
        type: "array",
        items: { type: "string", examples: ["https://example.com/photo.png"], deprecated: true },
        deprecated: true
      },
      tags: { type: "array", items: { $ref: "#/$defs/Tag" }, deprecated: true },
      tags_alt: {
        description: "Unlike the `tags` parameter, this is **not** deprecated, but the contents within itself are.",
        type: "array",
        items: { $ref: "#/$defs/TagDeprecated" }
      },
      status: { $ref: "#/$defs/Status" },
      polymorphism: {
        type: "object",
        properties: {
          oneOf: {
            description: "This is a `oneOf` that's marked as deprecated.",
            oneOf: [{ $ref: "#/$defs/StatusWrapper" }, { $ref: "#/$defs/StatusWrapper" }],
            deprecated: true
          },
          allOf: {
            description: "This is a `allOf` that's marked as deprecated.",
            allOf: [{ $ref: "#/$defs/StatusWrapper" }, { $ref: "#/$defs/StatusWrapper" }],
            deprecated: true
          },
          anyOf: {
            description: "This is a `anyOf` that's marked as deprecated.",
            anyOf: [{ $ref: "#/$defs/StatusWrapper" }, { $ref: "#/$defs/StatusWrapper" }],
            deprecated: true
          }
        }
      }
    },
    required: ["name", "photoUrls"]
  },
  Status: {
    description: "pet status in the store",
    type: "string",
    enum: ["available", "pending", "sold"],
    deprecated: true
  },
  StatusWrapper: { type: "object", properties: { status: { $ref: "#/$defs/Status" } } },
  Tag: {
    type: "object",
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } }
  },
  TagDeprecated: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64", deprecated: true },
      name: { type: "string", deprecated: true }
    }
  }
};
const jsonSchema$roots = {
  Category: { $ref: "#/$defs/Category" },
  Pet: { $ref: "#/$defs/Pet" },
  Status: { $ref: "#/$defs/Status" },
  StatusWrapper: { $ref: "#/$defs/StatusWrapper" },
  Tag: { $ref: "#/$defs/Tag" },
  TagDeprecated: { $ref: "#/$defs/TagDeprecated" },
  PostAnythingRequestBody: { $ref: "#/$defs/Pet" },
  PostAnythingResponse: { type: "array", items: { $ref: "#/$defs/Pet" } }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isCategory,
  isPet,
  isPostAnythingRequestBody,
  isPostAnythingResponse,
  isStatus,
  isStatusWrapper,
  isTag,
  isTagDeprecated,
  schemas,
  validateCategory,
  validatePet,
  validatePostAnythingRequestBody,
  validatePostAnythingResponse,
  validateStatus,
  validateStatusWrapper,
  validateTag,
  validateTagDeprecated
};
