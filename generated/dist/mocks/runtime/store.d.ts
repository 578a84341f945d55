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
 * percent-encoded, as in a request path) and key. Reads return copies, so a caller can never
 * change the store behind the mock's back; every change is one synchronous step, so concurrent
 * requests cannot interleave inside a change.
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
}
