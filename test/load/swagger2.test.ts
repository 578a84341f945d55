import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertSwagger2 } from '../../generator/load/swagger2.js';
import { makeWorkspace, removeWorkspace, runCli } from '../helpers/workspace.js';

const swagger = {
  swagger: '2.0',
  info: { title: 'Legacy', version: '2.1' },
  host: 'api.example.com',
  basePath: '/v2',
  schemes: ['https', 'http'],
  consumes: ['application/json'],
  produces: ['application/json'],
  securityDefinitions: {
    key: { type: 'apiKey', name: 'X-Key', in: 'header' },
    oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a/auth', tokenUrl: 'https://a/token', scopes: { read: 'read things' } },
  },
  parameters: { limit: { name: 'limit', in: 'query', type: 'integer', format: 'int32' }, thing: { name: 'thing', in: 'body', schema: { $ref: '#/definitions/Thing' } } },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [{ $ref: '#/parameters/limit' }, { name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, { name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' }],
        responses: { '200': { description: 'ok', schema: { type: 'array', items: { $ref: '#/definitions/Thing' } }, headers: { 'X-Rate': { type: 'integer' } } } },
      },
      post: { operationId: 'createThing', parameters: [{ $ref: '#/parameters/thing' }], responses: { '201': { description: 'created', schema: { $ref: '#/definitions/Thing' } } }, security: [{ oauth: ['read'] }] },
    },
    '/things/{id}/photo': {
      post: {
        operationId: 'uploadPhoto',
        consumes: ['multipart/form-data'],
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }, { name: 'file', in: 'formData', type: 'file', required: true }, { name: 'note', in: 'formData', type: 'string' }],
        responses: { '204': { description: 'done' } },
      },
    },
  },
  definitions: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, parent: { $ref: '#/definitions/Thing', 'x-nullable': true } } } },
};

describe('convertSwagger2', () => {
  const out = convertSwagger2(structuredClone(swagger)) as Record<string, any>;

  it('builds servers from host, basePath and schemes', () => {
    expect(out.openapi).toBe('3.0.3');
    expect(out.servers).toEqual([{ url: 'https://api.example.com/v2' }, { url: 'http://api.example.com/v2' }]);
  });

  it('moves definitions, parameters and security definitions to components and rewrites refs', () => {
    expect(Object.keys(out.components.schemas)).toEqual(['Thing']);
    expect(out.components.parameters.limit).toEqual({ name: 'limit', in: 'query', schema: { type: 'integer', format: 'int32' } });
    expect(out.components.requestBodies.thing.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Thing' });
    expect(out.paths['/things'].post.requestBody).toEqual({ $ref: '#/components/requestBodies/thing' });
    expect(out.components.securitySchemes.oauth).toEqual({ type: 'oauth2', flows: { authorizationCode: { scopes: { read: 'read things' }, authorizationUrl: 'https://a/auth', tokenUrl: 'https://a/token' } } });
  });

  it('maps collectionFormat to style and explode', () => {
    const [, tags, ids] = out.paths['/things'].get.parameters;
    expect(tags).toMatchObject({ style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    expect(ids).toMatchObject({ style: 'pipeDelimited', explode: false });
  });

  it('turns formData into a multipart body and file into binary', () => {
    const body = out.paths['/things/{id}/photo'].post.requestBody;
    expect(body.content['multipart/form-data'].schema).toEqual({ type: 'object', properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } }, required: ['file'] });
    expect(out.paths['/things/{id}/photo'].post.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
  });

  it('puts response schemas under produces and converts headers and x-nullable', () => {
    expect(out.paths['/things'].get.responses['200'].content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/Thing' });
    expect(out.paths['/things'].get.responses['200'].headers['X-Rate']).toEqual({ schema: { type: 'integer' } });
    expect(out.components.schemas.Thing.properties.parent).toEqual({ $ref: '#/components/schemas/Thing', nullable: true });
  });
});

describe('generating from a Swagger 2.0 file', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(removeWorkspace));

  it('converts on load, says so, and generates', async () => {
    const dir = makeWorkspace({ 'spec/legacy.json': JSON.stringify(swagger, null, 2) }, { withSeed: false });
    dirs.push(dir);
    const result = await runCli(['generate'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('legacy.json:1:1: warning: Swagger 2.0 document converted to OpenAPI 3.0.3 on load');
    const types = readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8');
    expect(types).toMatch(/export type Thing = \{[\s\S]*parent\?: Thing \| null;/);
    expect(types).toMatch(/export type UploadPhotoRequestBody = \{[^}]*\*\/\s+file: globalThis\.Blob \| string;\s+note\?: string;/);
  });

  it('reports Swagger 2.0 schema errors at their place in the original file', async () => {
    const broken = structuredClone(swagger) as Record<string, any>;
    broken.paths['/things'].get.parameters[1].collectionFormat = 'commas';
    const dir = makeWorkspace({ 'spec/legacy.json': JSON.stringify(broken, null, 2) }, { withSeed: false });
    dirs.push(dir);
    const result = await runCli(['generate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/legacy\.json:\d+:\d+: error: invalid Swagger 2\.0 document/);
  });
});
