import { describe, expect, it } from 'vitest';
import { readResult } from '../../../runtime/client/result.js';
import { ApiError } from '../../../runtime/client/errors-graph.js';
import { operation } from './spec.js';

describe('runtime/client/result', () => {
  it('reads a 2xx body as data and any other status as an ApiError, without throwing', async () => {
    const ok = await readResult(operation(), new Response('{"id":"7"}', { status: 200 }));
    expect(ok).toMatchObject({ ok: true, data: { id: '7' } });
    const failed = await readResult(operation(), new Response('{"error":{"code":"x","message":"no"}}', { status: 403 }));
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error).toBeInstanceOf(ApiError);
      expect(failed.error.status).toBe(403);
      expect(failed.error.request.url).toBe('/users/{id}');
    }
  });

  it('checks the body with the operation\'s validators only when asked to', async () => {
    const checked: unknown[] = [];
    const spec = operation({
      checkResponse: (value) => {
        checked.push(value);
        throw new Error('invalid response');
      },
    });
    await expect(readResult(spec, new Response('{"id":1}'))).resolves.toMatchObject({ ok: true });
    await expect(readResult(spec, new Response('{"id":1}'), { validate: true })).rejects.toThrow('invalid response');
    expect(checked).toEqual([{ id: 1 }]);
  });
});
