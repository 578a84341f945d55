import type { OperationNode } from '../../model/ir.js';
import { docComment, propertyKey, stringLiteral } from '../../render/ts-syntax.js';
import { responseKind, type Companions } from './operation-spec.js';
import type { OperationSignature } from './operation-signature.js';
import type { RouteNode, RouteParameter } from '../../plan/route-tree.js';

/** What writing the tree needs besides the tree. */
export interface TreeContext {
  signatures: Map<OperationNode, OperationSignature>;
  companions: Companions;
  /** JSON batching is generated: each fluent method also has `.step(...)`. */
  batching: boolean;
  /** The TypeScript type of a path argument at a node (from every operation below it that declares it). */
  argumentType(node: RouteNode, parameter: RouteParameter): string;
}

const SAFE_DOC = '/** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */\n';

const STEP_DOC = '/** The same call as a step of a JSON batch (`createBatchClient().send([...])`), not sent now. */\n';

/** The `ApiClient` type: a nested type literal mirroring the route tree. */
export function clientTypeCode(node: RouteNode, context: TreeContext): string {
  const members: string[] = [];
  for (const op of node.operations) {
    const s = context.signatures.get(op)!;
    const o = s.odata;
    const generic = o?.typeParameters ?? '';
    const resultType = o?.resultType ?? clientResponseType(op, s);
    const call = `${generic}(${leafParameters(s, 'options')}): Promise<${resultType}>`;
    const extras: string[] = [];
    if (o?.pageable !== undefined) {
      const paging = leafParameters(s, 'options', false, ' & PagingOptions');
      extras.push(`/** Every page, following \`${o.pageable.nextLinkName}\` until the last (see \`PagingOptions\`). */\npages${generic}(${paging}): PagedIterable<${o.resultType}>;`);
      extras.push(`/** Every item of every page, following \`${o.pageable.nextLinkName}\` (see \`PagingOptions\`). */\nitems${generic}(${paging}): PagedIterable<${o.pageable.itemType}>;`);
    }
    if (context.companions.permissions) extras.push(`/** Who may call this operation. */\nreadonly permissions: typeof permissions.${op.identifier};`);
    extras.push(`${SAFE_DOC}safe${generic}(${leafParameters(s, 'options')}): Promise<ApiResult<${resultType}, ${s.errorType}>>;`);
    if (context.batching) extras.push(`${STEP_DOC}step${generic}(step: BatchStepOptions, ${leafParameters(s, 'options')}): BatchStep<ApiResult<${s.responseType}, ${s.errorType}>>;`);
    members.push(`${s.doc}readonly ${op.method}: {\n${call};\n${extras.join('\n')}\n};`);
  }
  for (const child of node.children) {
    const doc = docComment([`\`${child.path}\``]);
    if (child.parameters.length === 0) members.push(`${doc}readonly ${child.name}: ${clientTypeCode(child, context)};`);
    else members.push(`${doc}${child.name}(${argumentList(child, context)}): ${clientTypeCode(child, context)};`);
  }
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n}`;
}

/**
 * The object `createClient` returns. Literal segments are getters, so a node's subtree is only built
 * when it is reached; path arguments are captured by the closures below them.
 */
export function clientValueCode(node: RouteNode, context: TreeContext, pathArgs: Map<string, string> = new Map()): string {
  const members: string[] = [];
  for (const op of node.operations) {
    const s = context.signatures.get(op)!;
    const o = s.odata;
    const generic = o?.typeParameters ?? '';
    const builder = `(build) => ${s.builderName}(${parametersArgument(s, pathArgs)}, ${s.body === undefined ? '' : 'body, '}build)`;
    const resultType = o?.resultType ?? clientResponseType(op, s);
    const params = leafParameters(s, 'callOptions', true);
    const call = `${generic}(${params}) => transport.send(${s.specConstant}, ${builder}, callOptions) as Promise<${resultType}>`;
    const extras: string[] = [];
    if (o?.pageable !== undefined) {
      const paging = `{ nextLinkName: ${stringLiteral(o.pageable.nextLinkName)}, itemName: ${stringLiteral(o.pageable.itemName)} }`;
      const pagingParams = leafParameters(s, 'callOptions', true, ' & PagingOptions');
      extras.push(`pages: ${generic}(${pagingParams}) => pagesOf<${o.resultType}>(transport, ${s.specConstant}, ${paging}, ${builder}, callOptions)`);
      extras.push(`items: ${generic}(${pagingParams}) => itemsOf<${o.pageable.itemType}>(transport, ${s.specConstant}, ${paging}, ${builder}, callOptions)`);
    }
    if (context.companions.permissions) extras.push(`permissions: permissions.${op.identifier}`);
    extras.push(`safe: ${generic}(${params}) => transport.sendResult(${s.specConstant}, ${builder}, callOptions) as Promise<ApiResult<${resultType}, ${s.errorType}>>`);
    if (context.batching) extras.push(`step: ${generic}(step: BatchStepOptions, ${leafParameters(s, 'callOptions', true)}) => batchStep(step.id, ${s.builderName}(${parametersArgument(s, pathArgs)}, ${s.body === undefined ? '' : 'body, '}{ baseUrl: options.baseUrl, headers: { ...options.headers, ...callOptions.headers } }), ${s.resultReader}, step)`);
    members.push(`${op.method}: Object.assign(${call}, { ${extras.join(', ')} })`);
  }
  for (const child of node.children) {
    if (child.parameters.length === 0) {
      members.push(`get ${child.name}() {\nreturn ${clientValueCode(child, context, pathArgs)};\n}`);
    } else {
      const inner = new Map(pathArgs);
      for (const p of child.parameters) inner.set(p.specName, p.argName);
      members.push(`${child.name}: (${argumentList(child, context)}) => (${clientValueCode(child, context, inner)})`);
    }
  }
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n}`;
}

