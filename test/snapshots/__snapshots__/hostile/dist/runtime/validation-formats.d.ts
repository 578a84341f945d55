/** RFC 3339 `full-date`: `2024-02-29`. https://www.rfc-editor.org/rfc/rfc3339#section-5.6 */
export declare function isDate(text: string): boolean;

/**
 * RFC 3339 `full-time`: `23:20:50.52Z`, `08:00:00+01:00`. The offset is required; a leap second
 * (`:60`) only at 23:59 UTC. https://www.rfc-editor.org/rfc/rfc3339#section-5.6
 */
export declare function isTime(text: string): boolean;

/** RFC 3339 `date-time`: `2024-02-29T23:20:50.52Z` (`T` and `Z` in either case). */
export declare function isDateTime(text: string): boolean;

/** RFC 9562 UUID text: `f81d4fae-7dec-11d0-a765-00a0c91e6bf6`, any case. */
export declare function isUuid(text: string): boolean;

/** An email address (`addr-spec` with a dot-atom local part and a host-name domain). */
export declare function isEmail(text: string): boolean;

/** Dotted-quad IPv4 without leading zeros: `192.168.0.1`. RFC 3986 `IPv4address`. */
export declare function isIpv4(text: string): boolean;

/** IPv6 text forms of RFC 4291 section 2.2: full, `::`-compressed, and with a trailing IPv4. */
export declare function isIpv6(text: string): boolean;

/** An absolute URI (RFC 3986 `URI`: scheme, hierarchical part, optional query and fragment). */
export declare function isUri(text: string): boolean;

/** Base64 (RFC 4648 section 4), padded, as OpenAPI's `byte`: `aGVsbG8=`. */
export declare function isByte(text: string): boolean;
