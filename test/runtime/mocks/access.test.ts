import { describe, expect, it } from 'vitest';
import { decideAccess, needsToken } from '../../../runtime/mocks/access.js';
import { permissions } from '../../../generated/src/permissions.js';
import { PERSONAL_ACCOUNT } from '../../../generated/src/mocks/runtime/flavour.js';

// Against the seed's generated permissions (the stand-in for `../../permissions.js`): `updateUser`
// accepts delegated work-or-school scopes only.
const operation = 'updateUser';
const workScope = permissions.updateUser.scopes[0]!;

describe('runtime/mocks/access', () => {
  it('needs a token for operations with a permission table, and for operations it does not know', () => {
    expect(needsToken(operation)).toBe(true);
    expect(needsToken('noSuchOperation')).toBe(true);
  });

  it('allows a delegated work token with an acceptable scope', () => {
    expect(decideAccess(operation, { scp: `Other.Read ${workScope}` })).toEqual({ kind: 'allowed' });
  });

  it('denies a token without an acceptable scope, naming the scopes that would do', () => {
    const decision = decideAccess(operation, { scp: 'User.Read' });
    expect(decision.kind).toBe('denied');
    if (decision.kind === 'denied') {
      expect(decision.acceptable).toContain(workScope);
      expect(decision.message).toContain('needs one of these delegated (work or school account) permissions');
    }
  });

  it('denies a permission type the operation does not support, in the flavour\'s words', () => {
    const decision = decideAccess(operation, { scp: workScope, tid: '9188040d-6c67-4c5b-b112-36a304b66dad' });
    expect(decision.kind).toBe('denied');
    if (decision.kind === 'denied') expect(decision.message).toContain(`does not support delegated (${PERSONAL_ACCOUNT}) permissions`);
  });

  it('calls a token without scp or roles unauthenticated, and denies unknown operations', () => {
    expect(decideAccess(operation, { tid: 'x' })).toMatchObject({ kind: 'unauthenticated' });
    expect(decideAccess('noSuchOperation', { scp: workScope })).toMatchObject({ kind: 'denied', acceptable: [] });
  });

  it('decides once per frozen claims object and operation, and decides afresh for claims that may change', () => {
    const claims = Object.freeze({ scp: workScope });
    const first = decideAccess(operation, claims);
    expect(first).toEqual({ kind: 'allowed' });
    expect(decideAccess(operation, claims)).toBe(first);
    const denied = Object.freeze({ roles: Object.freeze(['Some.Role']) });
    expect(decideAccess(operation, denied)).toBe(decideAccess(operation, denied));
    expect(Object.isFrozen(decideAccess(operation, denied))).toBe(true);
    // Mutable claims are not remembered: a change is seen.
    const mutable: Record<string, unknown> = { scp: 'User.Read' };
    expect(decideAccess(operation, mutable).kind).toBe('denied');
    mutable.scp = workScope;
    expect(decideAccess(operation, mutable).kind).toBe('allowed');
    // Frozen claims whose roles may still change: decided afresh each time.
    const shallow = Object.freeze({ roles: ['Some.Role'] });
    expect(decideAccess(operation, shallow)).toEqual(decideAccess(operation, denied));
    expect(decideAccess(operation, shallow)).not.toBe(decideAccess(operation, shallow));
  });
});
