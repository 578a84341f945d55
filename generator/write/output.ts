import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

export interface OutputFile {
  /** Path relative to the output folder, `/`-separated. */
  path: string;
  contents: string;
}

/** Folders inside the output that belong to the user, not to the generator. */
const KEPT = new Set(['node_modules']);

/**
 * write: all or nothing. Files are written to a staging folder next to the output, then swapped
 * in with two renames; the old output is removed last. If anything fails before the swap, the
 * output is untouched. `node_modules` inside the output (a consumer's install) is carried over.
 */
export function writeOutput(outDir: string, files: OutputFile[]): void {
  const { out, stage, old } = stagingPaths(outDir);
  try {
    for (const file of files) {
      const target = safeJoin(stage, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  swapIn(out, stage, old);
}

function stagingPaths(outDir: string): { out: string; stage: string; old: string } {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  removeAbandonedStaging(parent, basename(out));
  // The process id in the name tells a later run whether the folder's run is still going.
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return { out, stage: join(parent, `.${basename(out)}.tmp-${token}`), old: join(parent, `.${basename(out)}.old-${token}`) };
}

/**
 * Staging folders left by runs that died before they could clean up (killed, out of memory) are
 * removed: those whose process is gone. A folder of a run still going is left alone.
 */
function removeAbandonedStaging(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-[0-9a-f]+$`);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Replace `out` by the complete `stage` (two renames), carrying over `node_modules`; the old output is removed last. */
function swapIn(out: string, stage: string, old: string): void {
  try {
    if (existsSync(out)) {
      for (const entry of readdirSync(out)) {
        if (KEPT.has(entry)) renameSync(join(out, entry), join(stage, entry));
      }
      renameSync(out, old);
    }
    renameSync(stage, out);
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * What a streamed write or check has in flight at once (each file holds its bytes until done): at
 * most this many files and this many bytes, though always one file, however big.
 */
const IN_FLIGHT_FILES = 16;
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;

/** Work on files started without waiting, as long as what is in flight stays within the bounds above. */
class InFlight {
  readonly #work = new Map<Promise<void>, number>();
  #bytes = 0;

  /** Start `work` (on `size` bytes); resolves when there is room for more. */
  async start(size: number, work: Promise<void>): Promise<void> {
    this.#work.set(work, size);
    this.#bytes += size;
    void work.finally(() => {
      this.#bytes -= this.#work.get(work) ?? 0;
      this.#work.delete(work);
    });
    while (this.#work.size >= IN_FLIGHT_FILES || (this.#work.size > 0 && this.#bytes >= IN_FLIGHT_BYTES)) await Promise.race(this.#work.keys());
  }

  async settled(): Promise<void> {
    await Promise.all(this.#work.keys());
  }
}

/**
 * The output written as it is produced, module by module, so a run never holds the whole package:
 * each file goes to a staging folder next to the output as soon as it is ready (off the main
 * thread, a bounded number at a time) and its text can be dropped. `commit()` swaps the complete
 * folder in (as `writeOutput` does); `abort()` — on any failure — removes it, so the output is untouched.
 */
export class StagedOutput {
  readonly #out: string;
  readonly #stage: string;
  readonly #old: string;
  readonly #folders = new Set<string>();
  readonly #writing = new InFlight();
  #failure: unknown;
  #failed = false;

  constructor(outDir: string) {
    ({ out: this.#out, stage: this.#stage, old: this.#old } = stagingPaths(outDir));
    mkdirSync(this.#stage);
  }

  /** Write one file to the staging folder; resolves when there is room for the next one. */
  async add(path: string, data: Uint8Array | string): Promise<void> {
    this.#throwIfFailed();
    const target = safeJoin(this.#stage, path);
    const write = this.#ensureFolder(dirname(target))
      .then(() => writeFile(target, data))
      .catch((error: unknown) => {
        this.#failed = true;
        this.#failure ??= error;
      });
    await this.#writing.start(data.length, write);
    this.#throwIfFailed();
  }

  /** Wait for every write, then swap the staging folder in for the output. */
  async commit(): Promise<void> {
    await this.#writing.settled();
    this.#throwIfFailed();
    swapIn(this.#out, this.#stage, this.#old);
  }

  /** Give up: wait for the writes in flight, then remove the staging folder. The output is untouched. */
  async abort(): Promise<void> {
    await this.#writing.settled();
    rmSync(this.#stage, { recursive: true, force: true });
  }

  #ensureFolder(folder: string): Promise<void> {
    if (this.#folders.has(folder)) return Promise.resolve();
    this.#folders.add(folder);
    mkdirSync(folder, { recursive: true });
    return Promise.resolve();
  }

  #throwIfFailed(): void {
    if (this.#failed) throw this.#failure;
  }
}

/**
 * `--check` as the output is produced: each file is compared with the one on disk when it is
 * ready, so a check never holds the whole package either. `finish()` lists the extra files.
 */
export class OutputComparison {
  readonly #out: string;
  readonly #onDisk: Set<string>;
  readonly #diff: OutputDiff = { stale: [], missing: [], extra: [] };
  readonly #reading = new InFlight();

  constructor(outDir: string) {
    this.#out = resolve(outDir);
    this.#onDisk = new Set(existsSync(this.#out) ? listFiles(this.#out) : []);
  }

  async add(path: string, data: Uint8Array | string): Promise<void> {
    if (!this.#onDisk.delete(path)) {
      this.#diff.missing.push(path);
      return;
    }
    const expected = typeof data === 'string' ? Buffer.from(data) : data;
    const read = readFile(join(this.#out, path)).then(
      (actual) => {
        if (!actual.equals(expected)) this.#diff.stale.push(path);
      },
      () => {
        this.#diff.stale.push(path);
      },
    );
    // The bytes read count as much as those compared with them.
    await this.#reading.start(2 * expected.length, read);
  }

  async finish(): Promise<OutputDiff> {
    await this.#reading.settled();
    const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return { stale: this.#diff.stale.sort(byPath), missing: this.#diff.missing.sort(byPath), extra: [...this.#onDisk].sort(byPath) };
  }
}

/** Differences between what would be written and what is on disk. */
export interface OutputDiff {
  stale: string[];
  missing: string[];
  extra: string[];
}

export function diffOutput(outDir: string, files: OutputFile[]): OutputDiff {
  const out = resolve(outDir);
  const onDisk = new Set(existsSync(out) ? listFiles(out) : []);
  const diff: OutputDiff = { stale: [], missing: [], extra: [] };
  for (const file of files) {
    if (!onDisk.has(file.path)) diff.missing.push(file.path);
    else if (readFileSync(join(out, file.path), 'utf8') !== file.contents) diff.stale.push(file.path);
    onDisk.delete(file.path);
  }
  diff.extra = [...onDisk].sort();
  return diff;
}

function listFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (dir === root && KEPT.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, path, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** Join a generated relative path to a folder, refusing anything that would leave it. */
export function safeJoin(root: string, path: string): string {
  if (path.includes('\0') || path.split('/').some((s) => s === '..' || s === '') || path.startsWith('/')) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
  return join(root, ...path.split('/'));
}

/** Whether the output folder holds exactly these files (by SHA-256), and nothing else. */
export function outputMatches(outDir: string, files: { path: string; hash: string }[]): boolean {
  const out = resolve(outDir);
  if (!existsSync(out)) return false;
  const onDisk = listFiles(out);
  if (onDisk.length !== files.length) return false;
  const wanted = new Map(files.map((f) => [f.path, f.hash]));
  for (const path of onDisk) {
    const expected = wanted.get(path);
    if (expected === undefined || createHash('sha256').update(readFileSync(join(out, path))).digest('hex') !== expected) return false;
  }
  return true;
}
