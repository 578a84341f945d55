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
 * Checks a value against the request body of `formDataStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataStandardRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataStandardRequestBody>;

/**
 * True when a value matches the request body of `formDataStandard`.
 */
export declare function isFormDataStandardRequestBody(value: unknown): value is T.FormDataStandardRequestBody;

/**
 * Checks a value against the response body of `formDataStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataStandardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataStandardResponse>;

/**
 * True when a value matches the response body of `formDataStandard`.
 */
export declare function isFormDataStandardResponse(value: unknown): value is T.FormDataStandardResponse;

/**
 * Checks a value against the request body of `formDataDeepObjectExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataDeepObjectExplodedRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataDeepObjectExplodedRequestBody>;

/**
 * True when a value matches the request body of `formDataDeepObjectExploded`.
 */
export declare function isFormDataDeepObjectExplodedRequestBody(value: unknown): value is T.FormDataDeepObjectExplodedRequestBody;

/**
 * Checks a value against the response body of `formDataDeepObjectExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataDeepObjectExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataDeepObjectExplodedResponse>;

/**
 * True when a value matches the response body of `formDataDeepObjectExploded`.
 */
export declare function isFormDataDeepObjectExplodedResponse(value: unknown): value is T.FormDataDeepObjectExplodedResponse;

/**
 * Checks a value against the request body of `formDataFormExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataFormExplodedRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataFormExplodedRequestBody>;

/**
 * True when a value matches the request body of `formDataFormExploded`.
 */
export declare function isFormDataFormExplodedRequestBody(value: unknown): value is T.FormDataFormExplodedRequestBody;

/**
 * Checks a value against the response body of `formDataFormExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataFormExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataFormExplodedResponse>;

/**
 * True when a value matches the response body of `formDataFormExploded`.
 */
export declare function isFormDataFormExplodedResponse(value: unknown): value is T.FormDataFormExplodedResponse;

/**
 * Checks a value against the request body of `formDataFormNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataFormNonExplodedRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataFormNonExplodedRequestBody>;

/**
 * True when a value matches the request body of `formDataFormNonExploded`.
 */
export declare function isFormDataFormNonExplodedRequestBody(value: unknown): value is T.FormDataFormNonExplodedRequestBody;

/**
 * Checks a value against the response body of `formDataFormNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataFormNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataFormNonExplodedResponse>;

/**
 * True when a value matches the response body of `formDataFormNonExploded`.
 */
export declare function isFormDataFormNonExplodedResponse(value: unknown): value is T.FormDataFormNonExplodedResponse;

/**
 * Checks a value against the request body of `formDataPipeDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataPipeDelimitedNonExplodedRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataPipeDelimitedNonExplodedRequestBody>;

/**
 * True when a value matches the request body of `formDataPipeDelimitedNonExploded`.
 */
export declare function isFormDataPipeDelimitedNonExplodedRequestBody(value: unknown): value is T.FormDataPipeDelimitedNonExplodedRequestBody;

/**
 * Checks a value against the response body of `formDataPipeDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataPipeDelimitedNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataPipeDelimitedNonExplodedResponse>;

/**
 * True when a value matches the response body of `formDataPipeDelimitedNonExploded`.
 */
export declare function isFormDataPipeDelimitedNonExplodedResponse(value: unknown): value is T.FormDataPipeDelimitedNonExplodedResponse;

/**
 * Checks a value against the request body of `formDataSpaceDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataSpaceDelimitedNonExplodedRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataSpaceDelimitedNonExplodedRequestBody>;

/**
 * True when a value matches the request body of `formDataSpaceDelimitedNonExploded`.
 */
export declare function isFormDataSpaceDelimitedNonExplodedRequestBody(value: unknown): value is T.FormDataSpaceDelimitedNonExplodedRequestBody;

/**
 * Checks a value against the response body of `formDataSpaceDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormDataSpaceDelimitedNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FormDataSpaceDelimitedNonExplodedResponse>;

/**
 * True when a value matches the response body of `formDataSpaceDelimitedNonExploded`.
 */
export declare function isFormDataSpaceDelimitedNonExplodedResponse(value: unknown): value is T.FormDataSpaceDelimitedNonExplodedResponse;

/**
 * Checks a value against the response body of `headersStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateHeadersStandardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.HeadersStandardResponse>;

/**
 * True when a value matches the response body of `headersStandard`.
 */
export declare function isHeadersStandardResponse(value: unknown): value is T.HeadersStandardResponse;

/**
 * Checks a value against the response body of `headersSimpleNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateHeadersSimpleNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.HeadersSimpleNonExplodedResponse>;

/**
 * True when a value matches the response body of `headersSimpleNonExploded`.
 */
