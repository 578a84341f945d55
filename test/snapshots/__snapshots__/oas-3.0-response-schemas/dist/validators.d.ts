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
 * Checks a value against `Node`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNode(value: unknown, options?: ValidateOptions): ValidationResult<T.Node>;

/**
 * True when a value matches `Node`.
 */
export declare function isNode(value: unknown): value is T.Node;

/**
 * Checks a value against `Object` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObject(value: unknown, options?: ValidateOptions): ValidationResult<T.Object>;

/**
 * True when a value matches `Object` as received (writeOnly properties refused).
 */
export declare function isObject(value: unknown): value is T.Object;

/**
 * Checks a value against `Object` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectWritable>;

/**
 * True when a value matches `Object` as sent (readOnly properties refused).
 */
export declare function isObjectWritable(value: unknown): value is T.ObjectWritable;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against the response body of `getAnythingArrayOfObjects`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingArrayOfObjectsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingArrayOfObjectsResponse>;

/**
 * True when a value matches the response body of `getAnythingArrayOfObjects`.
 */
export declare function isGetAnythingArrayOfObjectsResponse(value: unknown): value is T.GetAnythingArrayOfObjectsResponse;

/**
 * Checks a value against the response body of `getAnythingArrayOfPrimitives`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingArrayOfPrimitivesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingArrayOfPrimitivesResponse>;

/**
 * True when a value matches the response body of `getAnythingArrayOfPrimitives`.
 */
export declare function isGetAnythingArrayOfPrimitivesResponse(value: unknown): value is T.GetAnythingArrayOfPrimitivesResponse;

/**
 * Checks a value against the response body of `getAnythingMarkdown`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingMarkdownResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingMarkdownResponse>;

/**
 * True when a value matches the response body of `getAnythingMarkdown`.
 */
export declare function isGetAnythingMarkdownResponse(value: unknown): value is T.GetAnythingMarkdownResponse;

/**
 * Checks a value against the request body of `getAnythingObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingObjectRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingObjectRequestBody>;

/**
 * True when a value matches the request body of `getAnythingObject`.
 */
export declare function isGetAnythingObjectRequestBody(value: unknown): value is T.GetAnythingObjectRequestBody;

/**
 * Checks a value against the response body of `getAnythingObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingObjectResponse>;

/**
 * True when a value matches the response body of `getAnythingObject`.
 */
export declare function isGetAnythingObjectResponse(value: unknown): value is T.GetAnythingObjectResponse;

/**
 * Checks a value against the response body of `getAnythingPolymorphism`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingPolymorphismResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingPolymorphismResponse>;

/**
 * True when a value matches the response body of `getAnythingPolymorphism`.
 */
export declare function isGetAnythingPolymorphismResponse(value: unknown): value is T.GetAnythingPolymorphismResponse;

/**
 * Checks a value against the response body of `getAnythingRecursive`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingRecursiveResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingRecursiveResponse>;

/**
 * True when a value matches the response body of `getAnythingRecursive`.
 */
export declare function isGetAnythingRecursiveResponse(value: unknown): value is T.GetAnythingRecursiveResponse;

/**
 * Checks a value against the response body of `getAnythingReturnsAsJsonButIsActuallyString`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnythingReturnsAsJsonButIsActuallyStringResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse>;

/**
 * True when a value matches the response body of `getAnythingReturnsAsJsonButIsActuallyString`.
 */
export declare function isGetAnythingReturnsAsJsonButIsActuallyStringResponse(value: unknown): value is T.GetAnythingReturnsAsJsonButIsActuallyStringResponse;

/**
 * Checks a value against the response body of `getMultipleResponsesObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMultipleResponsesObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMultipleResponsesObjectResponse>;

/**
 * True when a value matches the response body of `getMultipleResponsesObject`.
 */
export declare function isGetMultipleResponsesObjectResponse(value: unknown): value is T.GetMultipleResponsesObjectResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Node: StandardValidator<T.Node>;
  readonly Object: StandardValidator<T.Object>;
  readonly ObjectWritable: StandardValidator<T.ObjectWritable>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly GetAnythingArrayOfObjectsResponse: StandardValidator<T.GetAnythingArrayOfObjectsResponse>;
  readonly GetAnythingArrayOfPrimitivesResponse: StandardValidator<T.GetAnythingArrayOfPrimitivesResponse>;
  readonly GetAnythingMarkdownResponse: StandardValidator<T.GetAnythingMarkdownResponse>;
  readonly GetAnythingObjectRequestBody: StandardValidator<T.GetAnythingObjectRequestBody>;
  readonly GetAnythingObjectResponse: StandardValidator<T.GetAnythingObjectResponse>;
  readonly GetAnythingPolymorphismResponse: StandardValidator<T.GetAnythingPolymorphismResponse>;
  readonly GetAnythingRecursiveResponse: StandardValidator<T.GetAnythingRecursiveResponse>;
  readonly GetAnythingReturnsAsJsonButIsActuallyStringResponse: StandardValidator<T.GetAnythingReturnsAsJsonButIsActuallyStringResponse>;
  readonly GetMultipleResponsesObjectResponse: StandardValidator<T.GetMultipleResponsesObjectResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
