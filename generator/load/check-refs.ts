import type { Diagnostic } from '../diagnostics.js';
import type { RefResolver } from './refs.js';
import type { SpecDocument } from './spec-document.js';

/** Keys whose values are data, where a `$ref` key is just a key. */
const DATA_KEYS = new Set(['example', 'default', 'const', 'enum']);

/**
 * Resolve every `$ref` in a document once, so a missing target, a ref leaving the spec root or a
 * URL is reported by the loader with its position — whether or not anything uses it. Iterative:
 * no recursion to overflow on deep documents.
 */
export function checkRefs(document: SpecDocument, resolver: RefResolver): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stack: { value: unknown; pointer: string; parentKey: string }[] = [{ value: document.data, pointer: '', parentKey: '' }];
  while (stack.length > 0) {
    const { value, pointer, parentKey } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}`, parentKey: '' }));
      continue;
    }
    const record = value as Record<string, unknown>;
    // Inside `properties` (and similar maps) a key named `$ref` is a name, not a reference.
    if (typeof record.$ref === 'string' && parentKey !== 'properties' && parentKey !== 'patternProperties') {
      const target = resolver.resolve(document, record.$ref, `${pointer}/$ref`);
      if (!('value' in target)) diagnostics.push(target);
    }
    for (const [key, child] of Object.entries(record)) {
      if (DATA_KEYS.has(key) || key.startsWith('x-')) continue;
      // An Example Object's `value` is data; schema `examples` (an array) is data too.
      if (key === 'value' && parentKey === 'example-object') continue;
      if (key === 'examples' && Array.isArray(child)) continue;
      const role = parentKey === 'examples' ? 'example-object' : key;
      stack.push({ value: child, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, parentKey: role });
    }
  }
  return diagnostics;
}
