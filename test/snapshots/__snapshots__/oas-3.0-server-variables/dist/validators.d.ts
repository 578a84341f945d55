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
 * Checks a value against the response body of `putCombo`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutComboResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutComboResponse>;

/**
 * True when a value matches the response body of `putCombo`.
 */
export declare function isPutComboResponse(value: unknown): value is T.PutComboResponse;

/**
 * Checks a value against the response body of `postGlobal`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostGlobalResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostGlobalResponse>;

/**
 * True when a value matches the response body of `postGlobal`.
 */
export declare function isPostGlobalResponse(value: unknown): value is T.PostGlobalResponse;

/**
 * Checks a value against the response body of `postOperation`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOperationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOperationResponse>;

/**
 * True when a value matches the response body of `postOperation`.
 */
export declare function isPostOperationResponse(value: unknown): value is T.PostOperationResponse;

/**
 * Checks a value against the response body of `putPath`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutPathResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutPathResponse>;

/**
 * True when a value matches the response body of `putPath`.
 */
export declare function isPutPathResponse(value: unknown): value is T.PutPathResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly PutComboResponse: StandardValidator<T.PutComboResponse>;
  readonly PostGlobalResponse: StandardValidator<T.PostGlobalResponse>;
  readonly PostOperationResponse: StandardValidator<T.PostOperationResponse>;
  readonly PutPathResponse: StandardValidator<T.PutPathResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
