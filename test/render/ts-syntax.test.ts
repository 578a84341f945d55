import { describe, expect, it } from 'vitest';
import { docComment, jsonLiteral, literalType, propertyKey, stringLiteral } from '../../generator/render/ts-syntax.js';

describe('stringLiteral', () => {
  it.each(['plain', 'quote " and \\ backslash', "it's", `"it's" 'quoted'`, `it's 'x' "y"`, 'back`tick ${x}', 'line\nbreak\r\n', 'nul\0byte', 'sep\u2028\u2029', 'lone \ud800 surrogate', '😀 emoji', '</script>'])('round-trips %j', (value) => {
    const literal = stringLiteral(value);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029\0]/);
    expect(new Function(`return ${literal}`)()).toBe(value);
  });

  it('writes only Latin-1 characters (a huge module stays one byte per character in memory), keeping é as it is', () => {
    const literal = stringLiteral('Defender’s café — ⚠️ 😀');
    expect(literal).toBe("'Defender\\u2019s café \\u2014 \\u26a0\\ufe0f \\ud83d\\ude00'");
    expect(literal).toMatch(/^[\x00-\xff]*$/);
    expect(new Function(`return ${literal}`)()).toBe('Defender’s café — ⚠️ 😀');
  });
});

describe('propertyKey', () => {
  it.each([
    ['id', 'id'],
    ['@odata.type', "'@odata.type'"],
    ['request-id', "'request-id'"],
    ["it's", '"it\'s"'],
    ['__proto__', '__proto__'],
    ['2x', "'2x'"],
  ])('%j → %s', (name, key) => expect(propertyKey(name)).toBe(key));
});

describe('jsonLiteral', () => {
  it('writes __proto__ as a computed key so it stays an own property', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "a": [1, "x", null, -0]}') as unknown;
    const rebuilt = new Function(`return ${jsonLiteral(value)}`)() as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(rebuilt, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(value));
  });
});

describe('literalType', () => {
  it.each([
    [5, '5'],
    [-1, '-1'],
    ['a"b', "'a\"b'"],
    ["a'b", '"a\'b"'],
    [null, 'null'],
    [true, 'true'],
  ])('%j → %s', (value, type) => expect(literalType(value)).toBe(type));
});

describe('docComment', () => {
  it('cannot be closed or tagged by spec text', () => {
    const text = docComment(['*/ globalThis.pwned = 1; /*', '@internal not a tag', 'a\u2028b']);
    const body = text.slice(3, -3);
    expect(body).not.toContain('*/');
    expect(text).toContain('*\\/ globalThis.pwned = 1; /*');
    expect(text).toContain('\\@internal');
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });

  it('is empty when there is nothing to say', () => {
    expect(docComment([undefined, '  '])).toBe('');
  });
});

describe('docComment tags', () => {
  it('writes @deprecated as a real tag, while a spec line starting with @ stays text', () => {
    const text = docComment(['@deprecated is what the spec says'], '', { deprecated: true });
    expect(text).toBe('/**\n * \\@deprecated is what the spec says\n *\n * @deprecated\n */\n');
  });
});
