import { dirname, posix } from 'node:path';
import { createRequire } from 'node:module';
import { hash } from '../cache/run-cache.js';
import { FileCache } from '../cache/file-cache.js';
import { declarationsFromText } from './declarations.js';
import { skimBodies } from './declaration-skim.js';
import { transpile } from './transpile.js';
import { GeneratorBugError } from './errors.js';
import { FormatPool } from './format-chunks.js';
import { loadTypeScript, type TypeScript } from './typescript.js';

export { loadTypeScript };

const require = createRequire(import.meta.url);

/**
 * Compiler options for the generated package: as strict as the strictest consumer. (Enum values
 * are written as numbers so this module does not load TypeScript until it has to.)
 * `isolatedDeclarations` holds the generated code to what lets each module's `.d.ts` be written
 * from that module alone (explicit types on everything exported).
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
  isolatedDeclarations: true,
  skipLibCheck: true,
  newLine: 1, // LF
  removeComments: false,
  types: [] as string[],
  typeRoots: [dirname(dirname(require.resolve('@types/node/package.json')))],
  rootDir: '/pkg/src',
  outDir: '/pkg/dist',
};

/**
 * What esbuild is told: the generated code's own semantics (ES2022 class fields, ES modules). Its
 * default charset (ASCII) escapes every character past ASCII, as the sources escape those past
 * Latin-1: a module's JavaScript is held one byte per character (with `utf8`, one `’` in a string
 * had GitHub's 19 MB validators held in 38 MB).
 */
const ESBUILD_OPTIONS = {
  loader: 'ts',
  format: 'esm',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
} as const;

const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
/** Everything a module's `.js` + `.d.ts` depend on besides its own text. */
const TRANSPILER = hash(JSON.stringify(['declarations-from-text-4', ESBUILD_OPTIONS, GENERATED_COMPILER_OPTIONS, versionOf('esbuild'), versionOf('ts-morph')]));

/**
 * Optional peer dependencies a generated module may import (the mocks' MSW entry imports `msw`).
 * Their types are read from wherever apiwright itself can resolve them (its own or the project's
 * node_modules). When a peer is not installed, a module importing it is not type-checked (its
 * types come from the peer) and the rest of the package is checked against its declarations:
 * the consumer who uses that entry point installs the peer, and then it is checked.
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

export interface CompiledFile {
  js: string;
  dts: string;
}

type Source = { path: string; contents: string };

export interface CompileOptions {
  /**
   * Also type-check the whole package (with the TypeScript compiler, through ts-morph). Without
   * it each module is only transpiled: its syntax and its declarations are checked, its types not.
   */
  typecheck?: boolean;
  /** Worker threads for the declarations (see `FormatPool`). */
  pool?: FormatPool;
}

let esbuildLoaded: Promise<typeof import('esbuild')> | undefined;

/**
 * esbuild's API, loaded once. A run loads it before it emits, so a module's compile starts as soon
 * as the module is rendered (loading it in the middle of the run waits for the main thread).
 */
export function loadEsbuild(): Promise<typeof import('esbuild')> {
  esbuildLoaded ??= import('esbuild');
  return esbuildLoaded;
}

/**
 * A module's compiled form, from the cache or written now (see `compilePackage`). `exportsEnd`:
 * where the module's exported declarations end, when the rest is internal code. `encoded`: the
 * text's UTF-8 bytes and their SHA-256, when the caller has them (not encoded and hashed again).
 * `storedBy: 'caller'`: a result written now is not stored in `cache` here; it comes back with
 * its `cacheKey`, for the caller to store with the bytes it encodes anyway (see `FileCache.set`).
 */
