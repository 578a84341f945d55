import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import type { SchemaNode } from '../../generator/model/ir.js';
import { identifierFor, NameRegistry, operationIdFromRoute, typeNameFor } from '../../generator/model/names.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));
function model(files: Record<string, string>, withSeed = false) {
  const dir = makeWorkspace(files, { withSeed });
  dirs.push(dir);
  return buildModel(loadSpec(['spec'], dir));
}
const schema = (m: ReturnType<typeof model>, name: string): SchemaNode => m.schemas.find((s) => s.specName === name)!.schema;

describe('names', () => {
  it.each([
    ['users.user.UpdateUser', 'usersUserUpdateUser'],
    ['get-foo_bar', 'getFooBar'],
    ['delete', 'delete_'],
    ['2fa', '_2fa'],
    ['', 'value'],
    ['__proto__', 'proto'],
  ])('identifierFor(%j) = %j', (given, want) => expect(identifierFor(given)).toBe(want));

  it.each([
    ['microsoft.graph.user', 'MicrosoftGraphUser'],
    ['user', 'User'],
    ['401error', '_401error'],
    ['😀', 'Schema'],
  ])('typeNameFor(%j) = %j', (given, want) => expect(typeNameFor(given)).toBe(want));

  it('derives operation ids from method and path', () => {
    expect(operationIdFromRoute('patch', '/users/{usersId}')).toBe('patchUsersByUsersId');
    expect(operationIdFromRoute('get', '/')).toBe('get');
  });

  it('resolves collisions with numeric suffixes, case-insensitively', () => {
    const names = new NameRegistry();
    expect([names.claim('User'), names.claim('user'), names.claim('User')]).toEqual(['User', 'user2', 'User3']);
  });
});

describe('buildModel', () => {
  it('models the seed operation', () => {
    const m = model({}, true);
    expect(m.operations).toHaveLength(1);
    const op = m.operations[0]!;
    expect(op).toMatchObject({ operationId: 'updateUser', identifier: 'updateUser', typeName: 'UpdateUser', method: 'patch', path: '/users/{usersId}' });
    expect(op.parameters.map((p) => [p.name, p.in, p.required, p.reservedHeader])).toEqual([
      ['usersId', 'path', true, false],
      ['Authorization', 'header', true, true],
      ['Accept', 'header', false, true],
    ]);
    expect(op.responses.map((r) => r.status)).toEqual(['200', '4XX', '5XX']);
    expect(op.security).toHaveLength(3);
    expect(op.permissions?.schemes.map((s) => [s.scheme, s.permissions.kind])).toEqual([
      ['DelegatedWork', 'contexts'],
      ['DelegatedPersonal', 'notSupported'],
      ['Application', 'notSupported'],
    ]);
    expect(schema(m, 'user').properties!.map((p) => p.name)).toEqual(['id', 'deviceEnrollmentLimit']);
    expect(schema(m, 'user').properties![1]!.schema).toMatchObject({ types: ['integer'], format: 'int32', enum: [5, 1000] });
  });

  it('normalises OpenAPI 3.0 nullable and boolean exclusive bounds', () => {
    const m = model({ 'spec/a.yaml': 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    n: { type: number, nullable: true, minimum: 1, exclusiveMinimum: true, maximum: 5 }\n    e: { type: string, nullable: true, enum: [a] }\n' });
    expect(schema(m, 'n')).toMatchObject({ types: ['number', 'null'], exclusiveMinimum: 1, maximum: 5 });
    expect(schema(m, 'n').minimum).toBeUndefined();
    expect(schema(m, 'e').enum).toEqual(['a', null]);
  });

  it('reads OpenAPI 3.1 type arrays, const and prefixItems', () => {
    const m = model({ 'spec/a.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\ncomponents:\n  schemas:\n    t: { type: [string, "null"], const: x }\n    p: { type: array, prefixItems: [{ type: string }], items: false }\n' });
    expect(schema(m, 't')).toMatchObject({ types: ['string', 'null'], const: { value: 'x' } });
    expect(schema(m, 'p').prefixItems).toHaveLength(1);
    expect(schema(m, 'p').items).toMatchObject({ boolean: false });
  });

  it('handles recursive schemas and hoists anonymous $ref targets into named schemas', () => {
    const m = model({
      'spec/a.yaml': `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /tree:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  child: { $ref: '#/paths/~1tree/get/responses/200/content/application~1json/schema' }
components:
  schemas:
    node: { type: object, properties: { next: { $ref: '#/components/schemas/node' } } }
`,
    });
    const node = m.schemas.find((s) => s.specName === 'node')!;
    expect(node.schema.properties![0]!.schema.ref).toBe(node.id);
    expect(m.schemas.map((s) => s.typeName)).toContain('Node');
    expect(m.schemas).toHaveLength(2);
  });

  it('plans names independent of file order, and keeps op-derived type names free', () => {
    const files = {
      'spec/a.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\ncomponents:\n  schemas:\n    GetThingResponse: { type: string }\n',
      'spec/b.yaml': "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /thing:\n    get:\n      operationId: getThing\n      responses:\n        '204': { description: ok }\n",
    };
    const m1 = model(files);
    const m2 = model({ 'spec/z.yaml': files['spec/a.yaml'], 'spec/0.yaml': files['spec/b.yaml'] });
    expect(m1.operations[0]!.typeName).toBe('GetThing2');
    expect(m2.operations[0]!.typeName).toBe('GetThing2');
    expect(m1.schemas.map((s) => s.typeName)).toEqual(m2.schemas.map((s) => s.typeName));
  });

  it('plans a write view for schemas with readOnly properties, transitively', () => {
    const m = model({ 'spec/a.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\ncomponents:\n  schemas:\n    a: { type: object, properties: { id: { type: string, readOnly: true } } }\n    b: { type: object, properties: { a: { $ref: "#/components/schemas/a" } } }\n    c: { type: object, properties: { x: { type: string } } }\n' });
    expect(m.schemas.map((s) => [s.typeName, s.writeTypeName])).toEqual([
      ['A', 'AWritable'],
      ['B', 'BWritable'],
      ['C', undefined],
    ]);
  });

  it('reports a $ref cycle that never reaches a schema', () => {
    expect(() =>
      model({ 'spec/a.yaml': "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/p'\n      responses: { '204': { description: ok } }\ncomponents:\n  parameters:\n    p: { $ref: '#/components/parameters/q' }\n    q: { $ref: '#/components/parameters/p' }\n" }),
    ).toThrow(/\$ref cycle/);
  });

  it('rejects an invalid regular expression pattern', () => {
    expect(() => model({ 'spec/a.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\ncomponents:\n  schemas:\n    a: { type: string, pattern: "([a-z" }\n' })).toThrow(/a\.yaml:5:\d+: error: pattern "\(\[a-z" is not a valid ECMA-262 regular expression/);
  });
});
