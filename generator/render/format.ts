import { createRequire } from 'node:module';
import type * as Prettier from 'prettier';
import { GeneratorBugError } from './errors.js';
import { FileCache } from '../cache/file-cache.js';
import { hash } from '../cache/run-cache.js';

/** Prettier options for generated code: fixed here so output never depends on a user's config. */
const require = createRequire(import.meta.url);
/** Prettier is loaded only when something is not in the cache. */
let loaded: typeof Prettier | undefined;
const prettier = async (): Promise<typeof Prettier> => (loaded ??= await import('prettier'));
const PRETTIER_VERSION = (require('prettier/package.json') as { version: string }).version;

export const PRETTIER_OPTIONS: Prettier.Options = {
  parser: 'typescript',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

const FORMATTER = hash(JSON.stringify([PRETTIER_OPTIONS, PRETTIER_VERSION]));

/**
 * Format a generated TypeScript file (from the cache when this exact text was formatted before).
 * A syntax error here is a generator bug: name the file.
 */
export async function formatTypeScript(path: string, source: string, cache = new FileCache(undefined)): Promise<string> {
  const key = hash(FORMATTER + source);
  const cached = cache.get<string>('formatted', key);
  if (cached !== undefined) return cached;
  try {
    const formatted = await (await prettier()).format(source, PRETTIER_OPTIONS);
    cache.set('formatted', key, formatted);
    return formatted;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GeneratorBugError(`generated ${path} is not valid TypeScript (a generator bug):\n${message}`);
  }
}

const MARKDOWN_OPTIONS: Prettier.Options = { parser: 'markdown', proseWrap: 'preserve', endOfLine: 'lf' };
const MARKDOWN_FORMATTER = hash(JSON.stringify([MARKDOWN_OPTIONS, PRETTIER_VERSION]));

export async function formatMarkdown(source: string, cache = new FileCache(undefined)): Promise<string> {
  const key = hash(MARKDOWN_FORMATTER + source);
  const cached = cache.get<string>('formatted', key);
  if (cached !== undefined) return cached;
  const formatted = await (await prettier()).format(source, MARKDOWN_OPTIONS);
  cache.set('formatted', key, formatted);
  return formatted;
}
