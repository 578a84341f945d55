import type { ApiModel, JsonValue, SchemaNode } from '../../model/ir.js';
import { RawCode, type LiteralValue } from '../../render/literal-layout.js';
import type { SchemaReader } from '../../plan/schema-reading.js';
import { SampleWriter } from './sample-value.js';

/** A place in a sample where a named schema's sample stands: written as its constant or inlined. */
export class SampleRef extends RawCode {
  constructor(readonly entry: SampleEntry) {
    super(entry.name);
  }
}

interface SampleEntry {
  name: string;
  depth: number;
  value: LiteralValue;
  uses: number;
}

/**
 * Each named schema's sample made once per nesting depth (its own seed: `<schema id> <depth>`),
 * so a schema met by a thousand operations is sampled and written once. Samples hold
 * `SampleRef`s to the named schemas they contain; `literal` writes a sample used once in place
 * and a shared one as a reference to its constant (`constants`). The depth bounds of
 * `SampleWriter` hold as before: an entry at depth d only refers to entries deeper than d.
 */
export class SampleTable {
  readonly #entries = new Map<string, SampleEntry>();
  readonly #typeNames: Map<string, string>;

  constructor(
    private readonly reader: SchemaReader,
    model: ApiModel,
  ) {
    this.#typeNames = new Map(model.schemas.map((s) => [s.id, s.typeName]));
  }

  /** The sample of the named schema `ref` (met at `at`) at `depth`, as a reference; `undefined`: not a named schema. */
  sample(ref: string, at: SchemaNode, depth: number): JsonValue | undefined {
    const typeName = this.#typeNames.get(ref);
    if (typeName === undefined) return undefined;
    const key = `${ref}\u0000${depth}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = { name: `sample$${typeName}$${depth}`, depth, value: null, uses: 0 };
      this.#entries.set(key, entry);
      entry.value = new SampleWriter(this.reader, `${ref} ${depth}`, this).value({ source: at.source, ref }, depth, true) as unknown as LiteralValue;
    }
    entry.uses++;
    // A placeholder among JSON values: only `literal` and `constants` read it.
    return new SampleRef(entry) as unknown as JsonValue;
  }

  /** A value for `layoutLiteral`: samples used once written in place, shared ones by name. */
  literal(value: LiteralValue): LiteralValue {
    if (value instanceof SampleRef) return shared(value.entry) ? value : this.literal(value.entry.value);
    if (value === null || typeof value !== 'object' || value instanceof RawCode) return value;
    if (Array.isArray(value)) return (value as readonly LiteralValue[]).map((v) => this.literal(v));
    // Own properties defined, never assigned: a spec's `__proto__` key stays a key.
    return Object.fromEntries(Object.entries(value as { readonly [key: string]: LiteralValue }).map(([key, v]) => [key, this.literal(v)]));
  }

  /** The shared samples as constants, in an order where each comes after those it refers to. */
  constants(): { name: string; value: LiteralValue }[] {
    return [...this.#entries.values()]
      .filter(shared)
      .sort((a, b) => b.depth - a.depth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((e) => ({ name: e.name, value: this.literal(e.value) }));
  }
}

/** A sample worth a constant: used more than once and more than a primitive or an empty object or array. */
function shared(entry: SampleEntry): boolean {
  const value = entry.value;
  if (entry.uses < 2 || value === null || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
}
