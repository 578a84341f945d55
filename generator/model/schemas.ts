import { pointerOf } from '../diagnostics.js';
import { resolveContradictions } from './contradictions.js';
import { during } from '../processing-step.js';
import { UNMODELLED_KEYWORDS, type UnmodelledUse } from './skipped-features.js';
import { isRef, type RefResolver } from '../load/refs.js';
import type { SpecDocument } from '../load/spec-document.js';
import type { OpenApiVersion } from '../load/validate-openapi.js';
import type { Diagnostic, JsonType, JsonValue, NamedSchema, PropertyNode, SchemaNode } from './ir.js';

const JSON_TYPES = new Set<JsonType>(['null', 'boolean', 'integer', 'number', 'string', 'array', 'object']);

/** Named schema before names are planned: `typeName` is filled by the model builder. */
export type PendingNamedSchema = Omit<NamedSchema, 'typeName' | 'hasReadOnly' | 'hasWriteOnly'> & { document: SpecDocument; pointer: string };

/**
 * Turns OpenAPI schema objects (3.0 or 3.1 dialect) into `SchemaNode`s.
 *
 * Every `$ref` becomes a reference to a named schema: `components/schemas` entries keep their
 * names; a `$ref` to anything else (a schema inside a path, a whole file) is hoisted into a named
 * schema of its own. Bodies of named schemas are built once, from a queue, so recursive schemas
 * terminate.
 *
 * Specification: https://spec.openapis.org/oas/v3.1.0#schema-object,
 * https://spec.openapis.org/oas/v3.0.3#schema-object
 */
export class SchemaBuilder {
  readonly named = new Map<string, PendingNamedSchema>();
  readonly diagnostics: Diagnostic[] = [];
  /** Contradictory schemas, generated as schemas that accept nothing (see `contradictions.ts`). */
  readonly warnings: Diagnostic[] = [];
  /** Uses of keywords the model has no place for (reported as warnings by `skipped-features.ts`). */
  readonly unmodelled: UnmodelledUse[] = [];
  readonly #queue: PendingNamedSchema[] = [];

  constructor(
    private readonly resolver: RefResolver,
    private readonly versionOf: (document: SpecDocument) => OpenApiVersion,
  ) {}

  /** The same component declared identically in two files is one schema: second id → first id. */
  readonly #aliases = new Map<string, string>();
  readonly #components = new Map<string, string>();

  /** Register a named schema (a component) and return its id. */
  declare(document: SpecDocument, pointer: string, specName: string): string {
    let id = `${document.relPath}#${pointer}`;
    id = this.#aliases.get(id) ?? id;
    if (isComponentSchema(pointer) && !this.named.has(id)) {
      const first = this.#components.get(pointer);
      if (first !== undefined) {
        this.#aliases.set(id, first);
        return first;
      }
      this.#components.set(pointer, id);
    }
    if (!this.named.has(id)) {
      const pending: PendingNamedSchema = { id, specName, schema: { source: { file: document.relPath, pointer } }, document, pointer };
      this.named.set(id, pending);
      this.#queue.push(pending);
    }
    return id;
  }

  /** Build the bodies of every declared named schema (including ones declared while building). */
  drain(): void {
    while (this.#queue.length > 0) {
      const pending = this.#queue.shift()!;
      const value = valueAtPointer(pending.document, pending.pointer);
      pending.schema = during(`for schema ${pending.specName}`, { file: pending.document.relPath, pointer: pending.pointer }, () => this.build(pending.document, pending.pointer, value));
    }
  }

  build(document: SpecDocument, pointer: string, value: unknown): SchemaNode {
    const source = { file: document.relPath, pointer };
    if (typeof value === 'boolean') return { source, boolean: value };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.diagnostics.push(document.diagnostic(pointer, 'a schema must be an object (or, in OpenAPI 3.1, a boolean)'));
      return { source, boolean: true };
    }
    const raw = value as Record<string, unknown>;
    const version = this.versionOf(document);
    const node: SchemaNode = { source };

    if (isRef(raw)) {
      const refId = this.refTarget(document, `${pointer}/$ref`, raw.$ref);
      if (refId !== undefined) node.ref = refId;
      // OpenAPI 3.0 ignores siblings of $ref; 3.1 applies them. Descriptions are kept either way.
      if (typeof raw.description === 'string') node.description = raw.description;
      if (version === '3.0') {
        if (raw.nullable === true) return { source, anyOf: [node, { source, types: ['null'] }] };
        return node;
      }
    }

    const at = (...segments: (string | number)[]) => `${pointer}${pointerOf(segments)}`;
    const sub = (key: string) => this.build(document, at(key), raw[key]);
    for (const keyword of UNMODELLED_KEYWORDS) if (Object.prototype.hasOwnProperty.call(raw, keyword)) this.unmodelled.push({ document, pointer: at(keyword), keyword });
    const number = (key: string): number | undefined => (typeof raw[key] === 'number' ? (raw[key] as number) : undefined);

