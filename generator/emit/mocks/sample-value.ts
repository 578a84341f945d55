import type { JsonType, JsonValue, SchemaNode } from '../../model/ir.js';
import { aliasTarget, impliedTypes, isAnnotationKey } from '../../model/schema-vocabulary.js';
import { sampleForPattern } from './pattern-sample.js';
import type { SchemaReader } from '../../plan/schema-reading.js';
// The mock runtime's own generator: sample values and the running mock draw from the same one.
import { seededRandom } from '../../../runtime/mocks/random.js';

/** Named schemas' samples made once (`SampleTable`): a stand-in for the sample, `undefined` when `ref` names no schema. */
export interface NamedSamples {
  sample(ref: string, at: SchemaNode, depth: number): JsonValue | undefined;
}

/**
 * Deterministic example data for a schema that has no example of its own: the same schema and
 * seed text always give the same value (a small seeded PRNG, never `Math.random`), so generated
 * output stays byte-identical. Values honour type, enum/const, numeric bounds and multipleOf,
 * string lengths and common formats, array sizes and required properties. A `pattern` is only
 * honoured through the schema's own examples or default: no regex is inverted here.
 */
export class SampleWriter {
  readonly #random: () => number;
  /** Flattened schemas by node, shared by every writer over the same reader. */
  readonly #flattened: WeakMap<SchemaNode, SchemaNode>;

  constructor(
    private readonly reader: SchemaReader,
    seedText: string,
    /** Where named schemas' samples are made once and referred to (JSON bodies only); none: written out. */
    private readonly table?: NamedSamples,
  ) {
    this.#random = seededRandom(seedText);
    let flattened = FLATTENED.get(reader);
    if (flattened === undefined) FLATTENED.set(reader, (flattened = new WeakMap()));
    this.#flattened = flattened;
  }

  value(node: SchemaNode, depth = 0, own = false): JsonValue {
    if (node.boolean !== undefined) return null;
    const given = node.const?.value ?? node.examples?.[0] ?? node.default?.value;
    if (given !== undefined) return given;
    // A reference to a named schema: its sample from the table (`own`: this is that sample being made).
    const ref = own || this.table === undefined || depth > MAX_DEPTH ? undefined : sampledAs(node);
    if (ref !== undefined) {
      const shared = this.table!.sample(ref, node, depth);
      if (shared !== undefined) return shared;
    }
    const schema = this.#flatten(node, 0, { hit: false });
    const fixed = schema.const?.value ?? schema.examples?.[0] ?? schema.default?.value;
    if (fixed !== undefined) return fixed;
    if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[this.#int(0, schema.enum.length - 1)]!;
    const type = pickType(schema.types ?? impliedTypes(schema) ?? typesOutside(schema.not));
    if (depth > MAX_DEPTH) return this.#minimal(schema, type);
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return this.#random() < 0.5;
      case 'integer':
      case 'number':
        return this.#number(schema, type);
      case 'string':
        return this.#string(schema);
      case 'array':
        return this.#array(schema, depth);
      case 'object':
        return this.#object(schema, depth);
      default:
        return null;
    }
  }

