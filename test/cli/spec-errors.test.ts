import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree, makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';

/**
 * Every spec error a user can make: exit 2, `file:line:col`, the JSON pointer and what is wrong,
 * and the output folder untouched.
 */
describe('spec errors', () => {
  let dir: string;
  beforeEach(async () => {
    dir = makeWorkspace();
    const first = await runCli(['generate', '--quiet'], dir);
    expect(first.code, first.stderr).toBe(0);
  });
  afterEach(() => removeWorkspace(dir));

  const seedPath = () => join(dir, 'spec', 'update-user.yaml');
  const editSeed = (from: string, to: string) => {
    const text = readFileSync(seedPath(), 'utf8');
    expect(text).toContain(from);
    writeFileSync(seedPath(), text.replace(from, to));
  };

  async function expectSpecError(pattern: RegExp) {
    const before = hashTree(join(dir, 'generated'));
    const result = await runCli(['generate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toContain('nothing was written');
    expect(hashTree(join(dir, 'generated'))).toBe(before);
    return result.stderr;
  }

  it('reports invalid YAML with line and column', async () => {
    editSeed('  /users/{usersId}:\n', '  /users/{usersId}:\n    patch: [unclosed\n');
    await expectSpecError(/^update-user\.yaml:\d+:\d+: error: invalid YAML/m);
  });

  it('reports a missing $ref target with the pointer of the $ref', async () => {
    editSeed("$ref: '#/components/schemas/mainError'", "$ref: '#/components/schemas/noSuchSchema'");
    const stderr = await expectSpecError(/^update-user\.yaml:\d+:\d+: error: \$ref "#\/components\/schemas\/noSuchSchema" points to nothing/m);
    expect(stderr).toContain('(at #/components/schemas/odataError/properties/error/$ref)');
  });

  it('refuses a $ref that leaves the spec root', async () => {
    writeFile(dir, 'outside.yaml', 'components:\n  schemas:\n    x: { type: string }\n');
    editSeed("$ref: '#/components/schemas/mainError'", "$ref: '../outside.yaml#/components/schemas/x'");
    await expectSpecError(/^update-user\.yaml:\d+:\d+: error: \$ref "\.\.\/outside\.yaml#\/components\/schemas\/x" leaves the spec root/m);
  });

  it('refuses absolute and URL refs', async () => {
    editSeed("$ref: '#/components/schemas/mainError'", "$ref: 'https://example.com/schema.json'");
    await expectSpecError(/is a URL: apiwright resolves only relative file references/);
    editSeed("$ref: 'https://example.com/schema.json'", "$ref: '/etc/passwd'");
    await expectSpecError(/is an absolute path/);
  });

  it('reports an invalid OpenAPI document (type: integr)', async () => {
    editSeed('          type: integer\n          format: int32', '          type: integr\n          format: int32');
    const stderr = await expectSpecError(/^update-user\.yaml:(\d+):\d+: error: invalid OpenAPI 3\.0 document: must be one of/m);
    expect(stderr).toContain('(at #/components/schemas/user/properties/deviceEnrollmentLimit/type)');
    const line = Number(/update-user\.yaml:(\d+):/.exec(stderr)![1]);
    expect(readFileSync(seedPath(), 'utf8').split('\n')[line - 1]).toContain('type: integr');
  });

  it('reports an unknown type in an OpenAPI 3.1 document', async () => {
    writeFile(dir, 'spec/other.yaml', 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\ncomponents:\n  schemas:\n    thing:\n      type: [strin, "null"]\n');
    await expectSpecError(/^other\.yaml:6:\d+: error: unknown schema type "strin"/m);
  });

  it('reports an x-permissions scope missing from security', async () => {
    editSeed('        - azureAd: [DeviceManagementApps.ReadWrite.All]\n', '');
    const stderr = await expectSpecError(/^update-user\.yaml:\d+:\d+: error: x-permissions scope "DeviceManagementApps\.ReadWrite\.All" is missing from the operation's security requirements/m);
    expect(stderr).toContain('(at #/paths/~1users~1{usersId}/patch/x-permissions/schemes/DelegatedWork/contexts/MAM/0)');
  });

  it('reports a duplicate operation across two files, naming both places', async () => {
    writeFile(dir, 'spec/more.yaml', "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /users/{usersId}:\n    patch:\n      responses:\n        '204': { description: done }\n");
    // Files are read in sorted order, so the second place is the seed file.
    const stderr = await expectSpecError(/^update-user\.yaml:\d+:\d+: error: duplicate operation PATCH \/users\/\{usersId\}: also defined at more\.yaml:5:\d+/m);
    expect(stderr).toContain('(at #/paths/~1users~1{usersId}/patch)');
  });

  it('leaves out a route whose template differs only in parameter names, with a warning naming both', async () => {
    writeFile(dir, 'spec/more.yaml', "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /users/{id}:\n    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n    patch:\n      responses:\n        '204': { description: done }\n    get:\n      responses:\n        '200': { description: read }\n");
    const result = await runCli(['generate', '--no-cache'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^update-user\.yaml:\d+:\d+: warning: PATCH \/users\/\{usersId\} is not generated: it clashes with PATCH \/users\/\{id\} \(at more\.yaml:6:5\), which differs only in parameter names \(\{id\} vs \{usersId\}\)/m,
    );
    // Everything else is generated: the other route of the file.
    expect(readFileSync(join(dir, 'generated', 'src', 'client.ts'), 'utf8')).toMatch(/GET \/users\/\{id\}/);
  });

  it('reports conflicting component definitions across files', async () => {
    writeFile(dir, 'spec/more.yaml', "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    user: { type: string }\n");
    await expectSpecError(/^update-user\.yaml:\d+:\d+: error: component schemas\/user conflicts with the one at more\.yaml:6:\d+ \(same name, different content\)/m);
  });

  it('reports several errors at once', async () => {
    writeFile(dir, 'spec/a.yaml', 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    a: { $ref: "#/components/schemas/nope" }\n    b: { $ref: "#/components/schemas/nada" }\n');
    const stderr = await expectSpecError(/failed with 2 errors/);
    expect(stderr).toContain('nope');
    expect(stderr).toContain('nada');
  });
});

describe('usage errors', () => {
  it('exits 2 on an unknown option or command', async () => {
    expect((await runCli(['generate', '--nope'], '/')).code).toBe(2);
    expect((await runCli(['frobnicate'], '/')).code).toBe(2);
  });

  it('exits 2 when the spec folder does not exist', async () => {
    const dir = makeWorkspace({}, { withSeed: false });
    try {
      const result = await runCli(['generate'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('spec path not found: spec');
    } finally {
      removeWorkspace(dir);
    }
  });
});
