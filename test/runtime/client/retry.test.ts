import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isRetryableStatus, retryAfterSeconds, retryPolicy, sleep } from '../../../runtime/client/retry.js';

describe('runtime/client/retry', () => {
  it('retries 429 and 503 always, 504 only for idempotent methods, nothing else', () => {
    expect(isRetryableStatus('POST', 429)).toBe(true);
    expect(isRetryableStatus('PATCH', 503)).toBe(true);
    expect(isRetryableStatus('get', 504)).toBe(true);
    expect(isRetryableStatus('POST', 504)).toBe(false);
    expect(isRetryableStatus('GET', 500)).toBe(false);
    expect(isRetryableStatus('GET', 404)).toBe(false);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores what it cannot read', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 1.5 ', now)).toBe(1.5);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null, now)).toBeUndefined();
    expect(retryAfterSeconds('-5', now)).toBeUndefined();
    expect(retryAfterSeconds('soon-ish', now)).toBeUndefined();
  });

  it('makes a policy from options: defaults, `false` for one attempt, values clamped', () => {
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY_POLICY);
    expect(retryPolicy(false).maxAttempts).toBe(1);
    expect(retryPolicy({ maxAttempts: 0.5, baseDelayMs: -1 })).toEqual({ maxAttempts: 1, baseDelayMs: 0, maxDelayMs: DEFAULT_RETRY_POLICY.maxDelayMs });
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelayMs(1, policy, () => 1)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(400);
    expect(backoffDelayMs(10, policy, () => 1)).toBe(1000);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('sleeps, and rejects with the reason as soon as the signal aborts', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
