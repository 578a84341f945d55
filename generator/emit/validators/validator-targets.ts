import type { ApiModel, OperationNode, SchemaNode } from '../../model/ir.js';
import { operationPlan, schemaPlan, type BodyShape, type PackagePlan, type ValidatedNames, type View } from '../../plan/index.js';
import { forOperation } from '../../processing-step.js';

/** One exported validator: `validateX`, `isX` and `schemas.X` for the type `T.X`. */
export interface ValidatorTarget {
  /** The type validated, as named in `types.ts` (`User`, `UserWritable`, `UpdateUserRequestBody`), and its validator's names. */
  names: ValidatedNames;
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
export function validatorTargets(model: ApiModel, plan: PackagePlan): ValidatorTarget[] {
  const targets: ValidatorTarget[] = [];
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema]));
  for (const named of model.schemas) {
    const { read, write, writeDiffers } = schemaPlan(plan, named.id);
    targets.push({ names: read, view: 'read', schema: named.schema, schemaId: named.id, accepts: [], subject: `\`${read.type}\`${writeDiffers ? ' as received (writeOnly properties refused)' : ''}` });
    if (writeDiffers) {
      targets.push({ names: write, view: 'write', schema: named.schema, schemaId: named.id, accepts: [], subject: `\`${read.type}\` as sent (readOnly properties refused)` });
    }
  }
  for (const op of model.operations) {
    forOperation(op, () => {
      const { names, requestBody, responseBodies } = operationPlan(plan, op);
      if (requestBody !== undefined) {
        targets.push({ names: names.requestBody, view: 'write', ...bodyOf(requestBody, op, 'write', byId), subject: `the request body of \`${op.identifier}\`` });
      }
      targets.push({ names: names.response, view: 'read', ...responseBody(op, responseBodies, byId), subject: `the response body of \`${op.identifier}\`` });
    });
  }
  return targets;
}

interface Body {
  schema: SchemaNode;
  accepts: string[];
}

/** Several success responses: any of their bodies (the types emitter's union). None: anything. */
function responseBody(op: OperationNode, bodies: readonly BodyShape[], byId: ReadonlyMap<string, SchemaNode>): Body {
  if (bodies.length === 0) return { schema: { source: op.source, boolean: true }, accepts: [] };
  const schemas: SchemaNode[] = [];
  const accepts = new Set<string>();
  for (const shape of bodies) {
    if (shape.kind === 'absent') {
      accepts.add('value === undefined');
      continue;
    }
    const body = bodyOf(shape, op, 'read', byId);
    if (body.schema.boolean !== false && !schemas.some((s) => JSON.stringify(s) === JSON.stringify(body.schema))) schemas.push(body.schema);
    for (const condition of body.accepts) accepts.add(condition);
  }
  const schema: SchemaNode = schemas.length === 0 ? { source: op.source, boolean: false } : schemas.length === 1 ? schemas[0]! : { source: op.source, anyOf: schemas };
  return { schema, accepts: [...accepts] };
}

/** A body's schema, as the types emitter types it (`TypeWriter.body`, from the same planned shape). */
function bodyOf(shape: BodyShape, op: OperationNode, view: View, byId: ReadonlyMap<string, SchemaNode>): Body {
  switch (shape.kind) {
    case 'absent':
    case 'unknown':
      return { schema: { source: op.source, boolean: true }, accepts: [] };
    // A streamed response: the items arrive later; the value is their async iterable.
    case 'streamed':
      return { schema: { source: op.source, boolean: false }, accepts: ['(typeof value === "object" && value !== null && Symbol.asyncIterator in value)'] };
    case 'binary':
      return { schema: { source: op.source, boolean: false }, accepts: [view === 'write' ? 'acceptsBinaryBody(value)' : 'acceptsBlob(value)'] };
    case 'text':
      return { schema: shape.schema?.types?.includes('string') === true ? shape.schema : { source: op.source, types: ['string'] }, accepts: [] };
    case 'schema':
      return { schema: shape.multipart ? withFileParts(shape.schema, byId) : shape.schema, accepts: [] };
  }
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
