import { type ClientOptions } from './runtime/transport.js';
import { type ApiErrorDetails, type ApiErrorOf, type ErrorShape } from './runtime/errors.js';
export { InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { ApiErrorDetails, ApiErrorOf, ApiResult, ErrorShape, RequestSummary, RequestValueLocation, } from './runtime/errors.js';
export type { ReadResultOptions } from './runtime/result.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenRequest, TokenSource, } from './runtime/transport.js';
/** The declared error responses of every operation, by status. */
export type OperationError = ErrorShape;
/**
 * An error response (non-2xx). `ApiError<T.UpdateUserError>` is a union by status, so checking
 * `error.status` narrows `error.body` to what the operation declares for it; plain `ApiError` is
 * any operation's.
 */
export type ApiError<E extends ErrorShape = OperationError> = ApiErrorOf<E>;
/** The `ApiError` class: `e instanceof ApiError` narrows `e` to an error of one of the operations. */
export interface ApiErrorClass {
    new (message: string, details: ApiErrorDetails<OperationError>): ApiErrorOf<OperationError>;
    readonly prototype: ApiErrorOf<OperationError>;
}
export declare const ApiError: ApiErrorClass;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient {
}
/**
 * Create the client.
 *
 * A call validates its request body, then sends `Authorization: Bearer <token>` with `getToken()`'s
 * token when the operation is secured, retries 429/503/504 (see `RetryOptions`), and fails with
 * `ApiError` (non-2xx), `NetworkError`, `TimeoutError` or the caller's abort reason.
 */
export declare function createClient(options?: ClientOptions): ApiClient;
