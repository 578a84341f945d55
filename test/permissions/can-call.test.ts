import { describe, expect, expectTypeOf, it } from 'vitest';
import { canCall, permissionSchemeOf, PERSONAL_ACCOUNT_TENANT_ID, type CanCallResult } from '../../generated/dist/permissions.js';

/** `canCall` on the seed operation (the committed package; `npm test` checks it is up to date). */
const WORK_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ALL_DELEGATED = ['DeviceManagementManagedDevices.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All', 'DeviceManagementServiceConfig.ReadWrite.All'];

describe('canCall(updateUser)', () => {
  it('allows a delegated work token with DeviceManagementApps.ReadWrite.All', () => {
    expect(canCall('updateUser', { scp: 'openid DeviceManagementApps.ReadWrite.All', tid: WORK_TENANT })).toEqual({
      allowed: true,
      scheme: 'DelegatedWork',
      scope: 'DeviceManagementApps.ReadWrite.All',
    });
  });

  it('says missing-scope for a delegated token with only User.Read, naming the acceptable scopes', () => {
    expect(canCall('updateUser', { scp: 'User.Read', tid: WORK_TENANT })).toEqual({
      allowed: false,
      reason: 'missing-scope',
      scheme: 'DelegatedWork',
      acceptable: ALL_DELEGATED,
    });
  });

  it('says scheme-not-supported for an app-only token, even with a listed scope as a role', () => {
    expect(canCall('updateUser', { roles: ['DeviceManagementApps.ReadWrite.All'], tid: WORK_TENANT })).toEqual({
      allowed: false,
      reason: 'scheme-not-supported',
      scheme: 'Application',
      acceptable: [],
    });
  });

  it('says scheme-not-supported for a personal Microsoft account (tid), whatever its scopes', () => {
    for (const tid of [PERSONAL_ACCOUNT_TENANT_ID, PERSONAL_ACCOUNT_TENANT_ID.toUpperCase()]) {
      expect(canCall('updateUser', { scp: 'DeviceManagementApps.ReadWrite.All', tid })).toEqual({
        allowed: false,
        reason: 'scheme-not-supported',
        scheme: 'DelegatedPersonal',
        acceptable: [],
      });
    }
  });

  it.each([
    ['no claims', undefined],
    ['null claims', null],
    ['empty claims', {}],
    ['only a tenant', { tid: WORK_TENANT }],
  ])('says not-authenticated for %s', (_, claims) => {
    expect(canCall('updateUser', claims)).toEqual({ allowed: false, reason: 'not-authenticated', scheme: null, acceptable: ALL_DELEGATED });
  });

  it('reports the least privileged granted scope when the token has several', () => {
    const result = canCall('updateUser', { scp: 'DeviceManagementManagedDevices.ReadWrite.All DeviceManagementServiceConfig.ReadWrite.All' });
    expect(result).toEqual({ allowed: true, scheme: 'DelegatedWork', scope: 'DeviceManagementServiceConfig.ReadWrite.All' });
  });

  it('checks one context when asked: MAM needs DeviceManagementApps.ReadWrite.All', () => {
    const devicesOnly = { scp: 'DeviceManagementManagedDevices.ReadWrite.All' };
    expect(canCall('updateUser', devicesOnly, { context: 'Devices' })).toMatchObject({ allowed: true, scope: 'DeviceManagementManagedDevices.ReadWrite.All' });
    expect(canCall('updateUser', devicesOnly, { context: 'MAM' })).toEqual({
      allowed: false,
      reason: 'missing-scope',
      scheme: 'DelegatedWork',
      acceptable: ['DeviceManagementApps.ReadWrite.All'],
    });
    // @ts-expect-error an unknown context is a compile error (and a RangeError from JavaScript)
    expect(() => canCall('updateUser', devicesOnly, { context: 'Printers' })).toThrow(RangeError);
  });

  it('compares scopes exactly and ignores empty scp entries', () => {
    expect(canCall('updateUser', { scp: 'devicemanagementapps.readwrite.all' })).toMatchObject({ allowed: false, reason: 'missing-scope' });
    expect(canCall('updateUser', { scp: '  DeviceManagementApps.ReadWrite.All  ' })).toMatchObject({ allowed: true });
    expect(canCall('updateUser', { scp: '' })).toMatchObject({ allowed: false, reason: 'missing-scope', scheme: 'DelegatedWork' });
  });

  it('refuses an unknown operation (compile error, RangeError from JavaScript)', () => {
    // @ts-expect-error not an operation of this API
    expect(() => canCall('deleteUser', { scp: 'x' })).toThrow(RangeError);
    // @ts-expect-error inherited Object members are not operations
    expect(() => canCall('constructor', { scp: 'x' })).toThrow(RangeError);
  });

  it('types the answer with the operation’s literal schemes and scopes', () => {
    const result = canCall('updateUser', { scp: 'x' });
    expectTypeOf(result).toEqualTypeOf<CanCallResult<'updateUser'>>();
    if (result.allowed) {
      expectTypeOf(result.scheme).toEqualTypeOf<'DelegatedWork'>();
      expectTypeOf(result.scope).toEqualTypeOf<'DeviceManagementManagedDevices.ReadWrite.All' | 'DeviceManagementApps.ReadWrite.All' | 'DeviceManagementServiceConfig.ReadWrite.All'>();
    } else {
      expectTypeOf(result.reason).toEqualTypeOf<'not-authenticated' | 'scheme-not-supported' | 'missing-scope'>();
    }
  });
});

describe('permissionSchemeOf', () => {
  it.each([
    [{ scp: 'User.Read', tid: WORK_TENANT }, 'DelegatedWork'],
    [{ scp: 'User.Read' }, 'DelegatedWork'],
    [{ scp: 'User.Read', tid: PERSONAL_ACCOUNT_TENANT_ID }, 'DelegatedPersonal'],
    // delegated tokens may carry app roles of the user too: scp decides
    [{ scp: 'User.Read', roles: ['Admin'] }, 'DelegatedWork'],
    [{ roles: ['Widgets.Read.All'], tid: WORK_TENANT }, 'Application'],
    [{ roles: [] }, 'Application'],
    [{}, undefined],
    [null, undefined],
    [{ scp: 5 }, undefined],
  ] as const)('%j → %s', (claims, scheme) => {
    expect(permissionSchemeOf(claims as never)).toBe(scheme);
  });
});
