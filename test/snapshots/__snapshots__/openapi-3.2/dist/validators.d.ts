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
 * Checks a value against `Event`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.Event>;

/**
 * True when a value matches `Event`.
 */
export declare function isEvent(value: unknown): value is T.Event;

/**
 * Checks a value against the request body of `searchEvents`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchEventsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchEventsRequestBody>;

/**
 * True when a value matches the request body of `searchEvents`.
 */
export declare function isSearchEventsRequestBody(value: unknown): value is T.SearchEventsRequestBody;

/**
 * Checks a value against the response body of `searchEvents`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchEventsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchEventsResponse>;

/**
 * True when a value matches the response body of `searchEvents`.
 */
export declare function isSearchEventsResponse(value: unknown): value is T.SearchEventsResponse;

/**
 * Checks a value against the response body of `purgeEvents`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePurgeEventsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PurgeEventsResponse>;

/**
 * True when a value matches the response body of `purgeEvents`.
 */
export declare function isPurgeEventsResponse(value: unknown): value is T.PurgeEventsResponse;

/**
 * Checks a value against the response body of `exportEvents`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateExportEventsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ExportEventsResponse>;

/**
 * True when a value matches the response body of `exportEvents`.
 */
export declare function isExportEventsResponse(value: unknown): value is T.ExportEventsResponse;

/**
 * Checks a value against the response body of `streamEvents`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStreamEventsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StreamEventsResponse>;

/**
 * True when a value matches the response body of `streamEvents`.
 */
export declare function isStreamEventsResponse(value: unknown): value is T.StreamEventsResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Event: StandardValidator<T.Event>;
  readonly SearchEventsRequestBody: StandardValidator<T.SearchEventsRequestBody>;
  readonly SearchEventsResponse: StandardValidator<T.SearchEventsResponse>;
  readonly PurgeEventsResponse: StandardValidator<T.PurgeEventsResponse>;
  readonly ExportEventsResponse: StandardValidator<T.ExportEventsResponse>;
  readonly StreamEventsResponse: StandardValidator<T.StreamEventsResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
