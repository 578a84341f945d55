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
 * Checks a value against the response body of `getAnythingApiKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingApiKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingApiKeyResponse>;

/**
 * True when a value matches the response body of `getAnythingApiKey`.
 */
export declare function isGetAnythingApiKeyResponse(value: unknown): value is T.GetAnythingApiKeyResponse;

/**
 * Checks a value against the response body of `putAnythingApiKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingApiKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingApiKeyResponse>;

/**
 * True when a value matches the response body of `putAnythingApiKey`.
 */
export declare function isPutAnythingApiKeyResponse(value: unknown): value is T.PutAnythingApiKeyResponse;

/**
 * Checks a value against the response body of `postAnythingApiKey`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingApiKeyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingApiKeyResponse>;

/**
 * True when a value matches the response body of `postAnythingApiKey`.
 */
export declare function isPostAnythingApiKeyResponse(value: unknown): value is T.PostAnythingApiKeyResponse;

/**
 * Checks a value against the response body of `postAnythingBasic`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingBasicResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingBasicResponse>;

/**
 * True when a value matches the response body of `postAnythingBasic`.
 */
export declare function isPostAnythingBasicResponse(value: unknown): value is T.PostAnythingBasicResponse;

/**
 * Checks a value against the response body of `putAnythingBearer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingBearerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingBearerResponse>;

/**
 * True when a value matches the response body of `putAnythingBearer`.
 */
export declare function isPutAnythingBearerResponse(value: unknown): value is T.PutAnythingBearerResponse;

/**
 * Checks a value against the response body of `postAnythingBearer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingBearerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingBearerResponse>;

/**
 * True when a value matches the response body of `postAnythingBearer`.
 */
export declare function isPostAnythingBearerResponse(value: unknown): value is T.PostAnythingBearerResponse;

/**
 * Checks a value against the response body of `postAnythingMutualTLS`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingMutualTLSResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingMutualTLSResponse>;

/**
 * True when a value matches the response body of `postAnythingMutualTLS`.
 */
export declare function isPostAnythingMutualTLSResponse(value: unknown): value is T.PostAnythingMutualTLSResponse;

/**
 * Checks a value against the response body of `postAnythingNoAuth`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingNoAuthResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingNoAuthResponse>;

/**
 * True when a value matches the response body of `postAnythingNoAuth`.
 */
export declare function isPostAnythingNoAuthResponse(value: unknown): value is T.PostAnythingNoAuthResponse;

/**
 * Checks a value against the response body of `getAnythingOauth2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingOauth2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingOauth2Response>;

/**
 * True when a value matches the response body of `getAnythingOauth2`.
 */
export declare function isGetAnythingOauth2Response(value: unknown): value is T.GetAnythingOauth2Response;

/**
 * Checks a value against the response body of `putAnythingOauth2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingOauth2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingOauth2Response>;

/**
 * True when a value matches the response body of `putAnythingOauth2`.
 */
export declare function isPutAnythingOauth2Response(value: unknown): value is T.PutAnythingOauth2Response;

/**
 * Checks a value against the response body of `postAnythingOauth2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOauth2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOauth2Response>;

/**
 * True when a value matches the response body of `postAnythingOauth2`.
 */
export declare function isPostAnythingOauth2Response(value: unknown): value is T.PostAnythingOauth2Response;

/**
 * Checks a value against the response body of `deleteAnythingOauth2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteAnythingOauth2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteAnythingOauth2Response>;

/**
 * True when a value matches the response body of `deleteAnythingOauth2`.
 */
export declare function isDeleteAnythingOauth2Response(value: unknown): value is T.DeleteAnythingOauth2Response;

/**
 * Checks a value against the response body of `patchAnythingOauth2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchAnythingOauth2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchAnythingOauth2Response>;

/**
 * True when a value matches the response body of `patchAnythingOauth2`.
 */
export declare function isPatchAnythingOauth2Response(value: unknown): value is T.PatchAnythingOauth2Response;

/**
 * Checks a value against the response body of `postAnythingOpenIdConnect`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingOpenIdConnectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingOpenIdConnectResponse>;

/**
 * True when a value matches the response body of `postAnythingOpenIdConnect`.
 */
export declare function isPostAnythingOpenIdConnectResponse(value: unknown): value is T.PostAnythingOpenIdConnectResponse;

/**
 * Checks a value against the response body of `postStatus401`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostStatus401Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PostStatus401Response>;

/**
 * True when a value matches the response body of `postStatus401`.
 */
export declare function isPostStatus401Response(value: unknown): value is T.PostStatus401Response;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetAnythingApiKeyResponse: StandardValidator<T.GetAnythingApiKeyResponse>;
  readonly PutAnythingApiKeyResponse: StandardValidator<T.PutAnythingApiKeyResponse>;
  readonly PostAnythingApiKeyResponse: StandardValidator<T.PostAnythingApiKeyResponse>;
  readonly PostAnythingBasicResponse: StandardValidator<T.PostAnythingBasicResponse>;
  readonly PutAnythingBearerResponse: StandardValidator<T.PutAnythingBearerResponse>;
  readonly PostAnythingBearerResponse: StandardValidator<T.PostAnythingBearerResponse>;
  readonly PostAnythingMutualTLSResponse: StandardValidator<T.PostAnythingMutualTLSResponse>;
  readonly PostAnythingNoAuthResponse: StandardValidator<T.PostAnythingNoAuthResponse>;
  readonly GetAnythingOauth2Response: StandardValidator<T.GetAnythingOauth2Response>;
  readonly PutAnythingOauth2Response: StandardValidator<T.PutAnythingOauth2Response>;
  readonly PostAnythingOauth2Response: StandardValidator<T.PostAnythingOauth2Response>;
  readonly DeleteAnythingOauth2Response: StandardValidator<T.DeleteAnythingOauth2Response>;
  readonly PatchAnythingOauth2Response: StandardValidator<T.PatchAnythingOauth2Response>;
  readonly PostAnythingOpenIdConnectResponse: StandardValidator<T.PostAnythingOpenIdConnectResponse>;
  readonly PostStatus401Response: StandardValidator<T.PostStatus401Response>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
