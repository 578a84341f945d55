import { retryAfterSeconds } from "./retry.js";
class ApiError extends Error {
  name = "ApiError";
  /** HTTP status code. */
  status;
  /** The service's error code (`error.code`), when the body had one. */
  code;
  /** Seconds the service asked to wait (`Retry-After`), when it did. */
  retryAfter;
  /** The body: parsed JSON, the text when it is not JSON, `undefined` when empty. */
  body;
  /** The raw response. Its body has already been read into `body`. */
  response;
  request;
  constructor(message, details) {
    super(message);
    this.status = details.status;
    this.code = details.code;
    this.retryAfter = details.retryAfter;
    this.body = details.body;
    this.response = details.response;
    this.request = details.request;
  }
}
class NetworkError extends Error {
  constructor(request, cause) {
    super(`${request.method} ${request.url} failed before a response arrived: ${describe(cause)}`, {
      cause
    });
    this.request = request;
  }
  request;
  name = "NetworkError";
}
class TimeoutError extends Error {
  constructor(request, timeoutMs) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`);
    this.request = request;
    this.timeoutMs = timeoutMs;
  }
  request;
  timeoutMs;
  name = "TimeoutError";
}
class InvalidResponseError extends Error {
  constructor(message, request, response, cause) {
    super(message, cause === void 0 ? void 0 : { cause });
    this.request = request;
    this.response = response;
  }
  request;
  response;
  name = "InvalidResponseError";
}
class InvalidRequestError extends TypeError {
  constructor(message, location, parameter) {
    super(message);
    this.location = location;
    this.parameter = parameter;
  }
  location;
  parameter;
  name = "InvalidRequestError";
}
async function readApiError(response, request) {
  let text = "";
  try {
    text = await response.text();
  } catch {
  }
  const body = parseJsonOrText(text);
  const envelope = errorFields(body);
  const status = `${response.status} ${response.statusText}`.trim();
  return new ApiError(
    envelope?.message ?? `${request.method} ${request.url} failed: HTTP ${status}`,
    {
      status: response.status,
      code: envelope?.code,
      retryAfter: retryAfterSeconds(response.headers.get("retry-after")),
      body,
      response,
      request
    }
  );
}
function parseJsonOrText(text) {
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function errorFields(body) {
  if (!isRecord(body)) return void 0;
  const source = isRecord(body.error) ? body.error : body;
  const message = stringField(source, "message") ?? (typeof body.error === "string" ? body.error : void 0);
  const code = stringField(source, "code");
  if (message === void 0 && code === void 0) return void 0;
  return { code, message: message === "" ? void 0 : message };
}
function stringField(value, key) {
  if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, key)) return void 0;
  const field = value[key];
  return typeof field === "string" ? field : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(cause) {
  return cause instanceof Error ? cause.message : String(cause);
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  readApiError
};
