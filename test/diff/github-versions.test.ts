import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecs } from '../../generator/diff/index.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Two published versions of GitHub's description (opt-in: the older one is not in the repository).
 * Set APIWRIGHT_GITHUB_OLD_SPEC to the `generated/api.github.com.json` of an older
 * `@octokit/openapi` (`npm pack @octokit/openapi@22.0.0`); it is compared with the devDependency's.
 * The operations the report adds and removes are checked against the raw documents' path lists.
 */
const OLD = process.env.APIWRIGHT_GITHUB_OLD_SPEC;
const NEW = join(REPO, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const enabled = OLD !== undefined && existsSync(OLD) && existsSync(NEW);
if (!enabled) console.log('skipped: set APIWRIGHT_GITHUB_OLD_SPEC to an older @octokit/openapi generated/api.github.com.json to diff two real versions');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function routes(file: string): Set<string> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return new Set(Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`)));
}

describe.runIf(enabled)('diff of two published versions of the GitHub description', () => {
  // Made when the test runs: a skipped block's body still runs when the tests are collected.
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reports the operations added and removed, with positions, in seconds', () => {
    dir = mkdtempSync(join(tmpdir(), 'apiwright-gh-diff-'));
    for (const [name, file] of [['old', OLD!], ['new', NEW]] as const) {
      mkdirSync(join(dir, name));
      copyFileSync(file, join(dir, name, 'api.github.com.json'));
    }
    const started = performance.now();
    const report = diffSpecs({ cwd: dir, base: 'old', spec: ['new'] });
    const ms = performance.now() - started;
    console.log(`GitHub diff: ${report.base.operations} → ${report.head.operations} operations, ${JSON.stringify(report.counts)}, ${Math.round(ms)} ms`);
    const before = routes(OLD!);
    const after = routes(NEW);
    const label = (c: { scope: string }) => c.scope.replace(/\{[^}]*\}/g, '{}');
    const added = report.changes.filter((c) => c.message === 'operation added').map(label);
    const gone = report.changes.filter((c) => c.message === 'operation removed' || c.message.startsWith('operation ') && c.message.endsWith('(path or method changed)')).map(label);
    expect(new Set([...added, ...report.changes.filter((c) => c.message.endsWith('(path or method changed)')).map((c) => c.message.replace(/^.* moved to /, '').replace(' (path or method changed)', '').replace(/\{[^}]*\}/g, '{}'))])).toEqual(new Set([...after].filter((r) => !before.has(r))));
    expect(new Set(gone)).toEqual(new Set([...before].filter((r) => !after.has(r))));
    for (const c of report.changes) {
      if (c.base !== null) expect(c.base.file).toBe('old/api.github.com.json');
      if (c.head !== null) expect(c.head.file).toBe('new/api.github.com.json');
      expect(c.base !== null || c.head !== null).toBe(true);
    }
    expect(report.bump).toBe(report.counts.breaking > 0 ? 'major' : report.counts.feature > 0 ? 'minor' : 'patch');
  }, 120_000);
});
