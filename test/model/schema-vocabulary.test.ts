import { afterAll, describe, expect, it } from 'vitest';
import { clientEmitter } from '../../generator/emit/client/index.js';
import { typesEmitter } from '../../generator/emit/types/index.js';
import { TypeWriter } from '../../generator/emit/types/type-expression.js';
import { validatorsEmitter } from '../../generator/emit/validators/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import type { ApiModel, SchemaNode } from '../../generator/model/ir.js';
import { aliasTarget, ANNOTATION_KEYS, childrenOf, followAliases, isPureRef, validationShape, walkSchema } from '../../generator/model/schema-vocabulary.js';
import { planPackage, referencedNames } from '../../generator/plan/index.js';
import { SchemaReader } from '../../generator/plan/schema-reading.js';
import { TemplateSet } from '../../generator/render/templates.js';
import { snapshotFixtures } from '../helpers/fixtures.js';
import { makeWorkspace, removeWorkspace, REPO } from '../helpers/workspace.js';

const source = { file: 'a.yaml', pointer: '' };

/**
 * The subschemas of a node found by looking at its values, not at a list of keywords: every value
 * that is a schema node (an object with a `source`), a list of them, or a list of `{ schema }`
 * entries (properties, patternProperties). An independent reading of what `childrenOf` must list.
 */
function reflectedChildren(node: SchemaNode): SchemaNode[] {
  const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v) && 'source' in v && typeof (v as SchemaNode).source === 'object';
  const out: SchemaNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'source' || key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
    if (isNode(value)) out.push(value);
    else if (Array.isArray(value)) {
      for (const item of value) {
        if (isNode(item)) out.push(item);
        else if (typeof item === 'object' && item !== null && 'schema' in item && isNode((item as { schema: unknown }).schema)) out.push((item as { schema: SchemaNode }).schema);
      }
    }
  }
  return out;
}

/** Every schema node of a model: named schemas, parameters, bodies, response headers. */
function everyNode(model: ApiModel): SchemaNode[] {
  const roots: SchemaNode[] = model.schemas.map((s) => s.schema);
  for (const op of model.operations) {
    for (const p of op.parameters) roots.push(p.schema);
    for (const m of op.requestBody?.content ?? []) for (const s of [m.schema, m.itemSchema]) if (s !== undefined) roots.push(s);
    for (const r of op.responses) {
      for (const m of r.content) for (const s of [m.schema, m.itemSchema]) if (s !== undefined) roots.push(s);
      for (const h of r.headers) if (h.schema !== undefined) roots.push(h.schema);
    }
  }
  const nodes: SchemaNode[] = [];
  for (const root of roots) walkSchema(root, (node) => nodes.push(node));
  return nodes;
}

describe('the schema vocabulary', () => {
  it('treats a $ref with only annotations (readOnly and writeOnly included) as an alias', () => {
    expect(aliasTarget({ source, ref: 'u' })).toBe('u');
    expect(aliasTarget({ source, ref: 'u', readOnly: true, description: 'd', title: 't', deprecated: true, examples: [1], default: { value: 1 }, writeOnly: true })).toBe('u');
    expect(aliasTarget({ source, ref: 'u', types: ['object'] })).toBeUndefined();
    expect(aliasTarget({ source, ref: 'u', format: 'date' })).toBeUndefined();
    expect(aliasTarget({ source, types: ['string'] })).toBeUndefined();
  });

  it('follows alias chains to their end, and stops on a ring', () => {
    const schemas = new Map<string, SchemaNode>([
      ['a', { source, ref: 'b', readOnly: true }],
      ['b', { source, ref: 'c' }],
      ['c', { source, types: ['string'] }],
      ['x', { source, ref: 'y' }],
      ['y', { source, ref: 'x' }],
    ]);
    expect(followAliases('a', (id) => schemas.get(id))).toBe('c');
    expect(followAliases('c', (id) => schemas.get(id))).toBe('c');
    expect(followAliases('missing', (id) => schemas.get(id))).toBe('missing');
    expect(followAliases('x', (id) => schemas.get(id))).toBe('x');
  });

  it('compares validation shapes without inert annotations, keeping readOnly, writeOnly and allowed values whole', () => {
    const base: SchemaNode = { source, types: ['object'], properties: [{ name: 'a', required: false, schema: { source, types: ['string'] } }] };
    const annotated: SchemaNode = { ...base, description: 'x', default: { value: {} }, deprecated: true, properties: [{ name: 'a', required: false, schema: { source: { file: 'b', pointer: '/x' }, types: ['string'], title: 't' } }] };
    expect(validationShape(annotated)).toBe(validationShape(base));
    const readOnly: SchemaNode = { ...base, properties: [{ name: 'a', required: false, schema: { source, types: ['string'], readOnly: true } }] };
    expect(validationShape(readOnly)).not.toBe(validationShape(base));
    // An allowed object value keeps its keys, even ones named like annotations.
    expect(validationShape({ source, enum: [{ description: 'a' }] })).not.toBe(validationShape({ source, enum: [{ description: 'b' }] }));
  });
});

