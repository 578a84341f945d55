import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { main } from '../../generator/cli/main.js';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Third-party test data vendored into the repository (origin and licence beside each folder). */
export const FIXTURES = join(REPO, 'test', 'fixtures');

/** A temp folder with a copy of the project's spec/ (and optionally more files). */
export function makeWorkspace(files: Record<string, string> = {}, { withSeed = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-test-'));
  if (withSeed) cpSync(join(REPO, 'spec'), join(dir, 'spec'), { recursive: true });
  for (const [path, contents] of Object.entries(files)) writeFile(dir, path, contents);
  return dir;
}

export function writeFile(dir: string, path: string, contents: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), contents);
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Run the CLI in-process, as `apiwright <argv>` in `cwd`. */
export async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Hash of every file below a folder (path + contents), or 'absent'. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  let exists = true;
  try {
    statSync(dir);
  } catch {
    exists = false;
  }
  if (!exists) return 'absent';
  for (const file of listTree(dir)) {
    hash.update(file + '\0');
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function listTree(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listTree(root, path, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}
