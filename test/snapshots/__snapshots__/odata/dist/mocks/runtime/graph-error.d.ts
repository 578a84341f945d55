import type { MockReply } from './exchange.js';

/** The ids every response carries (headers) and every error repeats (`innerError`). */
export interface RequestIds {
  readonly requestId: string;
  /** The caller's `client-request-id` header, else the request id (as Graph does). */
  readonly clientRequestId: string;
  /** When the request was handled: ISO 8601, UTC, whole seconds. */
  readonly date: string;
}

/** One entry of `error.details`: for validation errors, `target` is the JSON path of the property. */
export interface GraphErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly target?: string;
}

export interface GraphErrorOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly details?: readonly GraphErrorDetail[];
  readonly target?: string;
}

/** The `request-id` / `client-request-id` headers of a response. */
export declare function idHeaders(ids: RequestIds): Record<string, string>;

/**
 * An error response as Microsoft Graph sends it:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`
 * (https://learn.microsoft.com/en-us/graph/errors).
 */
export declare function graphError(status: number, code: string, message: string, ids: RequestIds, options?: GraphErrorOptions): MockReply;
