import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readConfig, CONFIG_FILE } from '../config.js';
import { SpecError, UsageError } from '../diagnostics.js';
import { defaultPackageVersion } from '../index.js';
import { loadSpec } from '../load/index.js';
import type { SpecDocument } from '../load/spec-document.js';
import type { ApiModel } from '../model/ir.js';
import { buildModel } from '../model/index.js';

/** One version of the spec files, loaded and modelled (no emit). */
export interface Side {
  /** `HEAD`, `working tree`, or the spec folder given. */
  label: string;
  model: ApiModel;
  documents: SpecDocument[];
  /** A spec file's relPath as shown in the report (relative to where the command runs). */
  display: (relPath: string) => string;
  /** The package version this side would generate (config `packageVersion`, else from `info.version`). */
  packageVersion: string;
}

/** Load and model the spec files `inputs` (relative to `cwd`). */
export function loadSide(label: string, inputs: string[], cwd: string, config = readConfig(cwd)): Side {
  const loaded = loadSpec(inputs, cwd);
  const model = buildModel(loaded);
  const fromCwd = relative(cwd, loaded.root);
  const shownPrefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? loaded.root : fromCwd).split(sep).join('/');
  return {
    label,
    model,
    documents: loaded.documents,
    display: (relPath) => (shownPrefix === '' ? relPath : `${shownPrefix}/${relPath}`),
    packageVersion: config.packageVersion ?? defaultPackageVersion(model.info.version),
  };
}

/**
 * The base side of a diff: a folder (or file) of spec files, or a git revision whose committed
 * spec files are read (with `git ls-tree` and `git cat-file`) into a temporary folder laid out
 * like the repository, so the report names the same paths as for the working tree.
 */
export function loadBase(base: string, inputs: string[], cwd: string): Side {
  const asPath = resolve(cwd, base);
  // A folder has no configuration of its own: it is the version the current one is released from.
  if (existsSync(asPath)) return inBase(base, () => loadSide(base, [asPath], cwd));
  const checkout = checkoutAtRevision(base, inputs, cwd);
  try {
    return inBase(base, () => loadSide(base, inputs, checkout.cwd));
  } finally {
    rmSync(checkout.dir, { recursive: true, force: true });
  }
}

/** Spec errors of the base version say so. */
function inBase<T>(base: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics.map((d) => ({ ...d, message: `${d.message} (in the base version, ${base})` })));
    throw error;
  }
}

/** Is `cwd` inside a git work tree? */
export function gitTopLevel(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Does `revision` name a commit in the repository of `cwd`? */
export function isRevision(revision: string, cwd: string): boolean {
  if (revision.startsWith('-')) return false;
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd, encoding: 'utf8' }).status === 0;
}

function checkoutAtRevision(revision: string, inputs: string[], cwd: string): { dir: string; cwd: string } {
  const top = gitTopLevel(cwd);
  if (top === undefined) throw new UsageError(`--base ${revision}: no such folder, and ${cwd} is not in a git repository`);
  if (!isRevision(revision, cwd)) throw new UsageError(`--base ${revision}: neither a folder nor a git revision`);
  const paths = [...inputs, CONFIG_FILE].map((input) => {
    const abs = resolve(cwd, input);
    const rel = relative(top, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`--spec ${input} is outside the git repository, so it cannot be read at ${revision}`);
    return rel.split(sep).join('/') || '.';
  });
  const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', '--full-tree', revision, '--', ...paths], { cwd: top, maxBuffer: 1 << 30 })
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '');
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-diff-'));
  if (listed.length > 0) {
    const batch = execFileSync('git', ['cat-file', '--batch'], { cwd: top, input: listed.map((f) => `${revision}:${f}`).join('\n') + '\n', maxBuffer: 2 ** 31 });
    let at = 0;
    for (const file of listed) {
      const headerEnd = batch.indexOf(10, at);
      const header = batch.subarray(at, headerEnd).toString('utf8');
      at = headerEnd + 1;
      if (header.endsWith(' missing')) continue;
      const size = Number(header.split(' ')[2]);
      if (!header.includes(' blob ')) {
        at += size + 1;
        continue;
      }
      const target = join(dir, ...file.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, batch.subarray(at, at + size));
      at += size + 1;
    }
  }
  const inner = join(dir, relative(top, cwd));
  mkdirSync(inner, { recursive: true });
  return { dir, cwd: inner };
}
