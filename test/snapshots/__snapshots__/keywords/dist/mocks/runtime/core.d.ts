import { decideAccess, needsToken } from './access.js';
import { missingCredentials, type MockSecurity } from './credentials.js';
import { fromFetchRequest, toFetchResponse, type MockReply, type MockRequest } from './exchange.js';
import {
  AUTHENTICATE_CHALLENGE,
  errorResponse,
  idHeaders,
  requestIds,
  type DeclaredError,
  type ErrorOptions,
  type RequestIds,
} from './errors.js';
import { accepts, contentTypeAllowed, mediaTypeEssence } from './negotiation.js';
import { randomUuid, seededRandom, type Random } from './random.js';
import { binaryBody, parseBody, type BodyFields } from './body-parsing.js';
import { fillTemplate, PathRouter } from './router.js';
import { MockStore, type Entity, type MockData } from './store.js';
import { parseStrictJson } from './strict-json.js';
import { readBearerToken } from './token.js';

/** One problem a generated validator found: JSON path, machine code, readable message. */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

export type BodyValidator = (
  value: unknown,
) => { readonly ok: true } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** One operation as the mock sees it (generated from the spec). */
export interface MockRoute {
  readonly operation: string;
  readonly method: string;
  /** Path template, as in the spec. */
  readonly path: string;
  /** The operation's own server (path or operation level), when it has one: its base URL. */
  readonly server: string | null;
  /** The operation's security requirements (any one suffices), checked when it has no permission table. */
  readonly security: MockSecurity | null;
  readonly requestBody: {
    readonly required: boolean;
    /** The media types the spec accepts (may hold wildcards). */
    readonly contentTypes: readonly string[];
    /** The body is JSON: parsed strictly and validated. */
    readonly json: boolean;
    /** The JSON body must be an object. */
    readonly object: boolean;
    readonly validate: BodyValidator | null;
    /** How a body that is not JSON is read: form and multipart fields, text, or bytes. */
    readonly kind?: 'json' | 'text' | 'form' | 'multipart' | 'binary';
    /** Form and multipart fields by name: the type each is read back as. */
    readonly fields?: BodyFields;
  } | null;
  readonly response: {
    readonly status: number;
    readonly media: {
      readonly contentType: string;
      readonly kind: 'json' | 'text' | 'form' | 'multipart' | 'binary';
      readonly example: unknown;
    } | null;
  };
  /** The error responses the operation declares, when the mock answers in their shape. */
  readonly errors?: readonly DeclaredError[];
  /** Set when the operation acts on a resource collection (see the mocks emitter). */
  readonly resource: {
    readonly action: 'list' | 'create' | 'read' | 'update' | 'replace' | 'delete';
    /** Collection path template. */
    readonly collection: string;
    /** Item path template; its last parameter is the key. */
    readonly item: string;
    readonly key: string;
    readonly keyType: 'string' | 'integer';
    /** A property that tells the entity's type (`{ property, value }`), set on new entities. */
    readonly typeTag: { readonly property: string; readonly value: string } | null;
    readonly listShape?: 'value' | 'array';
  } | null;
  /** The collection query options and paging the operation follows (read by `MockDefinition.queries`). */
  readonly query?: CollectionQuery | null;
}

/** What the mock knows of an operation's collection query options (generated from the spec). */
export interface CollectionQuery {
  /** The query options the operation declares (`$select`, `$filter`, ...). */
  readonly options: readonly string[];
  /** Names the options may use; `null`: any name. */
  readonly properties: readonly string[] | null;
  /** The response property holding the next page's URL, when the operation pages. */
  readonly nextLinkName: string | null;
}

/**
 * Query options of collections (filtering, ordering, paging, selecting), generated only for APIs
 * whose operations declare them: the core hands lists and reads of such routes to it.
 */
export interface CollectionQueries {
  /** The response body of a list: the page of `entries` the request's query picks (`array`: a bare array). */
  list(
    url: URL,
    query: CollectionQuery,
    entries: readonly { readonly entity: Entity; readonly order: number }[],
    pageSize: number,
    array: boolean,
  ): unknown;
  /** One entity as the request's query narrows it. */
  read(url: URL, query: CollectionQuery, entity: Entity): unknown;
  /** True for the error a query that cannot be answered throws (answered 400 with its message). */
  isQueryError(error: unknown): error is Error;
}

export interface MockDefinition {
  readonly routes: readonly MockRoute[];
  readonly seed: MockData;
  /** The spec's first server URL. */
  readonly baseUrl: string;
  /** Query options of collections, when some operation declares them (see `CollectionQueries`). */
  readonly queries?: CollectionQueries;
  /** JSON batching (`POST <base>/$batch`), when the API has it: every step answered by `handle`. */
  readonly batch?: (
    request: MockRequest,
    base: string,
    handle: (request: MockRequest) => Promise<MockReply>,
    fail: (status: number, code: string, message: string) => MockReply,
    maxBodyBytes: number,
  ) => Promise<MockReply>;
}

export interface MockFaultOptions {
  /** Share of requests (0 to 1) that fail with one of `statuses`, chosen by the seeded generator. */
  readonly rate: number;
  /** Statuses to fail with (default `[429, 503]`). */
  readonly statuses?: readonly number[];
  /** `Retry-After` seconds on fault responses, injected or preferred (default 1). */
  readonly retryAfter?: number;
}

export interface MockApiOptions {
  /** Initial store content by collection path; replaces the spec's examples (`MOCK_SEED_DATA`). */
  readonly data?: MockData;
  /**
   * Where the API lives; requests are matched below its path. Default: the spec's first server,
   * and for an operation with servers of its own, the first of those. Given, it holds every
   * operation (as the client's `baseUrl` option sends every request there).
   */
  readonly baseUrl?: string;
  /** Delay before every response: milliseconds, or a range the seeded generator picks from. */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /** Random faults. A request can always ask for one with `Prefer: code=429` (or any 4xx/5xx). */
  readonly faults?: MockFaultOptions;
  /** Largest request body accepted; more is a 413 (default 4 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * The most items a page of a paged list holds (default 100); the request may ask for fewer. The
   * rest follows through the next link.
   */
  readonly pageSize?: number;
  /** Seed for everything random: request ids, new keys, faults, latency (default 1). */
  readonly seed?: number | string;
  /** The clock: for the response date and token expiry (default `Date.now`). */
  readonly now?: () => Date | number;
}

export interface MockApi {
  /** Answer one request, as the service would. Never throws: a failure is a 500. */
  handle(request: Request): Promise<Response>;
  /**
   * The same, for a request that is not a Fetch `Request` (see `./exchange.ts`): what the mock
   * server and batch steps use, without the cost of Fetch objects.
   */
  answer(request: MockRequest): Promise<MockReply>;
  /** The in-memory state. */
  readonly store: MockStore;
  /** Back to the initial data, and the seeded generator back to its start. */
  reset(): void;
  /** The base URL requests are matched below. */
  readonly baseUrl: string;
  /** Every base URL the mock answers below: `baseUrl`, then the servers of operations that have their own. */
  readonly baseUrls: readonly string[];
}

/** Build the mock from its generated definition. Invalid options throw a `RangeError` at once. */
export declare function createMockCore(definition: MockDefinition, options?: MockApiOptions): MockApi;
