import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { BUILTIN_TEMPLATES_DIR } from '../../generator/render/templates.js';
import { makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));
function workspace(): string {
  const dir = makeWorkspace();
  dirs.push(dir);
  return dir;
}

describe('caches', () => {
  // Each test gets a cache of its own: the shared one may already hold these runs.
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.APIWRIGHT_CACHE_DIR;
    process.env.APIWRIGHT_CACHE_DIR = mkdtempSync(join(tmpdir(), 'apiwright-cache-'));
    dirs.push(process.env.APIWRIGHT_CACHE_DIR);
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.APIWRIGHT_CACHE_DIR;
    else process.env.APIWRIGHT_CACHE_DIR = previous;
  });

  it('reuses the whole output when nothing changed, and says so', async () => {
    const dir = workspace();
    expect((await runCli(['generate'], dir)).stdout).not.toContain('reused the cached output');
    const again = await runCli(['generate'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged inputs: reused the cached output');
    expect((await runCli(['generate', '--no-cache'], dir)).stdout).not.toContain('reused the cached output');
  });

  it('a run that reuses some compiled modules gives the same bytes as a cold run', async () => {
    // Warm the module caches with the seed, then change one description: the types and the modules
    // that import them are compiled again, the runtime modules come from the cache.
    const cacheDir = mkdtempSync(join(tmpdir(), 'apiwright-cache-'));
    dirs.push(cacheDir);
    const warm = workspace();
    await generate({ cwd: warm, cacheDir });
    const seed = join(warm, 'spec', 'update-user.yaml');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('Unique identifier of the user.', 'The id of the user.'));
    const partly = await generate({ cwd: warm, cacheDir });
    expect(partly.cached).toBe(false);

    const cold = workspace();
    writeFileSync(join(cold, 'spec', 'update-user.yaml'), readFileSync(seed, 'utf8'));
    const coldCache = mkdtempSync(join(tmpdir(), 'apiwright-cache-'));
    dirs.push(coldCache);
    const fresh = await generate({ cwd: cold, cacheDir: coldCache });
    expect(partly.files.map((f) => f.path)).toEqual(fresh.files.map((f) => f.path));
    for (let i = 0; i < fresh.files.length; i++) expect(partly.files[i]!.contents, fresh.files[i]!.path).toBe(fresh.files[i]!.contents);
  });

  it('a reused run gives the bytes of a cold run; a cut-short entry is not reused', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'apiwright-cache-'));
    dirs.push(cacheDir);
    const dir = workspace();
    const cold = await generate({ cwd: dir, cacheDir });
    expect(cold.cached).toBe(false);
    const reused = await generate({ cwd: dir, cacheDir });
    expect(reused.cached).toBe(true);
    expect(reused.files).toEqual(cold.files);
    expect(reused.fileHashes).toEqual(cold.files.map((f) => ({ path: f.path, hash: createHash('sha256').update(f.contents).digest('hex') })));

    const runs = join(cacheDir, 'runs');
    const pack = readdirSync(runs).find((name) => name.endsWith('.pack'))!;
    expect(readdirSync(runs).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    truncateSync(join(runs, pack), statSync(join(runs, pack)).size - 1);
    const again = await generate({ cwd: dir, cacheDir });
    expect(again.cached).toBe(false);
    expect(again.files).toEqual(cold.files);
  });

  it('invalidates when a template changes', async () => {
    const dir = workspace();
    await runCli(['generate', '--quiet'], dir);
    expect((await runCli(['generate'], dir)).stdout).toContain('reused the cached output');
    const builtin = readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8');
    writeFile(dir, 'tpl/types/types.ts.hbs', builtin + '\n');
    const result = await runCli(['generate', '--templates', 'tpl'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('reused the cached output');
  });
});
