import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { BUILTIN_TEMPLATES_DIR } from '../../generator/render/templates.js';
import { makeWorkspace, removeWorkspace, REPO, runCli, writeFile } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

describe('--templates', () => {
  it('overrides a built-in template by file name, and only the files it renders change', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const builtin = readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8');
    const changed = builtin.replace(/^\/\/ .*$/m, '// Types for {{{str title}}}, with our own header.');
    expect(changed).not.toBe(builtin);
    writeFile(dir, 'my-templates/types/types.ts.hbs', changed);

    const result = await runCli(['generate', '--templates', 'my-templates', '--quiet'], dir);
    expect(result.code, result.stderr).toBe(0);
    const types = readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8');
    expect(types.split('\n')[0]).toBe("// Types for 'Microsoft Graph Intune', with our own header.");

    // Against the committed snapshots of the seed: types.ts differs, nothing else (its compiled
    // outputs do not carry the header comment).
    const { files } = await generate({ cwd: dir, templates: 'my-templates' });
    const snapshots = join(REPO, 'test', 'snapshots', '__snapshots__', 'seed');
    const differing = files.filter((f) => readFileSync(join(snapshots, f.path), 'utf8') !== f.contents).map((f) => f.path);
    expect(differing).toEqual(['src/types.ts']);
  });

  it('reads the templates folder from apiwright.config.json', async () => {
    const dir = makeWorkspace({ 'apiwright.config.json': JSON.stringify({ templates: 'tpl', packageName: '@acme/graph', packageVersion: '2.3.4' }) });
    dirs.push(dir);
    const builtin = readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8');
    writeFile(dir, 'tpl/types/types.ts.hbs', `${builtin}\n/** Added by a custom template. */\nexport type Custom = 1;\n`);
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8')).toMatch(/\/\*\* Added by a custom template\. \*\/\nexport type Custom = 1;\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'generated', 'package.json'), 'utf8'))).toMatchObject({ name: '@acme/graph', version: '2.3.4' });
  });

  it('rejects unknown options in apiwright.config.json', async () => {
    const dir = makeWorkspace({ 'apiwright.config.json': JSON.stringify({ outDir: 'x' }) });
    dirs.push(dir);
    const result = await runCli(['generate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('apiwright.config.json: error: unknown option "outDir"');
  });
});
