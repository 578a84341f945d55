import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, PERSONAL_TENANT, SEED_SCOPES, SEED_USER_ID, type GeneratedPackage, type GraphErrorBody, type MockOptions } from './mock-package.js';
import { TRANSPORTS, type RunningMock } from './transports.js';
import { fixtureSchemaErrors } from './fixture-schemas.js';


/**
 * Every behaviour of the mock, through each transport: the mock server over real HTTP on
 * 127.0.0.1, and MSW's setupServer intercepting fetch. Seed spec (`spec/`) unless a test says
 * otherwise; the things fixture has resource collections the seed lacks.
 */
let seed: GeneratedPackage;
let things: GeneratedPackage;

beforeAll(async () => {
  seed = await generatePackage(['spec']);
  things = await generatePackage(['test/mocks/fixtures/things']);
});

afterAll(() => {
  seed?.remove();
  things?.remove();
});

const USER_PATH = `/users/${SEED_USER_ID}`;

describe.each(TRANSPORTS)('the mock through $name', (transport) => {
  const running: RunningMock[] = [];
  /** Start a mock, closing the ones before: two MSW servers must not intercept at once. */
  const start = async (pkg: GeneratedPackage, options?: MockOptions): Promise<RunningMock> => {
    for (const previous of running.splice(0)) await previous.close();
    const mock = await transport.start(pkg, options);
    running.push(mock);
    return mock;
  };
  afterEach(async () => {
    for (const mock of running.splice(0)) await mock.close();
  });

  const token = (scheme: 'DelegatedWork' | 'DelegatedPersonal' | 'Application', scopes: readonly string[], extra: { tid?: string; expiresAt?: number } = {}) =>
    seed.mocks.mockToken({ scheme, scopes, ...extra });
  const devices = () => token('DelegatedWork', [SEED_SCOPES[0]]);
  const patch = (mock: RunningMock, body: string, headers: Record<string, string> = {}, path = USER_PATH) =>
    mock.request(path, { method: 'PATCH', headers: { authorization: `Bearer ${devices()}`, 'content-type': 'application/json', ...headers }, body });

  async function expectError(response: Response, status: number, code: string): Promise<GraphErrorBody> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as GraphErrorBody;
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    const requestId = response.headers.get('request-id');
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.error.innerError['request-id']).toBe(requestId);
    expect(body.error.innerError['client-request-id']).toBe(response.headers.get('client-request-id'));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    return body;
  }

  describe('routing', () => {
    it('answers an unknown path with 404 in the error envelope, naming the segment', async () => {
      const mock = await start(seed);
      const body = await expectError(await mock.request('/groups/1'), 404, 'ResourceNotFound');
      expect(body.error.message).toContain("'groups'");
      await expectError(await mock.request('/users'), 404, 'ResourceNotFound');
      await expectError(await mock.request(`${USER_PATH}/extra`), 404, 'ResourceNotFound');
    });

    it('answers a known path with a wrong method with 405 and Allow', async () => {
      const mock = await start(seed);
      for (const method of ['GET', 'DELETE', 'PUT', 'POST']) {
        const response = await mock.request(USER_PATH, { method, headers: { authorization: `Bearer ${devices()}` } });
        await expectError(response, 405, 'MethodNotAllowed');
        expect(response.headers.get('allow')).toBe('PATCH');
      }
      const list = await start(things);
      const response = await list.request('/things', { method: 'DELETE' });
      await expectError(response, 405, 'MethodNotAllowed');
      expect(response.headers.get('allow')).toBe('GET, POST');
    });

    it('answers below the baseUrl option and nowhere else', async () => {
      const mock = await start(seed, { baseUrl: 'https://mock.test/beta/' });
      expect(mock.api.baseUrl).toBe('https://mock.test/beta');
      expect(mock.base.endsWith('/beta')).toBe(true);
      expect((await patch(mock, '{}')).status).toBe(200);
      const outside = await fetch(mock.base.replace(/\/beta$/, '/v1.0') + USER_PATH, { method: 'PATCH', headers: { authorization: `Bearer ${devices()}`, 'content-type': 'application/json' }, body: '{}' }).catch(
        (error: unknown) => error,
      );
      // Over HTTP the server answers 404 outside its base path; MSW does not intercept there at all.
      if (outside instanceof Response) await expectError(outside, 404, 'ResourceNotFound');
      else expect(String(outside)).toMatch(/fetch|unhandled|MSW|mock\.test/i);
    });

    it('echoes client-request-id and keeps request-id its own', async () => {
      const mock = await start(seed);
      const response = await mock.request('/nowhere', { headers: { 'client-request-id': 'my-correlation-id' } });
      const body = await expectError(response, 404, 'ResourceNotFound');
      expect(response.headers.get('client-request-id')).toBe('my-correlation-id');
      expect(body.error.innerError['request-id']).not.toBe('my-correlation-id');
    });
  });

  describe('authentication (401)', () => {
    it.each<[string, Record<string, string>, RegExp]>([
      ['no Authorization header', {}, /empty/],
      ['an empty bearer', { authorization: 'Bearer ' }, /empty/],
      ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }, /Bearer/],
      ['a token that is not a JWT', { authorization: 'Bearer not-a-jwt' }, /JWT/],
      ['a JWT whose payload is not JSON', { authorization: 'Bearer eyJhbGciOiJub25lIn0.bm90IGpzb24.' }, /malformed/],
      ['a JWT whose payload is an array', { authorization: 'Bearer eyJhbGciOiJub25lIn0.WzFd.' }, /malformed/],
    ])('refuses %s with InvalidAuthenticationToken and WWW-Authenticate', async (_, headers, message) => {
      const mock = await start(seed);
      const response = await mock.request(USER_PATH, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
      const body = await expectError(response, 401, 'InvalidAuthenticationToken');
      expect(body.error.message).toMatch(message);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    });

    it('refuses a token without scp or roles', async () => {
      const mock = await start(seed);
      const bare = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"tid":"x"}').toString('base64url')}.`;
      const body = await expectError(await patch(mock, '{}', { authorization: `Bearer ${bare}` }), 401, 'InvalidAuthenticationToken');
      expect(body.error.message).toMatch(/scp/);
    });

    it('reads the scheme name case-insensitively', async () => {
      const mock = await start(seed);
      for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
        expect((await patch(mock, '{}', { authorization: `${scheme} ${devices()}` })).status).toBe(200);
      }
    });

    it('refuses an expired token by the mock clock', async () => {
      const now = Date.UTC(2030, 0, 1);
      const mock = await start(seed, { now: () => now });
      const expired = token('DelegatedWork', [SEED_SCOPES[0]], { expiresAt: now / 1000 - 1 });
      const body = await expectError(await patch(mock, '{}', { authorization: `Bearer ${expired}` }), 401, 'InvalidAuthenticationToken');
      expect(body.error.message).toMatch(/expired/);
      expect(body.error.innerError.date).toBe('2030-01-01T00:00:00Z');
      const fresh = token('DelegatedWork', [SEED_SCOPES[0]], { expiresAt: now / 1000 + 60 });
      expect((await patch(mock, '{}', { authorization: `Bearer ${fresh}` })).status).toBe(200);
    });
  });

  describe('permissions (403) from the permission table', () => {
    it.each(SEED_SCOPES)('allows a work-or-school token with %s', async (scope) => {
      const mock = await start(seed);
      expect((await patch(mock, '{}', { authorization: `Bearer ${token('DelegatedWork', ['User.Read', scope])}` })).status).toBe(200);
    });

    it('refuses an application token (not supported), naming the acceptable scopes', async () => {
      const mock = await start(seed);
      const response = await patch(mock, '{}', { authorization: `Bearer ${token('Application', [...SEED_SCOPES])}` });
      const body = await expectError(response, 403, 'Authorization_RequestDenied');
      expect(body.error.message).toMatch(/does not support application permissions/);
      for (const scope of SEED_SCOPES) expect(body.error.message).toContain(scope);
    });

    it('refuses a personal-account token (the personal tenant), naming the acceptable scopes', async () => {
      const mock = await start(seed);
      const personal = token('DelegatedPersonal', [SEED_SCOPES[0]]);
      const body = await expectError(await patch(mock, '{}', { authorization: `Bearer ${personal}` }), 403, 'Authorization_RequestDenied');
      expect(body.error.message).toMatch(/personal Microsoft account/);
      for (const scope of SEED_SCOPES) expect(body.error.message).toContain(scope);
      // The same scope in a work tenant is fine: the tenant decides the permission type.
      expect((await patch(mock, '{}', { authorization: `Bearer ${token('DelegatedWork', [SEED_SCOPES[0]], { tid: PERSONAL_TENANT.replace('9', '8') })}` })).status).toBe(200);
    });

    it('refuses a work-or-school token without an acceptable scope, naming them', async () => {
      const mock = await start(seed);
      const body = await expectError(await patch(mock, '{}', { authorization: `Bearer ${token('DelegatedWork', ['User.Read', 'DeviceManagementManagedDevices.Read.All'])}` }), 403, 'Authorization_RequestDenied');
      for (const scope of SEED_SCOPES) expect(body.error.message).toContain(scope);
    });

    it('accepts application permissions where the table does, and needs no token for an anonymous operation', async () => {
      const mock = await start(things);
      const app = things.mocks.mockToken({ scheme: 'Application', scopes: ['Things.Read.All'] });
      expect((await mock.request('/things', { headers: { authorization: `Bearer ${app}` } })).status).toBe(200);
      const denied = await mock.request('/things', { method: 'POST', headers: { authorization: `Bearer ${app}`, 'content-type': 'application/json' }, body: '{}' });
      await expectError(denied, 403, 'Authorization_RequestDenied');
      expect(await (await mock.request('/version')).json()).toEqual({ version: '1.2.3' });
    });
  });

  describe('request bodies', () => {
    it('answers a wrong Content-Type with 415', async () => {
      const mock = await start(seed);
      for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
        const body = await expectError(await patch(mock, '{}', { 'content-type': contentType }), 415, 'UnsupportedMediaType');
        expect(body.error.message).toContain('application/json');
      }
      expect((await patch(mock, '{}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
      expect((await patch(mock, '{}', { 'content-type': 'Application/JSON' })).status).toBe(200);
    });

    it('answers an Accept that excludes JSON with 406', async () => {
      const mock = await start(seed);
      for (const accept of ['text/html', 'application/xml, text/*', 'application/json;q=0, */*;q=0.5', 'image/*']) {
        await expectError(await patch(mock, '{}', { accept }), 406, 'NotAcceptable');
      }
      for (const accept of ['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.1', '']) {
        expect((await patch(mock, '{}', { accept })).status, accept).toBe(200);
      }
    });

    it.each([
      ['malformed JSON', '{"deviceEnrollmentLimit": 5', /JSON/],
      ['a trailing comma', '{"deviceEnrollmentLimit": 5,}', /property name/],
      ['a duplicate key', '{"deviceEnrollmentLimit": 5, "deviceEnrollmentLimit": 1000}', /Duplicate property "deviceEnrollmentLimit"/],
      ['a duplicate key written with an escape', '{"id": "a", "\\u0069d": "b"}', /Duplicate property "id"/],
      ['a nested duplicate key', '{"x": [{"a": 1, "a": 2}]}', /Duplicate property "a" in the object at \/x\/0/],
      ['an array', '[]', /must be a JSON object, not an array/],
      ['a string', '"user"', /not a string/],
      ['null', 'null', /not null/],
      ['an empty body', '', /Empty Payload/],
      ['text after the value', '{} {}', /after the JSON value/],
    ])('answers %s with 400 BadRequest', async (_, text, message) => {
      const mock = await start(seed);
      const body = await expectError(await patch(mock, text), 400, 'BadRequest');
      expect(body.error.message).toMatch(message);
      expect(mock.api.store.get('/users', SEED_USER_ID)).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID });
    });

    it('answers a body over the size limit with 413, with or without Content-Length', async () => {
      const mock = await start(seed, { maxBodyBytes: 64 });
      const big = JSON.stringify({ id: 'x'.repeat(100) });
      await expectError(await patch(mock, big), 413, 'RequestEntityTooLarge');
      const chunks = [new TextEncoder().encode('{"id":"'), new TextEncoder().encode('y'.repeat(100)), new TextEncoder().encode('"}')];
      const stream = new ReadableStream<Uint8Array>({ pull: (c) => (chunks.length > 0 ? c.enqueue(chunks.shift()!) : c.close()) });
      const streamed = await mock.request(USER_PATH, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${devices()}`, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      await expectError(streamed, 413, 'RequestEntityTooLarge');
      expect((await patch(mock, JSON.stringify({ id: 'short' }))).status).toBe(200);
    });

    // Schema checks are the generated validators': without that module there is nothing to run.
    it('answers a schema violation with 400 BadRequest naming the property and the allowed values', async () => {
      const mock = await start(seed);
      const body = await expectError(await patch(mock, '{"deviceEnrollmentLimit": 7}'), 400, 'BadRequest');
      expect(body.error.message).toContain('deviceEnrollmentLimit');
      expect(body.error.message).toMatch(/5\b.*\b1000/);
      expect(body.error.details).toEqual([expect.objectContaining({ target: 'deviceEnrollmentLimit', code: 'enum' })]);
      const wrongType = await expectError(await patch(mock, '{"deviceEnrollmentLimit": "5", "id": 12}'), 400, 'BadRequest');
      expect(wrongType.error.details?.map((d) => d.target).sort()).toEqual(['deviceEnrollmentLimit', 'id']);
      expect(mock.api.store.get('/users', SEED_USER_ID)).not.toHaveProperty('deviceEnrollmentLimit');
    });
  });

  describe('state', () => {
    it('starts with the seed user, merges a PATCH and returns the entity with @odata.type', async () => {
      const mock = await start(seed);
      const first = await patch(mock, '{"deviceEnrollmentLimit": 1000}');
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 1000 });
      const second = await patch(mock, '{}');
      expect(await second.json()).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 1000 });
      const third = await patch(mock, `{"id": "${SEED_USER_ID}", "deviceEnrollmentLimit": 5}`);
      expect(await third.json()).toMatchObject({ deviceEnrollmentLimit: 5 });
      expect(mock.api.store.get('/users', SEED_USER_ID)).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 5 });
      mock.api.reset();
      expect(mock.api.store.get('/users', SEED_USER_ID)).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID });
    });

    it('answers an unknown id with 404 Request_ResourceNotFound and stores nothing', async () => {
      const mock = await start(seed);
      const body = await expectError(await patch(mock, '{"deviceEnrollmentLimit": 5}', {}, '/users/00000000-0000-0000-0000-000000000000'), 404, 'Request_ResourceNotFound');
      expect(body.error.message).toContain('00000000-0000-0000-0000-000000000000');
      expect(mock.api.store.list('/users')).toHaveLength(1);
    });

    it('uses the data option instead of the examples, with percent-decoded ids', async () => {
      const mock = await start(seed, { data: { '/users': [{ id: 'a/b c', displayName: 'x' }] } });
      const response = await patch(mock, '{"deviceEnrollmentLimit": 5}', {}, '/users/a%2Fb%20c');
      expect(await response.json()).toEqual({ id: 'a/b c', displayName: 'x', deviceEnrollmentLimit: 5 });
      await expectError(await patch(mock, '{}'), 404, 'Request_ResourceNotFound');
    });

    describe('collections inferred from the paths (things fixture)', () => {
      const write = () => things.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['Things.ReadWrite.All'] });
      const send = (mock: RunningMock, method: string, path: string, body?: unknown) =>
        mock.request(path, {
          method,
          headers: { authorization: `Bearer ${write()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });

      it('lists the collection as { value: [...] } seeded from the examples', async () => {
        const mock = await start(things);
        const response = await send(mock, 'GET', '/things');
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          value: [
            { '@odata.type': '#things.thing', id: 'thing-1', colour: 'red', name: 'first', size: 1 },
            { '@odata.type': '#things.thing', id: 'thing-2', name: 'second', size: 2 },
          ],
        });
      });

      it('reads with GET, creates with POST, merges with PATCH, removes with DELETE', async () => {
        const mock = await start(things);
        expect(await (await send(mock, 'GET', '/things/thing-2')).json()).toEqual({ '@odata.type': '#things.thing', id: 'thing-2', name: 'second', size: 2 });

        const created = await send(mock, 'POST', '/things', { name: 'third', size: 3 });
        expect(created.status).toBe(201);
        const entity = (await created.json()) as { id: string };
        expect(entity).toEqual({ '@odata.type': '#things.thing', name: 'third', size: 3, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
        expect(created.headers.get('location')).toBe(`${mock.base}/things/${entity.id}`);
        expect(await (await send(mock, 'GET', `/things/${entity.id}`)).json()).toEqual(entity);

        const updated = await send(mock, 'PATCH', `/things/${entity.id}`, { size: 30, colour: 'blue' });
        expect(updated.status).toBe(204);
        expect(await updated.text()).toBe('');
        expect(await (await send(mock, 'GET', `/things/${entity.id}`)).json()).toEqual({ ...entity, size: 30, colour: 'blue' });

        expect((await send(mock, 'DELETE', '/things/thing-1')).status).toBe(204);
        await expectError(await send(mock, 'GET', '/things/thing-1'), 404, 'Request_ResourceNotFound');
        await expectError(await send(mock, 'DELETE', '/things/thing-1'), 404, 'Request_ResourceNotFound');
        const list = (await (await send(mock, 'GET', '/things')).json()) as { value: { id: string }[] };
        expect(list.value.map((t) => t.id)).toEqual(['thing-2', entity.id]);
      });

      it('refuses to create a second entity with the same key', async () => {
        const mock = await start(things);
        await expectError(await send(mock, 'POST', '/things', { id: 'thing-1', name: 'again' }), 400, 'Request_MultipleObjectsWithSameKeyValue');
        expect((await send(mock, 'POST', '/things', { id: 'thing-9', name: 'own id' })).status).toBe(201);
        expect(mock.api.store.get('/things', 'thing-9')).toMatchObject({ name: 'own id' });
      });

      it('numbers integer keys, and keeps nested collections per parent', async () => {
        const mock = await start(things);
        const counter = await send(mock, 'POST', '/counters', { count: 1 });
        expect(await counter.json()).toEqual({ count: 1, id: 8 });
        expect(await (await send(mock, 'GET', '/counters/7')).json()).toEqual({ id: 7, count: 3 });
        expect(await (await send(mock, 'GET', '/things/thing-1/parts')).json()).toEqual([{ id: 'part-a', label: 'axle' }]);
        expect(await (await send(mock, 'GET', '/things/thing-2/parts')).json()).toEqual([]);
        expect(await (await send(mock, 'GET', '/things/thing-1/parts/part-a')).json()).toEqual({ id: 'part-a', label: 'axle' });
        await expectError(await send(mock, 'GET', '/things/thing-2/parts/part-a'), 404, 'Request_ResourceNotFound');
      });

      it('answers operations without a resource shape with their example, or deterministic schema-valid data', async () => {
        const mock = await start(things);
        const status = await send(mock, 'GET', '/status');
        expect(status.status).toBe(200);
        const body: unknown = await status.json();
        expect(fixtureSchemaErrors('status', body)).toEqual([]);
        expect(await (await send(mock, 'GET', '/status')).json()).toEqual(body);
        expect(await (await send(mock, 'GET', '/version')).json()).toEqual({ version: '1.2.3' });
        const archived = await send(mock, 'POST', '/things/thing-1/archive');
        expect(archived.status).toBe(204);
        expect(await archived.text()).toBe('');
      });
    });
  });

  describe('faults and latency', () => {
    it.each([429, 503])('answers Prefer: code=%i with that status and Retry-After', async (status) => {
      const mock = await start(seed, { faults: { rate: 0, retryAfter: 7 } });
      const response = await patch(mock, '{}', { prefer: `respond-async, code=${status}` });
      const body = await expectError(response, status, status === 429 ? 'TooManyRequests' : 'serviceNotAvailable');
      expect(body.error.message).toMatch(/Retry-After/);
      expect(response.headers.get('retry-after')).toBe('7');
      expect((await patch(mock, '{}')).status).toBe(200);
    });

    it('injects faults at the seeded rate, the same ones for the same seed', async () => {
      const run = async (seedValue: number): Promise<number[]> => {
        const mock = await start(seed, { seed: seedValue, faults: { rate: 0.5, statuses: [429, 503] } });
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
          const response = await patch(mock, '{}');
          statuses.push(response.status);
          if (response.status !== 200) expect(response.headers.get('retry-after')).toBe('1');
          await response.arrayBuffer();
        }
        return statuses;
      };
      const first = await run(42);
      expect(await run(42)).toEqual(first);
      expect(new Set(first)).toEqual(new Set([200, 429, 503]));
      const failures = first.filter((s) => s !== 200).length;
      expect(failures).toBeGreaterThan(8);
      expect(failures).toBeLessThan(32);
      expect(await run(7)).not.toEqual(first);
    });

    it('fails every request at rate 1 and none at rate 0', async () => {
      const always = await start(seed, { faults: { rate: 1, statuses: [503] } });
      for (let i = 0; i < 5; i++) await expectError(await patch(always, '{}'), 503, 'serviceNotAvailable');
      const never = await start(seed, { faults: { rate: 0 } });
      for (let i = 0; i < 5; i++) expect((await patch(never, '{}')).status).toBe(200);
    });

    it('delays responses by the latency option', async () => {
      const mock = await start(seed, { latencyMs: 150 });
      const started = performance.now();
      expect((await patch(mock, '{}')).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
      const ranged = await start(seed, { latencyMs: { min: 120, max: 140 } });
      const again = performance.now();
      expect((await patch(ranged, '{}')).status).toBe(200);
      expect(performance.now() - again).toBeGreaterThanOrEqual(115);
    });
  });
});

