class MockStore {
  constructor(keyPropertyOf = () => "id") {
    this.keyPropertyOf = keyPropertyOf;
  }
  keyPropertyOf;
  #collections = /* @__PURE__ */ new Map();
  #counter = 0;
  /** The collections that have (or had) entities, sorted. */
  collections() {
    return [...this.#collections.keys()].sort();
  }
  /** Every entity of a collection, in insertion order (copies). */
  list(collection) {
    return this.storedList(collection).map(copy);
  }
  /** Every entity of a collection with its insertion position (copies), in insertion order. */
  entries(collection) {
    return this.storedEntries(collection).map(({ entity, order }) => ({
      entity: copy(entity),
      order
    }));
  }
  get(collection, key) {
    const found = this.storedGet(collection, key);
    return found === void 0 ? void 0 : copy(found);
  }
  has(collection, key) {
    return this.#collections.get(collection)?.has(String(key)) === true;
  }
  /** Add or replace an entity; its key is its key property. Returns a copy of what was stored. */
  put(collection, entity) {
    return copy(this.storeOwned(collection, copy(entity)));
  }
  /**
   * Merge `changes` into an entity, property by property (PATCH semantics: a property that is
   * present replaces the stored one, `null` included; nested objects are replaced, not merged).
   * The key never changes. Returns the updated entity, or `undefined` when there is none.
   */
  merge(collection, key, changes) {
    const merged = this.mergeOwned(collection, key, copy(changes));
    return merged === void 0 ? void 0 : copy(merged);
  }
  delete(collection, key) {
    return this.#collections.get(collection)?.delete(String(key)) === true;
  }
  clear() {
    this.#collections.clear();
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
  /** The stored entity itself (frozen, not a copy). */
  storedGet(collection, key) {
    return this.#collections.get(collection)?.get(typeof key === "string" ? key : String(key))?.entity;
  }
  /** Every stored entity of a collection (frozen, not copies), in insertion order. */
  storedList(collection) {
    const entities = this.#collections.get(collection);
    return entities === void 0 ? [] : Array.from(entities.values(), (stored) => stored.entity);
  }
  /** Every stored entity of a collection with its insertion position (frozen, not copies). */
  storedEntries(collection) {
    const entities = this.#collections.get(collection);
    return entities === void 0 ? [] : Array.from(entities.values(), ({ entity, order }) => ({ entity, order }));
  }
  /** `JSON.stringify` of a stored entity, made once per stored version; `undefined` when there is none. */
  jsonOf(collection, key) {
    const stored = this.#collections.get(collection)?.get(typeof key === "string" ? key : String(key));
    if (stored === void 0) return void 0;
    return stored.json ??= JSON.stringify(stored.entity);
  }
  /**
   * `put` for an entity nobody else holds (a parsed request body): stored as it is, frozen, and
   * returned (frozen) without copies.
   */
  storeOwned(collection, entity) {
    const key = entity[this.keyPropertyOf(collection)];
    if (typeof key !== "string" && typeof key !== "number") {
      throw new TypeError(
        `an entity of ${collection} needs a string or number ${JSON.stringify(this.keyPropertyOf(collection))}`
      );
    }
    let entities = this.#collections.get(collection);
    if (entities === void 0) this.#collections.set(collection, entities = /* @__PURE__ */ new Map());
    const name = String(key);
    const order = entities.get(name)?.order ?? ++this.#counter;
    const stored = deepFreeze(entity);
    entities.set(name, { entity: stored, order, json: void 0 });
    return stored;
  }
  /** `merge` with changes nobody else holds (a parsed request body): stored and returned frozen, without copies. */
  mergeOwned(collection, key, changes) {
    const entities = this.#collections.get(collection);
    const name = typeof key === "string" ? key : String(key);
    const current = entities?.get(name);
    if (entities === void 0 || current === void 0) return void 0;
    const keyProperty = this.keyPropertyOf(collection);
    const merged = {};
    for (const property of Object.keys(current.entity))
      define(merged, property, current.entity[property]);
    for (const property of Object.keys(changes)) define(merged, property, changes[property]);
    define(merged, keyProperty, current.entity[keyProperty]);
    const stored = deepFreeze(merged);
    entities.set(name, { entity: stored, order: current.order, json: void 0 });
    return stored;
  }
}
function copy(value) {
  return structuredClone(value);
}
function define(target, property, value) {
  if (property === "__proto__")
    Object.defineProperty(target, property, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  else target[property] = value;
}
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
export {
  MockStore
};