export async function compileModule(
  source: Source,
  cache = new FileCache(undefined),
  pool?: FormatPool,
  exportsEnd = source.contents.length,
  encoded?: { bytes: Uint8Array; sha256: string },
  storedBy: 'here' | 'caller' = 'here',
): Promise<CompiledFile & { cacheKey?: string }> {
  const key = hash(JSON.stringify([TRANSPILER, source.path, encoded?.sha256 ?? hash(source.contents), exportsEnd]));
  const hit = cache.get<CompiledFile>('transpiled', key);
  if (hit !== undefined) return hit;
  // Text after `exportsEnd` exports nothing (see `EmittedFile.internalFrom`): the declarations are
  // written from the text before it.
  const declared = exportsEnd === source.contents.length ? source : { path: source.path, contents: source.contents.slice(0, exportsEnd) };
  const esbuild = await loadEsbuild();
  // esbuild works in its own process while TypeScript writes the declarations (in a worker when
  // there is a pool, else here).
  const script = transpile(esbuild, source.contents, encoded?.bytes, { ...ESBUILD_OPTIONS, sourcefile: source.path }).then(
    (code) => code,
    (error: unknown) => {
      throw new GeneratorBugError(`generated ${source.path} does not compile (a generator bug); nothing was written:\n${error instanceof Error ? error.message : String(error)}`);
    },
  );
  // A module that compiles to no code at all declares only types (its text parsed, by esbuild):
  // its text is its declarations, with no TypeScript run. (A module with a line declaring a value
  // is not waited for: its declarations are written while esbuild runs.)
  const typesOnly = declared === source && !VALUE_DECLARATION.test(source.contents) && (await script).trim() === '';
  let dts: string;
  try {
    if (typesOnly) dts = typesOnlyDeclarations(source.contents);
    else {
      // The declarations are read from the module without its bodies (see `declaration-skim.ts`):
      // a worker is sent that text, not the whole module.
      const skimmed = skimBodies(declared.contents);
      const job: SkimmedSource = skimmed === undefined || skimmed === declared.contents ? declared : { path: declared.path, contents: skimmed, skimmed: true };
      // With a pool every module is declared on a worker, so the main thread never loads TypeScript
      // (0.4 s; GitHub's spec 5.7 s → 5.55 s, the seed 0.68 s → 0.59 s).
      if (pool !== undefined && FormatPool.available()) {
        dts = (await pool.declarations([job]))[0] ?? (await pool.declarations([declared]))[0]!;
      } else {
        const ts = loadTypeScript();
        dts = (job.skimmed === true ? declarationsOfSkimmed(ts, job) : undefined) ?? declarationsOf(ts, declared, { skim: false });
      }
    }
  } catch (error) {
    script.catch(() => {});
    throw error instanceof GeneratorBugError ? error : new GeneratorBugError(error instanceof Error ? error.message : String(error));
  }
  const file = { js: await script, dts };
  if (storedBy === 'caller') return { ...file, cacheKey: key };
  cache.set('transpiled', key, file);
  return file;
}

/**
 * Compile the generated TypeScript (`src/x.ts` → `dist/x.js` + `dist/x.d.ts`, paths relative to
 * the package root). Each module is compiled on its own, so no module waits for a type-check:
 * `.js` by esbuild (type annotations stripped, nothing else changed), `.d.ts` by TypeScript's
 * isolated declaration emit. Both are cached by the module's text. With `typecheck`, the package
 * is type-checked too (see `typeCheck`). A diagnostic means the generator (or a custom template)
 * wrote code that does not compile, reported with file:line:col; nothing is written.
 */
export async function compilePackage(sources: Source[], cache = new FileCache(undefined), options: CompileOptions = {}): Promise<Source[]> {
  const compiled = new Map<string, CompiledFile>();
  await Promise.all(sources.map(async (source) => compiled.set(source.path, await compileModule(source, cache, options.pool))));
  if (options.typecheck === true) await typeCheck(sources, compiled, cache);
  return compiledOutputs(compiled);
}

