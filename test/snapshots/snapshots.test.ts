import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { snapshotFixtures } from '../helpers/fixtures.js';
import { listTree, REPO } from '../helpers/workspace.js';

/**
 * A file snapshot of every emitted file, for every fixture spec. A snapshot file that no fixture
 * emits any more is an orphan and fails the run.
 *
 * The oas-examples fixtures carry the same spec-independent runtime modules as the seed: where an
 * emitted file is byte-identical to the seed's file at the same path, it is covered by the seed's
 * snapshot instead of being stored again.
 */
const SNAPSHOTS = join(REPO, 'test', 'snapshots', '__snapshots__');
// The seed's files as generated now (the seed's own test checks them against its snapshots), so
// one `vitest -u` run after a change to the shared modules leaves no stale copies behind.
let seedFiles: Promise<Map<string, string>> | undefined;
const seedFile = async (path: string): Promise<string | undefined> => {
  seedFiles ??= generate({ cwd: REPO, spec: ['spec'], out: join(REPO, 'generated') }).then((r) => new Map(r.files.map((f) => [f.path, f.contents])));
  return (await seedFiles).get(path);
};

describe.each(snapshotFixtures())('snapshots of $name', (fixture) => {
  it('matches every emitted file and has no orphaned snapshot', async () => {
    const result = await generate({ cwd: REPO, spec: fixture.spec, out: join(REPO, 'generated') });
    const shared = fixture.name.startsWith('oas-');
    const emitted = new Set<string>();
    for (const file of result.files) {
      if (shared && file.contents === (await seedFile(file.path))) continue;
      emitted.add(file.path);
      await expect(file.contents).toMatchFileSnapshot(join(SNAPSHOTS, fixture.name, file.path));
    }
    const dir = join(SNAPSHOTS, fixture.name);
    const orphans = existsSync(dir) ? listTree(dir).filter((f) => !emitted.has(f)) : [];
    expect(orphans, `orphaned snapshots in test/snapshots/__snapshots__/${fixture.name}`).toEqual([]);
  });
});

it('has no snapshot folder without a fixture', () => {
  const names = new Set(snapshotFixtures().map((f) => f.name));
  const folders = existsSync(SNAPSHOTS) ? [...new Set(listTree(SNAPSHOTS).map((f) => f.split('/')[0]!))] : [];
  expect(folders.filter((f) => !names.has(f))).toEqual([]);
});
