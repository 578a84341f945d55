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
 * Checks a value against `Company`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompany(value: unknown, options?: ValidateOptions): ValidationResult<T.Company>;

/**
 * True when a value matches `Company`.
 */
export declare function isCompany(value: unknown): value is T.Company;

/**
 * Checks a value against `Expression`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateExpression(value: unknown, options?: ValidateOptions): ValidationResult<T.Expression>;

/**
 * True when a value matches `Expression`.
 */
export declare function isExpression(value: unknown): value is T.Expression;

/**
 * Checks a value against `LinkedNode`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLinkedNode(value: unknown, options?: ValidateOptions): ValidationResult<T.LinkedNode>;

/**
 * True when a value matches `LinkedNode`.
 */
export declare function isLinkedNode(value: unknown): value is T.LinkedNode;

/**
 * Checks a value against `Person`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerson(value: unknown, options?: ValidateOptions): ValidationResult<T.Person>;

/**
 * True when a value matches `Person`.
 */
export declare function isPerson(value: unknown): value is T.Person;

/**
 * Checks a value against `TreeNode`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTreeNode(value: unknown, options?: ValidateOptions): ValidationResult<T.TreeNode>;

/**
 * True when a value matches `TreeNode`.
 */
export declare function isTreeNode(value: unknown): value is T.TreeNode;

/**
 * Checks a value against the request body of `directCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDirectCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.DirectCircularRequestBody>;

/**
 * True when a value matches the request body of `directCircular`.
 */
export declare function isDirectCircularRequestBody(value: unknown): value is T.DirectCircularRequestBody;

/**
 * Checks a value against the response body of `directCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDirectCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DirectCircularResponse>;

/**
 * True when a value matches the response body of `directCircular`.
 */
export declare function isDirectCircularResponse(value: unknown): value is T.DirectCircularResponse;

/**
 * Checks a value against the request body of `indirectCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateIndirectCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.IndirectCircularRequestBody>;

/**
 * True when a value matches the request body of `indirectCircular`.
 */
export declare function isIndirectCircularRequestBody(value: unknown): value is T.IndirectCircularRequestBody;

/**
 * Checks a value against the response body of `indirectCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateIndirectCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.IndirectCircularResponse>;

/**
 * True when a value matches the response body of `indirectCircular`.
 */
export declare function isIndirectCircularResponse(value: unknown): value is T.IndirectCircularResponse;

/**
 * Checks a value against the request body of `multipleCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMultipleCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.MultipleCircularRequestBody>;

/**
 * True when a value matches the request body of `multipleCircular`.
 */
export declare function isMultipleCircularRequestBody(value: unknown): value is T.MultipleCircularRequestBody;

/**
 * Checks a value against the response body of `multipleCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMultipleCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MultipleCircularResponse>;

/**
 * True when a value matches the response body of `multipleCircular`.
 */
export declare function isMultipleCircularResponse(value: unknown): value is T.MultipleCircularResponse;

/**
 * Checks a value against the request body of `polymorphicCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePolymorphicCircularRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PolymorphicCircularRequestBody>;

/**
 * True when a value matches the request body of `polymorphicCircular`.
 */
export declare function isPolymorphicCircularRequestBody(value: unknown): value is T.PolymorphicCircularRequestBody;

/**
 * Checks a value against the response body of `polymorphicCircular`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePolymorphicCircularResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PolymorphicCircularResponse>;

/**
 * True when a value matches the response body of `polymorphicCircular`.
 */
export declare function isPolymorphicCircularResponse(value: unknown): value is T.PolymorphicCircularResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Company: StandardValidator<T.Company>;
  readonly Expression: StandardValidator<T.Expression>;
  readonly LinkedNode: StandardValidator<T.LinkedNode>;
  readonly Person: StandardValidator<T.Person>;
  readonly TreeNode: StandardValidator<T.TreeNode>;
  readonly DirectCircularRequestBody: StandardValidator<T.DirectCircularRequestBody>;
  readonly DirectCircularResponse: StandardValidator<T.DirectCircularResponse>;
  readonly IndirectCircularRequestBody: StandardValidator<T.IndirectCircularRequestBody>;
  readonly IndirectCircularResponse: StandardValidator<T.IndirectCircularResponse>;
  readonly MultipleCircularRequestBody: StandardValidator<T.MultipleCircularRequestBody>;
  readonly MultipleCircularResponse: StandardValidator<T.MultipleCircularResponse>;
  readonly PolymorphicCircularRequestBody: StandardValidator<T.PolymorphicCircularRequestBody>;
  readonly PolymorphicCircularResponse: StandardValidator<T.PolymorphicCircularResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
