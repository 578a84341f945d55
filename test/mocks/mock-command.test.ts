import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockCli, type RunningMock } from '../helpers/mock-cli.js';
import { REPO } from '../helpers/workspace.js';
import { SEED_USER_ID } from './mock-package.js';

/** `apiwright mock` as a user runs it: the built bin, in a child process. */
const BIN = join(REPO, 'bin', 'apiwright.js');

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** `apiwright mock <args>` in a child process, killed after the test if it is still running. */
async function startCli(args: string[]): Promise<RunningMock> {
  const running = await startMockCli(args);
  children.push(running.child);
  return running;
}

function token(scp: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, tid: 'work-tenant' })}.`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('apiwright mock', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves the seed, logs one line per request and exits 0 on %s', async (signal) => {
    const port = await freePort();
    const cli = await startCli(['--port', String(port), '--host', '127.0.0.1']);
    expect(cli.url).toBe(`http://127.0.0.1:${port}/v1.0`);

    const ok = await fetch(`${cli.url}/users/${SEED_USER_ID}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token('DeviceManagementManagedDevices.ReadWrite.All')}`, 'content-type': 'application/json' },
      body: '{"deviceEnrollmentLimit":1000}',
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ '@odata.type': '#microsoft.graph.user', id: SEED_USER_ID, deviceEnrollmentLimit: 1000 });
    const denied = await fetch(`${cli.url}/users/${SEED_USER_ID}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(denied.status).toBe(401);
    await denied.arrayBuffer();

    await expect.poll(() => cli.stdout().split('\n').filter((l) => l.startsWith('PATCH ')).length).toBe(2);
    const lines = cli.stdout().split('\n').filter((l) => l.startsWith('PATCH '));
    expect(lines[0]).toMatch(new RegExp(`^PATCH /v1\\.0/users/${SEED_USER_ID} 200 \\d+ms request-id=[0-9a-f-]{36}$`));
    expect(lines[1]).toMatch(/^PATCH \/v1\.0\/users\/\S+ 401 /);

    cli.child.kill(signal);
    const exit = await cli.exit;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(cli.stdout()).toContain(`${signal}, shutting down`);
  });

  it('picks a free port with --port 0', async () => {
    const cli = await startCli(['--port', '0']);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    expect(cli.url).not.toContain(':0/');
    const response = await fetch(`${cli.url}/nothing-here`);
    expect(response.status).toBe(404);
    await response.arrayBuffer();
    cli.child.kill('SIGTERM');
    expect((await cli.exit).code).toBe(0);
  });

  it('exits 1 when the port is taken, and 2 on a bad option', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const taken = spawnSync(process.execPath, [BIN, 'mock', '--port', String(port)], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
      expect(taken.status).toBe(1);
      expect(taken.stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--fault-rate', '2'], ['--bogus'], ['extra']]) {
      const bad = spawnSync(process.execPath, [BIN, 'mock', ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
      expect(bad.status, args.join(' ')).toBe(2);
    }
  });

  it('prints its help', () => {
    const help = spawnSync(process.execPath, [BIN, 'mock', '--help'], { cwd: REPO, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('apiwright mock [--spec <dir|file>...] [--port 4010] [--host 127.0.0.1]');
  });
});
