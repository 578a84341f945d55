import fc from 'fast-check';
import type { ApiModel, JsonType, JsonValue, SchemaNode } from '../../generator/model/ir.js';

/**
 * fast-check arbitraries of JSON values biased to a schema's edges: values of the right shape
 * with every keyword pushed to its bounds (int32 limits, bound ± 1, enum members and their
 * neighbours, lengths around min/max in code points, near-miss formats, duplicate items, missing
 * required and extra properties, dangerous keys), mixed with values of the wrong type. Only JSON
 * values: no NaN, Infinity or undefined. Objects are built with `Object.fromEntries`, so a
 * `__proto__` key is an own property, as `JSON.parse` makes it.
 */
export function edgeValuesFor(model: ApiModel, node: SchemaNode): fc.Arbitrary<unknown> {
  return new EdgeValues(model).of(node, 0);
}

/** Below this many schema references, values nest further; beyond it, only leaves are generated. */
const MAX_NESTING = 3;

export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const INT32_EDGES = [-(2 ** 31) - 1, -(2 ** 31), -1, -0, 0, 1, 2 ** 31 - 1, 2 ** 31];
const NUMBER_EDGES = [
  ...INT32_EDGES,
  0.5, -0.5, 1.5, 0.1, 1e-7, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 63, -(2 ** 63), 1e21, 1e308, -1e308,
  5e-324, 3.4028234663852886e38, 3.402823466385289e38, Number.MAX_VALUE,
];
const WRONG_TYPES: JsonValue[] = [null, true, false, 0, 1, -1.5, '', 'x', '5', [], [1], {}, { a: 1 }];

