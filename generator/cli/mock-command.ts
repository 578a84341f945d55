import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '../config.js';
import { formatDiagnostic } from '../diagnostics.js';
import { generate } from '../index.js';
import { flagValue, flagValues, parseArgs, UsageError } from './args.js';
import type { CommandIO } from './command-io.js';

export const MOCK_HELP = `apiwright mock [--spec <dir|file>...] [--port 4010] [--host 127.0.0.1] [--seed <n>] [--latency <ms>] [--fault-rate <0..1>] [--page-size <n>] [--cors-origin <origin>...]

  Serve a mock of the API over HTTP, generated from the spec files in memory: the permission
  table enforced, request bodies validated, an in-memory store seeded from the examples, errors in
  Microsoft Graph's envelope. One log line per request; Ctrl-C (SIGINT) or SIGTERM stops it.

  --spec <path>         spec folder or file; repeat for more (default: spec/)
  --templates <dir>     folder of templates that override the built-in ones by file name
  --port <n>            port to listen on (default 4010; 0 picks a free one)
  --host <host>         interface to listen on (default 127.0.0.1)
  --seed <n>            seed for request ids, new keys and faults (default 1)
  --latency <ms>        delay every response
  --fault-rate <0..1>   answer this share of requests with 429 or 503 and Retry-After
  --page-size <n>       most items on one page of a paged list (default 100; $top asks for fewer)
  --cors-origin <url>   an origin browser pages may call from; repeat for more (default: any, *)

Exit codes: 0 stopped by a signal, 1 the server could not start, 2 usage or spec error.`;

/** What the generated `dist/mocks/server.js` exports (the parts used here). */
interface MockServerModule {
  startMockServer(options: {
    port: number;
    host: string;
    seed?: number;
    latencyMs?: number;
    faults?: { rate: number };
    pageSize?: number;
    corsOrigins?: '*' | string[];
    log: (line: string) => void;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

export interface MockServerSettings {
  spec?: string[];
  templates?: string;
  port: number;
  host: string;
  seed?: number;
  latencyMs?: number;
  faultRate?: number;
  pageSize?: number;
  corsOrigins?: string[];
}

export async function mockCommand(argv: string[], io: CommandIO): Promise<number> {
  const settings = mockSettings(argv);
  if (settings === 'help') {
    io.out(MOCK_HELP);
    return 0;
  }
  if (io.signal !== undefined) return runMockServer(settings, io, io.signal);
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => stop.abort(signal);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runMockServer(settings, io, stop.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Generate the package in memory, write it to a temporary folder, serve its mock until `stop`
 * aborts, then close the server and remove the folder.
 */
export async function runMockServer(settings: MockServerSettings, io: CommandIO, stop: AbortSignal): Promise<number> {
  // The mock server needs the mocks, whatever outputs apiwright.config.json chooses.
  const configured = readConfig(io.cwd).outputs;
  const result = await generate({
    cwd: io.cwd,
    ...(configured === undefined || configured.includes('mocks') ? {} : { outputs: [...configured, 'mocks'] }),
    ...(settings.spec === undefined ? {} : { spec: settings.spec }),
    ...(settings.templates === undefined ? {} : { templates: settings.templates }),
  });
  for (const warning of result.warnings) io.err(formatDiagnostic(warning));
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-mock-'));
  try {
    for (const file of result.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    const module = (await import(pathToFileURL(join(dir, 'dist', 'mocks', 'server.js')).href)) as MockServerModule;
    let server: { url: string; close(): Promise<void> };
    try {
      server = await module.startMockServer({
        port: settings.port,
        host: settings.host,
        ...(settings.seed === undefined ? {} : { seed: settings.seed }),
        ...(settings.latencyMs === undefined ? {} : { latencyMs: settings.latencyMs }),
        ...(settings.faultRate === undefined ? {} : { faults: { rate: settings.faultRate } }),
        ...(settings.pageSize === undefined ? {} : { pageSize: settings.pageSize }),
        ...(settings.corsOrigins === undefined ? {} : { corsOrigins: settings.corsOrigins }),
        log: (line) => io.out(line),
      });
    } catch (error) {
      io.err(`apiwright mock: cannot listen on ${settings.host}:${settings.port}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const count = result.summary.operations;
    io.out(`apiwright mock: listening on ${server.url} (${count} operation${count === 1 ? '' : 's'}); stop with Ctrl-C`);
    const reason = await aborted(stop);
    io.out(`apiwright mock: ${reason}, shutting down`);
    await server.close();
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mockSettings(argv: string[]): MockServerSettings | 'help' {
  const args = parseArgs(argv, {
    spec: { value: true, repeat: true },
    templates: { value: true },
    port: { value: true },
    host: { value: true },
    seed: { value: true },
    latency: { value: true },
    'fault-rate': { value: true },
    'page-size': { value: true },
    'cors-origin': { value: true, repeat: true },
    help: {},
  });
  if (args.flags.has('help')) return 'help';
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]} (spec paths go after --spec)`);
  const spec = flagValues(args, 'spec');
  const templates = flagValue(args, 'templates');
  const seed = numberFlag(flagValue(args, 'seed'), '--seed', (n) => Number.isInteger(n));
  const latencyMs = numberFlag(flagValue(args, 'latency'), '--latency', (n) => n >= 0);
  const faultRate = numberFlag(flagValue(args, 'fault-rate'), '--fault-rate', (n) => n >= 0 && n <= 1);
  const pageSize = numberFlag(flagValue(args, 'page-size'), '--page-size', (n) => Number.isInteger(n) && n >= 1);
  const corsOrigins = flagValues(args, 'cors-origin');
  for (const origin of corsOrigins ?? []) {
    if (origin !== '*' && !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+$/i.test(origin)) throw new UsageError(`--cors-origin ${origin} is not an origin (scheme://host[:port], no path) or *`);
  }
  return {
    ...(spec === undefined ? {} : { spec }),
    ...(templates === undefined ? {} : { templates }),
    port: numberFlag(flagValue(args, 'port'), '--port', (n) => Number.isInteger(n) && n >= 0 && n <= 65535) ?? 4010,
    host: flagValue(args, 'host') ?? '127.0.0.1',
    ...(seed === undefined ? {} : { seed }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(faultRate === undefined ? {} : { faultRate }),
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(corsOrigins === undefined || corsOrigins.includes('*') ? {} : { corsOrigins }),
  };
}

function numberFlag(value: string | undefined, name: string, valid: (n: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || !valid(number)) throw new UsageError(`${name} got ${JSON.stringify(value)}, which is not a valid value`);
  return number;
}

/** Resolves when `signal` aborts, with its reason (the signal name) as text. */
function aborted(signal: AbortSignal): Promise<string> {
  const reason = (): string => (typeof signal.reason === 'string' ? signal.reason : 'stopped');
  if (signal.aborted) return Promise.resolve(reason());
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(reason()), { once: true }));
}
