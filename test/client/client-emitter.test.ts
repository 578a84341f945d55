import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, SpecError } from '../../generator/index.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';
import { json, recordingFetch } from './recording-fetch.js';

const workspaces: string[] = [];
afterEach(() => workspaces.splice(0).forEach(removeWorkspace));

function workspace(spec: string): string {
  const dir = makeWorkspace({ 'spec/api.yaml': spec }, { withSeed: false });
  workspaces.push(dir);
  return dir;
}

/** Generate, write the package into the workspace, and import its compiled client. */
async function generatedClient(dir: string): Promise<{ files: Map<string, string>; api: any }> {
  const result = await generate({ cwd: dir });
  for (const file of result.files) {
    mkdirSync(dirname(join(dir, 'out', file.path)), { recursive: true });
    writeFileSync(join(dir, 'out', file.path), file.contents);
  }
  return { files: new Map(result.files.map((f) => [f.path, f.contents])), api: await import(pathToFileURL(join(dir, 'out', 'dist', 'client.js')).href) };
}

describe('the client emitter', () => {
  it('keeps hostile spec strings as data: names, paths, servers and summaries', async () => {
    const dir = workspace(`
openapi: 3.0.3
info: { title: 'Evil */ "title" \${x}', version: '1' }
servers:
  - url: 'https://{host}/a"b*/c'
    variables: { host: { default: 'api.example' } }
paths:
  '/weird "quoted"/{__proto__}/x*\`y$a/{constructor}':
    get:
      operationId: 'evil"op*/'
      summary: "ends the comment */ and starts a tag\\n@deprecated"
      parameters:
        - { name: __proto__, in: path, required: true, schema: { type: string } }
        - { name: constructor, in: path, required: true, schema: { type: string } }
        - { name: "q\\"'*/", in: query, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`);
    const { files, api } = await generatedClient(dir);
    const source = files.get('src/client.ts')!;
    expect(source).not.toMatch(/\*\/ and starts/);
    expect(source).not.toMatch(/^\s*\* @deprecated/m);

    const { fetch, requests } = recordingFetch(json(200, { ok: true }));
    const client = api.createClient({ fetch });
    const node = client.weirdQuoted.byProto('p/1').xYA.byConstructor('c');
    await expect(node.get({ query: { 'q"\'*/': 'v' } })).resolves.toEqual({ ok: true });
    expect(requests[0]!.url).toBe('https://api.example/a"b*/c/weird%20%22quoted%22/p%2F1/x*%60y$a/c?q%22%27%2A%2F=v');
  });

  it('names a schema that would clash with a client export differently', async () => {
    const dir = workspace(`
openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /errors:
    get:
      operationId: listErrors
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/ApiError' } } } }
components:
  schemas:
    ApiError: { type: object, properties: { code: { type: string } } }
`);
    const { files, api } = await generatedClient(dir);
    expect(files.get('src/types.ts')).toContain('export type ApiError2 = {');
    expect(files.get('src/types.ts')).not.toMatch(/export type ApiError\b/);
    expect(typeof api.ApiError).toBe('function');
  });

  it('takes a path template parameter nobody declares as a required string, with a warning naming the operation', async () => {
    const dir = workspace(`
openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /users/{id}:
    get:
      parameters: [{ name: gone, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: none } }
`);
    const result = await generate({ cwd: dir, cache: false });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'api.yaml', severity: 'warning', pointer: '/paths/~1users~1{id}/get', message: expect.stringContaining('uses {id}, but no path parameter "id" is declared: taken as a required string') }),
        expect.objectContaining({ file: 'api.yaml', severity: 'warning', message: expect.stringContaining('path parameter "gone" does not appear in the path template: left out') }),
      ]),
    );
    const types = result.files.find((f) => f.path === 'src/types.ts')!.contents;
    expect(types).toMatch(/path: \{\s*id: string;\s*\}/);
  });
});
