import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockCli, type RunningMock } from '../helpers/mock-cli.js';
import { generatePackage, type GeneratedPackage } from './mock-package.js';

// Acceptance over real HTTP: `apiwright mock` serving Intune managedDevices (a creatable
// collection with the OData conventions), read with fetch and with the generated client.

const SPEC = 'test/fixtures/specs/odata';

interface Device {
  id: string;
  deviceName?: string;
  [property: string]: unknown;
}
interface Page {
  value: Device[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}
interface ErrorBody {
  error: { code: string; message: string; innerError: { 'request-id': string; date: string } };
}

let mock: RunningMock;
let collection: string;
const names: string[] = [];

beforeAll(async () => {
  mock = await startMockCli(['--spec', SPEC]);
  collection = `${mock.url}/deviceManagement/managedDevices`;
  for (let i = 1; i <= 25; i++) {
    const deviceName = `device-${String((i * 7) % 25).padStart(2, '0')}`;
    names.push(deviceName);
    const created = await fetch(collection, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceName, operatingSystem: i % 2 === 0 ? 'Windows' : 'iOS', isEncrypted: i % 3 === 0, freeStorageSpaceInBytes: i * 1000 }),
    });
    expect(created.status).toBe(201);
    await created.arrayBuffer();
  }
}, 120_000);
afterAll(async () => mock?.stop());

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

