import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/**
 * The committed generated/ package, consumed as a user would: `npm pack`, a new project that
 * installs only the tarball (offline), a strict TypeScript consumer of every entry point, and a
 * plain .mjs consumer that talks to the mock server through the client.
 */
const pkg = JSON.parse(readFileSync(join(REPO, 'generated', 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apiwright-consumer-'));
  const packed = execFileSync('npm', ['pack', join(REPO, 'generated'), '--pack-destination', dir, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { [pkg.name]: `file:../${packed}` } }, null, 2));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: app, stdio: 'pipe' });
  // msw is an optional peer: the consumer that uses the MSW entry brings its own (ours, linked).
  symlinkSync(join(REPO, 'node_modules', 'msw'), join(app, 'node_modules', 'msw'), 'dir');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('installs from the tarball alone, with its dist, src and README', () => {
    const installed = join(dir, 'app', 'node_modules', ...pkg.name.split('/'));
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json', 'src']);
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './mocks', './mocks/msw', './permissions']));
  });

  it('type-checks a strict NodeNext TypeScript consumer of every entry point, with errors where calls are wrong', () => {
    const app = join(dir, 'app');
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, lib: ['es2023', 'dom'], types: [] }, files: ['consumer.ts'] }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { createClient, buildUpdateUserRequest, ApiError, type User } from '${pkg.name}';
import { requiredScopes, canCall } from '${pkg.name}/permissions';
import { createMockApi, mockToken, startMockServer } from '${pkg.name}/mocks';
import { createHandlers } from '${pkg.name}/mocks/msw';

const client = createClient({ getToken: () => 'token' });
export async function run(): Promise<string | undefined> {
  const user: User = await client.users.byUsersId('id').patch({ deviceEnrollmentLimit: 5 });
  await client.users.byUsersId('id').patch({});
  // @ts-expect-error 7 is not an allowed value
  await client.users.byUsersId('id').patch({ deviceEnrollmentLimit: 7 });
  // @ts-expect-error the limit is a number
  await client.users.byUsersId('id').patch({ deviceEnrollmentLimit: '5' });
  // @ts-expect-error the id is a string
  client.users.byUsersId(42);
  return user.id;
}
export const request = buildUpdateUserRequest({ path: { usersId: 'a' } }, {});
export const scopes: readonly ['DeviceManagementApps.ReadWrite.All'] = requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'MAM' });
// @ts-expect-error there is no such context
requiredScopes('updateUser', { scheme: 'DelegatedWork', context: 'Nope' });
export const decision = canCall('updateUser', { scp: 'User.Read' });
export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
export const api = createMockApi();
export const token: string = mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementApps.ReadWrite.All'] });
export const handlers = createHandlers();
export const start = startMockServer;
`,
    );
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('runs a plain .mjs consumer: mock server up, the client patches the user, the result printed', () => {
    const app = join(dir, 'app');
    writeFileSync(
      join(app, 'consumer.mjs'),
      `import { createClient } from '${pkg.name}';
import { mockToken, startMockServer } from '${pkg.name}/mocks';

const server = await startMockServer({ port: 0, host: '127.0.0.1' });
try {
  const token = mockToken({ scheme: 'DelegatedWork', scopes: ['DeviceManagementManagedDevices.ReadWrite.All'] });
  const client = createClient({ baseUrl: server.url, getToken: () => token });
  const user = await client.users.byUsersId('d36894ae-94ae-d368-ae94-68d3ae9468d3').patch({ deviceEnrollmentLimit: 1000 });
  console.log(JSON.stringify(user));
} finally {
  await server.close();
}
`,
    );
    const run = spawnSync(process.execPath, ['consumer.mjs'], { cwd: app, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'd36894ae-94ae-d368-ae94-68d3ae9468d3', deviceEnrollmentLimit: 1000, '@odata.type': '#microsoft.graph.user' });
  });
});