export declare function isHeadersSimpleNonExplodedResponse(value: unknown): value is T.HeadersSimpleNonExplodedResponse;

/**
 * Checks a value against the response body of `headersSimpleExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateHeadersSimpleExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.HeadersSimpleExplodedResponse>;

/**
 * True when a value matches the response body of `headersSimpleExploded`.
 */
export declare function isHeadersSimpleExplodedResponse(value: unknown): value is T.HeadersSimpleExplodedResponse;

/**
 * Checks a value against the response body of `pathsLabelNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsLabelNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsLabelNonExplodedResponse>;

/**
 * True when a value matches the response body of `pathsLabelNonExploded`.
 */
export declare function isPathsLabelNonExplodedResponse(value: unknown): value is T.PathsLabelNonExplodedResponse;

/**
 * Checks a value against the response body of `pathsLabelExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsLabelExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsLabelExplodedResponse>;

/**
 * True when a value matches the response body of `pathsLabelExploded`.
 */
export declare function isPathsLabelExplodedResponse(value: unknown): value is T.PathsLabelExplodedResponse;

/**
 * Checks a value against the response body of `pathsMatrixNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsMatrixNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsMatrixNonExplodedResponse>;

/**
 * True when a value matches the response body of `pathsMatrixNonExploded`.
 */
export declare function isPathsMatrixNonExplodedResponse(value: unknown): value is T.PathsMatrixNonExplodedResponse;

/**
 * Checks a value against the response body of `pathsMatrixExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsMatrixExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsMatrixExplodedResponse>;

/**
 * True when a value matches the response body of `pathsMatrixExploded`.
 */
export declare function isPathsMatrixExplodedResponse(value: unknown): value is T.PathsMatrixExplodedResponse;

/**
 * Checks a value against the response body of `pathsSimpleNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsSimpleNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsSimpleNonExplodedResponse>;

/**
 * True when a value matches the response body of `pathsSimpleNonExploded`.
 */
export declare function isPathsSimpleNonExplodedResponse(value: unknown): value is T.PathsSimpleNonExplodedResponse;

/**
 * Checks a value against the response body of `pathsSimpleExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsSimpleExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsSimpleExplodedResponse>;

/**
 * True when a value matches the response body of `pathsSimpleExploded`.
 */
export declare function isPathsSimpleExplodedResponse(value: unknown): value is T.PathsSimpleExplodedResponse;

/**
 * Checks a value against the response body of `pathsStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePathsStandardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PathsStandardResponse>;

/**
 * True when a value matches the response body of `pathsStandard`.
 */
export declare function isPathsStandardResponse(value: unknown): value is T.PathsStandardResponse;

/**
 * Checks a value against the response body of `queryStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQueryStandardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QueryStandardResponse>;

/**
 * True when a value matches the response body of `queryStandard`.
 */
export declare function isQueryStandardResponse(value: unknown): value is T.QueryStandardResponse;

/**
 * Checks a value against the response body of `queryDeepObjectNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQueryDeepObjectNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QueryDeepObjectNonExplodedResponse>;

/**
 * True when a value matches the response body of `queryDeepObjectNonExploded`.
 */
export declare function isQueryDeepObjectNonExplodedResponse(value: unknown): value is T.QueryDeepObjectNonExplodedResponse;

/**
 * Checks a value against the response body of `queryFormNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQueryFormNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QueryFormNonExplodedResponse>;

/**
 * True when a value matches the response body of `queryFormNonExploded`.
 */
export declare function isQueryFormNonExplodedResponse(value: unknown): value is T.QueryFormNonExplodedResponse;

/**
 * Checks a value against the response body of `queryFormExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQueryFormExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QueryFormExplodedResponse>;

/**
 * True when a value matches the response body of `queryFormExploded`.
 */
export declare function isQueryFormExplodedResponse(value: unknown): value is T.QueryFormExplodedResponse;

/**
 * Checks a value against the response body of `queryPipeDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQueryPipeDelimitedNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QueryPipeDelimitedNonExplodedResponse>;

/**
 * True when a value matches the response body of `queryPipeDelimitedNonExploded`.
 */
export declare function isQueryPipeDelimitedNonExplodedResponse(value: unknown): value is T.QueryPipeDelimitedNonExplodedResponse;

/**
 * Checks a value against the response body of `querySpaceDelimitedNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateQuerySpaceDelimitedNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.QuerySpaceDelimitedNonExplodedResponse>;

/**
 * True when a value matches the response body of `querySpaceDelimitedNonExploded`.
 */
export declare function isQuerySpaceDelimitedNonExplodedResponse(value: unknown): value is T.QuerySpaceDelimitedNonExplodedResponse;

