import { Buffer } from 'node:buffer';
import { serialize } from 'node:v8';

/** Texts shorter than this are left as they are (see `oneBytePerCharacter`). */
export const ONE_BYTE_FROM = 1024 * 1024;

const PAST_LATIN1 = /[^\x00-\xff]/;

/** V8's serialization tag of a string held two bytes per character (`'c'`; one byte: `'"'`). */
const TWO_BYTE_TAG = 0x63;

/** Whether V8 holds `text` (flat) two bytes per character: the tag of a piece of it, serialized (after the header and any padding). */
export function heldTwoBytesPerCharacter(text: string): boolean {
  // A slice this long shares the text's representation.
  const bytes = serialize(text.slice(0, 64));
  let at = 2;
  while (bytes[at] === 0) at++;
  return bytes[at] === TWO_BYTE_TAG;
}

/**
 * `text` held one byte per character, when none of its characters is past Latin-1. V8 holds a
 * string two bytes per character when any piece it was joined from was, even when no such
 * character is left: a piece sliced from a spec file with one `’` in it, or a string V8 has since
 * internalized (a "thin" string). One such name made GitHub's 21 MB validators module 42 MB, and
 * the Graph reference's validators and permissions likewise. A copy through Latin-1 bytes is one
 * byte per character. Texts under `from` characters, and texts with a character past Latin-1, are
 * returned as they are.
 */
export function oneBytePerCharacter(text: string, from = ONE_BYTE_FROM): string {
  // The test also flattens a text joined from pieces (about 0.1 ms per 20 MB held one byte per
  // character, 10 ms two bytes per character).
  if (text.length < from || PAST_LATIN1.test(text) || !heldTwoBytesPerCharacter(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}
