import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesOf, parsePermissionTable, scopesOf } from '../../generator/import/graph-docs/permission-table.js';
import { REPO } from '../helpers/workspace.js';
import { sink, tableOf } from './helpers.js';

// test/fixtures/seed/update-user.md
const SEED = `
|Permission type|Permissions (from most to least privileged)|
|:---|:---|
|Delegated (work or school account)| _varies by context_|
| &nbsp; &nbsp; Devices | DeviceManagementManagedDevices.ReadWrite.All |
| &nbsp; &nbsp; MAM | DeviceManagementApps.ReadWrite.All |
| &nbsp; &nbsp; Onboarding | DeviceManagementServiceConfig.ReadWrite.All |
| &nbsp; &nbsp; Troubleshooting | DeviceManagementManagedDevices.ReadWrite.All |
|Delegated (personal Microsoft account)|Not supported.|
|Application|Not supported.|
`;

// test/fixtures/graph-docs/v1.0/api/intune-devices-manageddevice-get.md
const LEAST_TO_MOST = `
|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|DeviceManagementManagedDevices.Read.All, DeviceManagementManagedDevices.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|DeviceManagementManagedDevices.Read.All, DeviceManagementManagedDevices.ReadWrite.All|
`;

describe('parsePermissionTable', () => {
  it('reads "varies by context" sub-rows and "Not supported."', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOf(SEED), warnings);
    expect(table.statedOrder).toBe('mostToLeast');
    expect(table.schemes).toEqual({
      DelegatedWork: {
        kind: 'contexts',
        contexts: [
          { name: 'Devices', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] },
          { name: 'MAM', scopes: ['DeviceManagementApps.ReadWrite.All'] },
          { name: 'Onboarding', scopes: ['DeviceManagementServiceConfig.ReadWrite.All'] },
          { name: 'Troubleshooting', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] },
        ],
      },
      DelegatedPersonal: { kind: 'notSupported' },
      Application: { kind: 'notSupported' },
    });
    expect(scopesOf(table)).toEqual(['DeviceManagementManagedDevices.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All', 'DeviceManagementServiceConfig.ReadWrite.All']);
    expect(warnings.warnings).toEqual([]);
  });

  it('keeps the scopes of a "least to most privileged" table in the page\'s order, and records the order', () => {
    const table = parsePermissionTable(tableOf(LEAST_TO_MOST), sink());
    expect(table.statedOrder).toBe('leastToMost');
    expect(table.schemes.DelegatedWork).toEqual({ kind: 'scopes', scopes: ['DeviceManagementManagedDevices.Read.All', 'DeviceManagementManagedDevices.ReadWrite.All'] });
    expect(table.schemes.Application).toEqual(table.schemes.DelegatedWork);
  });

  it('splits scopes separated by spaces only (intune-deviceconfig-windows10generalconfiguration pages)', () => {
    const table = parsePermissionTable(
      tableOf(`
|Permission type|Permissions (from most to least privileged)|
|:---|:---|
|Delegated (work or school account)|DeviceManagementConfiguration.ReadWrite.All DeviceManagementConfiguration.Read.All|
`),
      sink(),
    );
    expect(table.schemes.DelegatedWork).toEqual({ kind: 'scopes', scopes: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementConfiguration.Read.All'] });
  });

  it('warns with file:line about a cell without scopes (intune-cirrus-officeclientconfigurationassignment-get.md)', () => {
    const warnings = sink();
    const table = parsePermissionTable(
      tableOf(`
|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|**TODO: Determine scopes **|
|Delegated (personal Microsoft account)|Not supported.|
`),
      warnings,
    );
    expect(table.schemes).toEqual({ DelegatedPersonal: { kind: 'notSupported' } });
    expect(warnings.warnings).toEqual([{ file: 'page.md', line: 4, kind: 'permission-scopes-missing', message: 'no scope names in this permission cell', part: '**TODO: Determine scopes **' }]);
  });

  it('warns about unknown permission types', () => {
    const warnings = sink();
    parsePermissionTable(tableOf('|Permission type|Permissions|\n|:--|:--|\n|Delegated (guest)|User.Read|\n'), warnings);
    expect(warnings.warnings.map((w) => [w.kind, w.line, w.part])).toEqual([['permission-row-unparsed', 3, 'Delegated (guest)']]);
  });
});

