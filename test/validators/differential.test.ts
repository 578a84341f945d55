import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../generator/emit/validators/issue-messages.js';
import { loadSpec } from '../../generator/load/index.js';
import type { ApiModel, NamedSchema } from '../../generator/model/ir.js';
import { buildModel } from '../../generator/model/index.js';
import { ajvValidators, type View } from './ajv-oracle.js';
import { compileSpec, type CompiledValidators, type Result } from './compile-validators.js';
import { edgeValuesFor } from './edge-values.js';

/**
 * Differential test: for the seed schema and every schema of the keyword fixture, in each view
 * that differs, fast-check generates 10,000 edge-biased values (see `edge-values.ts`) and the
 * generated validator must agree with Ajv (strict, with OpenAPI's formats; see `ajv-oracle.ts`)
 * on accept/reject for every one of them. The seed is fixed, so runs are reproducible; set
 * FC_SEED to explore other values.
 */

const RUNS_PER_SCHEMA = 10_000;
const SEED = process.env.FC_SEED === undefined ? 20_240_229 : Number(process.env.FC_SEED);
const CODES = new Set<string>(ISSUE_CODES);

interface Subject {
  specFile: string;
  /** Files compiled together (the fixture folder is one spec). */
  spec: string;
}

const KEYWORDS = 'test/fixtures/specs/keywords';
const SUBJECTS: Subject[] = [
  { spec: 'spec/update-user.yaml', specFile: 'spec/update-user.yaml' },
  ...readdirSync(KEYWORDS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ spec: KEYWORDS, specFile: join(KEYWORDS, f) })),
];

const compiled = new Map<string, CompiledValidators>();
const oracles = new Map<string, Record<View, Map<string, ValidateFunction>>>();

beforeAll(async () => {
  for (const spec of new Set(SUBJECTS.map((s) => s.spec))) compiled.set(spec, await compileSpec(spec));
  for (const { specFile } of SUBJECTS) oracles.set(specFile, { read: ajvValidators(specFile, 'read'), write: ajvValidators(specFile, 'write') });
});

/** The named schemas a spec file declares, with each view that has a validator. */
function targetsOf(model: ApiModel, specFile: string): { named: NamedSchema; view: View; typeName: string }[] {
  const file = specFile.split('/').pop()!;
  return model.schemas
    .filter((s) => s.id.startsWith(`${file}#/components/schemas/`))
    .flatMap((named) => [
      { named, view: 'read' as const, typeName: named.typeName },
      ...(named.writeTypeName === undefined ? [] : [{ named, view: 'write' as const, typeName: named.writeTypeName }]),
    ]);
}

for (const subject of SUBJECTS) {
  // The model is built here too, only to list the test cases; the validators come from beforeAll.
  const targets = targetsOf(buildModel(loadSpec([resolve(subject.spec)])), subject.specFile);
  describe(`generated validators agree with Ajv on ${subject.specFile}`, () => {
    it('has schemas to compare', () => expect(targets.length).toBeGreaterThan(0));

    it.each(targets.map((t) => [`${t.typeName} (${t.view})`, t] as const))(`%s, on ${RUNS_PER_SCHEMA} edge-biased values`, (_, { named, view, typeName }) => {
      const validators = compiled.get(subject.spec)!;
      const ajv = oracles.get(subject.specFile)![view].get(named.specName);
      if (ajv === undefined) throw new Error(`Ajv has no schema ${named.specName}`);
      const validate = validators.validate(typeName);
      const is = validators.is(typeName);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(edgeValuesFor(validators.model, named.schema), (value) => {
          const expected = ajv(value);
          const result = validate(value);
          expect(result.ok, `${typeName}: Ajv says ${expected ? 'valid' : 'invalid'} for ${JSON.stringify(value)}`).toBe(expected);
          expect(is(value)).toBe(result.ok);
          // The first issue alone: the same verdict, and the first issue of the full list.
          const first = (validators.module[`validate${typeName}`] as (value: unknown, options: { maxIssues: number }) => Result)(value, { maxIssues: 1 });
          expect(first.ok ? first : first.issues).toEqual(result.ok ? result : result.issues.slice(0, 1));
          if (result.ok) {
            accepted++;
            expect(result.value).toBe(value);
          } else {
            rejected++;
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(CODES.has(issue.code), `unknown code ${issue.code}`).toBe(true);
              expect(issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')).toBe(true);
            }
          }
        }),
        { numRuns: RUNS_PER_SCHEMA, seed: SEED },
      );
      console.log(`${subject.specFile} ${typeName} (${view}), fast-check seed ${SEED}: ${accepted + rejected} values, ${accepted} accepted, ${rejected} rejected, 0 disagreements`);
      // The values must reach both sides of every schema that has two sides.
      if (named.schema.boolean !== false) expect(accepted, `${typeName}: no generated value was valid`).toBeGreaterThan(0);
      if (named.schema.boolean !== true && Object.keys(named.schema).length > 1) expect(rejected, `${typeName}: no generated value was invalid`).toBeGreaterThan(0);
    });
  });
}
