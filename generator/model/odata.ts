import { ODATA_OPTIONS, type ApiModel, type JsonValue, type ODataNode, type OperationNode, type ParameterNode, type SchemaNode } from './ir.js';

/** The OData conventions of an operation, or `undefined` when it follows none. */
export function odataOf(op: Omit<OperationNode, 'odata'>, model: Pick<ApiModel, 'schemas'>): ODataNode | undefined {
  const named = schemasById(model.schemas);
  const resolve = (node: SchemaNode | undefined, depth = 0): SchemaNode | undefined => {
    if (node?.ref === undefined || depth > 16) return node;
    return resolve(named.get(node.ref), depth + 1) ?? node;
  };
  const query = op.parameters.filter((p) => p.in === 'query');
  const options = ODATA_OPTIONS.filter((name) => query.some((p) => p.name === name));
  const byName = (name: string): ParameterNode | undefined => query.find((p) => p.name === name);
  const selectable = enumNames(resolve(resolve(byName('$select')?.schema)?.items));
  const expandable = enumNames(resolve(resolve(byName('$expand')?.schema)?.items));
  const orderable = enumNames(resolve(resolve(byName('$orderby')?.schema)?.items))?.map((n) => n.replace(/\s+(asc|desc)$/i, ''));
  const body = op.method === 'get' ? successJsonSchema(op) : undefined;
  const pageable = op.method === 'get' ? pageableOf(op, resolve(body), resolve) : undefined;
  const entity = pageable !== undefined ? pageable.item : op.method === 'get' && isObjectSchema(resolve(body), resolve) ? body : undefined;
  if (options.length === 0 && pageable === undefined) return undefined;
  return {
    options,
    ...(selectable === undefined ? {} : { selectable: [...new Set(selectable)] }),
    ...(expandable === undefined ? {} : { expandable: [...new Set(expandable)] }),
    ...(orderable === undefined ? {} : { orderable: [...new Set(orderable)] }),
    ...(pageable === undefined ? {} : { pageable }),
    ...(entity === undefined ? {} : { entity }),
  };
}

/** Named schemas by id, built once per model (not once per operation: Graph has thousands of both). */
const byIdCache = new WeakMap<ApiModel['schemas'], Map<string, SchemaNode>>();
function schemasById(schemas: ApiModel['schemas']): Map<string, SchemaNode> {
  let named = byIdCache.get(schemas);
  if (named === undefined) byIdCache.set(schemas, (named = new Map(schemas.map((s) => [s.id, s.schema]))));
  return named;
}

function enumNames(items: SchemaNode | undefined): string[] | undefined {
  const values = items?.enum;
  if (values === undefined) return undefined;
  return values.filter((v): v is string => typeof v === 'string');
}

function successJsonSchema(op: Omit<OperationNode, 'odata'>): SchemaNode | undefined {
  const response = op.responses.find((r) => /^2/.test(r.status)) ?? op.responses.find((r) => r.status === 'default');
  return response?.content.find((m) => m.kind === 'json')?.schema;
}

type Resolve = (node: SchemaNode | undefined) => SchemaNode | undefined;

/** Properties of an object schema, `allOf` members included. */
export function schemaProperties(node: SchemaNode | undefined, resolve: Resolve, depth = 0): Map<string, SchemaNode> {
  const found = new Map<string, SchemaNode>();
  const resolved = resolve(node);
  if (resolved === undefined || depth > 16) return found;
  for (const p of resolved.properties ?? []) found.set(p.name, p.schema);
  for (const member of resolved.allOf ?? []) {
    for (const [name, schema] of schemaProperties(member, resolve, depth + 1)) if (!found.has(name)) found.set(name, schema);
  }
  return found;
}

function isObjectSchema(node: SchemaNode | undefined, resolve: Resolve): boolean {
  if (node === undefined) return false;
  return node.types?.includes('object') === true || schemaProperties(node, resolve).size > 0;
}

function pageableOf(op: Omit<OperationNode, 'odata'>, body: SchemaNode | undefined, resolve: Resolve): ODataNode['pageable'] {
  const extension = op.extensions['x-ms-pageable'];
  const properties = schemaProperties(body, resolve);
  const declared = isRecord(extension);
  if (!declared && !(extension === undefined && properties.has('@odata.nextLink'))) return undefined;
  const nextLinkName = declared && typeof extension.nextLinkName === 'string' ? extension.nextLinkName : declared && extension.nextLinkName === null ? undefined : '@odata.nextLink';
  if (nextLinkName === undefined) return undefined;
  const itemName = declared && typeof extension.itemName === 'string' ? extension.itemName : 'value';
  const list = resolve(properties.get(itemName));
  if (list === undefined || (list.items === undefined && list.types?.includes('array') !== true)) return undefined;
  return { nextLinkName, itemName, ...(list.items === undefined ? {} : { item: list.items }) };
}

function isRecord(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
