import type { JsonType, NamedSchema, SchemaNode } from './ir.js';

/**
 * The one vocabulary every reader of `SchemaNode`s uses (plan, types, validators, mocks, diff),
 * so they never disagree on what a schema is made of:
 *
 * - annotations: keys that describe a schema without constraining the value it stands for;
 * - aliases: a `$ref` whose other keys are all annotations stands for the named schema it refers
 *   to (`isPureRef`, `aliasTarget`), and a chain of them ends at one schema (`followAliases`);
 * - children: the subschemas one level below a node (`childrenOf`, `walkSchema`).
 *
 * `readOnly` and `writeOnly` are annotations here: on a property's schema they decide which view
 * (read or write) has the property, which the object that holds the property reads; they never
 * change what the schema itself accepts, so `{ $ref: User, readOnly: true }` is an alias of `User`.
 */
export const ANNOTATION_KEYS: ReadonlySet<string> = new Set(['source', 'title', 'description', 'deprecated', 'examples', 'default', 'readOnly', 'writeOnly']);

/** True for a key of `SchemaNode` that is an annotation (see `ANNOTATION_KEYS`). */
export function isAnnotationKey(key: string): boolean {
  return ANNOTATION_KEYS.has(key);
}

/** The named schema a node refers to when it is only a `$ref` (annotations aside), else undefined. */
export function aliasTarget(node: SchemaNode): string | undefined {
  if (node.ref === undefined) return undefined;
  for (const key in node) if (key !== 'ref' && !ANNOTATION_KEYS.has(key)) return undefined;
  return node.ref;
}

/** A schema that is only a `$ref` (annotations aside): it stands for the named schema it refers to. */
export function isPureRef(node: SchemaNode): boolean {
  return aliasTarget(node) !== undefined;
}

/**
 * The end of a chain of aliases (`A: {$ref: B}`, `B: {$ref: C}` → `C`) starting at a named
 * schema's id: the first id that is not a named alias (possibly an id `schemaOf` does not know).
 * A ring of aliases (the model refuses those) stops where it would repeat.
 */
export function followAliases(id: string, schemaOf: (id: string) => SchemaNode | undefined): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const node = schemaOf(current);
    const next = node === undefined ? undefined : aliasTarget(node);
    if (next === undefined || seen.has(current)) return current;
    seen.add(current);
    current = next;
  }
}

/** `followAliases` for every named schema at once: id → the id its alias chain ends at. */
export function aliasEnds(schemas: readonly NamedSchema[]): Map<string, string> {
  const byId = new Map(schemas.map((s) => [s.id, s.schema]));
  const ends = new Map<string, string>();
  for (const named of schemas) {
    const chain: string[] = [];
    let current = named.id;
    while (!ends.has(current)) {
      const node = byId.get(current);
      const next = node === undefined ? undefined : aliasTarget(node);
      if (next === undefined || chain.includes(current)) break;
      chain.push(current);
      current = next;
    }
    const end = ends.get(current) ?? current;
    for (const link of chain) ends.set(link, end);
    if (!ends.has(named.id)) ends.set(named.id, end);
  }
  return ends;
}

/**
 * The subschemas one level below a node, properties' schemas first (in declaration order), then
 * `items`, `additionalProperties`, `propertyNames`, `not`, `prefixItems`, `allOf`, `anyOf`,
 * `oneOf` and `patternProperties`. `$ref` targets are not children (they are named schemas).
 */
export function childrenOf(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  for (const property of node.properties ?? []) out.push(property.schema);
  for (const one of [node.items, node.additionalProperties, node.propertyNames, node.not]) if (one !== undefined) out.push(one);
  for (const list of [node.prefixItems, node.allOf, node.anyOf, node.oneOf]) if (list !== undefined) out.push(...list);
  for (const pattern of node.patternProperties ?? []) out.push(pattern.schema);
  return out;
}

/** Visit every node of a schema tree, depth first (not following refs). `isProperty` marks property schemas. */
export function walkSchema(node: SchemaNode, visit: (node: SchemaNode, isProperty: boolean) => void, isProperty = false): void {
  visit(node, isProperty);
  const properties = node.properties?.length ?? 0;
  childrenOf(node).forEach((child, i) => walkSchema(child, visit, i < properties));
}

/** The JSON types a node's own structural keywords imply when it declares no `type`. */
export function impliedTypes(node: SchemaNode): JsonType[] | undefined {
  if (node.properties !== undefined || node.additionalProperties !== undefined || node.required !== undefined) return ['object'];
  if (node.items !== undefined || node.prefixItems !== undefined) return ['array'];
  return undefined;
}

/** The annotations the read and write views act on (a property is left out of one of them). */
export const VIEW_KEYS: ReadonlySet<string> = new Set(['readOnly', 'writeOnly']);

/**
 * A key that changes nothing a schema accepts in any view: an annotation other than `readOnly`
 * and `writeOnly`. Two schemas that differ only in such keys validate alike.
 */
export function isInertKey(key: string): boolean {
  return ANNOTATION_KEYS.has(key) && !VIEW_KEYS.has(key);
}

/**
 * A text that is equal for two schema trees exactly when they differ only in inert keys
 * (`isInertKey`), at any depth: what a schema accepts in each view, as a comparable key.
 */
export function validationShape(node: SchemaNode): string {
  return JSON.stringify(node, shapeReplacer);
}

function shapeReplacer(key: string, value: unknown): unknown {
  if (isInertKey(key)) return undefined;
  // Allowed values are data, whatever keys their objects have: kept whole, never filtered.
  if (key === 'enum' || key === 'const') return JSON.stringify(value);
  return value;
}
