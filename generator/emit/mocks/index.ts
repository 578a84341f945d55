import type { ApiModel, MediaNode, OperationNode, ServerNode } from '../../model/ir.js';
import { forOperation } from '../../processing-step.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import { routeValue } from './mock-routes.js';
import { LINE_WIDTH, layoutLiteral, RawCode, type LiteralValue } from '../../render/literal-layout.js';
import { SchemaReader } from '../../plan/schema-reading.js';
import { SampleTable } from './sample-table.js';
import { seedCollections } from './seed-entities.js';
import { operationPlan } from '../../plan/index.js';
import { securityAlternatives } from '../security-requirements.js';
import { batchingOf } from '../batching.js';

/** Runtime modules of the mocks: no spec data, copied from `runtime/mocks/`. */
const RUNTIME_MODULES = ['access', 'body-parsing', 'core', 'credentials', 'exchange', 'negotiation', 'random', 'request-body', 'router', 'store', 'strict-json', 'token'];

/** Emitted only when some operation declares OData query options (see `model/odata.ts`). */
const QUERY_MODULES = ['odata-filter', 'odata-query'];

/** Used when the spec names no server (or a relative one): requests are matched from its path. */
const FALLBACK_ORIGIN = 'http://localhost';

/**
 * The mocks emitter: `src/mocks/` — `api.ts` (every operation as route data, the seed store from
 * the spec's examples, `createMockApi`), `index.ts` (entry `./mocks`), `msw.ts` (entry
 * `./mocks/msw`, MSW v2 handlers), `server.ts` (node:http) and the static runtime. Permissions
 * are enforced through the permissions module and JSON bodies checked by the validators module.
 */
