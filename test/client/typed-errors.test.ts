import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';
import { writeOutput } from '../../generator/write/output.js';

/**
 * The seed's package, generated into a workspace: typed errors as a strict consumer sees them, the
 * non-throwing forms, error-body validation, and the 401 refresh against the mock server.
 */
let workspace: string;
let dist: string;

beforeAll(async () => {
  workspace = makeWorkspace();
  const result = await generate({ cwd: workspace, cache: false });
  writeOutput(result.out, result.files);
  dist = join(result.out, 'dist');
}, 180_000);

afterAll(() => removeWorkspace(workspace));

describe('typed errors', () => {
  it('narrow the body by status for a strict consumer; wrong accesses are errors', () => {
    const app = mkdtempSync(join(tmpdir(), 'apiwright-typed-errors-'));
    try {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, lib: ['es2023', 'dom'], types: [] }, files: ['consumer.ts'] }),
      );
      writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
      writeFileSync(
        join(app, 'consumer.ts'),
        `import { ApiError, batchStep, buildUpdateUserRequest, createBatchClient, createClient, readUpdateUserResult, type OdataError, type User } from ${JSON.stringify(join(dist, 'index.js'))};

const client = createClient({ getToken: () => 'token' });

export async function throwing(): Promise<string | undefined> {
  try {
    return (await client.users.byUsersId('id').patch({})).id;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      const body: OdataError = e.body;
      // @ts-expect-error the declared body is an object, not a string
      const text: string = e.body;
      return body.error.code + text;
    }
    if (e instanceof ApiError && e.status === 302) {
      // @ts-expect-error no 3XX body is declared: it is unknown
      const body: OdataError = e.body;
      return String(body);
    }
    if (e instanceof ApiError) {
      // @ts-expect-error 200 is not an error status
      if (e.status === 200) return 'never';
    }
    throw e;
  }
}

export async function safe(): Promise<string> {
  const result = await client.users.byUsersId('id').patch.safe({ deviceEnrollmentLimit: 5 });
  if (result.ok) {
    const user: User = result.data;
    // @ts-expect-error a success has no error
    void result.error;
    return user.id ?? '';
  }
  const status: number = result.error.status;
  if (result.error.status === 503) {
    const body: OdataError = result.error.body;
    return body.error.message;
  }
  // @ts-expect-error a failure has no data
  void result.data;
  // @ts-expect-error the body must be narrowed before use as a string
  const message: string = result.error.body;
  return String(status) + message;
}

export async function batched(): Promise<string> {
  const results = await createBatchClient({ getToken: () => 'token' }).send([
    client.users.byUsersId('a').patch.step({ id: '1' }, { deviceEnrollmentLimit: 5 }),
    batchStep('2', buildUpdateUserRequest({ path: { usersId: 'a' } }, {}), readUpdateUserResult, { dependsOn: ['1'] }),
  ]);
  const [first, second] = results;
  // @ts-expect-error the batch has two steps
  void results[2];
  if (first.ok) {
    const user: User = first.data;
    return user.id ?? '';
  }
  if (first.error.status === 404) {
    const body: OdataError = first.error.body;
    return body.error.code;
  }
  // @ts-expect-error a step's body is not known before narrowing
  const wrong: OdataError = second.ok ? second.data : second.error.body;
  return String(wrong);
}

export async function builder(): Promise<number> {
  const built = buildUpdateUserRequest({ path: { usersId: 'id' } }, {});
  const response = await fetch(built.url, { method: built.method, headers: built.headers });
  const result = await readUpdateUserResult(response, { validate: true });
  if (result.ok) {
    // @ts-expect-error the data is a User, not a number
    const n: number = result.data;
    return n;
  }
  if (result.error.status === 429) {
    const body: OdataError = result.error.body;
    return body.error.code.length;
  }
  return result.error.status;
}
`,
      );
      const tsc = spawnSync(process.execPath, [join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }, 60_000);
});

