import type { ApiModel, OperationNode } from '../../model/ir.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import { TypeWriter } from '../types/type-expression.js';
import { clientTypeCode, clientValueCode, type TreeContext } from './client-tree.js';
import { operationSignature, type OperationSignature } from './operation-signature.js';
import { operationSpecCode, serverUrl, usesBearerToken, type Companions } from './operation-spec.js';
import { batchingOf } from '../batching.js';
import { jsonLiteral } from '../../render/ts-syntax.js';
import { planRouteTree, type RouteNode } from './route-tree.js';

/** The static runtime the client calls, each from `templates/client/runtime/<name>.ts.hbs`. */
export const RUNTIME_MODULES = ['body', 'errors', 'request', 'result', 'retry', 'transport', 'url'] as const;

/**
 * Names the generated closures in `src/client.ts` refer to; a path argument never shadows them.
 * (Builder functions and operation constants are added per API.)
 */
const CLIENT_MODULE_NAMES = ['T', 'V', 'permissions', 'assertValid', 'buildRequest', 'createTransport', 'createClient', 'transport', 'options', 'callOptions', 'body', 'build', 'readResult', 'RuntimeApiError', 'ApiResult', 'ErrorShape', 'ApiErrorOf', 'ApiErrorDetails', 'ReadResultOptions', 'batchOperation', 'createRuntimeBatchClient', 'batchStep', 'BatchStep', 'BatchStepOptions', 'step'];

/**
 * The request builders emitter: `src/client.ts` (a pure `build<Op>Request` per operation, the
 * fluent `createClient`, re-exported errors and option types) and the static runtime in
 * `src/runtime/`. Calls the validators and permissions modules when those emitters run too.
 */
export const clientEmitter: Emitter = {
  name: 'client',
  emit(context: EmitContext): EmittedFile[] {
    const { model } = context;
    const companions: Companions = {
      validators: context.outputKinds?.includes('validators') === true,
      permissions: context.outputKinds?.includes('permissions') === true,
    };
    const batching = batchingOf(model);
    const signatures = new Map(model.operations.map((op) => [op, operationSignature(op)]));
    const operations = model.operations.map((op) => {
      const s = signatures.get(op)!;
      return {
        specConstant: s.specConstant,
        spec: operationSpecCode(op, model, companions),
        comment: s.doc,
        builderName: s.builderName,
        readerName: `read${op.typeName}Result`,
        responseType: s.responseType,
        errorType: s.errorType,
        builderParameters: builderParameters(s),
        bodyArgument: s.body === undefined ? 'undefined' : 'body',
      };
    });
    const reserved = [...CLIENT_MODULE_NAMES, ...[...signatures.values()].flatMap((s) => [s.builderName, s.specConstant, `read${s.op.typeName}Result`])];
    const tree = planRouteTree(model.operations, reserved);
    const treeContext: TreeContext = { signatures, companions, batching, argumentType: pathArgumentTypes(new TypeWriter(model, 'T.')) };
    const client: EmittedFile = {
      path: 'src/client.ts',
      inIndex: true,
      contents: context.templates.render('client/client.ts.hbs', {
        title: model.info.title,
        companions,
        operations,
        clientType: clientTypeCode(tree, treeContext),
        clientValue: clientValueCode(tree, treeContext),
        batchSpec: batching ? batchSpecCode(model) : undefined,
        operationErrors: model.operations.length === 0 ? 'ErrorShape' : [...signatures.values()].map((sig) => sig.errorType).join(' | '),
      }),
    };
    const modules = batching ? [...RUNTIME_MODULES, 'batch'].sort() : RUNTIME_MODULES;
    const runtime = modules.map((name) => ({ path: `src/runtime/${name}.ts`, contents: context.templates.render(`client/runtime/${name}.ts.hbs`, { graph: model.flavour === 'graph' }) }));
    return [client, ...runtime];
  },
};

/** `parameters: T.XParameters, body: T.XRequestBody, options?: BuildOptions`. */
function builderParameters(s: OperationSignature): string {
  // Optional parameters before a required body take `undefined` explicitly (their declaration
  // must say so: isolated declarations).
  const defaulted = !s.parametersOptional ? '' : s.body?.required === true ? ' | undefined = {}' : ' = {}';
  const params = [`parameters: ${s.parametersType}${defaulted}`];
  if (s.body !== undefined) params.push(`body${s.body.required ? '' : '?'}: ${s.body.type}`);
  params.push('options?: BuildOptions');
  return params.join(', ');
}

/**
 * A path argument's type: what every operation below the node declares for it (their intersection,
 * since the one value is sent to each).
 */
function pathArgumentTypes(writer: TypeWriter): TreeContext['argumentType'] {
  return (node, parameter) => {
    const types = new Set<string>();
    for (const op of operationsBelow(node)) {
      const declared = op.parameters.find((p) => p.in === 'path' && p.name === parameter.specName);
      if (declared !== undefined) types.add(writer.type(declared.schema, 'write'));
    }
    const list = [...types];
    if (list.length === 0) return 'string';
    return list.length === 1 ? list[0]! : list.map((t) => `(${t})`).join(' & ');
  };
}

function operationsBelow(node: RouteNode): OperationNode[] {
  return [...node.operations, ...node.children.flatMap(operationsBelow)];
}

/** The `OperationSpec` of `POST /$batch` below the API's first server. */
function batchSpecCode(model: ApiModel): string {
  const data = {
    method: 'POST',
    pathTemplate: '/$batch',
    path: ['/$batch'],
    parameters: [],
    baseUrl: serverUrl(model.servers[0]),
    accept: 'application/json',
    body: { kind: 'json', contentType: 'application/json', required: true },
    bearerAuth: model.operations.some((op) => usesBearerToken(op, model)),
    response: 'json',
  };
  return `{ ${Object.entries(data).map(([key, value]) => `${key}: ${jsonLiteral(value)}`).join(', ')} }`;
}
