import { SpecError } from '../diagnostics.js';
import { asRecord } from '../values.js';
import type { LoadedSpec } from '../load/index.js';
import { pointerOf } from '../diagnostics.js';
import { compareCodePoints } from '../values.js';
import { compareMethods, type ApiInfo, type ApiModel, type Diagnostic, type NamedSchema, type OperationNode, type SchemaNode, type SecuritySchemeNode, type ServerNode } from './ir.js';
import { odataOf } from './odata.js';
import { identifierFor, NameRegistry, operationIdFromRoute, typeNameFor } from './names.js';
import { OperationReader, servers as readServers, type PendingOperation } from './operations.js';
import { RUNTIME_EXPORT_NAMES } from './reserved-names.js';
import { SchemaBuilder } from './schemas.js';
import { skippedFeatureWarnings } from './skipped-features.js';
import { detectFlavour, type FlavourSetting } from './flavour.js';
import { aliasTarget, walkSchema } from './schema-vocabulary.js';


/** Suffixes of the type names derived from an operation's type name. */
export const OPERATION_TYPE_SUFFIXES = ['RequestBody', 'Response', 'Parameters', 'Error'] as const;

/**
 * model: build the IR from loaded documents. Names are planned here, once: schema types first
 * (sorted by spec name), then operations (sorted by operationId, then route), so the result never
 * depends on file or declaration order.
 */
export function buildModel(spec: LoadedSpec, options: { flavour?: FlavourSetting } = {}): ApiModel {
  const documents = [...spec.documents].sort((a, b) => compareCodePoints(a.relPath, b.relPath));
  const schemas = new SchemaBuilder(spec.resolver, (d) => spec.versions.get(d) ?? '3.1');
  for (const document of documents) {
    for (const name of Object.keys(asRecord(asRecord(asRecord(document.data).components).schemas))) {
      schemas.declare(document, pointerOf(['components', 'schemas', name]), name);
    }
  }
  const reader = new OperationReader(spec.resolver, schemas, spec.droppedOperations);
  const pending: PendingOperation[] = documents.flatMap((d) => reader.read(d));
  schemas.drain();
  const diagnostics = [...reader.diagnostics, ...schemas.diagnostics, ...aliasCycles(schemas)];
  if (diagnostics.length > 0) throw new SpecError(dedupe(diagnostics));

  const types = new NameRegistry(RUNTIME_EXPORT_NAMES);
  const named: NamedSchema[] = [...schemas.named.values()]
    .sort((a, b) => compareCodePoints(a.specName, b.specName) || compareCodePoints(a.id, b.id))
    .map(({ id, specName, schema }) => ({ id, specName, schema, typeName: types.claim(typeNameFor(specName)), hasReadOnly: false, hasWriteOnly: false }));
  markVisibility(named);
  for (const n of named) if (n.hasReadOnly || n.hasWriteOnly) n.writeTypeName = types.claim(`${n.typeName}Writable`);

  const values = new NameRegistry();
  const operations: OperationNode[] = pending
    .map((op) => ({ op, key: op.operationId !== '' ? op.operationId : operationIdFromRoute(op.method, op.path) }))
    .sort((a, b) => compareCodePoints(a.key, b.key) || compareCodePoints(a.op.path, b.op.path) || compareMethods(a.op.method, b.op.method))
    .map(({ op, key }) => {
      const identifier = values.claim(identifierFor(key, 'operation'));
      const typeName = claimOperationTypeName(types, typeNameFor(identifier));
      const params = new NameRegistry(['options', 'body', 'signal', 'headers']);
      return {
        ...op,
        operationId: key,
        identifier,
        typeName,
        parameters: op.parameters.map((p) => ({ ...p, identifier: params.claim(identifierFor(p.name, 'param')) })),
      };
    })
    .sort((a, b) => compareCodePoints(a.path, b.path) || compareMethods(a.method, b.method));

  assignFileServers(operations, documents);
  const securitySchemes = securitySchemesOf(documents.map((d) => asRecord(d.data)));
  const servers = documents.map((d) => readServers(asRecord(d.data).servers)).find((s): s is ServerNode[] => s !== undefined && s.length > 0) ?? [];
  for (const op of operations) {
    const odata = odataOf(op, { schemas: named });
    if (odata !== undefined) (op as OperationNode).odata = odata;
  }
  return {
    info: infoOf(documents.map((d) => asRecord(d.data))),
    flavour: detectFlavour(documents.map((d) => d.data), options.flavour),
    servers,
    schemas: named.sort((a, b) => compareCodePoints(a.typeName, b.typeName)),
    operations,
    securitySchemes,
    warnings: [...spec.warnings, ...reader.warnings, ...dedupe(schemas.warnings), ...skippedFeatureWarnings(documents, schemas.unmodelled, operations, securitySchemes)],
  };
}

function claimOperationTypeName(types: NameRegistry, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (types.has(candidate) || OPERATION_TYPE_SUFFIXES.some((s) => types.has(candidate + s))) continue;
    types.claim(candidate);
    for (const suffix of OPERATION_TYPE_SUFFIXES) types.claim(candidate + suffix);
    return candidate;
  }
}

