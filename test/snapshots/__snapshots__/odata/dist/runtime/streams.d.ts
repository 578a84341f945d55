import { InvalidResponseError, type RequestSummary } from './errors.js';

/** One Server-Sent Event (the WHATWG event stream format): `data` lines joined with newlines. */
export interface ServerSentEvent {
  data: string;
  event?: string;
  id?: string;
  retry?: number;
}

/**
 * The items of a streamed response as they arrive: each Server-Sent Event (`event-stream`), or
 * each JSON value of JSON Lines / NDJSON / JSON text sequences (`json-lines`). The body is read
 * once: iterating a second time yields nothing. Breaking out of the loop cancels the body.
 */
export declare function streamItems(kind: 'event-stream' | 'json-lines', response: Response, request: RequestSummary): AsyncIterable<unknown>;
