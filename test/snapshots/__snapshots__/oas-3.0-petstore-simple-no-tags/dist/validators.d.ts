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
 * Checks a value against the response body of `getPetById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPetByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPetByIdResponse>;

/**
 * True when a value matches the response body of `getPetById`.
 */
export declare function isGetPetByIdResponse(value: unknown): value is T.GetPetByIdResponse;

/**
 * Checks a value against the response body of `putPetById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutPetByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutPetByIdResponse>;

/**
 * True when a value matches the response body of `putPetById`.
 */
export declare function isPutPetByIdResponse(value: unknown): value is T.PutPetByIdResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetPetByIdResponse: StandardValidator<T.GetPetByIdResponse>;
  readonly PutPetByIdResponse: StandardValidator<T.PutPetByIdResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
