import { readConfig } from '../config.js';
import { SpecError, UsageError } from '../diagnostics.js';
import { diffSides } from './index.js';
import { locationOf, plain } from './render.js';
import { majorOf } from './semver.js';
import { gitTopLevel, isRevision, loadBase, loadSide } from './sides.js';

export interface VersionGateResult {
  /** Problems to print; empty when the version is fine. */
  problems: string[];
  /** Why the gate did not apply (no commit yet, no spec files at HEAD). */
  skipped?: string;
}

/**
 * `breakingChangesNeedMajor`: the spec files changed in a breaking way since `HEAD`, yet
 * `packageVersion`'s major is not above the one configured at `HEAD`. Used by `generate --check`.
 */
export function checkBreakingNeedsMajor(cwd: string, spec?: string[]): VersionGateResult {
  if (gitTopLevel(cwd) === undefined) throw new UsageError('breakingChangesNeedMajor compares with the committed spec files (HEAD), but this folder is not in a git repository');
  if (!isRevision('HEAD', cwd)) return { problems: [], skipped: 'no commit yet to compare with' };
  const config = readConfig(cwd);
  const inputs = spec ?? config.spec ?? ['spec'];
  const head = loadSide('working tree', inputs, cwd, config);
  let base;
  try {
    base = loadBase('HEAD', inputs, cwd);
  } catch (error) {
    if (error instanceof SpecError && error.diagnostics.every((d) => d.message.startsWith('spec path not found') || d.message.startsWith('no spec files'))) return { problems: [], skipped: 'no spec files at HEAD' };
    throw error;
  }
  const report = diffSides(base, head);
  if (report.counts.breaking === 0) return { problems: [] };
  const was = majorOf(report.base.packageVersion);
  const now = majorOf(report.head.packageVersion);
  if (was !== undefined && now !== undefined && now > was) return { problems: [] };
  const breaking = report.changes.filter((c) => c.kind === 'breaking');
  return {
    problems: [
      `${breaking.length} breaking change${breaking.length === 1 ? '' : 's'} since HEAD, but packageVersion ${report.head.packageVersion} keeps the major of ${report.base.packageVersion} (set packageVersion to ${report.nextVersion ?? 'a new major'} in apiwright.config.json):`,
      ...breaking.slice(0, 20).map((c) => plain(`  ${locationOf(c)}: ${c.message}${c.head === null ? '' : ` (${c.head.file}:${c.head.line}:${c.head.column})`}`)),
      ...(breaking.length > 20 ? [`  ... and ${breaking.length - 20} more (apiwright diff lists them all)`] : []),
    ],
  };
}
