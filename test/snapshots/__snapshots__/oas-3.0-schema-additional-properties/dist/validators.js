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
function validateRef(value, options) {
  const issues = options === void 0 ? check$Ref(value, ROOT, void 0, 0) : checkValue(check$Ref, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRef(value) {
  return is$Ref(value, 0);
}
function validateRefWithRef(value, options) {
  const issues = options === void 0 ? check$RefWithRef(value, ROOT, void 0, 0) : checkValue(check$RefWithRef, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRefWithRef(value) {
  return is$RefWithRef(value, 0);
}
function validatePostPostRequestBody(value, options) {
  const issues = options === void 0 ? check$PostPostRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostPostRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostPostRequestBody(value) {
  return is$PostPostRequestBody(value, 0);
}
function validatePostPostResponse(value, options) {
  const issues = options === void 0 ? check$PostPostResponse(value, ROOT, void 0, 0) : checkValue(check$PostPostResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostPostResponse(value) {
  return is$PostPostResponse(value, 0);
}
const schemas = {
  Ref: /* @__PURE__ */ standardSchema(validateRef, jsonSchema$of("Ref")),
  RefWithRef: /* @__PURE__ */ standardSchema(validateRefWithRef, jsonSchema$of("RefWithRef")),
  PostPostRequestBody: /* @__PURE__ */ standardSchema(validatePostPostRequestBody, jsonSchema$of("PostPostRequestBody")),
  PostPostResponse: /* @__PURE__ */ standardSchema(validatePostPostResponse, jsonSchema$of("PostPostResponse"))
};
const issue$array_type_0c50f9 = /* @__PURE__ */ fixedIssue(["array"], "type", "must be an array");
const issue$code_type_5205f9 = /* @__PURE__ */ fixedIssue(["code"], "type", "must be an integer");
const issue$object_with_additionalProperties_anyOf_p_b54c69 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: anyOf` (polymorphic)"], "type", "must be an object");
const issue$object_with_additionalProperties_false_a_aa2131 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: false` and no other properties"], "type", "must be an object");
const issue$object_with_additionalProperties_ref_sim_d83e41 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: $ref, simple`"], "type", "must be an object");
const issue$object_with_additionalProperties_ref_wit_e89ef4 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: $ref, with $ref`"], "type", "must be an object");
const issue$object_with_additionalProperties_true_ty_26abf3 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: true`"], "type", "must be an object");
const issue$object_with_additionalProperties_type_ar_90e74a = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: { type: array, items: { type: integer } }`"], "type", "must be an object");
const issue$object_with_additionalProperties_type_in_fa81b6 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: { type: integer }`"], "type", "must be an object");
const issue$object_with_additionalProperties_type_ob_a60c3b = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: { type: object, properties: ... }`"], "type", "must be an object");
const issue$object_with_additionalProperties_type_ob_b606a0 = /* @__PURE__ */ fixedIssue(["object with `additionalProperties: { type: object, properties: ... }` and custom title"], "type", "must be an object");
const issue$object_with_additionalPropeties_within_a_0d8db4 = /* @__PURE__ */ fixedIssue(["object with `additionalPropeties` within an allOf", "primitiveProperty"], "type", "must be a string");
const issue$object_with_additionalPropeties_within_a_357eab = /* @__PURE__ */ fixedIssue(["object with `additionalPropeties` within an allOf", "alt_primitiveProperty"], "type", "must be a string");
const issue$object_with_additionalPropeties_within_a_6dba0f = /* @__PURE__ */ fixedIssue(["object with `additionalPropeties` within an allOf"], "type", "must be an object");
const issue$text_type_336296 = /* @__PURE__ */ fixedIssue(["text"], "type", "must be a string");
const issue$type_456846 = /* @__PURE__ */ fixedIssue([], "type", "must be an integer");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Ref(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Number.isInteger(v)) return false;
  return true;
}
function check$Ref(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Number.isInteger(v)) {
    if ((s = reportFixed(s, p, issue$type_456846)).length >= issueLimit) return s;
  }
  return s;
}
function is$RefWithRef(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.code;
  if (x2 !== void 0) {
    if (!Number.isInteger(x2) && hasOwn.call(o1, "code")) return false;
  }
  const x4 = o1.text;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "text")) return false;
  }
  const x6 = o1.array;
  if (x6 !== void 0) {
    property7: {
      if (!Array.isArray(x6)) {
        if (hasOwn.call(o1, "array")) return false;
        break property7;
      }
      const a8 = x6;
      for (let i9 = 0; i9 < a8.length; i9++) {
        const x10 = a8[i9];
        if (!is$Ref(x10, d + 1)) {
          if (hasOwn.call(o1, "array")) return false;
          break property7;
        }
      }
    }
  }
  return true;
}
function check$RefWithRef(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.code;
    if (x2 !== void 0) {
      if (!Number.isInteger(x2) && hasOwn.call(o1, "code")) {
        if ((s = reportFixed(s, p, issue$code_type_5205f9)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.text;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "text")) {
        if ((s = reportFixed(s, p, issue$text_type_336296)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.array;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a5 = x4;
          for (let i6 = 0; i6 < a5.length; i6++) {
            const x7 = a5[i6];
            if (!is$Ref(x7, d + 1)) {
              if (full(s = check$Ref(x7, below(p, ["array", i6]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$PostPostRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["object with `additionalProperties: true`"];
  if (x2 !== void 0) {
    if ((typeof x2 !== "object" || x2 === null || Array.isArray(x2)) && hasOwn.call(o1, "object with `additionalProperties: true`")) return false;
  }
  const x7 = o1["object with `additionalProperties: false` and no other properties"];
  if (x7 !== void 0) {
    property8: {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        if (hasOwn.call(o1, "object with `additionalProperties: false` and no other properties")) return false;
        break property8;
      }
      const o9 = x7;
      for (const k10 in o9) {
        if (!hasOwn.call(o9, k10)) continue;
        const x11 = o9[k10];
        if (x11 === void 0) continue;
        {
          if (hasOwn.call(o1, "object with `additionalProperties: false` and no other properties")) return false;
          break property8;
        }
      }
    }
  }
  const x12 = o1["object with `additionalProperties: { type: integer }`"];
  if (x12 !== void 0) {
    property13: {
      if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) return false;
        break property13;
      }
      const o14 = x12;
      for (const k15 in o14) {
        if (!hasOwn.call(o14, k15)) continue;
        const x16 = o14[k15];
        if (x16 === void 0) continue;
        if (!Number.isInteger(x16)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) return false;
          break property13;
        }
      }
    }
  }
  const x17 = o1["object with `additionalProperties: { type: object, properties: ... }`"];
  if (x17 !== void 0) {
    property18: {
      if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
        break property18;
      }
      const o19 = x17;
      for (const k20 in o19) {
        if (!hasOwn.call(o19, k20)) continue;
        const x21 = o19[k20];
        if (x21 === void 0) continue;
        if (typeof x21 !== "object" || x21 === null || Array.isArray(x21)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
          break property18;
        }
        const o22 = x21;
        const x23 = o22.code;
        if (x23 !== void 0) {
          if (!Number.isInteger(x23) && hasOwn.call(o22, "code")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
            break property18;
          }
        }
        const x25 = o22.text;
        if (x25 !== void 0) {
          if (typeof x25 !== "string" && hasOwn.call(o22, "text")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
            break property18;
          }
        }
      }
    }
  }
  const x29 = o1["object with `additionalProperties: { type: object, properties: ... }` and custom title"];
  if (x29 !== void 0) {
    property30: {
      if (typeof x29 !== "object" || x29 === null || Array.isArray(x29)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
        break property30;
      }
      const o31 = x29;
      for (const k32 in o31) {
        if (!hasOwn.call(o31, k32)) continue;
        const x33 = o31[k32];
        if (x33 === void 0) continue;
        if (typeof x33 !== "object" || x33 === null || Array.isArray(x33)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
          break property30;
        }
        const o34 = x33;
        const x35 = o34.code;
        if (x35 !== void 0) {
          if (!Number.isInteger(x35) && hasOwn.call(o34, "code")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
            break property30;
          }
        }
        const x37 = o34.text;
        if (x37 !== void 0) {
          if (typeof x37 !== "string" && hasOwn.call(o34, "text")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
            break property30;
          }
        }
      }
    }
  }
  const x41 = o1["object with `additionalProperties: { type: array, items: { type: integer } }`"];
  if (x41 !== void 0) {
    property42: {
      if (typeof x41 !== "object" || x41 === null || Array.isArray(x41)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
        break property42;
      }
      const o43 = x41;
      for (const k44 in o43) {
        if (!hasOwn.call(o43, k44)) continue;
        const x45 = o43[k44];
        if (x45 === void 0) continue;
        if (!Array.isArray(x45)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
          break property42;
        }
        const a46 = x45;
        for (let i47 = 0; i47 < a46.length; i47++) {
          const x48 = a46[i47];
          if (!Number.isInteger(x48)) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
            break property42;
          }
        }
      }
    }
  }
  const x49 = o1["object with `additionalProperties: $ref, simple`"];
  if (x49 !== void 0) {
    property50: {
      if (typeof x49 !== "object" || x49 === null || Array.isArray(x49)) {
        if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) return false;
        break property50;
      }
      const o51 = x49;
      for (const k52 in o51) {
        if (!hasOwn.call(o51, k52)) continue;
        const x53 = o51[k52];
        if (x53 === void 0) continue;
        if (!is$Ref(x53, d + 1)) {
          if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) return false;
          break property50;
        }
      }
    }
  }
  const x58 = o1["object with `additionalProperties: $ref, with $ref`"];
  if (x58 !== void 0) {
    property59: {
      if (typeof x58 !== "object" || x58 === null || Array.isArray(x58)) {
        if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) return false;
        break property59;
      }
      const o60 = x58;
      for (const k61 in o60) {
        if (!hasOwn.call(o60, k61)) continue;
        const x62 = o60[k61];
        if (x62 === void 0) continue;
        if (!is$RefWithRef(x62, d + 1)) {
          if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) return false;
          break property59;
        }
      }
    }
  }
  const x67 = o1["object with `additionalProperties: anyOf` (polymorphic)"];
  if (x67 !== void 0) {
    property68: {
      if (typeof x67 !== "object" || x67 === null || Array.isArray(x67)) {
        if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) return false;
        break property68;
      }
      const o69 = x67;
      for (const k70 in o69) {
        if (!hasOwn.call(o69, k70)) continue;
        const x71 = o69[k70];
        if (x71 === void 0) continue;
        passed76: {
          failed77: {
            if (typeof x71 !== "string") break failed77;
            break passed76;
          }
          failed78: {
            if (!is$Ref(x71, d + 1)) break failed78;
            break passed76;
          }
          failed83: {
            if (!is$RefWithRef(x71, d + 1)) break failed83;
            break passed76;
          }
          {
            if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) return false;
            break property68;
          }
        }
      }
    }
  }
  const x88 = o1["object with `additionalPropeties` within an allOf"];
  if (x88 !== void 0) {
    property89: {
      if (typeof x88 !== "object" || x88 === null || Array.isArray(x88)) {
        if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) return false;
        break property89;
      }
      const o94 = x88;
      const x95 = o94.primitiveProperty;
      if (x95 !== void 0) {
        if (typeof x95 !== "string" && hasOwn.call(o94, "primitiveProperty")) {
          if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) return false;
          break property89;
        }
      }
      for (const k97 in o94) {
        if (!hasOwn.call(o94, k97)) continue;
        const x98 = o94[k97];
        if (x98 === void 0) continue;
        if (k97 !== "primitiveProperty") {
          {
            if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) return false;
            break property89;
          }
        }
      }
      const o99 = x88;
      const x100 = o99.alt_primitiveProperty;
      if (x100 !== void 0) {
        if (typeof x100 !== "string" && hasOwn.call(o99, "alt_primitiveProperty")) {
          if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) return false;
          break property89;
        }
      }
      for (const k102 in o99) {
        if (!hasOwn.call(o99, k102)) continue;
        const x103 = o99[k102];
        if (x103 === void 0) continue;
        if (k102 !== "alt_primitiveProperty") {
          {
            if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) return false;
            break property89;
          }
        }
      }
    }
  }
  return true;
}
function check$PostPostRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["object with `additionalProperties: true`"];
    if (x2 !== void 0) {
      if ((typeof x2 !== "object" || x2 === null || Array.isArray(x2)) && hasOwn.call(o1, "object with `additionalProperties: true`")) {
        if ((s = reportFixed(s, p, issue$object_with_additionalProperties_true_ty_26abf3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["object with `additionalProperties: false` and no other properties"];
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: false` and no other properties")) {
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_false_a_aa2131)).length >= issueLimit) return s;
        } else {
          const o7 = x6;
          for (const k8 in o7) {
            if (!hasOwn.call(o7, k8)) continue;
            const x9 = o7[k8];
            if (x9 === void 0) continue;
            if ((s = report(s, p, ["object with `additionalProperties: false` and no other properties", k8], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1["object with `additionalProperties: { type: integer }`"];
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) {
        if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_in_fa81b6)).length >= issueLimit) return s;
        } else {
          const o11 = x10;
          for (const k12 in o11) {
            if (!hasOwn.call(o11, k12)) continue;
            const x13 = o11[k12];
            if (x13 === void 0) continue;
            if (!Number.isInteger(x13)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: integer }`", k12], "type", "must be an integer")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x14 = o1["object with `additionalProperties: { type: object, properties: ... }`"];
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) {
        if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ob_a60c3b)).length >= issueLimit) return s;
        } else {
          const o15 = x14;
          for (const k16 in o15) {
            if (!hasOwn.call(o15, k16)) continue;
            const x17 = o15[k16];
            if (x17 === void 0) continue;
            if (typeof x17 !== "object" || x17 === null || Array.isArray(x17)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k16], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o18 = x17;
              const x19 = o18.code;
              if (x19 !== void 0) {
                if (!Number.isInteger(x19) && hasOwn.call(o18, "code")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k16, "code"], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
              const x20 = o18.text;
              if (x20 !== void 0) {
                if (typeof x20 !== "string" && hasOwn.call(o18, "text")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k16, "text"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x23 = o1["object with `additionalProperties: { type: object, properties: ... }` and custom title"];
    if (x23 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) {
        if (typeof x23 !== "object" || x23 === null || Array.isArray(x23)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ob_b606a0)).length >= issueLimit) return s;
        } else {
          const o24 = x23;
          for (const k25 in o24) {
            if (!hasOwn.call(o24, k25)) continue;
            const x26 = o24[k25];
            if (x26 === void 0) continue;
            if (typeof x26 !== "object" || x26 === null || Array.isArray(x26)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k25], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o27 = x26;
              const x28 = o27.code;
              if (x28 !== void 0) {
                if (!Number.isInteger(x28) && hasOwn.call(o27, "code")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k25, "code"], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
              const x29 = o27.text;
              if (x29 !== void 0) {
                if (typeof x29 !== "string" && hasOwn.call(o27, "text")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k25, "text"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x32 = o1["object with `additionalProperties: { type: array, items: { type: integer } }`"];
    if (x32 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) {
        if (typeof x32 !== "object" || x32 === null || Array.isArray(x32)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ar_90e74a)).length >= issueLimit) return s;
        } else {
          const o33 = x32;
          for (const k34 in o33) {
            if (!hasOwn.call(o33, k34)) continue;
            const x35 = o33[k34];
            if (x35 === void 0) continue;
            if (!Array.isArray(x35)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: array, items: { type: integer } }`", k34], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a36 = x35;
              for (let i37 = 0; i37 < a36.length; i37++) {
                const x38 = a36[i37];
                if (!Number.isInteger(x38)) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: array, items: { type: integer } }`", k34, i37], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x39 = o1["object with `additionalProperties: $ref, simple`"];
    if (x39 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) {
        if (typeof x39 !== "object" || x39 === null || Array.isArray(x39)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_ref_sim_d83e41)).length >= issueLimit) return s;
        } else {
          const o40 = x39;
          for (const k41 in o40) {
            if (!hasOwn.call(o40, k41)) continue;
            const x42 = o40[k41];
            if (x42 === void 0) continue;
            if (!is$Ref(x42, d + 1)) {
              if (full(s = check$Ref(x42, below(p, ["object with `additionalProperties: $ref, simple`", k41]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x43 = o1["object with `additionalProperties: $ref, with $ref`"];
    if (x43 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) {
        if (typeof x43 !== "object" || x43 === null || Array.isArray(x43)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_ref_wit_e89ef4)).length >= issueLimit) return s;
        } else {
          const o44 = x43;
          for (const k45 in o44) {
            if (!hasOwn.call(o44, k45)) continue;
            const x46 = o44[k45];
            if (x46 === void 0) continue;
            if (!is$RefWithRef(x46, d + 1)) {
              if (full(s = check$RefWithRef(x46, below(p, ["object with `additionalProperties: $ref, with $ref`", k45]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x47 = o1["object with `additionalProperties: anyOf` (polymorphic)"];
    if (x47 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) {
        if (typeof x47 !== "object" || x47 === null || Array.isArray(x47)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_anyOf_p_b54c69)).length >= issueLimit) return s;
        } else {
          const o48 = x47;
          for (const k49 in o48) {
            if (!hasOwn.call(o48, k49)) continue;
            const x50 = o48[k49];
            if (x50 === void 0) continue;
            passed55: {
              failed56: {
                if (typeof x50 !== "string") break failed56;
                break passed55;
              }
              failed57: {
                if (!is$Ref(x50, d + 1)) break failed57;
                break passed55;
              }
              failed62: {
                if (!is$RefWithRef(x50, d + 1)) break failed62;
                break passed55;
              }
              if ((s = report(s, p, ["object with `additionalProperties: anyOf` (polymorphic)", k49], "anyOf", "must match at least one of the allowed schemas (anyOf)")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x67 = o1["object with `additionalPropeties` within an allOf"];
    if (x67 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalPropeties` within an allOf")) {
        if (typeof x67 !== "object" || x67 === null || Array.isArray(x67)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalPropeties_within_a_6dba0f)).length >= issueLimit) return s;
        } else {
          const o72 = x67;
          const x73 = o72.primitiveProperty;
          if (x73 !== void 0) {
            if (typeof x73 !== "string" && hasOwn.call(o72, "primitiveProperty")) {
              if ((s = reportFixed(s, p, issue$object_with_additionalPropeties_within_a_0d8db4)).length >= issueLimit) return s;
            }
          }
          for (const k74 in o72) {
            if (!hasOwn.call(o72, k74)) continue;
            const x75 = o72[k74];
            if (x75 === void 0) continue;
            if (k74 !== "primitiveProperty") {
              if ((s = report(s, p, ["object with `additionalPropeties` within an allOf", k74], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
            }
          }
        }
        if (typeof x67 !== "object" || x67 === null || Array.isArray(x67)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalPropeties_within_a_6dba0f)).length >= issueLimit) return s;
        } else {
          const o76 = x67;
          const x77 = o76.alt_primitiveProperty;
          if (x77 !== void 0) {
            if (typeof x77 !== "string" && hasOwn.call(o76, "alt_primitiveProperty")) {
              if ((s = reportFixed(s, p, issue$object_with_additionalPropeties_within_a_357eab)).length >= issueLimit) return s;
            }
          }
          for (const k78 in o76) {
            if (!hasOwn.call(o76, k78)) continue;
            const x79 = o76[k78];
            if (x79 === void 0) continue;
            if (k78 !== "alt_primitiveProperty") {
              if ((s = report(s, p, ["object with `additionalPropeties` within an allOf", k78], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$PostPostResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["object with `additionalProperties: true`"];
  if (x2 !== void 0) {
    if ((typeof x2 !== "object" || x2 === null || Array.isArray(x2)) && hasOwn.call(o1, "object with `additionalProperties: true`")) return false;
  }
  const x7 = o1["object with `additionalProperties: { type: integer }`"];
  if (x7 !== void 0) {
    property8: {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) return false;
        break property8;
      }
      const o9 = x7;
      for (const k10 in o9) {
        if (!hasOwn.call(o9, k10)) continue;
        const x11 = o9[k10];
        if (x11 === void 0) continue;
        if (!Number.isInteger(x11)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) return false;
          break property8;
        }
      }
    }
  }
  const x12 = o1["object with `additionalProperties: { type: object, properties: ... }`"];
  if (x12 !== void 0) {
    property13: {
      if (typeof x12 !== "object" || x12 === null || Array.isArray(x12)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
        break property13;
      }
      const o14 = x12;
      for (const k15 in o14) {
        if (!hasOwn.call(o14, k15)) continue;
        const x16 = o14[k15];
        if (x16 === void 0) continue;
        if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
          break property13;
        }
        const o17 = x16;
        const x18 = o17.code;
        if (x18 !== void 0) {
          if (!Number.isInteger(x18) && hasOwn.call(o17, "code")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
            break property13;
          }
        }
        const x20 = o17.text;
        if (x20 !== void 0) {
          if (typeof x20 !== "string" && hasOwn.call(o17, "text")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) return false;
            break property13;
          }
        }
      }
    }
  }
  const x24 = o1["object with `additionalProperties: { type: object, properties: ... }` and custom title"];
  if (x24 !== void 0) {
    property25: {
      if (typeof x24 !== "object" || x24 === null || Array.isArray(x24)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
        break property25;
      }
      const o26 = x24;
      for (const k27 in o26) {
        if (!hasOwn.call(o26, k27)) continue;
        const x28 = o26[k27];
        if (x28 === void 0) continue;
        if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
          break property25;
        }
        const o29 = x28;
        const x30 = o29.code;
        if (x30 !== void 0) {
          if (!Number.isInteger(x30) && hasOwn.call(o29, "code")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
            break property25;
          }
        }
        const x32 = o29.text;
        if (x32 !== void 0) {
          if (typeof x32 !== "string" && hasOwn.call(o29, "text")) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) return false;
            break property25;
          }
        }
      }
    }
  }
  const x36 = o1["object with `additionalProperties: { type: array, items: { type: integer } }`"];
  if (x36 !== void 0) {
    property37: {
      if (typeof x36 !== "object" || x36 === null || Array.isArray(x36)) {
        if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
        break property37;
      }
      const o38 = x36;
      for (const k39 in o38) {
        if (!hasOwn.call(o38, k39)) continue;
        const x40 = o38[k39];
        if (x40 === void 0) continue;
        if (!Array.isArray(x40)) {
          if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
          break property37;
        }
        const a41 = x40;
        for (let i42 = 0; i42 < a41.length; i42++) {
          const x43 = a41[i42];
          if (!Number.isInteger(x43)) {
            if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) return false;
            break property37;
          }
        }
      }
    }
  }
  const x44 = o1["object with `additionalProperties: $ref, simple`"];
  if (x44 !== void 0) {
    property45: {
      if (typeof x44 !== "object" || x44 === null || Array.isArray(x44)) {
        if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) return false;
        break property45;
      }
      const o46 = x44;
      for (const k47 in o46) {
        if (!hasOwn.call(o46, k47)) continue;
        const x48 = o46[k47];
        if (x48 === void 0) continue;
        if (!is$Ref(x48, d + 1)) {
          if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) return false;
          break property45;
        }
      }
    }
  }
  const x53 = o1["object with `additionalProperties: $ref, with $ref`"];
  if (x53 !== void 0) {
    property54: {
      if (typeof x53 !== "object" || x53 === null || Array.isArray(x53)) {
        if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) return false;
        break property54;
      }
      const o55 = x53;
      for (const k56 in o55) {
        if (!hasOwn.call(o55, k56)) continue;
        const x57 = o55[k56];
        if (x57 === void 0) continue;
        if (!is$RefWithRef(x57, d + 1)) {
          if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) return false;
          break property54;
        }
      }
    }
  }
  const x62 = o1["object with `additionalProperties: anyOf` (polymorphic)"];
  if (x62 !== void 0) {
    property63: {
      if (typeof x62 !== "object" || x62 === null || Array.isArray(x62)) {
        if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) return false;
        break property63;
      }
      const o64 = x62;
      for (const k65 in o64) {
        if (!hasOwn.call(o64, k65)) continue;
        const x66 = o64[k65];
        if (x66 === void 0) continue;
        passed71: {
          failed72: {
            if (typeof x66 !== "string") break failed72;
            break passed71;
          }
          failed73: {
            if (!is$Ref(x66, d + 1)) break failed73;
            break passed71;
          }
          failed78: {
            if (!is$RefWithRef(x66, d + 1)) break failed78;
            break passed71;
          }
          {
            if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) return false;
            break property63;
          }
        }
      }
    }
  }
  return true;
}
function check$PostPostResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["object with `additionalProperties: true`"];
    if (x2 !== void 0) {
      if ((typeof x2 !== "object" || x2 === null || Array.isArray(x2)) && hasOwn.call(o1, "object with `additionalProperties: true`")) {
        if ((s = reportFixed(s, p, issue$object_with_additionalProperties_true_ty_26abf3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["object with `additionalProperties: { type: integer }`"];
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: integer }`")) {
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_in_fa81b6)).length >= issueLimit) return s;
        } else {
          const o7 = x6;
          for (const k8 in o7) {
            if (!hasOwn.call(o7, k8)) continue;
            const x9 = o7[k8];
            if (x9 === void 0) continue;
            if (!Number.isInteger(x9)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: integer }`", k8], "type", "must be an integer")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x10 = o1["object with `additionalProperties: { type: object, properties: ... }`"];
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }`")) {
        if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ob_a60c3b)).length >= issueLimit) return s;
        } else {
          const o11 = x10;
          for (const k12 in o11) {
            if (!hasOwn.call(o11, k12)) continue;
            const x13 = o11[k12];
            if (x13 === void 0) continue;
            if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k12], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o14 = x13;
              const x15 = o14.code;
              if (x15 !== void 0) {
                if (!Number.isInteger(x15) && hasOwn.call(o14, "code")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k12, "code"], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
              const x16 = o14.text;
              if (x16 !== void 0) {
                if (typeof x16 !== "string" && hasOwn.call(o14, "text")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }`", k12, "text"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x19 = o1["object with `additionalProperties: { type: object, properties: ... }` and custom title"];
    if (x19 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: object, properties: ... }` and custom title")) {
        if (typeof x19 !== "object" || x19 === null || Array.isArray(x19)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ob_b606a0)).length >= issueLimit) return s;
        } else {
          const o20 = x19;
          for (const k21 in o20) {
            if (!hasOwn.call(o20, k21)) continue;
            const x22 = o20[k21];
            if (x22 === void 0) continue;
            if (typeof x22 !== "object" || x22 === null || Array.isArray(x22)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k21], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o23 = x22;
              const x24 = o23.code;
              if (x24 !== void 0) {
                if (!Number.isInteger(x24) && hasOwn.call(o23, "code")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k21, "code"], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
              const x25 = o23.text;
              if (x25 !== void 0) {
                if (typeof x25 !== "string" && hasOwn.call(o23, "text")) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: object, properties: ... }` and custom title", k21, "text"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x28 = o1["object with `additionalProperties: { type: array, items: { type: integer } }`"];
    if (x28 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: { type: array, items: { type: integer } }`")) {
        if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_type_ar_90e74a)).length >= issueLimit) return s;
        } else {
          const o29 = x28;
          for (const k30 in o29) {
            if (!hasOwn.call(o29, k30)) continue;
            const x31 = o29[k30];
            if (x31 === void 0) continue;
            if (!Array.isArray(x31)) {
              if ((s = report(s, p, ["object with `additionalProperties: { type: array, items: { type: integer } }`", k30], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a32 = x31;
              for (let i33 = 0; i33 < a32.length; i33++) {
                const x34 = a32[i33];
                if (!Number.isInteger(x34)) {
                  if ((s = report(s, p, ["object with `additionalProperties: { type: array, items: { type: integer } }`", k30, i33], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x35 = o1["object with `additionalProperties: $ref, simple`"];
    if (x35 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: $ref, simple`")) {
        if (typeof x35 !== "object" || x35 === null || Array.isArray(x35)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_ref_sim_d83e41)).length >= issueLimit) return s;
        } else {
          const o36 = x35;
          for (const k37 in o36) {
            if (!hasOwn.call(o36, k37)) continue;
            const x38 = o36[k37];
            if (x38 === void 0) continue;
            if (!is$Ref(x38, d + 1)) {
              if (full(s = check$Ref(x38, below(p, ["object with `additionalProperties: $ref, simple`", k37]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x39 = o1["object with `additionalProperties: $ref, with $ref`"];
    if (x39 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: $ref, with $ref`")) {
        if (typeof x39 !== "object" || x39 === null || Array.isArray(x39)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_ref_wit_e89ef4)).length >= issueLimit) return s;
        } else {
          const o40 = x39;
          for (const k41 in o40) {
            if (!hasOwn.call(o40, k41)) continue;
            const x42 = o40[k41];
            if (x42 === void 0) continue;
            if (!is$RefWithRef(x42, d + 1)) {
              if (full(s = check$RefWithRef(x42, below(p, ["object with `additionalProperties: $ref, with $ref`", k41]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x43 = o1["object with `additionalProperties: anyOf` (polymorphic)"];
    if (x43 !== void 0) {
      if (hasOwn.call(o1, "object with `additionalProperties: anyOf` (polymorphic)")) {
        if (typeof x43 !== "object" || x43 === null || Array.isArray(x43)) {
          if ((s = reportFixed(s, p, issue$object_with_additionalProperties_anyOf_p_b54c69)).length >= issueLimit) return s;
        } else {
          const o44 = x43;
          for (const k45 in o44) {
            if (!hasOwn.call(o44, k45)) continue;
            const x46 = o44[k45];
            if (x46 === void 0) continue;
            passed51: {
              failed52: {
                if (typeof x46 !== "string") break failed52;
                break passed51;
              }
              failed53: {
                if (!is$Ref(x46, d + 1)) break failed53;
                break passed51;
              }
              failed58: {
                if (!is$RefWithRef(x46, d + 1)) break failed58;
                break passed51;
              }
              if ((s = report(s, p, ["object with `additionalProperties: anyOf` (polymorphic)", k45], "anyOf", "must match at least one of the allowed schemas (anyOf)")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Ref: { type: "integer" },
  RefWithRef: {
    type: "object",
    properties: {
      code: { type: "integer" },
      text: { type: "string" },
      array: { type: "array", items: { $ref: "#/$defs/Ref" } }
    }
  }
};
const jsonSchema$roots = {
  Ref: { $ref: "#/$defs/Ref" },
  RefWithRef: { $ref: "#/$defs/RefWithRef" },
  PostPostRequestBody: {
    type: "object",
    properties: {
      "object with `additionalProperties: true`": { type: "object", additionalProperties: true },
      "object with `additionalProperties: false` and no other properties": {
        type: "object",
        additionalProperties: false
      },
      "object with `additionalProperties: { type: integer }`": {
        type: "object",
        additionalProperties: { type: "integer" }
      },
      "object with `additionalProperties: { type: object, properties: ... }`": {
        type: "object",
        additionalProperties: {
          type: "object",
          properties: { code: { type: "integer" }, text: { type: "string" } }
        }
      },
      "object with `additionalProperties: { type: object, properties: ... }` and custom title": {
        type: "object",
        additionalProperties: {
          title: "This is a custom title",
          type: "object",
          properties: { code: { type: "integer" }, text: { type: "string" } }
        }
      },
      "object with `additionalProperties: { type: array, items: { type: integer } }`": {
        type: "object",
        additionalProperties: { type: "array", items: { type: "integer" } }
      },
      "object with `additionalProperties: $ref, simple`": {
        type: "object",
        additionalProperties: { $ref: "#/$defs/Ref" }
      },
      "object with `additionalProperties: $ref, with $ref`": {
        type: "object",
        additionalProperties: { $ref: "#/$defs/RefWithRef" }
      },
      "object with `additionalProperties: anyOf` (polymorphic)": {
        type: "object",
        additionalProperties: {
          anyOf: [{ type: "string" }, { $ref: "#/$defs/Ref" }, { $ref: "#/$defs/RefWithRef" }]
        }
      },
      "object with `additionalPropeties` within an allOf": {
        description: "Technically this is not valid to the spec. The `additionalProperties` rejections should cancel out each others new field but we indicate we want this to work by enabling [json-schema-merge-allof](https://npm.im/json-schema-merge-allof)'s `ignoreAdditionalProperties` option",
        allOf: [
          {
            type: "object",
            properties: { primitiveProperty: { type: "string" } },
            additionalProperties: false
          },
          {
            type: "object",
            properties: { alt_primitiveProperty: { type: "string" } },
            additionalProperties: false
          }
        ]
      }
    }
  },
  PostPostResponse: {
    type: "object",
    properties: {
      "object with `additionalProperties: true`": { type: "object", additionalProperties: true },
      "object with `additionalProperties: { type: integer }`": {
        type: "object",
        additionalProperties: { type: "integer" }
      },
      "object with `additionalProperties: { type: object, properties: ... }`": {
        type: "object",
        additionalProperties: {
          type: "object",
          properties: { code: { type: "integer" }, text: { type: "string" } }
        }
      },
      "object with `additionalProperties: { type: object, properties: ... }` and custom title": {
        type: "object",
        additionalProperties: {
          title: "This is a custom title",
          type: "object",
          properties: { code: { type: "integer" }, text: { type: "string" } }
        }
      },
      "object with `additionalProperties: { type: array, items: { type: integer } }`": {
        type: "object",
        additionalProperties: { type: "array", items: { type: "integer" } }
      },
      "object with `additionalProperties: $ref, simple`": {
        type: "object",
        additionalProperties: { $ref: "#/$defs/Ref" }
      },
      "object with `additionalProperties: $ref, with $ref`": {
        type: "object",
        additionalProperties: { $ref: "#/$defs/RefWithRef" }
      },
      "object with `additionalProperties: anyOf` (polymorphic)": {
        type: "object",
        additionalProperties: {
          anyOf: [{ type: "string" }, { $ref: "#/$defs/Ref" }, { $ref: "#/$defs/RefWithRef" }]
        }
      }
    }
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isPostPostRequestBody,
  isPostPostResponse,
  isRef,
  isRefWithRef,
  schemas,
  validatePostPostRequestBody,
  validatePostPostResponse,
  validateRef,
  validateRefWithRef
};
