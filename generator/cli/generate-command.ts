import { relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics.js';
import { readConfig } from '../config.js';
import { generateToDisk } from '../index.js';
import { flagValue, flagValues, parseArgs, UsageError } from './args.js';
import { watchAndGenerate } from './watch.js';
import { ProgressBar } from './progress.js';
import type { CommandIO } from './command-io.js';
import { FLAVOUR_SETTINGS, type FlavourSetting } from '../model/flavour.js';

export const GENERATE_HELP = `apiwright generate [--spec <dir|file>...] [--out <dir>] [--templates <dir>] [--include <pattern>...] [--exclude <pattern>...] [--flavour graph|plain|auto] [--outputs <kinds>] [--check] [--typecheck] [--quiet]

  Regenerate the package in --out (default generated/) from the spec files (default spec/).
  Options can also come from apiwright.config.json.

  --spec <path>       spec folder or file; repeat for more (default: spec/)
  --out <dir>         output folder (default: generated/)
  --templates <dir>   folder of templates that override the built-in ones by file name
  --include <pattern> generate only the operations a pattern picks, and the schemas they reach;
                      repeatable. A pattern is a path glob ("/deviceManagement/**", "GET /users/*"),
                      "tag:<glob>" or "operationId:<glob>"
  --exclude <pattern> leave out the operations a pattern picks (wins over --include); repeatable
  --flavour <f>       graph, plain or auto (default): which service conventions the package
                      carries (auto: graph for a Microsoft Graph server URL; see the README)
  --outputs <kinds>   the output kinds to emit, comma-separated: types, validators, permissions,
                      client, mocks (default: all); the kinds they need come along (validators
                      and client need types; mocks need permissions and validators)
  --check             write nothing; exit 1 listing stale, missing and extra files
  --watch             regenerate when a spec file or template changes; errors keep the last good output
  --typecheck         also type-check the whole generated package (always on with --templates;
                      off otherwise: apiwright's own templates are type-checked by its test suite)
  --no-typecheck      do not, even with --templates
  --quiet             print errors only
  --no-cache          do not reuse the output of an identical earlier run
  --breaking-needs-major
                      with --check: also exit 1 when the spec change since HEAD is breaking
                      (apiwright diff) but packageVersion's major is not above HEAD's
                      (config: "breakingChangesNeedMajor": true)

Exit codes: 0 ok, 1 --check found differences (or an unannounced breaking change), 2 usage or spec error.`;

export async function generateCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { spec: { value: true, repeat: true }, out: { value: true }, templates: { value: true }, flavour: { value: true }, outputs: { value: true, repeat: true }, include: { value: true, repeat: true }, exclude: { value: true, repeat: true }, check: {}, watch: {}, quiet: {}, 'no-cache': {}, typecheck: {}, 'no-typecheck': {}, 'breaking-needs-major': {}, help: {} });
  if (args.flags.has('help')) {
    io.out(GENERATE_HELP);
    return 0;
  }
  if (args.positionals.length > 0) {
    io.err(`apiwright generate: unexpected argument ${args.positionals[0]} (spec paths go after --spec)`);
    return 2;
  }
  const check = args.flags.has('check');
  const quiet = args.flags.has('quiet');
  const spec = flagValues(args, 'spec');
  const out = flagValue(args, 'out');
  const templates = flagValue(args, 'templates');
  const include = flagValues(args, 'include');
  const exclude = flagValues(args, 'exclude');
  const flavour = flagValue(args, 'flavour');
  const outputs = flagValues(args, 'outputs')?.flatMap((list) => list.split(',').map((kind) => kind.trim()));
  if (outputs !== undefined && outputs.some((kind) => kind === '')) throw new UsageError('--outputs takes output kinds separated by commas (e.g. --outputs types,validators)');
  if (flavour !== undefined && !(FLAVOUR_SETTINGS as readonly string[]).includes(flavour)) throw new UsageError(`--flavour must be one of ${FLAVOUR_SETTINGS.join(', ')} (got "${flavour}")`);
  const options = {
    cwd: io.cwd,
    ...(args.flags.has('no-cache') ? { cache: false } : {}),
    ...(args.flags.has('typecheck') ? { typecheck: true } : args.flags.has('no-typecheck') ? { typecheck: false } : {}),
    ...(spec === undefined ? {} : { spec }),
    ...(out === undefined ? {} : { out }),
    ...(templates === undefined ? {} : { templates }),
    ...(include === undefined ? {} : { include }),
    ...(exclude === undefined ? {} : { exclude }),
    ...(flavour === undefined ? {} : { flavour: flavour as FlavourSetting }),
    ...(outputs === undefined ? {} : { outputs }),
  };
  if (args.flags.has('breaking-needs-major') && !check) throw new UsageError('--breaking-needs-major goes with --check');
  if (args.flags.has('watch')) {
    if (check) throw new UsageError('--watch and --check cannot be combined');
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await watchAndGenerate(options, io, io.signal ?? stop.signal);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  }
  const started = performance.now();
  const bar = new ProgressBar(process.stderr, !quiet && process.stderr.isTTY === true && !process.env.CI);
  let result;
  try {
    result = await generateToDisk({ ...options, check, onProgress: bar.update });
  } finally {
    bar.done();
  }
  for (const warning of result.warnings) io.err(formatDiagnostic(warning));
  const outName = relative(io.cwd, result.out) || '.';
  if (check) {
    const gate = args.flags.has('breaking-needs-major') || readConfig(io.cwd).breakingChangesNeedMajor === true ? (await import('../diff/version-gate.js')).checkBreakingNeedsMajor(io.cwd, spec) : undefined;
    for (const line of gate?.problems ?? []) io.err(line);
    const diff = result.diff!;
    const problems = [...diff.stale.map((f) => `stale:   ${outName}/${f}`), ...diff.missing.map((f) => `missing: ${outName}/${f}`), ...diff.extra.map((f) => `extra:   ${outName}/${f}`)];
    if (problems.length > 0) {
      io.err(`apiwright generate --check: ${outName}/ is out of date (run \`npm run generate\`):`);
      for (const line of problems) io.err(`  ${line}`);
      return 1;
    }
    if (gate !== undefined && gate.problems.length > 0) return 1;
    if (!quiet) io.out(`${outName}/ is up to date (${(result.fileHashes ?? result.files).length} files)`);
    return 0;
  }
  if (!quiet) {
    const ms = Math.round(performance.now() - started);
    const kept = result.summary.filter;
    const from = kept === undefined ? `${result.summary.operations} operations and ${result.summary.schemas} schemas` : `${kept.operations.kept} of ${kept.operations.total} operations and the ${kept.schemas.kept} of ${kept.schemas.total} schemas they reach (include/exclude filter)`;
    io.out(`generated ${(result.fileHashes ?? result.files).length} files in ${outName}/ from ${from} (${ms} ms${result.cached ? ', unchanged inputs: reused the cached output' : ''})`);
  }
  return 0;
}
