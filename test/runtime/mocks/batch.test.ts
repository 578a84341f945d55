import { describe, expect, it } from 'vitest';
import { handleBatch, MAX_BATCH_STEPS } from '../../../runtime/mocks/batch.js';
import { inMemoryRequest, replyText, type MockReply, type MockRequest } from '../../../runtime/mocks/exchange.js';

const base = 'http://m/v1.0';
const LIMIT = 4 * 1024 * 1024;
const reply = (status: number, body: unknown = null): MockReply => ({ status, headers: body === null ? {} : { 'content-type': 'application/json' }, body: body === null ? null : JSON.stringify(body) });
const fail = (status: number, code: string, message: string): MockReply => reply(status, { error: { code, message } });
const post = (body: unknown, headers: Record<string, string> = {}): MockRequest => inMemoryRequest('POST', `${base}/$batch`, { 'content-type': 'application/json', ...headers }, JSON.stringify(body));
const json = (r: MockReply): unknown => JSON.parse(replyText(r));
const bodyOf = async (request: MockRequest): Promise<unknown> => {
  const read = await request.readBody(LIMIT);
  return read.ok ? JSON.parse(new TextDecoder().decode(read.bytes)) : undefined;
};

describe('runtime/mocks/batch', () => {
  it('answers each step through the handler, below the base, with the outer Authorization', async () => {
    const seen: string[] = [];
    const handle = async (request: MockRequest) => {
      seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
      return reply(request.method === 'POST' ? 201 : 200, { echo: request.method === 'POST' ? await bodyOf(request) : null });
    };
    const response = await handleBatch(post({ requests: [{ id: '1', method: 'GET', url: '/users/1' }, { id: '2', method: 'POST', url: 'users', body: { a: 1 }, headers: { 'content-type': 'application/json' }, dependsOn: ['1'] }] }, { authorization: 'Bearer t' }), base, handle, fail, LIMIT);
    expect(response.status).toBe(200);
    const body = json(response) as { responses: { id: string; status: number; body: unknown }[] };
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([['1', 200], ['2', 201]]);
    expect(body.responses[1]!.body).toEqual({ echo: { a: 1 } });
    expect(seen).toEqual(['GET http://m/v1.0/users/1 Bearer t', 'POST http://m/v1.0/users Bearer t']);
  });

  it('answers 424 for a step whose dependency failed', async () => {
    const handle = async (request: MockRequest) => reply(request.url.endsWith('/bad') ? 404 : 204);
    const response = await handleBatch(post({ requests: [{ id: 'a', method: 'GET', url: '/bad' }, { id: 'b', method: 'GET', url: '/ok', dependsOn: ['a'] }] }), base, handle, fail, LIMIT);
    const body = json(response) as { responses: { id: string; status: number }[] };
    expect(body.responses.find((r) => r.id === 'b')?.status).toBe(424);
  });

  it(`refuses a malformed batch and more than ${MAX_BATCH_STEPS} steps with a 400`, async () => {
    const handle = async () => reply(204);
    expect((await handleBatch(post({ nope: 1 }), base, handle, fail, LIMIT)).status).toBe(400);
    const many = Array.from({ length: MAX_BATCH_STEPS + 1 }, (_, i) => ({ id: String(i), method: 'GET', url: '/x' }));
    expect((await handleBatch(post({ requests: many }), base, handle, fail, LIMIT)).status).toBe(400);
    expect((await handleBatch(post({ requests: [{ id: '1', method: 'GET', url: '/x' }, { id: '1', method: 'GET', url: '/y' }] }), base, handle, fail, LIMIT)).status).toBe(400);
  });

  it('refuses a batch body over the size limit with a 413', async () => {
    const answer = await handleBatch(post({ requests: [{ id: '1', method: 'GET', url: '/x' }] }), base, async () => reply(204), fail, 10);
    expect(answer.status).toBe(413);
  });
});
