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
  requestId;
  clientRequestId;
  /** When the service says the error happened (`innerError.date`). */
  date;
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
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.date = details.date;
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
  const envelope = graphErrorEnvelope(body);
  const inner = envelope?.inner;
  const status = `${response.status} ${response.statusText}`.trim();
  return new ApiError(
    envelope?.message ?? `${request.method} ${request.url} failed: HTTP ${status}`,
    {
      status: response.status,
      code: envelope?.code,
      requestId: stringField(inner, "request-id") ?? response.headers.get("request-id") ?? void 0,
      clientRequestId: stringField(inner, "client-request-id") ?? response.headers.get("client-request-id") ?? void 0,
      date: stringField(inner, "date"),
      retryAfter: retryAfterSeconds(response.headers.get("retry-after")),
      body,
      response,
      request
    }
  );
}
function graphErrorEnvelope(body) {
  if (!isRecord(body) || !isRecord(body.error)) return void 0;
  const error = body.error;
  const message = stringField(error, "message");
  return {
    code: stringField(error, "code"),
    message: message === "" ? void 0 : message,
    inner: error.innerError ?? error.innererror
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  readApiError
};
