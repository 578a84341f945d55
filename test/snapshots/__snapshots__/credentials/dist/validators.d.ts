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
 * Checks a value against `Report`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReport(value: unknown, options?: ValidateOptions): ValidationResult<T.Report>;

/**
 * True when a value matches `Report`.
 */
export declare function isReport(value: unknown): value is T.Report;

/**
 * Checks a value against the response body of `runAdminTask`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRunAdminTaskResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RunAdminTaskResponse>;

/**
 * True when a value matches the response body of `runAdminTask`.
 */
export declare function isRunAdminTaskResponse(value: unknown): value is T.RunAdminTaskResponse;

/**
 * Checks a value against the response body of `listReports`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListReportsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListReportsResponse>;

/**
 * True when a value matches the response body of `listReports`.
 */
export declare function isListReportsResponse(value: unknown): value is T.ListReportsResponse;

/**
 * Checks a value against the response body of `getReport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetReportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetReportResponse>;

/**
 * True when a value matches the response body of `getReport`.
 */
export declare function isGetReportResponse(value: unknown): value is T.GetReportResponse;

/**
 * Checks a value against the response body of `deleteReport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteReportResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteReportResponse>;

/**
 * True when a value matches the response body of `deleteReport`.
 */
export declare function isDeleteReportResponse(value: unknown): value is T.DeleteReportResponse;

/**
 * Checks a value against the response body of `getStatus`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatusResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatusResponse>;

/**
 * True when a value matches the response body of `getStatus`.
 */
export declare function isGetStatusResponse(value: unknown): value is T.GetStatusResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Report: StandardValidator<T.Report>;
  readonly RunAdminTaskResponse: StandardValidator<T.RunAdminTaskResponse>;
  readonly ListReportsResponse: StandardValidator<T.ListReportsResponse>;
  readonly GetReportResponse: StandardValidator<T.GetReportResponse>;
  readonly DeleteReportResponse: StandardValidator<T.DeleteReportResponse>;
  readonly GetStatusResponse: StandardValidator<T.GetStatusResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
