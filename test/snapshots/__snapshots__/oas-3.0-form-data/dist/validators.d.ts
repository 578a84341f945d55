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
 * Checks a value against `Token`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateToken(value: unknown, options?: ValidateOptions): ValidationResult<T.Token>;

/**
 * True when a value matches `Token`.
 */
export declare function isToken(value: unknown): value is T.Token;

/**
 * Checks a value against the request body of `demoFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDemoFormDataRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.DemoFormDataRequestBody>;

/**
 * True when a value matches the request body of `demoFormData`.
 */
export declare function isDemoFormDataRequestBody(value: unknown): value is T.DemoFormDataRequestBody;

/**
 * Checks a value against the response body of `demoFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDemoFormDataResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DemoFormDataResponse>;

/**
 * True when a value matches the response body of `demoFormData`.
 */
export declare function isDemoFormDataResponse(value: unknown): value is T.DemoFormDataResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Token: StandardValidator<T.Token>;
  readonly DemoFormDataRequestBody: StandardValidator<T.DemoFormDataRequestBody>;
  readonly DemoFormDataResponse: StandardValidator<T.DemoFormDataResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
