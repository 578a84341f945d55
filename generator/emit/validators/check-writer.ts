import type { SchemaNode } from '../../model/ir.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { View } from '../types/type-expression.js';
import { arrayChecks } from './array-checks.js';
import { compositionChecks, referenceCheck } from './composition-checks.js';
import { fixedMessages, typeMessage, type IssueCode } from './issue-messages.js';
import type { ModuleConstants } from './module-constants.js';
import { objectChecks } from './object-checks.js';
import { ANY_KIND, kindsOfTypes, notKindCondition } from './value-kinds.js';
import { andOperand, balanced, type CheckerNames, type CheckWriter as CheckWriterShape, type Frame, type PathSegment, type Value, type Written } from './check-frame.js';
import { allowedValuesCheck, enumAndConstChecks, unlessAllowed, numberChecks, staticAllowedValues, stringChecks } from './value-checks.js';

// Frames, values and the writer's interface live in check-frame.ts, so the writers of each
// keyword group need not import this module (which imports them).
export { FAST_FAIL, REPORT, type CheckerNames } from './check-frame.js';

/**
 * Writes the statements that check one value against one SchemaNode, inline: no interpreter and
 * no closures at run time. Named schemas (`$ref`) become calls to their own checkers, which is
 * also where recursion happens; the depth counter `d` goes up by one per call.
 */
export class CheckWriter implements CheckWriterShape {
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
    if (node.boolean === true) return { code: '', kinds: value.kinds };
    if (node.boolean === false) return { code: `${this.fail(frame, value, 'never', fixedMessages.never)}\n`, kinds: 0 };
    const hoisted = node === this.root || pureReferenceTarget(node) !== undefined ? undefined : this.checkers.hoisted?.(node, this.view);
    if (hoisted !== undefined) {
      const call = `${hoisted.fast}(${value.name}, d + 1)`;
      if (frame.mode === 'fast') return { code: `if (!${call}) ${frame.fail}\n`, kinds: value.kinds };
      return { code: `if (!${call}) s = ${hoisted.report}(${value.name}, ${this.childPath(value)}, s, d + 1);\n`, kinds: value.kinds };
    }

