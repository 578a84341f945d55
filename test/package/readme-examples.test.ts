import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Project } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { fixtureSpecs } from '../helpers/fixtures.js';
import { REPO } from '../helpers/workspace.js';

/**
 * The README's example code is code: every ```ts block of the generated README, for every
 * fixture, type-checks against the package it documents (strict NodeNext consumer). The
 * placeholders a reader fills in (`accessToken`, `body`) are declared for it.
 */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe.each(fixtureSpecs())('README examples of $name', (fixture) => {
  it('type-check against the generated package', async () => {
    const result = await generate({ cwd: REPO, spec: fixture.spec, out: join(REPO, 'generated'), typecheck: true });
    const root = mkdtempSync(join(tmpdir(), 'apiwright-readme-'));
    folders.push(root);
    for (const file of result.files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.contents);
    }
    const pkg = JSON.parse(result.files.find((f) => f.path === 'package.json')!.contents) as { name: string };
    const readme = result.files.find((f) => f.path === 'README.md')!.contents;
    const blocks = [...readme.matchAll(/^```ts\n([^]*?)^```$/gm)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);

    const project = new Project({
      compilerOptions: { strict: true, module: 199, moduleResolution: 99, target: 9, noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [] },
      skipAddingFilesFromTsConfig: true,
    });
    writeFileSync(join(root, 'examples-package.json'), '');
    const consumer = join(root, 'examples');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module' }));
    mkdirSync(join(consumer, 'node_modules'));
    // The package as the examples import it, by name.
    const installed = join(consumer, 'node_modules', ...pkg.name.split('/'));
    mkdirSync(dirname(installed), { recursive: true });
    for (const file of result.files) {
      mkdirSync(dirname(join(installed, file.path)), { recursive: true });
      writeFileSync(join(installed, file.path), file.contents);
    }
    blocks.forEach((block, i) => {
      const text = `declare const accessToken: string;\ndeclare const body: never;\n${block}\nexport {};\n`;
      project.createSourceFile(join(consumer, `example-${i}.ts`), text, { overwrite: true });
    });
    project.resolveSourceFileDependencies();
    const diagnostics = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath().includes('/examples/example-') ?? true);
    const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 10)).replace(/\u001b\[[0-9;]*m/g, '');
    expect(diagnostics.length, text).toBe(0);
  }, 120_000);
});
