import type { ApiModel, MediaNode, OperationNode, ParameterNode, ResponseNode, SchemaNode, SourceRef } from '../model/ir.js';
import { change, type Change } from './change.js';
import { comparePermissions, compareSecurity } from './permissions.js';
import { canonical, SchemaComparer } from './schemas.js';

/** `PATCH /users/{usersId}`: how an operation is named in the report. */
export function operationLabel(op: OperationNode): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** The route an operation answers: path parameter names do not matter (`/users/{}`). */
function routeKey(op: OperationNode): string {
  return `${op.method} ${op.path.replace(/\{[^}]*\}/g, '{}')}`;
}

/** Every change between the operations of two models (and everything they reach). */
export function compareOperations(base: ApiModel, head: ApiModel): Change[] {
  const out: Change[] = [];
  const schemas = new SchemaComparer(base, head);
  const headByRoute = new Map(head.operations.map((op) => [routeKey(op), op]));
  const baseByRoute = new Map(base.operations.map((op) => [routeKey(op), op]));
  const removed = base.operations.filter((op) => !headByRoute.has(routeKey(op)));
  const added = head.operations.filter((op) => !baseByRoute.has(routeKey(op)));
  // An operation whose operationId now answers another route: its path or method changed.
  const addedById = new Map(added.map((op) => [op.operationId, op]));
  const moved = new Set<OperationNode>();
  for (const op of removed) {
    const to = addedById.get(op.operationId);
    if (to !== undefined && !moved.has(to)) {
      moved.add(to);
      out.push(change('breaking', 'operation', operationLabel(op), '', `operation ${op.operationId} moved to ${operationLabel(to)} (path or method changed)`, op.source, to.source));
      compareOperation(op, to, schemas, out);
    } else out.push(change('breaking', 'operation', operationLabel(op), '', 'operation removed', op.source, undefined));
  }
  for (const op of added) if (!moved.has(op)) out.push(change('feature', 'operation', operationLabel(op), '', 'operation added', undefined, op.source));
  for (const op of base.operations) {
    const to = headByRoute.get(routeKey(op));
    if (to !== undefined) compareOperation(op, to, schemas, out);
  }
  return out;
}

function compareOperation(b: OperationNode, h: OperationNode, schemas: SchemaComparer, out: Change[]): void {
  const scope = operationLabel(h);
  // Operation-level changes point at the keyword (`summary`), or the operation when it is absent.
  const at = (ref: SourceRef, key: string | undefined): SourceRef => (key === undefined ? ref : { file: ref.file, pointer: `${ref.pointer}/${key}` });
  const op = (kind: Change['kind'], message: string, key?: string) => out.push(change(kind, 'operation', scope, '', message, at(b.source, key), at(h.source, key)));
  if (b.identifier !== h.identifier) op('breaking', `generated name changed from ${b.identifier} to ${h.identifier} (operationId ${JSON.stringify(b.operationId)} → ${JSON.stringify(h.operationId)})`, 'operationId');
  if (b.path !== h.path && routeKey(b) === routeKey(h)) op('fix', `path parameter names changed: ${b.path} → ${h.path}`);
  if (!b.deprecated && h.deprecated) op('feature', 'operation deprecated', 'deprecated');
  if (b.deprecated && !h.deprecated) op('fix', 'operation no longer deprecated', 'deprecated');
  if ((b.summary ?? '') !== (h.summary ?? '')) op('fix', 'summary changed', 'summary');
  if ((b.description ?? '') !== (h.description ?? '')) op('fix', 'description changed', 'description');
  if (canonical(b.externalDocs) !== canonical(h.externalDocs)) op('fix', 'external docs changed', 'externalDocs');
  if (canonical(b.tags) !== canonical(h.tags)) op('fix', 'tags changed', 'tags');
  if (canonical(b.servers) !== canonical(h.servers)) op('fix', 'servers changed', 'servers');

  const reached = (changes: Change[], where: string) => {
    for (const c of changes) {
      if (c.scope !== scope && !c.usedBy.includes(`${where} of ${scope}`)) c.usedBy.push(`${where} of ${scope}`);
      out.push(c);
    }
  };
  compareParameters(b, h, scope, schemas, out, reached);
  compareRequestBody(b, h, scope, schemas, out, reached);
  compareResponses(b, h, scope, schemas, out, reached);
  out.push(...compareSecurity(b, h, scope));
  out.push(...comparePermissions(b.permissions, h.permissions, scope, b.source, h.source));
}

