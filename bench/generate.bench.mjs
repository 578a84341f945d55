// Whole-CLI generation benchmark: apiwright against its peers, in one run, on the same specs.
// The peers are installed into bench/.scratch by this script (not project dependencies).
// Prints median wall time, CPU time (user + sys) and peak RSS per tool and spec, and each
// tool's ratio to apiwright's cold run (no cache of any kind), then apiwright with a warm module
// cache and with nothing changed. BENCH_RUNS (default 5) sets the number of runs per cell;
// BENCH_SPECS (e.g. "seed,petstore") and BENCH_TOOLS limit what runs.
//
// Targets (printed as ratios, saved to bench/results/generate.json for the README's table): seed
// cold no slower than the fastest peer; GitHub cold ≤ 1.5× openapi-typescript, ≤ 600 MB peak,
// ≤ 0.8× orval (fetch + msw). With BENCH_GRAPH_DOCS=<folder of Graph v1.0's reference, with
// api/ and resources/> the whole reference is imported (`apiwright import graph-docs`) and its
// spec generated cold in the same run: ≤ 2× GitHub's cold time, ≤ 800 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveResults, target } from './results.mjs';

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
const tables = [];
const targets = [];
/** Median cold figures by spec and tool, for the targets. */
const cold = {};

function printTable(lines) {
  for (const line of lines) console.log(line);
  tables.push(lines.join('\n'));
}

/** Median of `runs` cold apiwright-or-peer runs of one command; `{ error }` when one fails. */
function coldRuns(make) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `run-${i}`);
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}.cache`, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const m = measure(make(out), scratch);
    if ('error' in m) return m;
    samples.push(m);
  }
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rssMb: median(samples.map((s) => s.rssMb)) };
}

for (const specName of specNames) {
  const spec = specs[specName];
  console.log(`\n## ${specName} (${runs} runs each, median)`);
  const lines = [`**${specName}** (${runs} run${runs === 1 ? '' : 's'} each, median)`, '', '| tool | wall s | CPU s | peak RSS MB | wall ratio to apiwright |', '| --- | ---: | ---: | ---: | ---: |'];
  let reference;
  cold[specName] = {};
  for (const tool of toolNames) {
    const m = coldRuns((out) => tools[tool](spec, out));
    if ('error' in m) {
      lines.push(`| ${tool} | failed: ${m.error.slice(0, 160).replaceAll('|', '/')} | | | |`);
      continue;
    }
    cold[specName][tool] = m;
    reference ??= m.wall;
    lines.push(`| ${tool} | ${m.wall.toFixed(2)} | ${m.cpu.toFixed(2)} | ${m.rssMb.toFixed(0)} | ${(m.wall / reference).toFixed(2)}× |`);
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
      if (ok.length > 0) lines.push(`| ${label} | ${median(ok.map((m) => m.wall)).toFixed(2)} | ${median(ok.map((m) => m.cpu)).toFixed(2)} | ${median(ok.map((m) => m.rssMb)).toFixed(0)} | ${(median(ok.map((m) => m.wall)) / reference).toFixed(2)}× |`);
    };
    // Warm module cache: the whole pipeline runs, but modules formatted and compiled before (same
    // text) are reused: what regenerating after a change elsewhere costs.
    row('apiwright, warm module cache (--no-cache)', cli(join(work, `${specName}-warm`), '--no-cache'));
    // A re-run with nothing changed (the run cache).
    row('apiwright, re-run with nothing changed', cli(join(work, `${specName}-cached`)));
  }
  printTable(lines);
}

const APIWRIGHT = 'apiwright (all outputs, cold)';
const OTS = 'openapi-typescript 7 (types)';
const ORVAL = 'orval 7.13 (fetch + msw)';
const seed = cold.seed ?? {};
if (seed[APIWRIGHT] !== undefined) {
  const peers = Object.entries(seed).filter(([tool]) => tool !== APIWRIGHT);
  const fastest = peers.length === 0 ? undefined : Math.min(...peers.map(([, m]) => m.wall));
  targets.push(target('seed cold ÷ fastest peer', fastest === undefined ? undefined : seed[APIWRIGHT].wall / fastest, { atMost: 1.0 }));
}
const github = cold.github ?? {};
if (github[APIWRIGHT] !== undefined) {
  const a = github[APIWRIGHT];
  targets.push(target('GitHub cold ÷ openapi-typescript', github[OTS] && a.wall / github[OTS].wall, { atMost: 1.5 }));
  targets.push(target('GitHub cold ÷ orval (fetch + msw)', github[ORVAL] && a.wall / github[ORVAL].wall, { atMost: 0.8 }));
  targets.push(target('GitHub cold peak RSS', a.rssMb, { atMost: 600, unit: ' MB', digits: 0 }));
}

// The whole Graph v1.0 reference, imported and generated cold (opt-in: the pages are not in the repository).
const graphDocs = process.env.BENCH_GRAPH_DOCS;
if (graphDocs !== undefined) {
  const dir = join(work, 'graph-docs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const apiwright = join(repo, 'bin', 'apiwright.js');
  const imported = measure([process.execPath, apiwright, 'import', 'graph-docs', join(graphDocs, 'api'), join(graphDocs, 'resources'), '--out', join(dir, 'spec')], dir);
  const generated = 'error' in imported ? imported : coldRuns((out) => ({ argv: [process.execPath, apiwright, 'generate', '--no-cache', '--quiet', '--spec', join(dir, 'spec'), '--out', out], env: { APIWRIGHT_CACHE_DIR: `${out}.cache` } }));
  const lines = ['**Graph v1.0 reference, imported** (all 2,102 API pages; import once, generate cold)', '', '| step | wall s | CPU s | peak RSS MB | wall ratio to GitHub cold |', '| --- | ---: | ---: | ---: | ---: |'];
  const ratio = (m) => (github[APIWRIGHT] === undefined ? '' : `${(m.wall / github[APIWRIGHT].wall).toFixed(2)}×`);
  for (const [label, m] of [['apiwright import graph-docs', imported], [APIWRIGHT, generated]]) {
    lines.push('error' in m ? `| ${label} | failed: ${m.error.slice(0, 160).replaceAll('|', '/')} | | | |` : `| ${label} | ${m.wall.toFixed(2)} | ${m.cpu.toFixed(2)} | ${m.rssMb.toFixed(0)} | ${ratio(m)} |`);
  }
  console.log('');
  printTable(lines);
  const ok = !('error' in generated);
  targets.push(target('Graph v1.0 reference cold ÷ GitHub cold', ok && github[APIWRIGHT] ? generated.wall / github[APIWRIGHT].wall : undefined, { atMost: 2 }));
  targets.push(target('Graph v1.0 reference cold peak RSS', ok ? generated.rssMb : undefined, { atMost: 800, unit: ' MB', digits: 0 }));
}
rmSync(work, { recursive: true, force: true });

const command = `BENCH_RUNS=${runs} BENCH_SPECS=${specNames.join(',')}${graphDocs === undefined ? '' : ' BENCH_GRAPH_DOCS=<Graph v1.0 reference>'} npm run bench -- generate`;
saveResults('generate', { title: 'Generation, cold, beside the peers', command, tables, targets });
