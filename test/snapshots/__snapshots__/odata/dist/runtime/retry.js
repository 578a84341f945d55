const DEFAULT_RETRY_POLICY = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 6e4
};
function retryPolicy(options) {
  if (options === false) return { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
  return {
    maxAttempts: Math.max(1, Math.floor(options?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts)),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs)
  };
}
function isRetryableStatus(method, status) {
  if (status === 429 || status === 503) return true;
  return status === 504 && IDEMPOTENT_METHODS.has(method.toUpperCase());
}
const IDEMPOTENT_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
function retryAfterSeconds(header, now = Date.now()) {
  if (header === null) return void 0;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  if (!/[a-z]/i.test(value)) return void 0;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, (date - now) / 1e3);
}
function backoffDelayMs(attempt, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
export {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  isRetryableStatus,
  retryAfterSeconds,
  retryPolicy,
  sleep
};
