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
 * Checks a value against the response body of `getAnythingById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingByIdResponse>;

/**
 * True when a value matches the response body of `getAnythingById`.
 */
export declare function isGetAnythingByIdResponse(value: unknown): value is T.GetAnythingByIdResponse;

/**
 * Checks a value against the response body of `postAnythingById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingByIdResponse>;

/**
 * True when a value matches the response body of `postAnythingById`.
 */
export declare function isPostAnythingByIdResponse(value: unknown): value is T.PostAnythingByIdResponse;

/**
 * Checks a value against the response body of `getAnythingByIdOverride`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingByIdOverrideResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingByIdOverrideResponse>;

/**
 * True when a value matches the response body of `getAnythingByIdOverride`.
 */
export declare function isGetAnythingByIdOverrideResponse(value: unknown): value is T.GetAnythingByIdOverrideResponse;

/**
 * Checks a value against the response body of `getAnythingByIdByAction`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingByIdByActionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingByIdByActionResponse>;

/**
 * True when a value matches the response body of `getAnythingByIdByAction`.
 */
export declare function isGetAnythingByIdByActionResponse(value: unknown): value is T.GetAnythingByIdByActionResponse;

/**
 * Checks a value against the response body of `getAnythingByIdByActionById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingByIdByActionByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingByIdByActionByIdResponse>;

/**
 * True when a value matches the response body of `getAnythingByIdByActionById`.
 */
export declare function isGetAnythingByIdByActionByIdResponse(value: unknown): value is T.GetAnythingByIdByActionByIdResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetAnythingByIdResponse: StandardValidator<T.GetAnythingByIdResponse>;
  readonly PostAnythingByIdResponse: StandardValidator<T.PostAnythingByIdResponse>;
  readonly GetAnythingByIdOverrideResponse: StandardValidator<T.GetAnythingByIdOverrideResponse>;
  readonly GetAnythingByIdByActionResponse: StandardValidator<T.GetAnythingByIdByActionResponse>;
  readonly GetAnythingByIdByActionByIdResponse: StandardValidator<T.GetAnythingByIdByActionByIdResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
