import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join, resolve } from 'node:path';
import { BUILTIN_MODULE_CACHE, FileCache } from './cache/file-cache.js';
import { cacheDirFor, fingerprintFolder, fingerprintGenerator, hash, RunCache, type CachedRun } from './cache/run-cache.js';
import { CONFIG_FILE, readConfig } from './config.js';
import { SpecError, type Diagnostic } from './diagnostics.js';
import type { EmittedFile } from './emit/contract.js';
import { emitInTurn, OUTPUT_KINDS, unknownOutputKinds, withDependencies } from './emit/index.js';
import { planPackage } from './plan/index.js';
import { loadSpec, type LoadedSpec } from './load/index.js';
import { findSpecFiles, toRelPath } from './load/spec-files.js';
import type { ApiModel } from './model/ir.js';
import { buildModel } from './model/index.js';
import { filterModel, filterPatternProblems, isActiveFilter, type FilterSummary, type OperationFilter } from './model/operation-filter.js';
import type { FlavourSetting } from './model/flavour.js';
import type { CompiledFile } from './render/compile.js';
import { FormatPool } from './render/format-chunks.js';
import { layoutMarkdown } from './render/markdown-layout.js';
import { oneBytePerCharacter } from './render/one-byte-text.js';
import { layoutTemplateCode } from './render/template-layout.js';
import { BUILTIN_RUNTIME_DIR, BUILTIN_TEMPLATES_DIR, TemplateSet } from './render/templates.js';
import { during, InternalError } from './processing-step.js';
import { GeneratorBugError } from './render/errors.js';
import { diffOutput, OutputComparison, outputMatches, StagedOutput, writeOutput, type OutputDiff, type OutputFile } from './write/output.js';

export { SpecError, formatDiagnostic } from './diagnostics.js';
export { GeneratorBugError } from './render/errors.js';
export type { ApiModel, Diagnostic, FilterSummary, OperationFilter, OutputFile, OutputDiff };

/** A stage of a run, as reported to `GenerateOptions.onProgress`. */
export interface ProgressEvent {
  stage: 'load' | 'model' | 'emit' | 'format' | 'compile' | 'write';
  /** Work done and total within the stage, when it can be counted. */
  done?: number;
  total?: number;
}

export interface GenerateOptions {
  /** Spec folders or files (default: `spec/`, or `spec` from apiwright.config.json). */
  spec?: string[];
  /** Output folder (default: `generated/`). */
  out?: string;
  /** A folder whose templates override the built-in ones by file name. */
  templates?: string;
  packageName?: string;
  packageVersion?: string;
  /** Folder that relative paths and apiwright.config.json are read from (default: cwd). */
  cwd?: string;
  /** Reuse the output of an identical earlier run (default: true). */
  cache?: boolean;
  /** Where the caches live (default: see `cacheDirFor`). */
  cacheDir?: string;
  /**
   * Type-check the whole generated package (default: from apiwright.config.json, else
   * `APIWRIGHT_TYPECHECK=1`/`0`, else only when custom templates are used). Every module is compiled either way; this adds the type-check.
   */
  typecheck?: boolean;
  /** Generate only the operations these patterns pick, and the schemas they reach (see README, "Generate only what you use"). */
  include?: string[];
  /** Leave out the operations these patterns pick (exclusion wins over inclusion). */
  exclude?: string[];
  /** Service conventions: `graph`, `plain` or `auto` (default: from apiwright.config.json, else `auto`). */
  flavour?: FlavourSetting;
  /**
   * The output kinds to emit (`types`, `validators`, `permissions`, `client`, `mocks`); the kinds
   * they depend on come along (default: from apiwright.config.json, else every kind).
   */
  outputs?: string[];
  /** Called as the run moves through its stages (the CLI draws a progress bar from it). */
  onProgress?: (event: ProgressEvent) => void;
}

export interface GenerateSummary {
  operations: number;
  schemas: number;
  /** With an include/exclude filter: how much of the spec it kept. */
  filter?: FilterSummary;
}

