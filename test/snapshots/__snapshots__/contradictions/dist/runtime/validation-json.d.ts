/**
 * JSON equality of any value with a constant from the spec. The recursion only follows both
 * values while both are arrays or objects, so it is as deep as the constant at most.
 */
export declare function jsonEqual(a: unknown, b: unknown): boolean;

/** `enum` with arrays or objects among its values. */
export declare function jsonIncludes(values: readonly unknown[], value: unknown): boolean;

/**
 * The first pair of equal items `[earlier, later]`, or undefined when all items differ. Linear in
 * the size of the array: primitives are compared through a Map, arrays and objects through a
 * canonical text (sorted keys) built without recursion, so neither length nor depth can make it hang.
 */
export declare function duplicateItems(items: readonly unknown[]): [number, number] | undefined;

/** String length in Unicode code points, as JSON Schema counts it (a surrogate pair is one). */
export declare function codePointLength(text: string): number;

/**
 * `multipleOf` with a fractional divisor, decided on the numbers' shortest decimal forms (what
 * JSON.stringify prints), so 0.07 is a multiple of 0.01 although 0.07 / 0.01 is 7.000000000000001
 * in floating point.
 */
export declare function isDecimalMultiple(value: number, divisor: number): boolean;
