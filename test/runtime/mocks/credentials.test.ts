import { describe, expect, it } from 'vitest';
import { basicUser, missingCredentials, type MockSecurity } from '../../../runtime/mocks/credentials.js';

const check = (headers: Record<string, string>, url: string, security: MockSecurity | null) => missingCredentials(new Request(url, { headers }), new URL(url), security);
const apiKeyHeader = { kind: 'apiKey', scheme: 'key', in: 'header', name: 'X-Key' } as const;
const apiKeyCookie = { kind: 'apiKey', scheme: 'c', in: 'cookie', name: 'session' } as const;
const apiKeyQuery = { kind: 'apiKey', scheme: 'q', in: 'query', name: 'key' } as const;
const basic = { kind: 'basic', scheme: 'basicAuth' } as const;

describe('runtime/mocks/credentials', () => {
  it('accepts a request that satisfies any one requirement, or when nothing is required', () => {
    expect(check({}, 'http://m/x', null)).toBeUndefined();
    expect(check({}, 'http://m/x', [[apiKeyHeader], []])).toBeUndefined();
    expect(check({ 'x-key': 'k' }, 'http://m/x', [[apiKeyHeader]])).toBeUndefined();
    expect(check({ cookie: 'a=1; session=s' }, 'http://m/x', [[apiKeyCookie]])).toBeUndefined();
    expect(check({}, 'http://m/x?key=k', [[apiKeyQuery]])).toBeUndefined();
  });

  it('names what is missing and challenges for Basic', () => {
    const missing = check({ 'x-key': 'k' }, 'http://m/x', [[apiKeyHeader, basic]]);
    expect(missing?.message).toContain('needs');
    expect(missing?.challenge).toBe('Basic realm="mock"');
    expect(check({ 'x-key': '' }, 'http://m/x', [[apiKeyHeader]])).toBeDefined();
  });

  it('reads the user of HTTP Basic credentials', () => {
    expect(basicUser(`Basic ${btoa('ann:secret')}`)).toBe('ann');
    expect(basicUser('Basic !!!')).toBeUndefined();
    expect(basicUser('Bearer x')).toBeUndefined();
    expect(basicUser(null)).toBeUndefined();
  });
});
