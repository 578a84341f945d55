import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import type { GeneratedPackage, MockApiLike, MockOptions } from './mock-package.js';

/** A running mock, reached through one transport. */
export interface RunningMock {
  /** Base URL of the API (the server's, or the spec's for MSW). */
  readonly base: string;
  readonly api: MockApiLike;
  /** `fetch(base + path, init)`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface MockTransport {
  readonly name: string;
  start(pkg: GeneratedPackage, options?: MockOptions): Promise<RunningMock>;
}

/** The mock server over node:http on 127.0.0.1 (a free port), reached with the global fetch. */
export const httpTransport: MockTransport = {
  name: 'real HTTP on 127.0.0.1',
  async start(pkg, options = {}) {
    const api = pkg.mocks.createMockApi(options);
    const server = await pkg.mocks.startMockServer({ api, port: 0, host: '127.0.0.1' });
    return { base: server.url, api, request: (path, init) => fetch(server.url + path, init), close: () => server.close() };
  },
};

/** MSW's `setupServer` with the generated handlers, reached with the global fetch it intercepts. */
export const mswTransport: MockTransport = {
  name: 'MSW setupServer + fetch',
  async start(pkg, options = {}) {
    const api = pkg.mocks.createMockApi(options);
    const server = setupServer(...(pkg.msw.handlersFor(api) as RequestHandler[]));
    server.listen({ onUnhandledRequest: 'error' });
    let closed = false;
    return {
      base: api.baseUrl,
      api,
      request: (path, init) => fetch(api.baseUrl + path, init),
      close: async () => {
        if (closed) return;
        closed = true;
        server.close();
      },
    };
  },
};

export const TRANSPORTS: readonly MockTransport[] = [httpTransport, mswTransport];
