/**
 * Acceptance: imported specs go straight into `apiwright generate`.
 * - The seed page's import generates the same public API as the hand-written seed spec.
 * - The whole v1.0 API folder's import generates a package that type-checks (generate
 *   type-checks the package and fails on any diagnostic).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type OutputFile } from '../../generator/index.js';
import { importGraphDocs } from '../../generator/import/graph-docs/index.js';
import { API_DOCS, SEED_PAGE } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'apiwright-import-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The public API of a generated file: code without comments (descriptions differ between the
 * page and the hand-written spec), with links to reference pages masked (the seed file is named
 * `update-user.md`, the hand-written spec links the page's published name) and whitespace collapsed.
 */
function publicApi(file: OutputFile): string {
  return file.contents
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    // The JSON Schemas' annotations (descriptions, titles) are documentation kept as data
    .replace(/\b(description|title):\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g, '$1: <text>')
    .replace(/https:\/\/learn\.microsoft\.com\/en-us\/graph\/api\/[A-Za-z0-9_-]+\?view=graph-rest-1\.0/g, '<reference page>')
    // prettier wraps lines (adding trailing commas) by length, and the masked links differ in length
    .replace(/,\s*([\])}])/g, '$1')
    .replace(/([[({])\s+/g, '$1')
    .replace(/\s+([\])}])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('generate from imported specs', () => {
  it('the seed page generates the same public API as spec/update-user.yaml', async () => {
    const specDir = join(scratch, 'seed-spec');
    await importGraphDocs([SEED_PAGE], { out: specDir });
    const imported = await generate({ spec: [specDir], out: join(scratch, 'seed-generated'), cache: false });
    const handWritten = await generate({ spec: [resolve(process.cwd(), 'spec/update-user.yaml')], out: join(scratch, 'hand-generated'), cache: false });

    const code = (files: OutputFile[]): Record<string, string> => Object.fromEntries(files.filter((f) => !f.path.endsWith('.md')).map((f) => [f.path, publicApi(f)]));
    expect(imported.files.map((f) => f.path)).toEqual(handWritten.files.map((f) => f.path));
    expect(code(imported.files)).toEqual(code(handWritten.files));
    expect(imported.model!.operations.map((o) => [o.identifier, o.method, o.path])).toEqual([['updateUser', 'patch', '/users/{usersId}']]);
    expect(imported.warnings).toEqual([]);
  }, 120_000);

  it('the whole v1.0 API folder generates a package that type-checks', async () => {
    const specDir = join(scratch, 'graph-spec');
    const result = await importGraphDocs([API_DOCS], { out: specDir });
    const generated = await generate({ spec: [specDir], out: join(scratch, 'graph-generated'), cache: false });
    expect(generated.summary.operations).toBe(result.operations);
    expect(generated.files.some((f) => f.path === 'dist/index.d.ts')).toBe(true);
    console.log(`generated ${generated.files.length} files for ${generated.summary.operations} operations and ${generated.summary.schemas} schemas; ${generated.warnings.length} model warnings`);
  }, 600_000);
});
