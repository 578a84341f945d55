import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { OutputFile } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';

/** Generated files written to a temporary folder that links the repository's node_modules (for `msw`). */
export function writePackage(files: readonly OutputFile[], prefix = 'apiwright-hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removePackage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Import every `dist/**\/*.js` of a written package, in path order; returns the modules by path. */
export async function importEveryModule(dir: string, files: readonly OutputFile[]): Promise<Map<string, Record<string, unknown>>> {
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of files.filter((f) => f.path.startsWith('dist/') && f.path.endsWith('.js'))) {
    modules.set(file.path, (await import(pathToFileURL(join(dir, file.path)).href)) as Record<string, unknown>);
  }
  return modules;
}

/**
 * A consumer's strict type-check: every `.ts` source of the package plus `extra` consumer files,
 * under `strict`, `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`, NodeNext. Returns the
 * diagnostics as text (empty when it compiles).
 */
export function strictTypeCheck(dir: string, files: readonly OutputFile[], extra: Record<string, string> = {}): string[] {
  for (const [path, contents] of Object.entries(extra)) writeFileSync(join(dir, path), contents);
  const roots = [...files.filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts')).map((f) => f.path), ...Object.keys(extra)].map((p) => join(dir, p));
  const program = ts.createProgram(roots, {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    typeRoots: [join(REPO, 'node_modules', '@types')],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file === undefined ? '' : ` (${d.file.fileName})`));
}

/** The text of the JSDoc comment right before `marker` in `source`, its `*` gutters removed. */
export function docCommentBefore(source: string, marker: string): string | undefined {
  const at = source.indexOf(marker);
  if (at < 0) return undefined;
  const end = source.lastIndexOf('*/', at);
  const start = source.lastIndexOf('/**', end);
  if (start < 0 || end < 0 || source.slice(end + 2, at).trim() !== '') return undefined;
  return source
    .slice(start + 3, end)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** What a reader of a doc comment sees: the escapes `docComment` adds (`*\/`, `\@`, `\u0000`) read back. */
export function readDocText(comment: string): string {
  return comment.replace(/\*\\\//g, '*/').replace(/\\@/g, '@').replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A description as a doc comment shows it: line breaks normalised, each line's trailing space dropped. */
export function asDocLines(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}
