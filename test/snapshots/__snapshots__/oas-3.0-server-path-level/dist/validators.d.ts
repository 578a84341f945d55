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
 * Checks a value against the response body of `getEmptyOperationServers`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetEmptyOperationServersResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetEmptyOperationServersResponse>;

/**
 * True when a value matches the response body of `getEmptyOperationServers`.
 */
export declare function isGetEmptyOperationServersResponse(value: unknown): value is T.GetEmptyOperationServersResponse;

/**
 * Checks a value against the response body of `getEmptyPathItemServers`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetEmptyPathItemServersResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetEmptyPathItemServersResponse>;

/**
 * True when a value matches the response body of `getEmptyPathItemServers`.
 */
export declare function isGetEmptyPathItemServersResponse(value: unknown): value is T.GetEmptyPathItemServersResponse;

/**
 * Checks a value against the response body of `getOperationServerVariables`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOperationServerVariablesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOperationServerVariablesResponse>;

/**
 * True when a value matches the response body of `getOperationServerVariables`.
 */
export declare function isGetOperationServerVariablesResponse(value: unknown): value is T.GetOperationServerVariablesResponse;

/**
 * Checks a value against the response body of `getPathItemRefServer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPathItemRefServerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPathItemRefServerResponse>;

/**
 * True when a value matches the response body of `getPathItemRefServer`.
 */
export declare function isGetPathItemRefServerResponse(value: unknown): value is T.GetPathItemRefServerResponse;

/**
 * Checks a value against the response body of `getPathItemServerSource`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPathItemServerSourceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPathItemServerSourceResponse>;

/**
 * True when a value matches the response body of `getPathItemServerSource`.
 */
export declare function isGetPathItemServerSourceResponse(value: unknown): value is T.GetPathItemServerSourceResponse;

/**
 * Checks a value against the response body of `getRelativeOperationServer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRelativeOperationServerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRelativeOperationServerResponse>;

/**
 * True when a value matches the response body of `getRelativeOperationServer`.
 */
export declare function isGetRelativeOperationServerResponse(value: unknown): value is T.GetRelativeOperationServerResponse;

/**
 * Checks a value against the response body of `getRelativePathServer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRelativePathServerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRelativePathServerResponse>;

/**
 * True when a value matches the response body of `getRelativePathServer`.
 */
export declare function isGetRelativePathServerResponse(value: unknown): value is T.GetRelativePathServerResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetEmptyOperationServersResponse: StandardValidator<T.GetEmptyOperationServersResponse>;
  readonly GetEmptyPathItemServersResponse: StandardValidator<T.GetEmptyPathItemServersResponse>;
  readonly GetOperationServerVariablesResponse: StandardValidator<T.GetOperationServerVariablesResponse>;
  readonly GetPathItemRefServerResponse: StandardValidator<T.GetPathItemRefServerResponse>;
  readonly GetPathItemServerSourceResponse: StandardValidator<T.GetPathItemServerSourceResponse>;
  readonly GetRelativeOperationServerResponse: StandardValidator<T.GetRelativeOperationServerResponse>;
  readonly GetRelativePathServerResponse: StandardValidator<T.GetRelativePathServerResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
