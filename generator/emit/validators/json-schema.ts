import type { ApiModel, JsonValue, SchemaNode } from '../../model/ir.js';
import type { View } from '../../plan/names.js';
import { schemaPlan, type PackagePlan } from '../../plan/index.js';

/** A JSON Schema (draft 2020-12) as data. */
export type JsonSchema = boolean | { [keyword: string]: JsonValue };

/**
 * The IR's schema as JSON Schema draft 2020-12, as the validators read it in one view: a named
 * schema is `{"$ref": "#/$defs/<type name of that view>"}`, and the properties the view refuses
 * (readOnly when written, writeOnly when read) are `false` (must be absent) and not required.
 * Annotations are kept; OpenAPI's `discriminator` is not JSON Schema and is left out (the
 * branches' own constraints tell them apart).
 */
export class JsonSchemaWriter {
  private readonly named: Map<string, ApiModel['schemas'][number]>;

  constructor(
    model: ApiModel,
    private readonly plan: PackagePlan,
  ) {
    this.named = new Map(model.schemas.map((n) => [n.id, n]));
  }

  /** The `$defs` key of a named schema in a view: its type name in that view. */
  defName(id: string, view: View): string {
    return schemaPlan(this.plan, id)[view].type;
  }

  /** Every named schema in each view that differs: `$defs` for all roots. */
  defs(): Record<string, JsonSchema> {
    const out: Record<string, JsonSchema> = {};
    for (const named of this.named.values()) {
      const { read, write, writeDiffers } = schemaPlan(this.plan, named.id);
      out[read.type] = this.schema(named.schema, 'read');
      if (writeDiffers) out[write.type] = this.schema(named.schema, 'write');
    }
    return out;
  }

  schema(node: SchemaNode, view: View): JsonSchema {
    if (node.boolean !== undefined) return node.boolean;
    const out: { [keyword: string]: JsonValue } = {};
    if (node.ref !== undefined) out.$ref = `#/$defs/${this.defName(node.ref, view)}`;
    if (node.title !== undefined) out.title = node.title;
    if (node.description !== undefined) out.description = node.description;
    if (node.types !== undefined) out.type = node.types.length === 1 ? node.types[0]! : [...node.types];
    if (node.enum !== undefined) out.enum = node.enum;
    if (node.const !== undefined) out.const = node.const.value;
    if (node.format !== undefined) out.format = node.format;
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const) {
      const value = node[key];
      if (value !== undefined) out[key] = value;
    }
    if (node.pattern !== undefined) out.pattern = node.pattern;
    if (node.uniqueItems !== undefined) out.uniqueItems = node.uniqueItems;
    if (node.prefixItems !== undefined) out.prefixItems = node.prefixItems.map((s) => this.schema(s, view));
    if (node.items !== undefined) out.items = this.schema(node.items, view);
    if (node.properties !== undefined) {
      const hidden = new Set<string>();
      const properties: { [name: string]: JsonValue } = {};
      for (const property of node.properties) {
        const refused = (view === 'write' && property.schema.readOnly === true) || (view === 'read' && property.schema.writeOnly === true);
        if (refused) hidden.add(property.name);
        properties[property.name] = refused ? false : this.schema(property.schema, view);
      }
      out.properties = properties;
      const required = (node.required ?? []).filter((name) => !hidden.has(name));
      if (required.length > 0) out.required = required;
    } else if (node.required !== undefined && node.required.length > 0) {
      out.required = [...node.required];
    }
    if (node.patternProperties !== undefined) out.patternProperties = Object.fromEntries(node.patternProperties.map((p) => [p.pattern, this.schema(p.schema, view)]));
    if (node.additionalProperties !== undefined) out.additionalProperties = this.schema(node.additionalProperties, view);
    if (node.propertyNames !== undefined) out.propertyNames = this.schema(node.propertyNames, view);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (list !== undefined) out[key] = list.map((s) => this.schema(s, view));
    }
    if (node.not !== undefined) out.not = this.schema(node.not, view);
    if (node.default !== undefined) out.default = node.default.value;
    if (node.examples !== undefined) out.examples = node.examples;
    if (node.readOnly === true) out.readOnly = true;
    if (node.writeOnly === true) out.writeOnly = true;
    if (node.deprecated === true) out.deprecated = true;
    return out;
  }
}
