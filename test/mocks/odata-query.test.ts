import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage, type MockApiLike } from './mock-package.js';

// The mock's OData query evaluation against a model written here: random stores, random $top,
// $skip, $orderby and $filter; following the next links must give exactly what the same query
// gives over a plain array (filter, stable sort, skip; $top is the page size, as in Graph).

const SPEC = ['test/fixtures/specs/odata'];
const COLLECTION = '/deviceManagement/managedDevices';
const STATES = ['unknown', 'compliant', 'noncompliant'] as const;

interface Device {
  id: string;
  deviceName: string | null;
  operatingSystem?: string;
  complianceState: (typeof STATES)[number];
  isEncrypted: boolean;
  freeStorageSpaceInBytes: number;
}

type Value = string | number | boolean | null;
type Filter =
  | { op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; name: keyof Device; value: Value }
  | { op: 'startswith' | 'endswith' | 'contains'; name: 'deviceName' | 'operatingSystem'; value: string }
  | { op: 'in'; name: keyof Device; values: Value[] }
  | { op: 'not'; inner: Filter }
  | { op: 'and' | 'or'; left: Filter; right: Filter }
  | { op: 'bool'; name: 'isEncrypted' };

const word = fc.constantFrom('a', 'b', 'ab', 'ba', "o'k", 'B', '');
const deviceArb = (i: number): fc.Arbitrary<Device> =>
  fc.record(
    {
      deviceName: fc.option(word, { nil: null }),
      operatingSystem: fc.constantFrom('Windows', 'iOS', 'Android'),
      complianceState: fc.constantFrom(...STATES),
      isEncrypted: fc.boolean(),
      freeStorageSpaceInBytes: fc.integer({ min: -3, max: 3 }),
    },
    { requiredKeys: ['deviceName', 'complianceState', 'isEncrypted', 'freeStorageSpaceInBytes'] },
  ).map((d) => ({ id: `d${String(i).padStart(3, '0')}`, ...d }));
const storeArb = fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => deviceArb(i))));

const literalFor = (name: keyof Device): fc.Arbitrary<Value> => {
  if (name === 'isEncrypted') return fc.oneof(fc.boolean(), fc.constant(null));
  if (name === 'freeStorageSpaceInBytes') return fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(null));
  if (name === 'complianceState') return fc.constantFrom(...STATES);
  return fc.oneof(word, fc.constant(null));
};
const NAMES: (keyof Device)[] = ['id', 'deviceName', 'operatingSystem', 'complianceState', 'isEncrypted', 'freeStorageSpaceInBytes'];
const filterArb: fc.Arbitrary<Filter> = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(fc.constantFrom('eq', 'ne', 'gt', 'ge', 'lt', 'le' as const), fc.constantFrom(...NAMES))
      .chain(([op, name]) => literalFor(name).map((value) => ({ op, name, value }) as Filter)),
    fc.record({ op: fc.constantFrom('startswith', 'endswith', 'contains' as const), name: fc.constantFrom('deviceName', 'operatingSystem' as const), value: word }),
    fc.constantFrom(...NAMES).chain((name) => fc.array(literalFor(name), { minLength: 1, maxLength: 3 }).map((values) => ({ op: 'in', name, values }) as Filter)),
    fc.constant({ op: 'bool', name: 'isEncrypted' } as Filter),
    tie('filter').map((inner) => ({ op: 'not', inner }) as Filter),
    fc.record({ op: fc.constantFrom('and', 'or' as const), left: tie('filter'), right: tie('filter') }),
  ),
})).filter;

