import { describe, expect, it } from 'vitest';
import * as entry from '../../../../runtime/mocks/entry/index.js';
import { MockStore } from '../../../../runtime/mocks/store.js';
import { permissions } from '../../../../generated/src/permissions.js';

// The entry point against the seed's generated `api.ts` and `server.ts` (stand-ins for `./api.js`
// and `./server.js`): what `<package>/mocks` exports.
describe('runtime/mocks/entry/index', () => {
  it('exports the mock, the store, test tokens and the server starter', () => {
    expect(typeof entry.createMockApi).toBe('function');
    expect(typeof entry.startMockServer).toBe('function');
    expect(entry.MockStore).toBe(MockStore);
    expect(entry.MOCK_WORK_TENANT_ID).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a request with a token made by its mockToken', async () => {
    const api = entry.createMockApi();
    const [userId] = Object.values(entry.MOCK_SEED_DATA).flat().map((e) => String(e.id));
    const token = entry.mockToken({ scheme: 'DelegatedWork', scopes: [permissions.updateUser.scopes[0]!] });
    const request = (authorization: string) => new Request(`${api.baseUrl}/users/${userId}`, { method: 'PATCH', body: '{"displayName":"Ann"}', headers: { 'content-type': 'application/json', authorization } });
    expect((await api.handle(request(`Bearer ${token}`))).status).toBe(200);
    expect((await api.handle(request('Bearer nope'))).status).toBe(401);
  });
});
