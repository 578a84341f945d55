import { pointerOf } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { HTTP_METHODS } from './check-duplicates.js';
import { asRecord } from '../values.js';
import { isRef, MAX_REF_CHAIN, type RefResolver } from './refs.js';
import type { SpecDocument } from './spec-document.js';
import { validatePermissions } from './validate-permissions.js';

/**
 * Run the `x-permissions` checks for every operation of every document, where the operation
 * really is: a path item that is a `$ref` is followed (as the model follows it), and an operation
 * reached from several places is checked once. Its effective `security` is its own, else that of
 * the document it lives in, else that of the document whose `paths` lists it (as the model reads it).
 */
export function checkOperationPermissions(documents: readonly SpecDocument[], resolver: RefResolver): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const checked = new Set<string>();
  // `documents` may grow while refs are followed: index, do not iterate a snapshot.
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i]!;
    const data = asRecord(document.data);
    for (const [path, rawItem] of Object.entries(asRecord(data.paths))) {
      const item = followRefs(resolver, document, pointerOf(['paths', path]), rawItem);
      if (item === undefined) continue;
      for (const method of HTTP_METHODS) {
        const operation = item.value[method];
        if (operation === undefined) continue;
        const pointer = `${item.pointer}/${method}`;
        const key = `${item.document.relPath}#${pointer}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const op = asRecord(operation);
        const security = securityOf(op, pointer, item.document, document);
        diagnostics.push(...validatePermissions({ document: item.document, pointer, operation: op, ...(security === undefined ? {} : { security }), schemeType: schemeTypes(item.document, resolver) }));
      }
    }
  }
  return diagnostics;
}

interface Located {
  document: SpecDocument;
  pointer: string;
  value: Record<string, unknown>;
}

/** Follow `$ref`s to an object; undefined when a ref is broken (the ref check reports that). */
function followRefs(resolver: RefResolver, document: SpecDocument, pointer: string, value: unknown): Located | undefined {
  let current = { document, pointer, value };
  for (let hops = 0; isRef(current.value); hops++) {
    if (hops >= MAX_REF_CHAIN) return undefined;
    const target = resolver.resolve(current.document, current.value.$ref, `${current.pointer}/$ref`);
    if (!('value' in target)) return undefined;
    current = target;
  }
  if (current.value === null || typeof current.value !== 'object' || Array.isArray(current.value)) return undefined;
  return current as Located;
}

function securityOf(op: Record<string, unknown>, pointer: string, home: SpecDocument, listing: SpecDocument): { pointer: string; value: unknown; document: SpecDocument } | undefined {
  if (op.security !== undefined) return { pointer: `${pointer}/security`, value: op.security, document: home };
  for (const document of [home, listing]) {
    const security = asRecord(document.data).security;
    if (security !== undefined) return { pointer: '/security', value: security, document };
  }
  return undefined;
}

/** Type of a security scheme by name, as declared in `document` (`oauth2` when declared elsewhere). */
function schemeTypes(document: SpecDocument, resolver: RefResolver): (name: string) => string | undefined {
  const schemes = asRecord(asRecord(asRecord(document.data).components).securitySchemes);
  return (name) => {
    if (!Object.prototype.hasOwnProperty.call(schemes, name)) {
      // Declared in another file (a shared components file): any scheme of that name counts.
      return 'oauth2';
    }
    const scheme = followRefs(resolver, document, pointerOf(['components', 'securitySchemes', name]), schemes[name]);
    const type = scheme?.value.type;
    return typeof type === 'string' ? type : undefined;
  };
}
