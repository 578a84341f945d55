import { InvalidRequestError } from './errors.js';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export type ParameterStyle =
  'simple' | 'form' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** How one parameter is written into a request. */
export interface ParameterSpec {
  /** The name as in the spec. */
  readonly name: string;
  readonly in: ParameterLocation;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  readonly required: boolean;
  /** Query only: leave RFC 3986 reserved characters (except `&`, `#`) unencoded. */
  readonly allowReserved?: boolean;
}

/**
 * Percent-encode everything but RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`):
 * `a/b@c#d` → `a%2Fb%40c%23d`.
 */
export declare function encodeComponent(value: string): string;

/**
 * A path value (styles simple, label, matrix). Missing and empty values are refused — they would
 * silently address another resource — and so are `.` and `..`, which URL parsers resolve away.
 */
export declare function serializePathParameter(spec: ParameterSpec, value: unknown): string;

/**
 * A query parameter as `name=value` pairs, already encoded (none when the value is absent).
 * Delimiters between values (`,` `|` and `%20`) stay literal; the same characters inside a value
 * are encoded, so the list can be split back.
 */
export declare function serializeQueryParameter(spec: ParameterSpec, value: unknown): string[];

/**
 * A header parameter (style simple): `a,b` for a list, `k,v` or `k=v` pairs for an object.
 * `undefined` when absent. Values that would break the header (line breaks, NUL, non-Latin-1) are refused.
 */
export declare function serializeHeaderParameter(spec: ParameterSpec, value: unknown): string | undefined;

/** Refuse a header value that could end the header or that `fetch` cannot send. */
export declare function checkHeaderValue(name: string, value: string, location?: 'header' | 'cookie'): void;

/** A cookie parameter (style form) as `name=value` pairs for the `Cookie` header; values percent-encoded. */
export declare function serializeCookieParameter(spec: ParameterSpec, value: unknown): string[];
