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
});
