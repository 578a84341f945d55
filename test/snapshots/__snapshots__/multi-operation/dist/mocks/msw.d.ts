import { http, type HttpHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';

/**
 * MSW handlers that answer every request below the mock's base URLs (`api.baseUrls`: the API's,
 * and those of operations with servers of their own) with `api.handle`, so state and options are
 * the given mock's (`api.store`, `api.reset()`).
 */
export declare function handlersFor(api: MockApi): HttpHandler[];

/** MSW handlers over a new mock: `setupServer(...createHandlers())` or `setupWorker(...)`. */
export declare function createHandlers(options?: MockApiOptions): HttpHandler[];
