import { type RequestSummary } from './errors.js';
/** How a request body goes on the wire (from the spec's media type). */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary';
/** How a success response body is read. `none`: the operation declares no body. */
export type ResponseKind = 'json' | 'text' | 'binary' | 'none';
/** A serialised request body, as `fetch` takes it. */
export type RequestBody = string | FormData | Blob | ArrayBuffer | ArrayBufferView;
/**
 * Serialise a request body: JSON text, URL-encoded form text, `FormData` for multipart, text as is,
 * binary values untouched. Form and multipart fields: lists repeat the field, objects are JSON.
 */
export declare function encodeBody(kind: BodyKind, value: unknown): RequestBody;
/**
 * Read a success response as the operation declares it. An empty body (204, HEAD, or nothing sent)
 * reads as `undefined`; JSON that does not parse is an `InvalidResponseError`.
 */
export declare function decodeBody(kind: ResponseKind, response: Response, request: RequestSummary): Promise<unknown>;
/**
 * Release a body we will not read, so the connection can be reused. Not awaited: cancelling a
 * tee'd stream (MSW tees every mocked response) settles only when every branch is cancelled.
 */
export declare function discardBody(response: Response): Promise<void>;
