import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/** The installed `apiwright` bin (built by `npm run build`, which `prepare` and `npm test` run). */
describe('bin/apiwright.js', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'apiwright.js'), ...args], { cwd: REPO, encoding: 'utf8' });

  it('prints help with exit 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('apiwright generate [--spec <dir|file>...]');
  });

  it('prints its version', () => {
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with no command', () => {
    expect(run().status).toBe(2);
  });
});

describe('the precompiled OpenAPI schema validators in dist/', () => {
  it('report a schema error exactly as the validator compiled at run time does', async () => {
    const { makeWorkspace, removeWorkspace, runCli } = await import('../helpers/workspace.js');
    const { readFileSync, writeFileSync, existsSync } = await import('node:fs');
    expect(existsSync(join(REPO, 'dist', 'generator', 'load', 'openapi-schemas', 'v3.0.cjs'))).toBe(true);
    const dir = makeWorkspace();
    try {
      const seed = join(dir, 'spec', 'update-user.yaml');
      writeFileSync(seed, readFileSync(seed, 'utf8').replace('          type: integer', '          type: integr'));
      const inProcess = await runCli(['generate'], dir);
      const bin = spawnSync(process.execPath, [join(REPO, 'bin', 'apiwright.js'), 'generate'], { cwd: dir, encoding: 'utf8' });
      expect(bin.status).toBe(2);
      expect(bin.stderr.trim()).toBe(inProcess.stderr.trim());
      expect(bin.stderr).toContain('must be one of');
    } finally {
      removeWorkspace(dir);
    }
  });
});

describe('modules laid out on a worker thread (the built CLI) and in process', () => {
  it('are the same files', async () => {
    const { makeWorkspace, removeWorkspace, runCli, hashTree } = await import('../helpers/workspace.js');
    // Enough operations for the client and types modules to pass the size laid out on a worker (1 MB).
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 1500; i++) {
      paths[`/things${i}/{id}`] = {
        get: {
          operationId: `getThing${i}`,
          summary: `Get thing ${i}, with a summary long enough to wrap: ${'word '.repeat(30)}`,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'filter', in: 'query', schema: { type: 'string', enum: ['a', 'b', 'c'] } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      };
    }
    const spec = JSON.stringify({ openapi: '3.0.3', info: { title: 'Things', version: '1.0.0' }, paths, components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['x', 'y'] } } } } } });
    const dir = makeWorkspace({ 'spec/things.json': spec }, { withSeed: false });
    try {
      const inProcess = await runCli(['generate', '--no-cache', '--out', 'in-process'], dir);
      expect(inProcess.code, inProcess.stderr).toBe(0);
      const bin = spawnSync(process.execPath, [join(REPO, 'bin', 'apiwright.js'), 'generate', '--no-cache', '--out', 'bin'], { cwd: dir, encoding: 'utf8' });
      expect(bin.status, bin.stderr).toBe(0);
      const { statSync } = await import('node:fs');
      expect(statSync(join(dir, 'bin', 'src', 'client.ts')).size).toBeGreaterThan(1024 * 1024);
      expect(hashTree(join(dir, 'bin'))).toBe(hashTree(join(dir, 'in-process')));
    } finally {
      removeWorkspace(dir);
    }
  }, 120_000);
});
