import { describe, expect, it } from 'vitest';
import { batchStep, createBatchClient, MAX_BATCH_STEPS } from '../../../runtime/client/batch.js';
import { buildRequest } from '../../../runtime/client/request.js';
import type { FetchLike } from '../../../runtime/client/transport.js';
import { operation } from './spec.js';

const batchOperation = operation({ method: 'POST', pathTemplate: '/$batch', path: ['/$batch'], parameters: [], body: { kind: 'json', contentType: 'application/json', required: true } });
const get = (id: string) => buildRequest(operation(), { path: { id } }, undefined);
const readStatus = async (response: Response) => ({ status: response.status, body: await response.text() });

describe('runtime/client/batch', () => {
  it('sends steps in one POST /$batch, relative URLs, and hands each its own answer', async () => {
    const sent: unknown[] = [];
    const fetch: FetchLike = async (_url, init) => {
      const body = JSON.parse(String(init.body)) as { requests: { id: string; url: string }[] };
      sent.push(body);
      return Response.json({ responses: body.requests.map((r) => ({ id: r.id, status: 200, body: { url: r.url } })).reverse() });
    };
    const client = createBatchClient(batchOperation, { fetch });
    const [a, b] = await client.send([batchStep('a', get('1'), readStatus), batchStep('b', get('2'), readStatus, { dependsOn: ['a'] })]);
    expect(a).toEqual({ status: 200, body: '{"url":"/users/1"}' });
    expect(b).toEqual({ status: 200, body: '{"url":"/users/2"}' });
    expect(sent).toEqual([{ requests: [expect.objectContaining({ id: 'a', method: 'GET', url: '/users/1' }), expect.objectContaining({ id: 'b', url: '/users/2', dependsOn: ['a'] })] }]);
  });

  it(`splits more than ${MAX_BATCH_STEPS} steps over several requests`, async () => {
    let requests = 0;
    const fetch: FetchLike = async (_url, init) => {
      requests++;
      const body = JSON.parse(String(init.body)) as { requests: { id: string }[] };
      expect(body.requests.length).toBeLessThanOrEqual(MAX_BATCH_STEPS);
      return Response.json({ responses: body.requests.map((r) => ({ id: r.id, status: 204 })) });
    };
    const steps = Array.from({ length: MAX_BATCH_STEPS + 1 }, (_, i) => batchStep(String(i), get(String(i)), readStatus));
    const results = await createBatchClient(batchOperation, { fetch }).send(steps);
    expect(requests).toBe(2);
    expect(results.every((r) => r.status === 204)).toBe(true);
  });

  it('refuses unknown dependencies and URLs outside the base before sending', async () => {
    const fetch: FetchLike = async () => {
      throw new Error('sent');
    };
    const client = createBatchClient(batchOperation, { fetch });
    await expect(client.send([batchStep('a', get('1'), readStatus, { dependsOn: ['missing'] })])).rejects.toThrow(/missing/);
    const elsewhere = buildRequest(operation(), { path: { id: '1' } }, undefined, { baseUrl: 'https://other.test' });
    await expect(client.send([batchStep('x', elsewhere, readStatus)])).rejects.toThrow(/is not below/);
  });
});
