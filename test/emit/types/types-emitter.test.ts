import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { TypeWriter } from '../../../generator/emit/types/type-expression.js';
import { generate } from '../../../generator/index.js';
import { planPackage } from '../../../generator/plan/index.js';
import type { ApiModel, SchemaNode } from '../../../generator/model/ir.js';
import { makeWorkspace, removeWorkspace, REPO } from '../../helpers/workspace.js';

const source = { file: 'a.yaml', pointer: '' };
const model = (schemas: ApiModel['schemas'] = []): ApiModel => ({ info: { title: 't', version: '1' }, flavour: 'plain', servers: [], schemas, operations: [], securitySchemes: [], warnings: [] });
const node = (n: Omit<SchemaNode, 'source'>): SchemaNode => ({ source, ...n });

describe('TypeWriter', () => {
  const writer = new TypeWriter(planPackage(model([{ id: 'a#/u', specName: 'u', typeName: 'U', writeTypeName: 'UWritable', schema: node({}), hasReadOnly: true, hasWriteOnly: false }])));
  it.each<[string, Omit<SchemaNode, 'source'>, string]>([
    ['enum of integers', { types: ['integer'], enum: [5, 1000] }, '5 | 1000'],
    ['nullable string', { types: ['string', 'null'] }, 'string | null'],
    ['nullable enum includes null', { types: ['string', 'null'], enum: ['a', null] }, "'a' | null"],
    ['const', { const: { value: 'x' } }, "'x'"],
    ['array', { types: ['array'], items: node({ types: ['string'] }) }, 'string[]'],
    ['array of union', { types: ['array'], items: node({ types: ['string', 'number'] }) }, '(string | number)[]'],
    ['tuple', { types: ['array'], prefixItems: [node({ types: ['string'] })], items: node({ boolean: false }), minItems: 1 }, '[string]'],
    ['map', { types: ['object'], additionalProperties: node({ types: ['integer'] }) }, '{\n[key: string]: number;\n}'],
    ['any', {}, 'unknown'],
    ['false schema', { boolean: false }, 'never'],
    ['oneOf', { oneOf: [node({ types: ['string'] }), node({ types: ['number'] })] }, 'string | number'],
    ['allOf', { allOf: [node({ ref: 'a#/u' }), node({ types: ['object'], properties: [{ name: 'x', required: true, schema: node({ types: ['string'] }) }] })] }, 'U & {\nx: string;\n}'],
  ])('%s', (_, given, want) => expect(writer.type(node(given), 'read')).toBe(want));

  it('uses the write view of a named schema in requests', () => {
    expect(writer.type(node({ ref: 'a#/u' }), 'write')).toBe('UWritable');
    expect(writer.type(node({ ref: 'a#/u' }), 'read')).toBe('U');
  });

  it('drops readOnly properties from the write view and writeOnly from the read view', () => {
    const obj = node({ types: ['object'], properties: [
      { name: 'id', required: false, schema: node({ types: ['string'], readOnly: true }) },
      { name: 'password', required: false, schema: node({ types: ['string'], writeOnly: true }) },
    ] });
    expect(writer.type(obj, 'read')).toBe('{\nreadonly id?: string;\n}');
    expect(writer.type(obj, 'write')).toBe('{\npassword?: string;\n}');
  });

  it('quotes property names that are not identifiers', () => {
    const obj = node({ types: ['object'], properties: [{ name: '@odata.type', required: true, schema: node({ types: ['string'] }) }] });
    expect(writer.type(obj, 'read')).toBe("{\n'@odata.type': string;\n}");
  });
});

describe('generated types for the seed', () => {
  it('has the user type with deviceEnrollmentLimit?: 5 | 1000 and id?: string', () => {
    const types = readFileSync(join(REPO, 'generated', 'src', 'types.ts'), 'utf8');
    const user = /export type User = \{[\s\S]*?\n\};/.exec(types)?.[0];
    expect(user).toBeDefined();
    expect(user).toMatch(/\n  id\?: string;/);
    expect(user).toMatch(/\n  deviceEnrollmentLimit\?: 5 \| 1000;/);
    expect(types).toContain('export type UpdateUserRequestBody = User;');
    expect(types).toContain('export type UpdateUserResponse = User;');
  });

  it('compiles under tsc --strict, and the user type rejects other values', () => {
    const check = `import type { User } from '../generated/src/types.js';\nconst ok: User = { deviceEnrollmentLimit: 1000, id: 'x' };\nconst empty: User = {};\n// @ts-expect-error 7 is not an allowed value\nconst bad: User = { deviceEnrollmentLimit: 7 };\nexport { ok, empty, bad };\n`;
    const host = ts.createCompilerHost({});
    const file = join(REPO, 'test', '__strict-check.ts');
    const original = host.getSourceFile;
    host.getSourceFile = (name, lang) => (name === file ? ts.createSourceFile(name, check, lang) : original.call(host, name, lang));
    const program = ts.createProgram([file, join(REPO, 'generated', 'src', 'index.ts')], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] }, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('generate() in memory', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(removeWorkspace));

  it('emits src, dist (.js + .d.ts), package.json and README', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const { files } = await generate({ cwd: dir });
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'package.json', 'src/index.ts', 'src/types.ts', 'dist/index.js', 'dist/index.d.ts', 'dist/types.d.ts']));
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.contents) as Record<string, unknown>;
    expect(pkg).toMatchObject({ type: 'module', sideEffects: false, exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } } });
  });
});
