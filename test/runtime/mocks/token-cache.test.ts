import { describe, expect, it } from 'vitest';
import { mockToken, readBearerToken } from '../../../runtime/mocks/token.js';

describe('readBearerToken keeps what it decoded', () => {
  it('answers the same header with the same frozen claims, and different headers with their own', () => {
    const a = mockToken({ scheme: 'DelegatedWork', scopes: ['A.Read'], claims: { groups: ['g1'] } });
    const b = mockToken({ scheme: 'Application', scopes: ['B.Read.All'] });
    const first = readBearerToken(`Bearer ${a}`);
    const again = readBearerToken(`Bearer ${a}`);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.claims).toBe(first.claims);
    expect(first.claims['scp']).toBe('A.Read');
    expect(Object.isFrozen(first.claims)).toBe(true);
    expect(Object.isFrozen(first.claims['groups'])).toBe(true);
    expect(() => ((first.claims as Record<string, unknown>)['scp'] = 'Everything')).toThrow(TypeError);
    const other = readBearerToken(`bearer ${b}`);
    expect(other.ok && other.claims['roles']).toEqual(['B.Read.All']);
  });

  it('stays right past the number of headers it keeps', () => {
    const tokens = Array.from({ length: 600 }, (_, i) => mockToken({ scheme: 'DelegatedWork', scopes: [`Scope${i}.Read`] }));
    for (let round = 0; round < 2; round++) {
      tokens.forEach((token, i) => {
        const read = readBearerToken(`Bearer ${token}`);
        expect(read.ok && read.claims['scp']).toBe(`Scope${i}.Read`);
      });
    }
  });

  it('keeps refusals as they were: missing, not Bearer, malformed', () => {
    expect(readBearerToken(null)).toMatchObject({ ok: false, problem: 'missing' });
    expect(readBearerToken('Basic dXNlcjpwYXNz')).toMatchObject({ ok: false, problem: 'not-bearer' });
    expect(readBearerToken('Bearer a.b')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readBearerToken('Bearer a.b')).toMatchObject({ ok: false, problem: 'malformed' });
  });
});
