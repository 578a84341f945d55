import type { ApiModel, JsonValue, OperationNode } from '../../model/ir.js';
import { successResponses } from '../../plan/operation-shapes.js';
import type { ResourceCollection, ResourceRole } from '../../plan/resource-collections.js';

/** The entities of one concrete collection (`/users`, `/users/42/managedDevices`) at start-up. */
export interface SeedCollection {
  /** The collection path with parent parameters filled in and percent-encoded (the store's key). */
  key: string;
  entities: { [key: string]: JsonValue }[];
}

/**
 * The store's initial content, from the spec's examples: every success-response example of a
 * resource operation that is an object with a key (or a list of them) becomes an entity. Parent
 * path parameters of a nested collection come from the parameters' examples; a nested collection
 * whose parents have none is left empty. Examples of one entity in several operations are merged,
 * the first operation (path, then method order) winning per property.
 */
export function seedCollections(model: ApiModel, roles: ReadonlyMap<OperationNode, ResourceRole>, collections: readonly ResourceCollection[]): SeedCollection[] {
  const seeds: SeedCollection[] = [];
  for (const collection of collections) {
    const ops = model.operations.filter((op) => roles.get(op)?.collection === collection);
    const key = concreteCollectionKey(collection, ops);
    if (key === undefined) continue;
    const byKey = new Map<string, { [key: string]: JsonValue }>();
    for (const op of ops) {
      const role = roles.get(op)!;
      const idParameter = op.path === collection.itemPath ? parameterExample(op, lastParameterName(collection.itemPath)) : undefined;
      for (const example of successExamples(op)) {
        for (const candidate of role.action === 'list' ? listEntries(example) : [example]) {
          const entity = asEntity(candidate, collection, idParameter);
          if (entity === undefined) continue;
          const id = String(entity[collection.keyProperty]);
          const known = byKey.get(id);
          byKey.set(id, known === undefined ? entity : Object.fromEntries([...Object.entries(entity), ...Object.entries(known)]));
        }
      }
    }
    if (byKey.size > 0) seeds.push({ key, entities: [...byKey.values()] });
  }
  return seeds;
}

function concreteCollectionKey(collection: ResourceCollection, ops: OperationNode[]): string | undefined {
  const segments = collection.collectionPath.split('/').slice(1);
  const filled: string[] = [];
  for (const segment of segments) {
    const param = /^\{([^{}]+)\}$/.exec(segment)?.[1];
    if (param === undefined) {
      filled.push(segment);
      continue;
    }
    const value = ops.map((op) => parameterExample(op, param)).find((v) => v !== undefined);
    if (value === undefined) return undefined;
    filled.push(encodeURIComponent(value));
  }
  return '/' + filled.join('/');
}

/** A path parameter's example (its own, else its schema's example or default), as a string. */
function parameterExample(op: OperationNode, name: string): string | undefined {
  const parameter = op.parameters.find((p) => p.in === 'path' && p.name === name);
  if (parameter === undefined) return undefined;
  const candidates = [parameter.example?.value, parameter.schema.examples?.[0], parameter.schema.default?.value];
  const value = candidates.find((v) => typeof v === 'string' || typeof v === 'number');
  return value === undefined ? undefined : String(value);
}

function lastParameterName(itemPath: string): string {
  return itemPath.slice(itemPath.lastIndexOf('/') + 2, -1);
}

function successExamples(op: OperationNode): JsonValue[] {
  return successResponses(op).flatMap((r) => r.content.filter((m) => m.kind === 'json').flatMap((m) => m.examples.map((e) => e.value)));
}

function listEntries(example: JsonValue): JsonValue[] {
  if (Array.isArray(example)) return example;
  if (example !== null && typeof example === 'object' && Array.isArray(example.value)) return example.value;
  return [];
}

function asEntity(value: JsonValue, collection: ResourceCollection, idParameter: string | undefined): { [key: string]: JsonValue } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  let entity = value;
  const id = entity[collection.keyProperty];
  if (typeof id !== 'string' && typeof id !== 'number') {
    if (idParameter === undefined) return undefined;
    entity = Object.fromEntries([...Object.entries(entity), [collection.keyProperty, collection.keyType === 'integer' && /^-?\d+$/.test(idParameter) ? Number(idParameter) : idParameter]]);
  }
  if (collection.odataType !== undefined && typeof entity['@odata.type'] !== 'string') {
    entity = Object.fromEntries([['@odata.type', collection.odataType], ...Object.entries(entity)]);
  }
  return entity;
}
