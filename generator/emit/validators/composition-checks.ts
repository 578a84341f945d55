import type { SchemaNode } from '../../model/ir.js';
import { propertyAccess, stringLiteral } from '../../render/ts-syntax.js';
import type { CheckWriter, Frame, Value, Written } from './check-frame.js';
import { discriminatorMessage, fixedMessages, oneOfMessage } from './issue-messages.js';
import { Kind, kindCondition, kindsOfTypes, notKindCondition } from './value-kinds.js';

/**
 * `$ref`, `allOf`, `anyOf`, `oneOf`, `not`, and OpenAPI's `discriminator`.
 * Specification: https://json-schema.org/draft/2020-12/json-schema-core#section-10.2,
 * https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */

/** A named schema is checked by its own function: one call, one level deeper. */
export function referenceCheck(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  if (node.ref === undefined) return '';
  const checker = w.checkers.of(node.ref, w.view);
  if (checker === undefined) return '';
  const call = `${checker.fast}(${value.name}, d + 1)`;
  if (frame.mode === 'fast') return `if (!${call}) ${frame.fail}\n`;
  return `if (!${call}) s = ${checker.report}(${value.name}, ${w.childPath(value)}, s, d + 1);\n`;
}

export function compositionChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): Written {
  let code = '';
  let kinds = value.kinds;
  for (const member of node.allOf ?? []) {
    const written = w.node(member, { ...value, kinds }, frame);
    code += written.code;
    kinds = written.kinds;
  }
  const current: Value = { ...value, kinds };
  const discriminated = discriminatorCheck(w, node, current, frame);
  if (discriminated !== undefined) {
    code += discriminated.code;
    kinds = discriminated.kinds;
  } else {
    if (node.anyOf !== undefined) code += anyOfCheck(w, node.anyOf, current, frame);
    if (node.oneOf !== undefined) code += oneOfCheck(w, node.oneOf, current, frame);
  }
  if (node.not !== undefined) code += w.ifMatches(node.not, current, w.fail(frame, current, 'not', fixedMessages.not));
  return { code, kinds: frame.mode === 'fast' ? kinds : value.kinds };
}

function anyOfCheck(w: CheckWriter, branches: SchemaNode[], value: Value, frame: Frame): string {
  if (branches.length === 1) return w.node(branches[0]!, value, frame).code;
  if (frame.mode === 'fast') return w.unlessAnyMatches(branches, value, frame.fail);
  return w.unlessAnyMatches(branches, value, explainNoMatch(w, branches, value, w.fail(frame, value, 'anyOf', fixedMessages.anyOf)));
}

function oneOfCheck(w: CheckWriter, branches: SchemaNode[], value: Value, frame: Frame): string {
  const count = w.local('matches');
  let code = `let ${count} = 0;\n`;
  for (const branch of branches) {
    const failed = w.local('failed');
    const check = w.node(branch, value, { mode: 'fast', fail: `break ${failed};` }).code;
    code += check === '' ? `${count}++;\n` : `${failed}: {\n${check}${count}++;\n}\n`;
  }
  if (frame.mode === 'fast') return `${code}if (${count} !== 1) ${frame.fail}\n`;
  const several = w.failWith(frame, value, 'oneOf', `${stringLiteral(oneOfMessage(''))} + ${count}`);
  const none = explainNoMatch(w, branches, value, several);
  return `${code}if (${count} === 0) {\n${none}\n} else if (${count} > 1) {\n${several}\n}\n`;
}

/**
 * Report mode, when no branch matched: the issues of the one branch meant for the value's kind
 * (`anyOf: [{type: string, ...}, {type: integer, ...}]`, or a nullable reference), else `fallback`.
 * Branches without `type` serve as the last resort when there is exactly one of them.
 */
function explainNoMatch(w: CheckWriter, branches: SchemaNode[], value: Value, fallback: string): string {
  const typed = branches.filter((b) => b.types !== undefined && b.boolean === undefined);
  const untyped = branches.filter((b) => !typed.includes(b));
  let claimed = 0;
  for (const branch of typed) {
    const kinds = kindsOfTypes(branch.types!);
    if ((claimed & kinds) !== 0) return fallback;
    claimed |= kinds;
  }
  if (untyped.length > 1) return fallback;
  let code = '';
  for (const branch of typed) {
    const kinds = value.kinds & kindsOfTypes(branch.types!);
    if (kinds === 0) continue;
    code += `if (${kindCondition(value.name, value.kinds, kinds)}) {\n${w.node(branch, { ...value, kinds }, { mode: 'report', fail: '' }).code}} else `;
  }
  const last = untyped[0] === undefined ? fallback : w.node(untyped[0], value, { mode: 'report', fail: '' }).code;
  return code === '' ? last : `${code}{\n${last}\n}`;
}

/**
 * OpenAPI `discriminator` (with `oneOf`/`anyOf`): the property's value picks the one schema the
 * object must match, instead of trying every branch. A missing or unknown value is an issue.
 */
function discriminatorCheck(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): Written | undefined {
  const discriminator = node.discriminator;
  if (discriminator === undefined || (node.oneOf === undefined && node.anyOf === undefined)) return undefined;
  const mapping = discriminator.mapping.filter((m, i, all) => all.findIndex((other) => other.value === m.value) === i);
  if (mapping.length === 0) return undefined;
  const x = value.name;
  const fail = w.fail(frame, value, 'discriminator', discriminatorMessage(discriminator.propertyName, mapping.map((m) => m.value)));
  const tag = w.local('tag');
  const object = `(${x} as Record<string, unknown>)`;
  const key = stringLiteral(discriminator.propertyName);
  let cases = '';
  for (const { value: tagValue, ref } of mapping) {
    const checker = w.checkers.of(ref, w.view);
    let check = '';
    if (checker !== undefined) {
      const call = `${checker.fast}(${x}, d + 1)`;
      check = frame.mode === 'fast' ? `if (!${call}) ${frame.fail}\n` : `if (!${call}) s = ${checker.report}(${x}, ${w.childPath(value)}, s, d + 1);\n`;
    }
    cases += `case ${stringLiteral(tagValue)}:\n${check}break;\n`;
  }
  const dispatch = `const ${tag}: unknown = hasOwn.call(${object}, ${key}) ? ${object}${propertyAccess(discriminator.propertyName)} : undefined;\nswitch (${tag}) {\n${cases}default:\n${fail}\n}\n`;
  const notObject = notKindCondition(x, value.kinds, Kind.object);
  if (notObject === 'false') return { code: dispatch, kinds: value.kinds };
  if (notObject === 'true') return { code: `${fail}\n`, kinds: 0 };
  if (frame.mode === 'fast') return { code: `if (${notObject}) ${fail}\n${dispatch}`, kinds: value.kinds & Kind.object };
  return { code: `if (${notObject}) {\n${fail}\n} else {\n${dispatch}}\n`, kinds: value.kinds };
}
