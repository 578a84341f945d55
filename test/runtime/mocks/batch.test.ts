import { describe, expect, it } from 'vitest';
import { handleBatch, MAX_BATCH_STEPS } from '../../../runtime/mocks/batch.js';

const base = 'http://m/v1.0';
const fail = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });
const post = (body: unknown, headers: Record<string, string> = {}) => new Request(`${base}/$batch`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('runtime/mocks/batch', () => {
  it('answers each step through the handler, below the base, with the outer Authorization', async () => {
    const seen: string[] = [];
    const handle = async (request: Request) => {
      seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
      return Response.json({ echo: request.method === 'POST' ? await request.json() : null }, { status: request.method === 'POST' ? 201 : 200 });
    };
    const response = await handleBatch(post({ requests: [{ id: '1', method: 'GET', url: '/users/1' }, { id: '2', method: 'POST', url: 'users', body: { a: 1 }, headers: { 'content-type': 'application/json' }, dependsOn: ['1'] }] }, { authorization: 'Bearer t' }), base, handle, fail);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { responses: { id: string; status: number; body: unknown }[] };
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([['1', 200], ['2', 201]]);
    expect(body.responses[1]!.body).toEqual({ echo: { a: 1 } });
    expect(seen).toEqual(['GET http://m/v1.0/users/1 Bearer t', 'POST http://m/v1.0/users Bearer t']);
  });

  it('answers 424 for a step whose dependency failed', async () => {
    const handle = async (request: Request) => new Response(null, { status: request.url.endsWith('/bad') ? 404 : 204 });
    const response = await handleBatch(post({ requests: [{ id: 'a', method: 'GET', url: '/bad' }, { id: 'b', method: 'GET', url: '/ok', dependsOn: ['a'] }] }), base, handle, fail);
    const body = (await response.json()) as { responses: { id: string; status: number }[] };
    expect(body.responses.find((r) => r.id === 'b')?.status).toBe(424);
  });

  it(`refuses a malformed batch and more than ${MAX_BATCH_STEPS} steps with a 400`, async () => {
    const handle = async () => new Response(null, { status: 204 });
    expect((await handleBatch(post({ nope: 1 }), base, handle, fail)).status).toBe(400);
    const many = Array.from({ length: MAX_BATCH_STEPS + 1 }, (_, i) => ({ id: String(i), method: 'GET', url: '/x' }));
    expect((await handleBatch(post({ requests: many }), base, handle, fail)).status).toBe(400);
    expect((await handleBatch(post({ requests: [{ id: '1', method: 'GET', url: '/x' }, { id: '1', method: 'GET', url: '/y' }] }), base, handle, fail)).status).toBe(400);
  });
});
