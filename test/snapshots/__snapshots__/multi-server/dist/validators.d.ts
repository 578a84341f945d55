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
 * Checks a value against the response body of `listItems`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListItemsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListItemsResponse>;

/**
 * True when a value matches the response body of `listItems`.
 */
export declare function isListItemsResponse(value: unknown): value is T.ListItemsResponse;

/**
 * Checks a value against the request body of `upload`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadRequestBody>;

/**
 * True when a value matches the request body of `upload`.
 */
export declare function isUploadRequestBody(value: unknown): value is T.UploadRequestBody;

/**
 * Checks a value against the response body of `upload`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadResponse>;

/**
 * True when a value matches the response body of `upload`.
 */
export declare function isUploadResponse(value: unknown): value is T.UploadResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ListItemsResponse: StandardValidator<T.ListItemsResponse>;
  readonly UploadRequestBody: StandardValidator<T.UploadRequestBody>;
  readonly UploadResponse: StandardValidator<T.UploadResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
