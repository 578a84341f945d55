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
 * Checks a value against `ComplianceState`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComplianceState(value: unknown, options?: ValidateOptions): ValidationResult<T.ComplianceState>;

/**
 * True when a value matches `ComplianceState`.
 */
export declare function isComplianceState(value: unknown): value is T.ComplianceState;

/**
 * Checks a value against `ManagedDevice` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateManagedDevice(value: unknown, options?: ValidateOptions): ValidationResult<T.ManagedDevice>;

/**
 * True when a value matches `ManagedDevice` as received (writeOnly properties refused).
 */
export declare function isManagedDevice(value: unknown): value is T.ManagedDevice;

/**
 * Checks a value against `ManagedDevice` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateManagedDeviceWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.ManagedDeviceWritable>;

/**
 * True when a value matches `ManagedDevice` as sent (readOnly properties refused).
 */
export declare function isManagedDeviceWritable(value: unknown): value is T.ManagedDeviceWritable;

/**
 * Checks a value against `ManagedDeviceCollectionResponse` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateManagedDeviceCollectionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ManagedDeviceCollectionResponse>;

/**
 * True when a value matches `ManagedDeviceCollectionResponse` as received (writeOnly properties refused).
 */
export declare function isManagedDeviceCollectionResponse(value: unknown): value is T.ManagedDeviceCollectionResponse;

/**
 * Checks a value against `ManagedDeviceCollectionResponse` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateManagedDeviceCollectionResponseWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.ManagedDeviceCollectionResponseWritable>;

/**
 * True when a value matches `ManagedDeviceCollectionResponse` as sent (readOnly properties refused).
 */
export declare function isManagedDeviceCollectionResponseWritable(value: unknown): value is T.ManagedDeviceCollectionResponseWritable;

/**
 * Checks a value against the response body of `listManagedDevices`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListManagedDevicesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListManagedDevicesResponse>;

/**
 * True when a value matches the response body of `listManagedDevices`.
 */
export declare function isListManagedDevicesResponse(value: unknown): value is T.ListManagedDevicesResponse;

/**
 * Checks a value against the request body of `createManagedDevice`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateManagedDeviceRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateManagedDeviceRequestBody>;

/**
 * True when a value matches the request body of `createManagedDevice`.
 */
export declare function isCreateManagedDeviceRequestBody(value: unknown): value is T.CreateManagedDeviceRequestBody;

/**
 * Checks a value against the response body of `createManagedDevice`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateManagedDeviceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateManagedDeviceResponse>;

/**
 * True when a value matches the response body of `createManagedDevice`.
 */
export declare function isCreateManagedDeviceResponse(value: unknown): value is T.CreateManagedDeviceResponse;

/**
 * Checks a value against the response body of `getManagedDevice`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetManagedDeviceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetManagedDeviceResponse>;

/**
 * True when a value matches the response body of `getManagedDevice`.
 */
export declare function isGetManagedDeviceResponse(value: unknown): value is T.GetManagedDeviceResponse;

/**
 * Checks a value against the request body of `updateManagedDevice`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateManagedDeviceRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateManagedDeviceRequestBody>;

/**
 * True when a value matches the request body of `updateManagedDevice`.
 */
export declare function isUpdateManagedDeviceRequestBody(value: unknown): value is T.UpdateManagedDeviceRequestBody;

/**
 * Checks a value against the response body of `updateManagedDevice`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateManagedDeviceResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateManagedDeviceResponse>;

/**
 * True when a value matches the response body of `updateManagedDevice`.
 */
export declare function isUpdateManagedDeviceResponse(value: unknown): value is T.UpdateManagedDeviceResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ComplianceState: StandardValidator<T.ComplianceState>;
  readonly ManagedDevice: StandardValidator<T.ManagedDevice>;
  readonly ManagedDeviceWritable: StandardValidator<T.ManagedDeviceWritable>;
  readonly ManagedDeviceCollectionResponse: StandardValidator<T.ManagedDeviceCollectionResponse>;
  readonly ManagedDeviceCollectionResponseWritable: StandardValidator<T.ManagedDeviceCollectionResponseWritable>;
  readonly ListManagedDevicesResponse: StandardValidator<T.ListManagedDevicesResponse>;
  readonly CreateManagedDeviceRequestBody: StandardValidator<T.CreateManagedDeviceRequestBody>;
  readonly CreateManagedDeviceResponse: StandardValidator<T.CreateManagedDeviceResponse>;
  readonly GetManagedDeviceResponse: StandardValidator<T.GetManagedDeviceResponse>;
  readonly UpdateManagedDeviceRequestBody: StandardValidator<T.UpdateManagedDeviceRequestBody>;
  readonly UpdateManagedDeviceResponse: StandardValidator<T.UpdateManagedDeviceResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