describe.each(snapshotFixtures())('the vocabulary on every schema node of $name', (fixture) => {
  const model = buildModel(loadSpec(fixture.spec, REPO));
  const plan = planPackage(model);
  const nodes = everyNode(model);
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema]));

  it('lists exactly the subschemas a node holds, and aliases exactly the $refs with only annotations beside them', () => {
    for (const node of nodes) {
      const listed = childrenOf(node);
      const reflected = reflectedChildren(node);
      expect(listed.length).toBe(reflected.length);
      expect(new Set(listed)).toEqual(new Set(reflected));
      const others = Object.keys(node).filter((key) => key !== 'ref' && !ANNOTATION_KEYS.has(key));
      expect(isPureRef(node)).toBe(node.ref !== undefined && others.length === 0);
    }
  });

  it('types, validators and mocks agree on what an alias stands for', () => {
    const types = new TypeWriter(plan);
    const reader = new SchemaReader(model);
    for (const node of nodes.filter((n) => n.ref !== undefined && byId.has(n.ref))) {
      const end = followAliases(node.ref!, (id) => byId.get(id));
      for (const view of ['read', 'write'] as const) {
        // Types and validators both name the end of the alias chain.
        expect(referencedNames(plan, node.ref!, view)).toBe(plan.schemas.get(end)![view]);
        expect(types.nameOf(node.ref!, view)).toBe(plan.schemas.get(end)![view].type);
        if (isPureRef(node)) expect(types.type(node, view)).toBe(types.nameOf(node.ref!, view));
      }
      // The mocks read an alias as the schema at the end of its chain, anything else as itself plus allOf.
      const resolved = reader.resolve(node);
      if (isPureRef(node)) expect(resolved).toBe(reader.resolve(byId.get(end)!));
      else expect(resolved.allOf?.[0]).toBe(byId.get(node.ref!));
    }
  });
});

describe('a $ref with a readOnly sibling', () => {
  const spec = `openapi: 3.1.0
info: { title: Aliases, version: '1' }
paths:
  /holders:
    post:
      operationId: createHolder
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/Holder' } } }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { $ref: '#/components/schemas/Holder' } } }
        '400':
          description: bad request
          content: { application/json: { schema: { $ref: '#/components/schemas/Problem', example: { code: bad } } } }
components:
  schemas:
    Problem: { type: object, properties: { code: { type: string } } }
    User:
      type: object
      properties:
        id: { type: string, readOnly: true }
        name: { type: string }
    ReadOnlyUser: { $ref: '#/components/schemas/User', readOnly: true, description: an alias }
    Holder:
      type: object
      properties:
        owner: { $ref: '#/components/schemas/ReadOnlyUser' }
        manager: { $ref: '#/components/schemas/User', readOnly: true }
`;
  const dir = makeWorkspace({ 'spec/aliases.yaml': spec }, { withSeed: false });
  afterAll(() => removeWorkspace(dir));
  const model = buildModel(loadSpec(['spec'], dir));
  const plan = planPackage(model);
  const context = { model, plan, templates: new TemplateSet(), packageName: 'p', packageVersion: '1.0.0', outputKinds: ['types', 'validators', 'client'] };
  const typesText = typesEmitter.emit(context)[0]!.contents;
  const validatorsText = validatorsEmitter.emit(context)[0]!.contents;

  it('is an alias of its target to the types and the validators alike', () => {
    // The alias keeps its own exported type and validator, backed by the target's.
    expect(typesText).toMatch(/export type ReadOnlyUser = User;/);
    expect(typesText).toMatch(/export type ReadOnlyUserWritable = UserWritable;/);
    expect(validatorsText).not.toMatch(/function is\$ReadOnlyUser\(/);
    expect(validatorsText).toMatch(/function is\$User\(/);
    // A property referring to the alias uses the target's type and checker.
    expect(typesText).toMatch(/owner\?: User;/);
    expect(validatorsText).toMatch(/is\$User\(/);
    expect(validatorsText).not.toMatch(/is\$ReadOnlyUser\b/);
  });

  it('makes an error body that is a $ref with an example checked by the client, like any alias', () => {
    const client = clientEmitter.emit(context).find((f) => f.path === 'src/client.ts')!.contents;
    expect(client).toContain("if (status === 400) return assertValid(V.validateProblem(value), 'POST /holders 400 error body');");
  });

  it('still leaves the readOnly property out of the write view, in types and validators', () => {
    const writable = /export type HolderWritable = \{([^]*?)\n\};/.exec(typesText)?.[1] ?? '';
    expect(writable).toContain('owner');
    expect(writable).not.toContain('manager');
    const holder = /export type Holder = \{([^]*?)\n\};/.exec(typesText)?.[1] ?? '';
    expect(holder).toMatch(/readonly manager\?: User;/);
    // The write view's checker refuses `manager`; the read view's checks it as a User.
    const writeChecker = /function is\$HolderWritable\([^]*?\n\}/.exec(validatorsText)?.[0] ?? '';
    const readChecker = /function is\$Holder\([^]*?\n\}/.exec(validatorsText)?.[0] ?? '';
    expect(writeChecker).toMatch(/if \(o1\.manager !== undefined && hasOwn\.call\(o1, 'manager'\)\) return false;/);
    expect(writeChecker).toContain('is$UserWritable(');
    expect(writeChecker).not.toContain('is$User(');
    expect(readChecker).toContain('is$User(');
  });
});
