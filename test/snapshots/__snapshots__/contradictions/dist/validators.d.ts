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
 * Checks a value against `Impossible`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateImpossible(value: unknown, options?: ValidateOptions): ValidationResult<T.Impossible>;

/**
 * True when a value matches `Impossible`.
 */
export declare function isImpossible(value: unknown): value is T.Impossible;

/**
 * Checks a value against `Settings`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSettings(value: unknown, options?: ValidateOptions): ValidationResult<T.Settings>;

/**
 * True when a value matches `Settings`.
 */
export declare function isSettings(value: unknown): value is T.Settings;

/**
 * Checks a value against the response body of `getSettings`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSettingsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSettingsResponse>;

/**
 * True when a value matches the response body of `getSettings`.
 */
export declare function isGetSettingsResponse(value: unknown): value is T.GetSettingsResponse;

/**
 * Checks a value against the request body of `putSettings`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutSettingsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutSettingsRequestBody>;

/**
 * True when a value matches the request body of `putSettings`.
 */
export declare function isPutSettingsRequestBody(value: unknown): value is T.PutSettingsRequestBody;

/**
 * Checks a value against the response body of `putSettings`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutSettingsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutSettingsResponse>;

/**
 * True when a value matches the response body of `putSettings`.
 */
export declare function isPutSettingsResponse(value: unknown): value is T.PutSettingsResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Impossible: StandardValidator<T.Impossible>;
  readonly Settings: StandardValidator<T.Settings>;
  readonly GetSettingsResponse: StandardValidator<T.GetSettingsResponse>;
  readonly PutSettingsRequestBody: StandardValidator<T.PutSettingsRequestBody>;
  readonly PutSettingsResponse: StandardValidator<T.PutSettingsResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
