import type { JsonValue, OperationNode, ParameterNode } from '../../model/ir.js';
import { isSafeIdentifier, jsonLiteral, propertyKey, stringLiteral } from '../../render/ts-syntax.js';
import { pathSegments, type RouteNode } from '../../plan/route-tree.js';
import type { OperationPlan } from '../../plan/index.js';

/**
 * The README's example call of an operation, in the request builders' API: the fluent client
 * (`client.users.byUsersId('…').patch({})`, names from the client's own route plan, so the
 * README and the client never disagree; required query, header and cookie values in its options) and the pure builder
 * (`buildUpdateUserRequest(parameters, body)`). Every spec string is written as a TypeScript
 * literal, so the snippet stays valid code whatever the spec says.
 */
export function exampleCall(planned: OperationPlan, routes: RouteNode, packageName: string): string {
  const { op, names } = planned;
  const body = op.requestBody === undefined ? undefined : bodyExample(planned);
  // The fluent call takes the required query, header and cookie values in its options.
  const options = parameterExample(op, ['query', 'header', 'cookie']);
  const fluentArgs = [...(body === undefined ? [] : [body]), ...(options === '{}' ? [] : [options])].join(', ');
  const fluent = `client${fluentPath(op, routes)}.${op.method}(${fluentArgs})`;
  const parameters = parameterExample(op, ['path', 'query', 'header', 'cookie']);
  const builderArgs = [parameters, ...(body === undefined ? [] : [body])].join(', ');
  return [
    `import { ${names.builder}, createClient } from ${stringLiteral(packageName)};`,
    '',
    'const client = createClient({ getToken: () => accessToken });',
    `const result = await ${fluent};`,
    '',
    '// The same request, built without sending it:',
    `const request = ${names.builder}(${builderArgs});`,
  ].join('\n');
}

/** `.users.byUsersId('…')` for `/users/{usersId}`: the route from the root to the operation. */
function fluentPath(op: OperationNode, routes: RouteNode): string {
  const chain = routeTo(routes, op) ?? [];
  return chain
    .map((node) => {
      const access = isSafeIdentifier(node.name) ? `.${node.name}` : `[${stringLiteral(node.name)}]`;
      if (node.parameters.length === 0) return access;
      return `${access}(${node.parameters.map((p) => valueLiteral(pathParameter(op, p.specName))).join(', ')})`;
    })
    .join('');
}

/** Children of each route node by segment, built once per node (a lookup per segment, not a search of the tree per operation). */
const childrenBySegment = new WeakMap<RouteNode, Map<string, RouteNode>>();

/** The nodes from the root to the one holding `op`, following its path's segments. */
function routeTo(root: RouteNode, op: OperationNode): RouteNode[] | undefined {
  const chain: RouteNode[] = [];
  let node = root;
  for (const segment of pathSegments(op.path)) {
    let children = childrenBySegment.get(node);
    if (children === undefined) childrenBySegment.set(node, (children = new Map(node.children.map((c) => [c.segment, c]))));
    const child = children.get(segment);
    if (child === undefined) return undefined;
    chain.push(child);
    node = child;
  }
  return node.operations.includes(op) ? chain : undefined;
}

function pathParameter(op: OperationNode, name: string): ParameterNode | undefined {
  return op.parameters.find((p) => p.in === 'path' && p.name === name);
}

/** The spec's example for a parameter (or its default, or first allowed value), else a placeholder of its type. */
function valueLiteral(parameter: ParameterNode | undefined): string {
  const schema = parameter?.schema;
  const example = parameter?.example?.value ?? schema?.examples?.[0] ?? schema?.default?.value ?? schema?.const?.value ?? schema?.enum?.[0];
  if (example !== undefined && (typeof example !== 'object' || example === null)) return jsonLiteral(example);
  const types = schema?.types ?? [];
  if (types.includes('integer') || types.includes('number')) return '1';
  if (types.includes('boolean')) return 'true';
  return "'…'";
}

/** `{ path: { usersId: '…' } }`: path parameters and the other required ones, by location. */
function parameterExample(op: OperationNode, locations: readonly ('path' | 'query' | 'header' | 'cookie')[]): string {
  const sections: string[] = [];
  for (const location of locations) {
    const shown = op.parameters.filter((p) => p.in === location && !p.reservedHeader && (p.required || location === 'path'));
    if (shown.length === 0) continue;
    sections.push(`${location}: { ${shown.map((p) => `${propertyKey(p.name)}: ${valueLiteral(p)}`).join(', ')} }`);
  }
  return sections.length === 0 ? '{}' : `{ ${sections.join(', ')} }`;
}

/** The spec's request example, else a placeholder naming the body type. */
function bodyExample({ requestMedia: media, names }: OperationPlan): string {
  const example: JsonValue | undefined = media?.examples[0]?.value;
  if (example !== undefined) return jsonLiteral(example);
  return `body /* ${names.requestBody.type} */`;
}
