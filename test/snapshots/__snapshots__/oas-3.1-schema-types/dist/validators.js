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
  codePointLength
} from "./runtime/validation-json.js";
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateCircular(value, options) {
  const issues = options === void 0 ? check$Circular(value, ROOT, void 0, 0) : checkValue(check$Circular, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircular(value) {
  return is$Circular(value, 0);
}
function validateStringEnum(value, options) {
  const issues = options === void 0 ? check$StringEnum(value, ROOT, void 0, 0) : checkValue(check$StringEnum, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringEnum(value) {
  return is$StringEnum(value, 0);
}
function validateArraySchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$ArraySchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$ArraySchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArraySchemaSupportRequestBody(value) {
  return is$ArraySchemaSupportRequestBody(value, 0);
}
function validateArraySchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$ArraySchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$ArraySchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArraySchemaSupportResponse(value) {
  return is$ArraySchemaSupportResponse(value, 0);
}
function validateArrayTopLevelObjectsRequestBody(value, options) {
  const issues = options === void 0 ? check$ArrayTopLevelObjectsRequestBody(value, ROOT, void 0, 0) : checkValue(check$ArrayTopLevelObjectsRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayTopLevelObjectsRequestBody(value) {
  return is$ArrayTopLevelObjectsRequestBody(value, 0);
}
function validateArrayTopLevelObjectsResponse(value, options) {
  const issues = options === void 0 ? check$ArrayTopLevelObjectsResponse(value, ROOT, void 0, 0) : checkValue(check$ArrayTopLevelObjectsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayTopLevelObjectsResponse(value) {
  return is$ArrayTopLevelObjectsResponse(value, 0);
}
function validateArrayTopLevelPrimitivesRequestBody(value, options) {
  const issues = options === void 0 ? check$ArrayTopLevelPrimitivesRequestBody(value, ROOT, void 0, 0) : checkValue(check$ArrayTopLevelPrimitivesRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayTopLevelPrimitivesRequestBody(value) {
  return is$ArrayTopLevelPrimitivesRequestBody(value, 0);
}
function validateArrayTopLevelPrimitivesResponse(value, options) {
  const issues = options === void 0 ? check$ArrayTopLevelPrimitivesResponse(value, ROOT, void 0, 0) : checkValue(check$ArrayTopLevelPrimitivesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isArrayTopLevelPrimitivesResponse(value) {
  return is$ArrayTopLevelPrimitivesResponse(value, 0);
}
function validateBooleanSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$BooleanSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$BooleanSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanSchemaSupportRequestBody(value) {
  return is$BooleanSchemaSupportRequestBody(value, 0);
}
function validateBooleanSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$BooleanSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$BooleanSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanSchemaSupportResponse(value) {
  return is$BooleanSchemaSupportResponse(value, 0);
}
function validateBooleanTopLevelRequestBody(value, options) {
  const issues = options === void 0 ? check$BooleanTopLevelRequestBody(value, ROOT, void 0, 0) : checkValue(check$BooleanTopLevelRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanTopLevelRequestBody(value) {
  return is$BooleanTopLevelRequestBody(value, 0);
}
function validateBooleanTopLevelResponse(value, options) {
  const issues = options === void 0 ? check$BooleanTopLevelResponse(value, ROOT, void 0, 0) : checkValue(check$BooleanTopLevelResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooleanTopLevelResponse(value) {
  return is$BooleanTopLevelResponse(value, 0);
}
function validateCircularHandlingRequestBody(value, options) {
  const issues = options === void 0 ? check$CircularHandlingRequestBody(value, ROOT, void 0, 0) : checkValue(check$CircularHandlingRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircularHandlingRequestBody(value) {
  return is$CircularHandlingRequestBody(value, 0);
}
function validateCircularHandlingResponse(value, options) {
  const issues = options === void 0 ? check$CircularHandlingResponse(value, ROOT, void 0, 0) : checkValue(check$CircularHandlingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircularHandlingResponse(value) {
  return is$CircularHandlingResponse(value, 0);
}
function validateCircularTopLevelRequestBody(value, options) {
  const issues = options === void 0 ? check$Circular(value, ROOT, void 0, 0) : checkValue(check$Circular, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircularTopLevelRequestBody(value) {
  return is$Circular(value, 0);
}
function validateCircularTopLevelResponse(value, options) {
  const issues = options === void 0 ? check$CircularTopLevelResponse(value, ROOT, void 0, 0) : checkValue(check$CircularTopLevelResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircularTopLevelResponse(value) {
  return is$CircularTopLevelResponse(value, 0);
}
function validateMixedSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$MixedSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$MixedSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMixedSchemaSupportRequestBody(value) {
  return is$MixedSchemaSupportRequestBody(value, 0);
}
function validateMixedSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$MixedSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$MixedSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMixedSchemaSupportResponse(value) {
  return is$MixedSchemaSupportResponse(value, 0);
}
function validateNullSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$NullSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$NullSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNullSchemaSupportRequestBody(value) {
  return is$NullSchemaSupportRequestBody(value, 0);
}
function validateNullSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$NullSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$NullSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNullSchemaSupportResponse(value) {
  return is$NullSchemaSupportResponse(value, 0);
}
function validateNumberFormatSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$NumberFormatSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$NumberFormatSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberFormatSupportRequestBody(value) {
  return is$NumberFormatSupportRequestBody(value, 0);
}
function validateNumberFormatSupportResponse(value, options) {
  const issues = options === void 0 ? check$NumberFormatSupportResponse(value, ROOT, void 0, 0) : checkValue(check$NumberFormatSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberFormatSupportResponse(value) {
  return is$NumberFormatSupportResponse(value, 0);
}
function validateNumberSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$NumberSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$NumberSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberSchemaSupportRequestBody(value) {
  return is$NumberSchemaSupportRequestBody(value, 0);
}
function validateNumberSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$NumberSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$NumberSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberSchemaSupportResponse(value) {
  return is$NumberSchemaSupportResponse(value, 0);
}
function validateNumberTopLevelRequestBody(value, options) {
  const issues = options === void 0 ? check$NumberTopLevelRequestBody(value, ROOT, void 0, 0) : checkValue(check$NumberTopLevelRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberTopLevelRequestBody(value) {
  return is$NumberTopLevelRequestBody(value, 0);
}
function validateNumberTopLevelResponse(value, options) {
  const issues = options === void 0 ? check$NumberTopLevelResponse(value, ROOT, void 0, 0) : checkValue(check$NumberTopLevelResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNumberTopLevelResponse(value) {
  return is$NumberTopLevelResponse(value, 0);
}
function validateObjectSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$ObjectSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$ObjectSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectSchemaSupportRequestBody(value) {
  return is$ObjectSchemaSupportRequestBody(value, 0);
}
function validateObjectSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$ObjectSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$ObjectSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isObjectSchemaSupportResponse(value) {
  return is$ObjectSchemaSupportResponse(value, 0);
}
function validateQuirksMissingTypeRequestBody(value, options) {
  const issues = options === void 0 ? check$QuirksMissingTypeRequestBody(value, ROOT, void 0, 0) : checkValue(check$QuirksMissingTypeRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksMissingTypeRequestBody(value) {
  return is$QuirksMissingTypeRequestBody(value, 0);
}
function validateQuirksMissingTypeResponse(value, options) {
  const issues = options === void 0 ? check$QuirksMissingTypeResponse(value, ROOT, void 0, 0) : checkValue(check$QuirksMissingTypeResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksMissingTypeResponse(value) {
  return is$QuirksMissingTypeResponse(value, 0);
}
function validateQuirksEntirelyIncompatibleAllOfRequestBody(value, options) {
  const issues = options === void 0 ? check$QuirksEntirelyIncompatibleAllOfRequestBody(value, ROOT, void 0, 0) : checkValue(check$QuirksEntirelyIncompatibleAllOfRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksEntirelyIncompatibleAllOfRequestBody(value) {
  return is$QuirksEntirelyIncompatibleAllOfRequestBody(value, 0);
}
function validateQuirksEntirelyIncompatibleAllOfResponse(value, options) {
  const issues = options === void 0 ? check$QuirksEntirelyIncompatibleAllOfResponse(value, ROOT, void 0, 0) : checkValue(check$QuirksEntirelyIncompatibleAllOfResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksEntirelyIncompatibleAllOfResponse(value) {
  return is$QuirksEntirelyIncompatibleAllOfResponse(value, 0);
}
function validateQuirksIncompatibleNestedAllOfRequestBody(value, options) {
  const issues = options === void 0 ? check$QuirksIncompatibleNestedAllOfRequestBody(value, ROOT, void 0, 0) : checkValue(check$QuirksIncompatibleNestedAllOfRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksIncompatibleNestedAllOfRequestBody(value) {
  return is$QuirksIncompatibleNestedAllOfRequestBody(value, 0);
}
function validateQuirksIncompatibleNestedAllOfResponse(value, options) {
  const issues = options === void 0 ? check$QuirksIncompatibleNestedAllOfResponse(value, ROOT, void 0, 0) : checkValue(check$QuirksIncompatibleNestedAllOfResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksIncompatibleNestedAllOfResponse(value) {
  return is$QuirksIncompatibleNestedAllOfResponse(value, 0);
}
function validateQuirksPartiallyUsableIncompatibleAllOfRequestBody(value, options) {
  const issues = options === void 0 ? check$QuirksPartiallyUsableIncompatibleAllOfRequestBody(value, ROOT, void 0, 0) : checkValue(check$QuirksPartiallyUsableIncompatibleAllOfRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksPartiallyUsableIncompatibleAllOfRequestBody(value) {
  return is$QuirksPartiallyUsableIncompatibleAllOfRequestBody(value, 0);
}
function validateQuirksPartiallyUsableIncompatibleAllOfResponse(value, options) {
  const issues = options === void 0 ? check$QuirksPartiallyUsableIncompatibleAllOfResponse(value, ROOT, void 0, 0) : checkValue(check$QuirksPartiallyUsableIncompatibleAllOfResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isQuirksPartiallyUsableIncompatibleAllOfResponse(value) {
  return is$QuirksPartiallyUsableIncompatibleAllOfResponse(value, 0);
}
function validateRawBodyTopLevelRequestBody(value, options) {
  const issues = options === void 0 ? check$RawBodyTopLevelRequestBody(value, ROOT, void 0, 0) : checkValue(check$RawBodyTopLevelRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRawBodyTopLevelRequestBody(value) {
  return is$RawBodyTopLevelRequestBody(value, 0);
}
function validateRawBodyTopLevelResponse(value, options) {
  const issues = options === void 0 ? check$RawBodyTopLevelResponse(value, ROOT, void 0, 0) : checkValue(check$RawBodyTopLevelResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRawBodyTopLevelResponse(value) {
  return is$RawBodyTopLevelResponse(value, 0);
}
function validateRawBodyTopLevelJSONRequestBody(value, options) {
  const issues = options === void 0 ? check$RawBodyTopLevelJSONRequestBody(value, ROOT, void 0, 0) : checkValue(check$RawBodyTopLevelJSONRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRawBodyTopLevelJSONRequestBody(value) {
  return is$RawBodyTopLevelJSONRequestBody(value, 0);
}
function validateRawBodyTopLevelJSONResponse(value, options) {
  const issues = options === void 0 ? check$RawBodyTopLevelJSONResponse(value, ROOT, void 0, 0) : checkValue(check$RawBodyTopLevelJSONResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRawBodyTopLevelJSONResponse(value) {
  return is$RawBodyTopLevelJSONResponse(value, 0);
}
function validateStringFormatSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$StringFormatSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$StringFormatSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringFormatSupportRequestBody(value) {
  return is$StringFormatSupportRequestBody(value, 0);
}
function validateStringFormatSupportResponse(value, options) {
  const issues = options === void 0 ? check$StringFormatSupportResponse(value, ROOT, void 0, 0) : checkValue(check$StringFormatSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringFormatSupportResponse(value) {
  return is$StringFormatSupportResponse(value, 0);
}
function validateStringSchemaSupportRequestBody(value, options) {
  const issues = options === void 0 ? check$StringSchemaSupportRequestBody(value, ROOT, void 0, 0) : checkValue(check$StringSchemaSupportRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringSchemaSupportRequestBody(value) {
  return is$StringSchemaSupportRequestBody(value, 0);
}
function validateStringSchemaSupportResponse(value, options) {
  const issues = options === void 0 ? check$StringSchemaSupportResponse(value, ROOT, void 0, 0) : checkValue(check$StringSchemaSupportResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringSchemaSupportResponse(value) {
  return is$StringSchemaSupportResponse(value, 0);
}
function validateStringTopLevelRequestBody(value, options) {
  const issues = options === void 0 ? check$StringTopLevelRequestBody(value, ROOT, void 0, 0) : checkValue(check$StringTopLevelRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringTopLevelRequestBody(value) {
  return is$StringTopLevelRequestBody(value, 0);
}
function validateStringTopLevelResponse(value, options) {
  const issues = options === void 0 ? check$StringTopLevelResponse(value, ROOT, void 0, 0) : checkValue(check$StringTopLevelResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringTopLevelResponse(value) {
  return is$StringTopLevelResponse(value, 0);
}
function validateStringTopLevelJSONRequestBody(value, options) {
  const issues = options === void 0 ? check$StringTopLevelJSONRequestBody(value, ROOT, void 0, 0) : checkValue(check$StringTopLevelJSONRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringTopLevelJSONRequestBody(value) {
  return is$StringTopLevelJSONRequestBody(value, 0);
}
function validateStringTopLevelJSONResponse(value, options) {
  const issues = options === void 0 ? check$StringTopLevelJSONResponse(value, ROOT, void 0, 0) : checkValue(check$StringTopLevelJSONResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStringTopLevelJSONResponse(value) {
  return is$StringTopLevelJSONResponse(value, 0);
}
const schemas = {
  Circular: /* @__PURE__ */ standardSchema(validateCircular, jsonSchema$of("Circular")),
  StringEnum: /* @__PURE__ */ standardSchema(validateStringEnum, jsonSchema$of("StringEnum")),
  ArraySchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateArraySchemaSupportRequestBody, jsonSchema$of("ArraySchemaSupportRequestBody")),
  ArraySchemaSupportResponse: /* @__PURE__ */ standardSchema(validateArraySchemaSupportResponse, jsonSchema$of("ArraySchemaSupportResponse")),
  ArrayTopLevelObjectsRequestBody: /* @__PURE__ */ standardSchema(validateArrayTopLevelObjectsRequestBody, jsonSchema$of("ArrayTopLevelObjectsRequestBody")),
  ArrayTopLevelObjectsResponse: /* @__PURE__ */ standardSchema(validateArrayTopLevelObjectsResponse, jsonSchema$of("ArrayTopLevelObjectsResponse")),
  ArrayTopLevelPrimitivesRequestBody: /* @__PURE__ */ standardSchema(validateArrayTopLevelPrimitivesRequestBody, jsonSchema$of("ArrayTopLevelPrimitivesRequestBody")),
  ArrayTopLevelPrimitivesResponse: /* @__PURE__ */ standardSchema(validateArrayTopLevelPrimitivesResponse, jsonSchema$of("ArrayTopLevelPrimitivesResponse")),
  BooleanSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateBooleanSchemaSupportRequestBody, jsonSchema$of("BooleanSchemaSupportRequestBody")),
  BooleanSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateBooleanSchemaSupportResponse, jsonSchema$of("BooleanSchemaSupportResponse")),
  BooleanTopLevelRequestBody: /* @__PURE__ */ standardSchema(validateBooleanTopLevelRequestBody, jsonSchema$of("BooleanTopLevelRequestBody")),
  BooleanTopLevelResponse: /* @__PURE__ */ standardSchema(validateBooleanTopLevelResponse, jsonSchema$of("BooleanTopLevelResponse")),
  CircularHandlingRequestBody: /* @__PURE__ */ standardSchema(validateCircularHandlingRequestBody, jsonSchema$of("CircularHandlingRequestBody")),
  CircularHandlingResponse: /* @__PURE__ */ standardSchema(validateCircularHandlingResponse, jsonSchema$of("CircularHandlingResponse")),
  CircularTopLevelRequestBody: /* @__PURE__ */ standardSchema(validateCircularTopLevelRequestBody, jsonSchema$of("CircularTopLevelRequestBody")),
  CircularTopLevelResponse: /* @__PURE__ */ standardSchema(validateCircularTopLevelResponse, jsonSchema$of("CircularTopLevelResponse")),
  MixedSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateMixedSchemaSupportRequestBody, jsonSchema$of("MixedSchemaSupportRequestBody")),
  MixedSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateMixedSchemaSupportResponse, jsonSchema$of("MixedSchemaSupportResponse")),
  NullSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateNullSchemaSupportRequestBody, jsonSchema$of("NullSchemaSupportRequestBody")),
  NullSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateNullSchemaSupportResponse, jsonSchema$of("NullSchemaSupportResponse")),
  NumberFormatSupportRequestBody: /* @__PURE__ */ standardSchema(validateNumberFormatSupportRequestBody, jsonSchema$of("NumberFormatSupportRequestBody")),
  NumberFormatSupportResponse: /* @__PURE__ */ standardSchema(validateNumberFormatSupportResponse, jsonSchema$of("NumberFormatSupportResponse")),
  NumberSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateNumberSchemaSupportRequestBody, jsonSchema$of("NumberSchemaSupportRequestBody")),
  NumberSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateNumberSchemaSupportResponse, jsonSchema$of("NumberSchemaSupportResponse")),
  NumberTopLevelRequestBody: /* @__PURE__ */ standardSchema(validateNumberTopLevelRequestBody, jsonSchema$of("NumberTopLevelRequestBody")),
  NumberTopLevelResponse: /* @__PURE__ */ standardSchema(validateNumberTopLevelResponse, jsonSchema$of("NumberTopLevelResponse")),
  ObjectSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateObjectSchemaSupportRequestBody, jsonSchema$of("ObjectSchemaSupportRequestBody")),
  ObjectSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateObjectSchemaSupportResponse, jsonSchema$of("ObjectSchemaSupportResponse")),
  QuirksMissingTypeRequestBody: /* @__PURE__ */ standardSchema(validateQuirksMissingTypeRequestBody, jsonSchema$of("QuirksMissingTypeRequestBody")),
  QuirksMissingTypeResponse: /* @__PURE__ */ standardSchema(validateQuirksMissingTypeResponse, jsonSchema$of("QuirksMissingTypeResponse")),
  QuirksEntirelyIncompatibleAllOfRequestBody: /* @__PURE__ */ standardSchema(validateQuirksEntirelyIncompatibleAllOfRequestBody, jsonSchema$of("QuirksEntirelyIncompatibleAllOfRequestBody")),
  QuirksEntirelyIncompatibleAllOfResponse: /* @__PURE__ */ standardSchema(validateQuirksEntirelyIncompatibleAllOfResponse, jsonSchema$of("QuirksEntirelyIncompatibleAllOfResponse")),
  QuirksIncompatibleNestedAllOfRequestBody: /* @__PURE__ */ standardSchema(validateQuirksIncompatibleNestedAllOfRequestBody, jsonSchema$of("QuirksIncompatibleNestedAllOfRequestBody")),
  QuirksIncompatibleNestedAllOfResponse: /* @__PURE__ */ standardSchema(validateQuirksIncompatibleNestedAllOfResponse, jsonSchema$of("QuirksIncompatibleNestedAllOfResponse")),
  QuirksPartiallyUsableIncompatibleAllOfRequestBody: /* @__PURE__ */ standardSchema(validateQuirksPartiallyUsableIncompatibleAllOfRequestBody, jsonSchema$of("QuirksPartiallyUsableIncompatibleAllOfRequestBody")),
  QuirksPartiallyUsableIncompatibleAllOfResponse: /* @__PURE__ */ standardSchema(validateQuirksPartiallyUsableIncompatibleAllOfResponse, jsonSchema$of("QuirksPartiallyUsableIncompatibleAllOfResponse")),
  RawBodyTopLevelRequestBody: /* @__PURE__ */ standardSchema(validateRawBodyTopLevelRequestBody, jsonSchema$of("RawBodyTopLevelRequestBody")),
  RawBodyTopLevelResponse: /* @__PURE__ */ standardSchema(validateRawBodyTopLevelResponse, jsonSchema$of("RawBodyTopLevelResponse")),
  RawBodyTopLevelJSONRequestBody: /* @__PURE__ */ standardSchema(validateRawBodyTopLevelJSONRequestBody, jsonSchema$of("RawBodyTopLevelJSONRequestBody")),
  RawBodyTopLevelJSONResponse: /* @__PURE__ */ standardSchema(validateRawBodyTopLevelJSONResponse, jsonSchema$of("RawBodyTopLevelJSONResponse")),
  StringFormatSupportRequestBody: /* @__PURE__ */ standardSchema(validateStringFormatSupportRequestBody, jsonSchema$of("StringFormatSupportRequestBody")),
  StringFormatSupportResponse: /* @__PURE__ */ standardSchema(validateStringFormatSupportResponse, jsonSchema$of("StringFormatSupportResponse")),
  StringSchemaSupportRequestBody: /* @__PURE__ */ standardSchema(validateStringSchemaSupportRequestBody, jsonSchema$of("StringSchemaSupportRequestBody")),
  StringSchemaSupportResponse: /* @__PURE__ */ standardSchema(validateStringSchemaSupportResponse, jsonSchema$of("StringSchemaSupportResponse")),
  StringTopLevelRequestBody: /* @__PURE__ */ standardSchema(validateStringTopLevelRequestBody, jsonSchema$of("StringTopLevelRequestBody")),
  StringTopLevelResponse: /* @__PURE__ */ standardSchema(validateStringTopLevelResponse, jsonSchema$of("StringTopLevelResponse")),
  StringTopLevelJSONRequestBody: /* @__PURE__ */ standardSchema(validateStringTopLevelJSONRequestBody, jsonSchema$of("StringTopLevelJSONRequestBody")),
  StringTopLevelJSONResponse: /* @__PURE__ */ standardSchema(validateStringTopLevelJSONResponse, jsonSchema$of("StringTopLevelJSONResponse"))
};
const issue$RAW_BODY_type_1e56d0 = /* @__PURE__ */ fixedIssue(["RAW_BODY"], "type", "must be a string");
const issue$array_any_but_no_items_property_type_c79fe2 = /* @__PURE__ */ fixedIssue(["array<any> (but no `items` property)"], "type", "must be an array");
const issue$array_any_type_20cb51 = /* @__PURE__ */ fixedIssue(["array<any>"], "type", "must be an array");
const issue$array_array_object_type_f9c16c = /* @__PURE__ */ fixedIssue(["array<array<object>>"], "type", "must be an array");
const issue$array_boolean_type_2a5370 = /* @__PURE__ */ fixedIssue(["array<boolean>"], "type", "must be an array");
const issue$array_integer_type_566a44 = /* @__PURE__ */ fixedIssue(["array<integer>"], "type", "must be an array");
const issue$array_number_type_a10f96 = /* @__PURE__ */ fixedIssue(["array<number>"], "type", "must be an array");
const issue$array_object_additionalProperties_type_4758fe = /* @__PURE__ */ fixedIssue(["array<object> (additionalProperties)"], "type", "must be an array");
const issue$array_object_type_87d2fa = /* @__PURE__ */ fixedIssue(["array<object>"], "type", "must be an array");
const issue$array_string_loaded_via_a_ref_type_34afe9 = /* @__PURE__ */ fixedIssue(["array<string> (loaded via a $ref)"], "type", "must be an array");
const issue$array_string_type_7cfed7 = /* @__PURE__ */ fixedIssue(["array<string>"], "type", "must be an array");
const issue$array_string_with_overall_null_default_t_9b0bd0 = /* @__PURE__ */ fixedIssue(["array<string> (with overall `null` default)"], "type", "must be an array");
const issue$array_type_0c50f9 = /* @__PURE__ */ fixedIssue(["array"], "type", "must be an array");
const issue$binary_type_c1916d = /* @__PURE__ */ fixedIssue(["binary"], "type", "must be a string");
const issue$binary_with_default_required_c44aa4 = /* @__PURE__ */ fixedIssue(["binary (with default)"], "required", "is required");
const issue$binary_with_default_type_b59bd4 = /* @__PURE__ */ fixedIssue(["binary (with default)"], "type", "must be a string");
const issue$blob_type_5e0d73 = /* @__PURE__ */ fixedIssue(["blob"], "type", "must be a string");
const issue$boolean_and_null_type_d0770c = /* @__PURE__ */ fixedIssue(["boolean and null"], "type", "must be a boolean or null");
const issue$boolean_type_9f058c = /* @__PURE__ */ fixedIssue(["boolean"], "type", "must be a boolean");
const issue$children_type_6a618e = /* @__PURE__ */ fixedIssue(["children"], "type", "must be an array");
const issue$compatible_name_type_e2a06f = /* @__PURE__ */ fixedIssue(["compatible", "name"], "type", "must be a string");
const issue$compatible_type_03b320 = /* @__PURE__ */ fixedIssue(["compatible"], "type", "must be an object");
const issue$date_format_5a7e63 = /* @__PURE__ */ fixedIssue(["date"], "format", "must be a valid date");
const issue$date_time_format_d3f176 = /* @__PURE__ */ fixedIssue(["date-time"], "format", "must be a valid date-time");
const issue$date_time_type_3fd269 = /* @__PURE__ */ fixedIssue(["date-time"], "type", "must be a string");
const issue$date_type_f35295 = /* @__PURE__ */ fixedIssue(["date"], "type", "must be a string");
const issue$date_with_pattern_format_873fe4 = /* @__PURE__ */ fixedIssue(["date (with pattern)"], "format", "must be a valid date");
const issue$date_with_pattern_pattern_f7a3e1 = /* @__PURE__ */ fixedIssue(["date (with pattern)"], "pattern", 'must match the pattern "(\\\\d{4})-(\\\\d{2})-(\\\\d{2})"');
const issue$date_with_pattern_type_bd0e0d = /* @__PURE__ */ fixedIssue(["date (with pattern)"], "type", "must be a string");
const issue$default_null_type_a3f631 = /* @__PURE__ */ fixedIssue(["default (null)"], "type", "must be a string");
const issue$default_required_required_c102db = /* @__PURE__ */ fixedIssue(["default (required)"], "required", "is required");
const issue$default_required_type_2e165f = /* @__PURE__ */ fixedIssue(["default (required)"], "type", "must be a boolean");
const issue$default_required_type_cecece = /* @__PURE__ */ fixedIssue(["default (required)"], "type", "must be a string");
const issue$default_type_314805 = /* @__PURE__ */ fixedIssue(["default"], "type", "must be a string");
const issue$default_type_325f91 = /* @__PURE__ */ fixedIssue(["default"], "type", "must be a boolean");
const issue$description_markdown_type_166a9e = /* @__PURE__ */ fixedIssue(["description (markdown)"], "type", "must be a string");
const issue$description_markdown_type_628353 = /* @__PURE__ */ fixedIssue(["description (markdown)"], "type", "must be a boolean");
const issue$enum_9f60ca = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_enum_364253 = /* @__PURE__ */ fixedIssue(["enum"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_type_02ca3f = /* @__PURE__ */ fixedIssue(["enum"], "type", "must be a string");
const issue$enum_with_default_and_required_enum_ea815f = /* @__PURE__ */ fixedIssue(["enum (with default and required)"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_default_and_required_required_1aa901 = /* @__PURE__ */ fixedIssue(["enum (with default and required)"], "required", "is required");
const issue$enum_with_default_and_required_type_03bec7 = /* @__PURE__ */ fixedIssue(["enum (with default and required)"], "type", "must be a string");
const issue$enum_with_default_enum_4a5eda = /* @__PURE__ */ fixedIssue(["enum (with default)"], "enum", 'must be one of "available", "pending", "sold"');
const issue$enum_with_default_type_56cbc2 = /* @__PURE__ */ fixedIssue(["enum (with default)"], "type", "must be a string");
const issue$enum_with_empty_option_and_empty_default_380294 = /* @__PURE__ */ fixedIssue(["enum (with empty option and empty default)"], "enum", 'must be one of ""');
const issue$enum_with_empty_option_and_empty_default_d99401 = /* @__PURE__ */ fixedIssue(["enum (with empty option and empty default)"], "type", "must be a string");
const issue$enum_with_empty_option_enum_b151cc = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "enum", 'must be one of "", "available", "pending", "sold"');
const issue$enum_with_empty_option_type_a58163 = /* @__PURE__ */ fixedIssue(["enum (with empty option)"], "type", "must be a string");
const issue$format_b695d0 = /* @__PURE__ */ fixedIssue([], "format", "must be a 64-bit integer (format int64)");
const issue$html_type_a51541 = /* @__PURE__ */ fixedIssue(["html"], "type", "must be a string");
const issue$implicit_object_name_type_2f576c = /* @__PURE__ */ fixedIssue(["implicit object", "name"], "type", "must be a string");
const issue$incompatible_never_99ea35 = /* @__PURE__ */ fixedIssue(["incompatible"], "never", "is not allowed here");
const issue$inferred_from_enum_enum_babc98 = /* @__PURE__ */ fixedIssue(["inferred from enum"], "enum", "must be one of true, false");
const issue$integer_default_null_type_40cc8f = /* @__PURE__ */ fixedIssue(["integer (default null)"], "type", "must be an integer");
const issue$integer_default_required_required_d50eee = /* @__PURE__ */ fixedIssue(["integer (default, required)"], "required", "is required");
const issue$integer_default_required_type_66c05e = /* @__PURE__ */ fixedIssue(["integer (default, required)"], "type", "must be an integer");
const issue$integer_default_type_b3f57c = /* @__PURE__ */ fixedIssue(["integer (default)"], "type", "must be an integer");
const issue$integer_format_int16_type_c01998 = /* @__PURE__ */ fixedIssue(["integer (format: int16)"], "type", "must be an integer");
const issue$integer_format_int32_format_653bd3 = /* @__PURE__ */ fixedIssue(["integer (format: int32)"], "format", "must be a 32-bit integer (format int32)");
const issue$integer_format_int32_multipleOf_2_format_93207a = /* @__PURE__ */ fixedIssue(["integer (format: int32, multipleOf: 2)"], "format", "must be a 32-bit integer (format int32)");
const issue$integer_format_int32_multipleOf_2_multip_2145f4 = /* @__PURE__ */ fixedIssue(["integer (format: int32, multipleOf: 2)"], "multipleOf", "must be a multiple of 2");
const issue$integer_format_int32_multipleOf_2_type_216e23 = /* @__PURE__ */ fixedIssue(["integer (format: int32, multipleOf: 2)"], "type", "must be an integer");
const issue$integer_format_int32_type_b03d50 = /* @__PURE__ */ fixedIssue(["integer (format: int32)"], "type", "must be an integer");
const issue$integer_format_int64_format_5fd379 = /* @__PURE__ */ fixedIssue(["integer (format: int64)"], "format", "must be a 64-bit integer (format int64)");
const issue$integer_format_int64_type_69448f = /* @__PURE__ */ fixedIssue(["integer (format: int64)"], "type", "must be an integer");
const issue$integer_format_int8_type_bb0eaf = /* @__PURE__ */ fixedIssue(["integer (format: int8)"], "type", "must be an integer");
const issue$integer_format_uint16_type_29d1d9 = /* @__PURE__ */ fixedIssue(["integer (format: uint16)"], "type", "must be an integer");
const issue$integer_format_uint32_type_3dda32 = /* @__PURE__ */ fixedIssue(["integer (format: uint32)"], "type", "must be an integer");
const issue$integer_format_uint64_type_d3aa05 = /* @__PURE__ */ fixedIssue(["integer (format: uint64)"], "type", "must be an integer");
const issue$integer_format_uint8_type_6e774f = /* @__PURE__ */ fixedIssue(["integer (format: uint8)"], "type", "must be an integer");
const issue$integer_markdown_description_type_4267bc = /* @__PURE__ */ fixedIssue(["integer (markdown description)"], "type", "must be an integer");
const issue$integer_minimum_maximum_maximum_2ce5d2 = /* @__PURE__ */ fixedIssue(["integer (minimum / maximum)"], "maximum", "must be <= 999");
const issue$integer_minimum_maximum_minimum_e535b4 = /* @__PURE__ */ fixedIssue(["integer (minimum / maximum)"], "minimum", "must be >= 100");
const issue$integer_minimum_maximum_type_e55bf6 = /* @__PURE__ */ fixedIssue(["integer (minimum / maximum)"], "type", "must be an integer");
const issue$integer_nullable_type_1e1185 = /* @__PURE__ */ fixedIssue(["integer (nullable)"], "type", "must be an integer");
const issue$integer_required_required_a36c6a = /* @__PURE__ */ fixedIssue(["integer (required)"], "required", "is required");
const issue$integer_required_type_388ae4 = /* @__PURE__ */ fixedIssue(["integer (required)"], "type", "must be an integer");
const issue$integer_stock_type_7e501d = /* @__PURE__ */ fixedIssue(["integer (stock)"], "type", "must be an integer");
const issue$integer_title_type_40a45b = /* @__PURE__ */ fixedIssue(["integer (title)"], "type", "must be an integer");
const issue$integer_type_4080bd = /* @__PURE__ */ fixedIssue(["integer"], "type", "must be an integer");
const issue$json_type_28d91e = /* @__PURE__ */ fixedIssue(["json"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$nullable_type_7d06a9 = /* @__PURE__ */ fixedIssue(["nullable"], "type", "must be a string");
const issue$number_default_null_type_d52533 = /* @__PURE__ */ fixedIssue(["number (default null)"], "type", "must be a number");
const issue$number_default_required_required_c29da7 = /* @__PURE__ */ fixedIssue(["number (default, required)"], "required", "is required");
const issue$number_default_required_type_e5037a = /* @__PURE__ */ fixedIssue(["number (default, required)"], "type", "must be a number");
const issue$number_default_type_d3c6c8 = /* @__PURE__ */ fixedIssue(["number (default)"], "type", "must be a number");
const issue$number_format_double_type_e3a0f5 = /* @__PURE__ */ fixedIssue(["number (format: double)"], "type", "must be a number");
const issue$number_format_float_format_45bf4c = /* @__PURE__ */ fixedIssue(["number (format: float)"], "format", "must be within the range of a 32-bit float (format float)");
const issue$number_format_float_type_72cb36 = /* @__PURE__ */ fixedIssue(["number (format: float)"], "type", "must be a number");
const issue$number_markdown_description_type_e1ed25 = /* @__PURE__ */ fixedIssue(["number (markdown description)"], "type", "must be a number");
const issue$number_nullable_type_83fafa = /* @__PURE__ */ fixedIssue(["number (nullable)"], "type", "must be a number");
const issue$number_required_required_67b8b1 = /* @__PURE__ */ fixedIssue(["number (required)"], "required", "is required");
const issue$number_required_type_0a2ab0 = /* @__PURE__ */ fixedIssue(["number (required)"], "type", "must be a number");
const issue$number_stock_type_6eb160 = /* @__PURE__ */ fixedIssue(["number (stock)"], "type", "must be a number");
const issue$number_title_type_a76982 = /* @__PURE__ */ fixedIssue(["number (title)"], "type", "must be a number");
const issue$number_type_a9fa46 = /* @__PURE__ */ fixedIssue(["number"], "type", "must be a number");
const issue$object_additionalProperties_type_8433f7 = /* @__PURE__ */ fixedIssue(["object (additionalProperties)"], "type", "must be an object");
const issue$object_string_type_d0555c = /* @__PURE__ */ fixedIssue(["object", "string"], "type", "must be a string");
const issue$object_type_b6aad8 = /* @__PURE__ */ fixedIssue(["object"], "type", "must be an object");
const issue$object_without_an_explicit_type_property_4e9c23 = /* @__PURE__ */ fixedIssue(["object (without an explicit `type`)", "property2"], "format", "must be a 64-bit integer (format int64)");
const issue$object_without_an_explicit_type_property_6efffb = /* @__PURE__ */ fixedIssue(["object (without an explicit `type`)", "property2"], "type", "must be an integer");
const issue$object_without_an_explicit_type_property_804c94 = /* @__PURE__ */ fixedIssue(["object (without an explicit `type`)", "property1"], "format", "must be a 64-bit integer (format int64)");
const issue$object_without_an_explicit_type_property_a52338 = /* @__PURE__ */ fixedIssue(["object (without an explicit `type`)", "property1"], "type", "must be an integer");
const issue$object_without_properties_type_1f5edf = /* @__PURE__ */ fixedIssue(["object (without `properties`)"], "type", "must be an object");
const issue$password_minLength_5_maxLength_20_maxLen_542d21 = /* @__PURE__ */ fixedIssue(["password (minLength: 5, maxLength: 20)"], "maxLength", "must be at most 20 characters long");
const issue$password_minLength_5_maxLength_20_minLen_385528 = /* @__PURE__ */ fixedIssue(["password (minLength: 5, maxLength: 20)"], "minLength", "must be at least 5 characters long");
const issue$password_minLength_5_maxLength_20_type_b47481 = /* @__PURE__ */ fixedIssue(["password (minLength: 5, maxLength: 20)"], "type", "must be a string");
const issue$password_type_10a1a6 = /* @__PURE__ */ fixedIssue(["password"], "type", "must be a string");
const issue$required_required_d35a7f = /* @__PURE__ */ fixedIssue(["required"], "required", "is required");
const issue$required_type_51c1d9 = /* @__PURE__ */ fixedIssue(["required"], "type", "must be a boolean");
const issue$required_type_daea47 = /* @__PURE__ */ fixedIssue(["required"], "type", "must be a string");
const issue$stock_type_080f54 = /* @__PURE__ */ fixedIssue(["stock"], "type", "must be a string");
const issue$stock_type_0c5a4b = /* @__PURE__ */ fixedIssue(["stock"], "type", "must be null");
const issue$stock_type_6ce536 = /* @__PURE__ */ fixedIssue(["stock"], "type", "must be an array");
const issue$stock_type_8ca7a0 = /* @__PURE__ */ fixedIssue(["stock"], "type", "must be a boolean");
const issue$string_and_boolean_type_4ab814 = /* @__PURE__ */ fixedIssue(["string and boolean"], "type", "must be a string or a boolean");
const issue$string_and_null_type_554031 = /* @__PURE__ */ fixedIssue(["string and null"], "type", "must be a string or null");
const issue$string_and_number_type_da4864 = /* @__PURE__ */ fixedIssue(["string and number"], "type", "must be a string or a number");
const issue$string_type_021e66 = /* @__PURE__ */ fixedIssue(["string"], "type", "must be a string");
const issue$title_type_dd1035 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a boolean");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$type_456846 = /* @__PURE__ */ fixedIssue([], "type", "must be an integer");
const issue$type_a2dec7 = /* @__PURE__ */ fixedIssue([], "type", "must be a boolean");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$unknown_format_type_692d51 = /* @__PURE__ */ fixedIssue(["unknown-format"], "type", "must be a string");
const issue$url_type_4c30e0 = /* @__PURE__ */ fixedIssue(["url"], "type", "must be a string");
const issue$with_markdown_description_type_2b6ea8 = /* @__PURE__ */ fixedIssue(["with markdown description"], "type", "must be an array");
const issue$with_title_type_b7aea6 = /* @__PURE__ */ fixedIssue(["with title"], "type", "must be an array");
const pattern$220631 = /* @__PURE__ */ new RegExp("(\\d{4})-(\\d{2})-(\\d{2})", "u");
function is$Circular(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.string;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  const x4 = o1.children;
  if (x4 !== void 0) {
    property5: {
      if (!Array.isArray(x4)) {
        if (hasOwn.call(o1, "children")) return false;
        break property5;
      }
      const a6 = x4;
      for (let i7 = 0; i7 < a6.length; i7++) {
        const x8 = a6[i7];
        if (!is$Circular(x8, d + 1)) {
          if (hasOwn.call(o1, "children")) return false;
          break property5;
        }
      }
    }
  }
  return true;
}
function check$Circular(v, p, s, d) {
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
    const x3 = o1.children;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "children")) {
        if (!Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$children_type_6a618e)).length >= issueLimit) return s;
        } else {
          const a4 = x3;
          for (let i5 = 0; i5 < a4.length; i5++) {
            const x6 = a4[i5];
            if (!is$Circular(x6, d + 1)) {
              if (full(s = check$Circular(x6, below(p, ["children", i5]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$StringEnum(v, d) {
  if (d > MAX_DEPTH) return false;
  if (v !== "available" && v !== "pending" && v !== "sold") return false;
  return true;
}
function check$StringEnum(v, p, s, d) {
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
function is$ArraySchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.stock;
  if (x2 !== void 0) {
    if (!Array.isArray(x2) && hasOwn.call(o1, "stock")) return false;
  }
  const x11 = o1["with markdown description"];
  if (x11 !== void 0) {
    if (!Array.isArray(x11) && hasOwn.call(o1, "with markdown description")) return false;
  }
  const x20 = o1["with title"];
  if (x20 !== void 0) {
    if (!Array.isArray(x20) && hasOwn.call(o1, "with title")) return false;
  }
  const x29 = o1["array<any>"];
  if (x29 !== void 0) {
    if (!Array.isArray(x29) && hasOwn.call(o1, "array<any>")) return false;
  }
  const x38 = o1["array<any> (but no `items` property)"];
  if (x38 !== void 0) {
    if (!Array.isArray(x38) && hasOwn.call(o1, "array<any> (but no `items` property)")) return false;
  }
  const x41 = o1["array<string>"];
  if (x41 !== void 0) {
    property42: {
      if (!Array.isArray(x41)) {
        if (hasOwn.call(o1, "array<string>")) return false;
        break property42;
      }
      const a43 = x41;
      for (let i44 = 0; i44 < a43.length; i44++) {
        const x45 = a43[i44];
        if (typeof x45 !== "string") {
          if (hasOwn.call(o1, "array<string>")) return false;
          break property42;
        }
      }
    }
  }
  const x46 = o1["array<string> (with overall `null` default)"];
  if (x46 !== void 0) {
    property47: {
      if (!Array.isArray(x46)) {
        if (hasOwn.call(o1, "array<string> (with overall `null` default)")) return false;
        break property47;
      }
      const a48 = x46;
      for (let i49 = 0; i49 < a48.length; i49++) {
        const x50 = a48[i49];
        if (typeof x50 !== "string") {
          if (hasOwn.call(o1, "array<string> (with overall `null` default)")) return false;
          break property47;
        }
      }
    }
  }
  const x51 = o1["array<string> (loaded via a $ref)"];
  if (x51 !== void 0) {
    property52: {
      if (!Array.isArray(x51)) {
        if (hasOwn.call(o1, "array<string> (loaded via a $ref)")) return false;
        break property52;
      }
      const a53 = x51;
      for (let i54 = 0; i54 < a53.length; i54++) {
        const x55 = a53[i54];
        if (!is$StringEnum(x55, d + 1)) {
          if (hasOwn.call(o1, "array<string> (loaded via a $ref)")) return false;
          break property52;
        }
      }
    }
  }
  const x60 = o1["array<integer>"];
  if (x60 !== void 0) {
    property61: {
      if (!Array.isArray(x60)) {
        if (hasOwn.call(o1, "array<integer>")) return false;
        break property61;
      }
      const a62 = x60;
      for (let i63 = 0; i63 < a62.length; i63++) {
        const x64 = a62[i63];
        if (!Number.isInteger(x64)) {
          if (hasOwn.call(o1, "array<integer>")) return false;
          break property61;
        }
        if (x64 < -9223372036854776e3 || x64 >= 9223372036854776e3) {
          if (hasOwn.call(o1, "array<integer>")) return false;
          break property61;
        }
      }
    }
  }
  const x65 = o1["array<number>"];
  if (x65 !== void 0) {
    property66: {
      if (!Array.isArray(x65)) {
        if (hasOwn.call(o1, "array<number>")) return false;
        break property66;
      }
      const a67 = x65;
      for (let i68 = 0; i68 < a67.length; i68++) {
        const x69 = a67[i68];
        if (!Number.isFinite(x69)) {
          if (hasOwn.call(o1, "array<number>")) return false;
          break property66;
        }
        if (x69 < -34028234663852886e22 || x69 > 34028234663852886e22) {
          if (hasOwn.call(o1, "array<number>")) return false;
          break property66;
        }
      }
    }
  }
  const x70 = o1["array<boolean>"];
  if (x70 !== void 0) {
    property71: {
      if (!Array.isArray(x70)) {
        if (hasOwn.call(o1, "array<boolean>")) return false;
        break property71;
      }
      const a72 = x70;
      for (let i73 = 0; i73 < a72.length; i73++) {
        const x74 = a72[i73];
        if (typeof x74 !== "boolean") {
          if (hasOwn.call(o1, "array<boolean>")) return false;
          break property71;
        }
      }
    }
  }
  const x75 = o1["array<object>"];
  if (x75 !== void 0) {
    property76: {
      if (!Array.isArray(x75)) {
        if (hasOwn.call(o1, "array<object>")) return false;
        break property76;
      }
      const a77 = x75;
      for (let i78 = 0; i78 < a77.length; i78++) {
        const x79 = a77[i78];
        if (typeof x79 !== "object" || x79 === null || Array.isArray(x79)) {
          if (hasOwn.call(o1, "array<object>")) return false;
          break property76;
        }
        const o80 = x79;
        const x81 = o80.string;
        if (x81 !== void 0) {
          if (typeof x81 !== "string" && hasOwn.call(o80, "string")) {
            if (hasOwn.call(o1, "array<object>")) return false;
            break property76;
          }
        }
        const x83 = o80.integer;
        if (x83 !== void 0) {
          if (!Number.isInteger(x83) && hasOwn.call(o80, "integer")) {
            if (hasOwn.call(o1, "array<object>")) return false;
            break property76;
          }
        }
        const x85 = o80.number;
        if (x85 !== void 0) {
          if (!Number.isFinite(x85) && hasOwn.call(o80, "number")) {
            if (hasOwn.call(o1, "array<object>")) return false;
            break property76;
          }
        }
        const x87 = o80.boolean;
        if (x87 !== void 0) {
          if (typeof x87 !== "boolean" && hasOwn.call(o80, "boolean")) {
            if (hasOwn.call(o1, "array<object>")) return false;
            break property76;
          }
        }
      }
    }
  }
  const x91 = o1["array<object> (additionalProperties)"];
  if (x91 !== void 0) {
    property92: {
      if (!Array.isArray(x91)) {
        if (hasOwn.call(o1, "array<object> (additionalProperties)")) return false;
        break property92;
      }
      const a93 = x91;
      for (let i94 = 0; i94 < a93.length; i94++) {
        const x95 = a93[i94];
        if (typeof x95 !== "object" || x95 === null || Array.isArray(x95)) {
          if (hasOwn.call(o1, "array<object> (additionalProperties)")) return false;
          break property92;
        }
      }
    }
  }
  const x99 = o1["array<array<object>>"];
  if (x99 !== void 0) {
    property100: {
      if (!Array.isArray(x99)) {
        if (hasOwn.call(o1, "array<array<object>>")) return false;
        break property100;
      }
      const a101 = x99;
      for (let i102 = 0; i102 < a101.length; i102++) {
        const x103 = a101[i102];
        if (!Array.isArray(x103)) {
          if (hasOwn.call(o1, "array<array<object>>")) return false;
          break property100;
        }
        const a104 = x103;
        for (let i105 = 0; i105 < a104.length; i105++) {
          const x106 = a104[i105];
          if (typeof x106 !== "object" || x106 === null || Array.isArray(x106)) {
            if (hasOwn.call(o1, "array<array<object>>")) return false;
            break property100;
          }
          const o107 = x106;
          const x108 = o107.string;
          if (x108 !== void 0) {
            if (typeof x108 !== "string" && hasOwn.call(o107, "string")) {
              if (hasOwn.call(o1, "array<array<object>>")) return false;
              break property100;
            }
          }
        }
      }
    }
  }
  return true;
}
function check$ArraySchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.stock;
    if (x2 !== void 0) {
      if (!Array.isArray(x2) && hasOwn.call(o1, "stock")) {
        if ((s = reportFixed(s, p, issue$stock_type_6ce536)).length >= issueLimit) return s;
      }
    }
    const x10 = o1["with markdown description"];
    if (x10 !== void 0) {
      if (!Array.isArray(x10) && hasOwn.call(o1, "with markdown description")) {
        if ((s = reportFixed(s, p, issue$with_markdown_description_type_2b6ea8)).length >= issueLimit) return s;
      }
    }
    const x18 = o1["with title"];
    if (x18 !== void 0) {
      if (!Array.isArray(x18) && hasOwn.call(o1, "with title")) {
        if ((s = reportFixed(s, p, issue$with_title_type_b7aea6)).length >= issueLimit) return s;
      }
    }
    const x26 = o1["array<any>"];
    if (x26 !== void 0) {
      if (!Array.isArray(x26) && hasOwn.call(o1, "array<any>")) {
        if ((s = reportFixed(s, p, issue$array_any_type_20cb51)).length >= issueLimit) return s;
      }
    }
    const x34 = o1["array<any> (but no `items` property)"];
    if (x34 !== void 0) {
      if (!Array.isArray(x34) && hasOwn.call(o1, "array<any> (but no `items` property)")) {
        if ((s = reportFixed(s, p, issue$array_any_but_no_items_property_type_c79fe2)).length >= issueLimit) return s;
      }
    }
    const x36 = o1["array<string>"];
    if (x36 !== void 0) {
      if (hasOwn.call(o1, "array<string>")) {
        if (!Array.isArray(x36)) {
          if ((s = reportFixed(s, p, issue$array_string_type_7cfed7)).length >= issueLimit) return s;
        } else {
          const a37 = x36;
          for (let i38 = 0; i38 < a37.length; i38++) {
            const x39 = a37[i38];
            if (typeof x39 !== "string") {
              if ((s = report(s, p, ["array<string>", i38], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x40 = o1["array<string> (with overall `null` default)"];
    if (x40 !== void 0) {
      if (hasOwn.call(o1, "array<string> (with overall `null` default)")) {
        if (!Array.isArray(x40)) {
          if ((s = reportFixed(s, p, issue$array_string_with_overall_null_default_t_9b0bd0)).length >= issueLimit) return s;
        } else {
          const a41 = x40;
          for (let i42 = 0; i42 < a41.length; i42++) {
            const x43 = a41[i42];
            if (typeof x43 !== "string") {
              if ((s = report(s, p, ["array<string> (with overall `null` default)", i42], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x44 = o1["array<string> (loaded via a $ref)"];
    if (x44 !== void 0) {
      if (hasOwn.call(o1, "array<string> (loaded via a $ref)")) {
        if (!Array.isArray(x44)) {
          if ((s = reportFixed(s, p, issue$array_string_loaded_via_a_ref_type_34afe9)).length >= issueLimit) return s;
        } else {
          const a45 = x44;
          for (let i46 = 0; i46 < a45.length; i46++) {
            const x47 = a45[i46];
            if (!is$StringEnum(x47, d + 1)) {
              if (full(s = check$StringEnum(x47, below(p, ["array<string> (loaded via a $ref)", i46]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x48 = o1["array<integer>"];
    if (x48 !== void 0) {
      if (hasOwn.call(o1, "array<integer>")) {
        if (!Array.isArray(x48)) {
          if ((s = reportFixed(s, p, issue$array_integer_type_566a44)).length >= issueLimit) return s;
        } else {
          const a49 = x48;
          for (let i50 = 0; i50 < a49.length; i50++) {
            const x51 = a49[i50];
            if (!Number.isInteger(x51)) {
              if ((s = report(s, p, ["array<integer>", i50], "type", "must be an integer")).length >= issueLimit) return s;
            } else {
              if (x51 < -9223372036854776e3 || x51 >= 9223372036854776e3) {
                if ((s = report(s, p, ["array<integer>", i50], "format", "must be a 64-bit integer (format int64)")).length >= issueLimit) return s;
              }
            }
          }
        }
      }
    }
    const x52 = o1["array<number>"];
    if (x52 !== void 0) {
      if (hasOwn.call(o1, "array<number>")) {
        if (!Array.isArray(x52)) {
          if ((s = reportFixed(s, p, issue$array_number_type_a10f96)).length >= issueLimit) return s;
        } else {
          const a53 = x52;
          for (let i54 = 0; i54 < a53.length; i54++) {
            const x55 = a53[i54];
            if (!Number.isFinite(x55)) {
              if ((s = report(s, p, ["array<number>", i54], "type", "must be a number")).length >= issueLimit) return s;
            } else {
              if (x55 < -34028234663852886e22 || x55 > 34028234663852886e22) {
                if ((s = report(s, p, ["array<number>", i54], "format", "must be within the range of a 32-bit float (format float)")).length >= issueLimit) return s;
              }
            }
          }
        }
      }
    }
    const x56 = o1["array<boolean>"];
    if (x56 !== void 0) {
      if (hasOwn.call(o1, "array<boolean>")) {
        if (!Array.isArray(x56)) {
          if ((s = reportFixed(s, p, issue$array_boolean_type_2a5370)).length >= issueLimit) return s;
        } else {
          const a57 = x56;
          for (let i58 = 0; i58 < a57.length; i58++) {
            const x59 = a57[i58];
            if (typeof x59 !== "boolean") {
              if ((s = report(s, p, ["array<boolean>", i58], "type", "must be a boolean")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x60 = o1["array<object>"];
    if (x60 !== void 0) {
      if (hasOwn.call(o1, "array<object>")) {
        if (!Array.isArray(x60)) {
          if ((s = reportFixed(s, p, issue$array_object_type_87d2fa)).length >= issueLimit) return s;
        } else {
          const a61 = x60;
          for (let i62 = 0; i62 < a61.length; i62++) {
            const x63 = a61[i62];
            if (typeof x63 !== "object" || x63 === null || Array.isArray(x63)) {
              if ((s = report(s, p, ["array<object>", i62], "type", "must be an object")).length >= issueLimit) return s;
            } else {
              const o64 = x63;
              const x65 = o64.string;
              if (x65 !== void 0) {
                if (typeof x65 !== "string" && hasOwn.call(o64, "string")) {
                  if ((s = report(s, p, ["array<object>", i62, "string"], "type", "must be a string")).length >= issueLimit) return s;
                }
              }
              const x66 = o64.integer;
              if (x66 !== void 0) {
                if (!Number.isInteger(x66) && hasOwn.call(o64, "integer")) {
                  if ((s = report(s, p, ["array<object>", i62, "integer"], "type", "must be an integer")).length >= issueLimit) return s;
                }
              }
              const x67 = o64.number;
              if (x67 !== void 0) {
                if (!Number.isFinite(x67) && hasOwn.call(o64, "number")) {
                  if ((s = report(s, p, ["array<object>", i62, "number"], "type", "must be a number")).length >= issueLimit) return s;
                }
              }
              const x68 = o64.boolean;
              if (x68 !== void 0) {
                if (typeof x68 !== "boolean" && hasOwn.call(o64, "boolean")) {
                  if ((s = report(s, p, ["array<object>", i62, "boolean"], "type", "must be a boolean")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x71 = o1["array<object> (additionalProperties)"];
    if (x71 !== void 0) {
      if (hasOwn.call(o1, "array<object> (additionalProperties)")) {
        if (!Array.isArray(x71)) {
          if ((s = reportFixed(s, p, issue$array_object_additionalProperties_type_4758fe)).length >= issueLimit) return s;
        } else {
          const a72 = x71;
          for (let i73 = 0; i73 < a72.length; i73++) {
            const x74 = a72[i73];
            if (typeof x74 !== "object" || x74 === null || Array.isArray(x74)) {
              if ((s = report(s, p, ["array<object> (additionalProperties)", i73], "type", "must be an object")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x78 = o1["array<array<object>>"];
    if (x78 !== void 0) {
      if (hasOwn.call(o1, "array<array<object>>")) {
        if (!Array.isArray(x78)) {
          if ((s = reportFixed(s, p, issue$array_array_object_type_f9c16c)).length >= issueLimit) return s;
        } else {
          const a79 = x78;
          for (let i80 = 0; i80 < a79.length; i80++) {
            const x81 = a79[i80];
            if (!Array.isArray(x81)) {
              if ((s = report(s, p, ["array<array<object>>", i80], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a82 = x81;
              for (let i83 = 0; i83 < a82.length; i83++) {
                const x84 = a82[i83];
                if (typeof x84 !== "object" || x84 === null || Array.isArray(x84)) {
                  if ((s = report(s, p, ["array<array<object>>", i80, i83], "type", "must be an object")).length >= issueLimit) return s;
                } else {
                  const o85 = x84;
                  const x86 = o85.string;
                  if (x86 !== void 0) {
                    if (typeof x86 !== "string" && hasOwn.call(o85, "string")) {
                      if ((s = report(s, p, ["array<array<object>>", i80, i83, "string"], "type", "must be a string")).length >= issueLimit) return s;
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
function is$ArraySchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$ArraySchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.string;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  const x4 = o1.integer;
  if (x4 !== void 0) {
    if (!Number.isInteger(x4) && hasOwn.call(o1, "integer")) return false;
  }
  const x6 = o1.number;
  if (x6 !== void 0) {
    if (!Number.isFinite(x6) && hasOwn.call(o1, "number")) return false;
  }
  const x8 = o1.boolean;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "boolean")) return false;
  }
  const x10 = o1.array;
  if (x10 !== void 0) {
    if (!Array.isArray(x10) && hasOwn.call(o1, "array")) return false;
  }
  const x19 = o1.object;
  if (x19 !== void 0) {
    if ((typeof x19 !== "object" || x19 === null || Array.isArray(x19)) && hasOwn.call(o1, "object")) return false;
  }
  return true;
}
function check$$inline1(v, p, s, d) {
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
    const x3 = o1.integer;
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "integer")) {
        if ((s = reportFixed(s, p, issue$integer_type_4080bd)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.number;
    if (x4 !== void 0) {
      if (!Number.isFinite(x4) && hasOwn.call(o1, "number")) {
        if ((s = reportFixed(s, p, issue$number_type_a9fa46)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.boolean;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "boolean")) {
        if ((s = reportFixed(s, p, issue$boolean_type_9f058c)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.array;
    if (x6 !== void 0) {
      if (!Array.isArray(x6) && hasOwn.call(o1, "array")) {
        if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
      }
    }
    const x14 = o1.object;
    if (x14 !== void 0) {
      if ((typeof x14 !== "object" || x14 === null || Array.isArray(x14)) && hasOwn.call(o1, "object")) {
        if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ArrayTopLevelObjectsRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$$inline1(x3, d + 1)) return false;
  }
  return true;
}
function check$ArrayTopLevelObjectsRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$$inline1(x3, d + 1)) {
        if (full(s = check$$inline1(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$ArrayTopLevelObjectsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$ArrayTopLevelObjectsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$ArrayTopLevelPrimitivesRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (typeof x3 !== "string") return false;
  }
  return true;
}
function check$ArrayTopLevelPrimitivesRequestBody(v, p, s, d) {
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
function is$ArrayTopLevelPrimitivesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$ArrayTopLevelPrimitivesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$BooleanSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "required") ? o1.required : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "default (required)") ? o1["default (required)"] : void 0;
  if (x3 === void 0) return false;
  const x4 = o1.stock;
  if (x4 !== void 0) {
    if (typeof x4 !== "boolean" && hasOwn.call(o1, "stock")) return false;
  }
  const x6 = o1["description (markdown)"];
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "description (markdown)")) return false;
  }
  const x8 = o1.title;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "title")) return false;
  }
  if (typeof x2 !== "boolean") return false;
  const x10 = o1.default;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "default")) return false;
  }
  if (typeof x3 !== "boolean") return false;
  const x12 = o1["inferred from enum"];
  if (x12 !== void 0) {
    if (x12 !== true && x12 !== false && hasOwn.call(o1, "inferred from enum")) return false;
  }
  return true;
}
function check$BooleanSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "required") ? o1.required : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$required_required_d35a7f)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "default (required)") ? o1["default (required)"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$default_required_required_c102db)).length >= issueLimit) return s;
    }
    const x4 = o1.stock;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean" && hasOwn.call(o1, "stock")) {
        if ((s = reportFixed(s, p, issue$stock_type_8ca7a0)).length >= issueLimit) return s;
      }
    }
    const x5 = o1["description (markdown)"];
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "description (markdown)")) {
        if ((s = reportFixed(s, p, issue$description_markdown_type_628353)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.title;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_dd1035)).length >= issueLimit) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "boolean") {
      if ((s = reportFixed(s, p, issue$required_type_51c1d9)).length >= issueLimit) return s;
    }
    const x7 = o1.default;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "default")) {
        if ((s = reportFixed(s, p, issue$default_type_325f91)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0 && typeof x3 !== "boolean") {
      if ((s = reportFixed(s, p, issue$default_required_type_2e165f)).length >= issueLimit) return s;
    }
    const x8 = o1["inferred from enum"];
    if (x8 !== void 0) {
      if (x8 !== true && x8 !== false && hasOwn.call(o1, "inferred from enum")) {
        if (x8 !== true && x8 !== false) {
          if ((s = reportFixed(s, p, issue$inferred_from_enum_enum_babc98)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$BooleanSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$BooleanSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$BooleanTopLevelRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "boolean") return false;
  return true;
}
function check$BooleanTopLevelRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "boolean") {
    if ((s = reportFixed(s, p, issue$type_a2dec7)).length >= issueLimit) return s;
  }
  return s;
}
function is$BooleanTopLevelResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$BooleanTopLevelResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CircularHandlingRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.circular;
  if (x2 !== void 0) {
    if (!is$Circular(x2, d + 1) && hasOwn.call(o1, "circular")) return false;
  }
  return true;
}
function check$CircularHandlingRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.circular;
    if (x2 !== void 0) {
      if (!is$Circular(x2, d + 1) && hasOwn.call(o1, "circular")) {
        if (full(s = check$Circular(x2, below(p, ["circular"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$CircularHandlingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$CircularHandlingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CircularTopLevelResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$CircularTopLevelResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$MixedSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["string and number"];
  if (x2 !== void 0) {
    if (!(Number.isFinite(x2) || typeof x2 === "string") && hasOwn.call(o1, "string and number")) return false;
  }
  const x4 = o1["string and boolean"];
  if (x4 !== void 0) {
    if (!(typeof x4 === "boolean" || typeof x4 === "string") && hasOwn.call(o1, "string and boolean")) return false;
  }
  const x6 = o1["string and null"];
  if (x6 !== void 0) {
    if (!(x6 === null || typeof x6 === "string") && hasOwn.call(o1, "string and null")) return false;
  }
  const x8 = o1["boolean and null"];
  if (x8 !== void 0) {
    if (!(x8 === null || typeof x8 === "boolean") && hasOwn.call(o1, "boolean and null")) return false;
  }
  return true;
}
function check$MixedSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["string and number"];
    if (x2 !== void 0) {
      if (!(Number.isFinite(x2) || typeof x2 === "string") && hasOwn.call(o1, "string and number")) {
        if ((s = reportFixed(s, p, issue$string_and_number_type_da4864)).length >= issueLimit) return s;
      }
    }
    const x3 = o1["string and boolean"];
    if (x3 !== void 0) {
      if (!(typeof x3 === "boolean" || typeof x3 === "string") && hasOwn.call(o1, "string and boolean")) {
        if ((s = reportFixed(s, p, issue$string_and_boolean_type_4ab814)).length >= issueLimit) return s;
      }
    }
    const x4 = o1["string and null"];
    if (x4 !== void 0) {
      if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "string and null")) {
        if ((s = reportFixed(s, p, issue$string_and_null_type_554031)).length >= issueLimit) return s;
      }
    }
    const x5 = o1["boolean and null"];
    if (x5 !== void 0) {
      if (!(x5 === null || typeof x5 === "boolean") && hasOwn.call(o1, "boolean and null")) {
        if ((s = reportFixed(s, p, issue$boolean_and_null_type_d0770c)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$MixedSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$MixedSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$NullSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.stock;
  if (x2 !== void 0) {
    if (x2 !== null && hasOwn.call(o1, "stock")) return false;
  }
  return true;
}
function check$NullSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.stock;
    if (x2 !== void 0) {
      if (x2 !== null && hasOwn.call(o1, "stock")) {
        if ((s = reportFixed(s, p, issue$stock_type_0c5a4b)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$NullSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$NullSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$NumberFormatSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["integer (format: int8)"];
  if (x2 !== void 0) {
    if (!Number.isInteger(x2) && hasOwn.call(o1, "integer (format: int8)")) return false;
  }
  const x4 = o1["integer (format: uint8)"];
  if (x4 !== void 0) {
    if (!Number.isInteger(x4) && hasOwn.call(o1, "integer (format: uint8)")) return false;
  }
  const x6 = o1["integer (format: int16)"];
  if (x6 !== void 0) {
    if (!Number.isInteger(x6) && hasOwn.call(o1, "integer (format: int16)")) return false;
  }
  const x8 = o1["integer (format: uint16)"];
  if (x8 !== void 0) {
    if (!Number.isInteger(x8) && hasOwn.call(o1, "integer (format: uint16)")) return false;
  }
  const x10 = o1["integer (format: int32)"];
  if (x10 !== void 0) {
    property11: {
      if (!Number.isInteger(x10)) {
        if (hasOwn.call(o1, "integer (format: int32)")) return false;
        break property11;
      }
      if (x10 < -2147483648 || x10 > 2147483647) {
        if (hasOwn.call(o1, "integer (format: int32)")) return false;
        break property11;
      }
    }
  }
  const x12 = o1["integer (format: int32, multipleOf: 2)"];
  if (x12 !== void 0) {
    property13: {
      if (!Number.isInteger(x12)) {
        if (hasOwn.call(o1, "integer (format: int32, multipleOf: 2)")) return false;
        break property13;
      }
      if (x12 < -2147483648 || x12 > 2147483647 || x12 % 2 !== 0) {
        if (hasOwn.call(o1, "integer (format: int32, multipleOf: 2)")) return false;
        break property13;
      }
    }
  }
  const x14 = o1["integer (format: uint32)"];
  if (x14 !== void 0) {
    if (!Number.isInteger(x14) && hasOwn.call(o1, "integer (format: uint32)")) return false;
  }
  const x16 = o1["integer (format: int64)"];
  if (x16 !== void 0) {
    property17: {
      if (!Number.isInteger(x16)) {
        if (hasOwn.call(o1, "integer (format: int64)")) return false;
        break property17;
      }
      if (x16 < -9223372036854776e3 || x16 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "integer (format: int64)")) return false;
        break property17;
      }
    }
  }
  const x18 = o1["integer (format: uint64)"];
  if (x18 !== void 0) {
    if (!Number.isInteger(x18) && hasOwn.call(o1, "integer (format: uint64)")) return false;
  }
  const x20 = o1["number (format: float)"];
  if (x20 !== void 0) {
    property21: {
      if (!Number.isFinite(x20)) {
        if (hasOwn.call(o1, "number (format: float)")) return false;
        break property21;
      }
      if (x20 < -34028234663852886e22 || x20 > 34028234663852886e22) {
        if (hasOwn.call(o1, "number (format: float)")) return false;
        break property21;
      }
    }
  }
  const x22 = o1["number (format: double)"];
  if (x22 !== void 0) {
    if (!Number.isFinite(x22) && hasOwn.call(o1, "number (format: double)")) return false;
  }
  return true;
}
function check$NumberFormatSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["integer (format: int8)"];
    if (x2 !== void 0) {
      if (!Number.isInteger(x2) && hasOwn.call(o1, "integer (format: int8)")) {
        if ((s = reportFixed(s, p, issue$integer_format_int8_type_bb0eaf)).length >= issueLimit) return s;
      }
    }
    const x3 = o1["integer (format: uint8)"];
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "integer (format: uint8)")) {
        if ((s = reportFixed(s, p, issue$integer_format_uint8_type_6e774f)).length >= issueLimit) return s;
      }
    }
    const x4 = o1["integer (format: int16)"];
    if (x4 !== void 0) {
      if (!Number.isInteger(x4) && hasOwn.call(o1, "integer (format: int16)")) {
        if ((s = reportFixed(s, p, issue$integer_format_int16_type_c01998)).length >= issueLimit) return s;
      }
    }
    const x5 = o1["integer (format: uint16)"];
    if (x5 !== void 0) {
      if (!Number.isInteger(x5) && hasOwn.call(o1, "integer (format: uint16)")) {
        if ((s = reportFixed(s, p, issue$integer_format_uint16_type_29d1d9)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["integer (format: int32)"];
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "integer (format: int32)")) {
        if (!Number.isInteger(x6)) {
          if ((s = reportFixed(s, p, issue$integer_format_int32_type_b03d50)).length >= issueLimit) return s;
        } else {
          if (x6 < -2147483648 || x6 > 2147483647) {
            if ((s = reportFixed(s, p, issue$integer_format_int32_format_653bd3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1["integer (format: int32, multipleOf: 2)"];
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "integer (format: int32, multipleOf: 2)")) {
        if (!Number.isInteger(x7)) {
          if ((s = reportFixed(s, p, issue$integer_format_int32_multipleOf_2_type_216e23)).length >= issueLimit) return s;
        } else {
          if (x7 < -2147483648 || x7 > 2147483647) {
            if ((s = reportFixed(s, p, issue$integer_format_int32_multipleOf_2_format_93207a)).length >= issueLimit) return s;
          }
          if (x7 % 2 !== 0) {
            if ((s = reportFixed(s, p, issue$integer_format_int32_multipleOf_2_multip_2145f4)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1["integer (format: uint32)"];
    if (x8 !== void 0) {
      if (!Number.isInteger(x8) && hasOwn.call(o1, "integer (format: uint32)")) {
        if ((s = reportFixed(s, p, issue$integer_format_uint32_type_3dda32)).length >= issueLimit) return s;
      }
    }
    const x9 = o1["integer (format: int64)"];
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "integer (format: int64)")) {
        if (!Number.isInteger(x9)) {
          if ((s = reportFixed(s, p, issue$integer_format_int64_type_69448f)).length >= issueLimit) return s;
        } else {
          if (x9 < -9223372036854776e3 || x9 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$integer_format_int64_format_5fd379)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1["integer (format: uint64)"];
    if (x10 !== void 0) {
      if (!Number.isInteger(x10) && hasOwn.call(o1, "integer (format: uint64)")) {
        if ((s = reportFixed(s, p, issue$integer_format_uint64_type_d3aa05)).length >= issueLimit) return s;
      }
    }
    const x11 = o1["number (format: float)"];
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "number (format: float)")) {
        if (!Number.isFinite(x11)) {
          if ((s = reportFixed(s, p, issue$number_format_float_type_72cb36)).length >= issueLimit) return s;
        } else {
          if (x11 < -34028234663852886e22 || x11 > 34028234663852886e22) {
            if ((s = reportFixed(s, p, issue$number_format_float_format_45bf4c)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x12 = o1["number (format: double)"];
    if (x12 !== void 0) {
      if (!Number.isFinite(x12) && hasOwn.call(o1, "number (format: double)")) {
        if ((s = reportFixed(s, p, issue$number_format_double_type_e3a0f5)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$NumberFormatSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$NumberFormatSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$NumberSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "integer (required)") ? o1["integer (required)"] : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "integer (default, required)") ? o1["integer (default, required)"] : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "number (required)") ? o1["number (required)"] : void 0;
  if (x4 === void 0) return false;
  const x5 = hasOwn.call(o1, "number (default, required)") ? o1["number (default, required)"] : void 0;
  if (x5 === void 0) return false;
  const x6 = o1["integer (stock)"];
  if (x6 !== void 0) {
    if (!Number.isInteger(x6) && hasOwn.call(o1, "integer (stock)")) return false;
  }
  const x8 = o1["integer (markdown description)"];
  if (x8 !== void 0) {
    if (!Number.isInteger(x8) && hasOwn.call(o1, "integer (markdown description)")) return false;
  }
  const x10 = o1["integer (title)"];
  if (x10 !== void 0) {
    if (!Number.isInteger(x10) && hasOwn.call(o1, "integer (title)")) return false;
  }
  if (!Number.isInteger(x2)) return false;
  const x12 = o1["integer (default)"];
  if (x12 !== void 0) {
    if (!Number.isInteger(x12) && hasOwn.call(o1, "integer (default)")) return false;
  }
  const x14 = o1["integer (default null)"];
  if (x14 !== void 0) {
    if (!Number.isInteger(x14) && hasOwn.call(o1, "integer (default null)")) return false;
  }
  if (!Number.isInteger(x3)) return false;
  const x16 = o1["integer (nullable)"];
  if (x16 !== void 0) {
    if (!Number.isInteger(x16) && hasOwn.call(o1, "integer (nullable)")) return false;
  }
  const x18 = o1["integer (minimum / maximum)"];
  if (x18 !== void 0) {
    property19: {
      if (!Number.isInteger(x18)) {
        if (hasOwn.call(o1, "integer (minimum / maximum)")) return false;
        break property19;
      }
      if (x18 < 100 || x18 > 999) {
        if (hasOwn.call(o1, "integer (minimum / maximum)")) return false;
        break property19;
      }
    }
  }
  const x20 = o1["number (stock)"];
  if (x20 !== void 0) {
    if (!Number.isFinite(x20) && hasOwn.call(o1, "number (stock)")) return false;
  }
  const x22 = o1["number (markdown description)"];
  if (x22 !== void 0) {
    if (!Number.isFinite(x22) && hasOwn.call(o1, "number (markdown description)")) return false;
  }
  const x24 = o1["number (title)"];
  if (x24 !== void 0) {
    if (!Number.isFinite(x24) && hasOwn.call(o1, "number (title)")) return false;
  }
  if (!Number.isFinite(x4)) return false;
  const x26 = o1["number (default)"];
  if (x26 !== void 0) {
    if (!Number.isFinite(x26) && hasOwn.call(o1, "number (default)")) return false;
  }
  if (!Number.isFinite(x5)) return false;
  const x28 = o1["number (default null)"];
  if (x28 !== void 0) {
    if (!Number.isFinite(x28) && hasOwn.call(o1, "number (default null)")) return false;
  }
  const x30 = o1["number (nullable)"];
  if (x30 !== void 0) {
    if (!Number.isFinite(x30) && hasOwn.call(o1, "number (nullable)")) return false;
  }
  return true;
}
function check$NumberSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "integer (required)") ? o1["integer (required)"] : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$integer_required_required_a36c6a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "integer (default, required)") ? o1["integer (default, required)"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$integer_default_required_required_d50eee)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "number (required)") ? o1["number (required)"] : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$number_required_required_67b8b1)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o1, "number (default, required)") ? o1["number (default, required)"] : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$number_default_required_required_c29da7)).length >= issueLimit) return s;
    }
    const x6 = o1["integer (stock)"];
    if (x6 !== void 0) {
      if (!Number.isInteger(x6) && hasOwn.call(o1, "integer (stock)")) {
        if ((s = reportFixed(s, p, issue$integer_stock_type_7e501d)).length >= issueLimit) return s;
      }
    }
    const x7 = o1["integer (markdown description)"];
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o1, "integer (markdown description)")) {
        if ((s = reportFixed(s, p, issue$integer_markdown_description_type_4267bc)).length >= issueLimit) return s;
      }
    }
    const x8 = o1["integer (title)"];
    if (x8 !== void 0) {
      if (!Number.isInteger(x8) && hasOwn.call(o1, "integer (title)")) {
        if ((s = reportFixed(s, p, issue$integer_title_type_40a45b)).length >= issueLimit) return s;
      }
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$integer_required_type_388ae4)).length >= issueLimit) return s;
    }
    const x9 = o1["integer (default)"];
    if (x9 !== void 0) {
      if (!Number.isInteger(x9) && hasOwn.call(o1, "integer (default)")) {
        if ((s = reportFixed(s, p, issue$integer_default_type_b3f57c)).length >= issueLimit) return s;
      }
    }
    const x10 = o1["integer (default null)"];
    if (x10 !== void 0) {
      if (!Number.isInteger(x10) && hasOwn.call(o1, "integer (default null)")) {
        if ((s = reportFixed(s, p, issue$integer_default_null_type_40cc8f)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0 && !Number.isInteger(x3)) {
      if ((s = reportFixed(s, p, issue$integer_default_required_type_66c05e)).length >= issueLimit) return s;
    }
    const x11 = o1["integer (nullable)"];
    if (x11 !== void 0) {
      if (!Number.isInteger(x11) && hasOwn.call(o1, "integer (nullable)")) {
        if ((s = reportFixed(s, p, issue$integer_nullable_type_1e1185)).length >= issueLimit) return s;
      }
    }
    const x12 = o1["integer (minimum / maximum)"];
    if (x12 !== void 0) {
      if (hasOwn.call(o1, "integer (minimum / maximum)")) {
        if (!Number.isInteger(x12)) {
          if ((s = reportFixed(s, p, issue$integer_minimum_maximum_type_e55bf6)).length >= issueLimit) return s;
        } else {
          if (x12 < 100) {
            if ((s = reportFixed(s, p, issue$integer_minimum_maximum_minimum_e535b4)).length >= issueLimit) return s;
          }
          if (x12 > 999) {
            if ((s = reportFixed(s, p, issue$integer_minimum_maximum_maximum_2ce5d2)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x13 = o1["number (stock)"];
    if (x13 !== void 0) {
      if (!Number.isFinite(x13) && hasOwn.call(o1, "number (stock)")) {
        if ((s = reportFixed(s, p, issue$number_stock_type_6eb160)).length >= issueLimit) return s;
      }
    }
    const x14 = o1["number (markdown description)"];
    if (x14 !== void 0) {
      if (!Number.isFinite(x14) && hasOwn.call(o1, "number (markdown description)")) {
        if ((s = reportFixed(s, p, issue$number_markdown_description_type_e1ed25)).length >= issueLimit) return s;
      }
    }
    const x15 = o1["number (title)"];
    if (x15 !== void 0) {
      if (!Number.isFinite(x15) && hasOwn.call(o1, "number (title)")) {
        if ((s = reportFixed(s, p, issue$number_title_type_a76982)).length >= issueLimit) return s;
      }
    }
    if (x4 !== void 0 && !Number.isFinite(x4)) {
      if ((s = reportFixed(s, p, issue$number_required_type_0a2ab0)).length >= issueLimit) return s;
    }
    const x16 = o1["number (default)"];
    if (x16 !== void 0) {
      if (!Number.isFinite(x16) && hasOwn.call(o1, "number (default)")) {
        if ((s = reportFixed(s, p, issue$number_default_type_d3c6c8)).length >= issueLimit) return s;
      }
    }
    if (x5 !== void 0 && !Number.isFinite(x5)) {
      if ((s = reportFixed(s, p, issue$number_default_required_type_e5037a)).length >= issueLimit) return s;
    }
    const x17 = o1["number (default null)"];
    if (x17 !== void 0) {
      if (!Number.isFinite(x17) && hasOwn.call(o1, "number (default null)")) {
        if ((s = reportFixed(s, p, issue$number_default_null_type_d52533)).length >= issueLimit) return s;
      }
    }
    const x18 = o1["number (nullable)"];
    if (x18 !== void 0) {
      if (!Number.isFinite(x18) && hasOwn.call(o1, "number (nullable)")) {
        if ((s = reportFixed(s, p, issue$number_nullable_type_83fafa)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$NumberSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$NumberSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$NumberTopLevelRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Number.isInteger(v)) return false;
  if (v < -9223372036854776e3 || v >= 9223372036854776e3) return false;
  return true;
}
function check$NumberTopLevelRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Number.isInteger(v)) {
    if ((s = reportFixed(s, p, issue$type_456846)).length >= issueLimit) return s;
  } else {
    if (v < -9223372036854776e3 || v >= 9223372036854776e3) {
      if ((s = reportFixed(s, p, issue$format_b695d0)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$NumberTopLevelResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$NumberTopLevelResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.string;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  const x4 = o1.integer;
  if (x4 !== void 0) {
    if (!Number.isInteger(x4) && hasOwn.call(o1, "integer")) return false;
  }
  const x6 = o1.number;
  if (x6 !== void 0) {
    if (!Number.isFinite(x6) && hasOwn.call(o1, "number")) return false;
  }
  const x8 = o1.object;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) {
        if (hasOwn.call(o1, "object")) return false;
        break property9;
      }
      const o10 = x8;
      const x11 = o10.string;
      if (x11 !== void 0) {
        if (typeof x11 !== "string" && hasOwn.call(o10, "string")) {
          if (hasOwn.call(o1, "object")) return false;
          break property9;
        }
      }
    }
  }
  const x15 = o1.array;
  if (x15 !== void 0) {
    property16: {
      if (!Array.isArray(x15)) {
        if (hasOwn.call(o1, "array")) return false;
        break property16;
      }
      const a17 = x15;
      for (let i18 = 0; i18 < a17.length; i18++) {
        const x19 = a17[i18];
        if (typeof x19 !== "string") {
          if (hasOwn.call(o1, "array")) return false;
          break property16;
        }
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
    const x2 = o1.string;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "string")) {
        if ((s = reportFixed(s, p, issue$string_type_021e66)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.integer;
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "integer")) {
        if ((s = reportFixed(s, p, issue$integer_type_4080bd)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.number;
    if (x4 !== void 0) {
      if (!Number.isFinite(x4) && hasOwn.call(o1, "number")) {
        if ((s = reportFixed(s, p, issue$number_type_a9fa46)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.object;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "object")) {
        if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
          if ((s = reportFixed(s, p, issue$object_type_b6aad8)).length >= issueLimit) return s;
        } else {
          const o6 = x5;
          const x7 = o6.string;
          if (x7 !== void 0) {
            if (typeof x7 !== "string" && hasOwn.call(o6, "string")) {
              if ((s = reportFixed(s, p, issue$object_string_type_d0555c)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x10 = o1.array;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "array")) {
        if (!Array.isArray(x10)) {
          if ((s = reportFixed(s, p, issue$array_type_0c50f9)).length >= issueLimit) return s;
        } else {
          const a11 = x10;
          for (let i12 = 0; i12 < a11.length; i12++) {
            const x13 = a11[i12];
            if (typeof x13 !== "string") {
              if ((s = report(s, p, ["array", i12], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ObjectSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.object;
  if (x2 !== void 0) {
    if (!is$$inline2(x2, d + 1) && hasOwn.call(o1, "object")) return false;
  }
  const x4 = o1["object (with `title`)"];
  if (x4 !== void 0) {
    if (!is$$inline2(x4, d + 1) && hasOwn.call(o1, "object (with `title`)")) return false;
  }
  const x6 = o1["object (without an explicit `type`)"];
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 === "object" && x6 !== null && !Array.isArray(x6)) {
        const o9 = x6;
        const x10 = o9.property1;
        if (x10 !== void 0) {
          property11: {
            if (!Number.isInteger(x10)) {
              if (hasOwn.call(o9, "property1")) {
                if (hasOwn.call(o1, "object (without an explicit `type`)")) return false;
                break property7;
              }
              break property11;
            }
            if (x10 < -9223372036854776e3 || x10 >= 9223372036854776e3) {
              if (hasOwn.call(o9, "property1")) {
                if (hasOwn.call(o1, "object (without an explicit `type`)")) return false;
                break property7;
              }
              break property11;
            }
          }
        }
        const x12 = o9.property2;
        if (x12 !== void 0) {
          property13: {
            if (!Number.isInteger(x12)) {
              if (hasOwn.call(o9, "property2")) {
                if (hasOwn.call(o1, "object (without an explicit `type`)")) return false;
                break property7;
              }
              break property13;
            }
            if (x12 < -9223372036854776e3 || x12 >= 9223372036854776e3) {
              if (hasOwn.call(o9, "property2")) {
                if (hasOwn.call(o1, "object (without an explicit `type`)")) return false;
                break property7;
              }
              break property13;
            }
          }
        }
      }
    }
  }
  const x16 = o1["object (additionalProperties)"];
  if (x16 !== void 0) {
    if ((typeof x16 !== "object" || x16 === null || Array.isArray(x16)) && hasOwn.call(o1, "object (additionalProperties)")) return false;
  }
  const x21 = o1["object (without `properties`)"];
  if (x21 !== void 0) {
    if ((typeof x21 !== "object" || x21 === null || Array.isArray(x21)) && hasOwn.call(o1, "object (without `properties`)")) return false;
  }
  return true;
}
function check$ObjectSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.object;
    if (x2 !== void 0) {
      if (!is$$inline2(x2, d + 1) && hasOwn.call(o1, "object")) {
        if (full(s = check$$inline2(x2, below(p, ["object"]), s, d + 1))) return s;
      }
    }
    const x3 = o1["object (with `title`)"];
    if (x3 !== void 0) {
      if (!is$$inline2(x3, d + 1) && hasOwn.call(o1, "object (with `title`)")) {
        if (full(s = check$$inline2(x3, below(p, ["object (with `title`)"]), s, d + 1))) return s;
      }
    }
    const x4 = o1["object (without an explicit `type`)"];
    if (x4 !== void 0) {
      if (typeof x4 === "object" && x4 !== null && !Array.isArray(x4) && hasOwn.call(o1, "object (without an explicit `type`)")) {
        const o6 = x4;
        const x7 = o6.property1;
        if (x7 !== void 0) {
          if (hasOwn.call(o6, "property1")) {
            if (!Number.isInteger(x7)) {
              if ((s = reportFixed(s, p, issue$object_without_an_explicit_type_property_a52338)).length >= issueLimit) return s;
            } else {
              if (x7 < -9223372036854776e3 || x7 >= 9223372036854776e3) {
                if ((s = reportFixed(s, p, issue$object_without_an_explicit_type_property_804c94)).length >= issueLimit) return s;
              }
            }
          }
        }
        const x8 = o6.property2;
        if (x8 !== void 0) {
          if (hasOwn.call(o6, "property2")) {
            if (!Number.isInteger(x8)) {
              if ((s = reportFixed(s, p, issue$object_without_an_explicit_type_property_6efffb)).length >= issueLimit) return s;
            } else {
              if (x8 < -9223372036854776e3 || x8 >= 9223372036854776e3) {
                if ((s = reportFixed(s, p, issue$object_without_an_explicit_type_property_4e9c23)).length >= issueLimit) return s;
              }
            }
          }
        }
      }
    }
    const x11 = o1["object (additionalProperties)"];
    if (x11 !== void 0) {
      if ((typeof x11 !== "object" || x11 === null || Array.isArray(x11)) && hasOwn.call(o1, "object (additionalProperties)")) {
        if ((s = reportFixed(s, p, issue$object_additionalProperties_type_8433f7)).length >= issueLimit) return s;
      }
    }
    const x15 = o1["object (without `properties`)"];
    if (x15 !== void 0) {
      if ((typeof x15 !== "object" || x15 === null || Array.isArray(x15)) && hasOwn.call(o1, "object (without `properties`)")) {
        if ((s = reportFixed(s, p, issue$object_without_properties_type_1f5edf)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ObjectSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$ObjectSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QuirksMissingTypeRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x14 = o1["implicit array"];
  if (x14 !== void 0) {
    property15: {
      if (Array.isArray(x14)) {
        const a16 = x14;
        for (let i17 = 0; i17 < a16.length; i17++) {
          const x18 = a16[i17];
          if (!Number.isInteger(x18)) {
            if (hasOwn.call(o1, "implicit array")) return false;
            break property15;
          }
        }
      }
    }
  }
  const x22 = o1["implicit object"];
  if (x22 !== void 0) {
    property23: {
      if (typeof x22 === "object" && x22 !== null && !Array.isArray(x22)) {
        const o25 = x22;
        const x26 = o25.name;
        if (x26 !== void 0) {
          if (typeof x26 !== "string" && hasOwn.call(o25, "name")) {
            if (hasOwn.call(o1, "implicit object")) return false;
            break property23;
          }
        }
      }
    }
  }
  return true;
}
function check$QuirksMissingTypeRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x12 = o1["implicit array"];
    if (x12 !== void 0) {
      if (Array.isArray(x12) && hasOwn.call(o1, "implicit array")) {
        const a13 = x12;
        for (let i14 = 0; i14 < a13.length; i14++) {
          const x15 = a13[i14];
          if (!Number.isInteger(x15)) {
            if ((s = report(s, p, ["implicit array", i14], "type", "must be an integer")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x19 = o1["implicit object"];
    if (x19 !== void 0) {
      if (typeof x19 === "object" && x19 !== null && !Array.isArray(x19) && hasOwn.call(o1, "implicit object")) {
        const o21 = x19;
        const x22 = o21.name;
        if (x22 !== void 0) {
          if (typeof x22 !== "string" && hasOwn.call(o21, "name")) {
            if ((s = reportFixed(s, p, issue$implicit_object_name_type_2f576c)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$QuirksMissingTypeResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QuirksMissingTypeResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QuirksEntirelyIncompatibleAllOfRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$QuirksEntirelyIncompatibleAllOfRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$QuirksEntirelyIncompatibleAllOfResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QuirksEntirelyIncompatibleAllOfResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QuirksIncompatibleNestedAllOfRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.incompatible;
  if (x2 !== void 0) {
    property3: {
      {
        if (hasOwn.call(o1, "incompatible")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.compatible;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) {
        if (hasOwn.call(o1, "compatible")) return false;
        break property5;
      }
      const o10 = x4;
      const x11 = o10.name;
      if (x11 !== void 0) {
        if (typeof x11 !== "string" && hasOwn.call(o10, "name")) {
          if (hasOwn.call(o1, "compatible")) return false;
          break property5;
        }
      }
    }
  }
  return true;
}
function check$QuirksIncompatibleNestedAllOfRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.incompatible;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "incompatible")) {
        if ((s = reportFixed(s, p, issue$incompatible_never_99ea35)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.compatible;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "compatible")) {
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$compatible_type_03b320)).length >= issueLimit) return s;
        } else {
          const o8 = x3;
          const x9 = o8.name;
          if (x9 !== void 0) {
            if (typeof x9 !== "string" && hasOwn.call(o8, "name")) {
              if ((s = reportFixed(s, p, issue$compatible_name_type_e2a06f)).length >= issueLimit) return s;
            }
          }
        }
        if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$compatible_type_03b320)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$QuirksIncompatibleNestedAllOfResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QuirksIncompatibleNestedAllOfResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$QuirksPartiallyUsableIncompatibleAllOfRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$QuirksPartiallyUsableIncompatibleAllOfRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$QuirksPartiallyUsableIncompatibleAllOfResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$QuirksPartiallyUsableIncompatibleAllOfResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$RawBodyTopLevelRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.RAW_BODY;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "RAW_BODY")) return false;
  }
  return true;
}
function check$RawBodyTopLevelRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.RAW_BODY;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "RAW_BODY")) {
        if ((s = reportFixed(s, p, issue$RAW_BODY_type_1e56d0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$RawBodyTopLevelResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$RawBodyTopLevelResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$RawBodyTopLevelJSONRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.RAW_BODY;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "RAW_BODY")) return false;
  }
  return true;
}
function check$RawBodyTopLevelJSONRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.RAW_BODY;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "RAW_BODY")) {
        if ((s = reportFixed(s, p, issue$RAW_BODY_type_1e56d0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$RawBodyTopLevelJSONResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$RawBodyTopLevelJSONResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$StringFormatSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "binary (with default)") ? o1["binary (with default)"] : void 0;
  if (x2 === void 0) return false;
  const x3 = o1.binary;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "binary")) return false;
  }
  if (typeof x2 !== "string") return false;
  const x5 = o1.blob;
  if (x5 !== void 0) {
    if (typeof x5 !== "string" && hasOwn.call(o1, "blob")) return false;
  }
  const x7 = o1.date;
  if (x7 !== void 0) {
    property8: {
      if (typeof x7 !== "string") {
        if (hasOwn.call(o1, "date")) return false;
        break property8;
      }
      if (!formats.isDate(x7)) {
        if (hasOwn.call(o1, "date")) return false;
        break property8;
      }
    }
  }
  const x9 = o1["date (with pattern)"];
  if (x9 !== void 0) {
    property10: {
      if (typeof x9 !== "string") {
        if (hasOwn.call(o1, "date (with pattern)")) return false;
        break property10;
      }
      if (!pattern$220631.test(x9) || !formats.isDate(x9)) {
        if (hasOwn.call(o1, "date (with pattern)")) return false;
        break property10;
      }
    }
  }
  const x11 = o1["date-time"];
  if (x11 !== void 0) {
    property12: {
      if (typeof x11 !== "string") {
        if (hasOwn.call(o1, "date-time")) return false;
        break property12;
      }
      if (!formats.isDateTime(x11)) {
        if (hasOwn.call(o1, "date-time")) return false;
        break property12;
      }
    }
  }
  const x13 = o1.html;
  if (x13 !== void 0) {
    if (typeof x13 !== "string" && hasOwn.call(o1, "html")) return false;
  }
  const x15 = o1.json;
  if (x15 !== void 0) {
    if (typeof x15 !== "string" && hasOwn.call(o1, "json")) return false;
  }
  const x17 = o1.string;
  if (x17 !== void 0) {
    if (typeof x17 !== "string" && hasOwn.call(o1, "string")) return false;
  }
  const x19 = o1.password;
  if (x19 !== void 0) {
    if (typeof x19 !== "string" && hasOwn.call(o1, "password")) return false;
  }
  const x21 = o1["password (minLength: 5, maxLength: 20)"];
  if (x21 !== void 0) {
    property22: {
      if (typeof x21 !== "string") {
        if (hasOwn.call(o1, "password (minLength: 5, maxLength: 20)")) return false;
        break property22;
      }
      if (x21.length < 5 || x21.length < 9 && codePointLength(x21) < 5 || x21.length > 20 && (x21.length > 40 || codePointLength(x21) > 20)) {
        if (hasOwn.call(o1, "password (minLength: 5, maxLength: 20)")) return false;
        break property22;
      }
    }
  }
  const x23 = o1.url;
  if (x23 !== void 0) {
    if (typeof x23 !== "string" && hasOwn.call(o1, "url")) return false;
  }
  const x25 = o1["unknown-format"];
  if (x25 !== void 0) {
    if (typeof x25 !== "string" && hasOwn.call(o1, "unknown-format")) return false;
  }
  return true;
}
function check$StringFormatSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "binary (with default)") ? o1["binary (with default)"] : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$binary_with_default_required_c44aa4)).length >= issueLimit) return s;
    }
    const x3 = o1.binary;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "binary")) {
        if ((s = reportFixed(s, p, issue$binary_type_c1916d)).length >= issueLimit) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$binary_with_default_type_b59bd4)).length >= issueLimit) return s;
    }
    const x4 = o1.blob;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "blob")) {
        if ((s = reportFixed(s, p, issue$blob_type_5e0d73)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.date;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "date")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$date_type_f35295)).length >= issueLimit) return s;
        } else {
          if (!formats.isDate(x5)) {
            if ((s = reportFixed(s, p, issue$date_format_5a7e63)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1["date (with pattern)"];
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "date (with pattern)")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$date_with_pattern_type_bd0e0d)).length >= issueLimit) return s;
        } else {
          if (!pattern$220631.test(x6)) {
            if ((s = reportFixed(s, p, issue$date_with_pattern_pattern_f7a3e1)).length >= issueLimit) return s;
          }
          if (!formats.isDate(x6)) {
            if ((s = reportFixed(s, p, issue$date_with_pattern_format_873fe4)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1["date-time"];
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "date-time")) {
        if (typeof x7 !== "string") {
          if ((s = reportFixed(s, p, issue$date_time_type_3fd269)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x7)) {
            if ((s = reportFixed(s, p, issue$date_time_format_d3f176)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.html;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "html")) {
        if ((s = reportFixed(s, p, issue$html_type_a51541)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.json;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, "json")) {
        if ((s = reportFixed(s, p, issue$json_type_28d91e)).length >= issueLimit) return s;
      }
    }
    const x10 = o1.string;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o1, "string")) {
        if ((s = reportFixed(s, p, issue$string_type_021e66)).length >= issueLimit) return s;
      }
    }
    const x11 = o1.password;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o1, "password")) {
        if ((s = reportFixed(s, p, issue$password_type_10a1a6)).length >= issueLimit) return s;
      }
    }
    const x12 = o1["password (minLength: 5, maxLength: 20)"];
    if (x12 !== void 0) {
      if (hasOwn.call(o1, "password (minLength: 5, maxLength: 20)")) {
        if (typeof x12 !== "string") {
          if ((s = reportFixed(s, p, issue$password_minLength_5_maxLength_20_type_b47481)).length >= issueLimit) return s;
        } else {
          if (x12.length < 5 || x12.length < 9 && codePointLength(x12) < 5) {
            if ((s = reportFixed(s, p, issue$password_minLength_5_maxLength_20_minLen_385528)).length >= issueLimit) return s;
          }
          if (x12.length > 20 && (x12.length > 40 || codePointLength(x12) > 20)) {
            if ((s = reportFixed(s, p, issue$password_minLength_5_maxLength_20_maxLen_542d21)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x13 = o1.url;
    if (x13 !== void 0) {
      if (typeof x13 !== "string" && hasOwn.call(o1, "url")) {
        if ((s = reportFixed(s, p, issue$url_type_4c30e0)).length >= issueLimit) return s;
      }
    }
    const x14 = o1["unknown-format"];
    if (x14 !== void 0) {
      if (typeof x14 !== "string" && hasOwn.call(o1, "unknown-format")) {
        if ((s = reportFixed(s, p, issue$unknown_format_type_692d51)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$StringFormatSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$StringFormatSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$StringSchemaSupportRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "required") ? o1.required : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "default (required)") ? o1["default (required)"] : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "enum (with default and required)") ? o1["enum (with default and required)"] : void 0;
  if (x4 === void 0) return false;
  const x5 = o1.stock;
  if (x5 !== void 0) {
    if (typeof x5 !== "string" && hasOwn.call(o1, "stock")) return false;
  }
  const x7 = o1["description (markdown)"];
  if (x7 !== void 0) {
    if (typeof x7 !== "string" && hasOwn.call(o1, "description (markdown)")) return false;
  }
  const x9 = o1.title;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  if (typeof x2 !== "string") return false;
  const x11 = o1.default;
  if (x11 !== void 0) {
    if (typeof x11 !== "string" && hasOwn.call(o1, "default")) return false;
  }
  const x13 = o1["default (null)"];
  if (x13 !== void 0) {
    if (typeof x13 !== "string" && hasOwn.call(o1, "default (null)")) return false;
  }
  if (typeof x3 !== "string") return false;
  const x15 = o1.nullable;
  if (x15 !== void 0) {
    if (typeof x15 !== "string" && hasOwn.call(o1, "nullable")) return false;
  }
  const x17 = o1.enum;
  if (x17 !== void 0) {
    if (x17 !== "available" && x17 !== "pending" && x17 !== "sold" && hasOwn.call(o1, "enum")) return false;
  }
  const x19 = o1["enum (with default)"];
  if (x19 !== void 0) {
    if (x19 !== "available" && x19 !== "pending" && x19 !== "sold" && hasOwn.call(o1, "enum (with default)")) return false;
  }
  if (x4 !== "available" && x4 !== "pending" && x4 !== "sold") return false;
  const x21 = o1["enum (with empty option)"];
  if (x21 !== void 0) {
    if (x21 !== "" && x21 !== "available" && x21 !== "pending" && x21 !== "sold" && hasOwn.call(o1, "enum (with empty option)")) return false;
  }
  const x23 = o1["enum (with empty option and empty default)"];
  if (x23 !== void 0) {
    if (x23 !== "" && hasOwn.call(o1, "enum (with empty option and empty default)")) return false;
  }
  return true;
}
function check$StringSchemaSupportRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "required") ? o1.required : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$required_required_d35a7f)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "default (required)") ? o1["default (required)"] : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$default_required_required_c102db)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "enum (with default and required)") ? o1["enum (with default and required)"] : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$enum_with_default_and_required_required_1aa901)).length >= issueLimit) return s;
    }
    const x5 = o1.stock;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "stock")) {
        if ((s = reportFixed(s, p, issue$stock_type_080f54)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["description (markdown)"];
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "description (markdown)")) {
        if ((s = reportFixed(s, p, issue$description_markdown_type_166a9e)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.title;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$required_type_daea47)).length >= issueLimit) return s;
    }
    const x8 = o1.default;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "default")) {
        if ((s = reportFixed(s, p, issue$default_type_314805)).length >= issueLimit) return s;
      }
    }
    const x9 = o1["default (null)"];
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, "default (null)")) {
        if ((s = reportFixed(s, p, issue$default_null_type_a3f631)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$default_required_type_cecece)).length >= issueLimit) return s;
    }
    const x10 = o1.nullable;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o1, "nullable")) {
        if ((s = reportFixed(s, p, issue$nullable_type_7d06a9)).length >= issueLimit) return s;
      }
    }
    const x11 = o1.enum;
    if (x11 !== void 0) {
      if (x11 !== "available" && x11 !== "pending" && x11 !== "sold" && hasOwn.call(o1, "enum")) {
        if (typeof x11 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_type_02ca3f)).length >= issueLimit) return s;
        } else {
          if (x11 !== "available" && x11 !== "pending" && x11 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_enum_364253)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x12 = o1["enum (with default)"];
    if (x12 !== void 0) {
      if (x12 !== "available" && x12 !== "pending" && x12 !== "sold" && hasOwn.call(o1, "enum (with default)")) {
        if (typeof x12 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_default_type_56cbc2)).length >= issueLimit) return s;
        } else {
          if (x12 !== "available" && x12 !== "pending" && x12 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_default_enum_4a5eda)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x4 !== void 0 && x4 !== "available" && x4 !== "pending" && x4 !== "sold") {
      if (typeof x4 !== "string") {
        if ((s = reportFixed(s, p, issue$enum_with_default_and_required_type_03bec7)).length >= issueLimit) return s;
      } else {
        if (x4 !== "available" && x4 !== "pending" && x4 !== "sold") {
          if ((s = reportFixed(s, p, issue$enum_with_default_and_required_enum_ea815f)).length >= issueLimit) return s;
        }
      }
    }
    const x13 = o1["enum (with empty option)"];
    if (x13 !== void 0) {
      if (x13 !== "" && x13 !== "available" && x13 !== "pending" && x13 !== "sold" && hasOwn.call(o1, "enum (with empty option)")) {
        if (typeof x13 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_empty_option_type_a58163)).length >= issueLimit) return s;
        } else {
          if (x13 !== "" && x13 !== "available" && x13 !== "pending" && x13 !== "sold") {
            if ((s = reportFixed(s, p, issue$enum_with_empty_option_enum_b151cc)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x14 = o1["enum (with empty option and empty default)"];
    if (x14 !== void 0) {
      if (x14 !== "" && hasOwn.call(o1, "enum (with empty option and empty default)")) {
        if (typeof x14 !== "string") {
          if ((s = reportFixed(s, p, issue$enum_with_empty_option_and_empty_default_d99401)).length >= issueLimit) return s;
        } else {
          if (x14 !== "") {
            if ((s = reportFixed(s, p, issue$enum_with_empty_option_and_empty_default_380294)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$StringSchemaSupportResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$StringSchemaSupportResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$StringTopLevelRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$StringTopLevelRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$StringTopLevelResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$StringTopLevelResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$StringTopLevelJSONRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$StringTopLevelJSONRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$StringTopLevelJSONResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$StringTopLevelJSONResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {
  Circular: {
    type: "object",
    properties: {
      string: { type: "string" },
      children: { type: "array", items: { $ref: "#/$defs/Circular" } }
    }
  },
  StringEnum: { type: "string", enum: ["available", "pending", "sold"] }
};
const jsonSchema$roots = {
  Circular: { $ref: "#/$defs/Circular" },
  StringEnum: { $ref: "#/$defs/StringEnum" },
  ArraySchemaSupportRequestBody: {
    type: "object",
    properties: {
      stock: { type: "array", items: {} },
      "with markdown description": {
        description: "This is an `array` with a **markdown** description: [link](ref:action-object)",
        type: "array",
        items: {}
      },
      "with title": { title: "This array has a `title` property.", type: "array", items: {} },
      "array<any>": { type: "array", items: {} },
      "array<any> (but no `items` property)": {
        description: "Techncally this is a malformed schema, but we support it (for legacy reasons) and repair it to have `items: {}` when we generate JSON Schema for the form.\n\nThough its supported, not all OpenAPI validators allow it though so our support may regress at some point in the future.",
        type: "array"
      },
      "array<string>": { type: "array", items: { type: "string" } },
      "array<string> (with overall `null` default)": {
        type: "array",
        items: { type: "string" },
        default: null
      },
      "array<string> (loaded via a $ref)": { type: "array", items: { $ref: "#/$defs/StringEnum" } },
      "array<integer>": { type: "array", items: { type: "integer", format: "int64" } },
      "array<number>": { type: "array", items: { type: "number", format: "float" } },
      "array<boolean>": { type: "array", items: { type: "boolean" } },
      "array<object>": {
        type: "array",
        items: {
          type: "object",
          properties: {
            string: { type: "string" },
            integer: { type: "integer" },
            number: { type: "number" },
            boolean: { type: "boolean" }
          }
        }
      },
      "array<object> (additionalProperties)": {
        type: "array",
        items: { type: "object", additionalProperties: true }
      },
      "array<array<object>>": {
        type: "array",
        items: {
          type: "array",
          items: { type: "object", properties: { string: { type: "string" } } }
        }
      }
    }
  },
  ArraySchemaSupportResponse: true,
  ArrayTopLevelObjectsRequestBody: {
    type: "array",
    items: {
      type: "object",
      properties: {
        string: { type: "string" },
        integer: { type: "integer" },
        number: { type: "number" },
        boolean: { type: "boolean" },
        array: { type: "array", items: {} },
        object: { type: "object", additionalProperties: true }
      }
    }
  },
  ArrayTopLevelObjectsResponse: true,
  ArrayTopLevelPrimitivesRequestBody: { type: "array", items: { type: "string" } },
  ArrayTopLevelPrimitivesResponse: true,
  BooleanSchemaSupportRequestBody: {
    type: "object",
    properties: {
      stock: { type: "boolean" },
      "description (markdown)": {
        description: "This is a `boolean` with a **markdown** description: [link](ref:action-object)",
        type: "boolean"
      },
      title: { title: "This boolean has a `title` property.", type: "boolean" },
      required: { description: "This boolean should be required.", type: "boolean" },
      default: {
        description: "This boolean has a `default` of `false`.",
        type: "boolean",
        default: false
      },
      "default (required)": {
        description: "This boolean has a `default` of `false`.",
        type: "boolean",
        default: false
      },
      "inferred from enum": {
        description: "Though this is missing a `type` declaration it should be treated as `boolean` because it contains an enum of `true` and `false`.",
        enum: [true, false]
      }
    },
    required: ["required", "default (required)"]
  },
  BooleanSchemaSupportResponse: true,
  BooleanTopLevelRequestBody: { type: "boolean" },
  BooleanTopLevelResponse: true,
  CircularHandlingRequestBody: {
    type: "object",
    properties: { circular: { $ref: "#/$defs/Circular" } }
  },
  CircularHandlingResponse: true,
  CircularTopLevelRequestBody: { $ref: "#/$defs/Circular" },
  CircularTopLevelResponse: true,
  MixedSchemaSupportRequestBody: {
    type: "object",
    properties: {
      "string and number": {
        description: "This can be either a `string` or a `number`.",
        type: ["string", "number"]
      },
      "string and boolean": {
        description: "This can be either a `string` or a `boolean`.",
        type: ["string", "boolean"]
      },
      "string and null": {
        description: "This can be either a `string` or `null`.",
        type: ["string", "null"]
      },
      "boolean and null": {
        description: "This can be either a `boolean` or `null`.",
        type: ["boolean", "null"]
      }
    }
  },
  MixedSchemaSupportResponse: true,
  NullSchemaSupportRequestBody: { type: "object", properties: { stock: { type: "null" } } },
  NullSchemaSupportResponse: true,
  NumberFormatSupportRequestBody: {
    type: "object",
    properties: {
      "integer (format: int8)": { type: "integer", format: "int8" },
      "integer (format: uint8)": { type: "integer", format: "uint8" },
      "integer (format: int16)": { type: "integer", format: "int16" },
      "integer (format: uint16)": { type: "integer", format: "uint16" },
      "integer (format: int32)": { type: "integer", format: "int32" },
      "integer (format: int32, multipleOf: 2)": {
        description: "This `integer` input has `multipleOf: 2` set on itself to control the increment/decrement value set.",
        type: "integer",
        format: "int32",
        multipleOf: 2
      },
      "integer (format: uint32)": { type: "integer", format: "uint32" },
      "integer (format: int64)": { type: "integer", format: "int64" },
      "integer (format: uint64)": { type: "integer", format: "uint64" },
      "number (format: float)": { type: "number", format: "float" },
      "number (format: double)": { type: "number", format: "double" }
    }
  },
  NumberFormatSupportResponse: true,
  NumberSchemaSupportRequestBody: {
    type: "object",
    properties: {
      "integer (stock)": { type: "integer" },
      "integer (markdown description)": {
        description: "This is an `integer` with a **markdown** description: [link](ref:action-object)",
        type: "integer"
      },
      "integer (title)": { title: "This integer has a `title` property.", type: "integer" },
      "integer (required)": { description: "This integer should be required.", type: "integer" },
      "integer (default)": {
        description: "This integer has a `default` of `1234`.",
        type: "integer",
        default: 1234
      },
      "integer (default null)": {
        description: "This integer has a `default` of `null`.",
        type: "integer",
        default: null
      },
      "integer (default, required)": {
        description: "This integer has a `default` of `1234` and is required.",
        type: "integer",
        default: 1234
      },
      "integer (nullable)": { description: "This integer is `nullable`.", type: "integer" },
      "integer (minimum / maximum)": {
        description: "This integer has a `minimum` of `100` and `maximum` of `999`.",
        type: "integer",
        minimum: 100,
        maximum: 999
      },
      "number (stock)": { type: "number" },
      "number (markdown description)": {
        description: "This is a `number` with a **markdown** description: [link](ref:action-object)",
        type: "number"
      },
      "number (title)": { title: "This number has a `title` property.", type: "number" },
      "number (required)": { description: "This number should be required.", type: "number" },
      "number (default)": {
        description: "This number has a `default` of `12.34`.",
        type: "number",
        default: 12.34
      },
      "number (default, required)": {
        description: "This number has a `default` of `12.34` and is required.",
        type: "number",
        default: 12.34
      },
      "number (default null)": {
        description: "This number has a `default` of `null`.",
        type: "number",
        default: null
      },
      "number (nullable)": { description: "This number is `nullable`..", type: "number" }
    },
    required: [
      "integer (required)",
      "integer (default, required)",
      "number (required)",
      "number (default, required)"
    ]
  },
  NumberSchemaSupportResponse: true,
  NumberTopLevelRequestBody: { type: "integer", format: "int64" },
  NumberTopLevelResponse: true,
  ObjectSchemaSupportRequestBody: {
    type: "object",
    properties: {
      object: {
        type: "object",
        properties: {
          string: { type: "string" },
          integer: { type: "integer" },
          number: { type: "number" },
          object: { type: "object", properties: { string: { type: "string" } } },
          array: { type: "array", items: { type: "string" } }
        }
      },
      "object (with `title`)": {
        title: "This object has a `title` property.",
        type: "object",
        properties: {
          string: { type: "string" },
          integer: { type: "integer" },
          number: { type: "number" },
          object: { type: "object", properties: { string: { type: "string" } } },
          array: { type: "array", items: { type: "string" } }
        }
      },
      "object (without an explicit `type`)": {
        description: "Though this object is missing an explicit `type: object` property it should still be recognized as an object because it has `properties`.",
        properties: {
          property1: { type: "integer", format: "int64" },
          property2: { type: "integer", format: "int64" }
        }
      },
      "object (additionalProperties)": { type: "object", additionalProperties: true },
      "object (without `properties`)": {
        description: "Because this object is missing a `properties` declaration we should treat it as if `additionalProperties: true` were present on it so the enduser can still use it with the form.",
        type: "object"
      }
    }
  },
  ObjectSchemaSupportResponse: true,
  QuirksMissingTypeRequestBody: {
    type: "object",
    properties: {
      "missing type": {
        description: "Though this request body property is missing a `type` declaration we should stil render a `string` input box so that the user can interact with it.",
        default: "default value"
      },
      "missing type (on completely empty schema)": {},
      "implicit array": {
        description: "This array property is missing an explicit `type: array` but since it has an `items` declaration we're implicitly treating it as an array.",
        items: { type: "integer" }
      },
      "implicit object": {
        description: "This object property is missing an explicit `type: object` but since it has an `properties` declaration we're implicitly treating it as an object.",
        properties: { name: { type: "string", default: "buster" } }
      }
    }
  },
  QuirksMissingTypeResponse: true,
  QuirksEntirelyIncompatibleAllOfRequestBody: false,
  QuirksEntirelyIncompatibleAllOfResponse: true,
  QuirksIncompatibleNestedAllOfRequestBody: {
    type: "object",
    properties: {
      incompatible: false,
      compatible: {
        description: "Unlike the `incompatible` property above this `allOf` consists of two objects that **can** be merged.",
        allOf: [
          { type: "object", properties: { name: { type: "string" } } },
          { type: "object", properties: { name: { examples: ["buster"] } } }
        ]
      }
    }
  },
  QuirksIncompatibleNestedAllOfResponse: true,
  QuirksPartiallyUsableIncompatibleAllOfRequestBody: false,
  QuirksPartiallyUsableIncompatibleAllOfResponse: true,
  RawBodyTopLevelRequestBody: { type: "object", properties: { RAW_BODY: { type: "string" } } },
  RawBodyTopLevelResponse: true,
  RawBodyTopLevelJSONRequestBody: {
    type: "object",
    properties: { RAW_BODY: { type: "string", format: "json" } }
  },
  RawBodyTopLevelJSONResponse: true,
  StringFormatSupportRequestBody: {
    type: "object",
    properties: {
      binary: { type: "string", format: "binary" },
      "binary (with default)": {
        type: "string",
        format: "binary",
        default: "data:text/plain;name=file1.txt;base64,dGVzdDE="
      },
      blob: {
        description: "Strings with `format: blob` should render a `<textarea>`.",
        type: "string",
        format: "blob",
        examples: ["This is some example content for this parameter."]
      },
      date: { type: "string", format: "date" },
      "date (with pattern)": {
        description: "This accepts a pattern of matching `(\\d{4})-(\\d{2})-(\\d{2})`",
        type: "string",
        format: "date",
        pattern: "(\\d{4})-(\\d{2})-(\\d{2})"
      },
      "date-time": {
        description: "Unsupported due to the varying ways that `date-time` is utilized in API definitions for representing dates, the [lack of wide browser support for the input](https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/datetime-local#Browser_compatibility), and that it's not [RFC 3339](https://tools.ietf.org/html/rfc3339) compliant.",
        type: "string",
        format: "date-time"
      },
      html: {
        description: "Strings with `format: html` should render a `<textarea>`.",
        type: "string",
        format: "html"
      },
      json: {
        description: "This is a special ReadMe data type to render a `<textarea>` to be parsed as JSON",
        type: "string",
        format: "json"
      },
      string: { type: "string", format: "string" },
      password: { type: "string", format: "password" },
      "password (minLength: 5, maxLength: 20)": {
        description: "This `format: password` input has a `minLength` and `maxLength` configured.",
        type: "string",
        format: "password",
        minLength: 5,
        maxLength: 20
      },
      url: { type: "string", format: "url" },
      "unknown-format": { type: "string", format: "unknown-format" }
    },
    required: ["binary (with default)"]
  },
  StringFormatSupportResponse: true,
  StringSchemaSupportRequestBody: {
    type: "object",
    properties: {
      stock: { type: "string" },
      "description (markdown)": {
        description: "This is a string with a **markdown** description: [link](ref:action-object)",
        type: "string"
      },
      title: { title: "This string has a `title` property.", type: "string" },
      required: { description: "This string should be required.", type: "string" },
      default: {
        description: "This string has a `default` of `default value`.",
        type: "string",
        default: "default value"
      },
      "default (null)": {
        description: "This string has a `default` of `null`.",
        type: "string",
        default: null
      },
      "default (required)": {
        description: "This string has a `default` of `default value` and is required.",
        type: "string",
        default: "default value"
      },
      nullable: { description: "This string has is `nullable`.", type: "string" },
      enum: { type: "string", enum: ["available", "pending", "sold"] },
      "enum (with default)": {
        description: "This enum has a `default` of `available`.",
        type: "string",
        enum: ["available", "pending", "sold"],
        default: "available"
      },
      "enum (with default and required)": {
        description: "This enum has a `default` of `available` and is required.",
        type: "string",
        enum: ["available", "pending", "sold"],
        default: "available"
      },
      "enum (with empty option)": {
        description: 'This enum has a an empty string (`""`) as one of its available options.',
        type: "string",
        enum: ["", "available", "pending", "sold"]
      },
      "enum (with empty option and empty default)": {
        description: 'This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.',
        type: "string",
        enum: [""],
        default: ""
      }
    },
    required: ["required", "default (required)", "enum (with default and required)"]
  },
  StringSchemaSupportResponse: true,
  StringTopLevelRequestBody: { type: "string" },
  StringTopLevelResponse: true,
  StringTopLevelJSONRequestBody: { type: "string", format: "json" },
  StringTopLevelJSONResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isArraySchemaSupportRequestBody,
  isArraySchemaSupportResponse,
  isArrayTopLevelObjectsRequestBody,
  isArrayTopLevelObjectsResponse,
  isArrayTopLevelPrimitivesRequestBody,
  isArrayTopLevelPrimitivesResponse,
  isBooleanSchemaSupportRequestBody,
  isBooleanSchemaSupportResponse,
  isBooleanTopLevelRequestBody,
  isBooleanTopLevelResponse,
  isCircular,
  isCircularHandlingRequestBody,
  isCircularHandlingResponse,
  isCircularTopLevelRequestBody,
  isCircularTopLevelResponse,
  isMixedSchemaSupportRequestBody,
  isMixedSchemaSupportResponse,
  isNullSchemaSupportRequestBody,
  isNullSchemaSupportResponse,
  isNumberFormatSupportRequestBody,
  isNumberFormatSupportResponse,
  isNumberSchemaSupportRequestBody,
  isNumberSchemaSupportResponse,
  isNumberTopLevelRequestBody,
  isNumberTopLevelResponse,
  isObjectSchemaSupportRequestBody,
  isObjectSchemaSupportResponse,
  isQuirksEntirelyIncompatibleAllOfRequestBody,
  isQuirksEntirelyIncompatibleAllOfResponse,
  isQuirksIncompatibleNestedAllOfRequestBody,
  isQuirksIncompatibleNestedAllOfResponse,
  isQuirksMissingTypeRequestBody,
  isQuirksMissingTypeResponse,
  isQuirksPartiallyUsableIncompatibleAllOfRequestBody,
  isQuirksPartiallyUsableIncompatibleAllOfResponse,
  isRawBodyTopLevelJSONRequestBody,
  isRawBodyTopLevelJSONResponse,
  isRawBodyTopLevelRequestBody,
  isRawBodyTopLevelResponse,
  isStringEnum,
  isStringFormatSupportRequestBody,
  isStringFormatSupportResponse,
  isStringSchemaSupportRequestBody,
  isStringSchemaSupportResponse,
  isStringTopLevelJSONRequestBody,
  isStringTopLevelJSONResponse,
  isStringTopLevelRequestBody,
  isStringTopLevelResponse,
  schemas,
  validateArraySchemaSupportRequestBody,
  validateArraySchemaSupportResponse,
  validateArrayTopLevelObjectsRequestBody,
  validateArrayTopLevelObjectsResponse,
  validateArrayTopLevelPrimitivesRequestBody,
  validateArrayTopLevelPrimitivesResponse,
  validateBooleanSchemaSupportRequestBody,
  validateBooleanSchemaSupportResponse,
  validateBooleanTopLevelRequestBody,
  validateBooleanTopLevelResponse,
  validateCircular,
  validateCircularHandlingRequestBody,
  validateCircularHandlingResponse,
  validateCircularTopLevelRequestBody,
  validateCircularTopLevelResponse,
  validateMixedSchemaSupportRequestBody,
  validateMixedSchemaSupportResponse,
  validateNullSchemaSupportRequestBody,
  validateNullSchemaSupportResponse,
  validateNumberFormatSupportRequestBody,
  validateNumberFormatSupportResponse,
  validateNumberSchemaSupportRequestBody,
  validateNumberSchemaSupportResponse,
  validateNumberTopLevelRequestBody,
  validateNumberTopLevelResponse,
  validateObjectSchemaSupportRequestBody,
  validateObjectSchemaSupportResponse,
  validateQuirksEntirelyIncompatibleAllOfRequestBody,
  validateQuirksEntirelyIncompatibleAllOfResponse,
  validateQuirksIncompatibleNestedAllOfRequestBody,
  validateQuirksIncompatibleNestedAllOfResponse,
  validateQuirksMissingTypeRequestBody,
  validateQuirksMissingTypeResponse,
  validateQuirksPartiallyUsableIncompatibleAllOfRequestBody,
  validateQuirksPartiallyUsableIncompatibleAllOfResponse,
  validateRawBodyTopLevelJSONRequestBody,
  validateRawBodyTopLevelJSONResponse,
  validateRawBodyTopLevelRequestBody,
  validateRawBodyTopLevelResponse,
  validateStringEnum,
  validateStringFormatSupportRequestBody,
  validateStringFormatSupportResponse,
  validateStringSchemaSupportRequestBody,
  validateStringSchemaSupportResponse,
  validateStringTopLevelJSONRequestBody,
  validateStringTopLevelJSONResponse,
  validateStringTopLevelRequestBody,
  validateStringTopLevelResponse
};
