import { describe, expect, it } from 'vitest';
import { createTransport, type FetchLike } from '../../../runtime/client/transport.js';
import { buildRequest } from '../../../runtime/client/request.js';
import { ApiError, TimeoutError } from '../../../runtime/client/errors-graph.js';
import { operation } from './spec.js';

/** A fetch that answers from a list, recording what it was sent. */
function scripted(answers: (() => Response)[]): FetchLike & { calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    return next();
  };
  return Object.assign(fetch, { calls });
}

const build = (options: Parameters<typeof buildRequest>[3]) => buildRequest(operation({ bearerAuth: true }), { path: { id: '1' } }, undefined, options);

describe('runtime/client/transport', () => {
  it('sends the built request with the token and reads the JSON body', async () => {
    const fetch = scripted([() => Response.json({ id: '1' })]);
    const transport = createTransport({ fetch, getToken: () => 'tok' });
    expect(await transport.send(operation({ bearerAuth: true }), build)).toEqual({ id: '1' });
    expect(fetch.calls[0]!.url).toBe('https://api.example.test/v1/users/1');
    expect(new Headers(fetch.calls[0]!.init.headers).get('authorization')).toBe('Bearer tok');
  });

  it('retries a 503 after its Retry-After, then succeeds', async () => {
    const fetch = scripted([() => new Response('', { status: 503, headers: { 'retry-after': '0' } }), () => Response.json({ ok: 1 })]);
    const transport = createTransport({ fetch });
    expect(await transport.send(operation(), build)).toEqual({ ok: 1 });
    expect(fetch.calls).toHaveLength(2);
  });

  it('does not retry when retries are off, and sendResult gives the ApiError as a value', async () => {
    const fetch = scripted([() => new Response('{"error":{"code":"busy","message":"Busy."}}', { status: 429 })]);
    const result = await createTransport({ fetch, retry: false }).sendResult(operation(), build);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ status: 429, code: 'busy', message: 'Busy.' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('asks getToken for a fresh token once after a 401', async () => {
    const fetch = scripted([() => new Response('', { status: 401 }), () => Response.json(1)]);
    const asked: unknown[] = [];
    const transport = createTransport({ fetch, getToken: (request) => (asked.push(request), request?.forceRefresh === true ? 'new' : 'old') });
    expect(await transport.send(operation({ bearerAuth: true }), build)).toBe(1);
    expect(fetch.calls.map((c) => new Headers(c.init.headers).get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
    await expect(createTransport({ fetch: scripted([() => new Response('', { status: 401 })]) }).send(operation(), build)).rejects.toBeInstanceOf(ApiError);
  });

  it('gives up with a TimeoutError after timeoutMs', async () => {
    const never: FetchLike = (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(createTransport({ fetch: never, timeoutMs: 20 }).send(operation(), build)).rejects.toBeInstanceOf(TimeoutError);
  });
});
