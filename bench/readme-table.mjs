#!/usr/bin/env node
// Rewrites the README's bench section (between `<!-- bench-results:start -->` and
// `<!-- bench-results:end -->`) from bench/results/*.json: each bench's tables and its targets,
// with the machine and date of its last run. `npm run bench` runs it after the benches.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDir } from './results.mjs';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const START = '<!-- bench-results:start -->';
const END = '<!-- bench-results:end -->';
const ORDER = ['generate', 'graph-scale', 'validators', 'validators-github', 'mock-server'];

const results = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')))
      .sort((a, b) => (ORDER.indexOf(a.bench) + 1 || 99) - (ORDER.indexOf(b.bench) + 1 || 99) || (a.bench < b.bench ? -1 : 1))
  : [];

const section = results.map((r) => {
  const m = r.machine;
  const lines = [`#### ${r.title}`, '', `\`${r.command}\` — ${r.date}, ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node.replace(/^v/, '')}, ${m.platform}.`, ''];
  for (const table of r.tables) lines.push(table.trim(), '');
  if (r.targets.length > 0) {
    lines.push('| target | measured | wanted | |', '| --- | ---: | ---: | --- |');
    for (const t of r.targets) lines.push(`| ${t.label} | ${t.value === null ? 'not measured' : `${Number(t.value).toFixed(2)}${t.unit}`} | ${t.target} | ${t.met ? 'met' : '**not met**'} |`);
    lines.push('');
  }
  for (const note of r.notes ?? []) lines.push(note, '');
  return lines.join('\n');
});

const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${START} … ${END} section; nothing rewritten`);
  process.exit(1);
}
const body = section.length === 0 ? '_No bench has been run yet: `npm run bench`._\n' : `${section.join('\n').trimEnd()}\n`;
const next = `${text.slice(0, start + START.length)}\n${body}${text.slice(end)}`;
if (next !== text) writeFileSync(readme, next);
console.log(`README.md bench section ${next === text ? 'unchanged' : 'rewritten'} from ${results.length} result file(s)`);
