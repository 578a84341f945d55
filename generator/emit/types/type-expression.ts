import type { JsonType, MediaNode, SchemaNode } from '../../model/ir.js';
import { docComment, literalType, propertyKey } from '../../render/ts-syntax.js';
import { matchesJsonType } from '../../model/json-types.js';
import { impliedTypes } from '../../model/schema-vocabulary.js';
import { referencedNames, type PackagePlan } from '../../plan/index.js';
import { bodyShape, type BodyShape } from '../../plan/operation-shapes.js';
import type { View } from '../../plan/names.js';

export type { View } from '../../plan/names.js';

/** Writes SchemaNodes as TypeScript type expressions. Named schemas are referred to by name. */
export class TypeWriter {
  constructor(
    private readonly plan: PackagePlan,
    private readonly prefix = '',
  ) {}

  /**
   * The type name of a named schema in a view. A chain of pure aliases (`A: {$ref: B}`,
   * `B: {$ref: C}`, ...) is followed to its end (the plan's `aliasEnd`), so no alias is more than
   * one step deep (TypeScript's checker overflows on chains of thousands of aliases).
   */
  nameOf(id: string, view: View): string {
    const names = referencedNames(this.plan, id, view);
    return names === undefined ? 'unknown' : this.prefix + names.type;
  }

  /** Type of a body in a media type: JSON and forms use the schema, text is a string, binary a Blob. */
  media(media: MediaNode | undefined, view: View): string {
    return this.body(bodyShape(media, view), view);
  }

  /** Type of a body of a planned shape (`plan/operation-shapes.ts`). */
  body(shape: BodyShape, view: View): string {
    switch (shape.kind) {
      case 'absent':
        return 'undefined';
      case 'streamed':
        return `AsyncIterable<${this.type(shape.items, view)}>`;
      case 'binary':
        return view === 'write' ? 'globalThis.Blob | ArrayBuffer | Uint8Array | string' : 'globalThis.Blob';
      case 'text':
        return 'string';
      case 'unknown':
        return 'unknown';
      case 'schema':
        return this.type(shape.schema, view, shape.multipart);
    }
  }

  type(node: SchemaNode, view: View, binaryAsBlob = false): string {
    if (node.boolean !== undefined) return node.boolean ? 'unknown' : 'never';
    const parts: string[] = [];
    if (node.ref !== undefined) parts.push(this.nameOf(node.ref, view));
    const own = this.ownType(node, view, binaryAsBlob);
    if (own !== undefined) parts.push(own);
    for (const member of node.allOf ?? []) parts.push(this.type(member, view, binaryAsBlob));
    const alternatives = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
    if (alternatives.length > 0) parts.push(unique(alternatives.map((m) => this.type(m, view, binaryAsBlob))).join(' | '));
    const meaningful = parts.filter((p) => p !== 'unknown');
    const distinct = unique(meaningful);
    let result = distinct.length === 0 ? 'unknown' : distinct.length === 1 ? distinct[0]! : distinct.map(group).join(' & ');
    if (node.types?.includes('null') && result !== 'unknown' && !/\bnull$/.test(result) && node.enum === undefined && node.const === undefined) {
      result = `${group(result)} | null`;
    }
    return result;
  }

  /** The type a node's own keywords give (type, enum, const, properties, items). */
  private ownType(node: SchemaNode, view: View, binaryAsBlob: boolean): string | undefined {
    if (node.const !== undefined) return literalType(node.const.value);
    if (node.enum !== undefined) {
      const allowed = node.types === undefined ? node.enum : node.enum.filter((v) => node.types!.some((t) => matchesJsonType(v, t)));
      return allowed.length === 0 ? 'never' : unique(allowed.map(literalType)).join(' | ');
    }
    const types = node.types ?? impliedTypes(node);
    if (types === undefined) return undefined;
    const mapped = unique(types.filter((t) => t !== 'null').map((t) => this.typeFor(t, node, view, binaryAsBlob)));
    if (mapped.length === 0) return types.includes('null') ? 'null' : undefined;
    return mapped.join(' | ');
  }

  private typeFor(type: JsonType, node: SchemaNode, view: View, binaryAsBlob: boolean): string {
    switch (type) {
      case 'null':
        return 'null';
      case 'boolean':
        return 'boolean';
      case 'integer':
      case 'number':
        return 'number';
      case 'string':
        return binaryAsBlob && (node.format === 'binary' || node.format === 'byte') ? 'globalThis.Blob | string' : 'string';
      case 'array':
        return this.arrayType(node, view, binaryAsBlob);
      case 'object':
        return this.objectType(node, view, binaryAsBlob);
    }
  }

  private arrayType(node: SchemaNode, view: View, binaryAsBlob: boolean): string {
    const items = node.items === undefined ? 'unknown' : this.type(node.items, view, binaryAsBlob);
    if (node.prefixItems !== undefined && node.prefixItems.length > 0) {
      const tuple = node.prefixItems.map((p) => this.type(p, view, binaryAsBlob));
      // Items beyond the tuple are optional: a shorter array is valid JSON Schema.
      const min = node.minItems ?? 0;
      const elements = tuple.map((t, i) => (i < min ? t : `${t}?`));
      if (node.items?.boolean === false) return `[${elements.join(', ')}]`;
      return `[${elements.join(', ')}, ...${group(items)}[]]`;
    }
    return `${group(items)}[]`;
  }

  private objectType(node: SchemaNode, view: View, binaryAsBlob: boolean): string {
    const members: string[] = [];
    for (const property of node.properties ?? []) {
      const schema = property.schema;
      if (view === 'write' && schema.readOnly) continue;
      if (view === 'read' && schema.writeOnly) continue;
      const doc = docComment([schema.description, ...notes(schema)], '', { deprecated: schema.deprecated === true });
      const optional = property.required ? '' : '?';
      const readonly = schema.readOnly ? 'readonly ' : '';
      members.push(`${doc}${readonly}${propertyKey(property.name)}${optional}: ${this.type(schema, view, binaryAsBlob)};`);
    }
    const extra = node.additionalProperties;
    if (extra !== undefined && extra.boolean !== false) {
      const value = extra.boolean === true ? 'unknown' : this.type(extra, view);
      // A string index signature must admit every declared property's type.
      members.push(`[key: string]: ${members.length > 0 ? 'unknown' : value};`);
    } else if (node.patternProperties !== undefined && node.patternProperties.length > 0) {
      members.push('[key: string]: unknown;');
    }
    if (members.length === 0) return extra?.boolean === false ? '{ [key: string]: never }' : '{ [key: string]: unknown }';
    return `{\n${members.join('\n')}\n}`;
  }
}

/** Notes about a property's format and default, as doc text. */
function notes(node: SchemaNode): string[] {
  const out: string[] = [];
  if (node.format !== undefined) out.push(`Format: ${node.format}`);
  if (node.default !== undefined) out.push(`Default: ${JSON.stringify(node.default.value)}`);
  return out;
}

/** Parenthesise a union or intersection so it can sit inside another. */
function group(type: string): string {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const ch = type[i];
    if (ch === '"') {
      // skip string literal
      for (i++; i < type.length && type[i] !== '"'; i++) if (type[i] === '\\') i++;
    } else if (ch === '{' || ch === '(' || ch === '[' || ch === '<') depth++;
    else if (ch === '}' || ch === ')' || ch === ']' || ch === '>') depth--;
    else if (depth === 0 && (ch === '|' || ch === '&')) return `(${type})`;
  }
  return type;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
