import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against `Circular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircular(value: unknown, options?: ValidateOptions): ValidationResult<T.Circular>;

/**
 * True when a value matches `Circular`.
 */
export declare function isCircular(value: unknown): value is T.Circular;

/**
 * Checks a value against `StringEnum`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringEnum(value: unknown, options?: ValidateOptions): ValidationResult<T.StringEnum>;

/**
 * True when a value matches `StringEnum`.
 */
export declare function isStringEnum(value: unknown): value is T.StringEnum;

/**
 * Checks a value against the request body of `arraySchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArraySchemaSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ArraySchemaSupportRequestBody>;

/**
 * True when a value matches the request body of `arraySchemaSupport`.
 */
export declare function isArraySchemaSupportRequestBody(value: unknown): value is T.ArraySchemaSupportRequestBody;

/**
 * Checks a value against the response body of `arraySchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArraySchemaSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ArraySchemaSupportResponse>;

/**
 * True when a value matches the response body of `arraySchemaSupport`.
 */
export declare function isArraySchemaSupportResponse(value: unknown): value is T.ArraySchemaSupportResponse;

/**
 * Checks a value against the request body of `arrayTopLevelObjects`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayTopLevelObjectsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayTopLevelObjectsRequestBody>;

/**
 * True when a value matches the request body of `arrayTopLevelObjects`.
 */
export declare function isArrayTopLevelObjectsRequestBody(value: unknown): value is T.ArrayTopLevelObjectsRequestBody;

/**
 * Checks a value against the response body of `arrayTopLevelObjects`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayTopLevelObjectsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayTopLevelObjectsResponse>;

/**
 * True when a value matches the response body of `arrayTopLevelObjects`.
 */
export declare function isArrayTopLevelObjectsResponse(value: unknown): value is T.ArrayTopLevelObjectsResponse;

/**
 * Checks a value against the request body of `arrayTopLevelPrimitives`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayTopLevelPrimitivesRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayTopLevelPrimitivesRequestBody>;

/**
 * True when a value matches the request body of `arrayTopLevelPrimitives`.
 */
export declare function isArrayTopLevelPrimitivesRequestBody(value: unknown): value is T.ArrayTopLevelPrimitivesRequestBody;

/**
 * Checks a value against the response body of `arrayTopLevelPrimitives`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayTopLevelPrimitivesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayTopLevelPrimitivesResponse>;

/**
 * True when a value matches the response body of `arrayTopLevelPrimitives`.
 */
export declare function isArrayTopLevelPrimitivesResponse(value: unknown): value is T.ArrayTopLevelPrimitivesResponse;

/**
 * Checks a value against the request body of `booleanSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanSchemaSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanSchemaSupportRequestBody>;

/**
 * True when a value matches the request body of `booleanSchemaSupport`.
 */
export declare function isBooleanSchemaSupportRequestBody(value: unknown): value is T.BooleanSchemaSupportRequestBody;

/**
 * Checks a value against the response body of `booleanSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanSchemaSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanSchemaSupportResponse>;

/**
 * True when a value matches the response body of `booleanSchemaSupport`.
 */
export declare function isBooleanSchemaSupportResponse(value: unknown): value is T.BooleanSchemaSupportResponse;

/**
 * Checks a value against the request body of `booleanTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanTopLevelRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanTopLevelRequestBody>;

/**
 * True when a value matches the request body of `booleanTopLevel`.
 */
export declare function isBooleanTopLevelRequestBody(value: unknown): value is T.BooleanTopLevelRequestBody;

/**
 * Checks a value against the response body of `booleanTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanTopLevelResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanTopLevelResponse>;

/**
 * True when a value matches the response body of `booleanTopLevel`.
 */
export declare function isBooleanTopLevelResponse(value: unknown): value is T.BooleanTopLevelResponse;

/**
 * Checks a value against the request body of `circularHandling`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircularHandlingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CircularHandlingRequestBody>;

/**
 * True when a value matches the request body of `circularHandling`.
 */
