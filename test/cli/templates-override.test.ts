import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { BUILTIN_RUNTIME_DIR, BUILTIN_TEMPLATES_DIR, runtimeOverrideName } from '../../generator/render/templates.js';
import { hashTree, makeWorkspace, removeWorkspace, REPO, runCli, writeFile } from '../helpers/workspace.js';

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

    // Against the committed snapshots of the seed: types.ts and its declarations (a module of types
    // only is its own .d.ts, header comment included) differ, nothing else.
    const { files } = await generate({ cwd: dir, templates: 'my-templates' });
    const snapshots = join(REPO, 'test', 'snapshots', '__snapshots__', 'seed');
    const differing = files.filter((f) => readFileSync(join(snapshots, f.path), 'utf8') !== f.contents).map((f) => f.path);
    expect(differing).toEqual(['dist/types.d.ts', 'src/types.ts']);
  });

  it('replaces a runtime file with one at the same path below <dir>/<kind>/runtime/, taken as it is', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const builtin = readFileSync(join(BUILTIN_RUNTIME_DIR, 'client', 'url.ts'), 'utf8');
    writeFile(dir, 'my-templates/client/runtime/url.ts', `${builtin}\n/** Added by an override. */\nexport const OVERRIDDEN = '{{not a placeholder}}';\n`);
    const { files } = await generate({ cwd: dir, templates: 'my-templates' });
    const url = files.find((f) => f.path === 'src/runtime/url.ts')!;
    expect(url.contents.endsWith("/** Added by an override. */\nexport const OVERRIDDEN = '{{not a placeholder}}';\n")).toBe(true);
    // Only that module (and its compiled outputs) differ from the seed's snapshots.
    const snapshots = join(REPO, 'test', 'snapshots', '__snapshots__', 'seed');
    const differing = files.filter((f) => readFileSync(join(snapshots, f.path), 'utf8') !== f.contents).map((f) => f.path).sort();
    expect(differing).toEqual(['dist/runtime/url.d.ts', 'dist/runtime/url.js', 'src/runtime/url.ts']);
  });

  it('still renders a runtime override written as a template (<dir>/client/runtime/errors.ts.hbs), with the flavour', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const builtin = readFileSync(join(BUILTIN_RUNTIME_DIR, 'client', 'errors-graph.ts'), 'utf8');
    writeFile(dir, 'my-templates/client/runtime/errors.ts.hbs', `${builtin}\n/** The flavour. */\nexport const FLAVOUR = '{{#if graph}}graph{{else}}plain{{/if}}';\n`);
    writeFile(dir, 'my-templates/mocks/msw.ts', '// Our own MSW entry point.\nexport const handlers: never[] = [];\n');
    const result = await runCli(['generate', '--templates', 'my-templates', '--quiet'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'generated', 'src', 'runtime', 'errors.ts'), 'utf8')).toContain("export const FLAVOUR = 'graph';");
    expect(readFileSync(join(dir, 'generated', 'src', 'mocks', 'msw.ts'), 'utf8')).toBe('// Our own MSW entry point.\nexport const handlers: never[] = [];\n');
  });

  it('names runtime overrides where the package has them', () => {
    expect(runtimeOverrideName('client/url.ts')).toBe('client/runtime/url.ts');
    expect(runtimeOverrideName('mocks/errors-plain.ts')).toBe('mocks/runtime/errors-plain.ts');
    expect(runtimeOverrideName('mocks/entry/msw.ts')).toBe('mocks/msw.ts');
  });

  it('formats an overriding template\'s output, where the built-in one is written laid out', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const builtin = readFileSync(join(BUILTIN_TEMPLATES_DIR, 'validators', 'validators.ts.hbs'), 'utf8');
    expect(builtin).toContain('const hasOwn = Object.prototype.hasOwnProperty;');
    writeFile(dir, 'my-templates/validators/validators.ts.hbs', builtin.replace('const hasOwn = Object.prototype.hasOwnProperty;', 'const   hasOwn=Object.prototype.hasOwnProperty'));
    const result = await runCli(['generate', '--templates', 'my-templates', '--quiet'], dir);
    expect(result.code, result.stderr).toBe(0);
    const validators = readFileSync(join(dir, 'generated', 'src', 'validators.ts'), 'utf8');
    expect(validators).toContain('\nconst hasOwn = Object.prototype.hasOwnProperty;\n');
    // Only the template's part is formatted: the checkers after it are as apiwright lays them out.
    expect(validators).toContain('\nfunction is$User(v: unknown, d: number): boolean {\n  if (d > MAX_DEPTH) return false;\n');
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

  describe('a custom template whose output does not compile', () => {
    // The suite sets APIWRIGHT_TYPECHECK=1 for every run; these tests are about the defaults.
    const suiteSetting = process.env.APIWRIGHT_TYPECHECK;
    beforeEach(() => {
      delete process.env.APIWRIGHT_TYPECHECK;
    });
    afterEach(() => {
      if (suiteSetting !== undefined) process.env.APIWRIGHT_TYPECHECK = suiteSetting;
    });
    const withTypeError = (builtin: string) => `${builtin}\n/** A type error. */\nexport const broken: number = {{{str title}}};\n`;

    it('stops the run with exit 70, the place of the error, and the output untouched (custom templates are type-checked)', async () => {
      const dir = makeWorkspace();
      dirs.push(dir);
      expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
      const before = hashTree(join(dir, 'generated'));
      writeFile(dir, 'my-templates/types/types.ts.hbs', withTypeError(readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8')));
      const result = await runCli(['generate', '--templates', 'my-templates'], dir);
      expect(result.code, result.stderr).toBe(70);
      expect(result.stderr).toMatch(/src\/types\.ts:\d+:\d+/);
      expect(result.stderr).toContain("Type 'string' is not assignable to type 'number'");
      expect(hashTree(join(dir, 'generated'))).toBe(before);
    });

    it('is compiled but not type-checked with --no-typecheck', async () => {
      const dir = makeWorkspace();
      dirs.push(dir);
      writeFile(dir, 'my-templates/types/types.ts.hbs', withTypeError(readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8')));
      const result = await runCli(['generate', '--templates', 'my-templates', '--no-typecheck', '--quiet'], dir);
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(join(dir, 'generated', 'dist', 'types.d.ts'), 'utf8')).toContain('export declare const broken: number;');
    });

    it('stops the run with exit 70 when it is not even TypeScript, type-check or not', async () => {
      const dir = makeWorkspace();
      dirs.push(dir);
      writeFile(dir, 'my-templates/types/types.ts.hbs', `${readFileSync(join(BUILTIN_TEMPLATES_DIR, 'types', 'types.ts.hbs'), 'utf8')}\nexport const = ;\n`);
      const result = await runCli(['generate', '--templates', 'my-templates', '--no-typecheck'], dir);
      expect(result.code, result.stderr).toBe(70);
      expect(result.stderr).toContain('src/types.ts');
      expect(existsSync(join(dir, 'generated'))).toBe(false);
    });
  });
});
