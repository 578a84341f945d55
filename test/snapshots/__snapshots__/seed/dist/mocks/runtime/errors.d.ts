import type { HeaderReader, MockReply } from './exchange.js';
import { graphError, idHeaders, type GraphErrorOptions, type RequestIds } from './graph-error.js';

export { idHeaders, type RequestIds };

/** What an error may add: headers, and for validation errors the details and their target. */
export type ErrorOptions = GraphErrorOptions;

/** The error responses an operation declares: the spec's own error bodies (unused here: Graph's envelope is the contract). */
export interface DeclaredError {
  readonly status: string;
  readonly contentType: string;
  readonly example: unknown;
}

/** The ids of one request: the caller's `client-request-id` is echoed, as Graph does. */
export declare function requestIds(request: { readonly headers: HeaderReader } | undefined, requestId: string, date: string): RequestIds;

/** The `WWW-Authenticate` challenge of a 401: what Graph sends. */
export declare const AUTHENTICATE_CHALLENGE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

/** An error response in Graph's envelope (the operation's declared errors are not needed). */
export declare function errorResponse(status: number, code: string, message: string, ids: RequestIds, options?: ErrorOptions, _declared?: readonly DeclaredError[] | undefined): MockReply;
