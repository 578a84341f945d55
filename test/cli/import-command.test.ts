import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runCli, FIXTURES } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

describe('apiwright import graph-docs', () => {
  it('imports the seed page into spec files that go straight into generate', async () => {
    const dir = makeWorkspace({}, { withSeed: false });
    dirs.push(dir);
    const imported = await runCli(['import', 'graph-docs', join(FIXTURES, 'seed', 'update-user.md'), '--out', 'spec'], dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 1 of 1 API pages');
    expect(readdirSync(join(dir, 'spec')).sort()).toEqual(['graph-components.yaml', 'update-user.yaml']);
    const generated = await runCli(['generate', '--quiet'], dir);
    expect(generated.code, generated.stderr).toBe(0);
    expect(existsSync(join(dir, 'generated', 'dist', 'index.d.ts'))).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['import', 'swagger-docs', 'x', '--out', 'y'], '/')).code).toBe(2);
    expect((await runCli(['import', 'graph-docs', 'x.md'], '/')).code).toBe(2);
  });
});
