import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILTIN_MODULE_CACHE, FileCache } from './cache/file-cache.js';
import { cacheDirFor, fingerprintFolder, fingerprintGenerator, hash, RunCache } from './cache/run-cache.js';
import { CONFIG_FILE, readConfig } from './config.js';
import { SpecError, type Diagnostic } from './diagnostics.js';
import type { EmittedFile } from './emit/contract.js';
import { emitAll, OUTPUT_KINDS, unknownOutputKinds, withDependencies } from './emit/index.js';
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
import { layoutTemplateCode } from './render/template-layout.js';
import { BUILTIN_RUNTIME_DIR, BUILTIN_TEMPLATES_DIR, TemplateSet } from './render/templates.js';
import { during, InternalError } from './processing-step.js';
import { GeneratorBugError } from './render/errors.js';
import { diffOutput, outputMatches, writeOutput, type OutputDiff, type OutputFile } from './write/output.js';

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
  /** Every file of the generated package, sorted by path. */
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
  const hit = cache?.get(key);
  if (hit !== undefined) {
    return {
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

  const progress = options.onProgress ?? (() => {});
  progress({ stage: 'load' });
  const loaded = during('loading the spec files', undefined, () => loadSpec(specInputs, cwd));
  const { model, emitted, filtered, templates } = locatingInternalErrors(loaded, () => {
    progress({ stage: 'model' });
    const whole = during('modelling', undefined, () => buildModel(loaded, { flavour }));
    const filtered = isActiveFilter(filter) ? filterModel(whole, filter) : undefined;
    const model = filtered?.model ?? whole;
    const plan = during('planning names', undefined, () => planPackage(model));
    progress({ stage: 'emit' });
    const templates = new TemplateSet(templatesPath);
    const emitted = emitAll({
      model,
      plan,
      templates,
      packageName: packageName ?? defaultPackageName(model.info.title),
      packageVersion: packageVersion ?? defaultPackageVersion(model.info.version),
    }, outputs);
    return { model, emitted, filtered, templates };
  });

  // Prettier and the TypeScript compiler are loaded only when there is something to do. Each
  // module is compiled as soon as it is formatted, so small modules compile while big ones format.
  const { formatTypeScript } = await import('./render/format.js');
  const { compileModule, compiledOutputs, typeCheck } = await import('./render/compile.js');
  let doneCount = 0;
  progress({ stage: 'format', done: 0, total: emitted.length });
  const pool = new FormatPool();
  // The built-in templates are written in their final layout, and the code they insert is laid out
  // by `layoutTemplateCode`: no prettier pass (seconds on a big spec). A module holding a custom
  // template's output is formatted; so are the static runtime modules (formatted once, at build
  // time: see `FileCache`).
  const laidOutByTemplates = (file: EmittedFile) => file.preformattedFrom === undefined && !file.path.includes('/runtime/') && !templates.holdsOverrideOutput(file.contents);
  const modules = new Map<string, CompiledFile>();
  const formatted = await Promise.all(
    emitted.map(async (file) => {
      const head = file.preformattedFrom === undefined ? file.contents : file.contents.slice(0, file.preformattedFrom);
      const tail = file.contents.slice(head.length);
      const contents = file.path.endsWith('.ts')
        ? laidOutByTemplates(file)
          ? layoutTemplateCode(file.contents)
          : (await formatTypeScript(file.path, head, fileCache, pool)) + tail
        : file.path.endsWith('.md')
          ? layoutMarkdown(file.contents)
          : file.contents;
      // Where the exported declarations end, in the formatted text (the internal part is laid out, so unchanged).
      const exportsEnd = file.internalFrom === undefined ? contents.length : contents.length - (file.contents.length - file.internalFrom);
      if (isModule(file.path)) modules.set(file.path, await compileModule({ path: file.path, contents }, fileCache, pool, exportsEnd));
      progress({ stage: 'format', done: ++doneCount, total: emitted.length });
      return { path: file.path, contents };
    }),
  ).finally(() => pool.close());
  if (typecheck) {
    progress({ stage: 'compile' });
    await typeCheck(formatted.filter((f) => isModule(f.path)), modules, fileCache);
  }
  const compiled = compiledOutputs(modules);
  const output = [...formatted, ...compiled].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const summary: GenerateSummary = { operations: model.operations.length, schemas: model.schemas.length, ...(filtered === undefined ? {} : { filter: filtered.summary }) };
  const listed = new Set(found.files);
  cache?.set(key, {
    files: output,
    warnings: model.warnings,
    summary,
    extraInputs: loaded.documents.filter((d) => !listed.has(d.absPath)).map((d) => ({ path: d.absPath, hash: hash(d.text) })),
  });
  return { files: output, model, summary, warnings: model.warnings, cached: false, out };
}

/** A TypeScript module of the package's source, compiled into `dist/`. */
function isModule(path: string): boolean {
  return path.startsWith('src/') && path.endsWith('.ts');
}

/** Generate and write (all or nothing), or with `check`, compare with what is on disk. */
export async function generateToDisk(options: GenerateOptions & { check?: boolean } = {}): Promise<GenerateResult & { diff?: OutputDiff }> {
  const result = await generate(options);
  // A reused run whose output folder already holds exactly its files: nothing to compare or write.
  const current = result.fileHashes !== undefined && outputMatches(result.out, result.fileHashes);
  if (options.check === true) return { ...result, diff: current ? { stale: [], missing: [], extra: [] } : diffOutput(result.out, result.files) };
  if (current) return result;
  options.onProgress?.({ stage: 'write' });
  writeOutput(result.out, result.files);
  return result;
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
