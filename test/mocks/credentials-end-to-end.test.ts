import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from './mock-package.js';
import { httpTransport, type RunningMock } from './transports.js';

type Secret = string | (() => string | undefined | Promise<string | undefined>);
interface Credentials {
  apiKey?: Secret | { headerKey?: Secret; queryKey?: Secret; cookieKey?: Secret };
  basic?: { username: string; password: string };
  bearer?: Secret;
}
interface Call<T> {
  get(): Promise<T>;
}
/** The parts of the client generated from test/fixtures/specs/credentials these tests use. */
interface ClientModule {
  createClient(options: { baseUrl?: string; credentials?: Credentials; fetch?: (url: string, init: RequestInit) => Promise<Response>; retry?: false }): {
    reports: Call<unknown> & { byReportId(id: string): Call<unknown> & { delete(): Promise<unknown> } };
    status: Call<string>;
  };
  ApiError: new (...args: never[]) => Error & { status: number };
}

/**
 * Every credential kind end to end: the generated client sends what each operation's security
 * requirements ask for, from its typed `credentials` option, to the mock server on 127.0.0.1,
 * which answers 401 when the credential is missing.
 */
let pkg: GeneratedPackage;
let client: ClientModule;
beforeAll(async () => {
  pkg = await generatePackage(['test/fixtures/specs/credentials']);
  client = pkg.root as unknown as ClientModule;
});
afterAll(() => pkg?.remove());

describe('credentials against the mock server', () => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  /** The client, with a fetch that records each request's URL and headers. */
  const recording = (credentials: Credentials | undefined) => {
    const sent: { url: string; headers: Headers }[] = [];
    const api = client.createClient({
      baseUrl: mock!.base,
      retry: false,
      ...(credentials === undefined ? {} : { credentials }),
      fetch: (url, init) => {
        sent.push({ url, headers: new Headers(init.headers) });
        return fetch(url, init);
      },
    });
    return { api, sent };
  };
  const status = (call: Promise<unknown>) => call.then(() => 200, (e: unknown) => (e instanceof client.ApiError ? e.status : Promise.reject(e)));

  it('sends an API key in a header, and the mock refuses the call without it', async () => {
    mock = await httpTransport.start(pkg);
    const { api, sent } = recording({ apiKey: { headerKey: 'h-123' } });
    await expect(api.reports.get()).resolves.toBeDefined();
    expect(sent[0]!.headers.get('x-api-key')).toBe('h-123');
    // One key for every apiKey scheme, from a function called at each call.
    const single = recording({ apiKey: async () => 'k-1' });
    await single.api.reports.get();
    expect(single.sent[0]!.headers.get('x-api-key')).toBe('k-1');
    expect(await status(recording(undefined).api.reports.get())).toBe(401);
    expect(await status(recording({ apiKey: { queryKey: 'only-query' } }).api.reports.get())).toBe(401);
  });

  it('sends an API key in the query string, and the mock refuses the call without it', async () => {
    mock = await httpTransport.start(pkg);
    const { api, sent } = recording({ apiKey: { queryKey: 'q 1&2' } });
    expect(await status(api.reports.byReportId('r1').get())).not.toBe(401);
    expect(new URL(sent[0]!.url).searchParams.get('api_key')).toBe('q 1&2');
    expect(sent[0]!.headers.get('authorization')).toBeNull();
    expect(await status(recording({ apiKey: { headerKey: 'not the one' } }).api.reports.byReportId('r1').get())).toBe(401);
  });

  it('sends HTTP Basic, and the mock refuses the call without it', async () => {
    mock = await httpTransport.start(pkg);
    const { api, sent } = recording({ basic: { username: 'ana', password: 'pä:ss' } });
    expect(await status(api.reports.byReportId('r1').get())).not.toBe(401);
    const header = sent[0]!.headers.get('authorization')!;
    expect(header).toMatch(/^Basic /);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('ana:pä:ss');
    expect(await status(recording(undefined).api.reports.byReportId('r1').get())).toBe(401);
  });

  it('sends two schemes a requirement needs together (Basic and a cookie key)', async () => {
    mock = await httpTransport.start(pkg);
    const both = recording({ basic: { username: 'ana', password: 'x' }, apiKey: { cookieKey: 's=1' } });
    expect(await status(both.api.reports.byReportId('r1').delete())).not.toBe(401);
    expect(both.sent[0]!.headers.get('cookie')).toBe('session=s%3D1');
    expect(both.sent[0]!.headers.get('authorization')).toMatch(/^Basic /);
    // Basic alone does not satisfy the requirement: nothing is sent, and the mock says 401.
    const basicOnly = recording({ basic: { username: 'ana', password: 'x' } });
    expect(await status(basicOnly.api.reports.byReportId('r1').delete())).toBe(401);
    expect(basicOnly.sent[0]!.headers.get('authorization')).toBeNull();
  });

  it('lets an operation open to anonymous calls through, and sends a bearer token when given one', async () => {
    mock = await httpTransport.start(pkg);
    expect(await status(recording(undefined).api.status.get())).toBe(200);
    const { api, sent } = recording({ bearer: 'tok' });
    await api.status.get();
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer tok');
  });
});
