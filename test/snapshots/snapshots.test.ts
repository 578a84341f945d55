import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { fixtureSpecs } from '../helpers/fixtures.js';
import { listTree, REPO } from '../helpers/workspace.js';

/**
 * A file snapshot of every emitted file, for every fixture spec. A snapshot file that no fixture
 * emits any more is an orphan and fails the run.
 */
const SNAPSHOTS = join(REPO, 'test', 'snapshots', '__snapshots__');

describe.each(fixtureSpecs())('snapshots of $name', (fixture) => {
  it('matches every emitted file and has no orphaned snapshot', async () => {
    const result = await generate({ cwd: REPO, spec: fixture.spec, out: join(REPO, 'generated') });
    const emitted = new Set(result.files.map((f) => f.path));
    for (const file of result.files) {
      await expect(file.contents).toMatchFileSnapshot(join(SNAPSHOTS, fixture.name, file.path));
    }
    const dir = join(SNAPSHOTS, fixture.name);
    const orphans = existsSync(dir) ? listTree(dir).filter((f) => !emitted.has(f)) : [];
    expect(orphans, `orphaned snapshots in test/snapshots/__snapshots__/${fixture.name}`).toEqual([]);
  });
});

it('has no snapshot folder without a fixture', () => {
  const names = new Set(fixtureSpecs().map((f) => f.name));
  const folders = existsSync(SNAPSHOTS) ? [...new Set(listTree(SNAPSHOTS).map((f) => f.split('/')[0]!))] : [];
  expect(folders.filter((f) => !names.has(f))).toEqual([]);
});
