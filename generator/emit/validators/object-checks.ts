import type { PropertyNode, SchemaNode } from '../../model/ir.js';
import { propertyAccess, stringLiteral } from '../../render/ts-syntax.js';
import { andOperand, balanced, fixedSegment, STOP_WHEN_FULL, type CheckWriter, type Frame, type Value } from './check-frame.js';
import { fixedMessages, lengthMessages } from './issue-messages.js';
import { guarded } from './value-checks.js';
import { guardFor, Kind } from './value-kinds.js';

/** Longest list of declared names compared with `===` in the key loop before a Set is used. */
const MAX_INLINE_NAMES = 8;

/** Names every plain object inherits: a property with one of these names is always read through `hasOwn` first. */
const INHERITED_NAMES = new Set([
  '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'constructor',
  'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf',
]);

/**
 * Object keywords: `properties`, `required`, `additionalProperties`, `patternProperties`,
 * `propertyNames`, `minProperties`, `maxProperties`, and the direction rules: readOnly properties
 * are refused in the request (write) view, writeOnly ones in the response (read) view.
 *
 * Only own properties count (`hasOwn`, keys from `for...in` filtered by `hasOwn`), so `__proto__`,
 * `constructor` and `prototype` are data like any other key, and an inherited value never decides
 * a verdict. Required properties, and names every object inherits, are checked with `hasOwn`
 * before they are read. Other optional properties are read directly and `hasOwn` is asked only
 * when it matters: by the fast checker when the value would fail (an inherited value that passes
 * gives the verdict an absent property gives; one that fails is treated as absent), by the
 * reporting checker when the value is defined. That keeps the valid path as cheap as a
 * hand-written guard. Nothing is written. A property whose value is `undefined` counts as absent,
 * as in `JSON.stringify`.
 * Specification: https://json-schema.org/draft/2020-12/json-schema-core#section-10.3.2
 */
export function objectChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  const guard = guardFor(value.name, value.kinds, Kind.object);
  if (guard === undefined) return '';
  const object = w.local('o');
  const declared = node.properties ?? [];
  let code = '';
  for (const property of declared) code += propertyCheck(w, property, object, value, frame);
  const declaredNames = new Set(declared.map((p) => p.name));
  for (const name of node.required ?? []) {
    if (declaredNames.has(name)) continue;
    code += `if (!hasOwn.call(${object}, ${stringLiteral(name)}) || ${object}${propertyAccess(name)} === undefined) ${w.fail(frame, value, 'required', fixedMessages.required, [fixedSegment(name)])}\n`;
  }
  code += keyLoop(w, node, object, value, frame);
  if (code === '') return '';
  return guarded(guard, `const ${object} = ${value.name} as Record<string, unknown>;\n${code}`);
}

function propertyCheck(w: CheckWriter, property: PropertyNode, object: string, value: Value, frame: Frame): string {
  const key = stringLiteral(property.name);
  const read = `${object}${propertyAccess(property.name)}`;
  const own = `hasOwn.call(${object}, ${key})`;
  const readsDirectly = !property.required && !INHERITED_NAMES.has(property.name);
  const hiddenBy = w.view === 'write' && property.schema.readOnly === true ? 'readOnly' : w.view === 'read' && property.schema.writeOnly === true ? 'writeOnly' : undefined;
  if (hiddenBy !== undefined) {
    const present = readsDirectly ? `${read} !== undefined && ${own}` : `${own} && ${read} !== undefined`;
    return `if (${present}) ${w.fail(frame, value, hiddenBy, fixedMessages[hiddenBy], [fixedSegment(property.name)])}\n`;
  }
  const item = w.below(value, w.local('x'), fixedSegment(property.name));
  // Typed `unknown`, not as read: TypeScript types `o.constructor`, `o.toString`, ... of a
  // Record by Object's members, which would make an enum's `===` checks fail to compile.
  if (readsDirectly) {
    let check: string;
    if (frame.mode === 'fast') {
      const skip = w.local('property');
      const onFailure = `{\nif (${own}) ${frame.fail}\nbreak ${skip};\n}`;
      check = w.node(property.schema, item, { mode: 'fast', fail: onFailure }).code;
      // One condition: one `if`, asking `hasOwn` only when it fails.
      const single = check.startsWith('if (') && check.endsWith(`) ${onFailure}\n`) ? check.slice(4, -onFailure.length - 3) : undefined;
      if (single !== undefined && !single.includes('\n') && balanced(single)) check = `if (${andOperand(single)} && ${own}) ${frame.fail}\n`;
      else if (check !== '') check = `${skip}: {\n${check}}\n`;
    } else {
      check = w.child(property.schema, item, frame, own);
    }
    return check === '' ? '' : `const ${item.name}: unknown = ${read};\nif (${item.name} !== undefined) {\n${check}}\n`;
  }
  const check = w.child(property.schema, item, frame);
  if (check === '' && !property.required) return '';
  if (!property.required) return `const ${item.name}: unknown = ${own} ? ${read} : undefined;\nif (${item.name} !== undefined) {\n${check}}\n`;
  let code = `const ${item.name}: unknown = ${own} ? ${read} : undefined;\n`;
  const missing = w.fail(frame, value, 'required', fixedMessages.required, [fixedSegment(property.name)]);
  if (frame.mode === 'fast') return `${code}if (${item.name} === undefined) ${missing}\n${check}`;
  code += `if (${item.name} === undefined) {\n${missing}\n}`;
  return check === '' ? `${code}\n` : `${code} else {\n${check}}\n`;
}