export declare function isCircularHandlingRequestBody(value: unknown): value is T.CircularHandlingRequestBody;

/**
 * Checks a value against the response body of `circularHandling`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircularHandlingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CircularHandlingResponse>;

/**
 * True when a value matches the response body of `circularHandling`.
 */
export declare function isCircularHandlingResponse(value: unknown): value is T.CircularHandlingResponse;

/**
 * Checks a value against the request body of `circularTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircularTopLevelRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CircularTopLevelRequestBody>;

/**
 * True when a value matches the request body of `circularTopLevel`.
 */
export declare function isCircularTopLevelRequestBody(value: unknown): value is T.CircularTopLevelRequestBody;

/**
 * Checks a value against the response body of `circularTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircularTopLevelResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CircularTopLevelResponse>;

/**
 * True when a value matches the response body of `circularTopLevel`.
 */
export declare function isCircularTopLevelResponse(value: unknown): value is T.CircularTopLevelResponse;

/**
 * Checks a value against the request body of `numberFormatSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberFormatSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberFormatSupportRequestBody>;

/**
 * True when a value matches the request body of `numberFormatSupport`.
 */
export declare function isNumberFormatSupportRequestBody(value: unknown): value is T.NumberFormatSupportRequestBody;

/**
 * Checks a value against the response body of `numberFormatSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberFormatSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberFormatSupportResponse>;

/**
 * True when a value matches the response body of `numberFormatSupport`.
 */
export declare function isNumberFormatSupportResponse(value: unknown): value is T.NumberFormatSupportResponse;

/**
 * Checks a value against the request body of `numberSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberSchemaSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberSchemaSupportRequestBody>;

/**
 * True when a value matches the request body of `numberSchemaSupport`.
 */
export declare function isNumberSchemaSupportRequestBody(value: unknown): value is T.NumberSchemaSupportRequestBody;

/**
 * Checks a value against the response body of `numberSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberSchemaSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberSchemaSupportResponse>;

/**
 * True when a value matches the response body of `numberSchemaSupport`.
 */
export declare function isNumberSchemaSupportResponse(value: unknown): value is T.NumberSchemaSupportResponse;

/**
 * Checks a value against the request body of `numberTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberTopLevelRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberTopLevelRequestBody>;

/**
 * True when a value matches the request body of `numberTopLevel`.
 */
export declare function isNumberTopLevelRequestBody(value: unknown): value is T.NumberTopLevelRequestBody;

/**
 * Checks a value against the response body of `numberTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberTopLevelResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberTopLevelResponse>;

/**
 * True when a value matches the response body of `numberTopLevel`.
 */
export declare function isNumberTopLevelResponse(value: unknown): value is T.NumberTopLevelResponse;

/**
 * Checks a value against the request body of `objectSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectSchemaSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectSchemaSupportRequestBody>;

/**
 * True when a value matches the request body of `objectSchemaSupport`.
 */
export declare function isObjectSchemaSupportRequestBody(value: unknown): value is T.ObjectSchemaSupportRequestBody;

/**
 * Checks a value against the response body of `objectSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectSchemaSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectSchemaSupportResponse>;

/**
 * True when a value matches the response body of `objectSchemaSupport`.
 */
export declare function isObjectSchemaSupportResponse(value: unknown): value is T.ObjectSchemaSupportResponse;

/**
 * Checks a value against the request body of `quirksMissingType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksMissingTypeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksMissingTypeRequestBody>;

/**
 * True when a value matches the request body of `quirksMissingType`.
 */
export declare function isQuirksMissingTypeRequestBody(value: unknown): value is T.QuirksMissingTypeRequestBody;

/**
 * Checks a value against the response body of `quirksMissingType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksMissingTypeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksMissingTypeResponse>;

/**
 * True when a value matches the response body of `quirksMissingType`.
 */
export declare function isQuirksMissingTypeResponse(value: unknown): value is T.QuirksMissingTypeResponse;

