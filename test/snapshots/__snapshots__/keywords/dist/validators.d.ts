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
 * Checks a value against `Account` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAccount(value: unknown, options?: ValidateOptions): ValidationResult<T.Account>;

/**
 * True when a value matches `Account` as received (writeOnly properties refused).
 */
export declare function isAccount(value: unknown): value is T.Account;

/**
 * Checks a value against `Account` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAccountWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.AccountWritable>;

/**
 * True when a value matches `Account` as sent (readOnly properties refused).
 */
export declare function isAccountWritable(value: unknown): value is T.AccountWritable;

/**
 * Checks a value against `Anything`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnything(value: unknown, options?: ValidateOptions): ValidationResult<T.Anything>;

/**
 * True when a value matches `Anything`.
 */
export declare function isAnything(value: unknown): value is T.Anything;

/**
 * Checks a value against `Cat`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCat(value: unknown, options?: ValidateOptions): ValidationResult<T.Cat>;

/**
 * True when a value matches `Cat`.
 */
export declare function isCat(value: unknown): value is T.Cat;

/**
 * Checks a value against `Circle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCircle(value: unknown, options?: ValidateOptions): ValidationResult<T.Circle>;

/**
 * True when a value matches `Circle`.
 */
export declare function isCircle(value: unknown): value is T.Circle;

/**
 * Checks a value against `Collections`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCollections(value: unknown, options?: ValidateOptions): ValidationResult<T.Collections>;

/**
 * True when a value matches `Collections`.
 */
export declare function isCollections(value: unknown): value is T.Collections;

/**
 * Checks a value against `Composition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComposition(value: unknown, options?: ValidateOptions): ValidationResult<T.Composition>;

/**
 * True when a value matches `Composition`.
 */
export declare function isComposition(value: unknown): value is T.Composition;

/**
 * Checks a value against `Dangerous`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDangerous(value: unknown, options?: ValidateOptions): ValidationResult<T.Dangerous>;

/**
 * True when a value matches `Dangerous`.
 */
export declare function isDangerous(value: unknown): value is T.Dangerous;

/**
 * Checks a value against `Dictionary`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDictionary(value: unknown, options?: ValidateOptions): ValidationResult<T.Dictionary>;

/**
 * True when a value matches `Dictionary`.
 */
export declare function isDictionary(value: unknown): value is T.Dictionary;

/**
 * Checks a value against `Dog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<T.Dog>;

/**
 * True when a value matches `Dog`.
 */
export declare function isDog(value: unknown): value is T.Dog;

/**
 * Checks a value against `Formats`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFormats(value: unknown, options?: ValidateOptions): ValidationResult<T.Formats>;

/**
 * True when a value matches `Formats`.
 */
export declare function isFormats(value: unknown): value is T.Formats;

/**
 * Checks a value against `Hostile`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateHostile(value: unknown, options?: ValidateOptions): ValidationResult<T.Hostile>;

/**
 * True when a value matches `Hostile`.
 */
export declare function isHostile(value: unknown): value is T.Hostile;

/**
 * Checks a value against `Label`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLabel(value: unknown, options?: ValidateOptions): ValidationResult<T.Label>;

/**
 * True when a value matches `Label`.
 */
export declare function isLabel(value: unknown): value is T.Label;

/**
 * Checks a value against `Legacy`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLegacy(value: unknown, options?: ValidateOptions): ValidationResult<T.Legacy>;

/**
 * True when a value matches `Legacy`.
 */
export declare function isLegacy(value: unknown): value is T.Legacy;

/**
 * Checks a value against `LegacyRef`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLegacyRef(value: unknown, options?: ValidateOptions): ValidationResult<T.LegacyRef>;

/**
 * True when a value matches `LegacyRef`.
 */
export declare function isLegacyRef(value: unknown): value is T.LegacyRef;

/**
 * Checks a value against `Nothing`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNothing(value: unknown, options?: ValidateOptions): ValidationResult<T.Nothing>;

/**
 * True when a value matches `Nothing`.
 */