/** One pass over the own keys, for the keywords that look at every property. */
function keyLoop(w: CheckWriter, node: SchemaNode, object: string, value: Value, frame: Frame): string {
  const key = w.local('k');
  const item = w.below(value, w.local('x'), { code: key });
  const nameValue: Value = { name: key, path: item.path, kinds: Kind.string };
  let body = '';

  if (node.propertyNames !== undefined) body += propertyNameCheck(w, node.propertyNames, nameValue, frame);

  const patterns = node.patternProperties ?? [];
  const additional = node.additionalProperties;
  const additionalCheck = additional === undefined ? '' : additional.boolean === false ? w.fail(frame, item, 'additionalProperties', fixedMessages.additionalProperties) : w.child(additional, item, frame);
  const matched = additionalCheck !== '' && patterns.length > 0 ? w.local('matched') : undefined;
  if (matched !== undefined) body += `let ${matched} = false;\n`;
  for (const { pattern, schema } of patterns) {
    const check = w.child(schema, item, frame);
    const mark = matched === undefined ? '' : `${matched} = true;\n`;
    if (check !== '' || mark !== '') body += `if (${w.constants.regex(pattern)}.test(${key})) {\n${mark}${check}}\n`;
  }
  if (additionalCheck !== '') {
    const names = (node.properties ?? []).map((p) => p.name);
    const conditions = [...(matched === undefined ? [] : [`!${matched}`]), ...(names.length === 0 ? [] : [notDeclared(w, key, names)])];
    body += conditions.length === 0 ? `${additionalCheck}\n` : `if (${conditions.join(' && ')}) {\n${additionalCheck}\n}\n`;
  }

  const counted = node.minProperties !== undefined || node.maxProperties !== undefined;
  if (body === '' && !counted) return '';
  const count = counted ? w.local('count') : undefined;
  const stop = frame.mode === 'report' ? STOP_WHEN_FULL : '';
  let code = count === undefined ? '' : `let ${count} = 0;\n`;
  code += `for (const ${key} in ${object}) {\n${stop}if (!hasOwn.call(${object}, ${key})) continue;\n`;
  code += `const ${item.name} = ${object}[${key}];\nif (${item.name} === undefined) continue;\n`;
  if (count !== undefined) code += `${count}++;\n`;
  code += `${body}}\n`;
  if (node.minProperties !== undefined && node.minProperties > 0) code += `if (${count} < ${node.minProperties}) ${w.fail(frame, value, 'minProperties', lengthMessages.minProperties(node.minProperties))}\n`;
  if (node.maxProperties !== undefined) code += `if (${count} > ${node.maxProperties}) ${w.fail(frame, value, 'maxProperties', lengthMessages.maxProperties(node.maxProperties))}\n`;
  return code;
}

/** `propertyNames`: in report mode one `propertyNames` issue per refused key, at that key. */
function propertyNameCheck(w: CheckWriter, schema: SchemaNode, name: Value, frame: Frame): string {
  if (frame.mode === 'fast') return w.node(schema, name, frame).code;
  return w.unlessAnyMatches([schema], name, w.fail(frame, name, 'propertyNames', fixedMessages.propertyNames));
}

function notDeclared(w: CheckWriter, key: string, names: string[]): string {
  if (names.length <= MAX_INLINE_NAMES) return names.map((n) => `${key} !== ${stringLiteral(n)}`).join(' && ');
  return `!${w.constants.set(names)}.has(${key})`;
}
