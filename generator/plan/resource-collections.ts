import type { ApiModel, JsonValue, MediaNode, OperationNode, SchemaNode } from '../model/ir.js';
import { preferred, requestMedia, successResponses } from './operation-shapes.js';
import type { SchemaReader } from './schema-reading.js';
import { forOperation } from '../processing-step.js';

/**
 * Resource collections inferred from the paths: an item path `/things/{thingId}` makes `/things`
 * a collection of entities keyed by `thingId` (whether or not `/things` itself is a path of the
 * spec). Operations on these paths then act on the mock's store instead of answering an example:
 *
 * | path | GET | POST | PATCH | PUT | DELETE |
 * | --- | --- | --- | --- | --- | --- |
 * | `/things` | list (when the response is `{ value: [...] }` or an array) | create | | | |
 * | `/things/{thingId}` | read | | merge | replace | remove |
 */
export interface ResourceCollection {
  /** Collection path template (`/users`, `/users/{usersId}/managedDevices`). */
  collectionPath: string;
  /** Item path template (`/users/{usersId}`). */
  itemPath: string;
  /** The entity schema (response view), when the spec gives one. */
  entity?: SchemaNode;
  /** The entity property holding the key: `id` unless the entity has no `id` property and one named like the path parameter. */
  keyProperty: string;
  /** How new keys are made for a create without one: a counter for integer keys, a UUID otherwise. */
  keyType: 'string' | 'integer';
  /** `@odata.type` of new entities, from the spec's examples or the entity schema. */
  odataType?: string;
}

export type ResourceAction = 'list' | 'create' | 'read' | 'update' | 'replace' | 'delete';

export interface ResourceRole {
  action: ResourceAction;
  collection: ResourceCollection;
  /** For `list`: the response is `{ value: [...] }` (Graph's collection shape) or a bare array. */
  listShape?: 'value' | 'array';
}

const ITEM_SEGMENT = /^\{([^{}]+)\}$/;

/** The role of each operation that acts on a resource collection (others are absent from the map). */
export function resourceRoles(model: ApiModel, collections: ResourceCollection[], reader: SchemaReader): Map<OperationNode, ResourceRole> {
  const roles = new Map<OperationNode, ResourceRole>();
  for (const collection of collections) {
    for (const op of model.operations) {
      const action = actionOf(op, collection, reader);
      if (action !== undefined) roles.set(op, { collection, ...action });
    }
  }
  return roles;
}

/** Every collection, in item path order. An item path qualifies when its entity is an object. */
export function resourceCollections(model: ApiModel, reader: SchemaReader): ResourceCollection[] {
  const itemPaths = [...new Set(model.operations.map((op) => op.path))].filter(isItemPath).sort();
  const collections: ResourceCollection[] = [];
  for (const itemPath of itemPaths) {
    const first = model.operations.find((op) => op.path === itemPath)!;
    const collection = forOperation(first, () => {
      const collectionPath = parentPath(itemPath);
      const related = model.operations.filter((op) => op.path === itemPath || op.path === collectionPath);
      const entity = entitySchema(itemPath, collectionPath, related, reader);
      if (entity === undefined || !reader.isObject(entity, true)) return undefined;
      const keyProperty = keyPropertyOf(entity, lastParameter(itemPath), reader);
      const keySchema = reader.property(entity, keyProperty)?.schema;
      const keyTypes = keySchema === undefined ? undefined : reader.typesOf(keySchema);
      const keyType = keyTypes !== undefined && keyTypes.includes('integer') && !keyTypes.includes('string') ? 'integer' : 'string';
      const odataType = odataTypeOf(related, entity, reader);
      return { collectionPath, itemPath, entity, keyProperty, keyType, ...(odataType === undefined ? {} : { odataType }) } satisfies ResourceCollection;
    });
    if (collection !== undefined) collections.push(collection);
  }
  return collections;
}

/**
 * A path whose last segment is one parameter (`/things/{thingId}`). A trailing slash belongs to the
 * path's style (`/things/{thingId}/`): the segment before it counts.
 */
export function isItemPath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '');
  return segments.length >= 2 && ITEM_SEGMENT.test(segments.at(-1)!);
}

/** `/things/{thingId}` → `/things`; in the trailing-slash style `/things/{thingId}/` → `/things/`. */
export function parentPath(path: string): string {
  const trailing = path.length > 1 && path.endsWith('/');
  const trimmed = trailing ? path.replace(/\/+$/, '') : path;
  const parent = trimmed.slice(0, trimmed.lastIndexOf('/')) || '/';
  return trailing && parent !== '/' ? `${parent}/` : parent;
}

