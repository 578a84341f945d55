/** A stored entity: a JSON object. */
export type Entity = {
    [property: string]: unknown;
};
/** Initial content: entities by collection path (`{ "/users": [{ "id": "1" }] }`). */
export type MockData = {
    readonly [collection: string]: readonly Entity[];
};
/**
 * Entities by collection path (`/users`, `/users/42/managedDevices`: parent keys filled in and
 * percent-encoded, as in a request path) and key. Every stored entity is deeply frozen and replaced,
 * never changed, by a write; the methods a caller uses (`get`, `list`, `put`, `merge`, ...) hand out
 * copies, so a caller can never change the store behind the mock's back. The mock itself reads the
 * frozen entities (`stored*`) and their JSON text, made once per stored version (`jsonOf`). Every
 * change is one synchronous step, so concurrent requests cannot interleave inside a change.
 */
export declare class MockStore {
    #private;
    /** The property holding an entity's key in a collection (`id`). */
    readonly keyPropertyOf: (collection: string) => string;
    constructor(
    /** The property holding an entity's key in a collection (`id`). */
    keyPropertyOf?: (collection: string) => string);
    /** The collections that have (or had) entities, sorted. */
    collections(): string[];
    /** Every entity of a collection, in insertion order (copies). */
    list(collection: string): Entity[];
    /** Every entity of a collection with its insertion position (copies), in insertion order. */
    entries(collection: string): {
        entity: Entity;
        order: number;
    }[];
    get(collection: string, key: string | number): Entity | undefined;
    has(collection: string, key: string | number): boolean;
    /** Add or replace an entity; its key is its key property. Returns a copy of what was stored. */
    put(collection: string, entity: Entity): Entity;
    /**
     * Merge `changes` into an entity, property by property (PATCH semantics: a property that is
     * present replaces the stored one, `null` included; nested objects are replaced, not merged).
     * The key never changes. Returns the updated entity, or `undefined` when there is none.
     */
    merge(collection: string, key: string | number, changes: Entity): Entity | undefined;
    delete(collection: string, key: string | number): boolean;
    clear(): void;
    /** Replace everything with `data`. */
    load(data: MockData): void;
    /** Everything, as plain data (copies). */
    snapshot(): Record<string, Entity[]>;
    /** The stored entity itself (frozen, not a copy). */
    storedGet(collection: string, key: string | number): Readonly<Entity> | undefined;
    /** Every stored entity of a collection (frozen, not copies), in insertion order. */
    storedList(collection: string): Readonly<Entity>[];
    /** Every stored entity of a collection with its insertion position (frozen, not copies). */
    storedEntries(collection: string): {
        readonly entity: Readonly<Entity>;
        readonly order: number;
    }[];
    /** `JSON.stringify` of a stored entity, made once per stored version; `undefined` when there is none. */
    jsonOf(collection: string, key: string | number): string | undefined;
    /**
     * `put` for an entity nobody else holds (a parsed request body): stored as it is, frozen, and
     * returned (frozen) without copies.
     */
    storeOwned(collection: string, entity: Entity): Readonly<Entity>;
    /** `merge` with changes nobody else holds (a parsed request body): stored and returned frozen, without copies. */
    mergeOwned(collection: string, key: string | number, changes: Entity): Readonly<Entity> | undefined;
}
