import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSchemas, compileSpec, type CompiledValidators, type Result } from './compile-validators.js';

/** Behaviour of the generated validators on the keyword fixture (test/fixtures/specs/keywords). */

let keywords: CompiledValidators;

beforeAll(async () => {
  keywords = await compileSpec('test/fixtures/specs/keywords');
});

function codesAndPaths(result: Result): [string, (string | number)[]][] {
  if (result.ok) throw new Error('expected the value to be refused');
  return result.issues.map((i) => [i.code, i.path]);
}

describe('request and response directions', () => {
  const stored = { id: 'a1', name: 'Ada', password: 'correct horse' };

  it('refuses readOnly properties in what is sent, and does not require them', () => {
    const send = keywords.validate('AccountWritable');
    expect(send({ name: 'Ada', password: 'correct horse' }).ok).toBe(true);
    expect(codesAndPaths(send(stored))).toEqual([['readOnly', ['id']]]);
    expect(keywords.validate('ReplaceAccountRequestBody')(stored)).toEqual(send(stored));
  });

  it('refuses writeOnly properties in what is received, and does not require them', () => {
    const receive = keywords.validate('Account');
    expect(receive({ id: 'a1', name: 'Ada' }).ok).toBe(true);
    expect(codesAndPaths(receive(stored))).toEqual([['writeOnly', ['password']]]);
    expect(keywords.validate('ReplaceAccountResponse')(stored)).toEqual(receive(stored));
  });

  it('accepts no body where a success response has none', () => {
    const response = keywords.validate('CreateScalarsResponse');
    expect(response(undefined).ok).toBe(true);
    expect(response({ count: 1 }).ok).toBe(true);
    expect(response({ count: 'one' }).ok).toBe(false);
    expect(keywords.validate('CreateScalarsRequestBody')(undefined).ok).toBe(false);
  });
});

