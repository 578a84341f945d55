import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES } from '../helpers/workspace.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SKIPS, type Draft } from './conformance-skips.js';
import { compileSchemas } from './compile-validators.js';

/**
 * Conformance with the official JSON-Schema-Test-Suite (vendored in `test/fixtures/json-schema-test-suite`,
 * required tests of draft2020-12 and draft4, not `optional/`). Every test group's schema becomes a
 * component of one generated package per draft (draft2020-12 with OpenAPI 3.1 semantics, draft4
 * with OpenAPI 3.0 semantics: boolean exclusive bounds, `$ref` siblings ignored), and every test's
 * data goes through the generated validator. Exclusions and their reasons: `conformance-skips.ts`.
 */

const SUITE = join(FIXTURES, 'json-schema-test-suite', 'tests');
const REQUIRED_SHARE = 0.97;

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

for (const draft of ['draft2020-12', 'draft4'] as const) {
  describe(`JSON-Schema-Test-Suite ${draft}`, () => {
    let run: Awaited<ReturnType<typeof runDraft>>;
    beforeAll(async () => {
      run = await runDraft(draft);
    });

    it(`passes at least ${REQUIRED_SHARE * 100}% of the in-scope tests`, () => {
      const passed = run.outcomes.filter((o) => o.passed).length;
      const inScope = run.outcomes.length;
      const failures = run.outcomes.filter((o) => !o.passed).map((o) => `  ${o.group.file} / ${o.group.description} / ${o.test.description}${o.error === undefined ? '' : ` (${o.error})`}`);
      console.log(`${draft}: ${passed} / ${inScope} in-scope tests pass (${((100 * passed) / inScope).toFixed(1)}%); ${run.skipped} of ${run.total} excluded by conformance-skips.ts${failures.length > 0 ? `\nfailing:\n${failures.join('\n')}` : ''}`);
      expect(inScope).toBeGreaterThan(0);
      expect(passed / inScope).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    });

    it('lists only skips that match the suite', () => {
      expect(Object.keys(SKIPS[draft]).filter((key) => !run.usedSkips.has(key))).toEqual([]);
    });
  });
}
