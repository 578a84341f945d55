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
 * Checks a value against `BodyPart`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBodyPart(value: unknown, options?: ValidateOptions): ValidationResult<T.BodyPart>;

/**
 * True when a value matches `BodyPart`.
 */
export declare function isBodyPart(value: unknown): value is T.BodyPart;

/**
 * Checks a value against `ContentDisposition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateContentDisposition(value: unknown, options?: ValidateOptions): ValidationResult<T.ContentDisposition>;

/**
 * True when a value matches `ContentDisposition`.
 */
export declare function isContentDisposition(value: unknown): value is T.ContentDisposition;

/**
 * Checks a value against `FormDataBodyPart`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataBodyPart(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataBodyPart>;

/**
 * True when a value matches `FormDataBodyPart`.
 */
export declare function isFormDataBodyPart(value: unknown): value is T.FormDataBodyPart;

/**
 * Checks a value against `FormDataContentDisposition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataContentDisposition(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataContentDisposition>;

/**
 * True when a value matches `FormDataContentDisposition`.
 */
export declare function isFormDataContentDisposition(value: unknown): value is T.FormDataContentDisposition;

/**
 * Checks a value against `MessageBodyWorkers`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMessageBodyWorkers(value: unknown, options?: ValidateOptions): ValidationResult<T.MessageBodyWorkers>;

/**
 * True when a value matches `MessageBodyWorkers`.
 */
export declare function isMessageBodyWorkers(value: unknown): value is T.MessageBodyWorkers;

/**
 * Checks a value against `MultiPart`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMultiPart(value: unknown, options?: ValidateOptions): ValidationResult<T.MultiPart>;

/**
 * True when a value matches `MultiPart`.
 */
export declare function isMultiPart(value: unknown): value is T.MultiPart;

/**
 * Checks a value against `ParameterizedHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateParameterizedHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ParameterizedHeader>;

/**
 * True when a value matches `ParameterizedHeader`.
 */
export declare function isParameterizedHeader(value: unknown): value is T.ParameterizedHeader;

/**
 * Checks a value against `ZoneId`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateZoneId(value: unknown, options?: ValidateOptions): ValidationResult<T.ZoneId>;

/**
 * True when a value matches `ZoneId`.
 */
export declare function isZoneId(value: unknown): value is T.ZoneId;

/**
 * Checks a value against `ZoneOffset`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateZoneOffset(value: unknown, options?: ValidateOptions): ValidationResult<T.ZoneOffset>;

/**
 * True when a value matches `ZoneOffset`.
 */
export declare function isZoneOffset(value: unknown): value is T.ZoneOffset;

/**
 * Checks a value against `ZoneOffsetTransition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateZoneOffsetTransition(value: unknown, options?: ValidateOptions): ValidationResult<T.ZoneOffsetTransition>;

/**
 * True when a value matches `ZoneOffsetTransition`.
 */
export declare function isZoneOffsetTransition(value: unknown): value is T.ZoneOffsetTransition;

/**
 * Checks a value against `ZoneRules`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateZoneRules(value: unknown, options?: ValidateOptions): ValidationResult<T.ZoneRules>;

/**
 * True when a value matches `ZoneRules`.
 */
export declare function isZoneRules(value: unknown): value is T.ZoneRules;

/**
 * Checks a value against the request body of `putCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutCircularRequestBody>;

/**
 * True when a value matches the request body of `putCircular`.
 */
export declare function isPutCircularRequestBody(value: unknown): value is T.PutCircularRequestBody;

/**
 * Checks a value against the response body of `putCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutCircularResponse>;

/**
 * True when a value matches the response body of `putCircular`.
 */
export declare function isPutCircularResponse(value: unknown): value is T.PutCircularResponse;

/**
 * Checks a value against the request body of `putNestedTest`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutNestedTestRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutNestedTestRequestBody>;

/**
 * True when a value matches the request body of `putNestedTest`.
 */
export declare function isPutNestedTestRequestBody(value: unknown): value is T.PutNestedTestRequestBody;

/**
 * Checks a value against the response body of `putNestedTest`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutNestedTestResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutNestedTestResponse>;

/**
 * True when a value matches the response body of `putNestedTest`.
 */
export declare function isPutNestedTestResponse(value: unknown): value is T.PutNestedTestResponse;

/**
 * Checks a value against the request body of `postNotQuiteCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostNotQuiteCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostNotQuiteCircularRequestBody>;

/**
 * True when a value matches the request body of `postNotQuiteCircular`.
 */
export declare function isPostNotQuiteCircularRequestBody(value: unknown): value is T.PostNotQuiteCircularRequestBody;

/**
 * Checks a value against the response body of `postNotQuiteCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostNotQuiteCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostNotQuiteCircularResponse>;

/**
 * True when a value matches the response body of `postNotQuiteCircular`.
 */
export declare function isPostNotQuiteCircularResponse(value: unknown): value is T.PostNotQuiteCircularResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly BodyPart: StandardValidator<T.BodyPart>;
  readonly ContentDisposition: StandardValidator<T.ContentDisposition>;
  readonly FormDataBodyPart: StandardValidator<T.FormDataBodyPart>;
  readonly FormDataContentDisposition: StandardValidator<T.FormDataContentDisposition>;
  readonly MessageBodyWorkers: StandardValidator<T.MessageBodyWorkers>;
  readonly MultiPart: StandardValidator<T.MultiPart>;
  readonly ParameterizedHeader: StandardValidator<T.ParameterizedHeader>;
  readonly ZoneId: StandardValidator<T.ZoneId>;
  readonly ZoneOffset: StandardValidator<T.ZoneOffset>;
  readonly ZoneOffsetTransition: StandardValidator<T.ZoneOffsetTransition>;
  readonly ZoneRules: StandardValidator<T.ZoneRules>;
  readonly PutCircularRequestBody: StandardValidator<T.PutCircularRequestBody>;
  readonly PutCircularResponse: StandardValidator<T.PutCircularResponse>;
  readonly PutNestedTestRequestBody: StandardValidator<T.PutNestedTestRequestBody>;
  readonly PutNestedTestResponse: StandardValidator<T.PutNestedTestResponse>;
  readonly PostNotQuiteCircularRequestBody: StandardValidator<T.PostNotQuiteCircularRequestBody>;
  readonly PostNotQuiteCircularResponse: StandardValidator<T.PostNotQuiteCircularResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
