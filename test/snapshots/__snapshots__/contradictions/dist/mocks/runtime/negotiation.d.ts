/** `application/json; charset=utf-8` → `application/json` (lower case). */
export declare function mediaTypeEssence(value: string): string;

/**
 * Does an `Accept` header admit `mediaType`? No header (or an empty one) admits everything. The
 * most specific matching range decides, and `q=0` means "not acceptable"
 * (https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1).
 */
export declare function accepts(accept: string | null, mediaType: string): boolean;

/** Is `contentType` (a request header) one of `allowed` (the spec's media types, which may use wildcards)? */
export declare function contentTypeAllowed(contentType: string | null, allowed: readonly string[]): boolean;
