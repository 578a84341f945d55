import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from './mock-package.js';
import { httpTransport, type RunningMock } from './transports.js';

interface ClientModule {
  createClient(options: { baseUrl?: string; retry?: false; fetch?: (url: string, init: RequestInit) => Promise<Response> }): {
    documents: {
      post(body: { file: Blob | string; metadata: { title: string; pages?: number }; tags?: string[]; note?: string }): Promise<{ id?: string }>;
      search: { post(body: { ids: number[]; exact?: boolean; limit?: number; range?: { from?: number; to?: number } }): Promise<undefined> };
      byDocumentId(id: string): { note: { put(body: string): Promise<undefined> }; content: { get(): Promise<Blob> } };
    };
  };
  ApiError: new (...args: never[]) => Error & { status: number; body: unknown };
}

/**
 * Bodies other than JSON end to end, the generated client against the mock server on 127.0.0.1
 * (test/fixtures/specs/bodies): a multipart upload with a file part and a JSON part (its
 * `encoding` says application/json), a URL-encoded form with `explode: false` and `deepObject`
 * fields, a text body, and a binary download. The mock reads each body back and validates it:
 * a missing part or a field of the wrong type is a 400 naming it.
 */
let pkg: GeneratedPackage;
let client: ClientModule;
beforeAll(async () => {
  pkg = await generatePackage(['test/fixtures/specs/bodies']);
  client = pkg.root as unknown as ClientModule;
});
afterAll(() => pkg?.remove());

describe('bodies against the mock server', () => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });
  const recording = () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const api = client.createClient({
      baseUrl: mock!.base,
      retry: false,
      fetch: (url, init) => {
        sent.push({ url, init });
        return fetch(url, init);
      },
    });
    return { api, sent };
  };
  const failure = (call: Promise<unknown>) => call.then(() => undefined, (e: unknown) => (e instanceof client.ApiError ? e : Promise.reject(e)));

  it('uploads a file part and a JSON part (application/json), and the mock checks both', async () => {
    mock = await httpTransport.start(pkg);
    const { api, sent } = recording();
    const file = new File([new Uint8Array([37, 80, 68, 70])], 'report.pdf');
    await expect(api.documents.post({ file, metadata: { title: 'Q3', pages: 4 }, tags: ['a', 'b'] })).resolves.toBeDefined();
    const wire = await new Response(sent[0]!.init.body as FormData).text();
    expect(wire).toMatch(/name="metadata"\r\nContent-Type: application\/json\r\n\r\n\{"title":"Q3","pages":4\}/);
    // The file had no type: the encoding's first content type is given.
    expect(wire).toMatch(/name="file"; filename="report.pdf"\r\nContent-Type: application\/pdf/);

    // The client refuses the invalid body before sending it; the mock refuses it too when another client sends it.
    await expect(recording().api.documents.post({ metadata: { title: 'x' } } as never)).rejects.toThrow(/file/);
    const upload = async (parts: [string, string | Blob][]) => {
      const form = new FormData();
      for (const [name, value] of parts) form.append(name, value);
      const response = await fetch(`${mock!.base}/documents`, { method: 'POST', body: form });
      return { status: response.status, message: ((await response.json()) as { error?: { message?: string } }).error?.message ?? '' };
    };
    const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });
    const missingFile = await upload([['metadata', json({ title: 'x' })]]);
    expect(missingFile.status).toBe(400);
    expect(missingFile.message).toMatch(/file/);
    const badJson = await upload([['file', file], ['metadata', json({ title: '' })]]);
    expect(badJson.status).toBe(400);
    expect(badJson.message).toMatch(/metadata\.title/);
    const notJson = await upload([['file', file], ['metadata', new Blob(['{oops'], { type: 'application/json' })]]);
    expect(notJson).toEqual({ status: 400, message: expect.stringMatching(/part "metadata" is not valid JSON/) });
    expect((await upload([['file', file], ['metadata', json({ title: 'ok', pages: 2 })], ['tags', 'a'], ['tags', 'b']])).status).toBe(201);
  });

  it('sends a URL-encoded form with style and explode, and the mock reads the fields back typed', async () => {
    mock = await httpTransport.start(pkg);
    const { api, sent } = recording();
    await expect(api.documents.search.post({ ids: [1, 2, 3], exact: true, range: { from: 1, to: 9 } })).resolves.toBeUndefined();
    expect(sent[0]!.init.body).toBe('ids=1,2,3&exact=true&range[from]=1&range[to]=9');
    expect(new Headers(sent[0]!.init.headers).get('content-type')).toBe('application/x-www-form-urlencoded');
    // What another client might send: a field that is not an integer, a limit over the maximum.
    const raw = (body: string) => fetch(`${mock!.base}/documents/search`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const notIntegers = await raw('ids=x');
    expect(notIntegers.status).toBe(400);
    expect(((await notIntegers.json()) as { error: { message: string } }).error.message).toMatch(/ids/);
    const overLimit = await raw('ids=1,2&limit=500');
    expect(overLimit.status).toBe(400);
    expect(((await overLimit.json()) as { error: { message: string } }).error.message).toMatch(/limit/);
    expect((await raw('ids=1,2&limit=5')).status).toBe(204);
    expect((await raw('exact=true')).status).toBe(400);
  });

  it('sends a text body, and the mock validates it as text', async () => {
    mock = await httpTransport.start(pkg);
    await expect(recording().api.documents.byDocumentId('d1').note.put('short note')).resolves.toBeUndefined();
    const tooLong = await failure(recording().api.documents.byDocumentId('d1').note.put('x'.repeat(21)));
    expect(tooLong?.status).toBe(400);
  });

  it('downloads a binary response as bytes', async () => {
    mock = await httpTransport.start(pkg);
    const blob = await recording().api.documents.byDocumentId('d1').content.get();
    expect(blob).toBeInstanceOf(Blob);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);
    const direct = await fetch(`${mock.base}/documents/d1/content`);
    expect(direct.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await direct.arrayBuffer())).toEqual(bytes);
    // By choice: an ArrayBuffer, or the body's stream.
    const asBuffer = client.createClient({ baseUrl: mock.base, retry: false, binaryResponse: 'arrayBuffer' } as never) as unknown as { documents: { byDocumentId(id: string): { content: { get(): Promise<ArrayBuffer> } } } };
    const buffer = await asBuffer.documents.byDocumentId('d1').content.get();
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(buffer)).toEqual(bytes);
    const asStream = client.createClient({ baseUrl: mock.base, retry: false, binaryResponse: 'stream' } as never) as unknown as { documents: { byDocumentId(id: string): { content: { get(): Promise<ReadableStream<Uint8Array>> } } } };
    const stream = await asStream.documents.byDocumentId('d1').content.get();
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(bytes);
  });

  it('types a binary response by the binaryResponse choice', async () => {
    const client = pkg.files.get('src/client.ts')!;
    expect(client).toMatch(/export function createClient<B extends BinaryResponse = 'blob'>\(\s*options: ApiClientOptions<B> = \{\},?\s*\): ApiClient<B>/);
    expect(client).toMatch(/Promise<Exclude<T\.DownloadDocumentResponse, globalThis\.Blob> \| BinaryBody<B>>/);
  });
});
