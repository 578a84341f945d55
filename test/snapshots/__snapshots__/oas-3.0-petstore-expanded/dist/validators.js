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
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateError(value, options) {
  const issues = options === void 0 ? check$Error(value, ROOT, void 0, 0) : checkValue(check$Error, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isError(value) {
  return is$Error(value, 0);
}
function validateNewPet(value, options) {
  const issues = options === void 0 ? check$NewPet(value, ROOT, void 0, 0) : checkValue(check$NewPet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNewPet(value) {
  return is$NewPet(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateFindPetsResponse(value, options) {
  const issues = options === void 0 ? check$FindPetsResponse(value, ROOT, void 0, 0) : checkValue(check$FindPetsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFindPetsResponse(value) {
  return is$FindPetsResponse(value, 0);
}
function validateAddPetRequestBody(value, options) {
  const issues = options === void 0 ? check$NewPet(value, ROOT, void 0, 0) : checkValue(check$NewPet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddPetRequestBody(value) {
  return is$NewPet(value, 0);
}
function validateAddPetResponse(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddPetResponse(value) {
  return is$Pet(value, 0);
}
function validateFindPetByIdResponse(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFindPetByIdResponse(value) {
  return is$Pet(value, 0);
}
function validateDeletePetResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeletePetResponse(value, ROOT, void 0, 0) : checkValue(check$DeletePetResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeletePetResponse(value) {
  return value === void 0 || is$DeletePetResponse(value, 0);
}
const schemas = {
  Error: /* @__PURE__ */ standardSchema(validateError, jsonSchema$of("Error")),
  NewPet: /* @__PURE__ */ standardSchema(validateNewPet, jsonSchema$of("NewPet")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  FindPetsResponse: /* @__PURE__ */ standardSchema(validateFindPetsResponse, jsonSchema$of("FindPetsResponse")),
  AddPetRequestBody: /* @__PURE__ */ standardSchema(validateAddPetRequestBody, jsonSchema$of("AddPetRequestBody")),
  AddPetResponse: /* @__PURE__ */ standardSchema(validateAddPetResponse, jsonSchema$of("AddPetResponse")),
  FindPetByIdResponse: /* @__PURE__ */ standardSchema(validateFindPetByIdResponse, jsonSchema$of("FindPetByIdResponse")),
  DeletePetResponse: /* @__PURE__ */ standardSchema(validateDeletePetResponse, jsonSchema$of("DeletePetResponse"))
};
const issue$code_format_d545fa = /* @__PURE__ */ fixedIssue(["code"], "format", "must be a 32-bit integer (format int32)");
const issue$code_required_86317d = /* @__PURE__ */ fixedIssue(["code"], "required", "is required");
const issue$code_type_5205f9 = /* @__PURE__ */ fixedIssue(["code"], "type", "must be an integer");
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$message_required_cddeac = /* @__PURE__ */ fixedIssue(["message"], "required", "is required");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$tag_type_75506b = /* @__PURE__ */ fixedIssue(["tag"], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Error(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
  if (x3 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (x2 < -2147483648 || x2 > 2147483647) return false;
  if (typeof x3 !== "string") return false;
  return true;
}
function check$Error(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "code") ? o1.code : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$code_required_86317d)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "message") ? o1.message : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$message_required_cddeac)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Number.isInteger(x2)) {
        if ((s = reportFixed(s, p, issue$code_type_5205f9)).length >= issueLimit) return s;
      } else {
        if (x2 < -2147483648 || x2 > 2147483647) {
          if ((s = reportFixed(s, p, issue$code_format_d545fa)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$NewPet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.tag;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "tag")) return false;
  }
  return true;
}
function check$NewPet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    const x3 = o1.tag;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "tag")) {
        if ((s = reportFixed(s, p, issue$tag_type_75506b)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$NewPet(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = hasOwn.call(o9, "id") ? o9.id : void 0;
  if (x10 === void 0) return false;
  if (!Number.isInteger(x10)) return false;
  if (x10 < -9223372036854776e3 || x10 >= 9223372036854776e3) return false;
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$NewPet(v, d + 1)) {
    if (full(s = check$NewPet(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = hasOwn.call(o9, "id") ? o9.id : void 0;
    if (x10 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    if (x10 !== void 0) {
      if (!Number.isInteger(x10)) {
        if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
      } else {
        if (x10 < -9223372036854776e3 || x10 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$FindPetsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Pet(x3, d + 1)) return false;
  }
  return true;
}
function check$FindPetsResponse(v, p, s, d) {
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
function is$DeletePetResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeletePetResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Error: {
    type: "object",
    properties: { code: { type: "integer", format: "int32" }, message: { type: "string" } },
    required: ["code", "message"]
  },
  NewPet: {
    type: "object",
    properties: { name: { type: "string" }, tag: { type: "string" } },
    required: ["name"]
  },
  Pet: {
    allOf: [
      { $ref: "#/$defs/NewPet" },
      {
        type: "object",
        properties: { id: { type: "integer", format: "int64" } },
        required: ["id"]
      }
    ]
  }
};
const jsonSchema$roots = {
  Error: { $ref: "#/$defs/Error" },
  NewPet: { $ref: "#/$defs/NewPet" },
  Pet: { $ref: "#/$defs/Pet" },
  FindPetsResponse: { type: "array", items: { $ref: "#/$defs/Pet" } },
  AddPetRequestBody: { $ref: "#/$defs/NewPet" },
  AddPetResponse: { $ref: "#/$defs/Pet" },
  FindPetByIdResponse: { $ref: "#/$defs/Pet" },
  DeletePetResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isAddPetRequestBody,
  isAddPetResponse,
  isDeletePetResponse,
  isError,
  isFindPetByIdResponse,
  isFindPetsResponse,
  isNewPet,
  isPet,
  schemas,
  validateAddPetRequestBody,
  validateAddPetResponse,
  validateDeletePetResponse,
  validateError,
  validateFindPetByIdResponse,
  validateFindPetsResponse,
  validateNewPet,
  validatePet
};
