import { describe, expect, it } from 'vitest';
import { readBody } from '../../../runtime/mocks/request-body.js';

describe('runtime/mocks/request-body', () => {
  it('reads the body bytes up to the limit', async () => {
    const result = await readBody(new Request('http://localhost/', { method: 'POST', body: 'héllo' }), 100);
    expect(result.ok).toBe(true);
    if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe('héllo');
  });

  it('stops as soon as a streamed body passes the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
        if (pulled > 1000) controller.close();
      },
    });
    const result = await readBody(new Request('http://localhost/', { method: 'POST', body, duplex: 'half' } as RequestInit), 100);
    expect(result).toEqual({ ok: false, tooLarge: true });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit, and reads no body as empty', async () => {
    const declared = new Request('http://localhost/', { method: 'POST', body: 'x'.repeat(200), headers: { 'content-length': '200' } });
    expect(await readBody(declared, 100)).toEqual({ ok: false, tooLarge: true });
    const none = await readBody(new Request('http://localhost/'), 100);
    expect(none.ok && none.bytes.length).toBe(0);
  });
});
