import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { compileModule, declarationsOf, loadTypeScript } from '../../generator/render/compile.js';
import { declarationsFromText } from '../../generator/render/declarations.js';

const ts = loadTypeScript();
const read = (text: string) => declarationsFromText(ts, '/pkg/src/m.ts', text);

/** The type errors of a consumer checked against a module's declaration file (in memory). */
function checkConsumer(declarations: string, consumer: string): string[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, noEmit: true, exactOptionalPropertyTypes: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'] } });
  project.createSourceFile('/pkg/src/m.d.ts', declarations);
  project.createSourceFile('/pkg/src/types.d.ts', 'export type Id = string;');
  project.createSourceFile('/pkg/src/runtime/helper.d.ts', 'export declare function helper(n: number): number;');
  project.createSourceFile('/pkg/src/runtime/shape.d.ts', 'export type Shape = { s: 1 };');
  const file = project.createSourceFile('/pkg/src/consumer.ts', consumer);
  return file.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n'));
}

describe('declarations read off a module', () => {
  const module = [
    "// Header comment.",
    "import type * as T from './types.js';",
    "import { helper } from './runtime/helper.js';",
    "export type { Shape } from './runtime/shape.js';",
    '',
    '/** A constant. */',
    "export const NAME = 'x';",
    'export const LIMIT: number = helper(3);',
    'const internal = 1;',
    'type Local = { a: string };',
    '/** Builds. */',
    'export function build(parameters: Local = { a: "" }, body: string, options?: { deep?: boolean }, ...rest: number[]): Local & { body: string } {',
    '  return { ...parameters, body: body + String(internal) + String(options) + rest.length };',
    '}',
    'export async function later<V extends string = "v">(value: V, flag: boolean = false): Promise<V> {',
    '  return flag ? value : value;',
    '}',
    'function hidden(): void {}',
    'hidden();',
    'export interface Api { readonly call: (x: T.Id) => void }',
  ].join('\n');

  it('keeps types, imports and comments as written and declares functions and constants by their signatures', () => {
    const d = read(module)!;
    expect(d).toContain("import type * as T from './types.js';");
    expect(d).not.toContain("// Header comment.");
    expect(d).toContain("/** A constant. */\nexport declare const NAME = 'x';");
    expect(d).toContain('export declare const LIMIT: number;');
    expect(d).toContain('/** Builds. */\nexport declare function build(parameters: Local | undefined, body: string, options?: { deep?: boolean }, ...rest: number[]): Local & { body: string };');
    expect(d).toContain('export declare function later<V extends string = "v">(value: V, flag?: boolean): Promise<V>;');
    expect(d).toContain('type Local = { a: string };');
    expect(d).not.toContain('internal');
    expect(d).not.toContain('hidden');
    expect(d.trimEnd().endsWith('export {};')).toBe(true);
  });

  it('gives a consumer the same types as TypeScript’s declaration emit does', () => {
    const consumer = [
      "import { build, later, NAME, LIMIT, type Api } from './m.js';",
      "const built: { a: string; body: string } = build(undefined, 'b');",
      "const name: 'x' = NAME;",
      'const limit: number = LIMIT;',
      "const v: Promise<'q'> = later('q');",
      "// @ts-expect-error a local type is not exported",
      "import type { Local } from './m.js';",
      'export const used = [built, name, limit, v] as const;',
      'export type A = Api;',
    ].join('\n');
    const fromTypeScript = ts.transpileDeclaration(module, { fileName: '/pkg/src/m.ts', compilerOptions: { declaration: true, isolatedDeclarations: true, strict: true } }).outputText;
    expect(checkConsumer(fromTypeScript, consumer)).toEqual([]);
    expect(checkConsumer(read(module)!, consumer)).toEqual([]);
    // The check can fail: a wrong type is caught.
    expect(checkConsumer(read(module)!, `${consumer}\nconst wrong: string = LIMIT;`)).not.toEqual([]);
  });

  it('leaves to TypeScript what it cannot read off: classes, untyped values, local export lists, typeof of a dropped value', () => {
    expect(read('export class A {}')).toBeUndefined();
    expect(read('export const a = [1];')).toBeUndefined();
    expect(read('export function f(a) { return a; }')).toBeUndefined();
    expect(read('export function f(a: string) { return a; }')).toBeUndefined();
    expect(read('const a: number = 1;\nexport { a };')).toBeUndefined();
    expect(read('const table: { a: 1 } = { a: 1 };\nexport type Table = typeof table;')).toBeUndefined();
    expect(read('export default 1;')).toBeUndefined();
  });

  it('reports what cannot be declared through TypeScript (a generator bug), naming the module', () => {
    expect(() => declarationsOf(ts, { path: 'src/x.ts', contents: 'export const a = [1].map((x) => x);' })).toThrow(/src\/x\.ts:1:14/);
  });

  it('a module of types only is its own declaration file, without TypeScript', async () => {
    const text = "import type { A } from './a.js';\n/** B. */\nexport type B = A | { readonly c: string };\ninterface Hidden { x: 1 }\nexport interface D { h: Hidden }\n";
    const compiled = await compileModule({ path: 'src/types.ts', contents: text });
    expect(compiled.js.trim()).toBe('');
    expect(compiled.dts).toBe(`${text.trimEnd()}\n\nexport {};\n`);
  });
});
