import { describe, expect, it } from 'vitest';
import { encodeForm, encodeMultipart } from '../../../runtime/client/form-encoding.js';

describe('runtime/client/form-encoding', () => {
  it('writes application/x-www-form-urlencoded, fields as form query parameters by default', () => {
    expect(encodeForm({ name: 'a&b', tags: ['x', 'y'], skipped: undefined }, undefined)).toBe('name=a%26b&tags=x&tags=y');
  });

  it('follows a field\'s encoding: style, explode, allowReserved', () => {
    expect(encodeForm({ tags: ['x', 'y'] }, { tags: { style: 'form', explode: false } })).toBe('tags=x,y');
    expect(encodeForm({ filter: { a: 1 } }, { filter: { style: 'deepObject', explode: true } })).toBe('filter[a]=1');
    expect(encodeForm({ path: 'a/b' }, { path: { allowReserved: true } })).toBe('path=a/b');
  });

  it('writes multipart parts: strings as text, objects as JSON, blobs as files, arrays as repeated parts', async () => {
    const form = encodeMultipart({ name: 'n', meta: { a: 1 }, file: new Blob(['abc'], { type: 'text/plain' }), ids: [1, 2] }, undefined);
    expect(form.get('name')).toBe('n');
    const meta = form.get('meta');
    expect(meta instanceof Blob ? await meta.text() : meta).toBe('{"a":1}');
    const file = form.get('file');
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe('abc');
    expect(form.getAll('ids')).toEqual(['1', '2']);
  });

  it('gives a part the content type its encoding names', async () => {
    const form = encodeMultipart({ doc: '<a/>' }, { doc: { contentType: 'application/xml' } });
    const part = form.get('doc');
    expect(part).toBeInstanceOf(Blob);
    expect((part as Blob).type).toBe('application/xml');
  });
});