describe('the mock server itself', () => {
  /** One raw request to the server (node:http, so methods and targets fetch refuses can be sent). */
  async function rawRequest(server: { url: string }, method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const { request } = await import('node:http');
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = request({ host: hostname, port, method, path }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends text bodies with a Content-Length that counts UTF-8 bytes (accents, emoji, CJK)', async () => {
    const name = 'Zoë 😀 東京 ü';
    const server = await seed.mocks.startMockServer({ port: 0, host: '127.0.0.1', data: { '/users': [{ id: 'u1', displayName: name }] } });
    try {
      const { request } = await import('node:http');
      const { hostname, port, pathname } = new URL(server.url);
      const body = JSON.stringify({ deviceEnrollmentLimit: 5 });
      const bearer = seed.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });
      const answer = await new Promise<{ status: number; length: string | undefined; bytes: Buffer }>((resolve, reject) => {
        const headers = { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
        const req = request({ host: hostname, port, method: 'PATCH', path: `${pathname}/users/u1`, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, length: res.headers['content-length'], bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
      expect(answer.status).toBe(200);
      expect(answer.length).toBe(String(answer.bytes.byteLength));
      expect((JSON.parse(answer.bytes.toString('utf8')) as { displayName: string }).displayName).toBe(name);
    } finally {
      await server.close();
    }
  });

  it('answers a method the operation does not declare (TRACE, which fetch cannot send) with a 405 naming the allowed ones', async () => {
    const server = await seed.mocks.startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const answer = await rawRequest(server, 'TRACE', new URL(server.url).pathname + USER_PATH);
      expect(answer.status).toBe(405);
      expect(answer.headers['allow']).toBe('PATCH');
      const body = JSON.parse(answer.body) as GraphErrorBody;
      expect(body.error.code).toBe('MethodNotAllowed');
      expect(body.error.innerError['request-id']).toBe(answer.headers['request-id']);
    } finally {
      await server.close();
    }
  });

  it('answers a request target it cannot read as a URL (OPTIONS *) with a 400 envelope, and keeps serving', async () => {
    const server = await seed.mocks.startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const answer = await rawRequest(server, 'OPTIONS', '*');
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.body) as GraphErrorBody;
      expect(body.error.code).toBe('BadRequest');
      expect(body.error.message).toMatch(/^The request could not be read: /);
      expect(body.error.innerError['request-id']).toBe(answer.headers['request-id']);
      expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('logs one line per request (status, request id) and answers HEAD with the head of the GET answer', async () => {
    const lines: string[] = [];
    const server = await seed.mocks.startMockServer({ port: 0, host: '127.0.0.1', log: (line: string) => lines.push(line) });
    try {
      const base = new URL(server.url).pathname;
      const bearer = seed.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });
      const patched = await fetch(server.url + USER_PATH, { method: 'PATCH', body: '{"deviceEnrollmentLimit":1000}', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' } });
      expect(patched.status).toBe(200);
      const patchedBody = await patched.text();
      expect(Number(patched.headers.get('content-length'))).toBe(Buffer.byteLength(patchedBody));
      const get = await rawRequest(server, 'GET', base + USER_PATH);
      const head = await rawRequest(server, 'HEAD', base + USER_PATH);
      expect([get.status, head.status]).toEqual([405, 405]);
      expect(head.body).toBe('');
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)));
      const preflight = await fetch(server.url + USER_PATH, { method: 'OPTIONS', headers: { origin: 'http://app.example', 'access-control-request-method': 'PATCH' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
      await rawRequest(server, 'OPTIONS', '*');
      const id = /^[0-9a-f-]{36}$/;
      expect(lines).toHaveLength(5);
      expect(lines[0]).toMatch(new RegExp(`^PATCH ${base}${USER_PATH} 200 \\d+ms request-id=${patched.headers.get('request-id')}$`));
      expect(lines[1]).toMatch(new RegExp(`^GET ${base}${USER_PATH} 405 \\d+ms request-id=${get.headers['request-id']}$`));
      expect(lines[2]).toMatch(new RegExp(`^HEAD ${base}${USER_PATH} 405 \\d+ms request-id=${head.headers['request-id']}$`));
      expect(lines[3]).toMatch(new RegExp(`^OPTIONS ${base}${USER_PATH} 204 \\d+ms$`));
      expect(lines[4]).toMatch(/^OPTIONS \* 400 \d+ms request-id=/);
      expect(lines[4]!.split('request-id=')[1]).toMatch(id);
    } finally {
      await server.close();
    }
  });
});