export interface GenerateResult {
  /**
   * Every file of the generated package, sorted by path. After `generateToDisk` they are read back
   * from the output folder when asked for (the run does not keep them); after a `check`, empty (the
   * files were compared with the folder as they came: see `fileHashes`).
   */
  files: OutputFile[];
  /** The IR, when this run built it (not when the output came from the cache). */
  model?: ApiModel;
  summary: GenerateSummary;
  /** True when the output was reused from an identical earlier run. */
  cached: boolean;
  /** With `cached`: each file's SHA-256, to compare with the output folder without the contents. */
  fileHashes?: { path: string; hash: string }[];
  warnings: Diagnostic[];
  /** Resolved output folder. */
  out: string;
}

/**
 * The whole pipeline in memory: load → model → plan → emit → format → compile. Throws `SpecError` for
 * problems in the input. Writes nothing.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const run = await prepareRun(options);
  if (run.hit !== undefined) return run.hit;
  const files: OutputFile[] = [];
  const { model, summary, warnings } = await produce(run, {
    hashes: false,
    add: (path, contents) => {
      files.push({ path, contents });
    },
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, model, summary, warnings, cached: false, out: run.out };
}

/** Generate and write (all or nothing), or with `check`, compare with what is on disk. */
export async function generateToDisk(options: GenerateOptions & { check?: boolean } = {}): Promise<GenerateResult & { diff?: OutputDiff }> {
  const run = await prepareRun(options);
  const hit = run.hit;
  if (hit !== undefined) {
    // A reused run whose output folder already holds exactly its files: nothing to compare or write.
    const current = hit.fileHashes !== undefined && outputMatches(hit.out, hit.fileHashes);
    if (current) return options.check === true ? withDiff(hit, { stale: [], missing: [], extra: [] }) : hit;
    const stored = run.storedHit;
    if (options.check === true) {
      if (stored?.eachFile === undefined) return withDiff(hit, diffOutput(hit.out, hit.files));
      const comparison = new OutputComparison(hit.out);
      await stored.eachFile((path, bytes) => comparison.add(path, bytes));
      return withDiff(hit, await comparison.finish());
    }
    options.onProgress?.({ stage: 'write' });
    if (stored?.eachFile === undefined) {
      writeOutput(hit.out, hit.files);
      return hit;
    }
    // File by file from the stored run, never the whole package in memory.
    const staged = new StagedOutput(hit.out);
    try {
      await stored.eachFile((path, bytes) => staged.add(path, bytes));
    } catch (error) {
      await staged.abort();
      throw error;
    }
    await staged.commit();
    return hit;
  }
  // Each file goes to disk (or is compared with it) as soon as it is rendered: the run never holds the whole package.
  const target = options.check === true ? new OutputComparison(run.out) : new StagedOutput(run.out);
  let produced: Produced;
  try {
    produced = await produce(run, { hashes: true, add: (path, _contents, bytes) => target.add(path, bytes) });
  } catch (error) {
    if (target instanceof StagedOutput) await target.abort();
    throw error;
  }
  const fileHashes = produced.fileHashes!;
  const { model, summary, warnings } = produced;
  const out = run.out;
  if (target instanceof OutputComparison) return { files: [], fileHashes, model, summary, warnings, cached: false, out, diff: await target.finish() };
  options.onProgress?.({ stage: 'write' });
  await target.commit();
  return {
    // The package is on disk, not in memory: read back only when asked for.
    get files() {
      return fileHashes.map((f) => ({ path: f.path, contents: readFileSync(join(out, ...f.path.split('/')), 'utf8') }));
    },
    fileHashes,
    model,
    summary,
    warnings,
    cached: false,
    out,
  };
}

