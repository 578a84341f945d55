import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const token = randomBytes(4).toString('hex');
  const stage = join(parent, `.${basename(out)}.tmp-${token}`);
  const old = join(parent, `.${basename(out)}.old-${token}`);
  try {
    for (const file of files) {
      const target = safeJoin(stage, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
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