  /**
   * One schema with the constraints of its `$ref` target and `allOf` members merged in, and the
   * first `oneOf`/`anyOf` alternative chosen (a discriminated alternative brings its const).
   */
  #flatten(node: SchemaNode, depth: number, cut: { hit: boolean }): SchemaNode {
    const known = this.#flattened.get(node);
    if (known !== undefined) return known;
    const { ref, allOf, oneOf, anyOf, ...own } = node;
    if (depth > 16) {
      cut.hit = true;
      return own;
    }
    // Whether this node's own result met the depth bound: only results that did not are kept,
    // as they are the same wherever the node is met.
    const inner = { hit: false };
    let merged: SchemaNode = own;
    if (ref !== undefined) {
      const target = this.reader.resolve({ source: node.source, ref });
      if (target !== node && target.ref === undefined) merged = mergeSchemas(merged, this.#flatten(target, depth + 1, inner));
    }
    for (const member of allOf ?? []) merged = mergeSchemas(merged, this.#flatten(member, depth + 1, inner));
    const alternative = oneOf?.[0] ?? anyOf?.[0];
    if (alternative !== undefined) merged = mergeSchemas(merged, this.#flatten(alternative, depth + 1, inner));
    if (inner.hit) cut.hit = true;
    else this.#flattened.set(node, merged);
    return merged;
  }

  /** Past the depth bound: the smallest value of the type (required properties still filled, shallowly). */
  #minimal(node: SchemaNode, type: JsonType | undefined): JsonValue {
    if (type === 'object') return {};
    if (type === 'array') return [];
    if (type === 'string') return 'x'.repeat(node.minLength ?? 0);
    if (type === 'integer' || type === 'number') return this.#number(node, type);
    if (type === 'boolean') return false;
    return null;
  }

  #number(node: SchemaNode, type: 'integer' | 'number'): number {
    // Integers step over an exclusive bound by one; numbers are drawn strictly inside the range.
    const nudge = type === 'integer' ? 1 : 0;
    let low = node.minimum ?? Number.NEGATIVE_INFINITY;
    let high = node.maximum ?? Number.POSITIVE_INFINITY;
    if (node.exclusiveMinimum !== undefined) low = Math.max(low, node.exclusiveMinimum + nudge);
    if (node.exclusiveMaximum !== undefined) high = Math.min(high, node.exclusiveMaximum - nudge);
    if (node.format === 'int32') (low = Math.max(low, -(2 ** 31))), (high = Math.min(high, 2 ** 31 - 1));
    if (high < low) high = low;
    // Prefer small, readable numbers: from 0 up when the range allows, else near the nearer bound.
    if (low <= 0 && high >= 0) (low = 0), (high = Math.min(high, 1000));
    else if (high < 0) low = Math.max(low, high - 1000);
    else high = Math.min(high, low + 1000);
    const step = node.multipleOf ?? (type === 'integer' ? 1 : 0);
    if (step > 0) {
      let first = Math.ceil(low / step);
      let last = Math.floor(high / step);
      if (node.exclusiveMinimum !== undefined && first * step <= node.exclusiveMinimum) first++;
      if (node.exclusiveMaximum !== undefined && last * step >= node.exclusiveMaximum) last--;
      if (last < first) return first * step;
      return Number((this.#int(first, Math.min(last, first + 1000)) * step).toPrecision(12));
    }
    // Strictly inside the range, so exclusive bounds hold; a rounded value only when it stays inside.
    const exact = low + (high - low) * (0.1 + 0.8 * this.#random());
    const rounded = Number(exact.toPrecision(4));
    return rounded > low && rounded < high ? rounded : exact;
  }

  #string(node: SchemaNode): string {
    const formatted = this.#formatted(node.format);
    if (formatted !== undefined) return formatted;
    if (node.pattern !== undefined) {
      const matching = sampleForPattern(node.pattern, this.#random, { ...(node.minLength === undefined ? {} : { min: node.minLength }), ...(node.maxLength === undefined ? {} : { max: node.maxLength }) });
      if (matching !== undefined) return matching;
    }
    const min = node.minLength ?? 0;
    const max = Math.max(min, node.maxLength ?? Math.max(min, 12));
    const length = Math.min(max, Math.max(min, 8));
    let text = '';
    while (text.length < length) text += WORDS[this.#int(0, WORDS.length - 1)];
    return text.slice(0, length);
  }

  #formatted(format: string | undefined): string | undefined {
    switch (format) {
      case 'date-time':
        return new Date(Date.UTC(2024, 0, 1) + this.#int(0, 365 * 24) * 3_600_000).toISOString().replace('.000Z', 'Z');
      case 'date':
        return new Date(Date.UTC(2024, 0, 1) + this.#int(0, 365) * 86_400_000).toISOString().slice(0, 10);
      case 'time':
        return `${String(this.#int(0, 23)).padStart(2, '0')}:${String(this.#int(0, 59)).padStart(2, '0')}:00Z`;
      case 'duration':
        return `PT${this.#int(1, 59)}M`;
      case 'uuid':
        return this.#uuid();
      case 'email':
        return `user${this.#int(1, 999)}@example.com`;
      case 'uri':
      case 'url':
      case 'iri':
        return `https://example.com/${this.#int(1, 999)}`;
      case 'hostname':
        return 'example.com';
      case 'ipv4':
        return `192.0.2.${this.#int(1, 254)}`;
      case 'ipv6':
        return `2001:db8::${this.#int(1, 0xfff).toString(16)}`;
      case 'byte':
        return 'AAAA';
      case 'binary':
        return '';
      default:
        return undefined;
    }
  }

  #uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.#int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.#int(0, 15) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  #array(node: SchemaNode, depth: number): JsonValue[] {
    const resolved = this.reader.resolve(node);
    const prefix = (resolved.prefixItems ?? []).map((p) => this.value(p, depth + 1));
    const min = resolved.minItems ?? 0;
    const max = resolved.maxItems ?? Math.max(min, 1);
    const count = Math.min(max, Math.max(min, depth > 3 ? 0 : 1));
    const items: JsonValue[] = prefix.slice(0, Math.max(count, prefix.length));
    if (resolved.items?.boolean === false) return items;
    while (items.length < count) items.push(resolved.items === undefined ? null : this.value(resolved.items, depth + 1));
    return items;
  }

  #object(node: SchemaNode, depth: number): { [key: string]: JsonValue } {
    // Deep in a nested structure only required properties are written, so recursive schemas end.
    const properties = this.reader.propertiesOf(node).filter((p) => !p.schema.writeOnly && (p.required || depth <= 3));
    const entries: [string, JsonValue][] = properties.map((p) => [p.name, this.value(p.schema, depth + 1)]);
    const extra = node.additionalProperties;
    for (let n = 1; entries.length < (node.minProperties ?? 0) && extra?.boolean !== false; n++) {
      const name = `extra${n}`;
      if (!entries.some(([key]) => key === name)) entries.push([name, extra === undefined ? null : this.value(extra, depth + 1)]);
    }
    return Object.fromEntries(entries);
  }

  #int(low: number, high: number): number {
    return low + Math.floor(this.#random() * (high - low + 1));
  }
}

const MAX_DEPTH = 12;

const FLATTENED = new WeakMap<SchemaReader, WeakMap<SchemaNode, SchemaNode>>();

const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'lima', 'nova', 'sierra', 'tango'];

/**
 * The named schema whose sample is this node's: a pure `$ref`, or a wrapper with nothing but
 * annotations beside one `allOf` member or its `oneOf`/`anyOf` alternatives (the first is
 * sampled), as OpenAPI 3.0 writes a nullable or described reference (`allOf: [$ref], nullable`).
 */
function sampledAs(node: SchemaNode, depth = 0): string | undefined {
  const ref = aliasTarget(node);
  if (ref !== undefined || depth > 4) return ref;
  let wrapped: SchemaNode | undefined;
  for (const key in node) {
    if (isAnnotationKey(key) || node[key as keyof SchemaNode] === undefined) continue;
    if (wrapped !== undefined) return undefined;
    if (key === 'allOf' && node.allOf!.length === 1) wrapped = node.allOf![0];
    else if ((key === 'anyOf' || key === 'oneOf') && node[key]!.length > 0) wrapped = node[key]![0];
    else return undefined;
  }
  return wrapped === undefined ? undefined : sampledAs(wrapped, depth + 1);
}

/** For a schema that only says what a value must not be (`not: { type: 'null' }`): the other types. */
function typesOutside(not: SchemaNode | undefined): JsonType[] | undefined {
  if (not?.types === undefined) return undefined;
  const all: JsonType[] = ['string', 'integer', 'boolean', 'object', 'array', 'null'];
  return all.filter((t) => !not.types!.includes(t) && !(t === 'integer' && not.types!.includes('number')));
}

/**
 * The constraints of two schemas that must both hold, merged into one: types and enums
 * intersected, lower bounds raised, upper bounds lowered, properties and required lists joined
 * (a property in both gets both schemas through `allOf`).
 */
export function mergeSchemas(a: SchemaNode, b: SchemaNode): SchemaNode {
  const merged: SchemaNode = { ...b, ...a };
  if (a.types !== undefined && b.types !== undefined) {
    const both = a.types.filter((t) => b.types!.includes(t) || (t === 'integer' && b.types!.includes('number')));
    const widened = b.types.filter((t) => t === 'integer' && a.types!.includes('number') && !both.includes('integer'));
    merged.types = [...both, ...widened];
  }
  if (a.enum !== undefined && b.enum !== undefined) merged.enum = a.enum.filter((v) => b.enum!.some((w) => JSON.stringify(v) === JSON.stringify(w)));
  for (const key of ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const) {
    const values = [a[key], b[key]].filter((v): v is number => v !== undefined);
    if (values.length > 0) merged[key] = Math.max(...values);
  }
  for (const key of ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const) {
    const values = [a[key], b[key]].filter((v): v is number => v !== undefined);
    if (values.length > 0) merged[key] = Math.min(...values);
  }
  if (a.properties !== undefined && b.properties !== undefined) {
    const byName = new Map(b.properties.map((p) => [p.name, p]));
    const joined = a.properties.map((p) => {
      const other = byName.get(p.name);
      byName.delete(p.name);
      return other === undefined ? p : { name: p.name, required: p.required || other.required, schema: { source: p.schema.source, allOf: [p.schema, other.schema] } };
    });
    merged.properties = [...joined, ...byName.values()];
  }
  if (a.required !== undefined || b.required !== undefined) merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  return merged;
}

function pickType(types: JsonType[] | undefined): JsonType | undefined {
  if (types === undefined) return undefined;
  return types.find((t) => t !== 'null') ?? types[0];
}