interface Mod {
  createClient(options: object): { users: { byUsersId(id: string): { patch: ((body: object) => Promise<unknown>) & { safe(body: object): Promise<{ ok: boolean; data?: unknown; error?: { status: number; body: unknown }; response: Response }> } } } };
  readUpdateUserResult(response: Response, options?: object): Promise<{ ok: boolean; error?: { status: number; body: unknown } }>;
  ApiError: new (...args: never[]) => unknown;
}
interface Mocks {
  startMockServer(options: object): Promise<{ url: string; close(): Promise<void> }>;
  mockToken(options: object): string;
}
const USER = 'd36894ae-94ae-d368-ae94-68d3ae9468d3';
const SCOPES = ['DeviceManagementManagedDevices.ReadWrite.All'];

describe('the client against the mock server', () => {
  it('an expired token heals: getToken({ forceRefresh: true }) once, exactly two requests', async () => {
    const client = (await import(join(dist, 'index.js'))) as Mod;
    const mocks = (await import(join(dist, 'mocks', 'index.js'))) as Mocks;
    const server = await mocks.startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const expired = mocks.mockToken({ scheme: 'DelegatedWork', scopes: SCOPES, expiresAt: new Date(Date.now() - 60_000) });
      const fresh = mocks.mockToken({ scheme: 'DelegatedWork', scopes: SCOPES });
      const asked: unknown[] = [];
      const sent: string[] = [];
      const api = client.createClient({
        baseUrl: server.url,
        getToken: (options?: { forceRefresh?: boolean }) => {
          asked.push(options);
          return options?.forceRefresh === true ? fresh : expired;
        },
        fetch: async (url: string, init: RequestInit) => {
          sent.push(new Headers(init.headers).get('authorization') ?? '');
          return fetch(url, init);
        },
      });
      await expect(api.users.byUsersId(USER).patch({ deviceEnrollmentLimit: 7 - 2 })).resolves.toMatchObject({ id: USER, deviceEnrollmentLimit: 5 });
      expect(sent).toEqual([`Bearer ${expired}`, `Bearer ${fresh}`]);
      expect(asked).toEqual([undefined, { forceRefresh: true }]);

      // A token that stays expired: one refresh, then the 401 is final (two requests, no loop).
      sent.length = 0;
      const stale = client.createClient({ baseUrl: server.url, getToken: () => expired, fetch: async (url: string, init: RequestInit) => (sent.push('x'), fetch(url, init)) });
      const result = await stale.users.byUsersId(USER).patch.safe({ deviceEnrollmentLimit: 5 });
      expect(sent).toHaveLength(2);
      expect(result.ok).toBe(false);
      expect(result.error?.status).toBe(401);
      expect(result.error).toBeInstanceOf(client.ApiError);
      expect(result.response.status).toBe(401);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('safe() resolves with the data or the typed error; error bodies are validated when response validation is on', async () => {
    const client = (await import(join(dist, 'index.js'))) as Mod;
    const mocks = (await import(join(dist, 'mocks', 'index.js'))) as Mocks;
    const server = await mocks.startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const token = mocks.mockToken({ scheme: 'DelegatedWork', scopes: SCOPES });
      const api = client.createClient({ baseUrl: server.url, getToken: () => token });
      const ok = await api.users.byUsersId(USER).patch.safe({ deviceEnrollmentLimit: 5 });
      expect(ok).toMatchObject({ ok: true, data: { id: USER } });
      const missing = await api.users.byUsersId('nobody').patch.safe({ deviceEnrollmentLimit: 5 });
      expect(missing.ok).toBe(false);
      expect(missing.error?.status).toBe(404);
      expect(missing.error?.body).toMatchObject({ error: { code: 'Request_ResourceNotFound' } });

      // A 404 whose body breaks the declared OdataError: accepted without validation, refused with it.
      const bad = async (): Promise<Response> => new Response(JSON.stringify({ error: 'nope' }), { status: 404, headers: { 'content-type': 'application/json' } });
      const loose = client.createClient({ fetch: bad, getToken: () => token, retry: false });
      expect((await loose.users.byUsersId(USER).patch.safe({})).error?.status).toBe(404);
      const strict = client.createClient({ fetch: bad, getToken: () => token, retry: false, validate: { response: true } });
      await expect(strict.users.byUsersId(USER).patch.safe({})).rejects.toMatchObject({ name: 'ValidationError' });
      await expect(client.readUpdateUserResult(await bad(), { validate: true })).rejects.toMatchObject({ name: 'ValidationError' });
      expect((await client.readUpdateUserResult(await bad())).error?.status).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);
});
