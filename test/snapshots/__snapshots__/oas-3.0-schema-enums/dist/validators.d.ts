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
 * Checks a value against the request body of `numberEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberEnumSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberEnumSupportRequestBody>;

/**
 * True when a value matches the request body of `numberEnumSupport`.
 */
export declare function isNumberEnumSupportRequestBody(value: unknown): value is T.NumberEnumSupportRequestBody;

/**
 * Checks a value against the response body of `numberEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNumberEnumSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.NumberEnumSupportResponse>;

/**
 * True when a value matches the response body of `numberEnumSupport`.
 */
export declare function isNumberEnumSupportResponse(value: unknown): value is T.NumberEnumSupportResponse;

/**
 * Checks a value against the request body of `booleanEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanEnumSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanEnumSupportRequestBody>;

/**
 * True when a value matches the request body of `booleanEnumSupport`.
 */
export declare function isBooleanEnumSupportRequestBody(value: unknown): value is T.BooleanEnumSupportRequestBody;

/**
 * Checks a value against the response body of `booleanEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBooleanEnumSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BooleanEnumSupportResponse>;

/**
 * True when a value matches the response body of `booleanEnumSupport`.
 */
export declare function isBooleanEnumSupportResponse(value: unknown): value is T.BooleanEnumSupportResponse;

/**
 * Checks a value against the request body of `stringEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringEnumSupportRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.StringEnumSupportRequestBody>;

/**
 * True when a value matches the request body of `stringEnumSupport`.
 */
export declare function isStringEnumSupportRequestBody(value: unknown): value is T.StringEnumSupportRequestBody;

/**
 * Checks a value against the response body of `stringEnumSupport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStringEnumSupportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StringEnumSupportResponse>;

/**
 * True when a value matches the response body of `stringEnumSupport`.
 */
export declare function isStringEnumSupportResponse(value: unknown): value is T.StringEnumSupportResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly NumberEnumSupportRequestBody: StandardValidator<T.NumberEnumSupportRequestBody>;
  readonly NumberEnumSupportResponse: StandardValidator<T.NumberEnumSupportResponse>;
  readonly BooleanEnumSupportRequestBody: StandardValidator<T.BooleanEnumSupportRequestBody>;
  readonly BooleanEnumSupportResponse: StandardValidator<T.BooleanEnumSupportResponse>;
  readonly StringEnumSupportRequestBody: StandardValidator<T.StringEnumSupportRequestBody>;
  readonly StringEnumSupportResponse: StandardValidator<T.StringEnumSupportResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
