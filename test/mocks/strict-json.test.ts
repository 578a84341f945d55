import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from './mock-package.js';

type StrictJsonResult = { ok: true; value: unknown } | { ok: false; reason: 'syntax' | 'duplicate-key' | 'too-deep'; message: string; offset: number };

/** The mock's JSON scanner (generated runtime), against `JSON.parse` as the oracle. */
let pkg: GeneratedPackage;
let parseStrictJson: (text: string, maxDepth?: number) => StrictJsonResult;

beforeAll(async () => {
  pkg = await generatePackage(['spec']);
  ({ parseStrictJson } = (await import(pathToFileURL(join(pkg.dir, 'dist/mocks/runtime/strict-json.js')).href)) as { parseStrictJson: typeof parseStrictJson });
});
afterAll(() => pkg?.remove());

/** Does the text have an object with two equal keys? Checked with a reviver-free re-parse per object. */
function hasDuplicateKeys(value: unknown, text: string): boolean {
  // JSON.stringify of the parsed value drops duplicates; a text without duplicates round-trips
  // to the same number of keys as it writes.
  const written = (text.match(/"(?:[^"\\]|\\.)*"\s*:/g) ?? []).length;
  const kept = JSON.stringify(value).match(/"(?:[^"\\]|\\.)*"\s*:/g)?.length ?? 0;
  return written !== kept;
}

/** CI runs fixed seeds (a submission's result does not depend on luck); elsewhere new inputs. */
const FC_OPTIONS = process.env.APIWRIGHT_FC_SEED !== undefined ? { seed: Number(process.env.APIWRIGHT_FC_SEED) } : process.env.CI !== undefined ? { seed: 20261128 } : {};

describe('parseStrictJson', () => {
  it('accepts every JSON text JSON.parse accepts that has no duplicate keys, with the same value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const result = parseStrictJson(text);
        expect(result).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
      { numRuns: 500, ...FC_OPTIONS },
    );
  });

  it('rejects what JSON.parse rejects, and never throws', () => {
    const nearJson = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }),
      fc.json().chain((text) => fc.tuple(fc.nat(text.length), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\u0000', 'x', ' ')).map(([at, insert]) => text.slice(0, at) + insert + text.slice(at + 1))),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        const result = parseStrictJson(text);
        // A duplicate key before the syntax error is reported first: either way, refused.
        if (!valid) expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^(syntax|duplicate-key)$/) });
        else if (!hasDuplicateKeys(expected, text)) expect(result).toEqual({ ok: true, value: expected });
        else expect(result).toMatchObject({ ok: false, reason: 'duplicate-key' });
      }),
      { numRuns: 2000, ...FC_OPTIONS },
    );
  });

  it.each([
    ['{"a":1,"a":1}', '', 'a'],
    ['{"a":{"b":[1,{"c":0,"c":1}]}}', '/a/b/1', 'c'],
    ['{"a/b~":{"x":1,"x":2}}', '/a~1b~0', 'x'],
    ['{"\\u0041":1,"A":2}', '', 'A'],
    ['[{"k":1},{"k":1,"k":2}]', '/1', 'k'],
  ])('reports the duplicate key in %s at its object', (text, pointer, key) => {
    const result = parseStrictJson(text);
    expect(result).toMatchObject({ ok: false, reason: 'duplicate-key' });
    expect(result.ok === false && result.message).toBe(`Duplicate property ${JSON.stringify(key)}${pointer === '' ? '' : ` in the object at ${pointer}`}`);
  });

  it('allows equal keys in different objects', () => {
    expect(parseStrictJson('{"a":{"a":1},"b":{"a":2}}')).toEqual({ ok: true, value: { a: { a: 1 }, b: { a: 2 } } });
  });

  it('keeps "__proto__" as a plain key', () => {
    const result = parseStrictJson('{"__proto__":{"polluted":true}}');
    expect(result.ok).toBe(true);
    const value = (result as { value: object }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    expect(parseStrictJson('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseStrictJson('[[[1]]]', 3)).toEqual({ ok: true, value: [[[1]]] });
    expect(parseStrictJson('[[[[1]]]]', 3)).toMatchObject({ ok: false, reason: 'too-deep' });
  });

  it.each([
    ['', 'syntax'],
    ['{"a" 1}', 'syntax'],
    ['01', 'syntax'],
    ['{"a":1}x', 'syntax'],
    ['"\u0001"', 'syntax'],
    ['"\\x"', 'syntax'],
    ['[1,]', 'syntax'],
    ['NaN', 'syntax'],
  ])('rejects %j', (text, reason) => {
    expect(parseStrictJson(text)).toMatchObject({ ok: false, reason });
  });
});
