import type { SchemaNode } from '../../model/ir.js';
import { condition, ifThen, line, type Block, type Condition, type If, type Line, type Statement } from '../../render/code-tree.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { View } from '../types/type-expression.js';
import type { IssueCode } from './issue-messages.js';
import type { ModuleConstants } from './module-constants.js';

/**
 * What the check writers share: the checker's modes, the value being checked, and the writer's
 * interface (`Checks`, implemented by `CheckWriter` in `check-writer.ts`), so each keyword family
 * depends on this module only.
 *
 * The two shapes of generated checker:
 * - `fast` (`is$X(v, d)`): returns false at the first failure, allocates nothing. Also used
 *   inside the other mode wherever only a yes/no is needed (branches of anyOf/oneOf/not).
 * - `report` (`check$X(v, p, s, d)`): adds every issue (path, code, message) to `s` and returns it.
 *   `s` starts undefined: the first issue creates the array (growing an empty array costs more
 *   than the rest of a typical report), so a valid value allocates nothing and `validateX` needs
 *   one pass, about as cheap as `isX`. Each check is written once per mode: report mode does not
 *   repeat the fast checks of what it reports on (only calls to other checkers ask the fast one
 *   first).
 */
export type Mode = 'fast' | 'report';

/** How failure is handled where code is being written. */
export type Frame =
  | {
      mode: 'fast';
      /** The statement that gives up (`return false;`, or `break b3;` inside a branch). */
      fail: Line | Block;
    }
  | { mode: 'report' };

export const FAST_FAIL: Frame = { mode: 'fast', fail: line('return false;') };
export const REPORT: Frame = { mode: 'report' };

/**
 * Report mode: `report` (a `report…(s, …)` call, which returns the issues) adds an issue, and the
 * checker returns at once when the issues reach the call's limit (`issueLimit`: `maxIssues`, at
 * most `MAX_ISSUES`). Every place that adds issues is one of these or a `reportingCall`, so a
 * check stops exactly at the limit, without an exception, and a huge invalid value costs no more
 * than its first issues.
 */
export function stopWhenFull(report: string): Line {
  return line(`if ((s = ${report}).length >= issueLimit) return s;`);
}

/**
 * Report mode: when `test` holds, `call` (of another reporting checker, which may return no
 * issues), returning when the issues are full (see `stopWhenFull`). The call stays in a statement
 * of its own, so merging `test` with other conditions never moves them after it.
 */
export function reportingCall(test: Condition, call: string): If {
  return ifThen(test, line(`if (full(s = ${call})) return s;`));
}

/** One step of an issue path in generated code: a JS expression, and its value when fixed. */
export interface PathSegment {
  code: string;
  known?: string | number;
}

/** A segment known when generating: a property name or an index. */
export function fixedSegment(key: string | number): PathSegment {
  return { code: typeof key === 'number' ? String(key) : stringLiteral(key), known: key };
}

/** The value being checked, as generated code sees it. */
export interface Value {
  /** A local identifier holding the value. */
  name: string;
  /** Path from the checker's own path `p` down to this value. */
  path: readonly PathSegment[];
  /** What the code written so far has established about the value's kind (`value-kinds.ts`). */
  kinds: number;
}

/** Generated statements, and the kinds the value is known to have once they ran through. */
export interface Written {
  code: readonly Statement[];
  kinds: number;
}

/** The names of a schema's two checkers (`is$User`, `check$User`). */
export interface Checkers {
  fast: string;
  report: string;
}

/** The module-level checker functions of a named schema in a view (`is$User`, `check$User`). */
export interface CheckerNames {
  of(ref: string, view: View): Checkers | undefined;
  /**
   * Checkers of their own for a large anonymous schema (identical ones share them), so a deeply
   * nested inline schema is written once, not once per level it is nested in. Undefined: inline it.
   */
  hoisted?(schema: SchemaNode, view: View): Checkers | undefined;
}

/** The writer, as the keyword families (`*-checks.ts`) use it. */
export interface Checks {
  readonly view: View;
  readonly checkers: CheckerNames;
  readonly constants: ModuleConstants;
  /** A fresh local name for the function being written (`x3`, `o4`, `b5`). */
  local(prefix: string): string;
  /** The value one step down: a property or an item, held in a new local. */
  below(parent: Value, name: string, segment: PathSegment): Value;
  /** Statements checking `value` against `node`. */
  node(node: SchemaNode, value: Value, frame: Frame): Written;
  /** A property, item or map value's checks (see `CheckWriter.child`). */
  child(schema: SchemaNode, item: Value, frame: Frame, confirm?: string): readonly Statement[];
  /** `statements`, run only when `value` matches none of `nodes`. */
  unlessAnyMatches(nodes: readonly SchemaNode[], value: Value, statements: readonly Statement[]): readonly Statement[];
  /** `statement`, run only when `value` matches `node`. */
  ifMatches(node: SchemaNode, value: Value, statement: Statement): readonly Statement[];
  /** The statement for a failed check. */
  fail(frame: Frame, value: Value, code: IssueCode, message: string, extraPath?: readonly PathSegment[]): Line | Block;
  /** `fail` with a message computed at run time. */
  failWith(frame: Frame, value: Value, code: IssueCode, messageExpression: string, extraPath?: readonly PathSegment[], fixedMessage?: string): Line | Block;
  /** The path argument for a checker called on `value`. */
  childPath(value: Value): string;
}

/** A call to a checker when its fast one says no: give up (fast), or report (report). */
export function checkerCall(checks: Checks, checker: Checkers, value: Value, frame: Frame): Statement {
  const failed = condition(`!${checker.fast}(${value.name}, d + 1)`);
  if (frame.mode === 'fast') return ifThen(failed, frame.fail);
  return reportingCall(failed, `${checker.report}(${value.name}, ${checks.childPath(value)}, s, d + 1)`);
}
