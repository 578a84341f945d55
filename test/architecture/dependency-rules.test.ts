import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The dependency rules (`.dependency-cruiser.cjs`) are checked by `npm run lint:deps` in `npm test`.
// These tests run that same check on small trees of their own, to show the rules bite: a cycle,
// an import against the pipeline and a runtime file reaching into the generator each fail it.

const repo = resolve(import.meta.dirname, '../..');
const depcruise = join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = join(repo, '.dependency-cruiser.cjs');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A tree of TypeScript files (path → imported paths), as apiwright's own sources import: `./x.js`. */
function tree(files: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'apiwright-deps-'));
  temps.push(root);
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
  for (const [path, imports] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    const lines = imports.map((target, i) => {
      const from = relativeImport(path, target);
      return `import { value as v${i} } from '${from}';\nexport const use${i} = v${i};`;
    });
    writeFileSync(join(root, path), `${lines.join('\n')}\nexport const value = 1;\n`);
  }
  return root;
}

function relativeImport(from: string, to: string): string {
  const up = from.split('/').length - 1;
  return `${up === 0 ? './' : '../'.repeat(up)}${to.replace(/\.ts$/, '.js')}`;
}

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

/** Run the check as CI does (same config, same file selection) in `root`. */
function check(root: string): { status: number | null; violations: Violation[]; text: string } {
  const args = [depcruise, '--config', config, '{generator,runtime}/**/*.ts'];
  const json = spawnSync(process.execPath, [...args, '--output-type', 'json'], { cwd: root, encoding: 'utf8' });
  const text = spawnSync(process.execPath, [...args, '--output-type', 'err'], { cwd: root, encoding: 'utf8' });
  const result = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  return { status: text.status, violations: result.summary.violations, text: text.stdout + text.stderr };
}

describe('dependency rules', () => {
  it('pass a tree that follows the pipeline (load → model → plan → emit → render → write, cli on top)', () => {
    const root = tree({
      'generator/diagnostics.ts': [],
      'generator/values.ts': [],
      'generator/load/index.ts': ['generator/diagnostics.ts', 'generator/values.ts'],
      'generator/model/index.ts': ['generator/load/index.ts', 'generator/diagnostics.ts'],
      'generator/render/ts-syntax.ts': [],
      'generator/plan/index.ts': ['generator/model/index.ts', 'generator/render/ts-syntax.ts'],
      'generator/emit/index.ts': ['generator/plan/index.ts', 'generator/model/index.ts', 'generator/render/ts-syntax.ts'],
      'generator/cache/file-cache.ts': ['generator/diagnostics.ts'],
      'generator/render/compile.ts': ['generator/cache/file-cache.ts', 'generator/render/ts-syntax.ts'],
      'generator/write/output.ts': [],
      'generator/index.ts': ['generator/emit/index.ts', 'generator/render/compile.ts', 'generator/write/output.ts'],
      'generator/diff/index.ts': ['generator/index.ts', 'generator/model/index.ts'],
      'generator/cli/main.ts': ['generator/index.ts', 'generator/diff/index.ts', 'generator/cli/args.ts'],
      'generator/cli/args.ts': ['generator/diagnostics.ts'],
      'runtime/client/transport.ts': ['runtime/client/errors.ts'],
      'runtime/client/errors.ts': [],
    });
    const result = check(root);
    expect(result.violations).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('fail on a cycle, a backwards import, a module in no layer and a runtime file importing the generator', () => {
    const root = tree({
      'generator/diagnostics.ts': [],
      // A cycle inside one layer.
      'generator/cli/main.ts': ['generator/cli/generate-command.ts'],
      'generator/cli/generate-command.ts': ['generator/cli/main.ts'],
      // Against the pipeline: load reaching up into emit; the model into the render stage; the
      // base into the model.
      'generator/load/index.ts': ['generator/emit/index.ts'],
      'generator/emit/index.ts': [],
      'generator/model/names.ts': ['generator/render/compile.ts'],
      'generator/render/compile.ts': [],
      'generator/values.ts': ['generator/model/ir.ts'],
      'generator/model/ir.ts': [],
      // Emitters read the IR, not load/'s documents.
      'generator/emit/types.ts': ['generator/load/spec-document.ts'],
      'generator/load/spec-document.ts': [],
      // A module in no layer is an error on both ends of an import.
      'generator/stray.ts': ['generator/diagnostics.ts'],
      'generator/load/refs.ts': ['generator/stray.ts'],
      // runtime/ is copied into generated packages: it stands alone.
      'runtime/validators/issues.ts': ['generator/diagnostics.ts'],
    });
    const result = check(root);
    expect(result.status).not.toBe(0);
    const found = result.violations.filter((v) => v.rule.name !== 'no-circular').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found.sort()).toEqual(
      [
        'base-imports-upward: generator/values.ts → generator/model/ir.ts',
        'emit-reads-only-the-ir: generator/emit/types.ts → generator/load/spec-document.ts',
        'load-imports-upward: generator/load/index.ts → generator/emit/index.ts',
        'import-of-a-module-outside-the-layers: generator/load/refs.ts → generator/stray.ts',
        'module-outside-the-layers: generator/stray.ts → generator/diagnostics.ts',
        'model-imports-upward: generator/model/names.ts → generator/render/compile.ts',
        'runtime-stands-alone: runtime/validators/issues.ts → generator/diagnostics.ts',
      ].sort(),
    );
    // A cycle is reported once, from whichever of its modules the check reaches first.
    const cycles = result.violations.filter((v) => v.rule.name === 'no-circular').map((v) => [...new Set([v.from, ...(v.cycle ?? []).map((c) => c.name)])].sort());
    expect(cycles).toEqual([['generator/cli/generate-command.ts', 'generator/cli/main.ts']]);
    // What a developer sees in CI.
    expect(result.text).toContain('error load-imports-upward: generator/load/index.ts → generator/emit/index.ts');
    expect(result.text).toMatch(/error no-circular: generator\/cli\/(main|generate-command)\.ts → \s*generator\/cli\/(main|generate-command)\.ts →/);
  });

  it('finds none in apiwright itself', () => {
    const output = execFileSync(process.execPath, [depcruise, '--config', config, '--output-type', 'err', '{generator,runtime}/**/*.ts'], { cwd: repo, encoding: 'utf8' });
    expect(output).toContain('no dependency violations found');
  });
});
