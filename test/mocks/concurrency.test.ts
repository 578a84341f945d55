import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, SEED_USER_ID, type GeneratedPackage } from './mock-package.js';
import { TRANSPORTS, type RunningMock } from './transports.js';

/** 200 PATCHes in flight at once: the store ends equal to one of them, nobody gets a 5xx or waits forever. */
const REQUESTS = 200;

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

describe.each(TRANSPORTS)('200 concurrent PATCHes through $name', (transport) => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  it('leave the seed user equal to one sent value; every response shows its own write', async () => {
    mock = await transport.start(seed);
    const token = seed.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementApps.ReadWrite.All'] });
    const values = Array.from({ length: REQUESTS }, (_, i) => (i % 2 === 0 ? 5 : 1000));
    const responses = await Promise.all(
      values.map(async (value) => {
        const response = await mock!.request(`/users/${SEED_USER_ID}`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ deviceEnrollmentLimit: value }),
          signal: AbortSignal.timeout(30_000),
        });
        return { value, status: response.status, body: (await response.json()) as { deviceEnrollmentLimit?: number } };
      }),
    );
    expect(responses.filter((r) => r.status !== 200)).toEqual([]);
    for (const r of responses) expect(r.body.deviceEnrollmentLimit).toBe(r.value);
    const final = mock.api.store.get('/users', SEED_USER_ID);
    expect(final).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: expect.any(Number) });
    expect(values).toContain(final!.deviceEnrollmentLimit);
  });

  it('leave an entity equal to exactly one of 200 different bodies, never a mix', async () => {
    mock = await transport.start(things);
    const token = things.mocks.mockToken({ scheme: 'DelegatedWork', scopes: ['Things.ReadWrite.All'] });
    const bodies = Array.from({ length: REQUESTS }, (_, i) => ({ name: `name-${i}`, size: i % 101 }));
    const statuses = await Promise.all(
      bodies.map(async (body) => {
        const response = await mock!.request('/things/thing-2', {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(statuses.filter((s) => s !== 204)).toEqual([]);
    const final = mock.api.store.get('/things', 'thing-2')!;
    const sent = bodies.find((b) => b.name === final.name);
    expect(sent).toBeDefined();
    expect(final).toEqual({ '@odata.type': '#things.thing', id: 'thing-2', ...sent });
  });
});
