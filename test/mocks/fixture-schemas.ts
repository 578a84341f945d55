import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/workspace.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const { fullFormats } = require('ajv-formats/dist/formats.js') as typeof import('ajv-formats/dist/formats.js');

/**
 * Errors of `value` against a schema of the things fixture, checked by Ajv (independent of the
 * generated validators), with the fixture's components for `$ref`s.
 */
export function fixtureSchemaErrors(schemaName: string, value: unknown): string[] {
  const document = parse(readFileSync(join(REPO, 'test/mocks/fixtures/things/things.yaml'), 'utf8')) as { components: Record<string, unknown> };
  const ajv = new Ajv2020({ allErrors: true, strict: false, formats: fullFormats });
  ajv.addSchema({ $id: 'https://fixture.test/things', components: document.components });
  const validate = ajv.compile({ $ref: `https://fixture.test/things#/components/schemas/${schemaName}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
