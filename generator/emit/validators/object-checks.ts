import type { PropertyNode, SchemaNode } from '../../model/ir.js';
import { propertyAccess, stringLiteral } from '../../render/ts-syntax.js';
import { allOf, block, condition, ifBlock, ifThen, line, soleIf, thenStatements, type Condition, type Statement } from '../../render/code-tree.js';
import { fixedSegment, type Checks, type Frame, type Value } from './check-parts.js';
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
export function objectChecks(w: Checks, node: SchemaNode, value: Value, frame: Frame): readonly Statement[] {
  const guard = guardFor(value.name, value.kinds, Kind.object);
  if (guard === undefined) return [];
  const object = w.local('o');
  const declared = node.properties ?? [];
  const { code, reads } = requiredChecks(w, node, object, value, frame);
  for (const property of declared) code.push(...propertyCheck(w, property, object, value, frame, reads.get(property)));
  code.push(...keyLoop(w, node, object, value, frame));
  if (code.length === 0) return [];
  return guarded(guard, [line(`const ${object} = ${value.name} as Record<string, unknown>;`), ...code]);
}

/**
 * Required properties come first, in the order of `required` (as in Ajv): each is read (own
 * properties only) and refused when missing, before any property's value is checked, so a value
 * without one is refused at once, and a report lists the missing properties first. `reads` holds
 * the locals of the declared ones, whose values `propertyCheck` checks in their turn.
 */
function requiredChecks(w: Checks, node: SchemaNode, object: string, value: Value, frame: Frame): { code: Statement[]; reads: Map<PropertyNode, Value> } {
  const declared = new Map((node.properties ?? []).map((p) => [p.name, p]));
  const names = new Set([...(node.required ?? []), ...(node.properties ?? []).filter((p) => p.required).map((p) => p.name)]);
  const code: Statement[] = [];
  const reads = new Map<PropertyNode, Value>();
  for (const listed of names) {
    const property = declared.get(listed);
    // A declared property's own name (the spec's key), not the `required` list's equal string: V8
    // may keep that one as a reference to its internalized copy (a "thin" string), and text joined
    // from such strings is held two bytes per character: the whole module, twice its memory.
    const name = property?.name ?? listed;
    const missing = w.fail(frame, value, 'required', fixedMessages.required, [fixedSegment(name)]);
    if (property === undefined) {
      code.push(ifThen(condition(`!hasOwn.call(${object}, ${stringLiteral(name)}) || ${object}${propertyAccess(name)} === undefined`, true), missing));
      continue;
    }
    // Not required after all (the flag decides), or refused in this direction: `propertyCheck` does it all.
    if (!property.required || hiddenBy(w, property) !== undefined) continue;
    const item = w.below(value, w.local('x'), fixedSegment(name));
    reads.set(property, item);
    code.push(line(`const ${item.name}: unknown = hasOwn.call(${object}, ${stringLiteral(name)}) ? ${object}${propertyAccess(name)} : undefined;`));
    code.push(ifThen(condition(`${item.name} === undefined`), missing));
  }
  return { code, reads };
}

/** `readOnly` when a property is refused in what is sent (write view), `writeOnly` in what is received. */
function hiddenBy(w: Checks, property: PropertyNode): 'readOnly' | 'writeOnly' | undefined {
  return w.view === 'write' && property.schema.readOnly === true ? 'readOnly' : w.view === 'read' && property.schema.writeOnly === true ? 'writeOnly' : undefined;
}

/**
 * One declared property's checks. `required`: the local a required one was read into (and found
 * present, in fast mode) by `requiredChecks`.
 */
function propertyCheck(w: Checks, property: PropertyNode, object: string, value: Value, frame: Frame, required: Value | undefined): readonly Statement[] {
  if (required !== undefined) {
    const check = w.child(property.schema, required, frame);
    if (check.length === 0 || frame.mode === 'fast') return check;
    // Report mode goes on after a missing one: its value is checked when present.
    const present = condition(`${required.name} !== undefined`);
    const single = soleIf(check);
    return [single === undefined ? ifBlock(present, check) : ifBlock(allOf([present, single.condition]), thenStatements(single))];
  }
  const key = stringLiteral(property.name);
  const read = `${object}${propertyAccess(property.name)}`;
  const own = `hasOwn.call(${object}, ${key})`;
  const readsDirectly = !property.required && !INHERITED_NAMES.has(property.name);
  const hidden = hiddenBy(w, property);
  if (hidden !== undefined) {
    const present = condition(readsDirectly ? `${read} !== undefined && ${own}` : `${own} && ${read} !== undefined`);
    return [ifThen(present, w.fail(frame, value, hidden, fixedMessages[hidden], [fixedSegment(property.name)]))];
  }
  const item = w.below(value, w.local('x'), fixedSegment(property.name));
  const defined = condition(`${item.name} !== undefined`);
  // Typed `unknown`, not as read: TypeScript types `o.constructor`, `o.toString`, ... of a
  // Record by Object's members, which would make an enum's `===` checks fail to compile.
  if (readsDirectly) {
    const check = frame.mode === 'fast' ? directPropertyFastCheck(w, property.schema, item, own, frame) : w.child(property.schema, item, frame, own);
    return check.length === 0 ? [] : [line(`const ${item.name}: unknown = ${read};`), ifBlock(defined, check)];
  }
  // An optional property with a name every object inherits: read through `hasOwn`.
  const check = w.child(property.schema, item, frame);
  if (check.length === 0) return [];
  return [line(`const ${item.name}: unknown = ${own} ? ${read} : undefined;`), ifBlock(defined, check)];
}

