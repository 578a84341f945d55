import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES } from '../helpers/workspace.js';
import { describe, expect, it } from 'vitest';
import { KNOWN_FAILURES, SKIPS, type Draft } from './conformance-skips.js';
import { compileSchemas } from './compile-validators.js';

/**
 * Conformance with the official JSON-Schema-Test-Suite (vendored in `test/fixtures/json-schema-test-suite`,
 * required tests of draft2020-12 and draft4, not `optional/`). Every test group's schema becomes a
 * component of one generated package per draft (draft2020-12 with OpenAPI 3.1 semantics, draft4
 * with OpenAPI 3.0 semantics: boolean exclusive bounds, `$ref` siblings ignored), and every test's
 * data goes through the generated validator, one vitest test per case. Exclusions (out of scope)
 * and known failures (in scope, failing today), each with its reason: `conformance-skips.ts`.
 */

const SUITE = join(FIXTURES, 'json-schema-test-suite', 'tests');

interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}

interface SuiteGroup {
  file: string;
  index: number;
  description: string;
  schema: unknown;
  tests: SuiteTest[];
}

function readSuite(draft: Draft): SuiteGroup[] {
  const folder = resolve(SUITE, draft);
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((file) => {
    const groups = JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as Omit<SuiteGroup, 'file' | 'index'>[];
    return groups.map((group, index) => ({ ...group, file, index }));
  });
}

/** The reason a group or test is left out, if it is. */
function skipReason(draft: Draft, group: SuiteGroup, test?: SuiteTest): string | undefined {
  const skips = SKIPS[draft];
  return skips[group.file] ?? skips[`${group.file}#${group.description}`] ?? (test === undefined ? undefined : skips[`${group.file}#${group.description}#${test.description}`]);
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set(['items', 'additionalItems', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties']);

/**
 * A schema moved to `base` (`#/components/schemas/key`): its own `#...` references are rewritten
 * to point inside it. Only keywords that hold schemas are walked, so a property named `$ref` or a
 * `const` holding `{"$ref": ...}` stays data. Objects are rebuilt with `Object.fromEntries`, which
 * keeps a `__proto__` key an own property.
 */
function relocate(schema: unknown, base: string): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const each = (value: unknown) => (Array.isArray(value) ? value.map((v) => relocate(v, base)) : relocate(value, base));
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) return [key, base + value.slice(1)];
      if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return [key, Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, relocate(sub, base)]))];
      }
      if ((SCHEMA_LISTS.has(key) && Array.isArray(value)) || SCHEMA_VALUES.has(key)) return [key, each(value)];
      return [key, value];
    }),
  );
}

interface Outcome {
  group: SuiteGroup;
  test: SuiteTest;
  passed: boolean;
  error?: string;
}

async function runDraft(draft: Draft): Promise<{ outcomes: Outcome[]; skipped: number; total: number; usedSkips: Set<string> }> {
  const groups = readSuite(draft);
  const usedSkips = new Set<string>();
  const keyOf = (group: SuiteGroup) => `${group.file.replace(/\.json$/, '')}_${group.index}`;
  const inScope = groups.filter((g) => skipReason(draft, g) === undefined);
  const schemas = Object.fromEntries(inScope.map((g) => [keyOf(g), relocate(g.schema, `#/components/schemas/${keyOf(g)}`)]));
  const compiled = await compileSchemas(schemas, draft === 'draft4' ? '3.0' : '3.1');
  const outcomes: Outcome[] = [];
  let skipped = 0;
  let total = 0;
  for (const group of groups) {
    for (const test of group.tests) {
      total++;
      const reason = skipReason(draft, group, test);
      if (reason !== undefined) {
        skipped++;
        continue;
      }
      const validate = compiled.validate(compiled.typeNameOf(keyOf(group)));
      try {
        const result = validate(test.data);
        outcomes.push({ group, test, passed: result.ok === test.valid && (result.ok || result.issues.length > 0) });
      } catch (error) {
        outcomes.push({ group, test, passed: false, error: String(error) });
      }
    }
  }
  for (const key of Object.keys(SKIPS[draft])) {
    const [file, groupDescription, testDescription] = key.split('#');
    const matches = groups.some((g) => g.file === file && (groupDescription === undefined || (g.description === groupDescription && (testDescription === undefined || g.tests.some((t) => t.description === testDescription)))));
    if (matches) usedSkips.add(key);
  }
  return { outcomes, skipped, total, usedSkips };
}

const caseName = (outcome: Outcome) => `${outcome.group.file} / ${outcome.group.description} / ${outcome.test.description}`;

for (const draft of ['draft2020-12', 'draft4'] as const) {
  describe(`JSON-Schema-Test-Suite ${draft}`, async () => {
    // Collected before the tests are declared, so that every case is a test of its own.
    const run = await runDraft(draft);
    const known = KNOWN_FAILURES[draft];
    const inScope = run.outcomes.filter((o) => known[caseName(o)] === undefined);
    const pinned = run.outcomes.filter((o) => known[caseName(o)] !== undefined);

    it('reports its figures', () => {
      const passed = inScope.filter((o) => o.passed).length;
      console.log(`${draft}: ${passed} / ${inScope.length} in-scope tests pass; ${pinned.length} known failures pinned, ${run.skipped} of ${run.total} excluded by conformance-skips.ts`);
      expect(inScope.length).toBeGreaterThan(0);
    });

    // Every in-scope case must pass: a regression of one case fails the suite, named.
    for (const { file, outcomes } of groupByFile(inScope)) {
      describe(file, () => {
        for (const o of outcomes) {
          it(`${o.group.description} / ${o.test.description}`, () => {
            expect(o.passed, `${caseName(o)}: expected ${o.test.valid ? 'valid' : 'invalid'}${o.error === undefined ? '' : ` (threw ${o.error})`}`).toBe(true);
          });
        }
      });
    }

    // A known failure that starts passing must leave the list (so it is guarded from then on).
    it('pins only cases that still fail, and only cases of the suite', () => {
      expect(pinned.filter((o) => o.passed).map(caseName)).toEqual([]);
      const cases = new Set(run.outcomes.map(caseName));
      expect(Object.keys(known).filter((key) => !cases.has(key))).toEqual([]);
    });

    it('lists only skips that match the suite', () => {
      expect(Object.keys(SKIPS[draft]).filter((key) => !run.usedSkips.has(key))).toEqual([]);
    });
  });
}

function groupByFile(outcomes: Outcome[]): { file: string; outcomes: Outcome[] }[] {
  const byFile = new Map<string, Outcome[]>();
  for (const outcome of outcomes) byFile.set(outcome.group.file, [...(byFile.get(outcome.group.file) ?? []), outcome]);
  return [...byFile].map(([file, list]) => ({ file, outcomes: list }));
}