/** `result` with a diff, its `files` still read only when asked for (a spread would read them all). */
function withDiff(result: GenerateResult, diff: OutputDiff): GenerateResult & { diff: OutputDiff } {
  return Object.defineProperties({ diff }, Object.getOwnPropertyDescriptors(result)) as GenerateResult & { diff: OutputDiff };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** Where a run's files go as they are rendered: collected in memory, written to a staging folder or compared with the output. */
interface OutputSink {
  /** Also give each file's SHA-256 (`Produced.fileHashes`), and its bytes to `add`. */
  hashes: boolean;
  /** One file of the package; `bytes` (its UTF-8) when `hashes` or the run cache asked for them. Resolves when the sink can take more. */
  add(path: string, contents: string, bytes: Buffer): void | Promise<void>;
}

interface Produced extends Pick<GenerateResult, 'summary' | 'warnings'> {
  model: ApiModel;
  /** With `OutputSink.hashes`: each file's SHA-256, sorted by path. */
  fileHashes?: { path: string; hash: string }[];
}

/** A run with its options resolved and, when the run cache has it, the reused output. */
interface PreparedRun {
  cwd: string;
  out: string;
  specInputs: string[];
  templatesPath: string | undefined;
  flavour: FlavourSetting;
  packageName: string | undefined;
  packageVersion: string | undefined;
  typecheck: boolean;
  outputs: readonly string[];
  filter: OperationFilter;
  listedSpecFiles: string[];
  cache: RunCache | undefined;
  key: string;
  fileCache: FileCache;
  progress: (event: ProgressEvent) => void;
  hit?: GenerateResult;
  /** The run cache's entry behind `hit`. */
  storedHit?: CachedRun;
}

async function prepareRun(options: GenerateOptions): Promise<PreparedRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = readConfig(cwd);
  const specInputs = options.spec ?? config.spec ?? ['spec'];
  const out = resolve(cwd, options.out ?? config.out ?? 'generated');
  const templatesDir = options.templates ?? config.templates;

  const flavour = options.flavour ?? config.flavour ?? 'auto';
  const packageName = options.packageName ?? config.packageName;
  const packageVersion = options.packageVersion ?? config.packageVersion;
  const templatesPath = templatesDir === undefined ? undefined : resolve(cwd, templatesDir);
  // apiwright's own templates are type-checked by its test suite on every kind of spec; a user's
  // templates are not, so their output is type-checked by default.
  const typecheck = options.typecheck ?? config.typecheck ?? (process.env.APIWRIGHT_TYPECHECK === undefined ? templatesPath !== undefined : process.env.APIWRIGHT_TYPECHECK === '1');

  const outputs = options.outputs ?? config.outputs ?? OUTPUT_KINDS;
  const unknownKinds = unknownOutputKinds(outputs);
  if (unknownKinds.length > 0) {
    const where = options.outputs === undefined ? { file: CONFIG_FILE } : {};
    const message = `unknown output kind${unknownKinds.length === 1 ? '' : 's'} ${unknownKinds.map((k) => `"${k}"`).join(', ')} in ${options.outputs === undefined ? '"outputs"' : '--outputs'}; the kinds are ${OUTPUT_KINDS.join(', ')}`;
    throw new SpecError([{ severity: 'error', message, ...where }]);
  }

  const filter: OperationFilter = { include: options.include ?? config.include ?? [], exclude: options.exclude ?? config.exclude ?? [] };
  // A malformed pattern is a usage error before anything is read.
  const patternProblems = filterPatternProblems(filter);
  if (patternProblems.length > 0) throw new SpecError(patternProblems.map((message) => ({ severity: 'error', message })));

  // The run's identity: apiwright itself, the templates and runtime, the options and every spec file's bytes.
  const found = findSpecFiles(specInputs, cwd);
  if (found.diagnostics.length > 0) throw new SpecError(found.diagnostics);
  const useCache = options.cache !== false;
  const cacheDir = options.cacheDir ?? cacheDirFor(cwd);
  const cache = useCache ? new RunCache(cacheDir) : undefined;
  // Formatted and compiled files are cached by content even when the run cache is off: the same
  // text always gives the same result.
  const fileCache = new FileCache(join(cacheDir, 'files'), BUILTIN_MODULE_CACHE);
  const key = useCache
    ? hash(
        JSON.stringify([
          fingerprintGenerator(),
          fingerprintFolder(BUILTIN_TEMPLATES_DIR),
          fingerprintFolder(BUILTIN_RUNTIME_DIR),
          fingerprintFolder(templatesPath),
          packageName ?? null,
          packageVersion ?? null,
          typecheck,
          filter,
          flavour,
          withDependencies(outputs),
          found.files.map((f) => [toRelPath(found.root, f), hash(readFileSync(f))]),
        ]),
      )
    : '';
  const run: PreparedRun = { cwd, out, specInputs, templatesPath, flavour, packageName, packageVersion, typecheck, outputs, filter, listedSpecFiles: found.files, cache, key, fileCache, progress: options.onProgress ?? (() => {}) };
  const hit = cache?.get(key);
  if (hit !== undefined) {
    run.storedHit = hit;
    run.hit = {
      get files() {
        return hit.files;
      },
      fileHashes: hit.fileHashes,
      summary: hit.summary,
      warnings: hit.warnings,
      cached: true,
      out,
    };
  }
  return run;
}

