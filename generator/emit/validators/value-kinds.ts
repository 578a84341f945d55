import type { JsonType, JsonValue } from '../../model/ir.js';

/**
 * What generated code knows about a value's kind at some point, as a bit set. The writer tracks
 * it to leave out checks that cannot apply (`minLength` on a value already known to be a number)
 * and to cast only to types TypeScript's own narrowing allows.
 */
export const Kind = {
  null: 1,
  boolean: 2,
  integer: 4,
  /** A finite number with a fractional part. */
  fraction: 8,
  string: 16,
  array: 32,
  object: 64,
  /** Anything that is not JSON (undefined, NaN, functions, ...). */
  other: 128,
} as const;

export const ANY_KIND = 255;
export const NUMBER_KINDS = Kind.integer | Kind.fraction;

export function kindsOfType(type: JsonType): number {
  return type === 'number' ? NUMBER_KINDS : Kind[type];
}

export function kindsOfTypes(types: readonly JsonType[]): number {
  let kinds = 0;
  for (const type of types) kinds |= kindsOfType(type);
  return kinds;
}

export function kindOfValue(value: JsonValue): number {
  if (value === null) return Kind.null;
  if (typeof value === 'boolean') return Kind.boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? Kind.integer : Kind.fraction;
  if (typeof value === 'string') return Kind.string;
  return Array.isArray(value) ? Kind.array : Kind.object;
}

/** True when every kind in `kinds` is among `allowed`. */
export function within(kinds: number, allowed: number): boolean {
  return (kinds & ~allowed) === 0;
}

/** A condition that holds when `x` (one of `kinds`) is of a kind in `wanted`, or `true`/`false` when known. */
export function kindCondition(x: string, kinds: number, wanted: number): string {
  if (within(kinds, wanted)) return 'true';
  if ((kinds & wanted) === 0) return 'false';
  const parts: string[] = [];
  if (wanted & Kind.null) parts.push(`${x} === null`);
  if (wanted & Kind.boolean) parts.push(`typeof ${x} === 'boolean'`);
  if ((wanted & NUMBER_KINDS) === NUMBER_KINDS) parts.push(`Number.isFinite(${x})`);
  else if (wanted & Kind.integer) parts.push(`Number.isInteger(${x})`);
  else if (wanted & Kind.fraction) parts.push(`(Number.isFinite(${x}) && !Number.isInteger(${x}))`);
  if (wanted & Kind.string) parts.push(`typeof ${x} === 'string'`);
  if (wanted & Kind.array) parts.push(`Array.isArray(${x})`);
  if (wanted & Kind.object) parts.push(`(typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}))`);
  return parts.join(' || ');
}

/** The negation of `kindCondition`, written without a double negative where it can be. */
export function notKindCondition(x: string, kinds: number, wanted: number): string {
  const condition = kindCondition(x, kinds, wanted);
  if (condition === 'true') return 'false';
  if (condition === 'false') return 'true';
  if (wanted === Kind.null) return `${x} !== null`;
  if (wanted === Kind.boolean) return `typeof ${x} !== 'boolean'`;
  if (wanted === Kind.string) return `typeof ${x} !== 'string'`;
  if (wanted === Kind.array) return `!Array.isArray(${x})`;
  if (wanted === Kind.object) return `typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`;
  if (wanted === Kind.integer) return `!Number.isInteger(${x})`;
  if (wanted === NUMBER_KINDS) return `!Number.isFinite(${x})`;
  return `!(${condition})`;
}

/** A guard for keywords that apply to one kind only (`minLength` to strings): '' when not needed. */
export function guardFor(x: string, kinds: number, kind: number): string | undefined {
  if ((kinds & kind) === 0) return undefined;
  if (within(kinds, kind)) return '';
  if (kind === Kind.string) return `typeof ${x} === 'string'`;
  if (kind === NUMBER_KINDS) return `typeof ${x} === 'number'`;
  if (kind === Kind.array) return `Array.isArray(${x})`;
  if (kind === Kind.object) return `typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x})`;
  return kindCondition(x, kinds, kind);
}
