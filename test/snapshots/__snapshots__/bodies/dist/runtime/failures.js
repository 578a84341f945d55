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
function parseJsonOrText(text) {
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  isRecord,
  parseJsonOrText,
  stringField
};
