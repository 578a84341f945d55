import { describe, expect, expectTypeOf, it } from 'vitest';
import { permissions, requiredScopes, type OperationId, type PermissionContext, type SupportedScheme } from '../../generated/dist/permissions.js';

/**
 * `requiredScopes` and the metadata of the seed operation: values checked by vitest, types by
 * `tsc --noEmit` (`npm test`), from the committed package's declarations.
 */
describe('requiredScopes(updateUser)', () => {
  it('gives the literal scope tuple of one context', () => {
    const scopes = requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'MAM' });
    expectTypeOf(scopes).toEqualTypeOf<readonly ['DeviceManagementApps.ReadWrite.All']>();
    expect(scopes).toEqual(['DeviceManagementApps.ReadWrite.All']);

    const devices = requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'Devices' });
    expectTypeOf(devices).toEqualTypeOf<readonly ['DeviceManagementManagedDevices.ReadWrite.All']>();
    expect(devices).toEqual(['DeviceManagementManagedDevices.ReadWrite.All']);
  });

  it('gives every context’s scopes without a context, in table order', () => {
    const scopes = requiredScopes('updateUser', { scheme: 'DelegatedWork' });
    expectTypeOf(scopes).toEqualTypeOf<readonly ['DeviceManagementManagedDevices.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All', 'DeviceManagementServiceConfig.ReadWrite.All']>();
    expect(scopes).toEqual(['DeviceManagementManagedDevices.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All', 'DeviceManagementServiceConfig.ReadWrite.All']);
  });

  it('does not compile (and throws) for an unknown context, an unsupported or unknown type, an unknown operation', () => {
    // @ts-expect-error unknown context
    expect(() => requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'Printers' })).toThrow(RangeError);
    // @ts-expect-error Application is not supported by updateUser
    expect(() => requiredScopes('updateUser', { scheme: 'Application' })).toThrow(/does not support the Application permission type/);
    // @ts-expect-error DelegatedPersonal is not supported by updateUser
    expect(() => requiredScopes('updateUser', { scheme: 'DelegatedPersonal' })).toThrow(RangeError);
    // @ts-expect-error not a permission type
    expect(() => requiredScopes('updateUser', { scheme: 'Delegated' })).toThrow(/unknown permission type "Delegated"/);
    // @ts-expect-error not an operation
    expect(() => requiredScopes('toString', { scheme: 'DelegatedWork' })).toThrow(/unknown operation "toString"/);
  });

  it('names the supported types and contexts in types', () => {
    expectTypeOf<OperationId>().toEqualTypeOf<'updateUser'>();
    expectTypeOf<SupportedScheme<'updateUser'>>().toEqualTypeOf<'DelegatedWork'>();
    expectTypeOf<PermissionContext<'updateUser', 'DelegatedWork'>>().toEqualTypeOf<'Devices' | 'MAM' | 'Onboarding' | 'Troubleshooting'>();
    expectTypeOf<PermissionContext<'updateUser', 'Application'>>().toEqualTypeOf<never>();
  });
});

describe('permissions.updateUser', () => {
  it('carries the seed’s table as data, least privileged scope per context, and its source', () => {
    const entry = permissions.updateUser;
    expect(entry).toMatchObject({
      operation: 'updateUser',
      method: 'PATCH',
      path: '/users/{usersId}',
      source: 'https://learn.microsoft.com/en-us/graph/api/intune-shared-user-update?view=graph-rest-1.0',
      basis: 'x-permissions',
      authentication: 'scope',
    });
    expect(entry.schemes.DelegatedPersonal).toEqual({ supported: false });
    expect(entry.schemes.Application).toEqual({ supported: false });
    expect(Object.keys(entry.schemes.DelegatedWork.contexts)).toEqual(['Devices', 'MAM', 'Onboarding', 'Troubleshooting']);
    expect(entry.schemes.DelegatedWork.contexts.Troubleshooting).toEqual({
      scopes: ['DeviceManagementManagedDevices.ReadWrite.All'],
      leastPrivileged: 'DeviceManagementManagedDevices.ReadWrite.All',
    });
    expectTypeOf(entry.schemes.DelegatedWork.contexts.MAM.leastPrivileged).toEqualTypeOf<'DeviceManagementApps.ReadWrite.All'>();
    expectTypeOf(entry.schemes.Application.supported).toEqualTypeOf<false>();
  });

  it('is frozen: a caller cannot change what the mocks enforce', () => {
    const scopes = requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'MAM' }) as unknown as string[];
    expect(() => scopes.push('User.Read')).toThrow(TypeError);
    expect(Object.isFrozen(permissions.updateUser.schemes.DelegatedWork.contexts)).toBe(true);
    expect(requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'MAM' })).toEqual(['DeviceManagementApps.ReadWrite.All']);
  });
});
