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
 * Checks a value against the request body of `uploadDocument`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadDocumentRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadDocumentRequestBody>;

/**
 * True when a value matches the request body of `uploadDocument`.
 */
export declare function isUploadDocumentRequestBody(value: unknown): value is T.UploadDocumentRequestBody;

/**
 * Checks a value against the response body of `uploadDocument`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadDocumentResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadDocumentResponse>;

/**
 * True when a value matches the response body of `uploadDocument`.
 */
export declare function isUploadDocumentResponse(value: unknown): value is T.UploadDocumentResponse;

/**
 * Checks a value against the request body of `searchDocuments`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchDocumentsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchDocumentsRequestBody>;

/**
 * True when a value matches the request body of `searchDocuments`.
 */
export declare function isSearchDocumentsRequestBody(value: unknown): value is T.SearchDocumentsRequestBody;

/**
 * Checks a value against the response body of `searchDocuments`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchDocumentsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchDocumentsResponse>;

/**
 * True when a value matches the response body of `searchDocuments`.
 */
export declare function isSearchDocumentsResponse(value: unknown): value is T.SearchDocumentsResponse;

/**
 * Checks a value against the response body of `downloadDocument`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDownloadDocumentResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DownloadDocumentResponse>;

/**
 * True when a value matches the response body of `downloadDocument`.
 */
export declare function isDownloadDocumentResponse(value: unknown): value is T.DownloadDocumentResponse;

/**
 * Checks a value against the request body of `putNote`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutNoteRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutNoteRequestBody>;

/**
 * True when a value matches the request body of `putNote`.
 */
export declare function isPutNoteRequestBody(value: unknown): value is T.PutNoteRequestBody;

/**
 * Checks a value against the response body of `putNote`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutNoteResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutNoteResponse>;

/**
 * True when a value matches the response body of `putNote`.
 */
export declare function isPutNoteResponse(value: unknown): value is T.PutNoteResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly UploadDocumentRequestBody: StandardValidator<T.UploadDocumentRequestBody>;
  readonly UploadDocumentResponse: StandardValidator<T.UploadDocumentResponse>;
  readonly SearchDocumentsRequestBody: StandardValidator<T.SearchDocumentsRequestBody>;
  readonly SearchDocumentsResponse: StandardValidator<T.SearchDocumentsResponse>;
  readonly DownloadDocumentResponse: StandardValidator<T.DownloadDocumentResponse>;
  readonly PutNoteRequestBody: StandardValidator<T.PutNoteRequestBody>;
  readonly PutNoteResponse: StandardValidator<T.PutNoteResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