    // A list of allowed primitives, filtered here by the node's other keywords, is the whole value
    // check: fast mode checks just that, report mode goes into the details only when it fails.
    const allowed = staticAllowedValues(node);
    if (allowed !== undefined && frame.mode === 'fast') {
      const values = allowedValuesCheck(this, allowed, value, frame);
      const rest = this.#applicators(node, { ...value, kinds: values.kinds }, frame);
      return { code: values.code + rest.code, kinds: rest.kinds };
    }
    const written = this.#valueChecks(node, value, frame);
    const applicators = node.ref !== undefined || node.allOf !== undefined || node.anyOf !== undefined || node.oneOf !== undefined || node.not !== undefined;
    if (allowed === undefined || applicators) return written;
    return { code: unlessAllowed(this, allowed, value, written.code), kinds: written.kinds };
  }

  /** `node`'s keywords on `value`, type first. */
  #valueChecks(node: SchemaNode, value: Value, frame: Frame): Written {
    let typeFailure: string | undefined;
    let kinds = value.kinds;
    if (node.types !== undefined) {
      const allowed = kindsOfTypes(node.types);
      typeFailure = notKindCondition(value.name, kinds, allowed);
      kinds &= allowed;
    }
    const narrowed: Value = { ...value, kinds };
    const keywords = [enumAndConstChecks, numberChecks, stringChecks, arrayChecks, objectChecks].map((family) => family(this, node, narrowed, frame)).join('');
    const rest = this.#applicators(node, narrowed, frame);
    if (typeFailure === undefined || typeFailure === 'false') return { code: keywords + rest.code, kinds: rest.kinds };

    const failure = this.fail(frame, value, 'type', typeMessage(node.types!));
    if (typeFailure === 'true') return { code: `${failure}\n`, kinds: 0 };
    if (frame.mode === 'fast') return { code: `if (${typeFailure}) ${failure}\n${keywords}${rest.code}`, kinds: rest.kinds };
    // Report mode: other keywords on a value of the wrong type would only repeat the problem.
    const body = keywords + rest.code;
    return { code: `if (${typeFailure}) {\n${failure}\n}${body === '' ? '' : ` else {\n${body}}`}\n`, kinds: value.kinds };
  }

  /** `$ref` and the composition keywords. In fast mode their checks narrow the kinds that follow. */
  #applicators(node: SchemaNode, value: Value, frame: Frame): Written {
    const reference = referenceCheck(this, node, value, frame);
    const composed = compositionChecks(this, node, value, frame);
    return { code: reference + composed.code, kinds: frame.mode === 'fast' ? composed.kinds : value.kinds };
  }

  /**
   * A property, item or map value: its checks, and in report mode only when `confirm` (a
   * condition, e.g. that the property is an own one) holds. A named or hoisted schema is a call,
   * and in report mode its reporting checker runs only when its fast one fails (so a valid
   * subtree never builds the path it would be reported at).
   */
  child(schema: SchemaNode, item: Value, frame: Frame, confirm?: string): string {
    const hoisted = pureReferenceTarget(schema) === undefined ? this.checkers.hoisted?.(schema, this.view) : undefined;
    if (frame.mode === 'fast') return hoisted === undefined ? this.node(schema, item, frame).code : `if (!${hoisted.fast}(${item.name}, d + 1)) ${frame.fail}\n`;
    const named = pureReference(schema, this.view, this.checkers) ?? hoisted;
    if (named !== undefined) {
      return `if (!${named.fast}(${item.name}, d + 1)${confirm === undefined ? '' : ` && ${confirm}`}) s = ${named.report}(${item.name}, ${this.childPath(item)}, s, d + 1);\n`;
    }
    const report = this.node(schema, item, frame).code;
    if (report === '' || confirm === undefined) return report;
    // `confirm` costs a call: when the whole check is one condition, test that first.
    const single = singleIf(report);
    if (single !== undefined) return `if (${andOperand(single.condition)} && ${confirm}) {\n${single.body}}\n`;
    return `if (${confirm}) {\n${report}}\n`;
  }

  /**
   * `statement`, run only when `value` matches none of `nodes` (checked in fast mode, in labeled
   * blocks: the first match skips the rest). No match possible: just the statement.
   */
  unlessAnyMatches(nodes: readonly SchemaNode[], value: Value, statement: string): string {
    const passed = this.local('passed');
    let branches = '';
    for (const node of nodes) {
      const failed = this.local('failed');
      const check = this.node(node, value, { mode: 'fast', fail: `break ${failed};` }).code;
      if (check === '') return '';
      branches += `${failed}: {\n${check}break ${passed};\n}\n`;
    }
    return `${passed}: {\n${branches}${statement}\n}\n`;
  }

  /** `statement`, run only when `value` matches `node` (checked in fast mode). */
  ifMatches(node: SchemaNode, value: Value, statement: string): string {
    const failed = this.local('failed');
    const check = this.node(node, value, { mode: 'fast', fail: `break ${failed};` }).code;
    if (check === '') return `${statement}\n`;
    return `${failed}: {\n${check}${statement}\n}\n`;
  }

  /** The statement for a failed check: give up (fast), or record the issue (report). */
  fail(frame: Frame, value: Value, code: IssueCode, message: string, extraPath: readonly PathSegment[] = []): string {
    return this.failWith(frame, value, code, stringLiteral(message), extraPath, message);
  }

  /**
   * `fail` with a message computed at run time (`messageExpression` is a JS expression). When the
   * message and the path below `p` are fixed, the issue is a module constant (`issue$<path>_<code>_<hash>`), reported
   * as it is when `p` is empty: reporting it formats and allocates nothing.
   */
  failWith(frame: Frame, value: Value, code: IssueCode, messageExpression: string, extraPath: readonly PathSegment[] = [], fixedMessage?: string): string {
    if (frame.mode === 'fast') return frame.fail;
    const segments = [...value.path, ...extraPath];
    const known = segments.map((s) => s.known);
    if (fixedMessage !== undefined && known.every((k) => k !== undefined)) return `s = reportFixed(s, p, ${this.constants.issue(known as (string | number)[], code, fixedMessage)});`;
    return `s = report(s, p, [${segments.map((s) => s.code).join(', ')}], ${stringLiteral(code)}, ${messageExpression});`;
  }

  /** The path argument for a checker called on `value`. */
  childPath(value: Value): string {
    return value.path.length === 0 ? 'p' : `below(p, [${value.path.map((s) => s.code).join(', ')}])`;
  }
}

/**
 * Generated statements that are one `if` with no `else`: its condition and body. Generated code
 * has one statement per line, a line that opens a block ends with `{` and one that closes it
 * starts with `}` (string literals never span lines), which is what this reads.
 */
function singleIf(code: string): { condition: string; body: string } | undefined {
  const oneLine = /^if \(([^\n]*)\) ([^\n{}]*;)\n$/.exec(code);
  if (oneLine !== null) return balanced(oneLine[1]!) ? { condition: oneLine[1]!, body: `${oneLine[2]}\n` } : undefined;
  const block = /^if \(([^\n]*)\) \{\n([^]*)\}\n$/.exec(code);
  if (block === null || !balanced(block[1]!)) return undefined;
  let depth = 1;
  for (const line of block[2]!.split('\n')) {
    if (line.startsWith('}')) depth--;
    if (depth === 0) return undefined;
    if (line.endsWith('{')) depth++;
  }
  return { condition: block[1]!, body: block[2]! };
}

/** The named schema a schema refers to when it is only a `$ref` (annotations aside). */
export function pureReferenceTarget(schema: SchemaNode): string | undefined {
  if (schema.ref === undefined) return undefined;
  const { ref, source, title, description, deprecated, examples, default: _default, readOnly, writeOnly, ...keywords } = schema;
  return Object.keys(keywords).length === 0 ? ref : undefined;
}

/** The checkers to call for a schema that is only a `$ref`, if it is one. */
export function pureReference(schema: SchemaNode, view: View, checkers: CheckerNames): { fast: string; report: string } | undefined {
  const target = pureReferenceTarget(schema);
  return target === undefined ? undefined : checkers.of(target, view);
}
