import { InvalidResponseError, type RequestSummary } from './errors.js';
import { encodeForm, encodeMultipart, type BodyEncoding } from './form-encoding.js';
import { streamItems } from './streams.js';

/** How a request body goes on the wire (from the spec's media type). */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary';

/** How a success response body is read. `none`: the operation declares no body. */
export type ResponseKind = 'json' | 'text' | 'binary' | 'none' | 'event-stream' | 'json-lines';

/** How binary responses are given to the caller: a `Blob` (default), an `ArrayBuffer`, or the body's stream. */
export type BinaryResponse = 'blob' | 'arrayBuffer' | 'stream';

/** The value of a binary response body for a `BinaryResponse` choice. */
export type BinaryBody<B extends BinaryResponse> = B extends 'arrayBuffer'
  ? ArrayBuffer
  : B extends 'stream'
    ? ReadableStream<Uint8Array>
    : Blob;

/** A serialised request body, as `fetch` takes it. */
export type RequestBody = string | FormData | Blob | ArrayBuffer | ArrayBufferView;

/**
 * Serialise a request body: JSON text, URL-encoded form text, `FormData` for multipart (both with
 * the spec's `encoding`, see `form-encoding.ts`), text as is, binary values untouched.
 */
export declare function encodeBody(kind: BodyKind, value: unknown, encoding?: BodyEncoding): RequestBody;

/**
 * Read a success response as the operation declares it. An empty body (204, HEAD, or nothing sent)
 * reads as `undefined`; JSON that does not parse is an `InvalidResponseError`.
 */
export declare function decodeBody(kind: ResponseKind, response: Response, request: RequestSummary, binary?: BinaryResponse): Promise<unknown>;

/**
 * Release a body we will not read, so the connection can be reused. Not awaited: cancelling a
 * tee'd stream (MSW tees every mocked response) settles only when every branch is cancelled.
 */
export declare function discardBody(response: Response): Promise<void>;
