import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';

/** What a whole run produced, keyed by a hash of everything it read. */
export interface CachedRun {
  files: { path: string; contents: string }[];
  /** Each file's bytes in turn, read from the stored run one at a time (no copy of the whole package in memory). */
  eachFile?: (visit: (path: string, bytes: Buffer) => Promise<void>) => Promise<void>;
  /** Path and SHA-256 of every file, to compare with an output folder without the contents. */
  fileHashes: { path: string; hash: string }[];
  warnings: Diagnostic[];
  summary: { operations: number; schemas: number; filter?: { operations: { kept: number; total: number }; schemas: { kept: number; total: number } } };
  /** Files the run read beyond the listed spec files (reached through `$ref`), with their hashes. */
  extraInputs: { path: string; hash: string }[];
}

/** A stored run's metadata: where each file's bytes sit in the run's pack (`<key>.pack`). */
interface StoredRun extends Omit<CachedRun, 'files' | 'fileHashes'> {
  fileHashes: { path: string; hash: string; offset: number; length: number }[];
}

/** What the run being produced stores: its metadata once every file is in. */
export type RunMetadata = Omit<CachedRun, 'files' | 'fileHashes'>;

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
    let meta: StoredRun;
    try {
      meta = JSON.parse(readFileSync(file, 'utf8')) as StoredRun;
      if (!Array.isArray(meta.fileHashes) || meta.fileHashes.some((f) => typeof f.offset !== 'number')) return undefined;
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
    const pack = join(this.dir, 'runs', `${key}.pack`);
    try {
      if (statSync(pack).size !== meta.fileHashes.reduce((n, f) => n + f.length, 0)) return undefined;
    } catch {
      return undefined;
    }
    let files: CachedRun['files'] | undefined;
    return {
      ...meta,
      fileHashes: meta.fileHashes.map((f) => ({ path: f.path, hash: f.hash })),
      get files() {
        files ??= readPack(pack, meta.fileHashes).map((f) => ({ path: f.path, contents: f.bytes.toString('utf8') }));
        return files;
      },
      eachFile: async (visit) => {
        for (const file of meta.fileHashes) await visit(file.path, readPack(pack, [file])[0]!.bytes);
      },
    };
  }

  /** Store a whole run (see `RunCacheWriter` for a run whose files come one at a time). */
  async set(key: string, run: Omit<CachedRun, 'fileHashes' | 'eachFile'>): Promise<void> {
    const writer = this.writer(key);
    const { files, ...meta } = run;
    for (const file of files) await writer.add(file.path, Buffer.from(file.contents), hash(file.contents));
    await writer.finish(meta);
  }

  /** A writer that stores a run file by file, as the files are produced: no second copy of the package in memory. */
  writer(key: string): RunCacheWriter {
    return new RunCacheWriter(join(this.dir, 'runs'), key, () => this.#prune());
  }

  #prune(): void {
    const runs = join(this.dir, 'runs');
    const entries = readdirSync(runs)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.files.json'))
      .map((f) => ({ f, t: statSync(join(runs, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(KEEP)) {
      rmSync(join(runs, f), { force: true });
      rmSync(join(runs, f.replace(/\.json$/, '.pack')), { force: true });
      // Entries of earlier versions of apiwright kept their files in one JSON document.
      rmSync(join(runs, f.replace(/\.json$/, '.files.json')), { force: true });
    }
  }
}

/**
 * Stores one run as it is produced: each file's bytes are appended to the run's pack (a stream,
 * written off the main thread, waited for when it is behind), then `finish` writes the metadata
 * that makes the entry visible. Any failure only drops the entry: a cache that cannot be written
 * is only a slower next run.
 */
export class RunCacheWriter {
  readonly #pack: string;
  readonly #temp: string;
  readonly #meta: string;
  readonly #files: StoredRun['fileHashes'] = [];
  #stream: WriteStream | undefined;
  #offset = 0;
  #broken = false;
  #draining: Promise<void> | undefined;
  readonly afterFinish: () => void;

  constructor(dir: string, key: string, afterFinish: () => void) {
    this.afterFinish = afterFinish;
    this.#pack = join(dir, `${key}.pack`);
    this.#meta = join(dir, `${key}.json`);
    this.#temp = `${this.#pack}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      this.#stream = createWriteStream(this.#temp);
      this.#stream.on('error', () => {
        this.#broken = true;
      });
    } catch {
      this.#broken = true;
    }
  }

  /** Append one file (its bytes and their SHA-256); resolves when the stream can take more. */
  async add(path: string, data: Uint8Array, sha256: string): Promise<void> {
    this.#files.push({ path, hash: sha256, offset: this.#offset, length: data.length });
    this.#offset += data.length;
    const stream = this.#stream;
    if (this.#broken || stream === undefined) return;
    if (!stream.write(data)) await this.#drained(stream);
  }

  /** One wait for the stream to drain, shared by every writer that found it full. */
  #drained(stream: WriteStream): Promise<void> {
    this.#draining ??= new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        this.#draining = undefined;
        resolve();
      };
      stream.on('drain', done).on('error', done);
    });
    return this.#draining;
  }

  /** Close the pack and make the entry visible (pack first, then its metadata). */
  async finish(meta: RunMetadata): Promise<void> {
    if (!(await this.#close())) return this.abort();
    try {
      renameSync(this.#temp, this.#pack);
      const fileHashes = [...this.#files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      writeAtomically(this.#meta, JSON.stringify({ ...meta, fileHashes } satisfies StoredRun));
      this.afterFinish();
    } catch {
      rmSync(this.#pack, { force: true });
    }
  }

  /** Drop the entry (the run failed). */
  async abort(): Promise<void> {
    await this.#close();
    rmSync(this.#temp, { force: true });
  }

  #close(): Promise<boolean> {
    const stream = this.#stream;
    this.#stream = undefined;
    if (stream === undefined) return Promise.resolve(false);
    return new Promise((resolve) => {
      if (stream.destroyed) resolve(false);
      stream.end(() => resolve(!this.#broken));
      stream.once('error', () => resolve(false));
    });
  }
}

/** The bytes of some files of a run's pack. */
function readPack(pack: string, files: StoredRun['fileHashes']): { path: string; bytes: Buffer }[] {
  const fd = openSync(pack, 'r');
  try {
    return files.map((f) => {
      const bytes = Buffer.allocUnsafe(f.length);
      for (let done = 0; done < f.length; ) {
        const read = readSync(fd, bytes, done, f.length - done, f.offset + done);
        if (read === 0) throw new Error(`the cached run ${pack} is cut short`);
        done += read;
      }
      return { path: f.path, bytes };
    });
  } finally {
    closeSync(fd);
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
