import type { JsonType, JsonValue } from '../../model/ir.js';
import { anyOf, condition, FALSE, TRUE, type Condition } from '../../render/code-tree.js';

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

/** A condition that holds when `x` (one of `kinds`) is of a kind in `wanted` (`TRUE`/`FALSE` when known). */
export function kindCondition(x: string, kinds: number, wanted: number): Condition {
  if (within(kinds, wanted)) return TRUE;
  if ((kinds & wanted) === 0) return FALSE;
  const parts: Condition[] = [];
  if (wanted & Kind.null) parts.push(condition(`${x} === null`));
  if (wanted & Kind.boolean) parts.push(condition(`typeof ${x} === 'boolean'`));
  if ((wanted & NUMBER_KINDS) === NUMBER_KINDS) parts.push(condition(`Number.isFinite(${x})`));
  else if (wanted & Kind.integer) parts.push(condition(`Number.isInteger(${x})`));
  else if (wanted & Kind.fraction) parts.push(condition(`(Number.isFinite(${x}) && !Number.isInteger(${x}))`));
  if (wanted & Kind.string) parts.push(condition(`typeof ${x} === 'string'`));
  if (wanted & Kind.array) parts.push(condition(`Array.isArray(${x})`));
  if (wanted & Kind.object) parts.push(condition(`(typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}))`));
  return anyOf(parts);
}

/** The negation of `kindCondition`, written without a double negative where it can be. */
export function notKindCondition(x: string, kinds: number, wanted: number): Condition {
  const holds = kindCondition(x, kinds, wanted);
  if (holds === TRUE) return FALSE;
  if (holds === FALSE) return TRUE;
  if (wanted === Kind.null) return condition(`${x} !== null`);
  if (wanted === Kind.boolean) return condition(`typeof ${x} !== 'boolean'`);
  if (wanted === Kind.string) return condition(`typeof ${x} !== 'string'`);
  if (wanted === Kind.array) return condition(`!Array.isArray(${x})`);
  if (wanted === Kind.object) return condition(`typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`, true);
  if (wanted === Kind.integer) return condition(`!Number.isInteger(${x})`);
  if (wanted === NUMBER_KINDS) return condition(`!Number.isFinite(${x})`);
  return condition(`!(${holds.text})`, holds.loose);
}

/** A guard for keywords that apply to one kind only (`minLength` to strings): `TRUE` when not needed, undefined when the kind is impossible. */
export function guardFor(x: string, kinds: number, kind: number): Condition | undefined {
  if ((kinds & kind) === 0) return undefined;
  if (within(kinds, kind)) return TRUE;
  if (kind === Kind.string) return condition(`typeof ${x} === 'string'`);
  if (kind === NUMBER_KINDS) return condition(`typeof ${x} === 'number'`);
  if (kind === Kind.array) return condition(`Array.isArray(${x})`);
  if (kind === Kind.object) return condition(`typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x})`);
  return kindCondition(x, kinds, kind);
}
