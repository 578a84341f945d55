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
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `Pets`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePets(value: unknown, options?: ValidateOptions): ValidationResult<T.Pets>;

/**
 * True when a value matches `Pets`.
 */
export declare function isPets(value: unknown): value is T.Pets;

/**
 * Checks a value against `Tag`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTag(value: unknown, options?: ValidateOptions): ValidationResult<T.Tag>;

/**
 * True when a value matches `Tag`.
 */
export declare function isTag(value: unknown): value is T.Tag;

/**
 * Checks a value against `Token`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateToken(value: unknown, options?: ValidateOptions): ValidationResult<T.Token>;

/**
 * True when a value matches `Token`.
 */
export declare function isToken(value: unknown): value is T.Token;

/**
 * Checks a value against `User`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<T.User>;

/**
 * True when a value matches `User`.
 */
export declare function isUser(value: unknown): value is T.User;

/**
 * Checks a value against the response body of `getParameterExamplesByParam1ByParam2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetParameterExamplesByParam1ByParam2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetParameterExamplesByParam1ByParam2Response>;

/**
 * True when a value matches the response body of `getParameterExamplesByParam1ByParam2`.
 */
export declare function isGetParameterExamplesByParam1ByParam2Response(value: unknown): value is T.GetParameterExamplesByParam1ByParam2Response;

/**
 * Checks a value against the request body of `putParameterExamplesByParam1ByParam2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutParameterExamplesByParam1ByParam2RequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutParameterExamplesByParam1ByParam2RequestBody>;

/**
 * True when a value matches the request body of `putParameterExamplesByParam1ByParam2`.
 */
export declare function isPutParameterExamplesByParam1ByParam2RequestBody(value: unknown): value is T.PutParameterExamplesByParam1ByParam2RequestBody;

/**
 * Checks a value against the response body of `putParameterExamplesByParam1ByParam2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutParameterExamplesByParam1ByParam2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PutParameterExamplesByParam1ByParam2Response>;

/**
 * True when a value matches the response body of `putParameterExamplesByParam1ByParam2`.
 */
export declare function isPutParameterExamplesByParam1ByParam2Response(value: unknown): value is T.PutParameterExamplesByParam1ByParam2Response;

/**
 * Checks a value against the request body of `patchParameterExamplesByParam1ByParam2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchParameterExamplesByParam1ByParam2RequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchParameterExamplesByParam1ByParam2RequestBody>;

/**
 * True when a value matches the request body of `patchParameterExamplesByParam1ByParam2`.
 */
export declare function isPatchParameterExamplesByParam1ByParam2RequestBody(value: unknown): value is T.PatchParameterExamplesByParam1ByParam2RequestBody;

/**
 * Checks a value against the response body of `patchParameterExamplesByParam1ByParam2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchParameterExamplesByParam1ByParam2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchParameterExamplesByParam1ByParam2Response>;

/**
 * True when a value matches the response body of `patchParameterExamplesByParam1ByParam2`.
 */
export declare function isPatchParameterExamplesByParam1ByParam2Response(value: unknown): value is T.PatchParameterExamplesByParam1ByParam2Response;

/**
 * Checks a value against the request body of `putRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutRequestBodyRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutRequestBodyRequestBody>;

/**
 * True when a value matches the request body of `putRequestBody`.
 */
export declare function isPutRequestBodyRequestBody(value: unknown): value is T.PutRequestBodyRequestBody;

/**
 * Checks a value against the response body of `putRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutRequestBodyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutRequestBodyResponse>;

/**
 * True when a value matches the response body of `putRequestBody`.
 */
export declare function isPutRequestBodyResponse(value: unknown): value is T.PutRequestBodyResponse;

/**
 * Checks a value against the request body of `postRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyRequestBody>;

/**
 * True when a value matches the request body of `postRequestBody`.
 */
export declare function isPostRequestBodyRequestBody(value: unknown): value is T.PostRequestBodyRequestBody;

/**
 * Checks a value against the response body of `postRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyResponse>;

/**
 * True when a value matches the response body of `postRequestBody`.
 */
export declare function isPostRequestBodyResponse(value: unknown): value is T.PostRequestBodyResponse;

/**
 * Checks a value against the request body of `patchRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchRequestBodyRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchRequestBodyRequestBody>;

/**
 * True when a value matches the request body of `patchRequestBody`.
 */
export declare function isPatchRequestBodyRequestBody(value: unknown): value is T.PatchRequestBodyRequestBody;

/**
 * Checks a value against the response body of `patchRequestBody`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchRequestBodyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchRequestBodyResponse>;

/**
 * True when a value matches the response body of `patchRequestBody`.
 */
export declare function isPatchRequestBodyResponse(value: unknown): value is T.PatchRequestBodyResponse;

/**
 * Checks a value against the request body of `demoFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDemoFormDataRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.DemoFormDataRequestBody>;

/**
 * True when a value matches the request body of `demoFormData`.
 */
export declare function isDemoFormDataRequestBody(value: unknown): value is T.DemoFormDataRequestBody;

/**
 * Checks a value against the response body of `demoFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDemoFormDataResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DemoFormDataResponse>;

/**
 * True when a value matches the response body of `demoFormData`.
 */
export declare function isDemoFormDataResponse(value: unknown): value is T.DemoFormDataResponse;

/**
 * Checks a value against the request body of `postRequestBodyMultiMediaTypes`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyMultiMediaTypesRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyMultiMediaTypesRequestBody>;

/**
 * True when a value matches the request body of `postRequestBodyMultiMediaTypes`.
 */
export declare function isPostRequestBodyMultiMediaTypesRequestBody(value: unknown): value is T.PostRequestBodyMultiMediaTypesRequestBody;

