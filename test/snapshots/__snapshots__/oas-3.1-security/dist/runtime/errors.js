import { retryAfterSeconds } from "./retry.js";
import {
  isRecord,
  parseJsonOrText,
  stringField
} from "./failures.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./failures.js";
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
function errorFields(body) {
  if (!isRecord(body)) return void 0;
  const source = isRecord(body.error) ? body.error : body;
  const message = stringField(source, "message") ?? (typeof body.error === "string" ? body.error : void 0);
  const code = stringField(source, "code");
  if (message === void 0 && code === void 0) return void 0;
  return { code, message: message === "" ? void 0 : message };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  readApiError
};
