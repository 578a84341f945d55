import { flagValue, flagValues, parseArgs, UsageError } from './args.js';
import type { CommandIO } from './command-io.js';
import { CHANGE_KINDS, type ChangeKind } from '../diff/change.js';
import { diffSpecs } from '../diff/index.js';
import { DIFF_FORMATS, renderReport, type DiffFormat } from '../diff/render.js';

export const DIFF_HELP = `apiwright diff [--base <git-ref | spec-dir>] [--spec <dir|file>...] [--format text|json|markdown] [--fail-on breaking]

  Compare two versions of the spec files and report every change that matters to a consumer of
  the generated package, classified breaking (major), feature (minor) or fix (patch), with both
  file:line:col positions and the version bump it implies for packageVersion.

  --base <ref|dir>    the old version: a spec folder/file (a path that exists), else a git
                      revision whose committed spec files are read (default: HEAD)
  --spec <path>       the new version's spec folder or file; repeat for more
                      (default: spec from apiwright.config.json, else spec/)
  --format <f>        text (default), json (for tools) or markdown (a CHANGELOG section)
  --fail-on <kind>    exit 1 when a change of this kind or a more severe one is found:
                      breaking, feature or fix

Exit codes: 0 no failing change, 1 a change --fail-on names, 2 usage or spec error.`;

export async function diffCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { base: { value: true }, spec: { value: true, repeat: true }, format: { value: true }, 'fail-on': { value: true }, help: {} });
  if (args.flags.has('help')) {
    io.out(DIFF_HELP);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]} (the old version goes after --base, spec paths after --spec)`);
  const format = (flagValue(args, 'format') ?? 'text') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  const failOn = flagValue(args, 'fail-on') as ChangeKind | undefined;
  if (failOn !== undefined && !CHANGE_KINDS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${CHANGE_KINDS.join(', ')} (got ${JSON.stringify(failOn)})`);
  const spec = flagValues(args, 'spec');
  const base = flagValue(args, 'base');
  const report = diffSpecs({ cwd: io.cwd, ...(base === undefined ? {} : { base }), ...(spec === undefined ? {} : { spec }) });
  io.out(renderReport(report, format));
  if (failOn === undefined) return 0;
  const severe = CHANGE_KINDS.slice(0, CHANGE_KINDS.indexOf(failOn) + 1);
  return report.changes.some((c) => severe.includes(c.kind)) ? 1 : 0;
}
