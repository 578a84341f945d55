import { cpSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToDisk } from '../../generator/index.js';
import { hashTree, listTree, makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';

describe('generate --check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = makeWorkspace();
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
  });
  afterAll(() => removeWorkspace(dir));

  it('exits 0 on a fresh generate and writes nothing', async () => {
    const before = hashTree(join(dir, 'generated'));
    const result = await runCli(['generate', '--check'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('generated/ is up to date');
    expect(hashTree(join(dir, 'generated'))).toBe(before);
  });

  it('exits 1 naming an edited file', async () => {
    const file = join(dir, 'generated', 'src', 'types.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original + '\n// edited\n');
    const result = await runCli(['generate', '--check'], dir);
    writeFileSync(file, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stale:   generated/src/types.ts');
  });

  it('exits 1 naming a deleted file', async () => {
    const file = join(dir, 'generated', 'package.json');
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    const result = await runCli(['generate', '--check'], dir);
    writeFileSync(file, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing: generated/package.json');
  });

  it('exits 1 naming an extra file', async () => {
    const file = join(dir, 'generated', 'src', 'extra.ts');
    writeFileSync(file, 'export {};\n');
    const result = await runCli(['generate', '--check'], dir);
    rmSync(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('extra:   generated/src/extra.ts');
    expect((await runCli(['generate', '--check', '--quiet'], dir)).code).toBe(0);
  });
});

describe('determinism', () => {
  /** Generate with caches of its own, so nothing is reused from another run. */
  const coldGenerate = (cwd: string) => generateToDisk({ cwd, cache: false, cacheDir: mkdtempSync(join(tmpdir(), 'apiwright-cold-cache-')) });

  it('gives byte-identical output twice, and from a copy in another folder', async () => {
    const a = makeWorkspace();
    const b = mkdtempSync(join(tmpdir(), 'apiwright-elsewhere-'));
    try {
      await coldGenerate(a);
      const first = hashTree(join(a, 'generated'));
      await coldGenerate(a);
      expect(hashTree(join(a, 'generated'))).toBe(first);
      cpSync(join(a, 'spec'), join(b, 'nested', 'spec'), { recursive: true });
      await coldGenerate(join(b, 'nested'));
      expect(hashTree(join(b, 'nested', 'generated'))).toBe(first);
    } finally {
      removeWorkspace(a);
      removeWorkspace(b);
    }
  });

  it('does not depend on file names or order: renaming the seed file changes nothing', async () => {
    const a = makeWorkspace();
    const b = makeWorkspace({}, { withSeed: false });
    try {
      writeFile(b, 'spec/zz/renamed.yaml', readFileSync(join(a, 'spec', 'update-user.yaml'), 'utf8'));
      expect((await runCli(['generate', '--quiet'], a)).code).toBe(0);
      expect((await runCli(['generate', '--quiet'], b)).code).toBe(0);
      expect(listTree(join(b, 'generated'))).toEqual(listTree(join(a, 'generated')));
      expect(hashTree(join(b, 'generated'))).toBe(hashTree(join(a, 'generated')));
    } finally {
      removeWorkspace(a);
      removeWorkspace(b);
    }
  });
});

describe('extension by spec files', () => {
  it('a second spec file with a $ref into the first adds its types, with no generator change', async () => {
    const dir = makeWorkspace({
      'spec/devices.yaml': `openapi: 3.0.3
info: { title: Devices, version: '1' }
paths:
  /users/{usersId}/managedDevices:
    get:
      operationId: listManagedDevices
      parameters:
        - $ref: './update-user.yaml#/components/parameters/usersId'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  value:
                    type: array
                    items: { $ref: '#/components/schemas/managedDevice' }
components:
  schemas:
    managedDevice:
      type: object
      properties:
        id: { type: string }
        owner: { $ref: './update-user.yaml#/components/schemas/user' }
`,
    });
    try {
      expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
      const types = readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8');
      expect(types).toMatch(/export type ManagedDevice = \{\s+id\?: string;\s+owner\?: User;\s+\};/);
      expect(types).toMatch(/export type ListManagedDevicesResponse = \{\s+value\?: ManagedDevice\[\];\s+\};/);
      expect(types).toContain('export type UpdateUserRequestBody = User;');
    } finally {
      removeWorkspace(dir);
    }
  });
});