export const mocksEmitter: Emitter = {
  name: 'mocks',
  // Enforces permissions (the permissions module) and checks JSON request bodies (the validators), like the API.
  dependsOn: ['permissions', 'validators'],
  emit(context: EmitContext): EmittedFile[] {
    const { model, plan, templates } = context;
    const reader = new SchemaReader(model);
    const { collections, roles } = plan.resources;
    // The validators module has `validate<Op>RequestBody` for every request body; JSON ones are checked.
    const validatorsEmitted = context.outputKinds?.includes('validators') === true;
    const validated = new Map(model.operations.flatMap((op) => {
      const planned = operationPlan(plan, op);
      return validatorsEmitted && hasJsonBody(planned.requestMedia) ? [[op, planned.names.requestBody.validate] as const] : [];
    }));
    // One statement per route: a change to one operation re-formats only that route's text.
    // An operation with servers of its own (path or operation level) is answered below the first
    // of them, where the client sends it.
    const baseUrl = mockBaseUrl(model);
    const serverOf = (op: OperationNode): string | null => {
      const own = op.servers[0];
      const url = own === undefined ? baseUrl : absoluteServerUrl(own, baseUrl);
      return url === baseUrl ? null : url;
    };
    // The data is laid out here (`layoutLiteral`): the built-in template writes `api.ts` in its
    // final layout, and only an overriding template's output goes through prettier.
    // Sample bodies refer to each named schema's sample, made once (`SampleTable`); once every
    // route is known, a sample used once is written in place and a shared one as a constant.
    const samples = new SampleTable(reader, model);
    const routeData = model.operations.map((op) => forOperation(op, () => {
      const name = `route$${op.identifier}`;
      return { op, name, queries: op.odata !== undefined && roles.get(op) !== undefined, data: routeValue(op, roles.get(op), reader, (o) => validated.get(o), serverOf(op), securityAlternatives(op, model), model.flavour === 'plain', samples) };
    }));
    const routes = routeData.map(({ op, name, queries, data }) => forOperation(op, () => ({ name, queries, value: layoutLiteral(samples.literal(data), `const ${name}: MockRoute = `.length, 1) })));
    const sampleConstants = samples.constants().map(({ name, value }) => ({ name, value: layoutLiteral(value, `const ${name}: unknown = `.length, 1) }));
    const seed = Object.fromEntries(seedCollections(model, roles, collections).map((c) => [c.key, c.entities])) as LiteralValue;
    const validators = [...validated.values()];
    const title = model.info.title;
    const graph = model.flavour === 'graph';
    const batch = batchingOf(model);
    const render = (template: string, data: object = {}): string => templates.render(`mocks/${template}`, { title, graph, batch, ...data });
    const copy = (source: string): string => templates.runtime(`mocks/${source}`, { title, graph, batch });
    // The error conventions: Graph's envelope for Graph, the spec's declared error bodies otherwise.
    const flavourModules = graph
      ? [
          { path: 'src/mocks/runtime/errors.ts', contents: copy('errors-graph.ts') },
          { path: 'src/mocks/runtime/graph-error.ts', contents: copy('graph-error.ts') },
        ]
      : [{ path: 'src/mocks/runtime/errors.ts', contents: copy('errors-plain.ts') }];
    if (batch) flavourModules.push({ path: 'src/mocks/runtime/batch.ts', contents: copy('batch.ts') });
    // A package whose operations declare no OData query options carries none of their runtime.
    const queries = routes.some((r) => r.queries);
    if (queries) for (const name of QUERY_MODULES) flavourModules.push({ path: `src/mocks/runtime/${name}.ts`, contents: copy(`${name}.ts`) });
    return [
      {
        path: 'src/mocks/api.ts',
        contents: render('api.ts.hbs', {
          baseUrl,
          routes,
          samples: sampleConstants,
          routeList: layoutLiteral(routes.map((r) => new RawCode(r.name)), 'export const MOCK_ROUTES: readonly MockRoute[] = '.length, 1),
          seed: layoutLiteral(seed, 'export const MOCK_SEED_DATA: MockData = '.length, 1),
          validators,
          queries,
          validatorsImport: validators.length === 0 ? '' : importStatement(validators, '../validators.js'),
        }),
        ...(templates.isBuiltin('mocks/api.ts.hbs') ? { preformattedFrom: 0 } : {}),
      },
      { path: 'src/mocks/index.ts', entry: './mocks', contents: copy('entry/index.ts') },
      { path: 'src/mocks/msw.ts', entry: './mocks/msw', contents: copy('entry/msw.ts') },
      { path: 'src/mocks/server.ts', contents: render('server.ts.hbs') },
      ...RUNTIME_MODULES.map((name) => ({ path: `src/mocks/runtime/${name}.ts`, contents: copy(`${name}.ts`) })),
      // What the runtime says and sends differently by flavour (a personal account's name, a token's audience).
      { path: 'src/mocks/runtime/flavour.ts', contents: render('runtime/flavour.ts.hbs') },
      ...flavourModules,
    ];
  },
};

/** `import { a, b } from 'x';` on one line when it fits, else one name per line. */
function importStatement(names: readonly string[], from: string): string {
  const inline = `import { ${names.join(', ')} } from ${stringLiteral(from)};`;
  return inline.length <= LINE_WIDTH ? inline : `import {\n${names.map((n) => `  ${n},\n`).join('')}} from ${stringLiteral(from)};`;
}

/** The first server's URL, variables filled with their defaults, made absolute. */
export function mockBaseUrl(model: ApiModel): string {
  const server = model.servers[0];
  return server === undefined ? FALLBACK_ORIGIN : absoluteServerUrl(server);
}

/**
 * A server's URL with its variables at their defaults, made absolute: a relative one below the
 * API's base URL when that is given (as the client resolves it), else below `FALLBACK_ORIGIN`.
 */
function absoluteServerUrl(server: ServerNode, base?: string): string {
  const url = server.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => server.variables.find((v) => v.name === name)?.default ?? whole);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  if (base !== undefined) {
    try {
      return new URL(url, base.endsWith('/') ? base : `${base}/`).href.replace(/\/+$/, '') || base;
    } catch {
      // Not a URL even below the base: served below the fallback origin.
    }
  }
  return FALLBACK_ORIGIN + (url.startsWith('/') ? url : `/${url}`);
}

/** A body the mock reads back into a value and validates: JSON, forms, multipart and text with a schema. */
function hasJsonBody(media: MediaNode | undefined): boolean {
  return media !== undefined && media.kind !== 'binary' && media.schema !== undefined;
}
