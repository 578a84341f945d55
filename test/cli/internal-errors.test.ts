import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORCE_INTERNAL_ERROR_ENV } from '../../generator/processing-step.js';
import { hashTree, makeWorkspace, REPO, removeWorkspace, runCli } from '../helpers/workspace.js';

/** Paths in the trailing-slash style (Django, DRF): once made the mocks emitter throw. */
const TRAILING_SLASH_SPEC = `openapi: 3.0.3
info: { title: Apps, version: '1' }
paths:
  /api/v1/app/{app_id}/:
    parameters:
      - { name: app_id, in: path, required: true, schema: { type: string } }
    get:
      operationId: getApp
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string }, name: { type: string } } }
    delete:
      responses: { '204': { description: gone } }
  /api/v1/app/:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { type: object, properties: { id: { type: string } } } }
`;

/**
 * A failure inside apiwright is exit 70 and one line naming the spec location being processed,
 * never a stack trace; the output folder is left untouched. The failure is forced through the
 * test-only environment variable.
 */
describe('internal errors', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace({ 'spec/apps.yaml': TRAILING_SLASH_SPEC }, { withSeed: false });
  });
  afterEach(() => {
    delete process.env[FORCE_INTERNAL_ERROR_ENV];
    removeWorkspace(dir);
  });

  it('generates paths that end in a slash, and the mock serves them as a resource collection', async () => {
    const result = await runCli(['generate', '--quiet', '--no-cache'], dir);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code, result.stderr).toBe(0);
    const mocks = (await import(pathToFileURL(join(dir, 'generated', 'dist', 'mocks', 'index.js')).href)) as {
      createMockApi(options: { data: Record<string, Record<string, unknown>[]> }): { baseUrl: string; handle(request: Request): Promise<Response> };
    };
    const api = mocks.createMockApi({ data: { '/api/v1/app/': [{ id: 'a1', name: 'one' }] } });
    const read = await api.handle(new Request(`${api.baseUrl}/api/v1/app/a1/`));
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ id: 'a1', name: 'one' });
    expect((await api.handle(new Request(`${api.baseUrl}/api/v1/app/a1/`, { method: 'DELETE' }))).status).toBe(204);
    expect(await (await api.handle(new Request(`${api.baseUrl}/api/v1/app/`))).json()).toEqual([]);
  });

  it('names the operation and its file:line:col when emitting fails', async () => {
    const first = await runCli(['generate', '--quiet', '--no-cache'], dir);
    expect(first.code, first.stderr).toBe(0);
    const before = hashTree(join(dir, 'generated'));
    process.env[FORCE_INTERNAL_ERROR_ENV] = 'emitting mocks for GET /api/v1/app/{app_id}/';
    const result = await runCli(['generate', '--no-cache'], dir);
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^apiwright generate: apps\.yaml:7:5: internal error while emitting mocks for GET \/api\/v1\/app\/\{app_id\}\/: forced by/);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(hashTree(join(dir, 'generated'))).toBe(before);
    // The kinds emitted before the mocks were already written to the staging folder: it is gone.
    expect(readdirSync(dir).filter((name) => name.startsWith('.generated.'))).toEqual([]);
  });

  it('names the operation when modelling fails', async () => {
    process.env[FORCE_INTERNAL_ERROR_ENV] = 'modelling for DELETE';
    const result = await runCli(['generate', '--no-cache'], dir);
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^apiwright generate: apps\.yaml:15:5: internal error while modelling for DELETE \/api\/v1\/app\/\{app_id\}\/: /);
  });

  it('the CLI binary prints no stack trace (exit 70)', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, [join(REPO, 'bin', 'apiwright.js'), 'generate', '--no-cache'], {
      cwd: dir,
      env: { ...process.env, [FORCE_INTERNAL_ERROR_ENV]: 'emitting validators' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(70);
    expect(failure?.stderr).toMatch(/internal error while emitting validators/);
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a spec that declares nothing', () => {
  it('generates a package that type-checks (types.ts is still a module)', async () => {
    const dir = makeWorkspace({ 'spec/empty.yaml': "openapi: 3.0.0\ninfo: { title: Empty, version: '1' }\npaths: {}\n" }, { withSeed: false });
    try {
      const result = await runCli(['generate', '--quiet', '--no-cache', '--typecheck'], dir);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      removeWorkspace(dir);
    }
  });
});
