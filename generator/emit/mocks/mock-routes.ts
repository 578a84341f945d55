import type { JsonValue, MediaNode, OperationNode, SchemaNode } from '../../model/ir.js';
import { RawCode, type LiteralValue } from '../../render/literal-layout.js';
import { errorResponses, preferred, requestMedia, streamedItems, successResponses } from '../../plan/operation-shapes.js';
import type { ResourceRole } from '../../plan/resource-collections.js';
import { SampleWriter, type NamedSamples } from './sample-value.js';
import { bodyFields } from './body-fields.js';
import type { CredentialScheme } from '../security-requirements.js';
import type { SchemaReader } from '../../plan/schema-reading.js';

/**
 * One operation as the mock runtime sees it (`MockRoute` in `runtime/core.ts`), as data for
 * `layoutLiteral`. Every spec string stays a string (escaped where it is written); the only code
 * is the name of the generated request-body validator.
 */
export function routeValue(op: OperationNode, role: ResourceRole | undefined, reader: SchemaReader, validatorOf: (op: OperationNode) => string | undefined, server: string | null = null, security: CredentialScheme[][] | undefined = undefined, declaredErrors = false, samples?: NamedSamples): LiteralValue {
  const odata = role === undefined ? null : odataData(op, reader);
  const errors = declaredErrors ? declaredErrorsOf(op, reader, samples) : [];
  return {
    operation: op.identifier,
    method: op.method.toUpperCase(),
    path: op.path,
    server,
    security: security === undefined ? null : (security as unknown as LiteralValue),
    requestBody: requestBodyValue(op, reader, validatorOf),
    response: responseData(op, role, reader, samples) as unknown as LiteralValue,
    resource: role === undefined ? null : (resourceData(role) as unknown as LiteralValue),
    ...(odata === null ? {} : { query: odata }),
    ...(errors.length === 0 ? {} : { errors: errors as unknown as LiteralValue }),
  };
}

/** The OData query options and paging of a resource operation, as `MockOData` (`null`: none). */
function odataData(op: OperationNode, reader: SchemaReader): LiteralValue {
  const odata = op.odata;
  if (odata === undefined) return null;
  const names = new Set<string>();
  const fromEntity = odata.entity === undefined ? [] : reader.propertiesOf(odata.entity).map((p) => p.name);
  for (const name of [...fromEntity, ...(odata.selectable ?? []), ...(odata.expandable ?? []), ...(odata.orderable ?? [])]) if (!name.startsWith('@') && name !== '*') names.add(name);
  const known = odata.entity !== undefined || odata.selectable !== undefined || odata.orderable !== undefined;
  return {
    options: [...odata.options],
    properties: known ? [...names].sort() : null,
    nextLinkName: odata.pageable?.nextLinkName ?? null,
  };
}

/** The error responses with a body (`404`, `4XX`, `default`): media type and a sample (the example, else from the schema). */
function declaredErrorsOf(op: OperationNode, reader: SchemaReader, samples: NamedSamples | undefined): { status: string; contentType: string; example: JsonValue }[] {
  const out: { status: string; contentType: string; example: JsonValue }[] = [];
  for (const response of errorResponses(op)) {
    const media = preferred(response.content);
    if (media === undefined || (media.kind !== 'json' && media.kind !== 'text')) continue;
    const contentType = media.contentType.includes('*') ? (media.kind === 'json' ? 'application/json' : 'text/plain') : media.contentType;
    out.push({ status: response.status, contentType, example: exampleOf(op, media, reader, samples) });
  }
  return out;
}

