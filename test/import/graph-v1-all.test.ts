import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/**
 * Opt-in: all of Microsoft Graph v1.0 from its reference pages. Set APIWRIGHT_GRAPH_DOCS to a
 * folder with `api/` and `resources/` (microsoftgraph/microsoft-graph-docs, v1.0; about 2,100 API
 * pages). The CLI imports it, then generates the package with the type-check; the test prints the
 * import's counts and warnings by kind, and each step's time and peak memory.
 */
const DOCS = process.env.APIWRIGHT_GRAPH_DOCS;
const available = DOCS !== undefined && existsSync(join(DOCS, 'api')) && existsSync(join(DOCS, 'resources'));
if (!available) console.log(`graph-v1-all: skipped — set APIWRIGHT_GRAPH_DOCS to a Graph v1.0 reference folder (api/ and resources/) to run it${DOCS === undefined ? '' : ` (${DOCS} has no api/ and resources/)`}`);

/** Run the CLI under GNU time: exit code, output, wall seconds and peak RSS in MB. */
function timed(args: string[], cwd: string) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(REPO, 'bin', 'apiwright.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, APIWRIGHT_CACHE_DIR: join(cwd, '.cache') } });
  const [wall, rss] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, wall: wall ?? NaN, rssMb: (rss ?? NaN) / 1024 };
}

describe.skipIf(!available)('all of Graph v1.0 from its reference pages', () => {
  it('imports at least 98% of the API pages and generates a package that type-checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiwright-graph-all-'));
    try {
      const imported = timed(['import', 'graph-docs', join(DOCS!, 'api'), join(DOCS!, 'resources'), '--out', 'spec'], dir);
      const summary = /imported (\d+) of (\d+) API pages/.exec(imported.stdout);
      const warnings = /(\d+) warnings/.exec(imported.stdout);
      expect(summary).not.toBeNull();
      const [pages, total] = [Number(summary![1]), Number(summary![2])];
      console.log(`import: ${imported.stdout.trim().split('\n').slice(-3).join(' | ')}`);
      const perPage = Number(warnings?.[1] ?? NaN) / pages;
      console.log(`import: ${imported.wall} s, peak ${imported.rssMb.toFixed(0)} MB; ${perPage.toFixed(2)} warnings per imported page`);
      expect(pages / total).toBeGreaterThanOrEqual(0.98);
      // Issue #15: fewer than 0.3 warnings per imported page.
      expect(perPage).toBeLessThan(0.3);
      // Every page that failed is named with file:line, as one error line.
      const errors = imported.stderr.split('\n').filter((l) => / error: /.test(l));
      expect(errors).toHaveLength(total - pages);
      for (const line of errors) expect(line).toMatch(/^\S+\.md:\d+: error: /);

      const generated = timed(['generate', '--no-cache', '--typecheck', '--quiet'], dir);
      console.log(`generate --typecheck: exit ${generated.code}, ${generated.wall} s, peak ${generated.rssMb.toFixed(0)} MB`);
      expect(generated.stderr.split('\n').filter((l) => / error: |GeneratorBug|exit 70/.test(l))).toEqual([]);
      expect(generated.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
