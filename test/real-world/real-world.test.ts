import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Real-world specs (issue 8): every document of `@readme/oas-examples` (OpenAPI 3.0, 3.1, and
 * Swagger 2.0, converted on load) and GitHub's REST API description generate a package that
 * type-checks. Runs the built CLI (`npm test` builds first) with `--typecheck` (the CLI exits 70
 * when the package does not compile); GitHub's in a process of its own, so its peak RSS can be read.
 *
 * The oas-examples documents run in process (one shared module cache, so the runtime modules are
 * checked once). Both run when `CI` or `APIWRIGHT_REAL_WORLD=1` is set: GitHub's description takes
 * about 50 s and 2 GB with the type-check on two cores (15 s without it; `npm run bench` times that).
 */
const ENABLED = process.env.CI !== undefined || process.env.APIWRIGHT_REAL_WORLD === '1';
const EXAMPLES = join(REPO, 'node_modules', '@readme', 'oas-examples');
const GITHUB = join(REPO, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const CLI = join(REPO, 'bin', 'apiwright.js');

const scratch = mkdtempSync(join(tmpdir(), 'apiwright-real-world-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function exampleDocuments(): string[] {
  return ['2.0', '3.0', '3.1'].flatMap((version) => {
    const dir = join(EXAMPLES, version, 'json');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  });
}

interface Run {
  code: number | null;
  output: string;
  operations: number;
  files: number;
  /** Peak resident set size in KB, when /usr/bin/time is there to measure it. */
  peakKb?: number;
}

/** `apiwright generate` on one spec, with caches of its own. */
function generateWithCli(spec: string, name: string): Run {
  const out = join(scratch, name);
  const args = [CLI, 'generate', '--typecheck', '--spec', spec, '--out', out];
  const timed = existsSync('/usr/bin/time');
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, APIWRIGHT_CACHE_DIR: join(scratch, 'cache') }, maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, APIWRIGHT_CACHE_DIR: join(scratch, 'cache') }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  const summary = /generated (\d+) files in .* from (\d+) operations/.exec(output);
  const peak = /peak-rss-kb (\d+)/.exec(output);
  const run: Run = { code: result.status, output, operations: Number(summary?.[2] ?? -1), files: Number(summary?.[1] ?? -1), ...(peak === null ? {} : { peakKb: Number(peak[1]) }) };
  rmSync(out, { recursive: true, force: true });
  return run;
}

describe.runIf(ENABLED)('real-world specs', () => {
  it('generates and type-checks every @readme/oas-examples document', async () => {
    const documents = exampleDocuments();
    expect(documents.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let operations = 0;
    let files = 0;
    for (const spec of documents) {
      const name = spec.slice(EXAMPLES.length + 1).replace(/[\\/]/g, '-');
      try {
        // With `typecheck`, generate() throws when the package does not compile.
        const result = await generate({ cwd: scratch, spec: [spec], out: join(scratch, name), cacheDir: join(scratch, 'cache'), typecheck: true });
        operations += result.summary.operations;
        files += result.files.filter((f) => f.path.startsWith('dist/')).length;
        if (!result.files.some((f) => f.path === 'dist/index.d.ts')) failures.push(`${name}: no dist/index.d.ts`);
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`);
      }
    }
    console.log(`oas-examples: ${documents.length} documents, ${operations} operations, ${files} compiled files, all type-checked`);
    expect(failures).toEqual([]);
  }, 600_000);
});

describe.runIf(ENABLED)('GitHub', () => {
  it('generates and type-checks GitHub’s REST API description', () => {
    const run = generateWithCli(GITHUB, 'github');
    console.log(`GitHub: ${run.operations} operations, ${run.files} files${run.peakKb === undefined ? '' : `, peak RSS ${Math.round(run.peakKb / 1024)} MB`}`);
    expect(run.code, run.output.slice(0, 4000)).toBe(0);
    expect(run.operations).toBe(1223);
    expect(run.files).toBeGreaterThan(50);
  }, 600_000);
});
