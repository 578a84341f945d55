import { afterAll, describe, expect, it } from 'vitest';
import { removeWorkspace } from '../helpers/workspace.js';
import type { DiffReport } from '../../generator/diff/index.js';
import { diffJson, kinds, twoVersions } from './helpers.js';

type Json = Record<string, unknown>;

/** One schema `Thing` (with property `v`), sent by `POST /things` and read by `GET /things/{id}`. */
function api(v: Json, thing: Json = {}, extra: { paths?: Json; schemas?: Json } = {}): string {
  return JSON.stringify(
    {
      openapi: '3.0.3',
      info: { title: 'Things', version: '1.0.0' },
      paths: {
        '/things': { post: { operationId: 'createThing', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, responses: { '204': { description: 'created' } } } },
        '/things/{id}': {
          get: {
            operationId: 'getThing',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'the thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
          },
        },
        ...extra.paths,
      },
      components: { schemas: { Thing: { type: 'object', properties: { v }, ...thing }, ...extra.schemas } },
    },
    null,
    2,
  );
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeWorkspace));

async function diff(base: string, head: string): Promise<DiffReport> {
  const dir = twoVersions({ 'api.json': base }, { 'api.json': head });
  dirs.push(dir);
  return diffJson(dir);
}

/** The kinds judged for `Thing.v` in each direction. */
async function judged(base: Json, head: Json, baseThing: Json = {}, headThing: Json = {}): Promise<{ request: string[]; response: string[] }> {
  const report = await diff(api(base, baseThing), api(head, headThing));
  const inThing = report.changes.filter((c) => c.scope === 'Thing' && c.path.startsWith('.v'));
  for (const c of inThing) expect(c.kind).toBe([c.judged?.request, c.judged?.response].includes('breaking') ? 'breaking' : [c.judged?.request, c.judged?.response].includes('feature') ? 'feature' : 'fix');
  return {
    request: inThing.flatMap((c) => (c.judged?.request === undefined ? [] : [c.judged.request])),
    response: inThing.flatMap((c) => (c.judged?.response === undefined ? [] : [c.judged.response])),
  };
}

