import type { ApiModel, JsonValue, NamedSchema, PropertyNode, SchemaNode } from '../../model/ir.js';
import { markdownCode, markdownLiteral } from '../../render/markdown.js';
import { schemaPlan, type PackagePlan } from '../../plan/index.js';

/** Which view of a named schema the docs show: the request (write) or the response (read) one. */
export type DocView = 'read' | 'write';

/**
 * Short, human labels for schemas in the README, as Markdown safe in a table cell: a type
 * (`integer (int32)`, `` `User` ``, `string[]`) and its allowed values (`` `5` ``, `` `1000` ``,
 * `≥ 1`, `matches` a pattern).
 */
export class SchemaLabels {
  readonly #named: Map<string, NamedSchema>;

  constructor(
    model: ApiModel,
    private readonly plan: PackagePlan,
  ) {
    this.#named = new Map(model.schemas.map((s) => [s.id, s]));
  }

  /** The named schema a node refers to, if any. */
  named(node: SchemaNode): NamedSchema | undefined {
    return node.ref === undefined ? undefined : this.#named.get(node.ref);
  }

  /** The type of a schema, as Markdown for a table cell. */
  type(node: SchemaNode, view: DocView): string {
    if (node.boolean !== undefined) return node.boolean ? 'any' : 'nothing';
    const named = this.named(node);
    if (named !== undefined) return markdownCode(schemaPlan(this.plan, named.id)[view].type, true);
    const alternatives = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
    if (alternatives.length > 0) return unique(alternatives.map((a) => this.type(a, view))).join(' or ');
    if (node.allOf !== undefined && node.allOf.length === 1) return this.type(node.allOf[0]!, view);
    const types = node.types ?? inferredTypes(node);
    if (types === undefined) return 'any';
    const labels = types.map((type) => {
      if (type === 'array') return node.items === undefined ? 'array' : `${this.type(node.items, view)}[]`;
      if (node.format !== undefined && (type === 'string' || type === 'integer' || type === 'number')) return `${type} (${markdownLiteral(node.format)})`;
      return type;
    });
    return unique(labels).join(' or ');
  }

  /** Allowed values and constraints of a schema, as Markdown for a table cell ('' when any value goes). */
  allowedValues(node: SchemaNode): string {
    if (node.const !== undefined) return valueCode(node.const.value);
    if (node.enum !== undefined) return node.enum.map(valueCode).join(', ');
    const rules: string[] = [];
    if (node.minimum !== undefined) rules.push(`≥ ${node.minimum}`);
    if (node.exclusiveMinimum !== undefined) rules.push(`> ${node.exclusiveMinimum}`);
    if (node.maximum !== undefined) rules.push(`≤ ${node.maximum}`);
    if (node.exclusiveMaximum !== undefined) rules.push(`< ${node.exclusiveMaximum}`);
    if (node.multipleOf !== undefined) rules.push(`multiple of ${node.multipleOf}`);
    if (node.minLength !== undefined) rules.push(`at least ${node.minLength} characters`);
    if (node.maxLength !== undefined) rules.push(`at most ${node.maxLength} characters`);
    if (node.pattern !== undefined) rules.push(`matches ${markdownCode(node.pattern, true)}`);
    if (node.items?.enum !== undefined) rules.push(`each one of ${node.items.enum.map(valueCode).join(', ')}`);
    return rules.join('; ');
  }

  /**
   * The properties a body of this schema has in a view (readOnly ones left out of requests,
   * writeOnly ones out of responses), following a reference and `allOf`. Empty for non-objects.
   */
  properties(node: SchemaNode, view: DocView, seen = new Set<string>()): PropertyNode[] {
    const named = this.named(node);
    if (named !== undefined) {
      if (seen.has(named.id)) return [];
      seen.add(named.id);
    }
    const own = (node.properties ?? []).filter((p) => !(view === 'write' ? p.schema.readOnly : p.schema.writeOnly));
    const fromRef = named === undefined ? [] : this.properties(named.schema, view, seen);
    const fromAllOf = (node.allOf ?? []).flatMap((member) => this.properties(member, view, seen));
    const byName = new Map<string, PropertyNode>();
    for (const property of [...fromRef, ...fromAllOf, ...own]) byName.set(property.name, property);
    return [...byName.values()];
  }
}

function valueCode(value: JsonValue): string {
  return markdownCode(JSON.stringify(value), true);
}

function inferredTypes(node: SchemaNode): SchemaNode['types'] {
  if (node.properties !== undefined || node.additionalProperties !== undefined) return ['object'];
  if (node.items !== undefined || node.prefixItems !== undefined) return ['array'];
  if (node.enum !== undefined) return unique(node.enum.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : (typeof v as 'string' | 'boolean'))));
  return undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
