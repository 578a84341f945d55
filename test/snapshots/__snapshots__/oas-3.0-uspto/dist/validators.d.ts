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
 * Checks a value against `DataSetList`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDataSetList(value: unknown, options?: ValidateOptions): ValidationResult<T.DataSetList>;

/**
 * True when a value matches `DataSetList`.
 */
export declare function isDataSetList(value: unknown): value is T.DataSetList;

/**
 * Checks a value against the response body of `listDataSets`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListDataSetsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListDataSetsResponse>;

/**
 * True when a value matches the response body of `listDataSets`.
 */
export declare function isListDataSetsResponse(value: unknown): value is T.ListDataSetsResponse;

/**
 * Checks a value against the response body of `listSearchableFields`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListSearchableFieldsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListSearchableFieldsResponse>;

/**
 * True when a value matches the response body of `listSearchableFields`.
 */
export declare function isListSearchableFieldsResponse(value: unknown): value is T.ListSearchableFieldsResponse;

/**
 * Checks a value against the request body of `performSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformSearchRequestBody>;

/**
 * True when a value matches the request body of `performSearch`.
 */
export declare function isPerformSearchRequestBody(value: unknown): value is T.PerformSearchRequestBody;

/**
 * Checks a value against the response body of `performSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformSearchResponse>;

/**
 * True when a value matches the response body of `performSearch`.
 */
export declare function isPerformSearchResponse(value: unknown): value is T.PerformSearchResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly DataSetList: StandardValidator<T.DataSetList>;
  readonly ListDataSetsResponse: StandardValidator<T.ListDataSetsResponse>;
  readonly ListSearchableFieldsResponse: StandardValidator<T.ListSearchableFieldsResponse>;
  readonly PerformSearchRequestBody: StandardValidator<T.PerformSearchRequestBody>;
  readonly PerformSearchResponse: StandardValidator<T.PerformSearchResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
