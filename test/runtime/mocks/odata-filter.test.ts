import { describe, expect, it } from 'vitest';
import { compareWith, filterProperties, matchesFilter, ODataQueryError, parseFilter } from '../../../runtime/mocks/odata-filter.js';

const user = { displayName: "O'Neil", age: 42, enabled: true, manager: null, address: { city: 'Oslo' }, createdDateTime: '2024-05-01T10:00:00Z' };
const matches = (filter: string) => matchesFilter(parseFilter(filter), user);

describe('runtime/mocks/odata-filter', () => {
  it('parses comparisons, logic with precedence, and quoted strings with doubled quotes', () => {
    expect(parseFilter("displayName eq 'O''Neil'")).toEqual({ kind: 'compare', operator: 'eq', left: { kind: 'property', path: ['displayName'] }, right: { kind: 'literal', value: "O'Neil" } });
    const parsed = parseFilter('age gt 1 or age lt 0 and enabled eq false');
    expect(parsed).toMatchObject({ kind: 'logical', operator: 'or', right: { kind: 'logical', operator: 'and' } });
  });

  it('evaluates comparisons, and/or/not, in, null and nested properties', () => {
    expect(matches("displayName eq 'O''Neil'")).toBe(true);
    expect(matches('age ge 42 and age lt 43')).toBe(true);
    expect(matches('not (enabled eq true)')).toBe(false);
    expect(matches("address/city in ('Bergen', 'Oslo')")).toBe(true);
    expect(matches('manager eq null')).toBe(true);
    expect(matches('age ne 42 or enabled eq false')).toBe(false);
  });

  it('evaluates the string functions', () => {
    expect(matches("startswith(displayName, 'O')")).toBe(true);
    expect(matches("endswith(displayName, 'x')")).toBe(false);
    expect(matches("contains(address/city, 'sl')")).toBe(true);
  });

  it('compares date-times as instants and numbers as numbers', () => {
    expect(matches('createdDateTime gt 2024-01-01T00:00:00Z')).toBe(true);
    expect(compareWith('lt', 2, 10)).toBe(true);
    expect(compareWith('gt', 'b', 'a')).toBe(true);
  });

  it('lists the properties a filter names', () => {
    expect(filterProperties(parseFilter("age gt 1 and startswith(address/city, 'O')"))).toEqual([['age'], ['address', 'city']]);
  });

  it('refuses what does not parse, with an ODataQueryError', () => {
    for (const text of ['age gt', "displayName eq 'open", 'age eq 1 1', 'frobnicate(age)', '']) {
      expect(() => parseFilter(text), text).toThrow(ODataQueryError);
    }
  });
});
