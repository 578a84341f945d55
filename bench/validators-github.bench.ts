// Generated validators on real schemas: every JSON success response of GitHub's REST description
// (@octokit/openapi) whose schema is a component schema or an array of one, with the spec's own
// examples as inputs, and systematic mutations of them (a property of the wrong type, a value
// outside an enum, a required property missing, a property the schema closes out, a bad format).
// Ajv (strict, OpenAPI's formats: test/validators/ajv-oracle.ts) judges every input first; the
// generated validator must agree on every one (disagreements are listed and fail the bench).
// Then both are timed on the valid and on the invalid inputs, in one process, rounds interleaved
// with a rotating order, median round, like against like: `validateX(value, { maxIssues: 1 })`
// (refuses at the first issue) against Ajv's default (stops at the first error), and
// `validateX(value)` (every issue) against Ajv with `allErrors`. Targets: validateX >= 1.5x Ajv
// on valid inputs and >= 1.0x on invalid ones, 0 disagreements.
//
//   npm run bench -- validators-github        ROUNDS (default 7), PASSES (passes over the inputs per round, default 20)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { loadSpec } from '../generator/load/index.js';
import { buildModel } from '../generator/model/index.js';
import { ajvValidators } from '../test/validators/ajv-oracle.js';
// @ts-expect-error -- a plain ES module of the bench folder, without declarations
import { saveResults, target } from './results.mjs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

const repo = resolve(import.meta.dirname, '..');
const specPath = join(repo, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const document = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, Schema>; examples: Record<string, { value?: Json }> } };

