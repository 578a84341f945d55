import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleForPattern } from '../../generator/emit/mocks/pattern-sample.js';
import { resourceCollections, resourceRoles } from '../../generator/plan/resource-collections.js';
import { SampleWriter } from '../../generator/emit/mocks/sample-value.js';
import { SchemaReader } from '../../generator/plan/schema-reading.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import { makeWorkspace, removeWorkspace, REPO } from '../helpers/workspace.js';
import { generatePackage, type GeneratedPackage } from './mock-package.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const { fullFormats } = require('ajv-formats/dist/formats.js') as typeof import('ajv-formats/dist/formats.js');

const modelOf = (spec: string) => buildModel(loadSpec([spec], REPO));

describe('resource collections inferred from paths', () => {
  const rolesOf = (spec: string) => {
    const model = modelOf(spec);
    const reader = new SchemaReader(model);
    const roles = resourceRoles(model, resourceCollections(model, reader), reader);
    return Object.fromEntries(model.operations.map((op) => [op.identifier, roles.get(op)?.action ?? null]));
  };

  it('gives every operation of the things fixture its role', () => {
    expect(rolesOf('test/mocks/fixtures/things')).toEqual({
      createCounter: 'create',
      getCounter: 'read',
      getStatus: null,
      listThings: 'list',
      createThing: 'create',
      getThing: 'read',
      deleteThing: 'delete',
      updateThing: 'update',
      archiveThing: null,
      listParts: 'list',
      getPart: 'read',
      getVersion: null,
    });
  });

  it('reads the multi-operation fixture: members are a nested collection, the rest are not resources', () => {
    expect(rolesOf('test/fixtures/specs/multi-operation')).toEqual({
      listTeams: null,
      listMembers: 'list',
      addMember: 'create',
      getMember: 'read',
      replaceMember: 'replace',
      removeMember: 'delete',
      getTeamNotes: null,
      appendTeamNote: null,
      setTeamPhoto: null,
    });
  });

  it('makes the seed user a collection keyed by id, typed from the example', () => {
    const model = modelOf('spec');
    const [users] = resourceCollections(model, new SchemaReader(model));
    expect(users).toMatchObject({ collectionPath: '/users', itemPath: '/users/{usersId}', keyProperty: 'id', keyType: 'string', odataType: '#microsoft.graph.user' });
  });
});

describe('deterministic sample data', () => {
  /** Schemas whose sample cannot be valid as Ajv reads them, and why. */
  const UNSATISFIABLE: Record<string, string> = {
    Nothing: 'the schema is `false`',
    Account: 'its required `password` is writeOnly: a response (read view) leaves it out, Ajv knows no views',
  };

  it('is valid for every named schema of the samples, things and multi-operation fixtures', () => {
    for (const spec of ['test/mocks/fixtures/samples/samples.yaml', 'test/mocks/fixtures/things/things.yaml', 'test/fixtures/specs/multi-operation/teams.yaml']) {
      const model = modelOf(spec);
      const document = parse(readFileSync(join(REPO, spec), 'utf8')) as { components: object };
      const ajv = new Ajv2020({ strict: false, allErrors: true, formats: fullFormats });
      ajv.addSchema({ $id: 'https://fixture.test/spec', components: document.components });
      const reader = new SchemaReader(model);
      const checked: string[] = [];
      for (const named of model.schemas) {
        if (Object.hasOwn(UNSATISFIABLE, named.specName)) continue;
        const value = new SampleWriter(reader, named.id).value(named.schema);
        const validate = ajv.getSchema(`https://fixture.test/spec#/components/schemas/${named.specName}`)!;
        expect(validate(value), `${spec} ${named.specName}: ${JSON.stringify(value)} ${JSON.stringify(validate.errors)}`).toBe(true);
        checked.push(named.specName);
      }
      expect(checked.length).toBeGreaterThan(2);
    }
  });

  it('is the same for the same seed text, and differs for another', () => {
    const model = modelOf('test/mocks/fixtures/things');
    const reader = new SchemaReader(model);
    const status = model.schemas.find((s) => s.specName === 'status')!.schema;
    const a = new SampleWriter(reader, 'GET /status').value(status);
    expect(new SampleWriter(reader, 'GET /status').value(status)).toEqual(a);
    expect(new SampleWriter(reader, 'GET /other').value(status)).not.toEqual(a);
  });

  it.each([
    '^[A-Z]+$',
    '^\\d{3}-\\d{4}$',
    '^[a-z0-9-]{2,8}$',
    '^(?:foo|bar)_[^\\s/]+$',
    'a/b\\d+"q',
    '^#[0-9a-fA-F]{6}$',
    '^[\\w.+-]+@example\\.com$',
    '^v(\\d+)\\.(\\d+)(-beta)?$',
    '^\\u00e9t\\u00e9$',
  ])('finds a string matching %s', (pattern) => {
    const value = sampleForPattern(pattern, () => 0.3);
    expect(value).toBeDefined();
    expect(new RegExp(pattern, 'u').test(value!)).toBe(true);
  });

  it('honours lengths with open-ended quantifiers, and gives up on lookarounds and backreferences', () => {
    const long = sampleForPattern('^[A-Z]+$', () => 0.5, { min: 6, max: 10 });
    expect(long).toMatch(/^[A-Z]{6,10}$/);
    expect(sampleForPattern('^(?=a)a$', () => 0.5)).toBeUndefined();
    expect(sampleForPattern('^(a)\\1$', () => 0.5)).toBeUndefined();
    expect(sampleForPattern('[', () => 0.5)).toBeUndefined();
  });
});

