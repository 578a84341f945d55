import type { SchemaNode } from '../../model/ir.js';
import { fixedSegment, STOP_WHEN_FULL, type CheckWriter, type Frame, type Value } from './check-frame.js';
import { itemsMessage, lengthMessages } from './issue-messages.js';
import { guarded } from './value-checks.js';
import { guardFor, Kind } from './value-kinds.js';

/**
 * Array keywords: `minItems`, `maxItems`, `uniqueItems`, `prefixItems` and `items` (the items
 * after the prefix). Loops are linear in the array; `uniqueItems` is linear too (see
 * `duplicateItems` in the runtime).
 * Specification: https://json-schema.org/draft/2020-12/json-schema-core#section-10.3.1
 */
export function arrayChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  const guard = guardFor(value.name, value.kinds, Kind.array);
  if (guard === undefined) return '';
  const array = w.local('a');
  let code = '';
  if (node.minItems !== undefined && node.minItems > 0) code += `if (${array}.length < ${node.minItems}) ${w.fail(frame, value, 'minItems', lengthMessages.minItems(node.minItems))}\n`;
  if (node.maxItems !== undefined) code += `if (${array}.length > ${node.maxItems}) ${w.fail(frame, value, 'maxItems', lengthMessages.maxItems(node.maxItems))}\n`;
  if (node.uniqueItems === true) {
    if (frame.mode === 'fast') code += `if (duplicateItems(${array}) !== undefined) ${frame.fail}\n`;
    else {
      const duplicate = w.local('duplicate');
      const message = `\`must not contain duplicates (items \${${duplicate}[0]} and \${${duplicate}[1]} are equal)\``;
      code += `const ${duplicate} = duplicateItems(${array});\nif (${duplicate} !== undefined) ${w.failWith(frame, value, 'uniqueItems', message)}\n`;
    }
  }
  const prefix = node.prefixItems ?? [];
  prefix.forEach((schema, index) => {
    const item = w.below(value, w.local('x'), fixedSegment(index));
    const check = w.child(schema, item, frame);
    if (check !== '') code += `if (${array}.length > ${index}) {\nconst ${item.name} = ${array}[${index}];\n${check}}\n`;
  });
  if (node.items !== undefined) code += restItems(w, node.items, prefix.length, array, value, frame);
  if (code === '') return '';
  return guarded(guard, `const ${array} = ${value.name} as unknown[];\n${code}`);
}

/** `items`: every item after the first `start` (the `prefixItems`). */
function restItems(w: CheckWriter, items: SchemaNode, start: number, array: string, value: Value, frame: Frame): string {
  if (items.boolean === false) return `if (${array}.length > ${start}) ${w.fail(frame, value, 'items', itemsMessage(start))}\n`;
  const index = w.local('i');
  const item = w.below(value, w.local('x'), { code: index });
  const check = w.child(items, item, frame);
  if (check === '') return '';
  // Report mode stops early once enough issues are collected: a huge invalid array stays cheap.
  const stop = frame.mode === 'report' ? STOP_WHEN_FULL : '';
  return `for (let ${index} = ${start}; ${index} < ${array}.length; ${index}++) {\n${stop}const ${item.name} = ${array}[${index}];\n${check}}\n`;
}
