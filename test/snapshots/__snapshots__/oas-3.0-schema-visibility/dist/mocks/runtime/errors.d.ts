import type { HeaderReader, MockReply } from './exchange.js';

/** The ids of one request (the mock adds no id headers of its own). */
export interface RequestIds {
  readonly requestId: string;
  /** When the request was handled: ISO 8601, UTC, whole seconds. */
  readonly date: string;
}

/** One validation problem: its code, message and the JSON path of the property. */
export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly target?: string;
}

/** What an error may add: headers, and for validation errors the details and their target. */
export interface ErrorOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly details?: readonly ErrorDetail[];
  readonly target?: string;
}

/** An error response the operation declares (`404`, `4XX`, `default`): its media type and a sample body. */
export interface DeclaredError {
  readonly status: string;
  readonly contentType: string;
  readonly example: unknown;
}

export declare function requestIds(_request: { readonly headers: HeaderReader } | undefined, requestId: string, date: string): RequestIds;

/** Headers every response carries: none. */
export declare function idHeaders(_ids: RequestIds): Record<string, string>;

/** The `WWW-Authenticate` challenge of a 401 (RFC 6750). */
export declare const AUTHENTICATE_CHALLENGE = 'Bearer';

/**
 * An error response. When the operation declares a JSON body for the status (the exact code, else
 * `4XX`/`5XX`, else `default`), the body is the declared sample with its message, code and status
 * fields filled in; else `{"error":{"status","message"}}`.
 */
export declare function errorResponse(status: number, code: string, message: string, _ids: RequestIds, options?: ErrorOptions, declared?: readonly DeclaredError[] | undefined): MockReply;
