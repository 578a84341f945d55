import type { MediaNode, OperationNode, ResponseNode, SchemaNode } from '../model/ir.js';

/** Media types in order of preference when an operation offers several. */
const KIND_PREFERENCE: MediaNode['kind'][] = ['json', 'form', 'multipart', 'text', 'binary'];

/** The request media type the client sends: JSON when offered, else the first by preference. */
export function requestMedia(op: OperationNode): MediaNode | undefined {
  return preferred(op.requestBody?.content ?? []);
}

export function preferred(content: MediaNode[]): MediaNode | undefined {
  for (const kind of KIND_PREFERENCE) {
    const found = content.find((m) => m.kind === kind);
    if (found !== undefined) return found;
  }
  return content[0];
}

/** Success responses: explicit 2xx codes, then `2XX`; `default` only when nothing else is 2xx. */
export function successResponses(op: OperationNode): ResponseNode[] {
  const explicit = op.responses.filter((r) => /^2\d\d$/.test(r.status)).sort((a, b) => a.status.localeCompare(b.status));
  const range = op.responses.filter((r) => r.status === '2XX');
  const all = [...explicit, ...range];
  if (all.length > 0) return all;
  return op.responses.filter((r) => r.status === 'default');
}

/** Error responses: 4xx/5xx codes, ranges, and `default` when there are explicit successes. */
export function errorResponses(op: OperationNode): ResponseNode[] {
  const success = new Set(successResponses(op));
  return op.responses.filter((r) => !success.has(r) && !/^[123]/.test(r.status));
}

/**
 * A sequential media type whose items OpenAPI 3.2's `itemSchema` describes: Server-Sent Events
 * (each item an event: `data`, `event`, `id`, `retry`) or JSON Lines / NDJSON / JSON text
 * sequences (each item a JSON value). Undefined for other media, or without an `itemSchema`.
 */
export function streamedItems(media: MediaNode | undefined): 'event-stream' | 'json-lines' | undefined {
  if (media?.itemSchema === undefined) return undefined;
  const essence = media.contentType.split(';')[0]!.trim().toLowerCase();
  if (essence === 'text/event-stream') return 'event-stream';
  if (['application/jsonl', 'application/x-ndjson', 'application/x-jsonlines', 'application/json-seq', 'application/ndjson'].includes(essence)) return 'json-lines';
  return undefined;
}

/**
 * What a body is, as the types and validators both read it (one choice, made here): nothing
 * (`absent`: no media type), the items of a streamed response, a binary body (a Blob), a string
 * (text that is not an object), a value of unknown shape (no schema), or a value of a schema
 * (multipart: its file parts are Blobs).
 */
export type BodyShape =
  | { kind: 'absent' }
  | { kind: 'streamed'; items: SchemaNode }
  | { kind: 'binary' }
  | { kind: 'text'; schema?: SchemaNode }
  | { kind: 'unknown' }
  | { kind: 'schema'; schema: SchemaNode; multipart: boolean };

/** The shape of a body in a media type, in a view (`read`: a response, `write`: a request). */
export function bodyShape(media: MediaNode | undefined, view: 'read' | 'write'): BodyShape {
  if (media === undefined) return { kind: 'absent' };
  // A streamed response (3.2 `itemSchema`): its items, as they arrive.
  if (view === 'read' && streamedItems(media) !== undefined) return { kind: 'streamed', items: media.itemSchema! };
  if (media.kind === 'binary') return { kind: 'binary' };
  if (media.kind === 'text' && (media.schema === undefined || !isObjectLike(media.schema))) return media.schema === undefined ? { kind: 'text' } : { kind: 'text', schema: media.schema };
  if (media.schema === undefined) return { kind: 'unknown' };
  return { kind: 'schema', schema: media.schema, multipart: media.kind === 'multipart' };
}

function isObjectLike(node: SchemaNode): boolean {
  return node.ref !== undefined || node.types?.includes('object') === true || node.properties !== undefined;
}
