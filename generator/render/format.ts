import * as prettier from 'prettier';
import { GeneratorBugError } from './errors.js';

/** Prettier options for generated code: fixed here so output never depends on a user's config. */
export const PRETTIER_OPTIONS: prettier.Options = {
  parser: 'typescript',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

/** Format a generated TypeScript file. A syntax error here is a generator bug: name the file. */
export async function formatTypeScript(path: string, source: string): Promise<string> {
  try {
    return await prettier.format(source, PRETTIER_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GeneratorBugError(`generated ${path} is not valid TypeScript (a generator bug):\n${message}`);
  }
}

export async function formatMarkdown(source: string): Promise<string> {
  return prettier.format(source, { parser: 'markdown', proseWrap: 'preserve', endOfLine: 'lf' });
}
