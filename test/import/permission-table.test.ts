import { describe, expect, it } from 'vitest';
import { parsePermissionTable, scopesOf } from '../../generator/import/graph-docs/permission-table.js';
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
