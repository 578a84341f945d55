import { type ErrorShape, type RequestSummary } from './failures.js';
export { InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, type ErrorShape, type RequestSummary, type RequestValueLocation, } from './failures.js';
/** What `ApiError` reports, read from the response (see `readApiError`). */
export interface ApiErrorDetails<E extends ErrorShape = ErrorShape> {
    readonly status: E['status'];
    readonly code: string | undefined;
    readonly requestId: string | undefined;
    readonly clientRequestId: string | undefined;
    readonly date: string | undefined;
    readonly retryAfter: number | undefined;
    readonly body: E['body'];
    readonly response: Response;
    readonly request: RequestSummary;
}
/**
 * The service answered with a status outside 2xx. `code`, `message`, `requestId`,
 * `clientRequestId` and `date` come from Microsoft Graph's error envelope
 * (`{"error":{"code","message","innerError":{"request-id","client-request-id","date"}}}`) when the
 * body holds one, else from the `request-id` / `client-request-id` response headers.
 */
export declare class ApiError<E extends ErrorShape = ErrorShape> extends Error implements ApiErrorDetails<E> {
    readonly name = "ApiError";
    /** HTTP status code. */
    readonly status: E['status'];
    /** The service's error code (`error.code`), when the body had one. */
    readonly code: string | undefined;
    readonly requestId: string | undefined;
    readonly clientRequestId: string | undefined;
    /** When the service says the error happened (`innerError.date`). */
    readonly date: string | undefined;
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
/**
 * Read a non-2xx response into an `ApiError`. Tolerant: a body that is empty, not JSON, or JSON in
 * another shape still gives an error with the status, the headers' ids and the body as found.
 */
export declare function readApiError(response: Response, request: RequestSummary): Promise<ApiError>;
