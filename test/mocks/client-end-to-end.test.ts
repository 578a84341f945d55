import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, SEED_USER_ID, type GeneratedPackage } from './mock-package.js';
import { TRANSPORTS, type RunningMock } from './transports.js';

/** The parts of the generated client these tests use. */
interface ClientModule {
  createClient(options: {
    baseUrl?: string;
    fetch?: (url: string, init: RequestInit) => Promise<Response>;
    getToken?: () => string;
    retry?: { maxAttempts?: number; baseDelayMs?: number } | false;
  }): { users: { byUsersId(id: string): { patch(body: Record<string, unknown>): Promise<unknown> } } };
  ApiError: new (...args: never[]) => Error & { status: number; code: string | undefined; requestId: string | undefined };
}

/**
 * The generated client against the generated mock: the seed's "Update user" end to end, through
 * the mock server on 127.0.0.1 and through MSW.
 */
let pkg: GeneratedPackage;
let client: ClientModule;

beforeAll(async () => {
  pkg = await generatePackage(['spec']);
  client = pkg.root as unknown as ClientModule;
});

afterAll(() => pkg?.remove());

describe.each(TRANSPORTS)('the generated client through $name', (transport) => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  const devicesToken = () => pkg.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });

  it('patches the seed user with a Devices token, and a later call sees the change', async () => {
    mock = await transport.start(pkg);
    const api = client.createClient({ baseUrl: mock.base, getToken: devicesToken });
    const updated = await api.users.byUsersId(SEED_USER_ID).patch({ deviceEnrollmentLimit: 1000 });
    expect(updated).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 1000 });
    const later = await api.users.byUsersId(SEED_USER_ID).patch({});
    expect(later).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 1000 });
    expect(mock.api.store.get('/users', SEED_USER_ID)).toEqual(later);
  });

  it('rejects the same call with an application token: the client error class with status 403', async () => {
    mock = await transport.start(pkg);
    const api = client.createClient({
      baseUrl: mock.base,
      getToken: () => pkg.mocks.mockToken({ scheme: 'Application', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] }),
    });
    const call = api.users.byUsersId(SEED_USER_ID).patch({ deviceEnrollmentLimit: 1000 });
    await expect(call).rejects.toBeInstanceOf(client.ApiError);
    const error = (await call.catch((e: unknown) => e)) as InstanceType<ClientModule['ApiError']>;
    expect(error.status).toBe(403);
    expect(error.code).toBe('Authorization_RequestDenied');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(mock.api.store.get('/users', SEED_USER_ID)).not.toHaveProperty('deviceEnrollmentLimit');
  });

  it('retries after Prefer: code=429 on the first attempt only, and succeeds', async () => {
    mock = await transport.start(pkg, { faults: { rate: 0, retryAfter: 0 } });
    const statuses: number[] = [];
    let attempts = 0;
    const preferOnce = async (url: string, init: RequestInit): Promise<Response> => {
      attempts++;
      const headers = new Headers(init.headers);
      if (attempts === 1) headers.set('prefer', 'code=429');
      const response = await fetch(url, { ...init, headers });
      statuses.push(response.status);
      return response;
    };
    const api = client.createClient({ baseUrl: mock.base, fetch: preferOnce, getToken: devicesToken });
    const updated = await api.users.byUsersId(SEED_USER_ID).patch({ deviceEnrollmentLimit: 5 });
    expect(statuses).toEqual([429, 200]);
    expect(updated).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 5 });
  });
});
