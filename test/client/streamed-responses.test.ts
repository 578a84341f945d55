import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from '../mocks/mock-package.js';

interface ClientModule {
  createClient(options: { retry: false; fetch: (url: string, init: RequestInit) => Promise<Response> }): {
    events: { stream: { get(): Promise<AsyncIterable<unknown>> }; export: { get(): Promise<AsyncIterable<unknown>> } };
  };
  InvalidResponseError: new (...args: never[]) => Error;
}

/** A body that arrives in the given chunks (split anywhere, even inside a line or a CRLF). */
function chunked(chunks: string[], type: string): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': type } });
}

/**
 * Streamed responses (OpenAPI 3.2 `itemSchema`, test/fixtures/specs/openapi-3.2) read as the
 * event stream and JSON Lines formats say: events end at a blank line, `data` lines join with a
 * newline, comments and unknown fields are skipped, lines end in LF, CRLF or CR even when split
 * across chunks; JSON Lines skip blank lines and report a line that is not JSON.
 */
let pkg: GeneratedPackage;
beforeAll(async () => {
  pkg = await generatePackage(['test/fixtures/specs/openapi-3.2']);
});
afterAll(() => pkg?.remove());

const collect = async (items: AsyncIterable<unknown>): Promise<unknown[]> => {
  const out: unknown[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('streamed responses', () => {
  it('reads Server-Sent Events', async () => {
    const body = [': comment\r\nevent: created\r', '\nid: 1\r\ndata: a\r\ndata:  b\r\n\r\n', 'data: {"x":1}\n', 'retry: 5\nfoo: bar\n\n', 'data: dropped at the end'];
    const client = (pkg.root as unknown as ClientModule).createClient({ retry: false, fetch: async () => chunked(body, 'text/event-stream') });
    expect(await collect(await client.events.stream.get())).toEqual([
      { event: 'created', id: '1', data: 'a\n b' },
      { data: '{"x":1}', retry: 5 },
    ]);
  });

  it('reads JSON Lines, and refuses a line that is not JSON', async () => {
    const root = pkg.root as unknown as ClientModule;
    const ok = root.createClient({ retry: false, fetch: async () => chunked(['{"id":"1","kind":"cre', 'ated"}\n\n', '{"id":"2","kind":"deleted"}'], 'application/jsonl') });
    expect(await collect(await ok.events.export.get())).toEqual([
      { id: '1', kind: 'created' },
      { id: '2', kind: 'deleted' },
    ]);
    const bad = root.createClient({ retry: false, fetch: async () => chunked(['{"id":"1","kind":"created"}\n{oops\n'], 'application/jsonl') });
    await expect(collect(await bad.events.export.get())).rejects.toBeInstanceOf(root.InvalidResponseError);
  });
});
