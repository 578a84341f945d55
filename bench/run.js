#!/usr/bin/env node
// `npm run bench [-- <name>...]`: runs every bench/*.bench.{js,mjs,ts} (or those whose names
// contain one of the given words), one after another, each in its own process.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => /\.bench\.(js|mjs|ts)$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const args = bench.endsWith('.ts') ? ['--import', 'tsx', join(here, bench)] : [join(here, bench)];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: join(here, '..') });
  if (result.status !== 0) failed++;
}
// The README's bench section, from the results the benches just saved.
const table = spawnSync(process.execPath, [join(here, 'readme-table.mjs')], { stdio: 'inherit', cwd: join(here, '..') });
process.exit(failed === 0 && table.status === 0 ? 0 : 1);
