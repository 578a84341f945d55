import type { JsonValue, MediaNode, OperationNode } from '../../model/ir.js';
import { RawCode, type LiteralValue } from '../../render/literal-layout.js';
import { errorResponses, preferred, requestMedia, successResponses } from '../operation-shapes.js';
import type { ResourceRole } from './resource-collections.js';
import { SampleWriter } from './sample-value.js';
import type { SchemaReader } from './schema-reading.js';

/** The validator of an operation's JSON request body, as the validators module names it. */
export function requestBodyValidatorName(op: OperationNode): string {
  return `validate${op.typeName}RequestBody`;
}

/**
 * One operation as the mock runtime sees it (`MockRoute` in `runtime/core.ts`), as data for
 * `layoutLiteral`. Every spec string stays a string (escaped where it is written); the only code
 * is the name of the generated request-body validator.
 */
export function routeValue(op: OperationNode, role: ResourceRole | undefined, reader: SchemaReader, validates: (op: OperationNode) => boolean, server: string | null = null, declaredErrors = false): LiteralValue {
  const errors = declaredErrors ? declaredErrorsOf(op, reader) : [];
  return {
    operation: op.identifier,
    method: op.method.toUpperCase(),
    path: op.path,
    server,
    requestBody: requestBodyValue(op, reader, validates),
    response: responseData(op, role, reader) as unknown as LiteralValue,
    resource: role === undefined ? null : (resourceData(role) as unknown as LiteralValue),
    ...(errors.length === 0 ? {} : { errors: errors as unknown as LiteralValue }),
  };
}

/** The error responses with a body (`404`, `4XX`, `default`): media type and a sample (the example, else from the schema). */
function declaredErrorsOf(op: OperationNode, reader: SchemaReader): { status: string; contentType: string; example: JsonValue }[] {
  const out: { status: string; contentType: string; example: JsonValue }[] = [];
  for (const response of errorResponses(op)) {
    const media = preferred(response.content);
    if (media === undefined || (media.kind !== 'json' && media.kind !== 'text')) continue;
    const contentType = media.contentType.includes('*') ? (media.kind === 'json' ? 'application/json' : 'text/plain') : media.contentType;
    out.push({ status: response.status, contentType, example: exampleOf(op, media, reader) });
  }
  return out;
}

function requestBodyValue(op: OperationNode, reader: SchemaReader, validates: (op: OperationNode) => boolean): LiteralValue {
  const body = op.requestBody;
  if (body === undefined) return null;
  const sent = requestMedia(op);
  const json = sent?.kind === 'json' && sent.schema !== undefined;
  return {
    required: body.required,
    contentTypes: body.content.map((m) => m.contentType),
    json: sent?.kind === 'json',
    object: json && reader.isObject(sent.schema!, false),
    validate: json && validates(op) ? new RawCode(requestBodyValidatorName(op)) : null,
  };
}

interface ResponseData {
  status: number;
  /** The body of a non-resource operation: its example, else a deterministic sample. `null`: no body. */
  media: { contentType: string; kind: MediaNode['kind']; example: JsonValue } | null;
}

function responseData(op: OperationNode, role: ResourceRole | undefined, reader: SchemaReader): ResponseData {
  const response = successResponses(op)[0];
  const status = response !== undefined && /^[1-5]\d\d$/.test(response.status) ? Number(response.status) : defaultStatus(op, role);
  const media = response === undefined ? undefined : preferred(response.content);
  if (media === undefined) return { status, media: null };
  const contentType = media.contentType.includes('*') ? (media.kind === 'json' ? 'application/json' : 'application/octet-stream') : media.contentType;
  // Resource operations answer from the store: no example needed.
  const example = role !== undefined ? null : exampleOf(op, media, reader);
  return { status, media: { contentType, kind: media.kind, example } };
}

function defaultStatus(op: OperationNode, role: ResourceRole | undefined): number {
  if (role?.action === 'create') return 201;
  if (role?.action === 'delete') return 204;
  return op.method === 'delete' ? 204 : 200;
}

function exampleOf(op: OperationNode, media: MediaNode, reader: SchemaReader): JsonValue {
  const example = media.examples[0]?.value;
  if (example !== undefined) return example;
  if (media.schema === undefined) return media.kind === 'json' ? null : '';
  const sample = new SampleWriter(reader, `${op.method} ${op.path}`).value(media.schema);
  if (media.kind === 'json') return sample;
  return typeof sample === 'string' ? sample : media.kind === 'text' ? JSON.stringify(sample) : '';
}

function resourceData(role: ResourceRole): object {
  const { collection } = role;
  return {
    action: role.action,
    collection: collection.collectionPath,
    item: collection.itemPath,
    key: collection.keyProperty,
    keyType: collection.keyType,
    typeTag: collection.odataType === undefined ? null : { property: '@odata.type', value: collection.odataType },
    ...(role.listShape === undefined ? {} : { listShape: role.listShape }),
  };
}
