/** A `$filter`, `$orderby` or `$select` the mock cannot accept: answered with a 400. */
export declare class ODataQueryError extends Error {
    constructor(message: string);
}
export type FilterExpression = {
    readonly kind: 'literal';
    readonly value: unknown;
} | {
    readonly kind: 'property';
    readonly path: readonly string[];
} | {
    readonly kind: 'not';
    readonly operand: FilterExpression;
} | {
    readonly kind: 'logical';
    readonly operator: 'and' | 'or';
    readonly left: FilterExpression;
    readonly right: FilterExpression;
} | {
    readonly kind: 'compare';
    readonly operator: ComparisonOperator;
    readonly left: FilterExpression;
    readonly right: FilterExpression;
} | {
    readonly kind: 'in';
    readonly operand: FilterExpression;
    readonly list: readonly FilterExpression[];
} | {
    readonly kind: 'call';
    readonly name: StringFunction;
    readonly args: readonly FilterExpression[];
};
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'startswith' | 'endswith' | 'contains';
/** Parse a `$filter`; throws `ODataQueryError` naming the position of the problem. */
export declare function parseFilter(text: string): FilterExpression;
/** Every property path the expression reads (to check the names). */
export declare function filterProperties(expression: FilterExpression): string[][];
/** Whether an entity matches the expression (a value that is not `true` does not). */
export declare function matchesFilter(expression: FilterExpression, entity: Readonly<Record<string, unknown>>): boolean;
/**
 * A comparison as OData defines it: `eq`/`ne` on any values (null equals only null); the order
 * operators on two numbers, two strings (code unit order) or two booleans, else false.
 */
export declare function compareWith(operator: ComparisonOperator, left: unknown, right: unknown): boolean;
