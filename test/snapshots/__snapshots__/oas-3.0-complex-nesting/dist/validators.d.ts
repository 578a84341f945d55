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
 * Checks a value against `ArrayOfFlatObjects`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayOfFlatObjects(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayOfFlatObjects>;

/**
 * True when a value matches `ArrayOfFlatObjects`.
 */
export declare function isArrayOfFlatObjects(value: unknown): value is T.ArrayOfFlatObjects;

/**
 * Checks a value against `ArrayOfObjectsOfObjectsAndArrays`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayOfObjectsOfObjectsAndArrays(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayOfObjectsOfObjectsAndArrays>;

/**
 * True when a value matches `ArrayOfObjectsOfObjectsAndArrays`.
 */
export declare function isArrayOfObjectsOfObjectsAndArrays(value: unknown): value is T.ArrayOfObjectsOfObjectsAndArrays;

/**
 * Checks a value against `ArrayOfPrimitives`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateArrayOfPrimitives(value: unknown, options?: ValidateOptions): ValidationResult<T.ArrayOfPrimitives>;

/**
 * True when a value matches `ArrayOfPrimitives`.
 */
export declare function isArrayOfPrimitives(value: unknown): value is T.ArrayOfPrimitives;

/**
 * Checks a value against `FlatObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFlatObject(value: unknown, options?: ValidateOptions): ValidationResult<T.FlatObject>;

/**
 * True when a value matches `FlatObject`.
 */
export declare function isFlatObject(value: unknown): value is T.FlatObject;

/**
 * Checks a value against `MultischemaOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMultischemaOfEverything(value: unknown, options?: ValidateOptions): ValidationResult<T.MultischemaOfEverything>;

/**
 * True when a value matches `MultischemaOfEverything`.
 */
export declare function isMultischemaOfEverything(value: unknown): value is T.MultischemaOfEverything;

/**
 * Checks a value against `ObjectOfAdditionalPropertiesObjectPolymorphism`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectOfAdditionalPropertiesObjectPolymorphism(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectOfAdditionalPropertiesObjectPolymorphism>;

/**
 * True when a value matches `ObjectOfAdditionalPropertiesObjectPolymorphism`.
 */
export declare function isObjectOfAdditionalPropertiesObjectPolymorphism(value: unknown): value is T.ObjectOfAdditionalPropertiesObjectPolymorphism;

/**
 * Checks a value against `ObjectOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectOfEverything(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectOfEverything>;

/**
 * True when a value matches `ObjectOfEverything`.
 */
export declare function isObjectOfEverything(value: unknown): value is T.ObjectOfEverything;

/**
 * Checks a value against `ObjectOfObjectsAndArrays`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectOfObjectsAndArrays(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectOfObjectsAndArrays>;

/**
 * True when a value matches `ObjectOfObjectsAndArrays`.
 */
export declare function isObjectOfObjectsAndArrays(value: unknown): value is T.ObjectOfObjectsAndArrays;

/**
 * Checks a value against `ObjectWithArray`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObjectWithArray(value: unknown, options?: ValidateOptions): ValidationResult<T.ObjectWithArray>;

/**
 * True when a value matches `ObjectWithArray`.
 */
export declare function isObjectWithArray(value: unknown): value is T.ObjectWithArray;

/**
 * Checks a value against the request body of `putAnythingTopLevelArray`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingTopLevelArrayRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingTopLevelArrayRequestBody>;

/**
 * True when a value matches the request body of `putAnythingTopLevelArray`.
 */
export declare function isPutAnythingTopLevelArrayRequestBody(value: unknown): value is T.PutAnythingTopLevelArrayRequestBody;

/**
 * Checks a value against the response body of `putAnythingTopLevelArray`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePutAnythingTopLevelArrayResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PutAnythingTopLevelArrayResponse>;

/**
 * True when a value matches the response body of `putAnythingTopLevelArray`.
 */
export declare function isPutAnythingTopLevelArrayResponse(value: unknown): value is T.PutAnythingTopLevelArrayResponse;

/**
 * Checks a value against the request body of `postAnythingTopLevelArray`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingTopLevelArrayRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingTopLevelArrayRequestBody>;

/**
 * True when a value matches the request body of `postAnythingTopLevelArray`.
 */
export declare function isPostAnythingTopLevelArrayRequestBody(value: unknown): value is T.PostAnythingTopLevelArrayRequestBody;

/**
 * Checks a value against the response body of `postAnythingTopLevelArray`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingTopLevelArrayResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingTopLevelArrayResponse>;

/**
 * True when a value matches the response body of `postAnythingTopLevelArray`.
 */
export declare function isPostAnythingTopLevelArrayResponse(value: unknown): value is T.PostAnythingTopLevelArrayResponse;

/**
 * Checks a value against the request body of `postAnythingTopLevelObjectSimple`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingTopLevelObjectSimpleRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingTopLevelObjectSimpleRequestBody>;

/**
 * True when a value matches the request body of `postAnythingTopLevelObjectSimple`.
 */
export declare function isPostAnythingTopLevelObjectSimpleRequestBody(value: unknown): value is T.PostAnythingTopLevelObjectSimpleRequestBody;

/**
 * Checks a value against the response body of `postAnythingTopLevelObjectSimple`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnythingTopLevelObjectSimpleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnythingTopLevelObjectSimpleResponse>;

/**
 * True when a value matches the response body of `postAnythingTopLevelObjectSimple`.
 */
export declare function isPostAnythingTopLevelObjectSimpleResponse(value: unknown): value is T.PostAnythingTopLevelObjectSimpleResponse;

/**
 * Checks a value against the request body of `postMultischemaOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultischemaOfEverythingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultischemaOfEverythingRequestBody>;

/**
 * True when a value matches the request body of `postMultischemaOfEverything`.
 */
export declare function isPostMultischemaOfEverythingRequestBody(value: unknown): value is T.PostMultischemaOfEverythingRequestBody;

/**
 * Checks a value against the response body of `postMultischemaOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMultischemaOfEverythingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMultischemaOfEverythingResponse>;

/**
 * True when a value matches the response body of `postMultischemaOfEverything`.
 */
export declare function isPostMultischemaOfEverythingResponse(value: unknown): value is T.PostMultischemaOfEverythingResponse;

/**
 * Checks a value against the request body of `postTopLevelObjectOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTopLevelObjectOfEverythingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTopLevelObjectOfEverythingRequestBody>;

/**
 * True when a value matches the request body of `postTopLevelObjectOfEverything`.
 */
export declare function isPostTopLevelObjectOfEverythingRequestBody(value: unknown): value is T.PostTopLevelObjectOfEverythingRequestBody;

/**
 * Checks a value against the response body of `postTopLevelObjectOfEverything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTopLevelObjectOfEverythingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTopLevelObjectOfEverythingResponse>;

/**
 * True when a value matches the response body of `postTopLevelObjectOfEverything`.
 */
export declare function isPostTopLevelObjectOfEverythingResponse(value: unknown): value is T.PostTopLevelObjectOfEverythingResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ArrayOfFlatObjects: StandardValidator<T.ArrayOfFlatObjects>;
  readonly ArrayOfObjectsOfObjectsAndArrays: StandardValidator<T.ArrayOfObjectsOfObjectsAndArrays>;
  readonly ArrayOfPrimitives: StandardValidator<T.ArrayOfPrimitives>;
  readonly FlatObject: StandardValidator<T.FlatObject>;
  readonly MultischemaOfEverything: StandardValidator<T.MultischemaOfEverything>;
  readonly ObjectOfAdditionalPropertiesObjectPolymorphism: StandardValidator<T.ObjectOfAdditionalPropertiesObjectPolymorphism>;
  readonly ObjectOfEverything: StandardValidator<T.ObjectOfEverything>;
  readonly ObjectOfObjectsAndArrays: StandardValidator<T.ObjectOfObjectsAndArrays>;
  readonly ObjectWithArray: StandardValidator<T.ObjectWithArray>;
  readonly PutAnythingTopLevelArrayRequestBody: StandardValidator<T.PutAnythingTopLevelArrayRequestBody>;
  readonly PutAnythingTopLevelArrayResponse: StandardValidator<T.PutAnythingTopLevelArrayResponse>;
  readonly PostAnythingTopLevelArrayRequestBody: StandardValidator<T.PostAnythingTopLevelArrayRequestBody>;
  readonly PostAnythingTopLevelArrayResponse: StandardValidator<T.PostAnythingTopLevelArrayResponse>;
  readonly PostAnythingTopLevelObjectSimpleRequestBody: StandardValidator<T.PostAnythingTopLevelObjectSimpleRequestBody>;
  readonly PostAnythingTopLevelObjectSimpleResponse: StandardValidator<T.PostAnythingTopLevelObjectSimpleResponse>;
  readonly PostMultischemaOfEverythingRequestBody: StandardValidator<T.PostMultischemaOfEverythingRequestBody>;
  readonly PostMultischemaOfEverythingResponse: StandardValidator<T.PostMultischemaOfEverythingResponse>;
  readonly PostTopLevelObjectOfEverythingRequestBody: StandardValidator<T.PostTopLevelObjectOfEverythingRequestBody>;
  readonly PostTopLevelObjectOfEverythingResponse: StandardValidator<T.PostTopLevelObjectOfEverythingResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
