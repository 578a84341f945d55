// Mock throughput: the generated mock of the seed spec (generated/), answering the same valid
// PATCH /users/{id} (token decoded, permission table checked, body parsed and validated, store
// merged) several ways in one run: the mock server over loopback HTTP driven by a keep-alive
// node:http client (fetch's own cost hides the server's), beside a bare node:http server answering
// the same JSON bytes to the same client (their ratio is the mock's own cost); the mock server
// through fetch; the MSW handlers (setupServer intercepting fetch); the Fetch-style handler
// (`api.handle`: a Fetch Request in, a Response out, no transport); and the core itself
// (`api.answer`: the plain request the server and batch steps give it, no Fetch objects).
//
// BENCH_REQUESTS (default 3000) per way and round, BENCH_CONCURRENCY (default 16) in flight, after a
// warm-up in every round; each way is bounded to BENCH_TIMEOUT_MS (default 60 000) per round. The
// mock server and the bare server run BENCH_ROUNDS rounds (default 5) after BENCH_WARM_UP requests
// each (default 2000, at most BENCH_REQUESTS), alternating which goes first,
// both listening throughout, each with its own keep-alive agent; so does the core. Each figure is the
// median of its rounds; the ratio is the median of the rounds' ratios. The other ways run one round.
// Targets: core (`api.answer`) >= 40k req/s; mock server >= 0.7x the bare server.
import { Agent, createServer, request as httpRequest } from 'node:http';
import { setupServer } from 'msw/node';
import { createMockApi, mockToken, startMockServer } from '../generated/dist/mocks/index.js';
import { handlersFor } from '../generated/dist/mocks/msw.js';
import { saveResults, target } from './results.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const WARM_UP = Math.min(300, REQUESTS);
/** Requests each way of `rounds` answers before its first round, so that no round measures a cold JIT. */
const FIRST_WARM_UP = Number(process.env.BENCH_WARM_UP ?? Math.min(2000, REQUESTS));
const USER = '/users/d36894ae-94ae-d368-ae94-68d3ae9468d3';
const token = mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });

/** The body of request `i`: two alternating values, so every PATCH changes the stored user. */
const bodyOf = (i) => JSON.stringify({ deviceEnrollmentLimit: i % 2 === 0 ? 5 : 1000 });

function request(base, i) {
  return new Request(base + USER, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: bodyOf(i),
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
    return { name, ...(await round(send)) };
  } finally {
    await tearDown();
  }
}

/** One round of a way: a warm-up, then `REQUESTS` requests measured; every answer must be a 200. */
async function round(send) {
  const deadline = performance.now() + TIMEOUT_MS;
  await drive(WARM_UP, send, deadline);
  const result = await drive(REQUESTS, send, deadline);
  if (result.failures > 0) throw new Error(`${result.failures} responses were not 200`);
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** `ROUNDS` rounds of each way, the order alternating; every figure the median of its rounds. */
async function rounds(ways) {
  const results = ways.map(() => []);
  for (const way of ways) await drive(FIRST_WARM_UP, way.send, performance.now() + TIMEOUT_MS);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? ways.map((_, i) => i) : ways.map((_, i) => ways.length - 1 - i);
    for (const i of order) results[i].push(await round(ways[i].send));
  }
  return ways.map((way, i) => ({
    name: way.name,
    rounds: results[i],
    rps: median(results[i].map((r) => r.rps)),
    p50: median(results[i].map((r) => r.p50)),
    p99: median(results[i].map((r) => r.p99)),
  }));
}

