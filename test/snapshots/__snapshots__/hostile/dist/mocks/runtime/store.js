class MockStore {
  constructor(keyPropertyOf = () => "id") {
    this.keyPropertyOf = keyPropertyOf;
  }
  keyPropertyOf;
  #collections = /* @__PURE__ */ new Map();
  /** When each stored entity was added (a counter): the order of lists, kept by updates. */
  #added = /* @__PURE__ */ new Map();
  #counter = 0;
  /** The collections that have (or had) entities, sorted. */
  collections() {
    return [...this.#collections.keys()].sort();
  }
  /** Every entity of a collection, in insertion order (copies). */
  list(collection) {
    return [...this.#collections.get(collection)?.values() ?? []].map(copy);
  }
  /** Every entity of a collection with its insertion position (copies), in insertion order. */
  entries(collection) {
    const added = this.#added.get(collection);
    return [...this.#collections.get(collection)?.entries() ?? []].map(([key, entity]) => ({
      entity: copy(entity),
      order: added?.get(key) ?? 0
    }));
  }
  get(collection, key) {
    const found = this.#collections.get(collection)?.get(String(key));
    return found === void 0 ? void 0 : copy(found);
  }
  has(collection, key) {
    return this.#collections.get(collection)?.has(String(key)) === true;
  }
  /** Add or replace an entity; its key is its key property. Returns a copy of what was stored. */
  put(collection, entity) {
    const key = entity[this.keyPropertyOf(collection)];
    if (typeof key !== "string" && typeof key !== "number") {
      throw new TypeError(
        `an entity of ${collection} needs a string or number ${JSON.stringify(this.keyPropertyOf(collection))}`
      );
    }
    let entities = this.#collections.get(collection);
    if (entities === void 0) this.#collections.set(collection, entities = /* @__PURE__ */ new Map());
    const stored = copy(entity);
    let added = this.#added.get(collection);
    if (added === void 0) this.#added.set(collection, added = /* @__PURE__ */ new Map());
    if (!entities.has(String(key))) added.set(String(key), ++this.#counter);
    entities.set(String(key), stored);
    return copy(stored);
  }
  /**
   * Merge `changes` into an entity, property by property (PATCH semantics: a property that is
   * present replaces the stored one, `null` included; nested objects are replaced, not merged).
   * The key never changes. Returns the updated entity, or `undefined` when there is none.
   */
  merge(collection, key, changes) {
    const entities = this.#collections.get(collection);
    const current = entities?.get(String(key));
    if (entities === void 0 || current === void 0) return void 0;
    const keyProperty = this.keyPropertyOf(collection);
    const merged = Object.fromEntries([
      ...Object.entries(current),
      ...Object.entries(copy(changes)),
      [keyProperty, current[keyProperty]]
    ]);
    entities.set(String(key), merged);
    return copy(merged);
  }
  delete(collection, key) {
    this.#added.get(collection)?.delete(String(key));
    return this.#collections.get(collection)?.delete(String(key)) === true;
  }
  clear() {
    this.#collections.clear();
    this.#added.clear();
  }
  /** Replace everything with `data`. */
  load(data) {
    this.clear();
    for (const collection of Object.keys(data).sort()) {
      for (const entity of data[collection] ?? []) this.put(collection, entity);
    }
  }
  /** Everything, as plain data (copies). */
  snapshot() {
    return Object.fromEntries(this.collections().map((c) => [c, this.list(c)]));
  }
}
function copy(value) {
  return structuredClone(value);
}
export {
  MockStore
};
