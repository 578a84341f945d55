import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { detectFlavour } from '../../generator/model/flavour.js';
import { buildModel } from '../../generator/model/index.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));
function model(spec: object) {
  const dir = makeWorkspace({ 'spec/api.json': JSON.stringify(spec) }, { withSeed: false });
  dirs.push(dir);
  return buildModel(loadSpec(['spec'], dir));
}

const item = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } };
const page = (extra: object = {}) => ({ type: 'object', properties: { value: { type: 'array', items: { $ref: '#/components/schemas/item' } }, ...extra } });
const ok = (schema: object) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const arrayParam = (name: string, values: string[]) => ({ name, in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string', enum: values } } });

function spec(paths: object, server = 'https://graph.microsoft.com/v1.0') {
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, servers: [{ url: server }], paths, components: { schemas: { item, base: { type: 'object', properties: { '@odata.nextLink': { type: 'string' } } } } } };
}

describe('OData conventions in the model', () => {
  it('reads query options, enums and x-ms-pageable (nextLinkName default @odata.nextLink)', () => {
    const m = model(
      spec({
        '/items': {
          get: {
            'x-ms-pageable': { operationName: 'listMore' },
            parameters: [arrayParam('$select', ['id', 'name']), arrayParam('$orderby', ['name', 'name desc']), { name: '$top', in: 'query', schema: { type: 'integer' } }, { name: '$count', in: 'query', schema: { type: 'boolean' } }],
            responses: ok(page()),
          },
        },
        '/custom': { get: { 'x-ms-pageable': { nextLinkName: 'next', itemName: 'things' }, responses: ok({ type: 'object', properties: { things: { type: 'array', items: item } } }) } },
        '/off': { get: { 'x-ms-pageable': { nextLinkName: null }, responses: ok(page({ '@odata.nextLink': { type: 'string' } })) } },
      }),
    );
    const odata = (path: string) => m.operations.find((op) => op.path === path)!.odata;
    expect(odata('/items')).toMatchObject({ options: ['$select', '$orderby', '$top', '$count'], selectable: ['id', 'name'], orderable: ['name'], pageable: { nextLinkName: '@odata.nextLink', itemName: 'value' } });
    expect(odata('/custom')?.pageable).toMatchObject({ nextLinkName: 'next', itemName: 'things' });
    expect(odata('/off')).toBeUndefined();
    expect(m.flavour).toBe('graph');
  });

  it('a { value, @odata.nextLink } response is pageable without the extension, also through allOf', () => {
    const m = model(
      spec(
        {
          '/a': { get: { responses: ok(page({ '@odata.nextLink': { type: 'string' } })) } },
          '/b': { get: { responses: ok({ allOf: [{ $ref: '#/components/schemas/base' }, page()] }) } },
          '/c': { get: { responses: ok(page()) } },
        },
        'https://api.example.com',
      ),
    );
    const odata = (path: string) => m.operations.find((op) => op.path === path)!.odata;
    expect(odata('/a')?.pageable?.nextLinkName).toBe('@odata.nextLink');
    expect(odata('/b')?.pageable?.itemName).toBe('value');
    expect(odata('/c')).toBeUndefined();
    expect(m.flavour).toBe('plain');
  });

  it('detects Graph and its national clouds by host', () => {
    expect(detectFlavour([{ servers: [{ url: 'https://graph.microsoft.us/v1.0' }] }])).toBe('graph');
    expect(detectFlavour([{ servers: [{ url: 'https://microsoftgraph.chinacloudapi.cn/beta' }] }])).toBe('graph');
    expect(detectFlavour([{ servers: [{ url: 'https://graph.microsoft.com.evil.example/v1.0' }] }])).toBe('plain');
    expect(detectFlavour([{ servers: [{ url: '/relative' }] }])).toBe('plain');
  });
});
