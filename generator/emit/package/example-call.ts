import type { JsonValue, OperationNode, ParameterNode } from '../../model/ir.js';
import { isSafeIdentifier, jsonLiteral, pascalCase, propertyKey, stringLiteral } from '../../render/ts-syntax.js';
import { identifierFor } from '../../model/names.js';
import { requestMedia } from '../operation-shapes.js';

/**
 * The README's example call of an operation, in the request-builders' API: the fluent client
 * (`client.users.byUsersId('…').patch({})`: path segments are properties, `{param}` segments
 * `by<Param>(value)` methods, the HTTP method last) and the pure builder
 * (`buildUpdateUserRequest(parameters, body)`). Every spec string is written as a TypeScript
 * literal, so the snippet stays valid code whatever the spec says.
 */
export function exampleCall(op: OperationNode, packageName: string): string {
  const body = op.requestBody === undefined ? undefined : bodyExample(op);
  const fluent = `client${fluentPath(op)}.${op.method}(${body ?? ''})`;
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

/** `.users.byUsersId('…')` for `/users/{usersId}`. */
function fluentPath(op: OperationNode): string {
  return op.path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const names = [...segment.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
      if (names.length === 0) {
        const name = identifierFor(segment);
        return isSafeIdentifier(name) ? `.${name}` : `[${stringLiteral(segment)}]`;
      }
      const values = names.map((name) => valueLiteral(pathParameter(op, name)));
      return `.by${names.map((name) => pascalCase(name) || 'Value').join('And')}(${values.join(', ')})`;
    })
    .join('');
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