/** `dist/` files of compiled modules, sorted by path. */
export function compiledOutputs(compiled: Map<string, CompiledFile>): Source[] {
  const outputs: Source[] = [];
  for (const [path, file] of compiled) {
    const base = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    outputs.push({ path: `${base}.js`, contents: file.js }, { path: `${base}.d.ts`, contents: file.dts });
  }
  return outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A line that declares a value (a function, a constant, a class): a hint that a module is not types only. */
const VALUE_DECLARATION = /^[ \t]*(export[ \t]+)?(async[ \t]+)?(function|const|let|var|class|enum)\b/m;

/**
 * The `.d.ts` of a module of types only (imports, type aliases, interfaces): its own text, ending in
 * `export {}` so a type it does not export stays its own (in a declaration file every top-level
 * declaration is exported unless the file says `export {}`).
 */
export function typesOnlyDeclarations(text: string): string {
  return `${text.replace(/\s*$/, '')}\n\nexport {};\n`;
}

/** A module to declare, by its text without bodies (`skimBodies`). */
export type SkimmedSource = Source & { skimmed?: true };

/**
 * A module's `.d.ts` read from its skimmed text; `undefined` when that text does not parse or
 * holds what only TypeScript's emit declares: the module is then declared from its whole text.
 */
export function declarationsOfSkimmed(ts: TypeScript, source: Source): string | undefined {
  return declarationsFromText(ts, `/pkg/${source.path}`, source.contents, { rejectSyntaxErrors: true });
}

/**
 * A module's `.d.ts`, from its text alone (`isolatedDeclarations`). `skim: false` when the caller
 * has tried the skimmed text already (`compileModule`): the whole text is read at once.
 */
export function declarationsOf(ts: TypeScript, source: Source, { skim = true } = {}): string {
  const fileName = `/pkg/${source.path}`;
  // Most generated modules' declarations are their own signatures (see `declarations.ts`), read
  // from the module without its bodies and initializers when it follows the generator's layout
  // (see `declaration-skim.ts`), else from the whole module.
  const skimmed = skim ? skimBodies(source.contents) : undefined;
  const read =
    (skimmed !== undefined && skimmed !== source.contents ? declarationsOfSkimmed(ts, { path: source.path, contents: skimmed }) : undefined) ??
    declarationsFromText(ts, fileName, source.contents);
  if (read !== undefined) return read;
  const result = ts.transpileDeclaration(source.contents, { fileName, compilerOptions: GENERATED_COMPILER_OPTIONS as never, reportDiagnostics: true });
  const problems = result.diagnostics ?? [];
  if (problems.length > 0) {
    const text = problems.slice(0, 20).map((d) => {
      const at = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${source.path}${at === undefined ? '' : `:${at.line + 1}:${at.character + 1}`}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    throw new GeneratorBugError(`the declarations of generated ${source.path} cannot be written (a generator bug); nothing was written:\n${text.join('\n')}`);
  }
  return result.outputText;
}

/** Whether a module imports one of `packages` (or a subpath of one). */
function importsAny(contents: string, packages: Set<string>): boolean {
  if (packages.size === 0) return false;
  for (const match of contents.matchAll(/(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)) {
    const specifier = match[1]!;
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    if (packages.has(name)) return true;
  }
  return false;
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
 * Type-check the package. A module whose text — and the text of every module it imports,
 * transitively — was checked before is not checked again: the others are checked against its
 * declarations, which say everything a type-check needs from it. So the static runtime modules
 * every package carries, and a package whose spec did not change, cost nothing here.
 */
export async function typeCheck(sources: Source[], compiled: Map<string, CompiledFile>, cache: FileCache): Promise<void> {
  const peers = optionalPeers();
  const known = new Set(sources.map((s) => s.path));
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const importsOf = new Map(sources.map((s) => [s.path, localImports(s.path, s.contents, known)]));
  const optionsKey = hash(JSON.stringify([GENERATED_COMPILER_OPTIONS, peers.versions, versionOf('ts-morph')]));
  const keyOf = new Map<string, string>();
  for (const source of sources) {
    const closure = new Set<string>([source.path]);
    const stack = [source.path];
    while (stack.length > 0) for (const next of importsOf.get(stack.pop()!) ?? []) if (!closure.has(next)) closure.add(next), stack.push(next);
    keyOf.set(source.path, hash(JSON.stringify([optionsKey, source.path, ...[...closure].sort().map((p) => [p, hash(byPath.get(p)!.contents)])])));
  }
  // A module importing an optional peer the project lacks (the MSW entry without msw) cannot be
  // checked: its types come from the peer. The rest is checked against its declarations (written
  // from its text alone); it is checked itself wherever the peer is installed.
  const lacksPeer = (s: Source) => importsAny(s.contents, peers.missing);
  const fresh = sources.filter((s) => cache.get<boolean>('checked', keyOf.get(s.path)!) !== true && !lacksPeer(s));
  if (fresh.length === 0) return;
  const reused = sources.filter((s) => !fresh.includes(s));

  const { Project } = await import('ts-morph');
  const checked = [...fresh.map((s) => s.contents), ...reused.map((s) => compiled.get(s.path)!.dts)];
  // Node's types cost more to check than a whole generated package: load them only when needed.
  const needsNode = checked.some((text) => /\bfrom\s+['"]node:|import\(\s*['"]node:/.test(text));
  const compilerOptions = { ...GENERATED_COMPILER_OPTIONS, types: needsNode ? ['node'] : [], paths: peers.paths };
  const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  // Virtual files under /pkg, never written; only lib files, @types/node and peers are read from disk.
  for (const source of fresh) project.createSourceFile(`/pkg/${source.path}`, source.contents, { overwrite: true });
  for (const source of reused) project.createSourceFile(`/pkg/${source.path.replace(/\.ts$/, '.d.ts')}`, compiled.get(source.path)!.dts, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics().filter((d) => {
    if (d.getCode() !== 2307) return true;
    const text = d.getMessageText();
    return !(typeof text === 'string' && [...peers.missing].some((name) => text.includes(`'${name}'`)));
  });
  if (diagnostics.length > 0) {
    const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20)).replace(/\u001b\[[0-9;]*m/g, '');
    throw new GeneratorBugError(`the generated package does not type-check (a generator bug); nothing was written:\n${text}`);
  }
  for (const source of fresh) cache.set('checked', keyOf.get(source.path)!, true);
}
