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
 * Checks a value against `Cat`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCat(value: unknown, options?: ValidateOptions): ValidationResult<T.Cat>;

/**
 * True when a value matches `Cat`.
 */
export declare function isCat(value: unknown): value is T.Cat;

/**
 * Checks a value against `Dog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<T.Dog>;

/**
 * True when a value matches `Dog`.
 */
export declare function isDog(value: unknown): value is T.Dog;

/**
 * Checks a value against `Object1`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObject1(value: unknown, options?: ValidateOptions): ValidationResult<T.Object1>;

/**
 * True when a value matches `Object1`.
 */
export declare function isObject1(value: unknown): value is T.Object1;

/**
 * Checks a value against `Object2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObject2(value: unknown, options?: ValidateOptions): ValidationResult<T.Object2>;

/**
 * True when a value matches `Object2`.
 */
export declare function isObject2(value: unknown): value is T.Object2;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `String1`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateString1(value: unknown, options?: ValidateOptions): ValidationResult<T.String1>;

/**
 * True when a value matches `String1`.
 */
export declare function isString1(value: unknown): value is T.String1;

/**
 * Checks a value against `String2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateString2(value: unknown, options?: ValidateOptions): ValidationResult<T.String2>;

/**
 * True when a value matches `String2`.
 */
export declare function isString2(value: unknown): value is T.String2;

/**
 * Checks a value against the request body of `postAnyOfWithType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnyOfWithTypeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnyOfWithTypeRequestBody>;

/**
 * True when a value matches the request body of `postAnyOfWithType`.
 */
export declare function isPostAnyOfWithTypeRequestBody(value: unknown): value is T.PostAnyOfWithTypeRequestBody;

/**
 * Checks a value against the response body of `postAnyOfWithType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnyOfWithTypeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnyOfWithTypeResponse>;

/**
 * True when a value matches the response body of `postAnyOfWithType`.
 */
export declare function isPostAnyOfWithTypeResponse(value: unknown): value is T.PostAnyOfWithTypeResponse;

/**
 * Checks a value against the request body of `postAnythingAllOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAllOfObjectRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAllOfObjectRequestBody>;

/**
 * True when a value matches the request body of `postAnythingAllOfObject`.
 */
export declare function isPostAnythingAllOfObjectRequestBody(value: unknown): value is T.PostAnythingAllOfObjectRequestBody;

/**
 * Checks a value against the response body of `postAnythingAllOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAllOfObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAllOfObjectResponse>;

/**
 * True when a value matches the response body of `postAnythingAllOfObject`.
 */
export declare function isPostAnythingAllOfObjectResponse(value: unknown): value is T.PostAnythingAllOfObjectResponse;

/**
 * Checks a value against the request body of `postAnythingAnyOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAnyOfObjectRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAnyOfObjectRequestBody>;

/**
 * True when a value matches the request body of `postAnythingAnyOfObject`.
 */
export declare function isPostAnythingAnyOfObjectRequestBody(value: unknown): value is T.PostAnythingAnyOfObjectRequestBody;

/**
 * Checks a value against the response body of `postAnythingAnyOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAnyOfObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAnyOfObjectResponse>;

/**
 * True when a value matches the response body of `postAnythingAnyOfObject`.
 */
export declare function isPostAnythingAnyOfObjectResponse(value: unknown): value is T.PostAnythingAnyOfObjectResponse;

/**
 * Checks a value against the request body of `postAnythingAnyOfPrimitive`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAnyOfPrimitiveRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAnyOfPrimitiveRequestBody>;

/**
 * True when a value matches the request body of `postAnythingAnyOfPrimitive`.
 */
export declare function isPostAnythingAnyOfPrimitiveRequestBody(value: unknown): value is T.PostAnythingAnyOfPrimitiveRequestBody;

/**
 * Checks a value against the response body of `postAnythingAnyOfPrimitive`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAnyOfPrimitiveResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAnyOfPrimitiveResponse>;

/**
 * True when a value matches the response body of `postAnythingAnyOfPrimitive`.
 */
export declare function isPostAnythingAnyOfPrimitiveResponse(value: unknown): value is T.PostAnythingAnyOfPrimitiveResponse;

/**
 * Checks a value against the request body of `postAnythingNestedOneOfObjectRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfObjectRefRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfObjectRefRequestBody>;

/**
 * True when a value matches the request body of `postAnythingNestedOneOfObjectRef`.
 */
export declare function isPostAnythingNestedOneOfObjectRefRequestBody(value: unknown): value is T.PostAnythingNestedOneOfObjectRefRequestBody;

