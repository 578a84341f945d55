import type { ApiModel, MediaNode, OperationNode, SchemaNode } from '../../model/ir.js';
import { forOperation } from '../../processing-step.js';
import { requestMedia, streamedItems, successResponses } from '../operation-shapes.js';
import type { View } from '../types/type-expression.js';

/** One exported validator: `validateX`, `isX` and `schemas.X` for the type `T.X`. */
export interface ValidatorTarget {
  /** The type validated, as named in `types.ts` (`User`, `UserWritable`, `UpdateUserRequestBody`). */
  typeName: string;
  /** `write` for request bodies and `…Writable` views (readOnly refused), `read` otherwise (writeOnly refused). */
  view: View;
  schema: SchemaNode;
  /** A named schema's id, when this is the schema's own validator (refs call its checkers). */
  schemaId?: string;
  /**
   * Conditions on `value` (generated code) that make it valid without the schema: `undefined` when
   * a success response has no body, Blobs and byte arrays for binary bodies.
   */
  accepts: string[];
  /** What the validator checks, for its doc comment. */
  subject: string;
}

/**
 * What gets a validator, mirroring the types emitter: every named schema in its read view (plus
 * the write view where they differ), every operation's request body (write view) and success
 * response body (read view). Binary bodies are typed as Blobs (and byte arrays or strings when
 * sent); those are accepted as they are.
 */
export function validatorTargets(model: ApiModel): ValidatorTarget[] {
  const targets: ValidatorTarget[] = [];
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema]));
  for (const named of model.schemas) {
    const differs = named.writeTypeName !== undefined;
    targets.push({ typeName: named.typeName, view: 'read', schema: named.schema, schemaId: named.id, accepts: [], subject: `\`${named.typeName}\`${differs ? ' as received (writeOnly properties refused)' : ''}` });
    if (named.writeTypeName !== undefined) {
      targets.push({ typeName: named.writeTypeName, view: 'write', schema: named.schema, schemaId: named.id, accepts: [], subject: `\`${named.typeName}\` as sent (readOnly properties refused)` });
    }
  }
  for (const op of model.operations) {
    forOperation(op, () => {
      if (op.requestBody !== undefined) {
        const body = bodyOf(requestMedia(op), op, 'write', byId);
        targets.push({ typeName: `${op.typeName}RequestBody`, view: 'write', ...body, subject: `the request body of \`${op.identifier}\`` });
      }
      targets.push({ typeName: `${op.typeName}Response`, view: 'read', ...responseBody(op, byId), subject: `the response body of \`${op.identifier}\`` });
    });
  }
  return targets;
}

interface Body {
  schema: SchemaNode;
  accepts: string[];
}

/** Several success responses: any of their bodies (the types emitter's union). None: anything. */
function responseBody(op: OperationNode, byId: ReadonlyMap<string, SchemaNode>): Body {
  const responses = successResponses(op);
  if (responses.length === 0) return { schema: { source: op.source, boolean: true }, accepts: [] };
  const schemas: SchemaNode[] = [];
  const accepts = new Set<string>();
  for (const response of responses) {
    if (response.content.length === 0) {
      accepts.add('value === undefined');
      continue;
    }
    const body = bodyOf(response.content[0], op, 'read', byId);
    if (body.schema.boolean !== false && !schemas.some((s) => JSON.stringify(s) === JSON.stringify(body.schema))) schemas.push(body.schema);
    for (const condition of body.accepts) accepts.add(condition);
  }
  const schema: SchemaNode = schemas.length === 0 ? { source: op.source, boolean: false } : schemas.length === 1 ? schemas[0]! : { source: op.source, anyOf: schemas };
  return { schema, accepts: [...accepts] };
}

/** A body's schema, as the types emitter types it (`TypeWriter.media`). */
function bodyOf(media: MediaNode | undefined, op: OperationNode, view: View, byId: ReadonlyMap<string, SchemaNode>): Body {
  const anything: Body = { schema: { source: op.source, boolean: true }, accepts: [] };
  if (media === undefined) return anything;
  // A streamed response: the items arrive later; the value is their async iterable.
  if (view === 'read' && streamedItems(media) !== undefined) return { schema: { source: op.source, boolean: false }, accepts: ['(typeof value === "object" && value !== null && Symbol.asyncIterator in value)'] };
  if (media.kind === 'binary') return { schema: { source: op.source, boolean: false }, accepts: [view === 'write' ? 'acceptsBinaryBody(value)' : 'acceptsBlob(value)'] };
  const schema = media.schema;
  if (media.kind === 'text' && !(schema !== undefined && (schema.ref !== undefined || schema.properties !== undefined || schema.types?.includes('object') === true))) {
    return { schema: schema?.types?.includes('string') === true ? schema : { source: op.source, types: ['string'] }, accepts: [] };
  }
  if (schema !== undefined && media.kind === 'multipart') return { schema: withFileParts(schema, byId), accepts: [] };
  return schema === undefined ? anything : { schema, accepts: [] };
}

/**
 * A multipart body's schema with its file parts (`type: string, format: binary` properties, or
 * lists of them) accepting anything: they hold Blobs (or text) as the types say. A `$ref` to a
 * named object schema is copied in for that.
 */
function withFileParts(schema: SchemaNode, byId: ReadonlyMap<string, SchemaNode>): SchemaNode {
  const target = schema.ref !== undefined && schema.properties === undefined ? byId.get(schema.ref) : undefined;
  const base = target === undefined ? schema : { ...target, source: schema.source };
  if (base.properties === undefined) return schema;
  const isFile = (node: SchemaNode): boolean => {
    const resolved = node.ref !== undefined ? (byId.get(node.ref) ?? node) : node;
    return resolved.format === 'binary' || resolved.format === 'byte' || (resolved.items !== undefined && isFile(resolved.items));
  };
  return { ...base, properties: base.properties.map((p) => (isFile(p.schema) ? { ...p, schema: { source: p.schema.source, boolean: true } } : p)) };
}
