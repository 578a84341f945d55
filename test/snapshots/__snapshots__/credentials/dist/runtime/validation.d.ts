/**
 * One problem found in a value. Issues are read-only: one whose path and message are known when
 * the validators are generated is a single frozen object, handed out each time it is found.
 */
export interface ValidationIssue {
    /** Where: the keys and array indices from the validated value down to the offending one. */
    readonly path: readonly (string | number)[];
    /** What: a stable machine-readable code (`type`, `enum`, `required`, `readOnly`, `depth`, ...). */
    readonly code: string;
    /** A readable sentence that starts with the path: `deviceEnrollmentLimit: must be one of 5, 1000`. */
    readonly message: string;
}
/** The outcome of `validateX(value)`: the value, typed, or every issue found (the first {@link MAX_ISSUES} at most). */
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    issues: ValidationIssue[];
};
/** Thrown by code that refuses an invalid value; `issues` says why. */
export declare class ValidationError extends Error {
    name: string;
    readonly issues: ValidationIssue[];
    constructor(issues: ValidationIssue[], subject?: string);
}
/**
 * Standard Schema v1 (https://standardschema.dev): the interface validation libraries share, so
 * form libraries and frameworks can use these validators like a zod or valibot schema.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
    readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
    interface Props<Input = unknown, Output = Input> {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
        readonly types?: Types<Input, Output> | undefined;
    }
    type Result<Output> = SuccessResult<Output> | FailureResult;
    interface SuccessResult<Output> {
        readonly value: Output;
        readonly issues?: undefined;
    }
    interface FailureResult {
        readonly issues: ReadonlyArray<Issue>;
    }
    interface Issue {
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
    }
    interface PathSegment {
        readonly key: PropertyKey;
    }
    interface Options {
        readonly libraryOptions?: Record<string, unknown> | undefined;
    }
    interface Types<Input = unknown, Output = Input> {
        readonly input: Input;
        readonly output: Output;
    }
}
/**
 * Standard JSON Schema v1 (https://standardschema.dev): a schema that can give its JSON Schema,
 * for tools that take JSON Schema (form builders, tool definitions of language-model APIs).
 */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
    readonly '~standard': StandardJSONSchemaV1.Props<Input, Output>;
}
export declare namespace StandardJSONSchemaV1 {
    interface Props<Input = unknown, Output = Input> {
        readonly version: 1;
        readonly vendor: string;
        readonly types?: StandardSchemaV1.Types<Input, Output> | undefined;
        readonly jsonSchema: Converter;
    }
    interface Converter {
        /** The JSON Schema of the accepted input. Throws for a target it cannot write. */
        readonly input: (options: Options) => Record<string, unknown>;
        /** The JSON Schema of the validated output (the same schema: validation does not transform). */
        readonly output: (options: Options) => Record<string, unknown>;
    }
    /** `draft-2020-12` and `draft-07` are written; other targets throw. */
    type Target = 'draft-2020-12' | 'draft-07' | 'openapi-3.0' | ({} & string);
    interface Options {
        readonly target: Target;
        readonly libraryOptions?: Record<string, unknown> | undefined;
    }
}
/** Both interfaces at once: `schemas.X` validates, and gives its JSON Schema. */
export type StandardValidator<T> = StandardSchemaV1<T> & StandardJSONSchemaV1<T>;
/** A JSON Schema as data: `true`, `false` or an object of keywords. */
export type JsonSchemaValue = boolean | {
    readonly [keyword: string]: unknown;
};
/**
 * A Standard Schema around a generated `validateX`. Its results already have the Standard shape
 * (`{ value }` or `{ issues }` with `message` and `path`), so they are passed through as they are.
 * `jsonSchema` writes the JSON Schema for a target (see `jsonSchemaDocument`).
 */
export declare function standardSchema<T>(validate: (value: unknown) => ValidationResult<T>, jsonSchema: (target: string) => Record<string, unknown>): StandardValidator<T>;
/**
 * A self-contained JSON Schema document: `root` with the `$defs` it reaches (transitively), for
 * draft 2020-12; for draft-07, `definitions` and tuple `items`. `root` null: the value is not JSON
 * (a binary body), which JSON Schema cannot describe.
 */
export declare function jsonSchemaDocument(root: JsonSchemaValue | null | undefined, defs: Readonly<Record<string, JsonSchemaValue>>, target: string, subject: string): Record<string, unknown>;
/**
 * Nesting limit: a value that takes more than this many nested schema references to check gets a
 * `depth` issue instead of overflowing the stack.
 */
export declare const MAX_DEPTH = 1000;
/** Issues collected per call at most; checking stops as soon as this many are found. */
export declare const MAX_ISSUES = 100;
/** Options of every `validateX(value, options)`. */
export interface ValidateOptions {
    /**
     * Stop checking once this many issues are found (at most and by default {@link MAX_ISSUES}).
     * `1` refuses an invalid value at its first issue, without looking further — as Ajv does
     * without `allErrors`: the cheapest answer when only "valid or not, and one reason" matters.
     */
    readonly maxIssues?: number | undefined;
}
/** The checker behind a `validateX`: issues found below `path`, added to `issues`. */
export type Checker = (value: unknown, path: IssuePath, issues: ValidationIssue[] | undefined, depth: number) => ValidationIssue[] | undefined;
/**
 * Issues a check collects before it stops: {@link MAX_ISSUES}, lowered by `checkValue` for one
 * call. The generated checkers compare with it after every report
 * (`if ((s = reportFixed(…)).length >= issueLimit) return s;`) and after every call of another
 * checker (`full`), and return at once: stopping is plain returns, no exception, so refusing a
 * value at its first issue costs about what finding that issue does.
 */
export declare let issueLimit: number;
/**
 * Run a checker on a validated value with `options`: the issues found, or `undefined` when there
 * are none. With `maxIssues` below {@link MAX_ISSUES}, the check ends at the report that reaches
 * it: the first `maxIssues` issues of the full list.
 */
export declare function checkValue(check: Checker, value: unknown, options: ValidateOptions | undefined): ValidationIssue[] | undefined;
/** The issues a checker returned have reached the call's limit (see `issueLimit`). */
export declare function full(issues: ValidationIssue[] | undefined): boolean;
export type IssuePath = (string | number)[];
/**
 * Record an issue at `base` + `relative` (a fresh array) and return the issues: the first one
 * creates the array. The message starts with the readable path.
 */
export declare function report(issues: ValidationIssue[] | undefined, base: IssuePath, relative: IssuePath, code: string, message: string): ValidationIssue[];
/**
 * An issue whose path (below the checker's own) and message are known when generating: built
 * once, frozen, and shared by every report of it.
 */
export declare function fixedIssue(path: IssuePath, code: string, message: string): ValidationIssue;
/**
 * Record a fixed issue (see `fixedIssue`) found at `base`: as it is when `base` is the validated
 * value itself, else at the longer path.
 */
export declare function reportFixed(issues: ValidationIssue[] | undefined, base: IssuePath, fixed: ValidationIssue): ValidationIssue[];
/** The path of the validated value itself. Never handed out: issues get fresh arrays. */
export declare const ROOT: IssuePath;
/** The path of a value below `base`, for the checker of a nested schema. */
export declare function below(base: IssuePath, relative: IssuePath): IssuePath;
export declare function depthExceeded(issues: ValidationIssue[] | undefined, path: IssuePath): ValidationIssue[];
/** A Blob (or File), where the platform has them. */
export declare function isBlob(value: unknown): value is Blob;
/** What a binary request body may be: a Blob, bytes, or a string. */
export declare function isBinaryBody(value: unknown): boolean;
