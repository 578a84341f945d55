import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockCli, type RunningMock } from '../helpers/mock-cli.js';
import { generatePackage, type GeneratedPackage } from '../mocks/mock-package.js';

// A browser app developing against `apiwright mock`: a page served from one origin bundles the
// generated client, pages through the mock's collection on another origin with `.items()` and
// patches an item (a CORS preflight, then the PATCH). Headless Chromium from Debian's `chromium`
// package (`.ci/run` installs it); without it the test is skipped with the reason printed.

const CHROMIUM = [process.env.APIWRIGHT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
if (CHROMIUM === undefined) console.warn('browser test skipped: no Chromium found (install Debian\'s chromium package, or set APIWRIGHT_CHROMIUM)');

const SPEC = 'test/fixtures/specs/odata';

const APP = `
import { createClient } from './dist/index.js';

globalThis.runDemo = async (baseUrl) => {
  const devices = createClient({ baseUrl }).deviceManagement.managedDevices;
  const seen = [];
  for await (const device of devices.get.items({ query: { $top: 4, $select: ['id', 'deviceName'] } })) seen.push(device);
  const patched = await devices.byManagedDeviceId(seen[2].id).patch({ deviceName: 'renamed in the browser' });
  const again = await devices.byManagedDeviceId(seen[2].id).get({ query: { $select: ['deviceName'] } });
  return { count: seen.length, ids: seen.map((d) => d.id), keys: Object.keys(seen[0]).sort(), patched: patched.deviceName, again: again.deviceName };
};
`;

describe.skipIf(CHROMIUM === undefined)('the generated client in headless Chromium against apiwright mock', () => {
  let pkg: GeneratedPackage;
  let mock: RunningMock;
  let site: Server;
  let siteUrl = '';
  let context: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'apiwright-chromium-'));

  beforeAll(async () => {
    pkg = await generatePackage([SPEC]);
    writeFileSync(join(pkg.dir, 'app.js'), APP);
    const bundle = await build({ entryPoints: [join(pkg.dir, 'app.js')], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    const script = bundle.outputFiles[0]!.text;
    site = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title><script type="module" src="/app.js"></script>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}/`;
    mock = await startMockCli(['--spec', SPEC]);
    for (let i = 0; i < 9; i++) {
      const created = await fetch(`${mock.url}/deviceManagement/managedDevices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceName: `device ${i}`, operatingSystem: 'iOS' }) });
      expect(created.status).toBe(201);
      await created.arrayBuffer();
    }
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await mock?.stop();
    await new Promise((resolve) => site?.close(resolve));
    pkg?.remove();
    rmSync(profile, { recursive: true, force: true });
  });

  it('pages through the collection with .items() and patches an item across origins', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl);
    await page.waitForFunction(() => typeof (globalThis as { runDemo?: unknown }).runDemo === 'function');
    const result = await page.evaluate(async (base) => (globalThis as unknown as { runDemo(b: string): Promise<unknown> }).runDemo(base), mock.url);
    expect(errors).toEqual([]);
    expect(result).toMatchObject({ count: 9, keys: ['deviceName', 'id'], patched: 'renamed in the browser', again: 'renamed in the browser' });
    expect(new Set((result as { ids: string[] }).ids).size).toBe(9);
    expect(new URL(siteUrl).origin).not.toBe(new URL(mock.url).origin);
    // Three pages of $top=4, a preflight for the PATCH, the PATCH and the GET.
    const log = mock.stdout().split('\n');
    expect(log.filter((l) => l.startsWith('GET /v1.0/deviceManagement/managedDevices?')).length).toBe(3);
    expect(log.some((l) => /^OPTIONS \/v1\.0\/deviceManagement\/managedDevices\/\S+ 204 /.test(l))).toBe(true);
    expect(log.some((l) => /^PATCH \/v1\.0\/deviceManagement\/managedDevices\/\S+ 200 /.test(l))).toBe(true);
  }, 120_000);
});
