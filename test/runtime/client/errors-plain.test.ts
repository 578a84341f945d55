import { describe, expect, it } from 'vitest';
import * as graph from '../../../runtime/client/errors-graph.js';
import * as plain from '../../../runtime/client/errors-plain.js';
import { ApiError, readApiError } from '../../../runtime/client/errors-plain.js';

const request = { method: 'GET', url: 'https://api.example.test/pets/1' };

describe('runtime/client/errors-plain', () => {
  it('reads code and message from {"error":{...}}, {"error":"..."} or {"code","message"}', async () => {
    const nested = await readApiError(new Response(JSON.stringify({ error: { code: 'gone', message: 'It is gone.' } }), { status: 410 }), request);
    expect(nested).toBeInstanceOf(ApiError);
    expect(nested).toMatchObject({ status: 410, code: 'gone', message: 'It is gone.' });
    expect(await readApiError(new Response(JSON.stringify({ error: 'nope' }), { status: 400 }), request)).toMatchObject({ code: undefined, message: 'nope' });
    expect(await readApiError(new Response(JSON.stringify({ code: 'c', message: 'm', extra: 1 }), { status: 409 }), request)).toMatchObject({ code: 'c', message: 'm', body: { code: 'c', message: 'm', extra: 1 } });
  });

  it('has no Graph request ids, and an empty message falls back to the status', async () => {
    const error = await readApiError(new Response(JSON.stringify({ message: '' }), { status: 500, statusText: 'Internal Server Error', headers: { 'request-id': 'r' } }), request);
    expect(error.message).toBe('GET https://api.example.test/pets/1 failed: HTTP 500 Internal Server Error');
    expect('requestId' in error).toBe(false);
  });

  it('exports what the Graph flavour exports (the rest of the runtime imports either as ./errors.js)', () => {
    expect(Object.keys(plain).sort()).toEqual(Object.keys(graph).sort());
  });
});
