import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from './mock-package.js';

/** The parts of the generated client these tests use. */
interface ClientModule {
  createClient(options: { getToken?: () => string; retry?: false }): {
    releases: {
      get(): Promise<unknown>;
      byReleaseId(id: string): { assets: { post(body: { name: string }): Promise<unknown> } };
    };
    status: { get(): Promise<unknown> };
  };
}

/**
 * Operations with servers of their own (path level, with a variable; operation level, another
 * host): the client sends each where its spec says, and the mock's MSW handlers answer there too.
 */
let pkg: GeneratedPackage;
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  pkg = await generatePackage(['test/mocks/fixtures/servers']);
  server = setupServer(...(pkg.msw.createHandlers() as Parameters<typeof setupServer>));
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => {
  server?.close();
  pkg?.remove();
});

describe('operations with servers of their own', () => {
  it('are answered below their own base URLs, through MSW, with the client left at its defaults', async () => {
    const api = (pkg.root as unknown as ClientModule).createClient({ retry: false });
    await expect(api.releases.get()).resolves.toEqual(['v1', 'v2']);
    await expect(api.releases.byReleaseId('r1').assets.post({ name: 'notes.txt' })).resolves.toEqual({ name: 'notes.txt' });
    await expect(api.status.get()).resolves.toEqual({ up: true });
  });

  it('lists every base URL, the API first', () => {
    const mock = pkg.mocks.createMockApi() as unknown as { baseUrls: string[] };
    expect(mock.baseUrls).toEqual(['https://api.releases.example/v1', 'https://uploads.releases.example/files', 'https://status.releases.example']);
  });

  it('does not answer an operation below another operation’s base path', async () => {
    const mock = pkg.mocks.createMockApi();
    const wrong = await mock.handle(new Request('https://api.releases.example/v1/releases/r1/assets', { method: 'POST', body: '{"name":"x"}', headers: { 'content-type': 'application/json' } }));
    expect(wrong.status).toBe(404);
    const right = await mock.handle(new Request('https://uploads.releases.example/files/releases/r1/assets', { method: 'POST', body: '{"name":"x"}', headers: { 'content-type': 'application/json' } }));
    expect(right.status).toBe(201);
  });

  it('puts every operation below `baseUrl` when one is given', async () => {
    const mock = pkg.mocks.createMockApi({ baseUrl: 'http://127.0.0.1:9/api' }) as unknown as { baseUrls: string[]; handle(r: Request): Promise<Response> };
    expect(mock.baseUrls).toEqual(['http://127.0.0.1:9/api']);
    expect((await mock.handle(new Request('http://127.0.0.1:9/api/status'))).status).toBe(200);
  });
});

describe('several spec files, several servers', () => {
  let files: GeneratedPackage;
  beforeAll(async () => {
    files = await generatePackage(['test/fixtures/specs/multi-server']);
  });
  afterAll(() => files?.remove());

  it('serves each operation below its own file’s servers (a file without servers at `/`), where the client sends it', async () => {
    const sent: string[] = [];
    const msw = setupServer(...(files.msw.createHandlers() as Parameters<typeof setupServer>));
    msw.listen({ onUnhandledRequest: 'error' });
    try {
      const client = (files.root as unknown as { createClient(o: { retry: false; fetch: (url: string, init: RequestInit) => Promise<Response> }): { items: { get(): Promise<unknown> }; upload: { post(body: { name: string }): Promise<unknown> } } }).createClient({
        retry: false,
        fetch: (url, init) => {
          sent.push(url);
          return fetch(url, init);
        },
      });
      await expect(client.items.get()).resolves.toEqual(['a', 'b']);
      await expect(client.upload.post({ name: 'x' })).resolves.toEqual({ name: 'uploaded' });
      expect(sent).toEqual(['https://catalog.example.com/v2/items', 'https://catalog.example.com/upload']);
    } finally {
      msw.close();
    }
    const mock = files.mocks.createMockApi();
    const below = await mock.handle(new Request('https://catalog.example.com/v2/upload', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }));
    expect(below.status).toBe(404);
  });
});
