import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { layoutTemplateCode } from '../../generator/render/template-layout.js';

/** The code's meaning, layout aside: esbuild's minified output. */
async function meaning(code: string): Promise<string> {
  return (await transform(code, { loader: 'ts', minify: true })).code;
}

describe('layoutTemplateCode', () => {
  it('indents unindented lines by bracket depth and keeps the indentation a template gave', () => {
    const code = ['export interface A {', 'readonly b: {', 'c(x: string): void;', '};', '}', 'function f() {', '    const kept = 1;', 'return kept;', '}', ''].join('\n');
    expect(layoutTemplateCode(code)).toBe(['export interface A {', '  readonly b: {', '    c(x: string): void;', '  };', '}', 'function f() {', '    const kept = 1;', '  return kept;', '}', ''].join('\n'));
  });

  it('indents a block comment under its opening line and drops extra blank lines', () => {
    const code = ['export type A = {', '/**', ' * Doc.', ' */', 'a?: string;', '', '', 'b: number;', '', '};', '', '', '', 'export type B = A;', ''].join('\n');
    expect(layoutTemplateCode(code)).toBe(['export type A = {', '  /**', '   * Doc.', '   */', '  a?: string;', '', '  b: number;', '};', '', 'export type B = A;', ''].join('\n'));
  });

  it('breaks a long union of a type alias or a type member into one member per line', () => {
    const members = Array.from({ length: 30 }, (_, i) => `'value-${i}'`);
    const laid = layoutTemplateCode(`export type E = ${members.join(' | ')};\nexport type O = {\nkind?: ${members.join(' | ')};\n};\n`);
    const lines = laid.split('\n');
    expect(lines[0]).toBe('export type E =');
    expect(lines[1]).toBe("  | 'value-0'");
    expect(lines[30]).toBe("  | 'value-29';");
    expect(lines).toContain('  kind?:');
    expect(lines).toContain("    | 'value-29';");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('never breaks a union in value code (a bitwise or)', () => {
    const long = `const flags = ${Array.from({ length: 30 }, (_, i) => `flag${i}`).join(' | ')};\n`;
    expect(layoutTemplateCode(long)).toBe(long);
  });

  it('breaks long lists into one item per line with trailing separators, keeping the meaning', async () => {
    const spec = `const op: Spec = { method: 'PATCH', path: ['/users/', { name: 'usersId', in: 'path', style: 'simple', explode: false, required: true }], check: (value) => assertValid(validate(value), 'a rather long subject string for the body'), f: () => {\nreturn 1;\n} };\n`;
    const laid = layoutTemplateCode(spec);
    expect(laid.split('\n').slice(0, 3)).toEqual(['const op: Spec = {', "  method: 'PATCH',", '  path: [']);
    expect(laid).toContain('  f: () => {\n    return 1;\n  }\n};\n');
    expect(await meaning(laid)).toBe(await meaning(spec));
  });

  it('adds no trailing comma after a rest parameter, nor inside a parenthesised type', async () => {
    const code = `export function joinAll(firstArgumentWithALongName: string, secondArgumentWithALongName: string, ...rest: string[]): string {\nreturn [firstArgumentWithALongName, secondArgumentWithALongName, ...rest].join('');\n}\nexport type R = { runtime?: (${Array.from({ length: 8 }, (_, i) => `'risk-number-${i}'`).join(' | ')})[] };\n`;
    const laid = layoutTemplateCode(code);
    expect(laid).toContain('  ...rest: string[]\n): string {');
    expect(laid).not.toMatch(/\|[^\n]*,\n\s*\)\[\]/);
    expect(await meaning(laid)).toBe(await meaning(code));
  });

  it('reads strings, comments, regular expressions and template literals as such', async () => {
    const code = [
      "const a = '({[' + \"]})\" + `${'{'}(`;",
      'const r = /[{(]+/g.test(a) ? 1 : 2; // a } in a comment',
      'const t = `line one {',
      '  line two (kept as it is)`;',
      '/* { */ function g() {',
      'return t.length / 2 + r;',
      '}',
      '',
    ].join('\n');
    const laid = layoutTemplateCode(code);
    expect(laid).toContain('  line two (kept as it is)`;');
    expect(laid).toContain('/* { */ function g() {\n  return t.length / 2 + r;\n}\n');
    expect(await meaning(laid)).toBe(await meaning(code));
  });

  it('puts closing brackets written on one line on lines of their own', () => {
    expect(layoutTemplateCode('const a = {\nb: {\nc: 1,\n} };\n')).toBe('const a = {\n  b: {\n    c: 1,\n  }\n};\n');
  });

  it('is a function of the text (the same text gives the same layout)', () => {
    const code = `export type E = ${Array.from({ length: 40 }, (_, i) => i).join(' | ')};\n`;
    expect(layoutTemplateCode(code)).toBe(layoutTemplateCode(code));
    expect(layoutTemplateCode(layoutTemplateCode(code))).toBe(layoutTemplateCode(code));
  });
});

describe('layoutTemplateCode, type arguments', () => {
  it('never breaks a list or a union inside type arguments', () => {
    const line = `const call = send(operationName, (build) => buildRequest(build), callOptions) as Promise<ApiResult<T.UpdateUserResponse, T.UpdateUserError | T.Other>>;\n`;
    const laid = layoutTemplateCode(line);
    expect(laid).toContain(') as Promise<ApiResult<T.UpdateUserResponse, T.UpdateUserError | T.Other>>;');
    expect(laid.split('\n')[0]).toBe('const call = send(');
  });
});
