import type { SchemaNode } from '../../model/ir.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { View } from '../types/type-expression.js';
import type { IssueCode } from './issue-messages.js';
import type { ModuleConstants } from './module-constants.js';

// What the check writers of each keyword group (array-, object-, value- and composition-checks)
// share with `check-writer.ts`, which calls them: frames, values, and the writer as they see it.
// A leaf module, so the writers and the CheckWriter class do not import each other.

/**
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
export interface Frame {
  mode: Mode;
  /** Fast mode: the statement that gives up (`return false;`, or `break b3;` inside a branch). */
  fail: string;
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

/** Generated code, and the kinds the value is known to have once that code ran through. */
export interface Written {
  code: string;
  kinds: number;
}

/** The module-level checker functions of a named schema in a view (`is$User`, `check$User`). */
export interface CheckerNames {
  of(ref: string, view: View): { fast: string; report: string } | undefined;
  /**
   * Checkers of their own for a large anonymous schema (identical ones share them), so a deeply
   * nested inline schema is written once, not once per level it is nested in. Undefined: inline it.
   */
  hoisted?(schema: SchemaNode, view: View): { fast: string; report: string } | undefined;
}

export const FAST_FAIL: Frame = { mode: 'fast', fail: 'return false;' };

/** Report mode, at the top of a loop: a huge invalid value stops costing once enough issues are in. */
export const STOP_WHEN_FULL = 'if (s !== undefined && s.length >= MAX_ISSUES) return s;\n';
export const REPORT: Frame = { mode: 'report', fail: '' };

/** The CheckWriter (`check-writer.ts`) as the keyword groups' writers use it. */
export interface CheckWriter {
  readonly view: View;
  readonly checkers: CheckerNames;
  readonly constants: ModuleConstants;
  /** A fresh local name for the function being written (`x3`, `o4`, `b5`). */
  local(prefix: string): string;
  /** The value one step down: a property or an item, held in a new local. */
  below(parent: Value, name: string, segment: PathSegment): Value;
  /** Statements checking `value` against `node`. */
  node(node: SchemaNode, value: Value, frame: Frame): Written;
  /** A property, item or map value: its checks, in report mode only when `confirm` holds. */
  child(schema: SchemaNode, item: Value, frame: Frame, confirm?: string): string;
  /** `statement`, run only when `value` matches none of `nodes`. */
  unlessAnyMatches(nodes: readonly SchemaNode[], value: Value, statement: string): string;
  /** `statement`, run only when `value` matches `node`. */
  ifMatches(node: SchemaNode, value: Value, statement: string): string;
  /** The statement for a failed check: give up (fast), or record the issue (report). */
  fail(frame: Frame, value: Value, code: IssueCode, message: string, extraPath?: readonly PathSegment[]): string;
  /** `fail` with a message computed at run time. */
  failWith(frame: Frame, value: Value, code: IssueCode, messageExpression: string, extraPath?: readonly PathSegment[], fixedMessage?: string): string;
  /** The path argument for a checker called on `value`. */
  childPath(value: Value): string;
}

/** A condition as the left operand of `&&`: in parentheses only when it has a weaker operator. */
export function andOperand(condition: string): string {
  return /\|\||\?/.test(condition) ? `(${condition})` : condition;
}

/** True when the brackets in a generated condition pair up (so it is one condition, not `a) {…} if (b`). */
export function balanced(condition: string): boolean {
  let depth = 0;
  for (const match of condition.matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[()]/g)) {
    if (match[0] === '(') depth++;
    else if (match[0] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