/** hasReadOnly / hasWriteOnly, transitively through refs (a fixpoint, so cycles are fine). */
function markVisibility(named: NamedSchema[]): void {
  const byId = new Map(named.map((n) => [n.id, n]));
  const local = new Map<string, { readOnly: boolean; writeOnly: boolean; refs: Set<string> }>();
  for (const n of named) {
    const info = { readOnly: false, writeOnly: false, refs: new Set<string>() };
    walkSchema(n.schema, (node, isProperty) => {
      if (isProperty && node.readOnly) info.readOnly = true;
      if (isProperty && node.writeOnly) info.writeOnly = true;
      if (node.ref !== undefined) info.refs.add(node.ref);
    });
    local.set(n.id, info);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of named) {
      const info = local.get(n.id)!;
      for (const ref of info.refs) {
        const other = local.get(ref);
        if (other === undefined) continue;
        if (other.readOnly && !info.readOnly) (info.readOnly = true), (changed = true);
        if (other.writeOnly && !info.writeOnly) (info.writeOnly = true), (changed = true);
      }
    }
  }
  for (const [id, info] of local) {
    const n = byId.get(id)!;
    n.hasReadOnly = info.readOnly;
    n.hasWriteOnly = info.writeOnly;
  }
}

function infoOf(documents: Record<string, unknown>[]): ApiInfo {
  for (const data of documents) {
    const info = asRecord(data.info);
    if (typeof info.title === 'string') {
      return {
        title: info.title,
        version: typeof info.version === 'string' ? info.version : '0.0.0',
        ...(typeof info.description === 'string' ? { description: info.description } : {}),
      };
    }
  }
  return { title: 'API', version: '0.0.0' };
}

function securitySchemesOf(documents: Record<string, unknown>[]): SecuritySchemeNode[] {
  const byName = new Map<string, SecuritySchemeNode>();
  for (const data of documents) {
    for (const [name, raw] of Object.entries(asRecord(asRecord(data.components).securitySchemes))) {
      const s = asRecord(raw);
      if (byName.has(name) || typeof s.type !== 'string') continue;
      byName.set(name, {
        name,
        type: s.type as SecuritySchemeNode['type'],
        ...(s.in === 'query' || s.in === 'header' || s.in === 'cookie' ? { in: s.in } : {}),
        ...(typeof s.name === 'string' ? { paramName: s.name } : {}),
        ...(typeof s.scheme === 'string' ? { scheme: s.scheme } : {}),
        ...(typeof s.bearerFormat === 'string' ? { bearerFormat: s.bearerFormat } : {}),
        ...(typeof s.description === 'string' ? { description: s.description } : {}),
      });
    }
  }
  return [...byName.values()].sort((a, b) => compareCodePoints(a.name, b.name));
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Named schemas that are nothing but a `$ref` to each other in a ring (`A: {$ref: B}`,
 * `B: {$ref: A}`) describe no value at all; TypeScript would reject the aliases too. Report them.
 */
function aliasCycles(schemas: SchemaBuilder): Diagnostic[] {
  const target = (id: string): string | undefined => {
    const node = schemas.named.get(id)?.schema;
    return node === undefined ? undefined : aliasTarget(node);
  };
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const [id, pending] of schemas.named) {
    const seen = new Set<string>([id]);
    for (let next = target(id); next !== undefined; next = target(next)) {
      if (next === id) {
        if (![...seen].some((s) => reported.has(s))) diagnostics.push(pending.document.diagnostic(pending.pointer, `schema "${pending.specName}" is a cycle of $refs that never reaches a schema (${[...seen].map((s) => schemas.named.get(s)!.specName).join(' → ')} → ${pending.specName})`));
        for (const s of seen) reported.add(s);
        break;
      }
      if (seen.has(next)) break;
      seen.add(next);
    }
  }
  return diagnostics;
}

/**
 * Servers of operations whose file declares none (nor their path or operation). A file that
 * describes the same API as one with servers — the same `info.title`, or a fragment without
 * `info` — shares that file's servers; a file of another API is served at `/`, OpenAPI's default
 * server, on the host of the first servers found — never below another API's base path.
 */
function assignFileServers(operations: OperationNode[], documents: readonly LoadedSpec['documents'][number][]): void {
  const withServers = documents
    .map((d) => ({ title: asRecord(asRecord(d.data).info).title, servers: readServers(asRecord(d.data).servers) ?? [] }))
    .filter((d) => d.servers.length > 0);
  if (withServers.length === 0) return;
  for (const op of operations) {
    if (op.servers.length > 0) continue;
    const document = documents.find((d) => d.relPath === op.source.file);
    const title = asRecord(asRecord(document?.data).info).title;
    const sameApi = typeof title !== 'string' ? withServers[0] : withServers.find((d) => d.title === title);
    op.servers = sameApi !== undefined ? sameApi.servers : [{ url: '/', variables: [] }];
  }
}
