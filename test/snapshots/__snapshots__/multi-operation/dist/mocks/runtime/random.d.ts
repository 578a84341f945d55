export type Random = () => number;

/** mulberry32 over an FNV-1a hash of the seed: small, fast, and good enough for test data. */
export declare function seededRandom(seed: number | string): Random;

/** A version 4 UUID from `random`. */
export declare function randomUuid(random: Random): string;
