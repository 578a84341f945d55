import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { generate, type GenerateResult } from '../../generator/index.js';
import { importEveryModule, removePackage, writePackage } from '../hostile/generated-package.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Contradictory schemas generate a package that type-checks strictly (`generate` type-checks in
 * the test suite): values a schema can never hold are left out, a schema nothing satisfies is
 * `never` with a validator that rejects everything, and each contradiction is a warning at its
 * file:line:col.
 */
describe('contradictory schemas', () => {
  let result: GenerateResult;
  let dir: string;
  let validators: Record<string, unknown>;
  beforeAll(async () => {
    result = await generate({ cwd: REPO, spec: ['test/fixtures/specs/contradictions'], cache: false, typecheck: true });
    dir = writePackage(result.files, 'apiwright-contradictions-');
    validators = (await importEveryModule(dir, result.files)).get('dist/validators.js')!;
  });
  afterAll(() => removePackage(dir));

  const warnings = () => result.warnings.map(formatDiagnostic);
  const types = () => result.files.find((f) => f.path === 'src/types.ts')!.contents;

  it('warns at each contradiction with file:line:col', () => {
    const expected: [number, RegExp][] = [
      [15, /enum values true, false are not of the declared type string: no value is valid \(at #\/paths\/~1settings\/get\/parameters\/0\/schema\/enum\)/],
      [18, /the bounds \(above 10, below 1\) leave no number valid/],
      [39, /properties\/booleanAsString\/enum/],
      [40, /enum value 1 is not of the declared type string: left out/],
      [41, /const "seven" is not of the declared type integer/],
      [42, /allOf asks for a value of types string and integer at once/],
      [43, /minLength 5 is above maxLength 2: no string is valid/],
      [44, /const "b" is not among the enum values/],
      [45, /enum value 1 is not of the declared type string \| null: left out/],
      [46, /the bounds \(above 3, below 3\) leave no number valid/],
      [47, /allOf asks for a value of types string and integer \| number at once/],
      [48, /enum value "true" is not of the declared type boolean/],
      [51, /enum values 1, 2, 3 are not of the declared type string: no value is valid \(at #\/components\/schemas\/Impossible\/enum\)/],
    ];
    for (const [line, pattern] of expected) {
      const found = warnings().filter((w) => w.startsWith(`contradictions.yaml:${line}:`) && w.includes('warning: schema contradicts itself:'));
      expect(found.some((w) => pattern.test(w)), `line ${line}: ${pattern}\n${warnings().join('\n')}`).toBe(true);
    }
  });

  it('types what no value satisfies as never, and keeps the values that fit', () => {
    expect(types()).toContain('export type Impossible = never;');
    expect(types()).toMatch(/booleanAsString\?: never;/);
    expect(types()).toMatch(/mixedEnum\?: 'on' \| 'off';/);
    expect(types()).toMatch(/constOfOtherType\?: never;/);
    expect(types()).toMatch(/nullableEnum\?: null \| 'x';/);
  });

  it('validators reject what no value satisfies and accept what still can be', () => {
    const isSettings = validators.isSettings as (value: unknown) => boolean;
    const isImpossible = validators.isImpossible as (value: unknown) => boolean;
    for (const value of [1, 2, 3, '1', 'x', null]) expect(isImpossible(value)).toBe(false);
    expect(isSettings({})).toBe(true);
    expect(isSettings({ mixedEnum: 'on' })).toBe(true);
    expect(isSettings({ mixedEnum: 1 })).toBe(false);
    expect(isSettings({ booleanAsString: 'true' })).toBe(false);
    expect(isSettings({ booleanAsString: true })).toBe(false);
    expect(isSettings({ constOfOtherType: 'seven' })).toBe(false);
    expect(isSettings({ disjointAllOf: 'a' })).toBe(false);
    expect(isSettings({ emptyLength: 'abc' })).toBe(false);
    expect(isSettings({ emptyRange: 3 })).toBe(false);
    expect(isSettings({ nullableEnum: null })).toBe(true);
    expect(isSettings({ nullableEnum: 1 })).toBe(false);
    expect(isSettings({ enumMember: 1 })).toBe(false);
  });
});
