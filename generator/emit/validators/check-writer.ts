import type { SchemaNode } from '../../model/ir.js';
import { aliasTarget } from '../../model/schema-vocabulary.js';
import { allOf, block, condition, FALSE, ifBlock, ifThen, line, soleIf, thenStatements, TRUE, type Block, type Line, type Statement } from '../../render/code-tree.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { View } from '../types/type-expression.js';
import { arrayChecks } from './array-checks.js';
import { checkerCall, reportingCall, stopWhenFull, type CheckerNames, type Checkers, type Checks, type Frame, type PathSegment, type Value, type Written } from './check-parts.js';
import { compositionChecks, referenceCheck } from './composition-checks.js';
import { fixedMessages, typeMessage, type IssueCode } from './issue-messages.js';
import type { ModuleConstants } from './module-constants.js';
import { objectChecks } from './object-checks.js';
import { ANY_KIND, kindsOfTypes, notKindCondition } from './value-kinds.js';
import { allowedValuesCheck, enumAndConstChecks, unlessAllowed, numberChecks, staticAllowedValues, stringChecks } from './value-checks.js';

/**
 * Writes the statements that check one value against one SchemaNode, inline: no interpreter and
 * no closures at run time. Named schemas (`$ref`) become calls to their own checkers, which is
 * also where recursion happens; the depth counter `d` goes up by one per call. The statements are
 * a tree (`render/code-tree.ts`), printed once by `render/code-layout.ts`.
 */
export class CheckWriter implements Checks {
  #counter = 0;

  constructor(
    readonly view: View,
    readonly checkers: CheckerNames,
    readonly constants: ModuleConstants,
    /** The schema whose checker is being written: never replaced by a call to hoisted checkers. */
    readonly root?: SchemaNode,
  ) {}

  /** A fresh local name for the function being written (`x3`, `o4`, `b5`). */
  local(prefix: string): string {
    return `${prefix}${++this.#counter}`;
  }

  /** The value one step down: a property or an item, held in a new local. */
  below(parent: Value, name: string, segment: PathSegment): Value {
    return { name, path: [...parent.path, segment], kinds: ANY_KIND };
  }

  /** Statements checking `value` against `node`. */
  node(node: SchemaNode, value: Value, frame: Frame): Written {
    if (node.boolean === true) return { code: [], kinds: value.kinds };
    if (node.boolean === false) return { code: [this.fail(frame, value, 'never', fixedMessages.never)], kinds: 0 };
    const hoisted = node === this.root || aliasTarget(node) !== undefined ? undefined : this.checkers.hoisted?.(node, this.view);
    if (hoisted !== undefined) return { code: [checkerCall(this, hoisted, value, frame)], kinds: value.kinds };

    // A list of allowed primitives, filtered here by the node's other keywords, is the whole value
    // check: fast mode checks just that, report mode goes into the details only when it fails.
    const allowed = staticAllowedValues(node);
    if (allowed !== undefined && frame.mode === 'fast') {
      const values = allowedValuesCheck(this, allowed, value, frame);
      const rest = this.#applicators(node, { ...value, kinds: values.kinds }, frame);
      return { code: [...values.code, ...rest.code], kinds: rest.kinds };
    }
    const written = this.#valueChecks(node, value, frame);
    const applicators = node.ref !== undefined || node.allOf !== undefined || node.anyOf !== undefined || node.oneOf !== undefined || node.not !== undefined;
    if (allowed === undefined || applicators) return written;
    return { code: unlessAllowed(this, allowed, value, written.code), kinds: written.kinds };
  }

  /** `node`'s keywords on `value`, type first. */
  #valueChecks(node: SchemaNode, value: Value, frame: Frame): Written {
    let typeFailure = FALSE;
    let kinds = value.kinds;
    if (node.types !== undefined) {
      const allowed = kindsOfTypes(node.types);
      typeFailure = notKindCondition(value.name, kinds, allowed);
      kinds &= allowed;
    }
    const narrowed: Value = { ...value, kinds };
    const keywords = [enumAndConstChecks, numberChecks, stringChecks, arrayChecks, objectChecks].flatMap((family) => family(this, node, narrowed, frame));
    const rest = this.#applicators(node, narrowed, frame);
    const body = [...keywords, ...rest.code];
    if (typeFailure === FALSE) return { code: body, kinds: rest.kinds };

