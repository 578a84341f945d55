import { describe, expect, it } from 'vitest';
import { graphError, idHeaders } from '../../../runtime/mocks/graph-error.js';
import { replyText } from '../../../runtime/mocks/exchange.js';

const ids = { requestId: 'r1', clientRequestId: 'c1', date: '2026-01-01T00:00:00' };

describe('runtime/mocks/graph-error', () => {
  it("answers in Microsoft Graph's error envelope with the request ids", () => {
    const response = graphError(404, 'Request_ResourceNotFound', 'Gone.', ids, { target: 'id', details: [{ code: 'x', message: 'y' }], headers: { 'x-extra': '1' } });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['request-id']).toBe('r1');
    expect(response.headers['x-extra']).toBe('1');
    const body = JSON.parse(replyText(response)) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 'Request_ResourceNotFound', message: 'Gone.', target: 'id', details: [{ code: 'x', message: 'y' }] });
    expect(body.error.innerError).toMatchObject({ 'request-id': 'r1', 'client-request-id': 'c1', date: '2026-01-01T00:00:00' });
  });

  it('puts request-id and client-request-id on every response', () => {
    expect(idHeaders(ids)).toEqual({ 'request-id': 'r1', 'client-request-id': 'c1' });
  });
});
