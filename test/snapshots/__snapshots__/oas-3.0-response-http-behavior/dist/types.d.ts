/**
 * GET /cache
 */
export type CachedParameters = {
    header?: {
        /**
         * An RFC 3339 formatted `date-time` string, preferably in UTC. If the resource was last updated before the provided `date-time`, the server should return a `304 Not Modified` response, otherwise a 200 with an accurate `last-modified` time.
         */
        'If-Modified-Since'?: string;
        /**
         * If you provide a value here, it will be checked against the generated ETAG of the target resource. If they match, you'll get a `304 Not Modified` response, otherwise a `200 OK` with a new ETAG.
         */
        'If-None-Match'?: string;
    };
};
/**
 * Load a file with caching headers
 */
export type CachedRequestBody = never;
/**
 * Load a file with caching headers
 */
export type CachedResponse = undefined;
/**
 * GET /status/204
 */
export type NocontentParameters = {
    [key: string]: never;
};
/**
 * No content
 */
export type NocontentRequestBody = never;
/**
 * No content
 */
export type NocontentResponse = undefined;
/**
 * GET /status/302
 */
export type RedirectParameters = {
    [key: string]: never;
};
/**
 * Redirect
 */
export type RedirectRequestBody = never;
/**
 * Redirect
 */
export type RedirectResponse = undefined;