describe('schema changes are judged per direction (request: narrower breaks; response: wider breaks)', () => {
  const cases: [string, Json, Json, string[], string[]][] = [
    ['enum value added', { type: 'string', enum: ['a'] }, { type: 'string', enum: ['a', 'b'] }, ['feature'], ['breaking']],
    ['enum value removed', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['a'] }, ['breaking'], ['feature']],
    ['integer widened to number', { type: 'integer' }, { type: 'number' }, ['feature'], ['breaking']],
    ['number narrowed to integer', { type: 'number' }, { type: 'integer' }, ['breaking'], ['feature']],
    ['made nullable', { type: 'string' }, { type: 'string', nullable: true }, ['feature'], ['breaking']],
    ['no longer nullable', { type: 'string', nullable: true }, { type: 'string' }, ['breaking'], ['feature']],
    ['type changed', { type: 'string' }, { type: 'integer' }, ['breaking'], ['breaking']],
    ['maxLength lowered', { type: 'string', maxLength: 10 }, { type: 'string', maxLength: 5 }, ['breaking'], ['feature']],
    ['minimum lowered', { type: 'integer', minimum: 5 }, { type: 'integer', minimum: 1 }, ['feature'], ['breaking']],
    ['format added', { type: 'string' }, { type: 'string', format: 'uuid' }, ['breaking'], ['feature']],
    ['int64 format documented', { type: 'integer' }, { type: 'integer', format: 'int64' }, ['fix'], ['fix']],
    ['int64 narrowed to int32', { type: 'integer', format: 'int64' }, { type: 'integer', format: 'int32' }, ['breaking'], ['feature']],
    ['array items narrowed', { type: 'array', items: { type: 'number' } }, { type: 'array', items: { type: 'integer' } }, ['breaking'], ['feature']],
    ['additional properties forbidden', { type: 'object' }, { type: 'object', additionalProperties: false }, ['breaking'], ['feature']],
    ['additional properties allowed', { type: 'object', additionalProperties: false }, { type: 'object', additionalProperties: { type: 'string' } }, ['feature'], ['breaking']],
    ['oneOf alternative added', { oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }, ['feature'], ['breaking']],
    ['plain schema became a oneOf that includes it', { type: 'string', description: 'a name' }, { oneOf: [{ type: 'string' }, { type: 'object' }] }, ['feature', 'fix'], ['breaking', 'fix']],
    ['oneOf reduced to one of its alternatives', { oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'integer' }, ['breaking'], ['feature']],
    ['enum split into a oneOf of fixed values', { type: 'string', enum: ['a', 'b'] }, { oneOf: [{ type: 'string', enum: ['a'] }, { type: 'string', enum: ['b'] }] }, [], []],
    ['nullable string became a oneOf including it', { type: 'string', nullable: true }, { oneOf: [{ type: 'string', nullable: true }, { type: 'object' }] }, ['feature'], ['breaking']],
    ['plain schema became an unrelated oneOf', { type: 'string' }, { oneOf: [{ type: 'integer' }, { type: 'object' }] }, ['breaking'], ['breaking']],
    ['nested property added as required', { type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'], properties: { a: { type: 'string' }, b: { type: 'string' } } }, ['breaking'], ['feature']],
    ['description edited', { type: 'string', description: 'old' }, { type: 'string', description: 'new' }, ['fix'], ['fix']],
    ['default changed', { type: 'string', default: 'a' }, { type: 'string', default: 'b' }, ['fix'], ['fix']],
    ['deprecated', { type: 'string' }, { type: 'string', deprecated: true }, ['feature'], ['feature']],
    ['unchanged', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['b', 'a'] }, [], []],
  ];
  for (const [name, base, head, request, response] of cases) {
    it(name, async () => {
      expect(await judged(base, head)).toEqual({ request, response });
    });
  }

  it('an alternative inserted first does not shift the others (matched by their fixed property value)', async () => {
    const variant = (kind: string, extra: Json = {}) => ({ type: 'object', properties: { kind: { type: 'string', enum: [kind] }, x: { type: 'string', ...extra } } });
    const report = await diff(api({ oneOf: [variant('a'), variant('b')] }), api({ oneOf: [variant('c'), variant('a'), variant('b', { maxLength: 3 })] }));
    expect(kinds(report)).toEqual([
      'breaking: Thing .v oneOf[kind="b"].x: maxLength added to 3 [request: breaking, response: feature]',
      'breaking: Thing .v oneOf[kind="c"]: alternative kind="c" added [request: feature, response: breaking]',
    ]);
  });

  it('required added: breaking for writers, safe for readers; required removed: the reverse', async () => {
    expect(await judged({ type: 'string' }, { type: 'string' }, {}, { required: ['v'] })).toEqual({ request: ['breaking'], response: ['feature'] });
    expect(await judged({ type: 'string' }, { type: 'string' }, { required: ['v'] }, {})).toEqual({ request: ['feature'], response: ['breaking'] });
  });

  it('a property made readOnly leaves requests (breaking) and stays in responses', async () => {
    const report = await diff(api({ type: 'string' }), api({ type: 'string', readOnly: true }));
    expect(kinds(report)).toContain('breaking: Thing .v: property removed (now read-only) [request: breaking]');
    expect(report.changes.map((c) => c.directions)).toEqual([['request']]);
  });

  it('a property removed breaks both directions', async () => {
    const report = await diff(api({ type: 'string' }), api({ type: 'string' }).replace('"properties": {\n          "v": {\n            "type": "string"\n          }\n        }', '"properties": {}'));
    expect(kinds(report)).toEqual(['breaking: Thing .v: property removed [request: breaking, response: breaking]']);
  });
});

