import { describe, expect, it } from 'vitest';
import { decodeBody, discardBody, encodeBody } from '../../../runtime/client/body.js';
import { InvalidResponseError } from '../../../runtime/client/errors-graph.js';

const request = { method: 'GET', url: 'https://api.example.test/x' };

describe('runtime/client/body', () => {
  it('encodes a body by its kind', () => {
    expect(encodeBody('json', { a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(encodeBody('text', 42)).toBe('42');
    expect(encodeBody('form', { a: 'x y', b: [1, 2] })).toBe('a=x+y&b=1&b=2');
    const bytes = new Uint8Array([1, 2]);
    expect(encodeBody('binary', bytes)).toBe(bytes);
    const multipart = encodeBody('multipart', { name: 'n', file: new Blob(['abc']) });
    expect(multipart).toBeInstanceOf(FormData);
    expect((multipart as FormData).get('name')).toBe('n');
  });

  it('decodes JSON, text and binary success bodies; empty and 204 bodies are undefined', async () => {
    expect(await decodeBody('json', new Response('{"id":"1"}'), request)).toEqual({ id: '1' });
    expect(await decodeBody('json', new Response(''), request)).toBeUndefined();
    expect(await decodeBody('json', new Response(null, { status: 204 }), request)).toBeUndefined();
    expect(await decodeBody('text', new Response('hello'), request)).toBe('hello');
    const buffer = await decodeBody('binary', new Response(new Uint8Array([7, 8])), request, 'arrayBuffer');
    expect([...new Uint8Array(buffer as ArrayBuffer)]).toEqual([7, 8]);
    expect(await decodeBody('binary', new Response('b'), request)).toBeInstanceOf(Blob);
    expect(await decodeBody('json', new Response('{"a":1}'), { method: 'HEAD', url: request.url })).toBeUndefined();
  });

  it('refuses JSON that does not parse', async () => {
    await expect(decodeBody('json', new Response('{nope'), request)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('discards a body so the connection can be reused', async () => {
    const response = new Response('unused');
    await discardBody(response);
    expect(response.bodyUsed).toBe(true);
  });
});