/**
 * Checks a value against the request body of `quirksEntirelyIncompatibleAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksEntirelyIncompatibleAllOfRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksEntirelyIncompatibleAllOfRequestBody>;

/**
 * True when a value matches the request body of `quirksEntirelyIncompatibleAllOf`.
 */
export declare function isQuirksEntirelyIncompatibleAllOfRequestBody(value: unknown): value is T.QuirksEntirelyIncompatibleAllOfRequestBody;

/**
 * Checks a value against the response body of `quirksEntirelyIncompatibleAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksEntirelyIncompatibleAllOfResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksEntirelyIncompatibleAllOfResponse>;

/**
 * True when a value matches the response body of `quirksEntirelyIncompatibleAllOf`.
 */
export declare function isQuirksEntirelyIncompatibleAllOfResponse(value: unknown): value is T.QuirksEntirelyIncompatibleAllOfResponse;

/**
 * Checks a value against the request body of `quirksIncompatibleNestedAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksIncompatibleNestedAllOfRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksIncompatibleNestedAllOfRequestBody>;

/**
 * True when a value matches the request body of `quirksIncompatibleNestedAllOf`.
 */
export declare function isQuirksIncompatibleNestedAllOfRequestBody(value: unknown): value is T.QuirksIncompatibleNestedAllOfRequestBody;

/**
 * Checks a value against the response body of `quirksIncompatibleNestedAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksIncompatibleNestedAllOfResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksIncompatibleNestedAllOfResponse>;

/**
 * True when a value matches the response body of `quirksIncompatibleNestedAllOf`.
 */
export declare function isQuirksIncompatibleNestedAllOfResponse(value: unknown): value is T.QuirksIncompatibleNestedAllOfResponse;

/**
 * Checks a value against the request body of `quirksPartiallyUsableIncompatibleAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksPartiallyUsableIncompatibleAllOfRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksPartiallyUsableIncompatibleAllOfRequestBody>;

/**
 * True when a value matches the request body of `quirksPartiallyUsableIncompatibleAllOf`.
 */
export declare function isQuirksPartiallyUsableIncompatibleAllOfRequestBody(value: unknown): value is T.QuirksPartiallyUsableIncompatibleAllOfRequestBody;

/**
 * Checks a value against the response body of `quirksPartiallyUsableIncompatibleAllOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuirksPartiallyUsableIncompatibleAllOfResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QuirksPartiallyUsableIncompatibleAllOfResponse>;

/**
 * True when a value matches the response body of `quirksPartiallyUsableIncompatibleAllOf`.
 */
export declare function isQuirksPartiallyUsableIncompatibleAllOfResponse(value: unknown): value is T.QuirksPartiallyUsableIncompatibleAllOfResponse;

/**
 * Checks a value against the request body of `rawBodyTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRawBodyTopLevelRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.RawBodyTopLevelRequestBody>;

/**
 * True when a value matches the request body of `rawBodyTopLevel`.
 */
export declare function isRawBodyTopLevelRequestBody(value: unknown): value is T.RawBodyTopLevelRequestBody;

/**
 * Checks a value against the response body of `rawBodyTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRawBodyTopLevelResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RawBodyTopLevelResponse>;

/**
 * True when a value matches the response body of `rawBodyTopLevel`.
 */
export declare function isRawBodyTopLevelResponse(value: unknown): value is T.RawBodyTopLevelResponse;

/**
 * Checks a value against the request body of `rawBodyTopLevelJSON`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRawBodyTopLevelJSONRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.RawBodyTopLevelJSONRequestBody>;

/**
 * True when a value matches the request body of `rawBodyTopLevelJSON`.
 */
export declare function isRawBodyTopLevelJSONRequestBody(value: unknown): value is T.RawBodyTopLevelJSONRequestBody;

