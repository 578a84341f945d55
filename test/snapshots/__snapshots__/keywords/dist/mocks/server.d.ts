import { createMockApi, type MockApi, type MockApiOptions } from './api.js';
import type { BodyRead, MockRequest } from './runtime/exchange.js';

export interface MockServerOptions extends MockApiOptions {
  /** Port to listen on (default 4010; 0 picks a free one). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Serve this mock instead of a new one (the other mock options are then ignored). */
  readonly api?: MockApi;
  /** Called with one line per request: method, path, status, duration, request id. */
  readonly log?: (line: string) => void;
  /**
   * Origins a browser page may call the mock from (CORS): `'*'` (the default) for any, or a list
   * (`['http://localhost:5173']`). Preflights (`OPTIONS`) are answered with 204.
   */
  readonly corsOrigins?: '*' | readonly string[];
}

export interface MockServer {
  /** Base URL of the API on this server (`http://127.0.0.1:4010/v1.0`): give it to the client. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly api: MockApi;
  /** Stop accepting connections, let requests in flight finish, and resolve when closed. */
  close(): Promise<void>;
}

/** Serve the mock over HTTP. Resolves once listening. */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
