import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importGraphDocs } from '../../generator/import/graph-docs/index.js';
import { SEED_PAGE } from './helpers.js';
import { normalizedOperations } from './normalized-spec.js';

const out = mkdtempSync(join(tmpdir(), 'apiwright-import-seed-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('import graph-docs: the seed page', async () => {
  const result = await importGraphDocs([SEED_PAGE], { out });

  it('imports the page and writes its fragment and the shared components', () => {
    expect(result).toMatchObject({ imported: 1, failed: 0, operations: 1 });
    expect(result.files.map((f) => f.slice(out.length + 1)).sort()).toEqual(['graph-components.yaml', 'update-user.yaml']);
  });

  it('warns, with file:line, that the linked resource page is missing', () => {
    expect(result.warnings).toEqual([
      {
        file: expect.stringMatching(/seed\/update-user\.md$/) as unknown as string,
        line: 34,
        kind: 'resource-page-missing',
        message: 'no resource page for type "user" (../resources/intune_shared_user.md)',
        part: '../resources/intune_shared_user.md',
      },
    ]);
  });

  it('describes the same operation as the hand-written seed spec', () => {
    const imported = normalizedOperations([join(out, 'update-user.yaml')]);
    const handWritten = normalizedOperations([resolve(process.cwd(), 'spec/update-user.yaml')]);
    expect(imported).toEqual(handWritten);
  });

  it('keeps what the page says: permissions with contexts, examples, docs link, licensing', () => {
    const doc = parse(readFileSync(join(out, 'update-user.yaml'), 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const operation = doc.paths['/users/{usersId}']?.patch ?? {};
    expect(operation.operationId).toBe('updateUser');
    expect(operation['x-permissions']).toEqual({
      source: 'https://learn.microsoft.com/en-us/graph/api/update-user?view=graph-rest-1.0',
      schemes: {
        DelegatedWork: {
          contexts: {
            Devices: ['DeviceManagementManagedDevices.ReadWrite.All'],
            MAM: ['DeviceManagementApps.ReadWrite.All'],
            Onboarding: ['DeviceManagementServiceConfig.ReadWrite.All'],
            Troubleshooting: ['DeviceManagementManagedDevices.ReadWrite.All'],
          },
        },
        DelegatedPersonal: { supported: false },
        Application: { supported: false },
      },
    });
    expect(operation.externalDocs).toEqual({ description: 'Update user (Microsoft Graph v1.0 reference)', url: 'https://learn.microsoft.com/en-us/graph/api/update-user?view=graph-rest-1.0' });
    expect(operation['x-licensing']).toMatchObject({ url: 'https://go.microsoft.com/fwlink/?linkid=839381' });
    expect(operation.responses).toMatchObject({ '200': { content: { 'application/json': { example: { '@odata.type': '#microsoft.graph.user', id: 'd36894ae-94ae-d368-ae94-68d3ae9468d3' } } } } });
  });

  it('is deterministic: a second import writes byte-identical files', async () => {
    const again = mkdtempSync(join(tmpdir(), 'apiwright-import-seed-'));
    try {
      await importGraphDocs([SEED_PAGE], { out: again });
      for (const name of ['update-user.yaml', 'graph-components.yaml']) expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('import graph-docs: a page that cannot be imported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-import-broken-'));
  const pages = join(dir, 'pages');
  const spec = join(dir, 'spec');
  mkdirSync(pages);
  copyFileSync(SEED_PAGE, join(pages, 'update-user.md'));
  writeFileSync(join(pages, 'broken-page.md'), '# Broken page\n\n## HTTP Request\n``` http\nsomething else\n```\n');
  const result = await importGraphDocs([pages], { out: spec, cwd: dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is an error for that page only', () => {
    expect(result).toMatchObject({ imported: 1, failed: 1 });
    expect(result.errors).toEqual([{ file: 'pages/broken-page.md', line: 4, message: 'the "HTTP request" block has no "METHOD /path" line' }]);
    expect(result.files.map((f) => f.slice(spec.length + 1)).sort()).toEqual(['graph-components.yaml', 'update-user.yaml']);
    expect(result.pages.map((p) => [p.file, p.status])).toEqual([
      ['pages/broken-page.md', 'failed'],
      ['pages/update-user.md', 'warned'],
    ]);
  });
});
