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
