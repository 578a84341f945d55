import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Project, ts } from 'ts-morph';
import { GeneratorBugError } from './errors.js';

const require = createRequire(import.meta.url);

/** Compiler options for the generated package: as strict as the strictest consumer. */
export const GENERATED_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  declaration: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  types: [],
  typeRoots: [dirname(dirname(require.resolve('@types/node/package.json')))],
  rootDir: '/pkg/src',
  outDir: '/pkg/dist',
};

/**
 * Type-check the generated TypeScript in memory and emit `.js` + `.d.ts` (paths relative to the
 * package root: `src/x.ts` → `dist/x.js`, `dist/x.d.ts`). A diagnostic means the generator wrote
 * code that does not compile: a generator bug, reported with file:line:col.
 */
export function compilePackage(sources: { path: string; contents: string }[]): { path: string; contents: string }[] {
  // Node's types cost more to check than a whole generated package: load them only for modules
  // that import a `node:` built-in.
  const needsNode = sources.some((s) => /\bfrom\s+['"]node:|import\(\s*['"]node:/.test(s.contents));
  const compilerOptions = { ...GENERATED_COMPILER_OPTIONS, types: needsNode ? ['node'] : [] };
  const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  // Virtual files under /pkg: never written by ts-morph; only @types/node is read from disk.
  for (const source of sources) project.createSourceFile(join('/pkg', source.path), source.contents, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, '');
    throw new GeneratorBugError(`the generated package does not type-check (a generator bug); nothing was written:\n${text}`);
  }
  const result = project.emitToMemory();
  return result
    .getFiles()
    .map((f) => ({ path: f.filePath.replace(/^\/pkg\//, ''), contents: f.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
