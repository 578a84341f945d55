import { readBody, type BodyRead } from './request-body.js';

export type { BodyRead };

/** Header values by name (case-insensitive), as Fetch's `Headers#get` answers them. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** One request: method, absolute URL, headers and a body read on demand with a size limit. */
export interface MockRequest {
  readonly method: string;
  /** The absolute URL the request was sent to. */
  readonly url: string;
  readonly headers: HeaderReader;
  /** The body's bytes, or `tooLarge` once it passes `limit` (what is left is not read). */
  readBody(limit: number): Promise<BodyRead>;
}

/** One answer: status, headers with lower-case names, and the body (`null`: none). */
export interface MockReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | null;
}

/** A Fetch `Request` as the core reads it. */
export declare function fromFetchRequest(request: Request): MockRequest;

/** The core's answer as a Fetch `Response`. */
export declare function toFetchResponse(reply: MockReply): Response;

/** A request whose body is already in hand (a batch step): headers from a plain object. */
export declare function inMemoryRequest(method: string, url: string, headers: Readonly<Record<string, string>>, body: string | undefined): MockRequest;

/** The body of a reply as text (UTF-8). */
export declare function replyText(reply: MockReply): string;
