import {
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
function validateCat(value, options) {
  const issues = options === void 0 ? check$Cat(value, ROOT, void 0, 0) : checkValue(check$Cat, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCat(value) {
  return is$Cat(value, 0);
}
function validateDog(value, options) {
  const issues = options === void 0 ? check$Dog(value, ROOT, void 0, 0) : checkValue(check$Dog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDog(value) {
  return is$Dog(value, 0);
}
function validateObject1(value, options) {
  const issues = options === void 0 ? check$Object1(value, ROOT, void 0, 0) : checkValue(check$Object1, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObject1(value) {
  return is$Object1(value, 0);
}
function validateObject2(value, options) {
  const issues = options === void 0 ? check$Object2(value, ROOT, void 0, 0) : checkValue(check$Object2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObject2(value) {
  return is$Object2(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateString1(value, options) {
  const issues = options === void 0 ? check$String1(value, ROOT, void 0, 0) : checkValue(check$String1, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isString1(value) {
  return is$String1(value, 0);
}
function validateString2(value, options) {
  const issues = options === void 0 ? check$String2(value, ROOT, void 0, 0) : checkValue(check$String2, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isString2(value) {
  return is$String2(value, 0);
}
function validatePostAnyOfWithTypeRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnyOfWithTypeRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnyOfWithTypeRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnyOfWithTypeRequestBody(value) {
  return is$PostAnyOfWithTypeRequestBody(value, 0);
}
function validatePostAnyOfWithTypeResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnyOfWithTypeResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnyOfWithTypeResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnyOfWithTypeResponse(value) {
  return value === void 0 || is$PostAnyOfWithTypeResponse(value, 0);
}
function validatePostAnythingAllOfObjectRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingAllOfObjectRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAllOfObjectRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAllOfObjectRequestBody(value) {
  return is$PostAnythingAllOfObjectRequestBody(value, 0);
}
function validatePostAnythingAllOfObjectResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingAllOfObjectResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAllOfObjectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAllOfObjectResponse(value) {
  return value === void 0 || is$PostAnythingAllOfObjectResponse(value, 0);
}
function validatePostAnythingAnyOfObjectRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingAnyOfObjectRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAnyOfObjectRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAnyOfObjectRequestBody(value) {
  return is$PostAnythingAnyOfObjectRequestBody(value, 0);
}
function validatePostAnythingAnyOfObjectResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingAnyOfObjectResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAnyOfObjectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAnyOfObjectResponse(value) {
  return value === void 0 || is$PostAnythingAnyOfObjectResponse(value, 0);
}
function validatePostAnythingAnyOfPrimitiveRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingAnyOfPrimitiveRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAnyOfPrimitiveRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAnyOfPrimitiveRequestBody(value) {
  return is$PostAnythingAnyOfPrimitiveRequestBody(value, 0);
}
function validatePostAnythingAnyOfPrimitiveResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingAnyOfPrimitiveResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingAnyOfPrimitiveResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingAnyOfPrimitiveResponse(value) {
  return value === void 0 || is$PostAnythingAnyOfPrimitiveResponse(value, 0);
}
function validatePostAnythingNestedOneOfObjectRefRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingNestedOneOfObjectRefRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfObjectRefRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfObjectRefRequestBody(value) {
  return is$PostAnythingNestedOneOfObjectRefRequestBody(value, 0);
}
function validatePostAnythingNestedOneOfObjectRefResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingNestedOneOfObjectRefResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfObjectRefResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfObjectRefResponse(value) {
  return value === void 0 || is$PostAnythingNestedOneOfObjectRefResponse(value, 0);
}
function validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value) {
  return is$PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value, 0);
}
function validatePostAnythingNestedOneOfObjectWithNestedOneOfResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingNestedOneOfObjectWithNestedOneOfResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfObjectWithNestedOneOfResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfObjectWithNestedOneOfResponse(value) {
  return value === void 0 || is$PostAnythingNestedOneOfObjectWithNestedOneOfResponse(value, 0);
}
function validatePostAnythingNestedOneOfRefRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingNestedOneOfRefRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfRefRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfRefRequestBody(value) {
  return is$PostAnythingNestedOneOfRefRequestBody(value, 0);
}
function validatePostAnythingNestedOneOfRefResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingNestedOneOfRefResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingNestedOneOfRefResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingNestedOneOfRefResponse(value) {
  return value === void 0 || is$PostAnythingNestedOneOfRefResponse(value, 0);
}
function validatePostAnythingOneOfObjectRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingOneOfObjectRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfObjectRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfObjectRequestBody(value) {
  return is$PostAnythingOneOfObjectRequestBody(value, 0);
}
function validatePostAnythingOneOfObjectResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingOneOfObjectResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfObjectResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfObjectResponse(value) {
  return value === void 0 || is$PostAnythingOneOfObjectResponse(value, 0);
}
function validatePostAnythingOneOfObjectRefRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingOneOfObjectRefRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfObjectRefRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfObjectRefRequestBody(value) {
  return is$PostAnythingOneOfObjectRefRequestBody(value, 0);
}
function validatePostAnythingOneOfObjectRefResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingOneOfObjectRefResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfObjectRefResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfObjectRefResponse(value) {
  return value === void 0 || is$PostAnythingOneOfObjectRefResponse(value, 0);
}
function validatePostAnythingOneOfPrimitiveRequestBody(value, options) {
  const issues = options === void 0 ? check$PostAnythingOneOfPrimitiveRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfPrimitiveRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfPrimitiveRequestBody(value) {
  return is$PostAnythingOneOfPrimitiveRequestBody(value, 0);
}
function validatePostAnythingOneOfPrimitiveResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostAnythingOneOfPrimitiveResponse(value, ROOT, void 0, 0) : checkValue(check$PostAnythingOneOfPrimitiveResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostAnythingOneOfPrimitiveResponse(value) {
  return value === void 0 || is$PostAnythingOneOfPrimitiveResponse(value, 0);
}
function validatePostOneOfComplexRequestBody(value, options) {
  const issues = options === void 0 ? check$PostOneOfComplexRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostOneOfComplexRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostOneOfComplexRequestBody(value) {
  return is$PostOneOfComplexRequestBody(value, 0);
}
function validatePostOneOfComplexResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostOneOfComplexResponse(value, ROOT, void 0, 0) : checkValue(check$PostOneOfComplexResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostOneOfComplexResponse(value) {
  return value === void 0 || is$PostOneOfComplexResponse(value, 0);
}
function validatePostOneOfWithTypeRequestBody(value, options) {
  const issues = options === void 0 ? check$PostOneOfWithTypeRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostOneOfWithTypeRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostOneOfWithTypeRequestBody(value) {
  return is$PostOneOfWithTypeRequestBody(value, 0);
}
function validatePostOneOfWithTypeResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostOneOfWithTypeResponse(value, ROOT, void 0, 0) : checkValue(check$PostOneOfWithTypeResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostOneOfWithTypeResponse(value) {
  return value === void 0 || is$PostOneOfWithTypeResponse(value, 0);
}
function validatePatchPetsRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchPetsRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchPetsRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchPetsRequestBody(value) {
  return is$PatchPetsRequestBody(value, 0);
}
function validatePatchPetsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchPetsResponse(value, ROOT, void 0, 0) : checkValue(check$PatchPetsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchPetsResponse(value) {
  return value === void 0 || is$PatchPetsResponse(value, 0);
}
const schemas = {
  Cat: /* @__PURE__ */ standardSchema(validateCat, jsonSchema$of("Cat")),
  Dog: /* @__PURE__ */ standardSchema(validateDog, jsonSchema$of("Dog")),
  Object1: /* @__PURE__ */ standardSchema(validateObject1, jsonSchema$of("Object1")),
  Object2: /* @__PURE__ */ standardSchema(validateObject2, jsonSchema$of("Object2")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  String1: /* @__PURE__ */ standardSchema(validateString1, jsonSchema$of("String1")),
  String2: /* @__PURE__ */ standardSchema(validateString2, jsonSchema$of("String2")),
  PostAnyOfWithTypeRequestBody: /* @__PURE__ */ standardSchema(validatePostAnyOfWithTypeRequestBody, jsonSchema$of("PostAnyOfWithTypeRequestBody")),
  PostAnyOfWithTypeResponse: /* @__PURE__ */ standardSchema(validatePostAnyOfWithTypeResponse, jsonSchema$of("PostAnyOfWithTypeResponse")),
  PostAnythingAllOfObjectRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingAllOfObjectRequestBody, jsonSchema$of("PostAnythingAllOfObjectRequestBody")),
  PostAnythingAllOfObjectResponse: /* @__PURE__ */ standardSchema(validatePostAnythingAllOfObjectResponse, jsonSchema$of("PostAnythingAllOfObjectResponse")),
  PostAnythingAnyOfObjectRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingAnyOfObjectRequestBody, jsonSchema$of("PostAnythingAnyOfObjectRequestBody")),
  PostAnythingAnyOfObjectResponse: /* @__PURE__ */ standardSchema(validatePostAnythingAnyOfObjectResponse, jsonSchema$of("PostAnythingAnyOfObjectResponse")),
  PostAnythingAnyOfPrimitiveRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingAnyOfPrimitiveRequestBody, jsonSchema$of("PostAnythingAnyOfPrimitiveRequestBody")),
  PostAnythingAnyOfPrimitiveResponse: /* @__PURE__ */ standardSchema(validatePostAnythingAnyOfPrimitiveResponse, jsonSchema$of("PostAnythingAnyOfPrimitiveResponse")),
  PostAnythingNestedOneOfObjectRefRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfObjectRefRequestBody, jsonSchema$of("PostAnythingNestedOneOfObjectRefRequestBody")),
  PostAnythingNestedOneOfObjectRefResponse: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfObjectRefResponse, jsonSchema$of("PostAnythingNestedOneOfObjectRefResponse")),
  PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody, jsonSchema$of("PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody")),
  PostAnythingNestedOneOfObjectWithNestedOneOfResponse: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfObjectWithNestedOneOfResponse, jsonSchema$of("PostAnythingNestedOneOfObjectWithNestedOneOfResponse")),
  PostAnythingNestedOneOfRefRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfRefRequestBody, jsonSchema$of("PostAnythingNestedOneOfRefRequestBody")),
  PostAnythingNestedOneOfRefResponse: /* @__PURE__ */ standardSchema(validatePostAnythingNestedOneOfRefResponse, jsonSchema$of("PostAnythingNestedOneOfRefResponse")),
  PostAnythingOneOfObjectRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfObjectRequestBody, jsonSchema$of("PostAnythingOneOfObjectRequestBody")),
  PostAnythingOneOfObjectResponse: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfObjectResponse, jsonSchema$of("PostAnythingOneOfObjectResponse")),
  PostAnythingOneOfObjectRefRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfObjectRefRequestBody, jsonSchema$of("PostAnythingOneOfObjectRefRequestBody")),
  PostAnythingOneOfObjectRefResponse: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfObjectRefResponse, jsonSchema$of("PostAnythingOneOfObjectRefResponse")),
  PostAnythingOneOfPrimitiveRequestBody: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfPrimitiveRequestBody, jsonSchema$of("PostAnythingOneOfPrimitiveRequestBody")),
  PostAnythingOneOfPrimitiveResponse: /* @__PURE__ */ standardSchema(validatePostAnythingOneOfPrimitiveResponse, jsonSchema$of("PostAnythingOneOfPrimitiveResponse")),
  PostOneOfComplexRequestBody: /* @__PURE__ */ standardSchema(validatePostOneOfComplexRequestBody, jsonSchema$of("PostOneOfComplexRequestBody")),
  PostOneOfComplexResponse: /* @__PURE__ */ standardSchema(validatePostOneOfComplexResponse, jsonSchema$of("PostOneOfComplexResponse")),
  PostOneOfWithTypeRequestBody: /* @__PURE__ */ standardSchema(validatePostOneOfWithTypeRequestBody, jsonSchema$of("PostOneOfWithTypeRequestBody")),
  PostOneOfWithTypeResponse: /* @__PURE__ */ standardSchema(validatePostOneOfWithTypeResponse, jsonSchema$of("PostOneOfWithTypeResponse")),
  PatchPetsRequestBody: /* @__PURE__ */ standardSchema(validatePatchPetsRequestBody, jsonSchema$of("PatchPetsRequestBody")),
  PatchPetsResponse: /* @__PURE__ */ standardSchema(validatePatchPetsResponse, jsonSchema$of("PatchPetsResponse"))
};
const allowed$0de451 = /* @__PURE__ */ new Set(["primary_residence", "houseboat", "tent", "tree_house", "hotel_or_hostel", "serviced_apartment", "trailer", "mobile_home", "summer_house"]);
const issue$a_type_79d5f0 = /* @__PURE__ */ fixedIssue(["a"], "type", "must be a string");
const issue$age_type_e96682 = /* @__PURE__ */ fixedIssue(["age"], "type", "must be an integer");
const issue$anyOf_1827ca = /* @__PURE__ */ fixedIssue([], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$b_type_cd8dc5 = /* @__PURE__ */ fixedIssue(["b"], "type", "must be a string");
const issue$bark_type_3515a1 = /* @__PURE__ */ fixedIssue(["bark"], "type", "must be a boolean");
const issue$breed_enum_da18ff = /* @__PURE__ */ fixedIssue(["breed"], "enum", 'must be one of "Dingo", "Husky", "Retriever", "Shepherd"');
const issue$breed_type_32721e = /* @__PURE__ */ fixedIssue(["breed"], "type", "must be a string");
const issue$c_type_658cca = /* @__PURE__ */ fixedIssue(["c"], "type", "must be a string");
const issue$categorization_attestation_conditional_t_7c301b = /* @__PURE__ */ fixedIssue(["categorization", "attestation_conditional"], "type", "must be a boolean");
const issue$categorization_attestation_type_78374c = /* @__PURE__ */ fixedIssue(["categorization", "attestation"], "type", "must be a boolean");
const issue$categorization_data_reporting_bbr_type_fcc38b = /* @__PURE__ */ fixedIssue(["categorization", "data_reporting_bbr"], "type", "must be a string");
const issue$categorization_data_reporting_status_enu_db3176 = /* @__PURE__ */ fixedIssue(["categorization", "data_reporting_status"], "enum", 'must be one of "private_activity", "business_activity"');
const issue$categorization_data_reporting_status_typ_65ee66 = /* @__PURE__ */ fixedIssue(["categorization", "data_reporting_status"], "type", "must be a string");
const issue$categorization_listing_type_enum_6bcf1b = /* @__PURE__ */ fixedIssue(["categorization", "listing_type"], "enum", 'must be one of "primary_residence", "houseboat", "tent", "tree_house", "hotel_or_hostel", "serviced_apartment", "trailer", "mobile_home", "summer_house"');
const issue$categorization_listing_type_required_9e3b38 = /* @__PURE__ */ fixedIssue(["categorization", "listing_type"], "required", "is required");
const issue$categorization_listing_type_type_ca4d8a = /* @__PURE__ */ fixedIssue(["categorization", "listing_type"], "type", "must be a string");
const issue$categorization_required_48a58e = /* @__PURE__ */ fixedIssue(["categorization"], "required", "is required");
const issue$categorization_type_4276fc = /* @__PURE__ */ fixedIssue(["categorization"], "type", "must be an object");
const issue$d_type_ba143b = /* @__PURE__ */ fixedIssue(["d"], "type", "must be a string");
const issue$discriminator_a29f45 = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "pet_type" property that is one of "Cat", "Dog" (discriminator)');
const issue$event_anyOf_325147 = /* @__PURE__ */ fixedIssue(["event"], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$event_type_090e36 = /* @__PURE__ */ fixedIssue(["event"], "type", "must be a string");
const issue$exemption_attestation_exemption_claim_re_e27813 = /* @__PURE__ */ fixedIssue(["exemption", "attestation_exemption_claim"], "required", "is required");
const issue$exemption_attestation_exemption_claim_ty_1702a3 = /* @__PURE__ */ fixedIssue(["exemption", "attestation_exemption_claim"], "type", "must be a boolean");
const issue$exemption_attestation_required_7a0821 = /* @__PURE__ */ fixedIssue(["exemption", "attestation"], "required", "is required");
const issue$exemption_attestation_type_7f0fed = /* @__PURE__ */ fixedIssue(["exemption", "attestation"], "type", "must be a boolean");
const issue$exemption_email_required_dd377a = /* @__PURE__ */ fixedIssue(["exemption", "email"], "required", "is required");
const issue$exemption_email_type_93c633 = /* @__PURE__ */ fixedIssue(["exemption", "email"], "type", "must be a string");
const issue$exemption_exemption_reason_enum_29f9a6 = /* @__PURE__ */ fixedIssue(["exemption", "exemption_reason"], "enum", 'must be one of "hotel_motel"');
const issue$exemption_exemption_reason_enum_86b5eb = /* @__PURE__ */ fixedIssue(["exemption", "exemption_reason"], "enum", 'must be one of "hotel_motel", "bed_breakfast_lodging", "institutional_business", "hospitals"');
const issue$exemption_exemption_reason_required_3636b5 = /* @__PURE__ */ fixedIssue(["exemption", "exemption_reason"], "required", "is required");
const issue$exemption_exemption_reason_type_add415 = /* @__PURE__ */ fixedIssue(["exemption", "exemption_reason"], "type", "must be a string");
const issue$exemption_full_name_required_c0145f = /* @__PURE__ */ fixedIssue(["exemption", "full_name"], "required", "is required");
const issue$exemption_full_name_type_5ab95c = /* @__PURE__ */ fixedIssue(["exemption", "full_name"], "type", "must be a string");
const issue$exemption_identification_number_required_dd6d9c = /* @__PURE__ */ fixedIssue(["exemption", "identification_number"], "required", "is required");
const issue$exemption_identification_number_type_290468 = /* @__PURE__ */ fixedIssue(["exemption", "identification_number"], "type", "must be a string");
const issue$exemption_listing_address_required_ffde67 = /* @__PURE__ */ fixedIssue(["exemption", "listing_address"], "required", "is required");
const issue$exemption_listing_address_type_bef37a = /* @__PURE__ */ fixedIssue(["exemption", "listing_address"], "type", "must be a string");
const issue$exemption_reason_enum_aa4498 = /* @__PURE__ */ fixedIssue(["exemption", "reason"], "enum", 'must be one of "listing_not_full_building", "listing_is_shared_room", "other_exemption_reason"');
const issue$exemption_reason_enum_d7be9e = /* @__PURE__ */ fixedIssue(["exemption", "reason"], "enum", 'must be one of "LISTING_TYPE_NOT_INCLUDED", "LISTING_NOT_TOURIST_ACCOMMODATION"');
const issue$exemption_reason_required_b8df73 = /* @__PURE__ */ fixedIssue(["exemption", "reason"], "required", "is required");
const issue$exemption_reason_type_131c73 = /* @__PURE__ */ fixedIssue(["exemption", "reason"], "type", "must be a string");
const issue$exemption_registration_ownership_enum_c5fb13 = /* @__PURE__ */ fixedIssue(["exemption", "registration_ownership"], "enum", 'must be one of "OWNER", "PROPERTY_MANAGER"');
const issue$exemption_registration_ownership_require_93ab3a = /* @__PURE__ */ fixedIssue(["exemption", "registration_ownership"], "required", "is required");
const issue$exemption_registration_ownership_type_de449b = /* @__PURE__ */ fixedIssue(["exemption", "registration_ownership"], "type", "must be a string");
const issue$exemption_type_289feb = /* @__PURE__ */ fixedIssue(["exemption"], "type", "must be an object");
const issue$hunts_type_bbabc7 = /* @__PURE__ */ fixedIssue(["hunts"], "type", "must be a boolean");
const issue$listing_id_required_8d7214 = /* @__PURE__ */ fixedIssue(["listing_id"], "required", "is required");
const issue$listing_id_type_1c536a = /* @__PURE__ */ fixedIssue(["listing_id"], "type", "must be an integer");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$pet_type_required_d342e8 = /* @__PURE__ */ fixedIssue(["pet_type"], "required", "is required");
const issue$pet_type_type_a95933 = /* @__PURE__ */ fixedIssue(["pet_type"], "type", "must be a string");
const issue$registration_attestation_existing_regist_bdad9d = /* @__PURE__ */ fixedIssue(["registration", "attestation_existing_registration"], "type", "must be a boolean");
const issue$registration_attestation_existing_regist_cf0c86 = /* @__PURE__ */ fixedIssue(["registration", "attestation_existing_registration"], "required", "is required");
const issue$registration_attestation_required_582ded = /* @__PURE__ */ fixedIssue(["registration", "attestation"], "required", "is required");
const issue$registration_attestation_type_a2620c = /* @__PURE__ */ fixedIssue(["registration", "attestation"], "type", "must be a boolean");
const issue$registration_email_required_658dd2 = /* @__PURE__ */ fixedIssue(["registration", "email"], "required", "is required");
const issue$registration_email_type_97cd82 = /* @__PURE__ */ fixedIssue(["registration", "email"], "type", "must be a string");
const issue$registration_expiration_date_required_7daeea = /* @__PURE__ */ fixedIssue(["registration", "expiration_date"], "required", "is required");
const issue$registration_expiration_date_type_83b0cf = /* @__PURE__ */ fixedIssue(["registration", "expiration_date"], "type", "must be a string");
const issue$registration_full_name_required_2409ee = /* @__PURE__ */ fixedIssue(["registration", "full_name"], "required", "is required");
const issue$registration_full_name_type_2357b8 = /* @__PURE__ */ fixedIssue(["registration", "full_name"], "type", "must be a string");
const issue$registration_identification_number_requi_f7ad40 = /* @__PURE__ */ fixedIssue(["registration", "identification_number"], "required", "is required");
const issue$registration_identification_number_type_9c92fc = /* @__PURE__ */ fixedIssue(["registration", "identification_number"], "type", "must be a string");
const issue$registration_listing_address_required_5d119b = /* @__PURE__ */ fixedIssue(["registration", "listing_address"], "required", "is required");
const issue$registration_listing_address_type_f1f2d0 = /* @__PURE__ */ fixedIssue(["registration", "listing_address"], "type", "must be a string");
const issue$registration_permit_number_required_5bc039 = /* @__PURE__ */ fixedIssue(["registration", "permit_number"], "required", "is required");
const issue$registration_permit_number_type_b0ae2f = /* @__PURE__ */ fixedIssue(["registration", "permit_number"], "type", "must be a string");
const issue$registration_registration_ownership_enum_641b19 = /* @__PURE__ */ fixedIssue(["registration", "registration_ownership"], "enum", 'must be one of "OWNER", "PROPERTY_MANAGER"');
const issue$registration_registration_ownership_requ_9923f5 = /* @__PURE__ */ fixedIssue(["registration", "registration_ownership"], "required", "is required");
const issue$registration_registration_ownership_type_0852c5 = /* @__PURE__ */ fixedIssue(["registration", "registration_ownership"], "type", "must be a string");
const issue$registration_type_0eea31 = /* @__PURE__ */ fixedIssue(["registration"], "type", "must be an object");
const issue$regulatory_body_required_ee8438 = /* @__PURE__ */ fixedIssue(["regulatory_body"], "required", "is required");
const issue$regulatory_body_type_9355a4 = /* @__PURE__ */ fixedIssue(["regulatory_body"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
function is$Cat(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  if (!is$Pet(v, d + 1)) return false;
  const o7 = v;
  const x8 = o7.hunts;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o7, "hunts")) return false;
  }
  const x10 = o7.age;
  if (x10 !== void 0) {
    if (!Number.isInteger(x10) && hasOwn.call(o7, "age")) return false;
  }
  return true;
}
function check$Cat(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    if (!is$Pet(v, d + 1)) {
      if (full(s = check$Pet(v, p, s, d + 1))) return s;
    }
    const o7 = v;
    const x8 = o7.hunts;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o7, "hunts")) {
        if ((s = reportFixed(s, p, issue$hunts_type_bbabc7)).length >= issueLimit) return s;
      }
    }
    const x9 = o7.age;
    if (x9 !== void 0) {
      if (!Number.isInteger(x9) && hasOwn.call(o7, "age")) {
        if ((s = reportFixed(s, p, issue$age_type_e96682)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Dog(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$Pet(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.bark;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o9, "bark")) return false;
  }
  const x12 = o9.breed;
  if (x12 !== void 0) {
    if (x12 !== "Dingo" && x12 !== "Husky" && x12 !== "Retriever" && x12 !== "Shepherd" && hasOwn.call(o9, "breed")) return false;
  }
  return true;
}
function check$Dog(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$Pet(v, d + 1)) {
    if (full(s = check$Pet(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.bark;
    if (x10 !== void 0) {
      if (typeof x10 !== "boolean" && hasOwn.call(o9, "bark")) {
        if ((s = reportFixed(s, p, issue$bark_type_3515a1)).length >= issueLimit) return s;
      }
    }
    const x11 = o9.breed;
    if (x11 !== void 0) {
      if (x11 !== "Dingo" && x11 !== "Husky" && x11 !== "Retriever" && x11 !== "Shepherd" && hasOwn.call(o9, "breed")) {
        if (typeof x11 !== "string") {
          if ((s = reportFixed(s, p, issue$breed_type_32721e)).length >= issueLimit) return s;
        } else {
          if (x11 !== "Dingo" && x11 !== "Husky" && x11 !== "Retriever" && x11 !== "Shepherd") {
            if ((s = reportFixed(s, p, issue$breed_enum_da18ff)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Object1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.a;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "a")) return false;
  }
  const x4 = o1.b;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "b")) return false;
  }
  return true;
}
function check$Object1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.a;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "a")) {
        if ((s = reportFixed(s, p, issue$a_type_79d5f0)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.b;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "b")) {
        if ((s = reportFixed(s, p, issue$b_type_cd8dc5)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Object2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.c;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "c")) return false;
  }
  const x4 = o1.d;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "d")) return false;
  }
  return true;
}
function check$Object2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.c;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "c")) {
        if ((s = reportFixed(s, p, issue$c_type_658cca)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.d;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "d")) {
        if ((s = reportFixed(s, p, issue$d_type_ba143b)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "pet_type") ? o1.pet_type : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "pet_type") ? o1.pet_type : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$pet_type_required_d342e8)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$pet_type_type_a95933)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$String1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$String1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$String2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$String2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostAnyOfWithTypeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.event;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "event")) return false;
  }
  return true;
}
function check$PostAnyOfWithTypeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.event;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "event")) {
        if ((s = reportFixed(s, p, issue$event_type_090e36)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnyOfWithTypeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnyOfWithTypeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingAllOfObjectRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o4 = v;
  const x5 = o4.a;
  if (x5 !== void 0) {
    if (typeof x5 !== "string" && hasOwn.call(o4, "a")) return false;
  }
  const x7 = o4.b;
  if (x7 !== void 0) {
    if (typeof x7 !== "string" && hasOwn.call(o4, "b")) return false;
  }
  const o11 = v;
  const x12 = o11.c;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o11, "c")) return false;
  }
  const x14 = o11.d;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o11, "d")) return false;
  }
  return true;
}
function check$PostAnythingAllOfObjectRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o4 = v;
    const x5 = o4.a;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o4, "a")) {
        if ((s = reportFixed(s, p, issue$a_type_79d5f0)).length >= issueLimit) return s;
      }
    }
    const x6 = o4.b;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o4, "b")) {
        if ((s = reportFixed(s, p, issue$b_type_cd8dc5)).length >= issueLimit) return s;
      }
    }
    const o9 = v;
    const x10 = o9.c;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "c")) {
        if ((s = reportFixed(s, p, issue$c_type_658cca)).length >= issueLimit) return s;
      }
    }
    const x11 = o9.d;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o9, "d")) {
        if ((s = reportFixed(s, p, issue$d_type_ba143b)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingAllOfObjectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingAllOfObjectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingAnyOfObjectRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = o7.a;
      if (x8 !== void 0) {
        if (typeof x8 !== "string" && hasOwn.call(o7, "a")) break failed6;
      }
      const x10 = o7.b;
      if (x10 !== void 0) {
        if (typeof x10 !== "string" && hasOwn.call(o7, "b")) break failed6;
      }
      break passed5;
    }
    failed14: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed14;
      const o15 = v;
      const x16 = o15.c;
      if (x16 !== void 0) {
        if (typeof x16 !== "string" && hasOwn.call(o15, "c")) break failed14;
      }
      const x18 = o15.d;
      if (x18 !== void 0) {
        if (typeof x18 !== "string" && hasOwn.call(o15, "d")) break failed14;
      }
      break passed5;
    }
    return false;
  }
  return true;
}
function check$PostAnythingAnyOfObjectRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
      const o7 = v;
      const x8 = o7.a;
      if (x8 !== void 0) {
        if (typeof x8 !== "string" && hasOwn.call(o7, "a")) break failed6;
      }
      const x10 = o7.b;
      if (x10 !== void 0) {
        if (typeof x10 !== "string" && hasOwn.call(o7, "b")) break failed6;
      }
      break passed5;
    }
    failed14: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) break failed14;
      const o15 = v;
      const x16 = o15.c;
      if (x16 !== void 0) {
        if (typeof x16 !== "string" && hasOwn.call(o15, "c")) break failed14;
      }
      const x18 = o15.d;
      if (x18 !== void 0) {
        if (typeof x18 !== "string" && hasOwn.call(o15, "d")) break failed14;
      }
      break passed5;
    }
    if ((s = reportFixed(s, p, issue$anyOf_1827ca)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostAnythingAnyOfObjectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingAnyOfObjectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingAnyOfPrimitiveRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (typeof v !== "string") break failed6;
      break passed5;
    }
    failed7: {
      if (!Number.isInteger(v)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$PostAnythingAnyOfPrimitiveRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (typeof v !== "string") break failed6;
      break passed5;
    }
    failed7: {
      if (!Number.isInteger(v)) break failed7;
      break passed5;
    }
    if (typeof v === "string") {
    } else if (Number.isInteger(v)) {
    } else {
      if ((s = reportFixed(s, p, issue$anyOf_1827ca)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PostAnythingAnyOfPrimitiveResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingAnyOfPrimitiveResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingNestedOneOfObjectRefRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.config;
  if (x2 !== void 0) {
    property3: {
      let matches8 = 0;
      failed9: {
        if (!is$Object1(x2, d + 1)) break failed9;
        matches8++;
      }
      failed14: {
        if (!is$Object2(x2, d + 1)) break failed14;
        matches8++;
      }
      if (matches8 !== 1) {
        if (hasOwn.call(o1, "config")) return false;
        break property3;
      }
    }
  }
  for (const k19 in o1) {
    if (!hasOwn.call(o1, k19)) continue;
    const x20 = o1[k19];
    if (x20 === void 0) continue;
    if (k19 !== "config") {
      return false;
    }
  }
  return true;
}
function check$PostAnythingNestedOneOfObjectRefRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.config;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "config")) {
        let matches7 = 0;
        failed8: {
          if (!is$Object1(x2, d + 1)) break failed8;
          matches7++;
        }
        failed13: {
          if (!is$Object2(x2, d + 1)) break failed13;
          matches7++;
        }
        if (matches7 === 0) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        } else if (matches7 > 1) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        }
      }
    }
    for (const k18 in o1) {
      if (!hasOwn.call(o1, k18)) continue;
      const x19 = o1[k18];
      if (x19 === void 0) continue;
      if (k18 !== "config") {
        if ((s = report(s, p, [k18], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingNestedOneOfObjectRefResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingNestedOneOfObjectRefResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.config;
  if (x2 !== void 0) {
    property3: {
      let matches8 = 0;
      failed9: {
        if (!is$Object1(x2, d + 1)) break failed9;
        matches8++;
      }
      failed14: {
        if (!is$Object2(x2, d + 1)) break failed14;
        matches8++;
      }
      failed19: {
        if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) break failed19;
        const tag24 = hasOwn.call(x2, "pet_type") ? x2.pet_type : void 0;
        switch (tag24) {
          case "Cat":
            if (!is$Cat(x2, d + 1)) break failed19;
            break;
          case "Dog":
            if (!is$Dog(x2, d + 1)) break failed19;
            break;
          default:
            break failed19;
        }
        matches8++;
      }
      if (matches8 !== 1) {
        if (hasOwn.call(o1, "config")) return false;
        break property3;
      }
    }
  }
  for (const k25 in o1) {
    if (!hasOwn.call(o1, k25)) continue;
    const x26 = o1[k25];
    if (x26 === void 0) continue;
    if (k25 !== "config") {
      return false;
    }
  }
  return true;
}
function check$PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.config;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "config")) {
        let matches7 = 0;
        failed8: {
          if (!is$Object1(x2, d + 1)) break failed8;
          matches7++;
        }
        failed13: {
          if (!is$Object2(x2, d + 1)) break failed13;
          matches7++;
        }
        failed18: {
          if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) break failed18;
          const tag23 = hasOwn.call(x2, "pet_type") ? x2.pet_type : void 0;
          switch (tag23) {
            case "Cat":
              if (!is$Cat(x2, d + 1)) break failed18;
              break;
            case "Dog":
              if (!is$Dog(x2, d + 1)) break failed18;
              break;
            default:
              break failed18;
          }
          matches7++;
        }
        if (matches7 === 0) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        } else if (matches7 > 1) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        }
      }
    }
    for (const k24 in o1) {
      if (!hasOwn.call(o1, k24)) continue;
      const x25 = o1[k24];
      if (x25 === void 0) continue;
      if (k24 !== "config") {
        if ((s = report(s, p, [k24], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingNestedOneOfObjectWithNestedOneOfResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingNestedOneOfObjectWithNestedOneOfResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingNestedOneOfRefRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.config;
  if (x2 !== void 0) {
    property3: {
      let matches8 = 0;
      failed9: {
        if (!is$String1(x2, d + 1)) break failed9;
        matches8++;
      }
      failed14: {
        if (!is$String2(x2, d + 1)) break failed14;
        matches8++;
      }
      if (matches8 !== 1) {
        if (hasOwn.call(o1, "config")) return false;
        break property3;
      }
    }
  }
  for (const k19 in o1) {
    if (!hasOwn.call(o1, k19)) continue;
    const x20 = o1[k19];
    if (x20 === void 0) continue;
    if (k19 !== "config") {
      return false;
    }
  }
  return true;
}
function check$PostAnythingNestedOneOfRefRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.config;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "config")) {
        let matches7 = 0;
        failed8: {
          if (!is$String1(x2, d + 1)) break failed8;
          matches7++;
        }
        failed13: {
          if (!is$String2(x2, d + 1)) break failed13;
          matches7++;
        }
        if (matches7 === 0) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        } else if (matches7 > 1) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        }
      }
    }
    for (const k18 in o1) {
      if (!hasOwn.call(o1, k18)) continue;
      const x19 = o1[k18];
      if (x19 === void 0) continue;
      if (k18 !== "config") {
        if ((s = report(s, p, [k18], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PostAnythingNestedOneOfRefResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingNestedOneOfRefResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingOneOfObjectRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
    const o7 = v;
    const x8 = o7.a;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o7, "a")) break failed6;
    }
    const x10 = o7.b;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o7, "b")) break failed6;
    }
    matches5++;
  }
  failed14: {
    if (typeof v !== "object" || v === null || Array.isArray(v)) break failed14;
    const o15 = v;
    const x16 = o15.c;
    if (x16 !== void 0) {
      if (typeof x16 !== "string" && hasOwn.call(o15, "c")) break failed14;
    }
    const x18 = o15.d;
    if (x18 !== void 0) {
      if (typeof x18 !== "string" && hasOwn.call(o15, "d")) break failed14;
    }
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$PostAnythingOneOfObjectRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    if (typeof v !== "object" || v === null || Array.isArray(v)) break failed6;
    const o7 = v;
    const x8 = o7.a;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o7, "a")) break failed6;
    }
    const x10 = o7.b;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o7, "b")) break failed6;
    }
    matches5++;
  }
  failed14: {
    if (typeof v !== "object" || v === null || Array.isArray(v)) break failed14;
    const o15 = v;
    const x16 = o15.c;
    if (x16 !== void 0) {
      if (typeof x16 !== "string" && hasOwn.call(o15, "c")) break failed14;
    }
    const x18 = o15.d;
    if (x18 !== void 0) {
      if (typeof x18 !== "string" && hasOwn.call(o15, "d")) break failed14;
    }
    matches5++;
  }
  if (matches5 === 0) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostAnythingOneOfObjectResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingOneOfObjectResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingOneOfObjectRefRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    if (!is$Object1(v, d + 1)) break failed6;
    matches5++;
  }
  failed11: {
    if (!is$Object2(v, d + 1)) break failed11;
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$PostAnythingOneOfObjectRefRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    if (!is$Object1(v, d + 1)) break failed6;
    matches5++;
  }
  failed11: {
    if (!is$Object2(v, d + 1)) break failed11;
    matches5++;
  }
  if (matches5 === 0) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostAnythingOneOfObjectRefResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingOneOfObjectRefResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostAnythingOneOfPrimitiveRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    if (typeof v !== "string") break failed6;
    matches5++;
  }
  failed7: {
    if (!Number.isInteger(v)) break failed7;
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$PostAnythingOneOfPrimitiveRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    if (typeof v !== "string") break failed6;
    matches5++;
  }
  failed7: {
    if (!Number.isInteger(v)) break failed7;
    matches5++;
  }
  if (matches5 === 0) {
    if (typeof v === "string") {
    } else if (Number.isInteger(v)) {
    } else {
      if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
    }
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$PostAnythingOneOfPrimitiveResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostAnythingOneOfPrimitiveResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
  if (x3 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.registration;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = hasOwn.call(o6, "permit_number") ? o6.permit_number : void 0;
      if (x7 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x8 = hasOwn.call(o6, "registration_ownership") ? o6.registration_ownership : void 0;
      if (x8 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x9 = hasOwn.call(o6, "email") ? o6.email : void 0;
      if (x9 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x10 = hasOwn.call(o6, "full_name") ? o6.full_name : void 0;
      if (x10 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x11 = hasOwn.call(o6, "identification_number") ? o6.identification_number : void 0;
      if (x11 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x7 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (x8 !== "OWNER" && x8 !== "PROPERTY_MANAGER") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x9 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
    }
  }
  const x14 = o1.exemption;
  if (x14 !== void 0) {
    property15: {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const o16 = x14;
      const x17 = hasOwn.call(o16, "reason") ? o16.reason : void 0;
      if (x17 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x18 = hasOwn.call(o16, "registration_ownership") ? o16.registration_ownership : void 0;
      if (x18 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x19 = hasOwn.call(o16, "email") ? o16.email : void 0;
      if (x19 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x20 = hasOwn.call(o16, "full_name") ? o16.full_name : void 0;
      if (x20 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x21 = hasOwn.call(o16, "identification_number") ? o16.identification_number : void 0;
      if (x21 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (x17 !== "LISTING_TYPE_NOT_INCLUDED" && x17 !== "LISTING_NOT_TOURIST_ACCOMMODATION") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (x18 !== "OWNER" && x18 !== "PROPERTY_MANAGER") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x19 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x20 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x21 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
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
    const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$listing_id_required_8d7214)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$regulatory_body_required_ee8438)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$listing_id_type_1c536a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$regulatory_body_type_9355a4)).length >= issueLimit) return s;
    }
    const x4 = o1.registration;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "registration")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$registration_type_0eea31)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = hasOwn.call(o5, "permit_number") ? o5.permit_number : void 0;
          if (x6 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_permit_number_required_5bc039)).length >= issueLimit) return s;
          }
          const x7 = hasOwn.call(o5, "registration_ownership") ? o5.registration_ownership : void 0;
          if (x7 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_registration_ownership_requ_9923f5)).length >= issueLimit) return s;
          }
          const x8 = hasOwn.call(o5, "email") ? o5.email : void 0;
          if (x8 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_email_required_658dd2)).length >= issueLimit) return s;
          }
          const x9 = hasOwn.call(o5, "full_name") ? o5.full_name : void 0;
          if (x9 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_full_name_required_2409ee)).length >= issueLimit) return s;
          }
          const x10 = hasOwn.call(o5, "identification_number") ? o5.identification_number : void 0;
          if (x10 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_identification_number_requi_f7ad40)).length >= issueLimit) return s;
          }
          if (x6 !== void 0 && typeof x6 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_permit_number_type_b0ae2f)).length >= issueLimit) return s;
          }
          if (x7 !== void 0 && x7 !== "OWNER" && x7 !== "PROPERTY_MANAGER") {
            if (typeof x7 !== "string") {
              if ((s = reportFixed(s, p, issue$registration_registration_ownership_type_0852c5)).length >= issueLimit) return s;
            } else {
              if (x7 !== "OWNER" && x7 !== "PROPERTY_MANAGER") {
                if ((s = reportFixed(s, p, issue$registration_registration_ownership_enum_641b19)).length >= issueLimit) return s;
              }
            }
          }
          if (x8 !== void 0 && typeof x8 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_email_type_97cd82)).length >= issueLimit) return s;
          }
          if (x9 !== void 0 && typeof x9 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_full_name_type_2357b8)).length >= issueLimit) return s;
          }
          if (x10 !== void 0 && typeof x10 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_identification_number_type_9c92fc)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x13 = o1.exemption;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "exemption")) {
        if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
          if ((s = reportFixed(s, p, issue$exemption_type_289feb)).length >= issueLimit) return s;
        } else {
          const o14 = x13;
          const x15 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
          if (x15 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_reason_required_b8df73)).length >= issueLimit) return s;
          }
          const x16 = hasOwn.call(o14, "registration_ownership") ? o14.registration_ownership : void 0;
          if (x16 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_registration_ownership_require_93ab3a)).length >= issueLimit) return s;
          }
          const x17 = hasOwn.call(o14, "email") ? o14.email : void 0;
          if (x17 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_email_required_dd377a)).length >= issueLimit) return s;
          }
          const x18 = hasOwn.call(o14, "full_name") ? o14.full_name : void 0;
          if (x18 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_full_name_required_c0145f)).length >= issueLimit) return s;
          }
          const x19 = hasOwn.call(o14, "identification_number") ? o14.identification_number : void 0;
          if (x19 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_identification_number_required_dd6d9c)).length >= issueLimit) return s;
          }
          if (x15 !== void 0 && x15 !== "LISTING_TYPE_NOT_INCLUDED" && x15 !== "LISTING_NOT_TOURIST_ACCOMMODATION") {
            if (typeof x15 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_reason_type_131c73)).length >= issueLimit) return s;
            } else {
              if (x15 !== "LISTING_TYPE_NOT_INCLUDED" && x15 !== "LISTING_NOT_TOURIST_ACCOMMODATION") {
                if ((s = reportFixed(s, p, issue$exemption_reason_enum_d7be9e)).length >= issueLimit) return s;
              }
            }
          }
          if (x16 !== void 0 && x16 !== "OWNER" && x16 !== "PROPERTY_MANAGER") {
            if (typeof x16 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_registration_ownership_type_de449b)).length >= issueLimit) return s;
            } else {
              if (x16 !== "OWNER" && x16 !== "PROPERTY_MANAGER") {
                if ((s = reportFixed(s, p, issue$exemption_registration_ownership_enum_c5fb13)).length >= issueLimit) return s;
              }
            }
          }
          if (x17 !== void 0 && typeof x17 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_email_type_93c633)).length >= issueLimit) return s;
          }
          if (x18 !== void 0 && typeof x18 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_full_name_type_5ab95c)).length >= issueLimit) return s;
          }
          if (x19 !== void 0 && typeof x19 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_identification_number_type_290468)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
  if (x3 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.registration;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = hasOwn.call(o6, "permit_number") ? o6.permit_number : void 0;
      if (x7 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x8 = hasOwn.call(o6, "expiration_date") ? o6.expiration_date : void 0;
      if (x8 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x9 = hasOwn.call(o6, "full_name") ? o6.full_name : void 0;
      if (x9 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x10 = hasOwn.call(o6, "email") ? o6.email : void 0;
      if (x10 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x11 = hasOwn.call(o6, "listing_address") ? o6.listing_address : void 0;
      if (x11 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x12 = hasOwn.call(o6, "attestation_existing_registration") ? o6.attestation_existing_registration : void 0;
      if (x12 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x7 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x9 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x12 !== "boolean") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
    }
  }
  const x15 = o1.exemption;
  if (x15 !== void 0) {
    property16: {
      if (typeof x15 !== "object" || x15 === null || Array.isArray(x15)) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      const o17 = x15;
      const x18 = hasOwn.call(o17, "exemption_reason") ? o17.exemption_reason : void 0;
      if (x18 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      const x19 = hasOwn.call(o17, "full_name") ? o17.full_name : void 0;
      if (x19 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      const x20 = hasOwn.call(o17, "email") ? o17.email : void 0;
      if (x20 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      const x21 = hasOwn.call(o17, "attestation_exemption_claim") ? o17.attestation_exemption_claim : void 0;
      if (x21 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      if (x18 !== "hotel_motel") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      if (typeof x19 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      if (typeof x20 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
      if (typeof x21 !== "boolean") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property16;
      }
    }
  }
  return true;
}
function check$$inline2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$listing_id_required_8d7214)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$regulatory_body_required_ee8438)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$listing_id_type_1c536a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$regulatory_body_type_9355a4)).length >= issueLimit) return s;
    }
    const x4 = o1.registration;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "registration")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$registration_type_0eea31)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = hasOwn.call(o5, "permit_number") ? o5.permit_number : void 0;
          if (x6 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_permit_number_required_5bc039)).length >= issueLimit) return s;
          }
          const x7 = hasOwn.call(o5, "expiration_date") ? o5.expiration_date : void 0;
          if (x7 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_expiration_date_required_7daeea)).length >= issueLimit) return s;
          }
          const x8 = hasOwn.call(o5, "full_name") ? o5.full_name : void 0;
          if (x8 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_full_name_required_2409ee)).length >= issueLimit) return s;
          }
          const x9 = hasOwn.call(o5, "email") ? o5.email : void 0;
          if (x9 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_email_required_658dd2)).length >= issueLimit) return s;
          }
          const x10 = hasOwn.call(o5, "listing_address") ? o5.listing_address : void 0;
          if (x10 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_listing_address_required_5d119b)).length >= issueLimit) return s;
          }
          const x11 = hasOwn.call(o5, "attestation_existing_registration") ? o5.attestation_existing_registration : void 0;
          if (x11 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_attestation_existing_regist_cf0c86)).length >= issueLimit) return s;
          }
          if (x6 !== void 0 && typeof x6 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_permit_number_type_b0ae2f)).length >= issueLimit) return s;
          }
          if (x7 !== void 0 && typeof x7 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_expiration_date_type_83b0cf)).length >= issueLimit) return s;
          }
          if (x8 !== void 0 && typeof x8 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_full_name_type_2357b8)).length >= issueLimit) return s;
          }
          if (x9 !== void 0 && typeof x9 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_email_type_97cd82)).length >= issueLimit) return s;
          }
          if (x10 !== void 0 && typeof x10 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_listing_address_type_f1f2d0)).length >= issueLimit) return s;
          }
          if (x11 !== void 0 && typeof x11 !== "boolean") {
            if ((s = reportFixed(s, p, issue$registration_attestation_existing_regist_bdad9d)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x14 = o1.exemption;
    if (x14 !== void 0) {
      if (hasOwn.call(o1, "exemption")) {
        if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
          if ((s = reportFixed(s, p, issue$exemption_type_289feb)).length >= issueLimit) return s;
        } else {
          const o15 = x14;
          const x16 = hasOwn.call(o15, "exemption_reason") ? o15.exemption_reason : void 0;
          if (x16 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_exemption_reason_required_3636b5)).length >= issueLimit) return s;
          }
          const x17 = hasOwn.call(o15, "full_name") ? o15.full_name : void 0;
          if (x17 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_full_name_required_c0145f)).length >= issueLimit) return s;
          }
          const x18 = hasOwn.call(o15, "email") ? o15.email : void 0;
          if (x18 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_email_required_dd377a)).length >= issueLimit) return s;
          }
          const x19 = hasOwn.call(o15, "attestation_exemption_claim") ? o15.attestation_exemption_claim : void 0;
          if (x19 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_attestation_exemption_claim_re_e27813)).length >= issueLimit) return s;
          }
          if (x16 !== void 0 && x16 !== "hotel_motel") {
            if (typeof x16 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_exemption_reason_type_add415)).length >= issueLimit) return s;
            } else {
              if (x16 !== "hotel_motel") {
                if ((s = reportFixed(s, p, issue$exemption_exemption_reason_enum_29f9a6)).length >= issueLimit) return s;
              }
            }
          }
          if (x17 !== void 0 && typeof x17 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_full_name_type_5ab95c)).length >= issueLimit) return s;
          }
          if (x18 !== void 0 && typeof x18 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_email_type_93c633)).length >= issueLimit) return s;
          }
          if (x19 !== void 0 && typeof x19 !== "boolean") {
            if ((s = reportFixed(s, p, issue$exemption_attestation_exemption_claim_ty_1702a3)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$$inline3(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
  if (x3 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.registration;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = hasOwn.call(o6, "permit_number") ? o6.permit_number : void 0;
      if (x7 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x8 = hasOwn.call(o6, "email") ? o6.email : void 0;
      if (x8 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x9 = hasOwn.call(o6, "full_name") ? o6.full_name : void 0;
      if (x9 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x10 = hasOwn.call(o6, "listing_address") ? o6.listing_address : void 0;
      if (x10 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x11 = hasOwn.call(o6, "attestation") ? o6.attestation : void 0;
      if (x11 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x7 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x9 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x11 !== "boolean") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
    }
  }
  const x14 = o1.exemption;
  if (x14 !== void 0) {
    property15: {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const o16 = x14;
      const x17 = hasOwn.call(o16, "exemption_reason") ? o16.exemption_reason : void 0;
      if (x17 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x18 = hasOwn.call(o16, "listing_address") ? o16.listing_address : void 0;
      if (x18 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x19 = hasOwn.call(o16, "attestation") ? o16.attestation : void 0;
      if (x19 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (x17 !== "hotel_motel" && x17 !== "bed_breakfast_lodging" && x17 !== "institutional_business" && x17 !== "hospitals") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x18 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x19 !== "boolean") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
    }
  }
  return true;
}
function check$$inline3(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$listing_id_required_8d7214)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$regulatory_body_required_ee8438)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$listing_id_type_1c536a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$regulatory_body_type_9355a4)).length >= issueLimit) return s;
    }
    const x4 = o1.registration;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "registration")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$registration_type_0eea31)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = hasOwn.call(o5, "permit_number") ? o5.permit_number : void 0;
          if (x6 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_permit_number_required_5bc039)).length >= issueLimit) return s;
          }
          const x7 = hasOwn.call(o5, "email") ? o5.email : void 0;
          if (x7 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_email_required_658dd2)).length >= issueLimit) return s;
          }
          const x8 = hasOwn.call(o5, "full_name") ? o5.full_name : void 0;
          if (x8 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_full_name_required_2409ee)).length >= issueLimit) return s;
          }
          const x9 = hasOwn.call(o5, "listing_address") ? o5.listing_address : void 0;
          if (x9 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_listing_address_required_5d119b)).length >= issueLimit) return s;
          }
          const x10 = hasOwn.call(o5, "attestation") ? o5.attestation : void 0;
          if (x10 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_attestation_required_582ded)).length >= issueLimit) return s;
          }
          if (x6 !== void 0 && typeof x6 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_permit_number_type_b0ae2f)).length >= issueLimit) return s;
          }
          if (x7 !== void 0 && typeof x7 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_email_type_97cd82)).length >= issueLimit) return s;
          }
          if (x8 !== void 0 && typeof x8 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_full_name_type_2357b8)).length >= issueLimit) return s;
          }
          if (x9 !== void 0 && typeof x9 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_listing_address_type_f1f2d0)).length >= issueLimit) return s;
          }
          if (x10 !== void 0 && typeof x10 !== "boolean") {
            if ((s = reportFixed(s, p, issue$registration_attestation_type_a2620c)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x13 = o1.exemption;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "exemption")) {
        if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
          if ((s = reportFixed(s, p, issue$exemption_type_289feb)).length >= issueLimit) return s;
        } else {
          const o14 = x13;
          const x15 = hasOwn.call(o14, "exemption_reason") ? o14.exemption_reason : void 0;
          if (x15 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_exemption_reason_required_3636b5)).length >= issueLimit) return s;
          }
          const x16 = hasOwn.call(o14, "listing_address") ? o14.listing_address : void 0;
          if (x16 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_listing_address_required_ffde67)).length >= issueLimit) return s;
          }
          const x17 = hasOwn.call(o14, "attestation") ? o14.attestation : void 0;
          if (x17 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_attestation_required_7a0821)).length >= issueLimit) return s;
          }
          if (x15 !== void 0 && x15 !== "hotel_motel" && x15 !== "bed_breakfast_lodging" && x15 !== "institutional_business" && x15 !== "hospitals") {
            if (typeof x15 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_exemption_reason_type_add415)).length >= issueLimit) return s;
            } else {
              if (x15 !== "hotel_motel" && x15 !== "bed_breakfast_lodging" && x15 !== "institutional_business" && x15 !== "hospitals") {
                if ((s = reportFixed(s, p, issue$exemption_exemption_reason_enum_86b5eb)).length >= issueLimit) return s;
              }
            }
          }
          if (x16 !== void 0 && typeof x16 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_listing_address_type_bef37a)).length >= issueLimit) return s;
          }
          if (x17 !== void 0 && typeof x17 !== "boolean") {
            if ((s = reportFixed(s, p, issue$exemption_attestation_type_7f0fed)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$$inline4(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
  if (x3 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (typeof x3 !== "string") return false;
  const x4 = o1.registration;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const o6 = x4;
      const x7 = hasOwn.call(o6, "permit_number") ? o6.permit_number : void 0;
      if (x7 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x8 = hasOwn.call(o6, "registration_ownership") ? o6.registration_ownership : void 0;
      if (x8 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x9 = hasOwn.call(o6, "email") ? o6.email : void 0;
      if (x9 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x10 = hasOwn.call(o6, "full_name") ? o6.full_name : void 0;
      if (x10 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      const x11 = hasOwn.call(o6, "identification_number") ? o6.identification_number : void 0;
      if (x11 === void 0) {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x7 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x9 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "registration")) return false;
        break property5;
      }
    }
  }
  const x14 = o1.exemption;
  if (x14 !== void 0) {
    property15: {
      if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const o16 = x14;
      const x17 = hasOwn.call(o16, "reason") ? o16.reason : void 0;
      if (x17 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x18 = hasOwn.call(o16, "registration_ownership") ? o16.registration_ownership : void 0;
      if (x18 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x19 = hasOwn.call(o16, "email") ? o16.email : void 0;
      if (x19 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x20 = hasOwn.call(o16, "full_name") ? o16.full_name : void 0;
      if (x20 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      const x21 = hasOwn.call(o16, "identification_number") ? o16.identification_number : void 0;
      if (x21 === void 0) {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (x17 !== "listing_not_full_building" && x17 !== "listing_is_shared_room" && x17 !== "other_exemption_reason") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (x18 !== "OWNER" && x18 !== "PROPERTY_MANAGER") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x19 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x20 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
      if (typeof x21 !== "string") {
        if (hasOwn.call(o1, "exemption")) return false;
        break property15;
      }
    }
  }
  return true;
}
function check$$inline4(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$listing_id_required_8d7214)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$regulatory_body_required_ee8438)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$listing_id_type_1c536a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$regulatory_body_type_9355a4)).length >= issueLimit) return s;
    }
    const x4 = o1.registration;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "registration")) {
        if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$registration_type_0eea31)).length >= issueLimit) return s;
        } else {
          const o5 = x4;
          const x6 = hasOwn.call(o5, "permit_number") ? o5.permit_number : void 0;
          if (x6 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_permit_number_required_5bc039)).length >= issueLimit) return s;
          }
          const x7 = hasOwn.call(o5, "registration_ownership") ? o5.registration_ownership : void 0;
          if (x7 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_registration_ownership_requ_9923f5)).length >= issueLimit) return s;
          }
          const x8 = hasOwn.call(o5, "email") ? o5.email : void 0;
          if (x8 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_email_required_658dd2)).length >= issueLimit) return s;
          }
          const x9 = hasOwn.call(o5, "full_name") ? o5.full_name : void 0;
          if (x9 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_full_name_required_2409ee)).length >= issueLimit) return s;
          }
          const x10 = hasOwn.call(o5, "identification_number") ? o5.identification_number : void 0;
          if (x10 === void 0) {
            if ((s = reportFixed(s, p, issue$registration_identification_number_requi_f7ad40)).length >= issueLimit) return s;
          }
          if (x6 !== void 0 && typeof x6 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_permit_number_type_b0ae2f)).length >= issueLimit) return s;
          }
          if (x7 !== void 0 && typeof x7 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_registration_ownership_type_0852c5)).length >= issueLimit) return s;
          }
          if (x8 !== void 0 && typeof x8 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_email_type_97cd82)).length >= issueLimit) return s;
          }
          if (x9 !== void 0 && typeof x9 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_full_name_type_2357b8)).length >= issueLimit) return s;
          }
          if (x10 !== void 0 && typeof x10 !== "string") {
            if ((s = reportFixed(s, p, issue$registration_identification_number_type_9c92fc)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x13 = o1.exemption;
    if (x13 !== void 0) {
      if (hasOwn.call(o1, "exemption")) {
        if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) {
          if ((s = reportFixed(s, p, issue$exemption_type_289feb)).length >= issueLimit) return s;
        } else {
          const o14 = x13;
          const x15 = hasOwn.call(o14, "reason") ? o14.reason : void 0;
          if (x15 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_reason_required_b8df73)).length >= issueLimit) return s;
          }
          const x16 = hasOwn.call(o14, "registration_ownership") ? o14.registration_ownership : void 0;
          if (x16 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_registration_ownership_require_93ab3a)).length >= issueLimit) return s;
          }
          const x17 = hasOwn.call(o14, "email") ? o14.email : void 0;
          if (x17 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_email_required_dd377a)).length >= issueLimit) return s;
          }
          const x18 = hasOwn.call(o14, "full_name") ? o14.full_name : void 0;
          if (x18 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_full_name_required_c0145f)).length >= issueLimit) return s;
          }
          const x19 = hasOwn.call(o14, "identification_number") ? o14.identification_number : void 0;
          if (x19 === void 0) {
            if ((s = reportFixed(s, p, issue$exemption_identification_number_required_dd6d9c)).length >= issueLimit) return s;
          }
          if (x15 !== void 0 && x15 !== "listing_not_full_building" && x15 !== "listing_is_shared_room" && x15 !== "other_exemption_reason") {
            if (typeof x15 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_reason_type_131c73)).length >= issueLimit) return s;
            } else {
              if (x15 !== "listing_not_full_building" && x15 !== "listing_is_shared_room" && x15 !== "other_exemption_reason") {
                if ((s = reportFixed(s, p, issue$exemption_reason_enum_aa4498)).length >= issueLimit) return s;
              }
            }
          }
          if (x16 !== void 0 && x16 !== "OWNER" && x16 !== "PROPERTY_MANAGER") {
            if (typeof x16 !== "string") {
              if ((s = reportFixed(s, p, issue$exemption_registration_ownership_type_de449b)).length >= issueLimit) return s;
            } else {
              if (x16 !== "OWNER" && x16 !== "PROPERTY_MANAGER") {
                if ((s = reportFixed(s, p, issue$exemption_registration_ownership_enum_c5fb13)).length >= issueLimit) return s;
              }
            }
          }
          if (x17 !== void 0 && typeof x17 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_email_type_93c633)).length >= issueLimit) return s;
          }
          if (x18 !== void 0 && typeof x18 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_full_name_type_5ab95c)).length >= issueLimit) return s;
          }
          if (x19 !== void 0 && typeof x19 !== "string") {
            if ((s = reportFixed(s, p, issue$exemption_identification_number_type_290468)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$$inline5(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "categorization") ? o1.categorization : void 0;
  if (x4 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (typeof x3 !== "string") return false;
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  const o5 = x4;
  const x6 = hasOwn.call(o5, "listing_type") ? o5.listing_type : void 0;
  if (x6 === void 0) return false;
  if (!allowed$0de451.has(x6)) return false;
  const x7 = o5.data_reporting_status;
  if (x7 !== void 0) {
    if (x7 !== "private_activity" && x7 !== "business_activity" && hasOwn.call(o5, "data_reporting_status")) return false;
  }
  const x9 = o5.data_reporting_bbr;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o5, "data_reporting_bbr")) return false;
  }
  const x11 = o5.attestation;
  if (x11 !== void 0) {
    if (typeof x11 !== "boolean" && hasOwn.call(o5, "attestation")) return false;
  }
  const x13 = o5.attestation_conditional;
  if (x13 !== void 0) {
    if (typeof x13 !== "boolean" && hasOwn.call(o5, "attestation_conditional")) return false;
  }
  return true;
}
function check$$inline5(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "listing_id") ? o1.listing_id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$listing_id_required_8d7214)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "regulatory_body") ? o1.regulatory_body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$regulatory_body_required_ee8438)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "categorization") ? o1.categorization : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$categorization_required_48a58e)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$listing_id_type_1c536a)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$regulatory_body_type_9355a4)).length >= issueLimit) return s;
    }
    if (x4 !== void 0) {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if ((s = reportFixed(s, p, issue$categorization_type_4276fc)).length >= issueLimit) return s;
      } else {
        const o5 = x4;
        const x6 = hasOwn.call(o5, "listing_type") ? o5.listing_type : void 0;
        if (x6 === void 0) {
          if ((s = reportFixed(s, p, issue$categorization_listing_type_required_9e3b38)).length >= issueLimit) return s;
        }
        if (x6 !== void 0 && !allowed$0de451.has(x6)) {
          if (typeof x6 !== "string") {
            if ((s = reportFixed(s, p, issue$categorization_listing_type_type_ca4d8a)).length >= issueLimit) return s;
          } else {
            if (!allowed$0de451.has(x6)) {
              if ((s = reportFixed(s, p, issue$categorization_listing_type_enum_6bcf1b)).length >= issueLimit) return s;
            }
          }
        }
        const x7 = o5.data_reporting_status;
        if (x7 !== void 0) {
          if (x7 !== "private_activity" && x7 !== "business_activity" && hasOwn.call(o5, "data_reporting_status")) {
            if (typeof x7 !== "string") {
              if ((s = reportFixed(s, p, issue$categorization_data_reporting_status_typ_65ee66)).length >= issueLimit) return s;
            } else {
              if (x7 !== "private_activity" && x7 !== "business_activity") {
                if ((s = reportFixed(s, p, issue$categorization_data_reporting_status_enu_db3176)).length >= issueLimit) return s;
              }
            }
          }
        }
        const x8 = o5.data_reporting_bbr;
        if (x8 !== void 0) {
          if (typeof x8 !== "string" && hasOwn.call(o5, "data_reporting_bbr")) {
            if ((s = reportFixed(s, p, issue$categorization_data_reporting_bbr_type_fcc38b)).length >= issueLimit) return s;
          }
        }
        const x9 = o5.attestation;
        if (x9 !== void 0) {
          if (typeof x9 !== "boolean" && hasOwn.call(o5, "attestation")) {
            if ((s = reportFixed(s, p, issue$categorization_attestation_type_78374c)).length >= issueLimit) return s;
          }
        }
        const x10 = o5.attestation_conditional;
        if (x10 !== void 0) {
          if (typeof x10 !== "boolean" && hasOwn.call(o5, "attestation_conditional")) {
            if ((s = reportFixed(s, p, issue$categorization_attestation_conditional_t_7c301b)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$PostOneOfComplexRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let matches4 = 0;
  failed5: {
    if (!is$$inline1(v, d + 1)) break failed5;
    matches4++;
  }
  failed6: {
    if (!is$$inline2(v, d + 1)) break failed6;
    matches4++;
  }
  failed7: {
    if (!is$$inline3(v, d + 1)) break failed7;
    matches4++;
  }
  failed8: {
    if (!is$$inline4(v, d + 1)) break failed8;
    matches4++;
  }
  failed9: {
    const o10 = v;
    const x11 = hasOwn.call(o10, "listing_id") ? o10.listing_id : void 0;
    if (x11 === void 0) break failed9;
    const x12 = hasOwn.call(o10, "regulatory_body") ? o10.regulatory_body : void 0;
    if (x12 === void 0) break failed9;
    const x13 = hasOwn.call(o10, "registration") ? o10.registration : void 0;
    if (x13 === void 0) break failed9;
    if (!Number.isInteger(x11)) break failed9;
    if (typeof x12 !== "string") break failed9;
    if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) break failed9;
    const o14 = x13;
    const x15 = hasOwn.call(o14, "permit_number") ? o14.permit_number : void 0;
    if (x15 === void 0) break failed9;
    if (typeof x15 !== "string") break failed9;
    matches4++;
  }
  failed20: {
    const o21 = v;
    const x22 = hasOwn.call(o21, "listing_id") ? o21.listing_id : void 0;
    if (x22 === void 0) break failed20;
    const x23 = hasOwn.call(o21, "regulatory_body") ? o21.regulatory_body : void 0;
    if (x23 === void 0) break failed20;
    const x24 = hasOwn.call(o21, "affiliation") ? o21.affiliation : void 0;
    if (x24 === void 0) break failed20;
    if (!Number.isInteger(x22)) break failed20;
    if (typeof x23 !== "string") break failed20;
    if (typeof x24 !== "object" || x24 === null || Array.isArray(x24)) break failed20;
    const o25 = x24;
    const x26 = hasOwn.call(o25, "attestation_entrepreneur") ? o25.attestation_entrepreneur : void 0;
    if (x26 === void 0) break failed20;
    const x27 = hasOwn.call(o25, "listing_address") ? o25.listing_address : void 0;
    if (x27 === void 0) break failed20;
    if (typeof x26 !== "boolean") break failed20;
    if (typeof x27 !== "string") break failed20;
    matches4++;
  }
  failed32: {
    if (!is$$inline5(v, d + 1)) break failed32;
    matches4++;
  }
  if (matches4 !== 1) return false;
  return true;
}
function check$PostOneOfComplexRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    let matches4 = 0;
    failed5: {
      if (!is$$inline1(v, d + 1)) break failed5;
      matches4++;
    }
    failed6: {
      if (!is$$inline2(v, d + 1)) break failed6;
      matches4++;
    }
    failed7: {
      if (!is$$inline3(v, d + 1)) break failed7;
      matches4++;
    }
    failed8: {
      if (!is$$inline4(v, d + 1)) break failed8;
      matches4++;
    }
    failed9: {
      const o10 = v;
      const x11 = hasOwn.call(o10, "listing_id") ? o10.listing_id : void 0;
      if (x11 === void 0) break failed9;
      const x12 = hasOwn.call(o10, "regulatory_body") ? o10.regulatory_body : void 0;
      if (x12 === void 0) break failed9;
      const x13 = hasOwn.call(o10, "registration") ? o10.registration : void 0;
      if (x13 === void 0) break failed9;
      if (!Number.isInteger(x11)) break failed9;
      if (typeof x12 !== "string") break failed9;
      if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) break failed9;
      const o14 = x13;
      const x15 = hasOwn.call(o14, "permit_number") ? o14.permit_number : void 0;
      if (x15 === void 0) break failed9;
      if (typeof x15 !== "string") break failed9;
      matches4++;
    }
    failed20: {
      const o21 = v;
      const x22 = hasOwn.call(o21, "listing_id") ? o21.listing_id : void 0;
      if (x22 === void 0) break failed20;
      const x23 = hasOwn.call(o21, "regulatory_body") ? o21.regulatory_body : void 0;
      if (x23 === void 0) break failed20;
      const x24 = hasOwn.call(o21, "affiliation") ? o21.affiliation : void 0;
      if (x24 === void 0) break failed20;
      if (!Number.isInteger(x22)) break failed20;
      if (typeof x23 !== "string") break failed20;
      if (typeof x24 !== "object" || x24 === null || Array.isArray(x24)) break failed20;
      const o25 = x24;
      const x26 = hasOwn.call(o25, "attestation_entrepreneur") ? o25.attestation_entrepreneur : void 0;
      if (x26 === void 0) break failed20;
      const x27 = hasOwn.call(o25, "listing_address") ? o25.listing_address : void 0;
      if (x27 === void 0) break failed20;
      if (typeof x26 !== "boolean") break failed20;
      if (typeof x27 !== "string") break failed20;
      matches4++;
    }
    failed32: {
      if (!is$$inline5(v, d + 1)) break failed32;
      matches4++;
    }
    if (matches4 === 0) {
      if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches4)).length >= issueLimit) return s;
    } else if (matches4 > 1) {
      if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches4)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PostOneOfComplexResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostOneOfComplexResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostOneOfWithTypeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.event;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "event")) return false;
        break property3;
      }
      let matches4 = 0;
      matches4++;
      matches4++;
      if (matches4 !== 1) {
        if (hasOwn.call(o1, "event")) return false;
        break property3;
      }
    }
  }
  return true;
}
function check$PostOneOfWithTypeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.event;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "event")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$event_type_090e36)).length >= issueLimit) return s;
        } else {
          let matches3 = 0;
          matches3++;
          matches3++;
          if (matches3 === 0) {
            if ((s = report(s, p, ["event"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches3)).length >= issueLimit) return s;
          } else if (matches3 > 1) {
            if ((s = report(s, p, ["event"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches3)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$PostOneOfWithTypeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostOneOfWithTypeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchPetsRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "pet_type") ? v.pet_type : void 0;
  switch (tag5) {
    case "Cat":
      if (!is$Cat(v, d + 1)) return false;
      break;
    case "Dog":
      if (!is$Dog(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$PatchPetsRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_a29f45)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "pet_type") ? v.pet_type : void 0;
    switch (tag5) {
      case "Cat":
        if (!is$Cat(v, d + 1)) {
          if (full(s = check$Cat(v, p, s, d + 1))) return s;
        }
        break;
      case "Dog":
        if (!is$Dog(v, d + 1)) {
          if (full(s = check$Dog(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_a29f45)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PatchPetsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchPetsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Cat: {
    title: "Meow",
    type: "object",
    allOf: [
      { $ref: "#/$defs/Pet" },
      { type: "object", properties: { hunts: { type: "boolean" }, age: { type: "integer" } } }
    ]
  },
  Dog: {
    title: "Woof",
    allOf: [
      { $ref: "#/$defs/Pet" },
      {
        type: "object",
        properties: {
          bark: { type: "boolean" },
          breed: { type: "string", enum: ["Dingo", "Husky", "Retriever", "Shepherd"] }
        }
      }
    ]
  },
  Object1: {
    title: "First type of object",
    type: "object",
    properties: { a: { type: "string" }, b: { type: "string" } }
  },
  Object2: {
    title: "Second type of object",
    type: "object",
    properties: { c: { type: "string" }, d: { type: "string" } }
  },
  Pet: { type: "object", properties: { pet_type: { type: "string" } }, required: ["pet_type"] },
  String1: { type: "string" },
  String2: { type: "string" }
};
const jsonSchema$roots = {
  Cat: { $ref: "#/$defs/Cat" },
  Dog: { $ref: "#/$defs/Dog" },
  Object1: { $ref: "#/$defs/Object1" },
  Object2: { $ref: "#/$defs/Object2" },
  Pet: { $ref: "#/$defs/Pet" },
  String1: { $ref: "#/$defs/String1" },
  String2: { $ref: "#/$defs/String2" },
  PostAnyOfWithTypeRequestBody: {
    type: "object",
    properties: {
      event: {
        type: "string",
        anyOf: [
          { title: "First type of primitive", type: "string" },
          { title: "Second type of primitive", type: "string" }
        ]
      }
    }
  },
  PostAnyOfWithTypeResponse: false,
  PostAnythingAllOfObjectRequestBody: {
    type: "object",
    allOf: [
      {
        title: "First type of object",
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } }
      },
      {
        title: "Second type of object",
        type: "object",
        properties: { c: { type: "string" }, d: { type: "string" } }
      }
    ]
  },
  PostAnythingAllOfObjectResponse: false,
  PostAnythingAnyOfObjectRequestBody: {
    anyOf: [
      {
        title: "First type of object",
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } }
      },
      {
        title: "Second type of object",
        type: "object",
        properties: { c: { type: "string" }, d: { type: "string" } }
      }
    ]
  },
  PostAnythingAnyOfObjectResponse: false,
  PostAnythingAnyOfPrimitiveRequestBody: {
    anyOf: [
      { title: "First type of primitive", type: "string" },
      { title: "Second type of primitive", type: "integer" }
    ]
  },
  PostAnythingAnyOfPrimitiveResponse: false,
  PostAnythingNestedOneOfObjectRefRequestBody: {
    type: "object",
    properties: { config: { oneOf: [{ $ref: "#/$defs/Object1" }, { $ref: "#/$defs/Object2" }] } },
    additionalProperties: false
  },
  PostAnythingNestedOneOfObjectRefResponse: false,
  PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody: {
    type: "object",
    properties: {
      config: {
        oneOf: [
          { $ref: "#/$defs/Object1" },
          { $ref: "#/$defs/Object2" },
          { oneOf: [{ $ref: "#/$defs/Cat" }, { $ref: "#/$defs/Dog" }] }
        ]
      }
    },
    additionalProperties: false
  },
  PostAnythingNestedOneOfObjectWithNestedOneOfResponse: false,
  PostAnythingNestedOneOfRefRequestBody: {
    type: "object",
    properties: { config: { oneOf: [{ $ref: "#/$defs/String1" }, { $ref: "#/$defs/String2" }] } },
    additionalProperties: false
  },
  PostAnythingNestedOneOfRefResponse: false,
  PostAnythingOneOfObjectRequestBody: {
    oneOf: [
      {
        title: "First type of object",
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } }
      },
      {
        title: "Second type of object",
        type: "object",
        properties: { c: { type: "string" }, d: { type: "string" } }
      }
    ]
  },
  PostAnythingOneOfObjectResponse: false,
  PostAnythingOneOfObjectRefRequestBody: {
    oneOf: [{ $ref: "#/$defs/Object1" }, { $ref: "#/$defs/Object2" }]
  },
  PostAnythingOneOfObjectRefResponse: false,
  PostAnythingOneOfPrimitiveRequestBody: {
    oneOf: [
      { title: "First type of primitive", type: "string" },
      { title: "Second type of primitive", type: "integer" }
    ]
  },
  PostAnythingOneOfPrimitiveResponse: false,
  PostOneOfComplexRequestBody: {
    type: "object",
    oneOf: [
      {
        title: "Andalucia",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          registration: {
            type: "object",
            properties: {
              permit_number: { type: "string" },
              registration_ownership: { type: "string", enum: ["OWNER", "PROPERTY_MANAGER"] },
              email: { type: "string" },
              full_name: { type: "string" },
              identification_number: { type: "string" }
            },
            required: [
              "permit_number",
              "registration_ownership",
              "email",
              "full_name",
              "identification_number"
            ]
          },
          exemption: {
            type: "object",
            properties: {
              reason: {
                type: "string",
                enum: ["LISTING_TYPE_NOT_INCLUDED", "LISTING_NOT_TOURIST_ACCOMMODATION"]
              },
              registration_ownership: { type: "string", enum: ["OWNER", "PROPERTY_MANAGER"] },
              email: { type: "string" },
              full_name: { type: "string" },
              identification_number: { type: "string" }
            },
            required: [
              "reason",
              "registration_ownership",
              "email",
              "full_name",
              "identification_number"
            ]
          }
        },
        required: ["listing_id", "regulatory_body"]
      },
      {
        title: "Baltimore",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          registration: {
            type: "object",
            properties: {
              permit_number: { type: "string" },
              expiration_date: { type: "string" },
              full_name: { type: "string" },
              email: { type: "string" },
              listing_address: { type: "string" },
              attestation_existing_registration: { type: "boolean" }
            },
            required: [
              "permit_number",
              "expiration_date",
              "full_name",
              "email",
              "listing_address",
              "attestation_existing_registration"
            ]
          },
          exemption: {
            type: "object",
            properties: {
              exemption_reason: { type: "string", enum: ["hotel_motel"] },
              full_name: { type: "string" },
              email: { type: "string" },
              attestation_exemption_claim: { type: "boolean" }
            },
            required: ["exemption_reason", "full_name", "email", "attestation_exemption_claim"]
          }
        },
        required: ["listing_id", "regulatory_body"]
      },
      {
        title: "Boston",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          registration: {
            type: "object",
            properties: {
              permit_number: { type: "string" },
              email: { type: "string" },
              full_name: { type: "string" },
              listing_address: { type: "string" },
              attestation: { type: "boolean" }
            },
            required: ["permit_number", "email", "full_name", "listing_address", "attestation"]
          },
          exemption: {
            type: "object",
            properties: {
              exemption_reason: {
                type: "string",
                enum: [
                  "hotel_motel",
                  "bed_breakfast_lodging",
                  "institutional_business",
                  "hospitals"
                ]
              },
              listing_address: { type: "string" },
              attestation: { type: "boolean" }
            },
            required: ["exemption_reason", "listing_address", "attestation"]
          }
        },
        required: ["listing_id", "regulatory_body"]
      },
      {
        title: "Catalonia",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          registration: {
            type: "object",
            properties: {
              permit_number: { type: "string" },
              registration_ownership: { type: "string" },
              email: { type: "string" },
              full_name: { type: "string" },
              identification_number: { type: "string" }
            },
            required: [
              "permit_number",
              "registration_ownership",
              "email",
              "full_name",
              "identification_number"
            ]
          },
          exemption: {
            type: "object",
            properties: {
              reason: {
                type: "string",
                enum: [
                  "listing_not_full_building",
                  "listing_is_shared_room",
                  "other_exemption_reason"
                ]
              },
              registration_ownership: { type: "string", enum: ["OWNER", "PROPERTY_MANAGER"] },
              email: { type: "string" },
              full_name: { type: "string" },
              identification_number: { type: "string" }
            },
            required: [
              "reason",
              "registration_ownership",
              "email",
              "full_name",
              "identification_number"
            ]
          }
        },
        required: ["listing_id", "regulatory_body"]
      },
      {
        title: "Chicago",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          registration: {
            type: "object",
            properties: { permit_number: { type: "string" } },
            required: ["permit_number"]
          }
        },
        required: ["listing_id", "regulatory_body", "registration"]
      },
      {
        title: "Cuba",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          affiliation: {
            type: "object",
            properties: {
              attestation_entrepreneur: { type: "boolean" },
              listing_address: { type: "string" }
            },
            required: ["attestation_entrepreneur", "listing_address"]
          }
        },
        required: ["listing_id", "regulatory_body", "affiliation"]
      },
      {
        title: "Denmark",
        type: "object",
        properties: {
          listing_id: { type: "integer" },
          regulatory_body: { type: "string" },
          categorization: {
            type: "object",
            properties: {
              listing_type: {
                type: "string",
                enum: [
                  "primary_residence",
                  "houseboat",
                  "tent",
                  "tree_house",
                  "hotel_or_hostel",
                  "serviced_apartment",
                  "trailer",
                  "mobile_home",
                  "summer_house"
                ]
              },
              data_reporting_status: {
                type: "string",
                enum: ["private_activity", "business_activity"]
              },
              data_reporting_bbr: { type: "string" },
              attestation: { type: "boolean" },
              attestation_conditional: { type: "boolean" }
            },
            required: ["listing_type"]
          }
        },
        required: ["listing_id", "regulatory_body", "categorization"]
      }
    ]
  },
  PostOneOfComplexResponse: false,
  PostOneOfWithTypeRequestBody: {
    type: "object",
    properties: {
      event: {
        type: "string",
        oneOf: [{ description: "oneof one" }, { description: "oneof two" }]
      }
    }
  },
  PostOneOfWithTypeResponse: false,
  PatchPetsRequestBody: { oneOf: [{ $ref: "#/$defs/Cat" }, { $ref: "#/$defs/Dog" }] },
  PatchPetsResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isCat,
  isDog,
  isObject1,
  isObject2,
  isPatchPetsRequestBody,
  isPatchPetsResponse,
  isPet,
  isPostAnyOfWithTypeRequestBody,
  isPostAnyOfWithTypeResponse,
  isPostAnythingAllOfObjectRequestBody,
  isPostAnythingAllOfObjectResponse,
  isPostAnythingAnyOfObjectRequestBody,
  isPostAnythingAnyOfObjectResponse,
  isPostAnythingAnyOfPrimitiveRequestBody,
  isPostAnythingAnyOfPrimitiveResponse,
  isPostAnythingNestedOneOfObjectRefRequestBody,
  isPostAnythingNestedOneOfObjectRefResponse,
  isPostAnythingNestedOneOfObjectWithNestedOneOfRequestBody,
  isPostAnythingNestedOneOfObjectWithNestedOneOfResponse,
  isPostAnythingNestedOneOfRefRequestBody,
  isPostAnythingNestedOneOfRefResponse,
  isPostAnythingOneOfObjectRefRequestBody,
  isPostAnythingOneOfObjectRefResponse,
  isPostAnythingOneOfObjectRequestBody,
  isPostAnythingOneOfObjectResponse,
  isPostAnythingOneOfPrimitiveRequestBody,
  isPostAnythingOneOfPrimitiveResponse,
  isPostOneOfComplexRequestBody,
  isPostOneOfComplexResponse,
  isPostOneOfWithTypeRequestBody,
  isPostOneOfWithTypeResponse,
  isString1,
  isString2,
  schemas,
  validateCat,
  validateDog,
  validateObject1,
  validateObject2,
  validatePatchPetsRequestBody,
  validatePatchPetsResponse,
  validatePet,
  validatePostAnyOfWithTypeRequestBody,
  validatePostAnyOfWithTypeResponse,
  validatePostAnythingAllOfObjectRequestBody,
  validatePostAnythingAllOfObjectResponse,
  validatePostAnythingAnyOfObjectRequestBody,
  validatePostAnythingAnyOfObjectResponse,
  validatePostAnythingAnyOfPrimitiveRequestBody,
  validatePostAnythingAnyOfPrimitiveResponse,
  validatePostAnythingNestedOneOfObjectRefRequestBody,
  validatePostAnythingNestedOneOfObjectRefResponse,
  validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody,
  validatePostAnythingNestedOneOfObjectWithNestedOneOfResponse,
  validatePostAnythingNestedOneOfRefRequestBody,
  validatePostAnythingNestedOneOfRefResponse,
  validatePostAnythingOneOfObjectRefRequestBody,
  validatePostAnythingOneOfObjectRefResponse,
  validatePostAnythingOneOfObjectRequestBody,
  validatePostAnythingOneOfObjectResponse,
  validatePostAnythingOneOfPrimitiveRequestBody,
  validatePostAnythingOneOfPrimitiveResponse,
  validatePostOneOfComplexRequestBody,
  validatePostOneOfComplexResponse,
  validatePostOneOfWithTypeRequestBody,
  validatePostOneOfWithTypeResponse,
  validateString1,
  validateString2
};
