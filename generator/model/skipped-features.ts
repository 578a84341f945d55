import { pointerOf } from '../diagnostics.js';
import { asRecord } from '../values.js';
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

  for (const document of documents) warnings.push(...openApi32Warnings(document));
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

const SEQUENTIAL = /^(text\/event-stream|application\/(jsonl|x-ndjson|ndjson|x-jsonlines|json-seq))\s*(;|$)/i;

/**
 * OpenAPI 3.2 features the package does not carry out: `$self` (references resolve against the
 * file's place), `querystring` parameters, `itemSchema` outside a streamed response
 * (`text/event-stream`, JSON Lines), `itemEncoding` and `prefixEncoding`.
 */
function openApi32Warnings(document: SpecDocument): Diagnostic[] {
  const data = asRecord(document.data);
  if (typeof data.openapi !== 'string' || !data.openapi.startsWith('3.2')) return [];
  const warnings: Diagnostic[] = [];
  if (typeof data.$self === 'string') warnings.push(document.diagnostic('/$self', '`$self` is not used: references are resolved against the spec file\'s own place', 'warning'));
  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`, depth + 1));
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.in === 'querystring' && typeof record.name === 'string') warnings.push(document.diagnostic(pointer, `the querystring parameter ${JSON.stringify(record.name)} is not generated: the client does not send it and the mocks do not check it`, 'warning'));
    for (const [key, child] of Object.entries(record)) {
      const at = `${pointer}${pointerOf([key])}`;
      if ((key === 'itemEncoding' || key === 'prefixEncoding') && pointer.includes('/content/')) warnings.push(document.diagnostic(at, `\`${key}\` is not carried out: the parts of a sequential body are sent and read without it`, 'warning'));
      if (key === 'itemSchema' && pointer.includes('/content/')) {
        const mediaType = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
        if (pointer.includes('/requestBody/')) warnings.push(document.diagnostic(at, 'a streamed request body (`itemSchema`) is not carried out: the client sends the body as one value', 'warning'));
        else if (!SEQUENTIAL.test(mediaType)) warnings.push(document.diagnostic(at, `\`itemSchema\` of ${mediaType} is not carried out: streamed items are read from text/event-stream and JSON Lines responses only`, 'warning'));
      }
      if (key !== 'examples' && key !== 'example' && key !== 'default' && key !== 'const' && key !== 'enum') visit(child, at, depth + 1);
    }
  };
  visit(data.paths, '/paths', 0);
  visit(data.components, '/components', 0);
  return warnings;
}