describe('apiwright mock: OData queries over HTTP', () => {
  it('pages with $top and next links: every device exactly once', async () => {
    const first = await get<Page>(`${collection}?$top=10`);
    expect(first.status).toBe(200);
    expect(first.body.value).toHaveLength(10);
    expect(first.body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/deviceManagement\/managedDevices\?\$top=10&\$skiptoken=/);
    const ids: string[] = first.body.value.map((d) => d.id);
    const sizes = [first.body.value.length];
    for (let next = first.body['@odata.nextLink']; next !== undefined; ) {
      const page = await get<Page>(next);
      expect(page.status).toBe(200);
      ids.push(...page.body.value.map((d) => d.id));
      sizes.push(page.body.value.length);
      next = page.body['@odata.nextLink'];
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(new Set(ids).size).toBe(25);
    const all = await get<Page>(collection);
    expect(all.body.value.map((d) => d.id)).toEqual(ids);
    expect(all.body['@odata.nextLink']).toBeUndefined();
  });

  it('$count=true says 25', async () => {
    const { body } = await get<Page>(`${collection}?$count=true&$top=1`);
    expect(body['@odata.count']).toBe(25);
    expect(body.value).toHaveLength(1);
  });

  it('$select returns only the named properties and @odata annotations', async () => {
    const { body } = await get<Page>(`${collection}?$select=id,deviceName`);
    expect(body.value).toHaveLength(25);
    for (const device of body.value) {
      expect(Object.keys(device).filter((k) => !k.startsWith('@odata.')).sort()).toEqual(['deviceName', 'id']);
    }
    const one = await get<Device>(`${collection}/${body.value[0]!.id}?$select=deviceName`);
    expect(one.status).toBe(200);
    expect(Object.keys(one.body).filter((k) => !k.startsWith('@odata.'))).toEqual(['deviceName']);
  });

  it('$orderby=deviceName desc and $filter=deviceName eq', async () => {
    const ordered = await get<Page>(`${collection}?$orderby=${encodeURIComponent('deviceName desc')}`);
    expect(ordered.body.value.map((d) => d.deviceName)).toEqual([...names].sort().reverse());
    const name = names[4]!;
    const filtered = await get<Page>(`${collection}?$filter=${encodeURIComponent(`deviceName eq '${name}'`)}`);
    expect(filtered.body.value.map((d) => d.deviceName)).toEqual([name]);
    const combined = await get<Page>(`${collection}?$filter=${encodeURIComponent("operatingSystem eq 'Windows' and (isEncrypted or freeStorageSpaceInBytes lt 5000)")}&$count=true`);
    expect(combined.body['@odata.count']).toBe(combined.body.value.length);
    expect(combined.body.value.every((d) => d.operatingSystem === 'Windows' && (d.isEncrypted === true || (d.freeStorageSpaceInBytes as number) < 5000))).toBe(true);
    expect(combined.body.value.length).toBe(6);
  });

  it.each([
    ['$select=noSuchProperty', /noSuchProperty/],
    ['$filter=deviceName%20eq', /\$filter/],
    ['$orderby=nope', /nope/],
    ['$top=-1', /\$top/],
  ])('%s is a 400 in the error envelope', async (query, message) => {
    const { status, body } = await get<ErrorBody>(`${collection}?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toMatch(message);
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a CORS preflight with 204 and the allow headers', async () => {
    const response = await fetch(`${collection}/x`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    expect(await response.text()).toBe('');
    const actual = await fetch(`${collection}?$top=1`, { headers: { origin: 'http://localhost:5173' } });
    expect(actual.headers.get('access-control-allow-origin')).toBe('*');
    expect(actual.headers.get('access-control-expose-headers')).toContain('request-id');
    await actual.arrayBuffer();
  });

  it('answers HEAD on a GET route with its headers and no body', async () => {
    const head = await fetch(`${collection}?$top=2`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/json');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(10);
    expect(head.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await head.text()).toBe('');
  });
});

describe('the generated client on apiwright mock', () => {
  let pkg: GeneratedPackage;
  beforeAll(async () => {
    pkg = await generatePackage([SPEC]);
  }, 120_000);
  afterAll(() => pkg?.remove());

  interface Client {
    deviceManagement: {
      managedDevices: {
        get: {
          (options?: object): Promise<Page>;
          items(options?: object): AsyncIterable<Device> & { nextLink: string | undefined };
          pages(options?: object): AsyncIterable<Page> & { nextLink: string | undefined; deltaLink: string | undefined };
        };
      };
    };
  }
  const client = (options: object = {}): Client => (pkg.root.createClient as (o: object) => Client)({ baseUrl: mock.url, ...options });

  it('.items() yields all 25 devices, paging 10 at a time', async () => {
    const requests: string[] = [];
    const items: Device[] = [];
    const fetchSpy = (url: string, init: RequestInit): Promise<Response> => (requests.push(url), fetch(url, init));
    for await (const device of client({ fetch: fetchSpy }).deviceManagement.managedDevices.get.items({ query: { $top: 10, $select: ['id', 'deviceName'] } })) items.push(device);
    expect(items).toHaveLength(25);
    expect(new Set(items.map((d) => d.id)).size).toBe(25);
    expect(items.every((d) => typeof d.deviceName === 'string' && d.operatingSystem === undefined)).toBe(true);
    expect(requests).toHaveLength(3);
    expect(requests[0]).toBe(`${mock.url}/deviceManagement/managedDevices?%24top=10&%24select=id,deviceName`);
    expect(requests[1]).toMatch(/\$skiptoken=/);
  });

  it('.pages() stops at maxPages, keeps the next link, and resumes from it', async () => {
    const api = client().deviceManagement.managedDevices.get;
    const walk = api.pages({ query: { $top: 10 }, maxPages: 1 });
    const first: Page[] = [];
    for await (const page of walk) first.push(page);
    expect(first).toHaveLength(1);
    expect(walk.nextLink).toContain('$skiptoken=');
    const rest: Device[] = [];
    for await (const device of api.items({ startFrom: walk.nextLink })) rest.push(device);
    expect(rest).toHaveLength(15);
    expect(new Set([...first[0]!.value, ...rest].map((d) => d.id)).size).toBe(25);
    const limited: Device[] = [];
    for await (const device of api.items({ query: { $top: 4 }, maxItems: 6 })) limited.push(device);
    expect(limited).toHaveLength(6);
  });

  it('honours an AbortSignal', async () => {
    const controller = new AbortController();
    const seen: Device[] = [];
    const run = async (): Promise<void> => {
      for await (const device of client().deviceManagement.managedDevices.get.items({ query: { $top: 5 }, signal: controller.signal })) {
        seen.push(device);
        if (seen.length === 7) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toHaveLength(7);
  });

  it('sends the token only to its own origin and refuses other origins unless allowed', async () => {
    const seen: { url: string; authorization: string | undefined }[] = [];
    const foreign = 'https://elsewhere.example';
    const fake = async (url: string, init: RequestInit): Promise<Response> => {
      seen.push({ url, authorization: (init.headers as Record<string, string>).authorization });
      const body = url.startsWith(foreign) ? { value: [{ id: 'z' }] } : { value: [{ id: 'a' }], '@odata.nextLink': `${foreign}/v1.0/deviceManagement/managedDevices?$skiptoken=x` };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const secured = (pkg.root.createClient as (o: object) => Client)({ baseUrl: 'https://graph.example/v1.0', fetch: fake, getToken: () => 'secret' });
    const refused = async (): Promise<void> => {
      for await (const _ of secured.deviceManagement.managedDevices.get.items()) void _;
    };
    await expect(refused()).rejects.toThrow(/refusing to follow the next link https:\/\/elsewhere\.example\/.*allowOrigins/);
    const ids: string[] = [];
    for await (const device of secured.deviceManagement.managedDevices.get.items({ allowOrigins: [foreign] })) ids.push(device.id);
    expect(ids).toEqual(['a', 'z']);
    expect(seen.filter((s) => s.url.startsWith(foreign)).every((s) => s.authorization === undefined)).toBe(true);
  });

  it('exposes the final @odata.deltaLink and starts from a stored link', async () => {
    const urls: string[] = [];
    const fake = async (url: string): Promise<Response> => {
      urls.push(url);
      const body = url.includes('deltatoken')
        ? { value: [], '@odata.deltaLink': 'https://graph.example/v1.0/deviceManagement/managedDevices?$deltatoken=t2' }
        : url.includes('page=2')
        ? { value: [{ id: 'b' }], '@odata.deltaLink': 'https://graph.example/v1.0/deviceManagement/managedDevices?$deltatoken=t1' }
        : { value: [{ id: 'a' }], '@odata.nextLink': 'https://graph.example/v1.0/deviceManagement/managedDevices?page=2' };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const api = (pkg.root.createClient as (o: object) => Client)({ baseUrl: 'https://graph.example/v1.0', fetch: fake }).deviceManagement.managedDevices.get;
    const walk = api.pages();
    const ids: string[] = [];
    for await (const page of walk) ids.push(...page.value.map((d) => d.id));
    expect(ids).toEqual(['a', 'b']);
    expect(walk.deltaLink).toBe('https://graph.example/v1.0/deviceManagement/managedDevices?$deltatoken=t1');
    expect(walk.nextLink).toBeUndefined();
    urls.length = 0;
    const later = api.pages({ startFrom: walk.deltaLink });
    for await (const _ of later) void _;
    expect(urls).toEqual(['https://graph.example/v1.0/deviceManagement/managedDevices?$deltatoken=t1']);
    expect(later.deltaLink).toContain('$deltatoken=t2');
  });

  it('adds ConsistencyLevel: eventual to $count and $search on Graph, unless set', () => {
    const build = pkg.root.buildListManagedDevicesRequest as (p: object, o?: object) => { headers: Record<string, string> };
    expect(build({ query: { $count: true } }).headers.consistencylevel).toBe('eventual');
    expect(build({ query: { $search: '"deviceName:a"' } }).headers.consistencylevel).toBe('eventual');
    expect(build({ query: { $top: 1 } }).headers.consistencylevel).toBeUndefined();
    expect(build({ query: { $count: true } }, { headers: { consistencyLevel: 'session' } }).headers.consistencylevel).toBe('session');
  });
});

describe('apiwright mock options for paging and CORS', () => {
  it('--page-size caps pages; --cors-origin allows only the given origins; bad values exit 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { REPO } = await import('../helpers/workspace.js');
    const small = await startMockCli(['--spec', SPEC, '--page-size', '3', '--cors-origin', 'http://app.example:5173']);
    try {
      const devices = `${small.url}/deviceManagement/managedDevices`;
      for (let i = 0; i < 4; i++) await (await fetch(devices, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"deviceName":"d"}' })).arrayBuffer();
      const page = await get<Page>(`${devices}?$top=10`);
      expect(page.body.value).toHaveLength(3);
      expect(page.body['@odata.nextLink']).toContain('$skiptoken=');
      const allowed = await fetch(devices, { method: 'OPTIONS', headers: { origin: 'http://app.example:5173', 'access-control-request-method': 'PATCH' } });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://app.example:5173');
      const other = await fetch(devices, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'PATCH' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await small.stop();
    }
    for (const args of [['--page-size', '0'], ['--cors-origin', 'http://x.example/path']]) {
      const bad = spawnSync(process.execPath, [join(REPO, 'bin', 'apiwright.js'), 'mock', '--spec', SPEC, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
      expect(bad.status, args.join(' ')).toBe(2);
    }
  });
});
