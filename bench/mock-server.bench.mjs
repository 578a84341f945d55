// Mock throughput: the generated mock of the seed spec (generated/), answering the same valid
// PATCH /users/{id} (token decoded, permission table checked, body parsed and validated, store
// merged) three ways in one run: the mock server over loopback HTTP (node:http + fetch), the MSW
// handlers (setupServer intercepting fetch), and the bare core handler (no transport) as a
// baseline. A fixed number of requests per way (BENCH_REQUESTS, default 3000) with BENCH_CONCURRENCY
// (default 16) in flight, after a warm-up; each way is bounded to BENCH_TIMEOUT_MS (default 60 000).
import { setupServer } from 'msw/node';
import { createMockApi, mockToken, startMockServer } from '../generated/dist/mocks/index.js';
import { handlersFor } from '../generated/dist/mocks/msw.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);
const WARM_UP = Math.min(300, REQUESTS);
const USER = '/users/d36894ae-94ae-d368-ae94-68d3ae9468d3';
const token = mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });

function request(base, i) {
  return new Request(base + USER, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 }),
  });
}

/** Send `count` requests, `CONCURRENCY` at a time; every response must be a 200. */
async function drive(count, send, deadline) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  async function worker() {
    while (next < count) {
      if (performance.now() > deadline) throw new Error(`over the ${TIMEOUT_MS} ms bound after ${next} requests`);
      const i = next++;
      const started = performance.now();
      const response = await send(i);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status !== 200) failures++;
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rps: count / seconds, p50: at(0.5), p99: at(0.99), failures };
}

async function measure(name, setUp) {
  const { send, tearDown } = await setUp();
  try {
    const deadline = performance.now() + TIMEOUT_MS;
    await drive(WARM_UP, send, deadline);
    const result = await drive(REQUESTS, send, deadline);
    if (result.failures > 0) throw new Error(`${result.failures} responses were not 200`);
    return { name, ...result };
  } finally {
    await tearDown();
  }
}

const results = [];
results.push(
  await measure('mock server (node:http, loopback)', async () => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1' });
    return { send: (i) => fetch(request(server.url, i)), tearDown: () => server.close() };
  }),
);
results.push(
  await measure('MSW handlers (setupServer + fetch)', async () => {
    const api = createMockApi();
    const server = setupServer(...handlersFor(api));
    server.listen({ onUnhandledRequest: 'error' });
    return { send: (i) => fetch(request(api.baseUrl, i)), tearDown: async () => server.close() };
  }),
);
results.push(
  await measure('core handler (api.handle, no transport)', async () => {
    const api = createMockApi();
    return { send: (i) => api.handle(request(api.baseUrl, i)), tearDown: async () => {} };
  }),
);

console.log(`node ${process.version}, ${REQUESTS} requests per way, ${CONCURRENCY} in flight (after ${WARM_UP} warm-up)`);
for (const r of results) {
  console.log(`${r.name.padEnd(42)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`);
}
