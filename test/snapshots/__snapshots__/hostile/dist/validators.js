import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  issueLimit,
  MAX_DEPTH,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  jsonIncludes
} from "./runtime/validation-json.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateAnyEnum(value, options) {
  const issues = options === void 0 ? check$AnyEnum(value, ROOT, void 0, 0) : checkValue(check$AnyEnum, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAnyEnum(value) {
  return is$AnyEnum(value, 0);
}
function validateClass(value, options) {
  const issues = options === void 0 ? check$Class(value, ROOT, void 0, 0) : checkValue(check$Class, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isClass(value) {
  return is$Class(value, 0);
}
function validateConstructor(value, options) {
  const issues = options === void 0 ? check$Constructor(value, ROOT, void 0, 0) : checkValue(check$Constructor, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isConstructor(value) {
  return is$Constructor(value, 0);
}
function validateError(value, options) {
  const issues = options === void 0 ? check$Error(value, ROOT, void 0, 0) : checkValue(check$Error, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isError(value) {
  return is$Error(value, 0);
}
function validateMood(value, options) {
  const issues = options === void 0 ? check$Mood(value, ROOT, void 0, 0) : checkValue(check$Mood, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMood(value) {
  return is$Mood(value, 0);
}
function validateMySchema(value, options) {
  const issues = options === void 0 ? check$MySchema(value, ROOT, void 0, 0) : checkValue(check$MySchema, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMySchema(value) {
  return is$MySchema(value, 0);
}
function validateMySchema2(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMySchema2(value) {
  return is$MySchema2(value, 0);
}
function validateMySchema3(value, options) {
  const issues = options === void 0 ? check$MySchema3(value, ROOT, void 0, 0) : checkValue(check$MySchema3, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMySchema3(value) {
  return is$MySchema3(value, 0);
}
function validateMySchema4(value, options) {
  const issues = options === void 0 ? check$MySchema4(value, ROOT, void 0, 0) : checkValue(check$MySchema4, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMySchema4(value) {
  return is$MySchema4(value, 0);
}
function validateMySchema5(value, options) {
  const issues = options === void 0 ? check$MySchema5(value, ROOT, void 0, 0) : checkValue(check$MySchema5, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMySchema5(value) {
  return is$MySchema5(value, 0);
}
function validatePromise(value, options) {
  const issues = options === void 0 ? check$Promise(value, ROOT, void 0, 0) : checkValue(check$Promise, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPromise(value) {
  return is$Promise(value, 0);
}
function validateProto(value, options) {
  const issues = options === void 0 ? check$Proto(value, ROOT, void 0, 0) : checkValue(check$Proto, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isProto(value) {
  return is$Proto(value, 0);
}
function validateRecord(value, options) {
  const issues = options === void 0 ? check$Record(value, ROOT, void 0, 0) : checkValue(check$Record, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRecord(value) {
  return is$Record(value, 0);
}
function validateToString(value, options) {
  const issues = options === void 0 ? check$ToString(value, ROOT, void 0, 0) : checkValue(check$ToString, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isToString(value) {
  return is$ToString(value, 0);
}
function validate_1thing(value, options) {
  const issues = options === void 0 ? check$_1thing(value, ROOT, void 0, 0) : checkValue(check$_1thing, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function is_1thing(value) {
  return is$_1thing(value, 0);
}
function validateGetItem5Response(value, options) {
  const issues = options === void 0 ? check$GetItem5Response(value, ROOT, void 0, 0) : checkValue(check$GetItem5Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItem5Response(value) {
  return is$GetItem5Response(value, 0);
}
function validateGlobalThisPwned1Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GlobalThisPwned1Response(value, ROOT, void 0, 0) : checkValue(check$GlobalThisPwned1Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGlobalThisPwned1Response(value) {
  return value === void 0 || is$GlobalThisPwned1Response(value, 0);
}
function validateGetItemRequestBody(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItemRequestBody(value) {
  return is$MySchema2(value, 0);
}
function validateGetItemResponse(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItemResponse(value) {
  return is$MySchema2(value, 0);
}
function validateDeleteResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteResponse(value) {
  return value === void 0 || is$DeleteResponse(value, 0);
}
function validateGetItem2Response(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItem2Response(value) {
  return is$MySchema2(value, 0);
}
function validateGetItem3Response(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItem3Response(value) {
  return is$MySchema2(value, 0);
}
function validateGetItem4RequestBody(value, options) {
  const issues = options === void 0 ? check$MySchema2(value, ROOT, void 0, 0) : checkValue(check$MySchema2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItem4RequestBody(value) {
  return is$MySchema2(value, 0);
}
function validateGetItem4Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetItem4Response(value, ROOT, void 0, 0) : checkValue(check$GetItem4Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetItem4Response(value) {
  return value === void 0 || is$GetItem4Response(value, 0);
}
function validateProto2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$Proto2Response(value, ROOT, void 0, 0) : checkValue(check$Proto2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isProto2Response(value) {
  return value === void 0 || is$Proto2Response(value, 0);
}
function validateToString2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$ToString2Response(value, ROOT, void 0, 0) : checkValue(check$ToString2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isToString2Response(value) {
  return value === void 0 || is$ToString2Response(value, 0);
}
function validateConstructor2Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$Constructor2Response(value, ROOT, void 0, 0) : checkValue(check$Constructor2Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isConstructor2Response(value) {
  return value === void 0 || is$Constructor2Response(value, 0);
}
function validate_1opResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$_1opResponse(value, ROOT, void 0, 0) : checkValue(check$_1opResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function is_1opResponse(value) {
  return value === void 0 || is$_1opResponse(value, 0);
}
const schemas = {
  AnyEnum: /* @__PURE__ */ standardSchema(validateAnyEnum, jsonSchema$of("AnyEnum")),
  Class: /* @__PURE__ */ standardSchema(validateClass, jsonSchema$of("Class")),
  Constructor: /* @__PURE__ */ standardSchema(validateConstructor, jsonSchema$of("Constructor")),
  Error: /* @__PURE__ */ standardSchema(validateError, jsonSchema$of("Error")),
  Mood: /* @__PURE__ */ standardSchema(validateMood, jsonSchema$of("Mood")),
  MySchema: /* @__PURE__ */ standardSchema(validateMySchema, jsonSchema$of("MySchema")),
  MySchema2: /* @__PURE__ */ standardSchema(validateMySchema2, jsonSchema$of("MySchema2")),
  MySchema3: /* @__PURE__ */ standardSchema(validateMySchema3, jsonSchema$of("MySchema3")),
  MySchema4: /* @__PURE__ */ standardSchema(validateMySchema4, jsonSchema$of("MySchema4")),
  MySchema5: /* @__PURE__ */ standardSchema(validateMySchema5, jsonSchema$of("MySchema5")),
  Promise: /* @__PURE__ */ standardSchema(validatePromise, jsonSchema$of("Promise")),
  Proto: /* @__PURE__ */ standardSchema(validateProto, jsonSchema$of("Proto")),
  Record: /* @__PURE__ */ standardSchema(validateRecord, jsonSchema$of("Record")),
  ToString: /* @__PURE__ */ standardSchema(validateToString, jsonSchema$of("ToString")),
  _1thing: /* @__PURE__ */ standardSchema(validate_1thing, jsonSchema$of("_1thing")),
  GetItem5Response: /* @__PURE__ */ standardSchema(validateGetItem5Response, jsonSchema$of("GetItem5Response")),
  GlobalThisPwned1Response: /* @__PURE__ */ standardSchema(validateGlobalThisPwned1Response, jsonSchema$of("GlobalThisPwned1Response")),
  GetItemRequestBody: /* @__PURE__ */ standardSchema(validateGetItemRequestBody, jsonSchema$of("GetItemRequestBody")),
  GetItemResponse: /* @__PURE__ */ standardSchema(validateGetItemResponse, jsonSchema$of("GetItemResponse")),
  DeleteResponse: /* @__PURE__ */ standardSchema(validateDeleteResponse, jsonSchema$of("DeleteResponse")),
  GetItem2Response: /* @__PURE__ */ standardSchema(validateGetItem2Response, jsonSchema$of("GetItem2Response")),
  GetItem3Response: /* @__PURE__ */ standardSchema(validateGetItem3Response, jsonSchema$of("GetItem3Response")),
  GetItem4RequestBody: /* @__PURE__ */ standardSchema(validateGetItem4RequestBody, jsonSchema$of("GetItem4RequestBody")),
  GetItem4Response: /* @__PURE__ */ standardSchema(validateGetItem4Response, jsonSchema$of("GetItem4Response")),
  Proto2Response: /* @__PURE__ */ standardSchema(validateProto2Response, jsonSchema$of("Proto2Response")),
  ToString2Response: /* @__PURE__ */ standardSchema(validateToString2Response, jsonSchema$of("ToString2Response")),
  Constructor2Response: /* @__PURE__ */ standardSchema(validateConstructor2Response, jsonSchema$of("Constructor2Response")),
  _1opResponse: /* @__PURE__ */ standardSchema(validate_1opResponse, jsonSchema$of("_1opResponse"))
};
const allowed$48038c = /* @__PURE__ */ new Set(["plain", 'dq"', "sq'", "back`tick", "${x}", "back\\slash", "new\nline", "nul\0", "ls\u2028ps\u2029", "__proto__", "constructor", "toString", "*/ ; globalThis.pwned = 1; /*", '"]; globalThis.pwned = 1; //', "`; globalThis.pwned = 1; `${globalThis.pwned = 1}", "\u{1F600}", ""]);
const constant$ec995c = ["plain", 'dq"', "sq'", 0, -1, 1.5, -0.25, 1e21, true, false, null, ["a", 1, null], { '"k': "v", "nested": { "x": [1] } }, { ["__proto__"]: { "polluted": "yes" }, "k": 1 }];
const issue$1st_type_e90f3c = /* @__PURE__ */ fixedIssue(["1st"], "type", "must be an integer");
const issue$aB_type_2b8e01 = /* @__PURE__ */ fixedIssue(["aB"], "type", "must be a string");
const issue$a_b_type_27a3ff = /* @__PURE__ */ fixedIssue(["a-b"], "type", "must be a string");
const issue$a_b_type_90a249 = /* @__PURE__ */ fixedIssue(["a b"], "type", "must be a string");
const issue$a_b_type_c36b85 = /* @__PURE__ */ fixedIssue(["a_b"], "type", "must be a string");
const issue$apos_type_5e13c4 = /* @__PURE__ */ fixedIssue(["apos'"], "type", "must be a string");
const issue$astral_pattern_c4a41e = /* @__PURE__ */ fixedIssue(["astral"], "pattern", 'must match the pattern "^\u{1F600}+$"');
const issue$astral_type_979f49 = /* @__PURE__ */ fixedIssue(["astral"], "type", "must be a string");
const issue$back_slash_type_76ae47 = /* @__PURE__ */ fixedIssue(["back\\slash"], "type", "must be a string");
const issue$class_type_84825e = /* @__PURE__ */ fixedIssue(["class"], "type", "must be a string");
const issue$constructor_type_c93015 = /* @__PURE__ */ fixedIssue(["constructor"], "type", "must be a string");
const issue$dot_name_type_a9f195 = /* @__PURE__ */ fixedIssue(["dot.name"], "type", "must be a string");
const issue$emoji_type_6503cb = /* @__PURE__ */ fixedIssue(["emoji\u{1F600}"], "type", "must be a string");
const issue$enum_28f027 = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "plain", "dq\\"", "sq\'", "back`tick", "${x}", "back\\\\slash", "new\\nline", "nul\\u0000", "ls\u2028ps\u2029", "__proto__", ... (17 values)');
const issue$enum_8b20b8 = /* @__PURE__ */ fixedIssue([], "enum", `must be one of "plain", "dq\\"", "sq'", 0, -1, 1.5, -0.25, 1e+21, true, false, ... (14 values)`);
const issue$flagsLike_pattern_fb2958 = /* @__PURE__ */ fixedIssue(["flagsLike"], "pattern", 'must match the pattern "^a/gi$"');
const issue$flagsLike_type_63f8ac = /* @__PURE__ */ fixedIssue(["flagsLike"], "type", "must be a string");
const issue$globalThis_pwned_1_type_1e921f = /* @__PURE__ */ fixedIssue(["*/ ; globalThis.pwned = 1; /*"], "type", "must be a string");
const issue$globalThis_pwned_1_type_393141 = /* @__PURE__ */ fixedIssue(['"]; globalThis.pwned = 1; //'], "type", "must be a string");
const issue$hasOwnProperty_type_500872 = /* @__PURE__ */ fixedIssue(["hasOwnProperty"], "type", "must be a string");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$kebab_case_type_368a9e = /* @__PURE__ */ fixedIssue(["kebab-case"], "type", "must be a string");
const issue$line_sep_type_c940ca = /* @__PURE__ */ fixedIssue(["line\u2028sep"], "type", "must be a string");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$nul_byte_type_8dc3c6 = /* @__PURE__ */ fixedIssue(["nul\0byte"], "type", "must be a string");
const issue$odata_type_type_01fbbe = /* @__PURE__ */ fixedIssue(["@odata.type"], "type", "must be a string");
const issue$proto_type_3e953e = /* @__PURE__ */ fixedIssue(["__proto__"], "type", "must be a string");
const issue$prototype_type_26416f = /* @__PURE__ */ fixedIssue(["prototype"], "type", "must be a string");
const issue$quo_te_type_d959ca = /* @__PURE__ */ fixedIssue(['quo"te'], "type", "must be a string");
const issue$regexPayload_pattern_9b842f = /* @__PURE__ */ fixedIssue(["regexPayload"], "pattern", 'must match the pattern "[/]*/; globalThis.pwned=1; /"');
const issue$regexPayload_type_2307f0 = /* @__PURE__ */ fixedIssue(["regexPayload"], "type", "must be a string");
const issue$slashy_pattern_7e24be = /* @__PURE__ */ fixedIssue(["slashy"], "pattern", 'must match the pattern "^[/]*$"');
const issue$slashy_type_ac1cfe = /* @__PURE__ */ fixedIssue(["slashy"], "type", "must be a string");
const issue$toString_type_466b80 = /* @__PURE__ */ fixedIssue(["toString"], "type", "must be a string");
const issue$type_31f707 = /* @__PURE__ */ fixedIssue([], "type", "must be a number");
const issue$type_456846 = /* @__PURE__ */ fixedIssue([], "type", "must be an integer");
const issue$type_a2dec7 = /* @__PURE__ */ fixedIssue([], "type", "must be a boolean");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$unicodeWord_pattern_3e2d0d = /* @__PURE__ */ fixedIssue(["unicodeWord"], "pattern", 'must match the pattern "^\\\\p{L}+$"');
const issue$unicodeWord_type_18576f = /* @__PURE__ */ fixedIssue(["unicodeWord"], "type", "must be a string");
const issue$value_type_e99abd = /* @__PURE__ */ fixedIssue(["value"], "type", "must be an array");
const issue$with_space_type_0356d4 = /* @__PURE__ */ fixedIssue(["with space"], "type", "must be a string");
const issue$x_type_6a51cb = /* @__PURE__ */ fixedIssue(["${x}`"], "type", "must be a string");
const pattern$02631f = /* @__PURE__ */ new RegExp("^\u{1F600}+$", "u");
const pattern$26b3b5 = /* @__PURE__ */ new RegExp("^a/gi$", "u");
const pattern$8e84c2 = /* @__PURE__ */ new RegExp("^[/]*$", "u");
const pattern$9afa23 = /* @__PURE__ */ new RegExp("[/]*/; globalThis.pwned=1; /", "u");
const pattern$fe77b0 = /* @__PURE__ */ new RegExp("^\\p{L}+$", "u");
function is$AnyEnum(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!jsonIncludes(constant$ec995c, v)) return false;
  return true;
}
function check$AnyEnum(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!jsonIncludes(constant$ec995c, v)) {
    if ((s = reportFixed(s, p, issue$enum_8b20b8)).length >= issueLimit) return s;
  }
  return s;
}
function is$Class(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$Class(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$Constructor(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$Constructor(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$Error(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.message;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "message")) return false;
  }
  return true;
}
function check$Error(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.message;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "message")) {
        if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Mood(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!allowed$48038c.has(v)) return false;
  return true;
}
function check$Mood(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!allowed$48038c.has(v)) {
    if (typeof v !== "string") {
      if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
    } else {
      if (!allowed$48038c.has(v)) {
        if ((s = reportFixed(s, p, issue$enum_28f027)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MySchema(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Number.isFinite(v)) return false;
  return true;
}
function check$MySchema(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Number.isFinite(v)) {
    if ((s = reportFixed(s, p, issue$type_31f707)).length >= issueLimit) return s;
  }
  return s;
}
function is$MySchema2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.class;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "class")) return false;
  }
  const x6 = o1["1st"];
  if (x6 !== void 0) {
    if (!Number.isInteger(x6) && hasOwn.call(o1, "1st")) return false;
  }
  const x8 = o1["kebab-case"];
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "kebab-case")) return false;
  }
  const x10 = o1["dot.name"];
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "dot.name")) return false;
  }
  const x12 = o1["@odata.type"];
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "@odata.type")) return false;
  }
  const x14 = o1["with space"];
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "with space")) return false;
  }
  const x16 = o1['quo"te'];
  if (x16 !== void 0) {
    if (typeof x16 !== "string" && hasOwn.call(o1, 'quo"te')) return false;
  }
  const x18 = o1["apos'"];
  if (x18 !== void 0) {
    if (typeof x18 !== "string" && hasOwn.call(o1, "apos'")) return false;
  }
  const x20 = o1["back\\slash"];
  if (x20 !== void 0) {
    if (typeof x20 !== "string" && hasOwn.call(o1, "back\\slash")) return false;
  }
  const x22 = o1["emoji\u{1F600}"];
  if (x22 !== void 0) {
    if (typeof x22 !== "string" && hasOwn.call(o1, "emoji\u{1F600}")) return false;
  }
  const x24 = hasOwn.call(o1, "constructor") ? o1.constructor : void 0;
  if (x24 !== void 0) {
    if (typeof x24 !== "string") return false;
  }
  const x25 = o1.prototype;
  if (x25 !== void 0) {
    if (typeof x25 !== "string" && hasOwn.call(o1, "prototype")) return false;
  }
  const x27 = hasOwn.call(o1, "toString") ? o1.toString : void 0;
  if (x27 !== void 0) {
    if (typeof x27 !== "string") return false;
  }
  const x28 = hasOwn.call(o1, "hasOwnProperty") ? o1.hasOwnProperty : void 0;
  if (x28 !== void 0) {
    if (typeof x28 !== "string") return false;
  }
  const x29 = o1["a-b"];
  if (x29 !== void 0) {
    if (typeof x29 !== "string" && hasOwn.call(o1, "a-b")) return false;
  }
  const x31 = o1.a_b;
  if (x31 !== void 0) {
    if (typeof x31 !== "string" && hasOwn.call(o1, "a_b")) return false;
  }
  const x33 = o1["a b"];
  if (x33 !== void 0) {
    if (typeof x33 !== "string" && hasOwn.call(o1, "a b")) return false;
  }
  const x35 = o1.aB;
  if (x35 !== void 0) {
    if (typeof x35 !== "string" && hasOwn.call(o1, "aB")) return false;
  }
  const x37 = o1['"]; globalThis.pwned = 1; //'];
  if (x37 !== void 0) {
    if (typeof x37 !== "string" && hasOwn.call(o1, '"]; globalThis.pwned = 1; //')) return false;
  }
  const x39 = o1["*/ ; globalThis.pwned = 1; /*"];
  if (x39 !== void 0) {
    if (typeof x39 !== "string" && hasOwn.call(o1, "*/ ; globalThis.pwned = 1; /*")) return false;
  }
  const x41 = o1["line\u2028sep"];
  if (x41 !== void 0) {
    if (typeof x41 !== "string" && hasOwn.call(o1, "line\u2028sep")) return false;
  }
  const x43 = o1["nul\0byte"];
  if (x43 !== void 0) {
    if (typeof x43 !== "string" && hasOwn.call(o1, "nul\0byte")) return false;
  }
  const x45 = o1["${x}`"];
  if (x45 !== void 0) {
    if (typeof x45 !== "string" && hasOwn.call(o1, "${x}`")) return false;
  }
  const x47 = o1.slashy;
  if (x47 !== void 0) {
    property48: {
      if (typeof x47 !== "string") {
        if (hasOwn.call(o1, "slashy")) return false;
        break property48;
      }
      if (!pattern$8e84c2.test(x47)) {
        if (hasOwn.call(o1, "slashy")) return false;
        break property48;
      }
    }
  }
  const x49 = o1.regexPayload;
  if (x49 !== void 0) {
    property50: {
      if (typeof x49 !== "string") {
        if (hasOwn.call(o1, "regexPayload")) return false;
        break property50;
      }
      if (!pattern$9afa23.test(x49)) {
        if (hasOwn.call(o1, "regexPayload")) return false;
        break property50;
      }
    }
  }
  const x51 = o1.flagsLike;
  if (x51 !== void 0) {
    property52: {
      if (typeof x51 !== "string") {
        if (hasOwn.call(o1, "flagsLike")) return false;
        break property52;
      }
      if (!pattern$26b3b5.test(x51)) {
        if (hasOwn.call(o1, "flagsLike")) return false;
        break property52;
      }
    }
  }
  const x53 = o1.unicodeWord;
  if (x53 !== void 0) {
    property54: {
      if (typeof x53 !== "string") {
        if (hasOwn.call(o1, "unicodeWord")) return false;
        break property54;
      }
      if (!pattern$fe77b0.test(x53)) {
        if (hasOwn.call(o1, "unicodeWord")) return false;
        break property54;
      }
    }
  }
  const x55 = o1.astral;
  if (x55 !== void 0) {
    property56: {
      if (typeof x55 !== "string") {
        if (hasOwn.call(o1, "astral")) return false;
        break property56;
      }
      if (!pattern$02631f.test(x55)) {
        if (hasOwn.call(o1, "astral")) return false;
        break property56;
      }
    }
  }
  const x57 = o1.mood;
  if (x57 !== void 0) {
    if (!is$Mood(x57, d + 1) && hasOwn.call(o1, "mood")) return false;
  }
  const x63 = o1.anything;
  if (x63 !== void 0) {
    if (!is$AnyEnum(x63, d + 1) && hasOwn.call(o1, "anything")) return false;
  }
  const x69 = hasOwn.call(o1, "__proto__") ? o1.__proto__ : void 0;
  if (x69 !== void 0) {
    if (typeof x69 !== "string") return false;
  }
  return true;
}
function check$MySchema2(v, p, s, d) {
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
    const x3 = o1.class;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "class")) {
        if ((s = reportFixed(s, p, issue$class_type_84825e)).length >= issueLimit) return s;
      }
    }
    const x4 = o1["1st"];
    if (x4 !== void 0) {
      if (!Number.isInteger(x4) && hasOwn.call(o1, "1st")) {
        if ((s = reportFixed(s, p, issue$1st_type_e90f3c)).length >= issueLimit) return s;
      }
    }
    const x5 = o1["kebab-case"];
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "kebab-case")) {
        if ((s = reportFixed(s, p, issue$kebab_case_type_368a9e)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["dot.name"];
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "dot.name")) {
        if ((s = reportFixed(s, p, issue$dot_name_type_a9f195)).length >= issueLimit) return s;
      }
    }
    const x7 = o1["@odata.type"];
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "@odata.type")) {
        if ((s = reportFixed(s, p, issue$odata_type_type_01fbbe)).length >= issueLimit) return s;
      }
    }
    const x8 = o1["with space"];
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "with space")) {
        if ((s = reportFixed(s, p, issue$with_space_type_0356d4)).length >= issueLimit) return s;
      }
    }
    const x9 = o1['quo"te'];
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, 'quo"te')) {
        if ((s = reportFixed(s, p, issue$quo_te_type_d959ca)).length >= issueLimit) return s;
      }
    }
    const x10 = o1["apos'"];
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o1, "apos'")) {
        if ((s = reportFixed(s, p, issue$apos_type_5e13c4)).length >= issueLimit) return s;
      }
    }
    const x11 = o1["back\\slash"];
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o1, "back\\slash")) {
        if ((s = reportFixed(s, p, issue$back_slash_type_76ae47)).length >= issueLimit) return s;
      }
    }
    const x12 = o1["emoji\u{1F600}"];
    if (x12 !== void 0) {
      if (typeof x12 !== "string" && hasOwn.call(o1, "emoji\u{1F600}")) {
        if ((s = reportFixed(s, p, issue$emoji_type_6503cb)).length >= issueLimit) return s;
      }
    }
    const x13 = hasOwn.call(o1, "constructor") ? o1.constructor : void 0;
    if (x13 !== void 0) {
      if (typeof x13 !== "string") {
        if ((s = reportFixed(s, p, issue$constructor_type_c93015)).length >= issueLimit) return s;
      }
    }
    const x14 = o1.prototype;
    if (x14 !== void 0) {
      if (typeof x14 !== "string" && hasOwn.call(o1, "prototype")) {
        if ((s = reportFixed(s, p, issue$prototype_type_26416f)).length >= issueLimit) return s;
      }
    }
    const x15 = hasOwn.call(o1, "toString") ? o1.toString : void 0;
    if (x15 !== void 0) {
      if (typeof x15 !== "string") {
        if ((s = reportFixed(s, p, issue$toString_type_466b80)).length >= issueLimit) return s;
      }
    }
    const x16 = hasOwn.call(o1, "hasOwnProperty") ? o1.hasOwnProperty : void 0;
    if (x16 !== void 0) {
      if (typeof x16 !== "string") {
        if ((s = reportFixed(s, p, issue$hasOwnProperty_type_500872)).length >= issueLimit) return s;
      }
    }
    const x17 = o1["a-b"];
    if (x17 !== void 0) {
      if (typeof x17 !== "string" && hasOwn.call(o1, "a-b")) {
        if ((s = reportFixed(s, p, issue$a_b_type_27a3ff)).length >= issueLimit) return s;
      }
    }
    const x18 = o1.a_b;
    if (x18 !== void 0) {
      if (typeof x18 !== "string" && hasOwn.call(o1, "a_b")) {
        if ((s = reportFixed(s, p, issue$a_b_type_c36b85)).length >= issueLimit) return s;
      }
    }
    const x19 = o1["a b"];
    if (x19 !== void 0) {
      if (typeof x19 !== "string" && hasOwn.call(o1, "a b")) {
        if ((s = reportFixed(s, p, issue$a_b_type_90a249)).length >= issueLimit) return s;
      }
    }
    const x20 = o1.aB;
    if (x20 !== void 0) {
      if (typeof x20 !== "string" && hasOwn.call(o1, "aB")) {
        if ((s = reportFixed(s, p, issue$aB_type_2b8e01)).length >= issueLimit) return s;
      }
    }
    const x21 = o1['"]; globalThis.pwned = 1; //'];
    if (x21 !== void 0) {
      if (typeof x21 !== "string" && hasOwn.call(o1, '"]; globalThis.pwned = 1; //')) {
        if ((s = reportFixed(s, p, issue$globalThis_pwned_1_type_393141)).length >= issueLimit) return s;
      }
    }
    const x22 = o1["*/ ; globalThis.pwned = 1; /*"];
    if (x22 !== void 0) {
      if (typeof x22 !== "string" && hasOwn.call(o1, "*/ ; globalThis.pwned = 1; /*")) {
        if ((s = reportFixed(s, p, issue$globalThis_pwned_1_type_1e921f)).length >= issueLimit) return s;
      }
    }
    const x23 = o1["line\u2028sep"];
    if (x23 !== void 0) {
      if (typeof x23 !== "string" && hasOwn.call(o1, "line\u2028sep")) {
        if ((s = reportFixed(s, p, issue$line_sep_type_c940ca)).length >= issueLimit) return s;
      }
    }
    const x24 = o1["nul\0byte"];
    if (x24 !== void 0) {
      if (typeof x24 !== "string" && hasOwn.call(o1, "nul\0byte")) {
        if ((s = reportFixed(s, p, issue$nul_byte_type_8dc3c6)).length >= issueLimit) return s;
      }
    }
    const x25 = o1["${x}`"];
    if (x25 !== void 0) {
      if (typeof x25 !== "string" && hasOwn.call(o1, "${x}`")) {
        if ((s = reportFixed(s, p, issue$x_type_6a51cb)).length >= issueLimit) return s;
      }
    }
    const x26 = o1.slashy;
    if (x26 !== void 0) {
      if (hasOwn.call(o1, "slashy")) {
        if (typeof x26 !== "string") {
          if ((s = reportFixed(s, p, issue$slashy_type_ac1cfe)).length >= issueLimit) return s;
        } else {
          if (!pattern$8e84c2.test(x26)) {
            if ((s = reportFixed(s, p, issue$slashy_pattern_7e24be)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x27 = o1.regexPayload;
    if (x27 !== void 0) {
      if (hasOwn.call(o1, "regexPayload")) {
        if (typeof x27 !== "string") {
          if ((s = reportFixed(s, p, issue$regexPayload_type_2307f0)).length >= issueLimit) return s;
        } else {
          if (!pattern$9afa23.test(x27)) {
            if ((s = reportFixed(s, p, issue$regexPayload_pattern_9b842f)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x28 = o1.flagsLike;
    if (x28 !== void 0) {
      if (hasOwn.call(o1, "flagsLike")) {
        if (typeof x28 !== "string") {
          if ((s = reportFixed(s, p, issue$flagsLike_type_63f8ac)).length >= issueLimit) return s;
        } else {
          if (!pattern$26b3b5.test(x28)) {
            if ((s = reportFixed(s, p, issue$flagsLike_pattern_fb2958)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x29 = o1.unicodeWord;
    if (x29 !== void 0) {
      if (hasOwn.call(o1, "unicodeWord")) {
        if (typeof x29 !== "string") {
          if ((s = reportFixed(s, p, issue$unicodeWord_type_18576f)).length >= issueLimit) return s;
        } else {
          if (!pattern$fe77b0.test(x29)) {
            if ((s = reportFixed(s, p, issue$unicodeWord_pattern_3e2d0d)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x30 = o1.astral;
    if (x30 !== void 0) {
      if (hasOwn.call(o1, "astral")) {
        if (typeof x30 !== "string") {
          if ((s = reportFixed(s, p, issue$astral_type_979f49)).length >= issueLimit) return s;
        } else {
          if (!pattern$02631f.test(x30)) {
            if ((s = reportFixed(s, p, issue$astral_pattern_c4a41e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x31 = o1.mood;
    if (x31 !== void 0) {
      if (!is$Mood(x31, d + 1) && hasOwn.call(o1, "mood")) {
        if (full(s = check$Mood(x31, below(p, ["mood"]), s, d + 1))) return s;
      }
    }
    const x32 = o1.anything;
    if (x32 !== void 0) {
      if (!is$AnyEnum(x32, d + 1) && hasOwn.call(o1, "anything")) {
        if (full(s = check$AnyEnum(x32, below(p, ["anything"]), s, d + 1))) return s;
      }
    }
    const x33 = hasOwn.call(o1, "__proto__") ? o1.__proto__ : void 0;
    if (x33 !== void 0) {
      if (typeof x33 !== "string") {
        if ((s = reportFixed(s, p, issue$proto_type_3e953e)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MySchema3(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$MySchema3(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$MySchema4(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "boolean") return false;
  return true;
}
function check$MySchema4(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "boolean") {
    if ((s = reportFixed(s, p, issue$type_a2dec7)).length >= issueLimit) return s;
  }
  return s;
}
function is$MySchema5(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Number.isInteger(v)) return false;
  return true;
}
function check$MySchema5(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Number.isInteger(v)) {
    if ((s = reportFixed(s, p, issue$type_456846)).length >= issueLimit) return s;
  }
  return s;
}
function is$Promise(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$Promise(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$Proto(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$Proto(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$Record(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$Record(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$ToString(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$ToString(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$_1thing(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$_1thing(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetItem5Response(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.value;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "value")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (!is$MySchema2(x6, d + 1)) {
          if (hasOwn.call(o1, "value")) return false;
          break property3;
        }
      }
    }
  }
  return true;
}
function check$GetItem5Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.value;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "value")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$value_type_e99abd)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (!is$MySchema2(x5, d + 1)) {
              if (full(s = check$MySchema2(x5, below(p, ["value", i4]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$GlobalThisPwned1Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GlobalThisPwned1Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetItem4Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetItem4Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$Proto2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$Proto2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$ToString2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$ToString2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$Constructor2Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$Constructor2Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$_1opResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$_1opResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  AnyEnum: {
    enum: [
      "plain",
      'dq"',
      "sq'",
      0,
      -1,
      1.5,
      -0.25,
      1e21,
      true,
      false,
      null,
      ["a", 1, null],
      { '"k': "v", nested: { x: [1] } },
      { ["__proto__"]: { polluted: "yes" }, k: 1 }
    ]
  },
  Class: { type: "string" },
  Constructor: { type: "string" },
  Error: { type: "object", properties: { message: { type: "string" } } },
  Mood: {
    type: "string",
    enum: [
      "plain",
      'dq"',
      "sq'",
      "back`tick",
      "${x}",
      "back\\slash",
      "new\nline",
      "nul\0",
      "ls\u2028ps\u2029",
      "__proto__",
      "constructor",
      "toString",
      "*/ ; globalThis.pwned = 1; /*",
      '"]; globalThis.pwned = 1; //',
      "`; globalThis.pwned = 1; `${globalThis.pwned = 1}",
      "\u{1F600}",
      ""
    ],
    examples: ['dq"']
  },
  MySchema: { type: "number" },
  MySchema2: {
    description: "Ends */ ; globalThis.pwned = 1; /* here.\n@param x injected tag\n  @deprecated indented tag\u2028after LS\u2029after PS `tick` ${x} \"dq\" 'sq' back\\slash NUL\0 <\/script><img src=x onerror=alert(1)> # not a heading\n```\nfence",
    type: "object",
    properties: {
      id: { type: "string" },
      class: {
        description: "Ends */ ; globalThis.pwned = 1; /* here.\n@param x injected tag\n  @deprecated indented tag\u2028after LS\u2029after PS `tick` ${x} \"dq\" 'sq' back\\slash NUL\0 <\/script><img src=x onerror=alert(1)> # not a heading\n```\nfence",
        type: "string"
      },
      "1st": { type: "integer" },
      "kebab-case": { type: "string" },
      "dot.name": { type: "string" },
      "@odata.type": { type: "string" },
      "with space": { type: "string" },
      'quo"te': { type: "string" },
      "apos'": { type: "string" },
      "back\\slash": { type: "string" },
      "emoji\u{1F600}": { type: "string" },
      constructor: { type: "string" },
      prototype: { type: "string" },
      toString: { type: "string" },
      hasOwnProperty: { type: "string" },
      "a-b": { type: "string" },
      a_b: { type: "string" },
      "a b": { type: "string" },
      aB: { type: "string" },
      '"]; globalThis.pwned = 1; //': {
        description: "*/ ; globalThis.pwned = 1; /*",
        type: "string"
      },
      "*/ ; globalThis.pwned = 1; /*": { type: "string" },
      "line\u2028sep": { type: "string" },
      "nul\0byte": { type: "string" },
      "${x}`": { type: "string" },
      slashy: { type: "string", pattern: "^[/]*$" },
      regexPayload: { type: "string", pattern: "[/]*/; globalThis.pwned=1; /" },
      flagsLike: { type: "string", pattern: "^a/gi$" },
      unicodeWord: { type: "string", pattern: "^\\p{L}+$" },
      astral: { type: "string", pattern: "^\u{1F600}+$" },
      mood: { $ref: "#/$defs/Mood" },
      anything: { $ref: "#/$defs/AnyEnum" }
    },
    examples: [
      {
        class: "*/ ; globalThis.pwned = 1; /*",
        "kebab-case": '"]; globalThis.pwned = 1; //',
        'quo"te': "`${x}`",
        mood: 'dq"',
        anything: { '"k': "v", nested: { x: [1] } }
      }
    ]
  },
  MySchema3: { description: "*/ ; globalThis.pwned = 1; /*", type: "string" },
  MySchema4: { type: "boolean" },
  MySchema5: { type: "integer" },
  Promise: { type: "string" },
  Proto: { type: "string" },
  Record: { type: "string" },
  ToString: { type: "string" },
  _1thing: { type: "string" }
};
const jsonSchema$roots = {
  AnyEnum: { $ref: "#/$defs/AnyEnum" },
  Class: { $ref: "#/$defs/Class" },
  Constructor: { $ref: "#/$defs/Constructor" },
  Error: { $ref: "#/$defs/Error" },
  Mood: { $ref: "#/$defs/Mood" },
  MySchema: { $ref: "#/$defs/MySchema" },
  MySchema2: { $ref: "#/$defs/MySchema2" },
  MySchema3: { $ref: "#/$defs/MySchema3" },
  MySchema4: { $ref: "#/$defs/MySchema4" },
  MySchema5: { $ref: "#/$defs/MySchema5" },
  Promise: { $ref: "#/$defs/Promise" },
  Proto: { $ref: "#/$defs/Proto" },
  Record: { $ref: "#/$defs/Record" },
  ToString: { $ref: "#/$defs/ToString" },
  _1thing: { $ref: "#/$defs/_1thing" },
  GetItem5Response: {
    type: "object",
    properties: { value: { type: "array", items: { $ref: "#/$defs/MySchema2" } } }
  },
  GlobalThisPwned1Response: false,
  GetItemRequestBody: { $ref: "#/$defs/MySchema2" },
  GetItemResponse: { $ref: "#/$defs/MySchema2" },
  DeleteResponse: false,
  GetItem2Response: { $ref: "#/$defs/MySchema2" },
  GetItem3Response: { $ref: "#/$defs/MySchema2" },
  GetItem4RequestBody: { $ref: "#/$defs/MySchema2" },
  GetItem4Response: false,
  Proto2Response: false,
  ToString2Response: false,
  Constructor2Response: false,
  _1opResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isAnyEnum,
  isClass,
  isConstructor,
  isConstructor2Response,
  isDeleteResponse,
  isError,
  isGetItem2Response,
  isGetItem3Response,
  isGetItem4RequestBody,
  isGetItem4Response,
  isGetItem5Response,
  isGetItemRequestBody,
  isGetItemResponse,
  isGlobalThisPwned1Response,
  isMood,
  isMySchema,
  isMySchema2,
  isMySchema3,
  isMySchema4,
  isMySchema5,
  isPromise,
  isProto,
  isProto2Response,
  isRecord,
  isToString,
  isToString2Response,
  is_1opResponse,
  is_1thing,
  schemas,
  validateAnyEnum,
  validateClass,
  validateConstructor,
  validateConstructor2Response,
  validateDeleteResponse,
  validateError,
  validateGetItem2Response,
  validateGetItem3Response,
  validateGetItem4RequestBody,
  validateGetItem4Response,
  validateGetItem5Response,
  validateGetItemRequestBody,
  validateGetItemResponse,
  validateGlobalThisPwned1Response,
  validateMood,
  validateMySchema,
  validateMySchema2,
  validateMySchema3,
  validateMySchema4,
  validateMySchema5,
  validatePromise,
  validateProto,
  validateProto2Response,
  validateRecord,
  validateToString,
  validateToString2Response,
  validate_1opResponse,
  validate_1thing
};
