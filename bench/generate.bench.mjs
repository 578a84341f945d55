// Whole-CLI generation benchmark: apiwright against its peers, in one run, on the same specs.
// The peers are installed into bench/.scratch by this script (not project dependencies).
// Prints median wall time, CPU time (user + sys) and peak RSS per tool and spec, and each
// tool's ratio to apiwright's cold run (no cache of any kind), then apiwright with a warm module
// cache and with nothing changed. BENCH_RUNS (default 5) sets the number of runs per cell;
// BENCH_SPECS (e.g. "seed,petstore") and BENCH_TOOLS limit what runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(repo, 'bench', '.scratch', 'peers');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const PEERS = { 'openapi-typescript': '7.9.1', orval: '7.13.2', '@hey-api/openapi-ts': '0.95.0', zod: '^4' };

function installPeers() {
  const pkgPath = join(scratch, 'package.json');
  const wanted = JSON.stringify({ name: 'apiwright-bench-peers', private: true, type: 'module', dependencies: PEERS }, null, 2);
  if (existsSync(pkgPath) && readFileSync(pkgPath, 'utf8') === wanted && existsSync(join(scratch, 'node_modules', '.bin', 'orval'))) return;
  mkdirSync(scratch, { recursive: true });
  writeFileSync(pkgPath, wanted);
  console.log('installing peers into bench/.scratch/peers …');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install of the peers failed');
}

const specs = {
  seed: join(repo, 'spec', 'update-user.yaml'),
  petstore: join(repo, 'node_modules', '@readme', 'oas-examples', '3.0', 'json', 'petstore.json'),
  github: join(repo, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json'),
};

const bin = (name) => join(scratch, 'node_modules', '.bin', name);
/** Each tool: a command line producing its outputs for one spec file into `out`. */
const tools = {
  // Cold: a cache folder of its own for every run, so nothing formatted or compiled before is reused.
  'apiwright (all outputs, cold)': (spec, out) => ({
    argv: [process.execPath, join(repo, 'bin', 'apiwright.js'), 'generate', '--no-cache', '--quiet', '--spec', spec, '--out', out],
    env: { APIWRIGHT_CACHE_DIR: `${out}.cache` },
  }),
  'openapi-typescript 7 (types)': (spec, out) => [bin('openapi-typescript'), spec, '-o', join(out, 'schema.ts')],
  'orval 7.13 (fetch + msw)': (spec, out) => [bin('orval'), '--input', spec, '--output', join(out, 'api.ts'), '--client', 'fetch', '--mock'],
  'orval 7.13 (zod)': (spec, out) => [bin('orval'), '--input', spec, '--output', join(out, 'api.ts'), '--client', 'zod'],
  'hey-api 0.95 (sdk + zod)': (spec, out) => [bin('openapi-ts'), '-i', spec, '-o', out, '-p', '@hey-api/sdk', 'zod'],
};

/** One measured run through GNU time: wall seconds, CPU seconds, peak RSS in MB. */
function measure(command, cwd) {
  const { argv, env = {} } = Array.isArray(command) ? { argv: command } : command;
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, user, sys, rss] = last.split(' ').map(Number);
  if (r.status !== 0 || wall === undefined || Number.isNaN(wall)) return { error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ') };
  return { wall, cpu: user + sys, rssMb: rss / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

installPeers();
const specNames = (process.env.BENCH_SPECS ?? 'seed,petstore,github').split(',');
const toolNames = Object.keys(tools).filter((t) => !process.env.BENCH_TOOLS || process.env.BENCH_TOOLS.split(',').some((w) => t.includes(w)));
const work = join(repo, 'bench', '.scratch', 'out');
for (const specName of specNames) {
  const spec = specs[specName];
  console.log(`\n## ${specName} (${runs} runs each, median)`);
  console.log('| tool | wall s | CPU s | peak RSS MB | wall ratio to apiwright |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let reference;
  for (const tool of toolNames) {
    const samples = [];
    let error;
    for (let i = 0; i < runs && error === undefined; i++) {
      const out = join(work, `${specName}-${i}`);
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}.cache`, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const m = measure(tools[tool](spec, out), scratch);
      if ('error' in m) error = m.error;
      else samples.push(m);
    }
    if (error !== undefined) {
      console.log(`| ${tool} | failed: ${error.slice(0, 160)} | | | |`);
      continue;
    }
    const wall = median(samples.map((s) => s.wall));
    const cpu = median(samples.map((s) => s.cpu));
    const rss = median(samples.map((s) => s.rssMb));
    reference ??= wall;
    console.log(`| ${tool} | ${wall.toFixed(2)} | ${cpu.toFixed(2)} | ${rss.toFixed(0)} | ${(wall / reference).toFixed(2)}× |`);
  }
  if (toolNames[0]?.startsWith('apiwright')) {
    const cacheDir = join(work, `${specName}-cache`);
    rmSync(cacheDir, { recursive: true, force: true });
    const cli = (out, ...flags) => ({ argv: [process.execPath, join(repo, 'bin', 'apiwright.js'), 'generate', '--quiet', ...flags, '--spec', spec, '--out', out], env: { APIWRIGHT_CACHE_DIR: cacheDir } });
    const row = (label, command) => {
      measure(command, repo); // fills the caches
      const ok = [];
      for (let i = 0; i < runs; i++) {
        const m = measure(command, repo);
        if (!('error' in m)) ok.push(m);
      }
      if (ok.length > 0) console.log(`| ${label} | ${median(ok.map((m) => m.wall)).toFixed(2)} | ${median(ok.map((m) => m.cpu)).toFixed(2)} | ${median(ok.map((m) => m.rssMb)).toFixed(0)} | ${(median(ok.map((m) => m.wall)) / reference).toFixed(2)}× |`);
    };
    // Warm module cache: the whole pipeline runs, but modules formatted and compiled before (same
    // text) are reused: what regenerating after a change elsewhere costs.
    row('apiwright, warm module cache (--no-cache)', cli(join(work, `${specName}-warm`), '--no-cache'));
    // A re-run with nothing changed (the run cache).
    row('apiwright, re-run with nothing changed', cli(join(work, `${specName}-cached`)));
  }
}
rmSync(work, { recursive: true, force: true });
