import { InvalidRequestError } from './errors.js';
import { serializeQueryParameter } from './url.js';

/** How one field of a form or multipart body is sent (the spec's Encoding Object for it). */
export interface FieldEncoding {
  /** Multipart: the part's media type (the first, when the spec lists several). */
  readonly contentType?: string;
  /** URL-encoded forms: serialised like a query parameter of this style. */
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** Field name → encoding, for the fields the spec gives one. */
export type BodyEncoding = Readonly<Record<string, FieldEncoding>>;

/**
 * `application/x-www-form-urlencoded` text. A field with an encoding is written like a query
 * parameter of its style and explode (`ids=1,2` for `explode: false`, `range[from]=1` for
 * `deepObject`); others repeat for lists and carry objects as JSON. A JSON content type sends the
 * field as JSON text.
 */
export declare function encodeForm(value: unknown, encoding: BodyEncoding | undefined): string;

/**
 * `multipart/form-data`: one part per field (a list: one per item). Files go as they are (typed
 * with the encoding's content type when they have none); objects, and fields whose encoding says
 * JSON, go as `application/json` parts; other values as text.
 */
export declare function encodeMultipart(value: unknown, encoding: BodyEncoding | undefined): FormData;
