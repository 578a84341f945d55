import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DiffReport, ReportedChange } from '../../generator/diff/index.js';
import { makeWorkspace, REPO, runCli, writeFile } from '../helpers/workspace.js';

export const SEED = readFileSync(join(REPO, 'spec', 'update-user.yaml'), 'utf8');

/** The seed spec with one exact piece of text replaced (fails loudly if the text is not there). */
export function editSeed(from: string, to: string, text = SEED): string {
  expect(text, `seed text to replace: ${from}`).toContain(from);
  return text.replace(from, to);
}

/** A workspace with `base/` and `spec/` folders of spec files. */
export function twoVersions(base: Record<string, string>, head: Record<string, string>): string {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(base)) files[`base/${name}`] = text;
  for (const [name, text] of Object.entries(head)) files[`spec/${name}`] = text;
  return makeWorkspace(files, { withSeed: false });
}

export async function diffJson(dir: string, extra: string[] = []): Promise<DiffReport> {
  const result = await runCli(['diff', '--base', 'base', '--format', 'json', ...extra], dir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as DiffReport;
}

/** `breaking: User .x: property removed [request: breaking, response: breaking]`. */
export function kinds(report: DiffReport): string[] {
  return report.changes.map((c) => `${c.kind}: ${c.scope}${c.path === '' ? '' : ` ${c.path}`}: ${c.message}${c.directions.length > 0 ? ` [${c.directions.map((d) => `${d}: ${c.judged?.[d]}`).join(', ')}]` : ''}`);
}

export function find(report: DiffReport, predicate: (c: ReportedChange) => boolean): ReportedChange {
  const found = report.changes.find(predicate);
  expect(found, `change in ${JSON.stringify(kinds(report), null, 2)}`).toBeDefined();
  return found!;
}

export { writeFile };