/**
 * Checks a value against the response body of `rawBodyTopLevelJSON`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRawBodyTopLevelJSONResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RawBodyTopLevelJSONResponse>;

/**
 * True when a value matches the response body of `rawBodyTopLevelJSON`.
 */
export declare function isRawBodyTopLevelJSONResponse(value: unknown): value is T.RawBodyTopLevelJSONResponse;

/**
 * Checks a value against the request body of `stringFormatSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringFormatSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.StringFormatSupportRequestBody>;

/**
 * True when a value matches the request body of `stringFormatSupport`.
 */
export declare function isStringFormatSupportRequestBody(value: unknown): value is T.StringFormatSupportRequestBody;

/**
 * Checks a value against the response body of `stringFormatSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringFormatSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StringFormatSupportResponse>;

/**
 * True when a value matches the response body of `stringFormatSupport`.
 */
export declare function isStringFormatSupportResponse(value: unknown): value is T.StringFormatSupportResponse;

/**
 * Checks a value against the request body of `stringSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringSchemaSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.StringSchemaSupportRequestBody>;

/**
 * True when a value matches the request body of `stringSchemaSupport`.
 */
export declare function isStringSchemaSupportRequestBody(value: unknown): value is T.StringSchemaSupportRequestBody;

/**
 * Checks a value against the response body of `stringSchemaSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringSchemaSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StringSchemaSupportResponse>;

/**
 * True when a value matches the response body of `stringSchemaSupport`.
 */
export declare function isStringSchemaSupportResponse(value: unknown): value is T.StringSchemaSupportResponse;

/**
 * Checks a value against the request body of `stringTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringTopLevelRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.StringTopLevelRequestBody>;

/**
 * True when a value matches the request body of `stringTopLevel`.
 */
export declare function isStringTopLevelRequestBody(value: unknown): value is T.StringTopLevelRequestBody;

/**
 * Checks a value against the response body of `stringTopLevel`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringTopLevelResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StringTopLevelResponse>;

/**
 * True when a value matches the response body of `stringTopLevel`.
 */
export declare function isStringTopLevelResponse(value: unknown): value is T.StringTopLevelResponse;

/**
 * Checks a value against the request body of `stringTopLevelJSON`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringTopLevelJSONRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.StringTopLevelJSONRequestBody>;

/**
 * True when a value matches the request body of `stringTopLevelJSON`.
 */
export declare function isStringTopLevelJSONRequestBody(value: unknown): value is T.StringTopLevelJSONRequestBody;

/**
 * Checks a value against the response body of `stringTopLevelJSON`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringTopLevelJSONResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StringTopLevelJSONResponse>;

/**
 * True when a value matches the response body of `stringTopLevelJSON`.
 */
