import {
  createMockCore,
  type MockApi,
  type MockApiOptions,
  type MockRoute,
} from './runtime/core.js';
import type { MockData } from './runtime/store.js';
export type {
  MockApi,
  MockApiOptions,
  MockFaultOptions,
  MockRoute,
  ValidationIssue,
} from './runtime/core.js';
export type { Entity, MockData, MockStore } from './runtime/store.js';

/** The spec's first server URL: where the mock answers unless told otherwise (`baseUrl`). */
export declare const MOCK_BASE_URL = 'https://httpbin.org';

/** Every operation, for the mock runtime. */
export declare const MOCK_ROUTES: readonly MockRoute[];

/**
 * The store's initial content, from the spec's examples: entities by collection path. Pass your
 * own as `data` (spread this to keep these).
 */
export declare const MOCK_SEED_DATA: MockData;

/**
 * A mock of the API: a Fetch-style handler (`handle(request)`, resolving to a `Response`) with an
 * in-memory store, the permission table enforced and request bodies validated, answering in
 * the operation's declared error bodies.
 */
export declare function createMockApi(options?: MockApiOptions): MockApi;
