import { dirname, posix } from 'node:path';
import { createRequire } from 'node:module';
import { hash } from '../cache/run-cache.js';
import { FileCache } from '../cache/file-cache.js';
import { GeneratorBugError } from './errors.js';

const require = createRequire(import.meta.url);

/**
 * Compiler options for the generated package: as strict as the strictest consumer. (Enum values
 * are written as numbers so this module does not load TypeScript until it has to compile.)
 */
export const GENERATED_COMPILER_OPTIONS = {
  target: 9, // ES2022
  module: 199, // NodeNext
  moduleResolution: 99, // NodeNext
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  declaration: true,
  skipLibCheck: true,
  newLine: 1, // LF
  removeComments: false,
  types: [] as string[],
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

function optionalPeers(): { paths: Record<string, string[]>; missing: Set<string>; versions: string[] } {
  const paths: Record<string, string[]> = {};
  const missing = new Set<string>();
  const versions: string[] = [];
  for (const name of [...OPTIONAL_PEERS, '@types/node']) {
    try {
      const manifest = require.resolve(`${name}/package.json`);
      versions.push(`${name}@${(require(manifest) as { version: string }).version}`);
      if (name !== '@types/node') paths[name] = [dirname(manifest)];
    } catch {
      if (name !== '@types/node') missing.add(name);
    }
  }
  return { paths, missing, versions };
}

interface CompiledFile {
  js: string;
  dts: string;
}

/** Relative imports of a module (`./runtime/x.js` → `src/runtime/x.ts`). */
function localImports(path: string, contents: string, known: Set<string>): string[] {
  const out: string[] = [];
  for (const match of contents.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = posix.normalize(posix.join(posix.dirname(path), match[1]!)).replace(/\.js$/, '.ts');
    if (known.has(target)) out.push(target);
  }
  return out;
}

/**
 * Type-check the generated TypeScript and emit `.js` + `.d.ts` (paths relative to the package
 * root: `src/x.ts` → `dist/x.js`, `dist/x.d.ts`). A diagnostic means the generator wrote code that
 * does not compile: a generator bug, reported with file:line:col.
 *
 * Modules whose text — and the text of every module they import, transitively — was compiled
 * before come from the cache; the rest are checked against those modules' declarations, which
 * say everything a type-check needs from them. So the static runtime modules every package
 * carries, and a package whose spec did not change, are not compiled again.
 */
export async function compilePackage(sources: { path: string; contents: string }[], cache = new FileCache(undefined)): Promise<{ path: string; contents: string }[]> {
  const peers = optionalPeers();
  const known = new Set(sources.map((s) => s.path));
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const importsOf = new Map(sources.map((s) => [s.path, localImports(s.path, s.contents, known)]));
  const optionsKey = hash(JSON.stringify([GENERATED_COMPILER_OPTIONS, peers.versions, require('ts-morph/package.json').version]));
  const keyOf = new Map<string, string>();
  for (const source of sources) {
    const closure = new Set<string>([source.path]);
    const stack = [source.path];
    while (stack.length > 0) for (const next of importsOf.get(stack.pop()!) ?? []) if (!closure.has(next)) closure.add(next), stack.push(next);
    keyOf.set(source.path, hash(JSON.stringify([optionsKey, source.path, ...[...closure].sort().map((p) => [p, hash(byPath.get(p)!.contents)])])));
  }

  const reused = new Map<string, CompiledFile>();
  for (const source of sources) {
    const hit = cache.get<CompiledFile>('compiled', keyOf.get(source.path)!);
    if (hit !== undefined) reused.set(source.path, hit);
  }
  const fresh = sources.filter((s) => !reused.has(s.path));
  const outputs: { path: string; contents: string }[] = [];
  if (fresh.length > 0) {
    const { Project } = await import('ts-morph');
    const checked = [...fresh.map((s) => s.contents), ...[...reused.values()].map((r) => r.dts)];
    // Node's types cost more to check than a whole generated package: load them only when needed.
    const needsNode = checked.some((text) => /\bfrom\s+['"]node:|import\(\s*['"]node:/.test(text));
    const compilerOptions = { ...GENERATED_COMPILER_OPTIONS, types: needsNode ? ['node'] : [], paths: peers.paths };
    const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
    // Virtual files under /pkg, never written; only lib files, @types/node and peers are read from disk.
    for (const source of fresh) project.createSourceFile(`/pkg/${source.path}`, source.contents, { overwrite: true });
    for (const [path, compiled] of reused) project.createSourceFile(`/pkg/${path.replace(/\.ts$/, '.d.ts')}`, compiled.dts, { overwrite: true });
    const diagnostics = project.getPreEmitDiagnostics().filter((d) => {
      if (d.getCode() !== 2307) return true;
      const text = d.getMessageText();
      return !(typeof text === 'string' && [...peers.missing].some((name) => text.includes(`'${name}'`)));
    });
    if (diagnostics.length > 0) {
      const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, '');
      throw new GeneratorBugError(`the generated package does not type-check (a generator bug); nothing was written:\n${text}`);
    }
    const emitted = new Map(project.emitToMemory().getFiles().map((f) => [f.filePath.replace(/^\/pkg\//, ''), f.text]));
    for (const source of fresh) {
      const base = source.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      const compiled = { js: emitted.get(`${base}.js`) ?? '', dts: emitted.get(`${base}.d.ts`) ?? '' };
      cache.set('compiled', keyOf.get(source.path)!, compiled);
      reused.set(source.path, compiled);
    }
  }
  for (const [path, compiled] of reused) {
    const base = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    outputs.push({ path: `${base}.js`, contents: compiled.js }, { path: `${base}.d.ts`, contents: compiled.dts });
  }
  return outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
