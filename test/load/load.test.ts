import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpecText } from '../../generator/load/spec-document.js';
import { makeWorkspace, removeWorkspace, writeFile } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));
function workspace(files: Record<string, string>): string {
  const dir = makeWorkspace(files, { withSeed: false });
  dirs.push(dir);
  return dir;
}

function loadError(dir: string): SpecError {
  try {
    loadSpec(['spec'], dir);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('parseSpecText', () => {
  it('maps JSON pointers back to line and column in YAML', () => {
    const { document } = parseSpecText('a.yaml', '/a.yaml', 'openapi: 3.1.0\npaths:\n  /x:\n    get:\n      summary: hi\n');
    expect(document!.position('/paths/~1x/get/summary')).toEqual({ line: 5, col: 16 });
    // collections are reported at their key
    expect(document!.position('/paths/~1x/get')).toEqual({ line: 4, col: 5 });
    // a missing pointer falls back to the nearest existing parent
    expect(document!.position('/paths/~1x/get/nope')).toEqual({ line: 4, col: 5 });
  });

  it('maps JSON pointers back to line and column in JSON', () => {
    const { document } = parseSpecText('a.json', '/a.json', '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "t"\n  }\n}\n');
    expect(document!.data).toEqual({ openapi: '3.1.0', info: { title: 't' } });
    expect(document!.position('/info/title')).toEqual({ line: 4, col: 14 });
  });

  it('reports JSON syntax errors with a position', () => {
    const { diagnostics } = parseSpecText('a.json', '/a.json', '{\n  "a": 1,\n  "b": \n}');
    expect(diagnostics[0]).toMatchObject({ file: 'a.json', line: 4, severity: 'error' });
    expect(diagnostics[0]!.message).toMatch(/^invalid JSON/);
  });

  it('rejects duplicate keys in YAML', () => {
    const { diagnostics } = parseSpecText('a.yaml', '/a.yaml', 'a: 1\na: 2\n');
    expect(diagnostics[0]!.message).toMatch(/invalid YAML: .*unique/i);
  });

  it('caps YAML alias expansion (billion laughs)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const { diagnostics, document } = parseSpecText('bomb.yaml', '/bomb.yaml', levels.join('\n') + '\n');
    expect(document).toBeUndefined();
    expect(diagnostics[0]!.message).toMatch(/alias/i);
  });

  it('rejects documents nested deeper than the limit without overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const { diagnostics } = parseSpecText('deep.json', '/deep.json', deep);
    expect(diagnostics[0]!.message).toMatch(/nested deeper than 1000 levels/);
  });
});

describe('loadSpec', () => {
  it('accepts fragments: a components-only file and a paths-only file', () => {
    const dir = workspace({
      'spec/components.yaml': 'openapi: 3.0.3\ncomponents:\n  schemas:\n    a: { type: string }\n',
      'spec/paths.yaml': "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: './components.yaml#/components/schemas/a' }\n",
    });
    const spec = loadSpec(['spec'], dir);
    expect(spec.documents.map((d) => d.relPath)).toEqual(['components.yaml', 'paths.yaml']);
  });

  it('reads nested folders in sorted order and ignores dot-folders', () => {
    const dir = workspace({
      'spec/b/x.yaml': 'openapi: 3.1.0\ncomponents: {}\n',
      'spec/a.json': '{"openapi": "3.1.0", "components": {}}',
      'spec/.hidden/y.yaml': 'not: [valid',
    });
    expect(loadSpec(['spec'], dir).documents.map((d) => d.relPath)).toEqual(['a.json', 'b/x.yaml']);
  });

  it('refuses a symlinked spec file that leads outside the spec root', () => {
    const dir = workspace({ 'outside/secret.yaml': 'openapi: 3.1.0\ncomponents: {}\n', 'spec/ok.yaml': 'openapi: 3.1.0\ncomponents: {}\n' });
    symlinkSync(join(dir, 'outside', 'secret.yaml'), join(dir, 'spec', 'link.yaml'));
    expect(loadError(dir).message).toMatch(/link\.yaml: error: spec file is a link that leads outside the spec root/);
  });

  it('rejects unsupported OpenAPI versions', () => {
    const dir = workspace({ 'spec/a.yaml': 'openapi: 4.0.0\ninfo: { title: t, version: "1" }\n' });
    expect(loadError(dir).message).toMatch(/a\.yaml:1:\d+: error: unsupported OpenAPI version "4\.0\.0"/);
  });

  it('reports a $ref to a missing file', () => {
    const dir = workspace({ 'spec/a.yaml': 'openapi: 3.1.0\ncomponents:\n  schemas:\n    a: { $ref: "./nope.yaml#/x" }\n' });
    expect(loadError(dir).message).toMatch(/a\.yaml:4:\d+: error: \$ref "\.\/nope\.yaml#\/x": file not found: nope\.yaml/);
  });
});

describe('OpenAPI 3.1 path items', () => {
  it('accepts a $ref in a path item', () => {
    const dir = workspace({
      'spec/a.yaml': "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    $ref: './items.yaml#/x-items/a'\n",
      'spec/items.yaml': "openapi: 3.1.0\ninfo: { title: t, version: '1' }\nx-items:\n  a:\n    get:\n      responses:\n        '204': { description: ok }\n",
    });
    expect(loadSpec(['spec'], dir).documents).toHaveLength(2);
  });
});

describe('OpenAPI 3.1 server variables', () => {
  it('accepts a description on a server variable', () => {
    const dir = workspace({ 'spec/a.yaml': "openapi: 3.1.0\ninfo: { title: t, version: '1' }\nservers:\n  - url: 'https://{region}.example.com'\n    variables:\n      region: { default: eu, enum: [eu, us], description: Where the data lives. }\ncomponents: {}\n" });
    expect(loadSpec(['spec'], dir).documents).toHaveLength(1);
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'expected a property name'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['[1, 2', 1, 6, 'expected "," or "]", found the end of the file'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{}\n{}', 2, 1, 'expected the end of the document'],
  ])('%j is reported at %i:%i', (text, line, column, message) => {
    const { diagnostics } = parseSpecText('a.json', '/a.json', text);
    expect(diagnostics[0]).toMatchObject({ line, column });
    expect(diagnostics[0]!.message).toContain(message);
  });
});
