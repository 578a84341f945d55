/**
 * The "Response" sentence of a Graph API page:
 * "If successful, this method returns a `200 OK` response code and a collection of
 * [managedDevice](../resources/x.md) objects in the response body." → status 200, a collection of
 * `managedDevice`. Graph's responses are `200 OK`, `201 Created`, `204 No Content`, ...
 */
import { plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import { parseTypeCell, type TypeExpression } from './property-table.js';

export type ResponseBody =
  | { kind: 'none' }
  | { kind: 'single'; type: TypeExpression }
  | { kind: 'collection'; type: TypeExpression };

export interface ResponseSentence {
  status: number;
  /** Reason phrase as written (`OK`, `No Content`). */
  statusText: string;
  body: ResponseBody;
  line: number;
  /** The reason phrase belongs to another code (`200 Created`): what is written, and the phrase's code. */
  mismatch?: { written: string; reasonCode?: number };
}

const STANDARD_REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

export function parseResponseSentence(text: string, line: number, sink: WarningSink): ResponseSentence | undefined {
  const status = /`\s*(\d{3})\s*([^`]*)`/.exec(text) ?? /\b(\d{3})\s+(OK|Created|Accepted|No Content)\b/.exec(text);
  if (status === null) return undefined;
  const code = Number(status[1]);
  const statusText = (status[2] ?? '').trim();
  const standard = STANDARD_REASONS[code];
  const result: ResponseSentence = { status: code, statusText: statusText === '' ? (standard ?? '') : statusText, body: { kind: 'none' }, line };
  if (standard !== undefined && statusText !== '' && statusText.toLowerCase() !== standard.toLowerCase()) {
    // `200 Created`: which of the two is meant is decided with the example (page-to-openapi.ts).
    const reasonCode = Number(Object.entries(STANDARD_REASONS).find(([, reason]) => reason.toLowerCase() === statusText.toLowerCase())?.[0]);
    result.mismatch = { written: status[0], ...(Number.isFinite(reasonCode) ? { reasonCode } : {}) };
  }

  const after = text.slice((status.index ?? 0) + status[0].length);
  // "... and a [user](..) object in the response body", or without the last words: "... and an
  // [apiConnectorConfiguration](..) object." (never "and a Location header with a URI to ...").
  const bodyPart =
    /\band\s+(.*?)\s+in the response body/i.exec(after)?.[1] ??
    /\band\s+((?:a|an|the)\s+(?:(?:new|updated|requested)\s+)?(?:collection of\s+)?\[[^\]]+\]\([^)]*\)(?:\s+(?:objects?|resources?|collection))?)(?=[\s.,;]|$)/i.exec(after)?.[1];
  // "It does not return anything in the response body", "and no response body", "an empty
  // response body": the page says there is none.
  if (/\b(?:does not|doesn't|do not|will not|won't)\s+return\s+(?:anything|any\b|a\s+(?:response\s+)?body)|\bno\s+(?:response\s+)?body\b|\bempty\s+(?:response\s+)?body\b|\bno\s+content\b/i.test(after) && !/\band\s+(?:a|an|the)\s+\[/i.test(after)) return result;
  if (bodyPart === undefined) {
    if (/response body/i.test(after)) sink.warn('response-type-unparsed', line, 'the response body type could not be read', text);
    return result;
  }
  const body = parseBodyPhrase(bodyPart);
  if (body === undefined) sink.warn('response-type-unparsed', line, 'the response body type could not be read', bodyPart);
  else result.body = body;
  if (code === 204 && result.body.kind !== 'none') sink.warn('response-type-unparsed', line, '204 No Content cannot have a body; the body is dropped', bodyPart);
  if (code === 204) result.body = { kind: 'none' };
  return result;
}

/** `an updated [user](..) object`, `a collection of [x](..) objects`, `a String collection`, `a Stream`. */
export function parseBodyPhrase(phrase: string): ResponseBody | undefined {
  let rest = phrase
    .trim()
    .replace(/^(?:a\s+|an\s+|the\s+)?(?:JSON\s+)?representation\s+of\s+/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/^(?:updated|new|created|requested|single|newly created|specified)\s+/i, '');
  let collection = false;
  // `a [user](..) or [group](..) object`: either; the first type is what the operation returns.
  rest = rest.replace(/^(\[[^\]]*\]\([^)]*\))\s+(?:or|and\/or|and)\s+\[[^\]]*\]\([^)]*\)/i, '$1');
  const collectionOf = /^(?:collection|list|array) of\s+(.*)$/i.exec(rest);
  if (collectionOf !== null) {
    collection = true;
    rest = collectionOf[1] ?? '';
  }
  rest = rest.replace(/\s+objects?$/i, '').trim();
  if (/\s+collection$/i.test(rest)) {
    collection = true;
    rest = rest.replace(/\s+collection$/i, '');
  }
  const type = parseTypeCell(rest);
  if (type === undefined || plainText(rest) === '') return undefined;
  if (type.kind === 'unknown') return undefined;
  return collection || type.collection ? { kind: 'collection', type: { ...type, collection: false } } : { kind: 'single', type };
}
