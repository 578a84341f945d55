import { readConfig } from '../config.js';
import type { SourceRef } from '../model/ir.js';
import { CHANGE_KINDS, type Change, type ChangeKind, type Direction } from './change.js';
import { compareOperations } from './operations.js';
import { compareExportedTypes } from './types.js';
import { PositionFinder, type Position } from './positions.js';
import { bumpOf, nextVersion, type Bump } from './semver.js';
import { loadBase, loadSide, type Side } from './sides.js';

export type { Change, ChangeKind } from './change.js';

export interface DiffOptions {
  /** Folder the command runs in (config, relative paths, git repository). */
  cwd: string;
  /** A git revision or a spec folder/file (default `HEAD`). */
  base?: string;
  /** Spec folders/files of the new version (default: config `spec`, else `spec/`). */
  spec?: string[];
}

export interface ReportedChange {
  kind: ChangeKind;
  area: string;
  scope: string;
  path: string;
  directions: Direction[];
  /** For schema changes: the kind judged in each direction (`kind` is the most severe). */
  judged?: Partial<Record<Direction, ChangeKind>>;
  message: string;
  base: Position | null;
  head: Position | null;
  usedBy: string[];
}

export interface DiffReport {
  base: { label: string; packageVersion: string; operations: number; schemas: number };
  head: { label: string; packageVersion: string; operations: number; schemas: number };
  counts: Record<ChangeKind, number>;
  bump: Bump;
  /** The base's package version with the bump applied (undefined when it is not semver). */
  nextVersion?: string;
  changes: ReportedChange[];
}

/** Compare two versions of the spec files on the IR (load + model only). Throws SpecError / UsageError. */
export function diffSpecs(options: DiffOptions): DiffReport {
  const config = readConfig(options.cwd);
  const inputs = options.spec ?? config.spec ?? ['spec'];
  const head = loadSide('working tree', inputs, options.cwd, config);
  const base = loadBase(options.base ?? 'HEAD', inputs, options.cwd);
  return diffSides(base, head);
}

export function diffSides(base: Side, head: Side): DiffReport {
  const changes = merge([...compareOperations(base.model, head.model), ...compareExportedTypes(base.model, head.model)]);
  const basePositions = new PositionFinder(base.documents, base.display);
  const headPositions = new PositionFinder(head.documents, head.display);
  basePositions.prepare(changes.flatMap((c) => (c.base === undefined ? [] : [c.base])));
  headPositions.prepare(changes.flatMap((c) => (c.head === undefined ? [] : [c.head])));
  const at = (finder: PositionFinder, ref: SourceRef | undefined) => (ref === undefined ? null : finder.position(ref));
  const reported = changes.map((c) => ({ kind: c.kind, area: c.area, scope: c.scope, path: c.path, directions: c.directions, ...(c.judged === undefined ? {} : { judged: c.judged }), message: c.message, base: at(basePositions, c.base), head: at(headPositions, c.head), usedBy: [...c.usedBy].sort() }));
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, changes.filter((c) => c.kind === k).length])) as Record<ChangeKind, number>;
  const bump = bumpOf(changes);
  const next = nextVersion(base.packageVersion, bump);
  const summary = (side: Side) => ({ label: side.label, packageVersion: side.packageVersion, operations: side.model.operations.length, schemas: side.model.schemas.length });
  return { base: summary(base), head: summary(head), counts, bump, ...(next === undefined ? {} : { nextVersion: next }), changes: reported };
}

/**
 * One entry per change: a named schema reached by several operations is listed once with every
 * place that reaches it; a schema change judged in both directions is one entry with the kind of
 * each direction (`judged`) and the more severe as its kind.
 */
function merge(changes: Change[]): Change[] {
  const order = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  const byKey = new Map<string, Change>();
  for (const c of changes) {
    const key = [c.directions.length > 0 ? 'schema' : c.kind, c.area, c.scope, c.path, c.message].join('\0');
    const seen = byKey.get(key);
    const judged: Partial<Record<Direction, ChangeKind>> = {};
    for (const d of c.directions) judged[d] = c.kind;
    if (seen === undefined) {
      byKey.set(key, { ...c, directions: [...c.directions], usedBy: [...c.usedBy], ...(c.directions.length > 0 ? { judged } : {}) });
      continue;
    }
    for (const d of c.directions) {
      if (!seen.directions.includes(d)) seen.directions.push(d);
      const before = seen.judged![d];
      if (before === undefined || order(c.kind) < order(before)) seen.judged![d] = c.kind;
    }
    if (order(c.kind) < order(seen.kind)) seen.kind = c.kind;
    for (const u of c.usedBy) if (!seen.usedBy.includes(u)) seen.usedBy.push(u);
  }
  return [...byKey.values()]
    .map((c) => ({ ...c, directions: c.directions.sort(), ...(c.judged === undefined ? {} : { judged: Object.fromEntries(Object.entries(c.judged).sort(([a], [b]) => cmp(a, b))) }) }))
    .sort((a, b) => order(a.kind) - order(b.kind) || cmp(a.scope, b.scope) || cmp(a.path, b.path) || cmp(a.message, b.message));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
