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
function validateArrayOfFlatObjects(value, options) {
  const issues = options === void 0 ? check$ArrayOfFlatObjects(value, ROOT, void 0, 0) : checkValue(check$ArrayOfFlatObjects, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayOfFlatObjects(value) {
  return is$ArrayOfFlatObjects(value, 0);
}
function validateArrayOfObjectsOfObjectsAndArrays(value, options) {
  const issues = options === void 0 ? check$ArrayOfObjectsOfObjectsAndArrays(value, ROOT, void 0, 0) : checkValue(check$ArrayOfObjectsOfObjectsAndArrays, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayOfObjectsOfObjectsAndArrays(value) {
  return is$ArrayOfObjectsOfObjectsAndArrays(value, 0);
}
function validateArrayOfPrimitives(value, options) {
  const issues = options === void 0 ? check$ArrayOfPrimitives(value, ROOT, void 0, 0) : checkValue(check$ArrayOfPrimitives, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayOfPrimitives(value) {
  return is$ArrayOfPrimitives(value, 0);
}
function validateFlatObject(value, options) {
  const issues = options === void 0 ? check$FlatObject(value, ROOT, void 0, 0) : checkValue(check$FlatObject, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFlatObject(value) {
  return is$FlatObject(value, 0);
}
function validateMultischemaOfEverything(value, options) {
  const issues = options === void 0 ? check$MultischemaOfEverything(value, ROOT, void 0, 0) : checkValue(check$MultischemaOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMultischemaOfEverything(value) {
  return is$MultischemaOfEverything(value, 0);
}
function validateObjectOfAdditionalPropertiesObjectPolymorphism(value, options) {
  const issues = options === void 0 ? check$ObjectOfAdditionalPropertiesObjectPolymorphism(value, ROOT, void 0, 0) : checkValue(check$ObjectOfAdditionalPropertiesObjectPolymorphism, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectOfAdditionalPropertiesObjectPolymorphism(value) {
  return is$ObjectOfAdditionalPropertiesObjectPolymorphism(value, 0);
}
function validateObjectOfEverything(value, options) {
  const issues = options === void 0 ? check$ObjectOfEverything(value, ROOT, void 0, 0) : checkValue(check$ObjectOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectOfEverything(value) {
  return is$ObjectOfEverything(value, 0);
}
function validateObjectOfObjectsAndArrays(value, options) {
  const issues = options === void 0 ? check$ObjectOfObjectsAndArrays(value, ROOT, void 0, 0) : checkValue(check$ObjectOfObjectsAndArrays, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectOfObjectsAndArrays(value) {
  return is$ObjectOfObjectsAndArrays(value, 0);
}
function validateObjectWithArray(value, options) {
  const issues = options === void 0 ? check$ObjectWithArray(value, ROOT, void 0, 0) : checkValue(check$ObjectWithArray, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectWithArray(value) {
  return is$ObjectWithArray(value, 0);
}
function validatePutAnythingTopLevelArrayRequestBody(value, options) {
  const issues = options === void 0 ? check$PutAnythingTopLevelArrayRequestBody(value, ROOT, void 0, 0) : checkValue(check$PutAnythingTopLevelArrayRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingTopLevelArrayRequestBody(value) {
  return is$PutAnythingTopLevelArrayRequestBody(value, 0);
}
function validatePutAnythingTopLevelArrayResponse(value, options) {
  const issues = options === void 0 ? check$PutAnythingTopLevelArrayResponse(value, ROOT, void 0, 0) : checkValue(check$PutAnythingTopLevelArrayResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutAnythingTopLevelArrayResponse(value) {
  return is$PutAnythingTopLevelArrayResponse(value, 0);
}
function validatePostAnythingTopLevelArrayRequestBody(value, options) {
  const issues = options === void 0 ? check$ArrayOfFlatObjects(value, ROOT, void 0, 0) : checkValue(check$ArrayOfFlatObjects, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingTopLevelArrayRequestBody(value) {
  return is$ArrayOfFlatObjects(value, 0);
}
function validatePostAnythingTopLevelArrayResponse(value, options) {
  const issues = options === void 0 ? check$ArrayOfFlatObjects(value, ROOT, void 0, 0) : checkValue(check$ArrayOfFlatObjects, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingTopLevelArrayResponse(value) {
  return is$ArrayOfFlatObjects(value, 0);
}
function validatePostAnythingTopLevelObjectSimpleRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingTopLevelObjectSimpleRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingTopLevelObjectSimpleRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingTopLevelObjectSimpleRequestBody(value) {
  return is$PostAnythingTopLevelObjectSimpleRequestBody(value, 0);
}
function validatePostAnythingTopLevelObjectSimpleResponse(value, options) {
  const issues = options === void 0 ? check$PostAnythingTopLevelObjectSimpleResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingTopLevelObjectSimpleResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingTopLevelObjectSimpleResponse(value) {
  return is$PostAnythingTopLevelObjectSimpleResponse(value, 0);
}
function validatePostMultischemaOfEverythingRequestBody(value, options) {
  const issues = options === void 0 ? check$MultischemaOfEverything(value, ROOT, void 0, 0) : checkValue(check$MultischemaOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultischemaOfEverythingRequestBody(value) {
  return is$MultischemaOfEverything(value, 0);
}
function validatePostMultischemaOfEverythingResponse(value, options) {
  const issues = options === void 0 ? check$MultischemaOfEverything(value, ROOT, void 0, 0) : checkValue(check$MultischemaOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostMultischemaOfEverythingResponse(value) {
  return is$MultischemaOfEverything(value, 0);
}
function validatePostTopLevelObjectOfEverythingRequestBody(value, options) {
  const issues = options === void 0 ? check$ObjectOfEverything(value, ROOT, void 0, 0) : checkValue(check$ObjectOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostTopLevelObjectOfEverythingRequestBody(value) {
  return is$ObjectOfEverything(value, 0);
}
function validatePostTopLevelObjectOfEverythingResponse(value, options) {
  const issues = options === void 0 ? check$ObjectOfEverything(value, ROOT, void 0, 0) : checkValue(check$ObjectOfEverything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostTopLevelObjectOfEverythingResponse(value) {
  return is$ObjectOfEverything(value, 0);
}
const schemas = {
  ArrayOfFlatObjects: /* @__PURE__ */ standardSchema(validateArrayOfFlatObjects, jsonSchema$of("ArrayOfFlatObjects")),
  ArrayOfObjectsOfObjectsAndArrays: /* @__PURE__ */ standardSchema(validateArrayOfObjectsOfObjectsAndArrays, jsonSchema$of("ArrayOfObjectsOfObjectsAndArrays")),
  ArrayOfPrimitives: /* @__PURE__ */ standardSchema(validateArrayOfPrimitives, jsonSchema$of("ArrayOfPrimitives")),
  FlatObject: /* @__PURE__ */ standardSchema(validateFlatObject, jsonSchema$of("FlatObject")),
  MultischemaOfEverything: /* @__PURE__ */ standardSchema(validateMultischemaOfEverything, jsonSchema$of("MultischemaOfEverything")),
  ObjectOfAdditionalPropertiesObjectPolymorphism: /* @__PURE__ */ standardSchema(validateObjectOfAdditionalPropertiesObjectPolymorphism, jsonSchema$of("ObjectOfAdditionalPropertiesObjectPolymorphism")),
  ObjectOfEverything: /* @__PURE__ */ standardSchema(validateObjectOfEverything, jsonSchema$of("ObjectOfEverything")),
  ObjectOfObjectsAndArrays: /* @__PURE__ */ standardSchema(validateObjectOfObjectsAndArrays, jsonSchema$of("ObjectOfObjectsAndArrays")),
  ObjectWithArray: /* @__PURE__ */ standardSchema(validateObjectWithArray, jsonSchema$of("ObjectWithArray")),
  PutAnythingTopLevelArrayRequestBody: /* @__PURE__ */ standardSchema(validatePutAnythingTopLevelArrayRequestBody, jsonSchema$of("PutAnythingTopLevelArrayRequestBody")),
  PutAnythingTopLevelArrayResponse: /* @__PURE__ */ standardSchema(validatePutAnythingTopLevelArrayResponse, jsonSchema$of("PutAnythingTopLevelArrayResponse")),
  PostAnythingTopLevelArrayRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingTopLevelArrayRequestBody, jsonSchema$of("PostAnythingTopLevelArrayRequestBody")),
  PostAnythingTopLevelArrayResponse: /* @__PURE__ */ standardSchema(validatePostAnythingTopLevelArrayResponse, jsonSchema$of("PostAnythingTopLevelArrayResponse")),
  PostAnythingTopLevelObjectSimpleRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingTopLevelObjectSimpleRequestBody, jsonSchema$of("PostAnythingTopLevelObjectSimpleRequestBody")),
  PostAnythingTopLevelObjectSimpleResponse: /* @__PURE__ */ standardSchema(validatePostAnythingTopLevelObjectSimpleResponse, jsonSchema$of("PostAnythingTopLevelObjectSimpleResponse")),
  PostMultischemaOfEverythingRequestBody: /* @__PURE__ */ standardSchema(validatePostMultischemaOfEverythingRequestBody, jsonSchema$of("PostMultischemaOfEverythingRequestBody")),
  PostMultischemaOfEverythingResponse: /* @__PURE__ */ standardSchema(validatePostMultischemaOfEverythingResponse, jsonSchema$of("PostMultischemaOfEverythingResponse")),
  PostTopLevelObjectOfEverythingRequestBody: /* @__PURE__ */ standardSchema(validatePostTopLevelObjectOfEverythingRequestBody, jsonSchema$of("PostTopLevelObjectOfEverythingRequestBody")),
  PostTopLevelObjectOfEverythingResponse: /* @__PURE__ */ standardSchema(validatePostTopLevelObjectOfEverythingResponse, jsonSchema$of("PostTopLevelObjectOfEverythingResponse"))
};
const issue$boolean_type_9f058c = /* @__PURE__ */ fixedIssue(["boolean"], "type", "must be a boolean");
const issue$number_type_a9fa46 = /* @__PURE__ */ fixedIssue(["number"], "type", "must be a number");
const issue$primitive_type_9a4c78 = /* @__PURE__ */ fixedIssue(["primitive"], "type", "must be a string");
const issue$string_type_021e66 = /* @__PURE__ */ fixedIssue(["string"], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$ArrayOfFlatObjects(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$FlatObject(x3, d + 1)) return false;
  }
  return true;
}
function check$ArrayOfFlatObjects(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$FlatObject(x3, d + 1)) {
        if (full(s = check$FlatObject(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ArrayOfObjectsOfObjectsAndArrays(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$ObjectOfObjectsAndArrays(x3, d + 1)) return false;
  }
  return true;
}
function check$ArrayOfObjectsOfObjectsAndArrays(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$ObjectOfObjectsAndArrays(x3, d + 1)) {
        if (full(s = check$ObjectOfObjectsAndArrays(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ArrayOfPrimitives(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$ArrayOfPrimitives(v, p, s, d) {
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
function is$FlatObject(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.string;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  const x4 = o1.boolean;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "boolean")) return false;
  }
  const x6 = o1.number;
  if (x6 !== void 0) {
    if (!Number.isFinite(x6) && hasOwn.call(o1, "number")) return false;
  }
  return true;
}
function check$FlatObject(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.string;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "string")) {
        if ((s = reportFixed(s, p, issue$string_type_021e66)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.boolean;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "boolean")) {
        if ((s = reportFixed(s, p, issue$boolean_type_9f058c)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.number;
    if (x4 !== void 0) {
      if (!Number.isFinite(x4) && hasOwn.call(o1, "number")) {
        if ((s = reportFixed(s, p, issue$number_type_a9fa46)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MultischemaOfEverything(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    let matches11 = 0;
    failed12: {
      if (!is$ArrayOfObjectsOfObjectsAndArrays(v, d + 1)) break failed12;
      matches11++;
    }
    failed17: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed17;
      const o18 = v;
      const x19 = o18.objEverything;
      if (x19 !== void 0) {
        if (!is$ObjectOfEverything(x19, d + 1) && hasOwn.call(o18, "objEverything")) break failed17;
      }
      const x25 = o18.flatObj;
      if (x25 !== void 0) {
        if (!is$FlatObject(x25, d + 1) && hasOwn.call(o18, "flatObj")) break failed17;
      }
      matches11++;
    }
    if (matches11 !== 1) break failed6;
    matches5++;
  }
  failed33: {
    if (!is$ArrayOfPrimitives(v, d + 1)) break failed33;
    matches5++;
  }
  failed38: {
    if (!is$ArrayOfFlatObjects(v, d + 1)) break failed38;
    matches5++;
  }
  failed43: {
    if (!is$FlatObject(v, d + 1)) break failed43;
    matches5++;
  }
  failed48: {
    if (!is$ObjectOfEverything(v, d + 1)) break failed48;
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$MultischemaOfEverything(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    let matches11 = 0;
    failed12: {
      if (!is$ArrayOfObjectsOfObjectsAndArrays(v, d + 1)) break failed12;
      matches11++;
    }
    failed17: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed17;
      const o18 = v;
      const x19 = o18.objEverything;
      if (x19 !== void 0) {
        if (!is$ObjectOfEverything(x19, d + 1) && hasOwn.call(o18, "objEverything")) break failed17;
      }
      const x25 = o18.flatObj;
      if (x25 !== void 0) {
        if (!is$FlatObject(x25, d + 1) && hasOwn.call(o18, "flatObj")) break failed17;
      }
      matches11++;
    }
    if (matches11 !== 1) break failed6;
    matches5++;
  }
  failed33: {
    if (!is$ArrayOfPrimitives(v, d + 1)) break failed33;
    matches5++;
  }
  failed38: {
    if (!is$ArrayOfFlatObjects(v, d + 1)) break failed38;
    matches5++;
  }
  failed43: {
    if (!is$FlatObject(v, d + 1)) break failed43;
    matches5++;
  }
  failed48: {
    if (!is$ObjectOfEverything(v, d + 1)) break failed48;
    matches5++;
  }
  if (matches5 === 0) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.primitive;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) return false;
  }
  const x4 = o1.boolean;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "boolean")) return false;
  }
  const x6 = o1.metadata;
  if (x6 !== void 0) {
    property7: {
      let matches12 = 0;
      failed13: {
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) break failed13;
        matches12++;
      }
      failed17: {
        if (!is$FlatObject(x6, d + 1)) break failed17;
        matches12++;
      }
      failed22: {
        if (!is$FlatObject(x6, d + 1)) break failed22;
        matches12++;
      }
      failed27: {
        if (!is$FlatObject(x6, d + 1)) break failed27;
        matches12++;
      }
      failed32: {
        if (!is$ObjectWithArray(x6, d + 1)) break failed32;
        matches12++;
      }
      if (matches12 !== 1) {
        if (hasOwn.call(o1, "metadata")) return false;
        break property7;
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
    const x2 = o1.primitive;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "primitive")) {
        if ((s = reportFixed(s, p, issue$primitive_type_9a4c78)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.boolean;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "boolean")) {
        if ((s = reportFixed(s, p, issue$boolean_type_9f058c)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.metadata;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "metadata")) {
        let matches9 = 0;
        failed10: {
          if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) break failed10;
          matches9++;
        }
        failed14: {
          if (!is$FlatObject(x4, d + 1)) break failed14;
          matches9++;
        }
        failed19: {
          if (!is$FlatObject(x4, d + 1)) break failed19;
          matches9++;
        }
        failed24: {
          if (!is$FlatObject(x4, d + 1)) break failed24;
          matches9++;
        }
        failed29: {
          if (!is$ObjectWithArray(x4, d + 1)) break failed29;
          matches9++;
        }
        if (matches9 === 0) {
          if ((s = report(s, p, ["metadata"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches9)).length >= issueLimit) return s;
        } else if (matches9 > 1) {
          if ((s = report(s, p, ["metadata"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches9)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$ObjectOfAdditionalPropertiesObjectPolymorphism(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k2 in o1) {
    if (!hasOwn.call(o1, k2)) continue;
    const x3 = o1[k2];
    if (x3 === void 0) continue;
    if (!is$$inline1(x3, d + 1)) return false;
  }
  return true;
}
function check$ObjectOfAdditionalPropertiesObjectPolymorphism(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    for (const k2 in o1) {
      if (!hasOwn.call(o1, k2)) continue;
      const x3 = o1[k2];
      if (x3 === void 0) continue;
      if (!is$$inline1(x3, d + 1)) {
        if (full(s = check$$inline1(x3, below(p, [k2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ObjectOfEverything(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.objectOfObjectsAndArrays;
  if (x2 !== void 0) {
    if (!is$ObjectOfObjectsAndArrays(x2, d + 1) && hasOwn.call(o1, "objectOfObjectsAndArrays")) return false;
  }
  const x8 = o1.arrayOfObjectsOfObjectsAndArrays;
  if (x8 !== void 0) {
    if (!is$ArrayOfObjectsOfObjectsAndArrays(x8, d + 1) && hasOwn.call(o1, "arrayOfObjectsOfObjectsAndArrays")) return false;
  }
  const x14 = o1.objectOfAdditionalProperties;
  if (x14 !== void 0) {
    if (!is$ObjectOfAdditionalPropertiesObjectPolymorphism(x14, d + 1) && hasOwn.call(o1, "objectOfAdditionalProperties")) return false;
  }
  const x20 = o1.string;
  if (x20 !== void 0) {
    if (typeof x20 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  return true;
}
function check$ObjectOfEverything(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.objectOfObjectsAndArrays;
    if (x2 !== void 0) {
      if (!is$ObjectOfObjectsAndArrays(x2, d + 1) && hasOwn.call(o1, "objectOfObjectsAndArrays")) {
        if (full(s = check$ObjectOfObjectsAndArrays(x2, below(p, ["objectOfObjectsAndArrays"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.arrayOfObjectsOfObjectsAndArrays;
    if (x3 !== void 0) {
      if (!is$ArrayOfObjectsOfObjectsAndArrays(x3, d + 1) && hasOwn.call(o1, "arrayOfObjectsOfObjectsAndArrays")) {
        if (full(s = check$ArrayOfObjectsOfObjectsAndArrays(x3, below(p, ["arrayOfObjectsOfObjectsAndArrays"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.objectOfAdditionalProperties;
    if (x4 !== void 0) {
      if (!is$ObjectOfAdditionalPropertiesObjectPolymorphism(x4, d + 1) && hasOwn.call(o1, "objectOfAdditionalProperties")) {
        if (full(s = check$ObjectOfAdditionalPropertiesObjectPolymorphism(x4, below(p, ["objectOfAdditionalProperties"]), s, d + 1))) return s;
      }
    }
    const x5 = o1.string;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "string")) {
        if ((s = reportFixed(s, p, issue$string_type_021e66)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ObjectOfObjectsAndArrays(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.singleObject;
  if (x2 !== void 0) {
    if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "singleObject")) return false;
  }
  const x8 = o1.arrayOfPrimitives;
  if (x8 !== void 0) {
    if (!is$ArrayOfPrimitives(x8, d + 1) && hasOwn.call(o1, "arrayOfPrimitives")) return false;
  }
  const x14 = o1.arrayOfObjects;
  if (x14 !== void 0) {
    if (!is$ArrayOfFlatObjects(x14, d + 1) && hasOwn.call(o1, "arrayOfObjects")) return false;
  }
  const x20 = o1.primitive;
  if (x20 !== void 0) {
    if (typeof x20 !== "string" && hasOwn.call(o1, "primitive")) return false;
  }
  return true;
}
function check$ObjectOfObjectsAndArrays(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.singleObject;
    if (x2 !== void 0) {
      if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "singleObject")) {
        if (full(s = check$FlatObject(x2, below(p, ["singleObject"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.arrayOfPrimitives;
    if (x3 !== void 0) {
      if (!is$ArrayOfPrimitives(x3, d + 1) && hasOwn.call(o1, "arrayOfPrimitives")) {
        if (full(s = check$ArrayOfPrimitives(x3, below(p, ["arrayOfPrimitives"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.arrayOfObjects;
    if (x4 !== void 0) {
      if (!is$ArrayOfFlatObjects(x4, d + 1) && hasOwn.call(o1, "arrayOfObjects")) {
        if (full(s = check$ArrayOfFlatObjects(x4, below(p, ["arrayOfObjects"]), s, d + 1))) return s;
      }
    }
    const x5 = o1.primitive;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "primitive")) {
        if ((s = reportFixed(s, p, issue$primitive_type_9a4c78)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
    const o4 = x3;
    const x5 = o4.inputs;
    if (x5 !== void 0) {
      property6: {
        if (!Array.isArray(x5)) {
          if (hasOwn.call(o4, "inputs")) return false;
          break property6;
        }
        const a7 = x5;
        for (let i8 = 0; i8 < a7.length; i8++) {
          const x9 = a7[i8];
          if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
            if (hasOwn.call(o4, "inputs")) return false;
            break property6;
          }
          const o10 = x9;
          const x11 = o10["input 1"];
          if (x11 !== void 0) {
            if (typeof x11 !== "string" && hasOwn.call(o10, "input 1")) {
              if (hasOwn.call(o4, "inputs")) return false;
              break property6;
            }
          }
          const x13 = o10["input 2"];
          if (x13 !== void 0) {
            if (typeof x13 !== "string" && hasOwn.call(o10, "input 2")) {
              if (hasOwn.call(o4, "inputs")) return false;
              break property6;
            }
          }
        }
      }
    }
    const x17 = o4.nums;
    if (x17 !== void 0) {
      property18: {
        if (!Array.isArray(x17)) {
          if (hasOwn.call(o4, "nums")) return false;
          break property18;
        }
        const a19 = x17;
        for (let i20 = 0; i20 < a19.length; i20++) {
          const x21 = a19[i20];
          if (x21 !== 0 && x21 !== 1 && x21 !== 2 && x21 !== 3) {
            if (hasOwn.call(o4, "nums")) return false;
            break property18;
          }
        }
      }
    }
  }
  return true;
}
function check$$inline2(v, p, s, d) {
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
        const x5 = o4.inputs;
        if (x5 !== void 0) {
          if (hasOwn.call(o4, "inputs")) {
            if (!Array.isArray(x5)) {
              if ((s = report(s, p, [i2, "inputs"], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a6 = x5;
              for (let i7 = 0; i7 < a6.length; i7++) {
                const x8 = a6[i7];
                if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
                  if ((s = report(s, p, [i2, "inputs", i7], "type", "must be an object")).length >= issueLimit) return s;
                } else {
                  const o9 = x8;
                  const x10 = o9["input 1"];
                  if (x10 !== void 0) {
                    if (typeof x10 !== "string" && hasOwn.call(o9, "input 1")) {
                      if ((s = report(s, p, [i2, "inputs", i7, "input 1"], "type", "must be a string")).length >= issueLimit) return s;
                    }
                  }
                  const x11 = o9["input 2"];
                  if (x11 !== void 0) {
                    if (typeof x11 !== "string" && hasOwn.call(o9, "input 2")) {
                      if ((s = report(s, p, [i2, "inputs", i7, "input 2"], "type", "must be a string")).length >= issueLimit) return s;
                    }
                  }
                }
              }
            }
          }
        }
        const x14 = o4.nums;
        if (x14 !== void 0) {
          if (hasOwn.call(o4, "nums")) {
            if (!Array.isArray(x14)) {
              if ((s = report(s, p, [i2, "nums"], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a15 = x14;
              for (let i16 = 0; i16 < a15.length; i16++) {
                const x17 = a15[i16];
                if (x17 !== 0 && x17 !== 1 && x17 !== 2 && x17 !== 3) {
                  if (!Number.isInteger(x17)) {
                    if ((s = report(s, p, [i2, "nums", i16], "type", "must be an integer")).length >= issueLimit) return s;
                  } else {
                    if (x17 !== 0 && x17 !== 1 && x17 !== 2 && x17 !== 3) {
                      if ((s = report(s, p, [i2, "nums", i16], "enum", "must be one of 0, 1, 2, 3")).length >= issueLimit) return s;
                    }
                  }
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
function is$ObjectWithArray(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.Array;
  if (x2 !== void 0) {
    if (!is$$inline2(x2, d + 1) && hasOwn.call(o1, "Array")) return false;
  }
  return true;
}
function check$ObjectWithArray(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.Array;
    if (x2 !== void 0) {
      if (!is$$inline2(x2, d + 1) && hasOwn.call(o1, "Array")) {
        if (full(s = check$$inline2(x2, below(p, ["Array"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PutAnythingTopLevelArrayRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$ObjectOfEverything(x3, d + 1)) return false;
  }
  return true;
}
function check$PutAnythingTopLevelArrayRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$ObjectOfEverything(x3, d + 1)) {
        if (full(s = check$ObjectOfEverything(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PutAnythingTopLevelArrayResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$ObjectOfEverything(x3, d + 1)) return false;
  }
  return true;
}
function check$PutAnythingTopLevelArrayResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$ObjectOfEverything(x3, d + 1)) {
        if (full(s = check$ObjectOfEverything(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingTopLevelObjectSimpleRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.nestedObject_1;
  if (x2 !== void 0) {
    if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "nestedObject_1")) return false;
  }
  const x8 = o1.nestedObject_2;
  if (x8 !== void 0) {
    if (!is$FlatObject(x8, d + 1) && hasOwn.call(o1, "nestedObject_2")) return false;
  }
  const x14 = o1.nestedObject_3;
  if (x14 !== void 0) {
    if (!is$FlatObject(x14, d + 1) && hasOwn.call(o1, "nestedObject_3")) return false;
  }
  return true;
}
function check$PostAnythingTopLevelObjectSimpleRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.nestedObject_1;
    if (x2 !== void 0) {
      if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "nestedObject_1")) {
        if (full(s = check$FlatObject(x2, below(p, ["nestedObject_1"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.nestedObject_2;
    if (x3 !== void 0) {
      if (!is$FlatObject(x3, d + 1) && hasOwn.call(o1, "nestedObject_2")) {
        if (full(s = check$FlatObject(x3, below(p, ["nestedObject_2"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.nestedObject_3;
    if (x4 !== void 0) {
      if (!is$FlatObject(x4, d + 1) && hasOwn.call(o1, "nestedObject_3")) {
        if (full(s = check$FlatObject(x4, below(p, ["nestedObject_3"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingTopLevelObjectSimpleResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.nestedObject;
  if (x2 !== void 0) {
    if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "nestedObject")) return false;
  }
  return true;
}
function check$PostAnythingTopLevelObjectSimpleResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.nestedObject;
    if (x2 !== void 0) {
      if (!is$FlatObject(x2, d + 1) && hasOwn.call(o1, "nestedObject")) {
        if (full(s = check$FlatObject(x2, below(p, ["nestedObject"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  ArrayOfFlatObjects: { type: "array", items: { $ref: "#/$defs/FlatObject" } },
  ArrayOfObjectsOfObjectsAndArrays: {
    type: "array",
    items: { $ref: "#/$defs/ObjectOfObjectsAndArrays" }
  },
  ArrayOfPrimitives: { type: "array", items: { type: "string" } },
  FlatObject: {
    type: "object",
    properties: {
      string: { type: "string" },
      boolean: { type: "boolean" },
      number: { type: "number" }
    }
  },
  MultischemaOfEverything: {
    oneOf: [
      {
        oneOf: [
          { $ref: "#/$defs/ArrayOfObjectsOfObjectsAndArrays" },
          {
            type: "object",
            properties: {
              objEverything: { $ref: "#/$defs/ObjectOfEverything" },
              flatObj: { $ref: "#/$defs/FlatObject" }
            }
          }
        ]
      },
      { $ref: "#/$defs/ArrayOfPrimitives" },
      { $ref: "#/$defs/ArrayOfFlatObjects" },
      { $ref: "#/$defs/FlatObject" },
      { $ref: "#/$defs/ObjectOfEverything" }
    ]
  },
  ObjectOfAdditionalPropertiesObjectPolymorphism: {
    type: "object",
    additionalProperties: {
      type: "object",
      properties: {
        primitive: { type: "string" },
        boolean: { type: "boolean" },
        metadata: {
          oneOf: [
            { title: " ", type: "object" },
            { $ref: "#/$defs/FlatObject" },
            { $ref: "#/$defs/FlatObject" },
            { $ref: "#/$defs/FlatObject" },
            { $ref: "#/$defs/ObjectWithArray" }
          ]
        }
      }
    }
  },
  ObjectOfEverything: {
    type: "object",
    properties: {
      objectOfObjectsAndArrays: {
        $ref: "#/$defs/ObjectOfObjectsAndArrays",
        description: "Object containing objects and arrays"
      },
      arrayOfObjectsOfObjectsAndArrays: {
        $ref: "#/$defs/ArrayOfObjectsOfObjectsAndArrays",
        description: "Array of objects (containing objects and arrays)"
      },
      objectOfAdditionalProperties: {
        $ref: "#/$defs/ObjectOfAdditionalPropertiesObjectPolymorphism",
        description: "Object containing an `additionalProperties` declaration that's comprised of a polymorphic `oneOf`."
      },
      string: { type: "string" }
    }
  },
  ObjectOfObjectsAndArrays: {
    type: "object",
    properties: {
      singleObject: { $ref: "#/$defs/FlatObject", description: "Simple flat object" },
      arrayOfPrimitives: { $ref: "#/$defs/ArrayOfPrimitives", description: "Array of primitives" },
      arrayOfObjects: { $ref: "#/$defs/ArrayOfFlatObjects", description: "Array of objects" },
      primitive: { type: "string" }
    }
  },
  ObjectWithArray: {
    title: "Metadata Object",
    description: "Metadata for defining additional objects related to your API",
    type: "object",
    properties: {
      Array: {
        type: "array",
        items: {
          type: "object",
          properties: {
            inputs: {
              type: "array",
              items: {
                type: "object",
                properties: { "input 1": { type: "string" }, "input 2": { type: "string" } }
              }
            },
            nums: { type: "array", items: { type: "integer", enum: [0, 1, 2, 3] } }
          }
        }
      }
    }
  }
};
const jsonSchema$roots = {
  ArrayOfFlatObjects: { $ref: "#/$defs/ArrayOfFlatObjects" },
  ArrayOfObjectsOfObjectsAndArrays: { $ref: "#/$defs/ArrayOfObjectsOfObjectsAndArrays" },
  ArrayOfPrimitives: { $ref: "#/$defs/ArrayOfPrimitives" },
  FlatObject: { $ref: "#/$defs/FlatObject" },
  MultischemaOfEverything: { $ref: "#/$defs/MultischemaOfEverything" },
  ObjectOfAdditionalPropertiesObjectPolymorphism: {
    $ref: "#/$defs/ObjectOfAdditionalPropertiesObjectPolymorphism"
  },
  ObjectOfEverything: { $ref: "#/$defs/ObjectOfEverything" },
  ObjectOfObjectsAndArrays: { $ref: "#/$defs/ObjectOfObjectsAndArrays" },
  ObjectWithArray: { $ref: "#/$defs/ObjectWithArray" },
  PutAnythingTopLevelArrayRequestBody: {
    type: "array",
    items: { $ref: "#/$defs/ObjectOfEverything" }
  },
  PutAnythingTopLevelArrayResponse: {
    type: "array",
    items: { $ref: "#/$defs/ObjectOfEverything" }
  },
  PostAnythingTopLevelArrayRequestBody: { $ref: "#/$defs/ArrayOfFlatObjects" },
  PostAnythingTopLevelArrayResponse: { $ref: "#/$defs/ArrayOfFlatObjects" },
  PostAnythingTopLevelObjectSimpleRequestBody: {
    type: "object",
    properties: {
      nestedObject_1: { $ref: "#/$defs/FlatObject" },
      nestedObject_2: { $ref: "#/$defs/FlatObject" },
      nestedObject_3: { $ref: "#/$defs/FlatObject" }
    }
  },
  PostAnythingTopLevelObjectSimpleResponse: {
    type: "object",
    properties: { nestedObject: { $ref: "#/$defs/FlatObject" } }
  },
  PostMultischemaOfEverythingRequestBody: { $ref: "#/$defs/MultischemaOfEverything" },
  PostMultischemaOfEverythingResponse: { $ref: "#/$defs/MultischemaOfEverything" },
  PostTopLevelObjectOfEverythingRequestBody: { $ref: "#/$defs/ObjectOfEverything" },
  PostTopLevelObjectOfEverythingResponse: { $ref: "#/$defs/ObjectOfEverything" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isArrayOfFlatObjects,
  isArrayOfObjectsOfObjectsAndArrays,
  isArrayOfPrimitives,
  isFlatObject,
  isMultischemaOfEverything,
  isObjectOfAdditionalPropertiesObjectPolymorphism,
  isObjectOfEverything,
  isObjectOfObjectsAndArrays,
  isObjectWithArray,
  isPostAnythingTopLevelArrayRequestBody,
  isPostAnythingTopLevelArrayResponse,
  isPostAnythingTopLevelObjectSimpleRequestBody,
  isPostAnythingTopLevelObjectSimpleResponse,
  isPostMultischemaOfEverythingRequestBody,
  isPostMultischemaOfEverythingResponse,
  isPostTopLevelObjectOfEverythingRequestBody,
  isPostTopLevelObjectOfEverythingResponse,
  isPutAnythingTopLevelArrayRequestBody,
  isPutAnythingTopLevelArrayResponse,
  schemas,
  validateArrayOfFlatObjects,
  validateArrayOfObjectsOfObjectsAndArrays,
  validateArrayOfPrimitives,
  validateFlatObject,
  validateMultischemaOfEverything,
  validateObjectOfAdditionalPropertiesObjectPolymorphism,
  validateObjectOfEverything,
  validateObjectOfObjectsAndArrays,
  validateObjectWithArray,
  validatePostAnythingTopLevelArrayRequestBody,
  validatePostAnythingTopLevelArrayResponse,
  validatePostAnythingTopLevelObjectSimpleRequestBody,
  validatePostAnythingTopLevelObjectSimpleResponse,
  validatePostMultischemaOfEverythingRequestBody,
  validatePostMultischemaOfEverythingResponse,
  validatePostTopLevelObjectOfEverythingRequestBody,
  validatePostTopLevelObjectOfEverythingResponse,
  validatePutAnythingTopLevelArrayRequestBody,
  validatePutAnythingTopLevelArrayResponse
};