/**
 * Fast mode, an optional property read directly: a failing value counts only when the property
 * is an own one. Each failure asks `hasOwn` and otherwise skips the rest of the property's checks;
 * when the whole check is one condition, it becomes one `if` that asks `hasOwn` only when it fails.
 */
function directPropertyFastCheck(w: Checks, schema: SchemaNode, item: Value, own: string, frame: Frame & { mode: 'fast' }): readonly Statement[] {
  const skip = w.local('property');
  const onFailure = block([ifThen(condition(own), frame.fail), line(`break ${skip};`)]);
  const check = w.node(schema, item, { mode: 'fast', fail: onFailure }).code;
  const single = soleIf(check);
  if (single !== undefined && single.then === onFailure) return [ifThen(allOf([single.condition, condition(own)]), frame.fail)];
  return check.length === 0 ? [] : [block(check, `${skip}:`)];
}

/** One pass over the own keys, for the keywords that look at every property. */
function keyLoop(w: Checks, node: SchemaNode, object: string, value: Value, frame: Frame): readonly Statement[] {
  const key = w.local('k');
  const item = w.below(value, w.local('x'), { code: key });
  const nameValue: Value = { name: key, path: item.path, kinds: Kind.string };
  const body: Statement[] = [];

  if (node.propertyNames !== undefined) body.push(...propertyNameCheck(w, node.propertyNames, nameValue, frame));

  const patterns = node.patternProperties ?? [];
  const additional = node.additionalProperties;
  const additionalCheck = additional === undefined ? [] : additional.boolean === false ? [w.fail(frame, item, 'additionalProperties', fixedMessages.additionalProperties)] : w.child(additional, item, frame);
  const matched = additionalCheck.length > 0 && patterns.length > 0 ? w.local('matched') : undefined;
  if (matched !== undefined) body.push(line(`let ${matched} = false;`));
  for (const { pattern, schema } of patterns) {
    const check = w.child(schema, item, frame);
    const mark = matched === undefined ? [] : [line(`${matched} = true;`)];
    if (check.length > 0 || mark.length > 0) body.push(ifBlock(condition(`${w.constants.regex(pattern)}.test(${key})`), [...mark, ...check]));
  }
  if (additionalCheck.length > 0) {
    const names = (node.properties ?? []).map((p) => p.name);
    const conditions = [...(matched === undefined ? [] : [condition(`!${matched}`)]), ...(names.length === 0 ? [] : [notDeclared(w, key, names)])];
    if (conditions.length === 0) body.push(...additionalCheck);
    else body.push(ifBlock(allOf(conditions), additionalCheck));
  }

  const counted = node.minProperties !== undefined || node.maxProperties !== undefined;
  if (body.length === 0 && !counted) return [];
  const count = counted ? w.local('count') : undefined;
  const loop: Statement[] = [
    ifThen(condition(`!hasOwn.call(${object}, ${key})`), line('continue;')),
    line(`const ${item.name} = ${object}[${key}];`),
    ifThen(condition(`${item.name} === undefined`), line('continue;')),
    ...(count === undefined ? [] : [line(`${count}++;`)]),
    ...body,
  ];
  const code: Statement[] = [...(count === undefined ? [] : [line(`let ${count} = 0;`)]), block(loop, `for (const ${key} in ${object})`)];
  if (node.minProperties !== undefined && node.minProperties > 0) code.push(ifThen(condition(`${count} < ${node.minProperties}`), w.fail(frame, value, 'minProperties', lengthMessages.minProperties(node.minProperties))));
  if (node.maxProperties !== undefined) code.push(ifThen(condition(`${count} > ${node.maxProperties}`), w.fail(frame, value, 'maxProperties', lengthMessages.maxProperties(node.maxProperties))));
  return code;
}

/** `propertyNames`: in report mode one `propertyNames` issue per refused key, at that key. */
function propertyNameCheck(w: Checks, schema: SchemaNode, name: Value, frame: Frame): readonly Statement[] {
  if (frame.mode === 'fast') return w.node(schema, name, frame).code;
  return w.unlessAnyMatches([schema], name, [w.fail(frame, name, 'propertyNames', fixedMessages.propertyNames)]);
}

function notDeclared(w: Checks, key: string, names: string[]): Condition {
  if (names.length <= MAX_INLINE_NAMES) return condition(names.map((n) => `${key} !== ${stringLiteral(n)}`).join(' && '));
  return condition(`!${w.constants.set(names)}.has(${key})`);
}
