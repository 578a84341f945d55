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
 * Checks a value against the request body of `post`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBody>;

/**
 * True when a value matches the request body of `post`.
 */
export declare function isPostRequestBody(value: unknown): value is T.PostRequestBody;

/**
 * Checks a value against the response body of `post`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostResponse>;

/**
 * True when a value matches the response body of `post`.
 */
export declare function isPostResponse(value: unknown): value is T.PostResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly PostRequestBody: StandardValidator<T.PostRequestBody>;
  readonly PostResponse: StandardValidator<T.PostResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
