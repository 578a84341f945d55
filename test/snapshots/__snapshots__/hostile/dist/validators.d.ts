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
 * Checks a value against `AnyEnum`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnyEnum(value: unknown, options?: ValidateOptions): ValidationResult<T.AnyEnum>;

/**
 * True when a value matches `AnyEnum`.
 */
export declare function isAnyEnum(value: unknown): value is T.AnyEnum;

/**
 * Checks a value against `Class`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateClass(value: unknown, options?: ValidateOptions): ValidationResult<T.Class>;

/**
 * True when a value matches `Class`.
 */
export declare function isClass(value: unknown): value is T.Class;

/**
 * Checks a value against `Constructor`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConstructor(value: unknown, options?: ValidateOptions): ValidationResult<T.Constructor>;

/**
 * True when a value matches `Constructor`.
 */
export declare function isConstructor(value: unknown): value is T.Constructor;

/**
 * Checks a value against `Error`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateError(value: unknown, options?: ValidateOptions): ValidationResult<T.Error>;

/**
 * True when a value matches `Error`.
 */
export declare function isError(value: unknown): value is T.Error;

/**
 * Checks a value against `Mood`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMood(value: unknown, options?: ValidateOptions): ValidationResult<T.Mood>;

/**
 * True when a value matches `Mood`.
 */
export declare function isMood(value: unknown): value is T.Mood;

/**
 * Checks a value against `MySchema`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMySchema(value: unknown, options?: ValidateOptions): ValidationResult<T.MySchema>;

/**
 * True when a value matches `MySchema`.
 */
export declare function isMySchema(value: unknown): value is T.MySchema;

/**
 * Checks a value against `MySchema2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMySchema2(value: unknown, options?: ValidateOptions): ValidationResult<T.MySchema2>;

/**
 * True when a value matches `MySchema2`.
 */
export declare function isMySchema2(value: unknown): value is T.MySchema2;

/**
 * Checks a value against `MySchema3`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMySchema3(value: unknown, options?: ValidateOptions): ValidationResult<T.MySchema3>;

/**
 * True when a value matches `MySchema3`.
 */
export declare function isMySchema3(value: unknown): value is T.MySchema3;

/**
 * Checks a value against `MySchema4`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMySchema4(value: unknown, options?: ValidateOptions): ValidationResult<T.MySchema4>;

/**
 * True when a value matches `MySchema4`.
 */
export declare function isMySchema4(value: unknown): value is T.MySchema4;

/**
 * Checks a value against `MySchema5`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMySchema5(value: unknown, options?: ValidateOptions): ValidationResult<T.MySchema5>;

/**
 * True when a value matches `MySchema5`.
 */
export declare function isMySchema5(value: unknown): value is T.MySchema5;

/**
 * Checks a value against `Promise`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePromise(value: unknown, options?: ValidateOptions): ValidationResult<T.Promise>;

/**
 * True when a value matches `Promise`.
 */
export declare function isPromise(value: unknown): value is T.Promise;

/**
 * Checks a value against `Proto`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateProto(value: unknown, options?: ValidateOptions): ValidationResult<T.Proto>;

/**
 * True when a value matches `Proto`.
 */
export declare function isProto(value: unknown): value is T.Proto;

/**
 * Checks a value against `Record`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRecord(value: unknown, options?: ValidateOptions): ValidationResult<T.Record>;

/**
 * True when a value matches `Record`.
 */
export declare function isRecord(value: unknown): value is T.Record;

/**
 * Checks a value against `ToString`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateToString(value: unknown, options?: ValidateOptions): ValidationResult<T.ToString>;

/**
 * True when a value matches `ToString`.
 */
export declare function isToString(value: unknown): value is T.ToString;

/**
 * Checks a value against `_1thing`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validate_1thing(value: unknown, options?: ValidateOptions): ValidationResult<T._1thing>;

/**
 * True when a value matches `_1thing`.
 */
export declare function is_1thing(value: unknown): value is T._1thing;

/**
 * Checks a value against the response body of `getItem5`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItem5Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItem5Response>;

/**
 * True when a value matches the response body of `getItem5`.
 */
export declare function isGetItem5Response(value: unknown): value is T.GetItem5Response;

/**
 * Checks a value against the response body of `globalThisPwned1`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGlobalThisPwned1Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GlobalThisPwned1Response>;

/**
 * True when a value matches the response body of `globalThisPwned1`.
 */
export declare function isGlobalThisPwned1Response(value: unknown): value is T.GlobalThisPwned1Response;

