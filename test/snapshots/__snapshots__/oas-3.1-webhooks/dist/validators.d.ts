import type * as T from './types.js';
import { type StandardSchemaV1, type ValidationResult } from './runtime/validation.js';
export { ValidationError, type ValidationIssue, type ValidationResult, } from './runtime/validation.js';
/**
 * Checks a value against `Pet`: returns it typed, or every issue found.
 */
export declare function validatePet(value: unknown): ValidationResult<T.Pet>;
/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;
/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
    readonly Pet: StandardSchemaV1<T.Pet>;
};
/** Standard Schema v1 objects by type name, for libraries that accept any such schema. */
export declare const schemas: Schemas;