function requestBodyValue(op: OperationNode, reader: SchemaReader, validatorOf: (op: OperationNode) => string | undefined): LiteralValue {
  const body = op.requestBody;
  if (body === undefined) return null;
  const sent = requestMedia(op);
  const validator = validatorOf(op);
  const json = sent?.kind === 'json' && sent.schema !== undefined;
  const structured = sent !== undefined && (sent.kind === 'form' || sent.kind === 'multipart' || (sent.kind === 'text' && sent.schema !== undefined && !reader.isObject(sent.schema, true)));
  return {
    required: body.required,
    contentTypes: body.content.map((m) => m.contentType),
    json: sent?.kind === 'json',
    object: json && reader.isObject(sent.schema!, false),
    validate: (json || structured) && validator !== undefined ? new RawCode(validator) : null,
    ...(sent === undefined || sent.kind === 'json' ? {} : { kind: sent.kind }),
    ...(sent !== undefined && (sent.kind === 'form' || sent.kind === 'multipart') ? { fields: bodyFields(sent, reader) } : {}),
  };
}

interface ResponseData {
  status: number;
  /** The body of a non-resource operation: its example, else a deterministic sample. `null`: no body. */
  media: { contentType: string; kind: MediaNode['kind']; example: JsonValue } | null;
}

function responseData(op: OperationNode, role: ResourceRole | undefined, reader: SchemaReader, samples: NamedSamples | undefined): ResponseData {
  const response = successResponses(op)[0];
  const status = response !== undefined && /^[1-5]\d\d$/.test(response.status) ? Number(response.status) : defaultStatus(op, role);
  const media = response === undefined ? undefined : preferred(response.content);
  if (media === undefined) return { status, media: null };
  const contentType = media.contentType.includes('*') ? (media.kind === 'json' ? 'application/json' : 'application/octet-stream') : media.contentType;
  // Resource operations answer from the store: no example needed.
  const example = role !== undefined ? null : exampleOf(op, media, reader, samples);
  return { status, media: { contentType, kind: media.kind, example } };
}

function defaultStatus(op: OperationNode, role: ResourceRole | undefined): number {
  if (role?.action === 'create') return 201;
  if (role?.action === 'delete') return 204;
  return op.method === 'delete' ? 204 : 200;
}

/** `samples`: where a JSON body's named schemas are sampled once (text bodies are written out in full). */
function exampleOf(op: OperationNode, media: MediaNode, reader: SchemaReader, samples: NamedSamples | undefined): JsonValue {
  const example = media.examples[0]?.value;
  const streamed = streamedItems(media);
  if (streamed !== undefined) return typeof example === 'string' ? example : streamText(streamed, media.itemSchema!, op, reader);
  if (example !== undefined) return example;
  if (media.schema === undefined) return media.kind === 'json' ? null : '';
  const sample = new SampleWriter(reader, `${op.method} ${op.path}`, media.kind === 'json' ? samples : undefined).value(media.schema);
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

/**
 * A streamed response's body, from two samples of its `itemSchema`: Server-Sent Events (each
 * sample an event object: `event`, `id`, `retry`, `data`) or JSON Lines.
 */
function streamText(kind: 'event-stream' | 'json-lines', itemSchema: SchemaNode, op: OperationNode, reader: SchemaReader): string {
  const writer = new SampleWriter(reader, `${op.method} ${op.path} item`);
  const items = [writer.value(itemSchema), writer.value(itemSchema)];
  if (kind === 'json-lines') return items.map((item) => `${JSON.stringify(item)}\n`).join('');
  return items
    .map((item) => {
      const event = item !== null && typeof item === 'object' && !Array.isArray(item) ? item : { data: item };
      const lines: string[] = [];
      if (typeof event.event === 'string') lines.push(`event: ${event.event.replace(/[\r\n]/g, ' ')}`);
      if (typeof event.id === 'string') lines.push(`id: ${event.id.replace(/[\r\n\0]/g, ' ')}`);
      if (typeof event.retry === 'number' && Number.isInteger(event.retry) && event.retry >= 0) lines.push(`retry: ${event.retry}`);
      const data = event.data === undefined ? '' : typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
      for (const line of data.split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
      return `${lines.join('\n')}\n\n`;
    })
    .join('');
}