type Reached = (changes: Change[], where: string) => void;

function paramKey(p: ParameterNode): string {
  return `${p.in}\0${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

function compareParameters(b: OperationNode, h: OperationNode, scope: string, schemas: SchemaComparer, out: Change[], reached: Reached): void {
  // Accept, Content-Type and Authorization are set by the client itself, never by a caller.
  const bParams = new Map(b.parameters.filter((p) => !p.reservedHeader).map((p) => [paramKey(p), p]));
  const hParams = new Map(h.parameters.filter((p) => !p.reservedHeader).map((p) => [paramKey(p), p]));
  for (const [key, bp] of bParams) {
    const where = `${bp.in} parameter ${bp.name}`;
    const hp = hParams.get(key);
    if (hp === undefined) {
      out.push(change('breaking', 'parameter', scope, where, 'parameter removed', bp.source, h.source));
      continue;
    }
    if (!bp.required && hp.required) out.push(change('breaking', 'parameter', scope, where, 'parameter is now required', bp.source, hp.source));
    if (bp.required && !hp.required) out.push(change('feature', 'parameter', scope, where, 'parameter is no longer required', bp.source, hp.source));
    if (!bp.deprecated && hp.deprecated) out.push(change('feature', 'parameter', scope, where, 'parameter deprecated', bp.source, hp.source));
    if ((bp.description ?? '') !== (hp.description ?? '')) out.push(change('fix', 'parameter', scope, where, 'description changed', bp.source, hp.source));
    if (canonical(bp.example) !== canonical(hp.example)) out.push(change('fix', 'parameter', scope, where, 'example changed', bp.source, hp.source));
    if (bp.style !== hp.style || bp.explode !== hp.explode || bp.allowReserved !== hp.allowReserved) out.push(change('fix', 'parameter', scope, where, 'serialisation changed (the generated client follows it)', bp.source, hp.source));
    reached(schemas.compare(bp.schema, hp.schema, 'request', scope, where), where);
  }
  for (const [key, hp] of hParams) {
    if (bParams.has(key)) continue;
    const where = `${hp.in} parameter ${hp.name}`;
    out.push(change(hp.required ? 'breaking' : 'feature', 'parameter', scope, where, hp.required ? 'new required parameter' : 'optional parameter added', b.source, hp.source));
  }
}

function compareRequestBody(b: OperationNode, h: OperationNode, scope: string, schemas: SchemaComparer, out: Change[], reached: Reached): void {
  const bb = b.requestBody;
  const hb = h.requestBody;
  const where = 'request body';
  if (bb === undefined && hb === undefined) return;
  if (bb === undefined) {
    out.push(change(hb!.required ? 'breaking' : 'feature', 'request body', scope, where, hb!.required ? 'new required request body' : 'optional request body added', b.source, hb!.source));
    return;
  }
  if (hb === undefined) {
    out.push(change('breaking', 'request body', scope, where, 'request body removed', bb.source, h.source));
    return;
  }
  if (!bb.required && hb.required) out.push(change('breaking', 'request body', scope, where, 'request body is now required', bb.source, hb.source));
  if (bb.required && !hb.required) out.push(change('feature', 'request body', scope, where, 'request body is no longer required', bb.source, hb.source));
  if ((bb.description ?? '') !== (hb.description ?? '')) out.push(change('fix', 'request body', scope, where, 'description changed', bb.source, hb.source));
  compareContent(bb.content, hb.content, 'request', scope, where, bb.source, hb.source, schemas, out, reached);
}

function compareResponses(b: OperationNode, h: OperationNode, scope: string, schemas: SchemaComparer, out: Change[], reached: Reached): void {
  const hByStatus = new Map(h.responses.map((r) => [r.status.toUpperCase(), r]));
  const bByStatus = new Map(b.responses.map((r) => [r.status.toUpperCase(), r]));
  for (const br of b.responses) {
    const where = `response ${br.status}`;
    const hr = hByStatus.get(br.status.toUpperCase());
    if (hr === undefined) {
      out.push(change('breaking', 'response', scope, where, 'response removed', br.source, h.source));
      continue;
    }
    compareResponse(br, hr, scope, where, schemas, out, reached);
  }
  for (const hr of h.responses) {
    if (bByStatus.has(hr.status.toUpperCase())) continue;
    // A new success response is a value readers did not expect; a new documented error is not.
    const success = /^(2|default)/i.test(hr.status);
    out.push(change(success ? 'breaking' : 'feature', 'response', scope, `response ${hr.status}`, success ? 'new success response (readers may receive it)' : 'error response documented', b.source, hr.source));
  }
}

function compareResponse(br: ResponseNode, hr: ResponseNode, scope: string, where: string, schemas: SchemaComparer, out: Change[], reached: Reached): void {
  if (br.description !== hr.description) out.push(change('fix', 'response', scope, where, 'description changed', br.source, hr.source));
  const hHeaders = new Map(hr.headers.map((x) => [x.name.toLowerCase(), x]));
  const bHeaders = new Map(br.headers.map((x) => [x.name.toLowerCase(), x]));
  for (const bh of br.headers) {
    const at = `${where} header ${bh.name}`;
    const hh = hHeaders.get(bh.name.toLowerCase());
    if (hh === undefined) {
      out.push(change('breaking', 'response', scope, at, 'response header removed', br.source, hr.source));
      continue;
    }
    if (bh.required && !hh.required) out.push(change('breaking', 'response', scope, at, 'response header made optional', br.source, hr.source));
    if (!bh.required && hh.required) out.push(change('feature', 'response', scope, at, 'response header is now always present', br.source, hr.source));
    if ((bh.description ?? '') !== (hh.description ?? '')) out.push(change('fix', 'response', scope, at, 'description changed', br.source, hr.source));
    if (bh.schema !== undefined && hh.schema !== undefined) reached(schemas.compare(bh.schema, hh.schema, 'response', scope, at), at);
  }
  for (const hh of hr.headers) if (!bHeaders.has(hh.name.toLowerCase())) out.push(change('feature', 'response', scope, `${where} header ${hh.name}`, 'response header added', br.source, hr.source));
  compareContent(br.content, hr.content, 'response', scope, where, br.source, hr.source, schemas, out, reached);
}

function compareContent(bc: MediaNode[], hc: MediaNode[], direction: 'request' | 'response', scope: string, where: string, bs: SourceRef, hs: SourceRef, schemas: SchemaComparer, out: Change[], reached: Reached): void {
  const hByType = new Map(hc.map((m) => [m.contentType.toLowerCase(), m]));
  const bByType = new Map(bc.map((m) => [m.contentType.toLowerCase(), m]));
  const area = direction === 'request' ? 'request body' : 'response';
  for (const bm of bc) {
    const hm = hByType.get(bm.contentType.toLowerCase());
    const at = bc.length > 1 || hc.length > 1 ? `${where} (${bm.contentType})` : where;
    if (hm === undefined) {
      // A request content type removed breaks senders; a response one gone is one fewer to read.
      out.push(change(direction === 'request' ? 'breaking' : 'feature', area, scope, at, `content type ${bm.contentType} removed`, bs, hs));
      continue;
    }
    if (canonical(bm.examples) !== canonical(hm.examples)) out.push(change('fix', area, scope, at, 'examples changed', bs, hs));
    const bSchema: SchemaNode | undefined = bm.schema;
    const hSchema: SchemaNode | undefined = hm.schema;
    if (bSchema !== undefined && hSchema !== undefined) reached(schemas.compare(bSchema, hSchema, direction, scope, at), at);
    else if (bSchema === undefined && hSchema !== undefined) out.push(change(direction === 'request' ? 'breaking' : 'feature', area, scope, at, 'body now has a schema', bs, hSchema.source));
    else if (bSchema !== undefined && hSchema === undefined) out.push(change(direction === 'request' ? 'feature' : 'breaking', area, scope, at, 'body no longer has a schema', bSchema.source, hs));
  }
  for (const hm of hc) {
    if (bByType.has(hm.contentType.toLowerCase())) continue;
    const at = bc.length > 1 || hc.length > 1 ? `${where} (${hm.contentType})` : where;
    out.push(change(direction === 'request' ? 'feature' : 'breaking', area, scope, at, `content type ${hm.contentType} added`, bs, hs));
  }
}
