import type { SourceRef } from '../model/ir.js';

/**
 * How a change affects a consumer of the generated package:
 * - `breaking`: code that compiled and worked against the old package may not (major);
 * - `feature`: something new or compatibly changed in what the package exports (minor);
 * - `fix`: documentation only — descriptions, examples, defaults, summaries (patch).
 */
export type ChangeKind = 'breaking' | 'feature' | 'fix';

export const CHANGE_KINDS: readonly ChangeKind[] = ['breaking', 'feature', 'fix'];

/** Who holds the value: the consumer writes requests and reads responses. */
export type Direction = 'request' | 'response';

export interface Change {
  kind: ChangeKind;
  /** What changed: `operation`, `parameter`, `request body`, `response`, `schema`, `permissions`, `security`, `type`. */
  area: string;
  /** The operation (`PATCH /users/{usersId}`) or the named schema (`User`) the change sits in. */
  scope: string;
  /** Where inside the scope (`.deviceEnrollmentLimit`, `request body`, `response 200`); may be empty. */
  path: string;
  /** For schema changes: which direction(s) the change was judged in. */
  directions: Direction[];
  /** For schema changes: the kind judged in each direction (`kind` is the most severe of them). */
  judged?: Partial<Record<Direction, ChangeKind>>;
  message: string;
  /** Where the changed thing stands in the base version (or its parent, when it was added). */
  base?: SourceRef;
  /** Where it stands in the new version (or its parent, when it was removed). */
  head?: SourceRef;
  /** For a change inside a named schema: the places of the operations that reach it. */
  usedBy: string[];
}

export function change(kind: ChangeKind, area: string, scope: string, path: string, message: string, base: SourceRef | undefined, head: SourceRef | undefined, directions: Direction[] = []): Change {
  return { kind, area, scope, path, directions, message, ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }), usedBy: [] };
}

/** A value that a reader may now receive, or a writer may no longer send. */
export function narrowed(direction: Direction): ChangeKind {
  return direction === 'request' ? 'breaking' : 'feature';
}

/** A value that a writer may now send, or a reader may now receive. */
export function widened(direction: Direction): ChangeKind {
  return direction === 'request' ? 'feature' : 'breaking';
}
