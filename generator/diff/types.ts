import type { ApiModel, NamedSchema, SchemaNode } from '../model/ir.js';
import { change, type Change } from './change.js';
import { childrenOf } from '../model/schema-vocabulary.js';

/**
 * The type names the generated package exports for schemas that operations reach. A component no
 * operation reaches is not part of what a consumer uses, so renaming or moving it is no change; an
 * exposed type that disappears under its name breaks imports of that name.
 */
export function compareExportedTypes(base: ApiModel, head: ApiModel): Change[] {
  const b = reachableSchemas(base);
  const h = reachableSchemas(head);
  const out: Change[] = [];
  for (const [name, schema] of b) if (!h.has(name)) out.push(change('breaking', 'type', name, '', `exported type ${name} removed (no operation reaches a schema of that name any more)`, schema.schema.source, undefined));
  for (const [name, schema] of h) if (!b.has(name)) out.push(change('feature', 'type', name, '', `exported type ${name} added`, undefined, schema.schema.source));
  return out;
}

/** Named schemas reached from any operation's parameters, bodies or response headers, by type name. */
export function reachableSchemas(model: ApiModel): Map<string, NamedSchema> {
  const byId = new Map(model.schemas.map((s) => [s.id, s]));
  const found = new Map<string, NamedSchema>();
  const stack: SchemaNode[] = [];
  for (const op of model.operations) {
    for (const p of op.parameters) stack.push(p.schema);
    for (const m of op.requestBody?.content ?? []) if (m.schema !== undefined) stack.push(m.schema);
    for (const r of op.responses) {
      for (const m of r.content) if (m.schema !== undefined) stack.push(m.schema);
      for (const x of r.headers) if (x.schema !== undefined) stack.push(x.schema);
    }
  }
  const seen = new Set<SchemaNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.ref !== undefined) {
      const named = byId.get(node.ref);
      if (named !== undefined && !found.has(named.typeName)) {
        found.set(named.typeName, named);
        stack.push(named.schema);
      }
    }
    for (const child of childrenOf(node)) stack.push(child);
  }
  return found;
}
