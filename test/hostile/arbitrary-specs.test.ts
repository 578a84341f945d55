import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, SpecError, type OutputFile } from '../../generator/index.js';
import { escapeDocText } from '../../generator/render/ts-syntax.js';
import { asDocLines, docCommentBefore, importEveryModule, removePackage, writePackage } from './generated-package.js';

/**
 * Property-based: specs with arbitrary property names, descriptions, enum values and operationIds.
 * Each either generates a package (which `generate()` type-checks strictly: a compile error is a
 * GeneratorBugError) whose validators accept exactly the enum values under the exact property
 * names and whose doc comments carry the descriptions as text — or fails with a SpecError. Never
 * anything else. Cases are batched: each fast-check run is one spec with CASES_PER_SPEC schemas
 * and operations, so RUNS × CASES_PER_SPEC ≥ 300 cases cost RUNS generates.
 */
const RUNS = 10;
const CASES_PER_SPEC = 30;
const g = globalThis as { pwned?: unknown };

const HOSTILE = ['*/ ; globalThis.pwned = 1; /*', '"]; globalThis.pwned = 1; //', '`${globalThis.pwned = 1}`', '__proto__', 'constructor', 'prototype', 'toString', 'class', '1st', 'a-b', 'a_b', 'A b', '@x', '😀', '\u0000', '\u2028', '', ' ', '\\', "'", '"'];
const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({ unit: fc.constantFrom(...'*/@`${}"\'\\\n\r\u2028\u2029\u0000 _-.0aA😀'.split('')), maxLength: 14 }),
);
const enumValue = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const oneCase = fc.record({
  description: text,
  propertyNames: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
  enumValues: fc.uniqueArray(enumValue, { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) }),
  operationId: text,
});
type Case = typeof oneCase extends fc.Arbitrary<infer T> ? T : never;

function specFor(cases: Case[]): string {
  const schemas = Object.fromEntries(
    cases.map((c, i) => [
      `s${i}`,
      { type: 'object', description: c.description, properties: Object.fromEntries(c.propertyNames.map((name) => [name, { description: c.description, enum: c.enumValues }])) },
    ]),
  );
  const paths = Object.fromEntries(
    cases.map((c, i) => [`/r${i}/{id}`, { get: { operationId: c.operationId, description: c.description, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: c.description, content: { 'application/json': { schema: { $ref: `#/components/schemas/s${i}` } } } } } } }]),
  );
  return JSON.stringify({ openapi: '3.1.0', info: { title: 'arbitrary', version: '1' }, paths, components: { schemas } });
}

const work = mkdtempSync(join(tmpdir(), 'apiwright-arbitrary-'));
const cacheDir = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outcomes = { generated: 0, specErrors: 0 };

async function checkBatch(cases: Case[]): Promise<void> {
  const specText = specFor(cases);
  writeFileSync(join(work, 'spec.json'), specText);
  const spec = JSON.parse(specText) as { components: { schemas: Record<string, { properties: Record<string, { enum: unknown[] }> }> } };
  let files: OutputFile[];
  try {
    files = (await generate({ cwd: work, spec: ['spec.json'], cache: false, cacheDir })).files;
  } catch (error) {
    if (error instanceof SpecError) {
      outcomes.specErrors += cases.length;
      return;
    }
    throw error;
  }
  const dir = writePackage(files, 'apiwright-arbitrary-pkg-');
  try {
    delete g.pwned;
    const modules = await importEveryModule(dir, files);
    expect(g.pwned).toBeUndefined();
    const validators = modules.get('dist/validators.js')!;
    const types = files.find((f) => f.path === 'src/types.ts')!.contents;
    cases.forEach((c, i) => {
      const is = validators[`isS${i}`] as (value: unknown) => boolean;
      const schema = spec.components.schemas[`s${i}`]!;
      for (const [name, property] of Object.entries(schema.properties)) {
        for (const value of property.enum) {
          const object = Object.defineProperty({}, name, { value, enumerable: true });
          expect(is(object), `s${i}.${JSON.stringify(name)} = ${JSON.stringify(value)}`).toBe(true);
        }
        expect(is(Object.defineProperty({}, name, { value: ['not in the enum'], enumerable: true })), `s${i}.${JSON.stringify(name)}`).toBe(false);
      }
      const comment = docCommentBefore(types, `export type S${i} =`);
      const expected = asDocLines(escapeDocText(c.description));
      // docComment leaves out a description that is only white space (as String.prototype.trim sees it).
      if (c.description.trim() === '') return expect(comment).toBeUndefined();
      expect(comment, `doc of S${i}`).toBeDefined();
      expect(comment).not.toContain('*/');
      expect(comment!.split('\n').some((line) => /^\s*@/.test(line))).toBe(false);
      expect(asDocLines(comment!)).toBe(expected);
    });
    expect(g.pwned).toBeUndefined();
    outcomes.generated += cases.length;
  } finally {
    removePackage(dir);
  }
}

