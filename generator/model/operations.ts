import { pointerOf } from '../diagnostics.js';
import { ADDITIONAL_METHOD, HTTP_METHODS, pathItemOperations } from '../load/check-duplicates.js';
import { asRecord } from '../values.js';
import { isRef, type RefResolver } from '../load/refs.js';
import type { SpecDocument } from '../load/spec-document.js';
import type {
  Diagnostic,
  EncodingNode,
  HttpMethod,
  JsonValue,
  MediaNode,
  OperationNode,
  ParameterNode,
  RequestBodyNode,
  ResponseNode,
  SecurityRequirementNode,
  ServerNode,
} from './ir.js';
import { permissionsFrom } from './permissions.js';
import { during } from '../processing-step.js';
import type { SchemaBuilder } from './schemas.js';

/** A value found by following `$ref`s: the document and pointer it really lives at. */
export interface Located {
  document: SpecDocument;
  pointer: string;
  value: Record<string, unknown>;
}

/** Operation before identifiers are planned. */
export type PendingOperation = Omit<OperationNode, 'identifier' | 'typeName' | 'parameters'> & {
  parameters: Omit<ParameterNode, 'identifier'>[];
};

const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * Reads path items and operations into IR operations: parameters (path-level merged with
 * operation-level), request bodies, responses, security and permissions, each `$ref` followed.
 *
 * Specification: https://spec.openapis.org/oas/v3.1.0#operation-object
 */
