/** One request as the fake `fetch` saw it. */
export interface RecordedRequest {
  url: string;
  method: string | undefined;
  /** Exactly the headers object the client passed. */
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | undefined;
}

/** A response for the next call: a factory (a `Response` can be read once), or an error to throw. */
export type Reply = (() => Response) | Error;

/**
 * A `fetch` that records every request and answers from a queue. A call beyond the queue fails the
 * test loudly instead of hanging.
 */
export function recordingFetch(...replies: Reply[]): { fetch: (url: string, init: RequestInit) => Promise<Response>; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const queue = [...replies];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({ url, method: init.method, headers: init.headers as Record<string, string>, body: init.body, signal: init.signal ?? undefined });
    const reply = queue.shift();
    if (reply === undefined) throw new Error(`unexpected request #${requests.length}: ${init.method} ${url}`);
    if (reply instanceof Error) throw reply;
    return reply();
  };
  return { fetch, requests };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const text = (status: number, body: string, headers: Record<string, string> = {}) => () => new Response(body, { status, headers });

/** A promise and its resolver, to control when an async dependency answers. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
