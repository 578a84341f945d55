import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedModules } from '../helpers/generated-modules.js';
import { declarationsOf, loadTypeScript } from '../../generator/render/compile.js';
import { skimBodies, statementChunks } from '../../generator/render/declaration-skim.js';
import { declarationsFromText } from '../../generator/render/declarations.js';

const ts = loadTypeScript();
const fromWhole = (text: string) => declarationsFromText(ts, '/pkg/src/m.ts', text);
const fromSkim = (text: string) => {
  const skimmed = skimBodies(text);
  return skimmed === undefined ? undefined : declarationsFromText(ts, '/pkg/src/m.ts', skimmed, { rejectSyntaxErrors: true });
};
const long = (line: string) => Array.from({ length: 20 }, () => line).join('\n');

describe('skimming a module for its declarations', () => {
  it('keeps a function signature with an empty body, and its doc comment', () => {
    const text = ['/** Doc. */', 'export function f(a: string, b?: number): string {', long('  return a.repeat(b ?? 1) + String({ x: 1 });'), '}', ''].join('\n');
    const skimmed = skimBodies(text)!;
    expect(skimmed).toBe('/** Doc. */\nexport function f(a: string, b?: number): string {}\n');
    expect(fromSkim(text)).toBe(fromWhole(text));
  });

  it('reads signatures over several lines, with type parameters and object types in parameters', () => {
    const text = [
      'export function f<',
      '  T extends { a: string },',
      '>(',
      '  value: T,',
      '  options: { readonly deep?: boolean; map: (x: T) => string },',
      '): Promise<{ ok: true }> {',
      long("  const s = '}{)(' + \"\\\"{\";"),
      '}',
      '',
    ].join('\n');
    expect(skimBodies(text)).toContain('): Promise<{ ok: true }> {}');
    expect(fromSkim(text)).toBe(fromWhole(text));
  });

  it('keeps a typed constant by its type and a local value by its name', () => {
    const text = [
      'export const table: Readonly<Record<string, number>> = {',
      long("  'a = b': 1,"),
      '};',
      'const local = [',
      long('  1,'),
      '];',
      'export const answer: number = 42;',
      '',
    ].join('\n');
    const skimmed = skimBodies(text)!;
    expect(skimmed).toContain('export const table: Readonly<Record<string, number>> = 0 as never;');
    expect(skimmed).toContain('const local = 0;');
    expect(fromSkim(text)).toBe(fromWhole(text));
  });

  it('leaves an overload signature, a short body and a text with nothing to skim as they are', () => {
    const text = ['export function f(a: string): string;', 'export function f(a: string): string {', '  return a;', '}', ''].join('\n');
    expect(skimBodies(text)).toBe(text);
  });

  it('gives up on a text that does not follow the layout (a column-0 line inside a body)', () => {
    const text = ['export function f(): string {', '  return `', 'text at column 0', long('  more'), '`;', '}', ''].join('\n');
    expect(skimBodies(text)).toBeUndefined();
    // … and the module is then declared from its whole text.
    expect(declarationsOf(ts, { path: 'src/m.ts', contents: text })).toBe(fromWhole(text));
  });

  it('a skim that cuts a template literal short does not parse, and the whole text is read', () => {
    const text = ['export function f(): string {', long('  const a = 1;'), '  return `', '}', long('  more'), '`;', '}', ''].join('\n');
    const skimmed = skimBodies(text)!;
    expect(skimmed.startsWith('export function f(): string {}\n')).toBe(true);
    expect(declarationsFromText(ts, '/pkg/src/m.ts', skimmed, { rejectSyntaxErrors: true })).toBeUndefined();
    expect(declarationsOf(ts, { path: 'src/m.ts', contents: text })).toBe(fromWhole(text));
  });
});

describe('cutting a skimmed module into pieces of whole statements', () => {
  it('cuts before a statement after a blank line, never between a doc comment and its statement', () => {
    const text = ['/** A. */', 'export type A = 1;', '', '/**', ' * B.', ' */', '', 'export type B = 2;', '', 'export type C = 3;', ''].join('\n');
    const chunks = statementChunks(text, 1);
    expect(chunks.join('')).toBe(text);
    expect(chunks).toEqual(['/** A. */\nexport type A = 1;\n\n', '/**\n * B.\n */\n\nexport type B = 2;\n\n', 'export type C = 3;\n']);
    expect(declarationsFromText(ts, '/pkg/src/m.ts', text, { rejectSyntaxErrors: true, chunkSize: 1 })).toBe(fromWhole(text));
  });
});

describe('skimmed declarations are the whole module’s, on every generated package of the suite', () => {
  const modules = generatedModules();

  it('finds the generated modules', () => {
    expect(modules.length).toBeGreaterThan(200);
  });

  it('skims each one, and reads the same declarations from it', () => {
    let skimmedSome = 0;
    for (const path of modules) {
      const text = readFileSync(path, 'utf8');
      const skimmed = skimBodies(text);
      expect(skimmed, path).toBeDefined();
      if (skimmed !== text) skimmedSome++;
      const whole = declarationsFromText(ts, `/pkg/${path}`, text);
      expect(declarationsFromText(ts, `/pkg/${path}`, skimmed!, { rejectSyntaxErrors: true }), path).toBe(whole);
      // … also when parsed in small pieces of whole statements.
      expect(statementChunks(skimmed!, 2000).join(''), path).toBe(skimmed);
      expect(declarationsFromText(ts, `/pkg/${path}`, skimmed!, { rejectSyntaxErrors: true, chunkSize: 2000 }), path).toBe(whole);
    }
    expect(skimmedSome).toBeGreaterThan(100);
  });
});
