/**
 * A thin vocabulary for writing TypeScript source safely. Every string that comes from a spec
 * passes through one of these before it lands in generated code: spec strings are data, never code.
 */

import { IDENTIFIER, isSafeIdentifier } from '../identifiers.js';

// Identifier spelling lives in ../identifiers.ts (the model plans names with it too).
export { camelCase, isReservedWord, isSafeIdentifier, pascalCase, words } from '../identifiers.js';

/** Names that must not be used as plain property keys on objects we create at run time. */
export const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A JavaScript string literal for any string, quoted the way prettier quotes (single quotes unless
 * the string holds more of them than double quotes), with every character that could end the
 * literal, start a template, or confuse a reader (line and paragraph separators, NUL, lone
 * surrogates) escaped, and every other character past Latin-1 too (`’` as `\u2019`).
 */
export function stringLiteral(value: string): string {
  // Most strings need nothing escaped and hold no quote: single-quoted as they are.
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  let singles = 0;
  let doubles = 0;
  for (const ch of value) {
    if (ch === "'") singles++;
    else if (ch === '"') doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  let out = quote;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const ch = value[i]!;
    if (ch === quote) out += `\\${quote}`;
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code > 0xff) {
      // Surrogates are escaped one by one: a valid pair stays a valid pair, a lone one cannot corrupt the file.
      // Every character past Latin-1 is escaped: a module of Latin-1 text is half the memory (V8
      // keeps a string one byte per character until it holds one character past Latin-1), which
      // counts for Graph's modules of a hundred megabytes.
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + quote;
}

/** A character `stringLiteral` escapes or counts (quotes, backslash, controls, past Latin-1). */
const NEEDS_ESCAPE = /['"\\\x00-\x1f\x7f\u0100-\uffff]/;

/** A property key: bare when it is a plain identifier, else a string literal. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** Property access: `.name` or `["name"]`. */
export function propertyAccess(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/** Any JSON value as a JavaScript expression (object keys quoted, strings escaped). */
export function jsonLiteral(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'Number.NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Number.POSITIVE_INFINITY' : 'Number.NEGATIVE_INFINITY';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    // __proto__ as a literal key would set the prototype; a computed key defines an own property.
    return `{ ${entries.map(([k, v]) => `${k === '__proto__' ? `[${stringLiteral(k)}]` : stringLiteral(k)}: ${jsonLiteral(v)}`).join(', ')} }`;
  }
  return 'undefined';
}

/** A literal type for a JSON value, for enums and const (`5 | 1000`, `"a"`). */
export function literalType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'number';
    return value < 0 || Object.is(value, -0) ? `-${String(-value)}` : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `readonly [${value.map(literalType).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([k, v]) => `readonly ${stringLiteral(k)}: ${literalType(v)}`).join('; ')} }`;
  }
  return 'unknown';
}

/**
 * The text of a JSDoc comment. Returns '' when there is nothing to say. Text is kept readable but
 * can never close the comment (`*\/`), start a JSDoc tag (`@` at line start), or break a line
 * with U+2028/U+2029 in a way some tools mis-handle.
 */
export function docComment(lines: (string | undefined)[], indent = '', options: { deprecated?: boolean } = {}): string {
  const paragraphs = lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '').map(escapeDocText);
  // Tags are written by apiwright, never taken from spec text (which is escaped above).
  if (options.deprecated === true) paragraphs.push('@deprecated');
  const text = paragraphs.join('\n\n');
  if (text === '') return '';
  const body = text.split('\n').map((line) => `${indent} *${line === '' ? '' : ' ' + line}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

export function escapeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\n)(\s*)@/g, '$1$2\\@')
    .trimEnd();
}

/** Text for a `//` line comment: one line, nothing that can end it. */
export function lineCommentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

