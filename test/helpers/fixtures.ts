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

/**
 * The snapshot matrix: the shared fixtures plus every OpenAPI 3.0 and 3.1 example document of
 * `@readme/oas-examples` (a devDependency), one fixture each.
 */
export function snapshotFixtures(): Fixture[] {
  const examples = join(REPO, 'node_modules', '@readme', 'oas-examples');
  const documents = ['3.0', '3.1'].flatMap((version) => {
    const dir = join(examples, version, 'json');
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => ({ name: `oas-${version}-${f.replace(/\.json$/, '')}`, spec: [`node_modules/@readme/oas-examples/${version}/json/${f}`] }))
      : [];
  });
  return [...fixtureSpecs(), ...documents];
}