    // type (string or 3.1 type array) and 3.0 nullable
    if (raw.type !== undefined) {
      const types = Array.isArray(raw.type) ? raw.type : [raw.type];
      const valid: JsonType[] = [];
      for (const t of types) {
        if (typeof t === 'string' && JSON_TYPES.has(t as JsonType)) valid.push(t as JsonType);
        else this.diagnostics.push(document.diagnostic(at('type'), `unknown schema type ${JSON.stringify(t)} (expected one of ${[...JSON_TYPES].join(', ')})`));
      }
      node.types = [...new Set(valid)];
    }
    if (raw.nullable === true && version === '3.0' && node.types !== undefined && !node.types.includes('null')) node.types.push('null');

    if (Array.isArray(raw.enum)) {
      node.enum = raw.enum as JsonValue[];
      if (raw.nullable === true && version === '3.0' && !node.enum.includes(null)) node.enum = [...node.enum, null];
    }
    if (Object.prototype.hasOwnProperty.call(raw, 'const')) node.const = { value: raw.const as JsonValue };
    if (typeof raw.format === 'string') node.format = raw.format;

    // numbers: 3.0 (draft 4) boolean exclusive bounds become 3.1 numeric ones
    const minimum = number('minimum');
    const maximum = number('maximum');
    if (raw.exclusiveMinimum === true && minimum !== undefined) node.exclusiveMinimum = minimum;
    else if (minimum !== undefined) node.minimum = minimum;
    if (raw.exclusiveMaximum === true && maximum !== undefined) node.exclusiveMaximum = maximum;
    else if (maximum !== undefined) node.maximum = maximum;
    if (typeof raw.exclusiveMinimum === 'number') node.exclusiveMinimum = raw.exclusiveMinimum;
    if (typeof raw.exclusiveMaximum === 'number') node.exclusiveMaximum = raw.exclusiveMaximum;
    const multipleOf = number('multipleOf');
    if (multipleOf !== undefined) node.multipleOf = multipleOf;

    // strings
    const minLength = number('minLength');
    const maxLength = number('maxLength');
    if (minLength !== undefined) node.minLength = minLength;
    if (maxLength !== undefined) node.maxLength = maxLength;
    if (typeof raw.pattern === 'string') {
      if (isValidPattern(raw.pattern)) node.pattern = raw.pattern;
      else this.diagnostics.push(document.diagnostic(at('pattern'), `pattern ${JSON.stringify(raw.pattern)} is not a valid ECMA-262 regular expression`));
    }

    // arrays
    if (Array.isArray(raw.items)) {
      // draft 4 tuple form
      node.prefixItems = raw.items.map((item, i) => this.build(document, at('items', i), item));
      if (raw.additionalItems !== undefined) node.items = sub('additionalItems');
    } else if (raw.items !== undefined) node.items = sub('items');
    if (Array.isArray(raw.prefixItems)) node.prefixItems = raw.prefixItems.map((item, i) => this.build(document, at('prefixItems', i), item));
    const minItems = number('minItems');
    const maxItems = number('maxItems');
    if (minItems !== undefined) node.minItems = minItems;
    if (maxItems !== undefined) node.maxItems = maxItems;
    if (raw.uniqueItems === true) node.uniqueItems = true;

    // objects
    const required = Array.isArray(raw.required) ? raw.required.filter((r): r is string => typeof r === 'string') : [];
    if (required.length > 0) node.required = [...new Set(required)];
    if (raw.properties !== null && typeof raw.properties === 'object' && !Array.isArray(raw.properties)) {
      node.properties = Object.entries(raw.properties as Record<string, unknown>).map(
        ([name, schema]): PropertyNode => ({ name, schema: this.build(document, at('properties', name), schema), required: required.includes(name) }),
      );
    }
    if (raw.additionalProperties !== undefined) node.additionalProperties = sub('additionalProperties');
    if (raw.patternProperties !== null && typeof raw.patternProperties === 'object') {
      node.patternProperties = Object.entries(raw.patternProperties as Record<string, unknown>).flatMap(([pattern, schema]) => {
        if (!isValidPattern(pattern)) {
          this.diagnostics.push(document.diagnostic(at('patternProperties', pattern), `pattern ${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`));
          return [];
        }
        return [{ pattern, schema: this.build(document, at('patternProperties', pattern), schema) }];
      });
    }
    if (raw.propertyNames !== undefined) node.propertyNames = sub('propertyNames');
    const minProperties = number('minProperties');
    const maxProperties = number('maxProperties');
    if (minProperties !== undefined) node.minProperties = minProperties;
    if (maxProperties !== undefined) node.maxProperties = maxProperties;

