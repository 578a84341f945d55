/**
 * A small tree of generated statements and conditions, for code that is written in its final
 * layout (`code-layout.ts` prints it). Emitters build and combine these instead of strings, so a
 * simplification (folding a condition into an `if`, merging nested `if`s) is a change of the tree,
 * never a re-reading of generated text.
 */

/** A condition in generated code. */
export interface Condition {
  readonly text: string;
  /** It has an `||` in it (at any depth): as an operand of `&&` it is written in parentheses. */
  readonly loose: boolean;
}

/** A statement in generated code. */
export type Statement = Line | If | Block | Switch;

/** A simple statement on one line, with its semicolon: `return false;`, `const x = o.a;`. */
export interface Line {
  readonly kind: 'line';
  readonly text: string;
}

/** `if (condition) then`, and an `else` when `otherwise` is given (then `then` is a block). */
export interface If {
  readonly kind: 'if';
  readonly condition: Condition;
  /** A line is written after the condition; a block opens there. */
  readonly then: Line | Block;
  readonly otherwise?: If | Block;
}

/** `{ … }`, with a head before the brace: a label (`failed3:`), `for (…)`, a function's signature. */
export interface Block {
  readonly kind: 'block';
  readonly head?: string;
  readonly body: readonly Statement[];
}

/** `switch (subject) { case …: … default: … }`: each case's label and statements. */
export interface Switch {
  readonly kind: 'switch';
  readonly subject: string;
  readonly cases: readonly { readonly label: string; readonly body: readonly Statement[] }[];
}

export const TRUE: Condition = { text: 'true', loose: false };
export const FALSE: Condition = { text: 'false', loose: false };

/** A condition written as it is: `loose` when it has an `||` in it. */
export function condition(text: string, loose = false): Condition {
  return { text, loose };
}

/** `a || b || …` (one part: that part). */
export function anyOf(parts: readonly Condition[]): Condition {
  if (parts.length === 1) return parts[0]!;
  return { text: parts.map((p) => p.text).join(' || '), loose: true };
}

/** `a && b && …`, loose parts in parentheses (one part: that part). */
export function allOf(parts: readonly Condition[]): Condition {
  if (parts.length === 1) return parts[0]!;
  return { text: parts.map((p) => (p.loose ? `(${p.text})` : p.text)).join(' && '), loose: parts.some((p) => p.loose) };
}

/** `(a)`: the same condition in parentheses. */
export function grouped(part: Condition): Condition {
  return { text: `(${part.text})`, loose: part.loose };
}

export function line(text: string): Line {
  return { kind: 'line', text };
}

export function block(body: readonly Statement[], head?: string): Block {
  return head === undefined ? { kind: 'block', body } : { kind: 'block', head, body };
}

/** `if (condition) statement;` on one line, or with a block when `then` is one. */
export function ifThen(test: Condition, then: Line | Block): If {
  return { kind: 'if', condition: test, then };
}

/** `if (condition) { … }`, with `else { … }` (or `else if …`) when `otherwise` is given. */
export function ifBlock(test: Condition, then: readonly Statement[], otherwise?: readonly Statement[] | If): If {
  const body = block(then);
  if (otherwise === undefined) return { kind: 'if', condition: test, then: body };
  return { kind: 'if', condition: test, then: body, otherwise: 'kind' in otherwise ? otherwise : block(otherwise) };
}

export function switchOf(subject: string, cases: { label: string; body: readonly Statement[] }[]): Switch {
  return { kind: 'switch', subject, cases };
}

/** The statements are one `if` without `else`: that `if`. */
export function soleIf(statements: readonly Statement[]): If | undefined {
  const [first] = statements;
  return statements.length === 1 && first!.kind === 'if' && first!.otherwise === undefined ? first : undefined;
}

/** What an `if` runs, as a list of statements. */
export function thenStatements(statement: If): readonly Statement[] {
  return statement.then.kind === 'block' ? statement.then.body : [statement.then];
}