export declare function isNothing(value: unknown): value is T.Nothing;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `Scalars`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateScalars(value: unknown, options?: ValidateOptions): ValidationResult<T.Scalars>;

/**
 * True when a value matches `Scalars`.
 */
export declare function isScalars(value: unknown): value is T.Scalars;

/**
 * Checks a value against `Shape`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateShape(value: unknown, options?: ValidateOptions): ValidationResult<T.Shape>;

/**
 * True when a value matches `Shape`.
 */
export declare function isShape(value: unknown): value is T.Shape;

/**
 * Checks a value against `SlashPattern`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSlashPattern(value: unknown, options?: ValidateOptions): ValidationResult<T.SlashPattern>;

/**
 * True when a value matches `SlashPattern`.
 */
export declare function isSlashPattern(value: unknown): value is T.SlashPattern;

/**
 * Checks a value against `Square`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSquare(value: unknown, options?: ValidateOptions): ValidationResult<T.Square>;

/**
 * True when a value matches `Square`.
 */
export declare function isSquare(value: unknown): value is T.Square;

/**
 * Checks a value against `TreeNode`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTreeNode(value: unknown, options?: ValidateOptions): ValidationResult<T.TreeNode>;

/**
 * True when a value matches `TreeNode`.
 */
export declare function isTreeNode(value: unknown): value is T.TreeNode;

/**
 * Checks a value against the request body of `replaceAccount`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReplaceAccountRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ReplaceAccountRequestBody>;

/**
 * True when a value matches the request body of `replaceAccount`.
 */
export declare function isReplaceAccountRequestBody(value: unknown): value is T.ReplaceAccountRequestBody;

/**
 * Checks a value against the response body of `replaceAccount`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReplaceAccountResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ReplaceAccountResponse>;

/**
 * True when a value matches the response body of `replaceAccount`.
 */
export declare function isReplaceAccountResponse(value: unknown): value is T.ReplaceAccountResponse;

/**
 * Checks a value against the request body of `createScalars`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateScalarsRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateScalarsRequestBody>;

/**
 * True when a value matches the request body of `createScalars`.
 */
export declare function isCreateScalarsRequestBody(value: unknown): value is T.CreateScalarsRequestBody;

/**
 * Checks a value against the response body of `createScalars`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateScalarsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateScalarsResponse>;

/**
 * True when a value matches the response body of `createScalars`.
 */
export declare function isCreateScalarsResponse(value: unknown): value is T.CreateScalarsResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Account: StandardValidator<T.Account>;
  readonly AccountWritable: StandardValidator<T.AccountWritable>;
  readonly Anything: StandardValidator<T.Anything>;
  readonly Cat: StandardValidator<T.Cat>;
  readonly Circle: StandardValidator<T.Circle>;
  readonly Collections: StandardValidator<T.Collections>;
  readonly Composition: StandardValidator<T.Composition>;
  readonly Dangerous: StandardValidator<T.Dangerous>;
  readonly Dictionary: StandardValidator<T.Dictionary>;
  readonly Dog: StandardValidator<T.Dog>;
  readonly Formats: StandardValidator<T.Formats>;
  readonly Hostile: StandardValidator<T.Hostile>;
  readonly Label: StandardValidator<T.Label>;
  readonly Legacy: StandardValidator<T.Legacy>;
  readonly LegacyRef: StandardValidator<T.LegacyRef>;
  readonly Nothing: StandardValidator<T.Nothing>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly Scalars: StandardValidator<T.Scalars>;
  readonly Shape: StandardValidator<T.Shape>;
  readonly SlashPattern: StandardValidator<T.SlashPattern>;
  readonly Square: StandardValidator<T.Square>;
  readonly TreeNode: StandardValidator<T.TreeNode>;
  readonly ReplaceAccountRequestBody: StandardValidator<T.ReplaceAccountRequestBody>;
  readonly ReplaceAccountResponse: StandardValidator<T.ReplaceAccountResponse>;
  readonly CreateScalarsRequestBody: StandardValidator<T.CreateScalarsRequestBody>;
  readonly CreateScalarsResponse: StandardValidator<T.CreateScalarsResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
