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
 * Checks a value against `ErrorDetails`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorDetails(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorDetails>;

/**
 * True when a value matches `ErrorDetails`.
 */
export declare function isErrorDetails(value: unknown): value is T.ErrorDetails;

/**
 * Checks a value against `InnerError`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateInnerError(value: unknown, options?: ValidateOptions): ValidationResult<T.InnerError>;

/**
 * True when a value matches `InnerError`.
 */
export declare function isInnerError(value: unknown): value is T.InnerError;

/**
 * Checks a value against `MainError`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMainError(value: unknown, options?: ValidateOptions): ValidationResult<T.MainError>;

/**
 * True when a value matches `MainError`.
 */
export declare function isMainError(value: unknown): value is T.MainError;

/**
 * Checks a value against `OdataError`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOdataError(value: unknown, options?: ValidateOptions): ValidationResult<T.OdataError>;

/**
 * True when a value matches `OdataError`.
 */
export declare function isOdataError(value: unknown): value is T.OdataError;

/**
 * Checks a value against `User`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<T.User>;

/**
 * True when a value matches `User`.
 */
export declare function isUser(value: unknown): value is T.User;

/**
 * Checks a value against the request body of `updateUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateUserRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateUserRequestBody>;

/**
 * True when a value matches the request body of `updateUser`.
 */
export declare function isUpdateUserRequestBody(value: unknown): value is T.UpdateUserRequestBody;

/**
 * Checks a value against the response body of `updateUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateUserResponse>;

/**
 * True when a value matches the response body of `updateUser`.
 */
export declare function isUpdateUserResponse(value: unknown): value is T.UpdateUserResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ErrorDetails: StandardValidator<T.ErrorDetails>;
  readonly InnerError: StandardValidator<T.InnerError>;
  readonly MainError: StandardValidator<T.MainError>;
  readonly OdataError: StandardValidator<T.OdataError>;
  readonly User: StandardValidator<T.User>;
  readonly UpdateUserRequestBody: StandardValidator<T.UpdateUserRequestBody>;
  readonly UpdateUserResponse: StandardValidator<T.UpdateUserResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
