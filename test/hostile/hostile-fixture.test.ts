import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type OutputFile } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';
import { asDocLines, docCommentBefore, importEveryModule, readDocText, removePackage, strictTypeCheck, writePackage } from './generated-package.js';

/**
 * test/fixtures/specs/hostile: every spec string in a place where it could break out — doc
 * comments, string literals, property keys, identifiers, regex patterns, enum values, examples,
 * server URLs, path templates, tags, x-permissions. The package must compile strictly, run no
 * spec text when imported, and give every string back as data.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const SPEC = JSON.parse(readFileSync(join(REPO, 'test/fixtures/specs/hostile/hostile.json'), 'utf8')) as { [key: string]: any };
const schemas = SPEC.components.schemas as Record<string, { [key: string]: any }>;
const DOC = SPEC.info.description as string;
const PWN = '*/ ; globalThis.pwned = 1; /*';
const PWN_KEY = '"]; globalThis.pwned = 1; //';
const g = globalThis as { pwned?: unknown };

let files: OutputFile[];
let dir: string;
let modules: Map<string, Record<string, any>>;
const text = (path: string) => files.find((f) => f.path === path)!.contents;
const fn = (path: string, name: string) => modules.get(path)![name] as (...args: any[]) => any;

beforeAll(async () => {
  delete g.pwned;
  files = (await generate({ cwd: REPO, spec: ['test/fixtures/specs/hostile'] })).files;
  dir = writePackage(files);
  modules = await importEveryModule(dir, files);
}, 120_000);
afterAll(() => {
  delete g.pwned;
  if (dir !== undefined) removePackage(dir);
});

describe('the hostile fixture', () => {
  it('has the hostile strings the test relies on', () => {
    expect(DOC).toContain(PWN);
    expect(Object.keys(schemas['my-schema']!.properties)).toEqual(expect.arrayContaining([PWN_KEY, PWN, '__proto__', 'constructor', 'class', '1st']));
  });

  it('runs no spec text when every module is imported and used', async () => {
    expect(modules.size).toBeGreaterThan(10);
    expect(g.pwned).toBeUndefined();
    const v = modules.get('dist/validators.js')!;
    for (const [name, value] of Object.entries(v)) if (typeof value === 'function' && name.startsWith('is')) (value as (x: unknown) => boolean)({ [PWN_KEY]: PWN });
    const api = fn('dist/mocks/index.js', 'createMockApi')();
    await api.handle(new Request(`${api.baseUrl}/items`));
    fn('dist/index.js', 'createClient')({ fetch: async () => new Response('{}') });
    expect(g.pwned).toBeUndefined();
  });

  it('compiles under a consumer strict type-check', () => {
    const consumer = [
      "import type * as T from './dist/index.js';",
      "import { isMood, validateMySchema2 } from './dist/validators.js';",
      `const mood: T.Mood = ${JSON.stringify(PWN_KEY)};`,
      'const checked: boolean = isMood(mood) && validateMySchema2({}).ok;',
      'export { checked };',
      '',
    ].join('\n');
    expect(strictTypeCheck(dir, files, { 'consumer.ts': consumer })).toEqual([]);
  });

  it('shows descriptions in JSDoc as text that cannot close the comment or start a tag', () => {
    const types = text('src/types.ts');
    const comment = docCommentBefore(types, 'export type MySchema2 =');
    expect(comment).toBeDefined();
    expect(comment).not.toContain('*/');
    expect(comment!.split('\n').some((line) => /^\s*@/.test(line))).toBe(false);
    expect(comment).not.toMatch(/[\u2028\u2029\u0000]/);
    expect(asDocLines(readDocText(comment!))).toBe(asDocLines(DOC));
    // The property's own description, keyed by the reserved word.
    expect(asDocLines(readDocText(docCommentBefore(types, 'class?: string')!))).toBe(asDocLines(DOC));
    // The .d.ts keeps the same text.
    expect(asDocLines(readDocText(docCommentBefore(text('dist/types.d.ts'), 'export type MySchema2 =')!))).toBe(asDocLines(DOC));
  });

  it('keeps each odd property name a key of its own in types and validators', () => {
    const isX = fn('dist/validators.js', 'isMySchema2');
    const names = Object.keys(schemas['my-schema']!.properties).filter((name) => schemas['my-schema']!.properties[name].type === 'string');
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) {
      const withString: Record<string, unknown> = {};
      Object.defineProperty(withString, name, { value: 'x', enumerable: true });
      const withNumber: Record<string, unknown> = {};
      Object.defineProperty(withNumber, name, { value: 5, enumerable: true });
      expect(isX(withString), name).toBe(!['slashy', 'regexPayload', 'flagsLike', 'astral'].includes(name));
      expect(isX(withNumber), name).toBe(false);
    }
    expect(isX({ '1st': 1.5 })).toBe(false);
    expect(isX({ '1st': 2 })).toBe(true);
  });

  it('compiles regex patterns as data (slashes, flags-like text, unicode, a payload)', () => {
    const isX = fn('dist/validators.js', 'isMySchema2');
    const cases: [string, string, boolean][] = [
      ['slashy', '///', true], ['slashy', 'a', false],
      ['regexPayload', '/; globalThis.pwned=1; /', true], ['regexPayload', 'nothing', false],
      ['flagsLike', 'a/gi', true], ['flagsLike', 'A', false], ['flagsLike', 'a', false],
      ['unicodeWord', 'héllo', true], ['unicodeWord', 'a1', false],
      ['astral', '😀😀', true], ['astral', 'a', false],
    ];
    for (const [name, value, ok] of cases) expect(isX({ [name]: value }), `${name}: ${value}`).toBe(ok);
    expect(g.pwned).toBeUndefined();
  });

  it('accepts exactly the spec enum values, of every JSON type', () => {
    const isMood = fn('dist/validators.js', 'isMood');
    for (const value of schemas.mood!.enum as string[]) expect(isMood(value), JSON.stringify(value)).toBe(true);
    for (const value of ['dq', 'Plain', '__PROTO__', `${PWN} `, 0, null]) expect(isMood(value), JSON.stringify(value)).toBe(false);
    const isAny = fn('dist/validators.js', 'isAnyEnum');
    const values = schemas['any-enum']!.enum as Json[];
    expect(values.some((v) => v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, '__proto__'))).toBe(true);
    for (const value of values) expect(isAny(value), JSON.stringify(value)).toBe(true);
    for (const value of [1, '0', 'dq', [], ['a', 1], { k: 1 }, JSON.parse('{"__proto__": {"polluted": "no"}, "k": 1}'), { '"k': 'v', nested: { x: [2] } }]) {
      expect(isAny(value), JSON.stringify(value)).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The types emitter lists the same values.
    expect(text('src/types.ts')).toContain(JSON.stringify(PWN_KEY).slice(1, -1).replace(/\\"/g, '"'));
  });

  it('seeds the mock with the spec example, value for value', async () => {
    const seed = modules.get('dist/mocks/api.js')!.MOCK_SEED_DATA as Record<string, Json[]>;
    const example = SPEC.paths['/items'].get.responses['200'].content['application/json'].example.value[0];
    expect(seed['/items']).toEqual([example]);
    const api = fn('dist/mocks/index.js', 'createMockApi')();
    expect(modules.get('dist/mocks/api.js')!.MOCK_BASE_URL).toBe("https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}");
    const response = (await api.handle(new Request(`${new URL(api.baseUrl).href}/items/${encodeURIComponent(PWN_KEY)}`))) as Response;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: PWN_KEY, class: PWN, 'quo"te': '`${x}`' });
  });

  it('builds request URLs with odd path values percent-encoded, and the server URL as data', () => {
    const names = Object.keys(modules.get('dist/client.js')!).filter((n) => /^build.*Request$/.test(n));
    const build = names.map((n) => fn('dist/client.js', n)).find((b) => {
      try {
        return b({ path: { 'item-id': 'a', 'odd.name': 'plain' } }).url.includes('/sub.path/');
      } catch {
        return false;
      }
    });
    expect(build).toBeDefined();
    for (const value of [PWN_KEY, PWN, '__proto__', 'a/b@c#d?e', '😀', 'back\\slash']) {
      const request = build!({ path: { 'item-id': value, 'odd.name': '${x}' } }) as { url: string; method: string };
      expect(request.method).toBe('GET');
      const prefix = "https://con`to\"so.example.com/api/v1*/'\\/x'y\"z`${a}/items/";
      expect(request.url.startsWith(prefix), request.url).toBe(true);
      const [item, literal, odd, ...rest] = request.url.slice(prefix.length).split('/');
      expect([decodeURIComponent(item!), literal, decodeURIComponent(odd!), rest]).toEqual([value, 'sub.path', '${x}', []]);
    }
  });

  it('gives the permission table its scopes and context names as data', () => {
    const table = modules.get('dist/permissions.js')!.permissions as Record<string, any>;
    const entry = Object.values(table).find((e) => e.path === '/items/{item-id}/sub.path/{odd.name}' && e.method === 'GET');
    const spec = SPEC.paths['/items/{item-id}/sub.path/{odd.name}'].get['x-permissions'];
    expect(entry.source).toBe(spec.source);
    expect(Object.keys(entry.schemes.DelegatedWork.contexts).sort()).toEqual(Object.keys(spec.schemes.DelegatedWork.contexts).sort());
    expect(entry.schemes.DelegatedWork.contexts[PWN].scopes).toEqual(spec.schemes.DelegatedWork.contexts[PWN]);
    expect(entry.schemes.Application.scopes).toEqual(spec.schemes.Application.scopes);
  });

  it('writes a README with no raw HTML, no injected heading and no javascript: link', () => {
    const readme = text('README.md');
    expect(readme).not.toMatch(/<(script|img)\b/i);
    expect(readme).not.toMatch(/^#+ not a heading/m);
    expect(readme).not.toMatch(/\]\(<?javascript:/i);
  });

  it('writes no raw control character (NUL, U+2028, ...) into any file', () => {
    for (const file of files) expect(file.contents, file.path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    for (const file of files.filter((f) => !f.path.endsWith('.md'))) expect(file.contents, file.path).not.toMatch(/[\u2028\u2029]/);
  });

  it('derives no file name from a spec string', () => {
    const paths = files.map((f) => f.path);
    for (const path of paths) expect(path).toMatch(/^[A-Za-z0-9._/-]+$/);
    for (const path of paths) expect(path.split('/')).not.toContain('..');
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
  });
});
