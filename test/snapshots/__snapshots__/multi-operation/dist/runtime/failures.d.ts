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
/** A response body as sent: JSON when it parses, else the text (`undefined` when empty). */
export declare function parseJsonOrText(text: string): unknown;
/** An own string property of a JSON object, if there is one. */
export declare function stringField(value: unknown, key: string): string | undefined;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