/**
 * Checks a value against the response body of `postRequestBodyMultiMediaTypes`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyMultiMediaTypesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyMultiMediaTypesResponse>;

/**
 * True when a value matches the response body of `postRequestBodyMultiMediaTypes`.
 */
export declare function isPostRequestBodyMultiMediaTypesResponse(value: unknown): value is T.PostRequestBodyMultiMediaTypesResponse;

/**
 * Checks a value against the request body of `putRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutRequestBodyPrimitiveExampleRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutRequestBodyPrimitiveExampleRequestBody>;

/**
 * True when a value matches the request body of `putRequestBodyPrimitiveExample`.
 */
export declare function isPutRequestBodyPrimitiveExampleRequestBody(value: unknown): value is T.PutRequestBodyPrimitiveExampleRequestBody;

/**
 * Checks a value against the response body of `putRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutRequestBodyPrimitiveExampleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutRequestBodyPrimitiveExampleResponse>;

/**
 * True when a value matches the response body of `putRequestBodyPrimitiveExample`.
 */
export declare function isPutRequestBodyPrimitiveExampleResponse(value: unknown): value is T.PutRequestBodyPrimitiveExampleResponse;

/**
 * Checks a value against the request body of `postRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyPrimitiveExampleRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyPrimitiveExampleRequestBody>;

/**
 * True when a value matches the request body of `postRequestBodyPrimitiveExample`.
 */
export declare function isPostRequestBodyPrimitiveExampleRequestBody(value: unknown): value is T.PostRequestBodyPrimitiveExampleRequestBody;

/**
 * Checks a value against the response body of `postRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostRequestBodyPrimitiveExampleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostRequestBodyPrimitiveExampleResponse>;

/**
 * True when a value matches the response body of `postRequestBodyPrimitiveExample`.
 */
export declare function isPostRequestBodyPrimitiveExampleResponse(value: unknown): value is T.PostRequestBodyPrimitiveExampleResponse;

/**
 * Checks a value against the request body of `patchRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchRequestBodyPrimitiveExampleRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchRequestBodyPrimitiveExampleRequestBody>;

/**
 * True when a value matches the request body of `patchRequestBodyPrimitiveExample`.
 */
export declare function isPatchRequestBodyPrimitiveExampleRequestBody(value: unknown): value is T.PatchRequestBodyPrimitiveExampleRequestBody;

/**
 * Checks a value against the response body of `patchRequestBodyPrimitiveExample`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchRequestBodyPrimitiveExampleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchRequestBodyPrimitiveExampleResponse>;

/**
 * True when a value matches the response body of `patchRequestBodyPrimitiveExample`.
 */
export declare function isPatchRequestBodyPrimitiveExampleResponse(value: unknown): value is T.PatchRequestBodyPrimitiveExampleResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Pet: StandardValidator<T.Pet>;
  readonly Pets: StandardValidator<T.Pets>;
  readonly Tag: StandardValidator<T.Tag>;
  readonly Token: StandardValidator<T.Token>;
  readonly User: StandardValidator<T.User>;
  readonly GetParameterExamplesByParam1ByParam2Response: StandardValidator<T.GetParameterExamplesByParam1ByParam2Response>;
  readonly PutParameterExamplesByParam1ByParam2RequestBody: StandardValidator<T.PutParameterExamplesByParam1ByParam2RequestBody>;
  readonly PutParameterExamplesByParam1ByParam2Response: StandardValidator<T.PutParameterExamplesByParam1ByParam2Response>;
  readonly PatchParameterExamplesByParam1ByParam2RequestBody: StandardValidator<T.PatchParameterExamplesByParam1ByParam2RequestBody>;
  readonly PatchParameterExamplesByParam1ByParam2Response: StandardValidator<T.PatchParameterExamplesByParam1ByParam2Response>;
  readonly PutRequestBodyRequestBody: StandardValidator<T.PutRequestBodyRequestBody>;
  readonly PutRequestBodyResponse: StandardValidator<T.PutRequestBodyResponse>;
  readonly PostRequestBodyRequestBody: StandardValidator<T.PostRequestBodyRequestBody>;
  readonly PostRequestBodyResponse: StandardValidator<T.PostRequestBodyResponse>;
  readonly PatchRequestBodyRequestBody: StandardValidator<T.PatchRequestBodyRequestBody>;
  readonly PatchRequestBodyResponse: StandardValidator<T.PatchRequestBodyResponse>;
  readonly DemoFormDataRequestBody: StandardValidator<T.DemoFormDataRequestBody>;
  readonly DemoFormDataResponse: StandardValidator<T.DemoFormDataResponse>;
  readonly PostRequestBodyMultiMediaTypesRequestBody: StandardValidator<T.PostRequestBodyMultiMediaTypesRequestBody>;
  readonly PostRequestBodyMultiMediaTypesResponse: StandardValidator<T.PostRequestBodyMultiMediaTypesResponse>;
  readonly PutRequestBodyPrimitiveExampleRequestBody: StandardValidator<T.PutRequestBodyPrimitiveExampleRequestBody>;
  readonly PutRequestBodyPrimitiveExampleResponse: StandardValidator<T.PutRequestBodyPrimitiveExampleResponse>;
  readonly PostRequestBodyPrimitiveExampleRequestBody: StandardValidator<T.PostRequestBodyPrimitiveExampleRequestBody>;
  readonly PostRequestBodyPrimitiveExampleResponse: StandardValidator<T.PostRequestBodyPrimitiveExampleResponse>;
  readonly PatchRequestBodyPrimitiveExampleRequestBody: StandardValidator<T.PatchRequestBodyPrimitiveExampleRequestBody>;
  readonly PatchRequestBodyPrimitiveExampleResponse: StandardValidator<T.PatchRequestBodyPrimitiveExampleResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
