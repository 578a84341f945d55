#!/usr/bin/env node
// Generated validators against Ajv (compiled), zod 4 and a hand-written guard, on the seed's
// request body (`user`: optional `id` string, optional `deviceEnrollmentLimit` int32 in {5, 1000}),
// in one process. `validateX(value)` returns every issue with its path and message; Ajv's default
// stops at the first error. Both pairings like against like are printed too: `validateX(value,
// { maxIssues: 1 })` (stops at the first issue) against Ajv's default, and `validateX(value)`
// against Ajv with `allErrors`. Valid and invalid bodies are measured separately; each candidate
// gets its own timing loop (so every call site stays monomorphic), rounds are interleaved (in an
// order that rotates from round to round), and the median round is reported. Targets: the
// generated validator (every issue, and first issue) >= 1.0x Ajv on valid and on invalid bodies,
// and >= 0.8x the hand-written guard on valid bodies.
//
//   npm run bench -- validators                       (the committed generated/ package)
//   VALIDATORS=/tmp/pkg/dist/validators.js node bench/validators.bench.mjs
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { saveResults, target } from './results.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;

const modulePath = resolve(process.env.VALIDATORS ?? 'generated/dist/validators.js');
const generated = await import(pathToFileURL(modulePath).href);

// The seed's `user` schema, as Ajv gets it (from spec/update-user.yaml).
const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    deviceEnrollmentLimit: { type: 'integer', format: 'int32', enum: [5, 1000] },
  },
};
const ajv = new Ajv();
addFormats(ajv);
const ajvValidate = ajv.compile(userSchema);
// Context, not the target: Ajv collecting every error, as validateX does.
const ajvAll = new Ajv({ allErrors: true });
addFormats(ajvAll);
const ajvAllValidate = ajvAll.compile(userSchema);

const zodUser = z.object({
  id: z.string().optional(),
  deviceEnrollmentLimit: z.int32().pipe(z.literal([5, 1000])).optional(),
});

/** What a careful developer would write by hand (reads properties directly). */
function handWrittenIsUser(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = value.id;
  if (id !== undefined && typeof id !== 'string') return false;
  const limit = value.deviceEnrollmentLimit;
  return limit === undefined || limit === 5 || limit === 1000;
}

const parse = (texts) => texts.map((t) => JSON.parse(t));
const inputs = {
  valid: parse(['{}', '{"deviceEnrollmentLimit":5}', '{"deviceEnrollmentLimit":1000.0}', '{"id":"d36894ae-94ae-d368-ae94-68d3ae9468d3","deviceEnrollmentLimit":5}']),
  invalid: parse(['{"deviceEnrollmentLimit":7}', '{"deviceEnrollmentLimit":"5"}', '{"deviceEnrollmentLimit":null}', '{"deviceEnrollmentLimit":5.5}', '{"deviceEnrollmentLimit":2147483648}', '[]', '"x"']),
};

const FIRST = { maxIssues: 1 };
const candidates = {
  'generated validateX': (v) => generated.validateUpdateUserRequestBody(v).ok,
  'generated isX': (v) => generated.isUpdateUserRequestBody(v),
  'validateX, first issue': (v) => generated.validateUpdateUserRequestBody(v, FIRST).ok,
  'ajv (compiled)': (v) => ajvValidate(v),
  'ajv allErrors': (v) => ajvAllValidate(v),
  'zod 4 safeParse': (v) => zodUser.safeParse(v).success,
  'hand-written guard': (v) => handWrittenIsUser(v),
};

// Check first that every candidate judges the inputs alike.
for (const [set, values] of Object.entries(inputs)) {
  for (const [name, check] of Object.entries(candidates)) {
    for (const value of values) {
      if (check(value) !== (set === 'valid')) throw new Error(`${name} says ${!(set === 'valid')} for ${JSON.stringify(value)}`);
    }
  }
}

/** A timing loop of its own for each candidate: returns ops/s. */
function makeLoop() {
  // A fresh function per candidate keeps its call site monomorphic.
  // eslint-disable-next-line no-new-func
  return new Function(
    'check',
    'values',
    'iterations',
    `let accepted = 0;
     const n = values.length;
     const start = process.hrtime.bigint();
     for (let i = 0; i < iterations; i++) if (check(values[i % n])) accepted++;
     const seconds = Number(process.hrtime.bigint() - start) / 1e9;
     return { opsPerSecond: iterations / seconds, accepted };`,
  );
}

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const ITERATIONS = Number(process.env.ITERATIONS ?? 2_000_000);
const results = {};
for (const set of Object.keys(inputs)) {
  results[set] = {};
  const loops = Object.fromEntries(Object.keys(candidates).map((name) => [name, makeLoop()]));
  for (const name of Object.keys(candidates)) loops[name](candidates[name], inputs[set], ITERATIONS / 4); // warm-up
  const samples = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
  // The order of the candidates rotates from round to round: a candidate that allocates a lot
  // (zod on invalid input) leaves garbage that the next one pays for in collections, and that
  // cost must not always fall on the same candidate.
  const names = Object.keys(candidates);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      samples[name].push(loops[name](candidates[name], inputs[set], ITERATIONS).opsPerSecond);
    }
  }
  for (const [name, values] of Object.entries(samples)) results[set][name] = values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

