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
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validatePets(value, options) {
  const issues = options === void 0 ? check$Pets(value, ROOT, void 0, 0) : checkValue(check$Pets, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPets(value) {
  return is$Pets(value, 0);
}
function validateTag(value, options) {
  const issues = options === void 0 ? check$Tag(value, ROOT, void 0, 0) : checkValue(check$Tag, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTag(value) {
  return is$Tag(value, 0);
}
function validateToken(value, options) {
  const issues = options === void 0 ? check$Token(value, ROOT, void 0, 0) : checkValue(check$Token, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isToken(value) {
  return is$Token(value, 0);
}
function validateUser(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUser(value) {
  return is$User(value, 0);
}
function validateGetParameterExamplesByParam1ByParam2Response(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetParameterExamplesByParam1ByParam2Response(value) {
  return is$User(value, 0);
}
function validatePutParameterExamplesByParam1ByParam2RequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutParameterExamplesByParam1ByParam2RequestBody(value) {
  return is$User(value, 0);
}
function validatePutParameterExamplesByParam1ByParam2Response(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutParameterExamplesByParam1ByParam2Response(value) {
  return is$User(value, 0);
}
function validatePatchParameterExamplesByParam1ByParam2RequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchParameterExamplesByParam1ByParam2RequestBody(value) {
  return is$User(value, 0);
}
function validatePatchParameterExamplesByParam1ByParam2Response(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchParameterExamplesByParam1ByParam2Response(value) {
  return is$User(value, 0);
}
function validatePutRequestBodyRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutRequestBodyRequestBody(value) {
  return is$User(value, 0);
}
function validatePutRequestBodyResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutRequestBodyResponse(value) {
  return is$User(value, 0);
}
function validatePostRequestBodyRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyRequestBody(value) {
  return is$User(value, 0);
}
function validatePostRequestBodyResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyResponse(value) {
  return is$User(value, 0);
}
function validatePatchRequestBodyRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchRequestBodyRequestBody(value) {
  return is$User(value, 0);
}
function validatePatchRequestBodyResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchRequestBodyResponse(value) {
  return is$User(value, 0);
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
function validatePostRequestBodyMultiMediaTypesRequestBody(value, options) {
  const issues = options === void 0 ? check$PostRequestBodyMultiMediaTypesRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostRequestBodyMultiMediaTypesRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyMultiMediaTypesRequestBody(value) {
  return is$PostRequestBodyMultiMediaTypesRequestBody(value, 0);
}
function validatePostRequestBodyMultiMediaTypesResponse(value, options) {
  const issues = options === void 0 ? check$PostRequestBodyMultiMediaTypesResponse(value, ROOT, void 0, 0) : checkValue(check$PostRequestBodyMultiMediaTypesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyMultiMediaTypesResponse(value) {
  return is$PostRequestBodyMultiMediaTypesResponse(value, 0);
}
function validatePutRequestBodyPrimitiveExampleRequestBody(value, options) {
  const issues = options === void 0 ? check$Pets(value, ROOT, void 0, 0) : checkValue(check$Pets, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutRequestBodyPrimitiveExampleRequestBody(value) {
  return is$Pets(value, 0);
}
function validatePutRequestBodyPrimitiveExampleResponse(value, options) {
  const issues = options === void 0 ? check$Pets(value, ROOT, void 0, 0) : checkValue(check$Pets, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPutRequestBodyPrimitiveExampleResponse(value) {
  return is$Pets(value, 0);
}
function validatePostRequestBodyPrimitiveExampleRequestBody(value, options) {
  const issues = options === void 0 ? check$PostRequestBodyPrimitiveExampleRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostRequestBodyPrimitiveExampleRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyPrimitiveExampleRequestBody(value) {
  return is$PostRequestBodyPrimitiveExampleRequestBody(value, 0);
}
function validatePostRequestBodyPrimitiveExampleResponse(value, options) {
  const issues = options === void 0 ? check$PostRequestBodyPrimitiveExampleResponse(value, ROOT, void 0, 0) : checkValue(check$PostRequestBodyPrimitiveExampleResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostRequestBodyPrimitiveExampleResponse(value) {
  return is$PostRequestBodyPrimitiveExampleResponse(value, 0);
}
function validatePatchRequestBodyPrimitiveExampleRequestBody(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchRequestBodyPrimitiveExampleRequestBody(value) {
  return is$Pet(value, 0);
}
function validatePatchRequestBodyPrimitiveExampleResponse(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchRequestBodyPrimitiveExampleResponse(value) {
  return is$Pet(value, 0);
}
const schemas = {
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  Pets: /* @__PURE__ */ standardSchema(validatePets, jsonSchema$of("Pets")),
  Tag: /* @__PURE__ */ standardSchema(validateTag, jsonSchema$of("Tag")),
  Token: /* @__PURE__ */ standardSchema(validateToken, jsonSchema$of("Token")),
  User: /* @__PURE__ */ standardSchema(validateUser, jsonSchema$of("User")),
  GetParameterExamplesByParam1ByParam2Response: /* @__PURE__ */ standardSchema(validateGetParameterExamplesByParam1ByParam2Response, jsonSchema$of("GetParameterExamplesByParam1ByParam2Response")),
  PutParameterExamplesByParam1ByParam2RequestBody: /* @__PURE__ */ standardSchema(validatePutParameterExamplesByParam1ByParam2RequestBody, jsonSchema$of("PutParameterExamplesByParam1ByParam2RequestBody")),
  PutParameterExamplesByParam1ByParam2Response: /* @__PURE__ */ standardSchema(validatePutParameterExamplesByParam1ByParam2Response, jsonSchema$of("PutParameterExamplesByParam1ByParam2Response")),
  PatchParameterExamplesByParam1ByParam2RequestBody: /* @__PURE__ */ standardSchema(validatePatchParameterExamplesByParam1ByParam2RequestBody, jsonSchema$of("PatchParameterExamplesByParam1ByParam2RequestBody")),
  PatchParameterExamplesByParam1ByParam2Response: /* @__PURE__ */ standardSchema(validatePatchParameterExamplesByParam1ByParam2Response, jsonSchema$of("PatchParameterExamplesByParam1ByParam2Response")),
  PutRequestBodyRequestBody: /* @__PURE__ */ standardSchema(validatePutRequestBodyRequestBody, jsonSchema$of("PutRequestBodyRequestBody")),
  PutRequestBodyResponse: /* @__PURE__ */ standardSchema(validatePutRequestBodyResponse, jsonSchema$of("PutRequestBodyResponse")),
  PostRequestBodyRequestBody: /* @__PURE__ */ standardSchema(validatePostRequestBodyRequestBody, jsonSchema$of("PostRequestBodyRequestBody")),
  PostRequestBodyResponse: /* @__PURE__ */ standardSchema(validatePostRequestBodyResponse, jsonSchema$of("PostRequestBodyResponse")),
  PatchRequestBodyRequestBody: /* @__PURE__ */ standardSchema(validatePatchRequestBodyRequestBody, jsonSchema$of("PatchRequestBodyRequestBody")),
  PatchRequestBodyResponse: /* @__PURE__ */ standardSchema(validatePatchRequestBodyResponse, jsonSchema$of("PatchRequestBodyResponse")),
  DemoFormDataRequestBody: /* @__PURE__ */ standardSchema(validateDemoFormDataRequestBody, jsonSchema$of("DemoFormDataRequestBody")),
  DemoFormDataResponse: /* @__PURE__ */ standardSchema(validateDemoFormDataResponse, jsonSchema$of("DemoFormDataResponse")),
  PostRequestBodyMultiMediaTypesRequestBody: /* @__PURE__ */ standardSchema(validatePostRequestBodyMultiMediaTypesRequestBody, jsonSchema$of("PostRequestBodyMultiMediaTypesRequestBody")),
  PostRequestBodyMultiMediaTypesResponse: /* @__PURE__ */ standardSchema(validatePostRequestBodyMultiMediaTypesResponse, jsonSchema$of("PostRequestBodyMultiMediaTypesResponse")),
  PutRequestBodyPrimitiveExampleRequestBody: /* @__PURE__ */ standardSchema(validatePutRequestBodyPrimitiveExampleRequestBody, jsonSchema$of("PutRequestBodyPrimitiveExampleRequestBody")),
  PutRequestBodyPrimitiveExampleResponse: /* @__PURE__ */ standardSchema(validatePutRequestBodyPrimitiveExampleResponse, jsonSchema$of("PutRequestBodyPrimitiveExampleResponse")),
  PostRequestBodyPrimitiveExampleRequestBody: /* @__PURE__ */ standardSchema(validatePostRequestBodyPrimitiveExampleRequestBody, jsonSchema$of("PostRequestBodyPrimitiveExampleRequestBody")),
  PostRequestBodyPrimitiveExampleResponse: /* @__PURE__ */ standardSchema(validatePostRequestBodyPrimitiveExampleResponse, jsonSchema$of("PostRequestBodyPrimitiveExampleResponse")),
  PatchRequestBodyPrimitiveExampleRequestBody: /* @__PURE__ */ standardSchema(validatePatchRequestBodyPrimitiveExampleRequestBody, jsonSchema$of("PatchRequestBodyPrimitiveExampleRequestBody")),
  PatchRequestBodyPrimitiveExampleResponse: /* @__PURE__ */ standardSchema(validatePatchRequestBodyPrimitiveExampleResponse, jsonSchema$of("PatchRequestBodyPrimitiveExampleResponse"))
};
const issue$access_token_format_1d10bb = /* @__PURE__ */ fixedIssue(["access_token"], "format", "must be a 32-bit integer (format int32)");
const issue$access_token_required_0c302c = /* @__PURE__ */ fixedIssue(["access_token"], "required", "is required");
const issue$access_token_type_2cdada = /* @__PURE__ */ fixedIssue(["access_token"], "type", "must be an integer");
const issue$client_id_required_c2209f = /* @__PURE__ */ fixedIssue(["client_id"], "required", "is required");
const issue$client_id_type_e89578 = /* @__PURE__ */ fixedIssue(["client_id"], "type", "must be a string");
const issue$client_secret_required_fb97df = /* @__PURE__ */ fixedIssue(["client_secret"], "required", "is required");
const issue$client_secret_type_279dde = /* @__PURE__ */ fixedIssue(["client_secret"], "type", "must be a string");
const issue$email_type_fc4ae4 = /* @__PURE__ */ fixedIssue(["email"], "type", "must be a string");
const issue$expires_in_format_6589a7 = /* @__PURE__ */ fixedIssue(["expires_in"], "format", "must be a 32-bit integer (format int32)");
const issue$expires_in_required_4afe68 = /* @__PURE__ */ fixedIssue(["expires_in"], "required", "is required");
const issue$expires_in_type_e4eda2 = /* @__PURE__ */ fixedIssue(["expires_in"], "type", "must be an integer");
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$id_type_762a78 = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a number");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$petType_enum_769a8e = /* @__PURE__ */ fixedIssue(["petType"], "enum", 'must be one of "Cat", "Dog"');
const issue$petType_type_7b4dcf = /* @__PURE__ */ fixedIssue(["petType"], "type", "must be a string");
const issue$scope_format_ff096c = /* @__PURE__ */ fixedIssue(["scope"], "format", "must be a 32-bit integer (format int32)");
const issue$scope_type_16e3ea = /* @__PURE__ */ fixedIssue(["scope"], "type", "must be an integer");
const issue$token_type_required_50e8e3 = /* @__PURE__ */ fixedIssue(["token_type"], "required", "is required");
const issue$token_type_type_e30ce7 = /* @__PURE__ */ fixedIssue(["token_type"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  const x4 = o1.petType;
  if (x4 !== void 0) {
    if (x4 !== "Cat" && x4 !== "Dog" && hasOwn.call(o1, "petType")) return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.petType;
    if (x3 !== void 0) {
      if (x3 !== "Cat" && x3 !== "Dog" && hasOwn.call(o1, "petType")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$petType_type_7b4dcf)).length >= issueLimit) return s;
        } else {
          if (x3 !== "Cat" && x3 !== "Dog") {
            if ((s = reportFixed(s, p, issue$petType_enum_769a8e)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Pets(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Pet(x3, d + 1)) return false;
  }
  return true;
}
function check$Pets(v, p, s, d) {
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
function is$User(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (!Number.isFinite(x2) && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.email;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "email")) return false;
  }
  const x6 = o1.name;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$User(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (!Number.isFinite(x2) && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_762a78)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.email;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "email")) {
        if ((s = reportFixed(s, p, issue$email_type_fc4ae4)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.name;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
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
function is$PostRequestBodyMultiMediaTypesRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$PostRequestBodyMultiMediaTypesRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$PostRequestBodyMultiMediaTypesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$PostRequestBodyMultiMediaTypesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostRequestBodyPrimitiveExampleRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$PostRequestBodyPrimitiveExampleRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostRequestBodyPrimitiveExampleResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$PostRequestBodyPrimitiveExampleResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
const jsonSchema$defs = {
  Pet: {
    type: "object",
    properties: { name: { type: "string" }, petType: { type: "string", enum: ["Cat", "Dog"] } }
  },
  Pets: { type: "array", items: { $ref: "#/$defs/Pet" } },
  Tag: {
    type: "object",
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } }
  },
  Token: {
    title: "Token",
    type: "object",
    properties: {
      access_token: { type: "integer", format: "int32" },
      token_type: { type: "string" },
      expires_in: { type: "integer", format: "int32" }
    },
    required: ["access_token", "token_type", "expires_in"]
  },
  User: {
    type: "object",
    properties: { id: { type: "number" }, email: { type: "string" }, name: { type: "string" } }
  }
};
const jsonSchema$roots = {
  Pet: { $ref: "#/$defs/Pet" },
  Pets: { $ref: "#/$defs/Pets" },
  Tag: { $ref: "#/$defs/Tag" },
  Token: { $ref: "#/$defs/Token" },
  User: { $ref: "#/$defs/User" },
  GetParameterExamplesByParam1ByParam2Response: { $ref: "#/$defs/User" },
  PutParameterExamplesByParam1ByParam2RequestBody: { $ref: "#/$defs/User" },
  PutParameterExamplesByParam1ByParam2Response: { $ref: "#/$defs/User" },
  PatchParameterExamplesByParam1ByParam2RequestBody: { $ref: "#/$defs/User" },
  PatchParameterExamplesByParam1ByParam2Response: { $ref: "#/$defs/User" },
  PutRequestBodyRequestBody: { $ref: "#/$defs/User" },
  PutRequestBodyResponse: { $ref: "#/$defs/User" },
  PostRequestBodyRequestBody: { $ref: "#/$defs/User" },
  PostRequestBodyResponse: { $ref: "#/$defs/User" },
  PatchRequestBodyRequestBody: { $ref: "#/$defs/User" },
  PatchRequestBodyResponse: { $ref: "#/$defs/User" },
  DemoFormDataRequestBody: {
    type: "object",
    properties: {
      client_id: { type: "string" },
      client_secret: { type: "string" },
      scope: { type: "integer", format: "int32" }
    },
    required: ["client_id", "client_secret"]
  },
  DemoFormDataResponse: { $ref: "#/$defs/Token" },
  PostRequestBodyMultiMediaTypesRequestBody: true,
  PostRequestBodyMultiMediaTypesResponse: { type: "string" },
  PutRequestBodyPrimitiveExampleRequestBody: { $ref: "#/$defs/Pets" },
  PutRequestBodyPrimitiveExampleResponse: { $ref: "#/$defs/Pets" },
  PostRequestBodyPrimitiveExampleRequestBody: { type: "string" },
  PostRequestBodyPrimitiveExampleResponse: { type: "string" },
  PatchRequestBodyPrimitiveExampleRequestBody: { $ref: "#/$defs/Pet" },
  PatchRequestBodyPrimitiveExampleResponse: { $ref: "#/$defs/Pet" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isDemoFormDataRequestBody,
  isDemoFormDataResponse,
  isGetParameterExamplesByParam1ByParam2Response,
  isPatchParameterExamplesByParam1ByParam2RequestBody,
  isPatchParameterExamplesByParam1ByParam2Response,
  isPatchRequestBodyPrimitiveExampleRequestBody,
  isPatchRequestBodyPrimitiveExampleResponse,
  isPatchRequestBodyRequestBody,
  isPatchRequestBodyResponse,
  isPet,
  isPets,
  isPostRequestBodyMultiMediaTypesRequestBody,
  isPostRequestBodyMultiMediaTypesResponse,
  isPostRequestBodyPrimitiveExampleRequestBody,
  isPostRequestBodyPrimitiveExampleResponse,
  isPostRequestBodyRequestBody,
  isPostRequestBodyResponse,
  isPutParameterExamplesByParam1ByParam2RequestBody,
  isPutParameterExamplesByParam1ByParam2Response,
  isPutRequestBodyPrimitiveExampleRequestBody,
  isPutRequestBodyPrimitiveExampleResponse,
  isPutRequestBodyRequestBody,
  isPutRequestBodyResponse,
  isTag,
  isToken,
  isUser,
  schemas,
  validateDemoFormDataRequestBody,
  validateDemoFormDataResponse,
  validateGetParameterExamplesByParam1ByParam2Response,
  validatePatchParameterExamplesByParam1ByParam2RequestBody,
  validatePatchParameterExamplesByParam1ByParam2Response,
  validatePatchRequestBodyPrimitiveExampleRequestBody,
  validatePatchRequestBodyPrimitiveExampleResponse,
  validatePatchRequestBodyRequestBody,
  validatePatchRequestBodyResponse,
  validatePet,
  validatePets,
  validatePostRequestBodyMultiMediaTypesRequestBody,
  validatePostRequestBodyMultiMediaTypesResponse,
  validatePostRequestBodyPrimitiveExampleRequestBody,
  validatePostRequestBodyPrimitiveExampleResponse,
  validatePostRequestBodyRequestBody,
  validatePostRequestBodyResponse,
  validatePutParameterExamplesByParam1ByParam2RequestBody,
  validatePutParameterExamplesByParam1ByParam2Response,
  validatePutRequestBodyPrimitiveExampleRequestBody,
  validatePutRequestBodyPrimitiveExampleResponse,
  validatePutRequestBodyRequestBody,
  validatePutRequestBodyResponse,
  validateTag,
  validateToken,
  validateUser
};