    const failure = this.fail(frame, value, 'type', typeMessage(node.types!));
    if (typeFailure === TRUE) return { code: [failure], kinds: 0 };
    if (frame.mode === 'fast') return { code: [ifThen(typeFailure, failure), ...body], kinds: rest.kinds };
    // Report mode: other keywords on a value of the wrong type would only repeat the problem.
    return { code: [ifBlock(typeFailure, [failure], body.length === 0 ? undefined : body)], kinds: value.kinds };
  }

  /** `$ref` and the composition keywords. In fast mode their checks narrow the kinds that follow. */
  #applicators(node: SchemaNode, value: Value, frame: Frame): Written {
    const reference = referenceCheck(this, node, value, frame);
    const composed = compositionChecks(this, node, value, frame);
    return { code: [...reference, ...composed.code], kinds: frame.mode === 'fast' ? composed.kinds : value.kinds };
  }

  /**
   * A property, item or map value: its checks, and in report mode only when `confirm` (a
   * condition, e.g. that the property is an own one) holds. A named or hoisted schema is a call,
   * and in report mode its reporting checker runs only when its fast one fails (so a valid
   * subtree never builds the path it would be reported at).
   */
  child(schema: SchemaNode, item: Value, frame: Frame, confirm?: string): readonly Statement[] {
    const hoisted = aliasTarget(schema) === undefined ? this.checkers.hoisted?.(schema, this.view) : undefined;
    if (frame.mode === 'fast') return hoisted === undefined ? this.node(schema, item, frame).code : [checkerCall(this, hoisted, item, frame)];
    const named = pureReference(schema, this.view, this.checkers) ?? hoisted;
    if (named !== undefined) {
      const failed = allOf([condition(`!${named.fast}(${item.name}, d + 1)`), ...(confirm === undefined ? [] : [condition(confirm)])]);
      return [reportingCall(failed, `${named.report}(${item.name}, ${this.childPath(item)}, s, d + 1)`)];
    }
    const report = this.node(schema, item, frame).code;
    if (report.length === 0 || confirm === undefined) return report;
    // `confirm` costs a call: when the whole check is one condition, test that first.
    const single = soleIf(report);
    if (single !== undefined) return [ifBlock(allOf([single.condition, condition(confirm)]), thenStatements(single))];
    return [ifBlock(condition(confirm), report)];
  }

  /**
   * `statements`, run only when `value` matches none of `nodes` (checked in fast mode, in labeled
   * blocks: the first match skips the rest). No match possible: just the statements.
   */
  unlessAnyMatches(nodes: readonly SchemaNode[], value: Value, statements: readonly Statement[]): readonly Statement[] {
    const passed = this.local('passed');
    const branches: Statement[] = [];
    for (const node of nodes) {
      const failed = this.local('failed');
      const check = this.node(node, value, { mode: 'fast', fail: line(`break ${failed};`) }).code;
      if (check.length === 0) return [];
      branches.push(block([...check, line(`break ${passed};`)], `${failed}:`));
    }
    return [block([...branches, ...statements], `${passed}:`)];
  }

  /** `statement`, run only when `value` matches `node` (checked in fast mode). */
  ifMatches(node: SchemaNode, value: Value, statement: Statement): readonly Statement[] {
    const failed = this.local('failed');
    const check = this.node(node, value, { mode: 'fast', fail: line(`break ${failed};`) }).code;
    if (check.length === 0) return [statement];
    return [block([...check, statement], `${failed}:`)];
  }

  /** The statement for a failed check: give up (fast), or record the issue (report). */
  fail(frame: Frame, value: Value, code: IssueCode, message: string, extraPath: readonly PathSegment[] = []): Line | Block {
    return this.failWith(frame, value, code, stringLiteral(message), extraPath, message);
  }

  /**
   * `fail` with a message computed at run time (`messageExpression` is a JS expression). When the
   * message and the path below `p` are fixed, the issue is a module constant (`issue$<path>_<code>_<hash>`), reported
   * as it is when `p` is empty: reporting it formats and allocates nothing.
   */
  failWith(frame: Frame, value: Value, code: IssueCode, messageExpression: string, extraPath: readonly PathSegment[] = [], fixedMessage?: string): Line | Block {
    if (frame.mode === 'fast') return frame.fail;
    const segments = [...value.path, ...extraPath];
    const known = segments.map((s) => s.known);
    if (fixedMessage !== undefined && known.every((k) => k !== undefined)) return stopWhenFull(`reportFixed(s, p, ${this.constants.issue(known as (string | number)[], code, fixedMessage)})`);
    return stopWhenFull(`report(s, p, [${segments.map((s) => s.code).join(', ')}], ${stringLiteral(code)}, ${messageExpression})`);
  }

  /** The path argument for a checker called on `value`. */
  childPath(value: Value): string {
    return value.path.length === 0 ? 'p' : `below(p, [${value.path.map((s) => s.code).join(', ')}])`;
  }
}

/** The checkers to call for a schema that is only a `$ref`, if it is one. */
export function pureReference(schema: SchemaNode, view: View, checkers: CheckerNames): Checkers | undefined {
  const target = aliasTarget(schema);
  return target === undefined ? undefined : checkers.of(target, view);
}
