import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeWorkspace, REPO, runCli } from '../helpers/workspace.js';

/** The generated permissions module of a fixture whose table needs scopes together, loosely typed. */
type Loose = {
  permissions: Record<string, Record<string, unknown>>;
  canCall(operation: string, claims: unknown): unknown;
  requiredScopes(operation: string, options: { scheme: string }): readonly unknown[];
};

const outs: string[] = [];
let out: string;
let m: Loose;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'apiwright-permissions-together-'));
  outs.push(out);
  const result = await runCli(['generate', '--quiet', '--spec', 'test/permissions/fixtures/together', '--out', out], REPO);
  expect(result.code, result.stderr).toBe(0);
  m = (await import(pathToFileURL(join(out, 'dist', 'permissions.js')).href)) as Loose;
}, 120_000);
afterAll(() => outs.splice(0).forEach(removeWorkspace));

describe('a permission cell that needs several scopes together', () => {
  it('is one entry of the scope list: an array of the scopes, in the table order', () => {
    expect(m.permissions.listTokenIssuancePolicies).toMatchObject({
      scopes: ['Policy.Read.All', 'Application.ReadWrite.All', 'Directory.AccessAsUser.All'],
      schemes: {
        DelegatedWork: { supported: true, scopes: [['Policy.Read.All', 'Application.ReadWrite.All'], 'Directory.AccessAsUser.All'], leastPrivileged: ['Policy.Read.All', 'Application.ReadWrite.All'] },
        DelegatedPersonal: { supported: false },
        Application: { supported: true, scopes: [['Policy.Read.All', 'Application.ReadWrite.All']] },
      },
    });
    expect(m.requiredScopes('listTokenIssuancePolicies', { scheme: 'Application' })).toEqual([['Policy.Read.All', 'Application.ReadWrite.All']]);
  });

  it('allows a token only with all of its scopes', () => {
    expect(m.canCall('listTokenIssuancePolicies', { roles: ['Policy.Read.All'] })).toMatchObject({ allowed: false, reason: 'missing-scope', acceptable: [['Policy.Read.All', 'Application.ReadWrite.All']] });
    expect(m.canCall('listTokenIssuancePolicies', { roles: ['Policy.Read.All', 'Application.ReadWrite.All'] })).toEqual({ allowed: true, scheme: 'Application', scope: ['Policy.Read.All', 'Application.ReadWrite.All'] });
    expect(m.canCall('listTokenIssuancePolicies', { scp: 'Directory.AccessAsUser.All' })).toEqual({ allowed: true, scheme: 'DelegatedWork', scope: 'Directory.AccessAsUser.All' });
  });

  it('the mock denies a token with one of them, naming what is needed', async () => {
    const access = (await import(pathToFileURL(join(out, 'dist', 'mocks', 'runtime', 'access.js')).href)) as { decideAccess(operation: string, claims: Record<string, unknown>): unknown };
    expect(access.decideAccess('listTokenIssuancePolicies', { roles: ['Application.ReadWrite.All'] })).toEqual({
      kind: 'denied',
      message: 'Insufficient privileges to complete the operation. listTokenIssuancePolicies needs one of these application permissions: Policy.Read.All and Application.ReadWrite.All.',
      acceptable: ['Policy.Read.All and Application.ReadWrite.All'],
    });
    expect(access.decideAccess('listTokenIssuancePolicies', { roles: ['Application.ReadWrite.All', 'Policy.Read.All'] })).toEqual({ kind: 'allowed' });
  });

  it('the README writes the cell as the reference does', () => {
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/\| Application +\| Policy\.Read\.All and Application\.ReadWrite\.All +\|/);
  });

  it('a security requirement must list the scopes together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiwright-permissions-together-bad-'));
    outs.push(dir);
    const spec = readFileSync(join(REPO, 'test/permissions/fixtures/together/policies.yaml'), 'utf8').replace('        - oauth: [Policy.Read.All, Application.ReadWrite.All]\n', '        - oauth: [Policy.Read.All]\n        - oauth: [Application.ReadWrite.All]\n');
    writeFileSync(join(dir, 'policies.yaml'), spec);
    const result = await runCli(['generate', '--quiet', '--spec', dir, '--out', join(dir, 'out')], REPO);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('x-permissions needs Application.ReadWrite.All and Policy.Read.All together, but no security requirement lists exactly these scopes');
  });
});