function literal(value: Value, name: keyof Device): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return name === 'complianceState' ? `microsoft.graph.complianceState'${value}'` : `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

function filterText(f: Filter): string {
  switch (f.op) {
    case 'and':
    case 'or':
      return `(${filterText(f.left)}) ${f.op} (${filterText(f.right)})`;
    case 'not':
      return `not (${filterText(f.inner)})`;
    case 'bool':
      return f.name;
    case 'in':
      return `${f.name} in (${f.values.map((v) => literal(v, f.name)).join(', ')})`;
    case 'startswith':
    case 'endswith':
    case 'contains':
      return `${f.op}(${f.name}, ${literal(f.value, f.name)})`;
    default:
      return `${f.name} ${f.op} ${literal(f.value, f.name)}`;
  }
}

/** The model: OData semantics written out independently of the mock. */
function matches(f: Filter, d: Device): boolean {
  const get = (name: keyof Device): Value => (d[name] === undefined ? null : (d[name] as Value));
  switch (f.op) {
    case 'and':
      return matches(f.left, d) && matches(f.right, d);
    case 'or':
      return matches(f.left, d) || matches(f.right, d);
    case 'not':
      return !matches(f.inner, d);
    case 'bool':
      return d.isEncrypted;
    case 'in':
      return f.values.some((v) => v === get(f.name));
    case 'startswith':
    case 'endswith':
    case 'contains': {
      const v = get(f.name);
      if (typeof v !== 'string') return false;
      return f.op === 'startswith' ? v.startsWith(f.value) : f.op === 'endswith' ? v.endsWith(f.value) : v.includes(f.value);
    }
    case 'eq':
      return get(f.name) === f.value;
    case 'ne':
      return get(f.name) !== f.value;
    default: {
      const a = get(f.name);
      const b = f.value;
      if (a === null || b === null || typeof a !== typeof b) return false;
      return f.op === 'gt' ? a > b : f.op === 'ge' ? a >= b : f.op === 'lt' ? a < b : a <= b;
    }
  }
}

function order(a: Value | undefined, b: Value | undefined): number {
  const rank = (v: Value | undefined): number => (v === null || v === undefined ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a === null || a === undefined || b === null || b === undefined) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Query {
  top?: number;
  skip?: number;
  orderby: { name: keyof Device; desc: boolean }[];
  filter?: Filter;
}

function expected(store: Device[], q: Query): string[] {
  const indexed = store.map((d, i) => ({ d, i })).filter(({ d }) => q.filter === undefined || matches(q.filter, d));
  indexed.sort((x, y) => {
    for (const key of q.orderby) {
      const c = order(x.d[key.name] as Value | undefined, y.d[key.name] as Value | undefined);
      if (c !== 0) return key.desc ? -c : c;
    }
    return x.i - y.i;
  });
  return indexed.slice(q.skip ?? 0).map(({ d }) => d.id);
}

const queryArb: fc.Arbitrary<Query> = fc.record(
  {
    top: fc.integer({ min: 1, max: 8 }),
    skip: fc.integer({ min: 0, max: 12 }),
    orderby: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), desc: fc.boolean() }), { maxLength: 3, selector: (k) => k.name }),
    filter: filterArb,
  },
  { requiredKeys: ['orderby'] },
);

function queryString(q: Query): string {
  const parts: string[] = [];
  if (q.top !== undefined) parts.push(`$top=${q.top}`);
  if (q.skip !== undefined) parts.push(`$skip=${q.skip}`);
  if (q.orderby.length > 0) parts.push(`$orderby=${encodeURIComponent(q.orderby.map((k) => `${k.name}${k.desc ? ' desc' : ''}`).join(','))}`);
  if (q.filter !== undefined) parts.push(`$filter=${encodeURIComponent(filterText(q.filter))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

async function getJson(api: MockApiLike, url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await api.handle(new Request(url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Every page of a query: the ids, page by page. */
async function walk(api: MockApiLike, first: string, between?: (page: number) => void): Promise<string[][]> {
  const pages: string[][] = [];
  for (let url: string | undefined = first; url !== undefined; ) {
    const { status, body } = await getJson(api, url);
    expect(status, JSON.stringify(body)).toBe(200);
    pages.push((body.value as Device[]).map((d) => d.id));
    url = body['@odata.nextLink'] as string | undefined;
    between?.(pages.length);
    if (pages.length > 200) throw new Error('too many pages');
  }
  return pages;
}

let pkg: GeneratedPackage;
beforeAll(async () => {
  pkg = await generatePackage(SPEC);
}, 120_000);
afterAll(() => pkg?.remove());

describe('OData queries on a mock collection (property test)', () => {
  it('concatenated pages equal the query evaluated over an array', async () => {
    await fc.assert(
      fc.asyncProperty(storeArb, queryArb, fc.integer({ min: 1, max: 10 }), async (store, query, pageSize) => {
        const api = pkg.mocks.createMockApi({ data: { [COLLECTION]: store }, pageSize });
        const pages = await walk(api, `${api.baseUrl}${COLLECTION}${queryString(query)}`);
        const size = Math.min(query.top ?? pageSize, pageSize);
        for (const page of pages.slice(0, -1)) expect(page.length).toBe(size);
        expect(pages.flat()).toEqual(expected(store, query));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('next links continue exactly where the page ended while entities are added and removed', async () => {
    await fc.assert(
      fc.asyncProperty(storeArb, fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 10 }), fc.integer({ min: 1, max: 6 }), async (store, deletions, top) => {
        const api = pkg.mocks.createMockApi({ data: { [COLLECTION]: store } });
        let added = 0;
        const seen: string[] = [];
        const deleted = new Set<string>();
        await walk(api, `${api.baseUrl}${COLLECTION}?$top=${top}&$orderby=freeStorageSpaceInBytes%20desc`, (page) => {
          // Between pages: add an entity before the pages read so far (it sorts first, so it is
          // not listed) and delete one (maybe already seen, maybe not).
          api.store.put(COLLECTION, { id: `new${page}`, deviceName: 'n', complianceState: 'unknown', isEncrypted: false, freeStorageSpaceInBytes: 100 });
          added++;
          const victim = store[deletions[page - 1] ?? -1];
          if (victim !== undefined && !deleted.has(victim.id)) {
            (api.store as unknown as { delete(collection: string, key: string): boolean }).delete(COLLECTION, victim.id);
            deleted.add(victim.id);
          }
        }).then((pages) => seen.push(...pages.flat()));
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.filter((id) => id.startsWith('new'))).toEqual([]);
        // Every entity present from start to end was listed once.
        for (const d of store) if (!deleted.has(d.id)) expect(seen).toContain(d.id);
        expect(added).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
