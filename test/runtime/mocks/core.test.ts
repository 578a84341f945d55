import { describe, expect, it } from 'vitest';
import { createMockCore, type MockDefinition, type MockRoute } from '../../../runtime/mocks/core.js';
import { mockToken } from '../../../runtime/mocks/token.js';
import { permissions } from '../../../generated/src/permissions.js';

const BASE = 'https://api.example.test/v1.0';

// `updateUser` is in the seed's permission table (the stand-in for `../../permissions.js`);
// `listThings` is not, and asks for an API key instead.
const updateUser: MockRoute = {
  operation: 'updateUser',
  method: 'PATCH',
  path: '/users/{usersId}',
  server: null,
  security: [[{ kind: 'bearer', scheme: 'oauth' }]],
  requestBody: {
    required: true,
    contentTypes: ['application/json'],
    json: true,
    object: true,
    validate: (value) => (typeof (value as { displayName?: unknown }).displayName === 'number' ? { ok: false, issues: [{ path: ['displayName'], code: 'type', message: 'must be a string' }] } : { ok: true }),
  },
  response: { status: 200, media: { contentType: 'application/json', kind: 'json', example: null } },
  resource: { action: 'update', collection: '/users', item: '/users/{usersId}', key: 'id', keyType: 'string', typeTag: null },
};
const listThings: MockRoute = {
  operation: 'listThings',
  method: 'GET',
  path: '/things',
  server: null,
  security: [[{ kind: 'apiKey', scheme: 'key', in: 'header', name: 'x-key' }]],
  requestBody: null,
  response: { status: 200, media: { contentType: 'application/json', kind: 'json', example: { value: [] } } },
  resource: { action: 'list', collection: '/things', item: '/things/{id}', key: 'id', keyType: 'string', typeTag: null, listShape: 'value' },
};
const definition: MockDefinition = { routes: [updateUser, listThings], seed: { '/users': [{ id: 'u1', displayName: 'Ann' }], '/things': [{ id: 't1' }, { id: 't2' }] }, baseUrl: BASE };
const token = mockToken({ scheme: 'DelegatedWork', scopes: [permissions.updateUser.scopes[0]!] });
const patch = (body: string, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/users/u1`, { method: 'PATCH', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers } });

describe('runtime/mocks/core', () => {
  it('updates the store through a PATCH with a permitted token, and lists a collection', async () => {
    const api = createMockCore(definition);
    const response = await api.handle(patch('{"displayName":"Bea"}'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'u1', displayName: 'Bea' });
    expect(api.store.get('/users', 'u1')).toMatchObject({ displayName: 'Bea' });
    const list = await api.handle(new Request(`${BASE}/things`, { headers: { 'x-key': 'k' } }));
    expect(((await list.json()) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('answers each failed step with its status, in order: 404, 405, 401, 403, 415, 400', async () => {
    const api = createMockCore(definition);
    expect((await api.handle(new Request(`${BASE}/groups`))).status).toBe(404);
    expect((await api.handle(new Request(`${BASE}/things`, { method: 'DELETE', headers: { 'x-key': 'k' } }))).status).toBe(405);
    expect((await api.handle(new Request(`${BASE}/things`))).status).toBe(401);
    expect((await api.handle(patch('{}', { authorization: 'Bearer x.y' }))).status).toBe(401);
    const denied = mockToken({ scheme: 'DelegatedWork', scopes: ['User.Read'] });
    expect((await api.handle(patch('{}', { authorization: `Bearer ${denied}` }))).status).toBe(403);
    expect((await api.handle(patch('{}', { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await api.handle(patch('{"a":1,"a":2}'))).status).toBe(400);
    const invalid = await api.handle(patch('{"displayName":5}'));
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('must be a string');
  });

  it('fails on request (Prefer: code=...) and limits the body size', async () => {
    const api = createMockCore(definition, { maxBodyBytes: 10 });
    const preferred = await api.handle(new Request(`${BASE}/things`, { headers: { 'x-key': 'k', prefer: 'code=429' } }));
    expect(preferred.status).toBe(429);
    expect(preferred.headers.get('retry-after')).toBe('1');
    expect((await api.handle(patch('{"displayName":"a long name"}'))).status).toBe(413);
  });

  it('goes back to the seed on reset, and is reproducible for a seed', async () => {
    const api = createMockCore(definition, { seed: 7 });
    await api.handle(patch('{"displayName":"Bea"}'));
    api.reset();
    expect(api.store.get('/users', 'u1')).toMatchObject({ displayName: 'Ann' });
    const ids = async () => (await createMockCore(definition, { seed: 7 }).handle(new Request(`${BASE}/nothing`))).headers.get('request-id');
    expect(await ids()).toMatch(/^[0-9a-f-]{36}$/);
    expect(await ids()).toBe(await ids());
    expect(api.baseUrl).toBe(BASE);
  });

  it('dates errors by the clock in whole seconds, a new second as soon as the clock reaches it', async () => {
    let clock = Date.UTC(2024, 4, 1, 12, 0, 0, 500);
    const api = createMockCore(definition, { now: () => clock });
    const dateOf = async () => ((await (await api.handle(new Request(`${BASE}/groups`))).json()) as { error: { innerError: { date: string } } }).error.innerError.date;
    expect(await dateOf()).toBe('2024-05-01T12:00:00Z');
    clock += 499;
    expect(await dateOf()).toBe('2024-05-01T12:00:00Z');
    clock += 1;
    expect(await dateOf()).toBe('2024-05-01T12:00:01Z');
    clock = Date.UTC(1969, 11, 31, 23, 59, 59, 1);
    expect(await dateOf()).toBe('1969-12-31T23:59:59Z');
  });

  it('answers with the stored entity as it is now, after changes through the store too', async () => {
    const api = createMockCore(definition);
    const first = await api.handle(patch('{"displayName":"Bea","extra":{"a":[1]}}'));
    expect(await first.text()).toBe('{"id":"u1","displayName":"Bea","extra":{"a":[1]}}');
    api.store.put('/users', { id: 'u1', displayName: 'Cy' });
    const second = await api.handle(patch('{"more":true}'));
    expect(await second.text()).toBe('{"id":"u1","displayName":"Cy","more":true}');
    const list = await api.handle(new Request(`${BASE}/things`, { headers: { 'x-key': 'k' } }));
    api.store.merge('/things', 't1', { name: 'one' });
    expect(await list.text()).toBe('{"value":[{"id":"t1"},{"id":"t2"}]}');
    expect(await (await api.handle(new Request(`${BASE}/things`, { headers: { 'x-key': 'k' } }))).text()).toBe('{"value":[{"id":"t1","name":"one"},{"id":"t2"}]}');
  });
});