/**
 * load → model → plan, then emit one output kind at a time, each module rendered (laid out or
 * formatted, compiled, declared) and handed to `sink` as soon as it is ready: while one kind's
 * modules render (esbuild in its process, big declarations on worker threads), the next kind is
 * emitted, and a kind's text is dropped once rendered. So the run holds the model and about two
 * kinds' modules, never the whole package. The run cache's entry is written as the files come.
 */
async function produce(run: PreparedRun, sink: OutputSink): Promise<Produced> {
  const { progress, fileCache } = run;
  progress({ stage: 'load' });
  const loaded = during('loading the spec files', undefined, () => loadSpec(run.specInputs, run.cwd));
  const { model, filtered, templates, batches } = locatingInternalErrors(loaded, () => {
    progress({ stage: 'model' });
    const whole = during('modelling', undefined, () => buildModel(loaded, { flavour: run.flavour }));
    const filtered = isActiveFilter(run.filter) ? filterModel(whole, run.filter) : undefined;
    const model = filtered?.model ?? whole;
    const plan = during('planning names', undefined, () => planPackage(model));
    const templates = new TemplateSet(run.templatesPath);
    const batches = emitInTurn(
      {
        model,
        plan,
        templates,
        packageName: run.packageName ?? defaultPackageName(model.info.title),
        packageVersion: run.packageVersion ?? defaultPackageVersion(model.info.version),
      },
      run.outputs,
    );
    return { model, filtered, templates, batches };
  });

  // Prettier and the TypeScript compiler are loaded only when there is something to do.
  const { formatTypeScript } = await import('./render/format.js');
  const { compileModule, loadEsbuild, typeCheck } = await import('./render/compile.js');
  await loadEsbuild();
  const pool = new FormatPool();
  const cacheWriter = run.cache?.writer(run.key);
  // The built-in templates are written in their final layout, and the code they insert is laid out
  // by `layoutTemplateCode`: no prettier pass (seconds on a big spec). A module holding a custom
  // template's output is formatted; so are the static runtime modules (formatted once, at build
  // time: see `FileCache`).
  const laidOutByTemplates = (file: EmittedFile) => file.preformattedFrom === undefined && !file.path.includes('/runtime/') && !templates.holdsOverrideOutput(file.contents);
  // Only a type-check needs every module at once (it is opt-in: see `GenerateOptions.typecheck`).
  const checked: { path: string; contents: string }[] = [];
  const declared = new Map<string, CompiledFile>();
  const fileHashes: { path: string; hash: string }[] = [];
  const needBytes = sink.hashes || cacheWriter !== undefined;
  // A file's text is encoded once; its bytes are hashed off the main thread.
  const encode = async (contents: string): Promise<Encoded> => {
    const bytes = Buffer.from(contents);
    return { bytes, sha256: await sha256(bytes) };
  };
  const deliver = async (path: string, contents: string, encoded?: Encoded): Promise<void> => {
    const known = encoded ?? (needBytes ? await encode(contents) : undefined);
    await sink.add(path, contents, known?.bytes ?? EMPTY);
    if (known === undefined) return;
    if (sink.hashes) fileHashes.push({ path, hash: known.sha256 });
    await cacheWriter?.add(path, known.bytes, known.sha256);
  };
  const render = async (file: EmittedFile): Promise<void> => {
    const { path, internalFrom } = file;
    const emittedLength = file.contents.length;
    const head = file.preformattedFrom === undefined ? file.contents : file.contents.slice(0, file.preformattedFrom);
    const tail = file.contents.slice(head.length);
    const contents = path.endsWith('.ts')
      ? laidOutByTemplates(file)
        ? file.contents.length > LAYOUT_ON_WORKER_FROM && FormatPool.available()
          ? await pool.layout(file.contents, 'code')
          : layoutTemplateCode(file.contents)
        : (await formatTypeScript(path, head, fileCache, pool)) + tail
      : path.endsWith('.md')
        ? file.contents.length > LAYOUT_ON_WORKER_FROM && FormatPool.available()
          ? await pool.layout(file.contents, 'markdown')
          : layoutMarkdown(file.contents)
        : file.contents;
    if (!isModule(path)) {
      await deliver(path, contents);
    } else {
      // Where the exported declarations end, in the formatted text (the internal part is laid out, so unchanged).
      const exportsEnd = internalFrom === undefined ? contents.length : contents.length - (emittedLength - internalFrom);
      // The source's bytes serve its delivery, the compile cache's key and esbuild's input. Hashed
      // here, not off the thread: the compile (and its declarations job) must start before the
      // main thread goes on to emit the next kind.
      const bytes = Buffer.from(contents);
      const encoded = { bytes, sha256: hash(bytes) };
      const source = deliver(path, contents, encoded);
      const compiled = await compileModule({ path, contents }, fileCache, pool, exportsEnd, encoded, 'caller');
      if (run.typecheck) checked.push({ path, contents }), declared.set(path, { js: compiled.js, dts: compiled.dts });
      // The compiled files' bytes serve both their delivery and the compile cache's entry (not a second copy of a huge module's).
      const js = await encode(compiled.js);
      const dts = await encode(compiled.dts);
      if (compiled.cacheKey !== undefined) fileCache.set('transpiled', compiled.cacheKey, { js: js.bytes, dts: dts.bytes });
      const base = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      await deliver(`${base}.js`, compiled.js, js);
      await deliver(`${base}.d.ts`, compiled.dts, dts);
      await source;
    }
    progress({ stage: 'format', done: ++doneCount, total: emittedCount });
  };

  let doneCount = 0;
  let emittedCount = 0;
  // The first render that failed (the others are let finish, then the run fails with it).
  let failure: { error: unknown } | undefined;
  const settle = (work: Promise<void>): Promise<void> => work.catch((error: unknown) => void (failure ??= { error }));
  const throwIfFailed = (): void => {
    if (failure !== undefined) throw failure.error;
  };
  // The kinds still rendering, with their emitted text's size: the next kind is emitted while they
  // render, as long as they hold less than `RENDERING_BUDGET` characters (the oldest is waited for).
  const rendering: { done: Promise<unknown>; size: number }[] = [];
  const renderingSize = () => rendering.reduce((n, batch) => n + batch.size, 0);
  progress({ stage: 'emit' });
  try {
    for (;;) {
      while (rendering.length > 0 && renderingSize() > RENDERING_BUDGET) await rendering.shift()!.done;
      throwIfFailed();
      const next = locatingInternalErrors(loaded, () => batches.next());
      if (next.done === true) break;
      // The batch is emptied: from here on only its renders hold the modules' text, one byte per
      // character when it can be.
      const files = next.value.splice(0);
      for (const file of files) file.contents = oneBytePerCharacter(file.contents);
      emittedCount += files.length;
      progress({ stage: 'format', done: doneCount, total: emittedCount });
      const size = files.reduce((n, file) => n + file.contents.length, 0);
      rendering.push({ done: Promise.all(files.map((file) => settle(render(file)))), size });
      // Let the renders started reach esbuild and the workers before the main thread emits again.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // Every module is emitted: the workers are not needed past their last jobs (see `retireWhenIdle`).
    pool.retireWhenIdle();
    await Promise.all(rendering.splice(0).map((batch) => batch.done));
    throwIfFailed();
    if (run.typecheck) {
      progress({ stage: 'compile' });
      await typeCheck(checked, declared, fileCache);
    }
  } catch (error) {
    await Promise.all(rendering.map((batch) => batch.done));
    await cacheWriter?.abort();
    throw error;
  } finally {
    await pool.close();
    await fileCache.flush();
  }
  const summary: GenerateSummary = { operations: model.operations.length, schemas: model.schemas.length, ...(filtered === undefined ? {} : { filter: filtered.summary }) };
  const listed = new Set(run.listedSpecFiles);
  await cacheWriter?.finish({
    warnings: model.warnings,
    summary,
    extraInputs: loaded.documents.filter((d) => !listed.has(d.absPath)).map((d) => ({ path: d.absPath, hash: hash(d.text) })),
  });
  fileHashes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { model, summary, warnings: model.warnings, ...(sink.hashes ? { fileHashes } : {}) };
}

const EMPTY = Buffer.alloc(0);

/** A file's UTF-8 bytes and their SHA-256. */
interface Encoded {
  bytes: Buffer;
  sha256: string;
}

/**
 * How much emitted text (characters) may be rendering while the next output kind is emitted: more
 * overlaps emitting with rendering (esbuild and the declaration workers run beside the main
 * thread); less bounds the memory a run holds. One kind always renders, whatever its size. Graph
 * levels 3's validators module (123 MB) alone held up the emit of every other kind until it was
 * compiled: 64 MB 39.5 s / 2.34 GB, 112 MB 37.8 s / 2.2-2.3 GB, 256 MB 33.4-36.1 s / 2.4-2.5 GB
 * (with huge layouts on a worker of their own; levels 2, GitHub and the Graph reference the same).
 */
const RENDERING_BUDGET = 256 * 1024 * 1024;

/**
 * A built-in template's module or a Markdown file longer than this is laid out on a worker
 * thread, so the main thread goes on emitting (Graph L2's client module: a second of layout).
 */
const LAYOUT_ON_WORKER_FROM = 1024 * 1024;

/** A TypeScript module of the package's source, compiled into `dist/`. */
function isModule(path: string): boolean {
  return path.startsWith('src/') && path.endsWith('.ts');
}

/** `Microsoft Graph Intune` → `microsoft-graph-intune` (a valid npm name). */
export function defaultPackageName(title: string): string {
  const name = title
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 200);
  return name === '' ? 'api-client' : name;
}

/** A semver version from `info.version` (`v1.0` → `1.0.0`; anything else → `0.0.0`). */
export function defaultPackageVersion(version: string): string {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (match === null) return '0.0.0';
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}${match[4] ?? ''}`;
}

/**
 * An `InternalError` from `work` leaves as a `GeneratorBugError` whose message starts with the
 * spec location being processed (`spec/x.yaml:12:3: internal error while emitting mocks for GET /x: …`).
 */
function locatingInternalErrors<T>(loaded: LoadedSpec, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof InternalError)) throw error;
    const source = error.source;
    const document = source === undefined ? undefined : loaded.documents.find((d) => d.relPath === source.file);
    let where = source === undefined ? '' : `${source.file}: `;
    if (document !== undefined && source !== undefined) {
      try {
        const { line, col } = document.position(source.pointer);
        where = `${source.file}:${line}:${col}: `;
      } catch {
        // The location stays the file's name.
      }
    }
    throw new GeneratorBugError(`${where}${error.message}`);
  }
}
