import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { compareCodePoints } from '../values.js';
import { isInside } from './refs.js';

const SPEC_FILE = /\.(ya?ml|json)$/i;

/** The spec files to load, and the root folder that `$ref`s may not leave. */
export interface SpecFileSet {
  root: string;
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Every `*.yaml|*.yml|*.json` under the given folders (recursively, sorted, skipping dot-folders
 * and node_modules) plus the files given directly. The root is the given folder, or the deepest
 * folder that holds every given path.
 */
export function findSpecFiles(inputs: string[], cwd = process.cwd()): SpecFileSet {
  const diagnostics: Diagnostic[] = [];
  const absolute = inputs.map((input) => resolve(cwd, input));
  const files: string[] = [];
  const roots: string[] = [];
  for (const input of absolute) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      diagnostics.push({ severity: 'error', message: `spec path not found: ${relative(cwd, input) || input}` });
      continue;
    }
    if (stat.isDirectory()) {
      roots.push(input);
      walk(input, files);
    } else {
      roots.push(dirname(input));
      files.push(input);
    }
  }
  const root = commonFolder(roots) ?? cwd;
  const realRoot = safeRealpath(root) ?? root;
  const kept: string[] = [];
  for (const file of [...new Set(files)].sort(compareCodePoints)) {
    const real = safeRealpath(file);
    if (real === undefined || !isInside(realRoot, real)) {
      diagnostics.push({ severity: 'error', file: toRelPath(root, file), message: 'spec file is a link that leads outside the spec root: refused' });
      continue;
    }
    kept.push(file);
  }
  if (kept.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ severity: 'error', message: `no spec files (*.yaml, *.yml, *.json) found in ${inputs.join(', ')}` });
  }
  return { root, files: kept, diagnostics };
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (SPEC_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) out.push(path);
  }
}

function commonFolder(paths: string[]): string | undefined {
  if (paths.length === 0) return undefined;
  let common = paths[0]!.split(sep);
  for (const path of paths.slice(1)) {
    const parts = path.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

export function toRelPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
