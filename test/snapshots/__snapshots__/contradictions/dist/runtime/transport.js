import { decodeBody, discardBody } from "./body.js";
import { resolveCredentials } from "./credentials.js";
import {
  ApiError,
  NetworkError,
  TimeoutError,
  readApiError
} from "./errors.js";
import {
  backoffDelayMs,
  isRetryableStatus,
  retryAfterSeconds,
  retryPolicy,
  sleep
} from "./retry.js";
function createTransport(options = {}) {
  const policy = retryPolicy(options.retry);
  const validation = validationOf(options.validate);
  async function run(operation, build, call) {
    if (call.signal?.aborted === true) throw call.signal.reason;
    const controller = new AbortController();
    const signal = controller.signal;
    const forwardAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener("abort", forwardAbort, { once: true });
    let request = {
      method: operation.method,
      url: operation.pathTemplate
    };
    const timeoutMs = call.timeoutMs ?? options.timeoutMs;
    const timer = timeoutMs === void 0 ? void 0 : setTimeout(() => controller.abort(new TimeoutError(request, timeoutMs)), timeoutMs);
    try {
      const getToken = options.getToken;
      const attempt = async (refresh) => {
        const token = operation.bearerAuth && getToken !== void 0 ? await untilAborted(
          Promise.resolve().then(
            () => refresh ? getToken({ forceRefresh: true }) : getToken()
          ),
          signal
        ) : void 0;
        const credentials = operation.security === void 0 ? void 0 : await untilAborted(
          resolveCredentials(operation.security, options.credentials),
          signal
        );
        const built = build({
          baseUrl: options.baseUrl,
          token: token ?? void 0,
          credentials,
          headers: { ...options.headers, ...call.headers },
          validate: validation.request
        });
        request = { method: built.method, url: built.url };
        return exchange(
          options.fetch,
          built,
          operation,
          policy,
          signal,
          validation.response,
          options.binaryResponse
        );
      };
      let result;
      try {
        result = await attempt(false);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401 || !operation.bearerAuth || getToken === void 0)
          throw error;
        result = await attempt(true);
      }
      if (validation.response) operation.checkResponse?.(result.value);
      options.onResponse?.(result.response);
      call.onResponse?.(result.response);
      return result;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", forwardAbort);
    }
  }
  return {
    async send(operation, build, call = {}) {
      return (await run(operation, build, call)).value;
    },
    async sendResult(operation, build, call = {}) {
      try {
        const { value, response } = await run(operation, build, call);
        return { ok: true, data: value, response };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error, response: error.response };
        throw error;
      }
    }
  };
}
async function exchange(fetchOption, built, operation, policy, signal, validateErrors, binary) {
  const fetchFn = fetchOption ?? globalThis.fetch;
  if (typeof fetchFn !== "function")
    throw new TypeError("no fetch available: pass createClient({ fetch })");
  const request = { method: built.method, url: built.url };
  const init = {
    method: built.method,
    headers: built.headers,
    signal,
    ...built.body === void 0 ? {} : { body: built.body }
  };
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await untilAborted(fetchFn(built.url, init), signal);
    } catch (error2) {
      if (signal.aborted) throw signal.reason;
      throw new NetworkError(request, error2);
    }
    if (response.ok)
      return {
        value: await untilAborted(
          decodeBody(operation.response, response, request, binary),
          signal
        ),
        response
      };
    if (attempt < policy.maxAttempts && isRetryableStatus(built.method, response.status)) {
      const retryAfter = retryAfterSeconds(response.headers.get("retry-after"));
      const delay = retryAfter === void 0 ? backoffDelayMs(attempt, policy) : retryAfter * 1e3;
      if (delay <= policy.maxDelayMs) {
        await discardBody(response);
        await sleep(delay, signal);
        continue;
      }
    }
    const error = await untilAborted(readApiError(response, request), signal);
    if (validateErrors) operation.checkError?.(error.status, error.body);
    throw error;
  }
}
function untilAborted(promise, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
function validationOf(option) {
  if (option === void 0) return { request: true, response: false };
  if (typeof option === "boolean") return { request: option, response: option };
  return {
    request: option.request ?? true,
    response: option.response ?? false
  };
}
export {
  createTransport
};