function argumentList(node: RouteNode, context: TreeContext): string {
  return node.parameters.map((p) => `${p.argName}: ${context.argumentType(node, p)}`).join(', ');
}

/** `body: T.X, options?: RequestOptions` (types only) or with a default for the options (implementation). */
function leafParameters(s: OperationSignature, optionsName: string, implementation = false, extraOptions = ''): string {
  const params: string[] = [];
  const optionsType = `${s.odata?.optionsType ?? s.optionsType}${extraOptions}`;
  // An optional body cannot be `body?` before required options (TS1016): it takes `undefined` instead.
  if (s.body !== undefined) params.push(s.body.required ? `body: ${s.body.type}` : s.optionsRequired ? `body: ${s.body.type} | undefined` : `body?: ${s.body.type}`);
  if (s.optionsRequired) params.push(`${optionsName}: ${optionsType}`);
  else params.push(implementation ? `${optionsName}: ${optionsType} = {}` : `${optionsName}?: ${optionsType}`);
  return params.join(', ');
}

/**
 * The operation's parameters: path values from the path arguments, and the query, header and
 * cookie sections straight from the call's options (the builder reads only those sections).
 */
function parametersArgument(s: OperationSignature, pathArgs: Map<string, string>): string {
  const members: string[] = [];
  if (s.sections.length > 0) members.push('...callOptions');
  const pathParams = s.op.parameters.filter((p) => p.in === 'path');
  if (pathParams.length > 0) members.push(`path: { ${pathParams.map((p) => objectLiteralMember(p.name, pathArgs.get(p.name)!)).join(', ')} }`);
  if (members.length === 1 && s.sections.length > 0) return 'callOptions';
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** `key: value` in an object literal built at run time; a plain `__proto__` key would set the prototype. */
function objectLiteralMember(name: string, value: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]: ${value}`;
  const key = propertyKey(name);
  return key === value ? key : `${key}: ${value}`;
}

/** The response type on the client: a binary body as the client's `binaryResponse` choice `B` gives it. */
function clientResponseType(op: OperationNode, s: OperationSignature): string {
  return responseKind(op) === 'binary' ? `Exclude<${s.responseType}, globalThis.Blob> | BinaryBody<B>` : s.responseType;
}
