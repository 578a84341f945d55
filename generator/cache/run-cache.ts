import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';

/** What a whole run produced, keyed by a hash of everything it read. */
export interface CachedRun {
  files: { path: string; contents: string }[];
  /** Path and SHA-256 of every file, to compare with an output folder without the contents. */
  fileHashes: { path: string; hash: string }[];
  warnings: Diagnostic[];
  summary: { operations: number; schemas: number; filter?: { operations: { kept: number; total: number }; schemas: { kept: number; total: number } } };
  /** Files the run read beyond the listed spec files (reached through `$ref`), with their hashes. */
  extraInputs: { path: string; hash: string }[];
}

/** How many runs to keep: enough for a few projects and output folders, bounded on disk. */
const KEEP = 12;

/**
 * Where apiwright keeps its caches: `$APIWRIGHT_CACHE_DIR`, else `node_modules/.cache/apiwright`
 * in the nearest folder above `cwd` that has a `node_modules`, else next to apiwright's own
 * installation, else the OS temp folder. Everything in it is keyed by content, so sharing it
 * between projects is safe.
 */
export function cacheDirFor(cwd: string): string {
  const fromEnv = process.env.APIWRIGHT_CACHE_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  for (const start of [cwd, fileURLToPath(new URL('.', import.meta.url))]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'apiwright');
      if (dirname(dir) === dir) break;
    }
  }
  return join(tmpdir(), 'apiwright-cache');
}

/**
 * A content-hash cache of whole runs: when the spec files, templates, options and apiwright itself
 * are byte-for-byte what an earlier run saw, its output is reused without loading, formatting or
 * compiling anything. Lives in `node_modules/.cache/apiwright` (or the OS temp folder).
 */
export class RunCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The run stored under `key` (its files are read only when asked for), or undefined. */
  get(key: string): CachedRun | undefined {
    const file = join(this.dir, 'runs', `${key}.json`);
    let meta: Omit<CachedRun, 'files'>;
    try {
      meta = JSON.parse(readFileSync(file, 'utf8')) as Omit<CachedRun, 'files'>;
    } catch {
      return undefined;
    }
    for (const input of meta.extraInputs) {
      try {
        if (hash(readFileSync(input.path)) !== input.hash) return undefined;
      } catch {
        return undefined;
      }
    }
    const contentsFile = join(this.dir, 'runs', `${key}.files.json`);
    let files: CachedRun['files'] | undefined;
    return {
      ...meta,
      get files() {
        files ??= JSON.parse(readFileSync(contentsFile, 'utf8')) as CachedRun['files'];
        return files;
      },
    };
  }

  set(key: string, run: Omit<CachedRun, 'fileHashes'>): void {
    try {
      mkdirSync(join(this.dir, 'runs'), { recursive: true });
      const base = join(this.dir, 'runs', key);
      const { files, ...meta } = run;
      const fileHashes = files.map((f) => ({ path: f.path, hash: hash(f.contents) }));
      // Contents first, then the metadata that makes the entry visible.
      writeAtomically(`${base}.files.json`, JSON.stringify(files));
      writeAtomically(`${base}.json`, JSON.stringify({ ...meta, fileHashes }));
      this.#prune();
    } catch {
      // A cache that cannot be written is only a slower next run.
    }
  }

  #prune(): void {
    const runs = join(this.dir, 'runs');
    const entries = readdirSync(runs)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.files.json'))
      .map((f) => ({ f, t: statSync(join(runs, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(KEEP)) {
      rmSync(join(runs, f), { force: true });
      rmSync(join(runs, f.replace(/\.json$/, '.files.json')), { force: true });
    }
  }
}

export function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

let generatorFingerprint: string | undefined;

/** A hash of apiwright's own code (compiled or source), so a changed generator never reuses old output. */
export function fingerprintGenerator(): string {
  if (generatorFingerprint !== undefined) return generatorFingerprint;
  const root = fileURLToPath(new URL('../', import.meta.url));
  const h = createHash('sha256');
  for (const file of listFiles(root).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))) {
    h.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  generatorFingerprint = h.digest('hex');
  return generatorFingerprint;
}

/** A hash of a folder's files (paths and contents); '' when it does not exist. */
export function fingerprintFolder(dir: string | undefined): string {
  if (dir === undefined || !existsSync(dir)) return '';
  const h = createHash('sha256');
  for (const file of listFiles(dir)) h.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  return h.digest('hex');
}

function listFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, path, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
