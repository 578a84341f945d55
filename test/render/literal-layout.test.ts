import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { layoutLiteral, RawCode, type LiteralValue } from '../../generator/render/literal-layout.js';
import { PRETTIER_OPTIONS } from '../../generator/render/format.js';

/** `const x = <literal>;` laid out by apiwright, and the same statement through prettier. */
async function both(value: LiteralValue): Promise<{ ours: string; prettier: string }> {
  const ours = `const x = ${layoutLiteral(value, 'const x = '.length, 1)};\n`;
  return { ours, prettier: await prettier.format(ours, PRETTIER_OPTIONS) };
}

describe('layoutLiteral', () => {
  it.each<[string, LiteralValue]>([
    ['a short object on one line', { a: 1, b: 'two', c: null, d: [true, false] }],
    ['a long object one property per line, nested ones as they fit', { operation: 'x'.repeat(40), scopes: ['Scope.One.ReadWrite.All', 'Scope.Two.ReadWrite.All', 'Scope.Three.Read.All'], nested: { a: 1 } }],
    ['a long string after a long key on the next line', { description: 'y'.repeat(85) }],
    ['a long string after a short key on its line', { path: 'z'.repeat(95) }],
    ['an array of objects as a table', [{ id: 1, name: 'a' }, { id: 2, name: 'b' }]],
    ['numbers filling the lines', Array.from({ length: 60 }, (_, i) => i * 37)],
    ['keys that are not identifiers, and __proto__ as an own property', { 'request-id': 'r', '': 0, __proto__: { polluted: 1 }, 'it\'s': '"q"' } as LiteralValue],
    ['raw code among the data', { validate: new RawCode('validateSomethingRequestBody'), json: true }],
    ['empty arrays and objects', { a: [], b: {} }],
  ])('writes %s as prettier would', async (_, value) => {
    const { ours, prettier: formatted } = await both(value);
    expect(ours).toBe(formatted);
  });

  it('keeps __proto__ an own property and every string data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "x": "\\u2028</script>`${1}`"}') as LiteralValue;
    const rebuilt = new Function(`return ${layoutLiteral(value)}`)() as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(rebuilt, '__proto__')).toBe(true);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
