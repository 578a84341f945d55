import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A content-addressed cache of derived files (formatted sources, compiled `.js` + `.d.ts`), shared
 * by every run on the machine: the same input text gives the same output, so a file that did not
 * change — or a static runtime module that every generated package carries — is formatted and
 * compiled once. Keys are SHA-256 hashes of everything the value depends on.
 */
export class FileCache {
  constructor(readonly dir: string | undefined) {}

  get<T>(kind: string, key: string): T | undefined {
    if (this.dir === undefined) return undefined;
    try {
      return JSON.parse(readFileSync(this.#path(kind, key), 'utf8')) as T;
    } catch {
      return undefined;
    }
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
    return join(this.dir!, kind, key.slice(0, 2), `${key}.json`);
  }
}
