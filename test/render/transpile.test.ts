import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { generatedModules } from '../helpers/generated-modules.js';
import { transpile, transpileInPieces } from '../../generator/render/transpile.js';

const options = { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } } } as const;
const whole = async (text: string) => (await esbuild.transform(text, options)).code;

describe('transpiling a module in pieces', () => {
  it('keeps the imports some piece uses, re-exports, and gathers every piece’s exports into one list', async () => {
    const text = [
      '// Header.',
      "import { a, b, unused, type T } from './x.js';",
      "import * as ns from './ns.js';",
      "export { Shared } from './shared.js';",
      "export type { Only } from './types.js';",
      '',
      'export const first: T = a(1);',
      '',
      'function second(): number {',
      '  return b() + ns.c;',
      '}',
      '',
      'export function third(): number {',
      '  return second();',
      '}',
      '',
      "export const Z = 'z';",
      '',
    ].join('\n');
    const code = await transpileInPieces(esbuild, text, options, 10);
    expect(code).toBe(await whole(text));
    expect(code).not.toContain('unused');
  });

  it('gives up when a cut lands inside a literal (the whole module is transpiled instead)', async () => {
    const text = ['export const a: string = `', '', 'b', '`;', '', 'export const c = 1;', ''].join('\n');
    expect(await transpileInPieces(esbuild, text, options, 1)).toBeUndefined();
    expect(await transpile(esbuild, text, undefined, options, 1, 1)).toBe(await whole(text));
  });

  it('gives the same JavaScript as the whole module for every generated module of the suite', async () => {
    const modules = generatedModules();
    let inPieces = 0;
    for (const path of modules) {
      const text = readFileSync(path, 'utf8');
      const code = await transpileInPieces(esbuild, text, options, 3000);
      if (code === undefined) continue;
      inPieces++;
      expect(code, path).toBe(await whole(text));
    }
    expect(inPieces).toBeGreaterThan(200);
  }, 120_000);
});
