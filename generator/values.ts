/** Small helpers on plain values every step of the pipeline uses. */

/** An object's own entries, or `{}` for anything that is not a plain object (null, arrays, scalars). */
export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Sort by code points, not locale: the same order on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
