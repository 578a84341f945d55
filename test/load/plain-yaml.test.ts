import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { loadPlainYaml } from '../../generator/load/plain-yaml.js';
import { parseSpecText } from '../../generator/load/spec-document.js';

/** What the `yaml` package reads (YAML 1.2 core schema, unique keys, strict), or undefined when it reports an error. */
function fullReader(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 1000 });
}

const PLAIN_SCALARS = [
  '1', '-1', '+1', '007', '0o17', '0o8', '0x1F', '0x', '-0x1', '0b101', '1_000', '1__0', '-0', '1.', '.5', '-.5', '+.5', '1.5e+3',
  '1e3', '1e', '01.5', '1.5.5', '999999999999999999999', '0x7FFFFFFFFFFFFFFFF', '.inf', '-.Inf', '+.INF', '.inF', '.nan', '.NaN',
  'true', 'True', 'TRUE', 'tRue', 'yes', 'no', 'on', 'off', 'y', '~', 'null', 'Null', 'NULL', 'nULL', '2021-01-01', '1:20',
  '2001:db8::1', '123abc', 'true_', '.', 'a b', 'x#y',
];

describe('loadPlainYaml', () => {
  it('reads every plain scalar as the YAML 1.2 core schema does (not as YAML 1.1)', () => {
    for (const scalar of PLAIN_SCALARS) {
      const text = `a: ${scalar}\nlist: [${scalar}]\n`;
      expect({ scalar, data: loadPlainYaml(text, 1000) }).toEqual({ scalar, data: fullReader(text) });
    }
    expect(loadPlainYaml('a: 0b101\nb: 1_000\nc: -0\n', 1000)).toEqual({ a: '0b101', b: '1_000', c: -0 });
  });

  it('reads a spec file of mappings, sequences, quoted and block scalars', () => {
    const text = [
      'openapi: 3.1.0',
      'info: {title: "T \\u00e9", version: \'1.0\'}',
      'paths:',
      '  /users/{id}:',
      '    get:',
      '      description: |',
      '        Line one',
      '        * a bullet, not an alias; [!NOTE] not a tag; R&D, Tom & Jerry',
      '      parameters:',
      '        - {name: id, in: path, required: true}',
      '      responses:',
      '        "200": {description: ok}',
      'x-empty:',
      'x-folded: >-',
      '  a',
      '  b',
      '',
    ].join('\n');
    const data = loadPlainYaml(text, 1000);
    expect(data).toEqual(fullReader(text));
    expect(data).toMatchObject({ info: { title: 'T é', version: '1.0' }, 'x-empty': null, 'x-folded': 'a b' });
  });

  it('leaves to the full reader what it does not read the same way: anchors, tags, explicit and null keys, no document', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: !custom x\n', 'a: !!binary aGk=\n', 'a: ! 12\n', 'a: !<tag:yaml.org,2002:str> 1\n', 'a: [!!float 1]\n', '? [a, b]\n: 1\n', 'null: 1\n', '~: 1\n', 'p:\n  NULL : 1\n', '']) {
      expect({ text, data: loadPlainYaml(text, 1000) }).toEqual({ text, data: undefined });
    }
    // A document of a comment only is null either way.
    expect(loadPlainYaml('# only a comment\n', 1000)).toBeNull();
    expect(fullReader('# only a comment\n')).toBeNull();
  });

  it('leaves every error to the full reader', () => {
    for (const text of ['a: b: c\n', '"a": 1\n"a": 2\n', 'a:\n\t- x\n', 'a: @x\n', 'a: -\n', 'b: *x\n', '--- 1\n--- 2\n', 'a: [1, 2\n']) {
      expect({ text, data: loadPlainYaml(text, 1000) }).toEqual({ text, data: undefined });
    }
  });

  it('leaves a document nested deeper than the limit to the full reader', () => {
    const deep = 'a: '.padEnd(3 + 20, '[') + ']'.repeat(20) + '\n';
    expect(loadPlainYaml(deep, 10)).toBeUndefined();
    expect(loadPlainYaml(deep, 1000)).toEqual(fullReader(deep));
  });

  it('reads what the yaml package writes exactly as the yaml package reads it (property)', () => {
    const styles = [{}, { defaultStringType: 'QUOTE_DOUBLE' as const }, { defaultStringType: 'QUOTE_SINGLE' as const }, { collectionStyle: 'flow' as const }, { defaultStringType: 'BLOCK_LITERAL' as const }, { defaultStringType: 'BLOCK_FOLDED' as const }];
    let read = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...styles), (value, style) => {
        const text = stringify({ root: value }, style);
        const data = loadPlainYaml(text, 1000);
        if (data === undefined) return;
        read++;
        expect(data).toEqual(fullReader(text));
      }),
      { numRuns: 400, seed: 20261205 },
    );
    // Most of what the yaml package writes takes the fast way.
    expect(read).toBeGreaterThan(300);
  });
});

describe('parseSpecText with plain YAML', () => {
  it('gives the same data either way, and errors still point at line and column', () => {
    const plain = parseSpecText('a.yaml', '/a.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\n');
    expect(plain.document?.data).toEqual({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const anchored = parseSpecText('b.yaml', '/b.yaml', 'x: &v 1\ny: *v\n');
    expect(anchored.document?.data).toEqual({ x: 1, y: 1 });
    const broken = parseSpecText('c.yaml', '/c.yaml', 'openapi: 3.1.0\ninfo:\n  title: a: b\n');
    expect(broken.diagnostics[0]).toMatchObject({ file: 'c.yaml', line: 3, severity: 'error' });
    expect(broken.diagnostics[0]?.message).toMatch(/^invalid YAML: /);
  });

  it('positions diagnostics in a file read the fast way', () => {
    const { document } = parseSpecText('d.yaml', '/d.yaml', 'openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses: 7\n');
    expect(document?.position('/paths/~1a/get/responses')).toEqual({ line: 5, col: 18 });
  });
});
