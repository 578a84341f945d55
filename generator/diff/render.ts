import { markdownCode, markdownText } from '../render/markdown.js';
import type { ChangeKind } from './change.js';
import type { DiffReport, ReportedChange } from './index.js';
import type { Position } from './positions.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'markdown'];

export function renderReport(report: DiffReport, format: DiffFormat): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  if (format === 'markdown') return renderMarkdown(report);
  return renderText(report);
}

/** `User.deviceEnrollmentLimit`, `PATCH /users/{usersId} query parameter top`. */
export function locationOf(c: Pick<ReportedChange, 'scope' | 'path'>): string {
  if (c.path === '') return c.scope;
  return /^[.[{]/.test(c.path) ? `${c.scope}${c.path}` : `${c.scope} ${c.path}`;
}

function where(p: Position | null): string {
  return p === null ? '—' : `${p.file}:${p.line}:${p.column}`;
}

/** `request` or `request, response`; with the kind of each when they differ (`request: breaking, response: feature`). */
function judgement(c: ReportedChange): string {
  const kinds = c.directions.map((d) => c.judged?.[d] ?? c.kind);
  return kinds.every((k) => k === c.kind) ? c.directions.join(', ') : c.directions.map((d, i) => `${d}: ${kinds[i]}`).join(', ');
}

const HEADINGS: Record<ChangeKind, string> = { breaking: 'Breaking changes', feature: 'Features', fix: 'Fixes' };

function verdict(report: DiffReport): string {
  const { counts } = report;
  const tally = `${counts.breaking} breaking, ${counts.feature} feature${counts.feature === 1 ? '' : 's'}, ${counts.fix} fix${counts.fix === 1 ? '' : 'es'}`;
  if (report.bump === 'none') return `no change that matters to consumers: packageVersion ${report.base.packageVersion} can stay`;
  return `${tally}: a ${report.bump} release, packageVersion ${report.base.packageVersion} → ${report.nextVersion ?? `(not semver: bump the ${report.bump} part)`}`;
}

/** Spec strings in a terminal: control characters (escape sequences, line breaks) shown escaped. */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function renderText(report: DiffReport): string {
  const lines = [`apiwright diff: ${plain(report.base.label)} → ${plain(report.head.label)}`, verdict(report)];
  for (const kind of ['breaking', 'feature', 'fix'] as const) {
    const changes = report.changes.filter((c) => c.kind === kind);
    if (changes.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${changes.length}):`);
    for (const c of changes) {
      const directions = c.directions.length > 0 ? ` [${judgement(c)}]` : '';
      lines.push(`  ${kind}: ${plain(locationOf(c))}${directions}: ${plain(c.message)}`);
      lines.push(`      ${plain(where(c.head))} (was ${plain(where(c.base))} in ${plain(report.base.label)})`);
      if (c.usedBy.length > 0) lines.push(`      reached from ${plain(c.usedBy.slice(0, 3).join('; '))}${c.usedBy.length > 3 ? ` and ${c.usedBy.length - 3} more` : ''}`);
    }
  }
  return lines.join('\n');
}

/** A CHANGELOG section for the next version of the generated package. */
function renderMarkdown(report: DiffReport): string {
  const lines = [`## ${markdownText(report.bump === 'none' ? report.base.packageVersion : (report.nextVersion ?? 'Unreleased'))}`, '', markdownText(verdict(report)) + '.'];
  for (const kind of ['breaking', 'feature', 'fix'] as const) {
    const changes = report.changes.filter((c) => c.kind === kind);
    if (changes.length === 0) continue;
    lines.push('', `### ${HEADINGS[kind]}`, '');
    for (const c of changes) {
      const directions = c.directions.length > 0 ? ` (${judgement(c)})` : '';
      const reached = c.usedBy.length > 0 ? `; reached from ${c.usedBy.length === 1 ? markdownText(c.usedBy[0]!) : `${c.usedBy.length} places`}` : '';
      lines.push(`- ${markdownCode(locationOf(c))}${directions}: ${markdownText(c.message)} (${markdownCode(where(c.head))}, was ${markdownCode(where(c.base))})${reached}`);
    }
  }
  return lines.join('\n');
}
