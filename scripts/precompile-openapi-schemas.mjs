// Build step: compile the official OpenAPI 2.0/3.0/3.1 schemas (and 3.2, derived from 3.1) into standalone Ajv validators
// (CommonJS, next to dist/generator/load/validate-openapi.js), so a run does not spend ~100 ms
// compiling them. validate-openapi.ts falls back to compiling at run time when they are missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ajvFor, openApiSchema } = await import(join(root, 'dist', 'generator', 'load', 'validate-openapi.js'));
const standalone = require('ajv/dist/standalone').default;
const out = join(root, 'dist', 'generator', 'load', 'openapi-schemas');
mkdirSync(out, { recursive: true });
for (const version of ['2.0', '3.0', '3.1', '3.2']) {
  const ajv = ajvFor(version, { code: { source: true } });
  const validate = ajv.compile(openApiSchema(version));
  writeFileSync(join(out, `v${version}.cjs`), standalone(ajv, validate));
}