/**
 * Checks a value against the request body of `getItem`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItemRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItemRequestBody>;

/**
 * True when a value matches the request body of `getItem`.
 */
export declare function isGetItemRequestBody(value: unknown): value is T.GetItemRequestBody;

/**
 * Checks a value against the response body of `getItem`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItemResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItemResponse>;

/**
 * True when a value matches the response body of `getItem`.
 */
export declare function isGetItemResponse(value: unknown): value is T.GetItemResponse;

/**
 * Checks a value against the response body of `delete_`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteResponse>;

/**
 * True when a value matches the response body of `delete_`.
 */
export declare function isDeleteResponse(value: unknown): value is T.DeleteResponse;

/**
 * Checks a value against the response body of `getItem2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItem2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItem2Response>;

/**
 * True when a value matches the response body of `getItem2`.
 */
export declare function isGetItem2Response(value: unknown): value is T.GetItem2Response;

/**
 * Checks a value against the response body of `getItem3`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItem3Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItem3Response>;

/**
 * True when a value matches the response body of `getItem3`.
 */
export declare function isGetItem3Response(value: unknown): value is T.GetItem3Response;

/**
 * Checks a value against the request body of `getItem4`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItem4RequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItem4RequestBody>;

/**
 * True when a value matches the request body of `getItem4`.
 */
export declare function isGetItem4RequestBody(value: unknown): value is T.GetItem4RequestBody;

/**
 * Checks a value against the response body of `getItem4`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetItem4Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetItem4Response>;

/**
 * True when a value matches the response body of `getItem4`.
 */
export declare function isGetItem4Response(value: unknown): value is T.GetItem4Response;

/**
 * Checks a value against the response body of `proto`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateProto2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.Proto2Response>;

/**
 * True when a value matches the response body of `proto`.
 */
export declare function isProto2Response(value: unknown): value is T.Proto2Response;

/**
 * Checks a value against the response body of `toString`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateToString2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.ToString2Response>;

/**
 * True when a value matches the response body of `toString`.
 */
export declare function isToString2Response(value: unknown): value is T.ToString2Response;

/**
 * Checks a value against the response body of `constructor_`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConstructor2Response(value: unknown, options?: ValidateOptions): ValidationResult<T.Constructor2Response>;

/**
 * True when a value matches the response body of `constructor_`.
 */
export declare function isConstructor2Response(value: unknown): value is T.Constructor2Response;

/**
 * Checks a value against the response body of `_1op`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validate_1opResponse(value: unknown, options?: ValidateOptions): ValidationResult<T._1opResponse>;

/**
 * True when a value matches the response body of `_1op`.
 */
export declare function is_1opResponse(value: unknown): value is T._1opResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly AnyEnum: StandardValidator<T.AnyEnum>;
  readonly Class: StandardValidator<T.Class>;
  readonly Constructor: StandardValidator<T.Constructor>;
  readonly Error: StandardValidator<T.Error>;
  readonly Mood: StandardValidator<T.Mood>;
  readonly MySchema: StandardValidator<T.MySchema>;
  readonly MySchema2: StandardValidator<T.MySchema2>;
  readonly MySchema3: StandardValidator<T.MySchema3>;
  readonly MySchema4: StandardValidator<T.MySchema4>;
  readonly MySchema5: StandardValidator<T.MySchema5>;
  readonly Promise: StandardValidator<T.Promise>;
  readonly Proto: StandardValidator<T.Proto>;
  readonly Record: StandardValidator<T.Record>;
  readonly ToString: StandardValidator<T.ToString>;
  readonly _1thing: StandardValidator<T._1thing>;
  readonly GetItem5Response: StandardValidator<T.GetItem5Response>;
  readonly GlobalThisPwned1Response: StandardValidator<T.GlobalThisPwned1Response>;
  readonly GetItemRequestBody: StandardValidator<T.GetItemRequestBody>;
  readonly GetItemResponse: StandardValidator<T.GetItemResponse>;
  readonly DeleteResponse: StandardValidator<T.DeleteResponse>;
  readonly GetItem2Response: StandardValidator<T.GetItem2Response>;
  readonly GetItem3Response: StandardValidator<T.GetItem3Response>;
  readonly GetItem4RequestBody: StandardValidator<T.GetItem4RequestBody>;
  readonly GetItem4Response: StandardValidator<T.GetItem4Response>;
  readonly Proto2Response: StandardValidator<T.Proto2Response>;
  readonly ToString2Response: StandardValidator<T.ToString2Response>;
  readonly Constructor2Response: StandardValidator<T.Constructor2Response>;
  readonly _1opResponse: StandardValidator<T._1opResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
