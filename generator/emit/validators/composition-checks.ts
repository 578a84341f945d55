import type { SchemaNode } from '../../model/ir.js';
import { block, condition, FALSE, ifBlock, ifThen, line, switchOf, TRUE, type Condition, type If, type Statement } from '../../render/code-tree.js';
import { propertyAccess, stringLiteral } from '../../render/ts-syntax.js';
import { checkerCall, REPORT, type Checks, type Frame, type Value, type Written } from './check-parts.js';
import { discriminatorMessage, fixedMessages, oneOfMessage } from './issue-messages.js';
import { Kind, kindCondition, kindsOfTypes, notKindCondition } from './value-kinds.js';

/**
 * `$ref`, `allOf`, `anyOf`, `oneOf`, `not`, and OpenAPI's `discriminator`.
 * Specification: https://json-schema.org/draft/2020-12/json-schema-core#section-10.2,
 * https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */

/** A named schema is checked by its own function: one call, one level deeper. */
export function referenceCheck(w: Checks, node: SchemaNode, value: Value, frame: Frame): readonly Statement[] {
  if (node.ref === undefined) return [];
  const checker = w.checkers.of(node.ref, w.view);
  if (checker === undefined) return [];
  return [checkerCall(w, checker, value, frame)];
}

export function compositionChecks(w: Checks, node: SchemaNode, value: Value, frame: Frame): Written {
  const code: Statement[] = [];
  let kinds = value.kinds;
  for (const member of node.allOf ?? []) {
    const written = w.node(member, { ...value, kinds }, frame);
    code.push(...written.code);
    kinds = written.kinds;
  }
  const current: Value = { ...value, kinds };
  const discriminated = discriminatorCheck(w, node, current, frame);
  if (discriminated !== undefined) {
    code.push(...discriminated.code);
    kinds = discriminated.kinds;
  } else {
    if (node.anyOf !== undefined) code.push(...anyOfCheck(w, node.anyOf, current, frame));
    if (node.oneOf !== undefined) code.push(...oneOfCheck(w, node.oneOf, current, frame));
  }
  if (node.not !== undefined) code.push(...w.ifMatches(node.not, current, w.fail(frame, current, 'not', fixedMessages.not)));
  return { code, kinds: frame.mode === 'fast' ? kinds : value.kinds };
}

function anyOfCheck(w: Checks, branches: SchemaNode[], value: Value, frame: Frame): readonly Statement[] {
  if (branches.length === 1) return w.node(branches[0]!, value, frame).code;
  if (frame.mode === 'fast') return w.unlessAnyMatches(branches, value, [frame.fail]);
  return w.unlessAnyMatches(branches, value, explainNoMatch(w, branches, value, w.fail(frame, value, 'anyOf', fixedMessages.anyOf)));
}

function oneOfCheck(w: Checks, branches: SchemaNode[], value: Value, frame: Frame): readonly Statement[] {
  const count = w.local('matches');
  const code: Statement[] = [line(`let ${count} = 0;`)];
  for (const branch of branches) {
    const failed = w.local('failed');
    const check = w.node(branch, value, { mode: 'fast', fail: line(`break ${failed};`) }).code;
    code.push(check.length === 0 ? line(`${count}++;`) : block([...check, line(`${count}++;`)], `${failed}:`));
  }
  if (frame.mode === 'fast') return [...code, ifThen(condition(`${count} !== 1`), frame.fail)];
  const several = w.failWith(frame, value, 'oneOf', `${stringLiteral(oneOfMessage(''))} + ${count}`);
  const none = explainNoMatch(w, branches, value, several);
  return [...code, ifBlock(condition(`${count} === 0`), none, ifBlock(condition(`${count} > 1`), [several]))];
}

/**
 * Report mode, when no branch matched: the issues of the one branch meant for the value's kind
 * (`anyOf: [{type: string, ...}, {type: integer, ...}]`, or a nullable reference), else `fallback`.
 * Branches without `type` serve as the last resort when there is exactly one of them.
 */
function explainNoMatch(w: Checks, branches: SchemaNode[], value: Value, fallback: Statement): readonly Statement[] {
  const typed = branches.filter((b) => b.types !== undefined && b.boolean === undefined);
  const untyped = branches.filter((b) => !typed.includes(b));
  let claimed = 0;
  for (const branch of typed) {
    const kinds = kindsOfTypes(branch.types!);
    if ((claimed & kinds) !== 0) return [fallback];
    claimed |= kinds;
  }
  if (untyped.length > 1) return [fallback];
  const cases: { test: Condition; code: readonly Statement[] }[] = [];
  for (const branch of typed) {
    const kinds = value.kinds & kindsOfTypes(branch.types!);
    if (kinds !== 0) cases.push({ test: kindCondition(value.name, value.kinds, kinds), code: w.node(branch, { ...value, kinds }, REPORT).code });
  }
  const last = untyped[0] === undefined ? [fallback] : w.node(untyped[0], value, REPORT).code;
  if (cases.length === 0) return last;
  // `if (kind A) {…} else if (kind B) {…} else {…last}`, built from the end.
  let chain: readonly Statement[] | If = last;
  for (const { test, code } of cases.reverse()) chain = ifBlock(test, code, chain);
  return [chain as If];
}

/**
 * OpenAPI `discriminator` (with `oneOf`/`anyOf`): the property's value picks the one schema the
 * object must match, instead of trying every branch. A missing or unknown value is an issue.
 */
function discriminatorCheck(w: Checks, node: SchemaNode, value: Value, frame: Frame): Written | undefined {
  const discriminator = node.discriminator;
  if (discriminator === undefined || (node.oneOf === undefined && node.anyOf === undefined)) return undefined;
  const mapping = discriminator.mapping.filter((m, i, all) => all.findIndex((other) => other.value === m.value) === i);
  if (mapping.length === 0) return undefined;
  const x = value.name;
  const fail = w.fail(frame, value, 'discriminator', discriminatorMessage(discriminator.propertyName, mapping.map((m) => m.value)));
  const tag = w.local('tag');
  const object = `(${x} as Record<string, unknown>)`;
  const key = stringLiteral(discriminator.propertyName);
  const cases: { label: string; body: Statement[] }[] = [];
  for (const { value: tagValue, ref } of mapping) {
    const checker = w.checkers.of(ref, w.view);
    const check = checker === undefined ? [] : [checkerCall(w, checker, value, frame)];
    cases.push({ label: `case ${stringLiteral(tagValue)}:`, body: [...check, line('break;')] });
  }
  cases.push({ label: 'default:', body: [fail] });
  const dispatch = [line(`const ${tag}: unknown = hasOwn.call(${object}, ${key}) ? ${object}${propertyAccess(discriminator.propertyName)} : undefined;`), switchOf(tag, cases)];
  const notObject = notKindCondition(x, value.kinds, Kind.object);
  if (notObject === FALSE) return { code: dispatch, kinds: value.kinds };
  if (notObject === TRUE) return { code: [fail], kinds: 0 };
  if (frame.mode === 'fast') return { code: [ifThen(notObject, fail), ...dispatch], kinds: value.kinds & Kind.object };
  return { code: [ifBlock(notObject, [fail], dispatch)], kinds: value.kinds };
}
