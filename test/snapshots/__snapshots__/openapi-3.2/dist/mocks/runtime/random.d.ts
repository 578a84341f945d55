export type Random = () => number;

/** mulberry32 over an FNV-1a hash of the seed: small, fast, and good enough for test data. */
export declare function seededRandom(seed: number | string): Random;

/**
 * A version 4 UUID (RFC 4122) from `random`: 32 hex digits, one draw each, the version digit
 * fixed to 4 and the variant digit (8 to b) drawn last.
 */
export declare function randomUuid(random: Random): string;
