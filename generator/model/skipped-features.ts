import { pointerOf } from '../diagnostics.js';
import { asRecord } from '../load/check-duplicates.js';
import type { SpecDocument } from '../load/spec-document.js';
import type { Diagnostic, OperationNode, SecuritySchemeNode } from './ir.js';

/**
 * What the spec says that the generated package does not carry out, reported as warnings (with
 * file:line:col) so nothing is dropped silently: schema keywords the model has no place for,
 * webhooks and callbacks (requests the API sends, not receives), response links, and security
 * schemes the client cannot apply by itself.
 */

/** Schema keywords outside the model (`SchemaNode`): no validator checks them and no type says them. */
export const UNMODELLED_KEYWORDS = [
  'if',
  'then',
  'else',
  'contains',
  'minContains',
  'maxContains',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
  '$dynamicRef',
  'contentSchema',
] as const;

/** Where a schema used an unmodelled keyword. */
export interface UnmodelledUse {
  document: SpecDocument;
  pointer: string;
  keyword: (typeof UNMODELLED_KEYWORDS)[number];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function skippedFeatureWarnings(documents: readonly SpecDocument[], unmodelled: readonly UnmodelledUse[], operations: readonly OperationNode[], schemes: readonly SecuritySchemeNode[]): Diagnostic[] {
  const warnings: Diagnostic[] = [];

  // One warning per keyword and file, at its first use, with the count.
  const uses = new Map<string, UnmodelledUse[]>();
  for (const use of unmodelled) {
    const key = `${use.document.relPath}\0${use.keyword}`;
    uses.set(key, [...(uses.get(key) ?? []), use]);
  }
  for (const list of uses.values()) {
    const first = list[0]!;
    const count = list.length === 1 ? 'once' : `${list.length} times`;
    warnings.push(first.document.diagnostic(first.pointer, `schema keyword \`${first.keyword}\` (used ${count} in this file) is not supported: the validators do not check it and the types do not express it, so values are accepted as if it were absent`, 'warning'));
  }

  for (const document of documents) {
    const data = asRecord(document.data);
    const webhooks = Object.keys(asRecord(data.webhooks));
    if (webhooks.length > 0) {
      warnings.push(document.diagnostic('/webhooks', `${webhooks.length === 1 ? '1 webhook is' : `${webhooks.length} webhooks are`} not generated: a webhook is a request the API sends, and the package has a client and mocks for the requests it receives`, 'warning'));
    }
    let links: { pointer: string; count: number } | undefined;
    for (const [path, rawItem] of Object.entries(asRecord(data.paths))) {
      const item = asRecord(rawItem);
      for (const method of METHODS) {
        const op = asRecord(item[method]);
        const pointer = pointerOf(['paths', path, method]);
        const callbacks = Object.keys(asRecord(op.callbacks));
        if (callbacks.length > 0) {
          warnings.push(document.diagnostic(`${pointer}/callbacks`, `the callbacks of ${method.toUpperCase()} ${path} (${callbacks.join(', ')}) are not generated: a callback is a request the API sends to the caller`, 'warning'));
        }
        for (const [status, response] of Object.entries(asRecord(op.responses))) {
          if (Object.keys(asRecord(asRecord(response).links)).length === 0) continue;
          const at = `${pointer}${pointerOf(['responses', status, 'links'])}`;
          links = links === undefined ? { pointer: at, count: 1 } : { ...links, count: links.count + 1 };
        }
      }
    }
    if (links !== undefined) {
      warnings.push(document.diagnostic(links.pointer, `response links (in ${links.count === 1 ? '1 response' : `${links.count} responses`} of this file) are not generated: they stay documentation in the spec`, 'warning'));
    }
  }

  // Security schemes some operation requires that the client cannot apply from `credentials` or `getToken`.
  const used = new Set(operations.flatMap((op) => (op.security ?? []).flatMap((r) => r.schemes.map((s) => s.name))));
  for (const scheme of schemes) {
    if (!used.has(scheme.name)) continue;
    const how = manualCredential(scheme);
    if (how === undefined) continue;
    const declaredIn = documents.find((d) => Object.prototype.hasOwnProperty.call(asRecord(asRecord(asRecord(d.data).components).securitySchemes), scheme.name));
    if (declaredIn === undefined) continue;
    warnings.push(declaredIn.diagnostic(pointerOf(['components', 'securitySchemes', scheme.name]), `security scheme \`${scheme.name}\` is not applied by the client (it applies API keys, HTTP Basic and Bearer tokens) nor checked by the mocks: ${how}`, 'warning'));
  }
  return warnings;
}

/** A scheme whose credential is a Bearer token: the one kind the client applies (from `getToken`). */
export function isBearerScheme(scheme: SecuritySchemeNode): boolean {
  return scheme.type === 'oauth2' || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer');
}

/** How a caller supplies a scheme's credential by hand, or undefined when the client applies it. */
function manualCredential(scheme: SecuritySchemeNode): string | undefined {
  if (isBearerScheme(scheme)) return undefined;
  switch (scheme.type) {
    case 'oauth2':
    case 'openIdConnect':
      return undefined;
    case 'http':
      // HTTP Basic comes from `credentials.basic`.
      if (scheme.scheme?.toLowerCase() === 'basic') return undefined;
      return `send the \`Authorization: ${scheme.scheme ?? '…'} …\` header through the \`headers\` option of \`createClient\` or of a call`;
    case 'apiKey':
      // An API key with its place and name comes from `credentials.apiKey`.
      if (scheme.in !== undefined && scheme.paramName !== undefined && scheme.paramName !== '') return undefined;
      return 'the scheme does not say where the key goes (`in` and `name`); send it through the `headers` option of `createClient` or of a call';
    case 'mutualTLS':
      return 'configure the client certificate in the `fetch` passed to `createClient`';
  }
}
