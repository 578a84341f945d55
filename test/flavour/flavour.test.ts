import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { detectFlavour, isGraphUrl } from '../../generator/model/flavour.js';
import { makeWorkspace, removeWorkspace, REPO, runCli, writeFile } from '../helpers/workspace.js';

const PETSTORE = join(REPO, 'node_modules', '@readme', 'oas-examples', '3.0', 'json', 'petstore.json');
const GRAPH_WORDS = /graph|microsoft|odata/gi;

describe('detectFlavour', () => {
  it('is graph for a Graph host at any server level, or the root extension; else plain', () => {
    expect(detectFlavour([{ servers: [{ url: 'https://graph.microsoft.com/v1.0' }] }])).toBe('graph');
    expect(detectFlavour([{ servers: [{ url: 'https://GRAPH.microsoft.us/beta' }] }])).toBe('graph');
    expect(detectFlavour([{}, { paths: { '/a': { servers: [{ url: 'https://dod-graph.microsoft.us' }] } } }])).toBe('graph');
    expect(detectFlavour([{ paths: { '/a': { get: { servers: [{ url: 'https://microsoftgraph.chinacloudapi.cn/v1.0' }] } } } }])).toBe('graph');
    expect(detectFlavour([{ 'x-apiwright-flavour': 'graph' }])).toBe('graph');
    expect(detectFlavour([{ servers: [{ url: 'https://petstore.swagger.io/v2' }] }])).toBe('plain');
    // A Graph host in a path or a query is not a Graph server.
    expect(detectFlavour([{ servers: [{ url: 'https://proxy.example.com/graph.microsoft.com' }] }])).toBe('plain');
    expect(detectFlavour([{ servers: [{ url: 'https://graph.microsoft.com.evil.example' }] }])).toBe('plain');
  });

  it('an explicit setting wins', () => {
    expect(detectFlavour([{ servers: [{ url: 'https://graph.microsoft.com/v1.0' }] }], 'plain')).toBe('plain');
    expect(detectFlavour([{}], 'graph')).toBe('graph');
  });

  it('reads hosts only', () => {
    expect(isGraphUrl('//graph.microsoft.com')).toBe(true);
    expect(isGraphUrl('https://graph.microsoft.com:443/v1.0')).toBe(true);
    expect(isGraphUrl('/v1.0')).toBe(false);
  });
});

describe('a plain package', () => {
  it('generated from the oas-examples petstore has no Graph words outside what the spec says', async () => {
    const dir = makeWorkspace({}, { withSeed: false });
    try {
      const spec = readFileSync(PETSTORE, 'utf8');
      writeFile(dir, 'spec/petstore.json', spec);
      const result = await generate({ cwd: dir, cache: false });
      expect(result.model?.flavour).toBe('plain');
      const specText = spec.toLowerCase();
      const found: string[] = [];
      for (const file of result.files) {
        const text = typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8');
        for (const match of text.matchAll(GRAPH_WORDS)) {
          // The whole token around the word must come from the spec.
          const start = text.slice(0, match.index).search(/[\w.@#-]*$/);
          const end = match.index + match[0].length + (text.slice(match.index + match[0].length).match(/^[\w.@#-]*/)?.[0].length ?? 0);
          const token = text.slice(start, end).toLowerCase();
          if (!specText.includes(token)) found.push(`${file.path}: ${token}`);
        }
      }
      expect(found).toEqual([]);
      // The words are there when the same spec is generated as Graph (the check can fail).
      const graph = await generate({ cwd: dir, cache: false, flavour: 'graph' });
      expect(graph.model?.flavour).toBe('graph');
      expect(graph.files.some((f) => f.path === 'src/mocks/runtime/graph-error.ts')).toBe(true);
    } finally {
      removeWorkspace(dir);
    }
  }, 120_000);

  it('mock errors use the declared error body, else a neutral one; no id headers, a plain 401 challenge', async () => {
    const dir = makeWorkspace({}, { withSeed: false });
    try {
      writeFile(dir, 'spec/api.yaml', PLAIN_SPEC);
      const out = join(dir, 'generated');
      expect((await runCli(['generate', '--no-cache', '--quiet'], dir)).code).toBe(0);
      const { createMockApi } = (await import(join(out, 'dist', 'mocks', 'index.js'))) as { createMockApi: () => { handle(r: Request): Promise<Response> } };
      const api = createMockApi();
      const missing = await api.handle(new Request('https://api.example.com/v1/items/x', { method: 'GET' }));
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect(missing.headers.get('request-id')).toBeNull();
      expect(await missing.json()).toEqual({ code: 401, message: expect.any(String) });
      const noRoute = await api.handle(new Request('https://api.example.com/v1/nothing'));
      expect(noRoute.status).toBe(404);
      expect(await noRoute.json()).toEqual({ error: { status: 404, message: expect.any(String) } });
    } finally {
      removeWorkspace(dir);
    }
  }, 120_000);

  it('config and CLI choose the flavour; a bad value is a clear error', async () => {
    const dir = makeWorkspace({}, { withSeed: true });
    try {
      writeFile(dir, 'apiwright.config.json', JSON.stringify({ flavour: 'plain' }));
      expect((await generate({ cwd: dir, cache: false })).model?.flavour).toBe('plain');
      expect((await generate({ cwd: dir, cache: false, flavour: 'auto' })).model?.flavour).toBe('graph');
      const bad = await runCli(['generate', '--flavour', 'odd'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--flavour must be one of graph, plain, auto');
      writeFile(dir, 'apiwright.config.json', JSON.stringify({ flavour: 'odd' }));
      const badConfig = await runCli(['generate'], dir);
      expect(badConfig.code).toBe(2);
      expect(badConfig.stderr).toContain('"flavour" must be one of');
    } finally {
      removeWorkspace(dir);
    }
  }, 120_000);
});

const PLAIN_SPEC = `openapi: 3.0.3
info: { title: Items, version: '1.0' }
servers: [{ url: 'https://api.example.com/v1' }]
security: [{ bearer: [] }]
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  schemas:
    Problem:
      type: object
      required: [code, message]
      properties:
        code: { type: integer }
        message: { type: string }
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
        default: { description: error, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
`;
