import { pointerOf } from '../diagnostics.js';
import type { Diagnostic } from '../model/ir.js';
import { asRecord, HTTP_METHODS } from './check-duplicates.js';
import { isRef, type RefResolver } from './refs.js';
import type { SpecDocument } from './spec-document.js';
import { validatePermissions } from './validate-permissions.js';

/** Run the `x-permissions` checks for every operation of a document. */
export function checkOperationPermissions(document: SpecDocument, resolver: RefResolver): Diagnostic[] {
  const data = asRecord(document.data);
  const schemes = asRecord(asRecord(data.components).securitySchemes);
  const schemeType = (name: string): string | undefined => {
    let scheme: unknown = schemes[name];
    if (isRef(scheme)) {
      const target = resolver.resolve(document, scheme.$ref, pointerOf(['components', 'securitySchemes', name]));
      scheme = 'value' in target ? target.value : undefined;
    }
    if (scheme === undefined) {
      // Declared in another file (a shared components file): any scheme of that name counts.
      return 'oauth2';
    }
    const type = asRecord(scheme).type;
    return typeof type === 'string' ? type : undefined;
  };
  const diagnostics: Diagnostic[] = [];
  for (const [path, rawItem] of Object.entries(asRecord(data.paths))) {
    const item = asRecord(rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const op = asRecord(operation);
      const pointer = pointerOf(['paths', path, method]);
      const security = op.security !== undefined ? { pointer: `${pointer}/security`, value: op.security } : data.security !== undefined ? { pointer: '/security', value: data.security } : undefined;
      diagnostics.push(...validatePermissions({ document, pointer, operation: op, ...(security === undefined ? {} : { security }), schemeType }));
    }
  }
  return diagnostics;
}
