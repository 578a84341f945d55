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
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes
} from "./runtime/validation-json.js";
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateAccount(value, options) {
  const issues = options === void 0 ? check$Account(value, ROOT, void 0, 0) : checkValue(check$Account, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAccount(value) {
  return is$Account(value, 0);
}
function validateAccountWritable(value, options) {
  const issues = options === void 0 ? check$AccountWritable(value, ROOT, void 0, 0) : checkValue(check$AccountWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAccountWritable(value) {
  return is$AccountWritable(value, 0);
}
function validateAnything(value, options) {
  const issues = options === void 0 ? check$Anything(value, ROOT, void 0, 0) : checkValue(check$Anything, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAnything(value) {
  return is$Anything(value, 0);
}
function validateCat(value, options) {
  const issues = options === void 0 ? check$Cat(value, ROOT, void 0, 0) : checkValue(check$Cat, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCat(value) {
  return is$Cat(value, 0);
}
function validateCircle(value, options) {
  const issues = options === void 0 ? check$Circle(value, ROOT, void 0, 0) : checkValue(check$Circle, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCircle(value) {
  return is$Circle(value, 0);
}
function validateCollections(value, options) {
  const issues = options === void 0 ? check$Collections(value, ROOT, void 0, 0) : checkValue(check$Collections, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCollections(value) {
  return is$Collections(value, 0);
}
function validateComposition(value, options) {
  const issues = options === void 0 ? check$Composition(value, ROOT, void 0, 0) : checkValue(check$Composition, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isComposition(value) {
  return is$Composition(value, 0);
}
function validateDangerous(value, options) {
  const issues = options === void 0 ? check$Dangerous(value, ROOT, void 0, 0) : checkValue(check$Dangerous, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDangerous(value) {
  return is$Dangerous(value, 0);
}
function validateDictionary(value, options) {
  const issues = options === void 0 ? check$Dictionary(value, ROOT, void 0, 0) : checkValue(check$Dictionary, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDictionary(value) {
  return is$Dictionary(value, 0);
}
function validateDog(value, options) {
  const issues = options === void 0 ? check$Dog(value, ROOT, void 0, 0) : checkValue(check$Dog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDog(value) {
  return is$Dog(value, 0);
}
function validateFormats(value, options) {
  const issues = options === void 0 ? check$Formats(value, ROOT, void 0, 0) : checkValue(check$Formats, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFormats(value) {
  return is$Formats(value, 0);
}
function validateHostile(value, options) {
  const issues = options === void 0 ? check$Hostile(value, ROOT, void 0, 0) : checkValue(check$Hostile, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isHostile(value) {
  return is$Hostile(value, 0);
}
function validateLabel(value, options) {
  const issues = options === void 0 ? check$Label(value, ROOT, void 0, 0) : checkValue(check$Label, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLabel(value) {
  return is$Label(value, 0);
}
function validateLegacy(value, options) {
  const issues = options === void 0 ? check$Legacy(value, ROOT, void 0, 0) : checkValue(check$Legacy, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLegacy(value) {
  return is$Legacy(value, 0);
}
function validateLegacyRef(value, options) {
  const issues = options === void 0 ? check$LegacyRef(value, ROOT, void 0, 0) : checkValue(check$LegacyRef, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLegacyRef(value) {
  return is$LegacyRef(value, 0);
}
function validateNothing(value, options) {
  const issues = options === void 0 ? check$Nothing(value, ROOT, void 0, 0) : checkValue(check$Nothing, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isNothing(value) {
  return is$Nothing(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validateScalars(value, options) {
  const issues = options === void 0 ? check$Scalars(value, ROOT, void 0, 0) : checkValue(check$Scalars, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isScalars(value) {
  return is$Scalars(value, 0);
}
function validateShape(value, options) {
  const issues = options === void 0 ? check$Shape(value, ROOT, void 0, 0) : checkValue(check$Shape, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isShape(value) {
  return is$Shape(value, 0);
}
function validateSlashPattern(value, options) {
  const issues = options === void 0 ? check$SlashPattern(value, ROOT, void 0, 0) : checkValue(check$SlashPattern, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSlashPattern(value) {
  return is$SlashPattern(value, 0);
}
function validateSquare(value, options) {
  const issues = options === void 0 ? check$Square(value, ROOT, void 0, 0) : checkValue(check$Square, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSquare(value) {
  return is$Square(value, 0);
}
function validateTreeNode(value, options) {
  const issues = options === void 0 ? check$TreeNode(value, ROOT, void 0, 0) : checkValue(check$TreeNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTreeNode(value) {
  return is$TreeNode(value, 0);
}
function validateReplaceAccountRequestBody(value, options) {
  const issues = options === void 0 ? check$AccountWritable(value, ROOT, void 0, 0) : checkValue(check$AccountWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isReplaceAccountRequestBody(value) {
  return is$AccountWritable(value, 0);
}
function validateReplaceAccountResponse(value, options) {
  const issues = options === void 0 ? check$Account(value, ROOT, void 0, 0) : checkValue(check$Account, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isReplaceAccountResponse(value) {
  return is$Account(value, 0);
}
function validateCreateScalarsRequestBody(value, options) {
  const issues = options === void 0 ? check$Scalars(value, ROOT, void 0, 0) : checkValue(check$Scalars, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateScalarsRequestBody(value) {
  return is$Scalars(value, 0);
}
function validateCreateScalarsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$Scalars(value, ROOT, void 0, 0) : checkValue(check$Scalars, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateScalarsResponse(value) {
  return value === void 0 || is$Scalars(value, 0);
}
const schemas = {
  Account: /* @__PURE__ */ standardSchema(validateAccount, jsonSchema$of("Account")),
  AccountWritable: /* @__PURE__ */ standardSchema(validateAccountWritable, jsonSchema$of("AccountWritable")),
  Anything: /* @__PURE__ */ standardSchema(validateAnything, jsonSchema$of("Anything")),
  Cat: /* @__PURE__ */ standardSchema(validateCat, jsonSchema$of("Cat")),
  Circle: /* @__PURE__ */ standardSchema(validateCircle, jsonSchema$of("Circle")),
  Collections: /* @__PURE__ */ standardSchema(validateCollections, jsonSchema$of("Collections")),
  Composition: /* @__PURE__ */ standardSchema(validateComposition, jsonSchema$of("Composition")),
  Dangerous: /* @__PURE__ */ standardSchema(validateDangerous, jsonSchema$of("Dangerous")),
  Dictionary: /* @__PURE__ */ standardSchema(validateDictionary, jsonSchema$of("Dictionary")),
  Dog: /* @__PURE__ */ standardSchema(validateDog, jsonSchema$of("Dog")),
  Formats: /* @__PURE__ */ standardSchema(validateFormats, jsonSchema$of("Formats")),
  Hostile: /* @__PURE__ */ standardSchema(validateHostile, jsonSchema$of("Hostile")),
  Label: /* @__PURE__ */ standardSchema(validateLabel, jsonSchema$of("Label")),
  Legacy: /* @__PURE__ */ standardSchema(validateLegacy, jsonSchema$of("Legacy")),
  LegacyRef: /* @__PURE__ */ standardSchema(validateLegacyRef, jsonSchema$of("LegacyRef")),
  Nothing: /* @__PURE__ */ standardSchema(validateNothing, jsonSchema$of("Nothing")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  Scalars: /* @__PURE__ */ standardSchema(validateScalars, jsonSchema$of("Scalars")),
  Shape: /* @__PURE__ */ standardSchema(validateShape, jsonSchema$of("Shape")),
  SlashPattern: /* @__PURE__ */ standardSchema(validateSlashPattern, jsonSchema$of("SlashPattern")),
  Square: /* @__PURE__ */ standardSchema(validateSquare, jsonSchema$of("Square")),
  TreeNode: /* @__PURE__ */ standardSchema(validateTreeNode, jsonSchema$of("TreeNode")),
  ReplaceAccountRequestBody: /* @__PURE__ */ standardSchema(validateReplaceAccountRequestBody, jsonSchema$of("ReplaceAccountRequestBody")),
  ReplaceAccountResponse: /* @__PURE__ */ standardSchema(validateReplaceAccountResponse, jsonSchema$of("ReplaceAccountResponse")),
  CreateScalarsRequestBody: /* @__PURE__ */ standardSchema(validateCreateScalarsRequestBody, jsonSchema$of("CreateScalarsRequestBody")),
  CreateScalarsResponse: /* @__PURE__ */ standardSchema(validateCreateScalarsResponse, jsonSchema$of("CreateScalarsResponse"))
};
const allowed$439553 = /* @__PURE__ */ new Set(["red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey"]);
const allowed$5b1779 = /* @__PURE__ */ new Set(["count", "big", "ratio", "half", "triple", "weight", "precise", "code", "letters", "nullableName", "kind", "fixed", "choice", "flag", "color", "point", "answer"]);
const allowed$73358c = /* @__PURE__ */ new Set(["when", "day", "clock", "id", "mail", "link", "blob", "v4", "v6", "custom"]);
const constant$8835f8 = [[0, 0], [1, 1], { "x": 0 }];
const constant$f2f80c = { "x": 1, "y": [true] };
const issue$age_exclusiveMinimum_570d92 = /* @__PURE__ */ fixedIssue(["age"], "exclusiveMinimum", "must be > 0");
const issue$age_maximum_a98363 = /* @__PURE__ */ fixedIssue(["age"], "maximum", "must be <= 150");
const issue$age_required_0df5eb = /* @__PURE__ */ fixedIssue(["age"], "required", "is required");
const issue$age_type_e96682 = /* @__PURE__ */ fixedIssue(["age"], "type", "must be an integer");
const issue$answer_const_7ef783 = /* @__PURE__ */ fixedIssue(["answer"], "const", "must be 42");
const issue$barks_minimum_29ae6a = /* @__PURE__ */ fixedIssue(["barks"], "minimum", "must be >= 0");
const issue$barks_required_3f876b = /* @__PURE__ */ fixedIssue(["barks"], "required", "is required");
const issue$barks_type_531e9c = /* @__PURE__ */ fixedIssue(["barks"], "type", "must be an integer");
const issue$big_format_4b623b = /* @__PURE__ */ fixedIssue(["big"], "format", "must be a 64-bit integer (format int64)");
const issue$big_type_4726e4 = /* @__PURE__ */ fixedIssue(["big"], "type", "must be an integer");
const issue$blob_format_44fd4c = /* @__PURE__ */ fixedIssue(["blob"], "format", "must be a valid byte");
const issue$blob_type_5e0d73 = /* @__PURE__ */ fixedIssue(["blob"], "type", "must be a string");
const issue$both_maxLength_e3a37b = /* @__PURE__ */ fixedIssue(["both"], "maxLength", "must be at most 3 characters long");
const issue$both_minLength_0ee4c9 = /* @__PURE__ */ fixedIssue(["both"], "minLength", "must be at least 1 character long");
const issue$both_type_945701 = /* @__PURE__ */ fixedIssue(["both"], "type", "must be a string");
const issue$children_type_6a618e = /* @__PURE__ */ fixedIssue(["children"], "type", "must be an array");
const issue$choice_enum_4c943c = /* @__PURE__ */ fixedIssue(["choice"], "enum", "must be one of 5, 1000");
const issue$choice_format_1cbe7b = /* @__PURE__ */ fixedIssue(["choice"], "format", "must be a 32-bit integer (format int32)");
const issue$choice_type_b59201 = /* @__PURE__ */ fixedIssue(["choice"], "type", "must be an integer");
const issue$clock_format_d6edb1 = /* @__PURE__ */ fixedIssue(["clock"], "format", "must be a valid time");
const issue$clock_type_df394a = /* @__PURE__ */ fixedIssue(["clock"], "type", "must be a string");
const issue$code_maxLength_c77b72 = /* @__PURE__ */ fixedIssue(["code"], "maxLength", "must be at most 5 characters long");
const issue$code_minLength_e34c93 = /* @__PURE__ */ fixedIssue(["code"], "minLength", "must be at least 2 characters long");
const issue$code_pattern_4d490f = /* @__PURE__ */ fixedIssue(["code"], "pattern", 'must match the pattern "^[A-Z]+$"');
const issue$code_type_485b74 = /* @__PURE__ */ fixedIssue(["code"], "type", "must be a string");
const issue$color_enum_167c98 = /* @__PURE__ */ fixedIssue(["color"], "enum", 'must be one of "red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey"');
const issue$color_type_13e718 = /* @__PURE__ */ fixedIssue(["color"], "type", "must be a string");
const issue$constructor_required_c46da6 = /* @__PURE__ */ fixedIssue(["constructor"], "required", "is required");
const issue$constructor_type_c93015 = /* @__PURE__ */ fixedIssue(["constructor"], "type", "must be a string");
const issue$count_format_c8797b = /* @__PURE__ */ fixedIssue(["count"], "format", "must be a 32-bit integer (format int32)");
const issue$count_maximum_ac54c4 = /* @__PURE__ */ fixedIssue(["count"], "maximum", "must be <= 1000");
const issue$count_minimum_13c4e8 = /* @__PURE__ */ fixedIssue(["count"], "minimum", "must be >= -10");
const issue$count_required_925c33 = /* @__PURE__ */ fixedIssue(["count"], "required", "is required");
const issue$count_type_8b73d1 = /* @__PURE__ */ fixedIssue(["count"], "type", "must be an integer");
const issue$custom_type_796600 = /* @__PURE__ */ fixedIssue(["custom"], "type", "must be a string");
const issue$day_format_c523d9 = /* @__PURE__ */ fixedIssue(["day"], "format", "must be a valid date");
const issue$day_type_861eb0 = /* @__PURE__ */ fixedIssue(["day"], "type", "must be a string");
const issue$discriminator_1496df = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "kind" property that is one of "circle", "square" (discriminator)');
const issue$discriminator_159d7e = /* @__PURE__ */ fixedIssue([], "discriminator", 'must have a "petType" property that is one of "cat", "dog" (discriminator)');
const issue$either_anyOf_be4dc6 = /* @__PURE__ */ fixedIssue(["either"], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$either_maxLength_03d9f7 = /* @__PURE__ */ fixedIssue(["either"], "maxLength", "must be at most 3 characters long");
const issue$either_minimum_8ec20d = /* @__PURE__ */ fixedIssue(["either"], "minimum", "must be >= 0");
const issue$emoji_type_fe9600 = /* @__PURE__ */ fixedIssue(["emoji \u{1F431}"], "type", "must be an integer");
const issue$enum_346732 = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "\\"; process.exit(1); \\"", "back`tick ${x}", "line\u2028separator", "*/"');
const issue$fixed_const_7bc0a1 = /* @__PURE__ */ fixedIssue(["fixed"], "const", 'must be {"x":1,"y":[true]}');
const issue$flag_type_138d70 = /* @__PURE__ */ fixedIssue(["flag"], "type", "must be a boolean");
const issue$half_maximum_fe4d86 = /* @__PURE__ */ fixedIssue(["half"], "maximum", "must be <= 1000000");
const issue$half_minimum_865f6a = /* @__PURE__ */ fixedIssue(["half"], "minimum", "must be >= -1000000");
const issue$half_multipleOf_7fb5fd = /* @__PURE__ */ fixedIssue(["half"], "multipleOf", "must be a multiple of 0.5");
const issue$half_type_6c078b = /* @__PURE__ */ fixedIssue(["half"], "type", "must be a number");
const issue$id_format_5ca6f3 = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a valid uuid");
const issue$id_readOnly_c411fa = /* @__PURE__ */ fixedIssue(["id"], "readOnly", "is read-only: it must not be sent in a request");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$kind_enum_5177fa = /* @__PURE__ */ fixedIssue(["kind"], "enum", 'must be one of "square"');
const issue$kind_enum_ccea22 = /* @__PURE__ */ fixedIssue(["kind"], "enum", 'must be one of "a", "b", 1, null');
const issue$kind_enum_d13c27 = /* @__PURE__ */ fixedIssue(["kind"], "enum", 'must be one of "circle"');
const issue$kind_required_9a21aa = /* @__PURE__ */ fixedIssue(["kind"], "required", "is required");
const issue$kind_type_5eee23 = /* @__PURE__ */ fixedIssue(["kind"], "type", "must be a string");
const issue$labelled_maxLength_eb991a = /* @__PURE__ */ fixedIssue(["labelled"], "maxLength", "must be at most 4 characters long");
const issue$labelled_type_7f14ef = /* @__PURE__ */ fixedIssue(["labelled"], "type", "must be a string");
const issue$letters_maxLength_1112a3 = /* @__PURE__ */ fixedIssue(["letters"], "maxLength", "must be at most 3 characters long");
const issue$letters_minLength_71fd6a = /* @__PURE__ */ fixedIssue(["letters"], "minLength", "must be at least 2 characters long");
const issue$letters_pattern_ef2b76 = /* @__PURE__ */ fixedIssue(["letters"], "pattern", 'must match the pattern "^\\\\p{L}+$"');
const issue$letters_type_05fe01 = /* @__PURE__ */ fixedIssue(["letters"], "type", "must be a string");
const issue$level_enum_c4c264 = /* @__PURE__ */ fixedIssue(["level"], "enum", 'must be one of "low", "high", null');
const issue$level_type_d950d7 = /* @__PURE__ */ fixedIssue(["level"], "type", "must be a string or null");
const issue$link_format_53d5ac = /* @__PURE__ */ fixedIssue(["link"], "format", "must be a valid uri");
const issue$link_type_450aa7 = /* @__PURE__ */ fixedIssue(["link"], "type", "must be a string");
const issue$mail_format_5084d3 = /* @__PURE__ */ fixedIssue(["mail"], "format", "must be a valid email");
const issue$mail_type_a9f54a = /* @__PURE__ */ fixedIssue(["mail"], "type", "must be a string");
const issue$matrix_type_cae5ac = /* @__PURE__ */ fixedIssue(["matrix"], "type", "must be an array");
const issue$maxProperties_43fc03 = /* @__PURE__ */ fixedIssue([], "maxProperties", "must have at most 4 properties");
const issue$meows_required_fae32b = /* @__PURE__ */ fixedIssue(["meows"], "required", "is required");
const issue$meows_type_286488 = /* @__PURE__ */ fixedIssue(["meows"], "type", "must be a boolean");
const issue$minLength_763a2c = /* @__PURE__ */ fixedIssue([], "minLength", "must be at least 2 characters long");
const issue$minProperties_ac2a56 = /* @__PURE__ */ fixedIssue([], "minProperties", "must have at least 1 property");
const issue$name_minLength_1dfe7a = /* @__PURE__ */ fixedIssue(["name"], "minLength", "must be at least 1 character long");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$new_line_end_type_ffd30d = /* @__PURE__ */ fixedIssue(["new\nline */ end"], "type", "must be an integer");
const issue$nick_maxLength_172235 = /* @__PURE__ */ fixedIssue(["nick"], "maxLength", "must be at most 3 characters long");
const issue$nick_type_7621c1 = /* @__PURE__ */ fixedIssue(["nick"], "type", "must be a string or null");
const issue$notNull_not_13164c = /* @__PURE__ */ fixedIssue(["notNull"], "not", 'must not match the schema in "not"');
const issue$nullableName_maxLength_c120cb = /* @__PURE__ */ fixedIssue(["nullableName"], "maxLength", "must be at most 4 characters long");
const issue$nullableName_type_c069c8 = /* @__PURE__ */ fixedIssue(["nullableName"], "type", "must be a string or null");
const issue$pairs_0_type_036cd0 = /* @__PURE__ */ fixedIssue(["pairs", 0], "type", "must be an integer");
const issue$pairs_type_c7adc1 = /* @__PURE__ */ fixedIssue(["pairs"], "type", "must be an array");
const issue$parent_anyOf_3116a5 = /* @__PURE__ */ fixedIssue(["parent"], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$password_minLength_1bdac2 = /* @__PURE__ */ fixedIssue(["password"], "minLength", "must be at least 8 characters long");
const issue$password_required_c44f2e = /* @__PURE__ */ fixedIssue(["password"], "required", "is required");
const issue$password_type_10a1a6 = /* @__PURE__ */ fixedIssue(["password"], "type", "must be a string");
const issue$password_writeOnly_ba6cc0 = /* @__PURE__ */ fixedIssue(["password"], "writeOnly", "is write-only: it must not appear in a response");
const issue$pattern_d0b9a7 = /* @__PURE__ */ fixedIssue([], "pattern", 'must match the pattern "^a/b\\\\\\\\\\\\d+\\"q$"');
const issue$petType_const_0dc468 = /* @__PURE__ */ fixedIssue(["petType"], "const", 'must be "dog"');
const issue$petType_const_8b8dbb = /* @__PURE__ */ fixedIssue(["petType"], "const", 'must be "cat"');
const issue$petType_required_aff603 = /* @__PURE__ */ fixedIssue(["petType"], "required", "is required");
const issue$point_enum_a42704 = /* @__PURE__ */ fixedIssue(["point"], "enum", 'must be one of [0,0], [1,1], {"x":0}');
const issue$precise_type_df1a57 = /* @__PURE__ */ fixedIssue(["precise"], "type", "must be a number");
const issue$prototype_type_c4b972 = /* @__PURE__ */ fixedIssue(["prototype"], "type", "must be an integer");
const issue$quote_and_backslash_type_efeb19 = /* @__PURE__ */ fixedIssue(['quote"and\\backslash'], "type", "must be an integer");
const issue$radius_minimum_b13925 = /* @__PURE__ */ fixedIssue(["radius"], "minimum", "must be >= 0");
const issue$radius_required_014966 = /* @__PURE__ */ fixedIssue(["radius"], "required", "is required");
const issue$radius_type_7666fb = /* @__PURE__ */ fixedIssue(["radius"], "type", "must be a number");
const issue$ratio_exclusiveMaximum_4355e7 = /* @__PURE__ */ fixedIssue(["ratio"], "exclusiveMaximum", "must be < 1");
const issue$ratio_exclusiveMinimum_56a722 = /* @__PURE__ */ fixedIssue(["ratio"], "exclusiveMinimum", "must be > 0");
const issue$ratio_type_eee0c0 = /* @__PURE__ */ fixedIssue(["ratio"], "type", "must be a number");
const issue$records_type_23263e = /* @__PURE__ */ fixedIssue(["records"], "type", "must be an array");
const issue$score_exclusiveMaximum_c8dcc6 = /* @__PURE__ */ fixedIssue(["score"], "exclusiveMaximum", "must be < 10");
const issue$score_type_90e2ab = /* @__PURE__ */ fixedIssue(["score"], "type", "must be a number");
const issue$side_minimum_36e10d = /* @__PURE__ */ fixedIssue(["side"], "minimum", "must be >= 1");
const issue$side_required_a7f847 = /* @__PURE__ */ fixedIssue(["side"], "required", "is required");
const issue$side_type_8c3dcf = /* @__PURE__ */ fixedIssue(["side"], "type", "must be an integer");
const issue$tags_maxItems_958c82 = /* @__PURE__ */ fixedIssue(["tags"], "maxItems", "must have at most 3 items");
const issue$tags_minItems_529faa = /* @__PURE__ */ fixedIssue(["tags"], "minItems", "must have at least 1 item");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$toString_type_2701c0 = /* @__PURE__ */ fixedIssue(["toString"], "type", "must be a boolean");
const issue$triple_maximum_cf324e = /* @__PURE__ */ fixedIssue(["triple"], "maximum", "must be <= 9007199254740991");
const issue$triple_minimum_758332 = /* @__PURE__ */ fixedIssue(["triple"], "minimum", "must be >= -9007199254740991");
const issue$triple_multipleOf_6cef52 = /* @__PURE__ */ fixedIssue(["triple"], "multipleOf", "must be a multiple of 3");
const issue$triple_type_ac6009 = /* @__PURE__ */ fixedIssue(["triple"], "type", "must be an integer");
const issue$tuple_0_type_99a13b = /* @__PURE__ */ fixedIssue(["tuple", 0], "type", "must be a string");
const issue$tuple_1_type_457f29 = /* @__PURE__ */ fixedIssue(["tuple", 1], "type", "must be an integer");
const issue$tuple_items_61d21d = /* @__PURE__ */ fixedIssue(["tuple"], "items", "must have at most 2 items (no items are allowed after the listed ones)");
const issue$tuple_type_2a462d = /* @__PURE__ */ fixedIssue(["tuple"], "type", "must be an array");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$v4_format_274f0c = /* @__PURE__ */ fixedIssue(["v4"], "format", "must be a valid ipv4");
const issue$v4_type_e7fb1d = /* @__PURE__ */ fixedIssue(["v4"], "type", "must be a string");
const issue$v6_format_d7edf2 = /* @__PURE__ */ fixedIssue(["v6"], "format", "must be a valid ipv6");
const issue$v6_type_b6d9ab = /* @__PURE__ */ fixedIssue(["v6"], "type", "must be a string");
const issue$value_required_dfd44f = /* @__PURE__ */ fixedIssue(["value"], "required", "is required");
const issue$value_type_234d8e = /* @__PURE__ */ fixedIssue(["value"], "type", "must be an integer");
const issue$weight_format_8b77ad = /* @__PURE__ */ fixedIssue(["weight"], "format", "must be within the range of a 32-bit float (format float)");
const issue$weight_type_0f339b = /* @__PURE__ */ fixedIssue(["weight"], "type", "must be a number");
const issue$when_format_66499c = /* @__PURE__ */ fixedIssue(["when"], "format", "must be a valid date-time");
const issue$when_type_5db365 = /* @__PURE__ */ fixedIssue(["when"], "type", "must be a string");
const pattern$0dc606 = /* @__PURE__ */ new RegExp('^a/b\\\\\\d+"q$', "u");
const pattern$5088e4 = /* @__PURE__ */ new RegExp("^[A-Z]+$", "u");
const pattern$537374 = /* @__PURE__ */ new RegExp("^x-", "u");
const pattern$fe77b0 = /* @__PURE__ */ new RegExp("^\\p{L}+$", "u");
function is$Account(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  if (x3.length < 1) return false;
  if (hasOwn.call(o1, "password") && o1.password !== void 0) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "id" && k4 !== "name" && k4 !== "password") {
      return false;
    }
  }
  return true;
}
function check$Account(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (typeof x3 !== "string") {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      } else {
        if (x3.length < 1) {
          if ((s = reportFixed(s, p, issue$name_minLength_1dfe7a)).length >= issueLimit) return s;
        }
      }
    }
    if (hasOwn.call(o1, "password") && o1.password !== void 0) {
      if ((s = reportFixed(s, p, issue$password_writeOnly_ba6cc0)).length >= issueLimit) return s;
    }
    for (const k4 in o1) {
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "id" && k4 !== "name" && k4 !== "password") {
        if ((s = report(s, p, [k4], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$AccountWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "password") ? o1.password : void 0;
  if (x3 === void 0) return false;
  if (hasOwn.call(o1, "id") && o1.id !== void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  if (typeof x3 !== "string") return false;
  if (x3.length < 8 || x3.length < 15 && codePointLength(x3) < 8) return false;
  for (const k4 in o1) {
    if (!hasOwn.call(o1, k4)) continue;
    const x5 = o1[k4];
    if (x5 === void 0) continue;
    if (k4 !== "id" && k4 !== "name" && k4 !== "password") {
      return false;
    }
  }
  return true;
}
function check$AccountWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "password") ? o1.password : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$password_required_c44f2e)).length >= issueLimit) return s;
    }
    if (hasOwn.call(o1, "id") && o1.id !== void 0) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      } else {
        if (x2.length < 1) {
          if ((s = reportFixed(s, p, issue$name_minLength_1dfe7a)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0) {
      if (typeof x3 !== "string") {
        if ((s = reportFixed(s, p, issue$password_type_10a1a6)).length >= issueLimit) return s;
      } else {
        if (x3.length < 8 || x3.length < 15 && codePointLength(x3) < 8) {
          if ((s = reportFixed(s, p, issue$password_minLength_1bdac2)).length >= issueLimit) return s;
        }
      }
    }
    for (const k4 in o1) {
      if (!hasOwn.call(o1, k4)) continue;
      const x5 = o1[k4];
      if (x5 === void 0) continue;
      if (k4 !== "id" && k4 !== "name" && k4 !== "password") {
        if ((s = report(s, p, [k4], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Anything(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$Anything(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$Cat(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "petType") ? o1.petType : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "meows") ? o1.meows : void 0;
  if (x3 === void 0) return false;
  if (x2 !== "cat") return false;
  if (typeof x3 !== "boolean") return false;
  return true;
}
function check$Cat(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "petType") ? o1.petType : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$petType_required_aff603)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "meows") ? o1.meows : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$meows_required_fae32b)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && x2 !== "cat") {
      if (x2 !== "cat") {
        if ((s = reportFixed(s, p, issue$petType_const_8b8dbb)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0 && typeof x3 !== "boolean") {
      if ((s = reportFixed(s, p, issue$meows_type_286488)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Circle(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "radius") ? o1.radius : void 0;
  if (x3 === void 0) return false;
  if (x2 !== "circle") return false;
  if (!Number.isFinite(x3)) return false;
  if (x3 < 0) return false;
  return true;
}
function check$Circle(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$kind_required_9a21aa)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "radius") ? o1.radius : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$radius_required_014966)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && x2 !== "circle") {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$kind_type_5eee23)).length >= issueLimit) return s;
      } else {
        if (x2 !== "circle") {
          if ((s = reportFixed(s, p, issue$kind_enum_d13c27)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0) {
      if (!Number.isFinite(x3)) {
        if ((s = reportFixed(s, p, issue$radius_type_7666fb)).length >= issueLimit) return s;
      } else {
        if (x3 < 0) {
          if ((s = reportFixed(s, p, issue$radius_minimum_b13925)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$Collections(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.tags;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property3;
      }
      const a4 = x2;
      if (a4.length < 1) {
        if (hasOwn.call(o1, "tags")) return false;
        break property3;
      }
      if (a4.length > 3) {
        if (hasOwn.call(o1, "tags")) return false;
        break property3;
      }
      if (duplicateItems(a4) !== void 0) {
        if (hasOwn.call(o1, "tags")) return false;
        break property3;
      }
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "string") {
          if (hasOwn.call(o1, "tags")) return false;
          break property3;
        }
      }
    }
  }
  const x7 = o1.tuple;
  if (x7 !== void 0) {
    property8: {
      if (!Array.isArray(x7)) {
        if (hasOwn.call(o1, "tuple")) return false;
        break property8;
      }
      const a9 = x7;
      if (a9.length > 0) {
        const x10 = a9[0];
        if (typeof x10 !== "string") {
          if (hasOwn.call(o1, "tuple")) return false;
          break property8;
        }
      }
      if (a9.length > 1) {
        const x11 = a9[1];
        if (!Number.isInteger(x11)) {
          if (hasOwn.call(o1, "tuple")) return false;
          break property8;
        }
      }
      if (a9.length > 2) {
        if (hasOwn.call(o1, "tuple")) return false;
        break property8;
      }
    }
  }
  const x12 = o1.pairs;
  if (x12 !== void 0) {
    property13: {
      if (!Array.isArray(x12)) {
        if (hasOwn.call(o1, "pairs")) return false;
        break property13;
      }
      const a14 = x12;
      if (a14.length > 0) {
        const x15 = a14[0];
        if (!Number.isInteger(x15)) {
          if (hasOwn.call(o1, "pairs")) return false;
          break property13;
        }
      }
      for (let i16 = 1; i16 < a14.length; i16++) {
        const x17 = a14[i16];
        if (typeof x17 !== "string") {
          if (hasOwn.call(o1, "pairs")) return false;
          break property13;
        }
      }
    }
  }
  const x18 = o1.matrix;
  if (x18 !== void 0) {
    property19: {
      if (!Array.isArray(x18)) {
        if (hasOwn.call(o1, "matrix")) return false;
        break property19;
      }
      const a20 = x18;
      if (duplicateItems(a20) !== void 0) {
        if (hasOwn.call(o1, "matrix")) return false;
        break property19;
      }
      for (let i21 = 0; i21 < a20.length; i21++) {
        const x22 = a20[i21];
        if (!Array.isArray(x22)) {
          if (hasOwn.call(o1, "matrix")) return false;
          break property19;
        }
        const a23 = x22;
        for (let i24 = 0; i24 < a23.length; i24++) {
          const x25 = a23[i24];
          if (!Number.isFinite(x25)) {
            if (hasOwn.call(o1, "matrix")) return false;
            break property19;
          }
        }
      }
    }
  }
  const x26 = o1.records;
  if (x26 !== void 0) {
    property27: {
      if (!Array.isArray(x26)) {
        if (hasOwn.call(o1, "records")) return false;
        break property27;
      }
      const a28 = x26;
      if (duplicateItems(a28) !== void 0) {
        if (hasOwn.call(o1, "records")) return false;
        break property27;
      }
      for (let i29 = 0; i29 < a28.length; i29++) {
        const x30 = a28[i29];
        if (typeof x30 !== "object" || x30 === null || Array.isArray(x30)) {
          if (hasOwn.call(o1, "records")) return false;
          break property27;
        }
      }
    }
  }
  for (const k34 in o1) {
    if (!hasOwn.call(o1, k34)) continue;
    const x35 = o1[k34];
    if (x35 === void 0) continue;
    if (k34 !== "tags" && k34 !== "tuple" && k34 !== "pairs" && k34 !== "matrix" && k34 !== "records") {
      return false;
    }
  }
  return true;
}
function check$Collections(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.tags;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          if (a3.length < 1) {
            if ((s = reportFixed(s, p, issue$tags_minItems_529faa)).length >= issueLimit) return s;
          }
          if (a3.length > 3) {
            if ((s = reportFixed(s, p, issue$tags_maxItems_958c82)).length >= issueLimit) return s;
          }
          const duplicate4 = duplicateItems(a3);
          if (duplicate4 !== void 0) {
            if ((s = report(s, p, ["tags"], "uniqueItems", `must not contain duplicates (items ${duplicate4[0]} and ${duplicate4[1]} are equal)`)).length >= issueLimit) return s;
          }
          for (let i5 = 0; i5 < a3.length; i5++) {
            const x6 = a3[i5];
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["tags", i5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x7 = o1.tuple;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "tuple")) {
        if (!Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$tuple_type_2a462d)).length >= issueLimit) return s;
        } else {
          const a8 = x7;
          if (a8.length > 0) {
            const x9 = a8[0];
            if (typeof x9 !== "string") {
              if ((s = reportFixed(s, p, issue$tuple_0_type_99a13b)).length >= issueLimit) return s;
            }
          }
          if (a8.length > 1) {
            const x10 = a8[1];
            if (!Number.isInteger(x10)) {
              if ((s = reportFixed(s, p, issue$tuple_1_type_457f29)).length >= issueLimit) return s;
            }
          }
          if (a8.length > 2) {
            if ((s = reportFixed(s, p, issue$tuple_items_61d21d)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1.pairs;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "pairs")) {
        if (!Array.isArray(x11)) {
          if ((s = reportFixed(s, p, issue$pairs_type_c7adc1)).length >= issueLimit) return s;
        } else {
          const a12 = x11;
          if (a12.length > 0) {
            const x13 = a12[0];
            if (!Number.isInteger(x13)) {
              if ((s = reportFixed(s, p, issue$pairs_0_type_036cd0)).length >= issueLimit) return s;
            }
          }
          for (let i14 = 1; i14 < a12.length; i14++) {
            const x15 = a12[i14];
            if (typeof x15 !== "string") {
              if ((s = report(s, p, ["pairs", i14], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x16 = o1.matrix;
    if (x16 !== void 0) {
      if (hasOwn.call(o1, "matrix")) {
        if (!Array.isArray(x16)) {
          if ((s = reportFixed(s, p, issue$matrix_type_cae5ac)).length >= issueLimit) return s;
        } else {
          const a17 = x16;
          const duplicate18 = duplicateItems(a17);
          if (duplicate18 !== void 0) {
            if ((s = report(s, p, ["matrix"], "uniqueItems", `must not contain duplicates (items ${duplicate18[0]} and ${duplicate18[1]} are equal)`)).length >= issueLimit) return s;
          }
          for (let i19 = 0; i19 < a17.length; i19++) {
            const x20 = a17[i19];
            if (!Array.isArray(x20)) {
              if ((s = report(s, p, ["matrix", i19], "type", "must be an array")).length >= issueLimit) return s;
            } else {
              const a21 = x20;
              for (let i22 = 0; i22 < a21.length; i22++) {
                const x23 = a21[i22];
                if (!Number.isFinite(x23)) {
                  if ((s = report(s, p, ["matrix", i19, i22], "type", "must be a number")).length >= issueLimit) return s;
                }
              }
            }
          }
        }
      }
    }
    const x24 = o1.records;
    if (x24 !== void 0) {
      if (hasOwn.call(o1, "records")) {
        if (!Array.isArray(x24)) {
          if ((s = reportFixed(s, p, issue$records_type_23263e)).length >= issueLimit) return s;
        } else {
          const a25 = x24;
          const duplicate26 = duplicateItems(a25);
          if (duplicate26 !== void 0) {
            if ((s = report(s, p, ["records"], "uniqueItems", `must not contain duplicates (items ${duplicate26[0]} and ${duplicate26[1]} are equal)`)).length >= issueLimit) return s;
          }
          for (let i27 = 0; i27 < a25.length; i27++) {
            const x28 = a25[i27];
            if (typeof x28 !== "object" || x28 === null || Array.isArray(x28)) {
              if ((s = report(s, p, ["records", i27], "type", "must be an object")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    for (const k32 in o1) {
      if (!hasOwn.call(o1, k32)) continue;
      const x33 = o1[k32];
      if (x33 === void 0) continue;
      if (k32 !== "tags" && k32 !== "tuple" && k32 !== "pairs" && k32 !== "matrix" && k32 !== "records") {
        if ((s = report(s, p, [k32], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Composition(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.both;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "both")) return false;
        break property3;
      }
      if (x2.length < 1) {
        if (hasOwn.call(o1, "both")) return false;
        break property3;
      }
      if (x2.length > 3 && (x2.length > 6 || codePointLength(x2) > 3)) {
        if (hasOwn.call(o1, "both")) return false;
        break property3;
      }
    }
  }
  const x8 = o1.either;
  if (x8 !== void 0) {
    property9: {
      passed14: {
        failed15: {
          if (typeof x8 !== "string") break failed15;
          if (x8.length > 3 && (x8.length > 6 || codePointLength(x8) > 3)) break failed15;
          break passed14;
        }
        failed16: {
          if (!Number.isInteger(x8)) break failed16;
          if (x8 < 0) break failed16;
          break passed14;
        }
        {
          if (hasOwn.call(o1, "either")) return false;
          break property9;
        }
      }
    }
  }
  const x17 = o1.exactlyOne;
  if (x17 !== void 0) {
    property18: {
      let matches23 = 0;
      failed24: {
        if (!Number.isInteger(x17)) break failed24;
        if (x17 < -9007199254740991 || x17 > 9007199254740991 || x17 % 2 !== 0) break failed24;
        matches23++;
      }
      failed25: {
        if (!Number.isInteger(x17)) break failed25;
        if (x17 < -9007199254740991 || x17 > 9007199254740991 || x17 % 3 !== 0) break failed25;
        matches23++;
      }
      if (matches23 !== 1) {
        if (hasOwn.call(o1, "exactlyOne")) return false;
        break property18;
      }
    }
  }
  const x26 = o1.notNull;
  if (x26 !== void 0) {
    property27: {
      failed32: {
        if (x26 !== null) break failed32;
        {
          if (hasOwn.call(o1, "notNull")) return false;
          break property27;
        }
      }
    }
  }
  const x33 = o1.labelled;
  if (x33 !== void 0) {
    property34: {
      if (typeof x33 !== "string") {
        if (hasOwn.call(o1, "labelled")) return false;
        break property34;
      }
      if (x33.length > 4 && (x33.length > 8 || codePointLength(x33) > 4)) {
        if (hasOwn.call(o1, "labelled")) return false;
        break property34;
      }
      if (!is$Label(x33, d + 1)) {
        if (hasOwn.call(o1, "labelled")) return false;
        break property34;
      }
    }
  }
  const x35 = o1.pet;
  if (x35 !== void 0) {
    if (!is$Pet(x35, d + 1) && hasOwn.call(o1, "pet")) return false;
  }
  for (const k41 in o1) {
    if (!hasOwn.call(o1, k41)) continue;
    const x42 = o1[k41];
    if (x42 === void 0) continue;
    if (k41 !== "both" && k41 !== "either" && k41 !== "exactlyOne" && k41 !== "notNull" && k41 !== "labelled" && k41 !== "pet") {
      return false;
    }
  }
  return true;
}
function check$Composition(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.both;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "both")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$both_type_945701)).length >= issueLimit) return s;
        } else {
          if (x2.length < 1) {
            if ((s = reportFixed(s, p, issue$both_minLength_0ee4c9)).length >= issueLimit) return s;
          }
        }
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$both_type_945701)).length >= issueLimit) return s;
        } else {
          if (x2.length > 3 && (x2.length > 6 || codePointLength(x2) > 3)) {
            if ((s = reportFixed(s, p, issue$both_maxLength_e3a37b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.either;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "either")) {
        passed12: {
          failed13: {
            if (typeof x7 !== "string") break failed13;
            if (x7.length > 3 && (x7.length > 6 || codePointLength(x7) > 3)) break failed13;
            break passed12;
          }
          failed14: {
            if (!Number.isInteger(x7)) break failed14;
            if (x7 < 0) break failed14;
            break passed12;
          }
          if (typeof x7 === "string") {
            if (x7.length > 3 && (x7.length > 6 || codePointLength(x7) > 3)) {
              if ((s = reportFixed(s, p, issue$either_maxLength_03d9f7)).length >= issueLimit) return s;
            }
          } else if (Number.isInteger(x7)) {
            if (x7 < 0) {
              if ((s = reportFixed(s, p, issue$either_minimum_8ec20d)).length >= issueLimit) return s;
            }
          } else {
            if ((s = reportFixed(s, p, issue$either_anyOf_be4dc6)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x15 = o1.exactlyOne;
    if (x15 !== void 0) {
      if (hasOwn.call(o1, "exactlyOne")) {
        let matches20 = 0;
        failed21: {
          if (!Number.isInteger(x15)) break failed21;
          if (x15 < -9007199254740991 || x15 > 9007199254740991 || x15 % 2 !== 0) break failed21;
          matches20++;
        }
        failed22: {
          if (!Number.isInteger(x15)) break failed22;
          if (x15 < -9007199254740991 || x15 > 9007199254740991 || x15 % 3 !== 0) break failed22;
          matches20++;
        }
        if (matches20 === 0) {
          if ((s = report(s, p, ["exactlyOne"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches20)).length >= issueLimit) return s;
        } else if (matches20 > 1) {
          if ((s = report(s, p, ["exactlyOne"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches20)).length >= issueLimit) return s;
        }
      }
    }
    const x23 = o1.notNull;
    if (x23 !== void 0) {
      if (hasOwn.call(o1, "notNull")) {
        failed28: {
          if (x23 !== null) break failed28;
          if ((s = reportFixed(s, p, issue$notNull_not_13164c)).length >= issueLimit) return s;
        }
      }
    }
    const x29 = o1.labelled;
    if (x29 !== void 0) {
      if (hasOwn.call(o1, "labelled")) {
        if (typeof x29 !== "string") {
          if ((s = reportFixed(s, p, issue$labelled_type_7f14ef)).length >= issueLimit) return s;
        } else {
          if (x29.length > 4 && (x29.length > 8 || codePointLength(x29) > 4)) {
            if ((s = reportFixed(s, p, issue$labelled_maxLength_eb991a)).length >= issueLimit) return s;
          }
          if (!is$Label(x29, d + 1)) {
            if (full(s = check$Label(x29, below(p, ["labelled"]), s, d + 1))) return s;
          }
        }
      }
    }
    const x30 = o1.pet;
    if (x30 !== void 0) {
      if (!is$Pet(x30, d + 1) && hasOwn.call(o1, "pet")) {
        if (full(s = check$Pet(x30, below(p, ["pet"]), s, d + 1))) return s;
      }
    }
    for (const k31 in o1) {
      if (!hasOwn.call(o1, k31)) continue;
      const x32 = o1[k31];
      if (x32 === void 0) continue;
      if (k31 !== "both" && k31 !== "either" && k31 !== "exactlyOne" && k31 !== "notNull" && k31 !== "labelled" && k31 !== "pet") {
        if ((s = report(s, p, [k31], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Dangerous(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "constructor") ? o1.constructor : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.prototype;
  if (x3 !== void 0) {
    if (!Number.isInteger(x3) && hasOwn.call(o1, "prototype")) return false;
  }
  const x5 = hasOwn.call(o1, "toString") ? o1.toString : void 0;
  if (x5 !== void 0) {
    if (typeof x5 !== "boolean") return false;
  }
  const x6 = o1['quote"and\\backslash'];
  if (x6 !== void 0) {
    if (!Number.isInteger(x6) && hasOwn.call(o1, 'quote"and\\backslash')) return false;
  }
  const x8 = o1["new\nline */ end"];
  if (x8 !== void 0) {
    if (!Number.isInteger(x8) && hasOwn.call(o1, "new\nline */ end")) return false;
  }
  const x10 = o1["emoji \u{1F431}"];
  if (x10 !== void 0) {
    if (!Number.isInteger(x10) && hasOwn.call(o1, "emoji \u{1F431}")) return false;
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "constructor" && k12 !== "prototype" && k12 !== "toString" && k12 !== 'quote"and\\backslash' && k12 !== "new\nline */ end" && k12 !== "emoji \u{1F431}") {
      if (x13 !== null) return false;
    }
  }
  return true;
}
function check$Dangerous(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "constructor") ? o1.constructor : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$constructor_required_c46da6)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$constructor_type_c93015)).length >= issueLimit) return s;
    }
    const x3 = o1.prototype;
    if (x3 !== void 0) {
      if (!Number.isInteger(x3) && hasOwn.call(o1, "prototype")) {
        if ((s = reportFixed(s, p, issue$prototype_type_c4b972)).length >= issueLimit) return s;
      }
    }
    const x4 = hasOwn.call(o1, "toString") ? o1.toString : void 0;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean") {
        if ((s = reportFixed(s, p, issue$toString_type_2701c0)).length >= issueLimit) return s;
      }
    }
    const x5 = o1['quote"and\\backslash'];
    if (x5 !== void 0) {
      if (!Number.isInteger(x5) && hasOwn.call(o1, 'quote"and\\backslash')) {
        if ((s = reportFixed(s, p, issue$quote_and_backslash_type_efeb19)).length >= issueLimit) return s;
      }
    }
    const x6 = o1["new\nline */ end"];
    if (x6 !== void 0) {
      if (!Number.isInteger(x6) && hasOwn.call(o1, "new\nline */ end")) {
        if ((s = reportFixed(s, p, issue$new_line_end_type_ffd30d)).length >= issueLimit) return s;
      }
    }
    const x7 = o1["emoji \u{1F431}"];
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o1, "emoji \u{1F431}")) {
        if ((s = reportFixed(s, p, issue$emoji_type_fe9600)).length >= issueLimit) return s;
      }
    }
    for (const k8 in o1) {
      if (!hasOwn.call(o1, k8)) continue;
      const x9 = o1[k8];
      if (x9 === void 0) continue;
      if (k8 !== "constructor" && k8 !== "prototype" && k8 !== "toString" && k8 !== 'quote"and\\backslash' && k8 !== "new\nline */ end" && k8 !== "emoji \u{1F431}") {
        if (x9 !== null) {
          if ((s = report(s, p, [k8], "type", "must be null")).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$Dictionary(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  let count5 = 0;
  for (const k2 in o1) {
    if (!hasOwn.call(o1, k2)) continue;
    const x3 = o1[k2];
    if (x3 === void 0) continue;
    count5++;
    if (k2.length > 8 && (k2.length > 16 || codePointLength(k2) > 8)) return false;
    let matched4 = false;
    if (pattern$537374.test(k2)) {
      matched4 = true;
      if (typeof x3 !== "string") return false;
    }
    if (!matched4) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  if (count5 < 1) return false;
  if (count5 > 4) return false;
  return true;
}
function check$Dictionary(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    let count7 = 0;
    for (const k2 in o1) {
      if (!hasOwn.call(o1, k2)) continue;
      const x3 = o1[k2];
      if (x3 === void 0) continue;
      count7++;
      passed4: {
        failed5: {
          if (k2.length > 8 && (k2.length > 16 || codePointLength(k2) > 8)) break failed5;
          break passed4;
        }
        if ((s = report(s, p, [k2], "propertyNames", "is not an allowed property name")).length >= issueLimit) return s;
      }
      let matched6 = false;
      if (pattern$537374.test(k2)) {
        matched6 = true;
        if (typeof x3 !== "string") {
          if ((s = report(s, p, [k2], "type", "must be a string")).length >= issueLimit) return s;
        }
      }
      if (!matched6) {
        if (!Number.isInteger(x3)) {
          if ((s = report(s, p, [k2], "type", "must be an integer")).length >= issueLimit) return s;
        }
      }
    }
    if (count7 < 1) {
      if ((s = reportFixed(s, p, issue$minProperties_ac2a56)).length >= issueLimit) return s;
    }
    if (count7 > 4) {
      if ((s = reportFixed(s, p, issue$maxProperties_43fc03)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Dog(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "petType") ? o1.petType : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "barks") ? o1.barks : void 0;
  if (x3 === void 0) return false;
  if (x2 !== "dog") return false;
  if (!Number.isInteger(x3)) return false;
  if (x3 < 0) return false;
  return true;
}
function check$Dog(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "petType") ? o1.petType : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$petType_required_aff603)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "barks") ? o1.barks : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$barks_required_3f876b)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && x2 !== "dog") {
      if (x2 !== "dog") {
        if ((s = reportFixed(s, p, issue$petType_const_0dc468)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0) {
      if (!Number.isInteger(x3)) {
        if ((s = reportFixed(s, p, issue$barks_type_531e9c)).length >= issueLimit) return s;
      } else {
        if (x3 < 0) {
          if ((s = reportFixed(s, p, issue$barks_minimum_29ae6a)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$Formats(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.when;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "when")) return false;
        break property3;
      }
      if (!formats.isDateTime(x2)) {
        if (hasOwn.call(o1, "when")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.day;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "day")) return false;
        break property5;
      }
      if (!formats.isDate(x4)) {
        if (hasOwn.call(o1, "day")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.clock;
  if (x6 !== void 0) {
    property7: {
      if (typeof x6 !== "string") {
        if (hasOwn.call(o1, "clock")) return false;
        break property7;
      }
      if (!formats.isTime(x6)) {
        if (hasOwn.call(o1, "clock")) return false;
        break property7;
      }
    }
  }
  const x8 = o1.id;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "id")) return false;
        break property9;
      }
      if (!formats.isUuid(x8)) {
        if (hasOwn.call(o1, "id")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.mail;
  if (x10 !== void 0) {
    property11: {
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "mail")) return false;
        break property11;
      }
      if (!formats.isEmail(x10)) {
        if (hasOwn.call(o1, "mail")) return false;
        break property11;
      }
    }
  }
  const x12 = o1.link;
  if (x12 !== void 0) {
    property13: {
      if (typeof x12 !== "string") {
        if (hasOwn.call(o1, "link")) return false;
        break property13;
      }
      if (!formats.isUri(x12)) {
        if (hasOwn.call(o1, "link")) return false;
        break property13;
      }
    }
  }
  const x14 = o1.blob;
  if (x14 !== void 0) {
    property15: {
      if (typeof x14 !== "string") {
        if (hasOwn.call(o1, "blob")) return false;
        break property15;
      }
      if (!formats.isByte(x14)) {
        if (hasOwn.call(o1, "blob")) return false;
        break property15;
      }
    }
  }
  const x16 = o1.v4;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "string") {
        if (hasOwn.call(o1, "v4")) return false;
        break property17;
      }
      if (!formats.isIpv4(x16)) {
        if (hasOwn.call(o1, "v4")) return false;
        break property17;
      }
    }
  }
  const x18 = o1.v6;
  if (x18 !== void 0) {
    property19: {
      if (typeof x18 !== "string") {
        if (hasOwn.call(o1, "v6")) return false;
        break property19;
      }
      if (!formats.isIpv6(x18)) {
        if (hasOwn.call(o1, "v6")) return false;
        break property19;
      }
    }
  }
  const x20 = o1.custom;
  if (x20 !== void 0) {
    if (typeof x20 !== "string" && hasOwn.call(o1, "custom")) return false;
  }
  for (const k22 in o1) {
    if (!hasOwn.call(o1, k22)) continue;
    const x23 = o1[k22];
    if (x23 === void 0) continue;
    if (!allowed$73358c.has(k22)) {
      return false;
    }
  }
  return true;
}
function check$Formats(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.when;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "when")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$when_type_5db365)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x2)) {
            if ((s = reportFixed(s, p, issue$when_format_66499c)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.day;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "day")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$day_type_861eb0)).length >= issueLimit) return s;
        } else {
          if (!formats.isDate(x3)) {
            if ((s = reportFixed(s, p, issue$day_format_c523d9)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.clock;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "clock")) {
        if (typeof x4 !== "string") {
          if ((s = reportFixed(s, p, issue$clock_type_df394a)).length >= issueLimit) return s;
        } else {
          if (!formats.isTime(x4)) {
            if ((s = reportFixed(s, p, issue$clock_format_d6edb1)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.id;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x5)) {
            if ((s = reportFixed(s, p, issue$id_format_5ca6f3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.mail;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "mail")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$mail_type_a9f54a)).length >= issueLimit) return s;
        } else {
          if (!formats.isEmail(x6)) {
            if ((s = reportFixed(s, p, issue$mail_format_5084d3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.link;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "link")) {
        if (typeof x7 !== "string") {
          if ((s = reportFixed(s, p, issue$link_type_450aa7)).length >= issueLimit) return s;
        } else {
          if (!formats.isUri(x7)) {
            if ((s = reportFixed(s, p, issue$link_format_53d5ac)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.blob;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "blob")) {
        if (typeof x8 !== "string") {
          if ((s = reportFixed(s, p, issue$blob_type_5e0d73)).length >= issueLimit) return s;
        } else {
          if (!formats.isByte(x8)) {
            if ((s = reportFixed(s, p, issue$blob_format_44fd4c)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.v4;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "v4")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$v4_type_e7fb1d)).length >= issueLimit) return s;
        } else {
          if (!formats.isIpv4(x9)) {
            if ((s = reportFixed(s, p, issue$v4_format_274f0c)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.v6;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "v6")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$v6_type_b6d9ab)).length >= issueLimit) return s;
        } else {
          if (!formats.isIpv6(x10)) {
            if ((s = reportFixed(s, p, issue$v6_format_d7edf2)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1.custom;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o1, "custom")) {
        if ((s = reportFixed(s, p, issue$custom_type_796600)).length >= issueLimit) return s;
      }
    }
    for (const k12 in o1) {
      if (!hasOwn.call(o1, k12)) continue;
      const x13 = o1[k12];
      if (x13 === void 0) continue;
      if (!allowed$73358c.has(k12)) {
        if ((s = report(s, p, [k12], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Hostile(v, d) {
  if (d > MAX_DEPTH) return false;
  if (v !== '"; process.exit(1); "' && v !== "back`tick ${x}" && v !== "line\u2028separator" && v !== "*/") return false;
  return true;
}
function check$Hostile(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (v !== '"; process.exit(1); "' && v !== "back`tick ${x}" && v !== "line\u2028separator" && v !== "*/") {
    if (typeof v !== "string") {
      if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
    } else {
      if (v !== '"; process.exit(1); "' && v !== "back`tick ${x}" && v !== "line\u2028separator" && v !== "*/") {
        if ((s = reportFixed(s, p, issue$enum_346732)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Label(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  if (v.length < 2 || v.length < 3 && codePointLength(v) < 2) return false;
  return true;
}
function check$Label(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  } else {
    if (v.length < 2 || v.length < 3 && codePointLength(v) < 2) {
      if ((s = reportFixed(s, p, issue$minLength_763a2c)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Legacy(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "age") ? o1.age : void 0;
  if (x2 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (x2 > 150 || x2 <= 0) return false;
  const x3 = o1.score;
  if (x3 !== void 0) {
    property4: {
      if (!Number.isFinite(x3)) {
        if (hasOwn.call(o1, "score")) return false;
        break property4;
      }
      if (x3 >= 10) {
        if (hasOwn.call(o1, "score")) return false;
        break property4;
      }
    }
  }
  const x5 = o1.nick;
  if (x5 !== void 0) {
    property6: {
      if (!(x5 === null || typeof x5 === "string")) {
        if (hasOwn.call(o1, "nick")) return false;
        break property6;
      }
      if (typeof x5 === "string") {
        if (x5.length > 3 && (x5.length > 6 || codePointLength(x5) > 3)) {
          if (hasOwn.call(o1, "nick")) return false;
          break property6;
        }
      }
    }
  }
  const x7 = o1.level;
  if (x7 !== void 0) {
    if (x7 !== "low" && x7 !== "high" && x7 !== null && hasOwn.call(o1, "level")) return false;
  }
  const x9 = o1.parent;
  if (x9 !== void 0) {
    property10: {
      passed15: {
        failed16: {
          if (!is$LegacyRef(x9, d + 1)) break failed16;
          break passed15;
        }
        failed21: {
          if (x9 !== null) break failed21;
          break passed15;
        }
        {
          if (hasOwn.call(o1, "parent")) return false;
          break property10;
        }
      }
    }
  }
  const x22 = o1.shape;
  if (x22 !== void 0) {
    if (!is$Shape(x22, d + 1) && hasOwn.call(o1, "shape")) return false;
  }
  for (const k28 in o1) {
    if (!hasOwn.call(o1, k28)) continue;
    const x29 = o1[k28];
    if (x29 === void 0) continue;
    if (k28 !== "age" && k28 !== "score" && k28 !== "nick" && k28 !== "level" && k28 !== "parent" && k28 !== "shape") {
      return false;
    }
  }
  return true;
}
function check$Legacy(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "age") ? o1.age : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$age_required_0df5eb)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Number.isInteger(x2)) {
        if ((s = reportFixed(s, p, issue$age_type_e96682)).length >= issueLimit) return s;
      } else {
        if (x2 > 150) {
          if ((s = reportFixed(s, p, issue$age_maximum_a98363)).length >= issueLimit) return s;
        }
        if (x2 <= 0) {
          if ((s = reportFixed(s, p, issue$age_exclusiveMinimum_570d92)).length >= issueLimit) return s;
        }
      }
    }
    const x3 = o1.score;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "score")) {
        if (!Number.isFinite(x3)) {
          if ((s = reportFixed(s, p, issue$score_type_90e2ab)).length >= issueLimit) return s;
        } else {
          if (x3 >= 10) {
            if ((s = reportFixed(s, p, issue$score_exclusiveMaximum_c8dcc6)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.nick;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "nick")) {
        if (!(x4 === null || typeof x4 === "string")) {
          if ((s = reportFixed(s, p, issue$nick_type_7621c1)).length >= issueLimit) return s;
        } else {
          if (typeof x4 === "string") {
            if (x4.length > 3 && (x4.length > 6 || codePointLength(x4) > 3)) {
              if ((s = reportFixed(s, p, issue$nick_maxLength_172235)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x5 = o1.level;
    if (x5 !== void 0) {
      if (x5 !== "low" && x5 !== "high" && x5 !== null && hasOwn.call(o1, "level")) {
        if (!(x5 === null || typeof x5 === "string")) {
          if ((s = reportFixed(s, p, issue$level_type_d950d7)).length >= issueLimit) return s;
        } else {
          if (x5 !== "low" && x5 !== "high" && x5 !== null) {
            if ((s = reportFixed(s, p, issue$level_enum_c4c264)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.parent;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "parent")) {
        passed15: {
          failed16: {
            if (!is$LegacyRef(x6, d + 1)) break failed16;
            break passed15;
          }
          failed21: {
            if (x6 !== null) break failed21;
            break passed15;
          }
          if (x6 === null) {
          } else {
            if (!is$LegacyRef(x6, d + 1)) {
              if (full(s = check$LegacyRef(x6, below(p, ["parent"]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x22 = o1.shape;
    if (x22 !== void 0) {
      if (!is$Shape(x22, d + 1) && hasOwn.call(o1, "shape")) {
        if (full(s = check$Shape(x22, below(p, ["shape"]), s, d + 1))) return s;
      }
    }
    for (const k23 in o1) {
      if (!hasOwn.call(o1, k23)) continue;
      const x24 = o1[k23];
      if (x24 === void 0) continue;
      if (k23 !== "age" && k23 !== "score" && k23 !== "nick" && k23 !== "level" && k23 !== "parent" && k23 !== "shape") {
        if ((s = report(s, p, [k23], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$LegacyRef(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  return true;
}
function check$LegacyRef(v, p, s, d) {
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
  }
  return s;
}
function is$Nothing(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$Nothing(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const tag4 = hasOwn.call(v, "petType") ? v.petType : void 0;
  switch (tag4) {
    case "cat":
      if (!is$Cat(v, d + 1)) return false;
      break;
    case "dog":
      if (!is$Dog(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const tag4 = hasOwn.call(v, "petType") ? v.petType : void 0;
    switch (tag4) {
      case "cat":
        if (!is$Cat(v, d + 1)) {
          if (full(s = check$Cat(v, p, s, d + 1))) return s;
        }
        break;
      case "dog":
        if (!is$Dog(v, d + 1)) {
          if (full(s = check$Dog(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_159d7e)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Scalars(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "count") ? o1.count : void 0;
  if (x2 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  if (x2 < -2147483648 || x2 > 2147483647 || x2 < -10 || x2 > 1e3) return false;
  const x3 = o1.big;
  if (x3 !== void 0) {
    property4: {
      if (!Number.isInteger(x3)) {
        if (hasOwn.call(o1, "big")) return false;
        break property4;
      }
      if (x3 < -9223372036854776e3 || x3 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "big")) return false;
        break property4;
      }
    }
  }
  const x5 = o1.ratio;
  if (x5 !== void 0) {
    property6: {
      if (!Number.isFinite(x5)) {
        if (hasOwn.call(o1, "ratio")) return false;
        break property6;
      }
      if (x5 <= 0 || x5 >= 1) {
        if (hasOwn.call(o1, "ratio")) return false;
        break property6;
      }
    }
  }
  const x7 = o1.half;
  if (x7 !== void 0) {
    property8: {
      if (!Number.isFinite(x7)) {
        if (hasOwn.call(o1, "half")) return false;
        break property8;
      }
      if (x7 < -1e6 || x7 > 1e6 || !isDecimalMultiple(x7, 0.5)) {
        if (hasOwn.call(o1, "half")) return false;
        break property8;
      }
    }
  }
  const x9 = o1.triple;
  if (x9 !== void 0) {
    property10: {
      if (!Number.isInteger(x9)) {
        if (hasOwn.call(o1, "triple")) return false;
        break property10;
      }
      if (x9 < -9007199254740991 || x9 > 9007199254740991 || x9 % 3 !== 0) {
        if (hasOwn.call(o1, "triple")) return false;
        break property10;
      }
    }
  }
  const x11 = o1.weight;
  if (x11 !== void 0) {
    property12: {
      if (!Number.isFinite(x11)) {
        if (hasOwn.call(o1, "weight")) return false;
        break property12;
      }
      if (x11 < -34028234663852886e22 || x11 > 34028234663852886e22) {
        if (hasOwn.call(o1, "weight")) return false;
        break property12;
      }
    }
  }
  const x13 = o1.precise;
  if (x13 !== void 0) {
    if (!Number.isFinite(x13) && hasOwn.call(o1, "precise")) return false;
  }
  const x15 = o1.code;
  if (x15 !== void 0) {
    property16: {
      if (typeof x15 !== "string") {
        if (hasOwn.call(o1, "code")) return false;
        break property16;
      }
      if (x15.length < 2 || x15.length < 3 && codePointLength(x15) < 2 || x15.length > 5 && (x15.length > 10 || codePointLength(x15) > 5) || !pattern$5088e4.test(x15)) {
        if (hasOwn.call(o1, "code")) return false;
        break property16;
      }
    }
  }
  const x17 = o1.letters;
  if (x17 !== void 0) {
    property18: {
      if (typeof x17 !== "string") {
        if (hasOwn.call(o1, "letters")) return false;
        break property18;
      }
      if (x17.length < 2 || x17.length < 3 && codePointLength(x17) < 2 || x17.length > 3 && (x17.length > 6 || codePointLength(x17) > 3) || !pattern$fe77b0.test(x17)) {
        if (hasOwn.call(o1, "letters")) return false;
        break property18;
      }
    }
  }
  const x19 = o1.nullableName;
  if (x19 !== void 0) {
    property20: {
      if (!(x19 === null || typeof x19 === "string")) {
        if (hasOwn.call(o1, "nullableName")) return false;
        break property20;
      }
      if (typeof x19 === "string") {
        if (x19.length > 4 && (x19.length > 8 || codePointLength(x19) > 4)) {
          if (hasOwn.call(o1, "nullableName")) return false;
          break property20;
        }
      }
    }
  }
  const x21 = o1.kind;
  if (x21 !== void 0) {
    if (x21 !== "a" && x21 !== "b" && x21 !== 1 && x21 !== null && hasOwn.call(o1, "kind")) return false;
  }
  const x23 = o1.fixed;
  if (x23 !== void 0) {
    if (!jsonEqual(x23, constant$f2f80c) && hasOwn.call(o1, "fixed")) return false;
  }
  const x29 = o1.choice;
  if (x29 !== void 0) {
    if (x29 !== 5 && x29 !== 1e3 && hasOwn.call(o1, "choice")) return false;
  }
  const x31 = o1.flag;
  if (x31 !== void 0) {
    if (typeof x31 !== "boolean" && hasOwn.call(o1, "flag")) return false;
  }
  const x33 = o1.color;
  if (x33 !== void 0) {
    if (!allowed$439553.has(x33) && hasOwn.call(o1, "color")) return false;
  }
  const x35 = o1.point;
  if (x35 !== void 0) {
    if (!jsonIncludes(constant$8835f8, x35) && hasOwn.call(o1, "point")) return false;
  }
  const x41 = o1.answer;
  if (x41 !== void 0) {
    if (x41 !== 42 && hasOwn.call(o1, "answer")) return false;
  }
  for (const k43 in o1) {
    if (!hasOwn.call(o1, k43)) continue;
    const x44 = o1[k43];
    if (x44 === void 0) continue;
    if (!allowed$5b1779.has(k43)) {
      return false;
    }
  }
  return true;
}
function check$Scalars(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "count") ? o1.count : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$count_required_925c33)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Number.isInteger(x2)) {
        if ((s = reportFixed(s, p, issue$count_type_8b73d1)).length >= issueLimit) return s;
      } else {
        if (x2 < -2147483648 || x2 > 2147483647) {
          if ((s = reportFixed(s, p, issue$count_format_c8797b)).length >= issueLimit) return s;
        }
        if (x2 < -10) {
          if ((s = reportFixed(s, p, issue$count_minimum_13c4e8)).length >= issueLimit) return s;
        }
        if (x2 > 1e3) {
          if ((s = reportFixed(s, p, issue$count_maximum_ac54c4)).length >= issueLimit) return s;
        }
      }
    }
    const x3 = o1.big;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "big")) {
        if (!Number.isInteger(x3)) {
          if ((s = reportFixed(s, p, issue$big_type_4726e4)).length >= issueLimit) return s;
        } else {
          if (x3 < -9223372036854776e3 || x3 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$big_format_4b623b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.ratio;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "ratio")) {
        if (!Number.isFinite(x4)) {
          if ((s = reportFixed(s, p, issue$ratio_type_eee0c0)).length >= issueLimit) return s;
        } else {
          if (x4 <= 0) {
            if ((s = reportFixed(s, p, issue$ratio_exclusiveMinimum_56a722)).length >= issueLimit) return s;
          }
          if (x4 >= 1) {
            if ((s = reportFixed(s, p, issue$ratio_exclusiveMaximum_4355e7)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.half;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "half")) {
        if (!Number.isFinite(x5)) {
          if ((s = reportFixed(s, p, issue$half_type_6c078b)).length >= issueLimit) return s;
        } else {
          if (x5 < -1e6) {
            if ((s = reportFixed(s, p, issue$half_minimum_865f6a)).length >= issueLimit) return s;
          }
          if (x5 > 1e6) {
            if ((s = reportFixed(s, p, issue$half_maximum_fe4d86)).length >= issueLimit) return s;
          }
          if (!isDecimalMultiple(x5, 0.5)) {
            if ((s = reportFixed(s, p, issue$half_multipleOf_7fb5fd)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.triple;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "triple")) {
        if (!Number.isInteger(x6)) {
          if ((s = reportFixed(s, p, issue$triple_type_ac6009)).length >= issueLimit) return s;
        } else {
          if (x6 < -9007199254740991) {
            if ((s = reportFixed(s, p, issue$triple_minimum_758332)).length >= issueLimit) return s;
          }
          if (x6 > 9007199254740991) {
            if ((s = reportFixed(s, p, issue$triple_maximum_cf324e)).length >= issueLimit) return s;
          }
          if (x6 % 3 !== 0) {
            if ((s = reportFixed(s, p, issue$triple_multipleOf_6cef52)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.weight;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "weight")) {
        if (!Number.isFinite(x7)) {
          if ((s = reportFixed(s, p, issue$weight_type_0f339b)).length >= issueLimit) return s;
        } else {
          if (x7 < -34028234663852886e22 || x7 > 34028234663852886e22) {
            if ((s = reportFixed(s, p, issue$weight_format_8b77ad)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.precise;
    if (x8 !== void 0) {
      if (!Number.isFinite(x8) && hasOwn.call(o1, "precise")) {
        if ((s = reportFixed(s, p, issue$precise_type_df1a57)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.code;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "code")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$code_type_485b74)).length >= issueLimit) return s;
        } else {
          if (x9.length < 2 || x9.length < 3 && codePointLength(x9) < 2) {
            if ((s = reportFixed(s, p, issue$code_minLength_e34c93)).length >= issueLimit) return s;
          }
          if (x9.length > 5 && (x9.length > 10 || codePointLength(x9) > 5)) {
            if ((s = reportFixed(s, p, issue$code_maxLength_c77b72)).length >= issueLimit) return s;
          }
          if (!pattern$5088e4.test(x9)) {
            if ((s = reportFixed(s, p, issue$code_pattern_4d490f)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.letters;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "letters")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$letters_type_05fe01)).length >= issueLimit) return s;
        } else {
          if (x10.length < 2 || x10.length < 3 && codePointLength(x10) < 2) {
            if ((s = reportFixed(s, p, issue$letters_minLength_71fd6a)).length >= issueLimit) return s;
          }
          if (x10.length > 3 && (x10.length > 6 || codePointLength(x10) > 3)) {
            if ((s = reportFixed(s, p, issue$letters_maxLength_1112a3)).length >= issueLimit) return s;
          }
          if (!pattern$fe77b0.test(x10)) {
            if ((s = reportFixed(s, p, issue$letters_pattern_ef2b76)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x11 = o1.nullableName;
    if (x11 !== void 0) {
      if (hasOwn.call(o1, "nullableName")) {
        if (!(x11 === null || typeof x11 === "string")) {
          if ((s = reportFixed(s, p, issue$nullableName_type_c069c8)).length >= issueLimit) return s;
        } else {
          if (typeof x11 === "string") {
            if (x11.length > 4 && (x11.length > 8 || codePointLength(x11) > 4)) {
              if ((s = reportFixed(s, p, issue$nullableName_maxLength_c120cb)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x12 = o1.kind;
    if (x12 !== void 0) {
      if (x12 !== "a" && x12 !== "b" && x12 !== 1 && x12 !== null && hasOwn.call(o1, "kind")) {
        if (x12 !== "a" && x12 !== "b" && x12 !== 1 && x12 !== null) {
          if ((s = reportFixed(s, p, issue$kind_enum_ccea22)).length >= issueLimit) return s;
        }
      }
    }
    const x17 = o1.fixed;
    if (x17 !== void 0) {
      if (!jsonEqual(x17, constant$f2f80c) && hasOwn.call(o1, "fixed")) {
        if ((s = reportFixed(s, p, issue$fixed_const_7bc0a1)).length >= issueLimit) return s;
      }
    }
    const x22 = o1.choice;
    if (x22 !== void 0) {
      if (x22 !== 5 && x22 !== 1e3 && hasOwn.call(o1, "choice")) {
        if (!Number.isInteger(x22)) {
          if ((s = reportFixed(s, p, issue$choice_type_b59201)).length >= issueLimit) return s;
        } else {
          if (x22 !== 5 && x22 !== 1e3) {
            if ((s = reportFixed(s, p, issue$choice_enum_4c943c)).length >= issueLimit) return s;
          }
          if (x22 < -2147483648 || x22 > 2147483647) {
            if ((s = reportFixed(s, p, issue$choice_format_1cbe7b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x23 = o1.flag;
    if (x23 !== void 0) {
      if (typeof x23 !== "boolean" && hasOwn.call(o1, "flag")) {
        if ((s = reportFixed(s, p, issue$flag_type_138d70)).length >= issueLimit) return s;
      }
    }
    const x24 = o1.color;
    if (x24 !== void 0) {
      if (!allowed$439553.has(x24) && hasOwn.call(o1, "color")) {
        if (typeof x24 !== "string") {
          if ((s = reportFixed(s, p, issue$color_type_13e718)).length >= issueLimit) return s;
        } else {
          if (!allowed$439553.has(x24)) {
            if ((s = reportFixed(s, p, issue$color_enum_167c98)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x25 = o1.point;
    if (x25 !== void 0) {
      if (!jsonIncludes(constant$8835f8, x25) && hasOwn.call(o1, "point")) {
        if ((s = reportFixed(s, p, issue$point_enum_a42704)).length >= issueLimit) return s;
      }
    }
    const x30 = o1.answer;
    if (x30 !== void 0) {
      if (x30 !== 42 && hasOwn.call(o1, "answer")) {
        if (x30 !== 42) {
          if ((s = reportFixed(s, p, issue$answer_const_7ef783)).length >= issueLimit) return s;
        }
      }
    }
    for (const k35 in o1) {
      if (!hasOwn.call(o1, k35)) continue;
      const x36 = o1[k35];
      if (x36 === void 0) continue;
      if (!allowed$5b1779.has(k35)) {
        if ((s = report(s, p, [k35], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Shape(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const tag5 = hasOwn.call(v, "kind") ? v.kind : void 0;
  switch (tag5) {
    case "circle":
      if (!is$Circle(v, d + 1)) return false;
      break;
    case "square":
      if (!is$Square(v, d + 1)) return false;
      break;
    default:
      return false;
  }
  return true;
}
function check$Shape(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$kind_required_9a21aa)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$kind_type_5eee23)).length >= issueLimit) return s;
    }
    const tag5 = hasOwn.call(v, "kind") ? v.kind : void 0;
    switch (tag5) {
      case "circle":
        if (!is$Circle(v, d + 1)) {
          if (full(s = check$Circle(v, p, s, d + 1))) return s;
        }
        break;
      case "square":
        if (!is$Square(v, d + 1)) {
          if (full(s = check$Square(v, p, s, d + 1))) return s;
        }
        break;
      default:
        if ((s = reportFixed(s, p, issue$discriminator_1496df)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$SlashPattern(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  if (!pattern$0dc606.test(v)) return false;
  return true;
}
function check$SlashPattern(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  } else {
    if (!pattern$0dc606.test(v)) {
      if ((s = reportFixed(s, p, issue$pattern_d0b9a7)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$Square(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "side") ? o1.side : void 0;
  if (x3 === void 0) return false;
  if (x2 !== "square") return false;
  if (!Number.isInteger(x3)) return false;
  if (x3 < 1) return false;
  return true;
}
function check$Square(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "kind") ? o1.kind : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$kind_required_9a21aa)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "side") ? o1.side : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$side_required_a7f847)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && x2 !== "square") {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$kind_type_5eee23)).length >= issueLimit) return s;
      } else {
        if (x2 !== "square") {
          if ((s = reportFixed(s, p, issue$kind_enum_5177fa)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0) {
      if (!Number.isInteger(x3)) {
        if ((s = reportFixed(s, p, issue$side_type_8c3dcf)).length >= issueLimit) return s;
      } else {
        if (x3 < 1) {
          if ((s = reportFixed(s, p, issue$side_minimum_36e10d)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$TreeNode(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "value") ? o1.value : void 0;
  if (x2 === void 0) return false;
  if (!Number.isInteger(x2)) return false;
  const x3 = o1.children;
  if (x3 !== void 0) {
    property4: {
      if (!Array.isArray(x3)) {
        if (hasOwn.call(o1, "children")) return false;
        break property4;
      }
      const a5 = x3;
      for (let i6 = 0; i6 < a5.length; i6++) {
        const x7 = a5[i6];
        if (!is$TreeNode(x7, d + 1)) {
          if (hasOwn.call(o1, "children")) return false;
          break property4;
        }
      }
    }
  }
  for (const k12 in o1) {
    if (!hasOwn.call(o1, k12)) continue;
    const x13 = o1[k12];
    if (x13 === void 0) continue;
    if (k12 !== "value" && k12 !== "children") {
      return false;
    }
  }
  return true;
}
function check$TreeNode(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "value") ? o1.value : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$value_required_dfd44f)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && !Number.isInteger(x2)) {
      if ((s = reportFixed(s, p, issue$value_type_234d8e)).length >= issueLimit) return s;
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
            if (!is$TreeNode(x6, d + 1)) {
              if (full(s = check$TreeNode(x6, below(p, ["children", i5]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    for (const k7 in o1) {
      if (!hasOwn.call(o1, k7)) continue;
      const x8 = o1[k7];
      if (x8 === void 0) continue;
      if (k7 !== "value" && k7 !== "children") {
        if ((s = report(s, p, [k7], "additionalProperties", "is not an allowed property")).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Account: {
    type: "object",
    properties: {
      id: { type: "string", readOnly: true },
      name: { type: "string", minLength: 1 },
      password: false
    },
    required: ["id", "name"],
    additionalProperties: false
  },
  AccountWritable: {
    type: "object",
    properties: {
      id: false,
      name: { type: "string", minLength: 1 },
      password: { type: "string", minLength: 8, writeOnly: true }
    },
    required: ["name", "password"],
    additionalProperties: false
  },
  Anything: {},
  Cat: {
    type: "object",
    properties: { petType: { const: "cat" }, meows: { type: "boolean" } },
    required: ["petType", "meows"]
  },
  Circle: {
    type: "object",
    properties: {
      kind: { type: "string", enum: ["circle"] },
      radius: { type: "number", minimum: 0 }
    },
    required: ["kind", "radius"]
  },
  Collections: {
    type: "object",
    properties: {
      tags: {
        type: "array",
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
        items: { type: "string" }
      },
      tuple: {
        type: "array",
        prefixItems: [{ type: "string" }, { type: "integer" }],
        items: false
      },
      pairs: { type: "array", prefixItems: [{ type: "integer" }], items: { type: "string" } },
      matrix: {
        type: "array",
        uniqueItems: true,
        items: { type: "array", items: { type: "number" } }
      },
      records: { type: "array", uniqueItems: true, items: { type: "object" } }
    },
    additionalProperties: false
  },
  Composition: {
    type: "object",
    properties: {
      both: { allOf: [{ type: "string", minLength: 1 }, { type: "string", maxLength: 3 }] },
      either: { anyOf: [{ type: "string", maxLength: 3 }, { type: "integer", minimum: 0 }] },
      exactlyOne: {
        oneOf: [
          { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991, multipleOf: 2 },
          { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991, multipleOf: 3 }
        ]
      },
      notNull: { not: { type: "null" } },
      labelled: { $ref: "#/$defs/Label", type: "string", maxLength: 4 },
      pet: { $ref: "#/$defs/Pet" }
    },
    additionalProperties: false
  },
  Dangerous: {
    type: "object",
    properties: {
      constructor: { type: "string" },
      prototype: { type: "integer" },
      toString: { type: "boolean" },
      'quote"and\\backslash': { type: "integer" },
      "new\nline */ end": { type: "integer" },
      "emoji \u{1F431}": { type: "integer" }
    },
    required: ["constructor"],
    additionalProperties: { type: "null" }
  },
  Dictionary: {
    type: "object",
    minProperties: 1,
    maxProperties: 4,
    patternProperties: { "^x-": { type: "string" } },
    additionalProperties: { type: "integer" },
    propertyNames: { type: "string", maxLength: 8 }
  },
  Dog: {
    type: "object",
    properties: { petType: { const: "dog" }, barks: { type: "integer", minimum: 0 } },
    required: ["petType", "barks"]
  },
  Formats: {
    type: "object",
    properties: {
      when: { type: "string", format: "date-time" },
      day: { type: "string", format: "date" },
      clock: { type: "string", format: "time" },
      id: { type: "string", format: "uuid" },
      mail: { type: "string", format: "email" },
      link: { type: "string", format: "uri" },
      blob: { type: "string", format: "byte" },
      v4: { type: "string", format: "ipv4" },
      v6: { type: "string", format: "ipv6" },
      custom: { type: "string", format: "x-not-a-known-format" }
    },
    additionalProperties: false
  },
  Hostile: {
    description: "*/ }); throw new Error('escaped'); /*",
    type: "string",
    enum: ['"; process.exit(1); "', "back`tick ${x}", "line\u2028separator", "*/"]
  },
  Label: { type: "string", minLength: 2 },
  Legacy: {
    type: "object",
    properties: {
      age: { type: "integer", maximum: 150, exclusiveMinimum: 0 },
      score: { type: "number", exclusiveMaximum: 10 },
      nick: { type: ["string", "null"], maxLength: 3 },
      level: { type: ["string", "null"], enum: ["low", "high", null] },
      parent: { anyOf: [{ $ref: "#/$defs/LegacyRef" }, { type: "null" }] },
      shape: { $ref: "#/$defs/Shape" }
    },
    required: ["age"],
    additionalProperties: false
  },
  LegacyRef: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
  Nothing: false,
  Pet: { type: "object", oneOf: [{ $ref: "#/$defs/Cat" }, { $ref: "#/$defs/Dog" }] },
  Scalars: {
    type: "object",
    properties: {
      count: { type: "integer", format: "int32", minimum: -10, maximum: 1e3 },
      big: { type: "integer", format: "int64" },
      ratio: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
      half: { type: "number", minimum: -1e6, maximum: 1e6, multipleOf: 0.5 },
      triple: {
        type: "integer",
        minimum: -9007199254740991,
        maximum: 9007199254740991,
        multipleOf: 3
      },
      weight: { type: "number", format: "float" },
      precise: { type: "number", format: "double" },
      code: { type: "string", minLength: 2, maxLength: 5, pattern: "^[A-Z]+$" },
      letters: { type: "string", minLength: 2, maxLength: 3, pattern: "^\\p{L}+$" },
      nullableName: { type: ["string", "null"], maxLength: 4 },
      kind: { enum: ["a", "b", 1, null] },
      fixed: { const: { x: 1, y: [true] } },
      choice: { type: "integer", enum: [5, 1e3], format: "int32" },
      flag: { type: "boolean" },
      color: {
        type: "string",
        enum: [
          "red",
          "orange",
          "yellow",
          "green",
          "blue",
          "indigo",
          "violet",
          "black",
          "white",
          "grey"
        ]
      },
      point: { enum: [[0, 0], [1, 1], { x: 0 }] },
      answer: { const: 42 }
    },
    required: ["count"],
    additionalProperties: false
  },
  Shape: {
    type: "object",
    properties: { kind: { type: "string" } },
    required: ["kind"],
    oneOf: [{ $ref: "#/$defs/Circle" }, { $ref: "#/$defs/Square" }]
  },
  SlashPattern: { type: "string", pattern: '^a/b\\\\\\d+"q$' },
  Square: {
    type: "object",
    properties: {
      kind: { type: "string", enum: ["square"] },
      side: { type: "integer", minimum: 1 }
    },
    required: ["kind", "side"]
  },
  TreeNode: {
    type: "object",
    properties: {
      value: { type: "integer" },
      children: { type: "array", items: { $ref: "#/$defs/TreeNode" } }
    },
    required: ["value"],
    additionalProperties: false
  }
};
const jsonSchema$roots = {
  Account: { $ref: "#/$defs/Account" },
  AccountWritable: { $ref: "#/$defs/AccountWritable" },
  Anything: { $ref: "#/$defs/Anything" },
  Cat: { $ref: "#/$defs/Cat" },
  Circle: { $ref: "#/$defs/Circle" },
  Collections: { $ref: "#/$defs/Collections" },
  Composition: { $ref: "#/$defs/Composition" },
  Dangerous: { $ref: "#/$defs/Dangerous" },
  Dictionary: { $ref: "#/$defs/Dictionary" },
  Dog: { $ref: "#/$defs/Dog" },
  Formats: { $ref: "#/$defs/Formats" },
  Hostile: { $ref: "#/$defs/Hostile" },
  Label: { $ref: "#/$defs/Label" },
  Legacy: { $ref: "#/$defs/Legacy" },
  LegacyRef: { $ref: "#/$defs/LegacyRef" },
  Nothing: { $ref: "#/$defs/Nothing" },
  Pet: { $ref: "#/$defs/Pet" },
  Scalars: { $ref: "#/$defs/Scalars" },
  Shape: { $ref: "#/$defs/Shape" },
  SlashPattern: { $ref: "#/$defs/SlashPattern" },
  Square: { $ref: "#/$defs/Square" },
  TreeNode: { $ref: "#/$defs/TreeNode" },
  ReplaceAccountRequestBody: { $ref: "#/$defs/AccountWritable" },
  ReplaceAccountResponse: { $ref: "#/$defs/Account" },
  CreateScalarsRequestBody: { $ref: "#/$defs/Scalars" },
  CreateScalarsResponse: { $ref: "#/$defs/Scalars" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isAccount,
  isAccountWritable,
  isAnything,
  isCat,
  isCircle,
  isCollections,
  isComposition,
  isCreateScalarsRequestBody,
  isCreateScalarsResponse,
  isDangerous,
  isDictionary,
  isDog,
  isFormats,
  isHostile,
  isLabel,
  isLegacy,
  isLegacyRef,
  isNothing,
  isPet,
  isReplaceAccountRequestBody,
  isReplaceAccountResponse,
  isScalars,
  isShape,
  isSlashPattern,
  isSquare,
  isTreeNode,
  schemas,
  validateAccount,
  validateAccountWritable,
  validateAnything,
  validateCat,
  validateCircle,
  validateCollections,
  validateComposition,
  validateCreateScalarsRequestBody,
  validateCreateScalarsResponse,
  validateDangerous,
  validateDictionary,
  validateDog,
  validateFormats,
  validateHostile,
  validateLabel,
  validateLegacy,
  validateLegacyRef,
  validateNothing,
  validatePet,
  validateReplaceAccountRequestBody,
  validateReplaceAccountResponse,
  validateScalars,
  validateShape,
  validateSlashPattern,
  validateSquare,
  validateTreeNode
};
