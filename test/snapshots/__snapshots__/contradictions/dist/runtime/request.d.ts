import { encodeBody, type BodyKind, type RequestBody, type ResponseKind } from './body.js';
import type { BodyEncoding } from './form-encoding.js';
import {
  applyCredentials,
  type CredentialValues,
  type SecurityRequirements,
} from './credentials.js';
import { InvalidRequestError } from './errors.js';
import {
  checkHeaderValue,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter,
  type ParameterSpec,
} from './url.js';

/** Everything the runtime needs to know about one operation, generated from the spec. */
export interface OperationSpec {
  /** Upper case: `PATCH`. */
  readonly method: string;
  /** The path as in the spec (`/users/{usersId}`), for messages. */
  readonly pathTemplate: string;
  /** The path: literal text (already URL-safe) and path parameters, in order. */
  readonly path: readonly (string | ParameterSpec)[];
  /** Query, header and cookie parameters, in the spec's order. */
  readonly parameters: readonly ParameterSpec[];
  /** The first of the spec's `servers`, its variables replaced by their defaults. */
  readonly baseUrl: string;
  /** The `Accept` header: the success responses' media types. */
  readonly accept?: string;
  readonly body?: {
    readonly kind: BodyKind;
    readonly contentType: string;
    readonly required: boolean;
    readonly encoding?: BodyEncoding;
  };
  /** The operation declares security: `Authorization: Bearer <token>` is sent when there is a token. */
  readonly bearerAuth: boolean;
  /** The operation's security requirements (any one suffices), when it declares some. */
  readonly security?: SecurityRequirements;
  readonly response: ResponseKind;
  /** Throws when a request body is invalid (the generated validators). */
  readonly checkBody?: (value: unknown) => void;
  /** Throws when a response body is invalid (the generated validators). */
  readonly checkResponse?: (value: unknown) => void;
  /** Throws when an error response's body is not what the operation declares for its status. */
  readonly checkError?: (status: number, value: unknown) => void;
}

/** What a pure builder needs besides the operation's parameters and body. */
export interface BuildOptions {
  /** Replaces the spec's server URL. */
  readonly baseUrl?: string | undefined;
  /** Sent as `Authorization: Bearer <token>` when the operation declares security. */
  readonly token?: string | undefined;
  /** API keys, HTTP Basic, a Bearer token: sent as the operation's security requirements ask. */
  readonly credentials?: CredentialValues | undefined;
  /** Extra headers; they win over the generated ones (names compared without case). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Validate the body first (default `true`; needs the generated validators). */
  readonly validate?: boolean | undefined;
}

/** A request, ready for `fetch(url, { method, headers, body })`. */
export interface BuiltRequest {
  readonly method: string;
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: RequestBody | undefined;
}

/** Parameter values by location, keyed by the names in the spec. */
export interface ParameterValues {
  readonly path?: object;
  readonly query?: object;
  readonly header?: object;
  readonly cookie?: object;
}

/**
 * The request an operation would send, without sending it: the body validated and serialised, the
 * path values encoded, the query and headers written per the spec. Throws `InvalidRequestError` (or
 * the validators' `ValidationError`) for values that cannot be sent.
 */
export declare function buildRequest(operation: OperationSpec, parameters: ParameterValues, body: unknown, options?: BuildOptions): BuiltRequest;