/** A keep-alive node:http client: the same PATCH, answered as `{ status, arrayBuffer() }`. */
function keepAliveClient(base) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(base + USER);
  const send = (i) =>
    new Promise((resolve, reject) => {
      const body = bodyOf(i);
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

/**
 * The least a server can do for this request: read and parse the body, answer with the bytes the
 * mock answers that body with (`answers`: by the PATCHed value; the same bytes, not the same work).
 */
async function startBareServer(answers) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = answers.get(JSON.parse(Buffer.concat(chunks).toString('utf8')).deviceEnrollmentLimit);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// What the mock answers each of the two bodies with: the bare server's answers.
const answers = new Map();
{
  const api = createMockApi();
  for (const i of [0, 1]) answers.set(JSON.parse(bodyOf(i)).deviceEnrollmentLimit, await (await api.handle(request(api.baseUrl, i))).text());
}

// The mock server and the bare server, both listening throughout, each with its own agent.
const mockServer = await startMockServer({ port: 0, host: '127.0.0.1' });
const mockClient = keepAliveClient(mockServer.url);
const bareServer = await startBareServer(answers);
const bareClient = keepAliveClient(bareServer.url);
for (const i of [0, 1]) {
  const [fromMock, fromBare] = await Promise.all([mockClient.send(i), bareClient.send(i)]);
  const [mockBody, bareBody] = [Buffer.from(await fromMock.arrayBuffer()).toString('utf8'), Buffer.from(await fromBare.arrayBuffer()).toString('utf8')];
  if (mockBody !== bareBody || fromMock.status !== 200) throw new Error(`the bare server must answer the mock's bytes: ${mockBody} vs ${bareBody}`);
}
const encoder = new TextEncoder();
const plainHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
const coreApi = createMockApi();
const coreUrl = coreApi.baseUrl + USER;
const coreHeaders = { get: (name) => plainHeaders[name.toLowerCase()] ?? null };
const sendToCore = async (i) => {
  const bytes = encoder.encode(bodyOf(i));
  const reply = await coreApi.answer({ method: 'PATCH', url: coreUrl, headers: coreHeaders, readBody: async () => ({ ok: true, bytes }) });
  return { status: reply.status, arrayBuffer: async () => reply.body };
};
const measured = await rounds([
  { name: 'mock server, keep-alive node:http client', send: mockClient.send },
  { name: 'bare node:http server, same client', send: bareClient.send },
]);
mockClient.close();
bareClient.close();
await mockServer.close();
await bareServer.close();
const [core] = await rounds([{ name: 'core (api.answer, plain request)', send: sendToCore }]);

const results = [...measured];
results.push(
  await measure('mock server (node:http + fetch, loopback)', async () => {
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
results.push(core);

console.log(`node ${process.version}, ${REQUESTS} requests per way and round, ${CONCURRENCY} in flight (after ${WARM_UP} warm-up each round); ${ROUNDS} rounds of the first two ways and the core after ${FIRST_WARM_UP} warm-up requests each (medians)`);
for (const r of results) {
  const spread = r.rounds === undefined ? '' : `   rounds ${r.rounds.map((x) => x.rps.toFixed(0)).join(' ')}`;
  console.log(`${r.name.padEnd(42)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms${spread}`);
}
const [mockRounds, bareRounds] = measured.map((m) => m.rounds);
const ratios = mockRounds.map((m, i) => m.rps / bareRounds[i].rps);
const ratio = median(ratios);
const coreRps = core.rps;
console.log(`\nmock server / bare server, keep-alive client, per round: ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
const targets = [
  target('mock core (api.answer), seed PATCH', coreRps, { atLeast: 40000, unit: ' req/s', digits: 0 }),
  target('mock server ÷ bare node:http server, same keep-alive client', ratio, { atLeast: 0.7, digits: 3 }),
];
const table = [
  `${REQUESTS} requests per way and round, ${CONCURRENCY} in flight, ${ROUNDS} rounds (medians)`,
  '',
  '| way | req/s | p50 ms | p99 ms |',
  '| --- | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`),
].join('\n');
saveResults('mock-server', { title: 'Mocks under load', command: `BENCH_REQUESTS=${REQUESTS} npm run bench -- mock-server`, tables: [table], targets });