describe('depth and size limits', () => {
  function nested(levels: number): unknown {
    let value: unknown = { value: 0 };
    for (let i = 1; i < levels; i++) value = { value: i, children: [value] };
    return value;
  }

  it('turns 100,000 levels of nesting into a depth issue instead of a stack overflow', () => {
    const deep = nested(100_000);
    const result = keywords.validate('TreeNode')(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.code).toBe('depth');
      expect(result.issues[0]!.path.slice(0, 4)).toEqual(['children', 0, 'children', 0]);
    }
    expect(keywords.is('TreeNode')(deep)).toBe(false);
  });

  it('accepts nesting well within the limit', () => {
    expect(keywords.validate('TreeNode')(nested(500)).ok).toBe(true);
  });

  it('compares deeply nested items for uniqueItems without recursion', () => {
    const deepArray = (levels: number, leaf: number): unknown => {
      let value: unknown = leaf;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    const collections = keywords.validate('Collections');
    expect(collections({ matrix: [[1], [2]] }).ok).toBe(true);
    const deepObject = (leaf: number) => ({ a: deepArray(100_000, leaf) });
    expect(codesAndPaths(collections({ records: [deepObject(1), deepObject(1)] }))).toEqual([['uniqueItems', ['records']]]);
    expect(collections({ records: [deepObject(1), deepObject(2)] }).ok).toBe(true);
  });

  it('stops collecting after 100 issues on a huge invalid array, and checks a huge valid one', () => {
    const collections = keywords.validate('Collections');
    const result = collections({ matrix: Array.from({ length: 1_000_000 }, (_, i) => ['x', i]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(100);
    expect(collections({ records: Array.from({ length: 200_000 }, (_, i) => ({ i })) }).ok).toBe(true);
  });

  it('maxIssues: the first issues of the full list, found without checking the rest', () => {
    const collections = keywords.module.validateCollections as (value: unknown, options?: { maxIssues?: number }) => Result;
    const value = { matrix: Array.from({ length: 50 }, (_, i) => ['x', i]) };
    const every = collections(value);
    expect(every.ok).toBe(false);
    if (every.ok) return;
    expect(every.issues.length).toBeGreaterThan(3);
    for (const maxIssues of [1, 3]) {
      const first = collections(value, { maxIssues });
      expect(first).toEqual({ ok: false, issues: every.issues.slice(0, maxIssues) });
    }
    // Above the built-in limit it is the built-in limit; a valid value stays valid.
    expect(collections(value, { maxIssues: 1000 })).toEqual(every);
    expect(collections({ matrix: [[1]] }, { maxIssues: 1 }).ok).toBe(true);
    // The limit holds for one call only.
    expect(collections(value)).toEqual(every);
    expect(() => collections(value, { maxIssues: 0 })).toThrow(RangeError);
  });

  it('orders an object\'s issues: missing required properties (in the order of required), then values (in the order of properties), then other keys', async () => {
    const compiled = await compileSchemas(
      {
        Ordered: {
          type: 'object',
          required: ['c', 'z', 'a'],
          additionalProperties: false,
          properties: { a: { type: 'string' }, b: { type: 'integer' }, c: { type: 'boolean' } },
        },
      },
      '3.1',
    );
    const ordered = compiled.validate(compiled.typeNameOf('Ordered')) as (value: unknown, options?: { maxIssues?: number }) => Result;
    const value = { b: 'x', a: 1, extra: true };
    expect(codesAndPaths(ordered(value))).toEqual([
      ['required', ['c']],
      ['required', ['z']],
      ['type', ['a']],
      ['type', ['b']],
      ['additionalProperties', ['extra']],
    ]);
    // The first issue is the first missing property, found before any value is looked at.
    expect(codesAndPaths(ordered(value, { maxIssues: 1 }))).toEqual([['required', ['c']]]);
    expect(codesAndPaths(ordered({ a: 'x', c: 'no' }))).toEqual([['required', ['z']], ['type', ['c']]]);
  });

  it('stops at exactly MAX_ISSUES (100) issues, and at maxIssues, wherever the issues come from', async () => {
    // 120 properties in one object (straight-line checks, no loop), each an object with two of its own.
    const properties = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}`, { $ref: '#/components/schemas/Pair' }]));
    const compiled = await compileSchemas({ Pair: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' }, b: { type: 'string' } } }, Wide: { type: 'object', properties } }, '3.1');
    const wide = compiled.validate(compiled.typeNameOf('Wide')) as (value: unknown, options?: { maxIssues?: number }) => Result;
    const value = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}`, {}]));
    const every = wide(value);
    if (every.ok) throw new Error('expected the value to be refused');
    expect(every.issues).toHaveLength(100);
    expect(every.issues.slice(0, 3).map((i) => i.message)).toEqual(['p0.a: is required', 'p0.b: is required', 'p1.a: is required']);
    expect(every.issues[99]!.message).toBe('p49.b: is required');
    // The limit falls inside a nested checker's report: still the first issues of the full list.
    for (const maxIssues of [1, 3, 99]) expect(wide(value, { maxIssues })).toEqual({ ok: false, issues: every.issues.slice(0, maxIssues) });
    expect(wide(value)).toEqual(every);
  });
});

describe('aliases', () => {
  it('resolves a chain of 1,200 aliases to its target: one call, not one level of depth per link', async () => {
    const schemas: Record<string, unknown> = { Target: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } };
    for (let i = 0; i < 1200; i++) schemas[`Alias${i}`] = { $ref: `#/components/schemas/${i === 1199 ? 'Target' : `Alias${i + 1}`}` };
    const compiled = await compileSchemas(schemas, '3.1');
    const first = compiled.validate(compiled.typeNameOf('Alias0'));
    expect(first({ id: 'x' }).ok).toBe(true);
    expect(codesAndPaths(first({}))).toEqual([['required', ['id']]]);
    expect(readFileSync(join(compiled.root, 'src/validators.ts'), 'utf8')).not.toContain('function is$Alias');
  });
});

