import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generate } from '../../generator/index.js';
import { writeOutput } from '../../generator/write/output.js';
import { makeWorkspace, removeWorkspace, REPO, writeFile } from '../helpers/workspace.js';

/**
 * JSON batching against the mock server, with the seed's PATCH plus a GET of the same user
 * (Application tokens may GET, not PATCH).
 */
const USER = 'd36894ae-94ae-d368-ae94-68d3ae9468d3';
const PATCH_SCOPE = 'DeviceManagementManagedDevices.ReadWrite.All';

function specWithGet(): string {
  const spec = parse(readFileSync(join(REPO, 'spec', 'update-user.yaml'), 'utf8')) as Record<string, any>;
  spec.paths['/users/{usersId}'].get = {
    operationId: 'getUser',
    parameters: [{ $ref: '#/components/parameters/usersId' }],
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/user' }, example: { '@odata.type': '#microsoft.graph.user', id: USER, deviceEnrollmentLimit: 5 } } } },
      '4XX': { $ref: '#/components/responses/error' },
    },
    security: [{ azureAd: ['User.Read.All'] }],
    'x-permissions': { schemes: { DelegatedWork: { scopes: ['User.Read.All'] }, DelegatedPersonal: { supported: false }, Application: { scopes: ['User.Read.All'] } } },
  };
  spec.components.securitySchemes.azureAd.flows.authorizationCode.scopes['User.Read.All'] = 'Read all users';
  return stringify(spec);
}

type Result = { ok: boolean; data?: { id?: string; deviceEnrollmentLimit?: number }; error?: { status: number; body: { error: { code: string } } }; response: Response };
interface Client {
  createBatchClient(options: object): { send(steps: readonly unknown[], options?: object): Promise<Result[]> };
  batchStep(id: string, request: unknown, read: unknown, options?: { dependsOn?: string[] }): unknown;
  buildUpdateUserRequest(parameters: object, body: object, options?: object): unknown;
  buildGetUserRequest(parameters: object, options?: object): unknown;
  readUpdateUserResult: unknown;
  readGetUserResult: unknown;
}
interface Mocks {
  startMockServer(options: object): Promise<{ url: string; close(): Promise<void> }>;
  mockToken(options: object): string;
}

let workspace: string;
let client: Client;
let mocks: Mocks;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  workspace = makeWorkspace({}, { withSeed: false });
  writeFile(workspace, 'spec/users.yaml', specWithGet());
  const result = await generate({ cwd: workspace, cache: false, typecheck: true });
  writeOutput(result.out, result.files);
  client = (await import(join(result.out, 'dist', 'index.js'))) as Client;
  mocks = (await import(join(result.out, 'dist', 'mocks', 'index.js'))) as Mocks;
  server = await mocks.startMockServer({ port: 0, host: '127.0.0.1' });
}, 180_000);

afterAll(async () => {
  await server?.close();
  removeWorkspace(workspace);
});

function counting(): { fetch: (url: string, init: RequestInit) => Promise<Response>; calls: string[] } {
  const calls: string[] = [];
  return { calls, fetch: async (url, init) => (calls.push(`${init.method} ${new URL(url).pathname}`), fetch(url, init)) };
}