export declare function isStringTopLevelJSONResponse(value: unknown): value is T.StringTopLevelJSONResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Circular: StandardValidator<T.Circular>;
  readonly StringEnum: StandardValidator<T.StringEnum>;
  readonly ArraySchemaSupportRequestBody: StandardValidator<T.ArraySchemaSupportRequestBody>;
  readonly ArraySchemaSupportResponse: StandardValidator<T.ArraySchemaSupportResponse>;
  readonly ArrayTopLevelObjectsRequestBody: StandardValidator<T.ArrayTopLevelObjectsRequestBody>;
  readonly ArrayTopLevelObjectsResponse: StandardValidator<T.ArrayTopLevelObjectsResponse>;
  readonly ArrayTopLevelPrimitivesRequestBody: StandardValidator<T.ArrayTopLevelPrimitivesRequestBody>;
  readonly ArrayTopLevelPrimitivesResponse: StandardValidator<T.ArrayTopLevelPrimitivesResponse>;
  readonly BooleanSchemaSupportRequestBody: StandardValidator<T.BooleanSchemaSupportRequestBody>;
  readonly BooleanSchemaSupportResponse: StandardValidator<T.BooleanSchemaSupportResponse>;
  readonly BooleanTopLevelRequestBody: StandardValidator<T.BooleanTopLevelRequestBody>;
  readonly BooleanTopLevelResponse: StandardValidator<T.BooleanTopLevelResponse>;
  readonly CircularHandlingRequestBody: StandardValidator<T.CircularHandlingRequestBody>;
  readonly CircularHandlingResponse: StandardValidator<T.CircularHandlingResponse>;
  readonly CircularTopLevelRequestBody: StandardValidator<T.CircularTopLevelRequestBody>;
  readonly CircularTopLevelResponse: StandardValidator<T.CircularTopLevelResponse>;
  readonly NumberFormatSupportRequestBody: StandardValidator<T.NumberFormatSupportRequestBody>;
  readonly NumberFormatSupportResponse: StandardValidator<T.NumberFormatSupportResponse>;
  readonly NumberSchemaSupportRequestBody: StandardValidator<T.NumberSchemaSupportRequestBody>;
  readonly NumberSchemaSupportResponse: StandardValidator<T.NumberSchemaSupportResponse>;
  readonly NumberTopLevelRequestBody: StandardValidator<T.NumberTopLevelRequestBody>;
  readonly NumberTopLevelResponse: StandardValidator<T.NumberTopLevelResponse>;
  readonly ObjectSchemaSupportRequestBody: StandardValidator<T.ObjectSchemaSupportRequestBody>;
  readonly ObjectSchemaSupportResponse: StandardValidator<T.ObjectSchemaSupportResponse>;
  readonly QuirksMissingTypeRequestBody: StandardValidator<T.QuirksMissingTypeRequestBody>;
  readonly QuirksMissingTypeResponse: StandardValidator<T.QuirksMissingTypeResponse>;
  readonly QuirksEntirelyIncompatibleAllOfRequestBody: StandardValidator<T.QuirksEntirelyIncompatibleAllOfRequestBody>;
  readonly QuirksEntirelyIncompatibleAllOfResponse: StandardValidator<T.QuirksEntirelyIncompatibleAllOfResponse>;
  readonly QuirksIncompatibleNestedAllOfRequestBody: StandardValidator<T.QuirksIncompatibleNestedAllOfRequestBody>;
  readonly QuirksIncompatibleNestedAllOfResponse: StandardValidator<T.QuirksIncompatibleNestedAllOfResponse>;
  readonly QuirksPartiallyUsableIncompatibleAllOfRequestBody: StandardValidator<T.QuirksPartiallyUsableIncompatibleAllOfRequestBody>;
  readonly QuirksPartiallyUsableIncompatibleAllOfResponse: StandardValidator<T.QuirksPartiallyUsableIncompatibleAllOfResponse>;
  readonly RawBodyTopLevelRequestBody: StandardValidator<T.RawBodyTopLevelRequestBody>;
  readonly RawBodyTopLevelResponse: StandardValidator<T.RawBodyTopLevelResponse>;
  readonly RawBodyTopLevelJSONRequestBody: StandardValidator<T.RawBodyTopLevelJSONRequestBody>;
  readonly RawBodyTopLevelJSONResponse: StandardValidator<T.RawBodyTopLevelJSONResponse>;
  readonly StringFormatSupportRequestBody: StandardValidator<T.StringFormatSupportRequestBody>;
  readonly StringFormatSupportResponse: StandardValidator<T.StringFormatSupportResponse>;
  readonly StringSchemaSupportRequestBody: StandardValidator<T.StringSchemaSupportRequestBody>;
  readonly StringSchemaSupportResponse: StandardValidator<T.StringSchemaSupportResponse>;
  readonly StringTopLevelRequestBody: StandardValidator<T.StringTopLevelRequestBody>;
  readonly StringTopLevelResponse: StandardValidator<T.StringTopLevelResponse>;
  readonly StringTopLevelJSONRequestBody: StandardValidator<T.StringTopLevelJSONRequestBody>;
  readonly StringTopLevelJSONResponse: StandardValidator<T.StringTopLevelJSONResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
