import type { SchemaNode } from '../../model/ir.js';
import { block, condition, ifBlock, ifThen, line, type Statement } from '../../render/code-tree.js';
import { fixedSegment, type Checks, type Frame, type Value } from './check-parts.js';
import { itemsMessage, lengthMessages } from './issue-messages.js';
import { guarded } from './value-checks.js';
import { guardFor, Kind } from './value-kinds.js';

/**
 * Array keywords: `minItems`, `maxItems`, `uniqueItems`, `prefixItems` and `items` (the items
 * after the prefix). Loops are linear in the array; `uniqueItems` is linear too (see
 * `duplicateItems` in the runtime).
 * Specification: https://json-schema.org/draft/2020-12/json-schema-core#section-10.3.1
 */
export function arrayChecks(w: Checks, node: SchemaNode, value: Value, frame: Frame): readonly Statement[] {
  const guard = guardFor(value.name, value.kinds, Kind.array);
  if (guard === undefined) return [];
  const array = w.local('a');
  const code: Statement[] = [];
  if (node.minItems !== undefined && node.minItems > 0) code.push(ifThen(condition(`${array}.length < ${node.minItems}`), w.fail(frame, value, 'minItems', lengthMessages.minItems(node.minItems))));
  if (node.maxItems !== undefined) code.push(ifThen(condition(`${array}.length > ${node.maxItems}`), w.fail(frame, value, 'maxItems', lengthMessages.maxItems(node.maxItems))));
  if (node.uniqueItems === true) {
    if (frame.mode === 'fast') code.push(ifThen(condition(`duplicateItems(${array}) !== undefined`), frame.fail));
    else {
      const duplicate = w.local('duplicate');
      const message = `\`must not contain duplicates (items \${${duplicate}[0]} and \${${duplicate}[1]} are equal)\``;
      code.push(line(`const ${duplicate} = duplicateItems(${array});`), ifThen(condition(`${duplicate} !== undefined`), w.failWith(frame, value, 'uniqueItems', message)));
    }
  }
  const prefix = node.prefixItems ?? [];
  prefix.forEach((schema, index) => {
    const item = w.below(value, w.local('x'), fixedSegment(index));
    const check = w.child(schema, item, frame);
    if (check.length > 0) code.push(ifBlock(condition(`${array}.length > ${index}`), [line(`const ${item.name} = ${array}[${index}];`), ...check]));
  });
  if (node.items !== undefined) code.push(...restItems(w, node.items, prefix.length, array, value, frame));
  if (code.length === 0) return [];
  return guarded(guard, [line(`const ${array} = ${value.name} as unknown[];`), ...code]);
}

/** `items`: every item after the first `start` (the `prefixItems`). */
function restItems(w: Checks, items: SchemaNode, start: number, array: string, value: Value, frame: Frame): readonly Statement[] {
  if (items.boolean === false) return [ifThen(condition(`${array}.length > ${start}`), w.fail(frame, value, 'items', itemsMessage(start)))];
  const index = w.local('i');
  const item = w.below(value, w.local('x'), { code: index });
  const check = w.child(items, item, frame);
  if (check.length === 0) return [];
  return [block([line(`const ${item.name} = ${array}[${index}];`), ...check], `for (let ${index} = ${start}; ${index} < ${array}.length; ${index}++)`)];
}
