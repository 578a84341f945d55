import { describe, expect, it } from 'vitest';
import { MOCK_WORK_TENANT_ID, mockToken, readBearerToken } from '../../../runtime/mocks/token.js';
import { PERSONAL_ACCOUNT_TENANT_ID } from '../../../generated/src/permissions.js';
import { TOKEN_AUDIENCE } from '../../../generated/src/mocks/runtime/flavour.js';

function claimsOf(token: string): Record<string, unknown> {
  const read = readBearerToken(`Bearer ${token}`);
  if (!read.ok) throw new Error(read.message);
  return read.claims;
}

describe('runtime/mocks/token', () => {
  it('makes an unsigned JWT whose claims read back: scp for delegated, roles for application', () => {
    const token = mockToken({ scheme: 'DelegatedWork', scopes: ['User.Read', 'Mail.Send'], claims: { oid: 'o1', scp: 'ignored' } });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.$/);
    expect(claimsOf(token)).toEqual({ aud: TOKEN_AUDIENCE, oid: 'o1', tid: MOCK_WORK_TENANT_ID, scp: 'User.Read Mail.Send' });
    expect(claimsOf(mockToken({ scheme: 'Application', scopes: ['User.Read.All'] }))).toMatchObject({ roles: ['User.Read.All'] });
  });

  it('gives personal-account tokens the personal tenant, and writes expiry in seconds', () => {
    const claims = claimsOf(mockToken({ scheme: 'DelegatedPersonal', scopes: [], expiresAt: new Date('2030-01-01T00:00:10.900Z') }));
    expect(claims.tid).toBe(PERSONAL_ACCOUNT_TENANT_ID);
    expect(claims.exp).toBe(Date.parse('2030-01-01T00:00:10Z') / 1000);
  });

  it('refuses a missing, non-Bearer or malformed Authorization header, saying why', () => {
    expect(readBearerToken(null)).toMatchObject({ ok: false, problem: 'missing' });
    expect(readBearerToken('Bearer ')).toMatchObject({ ok: false, problem: 'missing' });
    expect(readBearerToken('Basic abc')).toMatchObject({ ok: false, problem: 'not-bearer' });
    expect(readBearerToken('Bearer a.b')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readBearerToken('Bearer e30.bm90IGpzb24.')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readBearerToken('bearer e30.e30.')).toEqual({ ok: true, claims: {} });
  });
});
