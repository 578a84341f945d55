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
 * Optional peer dependencies a generated module may import (the mocks' MSW entry imports `msw`).
 * Their types are read from wherever apiwright itself can resolve them (its own or the project's
 * node_modules); when a peer is not installed, its imports cannot be checked here and only the
 * "cannot find module" diagnostic is dropped: the consumer who uses that entry point installs it.
 */
const OPTIONAL_PEERS = ['msw'];

function optionalPeerPaths(): { paths: Record<string, string[]>; missing: Set<string> } {
  const paths: Record<string, string[]> = {};
  const missing = new Set<string>();
  for (const name of OPTIONAL_PEERS) {
    try {
      paths[name] = [dirname(require.resolve(`${name}/package.json`))];
    } catch {
      missing.add(name);
    }
  }
  return { paths, missing };
}

function isMissingPeerDiagnostic(diagnostic: { getCode(): number; getMessageText(): unknown }, missing: Set<string>): boolean {
  if (diagnostic.getCode() !== 2307) return false;
  const text = diagnostic.getMessageText();
  return typeof text === 'string' && [...missing].some((name) => text.includes(`'${name}'`));
}

/**
 * Type-check the generated TypeScript in memory and emit `.js` + `.d.ts` (paths relative to the
 * package root: `src/x.ts` → `dist/x.js`, `dist/x.d.ts`). A diagnostic means the generator wrote
 * code that does not compile: a generator bug, reported with file:line:col.
 */
export function compilePackage(sources: { path: string; contents: string }[]): { path: string; contents: string }[] {
  // Node's types cost more to check than a whole generated package: load them only for modules
  // that import a `node:` built-in.
  const needsNode = sources.some((s) => /\bfrom\s+['"]node:|import\(\s*['"]node:/.test(s.contents));
  const peers = optionalPeerPaths();
  const compilerOptions = { ...GENERATED_COMPILER_OPTIONS, types: needsNode ? ['node'] : [], paths: peers.paths };
  const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  // Virtual files under /pkg: never written by ts-morph; only @types/node and optional peers are read from disk.
  for (const source of sources) project.createSourceFile(join('/pkg', source.path), source.contents, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics().filter((d) => !isMissingPeerDiagnostic(d, peers.missing));
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