/** The name of an item path's last parameter (`thingId`); only called on item paths. */
function lastParameter(itemPath: string): string {
  const last = itemPath.split('/').filter((s) => s !== '').at(-1) ?? '';
  return ITEM_SEGMENT.exec(last)?.[1] ?? 'id';
}

function actionOf(op: OperationNode, collection: ResourceCollection, reader: SchemaReader): Omit<ResourceRole, 'collection'> | undefined {
  if (op.path === collection.itemPath) {
    if (op.method === 'get') return { action: 'read' };
    if (op.method === 'patch') return jsonObjectBody(op, reader) ? { action: 'update' } : undefined;
    if (op.method === 'put') return jsonObjectBody(op, reader) ? { action: 'replace' } : undefined;
    if (op.method === 'delete') return { action: 'delete' };
    return undefined;
  }
  if (op.path !== collection.collectionPath) return undefined;
  if (op.method === 'get') {
    const schema = successJson(op)?.schema;
    if (schema === undefined) return undefined;
    if (reader.typesOf(schema)?.includes('array') === true && reader.isObject(schema) === false) return { action: 'list', listShape: 'array' };
    const value = reader.property(schema, 'value');
    if (value !== undefined && reader.typesOf(value.schema)?.includes('array') === true) return { action: 'list', listShape: 'value' };
    return undefined;
  }
  if (op.method === 'post') {
    if (!jsonObjectBody(op, reader)) return undefined;
    const response = successJson(op)?.schema;
    return response === undefined || reader.isObject(response, true) ? { action: 'create' } : undefined;
  }
  return undefined;
}

function jsonObjectBody(op: OperationNode, reader: SchemaReader): boolean {
  const media = requestMedia(op);
  return media?.kind === 'json' && media.schema !== undefined && reader.isObject(media.schema, true);
}

/** The JSON media of the operation's first success response. */
export function successJson(op: OperationNode): MediaNode | undefined {
  const response = successResponses(op)[0];
  const media = response === undefined ? undefined : preferred(response.content);
  return media?.kind === 'json' ? media : undefined;
}

/** The entity schema: an item response, else a create response, else a list's items, else an item request body. */
function entitySchema(itemPath: string, collectionPath: string, related: OperationNode[], reader: SchemaReader): SchemaNode | undefined {
  const ordered = [
    ...related.filter((op) => op.path === itemPath && ['get', 'patch', 'put'].includes(op.method)).map((op) => successJson(op)?.schema),
    ...related.filter((op) => op.path === collectionPath && op.method === 'post').map((op) => successJson(op)?.schema),
    ...related.filter((op) => op.path === collectionPath && op.method === 'get').map((op) => listItems(successJson(op)?.schema, reader)),
    ...related.filter((op) => op.path === itemPath && ['patch', 'put'].includes(op.method)).map((op) => requestMedia(op)?.schema),
  ];
  return ordered.find((schema) => schema !== undefined && reader.isObject(schema, true));
}

function listItems(schema: SchemaNode | undefined, reader: SchemaReader): SchemaNode | undefined {
  if (schema === undefined) return undefined;
  const array = reader.property(schema, 'value')?.schema ?? schema;
  return reader.resolve(array).items;
}

function keyPropertyOf(entity: SchemaNode, parameter: string, reader: SchemaReader): string {
  if (reader.property(entity, 'id') !== undefined) return 'id';
  return reader.property(entity, parameter) !== undefined ? parameter : 'id';
}

/** `@odata.type` from an example of the resource's operations, else from the entity schema's `@odata.type` property. */
function odataTypeOf(related: OperationNode[], entity: SchemaNode, reader: SchemaReader): string | undefined {
  for (const op of related) {
    for (const response of successResponses(op)) {
      for (const media of response.content) {
        for (const example of media.examples) {
          const found = odataTypeIn(example.value);
          if (found !== undefined) return found;
        }
      }
    }
  }
  const property = reader.property(entity, '@odata.type');
  if (property === undefined) return undefined;
  const schema = reader.resolve(property.schema);
  const candidates = [schema.const?.value, schema.default?.value, schema.enum?.[0], schema.examples?.[0]];
  return candidates.find((v): v is string => typeof v === 'string');
}

function odataTypeIn(value: JsonValue): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return undefined;
  const direct = value['@odata.type'];
  if (typeof direct === 'string') return direct;
  const list = value.value;
  if (Array.isArray(list)) {
    for (const item of list) {
      const found = odataTypeIn(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
