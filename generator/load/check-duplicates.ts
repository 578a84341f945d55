import { pointerOf } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { asRecord } from '../values.js';
import type { SpecDocument } from './spec-document.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/** A method name of OpenAPI 3.2 `additionalOperations` that apiwright generates: letters only (`COPY`, `LINK`). */
export const ADDITIONAL_METHOD = /^[A-Za-z]+$/;

/**
 * The operations of a Path Item: the fixed methods (`get` … `trace`, 3.2's `query`), then 3.2's
 * `additionalOperations` whose method is a plain word (others are warned about by the model), each
 * with the pointer segments below the path item and the method in lower case.
 */
export function pathItemOperations(item: Record<string, unknown>): { method: string; segments: string[]; value: unknown }[] {
  const found: { method: string; segments: string[]; value: unknown }[] = [];
  for (const method of HTTP_METHODS) if (item[method] !== undefined) found.push({ method, segments: [method], value: item[method] });
  for (const [name, value] of Object.entries(asRecord(item.additionalOperations))) {
    const method = name.toLowerCase();
    if (!ADDITIONAL_METHOD.test(name) || (HTTP_METHODS as readonly string[]).includes(method)) continue;
    found.push({ method, segments: ['additionalOperations', name], value });
  }
  return found;
}

/** What `checkDuplicates` found: errors, and operations left out with a warning each. */
export interface DuplicateCheck {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Operations not generated, as `<relPath>#<pointer of paths/<path>/<method>>`. */
  dropped: Set<string>;
}

/**
 * Two files may not define the same path + method, and may not define the same component name
 * with different content: each error names both places. Two path templates that differ only in
 * their parameters' names (`/users/{id}`, `/users/{userId}`) or in reserved expansion
 * (`/files/{+path}`, `/files/{path}`) match the same requests: the later operation is left out
 * with a warning that names both, and everything else is generated.
 */
export function checkDuplicates(documents: SpecDocument[]): DuplicateCheck {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const dropped = new Set<string>();
  const operations = new Map<string, { document: SpecDocument; pointer: string; path: string }>();
  const components = new Map<string, { document: SpecDocument; pointer: string; json: string }>();
  for (const document of documents) {
    const data = document.data as Record<string, unknown>;
    const paths = asRecord(data.paths);
    for (const [path, item] of Object.entries(paths)) {
      for (const { method, segments } of pathItemOperations(asRecord(item))) {
        // `/users/{id}` and `/users/{userId}` are the same route.
        const key = `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
        const pointer = pointerOf(['paths', path, ...segments]);
        const earlier = operations.get(key);
        if (earlier === undefined) operations.set(key, { document, pointer, path });
        else {
          const first = earlier.document.diagnostic(earlier.pointer, '');
          const at = `${first.file}:${first.line}:${first.column}`;
          if (earlier.path === path) diagnostics.push(document.diagnostic(pointer, `duplicate operation ${method.toUpperCase()} ${path}: also defined at ${at}`));
          else {
            const route = `${method.toUpperCase()} ${path}`;
            warnings.push(document.diagnostic(pointer, `${route} is not generated: it clashes with ${method.toUpperCase()} ${earlier.path} (at ${at}), ${templateDifference(earlier.path, path)}; rename one of them to generate both`, 'warning'));
            dropped.add(`${document.relPath}#${pointer}`);
          }
        }
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
  return { errors: diagnostics, warnings, dropped };
}

/** How two clashing templates differ: `{id}` vs `{userId}` (names), `{+path}` vs `{path}` (reserved expansion). */
function templateDifference(first: string, second: string): string {
  const a = [...first.matchAll(/\{[^}]*\}/g)].map((m) => m[0]);
  const b = [...second.matchAll(/\{[^}]*\}/g)].map((m) => m[0]);
  const pairs = a.map((x, i) => [x, b[i] ?? ''] as const).filter(([x, y]) => x !== y);
  const names = (x: string) => x.replace(/^\{[+#./;?&]?|\}$/g, '');
  const onlyExpansion = pairs.every(([x, y]) => names(x) === names(y));
  const list = pairs.map(([x, y]) => `${x} vs ${y}`).join(', ');
  return onlyExpansion
    ? `which differs only in reserved expansion (${list}): both match the same requests without a "/" in the value`
    : `which differs only in parameter names (${list}): both match the same requests`;
}
