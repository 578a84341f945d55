/** How a form or multipart field becomes the value the body's schema describes (generated). */
export interface MockField {
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'file' | 'any';
  readonly items?: MockField;
  readonly properties?: Readonly<Record<string, MockField>>;
  /** The field (or part) holds JSON text. */
  readonly json?: boolean;
  /** A list in one field, split at this (a form field with `explode: false`). */
  readonly delimiter?: string;
  /** A `deepObject` form field: `name[key]=value`. */
  readonly deep?: boolean;
}

export type BodyFields = Readonly<Record<string, MockField>>;

export type ParsedBody =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * A non-JSON body as a value: URL-encoded forms and multipart bodies as objects (each field
 * turned into its schema's type where the text allows; what does not fit stays text, for the
 * validator to name), text as a string, anything else as its bytes.
 */
export declare function parseBody(kind: string, bytes: Uint8Array, contentType: string | null, fields: BodyFields | null): Promise<ParsedBody>;

/**
 * The bytes of a binary response: the example's text as UTF-8 when the spec gives one, else 256
 * sample bytes (0 to 255), so a download always has content to check.
 */
export declare function binaryBody(example: unknown): Uint8Array;
