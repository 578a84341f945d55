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
 * Checks a value against `Tag`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTag(value: unknown, options?: ValidateOptions): ValidationResult<T.Tag>;

/**
 * True when a value matches `Tag`.
 */
export declare function isTag(value: unknown): value is T.Tag;

/**
 * Checks a value against the response body of `xCodeSamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXCodeSamplesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XCodeSamplesResponse>;

/**
 * True when a value matches the response body of `xCodeSamples`.
 */
export declare function isXCodeSamplesResponse(value: unknown): value is T.XCodeSamplesResponse;

/**
 * Checks a value against the request body of `xReadmeCodeSamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeCodeSamplesRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeCodeSamplesRequestBody>;

/**
 * True when a value matches the request body of `xReadmeCodeSamples`.
 */
export declare function isXReadmeCodeSamplesRequestBody(value: unknown): value is T.XReadmeCodeSamplesRequestBody;

/**
 * Checks a value against the response body of `xReadmeCodeSamples`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeCodeSamplesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeCodeSamplesResponse>;

/**
 * True when a value matches the response body of `xReadmeCodeSamples`.
 */
export declare function isXReadmeCodeSamplesResponse(value: unknown): value is T.XReadmeCodeSamplesResponse;

/**
 * Checks a value against the request body of `xReadmeExplorerEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeExplorerEnabledRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeExplorerEnabledRequestBody>;

/**
 * True when a value matches the request body of `xReadmeExplorerEnabled`.
 */
export declare function isXReadmeExplorerEnabledRequestBody(value: unknown): value is T.XReadmeExplorerEnabledRequestBody;

/**
 * Checks a value against the response body of `xReadmeExplorerEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeExplorerEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeExplorerEnabledResponse>;

/**
 * True when a value matches the response body of `xReadmeExplorerEnabled`.
 */
export declare function isXReadmeExplorerEnabledResponse(value: unknown): value is T.XReadmeExplorerEnabledResponse;

/**
 * Checks a value against the request body of `xExplorerEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXExplorerEnabledRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.XExplorerEnabledRequestBody>;

/**
 * True when a value matches the request body of `xExplorerEnabled`.
 */
export declare function isXExplorerEnabledRequestBody(value: unknown): value is T.XExplorerEnabledRequestBody;

/**
 * Checks a value against the response body of `xExplorerEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXExplorerEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XExplorerEnabledResponse>;

/**
 * True when a value matches the response body of `xExplorerEnabled`.
 */
export declare function isXExplorerEnabledResponse(value: unknown): value is T.XExplorerEnabledResponse;

/**
 * Checks a value against the response body of `xReadmeHeaders`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeHeadersResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeHeadersResponse>;

/**
 * True when a value matches the response body of `xReadmeHeaders`.
 */
export declare function isXReadmeHeadersResponse(value: unknown): value is T.XReadmeHeadersResponse;

/**
 * Checks a value against the response body of `xHeaders`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXHeadersResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XHeadersResponse>;

/**
 * True when a value matches the response body of `xHeaders`.
 */
export declare function isXHeadersResponse(value: unknown): value is T.XHeadersResponse;

/**
 * Checks a value against the response body of `xReadmeMetricsEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeMetricsEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeMetricsEnabledResponse>;

/**
 * True when a value matches the response body of `xReadmeMetricsEnabled`.
 */
export declare function isXReadmeMetricsEnabledResponse(value: unknown): value is T.XReadmeMetricsEnabledResponse;

/**
 * Checks a value against the response body of `xMetricsEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXMetricsEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XMetricsEnabledResponse>;

/**
 * True when a value matches the response body of `xMetricsEnabled`.
 */
export declare function isXMetricsEnabledResponse(value: unknown): value is T.XMetricsEnabledResponse;

/**
 * Checks a value against the response body of `xReadmeProxyEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeProxyEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeProxyEnabledResponse>;

/**
 * True when a value matches the response body of `xReadmeProxyEnabled`.
 */
export declare function isXReadmeProxyEnabledResponse(value: unknown): value is T.XReadmeProxyEnabledResponse;

/**
 * Checks a value against the response body of `xProxyEnabled`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXProxyEnabledResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XProxyEnabledResponse>;

/**
 * True when a value matches the response body of `xProxyEnabled`.
 */
export declare function isXProxyEnabledResponse(value: unknown): value is T.XProxyEnabledResponse;

/**
 * Checks a value against the response body of `xReadmeSamplesLanguages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXReadmeSamplesLanguagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XReadmeSamplesLanguagesResponse>;

/**
 * True when a value matches the response body of `xReadmeSamplesLanguages`.
 */
export declare function isXReadmeSamplesLanguagesResponse(value: unknown): value is T.XReadmeSamplesLanguagesResponse;

/**
 * Checks a value against the response body of `xSamplesLanguages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateXSamplesLanguagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.XSamplesLanguagesResponse>;

/**
 * True when a value matches the response body of `xSamplesLanguages`.
 */
export declare function isXSamplesLanguagesResponse(value: unknown): value is T.XSamplesLanguagesResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Pet: StandardValidator<T.Pet>;
  readonly Tag: StandardValidator<T.Tag>;
  readonly XCodeSamplesResponse: StandardValidator<T.XCodeSamplesResponse>;
  readonly XReadmeCodeSamplesRequestBody: StandardValidator<T.XReadmeCodeSamplesRequestBody>;
  readonly XReadmeCodeSamplesResponse: StandardValidator<T.XReadmeCodeSamplesResponse>;
  readonly XReadmeExplorerEnabledRequestBody: StandardValidator<T.XReadmeExplorerEnabledRequestBody>;
  readonly XReadmeExplorerEnabledResponse: StandardValidator<T.XReadmeExplorerEnabledResponse>;
  readonly XExplorerEnabledRequestBody: StandardValidator<T.XExplorerEnabledRequestBody>;
  readonly XExplorerEnabledResponse: StandardValidator<T.XExplorerEnabledResponse>;
  readonly XReadmeHeadersResponse: StandardValidator<T.XReadmeHeadersResponse>;
  readonly XHeadersResponse: StandardValidator<T.XHeadersResponse>;
  readonly XReadmeMetricsEnabledResponse: StandardValidator<T.XReadmeMetricsEnabledResponse>;
  readonly XMetricsEnabledResponse: StandardValidator<T.XMetricsEnabledResponse>;
  readonly XReadmeProxyEnabledResponse: StandardValidator<T.XReadmeProxyEnabledResponse>;
  readonly XProxyEnabledResponse: StandardValidator<T.XProxyEnabledResponse>;
  readonly XReadmeSamplesLanguagesResponse: StandardValidator<T.XReadmeSamplesLanguagesResponse>;
  readonly XSamplesLanguagesResponse: StandardValidator<T.XSamplesLanguagesResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