    // composition
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = raw[key];
      if (Array.isArray(list)) node[key] = list.map((item, i) => this.build(document, at(key, i), item));
    }
    if (raw.not !== undefined) node.not = sub('not');
    if (raw.discriminator !== null && typeof raw.discriminator === 'object') this.discriminator(document, at('discriminator'), raw, node);

    // annotations
    if (typeof raw.title === 'string') node.title = raw.title;
    if (typeof raw.description === 'string') node.description = raw.description;
    if (Object.prototype.hasOwnProperty.call(raw, 'default')) node.default = { value: raw.default as JsonValue };
    if (Array.isArray(raw.examples)) node.examples = raw.examples as JsonValue[];
    else if (Object.prototype.hasOwnProperty.call(raw, 'example')) node.examples = [raw.example as JsonValue];
    if (raw.readOnly === true) node.readOnly = true;
    if (raw.writeOnly === true) node.writeOnly = true;
    if (raw.deprecated === true) node.deprecated = true;
    const { contradictions, unsatisfiable } = resolveContradictions(node);
    for (const c of contradictions) this.warnings.push(document.diagnostic(at(...c.at), `schema contradicts itself: ${c.message}`, 'warning'));
    if (unsatisfiable) {
      const never: SchemaNode = { source, boolean: false };
      if (node.title !== undefined) never.title = node.title;
      if (node.description !== undefined) never.description = node.description;
      if (node.deprecated === true) never.deprecated = true;
      return never;
    }
    return node;
  }

  /** Resolve a schema `$ref` to the id of a named schema, hoisting anonymous targets. */
  refTarget(document: SpecDocument, refPointer: string, ref: unknown): string | undefined {
    let target = this.resolver.resolve(document, ref, refPointer);
    // Follow pure `$ref` → `$ref` chains that do not land on a component, with cycle detection.
    const seen = new Set<string>();
    while ('value' in target && isRef(target.value) && Object.keys(target.value).length === 1 && !isComponentSchema(target.pointer)) {
      const key = `${target.document.relPath}#${target.pointer}`;
      if (seen.has(key)) {
        this.diagnostics.push(document.diagnostic(refPointer, '$ref cycle: the chain of references leads back to itself without reaching a schema'));
        return undefined;
      }
      seen.add(key);
      target = this.resolver.resolve(target.document, target.value.$ref, `${target.pointer}/$ref`);
    }
    if (!('value' in target)) {
      this.diagnostics.push(target);
      return undefined;
    }
    const id = `${target.document.relPath}#${target.pointer}`;
    const known = this.#aliases.get(id) ?? id;
    if (this.named.has(known)) return known;
    return this.declare(target.document, target.pointer, nameFromPointer(target.document.relPath, target.pointer));
  }

  private discriminator(document: SpecDocument, pointer: string, raw: Record<string, unknown>, node: SchemaNode): void {
    const d = raw.discriminator as Record<string, unknown>;
    if (typeof d.propertyName !== 'string') return;
    const mapping: { value: string; ref: string }[] = [];
    if (d.mapping !== null && typeof d.mapping === 'object') {
      for (const [value, target] of Object.entries(d.mapping as Record<string, unknown>)) {
        if (typeof target !== 'string') continue;
        // A mapping value is a $ref or a bare schema name.
        const ref = target.includes('#') || target.includes('/') || /\.(ya?ml|json)$/.test(target) ? target : `#/components/schemas/${target}`;
        const id = this.refTarget(document, `${pointer}/mapping/${value.replace(/~/g, '~0').replace(/\//g, '~1')}`, ref);
        if (id !== undefined) mapping.push({ value, ref: id });
      }
    }
    // Implicit mapping: each oneOf/anyOf member referenced by name maps from its schema name.
    const mapped = new Set(mapping.map((m) => m.ref));
    for (const member of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
      if (member.ref === undefined || mapped.has(member.ref)) continue;
      const named = this.named.get(member.ref);
      if (named !== undefined) mapping.push({ value: named.specName, ref: member.ref });
    }
    node.discriminator = { propertyName: d.propertyName, mapping };
  }
}

function isComponentSchema(pointer: string): boolean {
  return /^\/components\/schemas\/[^/]+$/.test(pointer);
}

/** A readable name for a hoisted schema: its component name, property name, or file name. */
function nameFromPointer(file: string, pointer: string): string {
  const segments = pointer.split('/').filter((s) => s !== '');
  const meaningful = segments.filter((s) => !['properties', 'items', 'schema', 'content', 'components', 'schemas', 'allOf', 'anyOf', 'oneOf', '$defs', 'definitions'].includes(s) && !/^\d+$/.test(s) && !s.includes('~1'));
  const last = meaningful[meaningful.length - 1];
  if (last !== undefined) return last.replace(/~0/g, '~');
  return file.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/i, '');
}

function valueAtPointer(document: SpecDocument, pointer: string): unknown {
  let node: unknown = document.data;
  for (const segment of pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

export function isValidPattern(pattern: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      // try the next flag set
    }
  }
  return false;
}
