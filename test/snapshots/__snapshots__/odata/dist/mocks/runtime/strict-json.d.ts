export type StrictJsonResult = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly reason: 'syntax' | 'duplicate-key' | 'too-deep';
    readonly message: string;
    /** Offset (UTF-16 code units) of the problem in the text. */
    readonly offset: number;
};
/** Parse `text` as one JSON value, rejecting duplicate keys and nesting deeper than `maxDepth`. */
export declare function parseStrictJson(text: string, maxDepth?: number): StrictJsonResult;
