import { describe, expect, it } from 'vitest';
import type { ApiPage } from '../../generator/import/graph-docs/api-page.js';
import { baseNameOf, mergePermissions, workloadOf } from '../../generator/import/graph-docs/merge-operations.js';
import { distinguishingSegments } from '../../generator/import/graph-docs/operation-ids.js';
import type { OperationDraft } from '../../generator/import/graph-docs/page-to-openapi.js';
import type { SchemePermissions } from '../../generator/import/graph-docs/permission-table.js';

function draft(pageName: string, title: string, permissions: Partial<Record<'DelegatedWork' | 'DelegatedPersonal' | 'Application', SchemePermissions>>, resourceType?: string): OperationDraft {
  const page = { pageName, title } as ApiPage;
  const result = { page, summary: title, method: 'get', path: '/users/{usersId}', requestIndex: 0, permissions } as OperationDraft;
  if (resourceType !== undefined) result.resourceType = resourceType;
  return result;
}

const scopes = (...list: string[]): SchemePermissions => ({ kind: 'scopes', scopes: list });

describe('mergePermissions', () => {
  it('keeps equal tables as they are', () => {
    const table = { DelegatedWork: scopes('DeviceManagementApps.ReadWrite.All'), DelegatedPersonal: { kind: 'notSupported' } as const };
    expect(mergePermissions([draft('intune-apps-ioslobapp-get', 'Get iosLobApp', table), draft('intune-apps-webapp-get', 'Get webApp', table)])).toEqual(table);
  });

  it('turns differing tables into contexts named by workload, like the seed page', () => {
    const merged = mergePermissions([
      draft('intune-devices-user-update', 'Update user', { DelegatedWork: scopes('DeviceManagementManagedDevices.ReadWrite.All'), Application: { kind: 'notSupported' } }),
      draft('intune-mam-user-update', 'Update user', { DelegatedWork: scopes('DeviceManagementApps.ReadWrite.All'), Application: { kind: 'notSupported' } }),
      draft('intune-onboarding-user-update', 'Update user', { DelegatedWork: scopes('DeviceManagementServiceConfig.ReadWrite.All'), Application: { kind: 'notSupported' } }),
    ]);
    expect(merged).toEqual({
      DelegatedWork: {
        kind: 'contexts',
        contexts: [
          { name: 'Devices', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] },
          { name: 'MAM', scopes: ['DeviceManagementApps.ReadWrite.All'] },
          { name: 'Onboarding', scopes: ['DeviceManagementServiceConfig.ReadWrite.All'] },
        ],
      },
      Application: { kind: 'notSupported' },
    });
  });
});

describe('operation names', () => {
  it.each([
    ['Update user', 'updateUser'],
    ['Get managedDevice', 'getManagedDevice'],
    ['wipe action', 'wipe'],
    ['getManagedAppPolicies function', 'getManagedAppPolicies'],
  ])('%s → %s', (title, name) => {
    expect(baseNameOf(draft('p', title, {}), undefined)).toBe(name);
  });

  it('names a route merged over derived types after their base type', () => {
    expect(baseNameOf(draft('intune-apps-androidlobapp-update', 'Update androidLobApp', {}, 'androidLobApp'), 'mobileApp')).toBe('updateMobileApp');
  });

  it('tells paths apart by their nearest differing segment', () => {
    expect(distinguishingSegments(['/users/{usersId}/managedDevices/{managedDeviceId}', '/deviceManagement/managedDevices/{managedDeviceId}', '/deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}'])).toEqual(['Users', 'DeviceManagement', 'DetectedApps']);
  });

  it.each([
    ['intune-mam-user-update', 'MAM'],
    ['intune-devices-user-update', 'Devices'],
    ['update-user', 'update-user'],
  ])('workload of %s is %s', (page, workload) => {
    expect(workloadOf(page)).toBe(workload);
  });
});
