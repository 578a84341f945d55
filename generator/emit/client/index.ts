import type { ApiModel, OperationNode } from '../../model/ir.js';
import { forOperation } from '../../processing-step.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import { TypeWriter } from '../types/type-expression.js';
import { clientTypeCode, clientValueCode, type TreeContext } from './client-tree.js';
import { odataSignature } from './odata-signature.js';
import { operationSignature, type OperationSignature } from './operation-signature.js';
import { operationSpecCode, serverUrl, usesBearerToken, type Companions } from './operation-spec.js';
import { batchingOf } from '../batching.js';
import { jsonLiteral } from '../../render/ts-syntax.js';
import type { RouteNode } from '../../plan/route-tree.js';
import { operationPlan } from '../../plan/index.js';
import { usedCredentialSchemes } from '../security-requirements.js';
import { docComment, propertyKey } from '../../render/ts-syntax.js';

/** The static runtime the client calls, each copied from `runtime/client/<name>.ts`. */
export const RUNTIME_MODULES = ['body', 'credentials', 'errors', 'failures', 'form-encoding', 'request', 'result', 'retry', 'streams', 'transport', 'url'] as const;

/**
 * The request builders emitter: `src/client.ts` (a pure `build<Op>Request` per operation, the
 * fluent `createClient`, re-exported errors and option types) and the static runtime in
 * `src/runtime/`. Calls the validators and permissions modules when those emitters run too.
 */
export const clientEmitter: Emitter = {
  name: 'client',
  // Calls the validators and permissions modules too when they are emitted.
  dependsOn: ['types'],
  emit(context: EmitContext): EmittedFile[] {
    const { model, plan } = context;
    const companions: Companions = {
      validators: context.outputKinds?.includes('validators') === true,
      permissions: context.outputKinds?.includes('permissions') === true,
    };
    const batching = batchingOf(model);
    const signatures = new Map(model.operations.map((op) => [op, forOperation(op, () => operationSignature(op, operationPlan(plan, op).names))]));
    const writer = new TypeWriter(plan, 'T.');
    for (const [op, s] of signatures) {
      const odata = odataSignature(op, s, writer, model.flavour === 'graph');
      if (odata !== undefined) s.odata = odata;
    }
    const used = (test: (o: NonNullable<OperationSignature['odata']>) => boolean): boolean => [...signatures.values()].some((s) => s.odata !== undefined && test(s.odata));
    const pagingImports = [
      ...(used((o) => o.pageable !== undefined) ? ['itemsOf', 'pagesOf', 'type PagedIterable', 'type PagingOptions'] : []),
      ...(used((o) => o.eventualConsistency) ? ['eventualConsistency'] : []),
      ...(used((o) => o.typeParameters !== '') ? ['type Selecting', 'type Selected', ...(used((o) => o.typeParameters !== '' && o.pageable !== undefined) ? ['type SelectedPage'] : [])] : []),
    ];
    const operations = model.operations.map((op) => forOperation(op, () => {
      const s = signatures.get(op)!;
      return {
        specConstant: s.specConstant,
        spec: operationSpecCode(op, model, plan, companions),
        comment: s.doc,
        builderName: s.builderName,
        typeParameters: s.odata?.typeParameters ?? '',
        readerName: s.resultReader,
        responseType: s.responseType,
        errorType: s.errorType,
        builderParameters: builderParameters(s),
        buildOptions: s.odata?.eventualConsistency === true ? 'eventualConsistency(parameters.query, options)' : 'options',
        resultAlias:
          s.odata === undefined || s.odata.typeParameters === ''
            ? ''
            : `/** The result of ${s.builderName} when \`$select\` names \`S\` (the whole entity without \`$select\`). */\nexport type ${s.resultType}${s.odata.typeParameters} = ${s.odata.resultType};\n`,
        bodyArgument: s.body === undefined ? 'undefined' : 'body',
      };
    }));
    const tree = plan.routes;
    const treeContext: TreeContext = { signatures, companions, batching, argumentType: pathArgumentTypes(writer) };
    const client: EmittedFile = {
      path: 'src/client.ts',
      inIndex: true,
      contents: context.templates.render('client/client.ts.hbs', {
        title: model.info.title,
        companions,
        pagingImport: pagingImports.length === 0 ? '' : `import { ${pagingImports.join(', ')} } from './runtime/paging.js';`,
        operations,
        clientType: clientTypeCode(tree, treeContext),
        credentialsType: credentialsType(model),
        clientValue: clientValueCode(tree, treeContext),
        batchSpec: batching ? batchSpecCode(model) : undefined,
        operationErrors: model.operations.length === 0 ? 'ErrorShape' : [...signatures.values()].map((sig) => sig.errorType).join(' | '),
      }),
    };
    // Paging and typed `$select` (OData conventions) and batching come only with specs that use them.
    const modules = [...RUNTIME_MODULES, ...(batching ? ['batch'] : []), ...(pagingImports.length > 0 ? ['paging'] : [])].sort();
    // The errors module differs by flavour: Graph's `ApiError` reads the request ids of its envelope.
    const data = { graph: model.flavour === 'graph' };
    const source = (name: string): string => (name === 'errors' ? `client/errors-${model.flavour === 'graph' ? 'graph' : 'plain'}.ts` : `client/${name}.ts`);
    const runtime = modules.map((name) => ({ path: `src/runtime/${name}.ts`, contents: context.templates.runtime(source(name), data, `client/runtime/${name}.ts.hbs`) }));
    return [client, ...runtime];
  },
};

