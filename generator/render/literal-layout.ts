import { jsonLiteral, propertyKey, stringLiteral } from './ts-syntax.js';

/** Code to write as it is inside a laid-out literal (an identifier, a call). */
export class RawCode {
  constructor(readonly code: string) {}
}

/** A value `layoutLiteral` can write: JSON, raw code, and arrays and objects of them. */
export type LiteralValue = null | boolean | number | string | RawCode | readonly LiteralValue[] | { readonly [key: string]: LiteralValue | undefined };

/** Widest line a laid-out literal aims for (as prettier's `printWidth` for generated code). */
export const LINE_WIDTH = 100;

/**
 * A JavaScript literal for data, in its final layout, so a module of data needs no formatter: an
 * array or object stays on one line when it fits in the line width, else each element or property
 * goes on a line of its own (with a trailing comma), two spaces deeper. Strings are escaped by
 * `stringLiteral`, keys are bare when they are identifiers, and `__proto__` is a computed key (an
 * own property, never the prototype). `column` is where the literal starts on its line and
 * `suffix` how many characters follow it there (`,` or `;`).
 */
export function layoutLiteral(value: LiteralValue, column = 0, suffix = 0, indent = 0): string {
  if (!isContainer(value)) return inlineLiteral(value);
  // The one-line form only as far as the line has room (a big value is not written out whole at every depth).
  const inline = isTable(value) ? undefined : inlineWithin(value, LINE_WIDTH - column - suffix, inlineLiteral);
  if (inline !== undefined) return inline;
  const inner = ' '.repeat(indent + 2);
  if (Array.isArray(value) && (value as readonly LiteralValue[]).every((item) => typeof item === 'number')) {
    // Numbers fill the lines, as many on each as fit (as prettier prints them).
    const lines: string[] = [];
    let line = '';
    for (const item of (value as readonly number[]).map((n) => inlineLiteral(n))) {
      if (line !== '' && inner.length + line.length + 2 + item.length + 1 > LINE_WIDTH) {
        lines.push(`${inner}${line},`);
        line = '';
      }
      line = line === '' ? item : `${line}, ${item}`;
    }
    lines.push(`${inner}${line},`);
    return `[\n${lines.join('\n')}\n${' '.repeat(indent)}]`;
  }
  if (Array.isArray(value)) {
    const items = (value as readonly LiteralValue[]).map((item) => `${inner}${layoutLiteral(item, inner.length, 1, indent + 2)},`);
    return `[\n${items.join('\n')}\n${' '.repeat(indent)}]`;
  }
  const lines = entriesOf(value as { readonly [key: string]: LiteralValue | undefined }).map(([key, item]) => {
    const head = `${inner}${keyOf(key)}: `;
    const laid = layoutLiteral(item, head.length, 1, indent + 2);
    // A string, a name or an empty array or object too long for the line starts on the next one unless
    // its key is a short one (under 5 characters) — as prettier writes it.
    const unbreakable = typeof item === 'string' || item instanceof RawCode || (item !== null && typeof item === 'object' && !isContainer(item));
    const moves = unbreakable && keyOf(key).length >= 5 && head.length + laid.length + 1 > LINE_WIDTH;
    if (moves) return `${head.trimEnd()}\n${inner}  ${laid},`;
    return `${head}${laid},`;
  });
  return `{\n${lines.join('\n')}\n${' '.repeat(indent)}}`;
}

/**
 * An array of two or more objects (or of two or more arrays) of more than one entry each: one
 * entry per line even when it would fit on one (as prettier does), since it reads as a table.
 */
function isTable(value: LiteralValue): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const items = value as readonly LiteralValue[];
  const sized = (item: LiteralValue): number => (Array.isArray(item) ? item.length : entriesOf(item as Record<string, LiteralValue>).length);
  const kind = (item: LiteralValue): string => (item === null || typeof item !== 'object' || item instanceof RawCode ? 'other' : Array.isArray(item) ? 'array' : 'object');
  const first = kind(items[0]!);
  return first !== 'other' && items.every((item) => kind(item) === first && sized(item) > 1);
}