export class OperationReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  constructor(
    private readonly resolver: RefResolver,
    private readonly schemas: SchemaBuilder,
    /** Operations the loader left out (`<relPath>#/paths/<path>/<method>`), see `checkDuplicates`. */
    private readonly dropped: ReadonlySet<string> = new Set(),
  ) {}

  /** Follow `$ref`s (bounded, cycle-checked) until an object that is not a reference. */
  deref(document: SpecDocument, pointer: string, value: unknown): Located | undefined {
    const seen = new Set<string>();
    let current: { document: SpecDocument; pointer: string; value: unknown } = { document, pointer, value };
    while (isRef(current.value)) {
      const key = `${current.document.relPath}#${current.pointer}`;
      if (seen.has(key)) {
        this.diagnostics.push(document.diagnostic(pointer, '$ref cycle: the chain of references leads back to itself'));
        return undefined;
      }
      seen.add(key);
      const target = this.resolver.resolve(current.document, current.value.$ref, `${current.pointer}/$ref`);
      if (!('value' in target)) {
        this.diagnostics.push(target);
        return undefined;
      }
      current = target;
    }
    if (current.value === null || typeof current.value !== 'object' || Array.isArray(current.value)) {
      this.diagnostics.push(current.document.diagnostic(current.pointer, 'expected an object'));
      return undefined;
    }
    return current as Located;
  }

  read(document: SpecDocument): PendingOperation[] {
    const data = asRecord(document.data);
    const operations: PendingOperation[] = [];
    const rootServers = servers(data.servers);
    for (const [path, rawItem] of Object.entries(asRecord(data.paths))) {
      const item = this.deref(document, pointerOf(['paths', path]), rawItem);
      if (item === undefined) continue;
      const itemServers = servers(item.value.servers);
      for (const { method, segments, value: rawOperation } of pathItemOperations(item.value)) {
        if (this.dropped.has(`${document.relPath}#${pointerOf(['paths', path, ...segments])}`)) continue;
        const pointer = `${item.pointer}${pointerOf(segments)}`;
        const at = item.document;
        const operation = during(`for ${method.toUpperCase()} ${path}`, { file: at.relPath, pointer }, () => this.operation(data, item, path, method, pointer, rawOperation, rootServers, itemServers));
        operations.push(operation);
      }
      for (const name of Object.keys(asRecord(item.value.additionalOperations))) {
        if (ADDITIONAL_METHOD.test(name) && !(HTTP_METHODS as readonly string[]).includes(name.toLowerCase())) continue;
        this.warnings.push(item.document.diagnostic(`${item.pointer}/additionalOperations${pointerOf([name])}`, `the additional operation ${JSON.stringify(name)} of ${path} is not generated: apiwright generates methods named by letters only, other than the fixed ones`, 'warning'));
      }
    }
    return operations;
  }

  private operation(data: Record<string, unknown>, item: Located, path: string, method: string, pointer: string, rawOperation: unknown, rootServers: ServerNode[] | undefined, itemServers: ServerNode[] | undefined): PendingOperation {
    const op = asRecord(rawOperation);
    const at = item.document;
    const operationId = typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : undefined;
    const securityValue = op.security ?? asRecord(at.data).security ?? data.security;
    const permissions = permissionsFrom(at, pointer, op['x-permissions']);
    const extensions: Record<string, JsonValue> = {};
    for (const [key, value] of Object.entries(op)) {
      if (key.startsWith('x-') && key !== 'x-permissions') extensions[key] = value as JsonValue;
    }
    const docs = asRecord(op.externalDocs);
    // `{+name}` (RFC 6570 reserved expansion): the path parameter `name`, sent with reserved characters as they are.
    const reserved = new Set([...path.matchAll(/\{\+([^{}]+)\}/g)].map((m) => m[1]!));
    if (reserved.size > 0) {
      const names = [...reserved].map((n) => `{+${n}}`).join(', ');
      this.warnings.push(at.diagnostic(pointer, `${method.toUpperCase()} ${path}: reserved expansion ${names} — the client sends reserved characters such as "/" as they are; the mocks match a value within one path segment only`, 'warning'));
    }
    const declared = this.parameters(item, pointer, op).map((p) => (p.in === 'path' && reserved.has(p.name) ? { ...p, allowReserved: true } : p));
    const parameters = matchPathTemplate(path, `${method.toUpperCase()} ${path}`, declared, at, pointer, this.warnings);
    const operation: PendingOperation = {
      operationId: operationId ?? '',
      method: method as HttpMethod,
      path: path.replace(/\{\+([^{}]+)\}/g, '{$1}'),
      deprecated: op.deprecated === true,
      tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
      parameters,
      responses: this.responses(at, `${pointer}/responses`, op.responses),
      servers: servers(op.servers) ?? itemServers ?? rootServers ?? [],
      extensions,
      source: { file: at.relPath, pointer },
    };
    if (typeof op.summary === 'string') operation.summary = op.summary;
    if (typeof op.description === 'string') operation.description = op.description;
    if (typeof docs.url === 'string') operation.externalDocs = { url: docs.url, ...(typeof docs.description === 'string' ? { description: docs.description } : {}) };
    if (op.requestBody !== undefined) {
      const body = this.requestBody(at, `${pointer}/requestBody`, op.requestBody);
      if (body !== undefined) operation.requestBody = body;
    }
    if (Array.isArray(securityValue)) operation.security = securityValue.map(requirement);
    if (permissions !== undefined) operation.permissions = permissions;
    return operation;
  }

  private parameters(item: Located, pointer: string, op: Record<string, unknown>): Omit<ParameterNode, 'identifier'>[] {
    const byKey = new Map<string, Omit<ParameterNode, 'identifier'>>();
    const add = (document: SpecDocument, base: string, list: unknown) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const located = this.deref(document, `${base}/${i}`, raw);
        if (located === undefined) return;
        const parameter = this.parameter(located);
        if (parameter !== undefined) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      });
    };
    add(item.document, `${item.pointer}/parameters`, item.value.parameters);
    add(item.document, `${pointer}/parameters`, op.parameters);
    return [...byKey.values()];
  }

  private parameter({ document, pointer, value }: Located): Omit<ParameterNode, 'identifier'> | undefined {
    const name = value.name;
    const location = value.in;
    if (typeof name !== 'string' || (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie')) return undefined;
    let schema = value.schema === undefined ? undefined : this.schemas.build(document, `${pointer}/schema`, value.schema);
    if (schema === undefined && value.content !== null && typeof value.content === 'object') {
      const [mediaType, media] = Object.entries(value.content as Record<string, unknown>)[0] ?? [];
      if (mediaType !== undefined) schema = this.schemas.build(document, `${pointer}/content${pointerOf([mediaType])}/schema`, asRecord(media).schema ?? {});
    }
    const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
    const style = typeof value.style === 'string' ? (value.style as ParameterNode['style']) : defaultStyle;
    const parameter: Omit<ParameterNode, 'identifier'> = {
      name,
      in: location,
      required: location === 'path' ? true : value.required === true,
      deprecated: value.deprecated === true,
      schema: schema ?? { source: { file: document.relPath, pointer } },
      style,
      explode: typeof value.explode === 'boolean' ? value.explode : style === 'form',
      // OpenAPI: allowReserved applies to query parameters only (path ones get it from `{+name}`).
      allowReserved: location === 'query' && value.allowReserved === true,
      reservedHeader: location === 'header' && RESERVED_HEADERS.has(name.toLowerCase()),
      source: { file: document.relPath, pointer },
    };
    if (typeof value.description === 'string') parameter.description = value.description;
    if (Object.prototype.hasOwnProperty.call(value, 'example')) parameter.example = { value: value.example as JsonValue };
    return parameter;
  }

  private requestBody(document: SpecDocument, pointer: string, raw: unknown): RequestBodyNode | undefined {
    const located = this.deref(document, pointer, raw);
    if (located === undefined) return undefined;
    const body: RequestBodyNode = {
      required: located.value.required === true,
      content: this.content(located.document, `${located.pointer}/content`, located.value.content),
      source: { file: located.document.relPath, pointer: located.pointer },
    };
    if (typeof located.value.description === 'string') body.description = located.value.description;
    return body;
  }

  private responses(document: SpecDocument, pointer: string, raw: unknown): ResponseNode[] {
    const responses: ResponseNode[] = [];
    for (const [status, value] of Object.entries(asRecord(raw))) {
      if (status.startsWith('x-')) continue;
      const located = this.deref(document, `${pointer}${pointerOf([status])}`, value);
      if (located === undefined) continue;
      const headers: ResponseNode['headers'] = [];
      for (const [name, header] of Object.entries(asRecord(located.value.headers))) {
        const h = this.deref(located.document, `${located.pointer}/headers${pointerOf([name])}`, header);
        if (h === undefined) continue;
        headers.push({
          name,
          required: h.value.required === true,
          ...(typeof h.value.description === 'string' ? { description: h.value.description } : {}),
          ...(h.value.schema !== undefined ? { schema: this.schemas.build(h.document, `${h.pointer}/schema`, h.value.schema) } : {}),
        });
      }
      responses.push({
        status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
        description: typeof located.value.description === 'string' ? located.value.description : '',
        content: this.content(located.document, `${located.pointer}/content`, located.value.content),
        headers,
        source: { file: located.document.relPath, pointer: located.pointer },
      });
    }
    return responses;
  }

  private content(document: SpecDocument, pointer: string, raw: unknown): MediaNode[] {
    const media: MediaNode[] = [];
    for (const [contentType, value] of Object.entries(asRecord(raw))) {
      const base = `${pointer}${pointerOf([contentType])}`;
      const m = asRecord(value);
      const node: MediaNode = { contentType, kind: mediaKind(contentType), examples: [] };
      if (m.schema !== undefined) node.schema = this.schemas.build(document, `${base}/schema`, m.schema);
      if (m.itemSchema !== undefined) node.itemSchema = this.schemas.build(document, `${base}/itemSchema`, m.itemSchema);
      const encoding = encodingOf(m.encoding);
      if (encoding.length > 0 && (node.kind === 'form' || node.kind === 'multipart')) node.encoding = encoding;
      if (Object.prototype.hasOwnProperty.call(m, 'example')) node.examples.push({ name: 'example', value: m.example as JsonValue });
      for (const [name, example] of Object.entries(asRecord(m.examples))) {
        const located = this.deref(document, `${base}/examples${pointerOf([name])}`, example);
        if (located === undefined || !Object.prototype.hasOwnProperty.call(located.value, 'value')) continue;
        node.examples.push({ name, value: located.value.value as JsonValue, ...(typeof located.value.summary === 'string' ? { summary: located.value.summary } : {}) });
      }
      media.push(node);
    }
    return media;
  }
}

export function mediaKind(contentType: string): MediaNode['kind'] {
  const type = contentType.toLowerCase().split(';')[0]!.trim();
  if (type === 'application/json' || type.endsWith('+json') || type === '*/*' || type === 'application/*') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/') || type.endsWith('+xml') || type === 'application/xml') return 'text';
  return 'binary';
}

function requirement(raw: unknown): SecurityRequirementNode {
  return {
    schemes: Object.entries(asRecord(raw)).map(([name, scopes]) => ({
      name,
      scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [],
    })),
  };
}

export function servers(raw: unknown): ServerNode[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((s) => {
    const server = asRecord(s);
    return {
      url: typeof server.url === 'string' ? server.url : '/',
      ...(typeof server.description === 'string' ? { description: server.description } : {}),
      variables: Object.entries(asRecord(server.variables)).map(([name, v]) => {
        const variable = asRecord(v);
        return {
          name,
          default: String(variable.default ?? ''),
          ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
          ...(typeof variable.description === 'string' ? { description: variable.description } : {}),
        };
      }),
    };
  });
}

/**
 * The path parameters as the template uses them: a `{name}` no parameter declares is taken as a
 * required string (warned), and a declared path parameter the template does not use is left out
 * (warned): it could not be sent.
 */
function matchPathTemplate(path: string, route: string, parameters: Omit<ParameterNode, 'identifier'>[], document: SpecDocument, pointer: string, warnings: Diagnostic[]): Omit<ParameterNode, 'identifier'>[] {
  const used = [...new Set([...path.matchAll(/\{\+?([^{}]*)\}/g)].map((m) => m[1]!))];
  const kept = parameters.filter((p) => {
    if (p.in !== 'path' || used.includes(p.name)) return true;
    warnings.push(document.diagnostic(p.source.file === document.relPath ? p.source.pointer : pointer, `${route}: path parameter "${p.name}" does not appear in the path template: left out`, 'warning'));
    return false;
  });
  for (const name of used) {
    if (kept.some((p) => p.in === 'path' && p.name === name)) continue;
    warnings.push(document.diagnostic(pointer, `${route}: the path template uses {${name}}, but no path parameter "${name}" is declared: taken as a required string`, 'warning'));
    kept.push({
      name,
      in: 'path',
      required: true,
      deprecated: false,
      schema: { source: { file: document.relPath, pointer }, types: ['string'] },
      style: 'simple',
      explode: false,
      allowReserved: path.includes(`{+${name}}`),
      reservedHeader: false,
      source: { file: document.relPath, pointer },
    });
  }
  return kept;
}

/** The Encoding Objects of a media type, by property name. */
function encodingOf(raw: unknown): EncodingNode[] {
  const styles = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);
  return Object.entries(asRecord(raw))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([property, value]) => {
      const e = asRecord(value);
      const node: EncodingNode = { property };
      if (typeof e.contentType === 'string' && e.contentType.trim() !== '') node.contentType = e.contentType;
      if (typeof e.style === 'string' && styles.has(e.style)) node.style = e.style as NonNullable<EncodingNode['style']>;
      if (typeof e.explode === 'boolean') node.explode = e.explode;
      if (e.allowReserved === true) node.allowReserved = true;
      return node;
    });
}
