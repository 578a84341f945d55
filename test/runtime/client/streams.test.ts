import { describe, expect, it } from 'vitest';
import { streamItems } from '../../../runtime/client/streams.js';

const request = { method: 'GET', url: 'https://api.example.test/events' };

async function collect(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A response whose body arrives in the given chunks (split anywhere, also inside a line). */
function chunked(chunks: string[]): Response {
  const encoder = new TextEncoder();
  return new Response(new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  }));
}

describe('runtime/client/streams', () => {
  it('parses Server-Sent Events: multi-line data, event names, ids, comments ignored', async () => {
    const events = await collect(streamItems('event-stream', chunked([': hello\n', 'event: add\nid: 1\ndata: a\nda', 'ta: b\n\n', 'data: c\r\n\r\n']), request));
    expect(events).toEqual([{ data: 'a\nb', event: 'add', id: '1' }, { data: 'c' }]);
  });

  it('parses JSON Lines across chunk borders, skipping blank lines', async () => {
    const items = await collect(streamItems('json-lines', chunked(['{"a":1}\n\n{"b"', ':[2]}\n', '3']), request));
    expect(items).toEqual([{ a: 1 }, { b: [2] }, 3]);
  });
});
