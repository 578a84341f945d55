import { describe, expect, it } from 'vitest';
import { AUTHENTICATE_CHALLENGE, errorResponse, requestIds } from '../../../runtime/mocks/errors-graph.js';
import { replyText } from '../../../runtime/mocks/exchange.js';

describe('runtime/mocks/errors-graph', () => {
  it("takes the caller's client-request-id, else the request id", () => {
    const withHeader = new Request('http://m/', { headers: { 'client-request-id': 'mine' } });
    expect(requestIds(withHeader, 'r', 'd')).toEqual({ requestId: 'r', clientRequestId: 'mine', date: 'd' });
    expect(requestIds(undefined, 'r', 'd')).toEqual({ requestId: 'r', clientRequestId: 'r', date: 'd' });
  });

  it("answers every error in Graph's envelope, whatever the operation declares", () => {
    const response = errorResponse(400, 'BadRequest', 'No.', requestIds(undefined, 'r', 'd'), {}, [{ status: '400', contentType: 'application/json', example: { other: 'shape' } }]);
    expect(JSON.parse(replyText(response))).toMatchObject({ error: { code: 'BadRequest', message: 'No.' } });
    expect(AUTHENTICATE_CHALLENGE).toMatch(/^Bearer /);
  });
});
