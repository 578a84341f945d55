import { describe, expect, it } from 'vitest';
import { CrossOriginLinkError, eventualConsistency, itemsOf, pagesOf } from '../../../runtime/client/paging.js';
import { createTransport, type FetchLike } from '../../../runtime/client/transport.js';
import { buildRequest } from '../../../runtime/client/request.js';
import { operation } from './spec.js';

const list = operation({ pathTemplate: '/users', path: ['/users'] });
const build = (options: Parameters<typeof buildRequest>[3]) => buildRequest(list, {}, undefined, options);
const paging = { nextLinkName: '@odata.nextLink', itemName: 'value' };

function pagesAt(pages: Record<string, unknown>): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const fetch = async (url: string): Promise<Response> => {
    urls.push(url);
    return url in pages ? Response.json(pages[url]) : new Response('', { status: 404 });
  };
  return Object.assign(fetch, { urls });
}

describe('runtime/client/paging', () => {
  it('follows next links until there is none, page by page and item by item', async () => {
    const fetch = pagesAt({
      'https://api.example.test/v1/users': { value: [1, 2], '@odata.nextLink': 'https://api.example.test/v1/users?$skiptoken=a' },
      'https://api.example.test/v1/users?$skiptoken=a': { value: [3], '@odata.deltaLink': 'https://api.example.test/v1/users?$deltatoken=z' },
    });
    const transport = createTransport({ fetch });
    const items: unknown[] = [];
    const iterable = itemsOf<number>(transport, list, paging, build);
    for await (const item of iterable) items.push(item);
    expect(items).toEqual([1, 2, 3]);
    expect(iterable.deltaLink).toBe('https://api.example.test/v1/users?$deltatoken=z');
    const pages: unknown[] = [];
    for await (const page of pagesOf(transport, list, paging, build)) pages.push(page);
    expect(pages).toHaveLength(2);
  });

  it('refuses a next link to another origin unless it is allowed', async () => {
    const fetch = pagesAt({ 'https://api.example.test/v1/users': { value: [1], '@odata.nextLink': 'https://evil.example/users?page=2' } });
    const walk = async () => {
      for await (const _ of itemsOf(createTransport({ fetch }), list, paging, build)) void _;
    };
    await expect(walk()).rejects.toBeInstanceOf(CrossOriginLinkError);
  });

  it('adds ConsistencyLevel: eventual when $count or $search is asked for', () => {
    expect(eventualConsistency({ $count: true }, {}).headers).toMatchObject({ ConsistencyLevel: 'eventual' });
    expect(eventualConsistency({ $top: 1 }, { token: 't' })).toEqual({ token: 't' });
  });
});