/**
 * CI runs a fixed seed, so a submission's result does not depend on luck; elsewhere each run
 * explores new inputs (fast-check prints the seed of a failure). APIWRIGHT_FC_SEED picks one.
 */
const SEED = process.env.APIWRIGHT_FC_SEED !== undefined ? Number(process.env.APIWRIGHT_FC_SEED) : process.env.CI !== undefined ? 20261128 : undefined;

describe('arbitrary specs', () => {
  it(`generate strict, round-tripping code or fail with a SpecError (${RUNS * CASES_PER_SPEC} cases)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(oneCase, { minLength: CASES_PER_SPEC, maxLength: CASES_PER_SPEC }), checkBatch), { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) });
    expect(outcomes.generated + outcomes.specErrors).toBeGreaterThanOrEqual(300);
    // Most batches must really generate: a generator that refused everything would pass otherwise.
    expect(outcomes.generated).toBeGreaterThanOrEqual(150);
  }, 300_000);
});

/**
 * Property-based, shapes real descriptions have (issue 21): paths with trailing slashes, adjacent
 * (`{a}{b}`) and repeated placeholders, undeclared path parameters, templates that differ only in
 * parameter names, `enum` values that contradict the `type`, every security scheme kind with
 * alternative and combined requirements, and every body media type (JSON, form, multipart with
 * `encoding`, text, binary, streamed responses), in OpenAPI 3.1 and 3.2. Each spec must generate
 * a package that type-checks strictly (in this suite `generate` type-checks), with every warning
 * located at file:line:col — never a SpecError, never anything else.
 */
const SHAPE_RUNS = 8;
const segment = fc.constantFrom('items', 'a-b', 'v1', '{id}', '{a}{b}', '{id}.{format}', '{+path}', '{name}', 'x y', '');
const jsonType = fc.constantFrom('string', 'integer', 'number', 'boolean', 'array', 'object', 'null');
const shapeSchema = fc.record({ type: jsonType, enum: fc.option(fc.uniqueArray(enumValue, { minLength: 1, maxLength: 3, selector: (v) => JSON.stringify(v) }), { nil: undefined }) });
const SCHEMES = {
  headerKey: { type: 'apiKey', in: 'header', name: 'X-Key' },
  queryKey: { type: 'apiKey', in: 'query', name: 'key' },
  cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid' },
  basic: { type: 'http', scheme: 'basic' },
  bearer: { type: 'http', scheme: 'bearer' },
  digest: { type: 'http', scheme: 'digest' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'Read.' } } } },
  tls: { type: 'mutualTLS' },
} as const;
const requirement = fc.dictionary(fc.constantFrom(...Object.keys(SCHEMES)), fc.constant([] as string[]), { maxKeys: 2 });
const MEDIA = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/octet-stream'] as const;
const RESPONSES = ['application/json', 'text/plain', 'application/pdf', 'text/event-stream', 'application/jsonl', 'none'] as const;
const shapeOperation = fc.record({
  segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
  trailingSlash: fc.boolean(),
  declareParameters: fc.boolean(),
  method: fc.constantFrom('get', 'post', 'put', 'delete', 'patch', 'query'),
  security: fc.option(fc.array(requirement, { maxLength: 3 }), { nil: undefined }),
  requestMedia: fc.option(fc.constantFrom(...MEDIA), { nil: undefined }),
  responseMedia: fc.constantFrom(...RESPONSES),
  field: shapeSchema,
  encodingStyle: fc.constantFrom('form', 'spaceDelimited', 'pipeDelimited', 'deepObject', undefined),
  explode: fc.option(fc.boolean(), { nil: undefined }),
});
type ShapeOperation = typeof shapeOperation extends fc.Arbitrary<infer T> ? T : never;

function shapeSpec(operations: ShapeOperation[], version: '3.1.0' | '3.2.0'): string {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = `/${op.segments.join('/')}${op.trailingSlash ? '/' : ''}`;
    const method = op.method === 'query' && version !== '3.2.0' ? 'post' : op.method;
    const item = (paths[path] ??= {});
    if (item[method] !== undefined) continue;
    const names = [...new Set([...path.matchAll(/\{\+?([^{}]*)\}/g)].map((m) => m[1]!))];
    const body: Record<string, unknown> = { type: 'object', properties: { field: op.field, file: { type: 'string', format: 'binary' }, list: { type: 'array', items: { type: 'integer' } } } };
    const content = (media: string) =>
      media === 'application/x-www-form-urlencoded' || media === 'multipart/form-data'
        ? { schema: body, encoding: { list: { ...(op.encodingStyle === undefined ? {} : { style: op.encodingStyle }), ...(op.explode === undefined ? {} : { explode: op.explode }) }, field: { contentType: media === 'multipart/form-data' ? 'application/json' : 'text/plain' } } }
        : media === 'application/octet-stream'
          ? { schema: { type: 'string', format: 'binary' } }
          : media === 'text/plain'
            ? { schema: op.field }
            : { schema: body };
    const response =
      op.responseMedia === 'none'
        ? { description: 'none' }
        : op.responseMedia === 'text/event-stream' || op.responseMedia === 'application/jsonl'
          ? { description: 'stream', content: { [op.responseMedia]: version === '3.2.0' ? { itemSchema: { type: 'object', properties: { data: { type: 'string' } } } } : { schema: { type: 'string' } } } }
          : { description: 'body', content: { [op.responseMedia]: { schema: op.responseMedia === 'application/pdf' ? { type: 'string', format: 'binary' } : op.field } } };
    item[method] = {
      ...(op.declareParameters ? { parameters: names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })) } : {}),
      ...(op.security === undefined ? {} : { security: op.security }),
      ...(op.requestMedia === undefined ? {} : { requestBody: { required: true, content: { [op.requestMedia]: content(op.requestMedia) } } }),
      responses: { [op.method === 'delete' ? '204' : '200']: response },
    };
  }
  return JSON.stringify({ openapi: version, info: { title: 'shapes', version: '1' }, servers: [{ url: 'https://api.example.com/v1' }], paths, components: { securitySchemes: SCHEMES } }, null, 1);
}

describe('arbitrary spec shapes', () => {
  it(`generate strict code with located warnings, never a crash (${SHAPE_RUNS} specs)`, async () => {
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(shapeOperation, { minLength: 6, maxLength: 12 }), fc.constantFrom('3.1.0' as const, '3.2.0' as const), async (operations, version) => {
        writeFileSync(join(work, 'shapes.json'), shapeSpec(operations, version));
        const result = await generate({ cwd: work, spec: ['shapes.json'], cache: false, cacheDir });
        for (const warning of result.warnings) {
          expect(warning.file, warning.message).toBe('shapes.json');
          expect(warning.line, warning.message).toBeGreaterThan(0);
        }
        generated++;
      }),
      { numRuns: SHAPE_RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(generated).toBe(SHAPE_RUNS);
  }, 300_000);
});
