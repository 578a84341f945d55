import { afterEach, describe, expect, it } from 'vitest';
import { removeWorkspace, runCli } from '../helpers/workspace.js';
import { diffJson, editSeed, find, kinds, SEED, twoVersions } from './helpers.js';

const dirs: string[] = [];
function workspace(base: Record<string, string>, head: Record<string, string>): string {
  const dir = twoVersions(base, head);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) removeWorkspace(dir);
});

describe('apiwright diff on copies of the seed spec', () => {
  it('removing 1000 from the allowed values of deviceEnrollmentLimit is breaking: major', async () => {
    const dir = workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': editSeed('enum: [5, 1000]', 'enum: [5]') });
    const report = await diffJson(dir);
    expect(report.bump).toBe('major');
    expect(report.nextVersion).toBe('2.0.0');
    const change = find(report, (c) => c.kind === 'breaking');
    // Judged in both directions: writers break, readers only see fewer values.
    expect(change).toMatchObject({ scope: 'User', path: '.deviceEnrollmentLimit', directions: ['request', 'response'], judged: { request: 'breaking', response: 'feature' }, message: 'allowed value 1000 removed' });
    expect(change.usedBy).toEqual(['request body of PATCH /users/{usersId}', 'response 200 of PATCH /users/{usersId}']);
    expect(report.changes).toHaveLength(1);
    // Both positions: the property in each version's file.
    const line = SEED.split('\n').findIndex((l) => l.trim() === 'deviceEnrollmentLimit:') + 1;
    expect(change.base).toEqual({ file: 'base/update-user.yaml', line, column: 9 });
    expect(change.head).toEqual({ file: 'spec/update-user.yaml', line, column: 9 });
    expect(report.counts.breaking).toBe(1);
    // The text report names it with both positions and the bump.
    const text = await runCli(['diff', '--base', 'base'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('a major release, packageVersion 1.0.0 → 2.0.0');
    expect(text.stdout).toContain('breaking: User.deviceEnrollmentLimit [request: breaking, response: feature]: allowed value 1000 removed');
    expect(text.stdout).toContain(`spec/update-user.yaml:${line}:9 (was base/update-user.yaml:${line}:9 in base)`);
    // --fail-on breaking turns it into exit 1.
    expect((await runCli(['diff', '--base', 'base', '--fail-on', 'breaking'], dir)).code).toBe(1);
  });

  it('adding an optional property is a feature: minor', async () => {
    const head = editSeed('      properties:\n        id:\n', '      properties:\n        displayName:\n          type: string\n        id:\n');
    const report = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': head }));
    expect(report.bump).toBe('minor');
    expect(report.counts).toEqual({ breaking: 0, feature: 1, fix: 0 });
    expect(kinds(report)).toEqual(['feature: User .displayName: property added [request: feature, response: feature]']);
    expect(report.changes[0]!.head).toMatchObject({ file: 'spec/update-user.yaml', line: head.split('\n').indexOf('        displayName:') + 1 });
  });

  it('adding a required property to a request is breaking', async () => {
    const head = editSeed('      properties:\n        id:\n', '      required: [displayName]\n      properties:\n        displayName:\n          type: string\n        id:\n');
    const report = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': head }));
    expect(report.bump).toBe('major');
    expect(kinds(report)).toEqual(['breaking: User .displayName: required property added [request: breaking, response: feature]']);
  });

  it('editing a description is a fix: patch', async () => {
    const head = editSeed('The limit on the maximum number of devices', 'The most devices');
    const report = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': head }));
    expect(report.bump).toBe('patch');
    expect(report.nextVersion).toBe('1.0.1');
    expect(kinds(report)).toEqual(['fix: User .deviceEnrollmentLimit: description changed [request: fix, response: fix]']);
  });

  it('adding a scope to the permission table is a feature; removing one is breaking', async () => {
    // The loader wants every table scope among the operation's security requirements too.
    const more = editSeed(
      '        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n',
      '        - azureAd: [DeviceManagementServiceConfig.ReadWrite.All]\n        - azureAd: [DeviceManagementConfiguration.ReadWrite.All]\n',
      editSeed('Devices: [DeviceManagementManagedDevices.ReadWrite.All]', 'Devices: [DeviceManagementManagedDevices.ReadWrite.All, DeviceManagementConfiguration.ReadWrite.All]'),
    );
    const added = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': more }));
    expect(kinds(added)).toEqual([
      'feature: PATCH /users/{usersId} security: requirement azureAd:DeviceManagementConfiguration.ReadWrite.All added (it also suffices)',
      'feature: PATCH /users/{usersId} x-permissions DelegatedWork context Devices: scope DeviceManagementConfiguration.ReadWrite.All added (it also suffices)',
    ]);
    expect(added.bump).toBe('minor');
    const removed = await diffJson(workspace({ 'update-user.yaml': more }, { 'update-user.yaml': SEED }));
    expect(kinds(removed)).toEqual([
      'breaking: PATCH /users/{usersId} security: requirement azureAd:DeviceManagementConfiguration.ReadWrite.All no longer suffices',
      'breaking: PATCH /users/{usersId} x-permissions DelegatedWork context Devices: scope DeviceManagementConfiguration.ReadWrite.All removed (a token with only it no longer suffices)',
    ]);
    expect(removed.bump).toBe('major');
    const line = more.split('\n').findIndex((l) => l.includes('Devices: [')) + 1;
    expect(removed.changes[1]!.base).toEqual({ file: 'base/update-user.yaml', line, column: 15 });
    expect(removed.changes[1]!.head).toEqual({ file: 'spec/update-user.yaml', line: SEED.split('\n').findIndex((l) => l.includes('Devices: [')) + 1, column: 15 });
  });

  it('dropping a permission type is breaking', async () => {
    const context = editSeed('              Troubleshooting: [DeviceManagementManagedDevices.ReadWrite.All]\n', '');
    const report = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': context }));
    expect(kinds(report)).toEqual(['breaking: PATCH /users/{usersId} x-permissions DelegatedWork context Troubleshooting: context removed']);
    const application = editSeed('          Application:\n            supported: false', '          Application:\n            scopes: [DeviceManagementManagedDevices.ReadWrite.All]');
    const dropped = await diffJson(workspace({ 'update-user.yaml': application }, { 'update-user.yaml': SEED }));
    expect(kinds(dropped)).toContain('breaking: PATCH /users/{usersId} x-permissions Application: permission type Application dropped');
    const resourced = await diffJson(workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': editSeed('source: https://learn.microsoft.com/en-us/graph/api/intune-shared-user-update?view=graph-rest-1.0', 'source: https://example.com/permissions') }));
    expect(kinds(resourced)).toEqual(['fix: PATCH /users/{usersId} x-permissions: source of the permission table changed']);
  });

  it('moving User into another spec file with the same content is no change', async () => {
    const start = SEED.indexOf('    user:\n');
    const end = SEED.indexOf('    odataError:\n');
    const user = SEED.slice(start, end);
    const main = (SEED.slice(0, start) + SEED.slice(end)).replaceAll("$ref: '#/components/schemas/user'", "$ref: './schemas/user.yaml#/components/schemas/user'");
    const dir = workspace({ 'update-user.yaml': SEED }, { 'update-user.yaml': main, 'schemas/user.yaml': `components:\n  schemas:\n${user}` });
    const report = await diffJson(dir);
    expect(report.changes).toEqual([]);
    expect(report.bump).toBe('none');
    expect(report.head.schemas).toBe(report.base.schemas);
    const text = await runCli(['diff', '--base', 'base', '--fail-on', 'fix'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('no change that matters to consumers');
  });
});