function isContainer(value: LiteralValue): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof RawCode) && (Array.isArray(value) ? value.length > 0 : entriesOf(value as Record<string, LiteralValue>).length > 0);
}

function entriesOf(value: { readonly [key: string]: LiteralValue | undefined }): [string, LiteralValue][] {
  return Object.entries(value).filter((entry): entry is [string, LiteralValue] => entry[1] !== undefined);
}

function keyOf(key: string): string {
  return key === '__proto__' ? `[${stringLiteral(key)}]` : propertyKey(key);
}

/** The one-line form. */
function inlineLiteral(value: LiteralValue): string {
  if (value instanceof RawCode) return value.code;
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? stringLiteral(value) : jsonLiteral(value);
  if (Array.isArray(value)) return `[${(value as readonly LiteralValue[]).map(inlineLiteral).join(', ')}]`;
  const entries = entriesOf(value as { readonly [key: string]: LiteralValue | undefined });
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${keyOf(k)}: ${inlineLiteral(v)}`).join(', ')} }`;
}

/**
 * The exact (readonly, literal) type of a data value, laid out like `layoutLiteral`: a type
 * literal or tuple stays on one line when it fits, else one member per line. Written out so a
 * large table's declaration is copied, never inferred and serialised by the compiler (which gives
 * up past a length). Keys are quoted when they are not identifiers (`__proto__` is a plain
 * property name in a type).
 */
export function layoutLiteralType(value: LiteralValue, column = 0, suffix = 0, indent = 0): string {
  if (!isContainer(value)) return inlineType(value);
  const inline = inlineWithin(value, LINE_WIDTH - column - suffix, inlineType);
  if (inline !== undefined) return inline;
  const inner = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    const items = (value as readonly LiteralValue[]).map((item) => `${inner}${layoutLiteralType(item, inner.length, 1, indent + 2)},`);
    return `readonly [\n${items.join('\n')}\n${' '.repeat(indent)}]`;
  }
  const lines = entriesOf(value as { readonly [key: string]: LiteralValue | undefined }).map(([key, item]) => {
    const head = `${inner}readonly ${propertyKey(key)}: `;
    return `${head}${layoutLiteralType(item, head.length, 1, indent + 2)};`;
  });
  return `{\n${lines.join('\n')}\n${' '.repeat(indent)}}`;
}

function inlineType(value: LiteralValue): string {
  if (value instanceof RawCode) throw new TypeError('raw code has no literal type');
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? stringLiteral(value) : jsonLiteral(value);
  if (Array.isArray(value)) return `readonly [${(value as readonly LiteralValue[]).map(inlineType).join(', ')}]`;
  const entries = entriesOf(value as { readonly [key: string]: LiteralValue | undefined });
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `readonly ${propertyKey(k)}: ${inlineType(v)}`).join('; ')} }`;
}

/**
 * `inline(value)` when it is at most `budget` characters, else `undefined` — found without writing
 * out more than the budget: a container's items are written one by one until they exceed it.
 */
function inlineWithin(value: LiteralValue, budget: number, inline: (value: LiteralValue) => string): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof RawCode) {
    const text = inline(value);
    return text.length <= budget ? text : undefined;
  }
  if (budget < 2) return undefined;
  // Cheap lower bound first: every item or entry takes at least a few characters.
  const size = Array.isArray(value) ? value.length : entriesOf(value as Record<string, LiteralValue>).length;
  if (size * 3 > budget) return undefined;
  if (Array.isArray(value)) {
    let used = inline === inlineType ? 'readonly []'.length : 2;
    for (const item of value as readonly LiteralValue[]) {
      const text = inlineWithin(item, budget - used, inline);
      if (text === undefined) return undefined;
      used += text.length + 2;
      if (used > budget + 2) return undefined;
    }
  } else {
    let used = 4;
    for (const [key, item] of entriesOf(value as Record<string, LiteralValue>)) {
      used += key.length + 2;
      const text = inlineWithin(item, budget - used, inline);
      if (text === undefined) return undefined;
      used += text.length + 2;
      if (used > budget + 2) return undefined;
    }
  }
  const text = inline(value);
  return text.length <= budget ? text : undefined;
}
