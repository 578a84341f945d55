import { describe, expect, it } from 'vitest';
import { binaryBody, parseBody } from '../../../runtime/mocks/body-parsing.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('runtime/mocks/body-parsing', () => {
  it('reads a URL-encoded form into the field types the schema gives', async () => {
    const fields = { age: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } }, ok: { type: 'boolean' }, name: { type: 'string' } } as const;
    const parsed = await parseBody('form', bytes('age=42&tags=a&tags=b&ok=true&name=x+y'), 'application/x-www-form-urlencoded', fields);
    expect(parsed).toEqual({ ok: true, value: { age: 42, tags: ['a', 'b'], ok: true, name: 'x y' } });
  });

  it('keeps text that does not fit the type, for the validator to name', async () => {
    const parsed = await parseBody('form', bytes('age=old'), 'application/x-www-form-urlencoded', { age: { type: 'integer' } });
    expect(parsed).toEqual({ ok: true, value: { age: 'old' } });
  });

  it('reads multipart parts, JSON parts as values', async () => {
    const form = new FormData();
    form.append('meta', '{"a":1}');
    form.append('file', new Blob(['abc']), 'a.txt');
    const request = new Request('http://m/', { method: 'POST', body: form });
    const parsed = await parseBody('multipart', new Uint8Array(await request.arrayBuffer()), request.headers.get('content-type'), { meta: { type: 'object', json: true }, file: { type: 'file' } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const value = parsed.value as { meta: unknown; file: unknown };
      expect(value.meta).toEqual({ a: 1 });
      expect(value.file).toBeInstanceOf(Blob);
    }
  });

  it('reads text as a string, and makes a binary example its UTF-8 bytes (256 sample bytes without one)', async () => {
    expect(await parseBody('text', bytes('hé'), 'text/plain', null)).toEqual({ ok: true, value: 'hé' });
    expect(new TextDecoder().decode(binaryBody('raw'))).toBe('raw');
    expect([...binaryBody(undefined)]).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });
});
