import type { JsonValue, OperationNode, ParameterNode } from '../../model/ir.js';
import { isSafeIdentifier, jsonLiteral, propertyKey, stringLiteral } from '../../render/ts-syntax.js';
import type { RouteNode } from '../client/route-tree.js';
import { requestMedia } from '../operation-shapes.js';

/**
 * The README's example call of an operation, in the request builders' API: the fluent client
 * (`client.users.byUsersId('…').patch({})`, names from the client's own route plan, so the
 * README and the client never disagree) and the pure builder
 * (`buildUpdateUserRequest(parameters, body)`). Every spec string is written as a TypeScript
 * literal, so the snippet stays valid code whatever the spec says.
 */
export function exampleCall(op: OperationNode, routes: RouteNode, packageName: string): string {
  const body = op.requestBody === undefined ? undefined : bodyExample(op);
  const fluent = `client${fluentPath(op, routes)}.${op.method}(${body ?? ''})`;
  const parameters = parameterExample(op);
  const builderArgs = [parameters, ...(body === undefined ? [] : [body])].join(', ');
  return [
    `import { build${op.typeName}Request, createClient } from ${stringLiteral(packageName)};`,
    '',
    'const client = createClient({ getToken: () => accessToken });',
    `const result = await ${fluent};`,
    '',
    '// The same request, built without sending it:',
    `const request = build${op.typeName}Request(${builderArgs});`,
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

function routeTo(node: RouteNode, op: OperationNode): RouteNode[] | undefined {
  if (node.operations.includes(op)) return [];
  for (const child of node.children) {
    const rest = routeTo(child, op);
    if (rest !== undefined) return [child, ...rest];
  }
  return undefined;
}

function pathParameter(op: OperationNode, name: string): ParameterNode | undefined {
  return op.parameters.find((p) => p.in === 'path' && p.name === name);
}

/** The spec's example for a parameter, else a placeholder. */
function valueLiteral(parameter: ParameterNode | undefined): string {
  const example = parameter?.example?.value ?? parameter?.schema.examples?.[0] ?? parameter?.schema.default?.value;
  return example === undefined || (typeof example === 'object' && example !== null) ? "'…'" : jsonLiteral(example);
}

/** `{ path: { usersId: '…' } }`: path parameters and the other required ones, by location. */
function parameterExample(op: OperationNode): string {
  const sections: string[] = [];
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const shown = op.parameters.filter((p) => p.in === location && !p.reservedHeader && (p.required || location === 'path'));
    if (shown.length === 0) continue;
    sections.push(`${location}: { ${shown.map((p) => `${propertyKey(p.name)}: ${valueLiteral(p)}`).join(', ')} }`);
  }
  return sections.length === 0 ? '{}' : `{ ${sections.join(', ')} }`;
}

/** The spec's request example, else a placeholder naming the body type. */
function bodyExample(op: OperationNode): string {
  const media = requestMedia(op);
  const example: JsonValue | undefined = media?.examples[0]?.value;
  if (example !== undefined) return jsonLiteral(example);
  return `body /* ${op.typeName}RequestBody */`;
}