const format = (ops) => `${(ops / 1e6).toFixed(1).padStart(8)} M ops/s`;
console.log(`node ${process.version}, ${ROUNDS} rounds x ${ITERATIONS.toLocaleString('en')} calls, median round; module ${modulePath}`);
for (const [set, byName] of Object.entries(results)) {
  console.log(`\n${set} bodies (${inputs[set].length} rotating):`);
  for (const [name, ops] of Object.entries(byName)) console.log(`  ${name.padEnd(22)} ${format(ops)}`);
}
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const { valid, invalid } = results;
console.log('\nratios:');
console.log(`  valid:   validateX / ajv  ${ratio(valid['generated validateX'], valid['ajv (compiled)'])}   isX / ajv  ${ratio(valid['generated isX'], valid['ajv (compiled)'])}   (target >= 1.0x)`);
console.log(`  invalid: validateX / ajv  ${ratio(invalid['generated validateX'], invalid['ajv (compiled)'])}   isX / ajv  ${ratio(invalid['generated isX'], invalid['ajv (compiled)'])}   (target >= 1.0x)`);
console.log(`  valid:   isX / hand-written ${ratio(valid['generated isX'], valid['hand-written guard'])}   validateX / hand-written ${ratio(valid['generated validateX'], valid['hand-written guard'])}   (target >= 0.8x)`);
console.log(`  invalid: validateX first issue / ajv  ${ratio(invalid['validateX, first issue'], invalid['ajv (compiled)'])}   (both stop at the first issue; target >= 1.0x)`);
console.log(`  invalid: validateX / ajv allErrors  ${ratio(invalid['generated validateX'], invalid['ajv allErrors'])}   (both report every issue)`);
console.log(`  valid:   validateX / zod  ${ratio(valid['generated validateX'], valid['zod 4 safeParse'])}   invalid: validateX / zod  ${ratio(invalid['generated validateX'], invalid['zod 4 safeParse'])}`);

const table = [
  `${ROUNDS} rounds × ${ITERATIONS.toLocaleString('en')} calls, median round (M validations/s)`,
  '',
  `| bodies | ${Object.keys(candidates).join(' | ')} |`,
  `| --- | ${Object.keys(candidates).map(() => '---:').join(' | ')} |`,
  ...Object.entries(results).map(([set, byName]) => `| ${set} (${inputs[set].length}) | ${Object.values(byName).map((ops) => (ops / 1e6).toFixed(1)).join(' | ')} |`),
].join('\n');
const targets = [
  target('seed, valid bodies: validateX ÷ Ajv', valid['generated validateX'] / valid['ajv (compiled)'], { atLeast: 1.0 }),
  target('seed, invalid bodies: validateX ÷ Ajv', invalid['generated validateX'] / invalid['ajv (compiled)'], { atLeast: 1.0 }),
  target('seed, invalid bodies: validateX first issue ÷ Ajv', invalid['validateX, first issue'] / invalid['ajv (compiled)'], { atLeast: 1.0 }),
  target('seed, valid bodies: isX ÷ hand-written guard', valid['generated isX'] / valid['hand-written guard'], { atLeast: 0.8 }),
];
saveResults('validators', { title: 'Validators on the seed body', command: 'npm run bench -- validators', tables: [table], targets });

// Context: each invalid body on its own (one value in the loop), validateX against Ajv.
console.log('\ninvalid bodies one at a time (validateX / ajv, median of 5 rounds):');
const validateOne = (v) => generated.validateUpdateUserRequestBody(v).ok;
for (const value of inputs.invalid) {
  const own = makeLoop();
  const ajvLoop = makeLoop();
  own(validateOne, [value], ITERATIONS / 4);
  ajvLoop(ajvValidate, [value], ITERATIONS / 4);
  const ratios = [];
  for (let round = 0; round < 5; round++) ratios.push(own(validateOne, [value], ITERATIONS).opsPerSecond / ajvLoop(ajvValidate, [value], ITERATIONS).opsPerSecond);
  console.log(`  ${JSON.stringify(value).padEnd(38)} ${ratios.sort((x, y) => x - y)[2].toFixed(2)}x`);
}
