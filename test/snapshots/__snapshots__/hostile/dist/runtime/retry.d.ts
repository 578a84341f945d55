/** How throttled and unavailable responses (429, 503, 504) are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 3). 1 turns retries off. */
  readonly maxAttempts?: number;
  /** First backoff step when the response has no `Retry-After` (default 500 ms; doubles per attempt, jittered). */
  readonly baseDelayMs?: number;
  /**
   * The longest wait (default 60 000 ms). A `Retry-After` asking for more is not waited for: the
   * `ApiError` is thrown at once, with `retryAfter` set, so the caller can decide.
   */
  readonly maxDelayMs?: number;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export declare const DEFAULT_RETRY_POLICY: RetryPolicy;

export declare function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy;

/**
 * Whether a status is worth another attempt. 429 and 503 mean the request was turned away
 * unprocessed, so every method is retried; after a 504 the request may have taken effect, so only
 * idempotent methods are (https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2).
 */
export declare function isRetryableStatus(method: string, status: number): boolean;

/**
 * `Retry-After` in seconds: delay-seconds (also fractional, which some services send) or an
 * HTTP date (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3). `undefined` when absent or
 * unreadable; a date in the past gives 0.
 */
export declare function retryAfterSeconds(header: string | null, now?: number): number | undefined;

/** Backoff without `Retry-After`: exponential, capped, with full jitter so clients do not retry in step. */
export declare function backoffDelayMs(attempt: number, policy: RetryPolicy, random?: () => number): number;

/** Wait `ms`; rejects with the signal's reason as soon as it is aborted. */
export declare function sleep(ms: number, signal: AbortSignal): Promise<void>;
