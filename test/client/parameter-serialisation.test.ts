import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../generated/dist/index.js';
import type { ParameterSpec } from '../../generated/dist/runtime/url.js';
import {
  encodeComponent,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter,
} from '../../generated/dist/runtime/url.js';

/** Examples from https://spec.openapis.org/oas/v3.1.0#style-examples (color = blue / [blue, black, brown] / {R:100, G:200, B:150}). */
const primitive = 'blue';
const list = ['blue', 'black', 'brown'];
const object = { R: 100, G: 200, B: 150 };

const spec = (location: ParameterSpec['in'], style: ParameterSpec['style'], explode: boolean, extra: Partial<ParameterSpec> = {}): ParameterSpec => ({
  name: 'color',
  in: location,
  style,
  explode,
  required: false,
  ...extra,
});

describe('path parameters (the spec’s style table)', () => {
  it.each<[ParameterSpec['style'], boolean, unknown, string]>([
    ['simple', false, primitive, 'blue'],
    ['simple', false, list, 'blue,black,brown'],
    ['simple', true, list, 'blue,black,brown'],
    ['simple', false, object, 'R,100,G,200,B,150'],
    ['simple', true, object, 'R=100,G=200,B=150'],
    ['label', false, primitive, '.blue'],
    ['label', false, list, '.blue,black,brown'],
    ['label', true, list, '.blue.black.brown'],
    ['label', false, object, '.R,100,G,200,B,150'],
    ['label', true, object, '.R=100.G=200.B=150'],
    ['matrix', false, primitive, ';color=blue'],
    ['matrix', false, list, ';color=blue,black,brown'],
    ['matrix', true, list, ';color=blue;color=black;color=brown'],
    ['matrix', false, object, ';color=R,100,G,200,B,150'],
    ['matrix', true, object, ';R=100;G=200;B=150'],
  ])('%s explode=%s %j → %s', (style, explode, value, want) => {
    expect(serializePathParameter(spec('path', style, explode, { required: true }), value)).toBe(want);
  });

  it('encodes every reserved character of a value', () => {
    expect(serializePathParameter(spec('path', 'simple', false), "a/b@c#d?e&f=g h;i,j!k'(l)*%")).toBe('a%2Fb%40c%23d%3Fe%26f%3Dg%20h%3Bi%2Cj%21k%27%28l%29%2A%25');
    expect(serializePathParameter(spec('path', 'simple', false), ['a,b', 'c'])).toBe('a%2Cb,c');
  });

  it.each([[''], [[]], [{}], [undefined], [null], ['.'], ['..']])('refuses %j', (value) => {
    expect(() => serializePathParameter(spec('path', 'simple', false), value)).toThrow(InvalidRequestError);
  });

  it('refuses text that cannot be percent-encoded', () => {
    expect(() => serializePathParameter(spec('path', 'simple', false), 'a\uD800b')).toThrow(InvalidRequestError);
  });
});

describe('query parameters', () => {
  it.each<[ParameterSpec['style'], boolean, unknown, string[]]>([
    ['form', true, primitive, ['color=blue']],
    ['form', false, list, ['color=blue,black,brown']],
    ['form', true, list, ['color=blue', 'color=black', 'color=brown']],
    ['form', false, object, ['color=R,100,G,200,B,150']],
    ['form', true, object, ['R=100', 'G=200', 'B=150']],
    ['spaceDelimited', false, list, ['color=blue%20black%20brown']],
    ['spaceDelimited', true, list, ['color=blue', 'color=black', 'color=brown']],
    ['pipeDelimited', false, list, ['color=blue|black|brown']],
    ['pipeDelimited', true, list, ['color=blue', 'color=black', 'color=brown']],
    ['deepObject', true, object, ['color[R]=100', 'color[G]=200', 'color[B]=150']],
  ])('%s explode=%s %j', (style, explode, value, want) => {
    expect(serializeQueryParameter(spec('query', style, explode), value)).toEqual(want);
  });

  it('encodes delimiters inside values so the list splits back', () => {
    expect(serializeQueryParameter(spec('query', 'form', false), ['a,b', 'c&d'])).toEqual(['color=a%2Cb,c%26d']);
    expect(serializeQueryParameter(spec('query', 'pipeDelimited', false), ['a|b', 'c'])).toEqual(['color=a%7Cb|c']);
  });

  it('nests deepObject keys and repeats list keys', () => {
    expect(serializeQueryParameter(spec('query', 'deepObject', true), { size: { min: 1, max: 2 }, tag: ['x', 'y'], skip: undefined })).toEqual([
      'color[size][min]=1',
      'color[size][max]=2',
      'color[tag]=x',
      'color[tag]=y',
    ]);
  });

  it('refuses a cyclic deepObject value instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => serializeQueryParameter(spec('query', 'deepObject', true), cyclic)).toThrow(InvalidRequestError);
  });

  it('keeps reserved characters only with allowReserved, and never & or #', () => {
    expect(serializeQueryParameter(spec('query', 'form', true, { allowReserved: true }), 'a/b:c?d&e#f')).toEqual(['color=a/b:c?d%26e%23f']);
    expect(serializeQueryParameter(spec('query', 'form', true), 'a/b:c')).toEqual(['color=a%2Fb%3Ac']);
  });

  it('leaves out an absent value and refuses an absent required one', () => {
    expect(serializeQueryParameter(spec('query', 'form', true), undefined)).toEqual([]);
    expect(() => serializeQueryParameter(spec('query', 'form', true, { required: true }), undefined)).toThrow(InvalidRequestError);
  });

  it('writes dates as ISO 8601', () => {
    expect(serializeQueryParameter(spec('query', 'form', true), new Date(Date.UTC(2024, 0, 2)))).toEqual(['color=2024-01-02T00%3A00%3A00.000Z']);
  });
});

describe('header and cookie parameters', () => {
  it.each<[boolean, unknown, string]>([
    [false, primitive, 'blue'],
    [false, list, 'blue,black,brown'],
    [false, object, 'R,100,G,200,B,150'],
    [true, object, 'R=100,G=200,B=150'],
  ])('header explode=%s %j → %s', (explode, value, want) => {
    expect(serializeHeaderParameter(spec('header', 'simple', explode), value)).toBe(want);
  });

  it.each([['a\r\nX-Evil: 1'], ['a\nb'], ['a\u0000b'], ['€']])('refuses the header value %j', (value) => {
    expect(() => serializeHeaderParameter(spec('header', 'simple', false), value)).toThrow(InvalidRequestError);
  });

  it('percent-encodes cookie values', () => {
    expect(serializeCookieParameter(spec('cookie', 'form', true), 'a; b=c')).toEqual(['color=a%3B%20b%3Dc']);
    expect(serializeCookieParameter(spec('cookie', 'form', false), list)).toEqual(['color=blue,black,brown']);
  });
});

it('encodeComponent leaves only RFC 3986 unreserved characters', () => {
  const unreserved = /^[A-Za-z0-9\-._~%]*$/;
  for (let code = 0x20; code < 0x7f; code++) expect(encodeComponent(String.fromCharCode(code))).toMatch(unreserved);
  expect(encodeComponent('AZaz09-._~')).toBe('AZaz09-._~');
});