describe('JSON batching', () => {
  it('25 PATCH/GET steps in two dependsOn chains: at most three requests, every result typed and right, 424 after a failed dependency', async () => {
    const token = mocks.mockToken({ scheme: 'DelegatedWork', scopes: [PATCH_SCOPE, 'User.Read.All'] });
    const { fetch, calls } = counting();
    const batch = client.createBatchClient({ baseUrl: server.url, getToken: () => token, fetch, validate: true });
    const base = { baseUrl: server.url };
    const steps: unknown[] = [];
    // Chain A: ten PATCHes, each after the one before; the limits alternate, the last sets 1000.
    for (let i = 0; i < 10; i++) {
      steps.push(client.batchStep(`a${i}`, client.buildUpdateUserRequest({ path: { usersId: USER } }, { deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 }, base), client.readUpdateUserResult, i === 0 ? {} : { dependsOn: [`a${i - 1}`] }));
    }
    // Chain B: a PATCH of a user that does not exist (404), then GETs that depend on it (424).
    steps.push(client.batchStep('b0', client.buildUpdateUserRequest({ path: { usersId: 'nobody' } }, {}, base), client.readUpdateUserResult));
    for (let i = 1; i < 5; i++) steps.push(client.batchStep(`b${i}`, client.buildGetUserRequest({ path: { usersId: USER } }, base), client.readGetUserResult, { dependsOn: [`b${i - 1}`] }));
    // Independent GETs after chain A (listed before it finishes: dependsOn orders them).
    for (let i = 0; i < 10; i++) steps.push(client.batchStep(`g${i}`, client.buildGetUserRequest({ path: { usersId: USER } }, base), client.readGetUserResult, { dependsOn: ['a9'] }));
    expect(steps).toHaveLength(25);

    const results = await batch.send(steps);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls.every((c) => c === 'POST /v1.0/$batch')).toBe(true);
    for (let i = 0; i < 10; i++) expect(results[i]).toMatchObject({ ok: true, data: { id: USER, deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 } });
    expect(results[10]).toMatchObject({ ok: false, error: { status: 404, body: { error: { code: 'Request_ResourceNotFound' } } } });
    for (let i = 11; i < 15; i++) expect(results[i]).toMatchObject({ ok: false, error: { status: 424 } });
    // The GETs ran after the last PATCH of chain A.
    for (let i = 15; i < 25; i++) expect(results[i]).toMatchObject({ ok: true, data: { id: USER, deviceEnrollmentLimit: 1000 } });
    expect(results[0]!.response.status).toBe(200);
  }, 60_000);

  it('takes fluent calls as steps', async () => {
    const token = mocks.mockToken({ scheme: 'DelegatedWork', scopes: [PATCH_SCOPE, 'User.Read.All'] });
    const options = { baseUrl: server.url, getToken: () => token };
    const fluent = (client as unknown as { createClient(o: object): { users: { byUsersId(id: string): { patch: { step(s: object, body: object): unknown }; get: { step(s: object): unknown } } } } }).createClient(options);
    const results = await client.createBatchClient(options).send([
      fluent.users.byUsersId(USER).get.step({ id: 'read', dependsOn: ['write'] }),
      fluent.users.byUsersId(USER).patch.step({ id: 'write' }, { deviceEnrollmentLimit: 5 }),
    ]);
    expect(results).toMatchObject([{ ok: true, data: { deviceEnrollmentLimit: 5 } }, { ok: true, data: { id: USER } }]);
  }, 60_000);

  it('an Application token gets 403 on the PATCH steps only', async () => {
    const token = mocks.mockToken({ scheme: 'Application', scopes: ['User.Read.All'] });
    const batch = client.createBatchClient({ baseUrl: server.url, getToken: () => token });
    const base = { baseUrl: server.url };
    const steps = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? client.batchStep(`p${i}`, client.buildUpdateUserRequest({ path: { usersId: USER } }, { deviceEnrollmentLimit: 5 }, base), client.readUpdateUserResult)
        : client.batchStep(`g${i}`, client.buildGetUserRequest({ path: { usersId: USER } }, base), client.readGetUserResult),
    );
    const results = await batch.send(steps);
    results.forEach((result, i) => {
      if (i % 2 === 0) expect(result).toMatchObject({ ok: false, error: { status: 403, body: { error: { code: 'Authorization_RequestDenied' } } } });
      else expect(result).toMatchObject({ ok: true, data: { id: USER } });
    });
  }, 60_000);

  it('retries a step answered 429 inside the batch, after its Retry-After', async () => {
    const token = mocks.mockToken({ scheme: 'DelegatedWork', scopes: [PATCH_SCOPE, 'User.Read.All'] });
    const { fetch, calls } = counting();
    let throttle = 1;
    // The first batch asks the mock to throttle step "t"; the retry does not.
    const throttling = async (url: string, init: RequestInit): Promise<Response> => {
      if (throttle-- > 0) {
        const body = JSON.parse(String(init.body)) as { requests: { id: string; headers?: Record<string, string> }[] };
        for (const r of body.requests) if (r.id === 't') r.headers = { ...r.headers, prefer: 'code=429' };
        return fetch(url, { ...init, body: JSON.stringify(body) });
      }
      return fetch(url, init);
    };
    const batch = client.createBatchClient({ baseUrl: server.url, getToken: () => token, fetch: throttling });
    const started = Date.now();
    const results = await batch.send([
      client.batchStep('t', client.buildGetUserRequest({ path: { usersId: USER } }, { baseUrl: server.url }), client.readGetUserResult),
      client.batchStep('after', client.buildGetUserRequest({ path: { usersId: USER } }, { baseUrl: server.url }), client.readGetUserResult, { dependsOn: ['t'] }),
    ]);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  }, 60_000);

  it('the mock refuses more than 20 steps and malformed batches with 400, and answers each step', async () => {
    const token = mocks.mockToken({ scheme: 'DelegatedWork', scopes: [PATCH_SCOPE, 'User.Read.All'] });
    const post = (body: unknown) =>
      fetch(`${server.url}/$batch`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const get = (id: string, extra: object = {}) => ({ id, method: 'GET', url: `/users/${USER}`, ...extra });
    expect((await post({ requests: Array.from({ length: 21 }, (_, i) => get(String(i))) })).status).toBe(400);
    expect((await post('{"requests": [')).status).toBe(400);
    expect((await post({ requests: [get('1'), get('1')] })).status).toBe(400);
    expect((await post({ requests: [get('1', { dependsOn: ['2'] })] })).status).toBe(400);
    expect((await post({ requests: [get('1', { dependsOn: ['2'] }), get('2', { dependsOn: ['1'] })] })).status).toBe(400);
    const ok = await post({ requests: [get('2', { dependsOn: ['1'] }), { id: '1', method: 'PATCH', url: `/users/${USER}`, body: { deviceEnrollmentLimit: 7 }, headers: { 'content-type': 'application/json' } }] });
    expect(ok.status).toBe(200);
    const { responses } = (await ok.json()) as { responses: { id: string; status: number; body: { error: { code: string } } }[] };
    expect(responses.map((r) => [r.id, r.status])).toEqual([['2', 424], ['1', 400]]);
    // Without a token, each step is refused on its own.
    const anonymous = await fetch(`${server.url}/$batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ requests: [get('1')] }) });
    expect(((await anonymous.json()) as { responses: { status: number }[] }).responses[0]!.status).toBe(401);
  }, 60_000);
});
