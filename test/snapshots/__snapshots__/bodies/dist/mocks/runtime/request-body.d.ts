export type BodyRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly tooLarge: true };

/**
 * The body of `request`, or `tooLarge` as soon as it passes `limit` bytes: a declared
 * `Content-Length` over the limit is refused before anything is read, and a body without one is
 * read only up to the limit.
 */
export declare function readBody(request: Request, limit: number): Promise<BodyRead>;