// 1. The generated validators (a package of its own in a temporary folder).
const out = mkdtempSync(join(tmpdir(), 'apiwright-bench-github-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const generated = spawnSync(process.execPath, [join(repo, 'bin', 'apiwright.js'), 'generate', '--quiet', '--no-cache', '--spec', specPath, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, APIWRIGHT_CACHE_DIR: join(out, '.cache') } });
if (generated.status !== 0) throw new Error('apiwright generate failed');
const validators = (await import(pathToFileURL(join(out, 'dist', 'validators.js')).href)) as Record<string, (value: unknown, options?: { maxIssues?: number }) => { ok: boolean }>;
const typeNames = new Map(buildModel(loadSpec([specPath])).schemas.map((s) => [s.specName, s.typeName]));
const ajv = ajvValidators(specPath, 'read', { realWorld: true });
// Context, not the target: Ajv collecting every error, as validateX does.
const ajvAll = ajvValidators(specPath, 'read', { realWorld: true, allErrors: true });

const FIRST = { maxIssues: 1 };

// 2. Subjects: (schema name, array or not) with the examples of every response using it.
interface Subject {
  name: string;
  array: boolean;
  generated: (value: unknown) => boolean;
  generatedFirst: (value: unknown) => boolean;
  ajv: (value: unknown) => boolean;
  ajvAll: (value: unknown) => boolean;
  examples: Json[];
}
const subjects = new Map<string, Subject>();
const refName = (ref: unknown) => (typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined);
for (const item of Object.values(document.paths)) {
  for (const operation of Object.values(item)) {
    const responses = (operation as { responses?: Record<string, { content?: Record<string, { schema?: Schema; examples?: Record<string, { $ref?: string; value?: Json }> }> }> }).responses;
    for (const [status, response] of Object.entries(responses ?? {})) {
      const media = response.content?.['application/json'];
      if (!status.startsWith('2') || media?.schema === undefined || media.examples === undefined) continue;
      const array = media.schema.type === 'array';
      const name = refName(array ? (media.schema.items as Schema | undefined)?.$ref : media.schema.$ref);
      const typeName = name === undefined ? undefined : typeNames.get(name);
      const check = typeName === undefined ? undefined : validators[`validate${typeName}`];
      const oracle: ValidateFunction | undefined = name === undefined ? undefined : ajv.get(name);
      const oracleAll: ValidateFunction | undefined = name === undefined ? undefined : ajvAll.get(name);
      if (name === undefined || check === undefined || oracle === undefined || oracleAll === undefined) continue;
      const key = `${name}${array ? '[]' : ''}`;
      const subject =
        subjects.get(key) ??
        ({
          name: key,
          array,
          generated: array ? (v) => Array.isArray(v) && v.every((x) => check(x).ok) : (v) => check(v).ok,
          generatedFirst: array ? (v) => Array.isArray(v) && v.every((x) => check(x, FIRST).ok) : (v) => check(v, FIRST).ok,
          ajv: array ? (v) => Array.isArray(v) && v.every((x) => oracle(x)) : (v) => oracle(v),
          ajvAll: array ? (v) => Array.isArray(v) && v.every((x) => oracleAll(x)) : (v) => oracleAll(v),
          examples: [],
        } satisfies Subject);
      subjects.set(key, subject);
      for (const example of Object.values(media.examples)) {
        const value = example.$ref === undefined ? example.value : document.components.examples[example.$ref.split('/').pop()!]?.value;
        if (value !== undefined) subject.examples.push(value);
      }
    }
  }
}

// 3. Mutations, guided by the component schema's top-level properties.
const resolveSchema = (schema: Schema | undefined): Schema | undefined => {
  const name = refName(schema?.$ref);
  return name === undefined ? schema : document.components.schemas[name];
};
const clone = <T>(value: T): T => structuredClone(value);
const wrongTypeFor = (schema: Schema): Json => {
  const type = schema.type;
  return type === 'string' ? 12345 : type === 'integer' || type === 'number' ? 'not a number' : type === 'boolean' ? 'yes' : type === 'array' ? { not: 'an array' } : type === 'object' ? ['not', 'an object'] : null;
};
const BAD_FORMATS: Record<string, Json> = { 'date-time': '2024-13-45T99:00:00Z', date: '2024-02-30', uri: 'not a uri', email: 'nobody', uuid: 'xyz', ipv4: '300.1.1.1' };
function mutations(schema: Schema, example: Json): Json[] {
  const top = resolveSchema(schema);
  if (top === undefined || example === null || typeof example !== 'object' || Array.isArray(example)) return [];
  const props = (top.properties ?? {}) as Record<string, Schema>;
  const out: Json[] = [];
  for (const [key, raw] of Object.entries(props)) {
    const prop = resolveSchema(raw) ?? {};
    if (!(key in example)) continue;
    out.push({ ...clone(example), [key]: wrongTypeFor(prop) });
    if (Array.isArray(prop.enum)) out.push({ ...clone(example), [key]: '__not_in_enum__' });
    const bad = typeof prop.format === 'string' ? BAD_FORMATS[prop.format] : undefined;
    if (bad !== undefined) out.push({ ...clone(example), [key]: bad });
  }
  for (const key of (top.required ?? []) as string[]) {
    if (!(key in example)) continue;
    const copy = clone(example) as Record<string, Json>;
    delete copy[key];
    out.push(copy);
  }
  if (top.additionalProperties === false) out.push({ ...clone(example), __extra__: true });
  return out;
}

interface Input {
  subject: Subject;
  value: Json;
  valid: boolean;
}
const inputs: Input[] = [];
const disagreements: string[] = [];
for (const subject of [...subjects.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
  const schema = document.components.schemas[subject.name.replace('[]', '')]!;
  for (const example of subject.examples) {
    const variants = [example, ...(subject.array ? (Array.isArray(example) && example.length > 0 ? mutations(schema, example[0]!).map((m) => [m, ...example.slice(1)]) : []) : mutations(schema, example))];
    for (const value of variants) {
      const valid = subject.ajv(value);
      if (subject.generated(value) !== valid || subject.generatedFirst(value) !== valid) disagreements.push(`${subject.name}: Ajv says ${valid ? 'valid' : 'invalid'} for ${JSON.stringify(value).slice(0, 300)}`);
      inputs.push({ subject, value, valid });
    }
  }
}
const valid = inputs.filter((i) => i.valid);
const invalid = inputs.filter((i) => !i.valid);
console.log(`GitHub REST description: ${subjects.size} response schemas, ${valid.length} valid inputs (examples Ajv accepts), ${invalid.length} invalid (mutations and examples Ajv rejects)`);
console.log(`disagreements with Ajv: ${disagreements.length}`);
for (const line of disagreements.slice(0, 20)) console.log(`  ${line}`);

// 4. Timing.
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const PASSES = Number(process.env.PASSES ?? 20);
function time(set: Input[], pick: (input: Input) => (value: unknown) => boolean): number {
  let accepted = 0;
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass++) for (const input of set) if (pick(input)(input.value)) accepted++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (accepted < 0) console.log(accepted);
  return (set.length * PASSES) / seconds;
}
const candidates: Record<string, (input: Input) => (value: unknown) => boolean> = {
  'validateX, first issue': (input) => input.subject.generatedFirst,
  'ajv (compiled)': (input) => input.subject.ajv,
  'validateX, every issue': (input) => input.subject.generated,
  'ajv allErrors': (input) => input.subject.ajvAll,
};
const results: Record<string, Record<string, number>> = {};
for (const [setName, set] of [['valid', valid], ['invalid', invalid]] as const) {
  const names = Object.keys(candidates);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) time(set, candidates[name]!); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length]!;
      samples[name]!.push(time(set, candidates[name]!));
    }
  }
  results[setName] = Object.fromEntries(names.map((n) => [n, samples[n]!.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!]));
}
const lines = ['| inputs | validateX, first issue | Ajv (default) | validateX, every issue | Ajv allErrors |', '| --- | ---: | ---: | ---: | ---: |'];
for (const [setName, byName] of Object.entries(results)) {
  console.log(`\n${setName} inputs:`);
  for (const [name, ops] of Object.entries(byName)) console.log(`  ${name.padEnd(24)} ${(ops / 1e3).toFixed(1).padStart(9)} k validations/s`);
  const k = (name: string) => `${(byName[name]! / 1e3).toFixed(1)}k/s`;
  lines.push(`| ${setName} (${setName === 'valid' ? valid.length : invalid.length}) | ${k('validateX, first issue')} | ${k('ajv (compiled)')} | ${k('validateX, every issue')} | ${k('ajv allErrors')} |`);
}
const ratio = (set: string, ours: string, theirs: string) => results[set]![ours]! / results[set]![theirs]!;
console.log('');
const targets = [
  target('valid inputs: validateX ÷ Ajv', ratio('valid', 'validateX, every issue', 'ajv (compiled)'), { atLeast: 1.5 }),
  target('invalid inputs: validateX first issue ÷ Ajv (first error)', ratio('invalid', 'validateX, first issue', 'ajv (compiled)'), { atLeast: 1.0 }),
  target('invalid inputs: validateX every issue ÷ Ajv allErrors', ratio('invalid', 'validateX, every issue', 'ajv allErrors'), { atLeast: 1.0 }),
  target('disagreements with Ajv', disagreements.length, { atMost: 0, unit: '', digits: 0 }),
];
saveResults('validators-github', {
  title: 'Validators on real schemas (GitHub)',
  command: 'npm run bench -- validators-github',
  tables: [`${subjects.size} response schemas of GitHub's REST description; valid inputs are its own examples, invalid ones systematic mutations (k validations/s, median of ${ROUNDS} rounds)\n\n${lines.join('\n')}`],
  targets,
});
if (disagreements.length > 0) process.exitCode = 1;
