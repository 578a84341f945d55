import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryableStatus, retryAfterSeconds, retryPolicy } from '../../generated/dist/runtime/retry.js';

describe('retryAfterSeconds', () => {
  const now = Date.parse('2024-05-01T10:00:00Z');
  it.each<[string | null, number | undefined]>([
    ['1', 1],
    ['120', 120],
    ['0.25', 0.25],
    [' 2 ', 2],
    ['Wed, 01 May 2024 10:00:30 GMT', 30],
    ['Wed, 01 May 2024 09:00:00 GMT', 0],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s', (header, seconds) => expect(retryAfterSeconds(header, now)).toBe(seconds));
});

describe('isRetryableStatus', () => {
  it.each<[string, number, boolean]>([
    ['GET', 429, true],
    ['GET', 503, true],
    ['GET', 504, true],
    ['DELETE', 504, true],
    ['PUT', 504, true],
    ['POST', 429, true],
    ['POST', 503, true],
    ['POST', 504, false],
    ['PATCH', 504, false],
    ['GET', 500, false],
    ['GET', 502, false],
    ['GET', 404, false],
  ])('%s %i → %s', (method, status, retry) => expect(isRetryableStatus(method, status)).toBe(retry));
});

describe('backoff', () => {
  const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });
  it('doubles per attempt, capped, scaled by the jitter', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(attempt, policy, () => 1))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(backoffDelayMs(3, policy, () => 0.25)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('reads options with defaults, and false as a single attempt', () => {
    expect(retryPolicy(undefined)).toEqual({ maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 60_000 });
    expect(retryPolicy(false).maxAttempts).toBe(1);
    expect(retryPolicy({ maxAttempts: 0 }).maxAttempts).toBe(1);
  });
});
