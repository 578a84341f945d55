import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

  set(kind: string, key: string, value: unknown): void {
    if (this.dir === undefined) return;
    try {
      const path = this.#path(kind, key);
      mkdirSync(join(path, '..'), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, path);
    } catch {
      // A cache that cannot be written is only a slower next run.
    }
  }

  #path(kind: string, key: string): string {
    return FileCache.#pathIn(this.dir!, kind, key);
  }

  static #pathIn(folder: string, kind: string, key: string): string {
    return join(folder, kind, key.slice(0, 2), `${key}.json`);
  }
}
