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
 * Checks a value against `Pullrequest`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePullrequest(value: unknown, options?: ValidateOptions): ValidationResult<T.Pullrequest>;

/**
 * True when a value matches `Pullrequest`.
 */
export declare function isPullrequest(value: unknown): value is T.Pullrequest;

/**
 * Checks a value against `Repository`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRepository(value: unknown, options?: ValidateOptions): ValidationResult<T.Repository>;

/**
 * True when a value matches `Repository`.
 */
export declare function isRepository(value: unknown): value is T.Repository;

/**
 * Checks a value against `User`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<T.User>;

/**
 * True when a value matches `User`.
 */
export declare function isUser(value: unknown): value is T.User;

/**
 * Checks a value against the response body of `getRepositoriesByOwner`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRepositoriesByOwnerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRepositoriesByOwnerResponse>;

/**
 * True when a value matches the response body of `getRepositoriesByOwner`.
 */
export declare function isGetRepositoriesByOwnerResponse(value: unknown): value is T.GetRepositoriesByOwnerResponse;

/**
 * Checks a value against the response body of `getRepository`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetRepositoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetRepositoryResponse>;

/**
 * True when a value matches the response body of `getRepository`.
 */
export declare function isGetRepositoryResponse(value: unknown): value is T.GetRepositoryResponse;

/**
 * Checks a value against the response body of `getPullRequestsByRepository`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPullRequestsByRepositoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPullRequestsByRepositoryResponse>;

/**
 * True when a value matches the response body of `getPullRequestsByRepository`.
 */
export declare function isGetPullRequestsByRepositoryResponse(value: unknown): value is T.GetPullRequestsByRepositoryResponse;

/**
 * Checks a value against the response body of `getPullRequestsById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPullRequestsByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPullRequestsByIdResponse>;

/**
 * True when a value matches the response body of `getPullRequestsById`.
 */
export declare function isGetPullRequestsByIdResponse(value: unknown): value is T.GetPullRequestsByIdResponse;

/**
 * Checks a value against the response body of `mergePullRequest`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMergePullRequestResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MergePullRequestResponse>;

/**
 * True when a value matches the response body of `mergePullRequest`.
 */
export declare function isMergePullRequestResponse(value: unknown): value is T.MergePullRequestResponse;

/**
 * Checks a value against the response body of `getUserByName`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetUserByNameResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetUserByNameResponse>;

/**
 * True when a value matches the response body of `getUserByName`.
 */
export declare function isGetUserByNameResponse(value: unknown): value is T.GetUserByNameResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Pullrequest: StandardValidator<T.Pullrequest>;
  readonly Repository: StandardValidator<T.Repository>;
  readonly User: StandardValidator<T.User>;
  readonly GetRepositoriesByOwnerResponse: StandardValidator<T.GetRepositoriesByOwnerResponse>;
  readonly GetRepositoryResponse: StandardValidator<T.GetRepositoryResponse>;
  readonly GetPullRequestsByRepositoryResponse: StandardValidator<T.GetPullRequestsByRepositoryResponse>;
  readonly GetPullRequestsByIdResponse: StandardValidator<T.GetPullRequestsByIdResponse>;
  readonly MergePullRequestResponse: StandardValidator<T.MergePullRequestResponse>;
  readonly GetUserByNameResponse: StandardValidator<T.GetUserByNameResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
