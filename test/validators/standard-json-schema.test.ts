import { createRequire } from 'node:module';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FORMATS } from './ajv-oracle.js';
import { compileSpec, compileSchemas, type CompiledValidators } from './compile-validators.js';
import { edgeValuesFor } from './edge-values.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const Ajv07 = require('ajv') as typeof import('ajv').default;

interface JsonSchemaStandard {
  '~standard': {
    version: number;
    vendor: string;
    validate(value: unknown): { value?: unknown; issues?: unknown[] };
    jsonSchema: { input(options: { target: string }): Record<string, unknown>; output(options: { target: string }): Record<string, unknown> };
  };
}

/** Ajv as the oracle: a JSON Schema validator that knows nothing of apiwright. */
function ajvFor(target: 'draft-2020-12' | 'draft-07') {
  const options = { strict: false, allowUnionTypes: true, ownProperties: true } as const;
  const ajv = target === 'draft-07' ? new Ajv07(options) : new Ajv2020(options);
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format as never);
  return ajv;
}

const SEED_CASES = [
  '{}', '{"deviceEnrollmentLimit":5}', '{"deviceEnrollmentLimit":1000.0}', '{"id":"d36894ae-94ae-d368-ae94-68d3ae9468d3","deviceEnrollmentLimit":1000}',
  '{"deviceEnrollmentLimit":7}', '{"deviceEnrollmentLimit":"5"}', '{"deviceEnrollmentLimit":null}', '{"deviceEnrollmentLimit":5.5}',
  '{"deviceEnrollmentLimit":2147483648}', '{"deviceEnrollmentLimit":[]}', '{"deviceEnrollmentLimit":"x"}', '7', '"5"', 'null', '5.5', '[]', '"x"',
  '{"id":42,"deviceEnrollmentLimit":7}', '{"id":"a","extra":{"nested":[1,2]}}',
];

let seed: CompiledValidators;
beforeAll(async () => {
  seed = await compileSpec('spec/update-user.yaml');
});

describe('schemas.UpdateUserRequestBody as a Standard JSON Schema', () => {
  it('implements the interface: version 1, a vendor, validate, and input/output JSON Schema', () => {
    const schema = (seed.module.schemas as unknown as Record<string, JsonSchemaStandard>).UpdateUserRequestBody!;
    const standard = schema['~standard'];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('apiwright');
    const document = standard.jsonSchema.input({ target: 'draft-2020-12' });
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(standard.jsonSchema.output({ target: 'draft-2020-12' })).toEqual(document);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(() => standard.jsonSchema.input({ target: 'draft-01' })).toThrow(/not supported/);
  });

  it.each(['draft-2020-12', 'draft-07'] as const)('its %s JSON Schema accepts exactly what the validator accepts on the seed cases', (target) => {
    const schema = (seed.module.schemas as unknown as Record<string, JsonSchemaStandard>).UpdateUserRequestBody!;
    const check = ajvFor(target).compile(schema['~standard'].jsonSchema.input({ target }));
    const verdicts = SEED_CASES.map((text) => {
      const value = JSON.parse(text) as unknown;
      return { text, validator: schema['~standard'].validate(value).issues === undefined, jsonSchema: check(value) };
    });
    for (const v of verdicts) expect(v.jsonSchema, v.text).toBe(v.validator);
    // Both verdicts occur, so the comparison can fail either way.
    expect(new Set(verdicts.map((v) => v.validator))).toEqual(new Set([true, false]));
  });

  it('agrees with the validator on edge values of every seed schema', () => {
    const ajv = ajvFor('draft-2020-12');
    const schemas = seed.module.schemas as unknown as Record<string, JsonSchemaStandard>;
    for (const named of seed.model.schemas) {
      const schema = schemas[named.typeName]!;
      const check = ajv.compile(schema['~standard'].jsonSchema.input({ target: 'draft-2020-12' }));
      fc.assert(
        fc.property(edgeValuesFor(seed.model, named.schema), (value) => {
          expect(check(value), `${named.typeName}: ${JSON.stringify(value)}`).toBe(schema['~standard'].validate(value).issues === undefined);
        }),
        { numRuns: 300, seed: 17 },
      );
    }
  });

  it('refuses the properties a view hides, carries $defs a root reaches, and writes tuples for draft-07', async () => {
    const compiled = await compileSchemas(
      {
        Item: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, tags: { $ref: '#/components/schemas/Pair' } } },
        Pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
      },
      '3.1',
    );
    const schemas = compiled.module.schemas as unknown as Record<string, JsonSchemaStandard>;
    const writable = schemas[compiled.typeNameOf('Item') + 'Writable']!;
    const doc = writable['~standard'].jsonSchema.input({ target: 'draft-2020-12' });
    expect(Object.keys(doc.$defs as object).sort()).toEqual(['ItemWritable', 'Pair']);
    for (const target of ['draft-2020-12', 'draft-07'] as const) {
      const check = ajvFor(target).compile(writable['~standard'].jsonSchema.input({ target }));
      for (const value of [{ name: 'a' }, { id: 'x', name: 'a' }, { name: 'a', tags: ['a', 1] }, { name: 'a', tags: ['a', 1, 2] }, { name: 'a', tags: [1, 'a'] }]) {
        expect(check(value), `${target} ${JSON.stringify(value)}`).toBe(writable['~standard'].validate(value).issues === undefined);
      }
    }
  });
});
