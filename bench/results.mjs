// What every bench shares: the machine it ran on, targets printed as "ratio (target ≤ x) met",
// and the last run's figures saved to bench/results/<bench>.json, from which
// bench/readme-table.mjs rewrites the README's table (figures, machine, date).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** The machine a figure was measured on, as the README states it. */
export function machine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: (cpu[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/**
 * One acceptance target: `value` against `limit` (`at most` or `at least`), printed on a line of
 * its own and returned for the results file. `value` undefined means the run could not measure it.
 */
export function target(label, value, { atMost, atLeast, unit = '×', digits = 2 }) {
  const limit = atMost ?? atLeast;
  const sign = atMost !== undefined ? '≤' : '≥';
  const met = value === undefined ? false : atMost !== undefined ? value <= atMost : value >= atLeast;
  const shown = value === undefined ? 'not measured' : `${value.toFixed(digits)}${unit}`;
  console.log(`target: ${label}: ${shown} (target ${sign} ${limit}${unit}) ${met ? 'met' : 'NOT met'}`);
  return { label, value: value ?? null, target: `${sign} ${limit}${unit}`, unit, met };
}

/**
 * Save one bench's last run: `tables` are Markdown tables as printed, `targets` what `target()`
 * returned, `command` how to reproduce it.
 */
export function saveResults(bench, { title, command, tables, targets, notes = [] }) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${bench}.json`);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(file, `${JSON.stringify({ bench, title, command, date, machine: machine(), tables, targets, notes }, null, 2)}\n`);
  return file;
}
