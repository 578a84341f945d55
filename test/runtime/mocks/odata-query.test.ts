import { describe, expect, it } from 'vitest';
import { compareValues, encodeSkipToken, nextLinkFor, odataQueries, queryPage, readODataQuery, selectProperties, type OrderedEntity } from '../../../runtime/mocks/odata-query.js';
import { ODataQueryError } from '../../../runtime/mocks/odata-filter.js';

const odata = { options: ['$select', '$filter', '$orderby', '$top', '$skip', '$count'], properties: ['id', 'name', 'age'], nextLinkName: '@odata.nextLink' };
const entities: OrderedEntity[] = [
  { entity: { id: 'a', name: 'Ann', age: 30 }, order: 1 },
  { entity: { id: 'b', name: 'Bob', age: 25 }, order: 2 },
  { entity: { id: 'c', name: 'Cid', age: 35 }, order: 3 },
  { entity: { id: 'd', name: 'Dee', age: 25 }, order: 4 },
];
const url = (query: string) => new URL(`http://m/users${query}`);

describe('runtime/mocks/odata-query', () => {
  it('reads the declared options and ignores the others', () => {
    const query = readODataQuery(url('?$select=id,name&$orderby=age desc&$top=2&$search=x'), odata, true);
    expect(query).toMatchObject({ select: ['id', 'name'], orderby: [{ name: 'age', descending: true }], top: 2, search: null, skip: 0 });
  });

  it('refuses names that are not properties and values that do not parse', () => {
    expect(() => readODataQuery(url('?$select=nope'), odata, false)).toThrow(ODataQueryError);
    expect(() => readODataQuery(url('?$top=-1'), odata, false)).toThrow(ODataQueryError);
    expect(() => readODataQuery(url('?$orderby=age sideways'), odata, false)).toThrow(ODataQueryError);
  });

  it('filters, orders (insertion order breaking ties), counts and pages with skip tokens', () => {
    const query = readODataQuery(url('?$filter=age lt 35&$orderby=age&$count=true'), odata, true);
    const first = queryPage(entities, query, 2);
    expect(first.items.map((e) => e.id)).toEqual(['b', 'd']);
    expect(first.total).toBe(3);
    expect(first.skipToken).not.toBeNull();
    const next = readODataQuery(new URL(nextLinkFor(url('?$filter=age lt 35&$orderby=age&$count=true'), first.skipToken!)), odata, true);
    const second = queryPage(entities, next, 2);
    expect(second.items.map((e) => e.id)).toEqual(['a']);
    expect(second.skipToken).toBeNull();
  });

  it('answers a list as a page object with @odata.count and the next link', () => {
    const body = odataQueries.list(url('?$top=1&$count=true&$select=name'), odata, entities, 100, false) as Record<string, unknown>;
    expect(body).toMatchObject({ '@odata.count': 4, value: [{ name: 'Ann' }] });
    const paged = odataQueries.list(url(''), odata, entities, 3, false) as Record<string, unknown>;
    expect(paged['@odata.nextLink']).toMatch(/^http:\/\/m\/users\?\$skiptoken=/);
    expect(odataQueries.isQueryError(new ODataQueryError('x'))).toBe(true);
    expect(odataQueries.isQueryError(new Error('x'))).toBe(false);
  });

  it('selects properties, keeps skip tokens opaque, and compares values in a total order', () => {
    expect(selectProperties({ id: 'a', name: 'Ann', '@odata.type': '#user' }, ['name'])).toEqual(expect.objectContaining({ name: 'Ann' }));
    expect(selectProperties({ id: 'a' }, null)).toEqual({ id: 'a' });
    expect(encodeSkipToken(entities[0]!, [])).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(compareValues(1, 2)).toBeLessThan(0);
    expect(compareValues('b', 'a')).toBeGreaterThan(0);
    expect(compareValues(null, 1)).not.toBe(0);
  });
});
