import type { ApiModel, MediaNode, NamedSchema, OperationNode, ResponseNode } from '../model/ir.js';
import { aliasEnds } from '../model/schema-vocabulary.js';
import { operationNames, schemaNames, type OperationNames, type SchemaNames, type ValidatedNames, type View } from './names.js';
import { bodyShape, requestMedia, successResponses, type BodyShape } from './operation-shapes.js';
import { resourceCollections, resourceRoles, type ResourceCollection, type ResourceRole } from './resource-collections.js';
import { planRouteTree, type RouteNode } from './route-tree.js';
import { SchemaReader } from './schema-reading.js';

/**
 * plan: between model and emit, everything two emitters would otherwise each derive, decided
 * once — the names of every schema's and operation's types, validators and client functions, the
 * body each operation sends and returns, the client's route tree, and the mock's resource
 * collections. Every emitter reads it from `EmitContext.plan`; nothing in it changes after
 * `planPackage` returns.
 */
export interface PackagePlan {
  /** Names per named schema, by id. */
  readonly schemas: ReadonlyMap<string, SchemaNames>;
  /** Names and bodies per operation, for every operation of the model. */
  readonly operations: ReadonlyMap<OperationNode, OperationPlan>;
  /** The fluent client's route tree, its argument names clear of every name the client module uses. */
  readonly routes: RouteNode;
  /** Resource collections inferred from the paths, and the operations acting on them. */
  readonly resources: ResourcePlan;
}

/** One operation's names and the bodies it sends and returns. */
export interface OperationPlan {
  readonly op: OperationNode;
  readonly names: OperationNames;
  /** The request media type a client sends (JSON when offered); undefined without one. */
  readonly requestMedia: MediaNode | undefined;
  /** The request body in the write view; undefined when the operation takes none. */
  readonly requestBody: BodyShape | undefined;
  /** Success responses: explicit 2xx codes, then `2XX`; `default` only when nothing else is. */
  readonly successResponses: readonly ResponseNode[];
  /** Each success response's body (its first media type) in the read view; `absent` without content. */
  readonly responseBodies: readonly BodyShape[];
}

export interface ResourcePlan {
  readonly collections: readonly ResourceCollection[];
  readonly roles: ReadonlyMap<OperationNode, ResourceRole>;
}

/**
 * Names the generated closures in `src/client.ts` refer to; a path argument of the route tree
 * never shadows them. (Each operation's builder, spec constant and result reader are added.)
 */
export const CLIENT_MODULE_NAMES: readonly string[] = ['T', 'V', 'permissions', 'assertValid', 'buildRequest', 'createTransport', 'createClient', 'pagesOf', 'itemsOf', 'eventualConsistency', 'transport', 'options', 'callOptions', 'body', 'build', 'readResult', 'RuntimeApiError', 'ApiResult', 'ErrorShape', 'ApiErrorOf', 'ApiErrorDetails', 'ReadResultOptions', 'batchOperation', 'createRuntimeBatchClient', 'batchStep', 'BatchStep', 'BatchStepOptions', 'step'];

/** plan: decide every shared name and plan of the package once (see `PackagePlan`). */
export function planPackage(model: ApiModel): PackagePlan {
  const ends = aliasEnds(model.schemas);
  const schemas = new Map(model.schemas.map((named: NamedSchema) => [named.id, schemaNames(named, ends.get(named.id) ?? named.id)]));
  const operations = new Map(model.operations.map((op) => [op, planOperation(op)]));
  const reserved = [...CLIENT_MODULE_NAMES, ...[...operations.values()].flatMap(({ names }) => [names.builder, names.specConstant, names.resultReader])];
  const routes = deepFreeze(planRouteTree(model.operations, reserved));
  const reader = new SchemaReader(model);
  const collections = resourceCollections(model, reader);
  const resources: ResourcePlan = Object.freeze({ collections: Object.freeze(collections.map((c) => Object.freeze(c))), roles: resourceRoles(model, collections, reader) });
  return Object.freeze({ schemas, operations, routes, resources });
}

function planOperation(op: OperationNode): OperationPlan {
  const media = requestMedia(op);
  const responses = successResponses(op);
  return Object.freeze({
    op,
    names: operationNames(op),
    requestMedia: media,
    requestBody: op.requestBody === undefined ? undefined : Object.freeze(bodyShape(media, 'write')),
    successResponses: Object.freeze(responses),
    responseBodies: Object.freeze(responses.map((r) => Object.freeze(bodyShape(r.content[0], 'read')))),
  });
}

/**
 * The names to use where a schema refers to the named schema `id` in a view: those of the end of
 * its alias chain. Undefined for an id the model does not know.
 */
export function referencedNames(plan: PackagePlan, id: string, view: View): ValidatedNames | undefined {
  const own = plan.schemas.get(id);
  const end = own === undefined ? undefined : plan.schemas.get(own.aliasEnd);
  return end?.[view];
}

/** The names of a named schema of the planned model (throws for any other: a generator bug). */
export function schemaPlan(plan: PackagePlan, id: string): SchemaNames {
  const found = plan.schemas.get(id);
  if (found === undefined) throw new Error(`schema ${id} is not in the plan`);
  return found;
}

/** The plan of an operation of the planned model (throws for any other: a generator bug). */
export function operationPlan(plan: PackagePlan, op: OperationNode): OperationPlan {
  const found = plan.operations.get(op);
  if (found === undefined) throw new Error(`operation ${op.method.toUpperCase()} ${op.path} is not in the plan`);
  return found;
}

/** Freeze a route tree's nodes, parameters and operation lists (not the model's operations). */
function deepFreeze(node: RouteNode): RouteNode {
  for (const child of node.children) deepFreeze(child);
  for (const parameter of node.parameters) Object.freeze(parameter);
  Object.freeze(node.parameters);
  Object.freeze(node.children);
  Object.freeze(node.operations);
  return Object.freeze(node);
}

export type { BodyShape } from './operation-shapes.js';
export type { OperationNames, SchemaNames, ValidatedNames, View } from './names.js';
export type { ResourceCollection, ResourceRole } from './resource-collections.js';
export type { RouteNode, RouteParameter } from './route-tree.js';
