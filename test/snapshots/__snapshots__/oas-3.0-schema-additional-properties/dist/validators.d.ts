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
 * Checks a value against `Ref`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRef(value: unknown, options?: ValidateOptions): ValidationResult<T.Ref>;

/**
 * True when a value matches `Ref`.
 */
export declare function isRef(value: unknown): value is T.Ref;

/**
 * Checks a value against `RefWithRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRefWithRef(value: unknown, options?: ValidateOptions): ValidationResult<T.RefWithRef>;

/**
 * True when a value matches `RefWithRef`.
 */
export declare function isRefWithRef(value: unknown): value is T.RefWithRef;

/**
 * Checks a value against the request body of `postPost`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPostRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPostRequestBody>;

/**
 * True when a value matches the request body of `postPost`.
 */
export declare function isPostPostRequestBody(value: unknown): value is T.PostPostRequestBody;

/**
 * Checks a value against the response body of `postPost`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPostResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPostResponse>;

/**
 * True when a value matches the response body of `postPost`.
 */
export declare function isPostPostResponse(value: unknown): value is T.PostPostResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Ref: StandardValidator<T.Ref>;
  readonly RefWithRef: StandardValidator<T.RefWithRef>;
  readonly PostPostRequestBody: StandardValidator<T.PostPostRequestBody>;
  readonly PostPostResponse: StandardValidator<T.PostPostResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