describe('operations, parameters and responses', () => {
  const base = api({ type: 'string' });
  const parsed = () => JSON.parse(base) as { paths: Record<string, Record<string, Json & { parameters?: Json[] }>>; components: { schemas: Record<string, Json> } };

  it('an operation removed is breaking, one added a feature, one moved (same operationId) breaking', async () => {
    const head = parsed();
    const get = head.paths['/things/{id}']!;
    delete head.paths['/things/{id}'];
    head.paths['/items/{id}'] = get;
    head.paths['/health'] = { get: { operationId: 'health', responses: { '204': { description: 'ok' } } } };
    const report = await diff(base, JSON.stringify(head));
    expect(kinds(report)).toEqual(['breaking: GET /things/{id}: operation getThing moved to GET /items/{id} (path or method changed)', 'feature: GET /health: operation added']);
    delete head.paths['/items/{id}'];
    expect(kinds(await diff(base, JSON.stringify(head)))).toEqual(['breaking: GET /things/{id}: operation removed', 'feature: GET /health: operation added']);
  });

  it('parameters: new required breaks, new optional is a feature, removed breaks, optional→required breaks', async () => {
    const head = parsed();
    const get = head.paths['/things/{id}']!.get as { parameters: Json[] };
    get.parameters.push({ name: 'expand', in: 'query', schema: { type: 'string' } }, { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } });
    const report = await diff(base, JSON.stringify(head));
    expect(kinds(report)).toEqual(['breaking: GET /things/{id} header parameter X-Tenant: new required parameter', 'feature: GET /things/{id} query parameter expand: optional parameter added']);
    const tighter = JSON.parse(JSON.stringify(head)) as typeof head;
    ((tighter.paths['/things/{id}']!.get as { parameters: Json[] }).parameters[1] as Json).required = true;
    ((tighter.paths['/things/{id}']!.get as { parameters: Json[] }).parameters[2] as Json).schema = { type: 'string', enum: ['a'] };
    expect(kinds(await diff(JSON.stringify(head), JSON.stringify(tighter)))).toEqual([
      'breaking: GET /things/{id} header parameter X-Tenant: now restricted to the values "a" [request: breaking]',
      'breaking: GET /things/{id} query parameter expand: parameter is now required',
    ]);
    expect(kinds(await diff(JSON.stringify(head), base))).toEqual(['breaking: GET /things/{id} header parameter X-Tenant: parameter removed', 'breaking: GET /things/{id} query parameter expand: parameter removed']);
  });

  it('responses: a removed one breaks, a new error response is a feature', async () => {
    const head = parsed();
    (head.paths['/things/{id}']!.get as { responses: Json }).responses['404'] = { description: 'not found' };
    expect(kinds(await diff(base, JSON.stringify(head)))).toEqual(['feature: GET /things/{id} response 404: error response documented']);
    expect(kinds(await diff(JSON.stringify(head), base))).toEqual(['breaking: GET /things/{id} response 404: response removed']);
  });

  it('security: a new alternative that suffices is a feature, a removed one breaking', async () => {
    const secured = (alternatives: string[][]) => {
      const doc = parsed() as unknown as Json & { components: Json };
      (doc.components as Json).securitySchemes = { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://example.com/token', scopes: { 'things.read': 'r', 'things.all': 'a' } } } } };
      doc.security = alternatives.map((scopes) => ({ oauth: scopes }));
      return JSON.stringify(doc);
    };
    expect(kinds(await diff(secured([['things.all']]), secured([['things.all'], ['things.read']])))).toEqual(['feature: GET /things/{id} security: requirement oauth:things.read added (it also suffices)', 'feature: POST /things security: requirement oauth:things.read added (it also suffices)']);
    expect(kinds(await diff(secured([['things.all'], ['things.read']]), secured([['things.all']])))).toEqual(['breaking: GET /things/{id} security: requirement oauth:things.read no longer suffices', 'breaking: POST /things security: requirement oauth:things.read no longer suffices']);
    // Requiring both scopes where one sufficed is a tightening; asking for fewer is not.
    expect((await diff(secured([['things.all']]), secured([['things.all', 'things.read']]))).counts.breaking).toBe(2);
    expect((await diff(secured([['things.all', 'things.read']]), secured([['things.all']]))).counts.breaking).toBe(0);
  });
});

describe('schemas are compared on the IR', () => {
  it('renaming a component nothing exposes is no change; renaming an exposed one removes its exported type', async () => {
    const extra = (name: string) => ({ schemas: { [name]: { type: 'object', properties: { x: { type: 'string' } } } } });
    expect((await diff(api({ type: 'string' }, {}, extra('Unused')), api({ type: 'string' }, {}, extra('StillUnused')))).changes).toEqual([]);
    const renamed = api({ type: 'string' }).replaceAll('"Thing"', '"Item"').replaceAll('schemas/Thing', 'schemas/Item');
    expect(kinds(await diff(api({ type: 'string' }), renamed))).toEqual(['breaking: Thing: exported type Thing removed (no operation reaches a schema of that name any more)', 'feature: Item: exported type Item added']);
  });

  it('an inlined $ref and properties moved into allOf are no change', async () => {
    const doc = JSON.parse(api({ type: 'string' }, {}, { schemas: { Base: { type: 'object', properties: { v: { type: 'string' } } } } })) as { components: { schemas: Record<string, Json> } };
    doc.components.schemas.Thing = { allOf: [{ $ref: '#/components/schemas/Base' }] };
    expect((await diff(api({ type: 'string' }), JSON.stringify(doc))).changes.filter((c) => c.kind !== 'feature' || !c.message.startsWith('exported type'))).toEqual([]);
  });

  it('recursive schemas terminate and report the change once per direction', async () => {
    const tree = (leaf: Json) => ({ type: 'object', properties: { value: leaf, children: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } });
    const report = await diff(api({ type: 'string' }, tree({ type: 'integer' })), api({ type: 'string' }, tree({ type: 'number' })));
    expect(kinds(report)).toEqual(['breaking: Thing .value: type widened from integer to number [request: feature, response: breaking]']);
  });

  it('a Swagger 2.0 description and its OpenAPI 3 equivalent are no change', async () => {
    const swagger = JSON.stringify({
      swagger: '2.0',
      info: { title: 'Things', version: '1.0.0' },
      host: 'api.example.com',
      basePath: '/v1',
      schemes: ['https'],
      paths: { '/things/{id}': { get: { operationId: 'getThing', produces: ['application/json'], parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'the thing', schema: { $ref: '#/definitions/Thing' } } } } } },
      definitions: { Thing: { type: 'object', properties: { v: { type: 'string' } } } },
    });
    const openapi = JSON.parse(api({ type: 'string' })) as { paths: Json; servers?: Json[] };
    delete openapi.paths['/things'];
    openapi.servers = [{ url: 'https://api.example.com/v1' }];
    const report = await diff(swagger, JSON.stringify(openapi));
    expect(kinds(report)).toEqual([]);
  });
});
