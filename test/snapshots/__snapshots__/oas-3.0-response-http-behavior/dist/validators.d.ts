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
 * Checks a value against the response body of `cached`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCachedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CachedResponse>;

/**
 * True when a value matches the response body of `cached`.
 */
export declare function isCachedResponse(value: unknown): value is T.CachedResponse;

/**
 * Checks a value against the response body of `nocontent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNocontentResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.NocontentResponse>;

/**
 * True when a value matches the response body of `nocontent`.
 */
export declare function isNocontentResponse(value: unknown): value is T.NocontentResponse;

/**
 * Checks a value against the response body of `redirect`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRedirectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RedirectResponse>;

/**
 * True when a value matches the response body of `redirect`.
 */
export declare function isRedirectResponse(value: unknown): value is T.RedirectResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly CachedResponse: StandardValidator<T.CachedResponse>;
  readonly NocontentResponse: StandardValidator<T.NocontentResponse>;
  readonly RedirectResponse: StandardValidator<T.RedirectResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
