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
 * Checks a value against the response body of `postAnythingAnd`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAndResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAndResponse>;

/**
 * True when a value matches the response body of `postAnythingAnd`.
 */
export declare function isPostAnythingAndResponse(value: unknown): value is T.PostAnythingAndResponse;

/**
 * Checks a value against the response body of `postAnythingAndOr`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingAndOrResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingAndOrResponse>;

/**
 * True when a value matches the response body of `postAnythingAndOr`.
 */
export declare function isPostAnythingAndOrResponse(value: unknown): value is T.PostAnythingAndOrResponse;

/**
 * Checks a value against the response body of `postAnythingManyAndOr`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingManyAndOrResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingManyAndOrResponse>;

/**
 * True when a value matches the response body of `postAnythingManyAndOr`.
 */
export declare function isPostAnythingManyAndOrResponse(value: unknown): value is T.PostAnythingManyAndOrResponse;

/**
 * Checks a value against the response body of `postAnythingOr`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOrResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOrResponse>;

/**
 * True when a value matches the response body of `postAnythingOr`.
 */
export declare function isPostAnythingOrResponse(value: unknown): value is T.PostAnythingOrResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly PostAnythingAndResponse: StandardValidator<T.PostAnythingAndResponse>;
  readonly PostAnythingAndOrResponse: StandardValidator<T.PostAnythingAndOrResponse>;
  readonly PostAnythingManyAndOrResponse: StandardValidator<T.PostAnythingManyAndOrResponse>;
  readonly PostAnythingOrResponse: StandardValidator<T.PostAnythingOrResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
