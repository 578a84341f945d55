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
 * Checks a value against `Category`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCategory(value: unknown, options?: ValidateOptions): ValidationResult<T.Category>;

/**
 * True when a value matches `Category`.
 */
export declare function isCategory(value: unknown): value is T.Category;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `Status`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStatus(value: unknown, options?: ValidateOptions): ValidationResult<T.Status>;

/**
 * True when a value matches `Status`.
 */
export declare function isStatus(value: unknown): value is T.Status;

/**
 * Checks a value against `StatusWrapper`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStatusWrapper(value: unknown, options?: ValidateOptions): ValidationResult<T.StatusWrapper>;

/**
 * True when a value matches `StatusWrapper`.
 */
export declare function isStatusWrapper(value: unknown): value is T.StatusWrapper;

/**
 * Checks a value against `Tag`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTag(value: unknown, options?: ValidateOptions): ValidationResult<T.Tag>;

/**
 * True when a value matches `Tag`.
 */
export declare function isTag(value: unknown): value is T.Tag;

/**
 * Checks a value against `TagDeprecated`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTagDeprecated(value: unknown, options?: ValidateOptions): ValidationResult<T.TagDeprecated>;

/**
 * True when a value matches `TagDeprecated`.
 */
export declare function isTagDeprecated(value: unknown): value is T.TagDeprecated;

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
  readonly Category: StandardValidator<T.Category>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly Status: StandardValidator<T.Status>;
  readonly StatusWrapper: StandardValidator<T.StatusWrapper>;
  readonly Tag: StandardValidator<T.Tag>;
  readonly TagDeprecated: StandardValidator<T.TagDeprecated>;
  readonly PostAnythingRequestBody: StandardValidator<T.PostAnythingRequestBody>;
  readonly PostAnythingResponse: StandardValidator<T.PostAnythingResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
