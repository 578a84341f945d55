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
 * Checks a value against the request body of `postAnythingImagePng`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingImagePngRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingImagePngRequestBody>;

/**
 * True when a value matches the request body of `postAnythingImagePng`.
 */
export declare function isPostAnythingImagePngRequestBody(value: unknown): value is T.PostAnythingImagePngRequestBody;

/**
 * Checks a value against the response body of `postAnythingImagePng`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingImagePngResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingImagePngResponse>;

/**
 * True when a value matches the response body of `postAnythingImagePng`.
 */
export declare function isPostAnythingImagePngResponse(value: unknown): value is T.PostAnythingImagePngResponse;

/**
 * Checks a value against the request body of `putAnythingMultipartFormdata`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingMultipartFormdataRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingMultipartFormdataRequestBody>;

/**
 * True when a value matches the request body of `putAnythingMultipartFormdata`.
 */
export declare function isPutAnythingMultipartFormdataRequestBody(value: unknown): value is T.PutAnythingMultipartFormdataRequestBody;

/**
 * Checks a value against the response body of `putAnythingMultipartFormdata`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingMultipartFormdataResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingMultipartFormdataResponse>;

/**
 * True when a value matches the response body of `putAnythingMultipartFormdata`.
 */
export declare function isPutAnythingMultipartFormdataResponse(value: unknown): value is T.PutAnythingMultipartFormdataResponse;

/**
 * Checks a value against the request body of `postAnythingMultipartFormdata`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingMultipartFormdataRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingMultipartFormdataRequestBody>;

/**
 * True when a value matches the request body of `postAnythingMultipartFormdata`.
 */
export declare function isPostAnythingMultipartFormdataRequestBody(value: unknown): value is T.PostAnythingMultipartFormdataRequestBody;

/**
 * Checks a value against the response body of `postAnythingMultipartFormdata`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingMultipartFormdataResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingMultipartFormdataResponse>;

/**
 * True when a value matches the response body of `postAnythingMultipartFormdata`.
 */
export declare function isPostAnythingMultipartFormdataResponse(value: unknown): value is T.PostAnythingMultipartFormdataResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly PostAnythingImagePngRequestBody: StandardValidator<T.PostAnythingImagePngRequestBody>;
  readonly PostAnythingImagePngResponse: StandardValidator<T.PostAnythingImagePngResponse>;
  readonly PutAnythingMultipartFormdataRequestBody: StandardValidator<T.PutAnythingMultipartFormdataRequestBody>;
  readonly PutAnythingMultipartFormdataResponse: StandardValidator<T.PutAnythingMultipartFormdataResponse>;
  readonly PostAnythingMultipartFormdataRequestBody: StandardValidator<T.PostAnythingMultipartFormdataRequestBody>;
  readonly PostAnythingMultipartFormdataResponse: StandardValidator<T.PostAnythingMultipartFormdataResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
