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
 * Checks a value against the request body of `postMultipleTypesMultipleExamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultipleTypesMultipleExamplesRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultipleTypesMultipleExamplesRequestBody>;

/**
 * True when a value matches the request body of `postMultipleTypesMultipleExamples`.
 */
export declare function isPostMultipleTypesMultipleExamplesRequestBody(value: unknown): value is T.PostMultipleTypesMultipleExamplesRequestBody;

/**
 * Checks a value against the response body of `postMultipleTypesMultipleExamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultipleTypesMultipleExamplesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultipleTypesMultipleExamplesResponse>;

/**
 * True when a value matches the response body of `postMultipleTypesMultipleExamples`.
 */
export declare function isPostMultipleTypesMultipleExamplesResponse(value: unknown): value is T.PostMultipleTypesMultipleExamplesResponse;

/**
 * Checks a value against the request body of `postMultipleTypesSingleExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultipleTypesSingleExampleRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultipleTypesSingleExampleRequestBody>;

/**
 * True when a value matches the request body of `postMultipleTypesSingleExample`.
 */
export declare function isPostMultipleTypesSingleExampleRequestBody(value: unknown): value is T.PostMultipleTypesSingleExampleRequestBody;

/**
 * Checks a value against the response body of `postMultipleTypesSingleExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultipleTypesSingleExampleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultipleTypesSingleExampleResponse>;

/**
 * True when a value matches the response body of `postMultipleTypesSingleExample`.
 */
export declare function isPostMultipleTypesSingleExampleResponse(value: unknown): value is T.PostMultipleTypesSingleExampleResponse;

/**
 * Checks a value against the response body of `getSingleTypeMultipleExamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSingleTypeMultipleExamplesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSingleTypeMultipleExamplesResponse>;

/**
 * True when a value matches the response body of `getSingleTypeMultipleExamples`.
 */
export declare function isGetSingleTypeMultipleExamplesResponse(value: unknown): value is T.GetSingleTypeMultipleExamplesResponse;

/**
 * Checks a value against the response body of `getSingleTypeSingleExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSingleTypeSingleExampleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSingleTypeSingleExampleResponse>;

/**
 * True when a value matches the response body of `getSingleTypeSingleExample`.
 */
export declare function isGetSingleTypeSingleExampleResponse(value: unknown): value is T.GetSingleTypeSingleExampleResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly PostMultipleTypesMultipleExamplesRequestBody: StandardValidator<T.PostMultipleTypesMultipleExamplesRequestBody>;
  readonly PostMultipleTypesMultipleExamplesResponse: StandardValidator<T.PostMultipleTypesMultipleExamplesResponse>;
  readonly PostMultipleTypesSingleExampleRequestBody: StandardValidator<T.PostMultipleTypesSingleExampleRequestBody>;
  readonly PostMultipleTypesSingleExampleResponse: StandardValidator<T.PostMultipleTypesSingleExampleResponse>;
  readonly GetSingleTypeMultipleExamplesResponse: StandardValidator<T.GetSingleTypeMultipleExamplesResponse>;
  readonly GetSingleTypeSingleExampleResponse: StandardValidator<T.GetSingleTypeSingleExampleResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
