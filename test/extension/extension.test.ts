import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/index.js';
import { makeWorkspace, removeWorkspace, REPO } from '../helpers/workspace.js';

/**
 * The generator grows by adding spec files: a second Graph Intune operation, written from
 * test/fixtures/graph-docs/v1.0/api/intune-apps-mobileappcategory-update.md with its own permission
 * table and $refs into the seed's file, dropped into a copy of spec/.
 */
let seedOnly: string;
let extended: string;

beforeAll(async () => {
  seedOnly = makeWorkspace();
  extended = makeWorkspace();
  copyFileSync(join(REPO, 'test', 'fixtures', 'extension', 'update-mobile-app-category.yaml'), join(extended, 'spec', 'update-mobile-app-category.yaml'));
  await generateToDisk({ cwd: seedOnly });
  await generateToDisk({ cwd: extended });
}, 300_000);
afterAll(() => {
  removeWorkspace(seedOnly);
  removeWorkspace(extended);
});

const read = (dir: string, path: string) => readFileSync(join(dir, 'generated', path), 'utf8');
const load = async (path: string) => (await import(pathToFileURL(join(extended, 'generated', path)).href)) as Record<string, any>;

/** Top-level declarations of a module by name, with their full text (comments included). */
function declarations(text: string): Map<string, string> {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, string>();
  for (const statement of file.statements) {
    const names: string[] = [];
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    for (const name of names) out.set(name, statement.getFullText().trim());
  }
  return out;
}

describe('a second spec file', () => {
  it('adds types, request and response views', () => {
    const types = read(extended, 'src/types.ts');
    expect(types).toMatch(/export type MobileAppCategory = \{[\s\S]*?readonly lastModifiedDateTime\?: string;/);
    expect(types).toMatch(/export type MobileAppCategoryWritable = \{[\s\S]*?displayName\?: string;\n\};/);
    expect(types).toContain('export type UpdateMobileAppCategoryRequestBody = MobileAppCategoryWritable;');
  });

  it('adds a request builder and a fluent route', async () => {
    const client = await load('dist/client.js');
    const request = client.buildUpdateMobileAppCategoryRequest({ path: { mobileAppCategoryId: 'a/b' } }, { displayName: 'x' });
    expect(request).toMatchObject({ method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/deviceAppManagement/mobileAppCategories/a%2Fb' });
    const api = client.createClient({ getToken: () => 't', fetch: async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }) });
    expect(typeof api.deviceAppManagement.mobileAppCategories.byMobileAppCategoryId('x').patch).toBe('function');
  });

  it('adds validators that reject the readOnly property in requests', async () => {
    const validators = await load('dist/validators.js');
    expect(validators.validateMobileAppCategoryWritable({ displayName: 'Games' }).ok).toBe(true);
    expect(validators.validateUpdateMobileAppCategoryRequestBody({ lastModifiedDateTime: '2020-01-01T00:00:00Z' }).ok).toBe(false);
  });

  it('adds permissions, where the application permission type is supported', async () => {
    const permissions = await load('dist/permissions.js');
    expect(permissions.requiredScopes('updateMobileAppCategory', { scheme: 'Application' })).toEqual(['DeviceManagementApps.ReadWrite.All']);
    expect(permissions.canCall('updateMobileAppCategory', { roles: ['DeviceManagementApps.ReadWrite.All'] })).toMatchObject({ allowed: true });
    expect(permissions.canCall('updateUser', { roles: ['DeviceManagementApps.ReadWrite.All'] })).toMatchObject({ allowed: false });
  });

  it('adds mock handling for the new route', async () => {
    const mocks = await load('dist/mocks/index.js');
    const api = mocks.createMockApi();
    const token = mocks.mockToken({ scheme: 'Application', scopes: ['DeviceManagementApps.ReadWrite.All'] });
    const response = await api.handle(new Request('https://graph.microsoft.com/v1.0/deviceAppManagement/mobileAppCategories/f1fc9713-9713-f1fc-1397-fcf11397fcf1', { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Games' }) }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ displayName: 'Games' });
  });

  it("leaves the seed's outputs unchanged byte for byte", () => {
    // Every declaration the seed-only package has is the same text in the extended package,
    // except the few that list every operation (they gain the new one).
    const aggregates = new Set(['permissions', 'permissionTable', 'PermissionTableType', 'Schemas', 'createClient', 'ApiClient', 'OperationId', 'OperationError', 'schemas', 'jsonSchema$defs', 'jsonSchema$roots', 'MOCK_ROUTES', 'MOCK_SEED_DATA']);
    const changed: string[] = [];
    for (const path of ['src/types.ts', 'src/validators.ts', 'src/permissions.ts', 'src/client.ts', 'src/mocks/api.ts']) {
      const before = declarations(read(seedOnly, path));
      const after = declarations(read(extended, path));
      for (const [name, text] of before) {
        if (aggregates.has(name)) continue;
        if (after.get(name) !== text) changed.push(`${path}: ${name}`);
      }
    }
    expect(changed).toEqual([]);
    // Files that do not depend on the spec at all are identical.
    for (const path of ['src/runtime/request.ts', 'src/runtime/validation.ts', 'src/mocks/runtime/core.ts']) expect(read(extended, path), path).toBe(read(seedOnly, path));
  });

  it("keeps the seed's entries in the tables that list every operation", async () => {
    const loadFrom = async (dir: string, path: string) => (await import(pathToFileURL(join(dir, 'generated', path)).href)) as Record<string, any>;
    const [before, after] = await Promise.all([loadFrom(seedOnly, 'dist/permissions.js'), loadFrom(extended, 'dist/permissions.js')]);
    expect(after.permissions.updateUser).toEqual(before.permissions.updateUser);
    expect(Object.keys(after.permissions).sort()).toEqual(['updateMobileAppCategory', 'updateUser']);
  });
});
