import type { ApiModel, JsonType, PropertyNode, SchemaNode } from '../model/ir.js';
import { aliasTarget, impliedTypes } from '../model/schema-vocabulary.js';

/**
 * Small questions the mocks emitter asks of a schema, following `$ref`s to named schemas and
 * folding `allOf` members: "is it an object?", "which properties does it have?", "what does the
 * property `id` look like?". Cycles are cut by a depth bound, never followed forever.
 */
export class SchemaReader {
  readonly #named: Map<string, SchemaNode>;
  /** `resolve` and `propertiesOf` results that did not meet a depth bound: they hold at any depth. */
  readonly #resolved = new WeakMap<SchemaNode, SchemaNode>();
  readonly #properties = new WeakMap<SchemaNode, PropertyNode[]>();

  constructor(model: ApiModel) {
    this.#named = new Map(model.schemas.map((s) => [s.id, s.schema]));
  }

  /** The schema a node stands for: the named schema behind a bare `$ref`, else the node itself. */
  resolve(node: SchemaNode, depth = 0): SchemaNode {
    if (node.ref === undefined) return node;
    const known = this.#resolved.get(node);
    if (known !== undefined) return known;
    const result = this.#resolveChain(node, depth);
    // A result cut by the depth bound depends on where the chain was entered: only full ones are kept.
    if (result.cut === false) this.#resolved.set(node, result.node);
    return result.node;
  }

  #resolveChain(node: SchemaNode, depth: number): { node: SchemaNode; cut: boolean } {
    if (node.ref === undefined) return { node, cut: false };
    if (depth > 16) return { node, cut: true };
    const target = this.#named.get(node.ref);
    if (target === undefined) return { node, cut: false };
    // A $ref with sibling keywords (3.1) keeps its own keywords too: treat it as allOf.
    if (aliasTarget(node) === undefined) {
      const { ref: _ref, ...own } = node;
      return { node: { ...own, allOf: [target, ...(node.allOf ?? [])] }, cut: false };
    }
    return this.#resolveChain(target, depth + 1);
  }

  /** The JSON types a value of this schema can have (`undefined`: any). */
  typesOf(node: SchemaNode, depth = 0): JsonType[] | undefined {
    const resolved = this.resolve(node);
    if (depth > 16) return undefined;
    if (resolved.types !== undefined) return resolved.types;
    const implied = impliedTypes(resolved);
    if (implied !== undefined) return implied;
    for (const member of resolved.allOf ?? []) {
      const types = this.typesOf(member, depth + 1);
      if (types !== undefined) return types;
    }
    const alternatives = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
    if (alternatives.length > 0) {
      const all = alternatives.map((a) => this.typesOf(a, depth + 1));
      if (all.every((t) => t !== undefined)) return [...new Set(all.flatMap((t) => t!))];
    }
    return undefined;
  }

  /** True when every value of the schema is a JSON object (null aside when `allowNull`). */
  isObject(node: SchemaNode, allowNull = false): boolean {
    const types = this.typesOf(node);
    if (types === undefined) return false;
    const relevant = allowNull ? types.filter((t) => t !== 'null') : types;
    return relevant.length > 0 && relevant.every((t) => t === 'object');
  }

  /** Properties of an object schema, its `allOf` members' included (first declaration wins). */
  propertiesOf(node: SchemaNode, depth = 0): PropertyNode[] {
    const known = this.#properties.get(node);
    if (known !== undefined) return known;
    const cut = { hit: false };
    const found = this.#collectProperties(node, depth, cut);
    if (!cut.hit) this.#properties.set(node, found);
    return found;
  }

  #collectProperties(node: SchemaNode, depth: number, cut: { hit: boolean }): PropertyNode[] {
    if (depth > 16) {
      cut.hit = true;
      return [];
    }
    const known = this.#properties.get(node);
    if (known !== undefined) return known;
    const resolved = this.resolve(node);
    const found = new Map<string, PropertyNode>();
    const required = new Set(resolved.required ?? []);
    for (const p of resolved.properties ?? []) found.set(p.name, { ...p, required: p.required || required.has(p.name) });
    for (const member of resolved.allOf ?? []) {
      for (const p of this.#collectProperties(member, depth + 1, cut)) {
        if (!found.has(p.name)) found.set(p.name, { ...p, required: p.required || required.has(p.name) });
      }
    }
    return [...found.values()];
  }

  property(node: SchemaNode, name: string): PropertyNode | undefined {
    return this.propertiesOf(node).find((p) => p.name === name);
  }
}
