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
 * Checks a value against the request body of `encodingForm`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEncodingFormRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.EncodingFormRequestBody>;

/**
 * True when a value matches the request body of `encodingForm`.
 */
export declare function isEncodingFormRequestBody(value: unknown): value is T.EncodingFormRequestBody;

/**
 * Checks a value against the response body of `encodingForm`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEncodingFormResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.EncodingFormResponse>;

/**
 * True when a value matches the response body of `encodingForm`.
 */
export declare function isEncodingFormResponse(value: unknown): value is T.EncodingFormResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly EncodingFormRequestBody: StandardValidator<T.EncodingFormRequestBody>;
  readonly EncodingFormResponse: StandardValidator<T.EncodingFormResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
