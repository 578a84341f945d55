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
