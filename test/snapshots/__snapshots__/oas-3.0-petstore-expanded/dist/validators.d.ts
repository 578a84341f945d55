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
 * Checks a value against `Error`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateError(value: unknown, options?: ValidateOptions): ValidationResult<T.Error>;

/**
 * True when a value matches `Error`.
 */
export declare function isError(value: unknown): value is T.Error;

/**
 * Checks a value against `NewPet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateNewPet(value: unknown, options?: ValidateOptions): ValidationResult<T.NewPet>;

/**
 * True when a value matches `NewPet`.
 */
export declare function isNewPet(value: unknown): value is T.NewPet;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against the response body of `findPets`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFindPetsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FindPetsResponse>;

/**
 * True when a value matches the response body of `findPets`.
 */
export declare function isFindPetsResponse(value: unknown): value is T.FindPetsResponse;

/**
 * Checks a value against the request body of `addPet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddPetRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AddPetRequestBody>;

/**
 * True when a value matches the request body of `addPet`.
 */
export declare function isAddPetRequestBody(value: unknown): value is T.AddPetRequestBody;

/**
 * Checks a value against the response body of `addPet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddPetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AddPetResponse>;

/**
 * True when a value matches the response body of `addPet`.
 */
export declare function isAddPetResponse(value: unknown): value is T.AddPetResponse;

/**
 * Checks a value against the response body of `findPetById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFindPetByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FindPetByIdResponse>;

/**
 * True when a value matches the response body of `findPetById`.
 */
export declare function isFindPetByIdResponse(value: unknown): value is T.FindPetByIdResponse;

/**
 * Checks a value against the response body of `deletePet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeletePetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeletePetResponse>;

/**
 * True when a value matches the response body of `deletePet`.
 */
export declare function isDeletePetResponse(value: unknown): value is T.DeletePetResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Error: StandardValidator<T.Error>;
  readonly NewPet: StandardValidator<T.NewPet>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly FindPetsResponse: StandardValidator<T.FindPetsResponse>;
  readonly AddPetRequestBody: StandardValidator<T.AddPetRequestBody>;
  readonly AddPetResponse: StandardValidator<T.AddPetResponse>;
  readonly FindPetByIdResponse: StandardValidator<T.FindPetByIdResponse>;
  readonly DeletePetResponse: StandardValidator<T.DeletePetResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
