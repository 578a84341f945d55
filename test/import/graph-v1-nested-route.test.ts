import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraphDocs } from '../../generator/import/graph-docs/index.js';
import { generateToDisk } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';

/**
 * A page of Graph's general reference (test/fixtures/graph-docs/v1.0-all, CC BY 4.0): "List posts",
 * whose request lines repeat the generic `{id}` (`GET /groups/{id}/threads/{id}/posts`) and whose
 * permission table runs "from least to most privileged". Imported and generated, a strict
 * consumer calls the nested route with two placeholders, and `requiredScopes` gives the page's
 * scopes in the page's order.
 */
const PAGES = join(REPO, 'test', 'fixtures', 'graph-docs', 'v1.0-all');
let dir: string;
let operationId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apiwright-graph-nested-'));
  const result = await importGraphDocs([join(PAGES, 'api', 'conversationthread-list-posts.md'), join(PAGES, 'resources')], { out: join(dir, 'spec') });
  expect(result.errors).toEqual([]);
  await generateToDisk({ cwd: dir, typecheck: true });
  const spec = parse(readFileSync(join(dir, 'spec', 'conversationthread-list-posts.yaml'), 'utf8')) as { paths: Record<string, { get: { operationId: string } }> };
  operationId = spec.paths['/groups/{groupsId}/threads/{threadsId}/posts']!.get.operationId;
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a nested Graph route with repeated {id} placeholders', () => {
  it('gets distinct placeholder names after the seed convention, and the OData options the page supports', () => {
    const spec = parse(readFileSync(join(dir, 'spec', 'conversationthread-list-posts.yaml'), 'utf8')) as { paths: Record<string, { get: { parameters: { name: string; in: string }[]; 'x-ms-pageable'?: unknown; 'x-permissions': { order?: string } } }> };
    expect(Object.keys(spec.paths).sort()).toEqual(['/groups/{groupsId}/conversations/{conversationsId}/threads/{threadsId}/posts', '/groups/{groupsId}/threads/{threadsId}/posts']);
    const get = spec.paths['/groups/{groupsId}/threads/{threadsId}/posts']!.get;
    expect(get.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(['groupsId', 'threadsId']);
    expect(get.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count']);
    expect(get['x-ms-pageable']).toEqual({ nextLinkName: '@odata.nextLink' });
    expect(get['x-permissions'].order).toBe('leastToMost');
  });

  it('compiles a strict consumer calling it through the fluent client, with requiredScopes typed in the page order', () => {
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { createClient } from './generated/src/index.js';
import { requiredScopes, permissions } from './generated/src/permissions.js';
const client = createClient({ getToken: async () => 'token' });
export const posts = (group: string, thread: string) => client.groups.byGroupsId(group).threads.byThreadsId(thread).posts.get();
export const scopes: readonly ['Group.Read.All', 'Group.ReadWrite.All'] = requiredScopes(${JSON.stringify(operationId)}, { scheme: 'DelegatedWork' });
export const least: 'Group.Read.All' = permissions.${operationId}.schemes.Application.leastPrivileged;
// @ts-expect-error the route has two placeholders
client.groups.byGroupsId('g').posts;
`,
    );
    const program = ts.createProgram([join(dir, 'consumer.ts')], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [] });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('gives the page\'s scopes in the page\'s order at run time, least privileged first', async () => {
    const module = (await import(pathToFileURL(join(dir, 'generated', 'dist', 'permissions.js')).href)) as { requiredScopes: (op: string, o: { scheme: string }) => readonly string[]; permissions: Record<string, { schemes: Record<string, { leastPrivileged: string }> }> };
    expect(module.requiredScopes(operationId, { scheme: 'DelegatedWork' })).toEqual(['Group.Read.All', 'Group.ReadWrite.All']);
    expect(module.permissions[operationId]!.schemes.DelegatedWork!.leastPrivileged).toBe('Group.Read.All');
    const readme = readFileSync(join(dir, 'generated', 'README.md'), 'utf8');
    expect(readme).toMatch(/\|\s*Permission type\s*\|\s*Permissions \(from least to most privileged\)\s*\|/);
  });
});
