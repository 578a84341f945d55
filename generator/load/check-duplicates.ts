import { pointerOf } from '../diagnostics.js';
import type { Diagnostic } from '../model/ir.js';
import type { SpecDocument } from './spec-document.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Two files may not define the same path + method, and may not define the same component name
 * with different content: each error names both places.
 */
export function checkDuplicates(documents: SpecDocument[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const operations = new Map<string, { document: SpecDocument; pointer: string }>();
  const components = new Map<string, { document: SpecDocument; pointer: string; json: string }>();
  for (const document of documents) {
    const data = document.data as Record<string, unknown>;
    const paths = asRecord(data.paths);
    for (const [path, item] of Object.entries(paths)) {
      for (const method of HTTP_METHODS) {
        if (asRecord(item)[method] === undefined) continue;
        // `/users/{id}` and `/users/{userId}` are the same route.
        const key = `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
        const pointer = pointerOf(['paths', path, method]);
        const earlier = operations.get(key);
        if (earlier !== undefined) {
          const first = earlier.document.diagnostic(earlier.pointer, '');
          diagnostics.push(document.diagnostic(pointer, `duplicate operation ${method.toUpperCase()} ${path}: also defined at ${first.file}:${first.line}:${first.column}`));
        } else operations.set(key, { document, pointer });
      }
    }
    const sections = asRecord(data.components);
    for (const [section, entries] of Object.entries(sections)) {
      for (const [name, value] of Object.entries(asRecord(entries))) {
        const key = `${section}/${name}`;
        const pointer = pointerOf(['components', section, name]);
        const json = JSON.stringify(value);
        const earlier = components.get(key);
        if (earlier === undefined) components.set(key, { document, pointer, json });
        else if (earlier.json !== json && earlier.document !== document) {
          const first = earlier.document.diagnostic(earlier.pointer, '');
          diagnostics.push(document.diagnostic(pointer, `component ${key} conflicts with the one at ${first.file}:${first.line}:${first.column} (same name, different content)`));
        }
      }
    }
  }
  return diagnostics;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