/** `parameters: T.XParameters, body: T.XRequestBody, options?: BuildOptions`. */
function builderParameters(s: OperationSignature): string {
  // Optional parameters before a required body take `undefined` explicitly (their declaration
  // must say so: isolated declarations).
  const defaulted = !s.parametersOptional ? '' : s.body?.required === true ? ' | undefined = {}' : ' = {}';
  const params = [`parameters: ${s.odata?.parametersType ?? s.parametersType}${defaulted}`];
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

/**
 * The `Credentials` interface: `apiKey` (one key for every apiKey scheme, or one per scheme by
 * name), `basic` and `bearer`, each present when some operation's security uses such a scheme
 * (`bearer` always: `getToken` stays the other way to give a token).
 */
function credentialsType(model: ApiModel): string {
  const schemes = usedCredentialSchemes(model);
  const members: string[] = [];
  const apiKeys = schemes.filter((s) => s.kind === 'apiKey');
  if (apiKeys.length > 0) {
    const where = (s: (typeof apiKeys)[number]) => (s.kind === 'apiKey' ? `the \`${s.name}\` ${s.in === 'query' ? 'query parameter' : s.in}` : '');
    const perScheme = apiKeys.map((s) => `${docComment([`Security scheme \`${s.scheme}\`: ${where(s)}.`], '    ')}    readonly ${propertyKey(s.scheme)}?: Secret | undefined;`).join('\n');
    members.push(`${docComment([`API key${apiKeys.length === 1 ? '' : 's'}: one value for every apiKey scheme, or one per scheme by its name in the spec (${apiKeys.map((s) => `\`${s.scheme}\``).join(', ')}).`], '  ')}  readonly apiKey?: Secret | {\n${perScheme}\n  } | undefined;`);
  }
  if (schemes.some((s) => s.kind === 'basic')) {
    members.push(`${docComment(['HTTP Basic: sent as `Authorization: Basic <base64(username:password)>`.'], '  ')}  readonly basic?: BasicCredentials | (() => BasicCredentials | undefined | Promise<BasicCredentials | undefined>) | undefined;`);
  }
  members.push(`${docComment(['A Bearer token (HTTP bearer, OAuth 2, OpenID Connect): sent as `Authorization: Bearer <token>`; without it, `getToken` gives one.'], '  ')}  readonly bearer?: Secret | undefined;`);
  return `{\n${members.join('\n')}\n}`;
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
