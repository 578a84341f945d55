import { describe, expect, it } from 'vitest';
import { MockStore } from '../../../runtime/mocks/store.js';

describe('runtime/mocks/store', () => {
  it('puts, gets and lists entities by key, in the order they were added', () => {
    const store = new MockStore();
    store.put('users', { id: 'b', name: 'B' });
    store.put('users', { id: 'a', name: 'A' });
    store.put('users', { id: 'b', name: 'B2' });
    expect(store.list('users').map((u) => u.name)).toEqual(['B2', 'A']);
    expect(store.get('users', 'a')).toEqual({ id: 'a', name: 'A' });
    expect(store.has('users', 'c')).toBe(false);
    expect(store.collections()).toEqual(['users']);
  });

  it('hands out copies: changing a returned entity does not change the store', () => {
    const store = new MockStore();
    const stored = store.put('users', { id: 1, tags: ['x'] });
    (stored.tags as string[]).push('y');
    store.get('users', 1)!.id = 2;
    expect(store.get('users', 1)).toEqual({ id: 1, tags: ['x'] });
  });

  it('merges with PATCH semantics and never changes the key', () => {
    const store = new MockStore();
    store.put('users', { id: 'a', name: 'A', address: { city: 'X', zip: '1' } });
    expect(store.merge('users', 'a', { id: 'z', name: null, address: { city: 'Y' } })).toEqual({ id: 'a', name: null, address: { city: 'Y' } });
    expect(store.merge('users', 'missing', { name: 'n' })).toBeUndefined();
  });

  it('uses the key property of each collection, deletes, loads and snapshots', () => {
    const store = new MockStore((collection) => (collection === 'pets' ? 'petId' : 'id'));
    expect(() => store.put('pets', { id: 1 })).toThrow(/petId/);
    store.load({ pets: [{ petId: 7 }], users: [{ id: 'u' }] });
    expect(store.delete('pets', 7)).toBe(true);
    expect(store.delete('pets', 7)).toBe(false);
    expect(store.snapshot()).toEqual({ pets: [], users: [{ id: 'u' }] });
    store.clear();
    expect(store.list('users')).toEqual([]);
  });

  it('keeps stored entities frozen and replaces them on change: what the mock reads never changes under it', () => {
    const store = new MockStore();
    store.put('users', { id: 'a', name: 'A', tags: ['x'] });
    const before = store.storedGet('users', 'a')!;
    expect(Object.isFrozen(before) && Object.isFrozen(before.tags)).toBe(true);
    expect(store.jsonOf('users', 'a')).toBe(JSON.stringify(before));
    const after = store.mergeOwned('users', 'a', { name: 'B', tags: ['y'] })!;
    expect(before).toEqual({ id: 'a', name: 'A', tags: ['x'] });
    expect(after).toBe(store.storedGet('users', 'a'));
    expect(Object.isFrozen(after.tags)).toBe(true);
    expect(store.jsonOf('users', 'a')).toBe('{"id":"a","name":"B","tags":["y"]}');
    expect(store.storedList('users')).toEqual([after]);
    expect(store.jsonOf('users', 'missing')).toBeUndefined();
    expect(store.mergeOwned('users', 'missing', {})).toBeUndefined();
    // A public read is still a copy the caller may change.
    const copy = store.get('users', 'a')!;
    copy.name = 'C';
    expect(store.jsonOf('users', 'a')).toBe('{"id":"a","name":"B","tags":["y"]}');
  });

  it('keeps the property order, the list order and a "__proto__" key as plain data through merges', () => {
    const store = new MockStore();
    store.put('users', { id: 'a', first: 1 });
    store.storeOwned('users', { id: 'b' });
    const changes = JSON.parse('{"__proto__": {"polluted": true}, "first": 2, "id": "z", "added": 3}') as Record<string, unknown>;
    const merged = store.mergeOwned('users', 'a', changes)!;
    expect(Object.keys(merged)).toEqual(['id', 'first', '__proto__', 'added']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined();
    expect(store.jsonOf('users', 'a')).toBe('{"id":"a","first":2,"__proto__":{"polluted":true},"added":3}');
    expect(store.storedEntries('users').map((e) => [e.entity.id, e.order])).toEqual([['a', 1], ['b', 2]]);
    store.storeOwned('users', { id: 'a', first: 9 });
    expect(store.list('users').map((u) => u.id)).toEqual(['a', 'b']);
    expect(store.merge('users', 'a', { __proto__: null, x: 1 } as unknown as Record<string, unknown>)).toEqual({ id: 'a', first: 9, x: 1 });
  });

  it('stores byte arrays as they are (they cannot be frozen)', () => {
    const store = new MockStore();
    const bytes = new Uint8Array([1, 2]);
    expect(store.storeOwned('files', { id: 'f', bytes }).bytes).toBe(bytes);
    expect(store.get('files', 'f')).toEqual({ id: 'f', bytes: new Uint8Array([1, 2]) });
  });
});
