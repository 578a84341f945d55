// Microsoft Graph at scale: Graph v1.0's OData metadata (bench/inputs/graph-v1.0/, MIT) converted
// to OpenAPI by the npm package odata-openapi (installed into bench/.scratch/graph by this script,
// not a project dependency), then generated cold by apiwright at about a quarter, half and all of
// its operations (the same spec, cut with include filters), beside openapi-typescript on the
// whole spec, and with the filter `/deviceManagement/**`. Prints wall time, CPU, peak RSS, time
// per operation and the ratios the Graph-scale targets are stated in.
//
// GRAPH_LEVELS (default "2"; "2,3" for both conversions), BENCH_RUNS (default 1),
// BENCH_TIMEOUT seconds per run (default 900).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveResults, target } from './results.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(repo, 'bench', '.scratch', 'graph');
const csdl = join(repo, 'bench', 'inputs', 'graph-v1.0', 'v1.0.csdl');
const runs = Number(process.env.BENCH_RUNS ?? 1);
const timeoutMs = Number(process.env.BENCH_TIMEOUT ?? 900) * 1000;
const TOOLS = { 'odata-openapi': '0.29.0', 'openapi-typescript': '7.9.1' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function install() {
  const pkgPath = join(scratch, 'package.json');
  const wanted = JSON.stringify({ name: 'apiwright-bench-graph', private: true, type: 'module', dependencies: TOOLS }, null, 2);
  if (existsSync(pkgPath) && readFileSync(pkgPath, 'utf8') === wanted && existsSync(join(scratch, 'node_modules', '.bin', 'odata-openapi3'))) return;
  mkdirSync(scratch, { recursive: true });
  writeFileSync(pkgPath, wanted);
  console.log('installing odata-openapi and openapi-typescript into bench/.scratch/graph …');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install failed');
}

// Graph v1.0 as OpenAPI 3.0.3 with paths of at most `levels` segments (converted once, kept in scratch).
function convert(levels) {
  const target = join(scratch, `graph-v1.0-levels${levels}.json`);
  if (existsSync(target)) return target;
  const r = spawnSync(join(scratch, 'node_modules', '.bin', 'odata-openapi3'), ['--levels', String(levels), '-o', '3.0.3', '--host', 'graph.microsoft.com', '--basePath', '/v1.0', '--scheme', 'https', '-t', target, csdl], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('odata-openapi3 failed');
  return target;
}

// Include patterns that keep about `fraction` of the operations: whole top-level resources
// (`/users*/**` keeps `/users`, `/users('{id}')` and everything below), in name order.
function includeFor(spec, fraction) {
  const counts = new Map();
  let total = 0;
  for (const [path, item] of Object.entries(spec.paths)) {
    const n = Object.keys(item).filter((k) => METHODS.includes(k)).length;
    const base = path.split('/')[1].replace(/\(.*$/, '');
    counts.set(base, (counts.get(base) ?? 0) + n);
    total += n;
  }
  const patterns = [];
  let kept = 0;
  for (const [base, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (kept >= fraction * total) break;
    patterns.push(`/${base}*/**`);
    kept += n;
  }
  return { patterns, kept, total };
}

function measure(argv, cwd, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') return { error: `killed after ${timeoutMs / 1000} s` };
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, user, sys, rss] = last.split(' ').map(Number);
  if (r.status !== 0 || Number.isNaN(wall)) return { error: `exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').filter((l) => !l.startsWith('Command exited')).slice(-2).join(' / ').replaceAll('|', '/').slice(0, 200)}` };
  const kept = /from (\d+) of (\d+) operations/.exec(r.stdout) ?? /from (\d+) operations/.exec(r.stdout);
  const reached = /the (\d+) of \d+ schemas/.exec(r.stdout) ?? /and (\d+) schemas/.exec(r.stdout);
  return { wall, cpu: user + sys, rssMb: rss / 1024, operations: kept === null ? undefined : Number(kept[1]), schemas: reached === null ? undefined : Number(reached[1]) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function repeat(make) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const m = make(i);
    if ('error' in m) return m;
    samples.push(m);
  }
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rssMb: median(samples.map((s) => s.rssMb)), operations: samples[0].operations, schemas: samples[0].schemas };
}

install();
const work = join(repo, 'bench', '.scratch', 'graph-out');
const tables = [];
const targets = [];
const notes = [];
const LIMITS = { 2: { ratio: 2, rssMb: 1500 }, 3: { ratio: 3, rssMb: 3000 } };
for (const levels of (process.env.GRAPH_LEVELS ?? '2').split(',').map(Number)) {
  const specPath = convert(levels);
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  const ts = repeat(() => measure([join(scratch, 'node_modules', '.bin', 'openapi-typescript'), specPath, '-o', join(work, 'ot.ts')], scratch));
  const heading = `Graph v1.0, odata-openapi --levels ${levels} (${runs} run${runs === 1 ? '' : 's'} each, median; apiwright cold: no cache)`;
  console.log(`\n## ${heading}`);
  const lines = [`**${heading}**`, '', '| run | operations | schemas reached | wall s | CPU s | peak RSS MB | ms per operation | ms per operation + schema | wall ÷ openapi-typescript (whole spec) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const print = (line) => (console.log(line), lines.push(line));
  for (const line of lines.slice(2)) console.log(line);
  const row = (label, m) => {
    if ('error' in m) return print(`| ${label} | | | ${m.error} | | | | | |`), undefined;
    const perOp = m.operations === undefined ? '' : ((m.wall * 1000) / m.operations).toFixed(2);
    const perUnit = m.operations === undefined || m.schemas === undefined ? '' : ((m.wall * 1000) / (m.operations + m.schemas)).toFixed(2);
    const ratio = 'error' in ts ? '' : `${(m.wall / ts.wall).toFixed(2)}×`;
    print(`| ${label} | ${m.operations ?? ''} | ${m.schemas ?? ''} | ${m.wall.toFixed(2)} | ${m.cpu.toFixed(2)} | ${m.rssMb.toFixed(0)} | ${perOp} | ${perUnit} | ${ratio} |`);
    return m;
  };
  const measured = {};
  row('openapi-typescript 7 (types), whole spec', ts);
  const perOp = [];
  const perUnit = [];
  const cuts = [
    ['apiwright, about ¼ of the operations', includeFor(spec, 0.25).patterns],
    ['apiwright, about ½ of the operations', includeFor(spec, 0.5).patterns],
    ['apiwright, all operations', []],
    ['apiwright, include /deviceManagement/**', ['/deviceManagement/**']],
  ];
  for (const [label, include] of cuts) {
    const m = repeat((i) => {
      const dir = join(work, `l${levels}-${i}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'apiwright.config.json'), JSON.stringify({ spec: [specPath], out: 'out', include }));
      return measure([process.execPath, join(repo, 'bin', 'apiwright.js'), 'generate', '--no-cache'], dir, { APIWRIGHT_CACHE_DIR: join(dir, '.cache') });
    });
    const done = row(label, m);
    measured[label] = done;
    if (done !== undefined && !label.includes('deviceManagement') && m.operations) perOp.push(m.wall / m.operations);
    if (done !== undefined && !label.includes('deviceManagement') && m.operations && m.schemas) perUnit.push(m.wall / (m.operations + m.schemas));
  }
  tables.push(lines.join('\n'));
  const all = measured['apiwright, all operations'];
  const limits = LIMITS[levels];
  if (limits !== undefined) {
    targets.push(target(`levels ${levels}, all operations ÷ openapi-typescript`, all && !('error' in ts) ? all.wall / ts.wall : undefined, { atMost: limits.ratio }));
    targets.push(target(`levels ${levels}, all operations peak RSS`, all?.rssMb, { atMost: limits.rssMb, unit: ' MB', digits: 0 }));
  }
  if (levels === 2) {
    targets.push(target('levels 2, time per operation, largest ÷ smallest of ¼, ½, all', perOp.length === 3 ? Math.max(...perOp) / Math.min(...perOp) : undefined, { atMost: 1.5 }));
    // A filter keeps the operations it picks but most of Graph's densely linked schemas (a quarter
    // of the operations reaches about three quarters of them): the cost per operation and schema
    // shows whether the cost grows with the spec.
    if (perUnit.length === 3) {
      const note = `levels 2, time per operation + schema reached, largest ÷ smallest of ¼, ½, all: ${(Math.max(...perUnit) / Math.min(...perUnit)).toFixed(2)}×`;
      console.log(note);
      notes.push(note);
    }
    targets.push(target('levels 2, include /deviceManagement/**, wall', measured['apiwright, include /deviceManagement/**']?.wall, { atMost: 10, unit: ' s', digits: 1 }));
  }
}
rmSync(work, { recursive: true, force: true });
saveResults('graph-scale', {
  title: 'Microsoft Graph at scale',
  command: `GRAPH_LEVELS=${process.env.GRAPH_LEVELS ?? '2'} BENCH_RUNS=${runs} npm run bench -- graph`,
  tables,
  targets,
  notes,
});
