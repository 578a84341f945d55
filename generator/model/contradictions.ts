import type { JsonType, JsonValue, SchemaNode } from './ir.js';
import { matchesJsonType } from './json-types.js';

/**
 * Schemas that contradict themselves: an `enum` or `const` value that is not of the declared
 * `type` (`type: string, enum: [true, false]`), `allOf` members whose types share nothing, bounds
 * that exclude every value (`minimum: 5, maximum: 1`). The spec is still generated: a value that
 * can never be valid is left out, a schema no value satisfies becomes `false` (TypeScript type
 * `never`, a validator that rejects everything), and each contradiction is reported as a warning
 * at its location.
 */
export interface Contradiction {
  /** JSON pointer segments below the schema (`['enum']`, `['allOf', 1]`). */
  at: (string | number)[];
  message: string;
}

/**
 * Normalise `node` in place (its own keywords; members are checked when they are built) and
 * return the contradictions found. Returns `unsatisfiable: true` when no value satisfies `node`.
 */
export function resolveContradictions(node: SchemaNode): { contradictions: Contradiction[]; unsatisfiable: boolean } {
  const contradictions: Contradiction[] = [];
  let unsatisfiable = false;
  const types = node.types;

  if (types !== undefined && types.length === 0) {
    contradictions.push({ at: ['type'], message: 'schema allows no type (an empty `type` list): no value is valid' });
    unsatisfiable = true;
  }
  if (types !== undefined && types.length > 0 && node.enum !== undefined) {
    const kept = node.enum.filter((v) => types.some((t) => matchesJsonType(v, t)));
    const dropped = node.enum.filter((v) => !kept.includes(v));
    if (dropped.length > 0) {
      const list = dropped.slice(0, 5).map(show).join(', ') + (dropped.length > 5 ? `, … (${dropped.length} in all)` : '');
      const left = kept.length === 0 ? 'no value is valid' : 'left out';
      contradictions.push({ at: ['enum'], message: `enum value${dropped.length === 1 ? '' : 's'} ${list} ${dropped.length === 1 ? 'is' : 'are'} not of the declared type ${types.join(' | ')}: ${left}` });
      node.enum = kept;
      if (kept.length === 0) unsatisfiable = true;
    }
  }
  if (node.enum !== undefined && node.enum.length === 0 && !unsatisfiable) {
    contradictions.push({ at: ['enum'], message: 'enum lists no values: no value is valid' });
    unsatisfiable = true;
  }
  if (node.const !== undefined) {
    const value = node.const.value;
    if (types !== undefined && types.length > 0 && !types.some((t) => matchesJsonType(value, t))) {
      contradictions.push({ at: ['const'], message: `const ${show(value)} is not of the declared type ${types.join(' | ')}: no value is valid` });
      unsatisfiable = true;
    } else if (node.enum !== undefined && !node.enum.some((v) => jsonEqual(v, value))) {
      contradictions.push({ at: ['const'], message: `const ${show(value)} is not among the enum values: no value is valid` });
      unsatisfiable = true;
    }
  }

  // allOf: the declared types of the node and of its inline members must share one.
  const typeSets = [types, ...(node.allOf ?? []).map((m) => (m.ref === undefined && m.boolean === undefined ? (m.types ?? typesOfValues(m)) : undefined))].filter((t): t is JsonType[] => t !== undefined && t.length > 0);
  if (typeSets.length > 1 && !unsatisfiable) {
    const common = typeSets.reduce((a, b) => a.filter((t) => b.includes(t) || (t === 'integer' && b.includes('number')) || (t === 'number' && b.includes('integer'))));
    if (common.length === 0) {
      contradictions.push({ at: ['allOf'], message: `allOf asks for a value of types ${typeSets.map((t) => t.join(' | ')).join(' and ')} at once: no value is valid` });
      unsatisfiable = true;
    }
  }
  for (const member of node.allOf ?? []) {
    if (member.boolean === false && !unsatisfiable) {
      contradictions.push({ at: ['allOf'], message: 'an allOf member accepts no value: no value is valid' });
      unsatisfiable = true;
    }
  }

  // Bounds that exclude every value of their kind. Values of other kinds stay valid, so only the
  // warning is given (the validator rejects such values by the bounds themselves).
  const low = Math.max(node.minimum ?? -Infinity, node.exclusiveMinimum ?? -Infinity);
  const high = Math.min(node.maximum ?? Infinity, node.exclusiveMaximum ?? Infinity);
  const strict = (node.exclusiveMinimum !== undefined && node.exclusiveMinimum >= (node.minimum ?? -Infinity)) || (node.exclusiveMaximum !== undefined && node.exclusiveMaximum <= (node.maximum ?? Infinity));
  if (low > high || (low === high && strict)) contradictions.push({ at: ['minimum' in node ? 'minimum' : 'exclusiveMinimum'], message: `the bounds (above ${low}, below ${high}) leave no number valid` });
  const pairs = [
    ['minLength', 'maxLength', 'string'],
    ['minItems', 'maxItems', 'array'],
    ['minProperties', 'maxProperties', 'object'],
  ] as const;
  for (const [min, max, kind] of pairs) {
    const a = node[min];
    const b = node[max];
    if (a !== undefined && b !== undefined && a > b) contradictions.push({ at: [min], message: `${min} ${a} is above ${max} ${b}: no ${kind} is valid` });
  }
  for (const name of node.required ?? []) {
    const property = node.properties?.find((p) => p.name === name);
    if (property?.schema.boolean === false) contradictions.push({ at: ['properties', name], message: `required property ${JSON.stringify(name)} accepts no value: no object is valid` });
  }
  return { contradictions, unsatisfiable };
}


function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && stable(a) === stable(b));
}

function stable(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(value[k]!)}`)
    .join(',')}}`;
}

function show(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The types of an `enum`'s or `const`'s values (a member that lists only values constrains the type too). */
function typesOfValues(node: SchemaNode): JsonType[] | undefined {
  const values = node.const !== undefined ? [node.const.value] : node.enum;
  if (values === undefined) return undefined;
  const all: JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
  return all.filter((t) => values.some((v) => matchesJsonType(v, t)));
}