describe('the emitted mocks package', () => {
  let pkg: GeneratedPackage;
  beforeAll(async () => {
    pkg = await generatePackage(['spec']);
  });
  afterAll(() => pkg?.remove());

  it('has ./mocks and ./mocks/msw entry points, msw ^2 as an optional peer, and no mocks in the root', () => {
    const manifest = JSON.parse(pkg.files.get('package.json')!) as Record<string, Record<string, unknown>>;
    expect(manifest.exports!['./mocks']).toEqual({ types: './dist/mocks/index.d.ts', import: './dist/mocks/index.js' });
    expect(manifest.exports!['./mocks/msw']).toEqual({ types: './dist/mocks/msw.d.ts', import: './dist/mocks/msw.js' });
    expect(manifest.peerDependencies).toEqual({ msw: '^2.0.0' });
    expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } });
    expect(pkg.files.get('src/index.ts')).not.toMatch(/mocks/);
  });

  it('checks request bodies with the validators module when it is generated, and only then', () => {
    const api = pkg.files.get('src/mocks/api.ts')!;
    if (pkg.files.has('src/validators.ts')) {
      expect(api).toMatch(/import \{\s*validateUpdateUserRequestBody,?\s*\} from '\.\.\/validators\.js';/);
      expect(api).toContain('validate: validateUpdateUserRequestBody');
    } else {
      expect(api).not.toMatch(/from '\.\.\/validators\.js'/);
      expect(api).toContain('validate: null');
    }
  });

  it('refuses invalid options when the mock is created', () => {
    for (const options of [{ faults: { rate: 2 } }, { faults: { rate: 0.1, statuses: [200] } }, { faults: { rate: 0.1, retryAfter: -1 } }, { latencyMs: -1 }, { latencyMs: { min: 5, max: 1 } }, { maxBodyBytes: -1 }]) {
      expect(() => pkg.mocks.createMockApi(options), JSON.stringify(options)).toThrow(RangeError);
    }
    expect(() => pkg.mocks.createMockApi({ data: { '/users': [{ displayName: 'no id' }] } })).toThrow(TypeError);
    expect(() => pkg.mocks.createMockApi({ baseUrl: 'not a url' })).toThrow(TypeError);
  });

  it('keeps msw out of ./mocks and node:http out of every static import', () => {
    const staticImports = (path: string) => [...pkg.files.get(path)!.matchAll(/^(?:import|export)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    const mocksJs = [...pkg.files.keys()].filter((p) => p.startsWith('dist/mocks/') && p.endsWith('.js'));
    expect(mocksJs.length).toBeGreaterThan(5);
    for (const path of mocksJs) {
      const imports = staticImports(path);
      expect(imports.filter((s) => s!.startsWith('node:')), path).toEqual([]);
      if (path !== 'dist/mocks/msw.js') expect(imports, path).not.toContain('msw');
    }
    expect(staticImports('dist/mocks/msw.js')).toContain('msw');
    // Loaded only when a server starts, through a specifier TypeScript does not resolve.
    expect(pkg.files.get('dist/mocks/server.js')).toMatch(/const NODE_HTTP = ['"]node:http['"];[\s\S]*await import\([^)]*NODE_HTTP\s*\)/);
  });

  it('has declarations that compile without @types/node', () => {
    for (const [path, contents] of pkg.files) if (path.startsWith('dist/mocks/') && path.endsWith('.d.ts')) expect(contents, path).not.toMatch(/node:|NodeJS|Buffer|IncomingMessage/);
    const consumer = join(pkg.dir, 'consumer.ts');
    writeFileSync(
      consumer,
      [
        "import { createMockApi, mockToken, startMockServer, MOCK_SEED_DATA, type MockApi, type MockServer } from './dist/mocks/index.js';",
        "import { createHandlers, handlersFor } from './dist/mocks/msw.js';",
        'const api: MockApi = createMockApi({ latencyMs: { min: 0, max: 5 }, faults: { rate: 0.1 }, seed: "s", now: () => new Date(0) });',
        'const handled: Promise<Response> = api.handle(new Request(api.baseUrl));',
        "const token: string = mockToken({ scheme: 'DelegatedWork', scopes: ['a'] });",
        "const server: Promise<MockServer> = startMockServer({ port: 0, host: '127.0.0.1', api });",
        'const handlers = [...createHandlers(), ...handlersFor(api)];',
        "// @ts-expect-error not a permission type\nmockToken({ scheme: 'Delegated', scopes: [] });",
        'export { handled, token, server, handlers, MOCK_SEED_DATA };',
      ].join('\n'),
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
  });
});

describe('spec strings in the mocks are data', () => {
  it('round-trips hostile strings from paths, ids, titles and examples without breaking the code', async () => {
    const example = JSON.parse('{"__proto__":{"polluted":true},"*/":"</script>${x}`\\u2028\\u2029","q\\"":"\\\\","constructor":{"prototype":1}}') as unknown;
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Hostile */ `${x}` \u2028 "title"', version: '1.0.0' },
      servers: [{ url: "https://h.example.com/a'b:c*(d)" }],
      paths: {
        "/it's/{id}/view": {
          get: {
            operationId: 'get*/thing`${x}`',
            security: [],
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: '*/ ${x}', content: { 'application/json': { schema: { type: 'object' }, example } } } },
          },
        },
      },
    };
    const dir = makeWorkspace({ 'spec/hostile.json': JSON.stringify(spec) }, { withSeed: false });
    let pkg: GeneratedPackage | undefined;
    try {
      pkg = await generatePackage([join(dir, 'spec')]);
      const api = pkg.mocks.createMockApi();
      expect(api.baseUrl).toBe("https://h.example.com/a'b:c*(d)");
      const response = await api.handle(new Request(`${api.baseUrl}/it's/%E2%80%A8/view`));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(JSON.stringify(example));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // MSW matches the base URL literally: `:`, `*` and `(` in it are not path syntax.
      const server = setupServer(...(pkg.msw.handlersFor(api) as RequestHandler[]));
      server.listen({ onUnhandledRequest: 'error' });
      try {
        const viaMsw = await fetch(`${api.baseUrl}/it's/x/view`);
        expect(await viaMsw.text()).toBe(JSON.stringify(example));
        await expect(fetch("https://h.example.com/a'b:other/it's/x/view")).rejects.toThrow();
      } finally {
        server.close();
      }
    } finally {
      pkg?.remove();
      removeWorkspace(dir);
    }
  });
});
