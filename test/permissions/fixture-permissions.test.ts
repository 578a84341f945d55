import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeWorkspace, REPO, runCli } from '../helpers/workspace.js';

/** The generated permissions module of a fixture spec (generated into a temp folder, imported), loosely typed. */
type Loose = {
  permissions: Record<string, Record<string, unknown> & { schemes: Record<string, Record<string, unknown>> | null }>;
  canCall(operation: string, claims: unknown, options?: { context?: string }): unknown;
  requiredScopes(operation: string, options: { scheme: string; context?: string }): readonly string[];
};

const outs: string[] = [];
async function generateFixture(name: string): Promise<Loose> {
  const out = mkdtempSync(join(tmpdir(), `apiwright-permissions-${name}-`));
  outs.push(out);
  const result = await runCli(['generate', '--quiet', '--spec', `test/permissions/fixtures/${name}`, '--out', out], REPO);
  expect(result.code, result.stderr).toBe(0);
  return (await import(pathToFileURL(join(out, 'dist', 'permissions.js')).href)) as Loose;
}
afterAll(() => outs.splice(0).forEach(removeWorkspace));

describe('operations with plain scope lists and without a permission table', () => {
  let m: Loose;
  beforeAll(async () => {
    m = await generateFixture('tables');
  });

  it('keeps a table with plain scopes: least privileged last, unlisted types not supported', () => {
    expect(m.permissions.getWidget).toEqual({
      operation: 'getWidget',
      method: 'GET',
      path: '/widgets/{widgetId}',
      source: 'https://widgets.example.com/docs/get-widget',
      basis: 'x-permissions',
      authentication: 'scope',
      scopes: ['Widgets.ReadWrite.All', 'Widgets.Read.All'],
      schemes: {
        DelegatedWork: { supported: true, scopes: ['Widgets.ReadWrite.All', 'Widgets.Read.All'], leastPrivileged: 'Widgets.Read.All' },
        DelegatedPersonal: { supported: false },
        Application: { supported: true, scopes: ['Widgets.Read.All'], leastPrivileged: 'Widgets.Read.All' },
      },
    });
    expect(m.canCall('getWidget', { roles: ['Widgets.Read.All'] })).toEqual({ allowed: true, scheme: 'Application', scope: 'Widgets.Read.All' });
    expect(m.canCall('getWidget', { roles: ['Widgets.ReadWrite.All'] })).toEqual({ allowed: false, reason: 'missing-scope', scheme: 'Application', acceptable: ['Widgets.Read.All'] });
    expect(m.canCall('getWidget', { scp: 'Widgets.ReadWrite.All' })).toEqual({ allowed: true, scheme: 'DelegatedWork', scope: 'Widgets.ReadWrite.All' });
    expect(m.requiredScopes('getWidget', { scheme: 'Application' })).toEqual(['Widgets.Read.All']);
  });

  it('keeps the security scopes of an operation without a table: any requirement, its scopes together', () => {
    expect(m.permissions.listWidgets).toMatchObject({
      basis: 'security',
      authentication: 'scope',
      source: null,
      scopes: ['Widgets.Read.All', 'Widgets.Admin', 'Widgets.Audit'],
      requirements: [['Widgets.Read.All'], ['Widgets.Admin', 'Widgets.Audit']],
      schemes: null,
    });
    // Which permission types accept the scopes is unknown: any type with a scope passes.
    expect(m.canCall('listWidgets', { roles: ['Widgets.Read.All'] })).toEqual({ allowed: true, scheme: 'Application', scope: 'Widgets.Read.All' });
    expect(m.canCall('listWidgets', { scp: 'Widgets.Admin Widgets.Audit', tid: '9188040d-6c67-4c5b-b112-36a304b66dad' })).toEqual({ allowed: true, scheme: 'DelegatedPersonal', scope: 'Widgets.Admin' });
    expect(m.canCall('listWidgets', { scp: 'Widgets.Admin' })).toEqual({
      allowed: false,
      reason: 'missing-scope',
      scheme: 'DelegatedWork',
      acceptable: ['Widgets.Read.All', 'Widgets.Admin', 'Widgets.Audit'],
    });
    expect(m.canCall('listWidgets', undefined)).toMatchObject({ allowed: false, reason: 'not-authenticated' });
    expect(m.requiredScopes('listWidgets', { scheme: 'DelegatedPersonal' })).toEqual(['Widgets.Read.All', 'Widgets.Admin', 'Widgets.Audit']);
  });

  it('lets anyone call an operation with an empty security requirement', () => {
    expect(m.permissions.getHealth).toMatchObject({ basis: 'security', authentication: 'none', scopes: [], schemes: null });
    expect(m.canCall('getHealth', undefined)).toEqual({ allowed: true, scheme: null, scope: null });
    expect(m.canCall('getHealth', { scp: 'x' })).toEqual({ allowed: true, scheme: 'DelegatedWork', scope: null });
  });

  it('lets any authenticated caller call an operation whose requirement names no scope', () => {
    expect(m.permissions.getStatus).toMatchObject({ basis: 'security', authentication: 'token', scopes: [] });
    expect(m.canCall('getStatus', { roles: [] })).toEqual({ allowed: true, scheme: 'Application', scope: null });
    expect(m.canCall('getStatus', {})).toMatchObject({ allowed: false, reason: 'not-authenticated' });
  });
});

describe('spec strings that look like code', () => {
  let m: Loose;
  beforeAll(async () => {
    m = await generateFixture('hostile');
  });

  it('keeps hostile context names as data, __proto__ as an own property', () => {
    const contexts = m.permissions.hostile!.schemes!.DelegatedWork!.contexts as Record<string, { scopes: string[] }>;
    expect(Object.keys(contexts)).toEqual(['a|b', '<script>alert(1)</script>', '__proto__']);
    expect(Object.hasOwn(contexts, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(contexts)).toBe(Object.prototype);
    expect(m.requiredScopes('hostile', { scheme: 'DelegatedWork', context: '__proto__' })).toEqual(['Scope.`tick`']);
    expect(m.canCall('hostile', { scp: 'Scope.With|Pipe' }, { context: 'a|b' })).toEqual({ allowed: true, scheme: 'DelegatedWork', scope: 'Scope.With|Pipe' });
    expect(() => m.requiredScopes('hostile', { scheme: 'DelegatedWork', context: 'toString' })).toThrow(RangeError);
    expect(m.permissions.hostile!.source).toBe('javascript:alert(1)');
  });
});
