import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The modules every generated package carries, formatted and compiled when apiwright is built
 * (`scripts/prebuild-module-cache.mjs`): `dist/module-cache/files`. Absent when running from source.
 */
export const BUILTIN_MODULE_CACHE = fileURLToPath(new URL('../../module-cache/files', import.meta.url));

/**
 * A content-addressed cache of derived files (formatted sources, compiled `.js` + `.d.ts`), shared
 * by every run on the machine: the same input text gives the same output, so a file that did not
 * change — or a static runtime module that every generated package carries — is formatted and
 * compiled once. Keys are SHA-256 hashes of everything the value depends on.
 */
export class FileCache {
  /**
   * @param dir where entries are read and written (undefined: no cache)
   * @param fallback a read-only folder of entries looked in after `dir` (apiwright's own
   *   `BUILTIN_MODULE_CACHE` when it was built)
   */
  constructor(
    readonly dir: string | undefined,
    readonly fallback: string | undefined = undefined,
  ) {}

  get<T>(kind: string, key: string): T | undefined {
    for (const folder of [this.dir, this.fallback]) {
      if (folder === undefined) continue;
      try {
        return decodeEntry(readFileSync(FileCache.#pathIn(folder, kind, key))) as T;
      } catch {
        // Not there: look further.
      }
    }
    return undefined;
  }

  readonly #writing = new Set<Promise<void>>();
  readonly #folders = new Map<string, Promise<unknown>>();

  /**
   * Store an entry: a text, a record of texts (each a string or its UTF-8 bytes, read back as the
   * string), or any JSON value. The value is serialised now; the file is written off the main thread (a run
   * does not wait for its cache), and `flush()` waits for every write started.
   */
  set(kind: string, key: string, value: unknown): void {
    if (this.dir === undefined) return;
    let bytes: Uint8Array[];
    try {
      bytes = encodeEntry(value);
    } catch {
      return;
    }
    const path = this.#path(kind, key);
    const folder = join(path, '..');
    let made = this.#folders.get(folder);
    if (made === undefined) this.#folders.set(folder, (made = mkdir(folder, { recursive: true })));
    const temp = `${path}.${process.pid}.${++FileCache.#serial}.tmp`;
    const write = made
      .then(() => writeParts(temp, bytes))
      .then(() => rename(temp, path))
      .catch(() => {
        // A cache that cannot be written is only a slower next run.
        this.#folders.delete(folder);
        return rm(temp, { force: true }).catch(() => {});
      });
    this.#writing.add(write);
    void write.finally(() => this.#writing.delete(write));
  }

  /** Wait for every entry `set` started to be on disk (or to have failed). */
  async flush(): Promise<void> {
    while (this.#writing.size > 0) await Promise.all(this.#writing);
  }

  static #serial = 0;

  #path(kind: string, key: string): string {
    return FileCache.#pathIn(this.dir!, kind, key);
  }

  static #pathIn(folder: string, kind: string, key: string): string {
    return join(folder, kind, key.slice(0, 2), `${key}.json`);
  }
}

/**
 * An entry on disk. A text, or a record of texts (a compiled module's `.js` and `.d.ts`), is kept
 * as its UTF-8 bytes after a one-line header naming the parts and their byte lengths: no JSON
 * escaping to write nor parsing to read (each costs about as much as the encoding itself on a
 * module of tens of megabytes). Anything else is JSON.
 */
const MAGIC = 'apiwright-file-cache-1\n';

type Header = { text: number } | { record: [string, number][] } | { json: true };

function encodeEntry(value: unknown): Uint8Array[] {
  const encode = (header: Header, parts: Buffer[]) => [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), ...parts];
  if (typeof value === 'string') {
    const bytes = Buffer.from(value);
    return encode({ text: bytes.length }, [bytes]);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' || v instanceof Uint8Array)) {
    // A text given as its UTF-8 bytes is kept as it is (read back as the text).
    const entries = Object.entries(value as Record<string, string | Uint8Array>).map(([name, text]) => [name, typeof text === 'string' ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.length)] as const);
    return encode({ record: entries.map(([name, bytes]) => [name, bytes.length]) }, entries.map(([, bytes]) => bytes));
  }
  return encode({ json: true }, [Buffer.from(JSON.stringify(value))]);
}

function decodeEntry(data: Buffer): unknown {
  // Entries written before this format are JSON documents.
  if (!data.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return JSON.parse(data.toString('utf8'));
  const headerEnd = data.indexOf(10, MAGIC.length);
  const header = JSON.parse(data.toString('utf8', MAGIC.length, headerEnd)) as Header;
  let at = headerEnd + 1;
  const take = (length: number): string => {
    if (at + length > data.length) throw new Error('a cut-short cache entry');
    const text = data.toString('utf8', at, at + length);
    at += length;
    return text;
  };
  if ('text' in header) return take(header.text);
  if ('record' in header) return Object.fromEntries(header.record.map(([name, length]) => [name, take(length)]));
  return JSON.parse(data.toString('utf8', at));
}

async function writeParts(path: string, parts: Uint8Array[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    const total = parts.reduce((n, part) => n + part.length, 0);
    let written = (await file.writev(parts)).bytesWritten;
    // A short write (rare, on a huge entry): the rest, piece by piece.
    if (written < total) {
      const all = Buffer.concat(parts);
      while (written < total) written += (await file.write(all, written, total - written, written)).bytesWritten;
    }
  } finally {
    await file.close();
  }
}