describe('keys that name Object.prototype members', () => {
  it('checks a declared __proto__ property as data and never reads the prototype', async () => {
    // From JSON: in an object literal, a `__proto__:` key would set the prototype instead.
    const schema = JSON.parse('{"type": "object", "required": ["__proto__"], "properties": {"__proto__": {"type": "number"}, "constructor": {"type": "number"}}, "additionalProperties": false}') as object;
    const compiled = await compileSchemas({ Proto: schema }, '3.1');
    const validate = compiled.validate('Proto');
    expect(validate(JSON.parse('{"__proto__": 1}')).ok).toBe(true);
    expect(codesAndPaths(validate(JSON.parse('{"__proto__": "x"}')))).toEqual([['type', ['__proto__']]]);
    expect(codesAndPaths(validate({}))).toEqual([['required', ['__proto__']]]);
    expect(codesAndPaths(validate(JSON.parse('{"__proto__": 1, "constructor": "x"}')))).toEqual([['type', ['constructor']]]);
    expect(codesAndPaths(validate(JSON.parse('{"__proto__": 1, "prototype": 1}')))).toEqual([['additionalProperties', ['prototype']]]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('lets Dangerous keys through additionalProperties as ordinary keys', () => {
    const dangerous = keywords.validate('Dangerous');
    expect(dangerous(JSON.parse('{"constructor": "c", "__proto__": null, "hasOwnProperty": null}')).ok).toBe(true);
    expect(codesAndPaths(dangerous(JSON.parse('{"constructor": "c", "__proto__": {"polluted": true}}')))).toEqual([['type', ['__proto__']]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('spec strings are data', () => {
  it('compiles hostile enum strings, descriptions and patterns, and matches them exactly', () => {
    const hostile = keywords.validate('Hostile');
    for (const value of ['"; process.exit(1); "', 'back`tick ${x}', 'line\u2028separator', '*/']) expect(hostile(value).ok).toBe(true);
    expect(hostile('back`tick x').ok).toBe(false);
    expect(keywords.validate('SlashPattern')('a/b\\7"q').ok).toBe(true);
    expect(keywords.validate('SlashPattern')('a/b7"q').ok).toBe(false);
  });

  it('quotes keys that are not identifiers in issue messages', () => {
    const result = keywords.validate('Dangerous')(JSON.parse('{"constructor": "c", "new\\nline */ end": "x"}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toBe('["new\\nline */ end"]: must be an integer');
  });

  it('writes no spec string raw into the module', () => {
    const source = readFileSync(join(keywords.root, 'src/validators.ts'), 'utf8');
    expect(source).toContain('process.exit(1)');
    // With every string literal and comment taken out, no spec text is left.
    const code = source.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/\*[^]*?\*\/|\/\/[^\n]*/g, '');
    expect(code).not.toContain('process.exit');
    expect(code).not.toContain('escaped');
  });
});

describe('issue paths and messages below the top level', () => {
  it('names nested properties and items in the message', () => {
    const result = keywords.validate('Composition')({ pet: { petType: 'dog', barks: -1 }, labelled: 'a' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.message)).toEqual(['labelled: must be at least 2 characters long', 'pet.barks: must be >= 0']);
    }
  });

  it('reports a discriminator value that maps to nothing', () => {
    expect(codesAndPaths(keywords.validate('Pet')({ petType: 'bird' }))).toEqual([['discriminator', []]]);
    expect(codesAndPaths(keywords.validate('Pet')({ petType: 'cat' }))).toEqual([['required', ['meows']]]);
  });

  it('explains a nullable reference through the reference', () => {
    const legacy = keywords.validate('Legacy');
    expect(legacy({ age: 1, parent: null }).ok).toBe(true);
    expect(codesAndPaths(legacy({ age: 1, parent: {} }))).toEqual([['required', ['parent', 'name']]]);
  });
});

describe('formats', () => {
  const formats = () => keywords.validate('Formats');
  it.each([
    ['when', '2024-02-29T23:20:50.52Z', '2023-02-29T23:20:50Z'],
    ['day', '2000-02-29', '1900-02-29'],
    ['clock', '23:59:60Z', '23:59:60+01:00'],
    ['id', 'F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6', 'f81d4fae7dec11d0a76500a0c91e6bf6'],
    ['mail', 'first.last+tag@example.org', 'first..last@example.org'],
    ['link', 'http://[::1]:8080/a?b#c', 'http://host:port/'],
    ['blob', 'aGVsbG8=', 'aGVsbG8'],
    ['v4', '192.168.0.1', '192.168.0.01'],
    ['v6', '::ffff:192.168.0.1', '1::2::3'],
    ['custom', 'anything at all', undefined],
  ])('%s accepts %s and refuses %s', (property, good, bad) => {
    expect(formats()({ [property]: good }).ok).toBe(true);
    if (bad !== undefined) expect(codesAndPaths(formats()({ [property]: bad }))).toEqual([['format', [property]]]);
  });
});