describe('permission cells of the general reference (test/fixtures/graph-docs/v1.0-all/api)', () => {
  const tableOfPage = (name: string) => {
    const markdown = readFileSync(join(REPO, 'test', 'fixtures', 'graph-docs', 'v1.0-all', 'api', name), 'utf8');
    const start = markdown.search(/^\|\s*Permission type/im);
    return tableOf(markdown.slice(start));
  };

  it('"A and B" is one entry needing both; the alternatives stay in the page order (application-list.md)', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOfPage('application-list.md'), warnings);
    expect(table.schemes.DelegatedPersonal).toEqual({ kind: 'scopes', scopes: [{ allOf: ['Application.Read.All', 'User.Read'] }, { allOf: ['Application.ReadWrite.All', 'User.Read'] }] });
    expect(entriesOf(table)).toContainEqual({ allOf: ['Application.Read.All', 'User.Read'] });
    expect(scopesOf(table)).toContain('User.Read');
    expect(warnings.warnings).toEqual([]);
  });

  it('"A, B, or C" lists three alternatives (educationclass-delta.md)', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOfPage('educationclass-delta.md'), warnings);
    expect(table.schemes.DelegatedWork).toEqual({ kind: 'scopes', scopes: ['EduRoster.ReadBasic', 'EduRoster.Read', 'EduRoster.ReadWrite'] });
    expect(warnings.warnings).toEqual([]);
  });

  it('a footnote mark is not part of the scope (channel-delete.md: `Channel.Delete.Group*`)', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOfPage('channel-delete.md'), warnings);
    expect(table.schemes.Application).toEqual({ kind: 'scopes', scopes: ['Channel.Delete.Group', 'Channel.Delete.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] });
    expect(warnings.warnings).toEqual([]);
  });

  it('"Not applicable" is a permission type that does not apply (datapolicyoperation-get.md)', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOfPage('datapolicyoperation-get.md'), warnings);
    expect(table.schemes.DelegatedPersonal).toEqual({ kind: 'notSupported' });
    expect(warnings.warnings).toEqual([]);
  });

  it('contexts written inside one cell, before the scopes (profilephoto-get.md, conversationmember-update.md)', () => {
    const warnings = sink();
    const photo = parsePermissionTable(tableOfPage('profilephoto-get.md'), warnings);
    expect(photo.schemes.Application).toEqual({
      kind: 'contexts',
      contexts: [
        { name: 'For user resource', scopes: ['User.Read.All', 'User.ReadWrite.All'] },
        { name: 'For group resource', scopes: ['Group.Read.All', 'Group.ReadWrite.All'] },
        { name: 'For contact resource', scopes: ['Contacts.Read', 'Contacts.ReadWrite'] },
      ],
    });
    const member = parsePermissionTable(tableOfPage('conversationmember-update.md'), warnings);
    expect(member.schemes.DelegatedWork).toEqual({ kind: 'contexts', contexts: [{ name: 'In teams', scopes: ['TeamMember.ReadWrite.All'] }, { name: 'In channels', scopes: ['ChannelMember.ReadWrite.All'] }] });
    expect(warnings.warnings).toEqual([]);
  });

  it('contexts written inside one cell, after the scopes (chatmessage-update.md)', () => {
    const warnings = sink();
    const table = parsePermissionTable(tableOfPage('chatmessage-update.md'), warnings);
    expect(table.schemes.Application).toEqual({ kind: 'contexts', contexts: [{ name: 'for a chat message', scopes: ['Chat.UpdatePolicyViolation.All'] }, { name: 'for a channel message', scopes: ['ChannelMessage.UpdatePolicyViolation.All'] }] });
    expect(warnings.warnings).toEqual([]);
  });
});
