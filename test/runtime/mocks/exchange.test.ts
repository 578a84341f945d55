import { describe, expect, it } from 'vitest';
import { fromFetchRequest, inMemoryRequest, replyText, toFetchResponse } from '../../../runtime/mocks/exchange.js';

describe('the mock core\'s request and reply', () => {
  it('reads a Fetch Request: method, URL, case-insensitive headers, body under and over the limit', async () => {
    const make = (): Request =>
      new Request('https://api.example.com/v1/things?x=1', { method: 'POST', headers: { 'X-Trace': 'a', 'content-type': 'text/plain' }, body: 'hello' });
    const request = fromFetchRequest(make());
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://api.example.com/v1/things?x=1');
    expect(request.headers.get('x-trace')).toBe('a');
    expect(request.headers.get('X-TRACE')).toBe('a');
    expect(request.headers.get('missing')).toBeNull();
    const read = await request.readBody(5);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('hello');
    expect(await fromFetchRequest(make()).readBody(4)).toEqual({ ok: false, tooLarge: true });
  });

  it('turns a reply into a Fetch Response with its status, headers and body (text, bytes, none)', async () => {
    const text = toFetchResponse({ status: 201, headers: { 'content-type': 'application/json', location: '/x/1' }, body: '{"id":1}' });
    expect(text.status).toBe(201);
    expect(text.headers.get('location')).toBe('/x/1');
    expect(await text.json()).toEqual({ id: 1 });
    const bytes = toFetchResponse({ status: 200, headers: {}, body: Uint8Array.of(0, 255) });
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 255]);
    const empty = toFetchResponse({ status: 204, headers: { 'request-id': 'r' }, body: null });
    expect(empty.body).toBeNull();
    expect(empty.headers.get('request-id')).toBe('r');
  });

  it('makes an in-memory request (a batch step): headers by any case, the body as UTF-8, the limit kept', async () => {
    const request = inMemoryRequest('PATCH', 'https://h/v1/users/1', { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, '{"name":"Zoë"}');
    expect(request.headers.get('authorization')).toBe('Bearer t');
    expect(request.headers.get('CONTENT-TYPE')).toBe('application/json');
    const read = await request.readBody(1024);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('{"name":"Zoë"}');
    // "Zoë" is 4 bytes in UTF-8: the limit counts bytes, not characters.
    expect(await request.readBody(14)).toEqual({ ok: false, tooLarge: true });
    const none = await inMemoryRequest('GET', 'https://h/', {}, undefined).readBody(0);
    expect(none.ok && none.bytes.byteLength).toBe(0);
  });

  it('reads a reply\'s body as text', () => {
    expect(replyText({ status: 200, headers: {}, body: 'a' })).toBe('a');
    expect(replyText({ status: 200, headers: {}, body: new TextEncoder().encode('ü') })).toBe('ü');
    expect(replyText({ status: 204, headers: {}, body: null })).toBe('');
  });
});