/**
 * Checks a value against the response body of `cookiesStandard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCookiesStandardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CookiesStandardResponse>;

/**
 * True when a value matches the response body of `cookiesStandard`.
 */
export declare function isCookiesStandardResponse(value: unknown): value is T.CookiesStandardResponse;

/**
 * Checks a value against the response body of `cookiesFormExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCookiesFormExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CookiesFormExplodedResponse>;

/**
 * True when a value matches the response body of `cookiesFormExploded`.
 */
export declare function isCookiesFormExplodedResponse(value: unknown): value is T.CookiesFormExplodedResponse;

/**
 * Checks a value against the response body of `cookiesFormNonExploded`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCookiesFormNonExplodedResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CookiesFormNonExplodedResponse>;

/**
 * True when a value matches the response body of `cookiesFormNonExploded`.
 */
export declare function isCookiesFormNonExplodedResponse(value: unknown): value is T.CookiesFormNonExplodedResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly FormDataStandardRequestBody: StandardValidator<T.FormDataStandardRequestBody>;
  readonly FormDataStandardResponse: StandardValidator<T.FormDataStandardResponse>;
  readonly FormDataDeepObjectExplodedRequestBody: StandardValidator<T.FormDataDeepObjectExplodedRequestBody>;
  readonly FormDataDeepObjectExplodedResponse: StandardValidator<T.FormDataDeepObjectExplodedResponse>;
  readonly FormDataFormExplodedRequestBody: StandardValidator<T.FormDataFormExplodedRequestBody>;
  readonly FormDataFormExplodedResponse: StandardValidator<T.FormDataFormExplodedResponse>;
  readonly FormDataFormNonExplodedRequestBody: StandardValidator<T.FormDataFormNonExplodedRequestBody>;
  readonly FormDataFormNonExplodedResponse: StandardValidator<T.FormDataFormNonExplodedResponse>;
  readonly FormDataPipeDelimitedNonExplodedRequestBody: StandardValidator<T.FormDataPipeDelimitedNonExplodedRequestBody>;
  readonly FormDataPipeDelimitedNonExplodedResponse: StandardValidator<T.FormDataPipeDelimitedNonExplodedResponse>;
  readonly FormDataSpaceDelimitedNonExplodedRequestBody: StandardValidator<T.FormDataSpaceDelimitedNonExplodedRequestBody>;
  readonly FormDataSpaceDelimitedNonExplodedResponse: StandardValidator<T.FormDataSpaceDelimitedNonExplodedResponse>;
  readonly HeadersStandardResponse: StandardValidator<T.HeadersStandardResponse>;
  readonly HeadersSimpleNonExplodedResponse: StandardValidator<T.HeadersSimpleNonExplodedResponse>;
  readonly HeadersSimpleExplodedResponse: StandardValidator<T.HeadersSimpleExplodedResponse>;
  readonly PathsLabelNonExplodedResponse: StandardValidator<T.PathsLabelNonExplodedResponse>;
  readonly PathsLabelExplodedResponse: StandardValidator<T.PathsLabelExplodedResponse>;
  readonly PathsMatrixNonExplodedResponse: StandardValidator<T.PathsMatrixNonExplodedResponse>;
  readonly PathsMatrixExplodedResponse: StandardValidator<T.PathsMatrixExplodedResponse>;
  readonly PathsSimpleNonExplodedResponse: StandardValidator<T.PathsSimpleNonExplodedResponse>;
  readonly PathsSimpleExplodedResponse: StandardValidator<T.PathsSimpleExplodedResponse>;
  readonly PathsStandardResponse: StandardValidator<T.PathsStandardResponse>;
  readonly QueryStandardResponse: StandardValidator<T.QueryStandardResponse>;
  readonly QueryDeepObjectNonExplodedResponse: StandardValidator<T.QueryDeepObjectNonExplodedResponse>;
  readonly QueryFormNonExplodedResponse: StandardValidator<T.QueryFormNonExplodedResponse>;
  readonly QueryFormExplodedResponse: StandardValidator<T.QueryFormExplodedResponse>;
  readonly QueryPipeDelimitedNonExplodedResponse: StandardValidator<T.QueryPipeDelimitedNonExplodedResponse>;
  readonly QuerySpaceDelimitedNonExplodedResponse: StandardValidator<T.QuerySpaceDelimitedNonExplodedResponse>;
  readonly CookiesStandardResponse: StandardValidator<T.CookiesStandardResponse>;
  readonly CookiesFormExplodedResponse: StandardValidator<T.CookiesFormExplodedResponse>;
  readonly CookiesFormNonExplodedResponse: StandardValidator<T.CookiesFormNonExplodedResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
