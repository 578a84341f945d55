/** Which request failed. Headers are left out on purpose: they can carry credentials. */
export interface RequestSummary {
    readonly method: string;
    readonly url: string;
}
/** An error response as a type: its status (a literal or a union of literals) and its body. */
export interface ErrorShape {
    readonly status: number;
    readonly body: unknown;
}
/** What `ApiError` reports, read from the response (see `readApiError`). */
export interface ApiErrorDetails<E extends ErrorShape = ErrorShape> {
    readonly status: E['status'];
    readonly code: string | undefined;
    readonly retryAfter: number | undefined;
    readonly body: E['body'];
    readonly response: Response;
    readonly request: RequestSummary;
}
/**
 * The service answered with a status outside 2xx. `code` and `message` come from the body when it
 * is `{"error":{"code","message"}}` or `{"code","message"}`; `body` holds it as sent.
 */
export declare class ApiError<E extends ErrorShape = ErrorShape> extends Error implements ApiErrorDetails<E> {
    readonly name = "ApiError";
    /** HTTP status code. */
    readonly status: E['status'];
    /** The service's error code (`error.code`), when the body had one. */
    readonly code: string | undefined;
    /** Seconds the service asked to wait (`Retry-After`), when it did. */
    readonly retryAfter: number | undefined;
    /** The body: parsed JSON, the text when it is not JSON, `undefined` when empty. */
    readonly body: E['body'];
    /** The raw response. Its body has already been read into `body`. */
    readonly response: Response;
    readonly request: RequestSummary;
    constructor(message: string, details: ApiErrorDetails<E>);
}
/**
 * `ApiError` for each member of an error union: `ApiErrorOf<{ status: 404; body: A } | { status: 500; body: B }>`
 * is a union of errors, so `error.status === 404` narrows `error.body` to `A`.
 */
export type ApiErrorOf<E extends ErrorShape> = E extends ErrorShape ? ApiError<E> : never;
/**
 * What a non-throwing call resolves to: the data of a 2xx response, or the typed `ApiError` of any
 * other status; `response` either way. (A call that gets no response still rejects: network,
 * timeout, abort, an invalid request.)
 */
export type ApiResult<Data, E extends ErrorShape = ErrorShape> = {
    readonly ok: true;
    readonly data: Data;
    readonly response: Response;
} | {
    readonly ok: false;
    readonly error: ApiErrorOf<E>;
    readonly response: Response;
};
/** The request never got a response: DNS, connection, TLS or a `fetch` that threw. */
export declare class NetworkError extends Error {
    readonly request: RequestSummary;
    readonly name = "NetworkError";
    constructor(request: RequestSummary, cause: unknown);
}
/** The call took longer than its `timeoutMs` (counted over every attempt and wait). */
export declare class TimeoutError extends Error {
    readonly request: RequestSummary;
    readonly timeoutMs: number;
    readonly name = "TimeoutError";
    constructor(request: RequestSummary, timeoutMs: number);
}
/** A 2xx response whose body is not what the operation declares (for example, malformed JSON). */
export declare class InvalidResponseError extends Error {
    readonly request: RequestSummary;
    readonly response: Response;
    readonly name = "InvalidResponseError";
    constructor(message: string, request: RequestSummary, response: Response, cause?: unknown);
}
/** Where a bad request value was found. */
export type RequestValueLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';
/**
 * A value that cannot be put into a request: a missing or empty path value, a header value with a
 * line break, a missing required body. Thrown before anything is sent.
 */
export declare class InvalidRequestError extends TypeError {
    readonly location: RequestValueLocation;
    /** The parameter's name as in the spec (absent for the body). */
    readonly parameter?: string | undefined;
    readonly name = "InvalidRequestError";
    constructor(message: string, location: RequestValueLocation, 
    /** The parameter's name as in the spec (absent for the body). */
    parameter?: string | undefined);
}
/**
 * Read a non-2xx response into an `ApiError`. Tolerant: a body that is empty, not JSON, or JSON in
 * another shape still gives an error with the status, the headers' ids and the body as found.
 */
export declare function readApiError(response: Response, request: RequestSummary): Promise<ApiError>;