/** Valid and near-miss samples per format. */
const FORMAT_SAMPLES: Record<string, string[]> = {
  'date-time': ['2024-02-29T23:20:50.52Z', '2023-02-29T00:00:00Z', '1990-12-31T23:59:60Z', '1990-12-31T15:59:60-08:00', '1990-12-31T23:59:60+01:00', '2024-01-01t10:00:00z', '2024-01-01 10:00:00Z', '2024-01-01T10:00:00', '2024-01-01T24:00:00Z', '2024-13-01T10:00:00Z', '0000-02-29T00:00:00Z', '2024-01-01T10:00:00+0100'],
  date: ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2024-04-31', '2024-00-10', '2024-1-01', '20240101', '2024-12-31'],
  time: ['23:20:50.52Z', '08:00:00+01:00', '23:59:60Z', '22:59:60-01:00', '12:00:60Z', '24:00:00Z', '12:00:00', '12:00:00+0100', '12:00:00+01', '12:60:00Z', '12:00:00+24:00', '12:00:00-23:59'],
  uuid: ['f81d4fae-7dec-11d0-a765-00a0c91e6bf6', 'F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6', 'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6', 'f81d4fae7dec11d0a76500a0c91e6bf6', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf', 'g81d4fae-7dec-11d0-a765-00a0c91e6bf6'],
  email: ['joe@example.com', 'first.last+tag@sub.example.org', 'joe@localhost', 'joe..x@example.com', '.joe@example.com', 'joe@-example.com', 'joe@example-.com', '"quoted"@example.com', 'joe@', '@example.com', "o'neil{}@example.com"],
  uri: ['https://example.com/a?b=c#d', 'urn:isbn:0451450523', 'mailto:joe@example.com', 'http://[::1]:80/', 'http://[v1.x]/', 'http://[::1/', 'http://a b/', 'http://example.com/%zz', '//example.com', '/relative', 'a:', 'http://user:pw@host:8080/p', 'http://host:port/', '1http://x'],
  byte: ['', 'aGVsbG8=', 'aGVsbG8', 'aGVsbA==', 'QR==', 'A===', 'aGVs\nbG8=', 'aGVsbG8h', '====', 'ab+/'],
  ipv4: ['192.168.0.1', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '0.0.0.0', '1.2.3.-4'],
  ipv6: ['::1', '::', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:192.168.0.1', '1:2:3:4:5:6:7:8:9', ':::', '1::2::3', 'fe80::1%eth0', '12345::', '::ffff:256.1.1.1', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4'],
};

class EdgeValues {
  readonly #named: Map<string, SchemaNode>;

  constructor(model: ApiModel) {
    this.#named = new Map(model.schemas.map((s) => [s.id, s.schema]));
  }

  of(node: SchemaNode, nesting: number): fc.Arbitrary<unknown> {
    const wrong = fc.oneof(fc.constantFrom(...WRONG_TYPES), fc.jsonValue({ maxDepth: 2 }));
    const shaped = this.#shaped(node, nesting);
    return shaped.length === 0 ? wrong : fc.oneof({ arbitrary: fc.oneof(...shaped), weight: 6 }, { arbitrary: wrong, weight: 1 });
  }

  /** Values shaped by the node's keywords. */
  #shaped(node: SchemaNode, nesting: number): fc.Arbitrary<unknown>[] {
    if (node.boolean !== undefined) return [];
    const out: fc.Arbitrary<unknown>[] = [];
    if (node.ref !== undefined) {
      const target = this.#named.get(node.ref);
      if (target !== undefined && nesting < MAX_NESTING) out.push(fc.constant(null).chain(() => this.of(target, nesting + 1)));
    }
    const allowed = [...(node.enum ?? []), ...(node.const === undefined ? [] : [node.const.value])];
    if (allowed.length > 0) out.push(fc.constantFrom(...allowed), fc.constantFrom(...allowed.flatMap(neighbours)));
    const types: JsonType[] = node.types ?? inferredTypes(node);
    for (const type of types) out.push(this.#typed(type, node, nesting));
    for (const member of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) out.push(...this.#shaped(member, nesting));
    if (node.not !== undefined) out.push(...this.#shaped(node.not, nesting));
    return out;
  }

  #typed(type: JsonType, node: SchemaNode, nesting: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number':
        return numbers(node, type === 'integer');
      case 'string':
        return strings(node);
      case 'array':
        return this.#arrays(node, nesting);
      case 'object':
        return this.#objects(node, nesting);
    }
  }

  #arrays(node: SchemaNode, nesting: number): fc.Arbitrary<unknown> {
    const items = node.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : this.of(node.items, nesting);
    const prefix = (node.prefixItems ?? []).map((p) => this.of(p, nesting));
    const maxLength = (node.maxItems ?? 3) + 2;
    const arrays = fc.tuple(fc.tuple(...prefix), fc.nat({ max: prefix.length }), fc.array(items, { maxLength })).map(([head, keep, rest]) => [...head.slice(0, prefix.length - keep), ...(keep === 0 ? rest : [])]);
    // Duplicates: an item repeated as an equal copy (not the same object), to test deep equality.
    return arrays.chain((array) => (array.length === 0 ? fc.constant(array) : fc.constantFrom(array, [...array, structuredClone(array[0])], [structuredClone(array[array.length - 1]), ...array])));
  }

  #objects(node: SchemaNode, nesting: number): fc.Arbitrary<unknown> {
    // Optional properties are mostly absent: an object then holds few values, and its verdict
    // says something about each of them (a wide object with many edge values is nearly always
    // invalid somewhere).
    const required = new Set(node.required ?? []);
    const declared = (node.properties ?? []).map((p) =>
      fc.oneof(
        { arbitrary: this.of(p.schema, nesting).map((value) => [[p.name, value]] as [string, unknown][]), weight: required.has(p.name) ? 8 : 1 },
        { arbitrary: fc.constant([] as [string, unknown][]), weight: required.has(p.name) ? 1 : 3 },
      ),
    );
    const extraValue = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      ...(node.additionalProperties === undefined ? [] : [this.of(node.additionalProperties, nesting)]),
      ...(node.patternProperties ?? []).map((p) => this.of(p.schema, nesting)),
    );
    const names = [...DANGEROUS_KEYS, 'extra', 'x-a', 'x-', 'y-b', 'a-much-longer-name', ...(node.properties ?? []).map((p) => p.name)];
    const extraKey = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 10 }));
    const extras = fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(fc.tuple(extraKey, extraValue), { minLength: 1, maxLength: 3 }), weight: 1 });
    return fc.tuple(fc.tuple(...declared), extras).map(([present, extra]) => Object.fromEntries([...present.flat(), ...extra]));
  }
}