/**
 * Checks a value against the response body of `postAnythingNestedOneOfObjectRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfObjectRefResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfObjectRefResponse>;

/**
 * True when a value matches the response body of `postAnythingNestedOneOfObjectRef`.
 */
export declare function isPostAnythingNestedOneOfObjectRefResponse(value: unknown): value is T.PostAnythingNestedOneOfObjectRefResponse;

/**
 * Checks a value against the request body of `postAnythingNestedOneOfObjectWithNestedOneOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody>;

/**
 * True when a value matches the request body of `postAnythingNestedOneOfObjectWithNestedOneOf`.
 */
export declare function isPostAnythingNestedOneOfObjectWithNestedOneOfRequestBody(value: unknown): value is T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody;

/**
 * Checks a value against the response body of `postAnythingNestedOneOfObjectWithNestedOneOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfObjectWithNestedOneOfResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse>;

/**
 * True when a value matches the response body of `postAnythingNestedOneOfObjectWithNestedOneOf`.
 */
export declare function isPostAnythingNestedOneOfObjectWithNestedOneOfResponse(value: unknown): value is T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse;

/**
 * Checks a value against the request body of `postAnythingNestedOneOfRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfRefRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfRefRequestBody>;

/**
 * True when a value matches the request body of `postAnythingNestedOneOfRef`.
 */
export declare function isPostAnythingNestedOneOfRefRequestBody(value: unknown): value is T.PostAnythingNestedOneOfRefRequestBody;

/**
 * Checks a value against the response body of `postAnythingNestedOneOfRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNestedOneOfRefResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNestedOneOfRefResponse>;

/**
 * True when a value matches the response body of `postAnythingNestedOneOfRef`.
 */
export declare function isPostAnythingNestedOneOfRefResponse(value: unknown): value is T.PostAnythingNestedOneOfRefResponse;

/**
 * Checks a value against the request body of `postAnythingOneOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfObjectRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfObjectRequestBody>;

/**
 * True when a value matches the request body of `postAnythingOneOfObject`.
 */
export declare function isPostAnythingOneOfObjectRequestBody(value: unknown): value is T.PostAnythingOneOfObjectRequestBody;

/**
 * Checks a value against the response body of `postAnythingOneOfObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfObjectResponse>;

/**
 * True when a value matches the response body of `postAnythingOneOfObject`.
 */
export declare function isPostAnythingOneOfObjectResponse(value: unknown): value is T.PostAnythingOneOfObjectResponse;

/**
 * Checks a value against the request body of `postAnythingOneOfObjectRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfObjectRefRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfObjectRefRequestBody>;

/**
 * True when a value matches the request body of `postAnythingOneOfObjectRef`.
 */
export declare function isPostAnythingOneOfObjectRefRequestBody(value: unknown): value is T.PostAnythingOneOfObjectRefRequestBody;

/**
 * Checks a value against the response body of `postAnythingOneOfObjectRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfObjectRefResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfObjectRefResponse>;

/**
 * True when a value matches the response body of `postAnythingOneOfObjectRef`.
 */
export declare function isPostAnythingOneOfObjectRefResponse(value: unknown): value is T.PostAnythingOneOfObjectRefResponse;

/**
 * Checks a value against the request body of `postAnythingOneOfPrimitive`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfPrimitiveRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfPrimitiveRequestBody>;

/**
 * True when a value matches the request body of `postAnythingOneOfPrimitive`.
 */
export declare function isPostAnythingOneOfPrimitiveRequestBody(value: unknown): value is T.PostAnythingOneOfPrimitiveRequestBody;

/**
 * Checks a value against the response body of `postAnythingOneOfPrimitive`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOneOfPrimitiveResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOneOfPrimitiveResponse>;

/**
 * True when a value matches the response body of `postAnythingOneOfPrimitive`.
 */
export declare function isPostAnythingOneOfPrimitiveResponse(value: unknown): value is T.PostAnythingOneOfPrimitiveResponse;

/**
 * Checks a value against the request body of `postOneOfComplex`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOneOfComplexRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOneOfComplexRequestBody>;

/**
 * True when a value matches the request body of `postOneOfComplex`.
 */
export declare function isPostOneOfComplexRequestBody(value: unknown): value is T.PostOneOfComplexRequestBody;

/**
 * Checks a value against the response body of `postOneOfComplex`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOneOfComplexResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOneOfComplexResponse>;

/**
 * True when a value matches the response body of `postOneOfComplex`.
 */
export declare function isPostOneOfComplexResponse(value: unknown): value is T.PostOneOfComplexResponse;

/**
 * Checks a value against the request body of `postOneOfWithType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOneOfWithTypeRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOneOfWithTypeRequestBody>;

/**
 * True when a value matches the request body of `postOneOfWithType`.
 */
