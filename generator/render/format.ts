import * as prettier from 'prettier';
import { GeneratorBugError } from './errors.js';
import { FileCache } from '../cache/file-cache.js';
import { hash } from '../cache/run-cache.js';

/** Prettier options for generated code: fixed here so output never depends on a user's config. */
export const PRETTIER_OPTIONS: prettier.Options = {
  parser: 'typescript',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

const FORMATTER = hash(JSON.stringify([PRETTIER_OPTIONS, prettier.version]));

/**
 * Format a generated TypeScript file (from the cache when this exact text was formatted before).
 * A syntax error here is a generator bug: name the file.
 */
export async function formatTypeScript(path: string, source: string, cache = new FileCache(undefined)): Promise<string> {
  const key = hash(FORMATTER + source);
  const cached = cache.get<string>('formatted', key);
  if (cached !== undefined) return cached;
  try {
    const formatted = await prettier.format(source, PRETTIER_OPTIONS);
    cache.set('formatted', key, formatted);
    return formatted;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GeneratorBugError(`generated ${path} is not valid TypeScript (a generator bug):\n${message}`);
  }
}

export async function formatMarkdown(source: string): Promise<string> {
  return prettier.format(source, { parser: 'markdown', proseWrap: 'preserve', endOfLine: 'lf' });
}
