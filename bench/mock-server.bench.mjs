// Mock throughput: the generated mock of the seed spec (generated/), answering the same valid
// PATCH /users/{id} (token decoded, permission table checked, body parsed and validated, store
// merged) three ways in one run: the mock server over loopback HTTP (node:http + fetch), the MSW
// handlers (setupServer intercepting fetch), the Fetch-style handler (`api.handle`: a Fetch
// Request in, a Response out, no transport), and the core itself (`api.answer`: the plain request
// the server and batch steps give it, no Fetch objects) as a baseline. A fixed number of requests per way (BENCH_REQUESTS, default 3000) with BENCH_CONCURRENCY
// (default 16) in flight, after a warm-up; each way is bounded to BENCH_TIMEOUT_MS (default 60 000).
// The server is also driven by a keep-alive node:http client (fetch's own cost hides the server's),
// beside a bare node:http server answering the same JSON to the same client: their ratio is the
// mock's own cost. Targets: core (`api.answer`) >= 40k req/s; mock server >= 0.7x the bare server.
import { Agent, createServer, request as httpRequest } from 'node:http';
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

/** A keep-alive node:http client: the same PATCH, answered as `{ status, arrayBuffer() }`. */
function keepAliveClient(base) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(base + USER);
  const send = (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 });
      const req = httpRequest(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, arrayBuffer: async () => Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

/** The least a server can do for this request: read and parse the body, answer a fixed JSON. */
async function startBareServer(answer) {
  const text = JSON.stringify(answer);
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const results = [];
results.push(
  await measure('mock server, keep-alive node:http client', async () => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1' });
    const client = keepAliveClient(server.url);
    return { send: client.send, tearDown: async () => (client.close(), await server.close()) };
  }),
);
const sample = await (await createMockApi().handle(request(createMockApi().baseUrl, 0))).json();
results.push(
  await measure('bare node:http server, same client', async () => {
    const server = await startBareServer(sample);
    const client = keepAliveClient(server.url);
    return { send: client.send, tearDown: async () => (client.close(), await server.close()) };
  }),
);
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
  await measure('Fetch handler (api.handle, no transport)', async () => {
    const api = createMockApi();
    return { send: (i) => api.handle(request(api.baseUrl, i)), tearDown: async () => {} };
  }),
);
const encoder = new TextEncoder();
const plainHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
results.push(
  await measure('core (api.answer, plain request)', async () => {
    const api = createMockApi();
    const url = api.baseUrl + USER;
    const headers = { get: (name) => plainHeaders[name.toLowerCase()] ?? null };
    const send = async (i) => {
      const bytes = encoder.encode(JSON.stringify({ deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 }));
      const reply = await api.answer({ method: 'PATCH', url, headers, readBody: async () => ({ ok: true, bytes }) });
      return { status: reply.status, arrayBuffer: async () => reply.body };
    };
    return { send, tearDown: async () => {} };
  }),
);

console.log(`node ${process.version}, ${REQUESTS} requests per way, ${CONCURRENCY} in flight (after ${WARM_UP} warm-up)`);
for (const r of results) {
  console.log(`${r.name.padEnd(42)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`);
}
const rps = (name) => results.find((r) => r.name.startsWith(name)).rps;
console.log(`\ntargets: core ${rps('core (api.answer').toFixed(0)} req/s (>= 40000); mock server / bare server, keep-alive client ${(rps('mock server, keep-alive') / rps('bare node:http')).toFixed(2)}x (>= 0.7x)`);