export declare function isPostOneOfWithTypeRequestBody(value: unknown): value is T.PostOneOfWithTypeRequestBody;

/**
 * Checks a value against the response body of `postOneOfWithType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOneOfWithTypeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOneOfWithTypeResponse>;

/**
 * True when a value matches the response body of `postOneOfWithType`.
 */
export declare function isPostOneOfWithTypeResponse(value: unknown): value is T.PostOneOfWithTypeResponse;

/**
 * Checks a value against the request body of `patchPets`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchPetsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchPetsRequestBody>;

/**
 * True when a value matches the request body of `patchPets`.
 */
export declare function isPatchPetsRequestBody(value: unknown): value is T.PatchPetsRequestBody;

/**
 * Checks a value against the response body of `patchPets`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchPetsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchPetsResponse>;

/**
 * True when a value matches the response body of `patchPets`.
 */
export declare function isPatchPetsResponse(value: unknown): value is T.PatchPetsResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Cat: StandardValidator<T.Cat>;
  readonly Dog: StandardValidator<T.Dog>;
  readonly Object1: StandardValidator<T.Object1>;
  readonly Object2: StandardValidator<T.Object2>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly String1: StandardValidator<T.String1>;
  readonly String2: StandardValidator<T.String2>;
  readonly PostAnyOfWithTypeRequestBody: StandardValidator<T.PostAnyOfWithTypeRequestBody>;
  readonly PostAnyOfWithTypeResponse: StandardValidator<T.PostAnyOfWithTypeResponse>;
  readonly PostAnythingAllOfObjectRequestBody: StandardValidator<T.PostAnythingAllOfObjectRequestBody>;
  readonly PostAnythingAllOfObjectResponse: StandardValidator<T.PostAnythingAllOfObjectResponse>;
  readonly PostAnythingAnyOfObjectRequestBody: StandardValidator<T.PostAnythingAnyOfObjectRequestBody>;
  readonly PostAnythingAnyOfObjectResponse: StandardValidator<T.PostAnythingAnyOfObjectResponse>;
  readonly PostAnythingAnyOfPrimitiveRequestBody: StandardValidator<T.PostAnythingAnyOfPrimitiveRequestBody>;
  readonly PostAnythingAnyOfPrimitiveResponse: StandardValidator<T.PostAnythingAnyOfPrimitiveResponse>;
  readonly PostAnythingNestedOneOfObjectRefRequestBody: StandardValidator<T.PostAnythingNestedOneOfObjectRefRequestBody>;
  readonly PostAnythingNestedOneOfObjectRefResponse: StandardValidator<T.PostAnythingNestedOneOfObjectRefResponse>;
  readonly PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody: StandardValidator<T.PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody>;
  readonly PostAnythingNestedOneOfObjectWithNestedOneOfResponse: StandardValidator<T.PostAnythingNestedOneOfObjectWithNestedOneOfResponse>;
  readonly PostAnythingNestedOneOfRefRequestBody: StandardValidator<T.PostAnythingNestedOneOfRefRequestBody>;
  readonly PostAnythingNestedOneOfRefResponse: StandardValidator<T.PostAnythingNestedOneOfRefResponse>;
  readonly PostAnythingOneOfObjectRequestBody: StandardValidator<T.PostAnythingOneOfObjectRequestBody>;
  readonly PostAnythingOneOfObjectResponse: StandardValidator<T.PostAnythingOneOfObjectResponse>;
  readonly PostAnythingOneOfObjectRefRequestBody: StandardValidator<T.PostAnythingOneOfObjectRefRequestBody>;
  readonly PostAnythingOneOfObjectRefResponse: StandardValidator<T.PostAnythingOneOfObjectRefResponse>;
  readonly PostAnythingOneOfPrimitiveRequestBody: StandardValidator<T.PostAnythingOneOfPrimitiveRequestBody>;
  readonly PostAnythingOneOfPrimitiveResponse: StandardValidator<T.PostAnythingOneOfPrimitiveResponse>;
  readonly PostOneOfComplexRequestBody: StandardValidator<T.PostOneOfComplexRequestBody>;
  readonly PostOneOfComplexResponse: StandardValidator<T.PostOneOfComplexResponse>;
  readonly PostOneOfWithTypeRequestBody: StandardValidator<T.PostOneOfWithTypeRequestBody>;
  readonly PostOneOfWithTypeResponse: StandardValidator<T.PostOneOfWithTypeResponse>;
  readonly PatchPetsRequestBody: StandardValidator<T.PatchPetsRequestBody>;
  readonly PatchPetsResponse: StandardValidator<T.PatchPetsResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
