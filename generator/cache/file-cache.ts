import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
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
        return JSON.parse(readFileSync(FileCache.#pathIn(folder, kind, key), 'utf8')) as T;
      } catch {
        // Not there: look further.
      }
    }
    return undefined;
  }

  readonly #writing = new Set<Promise<void>>();
  readonly #folders = new Map<string, Promise<unknown>>();

  /**
   * Store an entry. The value is serialised now; the file is written off the main thread (a run
   * does not wait for its cache), and `flush()` waits for every write started.
   */
  set(kind: string, key: string, value: unknown): void {
    if (this.dir === undefined) return;
    let text: string;
    try {
      text = JSON.stringify(value);
    } catch {
      return;
    }
    const path = this.#path(kind, key);
    const folder = join(path, '..');
    let made = this.#folders.get(folder);
    if (made === undefined) this.#folders.set(folder, (made = mkdir(folder, { recursive: true })));
    const temp = `${path}.${process.pid}.${++FileCache.#serial}.tmp`;
    const write = made
      .then(() => writeFile(temp, text))
      .then(() => rename(temp, path))
      .catch(() => {
        // A cache that cannot be written is only a slower next run.
        this.#folders.delete(folder);
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
