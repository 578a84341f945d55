import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/**
 * The house rules of issue 18: the runtime is TypeScript under `runtime/`, each file unit-tested
 * by a test that imports it (`test/runtime/<kind>/<name>.test.ts`), and a template is only what
 * has something to fill in.
 */

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) ? [relative(REPO, path).split(sep).join('/')] : [];
  });
}

describe('the runtime and the templates', () => {
  it('every runtime file has a unit test that imports it', () => {
    const runtime = filesUnder(join(REPO, 'runtime'), '.ts');
    expect(runtime.length).toBeGreaterThan(25);
    const missing = runtime.filter((file) => {
      const name = file.replace(/^runtime\//, '').replace(/\.ts$/, '');
      let test: string;
      try {
        test = readFileSync(join(REPO, 'test', 'runtime', `${name}.test.ts`), 'utf8');
      } catch {
        return true;
      }
      const specifier = `${'../'.repeat(name.split('/').length + 1)}${file.replace(/\.ts$/, '.js')}`;
      return !test.includes(`from '${specifier}'`);
    });
    expect(missing, 'runtime files without test/runtime/<kind>/<name>.test.ts importing them').toEqual([]);
  });

  it('no template without a placeholder', () => {
    const templates = filesUnder(join(REPO, 'templates'), '.hbs');
    expect(templates.length).toBeGreaterThan(0);
    const static_ = templates.filter((file) => !readFileSync(join(REPO, file), 'utf8').includes('{{'));
    expect(static_, 'templates with nothing to fill in belong in runtime/').toEqual([]);
  });
});
