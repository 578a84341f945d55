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
 * Checks a value against `DateTime`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDateTime(value: unknown, options?: ValidateOptions): ValidationResult<T.DateTime>;

/**
 * True when a value matches `DateTime`.
 */
export declare function isDateTime(value: unknown): value is T.DateTime;

/**
 * Checks a value against `Offset`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOffset(value: unknown, options?: ValidateOptions): ValidationResult<T.Offset>;

/**
 * True when a value matches `Offset`.
 */
export declare function isOffset(value: unknown): value is T.Offset;

/**
 * Checks a value against `OffsetTransition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOffsetTransition(value: unknown, options?: ValidateOptions): ValidationResult<T.OffsetTransition>;

/**
 * True when a value matches `OffsetTransition`.
 */
export declare function isOffsetTransition(value: unknown): value is T.OffsetTransition;

/**
 * Checks a value against `ProductStock`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateProductStock(value: unknown, options?: ValidateOptions): ValidationResult<T.ProductStock>;

/**
 * True when a value matches `ProductStock`.
 */
export declare function isProductStock(value: unknown): value is T.ProductStock;

/**
 * Checks a value against `Rules`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRules(value: unknown, options?: ValidateOptions): ValidationResult<T.Rules>;

/**
 * True when a value matches `Rules`.
 */
export declare function isRules(value: unknown): value is T.Rules;

/**
 * Checks a value against `SalesLine`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSalesLine(value: unknown, options?: ValidateOptions): ValidationResult<T.SalesLine>;

/**
 * True when a value matches `SalesLine`.
 */
export declare function isSalesLine(value: unknown): value is T.SalesLine;

/**
 * Checks a value against the response body of `getAnything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingResponse>;

/**
 * True when a value matches the response body of `getAnything`.
 */
export declare function isGetAnythingResponse(value: unknown): value is T.GetAnythingResponse;

/**
 * Checks a value against the response body of `putAnything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingResponse>;

/**
 * True when a value matches the response body of `putAnything`.
 */
export declare function isPutAnythingResponse(value: unknown): value is T.PutAnythingResponse;

/**
 * Checks a value against the request body of `postAnything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingRequestBody>;

/**
 * True when a value matches the request body of `postAnything`.
 */
export declare function isPostAnythingRequestBody(value: unknown): value is T.PostAnythingRequestBody;

/**
 * Checks a value against the response body of `postAnything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingResponse>;

/**
 * True when a value matches the response body of `postAnything`.
 */
export declare function isPostAnythingResponse(value: unknown): value is T.PostAnythingResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly DateTime: StandardValidator<T.DateTime>;
  readonly Offset: StandardValidator<T.Offset>;
  readonly OffsetTransition: StandardValidator<T.OffsetTransition>;
  readonly ProductStock: StandardValidator<T.ProductStock>;
  readonly Rules: StandardValidator<T.Rules>;
  readonly SalesLine: StandardValidator<T.SalesLine>;
  readonly GetAnythingResponse: StandardValidator<T.GetAnythingResponse>;
  readonly PutAnythingResponse: StandardValidator<T.PutAnythingResponse>;
  readonly PostAnythingRequestBody: StandardValidator<T.PostAnythingRequestBody>;
  readonly PostAnythingResponse: StandardValidator<T.PostAnythingResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