function inferredTypes(node: SchemaNode): JsonType[] {
  if (node.properties !== undefined || node.additionalProperties !== undefined || node.required !== undefined) return ['object'];
  if (node.items !== undefined || node.prefixItems !== undefined) return ['array'];
  return [];
}

function numbers(node: SchemaNode, integer: boolean): fc.Arbitrary<unknown> {
  const bounds = [node.minimum, node.maximum, node.exclusiveMinimum, node.exclusiveMaximum].filter((b): b is number => b !== undefined);
  const nearBounds = bounds.flatMap((b) => [b - 1, b - 0.5, b, b + 0.5, b + 1, b * (1 + Number.EPSILON)]);
  const divisor = node.multipleOf;
  const multiples = divisor === undefined ? [] : [fc.integer({ min: -1000, max: 1000 }).chain((k) => fc.constantFrom(k * divisor, k * divisor + 1, k * divisor + divisor / 2))];
  const inRange = bounds.length >= 2 ? [fc.double({ min: Math.min(...bounds) - 2, max: Math.max(...bounds) + 2, noNaN: true })] : [];
  const edges = fc.constantFrom(...NUMBER_EDGES, ...nearBounds);
  return integer
    ? fc.oneof(edges, fc.integer(), fc.maxSafeInteger(), ...multiples, ...inRange.map((a) => a.map(Math.round)))
    : fc.oneof(edges, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), ...multiples, ...inRange);
}

function strings(node: SchemaNode): fc.Arbitrary<unknown> {
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? min + 6;
  const lengths = { minLength: Math.max(0, min - 1), maxLength: max + 2 };
  const out: fc.Arbitrary<unknown>[] = [fc.string(lengths), fc.string({ ...lengths, unit: 'binary' }), fc.string({ ...lengths, unit: 'grapheme' })];
  if (node.pattern !== undefined) {
    try {
      out.push(fc.stringMatching(new RegExp(node.pattern)));
    } catch {
      // fast-check cannot generate from this pattern: the other strings still reach it
    }
  }
  const samples = node.format === undefined ? undefined : FORMAT_SAMPLES[node.format];
  if (samples !== undefined) out.push(fc.constantFrom(...samples), fc.constantFrom(...samples).chain(mutations));
  return fc.oneof(...out);
}

/** Small edits of a string: one character dropped, doubled, or changed. */
function mutations(text: string): fc.Arbitrary<string> {
  if (text === '') return fc.constantFrom('a', '=', ' ');
  return fc.tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('drop', 'double', 'digit', 'space', 'upper')).map(([at, edit]) => {
    const ch = text[at]!;
    const replaced = edit === 'drop' ? '' : edit === 'double' ? ch + ch : edit === 'digit' ? '9' : edit === 'space' ? ' ' : ch.toUpperCase();
    return text.slice(0, at) + replaced + text.slice(at + 1);
  });
}

/** Values next to an allowed one: numbers ± 1 or ½, strings changed slightly, other types. */
function neighbours(value: JsonValue): JsonValue[] {
  if (typeof value === 'number') return [value + 1, value - 1, value + 0.5, -value, String(value), value === 0 ? -0 : value * 2];
  if (typeof value === 'string') return [`${value}x`, value.slice(1), value.toUpperCase(), ` ${value}`, ''];
  if (typeof value === 'boolean') return [!value, Number(value)];
  if (value === null) return [0, '', false];
  if (Array.isArray(value)) return [[...value, 0], value.slice(1), [...value].reverse()];
  return [{ ...value, extra: 1 }, Object.fromEntries(Object.entries(value).slice(1))];
}
