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
function validateApplicationApprovedEvent(value, options) {
  const issues = options === void 0 ? check$ApplicationApprovedEvent(value, ROOT, void 0, 0) : checkValue(check$ApplicationApprovedEvent, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApplicationApprovedEvent(value) {
  return is$ApplicationApprovedEvent(value, 0);
}
function validateApplicationDeniedEvent(value, options) {
  const issues = options === void 0 ? check$ApplicationDeniedEvent(value, ROOT, void 0, 0) : checkValue(check$ApplicationDeniedEvent, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApplicationDeniedEvent(value) {
  return is$ApplicationDeniedEvent(value, 0);
}
function validateBaseBuyerWebhookEvent(value, options) {
  const issues = options === void 0 ? check$BaseBuyerWebhookEvent(value, ROOT, void 0, 0) : checkValue(check$BaseBuyerWebhookEvent, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBaseBuyerWebhookEvent(value) {
  return is$BaseBuyerWebhookEvent(value, 0);
}
function validateBasePurchaseWebhookEvent(value, options) {
  const issues = options === void 0 ? check$BasePurchaseWebhookEvent(value, ROOT, void 0, 0) : checkValue(check$BasePurchaseWebhookEvent, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBasePurchaseWebhookEvent(value) {
  return is$BasePurchaseWebhookEvent(value, 0);
}
function validateBaseVehicle(value, options) {
  const issues = options === void 0 ? check$BaseVehicle(value, ROOT, void 0, 0) : checkValue(check$BaseVehicle, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBaseVehicle(value) {
  return is$BaseVehicle(value, 0);
}
function validateBaseWebhookEvent(value, options) {
  const issues = options === void 0 ? check$BaseWebhookEvent(value, ROOT, void 0, 0) : checkValue(check$BaseWebhookEvent, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBaseWebhookEvent(value) {
  return is$BaseWebhookEvent(value, 0);
}
function validateCat(value, options) {
  const issues = options === void 0 ? check$Cat(value, ROOT, void 0, 0) : checkValue(check$Cat, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCat(value) {
  return is$Cat(value, 0);
}
function validateCatNoDisc(value, options) {
  const issues = options === void 0 ? check$CatNoDisc(value, ROOT, void 0, 0) : checkValue(check$CatNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCatNoDisc(value) {
  return is$CatNoDisc(value, 0);
}
function validateDog(value, options) {
  const issues = options === void 0 ? check$Dog(value, ROOT, void 0, 0) : checkValue(check$Dog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDog(value) {
  return is$Dog(value, 0);
}
function validateDogNoDisc(value, options) {
  const issues = options === void 0 ? check$DogNoDisc(value, ROOT, void 0, 0) : checkValue(check$DogNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDogNoDisc(value) {
  return is$DogNoDisc(value, 0);
}
function validateElectricVehicle(value, options) {
  const issues = options === void 0 ? check$ElectricVehicle(value, ROOT, void 0, 0) : checkValue(check$ElectricVehicle, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isElectricVehicle(value) {
  return is$ElectricVehicle(value, 0);
}
function validateFueledVehicle(value, options) {
  const issues = options === void 0 ? check$FueledVehicle(value, ROOT, void 0, 0) : checkValue(check$FueledVehicle, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFueledVehicle(value) {
  return is$FueledVehicle(value, 0);
}
function validateGcsImport(value, options) {
  const issues = options === void 0 ? check$GcsImport(value, ROOT, void 0, 0) : checkValue(check$GcsImport, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGcsImport(value) {
  return is$GcsImport(value, 0);
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
function validateOptionOneNoDisc(value, options) {
  const issues = options === void 0 ? check$OptionOneNoDisc(value, ROOT, void 0, 0) : checkValue(check$OptionOneNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOptionOneNoDisc(value) {
  return is$OptionOneNoDisc(value, 0);
}
function validateOptionThreeNoDisc(value, options) {
  const issues = options === void 0 ? check$OptionThreeNoDisc(value, ROOT, void 0, 0) : checkValue(check$OptionThreeNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOptionThreeNoDisc(value) {
  return is$OptionThreeNoDisc(value, 0);
}
function validateOptionTwoNoDisc(value, options) {
  const issues = options === void 0 ? check$OptionTwoNoDisc(value, ROOT, void 0, 0) : checkValue(check$OptionTwoNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOptionTwoNoDisc(value) {
  return is$OptionTwoNoDisc(value, 0);
}
function validatePedaledVehicle(value, options) {
  const issues = options === void 0 ? check$PedaledVehicle(value, ROOT, void 0, 0) : checkValue(check$PedaledVehicle, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPedaledVehicle(value) {
  return is$PedaledVehicle(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validatePetNoDisc(value, options) {
  const issues = options === void 0 ? check$PetNoDisc(value, ROOT, void 0, 0) : checkValue(check$PetNoDisc, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPetNoDisc(value) {
  return is$PetNoDisc(value, 0);
}
function validateS3Import(value, options) {
  const issues = options === void 0 ? check$S3Import(value, ROOT, void 0, 0) : checkValue(check$S3Import, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isS3Import(value) {
  return is$S3Import(value, 0);
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
function validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody(value, options) {
  const issues = options === void 0 ? check$OneOfWithTopLevelDiscriminatorAndMappingRequestBody(value, ROOT, void 0, 0) : checkValue(check$OneOfWithTopLevelDiscriminatorAndMappingRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithTopLevelDiscriminatorAndMappingRequestBody(value) {
  return is$OneOfWithTopLevelDiscriminatorAndMappingRequestBody(value, 0);
}
function validateOneOfWithTopLevelDiscriminatorAndMappingResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$OneOfWithTopLevelDiscriminatorAndMappingResponse(value, ROOT, void 0, 0) : checkValue(check$OneOfWithTopLevelDiscriminatorAndMappingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithTopLevelDiscriminatorAndMappingResponse(value) {
  return value === void 0 || is$OneOfWithTopLevelDiscriminatorAndMappingResponse(value, 0);
}
function validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody(value, options) {
  const issues = options === void 0 ? check$OneOfWithTopLevelDiscriminatorNoMappingRequestBody(value, ROOT, void 0, 0) : checkValue(check$OneOfWithTopLevelDiscriminatorNoMappingRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithTopLevelDiscriminatorNoMappingRequestBody(value) {
  return is$OneOfWithTopLevelDiscriminatorNoMappingRequestBody(value, 0);
}
function validateOneOfWithTopLevelDiscriminatorNoMappingResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$OneOfWithTopLevelDiscriminatorNoMappingResponse(value, ROOT, void 0, 0) : checkValue(check$OneOfWithTopLevelDiscriminatorNoMappingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithTopLevelDiscriminatorNoMappingResponse(value) {
  return value === void 0 || is$OneOfWithTopLevelDiscriminatorNoMappingResponse(value, 0);
}
function validatePatchEmbeddedDiscriminatorRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchEmbeddedDiscriminatorRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchEmbeddedDiscriminatorRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchEmbeddedDiscriminatorRequestBody(value) {
  return is$PatchEmbeddedDiscriminatorRequestBody(value, 0);
}
function validatePatchEmbeddedDiscriminatorResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchEmbeddedDiscriminatorResponse(value, ROOT, void 0, 0) : checkValue(check$PatchEmbeddedDiscriminatorResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchEmbeddedDiscriminatorResponse(value) {
  return value === void 0 || is$PatchEmbeddedDiscriminatorResponse(value, 0);
}
function validateOneOfWithImproperlyPlacedDiscriminatorRequestBody(value, options) {
  const issues = options === void 0 ? check$OneOfWithImproperlyPlacedDiscriminatorRequestBody(value, ROOT, void 0, 0) : checkValue(check$OneOfWithImproperlyPlacedDiscriminatorRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithImproperlyPlacedDiscriminatorRequestBody(value) {
  return is$OneOfWithImproperlyPlacedDiscriminatorRequestBody(value, 0);
}
function validateOneOfWithImproperlyPlacedDiscriminatorResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$OneOfWithImproperlyPlacedDiscriminatorResponse(value, ROOT, void 0, 0) : checkValue(check$OneOfWithImproperlyPlacedDiscriminatorResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOneOfWithImproperlyPlacedDiscriminatorResponse(value) {
  return value === void 0 || is$OneOfWithImproperlyPlacedDiscriminatorResponse(value, 0);
}
function validatePatchMappingOfSchemaNamesRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchMappingOfSchemaNamesRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchMappingOfSchemaNamesRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchMappingOfSchemaNamesRequestBody(value) {
  return is$PatchMappingOfSchemaNamesRequestBody(value, 0);
}
function validatePatchMappingOfSchemaNamesResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchMappingOfSchemaNamesResponse(value, ROOT, void 0, 0) : checkValue(check$PatchMappingOfSchemaNamesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchMappingOfSchemaNamesResponse(value) {
  return value === void 0 || is$PatchMappingOfSchemaNamesResponse(value, 0);
}
function validatePatchMappingWithDuplicateSchemasRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchMappingWithDuplicateSchemasRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchMappingWithDuplicateSchemasRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchMappingWithDuplicateSchemasRequestBody(value) {
  return is$PatchMappingWithDuplicateSchemasRequestBody(value, 0);
}
function validatePatchMappingWithDuplicateSchemasResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchMappingWithDuplicateSchemasResponse(value, ROOT, void 0, 0) : checkValue(check$PatchMappingWithDuplicateSchemasResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchMappingWithDuplicateSchemasResponse(value) {
  return value === void 0 || is$PatchMappingWithDuplicateSchemasResponse(value, 0);
}
function validatePatchNestedOneOfObjectWithNestedOneOfRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchNestedOneOfObjectWithNestedOneOfRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchNestedOneOfObjectWithNestedOneOfRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchNestedOneOfObjectWithNestedOneOfRequestBody(value) {
  return is$PatchNestedOneOfObjectWithNestedOneOfRequestBody(value, 0);
}
function validatePatchNestedOneOfObjectWithNestedOneOfResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchNestedOneOfObjectWithNestedOneOfResponse(value, ROOT, void 0, 0) : checkValue(check$PatchNestedOneOfObjectWithNestedOneOfResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchNestedOneOfObjectWithNestedOneOfResponse(value) {
  return value === void 0 || is$PatchNestedOneOfObjectWithNestedOneOfResponse(value, 0);
}
function validatePatchOneofAllofTopLevelDiscRequestBody(value, options) {
  const issues = options === void 0 ? check$PatchOneofAllofTopLevelDiscRequestBody(value, ROOT, void 0, 0) : checkValue(check$PatchOneofAllofTopLevelDiscRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchOneofAllofTopLevelDiscRequestBody(value) {
  return is$PatchOneofAllofTopLevelDiscRequestBody(value, 0);
}
function validatePatchOneofAllofTopLevelDiscResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PatchOneofAllofTopLevelDiscResponse(value, ROOT, void 0, 0) : checkValue(check$PatchOneofAllofTopLevelDiscResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPatchOneofAllofTopLevelDiscResponse(value) {
  return value === void 0 || is$PatchOneofAllofTopLevelDiscResponse(value, 0);
}
function validatePostPotentiallyUndefinedFormDataRequestBody(value, options) {
  const issues = options === void 0 ? check$PostPotentiallyUndefinedFormDataRequestBody(value, ROOT, void 0, 0) : checkValue(check$PostPotentiallyUndefinedFormDataRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostPotentiallyUndefinedFormDataRequestBody(value) {
  return is$PostPotentiallyUndefinedFormDataRequestBody(value, 0);
}
function validatePostPotentiallyUndefinedFormDataResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$PostPotentiallyUndefinedFormDataResponse(value, ROOT, void 0, 0) : checkValue(check$PostPotentiallyUndefinedFormDataResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPostPotentiallyUndefinedFormDataResponse(value) {
  return value === void 0 || is$PostPotentiallyUndefinedFormDataResponse(value, 0);
}
function validateRedoclyQuirkRequestBody(value, options) {
  const issues = options === void 0 ? check$RedoclyQuirkRequestBody(value, ROOT, void 0, 0) : checkValue(check$RedoclyQuirkRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRedoclyQuirkRequestBody(value) {
  return is$RedoclyQuirkRequestBody(value, 0);
}
function validateRedoclyQuirkResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$RedoclyQuirkResponse(value, ROOT, void 0, 0) : checkValue(check$RedoclyQuirkResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRedoclyQuirkResponse(value) {
  return value === void 0 || is$RedoclyQuirkResponse(value, 0);
}
const schemas = {
  ApplicationApprovedEvent: /* @__PURE__ */ standardSchema(validateApplicationApprovedEvent, jsonSchema$of("ApplicationApprovedEvent")),
  ApplicationDeniedEvent: /* @__PURE__ */ standardSchema(validateApplicationDeniedEvent, jsonSchema$of("ApplicationDeniedEvent")),
  BaseBuyerWebhookEvent: /* @__PURE__ */ standardSchema(validateBaseBuyerWebhookEvent, jsonSchema$of("BaseBuyerWebhookEvent")),
  BasePurchaseWebhookEvent: /* @__PURE__ */ standardSchema(validateBasePurchaseWebhookEvent, jsonSchema$of("BasePurchaseWebhookEvent")),
  BaseVehicle: /* @__PURE__ */ standardSchema(validateBaseVehicle, jsonSchema$of("BaseVehicle")),
  BaseWebhookEvent: /* @__PURE__ */ standardSchema(validateBaseWebhookEvent, jsonSchema$of("BaseWebhookEvent")),
  Cat: /* @__PURE__ */ standardSchema(validateCat, jsonSchema$of("Cat")),
  CatNoDisc: /* @__PURE__ */ standardSchema(validateCatNoDisc, jsonSchema$of("CatNoDisc")),
  Dog: /* @__PURE__ */ standardSchema(validateDog, jsonSchema$of("Dog")),
  DogNoDisc: /* @__PURE__ */ standardSchema(validateDogNoDisc, jsonSchema$of("DogNoDisc")),
  ElectricVehicle: /* @__PURE__ */ standardSchema(validateElectricVehicle, jsonSchema$of("ElectricVehicle")),
  FueledVehicle: /* @__PURE__ */ standardSchema(validateFueledVehicle, jsonSchema$of("FueledVehicle")),
  GcsImport: /* @__PURE__ */ standardSchema(validateGcsImport, jsonSchema$of("GcsImport")),
  Object1: /* @__PURE__ */ standardSchema(validateObject1, jsonSchema$of("Object1")),
  Object2: /* @__PURE__ */ standardSchema(validateObject2, jsonSchema$of("Object2")),
  OptionOneNoDisc: /* @__PURE__ */ standardSchema(validateOptionOneNoDisc, jsonSchema$of("OptionOneNoDisc")),
  OptionThreeNoDisc: /* @__PURE__ */ standardSchema(validateOptionThreeNoDisc, jsonSchema$of("OptionThreeNoDisc")),
  OptionTwoNoDisc: /* @__PURE__ */ standardSchema(validateOptionTwoNoDisc, jsonSchema$of("OptionTwoNoDisc")),
  PedaledVehicle: /* @__PURE__ */ standardSchema(validatePedaledVehicle, jsonSchema$of("PedaledVehicle")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  PetNoDisc: /* @__PURE__ */ standardSchema(validatePetNoDisc, jsonSchema$of("PetNoDisc")),
  S3Import: /* @__PURE__ */ standardSchema(validateS3Import, jsonSchema$of("S3Import")),
  String1: /* @__PURE__ */ standardSchema(validateString1, jsonSchema$of("String1")),
  String2: /* @__PURE__ */ standardSchema(validateString2, jsonSchema$of("String2")),
  OneOfWithTopLevelDiscriminatorAndMappingRequestBody: /* @__PURE__ */ standardSchema(validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody, jsonSchema$of("OneOfWithTopLevelDiscriminatorAndMappingRequestBody")),
  OneOfWithTopLevelDiscriminatorAndMappingResponse: /* @__PURE__ */ standardSchema(validateOneOfWithTopLevelDiscriminatorAndMappingResponse, jsonSchema$of("OneOfWithTopLevelDiscriminatorAndMappingResponse")),
  OneOfWithTopLevelDiscriminatorNoMappingRequestBody: /* @__PURE__ */ standardSchema(validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody, jsonSchema$of("OneOfWithTopLevelDiscriminatorNoMappingRequestBody")),
  OneOfWithTopLevelDiscriminatorNoMappingResponse: /* @__PURE__ */ standardSchema(validateOneOfWithTopLevelDiscriminatorNoMappingResponse, jsonSchema$of("OneOfWithTopLevelDiscriminatorNoMappingResponse")),
  PatchEmbeddedDiscriminatorRequestBody: /* @__PURE__ */ standardSchema(validatePatchEmbeddedDiscriminatorRequestBody, jsonSchema$of("PatchEmbeddedDiscriminatorRequestBody")),
  PatchEmbeddedDiscriminatorResponse: /* @__PURE__ */ standardSchema(validatePatchEmbeddedDiscriminatorResponse, jsonSchema$of("PatchEmbeddedDiscriminatorResponse")),
  OneOfWithImproperlyPlacedDiscriminatorRequestBody: /* @__PURE__ */ standardSchema(validateOneOfWithImproperlyPlacedDiscriminatorRequestBody, jsonSchema$of("OneOfWithImproperlyPlacedDiscriminatorRequestBody")),
  OneOfWithImproperlyPlacedDiscriminatorResponse: /* @__PURE__ */ standardSchema(validateOneOfWithImproperlyPlacedDiscriminatorResponse, jsonSchema$of("OneOfWithImproperlyPlacedDiscriminatorResponse")),
  PatchMappingOfSchemaNamesRequestBody: /* @__PURE__ */ standardSchema(validatePatchMappingOfSchemaNamesRequestBody, jsonSchema$of("PatchMappingOfSchemaNamesRequestBody")),
  PatchMappingOfSchemaNamesResponse: /* @__PURE__ */ standardSchema(validatePatchMappingOfSchemaNamesResponse, jsonSchema$of("PatchMappingOfSchemaNamesResponse")),
  PatchMappingWithDuplicateSchemasRequestBody: /* @__PURE__ */ standardSchema(validatePatchMappingWithDuplicateSchemasRequestBody, jsonSchema$of("PatchMappingWithDuplicateSchemasRequestBody")),
  PatchMappingWithDuplicateSchemasResponse: /* @__PURE__ */ standardSchema(validatePatchMappingWithDuplicateSchemasResponse, jsonSchema$of("PatchMappingWithDuplicateSchemasResponse")),
  PatchNestedOneOfObjectWithNestedOneOfRequestBody: /* @__PURE__ */ standardSchema(validatePatchNestedOneOfObjectWithNestedOneOfRequestBody, jsonSchema$of("PatchNestedOneOfObjectWithNestedOneOfRequestBody")),
  PatchNestedOneOfObjectWithNestedOneOfResponse: /* @__PURE__ */ standardSchema(validatePatchNestedOneOfObjectWithNestedOneOfResponse, jsonSchema$of("PatchNestedOneOfObjectWithNestedOneOfResponse")),
  PatchOneofAllofTopLevelDiscRequestBody: /* @__PURE__ */ standardSchema(validatePatchOneofAllofTopLevelDiscRequestBody, jsonSchema$of("PatchOneofAllofTopLevelDiscRequestBody")),
  PatchOneofAllofTopLevelDiscResponse: /* @__PURE__ */ standardSchema(validatePatchOneofAllofTopLevelDiscResponse, jsonSchema$of("PatchOneofAllofTopLevelDiscResponse")),
  PostPotentiallyUndefinedFormDataRequestBody: /* @__PURE__ */ standardSchema(validatePostPotentiallyUndefinedFormDataRequestBody, jsonSchema$of("PostPotentiallyUndefinedFormDataRequestBody")),
  PostPotentiallyUndefinedFormDataResponse: /* @__PURE__ */ standardSchema(validatePostPotentiallyUndefinedFormDataResponse, jsonSchema$of("PostPotentiallyUndefinedFormDataResponse")),
  RedoclyQuirkRequestBody: /* @__PURE__ */ standardSchema(validateRedoclyQuirkRequestBody, jsonSchema$of("RedoclyQuirkRequestBody")),
  RedoclyQuirkResponse: /* @__PURE__ */ standardSchema(validateRedoclyQuirkResponse, jsonSchema$of("RedoclyQuirkResponse"))
};
const issue$a_type_79d5f0 = /* @__PURE__ */ fixedIssue(["a"], "type", "must be a string");
const issue$age_type_e96682 = /* @__PURE__ */ fixedIssue(["age"], "type", "must be an integer");
const issue$b_type_cd8dc5 = /* @__PURE__ */ fixedIssue(["b"], "type", "must be a string");
const issue$bark_type_3515a1 = /* @__PURE__ */ fixedIssue(["bark"], "type", "must be a boolean");
const issue$breed_enum_da18ff = /* @__PURE__ */ fixedIssue(["breed"], "enum", 'must be one of "Dingo", "Husky", "Retriever", "Shepherd"');
const issue$breed_type_32721e = /* @__PURE__ */ fixedIssue(["breed"], "type", "must be a string");
const issue$buyer_id_required_0a5e1e = /* @__PURE__ */ fixedIssue(["buyer_id"], "required", "is required");
const issue$buyer_id_type_dd70ee = /* @__PURE__ */ fixedIssue(["buyer_id"], "type", "must be a string");
const issue$c_type_658cca = /* @__PURE__ */ fixedIssue(["c"], "type", "must be a string");
const issue$chargeAmps_type_cbf9f5 = /* @__PURE__ */ fixedIssue(["chargeAmps"], "type", "must be an integer");
const issue$chargeSpeed_type_5af79a = /* @__PURE__ */ fixedIssue(["chargeSpeed"], "type", "must be an integer");
const issue$chargeVoltage_type_43cfd6 = /* @__PURE__ */ fixedIssue(["chargeVoltage"], "type", "must be an integer");
const issue$connector_properties_discriminator_fc0a45 = /* @__PURE__ */ fixedIssue(["connector_properties"], "discriminator", 'must have a "connector_type" property that is one of "gcsImport", "s3Import" (discriminator)');
const issue$connector_properties_type_fb0fcc = /* @__PURE__ */ fixedIssue(["connector_properties"], "type", "must be an object");
const issue$connector_type_enum_565b6e = /* @__PURE__ */ fixedIssue(["connector_type"], "enum", 'must be one of "s3Import", "gcsImport"');
const issue$connector_type_type_211aa6 = /* @__PURE__ */ fixedIssue(["connector_type"], "type", "must be a string");
const issue$d_type_ba143b = /* @__PURE__ */ fixedIssue(["d"], "type", "must be a string");
const issue$discrimValue_enum_ae3b48 = /* @__PURE__ */ fixedIssue(["discrimValue"], "enum", 'must be one of "oneA", "oneB", "oneC", "twoA", "twoB", "three"');
const issue$discrimValue_type_dcdf40 = /* @__PURE__ */ fixedIssue(["discrimValue"], "type", "must be a string");
const issue$discrim_required_031221 = /* @__PURE__ */ fixedIssue(["discrim"], "required", "is required");
const issue$discrim_type_cc13d2 = /* @__PURE__ */ fixedIssue(["discrim"], "type", "must be a string");
const issue$discriminator_11fa5a = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "event_type" property that is one of "application_approved", "application_denied" (discriminator)');
const issue$discriminator_7351ba = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "discrimValue" property that is one of "oneA", "oneB", "oneC", "twoA", "twoB", "three" (discriminator)');
const issue$discriminator_9dc9aa = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "pet_type" property that is one of "CatNoDisc", "DogNoDisc" (discriminator)');
const issue$discriminator_a0f8f8 = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "discrim" property that is one of "Option One", "Option Two" (discriminator)');
const issue$discriminator_b07a9f = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "discrim" property that is one of "OptionOneNoDisc", "OptionTwoNoDisc" (discriminator)');
const issue$event_id_required_6ea868 = /* @__PURE__ */ fixedIssue(["event_id"], "required", "is required");
const issue$event_id_type_cf0b57 = /* @__PURE__ */ fixedIssue(["event_id"], "type", "must be a string");
const issue$event_type_enum_0e5644 = /* @__PURE__ */ fixedIssue(["event_type"], "enum", 'must be one of "application_approved", "application_denied"');
const issue$event_type_required_17cbd7 = /* @__PURE__ */ fixedIssue(["event_type"], "required", "is required");
const issue$event_type_type_76210d = /* @__PURE__ */ fixedIssue(["event_type"], "type", "must be a string");
const issue$gcs_bucket_type_c453fb = /* @__PURE__ */ fixedIssue(["gcs_bucket"], "type", "must be a string");
const issue$gcs_prefix_type_99311a = /* @__PURE__ */ fixedIssue(["gcs_prefix"], "type", "must be a string");
const issue$handlebars_enum_ae1705 = /* @__PURE__ */ fixedIssue(["handlebars"], "enum", 'must be one of "flat", "riser", "bullhorn", "drop", "aero", "cruiser"');
const issue$handlebars_type_7292fb = /* @__PURE__ */ fixedIssue(["handlebars"], "type", "must be a string");
const issue$hunts_type_bbabc7 = /* @__PURE__ */ fixedIssue(["hunts"], "type", "must be a boolean");
const issue$idealTerrain_type_26d0c4 = /* @__PURE__ */ fixedIssue(["idealTerrain"], "type", "must be a string");
const issue$milesPerGallon_type_607931 = /* @__PURE__ */ fixedIssue(["milesPerGallon"], "type", "must be a number");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$optionone_type_e6ed97 = /* @__PURE__ */ fixedIssue(["optionone"], "type", "must be a number");
const issue$optionthree_type_0b4143 = /* @__PURE__ */ fixedIssue(["optionthree"], "type", "must be a string");
const issue$optiontwo_type_0be725 = /* @__PURE__ */ fixedIssue(["optiontwo"], "type", "must be a string");
const issue$order_id_type_981863 = /* @__PURE__ */ fixedIssue(["order_id"], "type", "must be a string");
const issue$pet_type_required_d342e8 = /* @__PURE__ */ fixedIssue(["pet_type"], "required", "is required");
const issue$pet_type_type_a95933 = /* @__PURE__ */ fixedIssue(["pet_type"], "type", "must be a string");
const issue$powerSource_type_71f4b4 = /* @__PURE__ */ fixedIssue(["powerSource"], "type", "must be a string");
const issue$range_type_82a455 = /* @__PURE__ */ fixedIssue(["range"], "type", "must be an integer");
const issue$s3_bucket_type_9a030b = /* @__PURE__ */ fixedIssue(["s3_bucket"], "type", "must be a string");
const issue$s3_prefix_type_8718f4 = /* @__PURE__ */ fixedIssue(["s3_prefix"], "type", "must be a string");
const issue$some_other_property_type_fa430a = /* @__PURE__ */ fixedIssue(["some_other_property"], "type", "must be a string");
const issue$tankCapacity_type_3b942f = /* @__PURE__ */ fixedIssue(["tankCapacity"], "type", "must be a number");
const issue$topSpeed_type_9e9ab6 = /* @__PURE__ */ fixedIssue(["topSpeed"], "type", "must be an integer");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$vehicleType_type_329d98 = /* @__PURE__ */ fixedIssue(["vehicleType"], "type", "must be a string");
function is$ApplicationApprovedEvent(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BasePurchaseWebhookEvent(v, d + 1)) return false;
  return true;
}
function check$ApplicationApprovedEvent(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BasePurchaseWebhookEvent(v, d + 1)) {
    if (full(s = check$BasePurchaseWebhookEvent(v, p, s, d + 1))) return s;
  }
  return s;
}
function is$ApplicationDeniedEvent(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BasePurchaseWebhookEvent(v, d + 1)) return false;
  return true;
}
function check$ApplicationDeniedEvent(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BasePurchaseWebhookEvent(v, d + 1)) {
    if (full(s = check$BasePurchaseWebhookEvent(v, p, s, d + 1))) return s;
  }
  return s;
}
function is$BaseBuyerWebhookEvent(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseWebhookEvent(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = hasOwn.call(o9, "buyer_id") ? o9.buyer_id : void 0;
  if (x10 === void 0) return false;
  if (typeof x10 !== "string") return false;
  return true;
}
function check$BaseBuyerWebhookEvent(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseWebhookEvent(v, d + 1)) {
    if (full(s = check$BaseWebhookEvent(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = hasOwn.call(o9, "buyer_id") ? o9.buyer_id : void 0;
    if (x10 === void 0) {
      if ((s = reportFixed(s, p, issue$buyer_id_required_0a5e1e)).length >= issueLimit) return s;
    }
    if (x10 !== void 0 && typeof x10 !== "string") {
      if ((s = reportFixed(s, p, issue$buyer_id_type_dd70ee)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$BasePurchaseWebhookEvent(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseBuyerWebhookEvent(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.order_id;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "order_id")) return false;
  }
  return true;
}
function check$BasePurchaseWebhookEvent(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseBuyerWebhookEvent(v, d + 1)) {
    if (full(s = check$BaseBuyerWebhookEvent(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.order_id;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "order_id")) {
        if ((s = reportFixed(s, p, issue$order_id_type_981863)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$BaseVehicle(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.vehicleType;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "vehicleType")) return false;
  }
  const x4 = o1.idealTerrain;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "idealTerrain")) return false;
  }
  const x6 = o1.powerSource;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "powerSource")) return false;
  }
  const x8 = o1.topSpeed;
  if (x8 !== void 0) {
    if (!Number.isInteger(x8) && hasOwn.call(o1, "topSpeed")) return false;
  }
  const x10 = o1.range;
  if (x10 !== void 0) {
    if (!Number.isInteger(x10) && hasOwn.call(o1, "range")) return false;
  }
  return true;
}
function check$BaseVehicle(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.vehicleType;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "vehicleType")) {
        if ((s = reportFixed(s, p, issue$vehicleType_type_329d98)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.idealTerrain;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "idealTerrain")) {
        if ((s = reportFixed(s, p, issue$idealTerrain_type_26d0c4)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.powerSource;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "powerSource")) {
        if ((s = reportFixed(s, p, issue$powerSource_type_71f4b4)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.topSpeed;
    if (x5 !== void 0) {
      if (!Number.isInteger(x5) && hasOwn.call(o1, "topSpeed")) {
        if ((s = reportFixed(s, p, issue$topSpeed_type_9e9ab6)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.range;
    if (x6 !== void 0) {
      if (!Number.isInteger(x6) && hasOwn.call(o1, "range")) {
        if ((s = reportFixed(s, p, issue$range_type_82a455)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$BaseWebhookEvent(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "event_type") ? o1.event_type : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "event_id") ? o1.event_id : void 0;
  if (x3 === void 0) return false;
  if (x2 !== "application_approved" && x2 !== "application_denied") return false;
  if (typeof x3 !== "string") return false;
  return true;
}
function check$BaseWebhookEvent(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "event_type") ? o1.event_type : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$event_type_required_17cbd7)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "event_id") ? o1.event_id : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$event_id_required_6ea868)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && x2 !== "application_approved" && x2 !== "application_denied") {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$event_type_type_76210d)).length >= issueLimit) return s;
      } else {
        if (x2 !== "application_approved" && x2 !== "application_denied") {
          if ((s = reportFixed(s, p, issue$event_type_enum_0e5644)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$event_id_type_cf0b57)).length >= issueLimit) return s;
    }
  }
  return s;
}
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
function is$CatNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  if (!is$PetNoDisc(v, d + 1)) return false;
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
function check$CatNoDisc(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    if (!is$PetNoDisc(v, d + 1)) {
      if (full(s = check$PetNoDisc(v, p, s, d + 1))) return s;
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
function is$DogNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$PetNoDisc(v, d + 1)) return false;
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
function check$DogNoDisc(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$PetNoDisc(v, d + 1)) {
    if (full(s = check$PetNoDisc(v, p, s, d + 1))) return s;
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
function is$ElectricVehicle(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseVehicle(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.chargeSpeed;
  if (x10 !== void 0) {
    if (!Number.isInteger(x10) && hasOwn.call(o9, "chargeSpeed")) return false;
  }
  const x12 = o9.chargeAmps;
  if (x12 !== void 0) {
    if (!Number.isInteger(x12) && hasOwn.call(o9, "chargeAmps")) return false;
  }
  const x14 = o9.chargeVoltage;
  if (x14 !== void 0) {
    if (!Number.isInteger(x14) && hasOwn.call(o9, "chargeVoltage")) return false;
  }
  return true;
}
function check$ElectricVehicle(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseVehicle(v, d + 1)) {
    if (full(s = check$BaseVehicle(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.chargeSpeed;
    if (x10 !== void 0) {
      if (!Number.isInteger(x10) && hasOwn.call(o9, "chargeSpeed")) {
        if ((s = reportFixed(s, p, issue$chargeSpeed_type_5af79a)).length >= issueLimit) return s;
      }
    }
    const x11 = o9.chargeAmps;
    if (x11 !== void 0) {
      if (!Number.isInteger(x11) && hasOwn.call(o9, "chargeAmps")) {
        if ((s = reportFixed(s, p, issue$chargeAmps_type_cbf9f5)).length >= issueLimit) return s;
      }
    }
    const x12 = o9.chargeVoltage;
    if (x12 !== void 0) {
      if (!Number.isInteger(x12) && hasOwn.call(o9, "chargeVoltage")) {
        if ((s = reportFixed(s, p, issue$chargeVoltage_type_43cfd6)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$FueledVehicle(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseVehicle(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.tankCapacity;
  if (x10 !== void 0) {
    if (!Number.isFinite(x10) && hasOwn.call(o9, "tankCapacity")) return false;
  }
  const x12 = o9.milesPerGallon;
  if (x12 !== void 0) {
    if (!Number.isFinite(x12) && hasOwn.call(o9, "milesPerGallon")) return false;
  }
  return true;
}
function check$FueledVehicle(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseVehicle(v, d + 1)) {
    if (full(s = check$BaseVehicle(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.tankCapacity;
    if (x10 !== void 0) {
      if (!Number.isFinite(x10) && hasOwn.call(o9, "tankCapacity")) {
        if ((s = reportFixed(s, p, issue$tankCapacity_type_3b942f)).length >= issueLimit) return s;
      }
    }
    const x11 = o9.milesPerGallon;
    if (x11 !== void 0) {
      if (!Number.isFinite(x11) && hasOwn.call(o9, "milesPerGallon")) {
        if ((s = reportFixed(s, p, issue$milesPerGallon_type_607931)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GcsImport(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.gcs_bucket;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "gcs_bucket")) return false;
  }
  const x4 = o1.gcs_prefix;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "gcs_prefix")) return false;
  }
  return true;
}
function check$GcsImport(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.gcs_bucket;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "gcs_bucket")) {
        if ((s = reportFixed(s, p, issue$gcs_bucket_type_c453fb)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.gcs_prefix;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "gcs_prefix")) {
        if ((s = reportFixed(s, p, issue$gcs_prefix_type_99311a)).length >= issueLimit) return s;
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
function is$OptionOneNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.optionone;
  if (x3 !== void 0) {
    if (!Number.isFinite(x3) && hasOwn.call(o1, "optionone")) return false;
  }
  return true;
}
function check$OptionOneNoDisc(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$discrim_required_031221)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$discrim_type_cc13d2)).length >= issueLimit) return s;
    }
    const x3 = o1.optionone;
    if (x3 !== void 0) {
      if (!Number.isFinite(x3) && hasOwn.call(o1, "optionone")) {
        if ((s = reportFixed(s, p, issue$optionone_type_e6ed97)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$OptionThreeNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.optionthree;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "optionthree")) return false;
  }
  return true;
}
function check$OptionThreeNoDisc(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$discrim_required_031221)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$discrim_type_cc13d2)).length >= issueLimit) return s;
    }
    const x3 = o1.optionthree;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "optionthree")) {
        if ((s = reportFixed(s, p, issue$optionthree_type_0b4143)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$OptionTwoNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.optiontwo;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "optiontwo")) return false;
  }
  return true;
}
function check$OptionTwoNoDisc(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "discrim") ? o1.discrim : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$discrim_required_031221)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$discrim_type_cc13d2)).length >= issueLimit) return s;
    }
    const x3 = o1.optiontwo;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "optiontwo")) {
        if ((s = reportFixed(s, p, issue$optiontwo_type_0be725)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PedaledVehicle(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseVehicle(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.handlebars;
  if (x10 !== void 0) {
    if (x10 !== "flat" && x10 !== "riser" && x10 !== "bullhorn" && x10 !== "drop" && x10 !== "aero" && x10 !== "cruiser" && hasOwn.call(o9, "handlebars")) return false;
  }
  return true;
}
function check$PedaledVehicle(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseVehicle(v, d + 1)) {
    if (full(s = check$BaseVehicle(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.handlebars;
    if (x10 !== void 0) {
      if (x10 !== "flat" && x10 !== "riser" && x10 !== "bullhorn" && x10 !== "drop" && x10 !== "aero" && x10 !== "cruiser" && hasOwn.call(o9, "handlebars")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$handlebars_type_7292fb)).length >= issueLimit) return s;
        } else {
          if (x10 !== "flat" && x10 !== "riser" && x10 !== "bullhorn" && x10 !== "drop" && x10 !== "aero" && x10 !== "cruiser") {
            if ((s = reportFixed(s, p, issue$handlebars_enum_ae1705)).length >= issueLimit) return s;
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
function is$PetNoDisc(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "pet_type") ? o1.pet_type : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  return true;
}
function check$PetNoDisc(v, p, s, d) {
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
function is$S3Import(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.s3_bucket;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "s3_bucket")) return false;
  }
  const x4 = o1.s3_prefix;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "s3_prefix")) return false;
  }
  return true;
}
function check$S3Import(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.s3_bucket;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "s3_bucket")) {
        if ((s = reportFixed(s, p, issue$s3_bucket_type_9a030b)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.s3_prefix;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "s3_prefix")) {
        if ((s = reportFixed(s, p, issue$s3_prefix_type_8718f4)).length >= issueLimit) return s;
      }
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
function is$OneOfWithTopLevelDiscriminatorAndMappingRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
  switch (tag5) {
    case "Option One":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "Option Two":
      if (!is$OptionTwoNoDisc(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$OneOfWithTopLevelDiscriminatorAndMappingRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_a0f8f8)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
    switch (tag5) {
      case "Option One":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "Option Two":
        if (!is$OptionTwoNoDisc(v, d + 1)) {
          if (full(s = check$OptionTwoNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_a0f8f8)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$OneOfWithTopLevelDiscriminatorAndMappingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$OneOfWithTopLevelDiscriminatorAndMappingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$OneOfWithTopLevelDiscriminatorNoMappingRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
  switch (tag5) {
    case "OptionOneNoDisc":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "OptionTwoNoDisc":
      if (!is$OptionTwoNoDisc(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$OneOfWithTopLevelDiscriminatorNoMappingRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_b07a9f)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
    switch (tag5) {
      case "OptionOneNoDisc":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "OptionTwoNoDisc":
        if (!is$OptionTwoNoDisc(v, d + 1)) {
          if (full(s = check$OptionTwoNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_b07a9f)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$OneOfWithTopLevelDiscriminatorNoMappingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$OneOfWithTopLevelDiscriminatorNoMappingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchEmbeddedDiscriminatorRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  let matches5 = 0;
  failed6: {
    if (!is$Cat(v, d + 1)) break failed6;
    matches5++;
  }
  failed11: {
    if (!is$Dog(v, d + 1)) break failed11;
    matches5++;
  }
  if (matches5 !== 1) return false;
  return true;
}
function check$PatchEmbeddedDiscriminatorRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  let matches5 = 0;
  failed6: {
    if (!is$Cat(v, d + 1)) break failed6;
    matches5++;
  }
  failed11: {
    if (!is$Dog(v, d + 1)) break failed11;
    matches5++;
  }
  if (matches5 === 0) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  } else if (matches5 > 1) {
    if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches5)).length >= issueLimit) return s;
  }
  return s;
}
function is$PatchEmbeddedDiscriminatorResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchEmbeddedDiscriminatorResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$OneOfWithImproperlyPlacedDiscriminatorRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.connector_type;
  if (x2 !== void 0) {
    if (x2 !== "s3Import" && x2 !== "gcsImport" && hasOwn.call(o1, "connector_type")) return false;
  }
  const x4 = o1.connector_properties;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "connector_properties")) return false;
        break property5;
      }
      const tag9 = hasOwn.call(x4, "connector_type") ? x4.connector_type : void 0;
      switch (tag9) {
        case "gcsImport":
          if (!is$GcsImport(x4, d + 1)) {
            if (hasOwn.call(o1, "connector_properties")) return false;
            break property5;
          }
          break;
        case "s3Import":
          if (!is$S3Import(x4, d + 1)) {
            if (hasOwn.call(o1, "connector_properties")) return false;
            break property5;
          }
          break;
        default: {
          if (hasOwn.call(o1, "connector_properties")) return false;
          break property5;
        }
      }
    }
  }
  return true;
}
function check$OneOfWithImproperlyPlacedDiscriminatorRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.connector_type;
    if (x2 !== void 0) {
      if (x2 !== "s3Import" && x2 !== "gcsImport" && hasOwn.call(o1, "connector_type")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$connector_type_type_211aa6)).length >= issueLimit) return s;
        } else {
          if (x2 !== "s3Import" && x2 !== "gcsImport") {
            if ((s = reportFixed(s, p, issue$connector_type_enum_565b6e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.connector_properties;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "connector_properties")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$connector_properties_type_fb0fcc)).length >= issueLimit) return s;
        } else {
          const tag7 = hasOwn.call(x3, "connector_type") ? x3.connector_type : void 0;
          switch (tag7) {
            case "gcsImport":
              if (!is$GcsImport(x3, d + 1)) {
                if (full(s = check$GcsImport(x3, below(p, ["connector_properties"]), s, d + 1))) return s;
              }
              break;
            case "s3Import":
              if (!is$S3Import(x3, d + 1)) {
                if (full(s = check$S3Import(x3, below(p, ["connector_properties"]), s, d + 1))) return s;
              }
              break;
            default:
              if ((s = reportFixed(s, p, issue$connector_properties_discriminator_fc0a45)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$OneOfWithImproperlyPlacedDiscriminatorResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$OneOfWithImproperlyPlacedDiscriminatorResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchMappingOfSchemaNamesRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
  switch (tag5) {
    case "Option One":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "Option Two":
      if (!is$OptionTwoNoDisc(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$PatchMappingOfSchemaNamesRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_a0f8f8)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "discrim") ? v.discrim : void 0;
    switch (tag5) {
      case "Option One":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "Option Two":
        if (!is$OptionTwoNoDisc(v, d + 1)) {
          if (full(s = check$OptionTwoNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_a0f8f8)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PatchMappingOfSchemaNamesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchMappingOfSchemaNamesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchMappingWithDuplicateSchemasRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.discrimValue;
  if (x2 !== void 0) {
    if (x2 !== "oneA" && x2 !== "oneB" && x2 !== "oneC" && x2 !== "twoA" && x2 !== "twoB" && x2 !== "three" && hasOwn.call(o1, "discrimValue")) return false;
  }
  const tag6 = hasOwn.call(v, "discrimValue") ? v.discrimValue : void 0;
  switch (tag6) {
    case "oneA":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "oneB":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "oneC":
      if (!is$OptionOneNoDisc(v, d + 1)) return false;
      break;
    case "twoA":
      if (!is$OptionTwoNoDisc(v, d + 1)) return false;
      break;
    case "twoB":
      if (!is$OptionTwoNoDisc(v, d + 1)) return false;
      break;
    case "three":
      if (!is$OptionThreeNoDisc(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$PatchMappingWithDuplicateSchemasRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.discrimValue;
    if (x2 !== void 0) {
      if (x2 !== "oneA" && x2 !== "oneB" && x2 !== "oneC" && x2 !== "twoA" && x2 !== "twoB" && x2 !== "three" && hasOwn.call(o1, "discrimValue")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$discrimValue_type_dcdf40)).length >= issueLimit) return s;
        } else {
          if (x2 !== "oneA" && x2 !== "oneB" && x2 !== "oneC" && x2 !== "twoA" && x2 !== "twoB" && x2 !== "three") {
            if ((s = reportFixed(s, p, issue$discrimValue_enum_ae3b48)).length >= issueLimit) return s;
          }
        }
      }
    }
    const tag5 = hasOwn.call(v, "discrimValue") ? v.discrimValue : void 0;
    switch (tag5) {
      case "oneA":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "oneB":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "oneC":
        if (!is$OptionOneNoDisc(v, d + 1)) {
          if (full(s = check$OptionOneNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "twoA":
        if (!is$OptionTwoNoDisc(v, d + 1)) {
          if (full(s = check$OptionTwoNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "twoB":
        if (!is$OptionTwoNoDisc(v, d + 1)) {
          if (full(s = check$OptionTwoNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "three":
        if (!is$OptionThreeNoDisc(v, d + 1)) {
          if (full(s = check$OptionThreeNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_7351ba)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PatchMappingWithDuplicateSchemasResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchMappingWithDuplicateSchemasResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchNestedOneOfObjectWithNestedOneOfRequestBody(v, d) {
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
        let matches24 = 0;
        failed25: {
          if (!is$Cat(x2, d + 1)) break failed25;
          matches24++;
        }
        failed30: {
          if (!is$Dog(x2, d + 1)) break failed30;
          matches24++;
        }
        if (matches24 !== 1) break failed19;
        matches8++;
      }
      if (matches8 !== 1) {
        if (hasOwn.call(o1, "config")) return false;
        break property3;
      }
    }
  }
  for (const k35 in o1) {
    if (!hasOwn.call(o1, k35)) continue;
    const x36 = o1[k35];
    if (x36 === void 0) continue;
    if (k35 !== "config") {
      return false;
    }
  }
  return true;
}
function check$PatchNestedOneOfObjectWithNestedOneOfRequestBody(v, p, s, d) {
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
          let matches23 = 0;
          failed24: {
            if (!is$Cat(x2, d + 1)) break failed24;
            matches23++;
          }
          failed29: {
            if (!is$Dog(x2, d + 1)) break failed29;
            matches23++;
          }
          if (matches23 !== 1) break failed18;
          matches7++;
        }
        if (matches7 === 0) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        } else if (matches7 > 1) {
          if ((s = report(s, p, ["config"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches7)).length >= issueLimit) return s;
        }
      }
    }
    for (const k34 in o1) {
      if (!hasOwn.call(o1, k34)) continue;
      const x35 = o1[k34];
      if (x35 === void 0) continue;
      if (k34 !== "config") {
        if ((s = report(s, p, [k34], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$PatchNestedOneOfObjectWithNestedOneOfResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchNestedOneOfObjectWithNestedOneOfResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PatchOneofAllofTopLevelDiscRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "pet_type") ? v.pet_type : void 0;
  switch (tag5) {
    case "CatNoDisc":
      if (!is$CatNoDisc(v, d + 1)) return false;
      break;
    case "DogNoDisc":
      if (!is$DogNoDisc(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$PatchOneofAllofTopLevelDiscRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_9dc9aa)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "pet_type") ? v.pet_type : void 0;
    switch (tag5) {
      case "CatNoDisc":
        if (!is$CatNoDisc(v, d + 1)) {
          if (full(s = check$CatNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      case "DogNoDisc":
        if (!is$DogNoDisc(v, d + 1)) {
          if (full(s = check$DogNoDisc(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_9dc9aa)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PatchOneofAllofTopLevelDiscResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PatchOneofAllofTopLevelDiscResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$PostPotentiallyUndefinedFormDataRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag5 = hasOwn.call(v, "event_type") ? v.event_type : void 0;
  switch (tag5) {
    case "application_approved":
      if (!is$ApplicationApprovedEvent(v, d + 1)) return false;
      break;
    case "application_denied":
      if (!is$ApplicationDeniedEvent(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$PostPotentiallyUndefinedFormDataRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$discriminator_11fa5a)).length >= issueLimit) return s;
  } else {
    const tag5 = hasOwn.call(v, "event_type") ? v.event_type : void 0;
    switch (tag5) {
      case "application_approved":
        if (!is$ApplicationApprovedEvent(v, d + 1)) {
          if (full(s = check$ApplicationApprovedEvent(v, p, s, d + 1))) return s;
        }
        break;
      case "application_denied":
        if (!is$ApplicationDeniedEvent(v, d + 1)) {
          if (full(s = check$ApplicationDeniedEvent(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_11fa5a)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$PostPotentiallyUndefinedFormDataResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$PostPotentiallyUndefinedFormDataResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$RedoclyQuirkRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.vehicle;
  if (x2 !== void 0) {
    if (!is$BaseVehicle(x2, d + 1) && hasOwn.call(o1, "vehicle")) return false;
  }
  const x8 = o1.some_other_property;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "some_other_property")) return false;
  }
  return true;
}
function check$RedoclyQuirkRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.vehicle;
    if (x2 !== void 0) {
      if (!is$BaseVehicle(x2, d + 1) && hasOwn.call(o1, "vehicle")) {
        if (full(s = check$BaseVehicle(x2, below(p, ["vehicle"]), s, d + 1))) return s;
      }
    }
    const x3 = o1.some_other_property;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "some_other_property")) {
        if ((s = reportFixed(s, p, issue$some_other_property_type_fa430a)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$RedoclyQuirkResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$RedoclyQuirkResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  ApplicationApprovedEvent: {
    title: "ApplicationApprovedEvent",
    description: "Emitted when an application is underwritten and approved.",
    allOf: [{ $ref: "#/$defs/BasePurchaseWebhookEvent" }]
  },
  ApplicationDeniedEvent: {
    title: "ApplicationDeniedEvent",
    description: "Emitted when an application is underwritten and denied.",
    allOf: [{ $ref: "#/$defs/BasePurchaseWebhookEvent" }]
  },
  BaseBuyerWebhookEvent: {
    allOf: [
      { $ref: "#/$defs/BaseWebhookEvent" },
      {
        type: "object",
        properties: {
          buyer_id: { description: "ID of the buyer the event corresponds to.", type: "string" }
        },
        required: ["buyer_id"]
      }
    ]
  },
  BasePurchaseWebhookEvent: {
    allOf: [
      { $ref: "#/$defs/BaseBuyerWebhookEvent" },
      {
        type: "object",
        properties: { order_id: { description: "Provided Partner Order ID.", type: "string" } }
      }
    ]
  },
  BaseVehicle: {
    description: "Vehicle (from [Redocly example](https://redocly.com/docs/resources/discriminator#when-to-use-the-openapi-discriminator))",
    type: "object",
    properties: {
      vehicleType: { description: "The type of vehicle.", type: "string", examples: ["bicycle"] },
      idealTerrain: {
        description: "A road, river, air... Where does this vehicle thrive?",
        type: "string",
        examples: ["roads"]
      },
      powerSource: {
        description: "How is the vehicle powered.",
        type: "string",
        examples: ["pedaling"]
      },
      topSpeed: {
        description: "The top speed in kilometers per hour rounded to the nearest integer.",
        type: "integer",
        examples: [83]
      },
      range: {
        description: "The 95th percentile range of a trip in kilometers.",
        type: "integer",
        examples: [100]
      }
    }
  },
  BaseWebhookEvent: {
    type: "object",
    properties: {
      event_type: {
        description: "Type of the webhook event.",
        type: "string",
        enum: ["application_approved", "application_denied"]
      },
      event_id: { description: "ID of the event.", type: "string" }
    },
    required: ["event_type", "event_id"]
  },
  Cat: {
    title: "Meow",
    type: "object",
    allOf: [
      { $ref: "#/$defs/Pet" },
      { type: "object", properties: { hunts: { type: "boolean" }, age: { type: "integer" } } }
    ]
  },
  CatNoDisc: {
    title: "Meow",
    type: "object",
    allOf: [
      { $ref: "#/$defs/PetNoDisc" },
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
  DogNoDisc: {
    title: "Woof",
    allOf: [
      { $ref: "#/$defs/PetNoDisc" },
      {
        type: "object",
        properties: {
          bark: { type: "boolean" },
          breed: { type: "string", enum: ["Dingo", "Husky", "Retriever", "Shepherd"] }
        }
      }
    ]
  },
  ElectricVehicle: {
    allOf: [
      { $ref: "#/$defs/BaseVehicle" },
      {
        description: "Electric Vehicle",
        type: "object",
        properties: {
          chargeSpeed: { description: "In range kilometers per hour.", type: "integer" },
          chargeAmps: { description: "Amps recommended for charging.", type: "integer" },
          chargeVoltage: { description: "Voltage recommended for charging.", type: "integer" }
        }
      }
    ]
  },
  FueledVehicle: {
    allOf: [
      { $ref: "#/$defs/BaseVehicle" },
      {
        title: "Gas-powered Vehicle",
        type: "object",
        properties: {
          tankCapacity: {
            description: "Capacity of the fuel tank in gallons.",
            type: "number",
            format: "double"
          },
          milesPerGallon: {
            description: "Miles per gallon on the highway.",
            type: "number",
            format: "double"
          }
        }
      }
    ]
  },
  GcsImport: {
    type: "object",
    properties: { gcs_bucket: { type: "string" }, gcs_prefix: { type: "string" } }
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
  OptionOneNoDisc: {
    title: "Schema title option one",
    type: "object",
    properties: { discrim: { type: "string" }, optionone: { type: "number" } },
    required: ["discrim"]
  },
  OptionThreeNoDisc: {
    title: "Schema title option three",
    type: "object",
    properties: { discrim: { type: "string" }, optionthree: { type: "string" } },
    required: ["discrim"]
  },
  OptionTwoNoDisc: {
    title: "Schema title option two",
    type: "object",
    properties: { discrim: { type: "string" }, optiontwo: { type: "string" } },
    required: ["discrim"]
  },
  PedaledVehicle: {
    allOf: [
      { $ref: "#/$defs/BaseVehicle" },
      {
        description: "Pedaled Vehicle",
        type: "object",
        properties: {
          handlebars: {
            description: "Type of handlebars",
            type: "string",
            enum: ["flat", "riser", "bullhorn", "drop", "aero", "cruiser"]
          }
        }
      }
    ]
  },
  Pet: { type: "object", properties: { pet_type: { type: "string" } }, required: ["pet_type"] },
  PetNoDisc: {
    type: "object",
    properties: { pet_type: { type: "string" } },
    required: ["pet_type"]
  },
  S3Import: {
    type: "object",
    properties: { s3_bucket: { type: "string" }, s3_prefix: { type: "string" } }
  },
  String1: { type: "string" },
  String2: { type: "string" }
};
const jsonSchema$roots = {
  ApplicationApprovedEvent: { $ref: "#/$defs/ApplicationApprovedEvent" },
  ApplicationDeniedEvent: { $ref: "#/$defs/ApplicationDeniedEvent" },
  BaseBuyerWebhookEvent: { $ref: "#/$defs/BaseBuyerWebhookEvent" },
  BasePurchaseWebhookEvent: { $ref: "#/$defs/BasePurchaseWebhookEvent" },
  BaseVehicle: { $ref: "#/$defs/BaseVehicle" },
  BaseWebhookEvent: { $ref: "#/$defs/BaseWebhookEvent" },
  Cat: { $ref: "#/$defs/Cat" },
  CatNoDisc: { $ref: "#/$defs/CatNoDisc" },
  Dog: { $ref: "#/$defs/Dog" },
  DogNoDisc: { $ref: "#/$defs/DogNoDisc" },
  ElectricVehicle: { $ref: "#/$defs/ElectricVehicle" },
  FueledVehicle: { $ref: "#/$defs/FueledVehicle" },
  GcsImport: { $ref: "#/$defs/GcsImport" },
  Object1: { $ref: "#/$defs/Object1" },
  Object2: { $ref: "#/$defs/Object2" },
  OptionOneNoDisc: { $ref: "#/$defs/OptionOneNoDisc" },
  OptionThreeNoDisc: { $ref: "#/$defs/OptionThreeNoDisc" },
  OptionTwoNoDisc: { $ref: "#/$defs/OptionTwoNoDisc" },
  PedaledVehicle: { $ref: "#/$defs/PedaledVehicle" },
  Pet: { $ref: "#/$defs/Pet" },
  PetNoDisc: { $ref: "#/$defs/PetNoDisc" },
  S3Import: { $ref: "#/$defs/S3Import" },
  String1: { $ref: "#/$defs/String1" },
  String2: { $ref: "#/$defs/String2" },
  OneOfWithTopLevelDiscriminatorAndMappingRequestBody: {
    oneOf: [{ $ref: "#/$defs/OptionOneNoDisc" }, { $ref: "#/$defs/OptionTwoNoDisc" }]
  },
  OneOfWithTopLevelDiscriminatorAndMappingResponse: false,
  OneOfWithTopLevelDiscriminatorNoMappingRequestBody: {
    oneOf: [{ $ref: "#/$defs/OptionOneNoDisc" }, { $ref: "#/$defs/OptionTwoNoDisc" }]
  },
  OneOfWithTopLevelDiscriminatorNoMappingResponse: false,
  PatchEmbeddedDiscriminatorRequestBody: {
    oneOf: [{ $ref: "#/$defs/Cat" }, { $ref: "#/$defs/Dog" }]
  },
  PatchEmbeddedDiscriminatorResponse: false,
  OneOfWithImproperlyPlacedDiscriminatorRequestBody: {
    type: "object",
    properties: {
      connector_type: { type: "string", enum: ["s3Import", "gcsImport"] },
      connector_properties: {
        type: "object",
        oneOf: [{ $ref: "#/$defs/GcsImport" }, { $ref: "#/$defs/S3Import" }]
      }
    }
  },
  OneOfWithImproperlyPlacedDiscriminatorResponse: false,
  PatchMappingOfSchemaNamesRequestBody: {
    oneOf: [{ $ref: "#/$defs/OptionOneNoDisc" }, { $ref: "#/$defs/OptionTwoNoDisc" }]
  },
  PatchMappingOfSchemaNamesResponse: false,
  PatchMappingWithDuplicateSchemasRequestBody: {
    type: "object",
    properties: {
      discrimValue: { type: "string", enum: ["oneA", "oneB", "oneC", "twoA", "twoB", "three"] }
    },
    oneOf: [
      { $ref: "#/$defs/OptionOneNoDisc" },
      { $ref: "#/$defs/OptionTwoNoDisc" },
      { $ref: "#/$defs/OptionThreeNoDisc" }
    ]
  },
  PatchMappingWithDuplicateSchemasResponse: false,
  PatchNestedOneOfObjectWithNestedOneOfRequestBody: {
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
  PatchNestedOneOfObjectWithNestedOneOfResponse: false,
  PatchOneofAllofTopLevelDiscRequestBody: {
    oneOf: [{ $ref: "#/$defs/CatNoDisc" }, { $ref: "#/$defs/DogNoDisc" }]
  },
  PatchOneofAllofTopLevelDiscResponse: false,
  PostPotentiallyUndefinedFormDataRequestBody: {
    oneOf: [
      { $ref: "#/$defs/ApplicationApprovedEvent" },
      { $ref: "#/$defs/ApplicationDeniedEvent" }
    ]
  },
  PostPotentiallyUndefinedFormDataResponse: false,
  RedoclyQuirkRequestBody: {
    type: "object",
    properties: {
      vehicle: { $ref: "#/$defs/BaseVehicle" },
      some_other_property: {
        description: "Some other property that should render alongside the discriminated property",
        type: "string",
        default: "default-value"
      }
    }
  },
  RedoclyQuirkResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isApplicationApprovedEvent,
  isApplicationDeniedEvent,
  isBaseBuyerWebhookEvent,
  isBasePurchaseWebhookEvent,
  isBaseVehicle,
  isBaseWebhookEvent,
  isCat,
  isCatNoDisc,
  isDog,
  isDogNoDisc,
  isElectricVehicle,
  isFueledVehicle,
  isGcsImport,
  isObject1,
  isObject2,
  isOneOfWithImproperlyPlacedDiscriminatorRequestBody,
  isOneOfWithImproperlyPlacedDiscriminatorResponse,
  isOneOfWithTopLevelDiscriminatorAndMappingRequestBody,
  isOneOfWithTopLevelDiscriminatorAndMappingResponse,
  isOneOfWithTopLevelDiscriminatorNoMappingRequestBody,
  isOneOfWithTopLevelDiscriminatorNoMappingResponse,
  isOptionOneNoDisc,
  isOptionThreeNoDisc,
  isOptionTwoNoDisc,
  isPatchEmbeddedDiscriminatorRequestBody,
  isPatchEmbeddedDiscriminatorResponse,
  isPatchMappingOfSchemaNamesRequestBody,
  isPatchMappingOfSchemaNamesResponse,
  isPatchMappingWithDuplicateSchemasRequestBody,
  isPatchMappingWithDuplicateSchemasResponse,
  isPatchNestedOneOfObjectWithNestedOneOfRequestBody,
  isPatchNestedOneOfObjectWithNestedOneOfResponse,
  isPatchOneofAllofTopLevelDiscRequestBody,
  isPatchOneofAllofTopLevelDiscResponse,
  isPedaledVehicle,
  isPet,
  isPetNoDisc,
  isPostPotentiallyUndefinedFormDataRequestBody,
  isPostPotentiallyUndefinedFormDataResponse,
  isRedoclyQuirkRequestBody,
  isRedoclyQuirkResponse,
  isS3Import,
  isString1,
  isString2,
  schemas,
  validateApplicationApprovedEvent,
  validateApplicationDeniedEvent,
  validateBaseBuyerWebhookEvent,
  validateBasePurchaseWebhookEvent,
  validateBaseVehicle,
  validateBaseWebhookEvent,
  validateCat,
  validateCatNoDisc,
  validateDog,
  validateDogNoDisc,
  validateElectricVehicle,
  validateFueledVehicle,
  validateGcsImport,
  validateObject1,
  validateObject2,
  validateOneOfWithImproperlyPlacedDiscriminatorRequestBody,
  validateOneOfWithImproperlyPlacedDiscriminatorResponse,
  validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody,
  validateOneOfWithTopLevelDiscriminatorAndMappingResponse,
  validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody,
  validateOneOfWithTopLevelDiscriminatorNoMappingResponse,
  validateOptionOneNoDisc,
  validateOptionThreeNoDisc,
  validateOptionTwoNoDisc,
  validatePatchEmbeddedDiscriminatorRequestBody,
  validatePatchEmbeddedDiscriminatorResponse,
  validatePatchMappingOfSchemaNamesRequestBody,
  validatePatchMappingOfSchemaNamesResponse,
  validatePatchMappingWithDuplicateSchemasRequestBody,
  validatePatchMappingWithDuplicateSchemasResponse,
  validatePatchNestedOneOfObjectWithNestedOneOfRequestBody,
  validatePatchNestedOneOfObjectWithNestedOneOfResponse,
  validatePatchOneofAllofTopLevelDiscRequestBody,
  validatePatchOneofAllofTopLevelDiscResponse,
  validatePedaledVehicle,
  validatePet,
  validatePetNoDisc,
  validatePostPotentiallyUndefinedFormDataRequestBody,
  validatePostPotentiallyUndefinedFormDataResponse,
  validateRedoclyQuirkRequestBody,
  validateRedoclyQuirkResponse,
  validateS3Import,
  validateString1,
  validateString2
};
