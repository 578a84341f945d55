import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const RUNTIME = join(ROOT, 'runtime') + sep;
const STAND_INS = join(ROOT, 'test', 'runtime', 'stand-ins');

/**
 * A runtime file imports its neighbours by their paths in a generated package; those that are
 * generated (or chosen by flavour) resolve to `test/runtime/stand-ins/` at the same path, as
 * `rootDirs` in `tsconfig.json` does for the type-check.
 */
const runtimeStandIns: Plugin = {
  name: 'runtime-stand-ins',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer === undefined || !importer.startsWith(RUNTIME) || !source.startsWith('.')) return null;
    const target = resolve(dirname(importer), source).replace(/\.js$/, '.ts');
    if (existsSync(target)) return null;
    const standIn = join(STAND_INS, relative(ROOT, target));
    return existsSync(standIn) ? standIn : null;
  },
};

export default defineConfig({
  plugins: [runtimeStandIns],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: more workers only contend.
    maxWorkers: 2,
    // Every package a test generates is type-checked too (a user's run skips that unless it uses
    // custom templates): this suite is what vouches for the built-in templates.
    env: { APIWRIGHT_TYPECHECK: '1' },
  },
});
