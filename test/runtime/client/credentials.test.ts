import { describe, expect, it } from 'vitest';
import { applyCredentials, resolveCredentials, type SecurityRequirements } from '../../../runtime/client/credentials.js';

const apiKeyHeader = { kind: 'apiKey', scheme: 'key', in: 'header', name: 'X-Api-Key' } as const;
const apiKeyQuery = { kind: 'apiKey', scheme: 'q', in: 'query', name: 'api key' } as const;
const basic = { kind: 'basic', scheme: 'basicAuth' } as const;
const bearer = { kind: 'bearer', scheme: 'oauth' } as const;

describe('runtime/client/credentials', () => {
  it('resolves secrets given as functions, only for the schemes the requirements use', async () => {
    let calls = 0;
    const values = await resolveCredentials([[apiKeyHeader]], {
      apiKey: async () => 'k1',
      bearer: () => {
        calls++;
        return 't';
      },
    });
    expect(values?.apiKey).toBe('k1');
    expect(calls).toBe(0);
  });

  it('applies an apiKey to its header, query parameter (encoded) or cookie', () => {
    expect(applyCredentials([[apiKeyHeader]], { apiKey: 'k1' }, undefined).headers).toEqual([['x-api-key', 'k1']]);
    expect(applyCredentials([[apiKeyQuery]], { apiKey: { q: 'a b' } }, undefined).query).toEqual(['api%20key=a%20b']);
  });

  it('applies HTTP Basic as base64 of username:password, and Bearer from the token', () => {
    const applied = applyCredentials([[basic]], { basic: { username: 'ann', password: 'pässword' } }, undefined);
    const [name, value] = applied.headers[0]!;
    expect(name.toLowerCase()).toBe('authorization');
    expect(Buffer.from(value.replace(/^Basic /, ''), 'base64').toString('utf8')).toBe('ann:pässword');
    expect(applyCredentials([[bearer]], undefined, 'tok').headers).toEqual([[expect.stringMatching(/^authorization$/i), 'Bearer tok']]);
  });

  it('picks the first requirement whose schemes all have values; an anonymous one adds nothing', () => {
    const requirements: SecurityRequirements = [[apiKeyHeader, basic], [bearer]];
    expect(applyCredentials(requirements, { apiKey: 'k' }, 't').headers).toEqual([[expect.stringMatching(/^authorization$/i), 'Bearer t']]);
    expect(applyCredentials([[]], { apiKey: 'k' }, 't')).toEqual({ headers: [], query: [], cookies: [] });
  });
});
