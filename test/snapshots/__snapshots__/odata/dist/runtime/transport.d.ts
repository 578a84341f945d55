import { decodeBody, discardBody, type BinaryResponse } from './body.js';
import { resolveCredentials, type CredentialOptions } from './credentials.js';
import {
  ApiError,
  NetworkError,
  TimeoutError,
  readApiError,
  type ApiResult,
  type ErrorShape,
  type RequestSummary,
} from './errors.js';
import type { BuildOptions, BuiltRequest, OperationSpec } from './request.js';
import {
  backoffDelayMs,
  isRetryableStatus,
  retryAfterSeconds,
  retryPolicy,
  sleep,
  type RetryOptions,
  type RetryPolicy,
} from './retry.js';

/** The part of `fetch` the client uses; the global `fetch` fits, and so does any fake. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Gives the access token to send as `Authorization: Bearer <token>`; may be async. After a 401 the
 * client asks once more with `{ forceRefresh: true }` (skip any cached token) and retries the call
 * once with the new token.
 */
export type TokenSource = (
  options?: TokenRequest,
) => string | null | undefined | Promise<string | null | undefined>;

/** What the client asks `getToken` for. */
export interface TokenRequest {
  /** The last token was refused (401): return a new one, not a cached one. */
  readonly forceRefresh?: boolean;
}

export interface ClientOptions {
  /** Replaces the spec's server URL (another environment, a proxy, a mock). */
  readonly baseUrl?: string | undefined;
  /** Default: the global `fetch`, looked up at call time. */
  readonly fetch?: FetchLike | undefined;
  /** Called (and awaited) before each call to an operation that declares security. */
  readonly getToken?: TokenSource | undefined;
  /** API keys, HTTP Basic, a Bearer token: each call sends what its operation's security asks for. */
  readonly credentials?: CredentialOptions | undefined;
  /** Binary response bodies as a `Blob` (default), an `ArrayBuffer`, or the body's `ReadableStream`. */
  readonly binaryResponse?: BinaryResponse | undefined;
  /** Sent with every request; a call's own `headers` win. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Retries of 429/503/504 (default: 3 attempts); `false` turns them off. */
  readonly retry?: RetryOptions | false | undefined;
  /**
   * Validate request bodies before sending (default `true`) and success responses after
   * receiving (default `false`). `true`/`false` set both.
   */
  readonly validate?:
    | boolean
    | {
        readonly request?: boolean | undefined;
        readonly response?: boolean | undefined;
      }
    | undefined;
  /** Default time limit of a call, in milliseconds, over every attempt and wait (default: none). */
  readonly timeoutMs?: number | undefined;
  /** Called with every successful response, once its body is read: its status, headers and URL. */
  readonly onResponse?: ((response: Response) => void) | undefined;
}

/** What every call accepts. */
export interface RequestOptions {
  /** Aborts the call, also while it waits to retry. */
  readonly signal?: AbortSignal | undefined;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Time limit of this call, in milliseconds, over every attempt and wait; then `TimeoutError`. */
  readonly timeoutMs?: number | undefined;
  /**
   * Called with this call's successful response, once its body is read: its status, headers
   * (`Link`, rate limits, `ETag`, ...) and URL. (A failed call's response is `ApiError.response`.)
   */
  readonly onResponse?: ((response: Response) => void) | undefined;
}

export interface Transport {
  /** Build (with the token) and send a request, retrying and reading the response as `operation` says. */
  send(
    operation: OperationSpec,
    build: (options: BuildOptions) => BuiltRequest,
    options?: RequestOptions,
  ): Promise<unknown>;
  /** As `send`, but an `ApiError` resolves as `{ ok: false, error, response }` and data as `{ ok: true, data, response }`. */
  sendResult(
    operation: OperationSpec,
    build: (options: BuildOptions) => BuiltRequest,
    options?: RequestOptions,
  ): Promise<ApiResult<unknown, ErrorShape>>;
}

export declare function createTransport(options?: ClientOptions): Transport;
