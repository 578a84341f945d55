import { createRequire } from 'node:module';
import type * as Prettier from 'prettier';
import { GeneratorBugError } from './errors.js';
import { FileCache } from '../cache/file-cache.js';
import { hash } from '../cache/run-cache.js';
import { FormatPool, groupChunks, joinChunks, splitStatements } from './format-chunks.js';

const require = createRequire(import.meta.url);

/**
 * Prettier's `format`, loaded only when something is not in the cache: its standalone build with
 * the two plugins `babel-ts` needs, which loads faster than the whole package (same output).
 */
export type FormatFunction = (source: string, options: Prettier.Options) => Promise<string>;
let loaded: Promise<FormatFunction> | undefined;
export function loadPrettier(): Promise<FormatFunction> {
  loaded ??= (async () => {
    const [standalone, babel, estree] = await Promise.all([import('prettier/standalone'), import('prettier/plugins/babel'), import('prettier/plugins/estree')]);
    return (source: string, options: Prettier.Options) => standalone.format(source, { ...options, plugins: [babel, estree as Prettier.Plugin] });
  })();
  return loaded;
}
const PRETTIER_VERSION = (require('prettier/package.json') as { version: string }).version;

/** Prettier options for generated code: fixed here so output never depends on a user's config. */
export const PRETTIER_OPTIONS: Prettier.Options = {
  parser: 'babel-ts',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

const FORMATTER = hash(JSON.stringify([PRETTIER_OPTIONS, PRETTIER_VERSION]));

/** Files larger than this are formatted statement by statement (see `format-chunks.ts`). */
export const CHUNKED_FORMAT_THRESHOLD = 256 * 1024;

/**
 * Format a generated TypeScript file (from the cache when this exact text was formatted before).
 * A syntax error here is a generator bug: name the file.
 */
export async function formatTypeScript(path: string, source: string, cache = new FileCache(undefined), pool?: FormatPool): Promise<string> {
  const key = hash(FORMATTER + source);
  const cached = cache.get<string>('formatted', key);
  if (cached !== undefined) return cached;
  // A module to format is a module to compile: get the workers ready for that.
  pool?.warmUp();
  try {
    const formatted = source.length > CHUNKED_FORMAT_THRESHOLD ? await formatInChunks(source, cache, pool) : await (await loadPrettier())(source, PRETTIER_OPTIONS);
    cache.set('formatted', key, formatted);
    return formatted;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GeneratorBugError(`generated ${path} is not valid TypeScript (a generator bug):\n${message}`);
  }
}

/** Format in groups of statements: cached groups reused, the rest spread over the worker pool. */
export async function formatInChunks(source: string, cache: FileCache, pool?: FormatPool): Promise<string> {
  const chunks = groupChunks(await splitStatements(source));
  const keys = chunks.map((c) => hash(FORMATTER + c.text));
  const formatted: (string | undefined)[] = keys.map((k) => cache.get<string>('formatted-chunk', k));
  const missing = formatted.flatMap((f, i) => (f === undefined ? [i] : []));
  if (missing.length > 0) {
    let results: string[];
    if (pool !== undefined && FormatPool.available()) {
      // Contiguous batches of about equal size, one per worker.
      const total = missing.reduce((n, i) => n + chunks[i]!.text.length, 0);
      const batches: number[][] = [[]];
      let size = 0;
      for (const i of missing) {
        if (size > total / pool.size && batches.length < pool.size) batches.push([]), (size = 0);
        batches[batches.length - 1]!.push(i);
        size += chunks[i]!.text.length;
      }
      results = (await Promise.all(batches.map((b) => pool.format(b.map((i) => chunks[i]!.text), PRETTIER_OPTIONS)))).flat();
    } else {
      const format = await loadPrettier();
      results = [];
      for (const i of missing) results.push(await format(chunks[i]!.text, PRETTIER_OPTIONS));
    }
    missing.forEach((index, j) => {
      formatted[index] = results[j]!;
      cache.set('formatted-chunk', keys[index]!, results[j]);
    });
  }
  return joinChunks(chunks, formatted as string[]);
}
