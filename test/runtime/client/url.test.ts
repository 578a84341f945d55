import { describe, expect, it } from 'vitest';
import { checkHeaderValue, encodeComponent, serializeCookieParameter, serializeHeaderParameter, serializePathParameter, serializeQueryParameter, type ParameterSpec } from '../../../runtime/client/url.js';
import { InvalidRequestError } from '../../../runtime/client/errors-graph.js';

const param = (spec: Partial<ParameterSpec> & Pick<ParameterSpec, 'in' | 'style'>): ParameterSpec => ({ name: 'p', explode: false, required: true, ...spec });

describe('runtime/client/url', () => {
  it('percent-encodes everything but unreserved characters', () => {
    expect(encodeComponent("a/b@c#d !'()*~._-")).toBe('a%2Fb%40c%23d%20%21%27%28%29%2A~._-');
  });

  it('serialises path parameters in the simple, label and matrix styles', () => {
    expect(serializePathParameter(param({ in: 'path', style: 'simple' }), 'a/b')).toBe('a%2Fb');
    expect(serializePathParameter(param({ in: 'path', style: 'simple' }), [1, 2])).toBe('1,2');
    expect(serializePathParameter(param({ in: 'path', style: 'label' }), ['x', 'y'])).toBe('.x,y');
    expect(serializePathParameter(param({ in: 'path', style: 'label', explode: true }), ['x', 'y'])).toBe('.x.y');
    expect(serializePathParameter(param({ in: 'path', style: 'matrix' }), 5)).toBe(';p=5');
    expect(serializePathParameter(param({ in: 'path', style: 'simple', explode: true }), { a: 1, b: 'x y' })).toBe('a=1,b=x%20y');
  });

  it('serialises query parameters: form (exploded or not), delimited and deepObject', () => {
    expect(serializeQueryParameter(param({ in: 'query', style: 'form', explode: true }), [1, 2])).toEqual(['p=1', 'p=2']);
    expect(serializeQueryParameter(param({ in: 'query', style: 'form' }), [1, 2])).toEqual(['p=1,2']);
    expect(serializeQueryParameter(param({ in: 'query', style: 'pipeDelimited' }), ['a', 'b'])).toEqual(['p=a|b']);
    expect(serializeQueryParameter(param({ in: 'query', style: 'deepObject', explode: true }), { a: { b: 1 } })).toEqual(['p[a][b]=1']);
    expect(serializeQueryParameter(param({ in: 'query', style: 'form', explode: true, required: false }), undefined)).toEqual([]);
    expect(() => serializeQueryParameter(param({ in: 'query', style: 'form', explode: true }), undefined)).toThrow(/query parameter "p" is required/);
  });

  it('keeps reserved characters with allowReserved, but not those that end the value', () => {
    const spec = param({ in: 'query', style: 'form', explode: true, allowReserved: true });
    expect(serializeQueryParameter(spec, 'a/b:c&d#e')).toEqual(['p=a/b:c%26d%23e']);
  });

  it('writes headers and cookies, and refuses header values with line breaks', () => {
    expect(serializeHeaderParameter(param({ in: 'header', style: 'simple' }), ['a', 'b'])).toBe('a,b');
    expect(serializeHeaderParameter(param({ in: 'header', style: 'simple', required: false }), undefined)).toBeUndefined();
    expect(() => serializeHeaderParameter(param({ in: 'header', style: 'simple' }), undefined)).toThrow(/header parameter "p" is required/);
    expect(serializeCookieParameter(param({ in: 'cookie', style: 'form', explode: true }), 'v 1')).toEqual(['p=v%201']);
    expect(() => checkHeaderValue('x-a', 'a\r\nb')).toThrow(InvalidRequestError);
    expect(() => checkHeaderValue('x-a', 'plain value')).not.toThrow();
  });
});
