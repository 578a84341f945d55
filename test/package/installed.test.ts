/**
 * apiwright as an installed dependency: the project is packed once (`npm pack`, the tarball users
 * get), installed into an empty temporary project with nothing else, and every command runs from
 * there through `node_modules/.bin/apiwright` as a build step would.
 *
 * The install is offline: the consumer gets a lockfile made of the tarball and apiwright's own
 * production entries of package-lock.json (their tarballs are in the npm cache since `npm ci`), so
 * no registry is asked. Install scripts are off (`--ignore-scripts`: npm 11 does not run the
 * dependencies' scripts, e.g. esbuild's postinstall, nor the tarball's `prepare`), so the tarball
 * must ship `dist/` built and the CLI must not need what those scripts would do.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../helpers/workspace.js';
import { SEED_USER_ID } from '../mocks/mock-package.js';

const scratch = mkdtempSync(join(tmpdir(), 'apiwright-installed-'));
const consumer = join(scratch, 'consumer');
const bin = join(consumer, 'node_modules', '.bin', 'apiwright');
const children: ChildProcessWithoutNullStreams[] = [];
/** A user's environment: not the suite's APIWRIGHT_TYPECHECK=1 (vitest.config.ts), so each run has the defaults. */
const ENV: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false' };
delete ENV.APIWRIGHT_TYPECHECK;

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/** Run a command to completion; its output is part of the failure message. */
function run(command: string, args: string[], cwd: string, timeout = 240_000): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: ENV });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr + (result.error === undefined ? '' : String(result.error)) };
}

function expectOk(result: { status: number | null; stdout: string; stderr: string }, what: string): void {
  expect(result.status, `${what}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`).toBe(0);
}

/** A lockfile for a project with only the tarball: apiwright's production entries, hoisted as they are in its own lockfile. */
function consumerLock(tarball: string, manifest: Record<string, unknown>): object {
  const own = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages: Record<string, object> = {
    '': { name: 'consumer', version: '1.0.0', devDependencies: { apiwright: `file:${tarball}` } },
    'node_modules/apiwright': {
      version: manifest.version,
      resolved: `file:${tarball}`,
      integrity: `sha512-${createHash('sha512').update(readFileSync(join(consumer, tarball))).digest('base64')}`,
      dev: true,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [path, entry] of Object.entries(own.packages)) {
    if (path === '' || entry.dev === true) continue;
    packages[path] = { ...entry, dev: true };
  }
  return { name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist', 'generator', 'cli', 'main.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does) before this test');
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], REPO);
  expectOk(packed, 'npm pack');
  const tarball = (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename;
  mkdirSync(join(consumer, 'spec'), { recursive: true });
  renameSync(join(scratch, tarball), join(consumer, tarball));
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', devDependencies: { apiwright: `file:${tarball}` } }, null, 2));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(tarball, manifest), null, 2));
  expectOk(run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], consumer), 'npm ci --offline of the tarball');
  copyFileSync(join(REPO, 'spec', 'update-user.yaml'), join(consumer, 'spec', 'update-user.yaml'));
}, 300_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

describe('apiwright installed from its tarball into an empty project', () => {
  it('installs nothing the user did not ask for: no dev tool of apiwright, no msw', () => {
    const installed = readdirSync(join(consumer, 'node_modules'));
    for (const name of ['vitest', 'msw', 'tsx', 'typescript', 'zod']) expect(installed, name).not.toContain(name);
    expect(existsSync(join(consumer, 'node_modules', 'apiwright', 'dist', 'generator', 'index.js'))).toBe(true);
  });

  it('generate writes the package', () => {
    expectOk(run(bin, ['generate', '--no-cache'], consumer), 'apiwright generate');
    expect(readFileSync(join(consumer, 'generated', 'src', 'types.ts'), 'utf8')).toContain('deviceEnrollmentLimit');
    expect(existsSync(join(consumer, 'generated', 'dist', 'index.js'))).toBe(true);
  });

  it('generate --typecheck type-checks it, msw (an optional peer) not installed', () => {
    const result = run(bin, ['generate', '--typecheck', '--no-cache', '--out', 'generated-checked'], consumer);
    expectOk(result, 'apiwright generate --typecheck');
    expect(existsSync(join(consumer, 'generated-checked', 'dist', 'mocks', 'msw.js'))).toBe(true);
  });

  it('mock answers an HTTP request', async () => {
    const child = spawn(bin, ['mock', '--port', '0'], { cwd: consumer, env: ENV });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line; stdout: ${out} stderr: ${err}`)), 60_000);
      child.stdout.on('data', () => {
        const found = /listening on (http:\/\/\S+)/.exec(out);
        if (found === null) return;
        clearTimeout(timer);
        resolve(found[1]!);
      });
      void exited.then(() => reject(new Error(`exited before listening; stdout: ${out} stderr: ${err}`)));
    });
    const response = await fetch(`${url}/users/${SEED_USER_ID}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: expect.any(String) as unknown } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);

  it('import graph-docs turns the seed page into a spec that generates', () => {
    copyFileSync(join(FIXTURES, 'seed', 'update-user.md'), join(consumer, 'update-user.md'));
    expectOk(run(bin, ['import', 'graph-docs', 'update-user.md', '--out', 'spec2'], consumer), 'apiwright import graph-docs');
    expect(readdirSync(join(consumer, 'spec2')).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThan(0);
    expectOk(run(bin, ['generate', '--spec', 'spec2', '--out', 'generated-imported', '--no-cache'], consumer), 'apiwright generate --spec spec2');
  });

  it('generate --watch sees a change', async () => {
    cpSync(join(consumer, 'spec'), join(consumer, 'spec-watched'), { recursive: true });
    const child = spawn(bin, ['generate', '--watch', '--spec', 'spec-watched', '--out', 'generated-watched', '--no-cache'], { cwd: consumer, env: ENV });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const runs = () => out.split('\n').filter((l) => l.startsWith('[watch] generated')).length;
    await expect.poll(runs, { timeout: 60_000, interval: 100 }).toBe(1);
    const spec = join(consumer, 'spec-watched', 'update-user.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Unique identifier of the user.', 'Seen by the watch.'));
    await expect.poll(runs, { timeout: 60_000, interval: 100 }).toBe(2);
    expect(readFileSync(join(consumer, 'generated-watched', 'src', 'types.ts'), 'utf8'), err).toContain('Seen by the watch.');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 150_000);

  it("import { generate } from 'apiwright' works", () => {
    writeFileSync(
      join(consumer, 'use.mjs'),
      "import { generate } from 'apiwright';\nconst result = await generate({ spec: ['spec'], cache: false });\nconsole.log(JSON.stringify({ operations: result.summary.operations, files: result.files.map((f) => f.path) }));\n",
    );
    const result = run(process.execPath, ['use.mjs'], consumer);
    expectOk(result, 'node use.mjs');
    const printed = JSON.parse(result.stdout) as { operations: number; files: string[] };
    expect(printed.operations).toBe(1);
    expect(printed.files).toContain('src/types.ts');
  });
});
