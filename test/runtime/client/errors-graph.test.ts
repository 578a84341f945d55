import { describe, expect, it } from 'vitest';
import { ApiError, InvalidRequestError, NetworkError, readApiError, TimeoutError } from '../../../runtime/client/errors-graph.js';

const request = { method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/1' };

describe('runtime/client/errors-graph', () => {
  it("reads Microsoft Graph's error envelope: code, message, request ids and date", async () => {
    const body = { error: { code: 'Request_ResourceNotFound', message: 'No user 1.', innerError: { 'request-id': 'r1', 'client-request-id': 'c1', date: '2026-01-01T00:00:00' } } };
    const error = await readApiError(new Response(JSON.stringify(body), { status: 404, headers: { 'retry-after': '3' } }), request);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'Request_ResourceNotFound', message: 'No user 1.', requestId: 'r1', clientRequestId: 'c1', date: '2026-01-01T00:00:00', retryAfter: 3, request });
    expect(error.body).toEqual(body);
  });

  it('accepts the older `innererror` spelling, and falls back to the headers for request ids', async () => {
    const error = await readApiError(new Response(JSON.stringify({ error: { code: 'X', message: 'm', innererror: { date: 'd' } } }), { status: 400, headers: { 'request-id': 'h1' } }), request);
    expect(error).toMatchObject({ code: 'X', date: 'd', requestId: 'h1', clientRequestId: undefined });
  });

  it('tolerates bodies that are not an envelope: the status makes the message', async () => {
    const text = await readApiError(new Response('Bad Gateway!', { status: 502, statusText: 'Bad Gateway' }), request);
    expect(text.message).toBe('PATCH https://graph.microsoft.com/v1.0/users/1 failed: HTTP 502 Bad Gateway');
    expect(text.body).toBe('Bad Gateway!');
    expect(text.code).toBeUndefined();
    const empty = await readApiError(new Response('', { status: 500 }), request);
    expect(empty.body).toBeUndefined();
  });

  it('names the other failures and keeps what they are about', () => {
    const cause = new Error('ECONNRESET');
    const network = new NetworkError(request, cause);
    expect(network.name).toBe('NetworkError');
    expect(network.message).toContain('failed before a response arrived');
    expect(network.cause).toBe(cause);
    expect(new TimeoutError(request, 250).message).toBe('PATCH https://graph.microsoft.com/v1.0/users/1 timed out after 250 ms');
    const invalid = new InvalidRequestError('bad', 'path', 'usersId');
    expect(invalid).toBeInstanceOf(TypeError);
    expect([invalid.name, invalid.location, invalid.parameter]).toEqual(['InvalidRequestError', 'path', 'usersId']);
  });
});
