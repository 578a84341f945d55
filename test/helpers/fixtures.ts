import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './workspace.js';

/**
 * The fixture matrix every emitter is tested against: the project's seed spec and each folder in
 * test/fixtures/specs/. Emitter tests and the snapshot test iterate this list.
 */
export interface Fixture {
  name: string;
  /** Spec inputs, relative to the repository root. */
  spec: string[];
}

export function fixtureSpecs(): Fixture[] {
  const dir = join(REPO, 'test', 'fixtures', 'specs');
  const local = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
        .map((name) => ({ name, spec: [`test/fixtures/specs/${name}`] }))
    : [];
  return [{ name: 'seed', spec: ['spec'] }, ...local];
}
