import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree, makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';

/**
 * `x-permissions` against its schema and the operation's `security`: every disagreement is a spec
 * error (exit 2) reported at the line and column of the offending node, with its JSON pointer, and
 * nothing is written.
 */
describe('x-permissions loader errors', () => {
  let dir: string;
  beforeEach(async () => {
    dir = makeWorkspace();
    const first = await runCli(['generate', '--quiet'], dir);
    expect(first.code, first.stderr).toBe(0);
  });
  afterEach(() => removeWorkspace(dir));

  const seedPath = () => join(dir, 'spec', 'update-user.yaml');
  const editSeed = (from: string, to: string) => {
    const text = readFileSync(seedPath(), 'utf8');
    expect(text.split(from).length, `exactly one "${from}" in the seed`).toBe(2);
    writeFileSync(seedPath(), text.replace(from, to));
  };

  /** 1-based line and column of `needle` in the file, found after the first `after`. */
  function positionOf(file: string, needle: string, after = ''): string {
    const text = readFileSync(join(dir, 'spec', file), 'utf8');
    const offset = text.indexOf(needle, after === '' ? 0 : text.indexOf(after));
    expect(offset, `"${needle}" in ${file}`).toBeGreaterThanOrEqual(0);
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before.at(-1)!.length + 1}`;
  }

  /** Run generate; expect exactly one error, exit 2 and the output untouched. Returns stderr. */
  async function expectError(file: string, at: string, message: string, pointer: string): Promise<string> {
    const before = hashTree(join(dir, 'generated'));
    const result = await runCli(['generate'], dir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`${file}:${at}: error: ${message} (at #${pointer})`);
    expect(result.stderr).toContain('failed with 1 error; nothing was written');
    expect(hashTree(join(dir, 'generated'))).toBe(before);
    return result.stderr;
  }

  const OP = '/paths/~1users~1{usersId}/patch';

  it('reports an unknown permission type at its key', async () => {
    editSeed('          DelegatedPersonal:\n', '          DelegatedPrivate:\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'DelegatedPrivate:'),
      'x-permissions: unknown permission type "DelegatedPrivate" (expected one of DelegatedWork, DelegatedPersonal, Application)',
      `${OP}/x-permissions/schemes/DelegatedPrivate`,
    );
  });

  it('reports an x-permissions scope that is missing from security', async () => {
    editSeed('        - azureAd: [DeviceManagementApps.ReadWrite.All]\n', '');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'DeviceManagementApps.ReadWrite.All', 'MAM:'),
      'x-permissions scope "DeviceManagementApps.ReadWrite.All" is missing from the operation\'s security requirements',
      `${OP}/x-permissions/schemes/DelegatedWork/contexts/MAM/0`,
    );
  });

  it('reports a security scope that is missing from x-permissions', async () => {
    editSeed('        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n', '        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n        - azureAd: [User.ReadWrite.All]\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'User.ReadWrite.All]'),
      'security scope "User.ReadWrite.All" is missing from x-permissions',
      `${OP}/security/3/azureAd/0`,
    );
  });

  it('reports contexts on a not-supported permission type', async () => {
    editSeed('          Application:\n            supported: false\n', '          Application:\n            supported: false\n            contexts:\n              MAM: [DeviceManagementApps.ReadWrite.All]\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'Application:', 'x-permissions:'),
      'x-permissions: Application is marked not supported, so it cannot also list contexts',
      `${OP}/x-permissions/schemes/Application`,
    );
  });

  it('reports scopes and contexts on one permission type', async () => {
    editSeed('          DelegatedWork:\n            contexts:\n', '          DelegatedWork:\n            scopes: [DeviceManagementApps.ReadWrite.All]\n            contexts:\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'DelegatedWork:'),
      'x-permissions: DelegatedWork lists both scopes and contexts: use `contexts` when the scopes vary by context, else `scopes`',
      `${OP}/x-permissions/schemes/DelegatedWork`,
    );
  });

  it('reports a security requirement that needs several scopes at once', async () => {
    editSeed('        - azureAd: [DeviceManagementApps.ReadWrite.All]\n', '        - azureAd: [DeviceManagementApps.ReadWrite.All, DeviceManagementServiceConfig.ReadWrite.All]\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', 'azureAd: [DeviceManagementApps.ReadWrite.All, '),
      'security requirement 1 lists 2 scopes, which OpenAPI reads as "all of them"; the permission table means "any one of them": write one requirement object per scope',
      `${OP}/security/1`,
    );
  });

  it('reports a security requirement that names no scope beside a permission table', async () => {
    editSeed('        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n', '        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n        - {}\n');
    await expectError(
      'update-user.yaml',
      positionOf('update-user.yaml', '{}\n      x-permissions'),
      'security requirement 3 names no scope, so it lets a caller in without one; the permission table (x-permissions) requires one of its scopes: remove the requirement or the table',
      `${OP}/security/3`,
    );
  });

  it('reports invalid x-permissions in a path item reached through $ref, where it is written', async () => {
    writeFile(
      dir,
      'spec/things.yaml',
      [
        'openapi: 3.0.3',
        "info: { title: things, version: '1' }",
        'paths:',
        '  /things:',
        "    $ref: '#/x-path-items/things'",
        'x-path-items:',
        '  things:',
        '    get:',
        '      operationId: listThings',
        "      responses: { '200': { description: ok } }",
        '      security: [{ thingsAuth: [Things.Read] }]',
        '      x-permissions:',
        '        schemes:',
        '          DelegatedWork:',
        '            contexts: 5',
        'components:',
        '  securitySchemes:',
        '    thingsAuth:',
        '      type: oauth2',
        '      flows: { clientCredentials: { tokenUrl: https://example.com/token, scopes: { Things.Read: read } } }',
        '',
      ].join('\n'),
    );
    await expectError(
      'things.yaml',
      positionOf('things.yaml', '5\n'),
      'x-permissions is invalid: schemes/DelegatedWork/contexts: must be object (see README, "The x-permissions extension")',
      '/x-path-items/things/get/x-permissions/schemes/DelegatedWork/contexts',
    );
  });

  it('reports every disagreement of one operation at once', async () => {
    editSeed('        - azureAd: [DeviceManagementApps.ReadWrite.All]\n', '        - azureAd: [User.Read]\n');
    const result = await runCli(['generate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^update-user\.yaml:\d+:\d+: error: x-permissions scope "DeviceManagementApps\.ReadWrite\.All" is missing/m);
    expect(result.stderr).toMatch(/^update-user\.yaml:\d+:\d+: error: security scope "User\.Read" is missing from x-permissions/m);
    expect(result.stderr).toContain('failed with 2 errors; nothing was written');
  });
});
